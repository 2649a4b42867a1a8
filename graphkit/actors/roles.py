"""Roles: the titles, appositives, "whose" clauses and verbs that link people to states and organizations.

* :func:`left_roles` (called for each person name by
  :mod:`~graphkit.actors.people`): titles and state modifiers before a name
  or in an appositive ("French President Emmanuel Macron", "Scholz,
  Germany's chancellor", "Polish Digital Affairs Minister Krzysztof
  Gawkowski", "his Chilean counterpart, Gabriel Boric");
* :func:`whose_affiliations` (a pass): "Scholz, whose Social Democratic
  Party ..." makes the person a member of the party;
* :func:`leadership_role`: verbs that state a role rather than an act
  ("X, who heads the council", "the movement is led by X"), read by
  :mod:`graphkit.actions` and kept as affiliations.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon, Title
from ..syntax import JOINERS, PROPER_TAGS, doc_text
from . import keys
from .lookup import owner_in, owner_of, state_forms, title_at, whose_antecedent
from .records import ORGANIZATION
from .table import ActorTable

__all__ = ["leadership_role", "left_roles", "whose_affiliations"]


def leadership_role(lex: Lexicon, lemma: str, source: str, target: str, negated: bool) -> str | None:
    """The role a verb of leadership states between a person and a state or organization ("heads" ->
    "Head"), or None when the reading is an act ("X did not lead Y" is no role).

    Parameters
    ----------
    lex
        The lexicon (its ``leadership_verb`` word class gives the role).
    lemma
        The action word read.
    source, target
        The keys of who acts and of whom it is aimed at.
    negated
        Whether the reading is negated.

    Returns
    -------
    str or None
        The role, for a person leading a state or organization; else None.

    Examples
    --------
    >>> from graphkit.lexicon import load_lexicon
    >>> leadership_role(load_lexicon(), "head", "person:ana ruiz", "org:labour party", False)
    'Head'
    >>> leadership_role(load_lexicon(), "head", "state:FRA", "org:nato", False) is None
    True
    """
    role = lex.word_value("leadership_verb", lemma)
    if role and keys.is_person(source) and not negated and keys.is_state_or_org(target):
        return role
    return None


def left_roles(table: ActorTable, key: str, name_span: Span, inner_titles: list[Title]) -> None:
    """Read the titles and state modifiers before a name, or in an appositive.

    "French President Emmanuel Macron", "Germany's Chancellor, Olaf Scholz",
    "Scholz, Germany's chancellor", "Polish Digital Affairs Minister Krzysztof Gawkowski",
    "the AU, whose commission chairperson, Moussa Faki", "his Chilean counterpart, Gabriel Boric".

    Parameters
    ----------
    table
        The actor table; the title words are consumed, offices and honorifics
        become roles of the person, and an office with a state or
        organization in front an affiliation to it.
    key
        The person's key.
    name_span
        The words of the name (titles inside the entity span excluded).
    inner_titles
        Titles that were inside the entity span ("President Macron" tagged whole).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["French", "President", "Emmanuel", "Macron", "spoke"],
    ...           sent_starts=[True, False, False, False, False])
    >>> table = ActorTable(doc)
    >>> table.mention("state:FRA", doc[0], "demonym")
    >>> left_roles(table, "person:emmanuel macron", doc[2:4], [])
    >>> table.roles("person:emmanuel macron"), [(a.group, a.role) for a in table.affiliations]
    (('President',), [('state:FRA', 'President')])
    """
    doc, lex = table.doc, table.lex
    lo = name_span.sent.start
    # Titles inside the entity span ("President Macron" tagged whole) sit before name_span.
    offices: list[str] = [t.role for t in inner_titles if t.kind == "office"]
    group: str | None = None
    pos = name_span.start
    while pos > lo and doc[pos - 1].i in table.consumed and table.state_or_org(doc[pos - 1]) is None:
        pos -= 1
    i = pos
    while i > lo:
        prev = doc[i - 1]
        if prev.tag_ == "POS" and i - 2 >= lo:
            i -= 1
            continue
        found = title_at(lex, doc, i, lo)
        if found is not None and found[1].kind != "body":
            start, title = found
            role = title.role
            if title.kind == "office":
                qualified = _qualifiers_before(table, start, lo)
                if qualified < start:  # "Digital Affairs" + "Minister"
                    role, start = f"{doc[qualified:start].text} {title.role}", qualified
            table.consumed.update(range(start, i))
            if title.kind == "office" and role not in offices:
                offices.append(role)
            elif title.kind == "honorific":
                table.role(key, role)
            i = start
            continue
        state = table.state_or_org(prev)
        if state is not None:
            group = group or state
            i -= 1
            while i > lo and doc[i - 1].i in table.consumed and table.state_or_org(doc[i - 1]) == state:
                i -= 1
            continue
        break
    # Appositive: "Germany's Chancellor, Olaf Scholz" or "Scholz, Germany's chancellor".
    root = name_span.root
    appos_titles = []
    if root.dep_ == "appos":
        appos_titles.append(root.head)
    appos_titles.extend(c for c in root.children if c.dep_ == "appos")
    for head in appos_titles:
        found = title_at(lex, doc, head.i + 1, max(lo, head.i - 3))
        if found is None or found[1].kind != "office":
            continue
        start, title = found
        table.consumed.update(range(start, head.i + 1))
        table.mention(key, doc[start:head.i + 1], "title")
        if title.role not in offices:
            offices.append(title.role)
        group = group or owner_of(table, head) or owner_in(table, doc[start:head.i + 1])
    offices = [_counterpart_role(table, name_span, key) if role == "Counterpart" else role for role in offices]
    for role in dict.fromkeys(offices):
        table.role(key, role)
        table.offices.setdefault(key, []).append(role)
        if group:
            table.affiliate(key, group, role, name_span[0])
        body = _organization_of_office(table, role, group)
        if body is not None:
            table.affiliate(key, body, role, name_span[0])  # "Commerce Secretary" -> the Commerce Department


def _qualifiers_before(table: ActorTable, start: int, lo: int) -> int:
    """Where the qualifiers of an office begin: "[Digital Affairs] Minister" after a state ("Polish"), capitalised
    proper nouns that name no actor and end in no organization word; ``start`` when there are none."""
    doc = table.doc
    i = start
    while i > lo and (_qualifier_word(table, doc[i - 1]) or (doc[i - 1].lower_ in JOINERS and i < start)):
        i -= 1
    while i < start and doc[i].lower_ in JOINERS:
        i += 1  # a run never starts with "and"
    before = i - 2 if i - 2 >= lo and doc[i - 1].tag_ == "POS" else i - 1
    if i == start or before < lo or doc[start - 1].lower_ in table.lex.words("org_head_word"):
        return start
    owner = table.state_or_org(doc[before])
    return i if owner is not None and keys.is_state(owner) else start


def _qualifier_word(table: ActorTable, tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.tag_ in PROPER_TAGS and not table.of(tok) \
        and tok.ent_type_ != "PERSON" and not state_forms(table.gaz, tok.text) and table.lex.title(tok.text) is None


def _organization_of_office(table: ActorTable, role: str, group: str | None) -> str | None:
    """The organization of the article an office names by its qualifier, of the holder's state: "Commerce
    Secretary" -> "Commerce Department", "Navy Chief" -> "Navy", "Foreign Minister" -> "Foreign Ministry"."""
    words = role.split()
    if len(words) < 2 or "of" in words or (group is not None and not keys.is_state(group)):
        return None
    qualifier = " ".join(words[:-1]).lower()
    names = {qualifier} | {f"{qualifier} {suffix}" for suffix in table.lex.words("department_suffix")}
    hits = [k for k in table.keys_of_type(ORGANIZATION)
            if table.bare_names.get(k, table.label(k)).lower() in names
            and (group is None or table.state_of_org(k) in (None, group))]
    return hits[0] if len(hits) == 1 else None


