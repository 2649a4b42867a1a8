"""Lookups the actor passes share: state forms and titles at a place in the text, and who owns a noun.

These read the knowledge tables (:class:`~graphkit.states.Gazetteer`,
:class:`~graphkit.lexicon.Lexicon`) and the actors found so far
(:class:`~graphkit.actors.table.ActorTable`); they change nothing.

Examples
--------
>>> from graphkit.states import load_gazetteer
>>> [f.state.iso3 for f in state_forms(load_gazetteer(), "Peru-Chile")]
['PER', 'CHL']
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, Title
from ..names import clean
from ..states import Gazetteer, StateForm
from ..syntax import (CLAUSE_ATTACHMENT_DEPS, NOUN_POS, OWNER_DEPS, coarse_tags, doc_text, fine_tags, lower_forms,
                      punct_flags, token_offsets, words_text)
from .table import ActorTable

__all__ = ["capitalised_tokens", "city_office_place", "office_at", "opens_participle_clause", "owner_in", "owner_of", "name_text", "owners_of", "person_name", "span_text", "state_forms", "state_prefix",
           "strip_span", "title_at", "title_between", "whose_antecedent"]

_PAIR_SPLIT = re.compile(r"\s*[-/]\s*")
#: Tags of a participle ("entering", "asked").
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def state_forms(gaz: Gazetteer, text: str) -> list[StateForm]:
    """State forms in ``text``: the whole, or each part of a pair joined by a hyphen or slash ("Peru-Chile",
    "PARIS/BERLIN").

    Parameters
    ----------
    gaz
        The gazetteer to look the forms up in.
    text
        A mention's text.

    Returns
    -------
    list of StateForm
        One form for a whole match; one per part when every part of a pair
        is a form; else empty.

    Examples
    --------
    >>> from graphkit.states import load_gazetteer
    >>> [f.kind for f in state_forms(load_gazetteer(), "Kenyan")], state_forms(load_gazetteer(), "Okello")
    (['demonym'], [])
    >>> state_forms(load_gazetteer(), "Peru-Okello")
    []
    """
    form = gaz.lookup(text)
    if form is not None:
        return [form]
    if "-" in text or "/" in text:
        parts = [gaz.lookup(p) for p in _PAIR_SPLIT.split(text) if p]
        if len(parts) >= 2 and all(parts):
            return parts  # type: ignore[return-value]
    return []


def state_prefix(gaz: Gazetteer, span: Span) -> tuple[int, StateForm | None]:
    """How many leading tokens of a span name one sovereign state ("Kenyan" of "Kenyan Treasury"), and its form.

    Parameters
    ----------
    gaz
        The gazetteer.
    span
        An entity span; the prefix (up to three tokens) must leave at least one token.

    Returns
    -------
    tuple of (int, StateForm or None)
        ``(0, None)`` when no prefix names a sovereign state.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.states import load_gazetteer
    >>> doc = English()("South African Reserve Bank")
    >>> size, form = state_prefix(load_gazetteer(), doc[:])
    >>> size, form.state.iso3, state_prefix(load_gazetteer(), doc[0:2])
    (2, 'ZAF', (0, None))
    """
    for size in (3, 2, 1):
        if size < len(span):
            forms = state_forms(gaz, words_text(span.doc, span.start, span.start + size))
            if len(forms) == 1 and forms[0].state.sovereign:
                return size, forms[0]
    return 0, None


def title_at(lex: Lexicon, doc: Doc, end: int, lo: int) -> tuple[int, Title] | None:
    """The longest title (of up to 4 tokens) ending just before token ``end``, not before ``lo``: its start
    and its row.

    Parameters
    ----------
    lex
        The lexicon whose title table is read.
    doc
        The document.
    end
        The title must end just before this token (a name's first token, say).
    lo
        The title may not start before this token (usually the sentence start).

    Returns
    -------
    tuple of (int, Title) or None
        Titles with punctuation other than "." and "-" inside are skipped.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("said Deputy Prime Minister Ana Ruiz")
    >>> start, title = title_at(load_lexicon(), doc, 4, 0)
    >>> start, title.role, title_at(load_lexicon(), doc, 4, 3)[1].role
    (1, 'Deputy Prime Minister', 'Minister')
    """
    if end <= lo:
        return None
    memo = _memo(lex, doc)
    found = memo.get(("at", end, lo), _UNKNOWN)  # passes ask again of the same words: answered once per Doc
    if found is _UNKNOWN:
        found = memo[("at", end, lo)] = _title_ending(lex, doc, end, lo)
    return found


def _title_ending(lex: Lexicon, doc: Doc, end: int, lo: int) -> tuple[int, Title] | None:
    """:func:`title_at` worked out."""
    # the words and punctuation flags read from the Doc's text and columns: no Token or Span made
    if not lex.may_end_title(words_text(doc, end - 1, end)):
        return None
    punct = punct_flags(doc)
    for size in (4, 3, 2, 1):
        start = end - size
        if start < lo:
            continue
        if any(punct[i] and words_text(doc, i, i + 1) not in (".", "-") for i in range(start, end)):
            continue
        title = title_between(lex, doc, start, end)
        if title is not None:
            return start, title
    return None


#: What a memo holds for a question not asked yet (None is an answer).
_UNKNOWN = object()
# where the title memo of a Doc is kept in its user_data, with the lexicon it was asked of
_TITLES_KEY = "graphkit.titles"


def _memo(lex: Lexicon, doc: Doc) -> dict:
    """The answers about titles already found in ``doc`` with ``lex`` (a new memo for another lexicon)."""
    held = doc.user_data.get(_TITLES_KEY)
    if held is None or held[0] is not lex:
        held = doc.user_data[_TITLES_KEY] = (lex, {})
    return held[1]


# where capitalised_tokens keeps a Doc's capitalised words in its user_data
_CAPITALISED_KEY = "graphkit.capitalised"
_NAME_TEXTS_KEY = "graphkit.name_texts"


def capitalised_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose first character is a capital (``tok.text[:1].isupper()``), in order, found
    once per Doc.

    Several passes look for names among the capitalised words only (a name the tagger missed, a party, a state
    name): they read this list rather than test every word of the Doc each.

    Parameters
    ----------
    doc
        A document.

    Returns
    -------
    list of int
        Kept in ``doc.user_data`` after the first call.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Peru told the UN that Élysée aides left.")
    >>> capitalised_tokens(doc) == [t.i for t in doc if t.text[:1].isupper()] == [0, 3, 5]
    True
    """
    found = doc.user_data.get(_CAPITALISED_KEY)
    if found is None:
        text = doc_text(doc)
        # a token is never empty (spaCy refuses an empty word): its first character is text[start]
        found = doc.user_data[_CAPITALISED_KEY] = [i for i, start in enumerate(token_offsets(doc)[0])
                                                   if text[start:start + 1].isupper()]
    return found


def span_text(span: Span) -> str:
    """``span.text`` read from the Doc's text (:func:`graphkit.syntax.words_text`) rather than joined from its tokens.

    Parameters
    ----------
    span
        Any span of a document, empty or not.

    Returns
    -------
    str

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Talks in  the United Kingdom ended.")
    >>> span_text(doc[3:6]) == doc[3:6].text, span_text(doc[2:2])
    (True, '')
    """
    return words_text(span.doc, span.start, span.end) if span.end > span.start else ""


def name_text(span: Span) -> str:
    """``clean(span_text(span))``: the alias the words of a span make (:func:`graphkit.names.clean`), found once per
    Doc for each run of words (the passes ask of the same names again and again).

    Parameters
    ----------
    span
        Any span of a document, empty or not.

    Returns
    -------
    str
        Kept in ``doc.user_data`` by the span's bounds after the first call.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Talks with the Netherlands’s envoy ended.")
    >>> name_text(doc[2:5]), name_text(doc[2:5]) == clean(doc[2:5].text), name_text(doc[0:0])
    ('Netherlands', True, '')
    """
    doc = span.doc
    memo = doc.user_data.get(_NAME_TEXTS_KEY)
    if memo is None:
        memo = doc.user_data[_NAME_TEXTS_KEY] = {}
    bounds = (span.start, span.end)
    found = memo.get(bounds)
    if found is None:
        found = memo[bounds] = clean(words_text(doc, bounds[0], bounds[1]) if bounds[1] > bounds[0] else "")
    return found


def _written_name(doc: Doc, start: int, end: int) -> str:
    """The words from ``start`` to ``end`` as written, with the white space after each, but of punctuation other than
    a hyphen only the white space ("Jae-in" keeps its hyphen, quotes and commas go): read from the Doc's text, where a
    token's ``text_with_ws`` runs up to the next token's start."""
    if start >= end:
        return ""
    text, (starts, ends), punct = doc_text(doc), token_offsets(doc), punct_flags(doc)
    stop = starts[end] if end < len(starts) else len(text)
    if not any(punct[start:end]):
        return text[starts[start]:stop]  # most names: the text from the first word to the word after the last
    parts = []
    for i in range(start, end):
        after = starts[i + 1] if i + 1 < len(starts) else len(text)
        parts.append(text[ends[i]:after] if punct[i] and text[starts[i]:ends[i]] != "-" else text[starts[i]:after])
    return "".join(parts)


def title_between(lex: Lexicon, doc: Doc, start: int, end: int) -> Title | None:
    """The title the words from token ``start`` up to ``end`` spell: ``lex.title(doc[start:end].text)``, looked
    up once per Doc for each run of words (the passes ask of the same words again and again).

    Parameters
    ----------
    lex
        The lexicon whose title table is read.
    doc
        The document.
    start, end
        Token indices (any that ``doc[start:end]`` takes).

    Returns
    -------
    Title or None

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("said Prime Minister Ana Ruiz")
    >>> title_between(load_lexicon(), doc, 1, 3).role, title_between(load_lexicon(), doc, 3, 5)
    ('Prime Minister', None)
    """
    if not 0 <= start < end <= len(doc):
        return lex.title(doc[start:end].text)  # a slice spaCy clips or wraps: as it reads it
    memo = _memo(lex, doc)
    found = memo.get((start, end), _UNKNOWN)
    if found is _UNKNOWN:
        found = memo[(start, end)] = lex.title(words_text(doc, start, end))
    return found


def office_at(lex: Lexicon, doc: Doc, start: int) -> Title | None:
    """An office title (of up to 3 tokens) starting at token ``start``.

    Parameters
    ----------
    lex
        The lexicon.
    doc
        The document.
    start
        Index of the title's first token.

    Returns
    -------
    Title or None
        Honorifics ("Sheikh"), groups and bodies are no offices.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("Sheikh Tamim, foreign minister of Qatar")
    >>> office_at(load_lexicon(), doc, 3).role, office_at(load_lexicon(), doc, 0)
    ('Foreign Minister', None)
    """
    for size in (3, 2, 1):
        if start + size <= len(doc):
            title = title_between(lex, doc, start, start + size)
            if title is not None and title.kind == "office":
                return title
    return None


def city_office_place(lex: Lexicon, span: Span) -> bool:
    """Whether ``span`` is the place of an office held in a city: "London Mayor X", "London's mayor",
    "the Mayor of London" (offices of the ``city_office`` word class).

    A capital there is the city, not the state it stands for elsewhere: the
    Mayor of London holds no office of the United Kingdom.

    Parameters
    ----------
    lex
        The lexicon (titles, and the word class ``city_office``).
    span
        A place name.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("the Mayor of Lima met the Lima police and Lima's deputy mayor")
    >>> [city_office_place(load_lexicon(), doc[i:i + 1]) for i in (3, 6, 9)]
    [True, False, True]
    """
    doc, offices = span.doc, lex.words("city_office")

    def city(title: Title | None) -> bool:
        return title is not None and title.kind == "office" and title.role.lower().split()[-1] in offices

    after = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "\u2019s"))
    if after < len(doc) and any(city(office_at(lex, doc, i)) for i in range(after, min(after + 2, len(doc)))):
        return True  # "London Mayor", "London's deputy mayor"
    before = span.start - 1
    if before >= 1 and doc[before].lower_ == "of":
        found = title_at(lex, doc, before, max(0, before - 4))
        return found is not None and city(found[1])  # "the Mayor of London"
    return False


