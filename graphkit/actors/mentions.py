"""Candidate spans: the names an article's NER found, cleaned, with headlines and bylines dropped.

The first pass of :func:`graphkit.actors.find_actors`. It splits the
entities into names of people and the rest (to be typed by
:mod:`~graphkit.actors.classify`), drops headline, heading and byline words
the tagger takes for names ("HARBOUR TALKS", "Context:"), makes whole a name
the tagger cut short ("José Antonio" + "Kast"), and notes what later passes
need: names the article calls PERSON anywhere, acronyms defined in brackets,
names given with "known as", and names used only for weapons ("Leopard tanks").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..names import clean, surnames
from ..states import Gazetteer
from ..syntax import PROPER_TAGS, doc_text
from .lookup import person_name, state_forms, strip_span
from .table import ActorTable

__all__ = ["NER_LABELS", "conjoined_with", "find_candidates", "is_junk_org"]

#: NER labels graphkit reads; dates, numbers, money etc. never make a node.
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})

_WORD = re.compile(r"[^\W\d_]+")


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
    people, others = _split_entities(doc, gaz, lex)
    table.person_aliases = _known_as(others, people, lex)
    found = table.candidates
    # Names the model calls PERSON anywhere in the article: a surname it tags
    # ORG or GPE elsewhere ("Kast" as ORG) is still that person.
    found.known_names = _known_names(people, lex) | set(table.person_aliases)
    found.acronyms = _acronym_definitions(doc)
    found.weapons = _weapon_names(people + others, lex)
    found.people = [span for span in people if clean(span.text) not in found.weapons]
    found.others = others


def _split_entities(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """NER spans graphkit reads, cleaned and split into names of people and the rest; headings dropped."""
    person_spans: list[Span] = []
    other_spans: list[Span] = []
    taken = 0  # tokens before this index already belong to an extended name
    for ent in doc.ents:
        if ent.start < taken or (ent.label_ not in NER_LABELS and not _facility_organization(ent, gaz, lex)):
            continue
        span = strip_span(ent)
        if len(span) == 0 or _is_heading(span, gaz):
            continue
        if ent.label_ == "PERSON":
            text = clean(span.text)
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


def _is_heading(span: Span, gaz: Gazetteer) -> bool:
    """Headline, heading and byline words the tagger takes for names: "HARBOUR TALKS", "Context:",
    "Compiled by ..."."""
    text = clean(span.text)
    if state_forms(gaz, text) or gaz.institution(text) or gaz.organization(text):
        return False
    words = [t for t in span if t.is_alpha]
    line_words = len(_WORD.findall(_line_of(span)))
    common = len(span) == 1 and span[0].tag_ not in PROPER_TAGS
    if span[0].ent_type_ == "PERSON":
        # an all-capitals run, a word the tagger does not call a proper noun, or the only word of its line
        if (len(words) >= 2 and all(t.text.isupper() for t in words)) or common or line_words == 1:
            return True
    if line_words == 1 and len(words) == 1:
        return True  # a one-word line ("Context") heads a section, whatever the tagger calls it
    return common and line_words <= 4  # "Outlook:" heading a bullet


def _title_case_line(span: Span) -> bool:
    """A headline in title case ("Scholz Slams Budget Deal"), where every word looks like a name."""
    words = _WORD.findall(_line_of(span))
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _line_of(span: Span) -> str:
    """The line of the article a span sits on."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start:end if end >= 0 else len(text)]


