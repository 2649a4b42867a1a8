"""Candidate spans: the names an article's NER found, cleaned, with headlines and bylines dropped.

The first pass of :func:`graphkit.actors.find_actors`. It splits the
entities into names of people and the rest (to be typed by
:mod:`~graphkit.actors.classify`), drops headline, heading and byline words
the tagger takes for names ("HARBOUR TALKS", "Context:"), makes whole a name
the tagger cut short ("José Antonio" + "Kast"), and notes what later passes
need: names the article calls PERSON anywhere, acronyms defined in brackets,
names given with "known as", and names used only for weapons ("Leopard tanks").

It also repairs the spans the small model gets wrong in news: a bracket inside
a name ("Group of Nine (G9"), a possessive gluing an owner to a thing ("Mr
Ruiz's Growth Fund"), a name cut before "of Freedonia" ("Hindu Council [of
Freedonia]"), names inside a programme's title; and it types each name once per
article: a name the article's own words call an organization anywhere ("mining
firm X", "X shareholders", "X plc") is one in every mention, whatever the model
tagged it (:func:`organization_names`).
"""
from __future__ import annotations

import re

from collections import Counter
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..lemmas import lemma_of
from ..lexicon import Lexicon
from ..names import clean, surnames  # clean: the plain reading name_text memoises (tests compare with it)
from ..sentences import sentence_start
from ..states import Gazetteer
from ..syntax import (ERA_MARKERS, PROPER_TAGS, coarse_tags, dep_labels, doc_text, entity_bounds, fine_tags,
                      head_indices, lower_forms, token_offsets, words_text)
from .lookup import name_text, opens_participle_clause, person_name, span_text, state_forms, strip_span, title_between
from .orgwords import OrgWords, load_org_words
from .table import ActorTable

__all__ = ["NER_LABELS", "acronym_letters", "article_words", "conjoined_with", "entity_spans", "find_candidates", "is_junk_org",
           "organization_cue", "organization_names", "span_label"]

#: NER labels graphkit reads; dates, numbers, money etc. never make a node.
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Bytes of a lower-case text kept by :func:`article_words` (a-z); any other byte, and every byte of a character
#: outside ASCII in UTF-8, is a space.
_ASCII_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
#: Endings of the words a participle may be read from (:func:`~graphkit.actors.lookup.opens_participle_clause`).
_PARTICIPLE_ENDINGS = ("ing", "ed")
_WORDS_KEY = "graphkit.words"
_LINE_WORDS_KEY = "graphkit.line_words"
_LINE_COUNTS_KEY = "graphkit.line_word_counts"
#: The most words :func:`_line_word_count` counts on a line: one more than a heading's line has.
_LINE_WORDS_COUNTED = 5
_POSSESSIVES = ("'s", "\u2019s")
#: Tokens after a name an appositive organization noun may come within (", the steel giant").
_APPOSITION_REACH = 4


def find_candidates(table: ActorTable) -> None:
    """Pass: the NER spans to read, split into people and the rest, with what later passes need to know
    about them (:class:`~graphkit.actors.table.Candidates`).

    Parameters
    ----------
    table
        The actor table of a parsed document; this pass fills
        ``table.candidates`` and ``table.person_aliases`` and registers no actor.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> table = ActorTable(load_pipeline()("Ukraine wants more Leopard tanks, Chancellor Olaf Scholz said."))
    >>> find_candidates(table)
    >>> found = table.candidates
    >>> [s.text for s in found.people], [s.text for s in found.others], found.weapons
    (['Olaf Scholz'], ['Ukraine', 'Leopard'], {'Leopard'})
    >>> sorted(found.known_names)
    ['olaf', 'olaf scholz', 'scholz']
    """
    doc, gaz, lex = table.doc, table.gaz, table.lex
    ents = entity_spans(doc, lex)
    people, others = _split_entities(ents, gaz, lex)
    people, others = _type_names_once(people, others, gaz, lex)
    table.person_aliases = _known_as(others, people, lex)
    found = table.candidates
    # Names the model calls PERSON anywhere in the article: a surname it tags
    # ORG or GPE elsewhere ("Kast" as ORG) is still that person.
    found.known_names = _known_names(people, lex) | set(table.person_aliases)
    found.acronyms = _acronym_definitions(ents)
    found.weapons = _weapon_names(people + others, lex)
    found.people = [span for span in people if name_text(span) not in found.weapons]
    found.others = others