def opens_participle_clause(lex: Lexicon, tok: Token) -> bool:
    """Whether ``tok`` is a participle opening a clause ("Entering Parliament, Mr Ruiz smiled"), which makes it
    no part of a name even when the tagger took it for one.

    A participle the tagger saw as a verb; or, capitalised at the start of a
    sentence whose clause a comma closes, a word in "-ing" or "-ed" whose verb
    the action lexicon knows ("Entering", "Asked"; not the town "Ealing").

    Parameters
    ----------
    lex
        The lexicon (its verbs).
    tok
        A token.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> entering, ealing = English()("Entering Parliament, Ana smiled."), English()("Ealing Council, it said, agreed.")
    >>> opens_participle_clause(load_lexicon(), entering[0]), opens_participle_clause(load_lexicon(), ealing[0])
    (True, False)
    """
    doc, i = tok.doc, tok.i  # the word's attributes read from the Doc's columns
    if coarse_tags(doc)[i] == "VERB" and fine_tags(doc)[i] in _PARTICIPLE_TAGS:
        return True
    stems = _participle_stems(lower_forms(doc)[i]) if tok.text[:1].isupper() else []
    if not stems:  # the word's own tests first: finding its sentence scans the Doc
        return False
    sent = tok.sent if tok.doc.has_annotation("SENT_START") else tok.doc[:]
    if tok.i != sent.start or not any(t.text == "," for t in sent):
        return False
    return any(lex.action(stem, "VERB") is not None for stem in stems)