def _extends_name(tok: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A token that can continue a person's name: a capitalised proper noun that is no state, institution,
    organization or title, on the same line."""
    prev = tok.doc[tok.i - 1]
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in PROPER_TAGS \
        and tok.ent_type_ in ("", "GPE", "ORG", "NORP", "LOC") and "\n" not in prev.whitespace_ \
        and not state_forms(gaz, tok.text) and gaz.institution(tok.text) is None \
        and gaz.organization(tok.text) is None and lex.title(tok.text) is None


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
    text = clean(ent.text)
    return ent.label_ == "FAC" and bool(text) and (
        gaz.institution(text) is not None or gaz.organization(text) is not None
        or text.split()[-1].lower() in lex.words("org_head_word"))


def _is_state_word(span: Span, gaz: Gazetteer) -> bool:
    """A one-word PERSON span that is a state: its name or capital, or a demonym modifying a common noun."""
    forms = state_forms(gaz, clean(span.text)) if len(span) == 1 else []
    root = span.root
    modifier = root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN"
    return any(f.kind in ("name", "capital") or (f.kind == "demonym" and modifier) for f in forms)


def _starts_with_person_title(span: Span, lex: Lexicon, gaz: Gazetteer) -> bool:
    """A span such as "Chancellor Olaf Scholz": an office or honorific, then a capitalised name."""
    if span.label_ == "PERSON":
        return True
    doc = span.doc
    for size in (3, 2, 1) if span.start and lex.may_end_title(doc[span.start - 1].text) else ():
        # the title just before the span: "Chancellor [Olaf Scholz]" with only the name tagged
        if span.start - size >= 0 and span[0].text[:1].isupper() and span[-1].pos_ == "PROPN" \
                and "\n" not in doc[span.start - size:span.start].text_with_ws:  # a headline's last word
            title = lex.title(doc[span.start - size:span.start].text)
            if title is not None and title.kind in ("office", "honorific") and not state_forms(gaz, span.text) \
                    and gaz.institution(span.text) is None and gaz.organization(span.text) is None:
                return True
    for size in (3, 2, 1):
        if size < len(span):
            title = lex.title(span[:size].text)
            if title is not None and title.kind in ("office", "honorific"):
                rest = span[size:]
                return rest[0].text[:1].isupper() and not state_forms(gaz, rest.text) \
                    and gaz.institution(rest.text) is None and rest[-1].pos_ == "PROPN"
    return False


def _known_as(spans: list[Span], person_spans: list[Span], lex: Lexicon) -> dict[str, Span]:
    """Other names of a person: "Andrés Manuel López Obrador, better known as AMLO" -> {"amlo": that name}."""
    out: dict[str, Span] = {}
    for span in spans:
        prep = span.root.head
        verb = prep.head
        if span.root.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_ not in lex.words("known_as_verb") or verb.dep_ != "acl":
            continue
        owner = next((p for p in person_spans if p.start <= verb.head.i < p.end), None)
        if owner is not None:
            out[clean(span.text).lower()] = owner
    return out


def _acronym_definitions(doc: Doc) -> dict[str, Span]:
    """Acronyms an article defines in brackets after a name: "Movement for Democratic Change (MDC)" -> {"MDC": that name}."""
    out: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS or ent.end + 2 >= len(doc):
            continue
        opening, acronym, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        span = strip_span(ent)
        if opening.text == "(" and closing.text == ")" and len(span) and _is_acronym_of(acronym.text, span):
            out.setdefault(acronym.text, span)
    return out


def _is_acronym_of(acronym: str, span: Span) -> bool:
    """Whether ``acronym`` abbreviates the name: all capitals, starting with the name's first initial and
    taking its letters from the name's initials in order ("WHO" of "World Health Organization")."""
    letters = [c for c in acronym if c.isalpha()]
    if not (2 <= len(acronym) <= 8 and acronym.isupper() and letters and acronym.replace("&", "").isalnum()):
        return False
    initials = [t.text[0] for t in span if t.is_alpha and t.text[:1].isupper()]
    if not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


def _weapon_names(spans: list[Span], lex: Lexicon) -> set[str]:
    """Names an article uses only to modify weapon nouns: "Leopard" of "additional Leopard tanks"."""
    uses: dict[str, list[bool]] = {}
    for span in spans:
        root = span.root
        weapon = root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in lex.words("weapon_noun")
        uses.setdefault(clean(span.text), []).append(weapon)
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