def span_label(span: Span) -> str:
    """The entity label of a candidate span: its own (a repaired span carries one), else its tokens'.

    Parameters
    ----------
    span
        A candidate span: a repaired one (:func:`entity_spans`) or words of the document.

    Returns
    -------
    str
        ``""`` when neither the span nor its root or first token has one.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Span
    >>> doc = English()("Norvik sued")
    >>> span_label(Span(doc, 0, 1, label="ORG")), span_label(doc[0:1])
    ('ORG', '')
    """
    return span.label_ or span.root.ent_type_ or span[0].ent_type_


def _labelled(span: Span, label: str) -> Span:
    """The same words as a span that carries ``label``."""
    return Span(span.doc, span.start, span.end, label=label)


def entity_spans(doc: Doc, lex: Lexicon, words: OrgWords | None = None) -> list[Span]:
    """The model's entities with the errors news makes it commit repaired, each span carrying its label.

    * A bracket inside a name ends it: "the Group of Nine (G9" is "the Group of Nine"; the acronym in
      the bracket is left for :func:`_acronym_definitions`.
    * A possessive inside a person's name splits it into the owner and the thing owned: "Mr Ruiz's Growth
      Fund" is the person "Mr Ruiz" and the organization "Growth Fund"; a thing a person owns is no person.
      An organization's own possessive stays ("People's Liberation Army").
    * An organization cut before "of" and a place ("Hindu Council" + "of Freedonia") takes the place in:
      "Hindu Council of Freedonia" is one name.
    * A state tagged apart from the party it starts ("Irish" + "Freedom Party") is part of its name.
    * Names inside a programme's title ("X's Mornings with Ana programme") are dropped: a title is no actor.
    * A PERSON span that starts with a party and member nouns ("Tory MEP Ana Ruiz", "Labour MPs") is the party
      (ORG) and the name after them.
    * A participle that opens a clause is no part of a name: "Entering Parliament, Mr Ruiz ..." names
      "Parliament", and never a person (what one enters, leaves or visits; a name the article gives a
      person elsewhere is still typed a person).
    * An honorific inside a name starts a person's name glued to the name before it: "in the Clarion Mr Ruiz
      said" is the organization "the Clarion" and the person "Mr Ruiz".

    Parameters
    ----------
    doc
        A parsed document.
    lex
        The lexicon (organization head words).
    words
        The organization words (default: graphkit's own).

    Returns
    -------
    list of spacy.tokens.Span
        In text order; not yet stripped of determiners or possessives.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Span
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = English()("Ana Ruiz's Growth Fund met the Group of Nine (G9).")
    >>> doc.ents = [Span(doc, 0, 5, "PERSON"), Span(doc, 6, 12, "ORG")]
    >>> [(s.text, s.label_) for s in entity_spans(doc, load_lexicon())]
    [("Ana Ruiz's", 'PERSON'), ('Growth Fund', 'ORG'), ('the Group of Nine', 'ORG')]
    """
    words = words or load_org_words()
    titles = _programme_title_tokens(doc, words)
    heads = lex.words("org_head_word")
    text, (starts, ends), tags, lowers = doc_text(doc), token_offsets(doc), fine_tags(doc), lower_forms(doc)
    # the entities as (start, end, label), read once per Doc (dates read them too): a Span is made for what is
    # kept, and the tests below read the Doc's columns rather than the Token objects of each entity
    ents = entity_bounds(doc)
    out: list[Span] = []
    skip_until = 0
    for n, (start, end, label) in enumerate(ents):
        if start < skip_until or titles and any(i in titles for i in range(start, end)):
            continue
        start, label = _without_participle(doc, start, end, label, lex)
        glued = _glued_honorific(doc, start, end, lex)
        if glued is not None:
            out.append(Span(doc, start, glued, label="ORG" if label == "PERSON" else label))
            out.append(Span(doc, glued, end, label="PERSON"))
            continue
        bracket = next((i for i in range(start + 1, end) if text[starts[i]:ends[i]] == "("), None)
        if bracket is not None:
            end = bracket
        owner = next((i for i in range(start, end - 1) if (tags[i] == "POS" or lowers[i] in _POSSESSIVES)
                      and text[starts[i + 1]:starts[i + 1] + 1].isupper()), None)
        if owner is not None and (label == "PERSON" or label == "ORG" and _titled(doc[start:owner], lex)):
            out.append(Span(doc, start, owner + 1, label=label))
            out.append(Span(doc, owner + 1, end, label="ORG"))  # what a name owns is no person
            continue
        if label == "PERSON":
            out.extend(_party_before_person(doc[start:end], words))
            continue
        if label == "ORG" and lowers[end - 1] == "party" and out and out[-1].end == start \
                and out[-1].label_ in ("GPE", "NORP") and out[-1][-1].dep_ in ("compound", "amod") \
                and (start <= out[-1][-1].head.i < end or out[-1][-1].head == doc[start:end].root.head):
            start = out.pop().start  # "Irish" + "Freedom Party": one name, its state in front
        place = ents[n + 1] if n + 1 < len(ents) and ents[n + 1][2] in ("GPE", "LOC") else None
        if label == "ORG" and place is not None and (
                lowers[end - 1] == "of" and place[0] == end  # "the Hindu Council of" + "Freedonia"
                or lowers[end - 1] in heads and end + 1 < len(doc) and lowers[end] == "of"
                and place[0] in (end + 1, end + 2) and lowers[end + 1] in ("the", lowers[place[0]])):
            end = skip_until = place[1]  # "Hindu Council" + "of Freedonia"
        out.append(Span(doc, start, end, label=label))  # the words with their label: one Span made
    return out