def _participle_stems(word: str) -> list[str]:
    """The verbs a word in "-ing" or "-ed" may come from ("entering" -> "enter", "leaving" -> "leave")."""
    if word.endswith("ing") and len(word) > 5:
        base = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        base = word[:-2]
    else:
        return []
    stems = [base, base + "e"]
    if base[-1] == base[-2]:
        stems.append(base[:-1])  # "planning" -> "plan"
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")  # "denied" -> "deny"
    return stems


def strip_span(span: Span, label: str = "") -> Span:
    """Drop leading determiners/punctuation and trailing possessives from an entity span.

    Parameters
    ----------
    span
        An entity span (it needs the tagger's ``POS`` tag on "'s").
    label
        The label the stripped span carries (none by default): one Span made, not one to label again.

    Returns
    -------
    spacy.tokens.Span
        A span of the same document; empty when nothing is left.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["the", "Kremlin", "'s", "envoy"], tags=["DT", "NNP", "POS", "NN"])
    >>> strip_span(doc[0:3]).text, len(strip_span(doc[0:1])), strip_span(doc[0:3], "ORG").label_
    ('Kremlin', 0, 'ORG')
    """
    start, end = span.start, span.end
    doc = span.doc
    # read from the Doc's columns: no Token object for each word tried
    # (white space is told from the word, as spaCy's is_space is str.isspace: no column of it built for a Doc)
    lowers, tags, punct = lower_forms(doc), fine_tags(doc), punct_flags(doc)
    while start < end and (lowers[start] in ("the", "a", "an") or punct[start]):
        start += 1
    while end > start and (tags[end - 1] == "POS" or punct[end - 1] or words_text(doc, end - 1, end).isspace()):
        end -= 1
    return Span(doc, start, end, label=label)