def _counterpart_role(table: ActorTable, name_span: Span, key: str) -> str:
    """"his Chilean counterpart, Gabriel Boric": the office of the person named before in this or the two
    previous sentences that has one (Milei's "President"), else "Counterpart"."""
    doc = table.doc
    lo = name_span.sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for i in range(name_span.start - 1, lo - 1, -1):
        for other in table.of_index(i):
            roles = [r for r in table.offices.get(other, ()) if r != "Counterpart"]
            if keys.is_person(other) and other != key and roles:
                return roles[0]
    return "Counterpart"


def whose_affiliations(table: ActorTable) -> None:
    """"Scholz, whose Social Democratic Party ...": the person is a member of the organization.

    Parameters
    ----------
    table
        The actor table after the people pass; the person before "whose" is
        affiliated (as ``member``) to the organization "whose" modifies.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Scholz", ",", "whose", "Labour", "party", "won"],
    ...           heads=[5, 0, 4, 4, 5, 5], deps=["nsubj", "punct", "poss", "compound", "nsubj", "ROOT"],
    ...           tags=["NNP", ",", "WP$", "NNP", "NN", "VBD"], pos=["PROPN", "PUNCT", "PRON", "PROPN", "NOUN", "VERB"])
    >>> table = ActorTable(doc)
    >>> table.mention("person:olaf scholz", doc[0], "name"); table.mention("org:labour party", doc[3:5], "name")
    >>> whose_affiliations(table)
    >>> [(a.member, a.group, a.role) for a in table.affiliations]
    [('person:olaf scholz', 'org:labour party', 'member')]
    """
    if "whose" not in doc_text(table.doc).lower():
        return  # most articles have none; spare a pass over every token
    for tok in table.doc:
        antecedent = whose_antecedent(tok)
        if antecedent is None:
            continue
        people = [k for k in table.of(antecedent) if keys.is_person(k)]
        named = [tok.head, *(c for c in tok.head.children if c.dep_ == "compound")]  # "whose Labour party"
        orgs = [k for t in named for k in table.of(t) if keys.is_org(k)]
        if people and orgs:
            table.affiliate(people[0], orgs[0], "member", tok.head)

