"""Each token's sentence found by index, not by a scan: ``tok.sent`` and ``span.sent`` made cheap for one Doc.

spaCy answers ``tok.sent`` by slicing the Doc twice and walking the
sentence-start flags from the token to both ends of its sentence, on every
access; graphkit's passes ask it thousands of times per article.
:func:`index_sentences` gives a parsed Doc spaCy's own hooks for
``Token.sent`` and ``Span.sent`` (``Doc.user_token_hooks``,
``Doc.user_span_hooks``), which read the sentence from an index built once
(:func:`sentence_bounds`, kept in ``doc.user_data``). The answer is the one
spaCy gives: a new ``Span`` from the sentence start at or before the
token to the next start (or the end of the Doc).

Examples
--------
>>> from spacy.lang.en import English
>>> nlp = English(); _ = nlp.add_pipe("sentencizer")
>>> doc = nlp("Peru thanked Chile. Norway warned Sweden.")
>>> index_sentences(doc)
>>> doc[4].sent.text, doc[1:3].sent.text
('Norway warned Sweden.', 'Peru thanked Chile.')
"""
from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.tokens import Doc, Span, Token

from .syntax import words_text

# where sentence_bounds keeps a Doc's index in its user_data
_KEY = "graphkit.sentences"


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The sentence of every token, and where each sentence starts and ends, as spaCy's ``Span.sent`` finds them.

    Parameters
    ----------
    doc
        A document with sentence boundaries (parsed, or given a sentencizer).

    Returns
    -------
    tuple of three lists of int
        ``(sentence number of each token, start of each sentence, end of each
        sentence)``: sentence ``k`` is ``doc[starts[k]:ends[k]]`` (kept in
        ``doc.user_data`` after the first call).

    Raises
    ------
    ValueError
        When ``doc`` has no sentence boundaries (as ``tok.sent`` raises).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English(); _ = nlp.add_pipe("sentencizer")
    >>> sentence_bounds(nlp("Peru thanked Chile. Norway warned Sweden."))
    ([0, 0, 0, 0, 1, 1, 1, 1], [0, 4], [4, 8])
    """
    found = doc.user_data.get(_KEY)
    if found is None:
        if not doc.has_annotation("SENT_START"):
            raise ValueError(Errors.E030)
        flags = doc.to_array(SENT_START).tolist() if len(doc) else []
        which: list[int] = []
        starts: list[int] = []
        for i, flag in enumerate(flags):
            if flag == 1 or i == 0:  # spaCy's test: a start is flagged 1; the first token always starts one
                starts.append(i)
            which.append(len(starts) - 1)
        found = doc.user_data[_KEY] = (which, starts, starts[1:] + [len(doc)])
    return found


def _token_sent(token: Token) -> Span:
    """``Token.sent`` from the index (the hook :func:`index_sentences` sets)."""
    doc = token.doc
    which, starts, ends = sentence_bounds(doc)
    k = which[token.i]
    return Span(doc, starts[k], ends[k])


def _span_sent(span: Span) -> Span:
    """``Span.sent``: the sentence of the span's first token (the hook :func:`index_sentences` sets)."""
    doc = span.doc
    which, starts, ends = sentence_bounds(doc)
    k = which[min(span.start, len(doc) - 1)]
    return Span(doc, starts[k], ends[k])


def index_sentences(doc: Doc) -> None:
    """Make ``tok.sent`` and ``span.sent`` of ``doc`` read a sentence index instead of scanning.

    The hooks are plain functions that find the index in the Doc they are
    asked about (a Doc made from this one by ``Span.as_doc``, which shares
    the hooks, gets its own index). A Doc without sentence boundaries, or
    with hooks of its own for these, is left as it is.

    Parameters
    ----------
    doc
        A parsed document; its sentence boundaries must not change afterwards
        (spaCy forbids it once a Doc is parsed).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English(); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Peru thanked Chile. Norway warned Sweden.")
    >>> before = [(t.sent.start, t.sent.end) for t in doc]
    >>> index_sentences(doc)
    >>> [(t.sent.start, t.sent.end) for t in doc] == before
    True
    """
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return  # sentences someone else defines
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent


def sentence_text(token: Token) -> str:
    """``token.sent.text``, read from the sentence index and the Doc's text rather than joined from a new Span.

    Parameters
    ----------
    token
        A token of a document with sentence boundaries.

    Returns
    -------
    str
        The text of the token's sentence, as spaCy gives it (no space after its last word).

    Raises
    ------
    ValueError
        When the document has no sentence boundaries (as ``tok.sent`` raises).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English(); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Peru thanked Chile. Norway warned Sweden.")
    >>> sentence_text(doc[5]) == doc[5].sent.text == "Norway warned Sweden."
    True
    """
    doc = token.doc
    if _defined_elsewhere(doc):
        return token.sent.text
    which, starts, ends = sentence_bounds(doc)
    k = which[token.i]
    return words_text(doc, starts[k], ends[k])


def _defined_elsewhere(doc: Doc) -> bool:
    """Whether ``tok.sent`` of ``doc`` is answered by hooks of someone else's (not the index)."""
    return doc.user_token_hooks.get("sent", _token_sent) is not _token_sent \
        or doc.user_span_hooks.get("sent", _span_sent) is not _span_sent or "sents" in doc.user_hooks


def sentence_start(doc: Doc, i: int) -> int:
    """``doc[i].sent.start`` read from the sentence index, without making the token or its sentence's Span.

    Parameters
    ----------
    doc
        A document with sentence boundaries.
    i
        A token index.

    Returns
    -------
    int
        The index of the first token of token ``i``'s sentence.

    Raises
    ------
    ValueError
        When the document has no sentence boundaries (as ``tok.sent`` raises).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English(); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Peru thanked Chile. Norway warned Sweden.")
    >>> sentence_start(doc, 6), doc[6].sent.start
    (4, 4)
    """
    if _defined_elsewhere(doc):
        return doc[i].sent.start
    which, starts, _ = sentence_bounds(doc)
    return starts[which[i]]