def whose_antecedent(tok: Token) -> Token | None:
    """What a "whose" is about: "the AU, whose commission chairperson ..." -> "AU"; None for other words.

    The name right before ", whose" when there is one (the parser often hangs the clause elsewhere),
    else the noun the relative clause or appositive is attached to.

    Parameters
    ----------
    tok
        Any token; only one tagged ``WP$`` has an antecedent.

    Returns
    -------
    spacy.tokens.Token or None

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "AU", ",", "whose", "chair", "spoke"],
    ...           tags=["DT", "NNP", ",", "WP$", "NN", "VBD"], pos=["DET", "PROPN", "PUNCT", "PRON", "NOUN", "VERB"])
    >>> whose_antecedent(doc[3]).text, whose_antecedent(doc[4])
    ('AU', None)
    """
    if tok.tag_ != "WP$":
        return None
    doc = tok.doc
    before = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "," else tok.i - 1
    if before >= 0 and doc[before].pos_ in NOUN_POS:
        return doc[before]
    node = tok.head
    while node.dep_ not in CLAUSE_ATTACHMENT_DEPS and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ in CLAUSE_ATTACHMENT_DEPS else None


def owners_of(table: ActorTable, head: Token) -> list[str]:
    """Every state or organization modifying a noun, conjuncts included ("Chilean and Peruvian troops").

    Parameters
    ----------
    table
        The actor table (which tokens name which actors so far).
    head
        The noun; only modifiers before it count.

    Returns
    -------
    list of str
        Keys in the order of the modifiers, each once.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Chilean", "and", "Peruvian", "troops"], heads=[3, 0, 0, 3],
    ...           deps=["amod", "cc", "conj", "ROOT"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:CHL", doc[0], "demonym"); table.mention("state:PER", doc[2], "demonym")
    >>> owners_of(table, doc[3])
    ['state:CHL', 'state:PER']
    """
    out: list[str] = []
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            for t in (whose_antecedent(child) or child, *child.conjuncts):
                key = table.state_or_org(t)
                if key and key not in out:
                    out.append(key)
    return out