def _without_participle(doc: Doc, start: int, end: int, label: str, lex: Lexicon) -> tuple[int, str]:
    """Where an entity starts without the participle that opens it ("Entering Parliament" -> "Parliament"), and
    its label: what a participle takes is a place, not a person, so a PERSON span becomes LOC."""
    # a participle is tagged a verb or ends in "-ing" or "-ed" (opens_participle_clause): told from the columns
    # before the word's Token object is made
    if end - start > 1 and (coarse_tags(doc)[start] == "VERB" or lower_forms(doc)[start].endswith(_PARTICIPLE_ENDINGS)) \
            and opens_participle_clause(lex, doc[start]):
        return start + 1, "LOC" if label == "PERSON" else label
    return start, label


def _glued_honorific(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """The index of an honorific inside the entity from ``start`` to ``end`` that starts a person's name glued to
    a name before it ("the Clarion Mr Ruiz"), or None. An honorific that ends a longer title ("Crown Prince") is
    none."""
    text, starts = doc_text(doc), token_offsets(doc)[0]
    for i in range(start + 1, end - 1):
        title = title_between(lex, doc, i, i + 1)
        if title is None or title.kind != "honorific" or not text[starts[i + 1]:starts[i + 1] + 1].isupper():
            continue
        if title_between(lex, doc, i - 1, i + 1) is not None:
            continue  # "Crown Prince": one title
        if any(text[starts[j]:starts[j] + 1].isupper() and title_between(lex, doc, j, j + 1) is None
               for j in range(start, i)):
            return i
    return None


def _titled(span: Span, lex: Lexicon) -> bool:
    """A span that starts with an office or honorific ("Mr Ruiz", "President Ruiz"): a person's name; "People"
    of "People's Liberation Army" is none."""
    span = strip_span(span)
    return any(size < len(span) and (title := title_between(lex, span.doc, span.start, span.start + size)) is not None
               and title.kind in ("office", "honorific") for size in (1, 2, 3))


def _party_before_person(ent: Span, words: OrgWords) -> list[Span]:
    """A PERSON span that starts with a party and member nouns ("Tory MEP Ana Ruiz", "Labour MPs"): the party
    (ORG) and the name after them (PERSON), if any; a PERSON span as it is otherwise."""
    # the words read from the Doc's text (words_text): no Token objects, and a Span made only for what is kept
    doc, first, end = ent.doc, ent.start, ent.end
    capital = end > first and words_text(doc, first, first + 1)[:1].isupper()
    party = next((size for size in (2, 1) if size <= end - first and capital
                  and words.party(words_text(doc, first, first + size)) is not None), 0)
    start = first + party
    while start < end - 1 and words.member_role(words_text(doc, start, start + 1)) is not None:
        start += 1
    out = [Span(doc, first, first + party, label="ORG")] if party else []
    if start < end and words.member_role(words_text(doc, end - 1, end)) is None:  # "Labour MPs" names no one
        out.append(Span(doc, start, end, label="PERSON"))
    return out


def article_words(doc: Doc) -> frozenset[str]:
    """The words of a document in lower case, computed once per document: a pass looking for a few words can
    tell at once that an article has none of them.

    Parameters
    ----------
    doc
        A document (its text is read once; the set is kept in ``doc.user_data``).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> sorted(article_words(English()("The Tories won, the Tories said.")))
    ['said', 'the', 'tories', 'won']
    """
    found = doc.user_data.get(_WORDS_KEY)
    if found is None:
        text = doc_text(doc).lower()
        if any(_WORD.match(c) for c in set(_NON_ASCII.findall(text))):
            found = frozenset(_WORD.findall(text))
        else:
            # no letter outside ASCII (curly quotes and dashes are none): the words are the runs of a-z, split off
            # at once by bytes.translate rather than matched one by one
            letters = text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS_ONLY)
            found = frozenset(letters.decode("ascii").split())
        doc.user_data[_WORDS_KEY] = found
    return found


