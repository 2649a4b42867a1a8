"""Definite descriptions of organizations: "the firm", "the two companies", "the Indian firm", "the trade body".

A description names no organization: its head noun (word class ``description_noun`` of
``word_classes.tsv``) says which kind it means (a business, a subsidiary, a party, an international
body, a news medium). :func:`org_profiles` reads once what the article says of each organization: the
kinds of the nouns it is named with ("mining firm X", "steel makers X and Y", "X, the steel
giant"), a party's name, the international organizations of ``organizations.tsv``, and the states it
is tied to ("India's X", "Russian energy giant X"). :func:`choose` then picks, among the
organizations in focus in order of salience, the one that agrees with the description, or none when
two agree equally: a wrong firm costs more than a missed one.

The handler that reads the text in order is :func:`graphkit.actors.coref.description_reference`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lemmas import lower_lemmas
from . import keys
from .lookup import owners_of
from .orgwords import load_org_words
from .table import ActorTable

__all__ = ["ACCEPTS", "DESCRIPTION_REACH", "MODIFIED_HEADS", "NAMING_DEPS", "UNTYPED_HEADS", "OrgProfile", "Candidate",
           "agrees", "choose", "description_kind", "most_salient", "org_profiles"]

#: Sentences back that "the firm" may reach for the organization it means.
DESCRIPTION_REACH = 4
#: Kinds a description of each kind accepts besides its own: any business is "the firm", a subsidiary too.
ACCEPTS: dict[str, frozenset[str]] = {"business": frozenset({"business", "subsidiary"})}
#: Description nouns that may mean an organization of no known kind: a name alone ("India's X") is most often a
#: company's; "the bank", "the unit", "the giant" may be no organization at all.
UNTYPED_HEADS = frozenset({"firm", "company", "corporation"})
#: Description nouns that mean an organization only with a modifier ("the trade body"; "the body" alone is a corpse
#: as often).
MODIFIED_HEADS = frozenset({"body"})
#: Dependencies by which a noun names the organization next to it ("mining firm X", "X, the giant").
NAMING_DEPS = frozenset({"compound", "appos", "nmod"})
#: Participles by which an organization is said to belong to another ("X, controlled by Y").
OWNED_VERBS = frozenset({"control", "own"})
#: organizations.tsv kinds of an international organization that is also a business ("the bank").
BUSINESS_BODY_KINDS = frozenset({"bank"})


@dataclass
class OrgProfile:
    """What the article says of one organization.

    Attributes
    ----------
    kinds
        Kinds of the nouns it is named with, or its known kind (``party``, ``body``).
    states
        States it is tied to: "India's X", "Russian energy giant X", a body of a state.
    parents
        Organizations said to own it: "X, controlled by Y", "Y's subsidiary X", "X, a unit of Y".

    Examples
    --------
    >>> OrgProfile({"business"}, {"state:IND"}).parents
    set()
    """

    kinds: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Candidate:
    """An organization in focus for a description, with its salience.

    Attributes
    ----------
    key
        The organization's key.
    tier
        0 for a subject earlier in this sentence, 1 for a subject of the previous sentence, 2 for one
        named more recently.
    sentence
        The sentence it was last named in.

    Examples
    --------
    >>> Candidate("org:acme", 1, 3).tier
    1
    """

    key: str
    tier: int
    sentence: int


def description_kind(table: ActorTable, tok: Token) -> str | None:
    """The kind of organization a noun describes ("firm" -> ``business``).

    Parameters
    ----------
    table
        The actor table (its lexicon holds the ``description_noun`` word class).
    tok
        A noun.

    Returns
    -------
    str or None
        ``business``, ``subsidiary``, ``party``, ``body`` or ``media``; None for any other noun.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["the", "firm"], lemmas=["the", "firm"])
    >>> description_kind(ActorTable(doc), doc[1]), description_kind(ActorTable(doc), doc[0])
    ('business', None)
    """
    return table.lex.word_value("description_noun", lower_lemmas(tok.doc)[tok.i]) or None


def org_profiles(table: ActorTable) -> dict[str, OrgProfile]:
    """What the article says of each organization it names, read from the names found so far.

    Parameters
    ----------
    table
        The actor table after the name passes.

    Returns
    -------
    dict
        Organization key -> :class:`OrgProfile`.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Kenyan", "firm", "Acme", "left"], heads=[1, 2, 3, 3],
    ...           deps=["amod", "compound", "nsubj", "ROOT"], lemmas=["Kenyan", "firm", "Acme", "leave"],
    ...           pos=["ADJ", "NOUN", "PROPN", "VERB"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:KEN", doc[0], "demonym")
    >>> table.mention("org:acme", doc[2], "name")
    >>> key = table.actor("org:acme", "Acme", "organization")
    >>> org_profiles(table)["org:acme"]
    OrgProfile(kinds={'business'}, states={'state:KEN'}, parents=set())
    """
    profiles: dict[str, OrgProfile] = {}
    party_names = {v.lower() for v in load_org_words().values.get("party", {}).values()}
    doc = table.doc
    of_index, orgs_among = table.of_index, keys.orgs_among
    for i in table.named_indices():  # named tokens alone, in order; a Token made only for an organization's
        found = orgs_among(of_index(i))
        if not found:
            continue
        tok = doc[i]
        for key in found:
            profile = profiles.setdefault(key, OrgProfile())
            for noun in _naming_nouns(table, tok):
                kind = description_kind(table, noun)
                if kind:
                    profile.kinds.add(kind)
                profile.states.update(k for k in owners_of(table, noun) if keys.is_state(k))
                if kind == "subsidiary":
                    profile.parents.update(k for k in _owner_orgs(table, noun) if k != key)
            profile.states.update(k for k in owners_of(table, tok) if keys.is_state(k))
            owned_by = _owned_by(table, tok)
            if owned_by:
                profile.kinds.add("subsidiary")
                profile.parents.update(owned_by)
    for key, profile in profiles.items():
        label = table.label(key) if table.has(key) else ""
        if label.lower().split()[-1:] == ["party"] or label.lower() in party_names:
            profile.kinds.add("party")
        known = table.gaz.organization(label) if label else None
        if known is not None:
            profile.kinds.add("ngo" if known.kind == "ngo" else "body")
            if known.kind in BUSINESS_BODY_KINDS:
                profile.kinds.add("business")
        if keys.iso3(key):
            profile.kinds.add("state_body")  # "Kenya's foreign ministry" is no firm
        state = table.state_of_org(key)
        if state:
            profile.states.add(state)
    return profiles


def agrees(kind: str, profile: OrgProfile | None, *, untyped: bool = True) -> int:
    """How well an organization agrees with a description of a kind.

    Parameters
    ----------
    kind
        The description's kind (:func:`description_kind`).
    profile
        What the article says of the organization (None: nothing).
    untyped
        Whether the description may mean an organization of no known kind (its noun is one of
        :data:`UNTYPED_HEADS`: "the firm", not "the bank").

    Returns
    -------
    int
        2 when named with a noun of that kind (or of one it accepts), 1 when of no known kind, the kind
        a business and ``untyped``, 0 otherwise.

    Examples
    --------
    >>> agrees("business", OrgProfile({"subsidiary"})), agrees("business", OrgProfile()), agrees("party", None)
    (2, 1, 0)
    """
    kinds = profile.kinds if profile else set()
    if kinds & ACCEPTS.get(kind, frozenset({kind})):
        return 2
    return 1 if not kinds and kind == "business" and untyped else 0


def choose(kind: str, candidates: list[Candidate], profiles: dict[str, OrgProfile], states: set[str],
           excluded: set[str], parents: set[str] = frozenset(), *, strict: bool = False,
           untyped: bool = True) -> str | None:
    """The organization a description of ``kind`` means: the most salient candidate that agrees best.

    Candidates come most salient first. A description with a state ("the Indian firm") wants an
    organization tied to that state. Those named with a noun of the kind are preferred to those of no
    known kind; among the best, the first wins unless the next is as salient (two subjects of one
    sentence, two organizations last named in the same sentence): then nobody.

    Parameters
    ----------
    kind
        The description's kind (:func:`description_kind`).
    candidates
        Organizations in focus, most salient first, each once.
    profiles
        :func:`org_profiles`.
    states
        States modifying the description ("Indian").
    excluded
        Organizations it cannot mean: its own owner ("the Acme subsidiary"), its clause's subject.
    parents, strict
        Organizations owning what it means ("the Acme subsidiary"): those known to be theirs come first;
        ``strict``: only they ("Acme's subsidiary", which no "the" makes a reference back).
    untyped
        Whether an organization of no known kind may be meant (:func:`agrees`).

    Returns
    -------
    str or None
        The organization's key; None when none agrees or two agree as well and are as salient.

    Examples
    --------
    >>> profiles = {"org:a": OrgProfile({"business"}, {"state:IND"}), "org:b": OrgProfile({"business"})}
    >>> both = [Candidate("org:a", 2, 3), Candidate("org:b", 2, 3)]
    >>> choose("business", both, profiles, set(), set()), choose("business", both, profiles, {"state:IND"}, set())
    (None, 'org:a')
    """
    scored = [(agrees(kind, profiles.get(c.key), untyped=untyped), c) for c in candidates if c.key not in excluded]
    scored = [(score, c) for score, c in scored if score
              and (not states or states & (profiles.get(c.key) or OrgProfile()).states)]
    if parents:
        owned = [(score, c) for score, c in scored if parents & (profiles.get(c.key) or OrgProfile()).parents]
        scored = owned if owned or strict else scored
    if not scored:
        return None
    best = max(score for score, _ in scored)
    return most_salient([c for score, c in scored if score == best])


def most_salient(ranked: list[Candidate]) -> str | None:
    """The first of candidates ranked most salient first, unless the next is as salient (both subjects of one
    sentence, or both last named in the same sentence): then either may be meant, and nobody is.

    Parameters
    ----------
    ranked
        Candidates, most salient first.

    Returns
    -------
    str or None
        The key of the first candidate, or None.

    Examples
    --------
    >>> most_salient([Candidate("org:a", 1, 3), Candidate("org:b", 2, 3)]), most_salient([])
    ('org:a', None)
    """
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0].tier == ranked[1].tier and (ranked[0].tier < 2
                                                                 or ranked[0].sentence == ranked[1].sentence):
        return None  # two as salient: either may be meant
    return ranked[0].key


def _naming_nouns(table: ActorTable, tok: Token) -> list[Token]:
    """The common nouns that name an organization's token: "firm" of "mining firm X" and of "X, the firm";
    "operators" of "operators X and Y" for Y too."""
    out = [c for c in tok.children if c.dep_ in NAMING_DEPS and not table.of(c)]
    if tok.dep_ in NAMING_DEPS and not table.of(tok.head):
        out.append(tok.head)
    if tok.dep_ == "conj" and tok.head.dep_ in NAMING_DEPS and not table.of(tok.head.head):
        out.append(tok.head.head)
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def _owner_orgs(table: ActorTable, noun: Token) -> list[str]:
    """Organizations owning a noun: "Y's subsidiary", "a Y unit", "a subsidiary of Y"."""
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [k for k in owners_of(table, noun) + [k for o in of for k in table.of(o)] if keys.is_org(k)]


def _owned_by(table: ActorTable, tok: Token) -> list[str]:
    """"X, controlled by Y", "X, owned by Y": the organizations Y."""
    return [k for c in tok.children if c.dep_ == "acl" and lower_lemmas(c.doc)[c.i] in OWNED_VERBS
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            for t in (o, *o.conjuncts) for k in table.of(t) if keys.is_org(k)]
