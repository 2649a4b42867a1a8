"""People: person names clustered into one actor each, with the roles their titles give.

Passes of :func:`graphkit.actors.find_actors`:

* :func:`find_untagged_surnames`: a surname of the article the model did not
  tag at all is still that person;
* :func:`add_people`: full names first, then surnames (or family names
  written first, "Wen Jiabao ... Wen") to the full name they belong to;
  each name's titles and state modifiers read by
  :func:`~graphkit.actors.roles.left_roles`.
"""
from __future__ import annotations


import functools
import gc
import re
from typing import Iterable, Iterator, NamedTuple

from spacy.tokens import Span, Token

from ..lemmas import lemma_of, lower_lemmas
from ..names import clean, name_parts, surnames
from ..syntax import (CLAUSE_ATTACHMENT_DEPS, NOMINAL_SUBJECT_DEPS, NOUN_POS, PERSON_RELATIVES, PROPER_TAGS,
                      coarse_tags, dep_labels, entity_types, fine_tags, head_indices)
from ..tables import read_rows
from . import keys
from .keys import person_key
from .lookup import capitalised_tokens, person_name, state_forms, title_between
from .records import KNOWLEDGE, PERSON, STATE, Affiliation
from .roles import described_by_role, left_roles
from .table import ActorTable

__all__ = ["HOLDER_FILE", "OfficeHolding", "add_people", "dated_affiliations", "find_described_people",
           "find_killing_parties", "find_untagged_surnames", "known_people", "load_office_holders"]

#: The table of office holders (derived by ``scripts/derive_office_holders.py`` from PETRARCH-2's dictionaries).
HOLDER_FILE = "office_holders.tsv"
#: Roles of the office holder table, most telling first: of two readings of one person's tie to one state, the
#: first in this order is kept.
HOLDER_ROLES: tuple[str, ...] = ("Government", "Military", "Official", "Elite")

_DATE = re.compile(r"(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")

#: Ages an appositive number may give ("Ana Ruiz, 47, said"): a person's, not a quantity's.
AGES = range(1, 121)


def find_untagged_surnames(table: ActorTable) -> None:
    """Pass: a capitalised word (or hyphened pair) the model did not tag that is a name the article calls
    PERSON elsewhere.

    Parameters
    ----------
    table
        The actor table; each such word is added to ``table.candidates.people``
        as a one-token span.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Kast", "met", "Boric"], pos=["PROPN", "VERB", "PROPN"])
    >>> table = ActorTable(doc)
    >>> table.candidates.known_names = {"kast", "josé antonio kast"}
    >>> find_untagged_surnames(table)
    >>> [span.text for span in table.candidates.people]
    ['Kast']
    """
    found, doc = table.candidates, table.doc
    tagged = {i for span in found.people + found.others for i in range(span.start, span.end)}
    pos, labels = coarse_tags(doc), entity_types(doc)
    for i in capitalised_tokens(doc):
        if i in tagged or pos[i] not in NOUN_POS or labels[i]:
            continue  # read from the Doc's columns: a Token object only for an untagged capitalised noun
        tok = doc[i]
        if tok.lower_ in found.known_names:
            found.people.append(doc[tok.i:tok.i + 1])
        elif tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and not doc[tok.i + 1].whitespace_ and tok.i + 2 not in tagged and not doc[tok.i + 2].ent_type_ \
                and doc[tok.i:tok.i + 3].text.lower() in found.known_names:
            found.people.append(doc[tok.i:tok.i + 3])  # a hyphened surname ("Lloyd-Hughes")