def _programme_title_tokens(doc: Doc, words: OrgWords) -> set[int]:
    """Tokens of programme titles: the capitalised words before a programme noun, after a broadcaster's
    possessive or a determiner ("X's [Mornings with Ana] programme", "the [Week Ahead] show")."""
    out: set[int] = set()
    nouns = words.words("programme_noun")
    lowers = lower_forms(doc) if nouns & article_words(doc) else []
    for n in range(1, len(lowers)):  # only the programme nouns are made Token objects
        if lowers[n] not in nouns or not doc[n - 1].text[:1].isupper():
            continue
        tok = doc[n]
        i = tok.i - 1
        while i > sentence_start(doc, tok.i) and (doc[i].text[:1].isupper() or (doc[i].is_lower and doc[i].is_alpha
                                                                    and doc[i].pos_ == "ADP")) \
                and doc[i].tag_ != "POS":
            i -= 1
        if doc[i].tag_ == "POS" or doc[i].pos_ == "DET":
            out.update(range(i + 1, tok.i))
    return out


def _split_entities(ents: list[Span], gaz: Gazetteer, lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """NER spans graphkit reads, cleaned and split into names of people and the rest; headings dropped."""
    person_spans: list[Span] = []
    other_spans: list[Span] = []
    taken = 0  # tokens before this index already belong to an extended name
    for ent in ents:
        label = ent.label_
        if ent.start < taken or (label not in NER_LABELS and not _facility_organization(ent, gaz, lex)):
            continue
        span = strip_span(ent, label)
        if len(span) == 0:
            continue
        if _is_heading(span, gaz) or _is_era(span):
            continue
        if label == "PERSON":
            text = name_text(span)
            # A lone state name tagged PERSON ("Austria proposed ...") or a demonym modifying a noun ("his
            # Ugandan counterpart") is the state; "OPEC" is OPEC.
            if _is_state_word(span, gaz) or gaz.organization(text) is not None:
                other_spans.append(span)
                continue
            span = _extend_person(span, gaz, lex)
            taken = span.end
            person_spans.append(span)
        elif _starts_with_person_title(span, lex, gaz):
            person_spans.append(span)  # "Chancellor Olaf Scholz" tagged ORG
        else:
            other_spans.append(span)
    return person_spans, other_spans


def _type_names_once(people: list[Span], others: list[Span], gaz: Gazetteer,
                     lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """One typing per name per article: every span of a name :func:`organization_names` finds is an
    organization (moved from the people, relabelled ORG); the others are left as they are."""
    orgs = organization_names(people + others, gaz, lex)
    if not orgs:
        return people, others
    moved = [_labelled(s, "ORG") for s in people if name_text(s) in orgs]
    kept = [s for s in people if name_text(s) not in orgs]
    relabelled = [_labelled(s, "ORG") if name_text(s) in orgs and s.label_ != "ORG" else s for s in others]
    return kept, sorted(relabelled + moved, key=lambda s: s.start)


def organization_names(spans: list[Span], gaz: Gazetteer, lex: Lexicon, words: OrgWords | None = None) -> set[str]:
    """Names an article types as organizations whatever the model tagged each mention: the most informative
    reading of the name wins, not the first.

    A name is an organization when one of its mentions says so and none is a person's (a title or
    honorific before it, "Mr X"):

    * an organization noun in apposition or compound with it ("mining firm X", "X, the steel giant",
      "its shipping subsidiary X", "the airlines X and Y");
    * it modifies a noun only organizations have ("X subsidiary", "X shareholders", "X MEPs", "X's board");
    * its last word is an organization word or a company suffix ("X Holdings", "X plc", "X Party");
    * the model tags it ORG more often than a place (a place is the least informative reading).

    Known states, institutions and international organizations are left to the gazetteer.

    Parameters
    ----------
    spans
        The candidate spans of one article (people and the rest), each with its label (:func:`span_label`).
    gaz, lex
        The gazetteer and the lexicon.
    words
        The organization words (default: graphkit's own).

    Returns
    -------
    set of str
        The names (:func:`graphkit.names.clean` forms).

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.states import load_gazetteer
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("The deal was signed by mining firm Terra Norte. Terra Norte said it was pleased.")
    >>> spans = [s for s in doc.ents if s.label_ in NER_LABELS]
    >>> sorted(organization_names(spans, load_gazetteer(), load_lexicon()))
    ['Terra Norte']
    """
    words = words or load_org_words()
    cued: set[str] = set()
    labels: dict[str, Counter[str]] = {}
    by_name: dict[str, list[Span]] = {}
    for span in spans:
        label = span_label(span)
        if label == "NORP":
            continue  # "Sunni officials": a nationality or creed is no organization
        text = name_text(span)
        if not text or state_forms(gaz, text) or gaz.institution(text) is not None \
                or gaz.organization(text) is not None:
            continue
        labels.setdefault(text, Counter())[label] += 1
        by_name.setdefault(text, []).append(span)
        if text not in cued and organization_cue(span, lex, words):
            cued.add(text)
    names = cued | {t for t, found in labels.items()
                    if found["GPE"] + found["LOC"] and found["ORG"] > found["GPE"] + found["LOC"]}
    return {t for t in names if not any(_person_cue(span, lex) for span in by_name[t])}


def _person_cue(span: Span, lex: Lexicon) -> bool:
    """A mention that can only be a person's: an office or honorific right before it or at its start."""
    doc = span.doc
    first = None  # span.sent.start, read from the sentence index once it is needed (no Span made)
    for size in (1, 2, 3):
        if size < len(span):
            title = title_between(lex, doc, span.start, span.start + size)
            if title is not None and title.kind in ("office", "honorific"):
                return True
        if first is None:
            first = sentence_start(doc, span.start)
        if span.start - size >= first:
            title = title_between(lex, doc, span.start - size, span.start)
            if title is not None and title.kind in ("office", "honorific"):
                return True
    return False


def organization_cue(span: Span, lex: Lexicon, words: OrgWords) -> bool:
    """Whether a mention's own words or syntax make it an organization's (see :func:`organization_names`).

    A name the model calls a place takes only an organization noun: places end in "Bank" and "Union" too, and
    have plants and officials; a name it calls a person takes no noun of a trade ("automaker").

    Parameters
    ----------
    span
        A name (its label, :func:`span_label`, says what the model took it for; none for untagged words).
    lex, words
        The lexicon (organization head words) and the organization words.

    Returns
    -------
    bool
        True for a cue; a person's title before the name is weighed by :func:`organization_names`.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.lexicon import load_lexicon
    >>> nlp, lex, words = load_pipeline(), load_lexicon(), load_org_words()
    >>> giant, producer = nlp("Steel giant Sibvex said output rose."), nlp("Oil producer Sibvex said output rose.")
    >>> organization_cue(giant[2:3], lex, words), organization_cue(producer[2:3], lex, words)  # tagged PERSON
    (True, False)
    """
    root = span.root
    label = span_label(span)
    place = label in ("GPE", "LOC", "FAC")
    last = span[-1].lower_
    if not place and len(span) >= 2 and span[-1].text[:1].isupper() and (
            last in words.words("company_suffix") or last in lex.words("org_head_word")):
        return True  # "Norvik Holdings", "Freedom Party"
    kinds = words.org_nouns if label == "PERSON" else words.org_nouns | words.trade_nouns
    for child in root.children:
        if child.pos_ == "NOUN" and lemma_of(child).lower() in kinds and (
                child.dep_ in ("compound", "nmod") and child.i < span.start
                or child.dep_ == "appos" and span.end <= child.i <= span.end + _APPOSITION_REACH):
            return True  # "mining firm X", "X, the steel giant"
    head = root.head
    if root.dep_ == "conj":  # "the airlines X and Y": Y is what X is
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and lemma_of(head.head).lower() in kinds:
            return True
        head = head.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and lemma_of(head).lower() in kinds and head.i < span.start:
        return True  # "its shipping unit X", "its subsidiary, X"
    if place:
        return False
    if root.dep_ in ("compound", "nmod") and head.i > root.i and head.pos_ in ("NOUN", "PROPN") \
            and not head.ent_type_ and words.part_noun(head.text):
        return True  # "X subsidiary", "X MEPs"
    return root.dep_ == "poss" and head.pos_ == "NOUN" and words.part_noun(head.text, possessive=True)


def _is_heading(span: Span, gaz: Gazetteer) -> bool:
    """Headline, heading and byline words the tagger takes for names: "HARBOUR TALKS", "Context:",
    "Compiled by ..."."""
    # the cheap tests first, the words of its line only when they decide, and a known name last: most spans
    # are no heading
    doc = span.doc
    text, (starts, ends) = doc_text(doc), token_offsets(doc)
    # the words read from the Doc's text (spaCy's is_alpha is str.isalpha of the word): no Token objects
    words = [w for w in (text[starts[i]:ends[i]] for i in range(span.start, span.end)) if w.isalpha()]
    common = len(span) == 1 and fine_tags(doc)[span.start] not in PROPER_TAGS
    person = span_label(span) == "PERSON"
    # an all-capitals run, a word the tagger does not call a proper noun, or the only word of its line
    heading = person and ((len(words) >= 2 and all(w.isupper() for w in words)) or common)
    if not heading and (person or common or len(words) == 1):
        line_words = _line_word_count(span)
        heading = (person and line_words == 1) \
            or (line_words == 1 and len(words) == 1) \
            or (common and line_words <= 4)  # a one-word line ("Context") heads a section; "Outlook:" a bullet
    if not heading:
        return False
    text = name_text(span)
    return not (state_forms(gaz, text) or gaz.institution(text) or gaz.organization(text))


def _is_era(span: Span) -> bool:
    """An era abbreviation after a number ("in 44 B.C."), which the model may tag as a place."""
    return span.start > 0 and span_text(span).replace(".", "").upper() in ERA_MARKERS \
        and span.doc[span.start - 1].like_num


def _title_case_line(span: Span) -> bool:
    """A headline in title case ("Scholz Slams Budget Deal"), where every word looks like a name."""
    words = _line_words(span)
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _line_words(span: Span) -> list[str]:
    """The words (:data:`_WORD`) of the line of the article a span sits on (from the line break before it to
    the first after it), found once per line of a Doc: a paragraph is one line, and its names ask about it one by
    one."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = end if end >= 0 else len(text)
    memo = span.doc.user_data.setdefault(_LINE_WORDS_KEY, {})
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = _WORD.findall(text[start:end])
    return found


def _line_word_count(span: Span) -> int:
    """How many words (:data:`_WORD`) the line of a span has (as :func:`_line_words` finds the line), counted up to
    :data:`_LINE_WORDS_COUNTED` only: a heading is told by a line of at most four words, and a paragraph's words
    need not all be found to tell it is none. Counted once per line of a Doc."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = end if end >= 0 else len(text)
    memo = span.doc.user_data.setdefault(_LINE_COUNTS_KEY, {})
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = sum(1 for _ in islice(_WORD.finditer(text, start, end), _LINE_WORDS_COUNTED))
    return found


def _extends_name(tok: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A token that can continue a person's name: a capitalised proper noun that is no state, institution,
    organization or title, on the same line."""
    prev = tok.doc[tok.i - 1]
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in PROPER_TAGS \
        and tok.ent_type_ in ("", "GPE", "ORG", "NORP", "LOC") and "\n" not in prev.whitespace_ \
        and not state_forms(gaz, tok.text) and gaz.institution(tok.text) is None \
        and gaz.organization(tok.text) is None and title_between(lex, tok.doc, tok.i, tok.i + 1) is None


def _extend_person(span: Span, gaz: Gazetteer, lex: Lexicon) -> Span:
    """A name the tagger cut short ("José Antonio" PERSON + "Kast"): extend it over up to two following
    capitalised words that its last word is a compound of."""
    doc = span.doc
    end = span.end
    while end < min(span.end + 2, len(doc)) and _extends_name(doc[end], gaz, lex) \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    if end == span.end or (end < len(doc) and doc[end].ent_iob_ == "I") or _title_case_line(span):
        return span  # nothing to add, or it would cut another entity in two
    return doc[span.start:end]


def _facility_organization(ent: Span, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A name tagged as a facility that is an organization: a known one ("White House") or one ending in an
    organization word ("the opposition Civic Platform")."""
    if ent.label_ != "FAC":
        return False
    text = name_text(ent)
    return bool(text) and (
        gaz.institution(text) is not None or gaz.organization(text) is not None
        or text.split()[-1].lower() in lex.words("org_head_word"))


def _is_state_word(span: Span, gaz: Gazetteer) -> bool:
    """A PERSON span that is a state: its name or capital, or a demonym modifying a common noun; a span of
    several words only as a whole name ("Sri Lanka", "Costa Rica")."""
    if len(span) > 1:
        return any(f.kind == "name" for f in state_forms(gaz, name_text(span)))
    forms = state_forms(gaz, name_text(span))
    root = span.root
    modifier = root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN"
    return any(f.kind in ("name", "capital") or (f.kind == "demonym" and modifier) for f in forms)


def _starts_with_person_title(span: Span, lex: Lexicon, gaz: Gazetteer) -> bool:
    """A span such as "Chancellor Olaf Scholz": an office or honorific, then a capitalised name."""
    if span.label_ == "PERSON":
        return True
    doc = span.doc
    for size in (3, 2, 1) if span.start and lex.may_end_title(words_text(doc, span.start - 1, span.start)) else ():
        # the title just before the span: "Chancellor [Olaf Scholz]" with only the name tagged
        if span.start - size >= 0 and span[0].text[:1].isupper() and span[-1].pos_ == "PROPN" \
                and "\n" not in doc[span.start - size:span.start].text_with_ws:  # a headline's last word
            title = title_between(lex, doc, span.start - size, span.start)
            text = span_text(span)
            if title is not None and title.kind in ("office", "honorific") and not state_forms(gaz, text) \
                    and gaz.institution(text) is None and gaz.organization(text) is None:
                return True
    for size in (3, 2, 1):
        if size < len(span):
            title = title_between(lex, doc, span.start, span.start + size)
            if title is not None and title.kind in ("office", "honorific"):
                rest = span[size:]
                text = span_text(rest)
                return rest[0].text[:1].isupper() and not state_forms(gaz, text) \
                    and gaz.institution(text) is None and rest[-1].pos_ == "PROPN"
    return False


def _known_as(spans: list[Span], person_spans: list[Span], lex: Lexicon) -> dict[str, Span]:
    """Other names of a person: "Andrés Manuel López Obrador, better known as AMLO" -> {"amlo": that name}."""
    out: dict[str, Span] = {}
    if not spans:
        return out
    doc = spans[0].doc
    deps, heads, lowers = dep_labels(doc), head_indices(doc), lower_forms(doc)
    for span in spans:
        # the root of the span is one of its words: told from the Doc's columns whether any word is the object of
        # "as" before the Token objects of the root, the "as" and the verb are made (most names are not)
        if not any(deps[i] == "pobj" and lowers[heads[i]] == "as" for i in range(span.start, span.end)):
            continue
        prep = span.root.head
        verb = prep.head
        if span.root.dep_ != "pobj" or prep.lower_ != "as" or lemma_of(verb) not in lex.words("known_as_verb") or verb.dep_ != "acl":
            continue
        owner = next((p for p in person_spans if p.start <= verb.head.i < p.end), None)
        if owner is not None:
            out[name_text(span).lower()] = owner
    return out


def _acronym_definitions(ents: list[Span]) -> dict[str, Span]:
    """Acronyms an article defines in brackets after a name: "Movement for Democratic Change (MDC)" -> {"MDC": that name}."""
    out: dict[str, Span] = {}
    if not ents:
        return out
    doc = ents[0].doc
    text, (starts, ends) = doc_text(doc), token_offsets(doc)
    for ent in ents:
        if ent.label_ not in NER_LABELS or ent.end + 2 >= len(doc):
            continue
        if text[starts[ent.end]:ends[ent.end]] != "(" or text[starts[ent.end + 2]:ends[ent.end + 2]] != ")":
            continue  # most names: no bracket after them (told from the text)
        acronym = doc[ent.end + 1]
        span = strip_span(ent)
        if len(span) and _is_acronym_of(acronym.text, span):
            out.setdefault(acronym.text, span)
    return out


def _is_acronym_of(acronym: str, span: Span) -> bool:
    """Whether ``acronym`` abbreviates the name: all capitals, starting with the name's first initial and
    taking its letters from the name's initials in order ("WHO" of "World Health Organization"); a word in
    capitals gives all its letters ("UKFP" of "UK Freedom Party")."""
    letters = [c for c in acronym if c.isalpha()]
    if not (2 <= len(acronym) <= 8 and acronym.isupper() and letters and acronym.replace("&", "").isalnum()):
        return False
    initials = acronym_letters([t.text for t in span])
    if not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


def acronym_letters(words: list[str]) -> str:
    """The letters an acronym of a name takes: each capitalised word's initial, every letter of a word in
    capitals; small words ("of", "and") give none.

    Parameters
    ----------
    words
        The words of a name.

    Returns
    -------
    str

    Examples
    --------
    >>> acronym_letters("Baltic Shipping and Rail Corporation".split()), acronym_letters("UK Freedom Party".split())
    ('BSRC', 'UKFP')
    """
    out = []
    for word in words:
        letters = "".join(c for c in word if c.isalpha())
        if not letters or not word[:1].isupper():
            continue
        out.append(letters if letters.isupper() and len(letters) <= 3 else letters[0])
    return "".join(out)


def _weapon_names(spans: list[Span], lex: Lexicon) -> set[str]:
    """Names an article uses only to modify weapon nouns: "Leopard" of "additional Leopard tanks"."""
    uses: dict[str, list[bool]] = {}
    deps = dep_labels(spans[0].doc) if spans else []
    for span in spans:
        # the root of the span is one of its words: only a span with a compound among its words is read further
        weapon = False
        if any(deps[i] == "compound" for i in range(span.start, span.end)):
            root = span.root
            weapon = root.dep_ == "compound" and root.head.pos_ == "NOUN" \
                and lemma_of(root.head).lower() in lex.words("weapon_noun")
        uses.setdefault(name_text(span), []).append(weapon)
    return {text for text, flags in uses.items() if all(flags)}


def _known_names(person_spans: list[Span], lex: Lexicon) -> set[str]:
    """Names the model calls PERSON anywhere in the article, and every part of each ("López" of
    "Andrés Manuel López Obrador"), in lower case."""
    names: set[str] = set()
    for span in person_spans:
        name = person_name(span, lex)
        if name is not None:
            names.add(name[1].lower())
            names.update(w.lower() for w in name[1].split() if len(w) > 2 and w[:1].isupper())
            if len(name[1].split()) >= 2:
                names.update(surnames(name[1]))  # "assad" of "al-Assad"
    return names


def conjoined_with(span: Span, person_tokens: set[int]) -> bool:
    """A one-word name joined by "and" to a person's name is a person too.

    Parameters
    ----------
    span
        A candidate span of one or two tokens, headed by a proper noun.
    person_tokens
        Indexes of the tokens of the spans already taken as people.

    Returns
    -------
    bool
        True when its head is a conjunct of (or has as conjunct) a token of
        ``person_tokens`` that the model tagged PERSON.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Macron", "and", "Scholz", "met"], heads=[3, 0, 0, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT"], pos=["PROPN", "CCONJ", "PROPN", "VERB"],
    ...           ents=["B-PERSON", "O", "B-GPE", "O"])
    >>> conjoined_with(doc[2:3], {0}), conjoined_with(doc[2:3], set())
    (True, False)
    """
    root = span.root
    if len(span) > 2 or root.pos_ != "PROPN":
        return False
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(t.i in person_tokens and t.ent_type_ == "PERSON" for t in linked)


def is_junk_org(span: Span) -> bool:
    """Headings, bullets and common nouns the small model mistakes for organizations.

    Parameters
    ----------
    span
        A span tagged ORG (or FAC), tagged by the pipeline.

    Returns
    -------
    bool
        True for a span across a line break, without letters, without a
        capital, or made only of ordinary words in title case.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Latest", "Updates", ":", "navy", "ships", "of", "Hamas"],
    ...           pos=["ADJ", "NOUN", "PUNCT", "NOUN", "NOUN", "ADP", "PROPN"])
    >>> is_junk_org(doc[0:2]), is_junk_org(doc[3:4]), is_junk_org(doc[6:7])
    (True, True, False)
    """
    if "\n" in span.text or not any(t.is_alpha for t in span):
        return True
    if not any(t.text[:1].isupper() for t in span if t.is_alpha):
        return True  # "navy" in "12 navy ships": a common noun, not a name
    # Title-case runs of ordinary words ("Latest Updates") are headings, not organizations.
    return all(t.pos_ in ("NOUN", "ADJ", "VERB", "ADP", "DET", "CCONJ") and not t.text.isupper() for t in span)