def owner_of(table: ActorTable, head: Token) -> str | None:
    """A state or organization that owns a noun through a modifier ("Kenya's", "Chilean", "U.K.", "whose").

    Parameters
    ----------
    table
        The actor table.
    head
        The owned noun.

    Returns
    -------
    str or None
        The first owner, in the order of the noun's children; a person is
        no owner here.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Kenya", "'s", "army"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:KEN", doc[0], "name")
    >>> owner_of(table, doc[2]), owner_of(table, doc[0])
    ('state:KEN', None)
    """
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            key = table.state_or_org(whose_antecedent(child) or child)
            if key:
                return key
    return None


def owner_in(table: ActorTable, span: Span) -> str | None:
    """The first owner (:func:`owner_of`) of any token of a span.

    Parameters
    ----------
    table
        Who the tokens name so far.
    span
        A phrase ("the Kenyan foreign ministry").

    Returns
    -------
    str or None

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> table = ActorTable(Doc(Vocab(), words=["Kenyan", "foreign", "ministry"], heads=[2, 2, 2],
    ...                        deps=["amod", "amod", "ROOT"]), "d1")
    >>> table.mention("state:KEN", table.doc[0], "demonym")
    >>> owner_in(table, table.doc[0:3]), owner_in(table, table.doc[0:2])
    ('state:KEN', None)
    """
    for tok in span:
        key = owner_of(table, tok)
        if key:
            return key
    return None


def person_name(span: Span, lex: Lexicon, *, as_name: bool = False) -> tuple[int, str, list[Title]] | None:
    """Split a PERSON span into (first name token, name, titles inside the span): "President Emmanuel
    Macron" -> (index of "Emmanuel", "Emmanuel Macron", [President]); None when no name is left.

    Parameters
    ----------
    span
        A span the model tagged PERSON (or a titled name).
    lex
        The lexicon whose titles are stripped from the front.
    as_name
        Keep a span made only of titles as the name ("King" of "King was shot").

    Returns
    -------
    tuple of (int, str, list of Title) or None
        None as well for a name in lower case or without letters.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("President Emmanuel Macron and the Prime Minister")
    >>> start, name, titles = person_name(doc[0:3], load_lexicon())
    >>> start, name, [t.role for t in titles], person_name(doc[5:8], load_lexicon())
    (1, 'Emmanuel Macron', ['President'], None)
    """
    doc = span.doc
    start, titles = span.start, []
    while start < span.end:
        found = None
        for size in (3, 2, 1):
            if start + size <= span.end:
                t = title_between(lex, doc, start, start + size)
                if t is not None:
                    found = (size, t)
                    break
        if found is None:
            break
        titles.append(found[1])
        start += found[0]
    if start == span.end and as_name:
        start, titles = span.start, []  # "King was shot": a surname that is also a title, used as a name
    name = clean(_written_name(doc, start, span.end))
    if not name or not any(c.isalpha() for c in name) or name[:1].islower():
        return None
    return start, name, titles