def find_described_people(table: ActorTable) -> None:
    """Pass: a name the article describes as a person is one, whatever the tagger made of it: a name with a
    role in apposition ("Harlow, a professor of law at ...", "Tomas Vik, leader of the Green Party"),
    an age ("Ana Ruiz, 47, of ...") or a "who" clause ("Ruiz, who heads ..."), tagged as a place or
    organization or not tagged at all.

    Names of states and known organizations and names ending in an organization word ("Acme
    Institute, a member of ...") stay what they are.

    Parameters
    ----------
    table
        The actor table after :func:`~graphkit.actors.mentions.find_candidates`; such spans move from
        ``table.candidates.others`` to ``table.candidates.people`` (untagged ones are added), and their
        words join ``known_names``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors.mentions import find_candidates
    >>> table = ActorTable(load_pipeline()("Harlow, a professor of law at Acme University, died on Monday."))
    >>> find_candidates(table); find_described_people(table)
    >>> [span.text for span in table.candidates.people]
    ['Harlow']
    """
    found, doc = table.candidates, table.doc
    tagged = {i for span in found.people + found.others for i in range(span.start, span.end)}
    keep = []
    for span in found.others:
        (found.people if _described_person(table, span) else keep).append(span)
    found.others = keep
    tags, deps, heads = fine_tags(doc), dep_labels(doc), head_indices(doc)
    # an untagged name heads its words, so only a head with an appositive or a clause on it (or itself an
    # appositive) may be described (_described_person): told from the Doc's columns, as are the other tests
    described = {heads[i] for i, dep in enumerate(deps) if dep in CLAUSE_ATTACHMENT_DEPS}
    for i in capitalised_tokens(doc):
        if i not in tagged and tags[i] in PROPER_TAGS \
                and not (deps[i] == "compound" and tags[heads[i]] in PROPER_TAGS) \
                and (deps[i] == "appos" or i in described) and doc[i].is_alpha:
            span = _untagged_name(doc[i], tagged)
            if _described_person(table, span):
                found.people.append(span)
    for span in found.people:
        words = clean(span.text).lower()
        found.known_names.update((words, words.split()[-1]))


def _untagged_name(head: Token, tagged: set[int]) -> Span:
    """The capitalised proper nouns before a head noun that form one name with it ("Vladan Petrovic")."""
    start = head.i
    while start > 0 and start - 1 not in tagged and head.doc[start - 1].tag_ in PROPER_TAGS \
            and head.doc[start - 1].text[:1].isupper() and head.doc[start - 1].is_alpha \
            and head.doc[start - 1].head.i == head.i:
        start -= 1
    return head.doc[start:head.i + 1]


def _described_person(table: ActorTable, span: Span) -> bool:
    """A name with a role or an age in apposition, or a "who" clause, that is no state, known organization or
    name ending in an organization word."""
    root = span.root
    if root.dep_ == "pobj" or (len(span) == 1 and root.dep_ not in NOMINAL_SUBJECT_DEPS):
        return False  # "born in Boston, a noted scholar": an appositive hung on the wrong name
    if root.dep_ != "appos" and not any(c.dep_ in CLAUSE_ATTACHMENT_DEPS for c in root.children):
        return False  # nothing said of the name (most names): spare the lookups below
    if not _plain_name(table, span):
        return False
    return described_by_role(table, root) or any(
        (c.dep_ == "appos" and c.like_num and c.text.isdigit() and int(c.text) in AGES)  # "Ana Ruiz, 47,"
        or (c.dep_ == "relcl" and any(g.dep_ in NOMINAL_SUBJECT_DEPS and g.lower_ in PERSON_RELATIVES
                                      for g in c.children))  # "Ruiz, who heads ..."
        for c in root.children)


def _plain_name(table: ActorTable, span: Span) -> bool:
    """A capitalised name that is no state, known institution or organization, nor ends in an organization
    word: one a person may bear."""
    text = clean(span.text)
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not state_forms(table.gaz, text) \
        and table.gaz.institution(text) is None and table.gaz.organization(text) is None \
        and words[-1].lower() not in table.lex.words("org_head_word")


