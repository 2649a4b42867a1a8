"""Sentence starts at line breaks, set before the parser runs.

News text arrives with headlines, headings, bullet points, datelines and
bylines on lines of their own, often without a final full stop; the parser
then runs them into the next sentence ("Minister warns neighbour Officials
said ..."), which joins actors of two sentences into one false action.

The component ``graphkit_line_breaks`` marks the first token after a
paragraph break as a sentence start, and after a single line break when the
line before is finished (ends like a sentence) or is short like a heading
and the next line starts like a sentence. A hard-wrapped paragraph (long
lines, or lines cut after a function word, continuing) is left to the
parser; a wrapped line of a few content words followed by a capitalised
word is the case this cannot tell from a headline.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .syntax import MID_SENTENCE_CONJUNCTIONS

#: Name of the pipeline component.
COMPONENT = "graphkit_line_breaks"
#: Characters that end a finished line.
LINE_END = tuple(".!?:;\"'\u201d\u2019)]*")
#: A line of at most this many words without a final stop, not ending in a function word, is a heading.
HEADING_WORDS = 14


def _starts_like_sentence(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'\u201c\u2018*-\u2013\u2014\u2022(#")


def line_break_starts(doc: Doc) -> list[int]:
    """Token indices that begin a line which should begin a sentence.

    Parameters
    ----------
    doc
        A tokenized document (no parse needed).

    Returns
    -------
    list of int
        In text order: the first token after a paragraph break, and after a
        line break that ends a finished or heading-like line when the next
        line starts like a sentence.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Kenya warns Uganda\\nOfficials met on Monday.\\n\\nThe talks ended.")
    >>> [doc[i].text for i in line_break_starts(doc)]
    ['Officials', 'The']
    """
    starts: list[int] = []
    text = doc.text
    if "\n" not in text:
        return starts
    # Visit only the white-space tokens that hold a line break, found from the text: a loop over every
    # token would cost more than the rest of this component.
    offsets = doc.to_array(IDX)
    seen = -1
    pos = text.find("\n")
    while pos >= 0:
        j = int(offsets.searchsorted(pos, side="right")) - 1
        pos = text.find("\n", pos + 1)
        if j < 0 or j == seen or j + 1 >= len(doc):
            continue
        seen = j
        prev, tok = doc[j], doc[j + 1]
        if tok.is_space or not prev.is_space:
            continue
        before = text[text.rfind("\n", 0, prev.idx) + 1:prev.idx].strip()  # the line just ended
        paragraph = prev.text.count("\n") >= 2
        finished = before.endswith(LINE_END)
        # short, and not cut off mid-phrase ("... before the" is wrapped prose, not a headline)
        last = doc[tok.i - 2] if tok.i >= 2 else prev
        heading = len(before.split()) <= HEADING_WORDS and not last.is_stop and not before.endswith((",", "-"))
        if paragraph or ((finished or heading) and _starts_like_sentence(tok.text)):
            starts.append(tok.i)
    return starts


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    """Mark sentence starts at line breaks (see the module docstring).

    The pipeline component ``graphkit_line_breaks``:
    :func:`graphkit.nlp.load_pipeline` adds it before the parser, which keeps
    the starts it is given.

    Parameters
    ----------
    doc
        The document, as the tokenizer (and tagger) left it.

    Returns
    -------
    spacy.tokens.Doc
        The same ``doc``, with ``is_sent_start`` set on the tokens
        :func:`line_break_starts` finds.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = line_breaks(English()("Kenya warns Uganda\\nOfficials met on Monday."))
    >>> [sent.text for sent in doc.sents]
    ['Kenya warns Uganda\\n', 'Officials met on Monday.']
    """
    starts = line_break_starts(doc)
    for i in starts:
        doc[i].is_sent_start = True
    for i in joined_words(doc, starts):
        doc[i].is_sent_start = False
    return doc


def joined_words(doc: Doc, starts: list[int]) -> list[int]:
    """Token indices that cannot begin a sentence: a lower-case "and", "or", "nor" and the word after it on
    the same line (the small parser at times cuts "India and | Russia are to ..." after a headline).

    Parameters
    ----------
    doc
        A tokenized document.
    starts
        The starts :func:`line_break_starts` found, which are kept.

    Returns
    -------
    list of int

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> joined_words(English()("Chile and Peru met. And then"), [])
    [1, 2]
    """
    kept = set(starts)
    # found from the token ids, not by a loop over every token (as line_break_starts avoids one)
    words = numpy.isin(doc.to_array(ORTH), [doc.vocab.strings.add(w) for w in sorted(MID_SENTENCE_CONJUNCTIONS)])
    out: list[int] = []
    for j in numpy.flatnonzero(words).tolist():
        if j:
            out += [i for i in (j, j + 1) if i < len(doc) and i not in kept and not doc[i].is_space]
    return out