#: Dependencies of a killing verb's victim: its object, or its subject when passive.
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def find_killing_parties(table: ActorTable) -> None:
    """Pass: a bare name that kills or is killed is a person: the subject, object or agent of a killing verb
    ("Ruiz shot Vidal"), the possessor or "of" phrase of a killing noun ("the murder of Vidal") and the
    victim named before an agent noun ("Vidal's assassin", "Vidal assassin Ruiz"), where the model tagged
    no person.

    Only people are killed and assassinated: a victim the model tagged as a place or an organization is a
    person too, unless it is a state or a known organization. A killer it tagged as an organization stays one
    (armed groups kill); only an untagged killer is taken for a person. A party that is one title word
    ("King was shot") is a surname, not the office (``candidates.title_names``).

    Parameters
    ----------
    table
        The actor table after :func:`find_described_people`. Each such name joins the people of
        ``table.candidates`` (leaving its others) and its words the known names.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors.mentions import find_candidates
    >>> table = ActorTable(load_pipeline()("Okonkwo fatally shot Brandt outside the theatre."))
    >>> find_candidates(table); find_killing_parties(table)
    >>> sorted(span.text for span in table.candidates.people)
    ['Brandt', 'Okonkwo']
    """
    found, doc = table.candidates, table.doc
    killing = table.lex.words("killing_word")
    others = {i: span for span in found.others for i in range(span.start, span.end)}
    people = {i for span in found.people for i in range(span.start, span.end)}
    for i, lemma in enumerate(lower_lemmas(doc)):
        if lemma not in killing:
            continue
        tok = doc[i]
        for party, sure in _killing_parties(tok, table.lex.words("agent_noun")):
            if party.tag_ not in PROPER_TAGS or not party.is_alpha \
                    or any(c.dep_ in _COMMON_NOUN_DEPS for c in party.children):
                continue
            if party.i in people:
                if title_between(table.lex, party.doc, party.i, party.i + 1) is not None:
                    found.title_names.add(party.i)  # "killed King" tagged a person: a surname, not the office
                continue
            span = others.get(party.i)
            if span is None:
                span = _untagged_name(party, set(others) | people)
            elif not sure:
                continue  # an organization may kill: only its victims and assassins are people for sure
            if not _plain_name(table, span):
                continue
            if span in found.others:
                found.others.remove(span)
            if len(span) == 1 and table.lex.title(span.text) is not None:
                found.title_names.add(span.start)  # "King was shot": a surname, not the office
            found.people.append(span)
            people.update(range(span.start, span.end))
            words = clean(span.text).lower()
            found.known_names.update((words, words.split()[-1]))


def _killing_parties(tok: Token, agent_nouns: frozenset[str]) -> Iterator[tuple[Token, bool]]:
    """The heads of the names a killing word's syntax makes its parties, each with whether it is surely a person
    (a victim, or one an agent noun names), not maybe an armed group."""
    def named(head: Token, sure: bool) -> Iterator[tuple[Token, bool]]:
        for word in (head, *head.conjuncts):
            yield word, sure
            # "the last king of X, Ruiz, was killed": the name in apposition
            yield from ((c, sure) for c in word.children if c.dep_ == "appos")

    if tok.pos_ == "VERB":
        subjects = [c for c in tok.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if not subjects and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "X sneaked in and shot Y"
        for child in [*tok.children, *subjects]:
            if child.dep_ in _VICTIM_DEPS or child.dep_ in NOMINAL_SUBJECT_DEPS:
                yield from named(child, child.dep_ in _VICTIM_DEPS)
            elif child.dep_ == "agent":
                yield from (p for pobj in child.children if pobj.dep_ == "pobj" for p in named(pobj, False))
    if tok.pos_ != "NOUN" and tok.tag_ != "VBG" and not (tok.pos_ == "PROPN" and tok.is_lower):
        return  # a lower-case word tagged a name is still the noun ("King assassin Ray")
    agent = lemma_of(tok).lower() in agent_nouns
    # "the murder in 1921 of X": a preposition the parse hung on the date after the noun
    dated = [g for c in tok.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj" and p.ent_type_ == "DATE" for g in p.children if g.dep_ == "prep"]
    for child in [*tok.children, *dated]:
        if child.dep_ == "poss" or (agent and child.dep_ == "compound"):
            yield from named(child, True)  # "Vidal's murder", "Vidal assassin"
        elif agent and child.dep_ == "appos":
            yield from named(child, True)  # "the assassin, Ruiz"
        elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from named(pobj, child.lower_ == "of")  # "the murder of X by Y"
    if agent and tok.dep_ in ("compound", "appos") and tok.head.tag_ in PROPER_TAGS:
        yield tok.head, True  # "Vidal's assassin Ruiz", "the assassin Ruiz"
        if tok.dep_ == "compound":  # "Vidal assassin Ruiz": the victim hangs on the name the title is of
            yield from ((c, True) for c in tok.head.children if c.dep_ in ("poss", "compound") and c.i < tok.i)


#: Dependents a bare name has not: a word with these is a common noun in capitals ("Today's Highlight").
_COMMON_NOUN_DEPS = frozenset({"det", "poss", "amod", "nummod"})


def add_people(table: ActorTable) -> None:
    """Pass: cluster person mentions: full names first, then surnames (or family names written first) to the full
    name they belong to.

    Parameters
    ----------
    table
        The actor table after the mention, typing and body passes; each
        person becomes one actor keyed by its full name, with the roles and
        affiliations its titles give (:func:`~graphkit.actors.roles.left_roles`).

    Examples
    --------
    >>> from graphkit.actors import PASSES
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> table = ActorTable(nlp("German Chancellor Olaf Scholz met Wen Jiabao. Scholz and Wen spoke."), "d1")
    >>> earlier = PASSES[:PASSES.index(add_people)]  # mentions, typing, bodies ...
    >>> for step in earlier: step(table)
    >>> add_people(table)
    >>> [(m.text, m.actor) for m in table.finish().mentions if m.actor.startswith("person:")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Olaf Scholz', 'person:olaf scholz'), ('Wen Jiabao', 'person:wen jiabao'),
     ('Scholz', 'person:olaf scholz'), ('Wen', 'person:wen jiabao')]
    >>> [(a.member, a.group, a.role) for a in table.affiliations]
    [('person:olaf scholz', 'state:DEU', 'Chancellor')]
    """
    doc, lex = table.doc, table.lex
    parsed = []
    for span in sorted(table.candidates.people, key=lambda s: s.start):
        got = person_name(span, lex, as_name=span.start in table.candidates.title_names)
        if got is not None:
            start, name, titles = got
            parsed.append((span, start, name, titles))
    names = _NameIndex(parsed, {word: person_name(span, lex) for word, span in table.person_aliases.items()})
    for span, start, name, titles in parsed:
        key = names.key(name)
        table.actor(key, name, PERSON)
        name_span = doc[start:span.end] if start < span.end else span
        table.mention(key, name_span, "name")
        table.consumed.update(range(span.start, span.end))
        for t in titles:
            table.role(key, t.role)
        left_roles(table, key, name_span, titles)


class _NameIndex:
    """Which person each name of one article stands for.

    * a name with exactly one longer name ending with it ("Al Thani"), or a word inside exactly one long
      name ("López"), is that name;
    * a full name is itself, and remembered by its surname ("Assad" of "Bashar al-Assad");
    * a surname is the person of that surname named most recently, else the first named later;
    * a word that is no surname but the first word of a full name is that person, written family name
      first ("Wen" of "Wen Jiabao", "Moon" of "Moon Jae-in"); of several such names the one named first
      (a later namesake is written in full);
    * another name given in the text ("known as AMLO") is the person it was given to.
    """

    def __init__(self, parsed: list, aliases: dict[str, tuple | None]) -> None:
        self.parsed = parsed
        # each name with its count of words and its words in lower case, split once (every name is compared
        # with every other)
        self.split = [(name, len(name.split()), name.lower().split()) for _, _, name, _ in parsed]
        self.fulls = [name for _, _, name, _ in parsed if len(name_parts(name)) >= 2]
        self.by_surname: dict[str, list[str]] = {}
        for name in self.fulls:
            for surname in surnames(name):
                keys = self.by_surname.setdefault(surname, [])
                if person_key(name) not in keys:
                    keys.append(person_key(name))
        self.recent: dict[str, str] = {}
        self.aliases = {word: person_key(got[1]) for word, got in aliases.items() if got is not None}

    def key(self, name: str) -> str:
        parts = name_parts(name)
        if name.lower() in self.aliases:
            return self.aliases[name.lower()]
        longer = _longer_name(name, self.split)
        if longer is not None:
            return person_key(longer)
        if len(parts) >= 2:
            for surname in surnames(name):
                self.recent[surname] = person_key(name)
            return person_key(name)
        word = parts[-1].lower()
        if word in self.recent:
            return self.recent[word]
        if self.by_surname.get(word):
            return self.by_surname[word][0]
        first = [n for n in self.fulls if n.split()[0].lower() == word]
        return person_key(first[0] if first else name)


def _longer_name(name: str, split: list[tuple[str, int, list[str]]]) -> str | None:
    """The one longer name of the article that ends with ``name`` ("Al Thani" in
    "Tamim bin Hamad Al Thani") or, for one word, has it inside ("López" in
    "Andrés Manuel López Obrador"), if exactly one does. ``split``: each name of the article with its count of
    words and its words in lower case."""
    words = name.lower().split()
    if len(words) < 2:
        # a single word that is a given name or middle name of exactly one full name ("López")
        longer = {n for n, size, lower in split if size >= 3 and words[0] in lower[:-1]}
        return longer.pop() if len(longer) == 1 else None
    longer = {n for n, size, lower in split if size > len(words) and lower[-len(words):] == words}
    return longer.pop() if len(longer) == 1 else None



class OfficeHolding(NamedTuple):
    """One row of the office holder table: a state or organization a person served, in one role, when.

    Attributes
    ----------
    type
        ``state`` or ``organization``.
    group
        The state's ISO 3166 alpha-3 code, or the organization's label in graphkit's gazetteer.
    role
        ``Government``, ``Elite``, ``Military`` (CAMEO sectors) or ``Official`` (of an organization).
    period
        Ranges ``FROM..UNTIL`` joined by ``|``; ``""`` for always.

    Examples
    --------
    >>> OfficeHolding("state", "KEN", "Government", "2013-04-09..2022-09-13").type
    'state'
    """

    type: str
    group: str
    role: str
    period: str


@functools.lru_cache(maxsize=1)
def load_office_holders() -> dict[str, tuple[OfficeHolding, ...]]:
    """The office holder table, read once: a person's full name as keyed (``"barack obama"``) -> holdings.

    Returns
    -------
    dict of str to tuple of OfficeHolding
        Shared: treat as read-only.

    Examples
    --------
    >>> [h.group for h in load_office_holders()["nelson mandela"]][:1]
    ['ZAF']
    """
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of small rows: the collector would rescan the parsed model's heap for each batch
    try:
        out: dict[str, list[OfficeHolding]] = {}
        rows = read_rows(HOLDER_FILE, ("name", "type", "group", "role", "period"))
        for _, (name, type_, group, role, period) in rows:
            out.setdefault(name, []).append(OfficeHolding(type_, group, role, "" if period == "-" else period))
        return {name: tuple(rows) for name, rows in out.items()}
    finally:
        if collecting:
            gc.enable()


#: Most states a surname's office holders may serve for a titled surname to be looked up at all ("Putin": one;
#: "Obama": three, told apart by the article's date; "Smith": too many to guess).
SURNAME_STATES = 3


@functools.lru_cache(maxsize=1)
def surname_holdings() -> dict[str, tuple[OfficeHolding, ...]]:
    """The state offices of every office holder by the last word of their name, for surnames whose holders
    serve at most :data:`SURNAME_STATES` states.

    Returns
    -------
    dict of str to tuple of OfficeHolding
        Surname -> holdings; built once and shared, so never changed by callers.

    Examples
    --------
    >>> sorted({h.group for h in surname_holdings()["mandela"]})
    ['ZAF']
    """
    out: dict[str, list[OfficeHolding]] = {}
    for name, holdings in load_office_holders().items():
        out.setdefault(name.split()[-1], []).extend(h for h in holdings if h.type == STATE)
    return {name: tuple(rows) for name, rows in out.items()
            if rows and len({h.group for h in rows}) <= SURNAME_STATES}


def known_people(table: ActorTable) -> None:
    """Pass: a person the article names in full but ties to no state or organization gets the ties graphkit's
    table of office holders knows ("Nelson Mandela said ..." -> South Africa), marked ``knowledge``.

    The name must be a full name (two words or more) of the table, or a surname with an office ("President
    Bush") whose holders serve few states (:func:`surname_holdings`); a person the text itself ties to a
    state or organization ("Ana Ruiz, a spokeswoman for Acme") gets nothing from it, so the table never
    contradicts the text. Every holding is kept with its dates: the graph keeps those the article's date
    falls in, and drops a person's ties to states (or to organizations) when more than one is left
    (:func:`dated_affiliations`): two namesakes, or no date to tell the offices apart.

    Parameters
    ----------
    table
        The actor table after every text affiliation is read; a holding's state is registered (without
        a mention) when the article does not name it, a holding's organization is kept only when the
        article names it.

    Examples
    --------
    >>> from graphkit.actors import find_actors
    >>> from graphkit.nlp import load_pipeline
    >>> found = find_actors(load_pipeline()("Nelson Mandela praised the deal."))
    >>> sorted({(a.group, a.origin) for a in found.affiliations})
    [('state:ZAF', 'knowledge')]
    """
    holders = load_office_holders()
    tied = {a.member for a in table.affiliations if keys.is_state_or_org(a.group)}
    wanted = {}
    for key in table.keys_of_type(PERSON):
        words = keys.name_words(key)
        if key not in tied and len(words) >= 2 and " ".join(words) in holders:
            wanted[key] = holders[" ".join(words)]
        elif key not in tied and len(words) == 1 and table.roles(key) and words[0] in surname_holdings():
            # "President Bush": a surname the text gives an office but no full name or state; a bare
            # surname is nobody in particular. Namesakes of several states are told apart by the article's
            # date, or give nothing (dated_affiliations).
            wanted[key] = surname_holdings()[words[0]]
    if not wanted:
        return
    first: dict[str, Token] = {}
    for i in range(len(table.doc)):
        for key in table.of_index(i):  # a Token object only for a first mention
            if key in wanted and key not in first:
                first[key] = table.doc[i]
    for key, holdings in wanted.items():
        token = first.get(key)
        if token is None:
            continue  # named only in a part of the article no mention reached
        for holding in holdings:
            group = _holding_group(table, holding)
            if group is not None:
                table.affiliate(key, group, holding.role, token, origin=KNOWLEDGE, period=holding.period)


def _holding_group(table: ActorTable, holding: OfficeHolding) -> str | None:
    """The key of a holding's state (registered in the table when the article does not name it) or of its
    organization, only when the article names it: the table's organization ties are less sure (a
    minister holding an organization's rotating chair is coded as its official)."""
    if holding.type == STATE:
        state = table.gaz.state(holding.group)
        return None if state is None else table.actor(keys.state_key(state.iso3), state.name, STATE, state.iso3)
    key = keys.org_key(holding.group)
    return key if table.has(key) else None


def dated_affiliations(affiliations: Iterable[Affiliation], date: str) -> list[Affiliation]:
    """The affiliations a graph keeps for an article of ``date``: every one the text states, and of those from
    the table of office holders, the ones held on that date, one role per person and group, and none of a
    person's ties to states (or to organizations) when several are left.

    Parameters
    ----------
    affiliations
        One document's affiliations.
    date
        The document's date as given ("2005-03-14", "20050314", "2005"); ``""`` or unreadable: every
        period counts.

    Returns
    -------
    list of Affiliation
        In the order given.

    Examples
    --------
    >>> def held(group, role, period):
    ...     return Affiliation("d", "person:ana ruiz", group, role, "", 0, "knowledge", period)
    >>> rows = [held("state:PER", "Government", "2001-01-01..2005-12-31"), held("state:PER", "Elite", ""),
    ...         held("state:CHL", "Government", "2010-01-01..")]
    >>> [(a.group, a.role) for a in dated_affiliations(rows, "2003-05-01")]
    [('state:PER', 'Government')]
    >>> dated_affiliations(rows, "")  # two states and no date to choose: neither
    []
    """
    when = _date_span(date)
    text, known = [], []
    for aff in affiliations:
        if aff.origin != KNOWLEDGE:
            text.append(aff)
        elif when is None or _held_on(aff.period, when):
            known.append(aff)
    best: dict[tuple[str, str], Affiliation] = {}
    for aff in known:
        rank = HOLDER_ROLES.index(aff.role) if aff.role in HOLDER_ROLES else len(HOLDER_ROLES)
        held = best.get((aff.member, aff.group))
        if held is None or rank < (HOLDER_ROLES.index(held.role) if held.role in HOLDER_ROLES else len(HOLDER_ROLES)):
            best[(aff.member, aff.group)] = aff
    groups: dict[tuple[str, bool], set[str]] = {}
    for member, group in best:
        groups.setdefault((member, keys.is_state(group)), set()).add(group)
    keep = {id(a) for (member, group), a in best.items() if len(groups[(member, keys.is_state(group))]) == 1}
    return [a for a in affiliations if a.origin != KNOWLEDGE or id(a) in keep]


def _date_span(date: str) -> tuple[str, str] | None:
    """The first and last day an article's date may mean ("2005" -> the whole year); None when unreadable."""
    found = _DATE.search(date or "")
    if found is None or not 1800 <= int(found.group(1)) <= 2200:
        return None
    year, month, day = found.groups()
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return (f"{year}-{month}-{day}",) * 2


def _held_on(period: str, when: tuple[str, str]) -> bool:
    """Whether any range of ``period`` ("" for always) overlaps the days ``when``."""
    if not period:
        return True
    for span in period.split("|"):
        start, _, until = span.partition("..")
        if (not start or start <= when[1]) and (not until or until >= when[0]):
            return True
    return False
