"""Bodies of a state named by their role: ministries, armies, courts ("Kenya's foreign ministry").

A pass of :func:`graphkit.actors.find_actors`, after the names are typed:
organizations named by a body noun of ``titles.tsv`` are one node per body
and state when their state is named ("Kenya's foreign ministry", "the
Chilean army", "Peru's energy ministry"); a bare "the ministry" is the body
with that head noun the article named most recently (else next); a
capitalised bare body no other one matches ("Navy chief ...") is an
organization of its own. :func:`add_committees` reads the bodies news names
by a capitalised owner and lower-case words ("the Lords science
committee").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..names import possessive
from ..sentences import sentence_start
from ..syntax import (INDEFINITE, MODIFIER_DEPS, NOUN_POS, OWNER_DEPS, PLURAL_TAGS, coarse_tags, doc_text, fine_tags,
                      lower_forms, token_offsets)
from . import keys
from .classify import add_state
from .lookup import office_at, opens_participle_clause, state_forms, title_at, title_between, whose_antecedent
from .mentions import article_words
from .orgwords import load_org_words
from .records import ORGANIZATION
from .table import ActorTable

__all__ = ["add_bodies", "add_committees"]


def add_bodies(table: ActorTable) -> None:
    """Organizations named by a body noun of ``titles.tsv``: with their state ("Kenya's foreign ministry",
    "the Chilean army", "Peru's energy ministry") one node per body and state; bare ("the
    ministry") the body with that head noun the article named most recently (else next); a capitalised bare
    body no other one matches ("Navy chief ...") an organization of its own.

    Parameters
    ----------
    table
        The actor table after the passes that type names (the states must be
        known); a body of a state is affiliated to it as ``member``, and a
        state's army is its armed forces when the institutions table names them.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import PASSES
    >>> table = ActorTable(load_pipeline()("Kenya's foreign ministry protested. The ministry met the German army."))
    >>> for step in PASSES[:PASSES.index(add_bodies)]:
    ...     step(table)
    >>> add_bodies(table)
    >>> [(m.text, m.actor) for m in table.finish().mentions if m.kind == "body"]  # doctest: +NORMALIZE_WHITESPACE
    [('foreign ministry', 'org:foreign ministry@KEN'), ('ministry', 'org:foreign ministry@KEN'),
     ('army', 'org:bundeswehr')]
    >>> table.label("org:foreign ministry@KEN")
    "Kenya's Foreign Ministry"
    """
    doc, lex = table.doc, table.lex
    bare: list[tuple[Span, Token, str]] = []
    pos, tags, text, (starts, ends) = coarse_tags(doc), fine_tags(doc), doc_text(doc), token_offsets(doc)
    for i, tag in enumerate(tags):
        # _body_at's tests of the word itself, read from the Doc's columns: a Token object only for a noun that
        # may end a title
        if pos[i] not in NOUN_POS or tag in PLURAL_TAGS or not lex.may_end_title(text[starts[i]:ends[i]]):
            continue
        tok = doc[i]
        found = _body_at(table, tok)
        if found is None:
            continue
        span, role = found
        owner = _body_owner(table, tok, span.start)
        if owner is not None:
            _add_body(table, span, tok, role, owner)
        else:
            bare.append((span, tok, role))
    named = [x for x in bare if x[0][0].text[:1].isupper()]
    for span, tok, role in named + [x for x in bare if x not in named]:
        key = _bare_body(table, tok, role)
        if key is None and span[0].text[:1].isupper():
            key = table.actor(keys.org_key(role), role, ORGANIZATION)
            table.bare_names[key] = role
            table.bodies.append((tok.i, key, role))
        if key is not None:
            table.mention(key, span, "body")
            table.consumed.update(range(span.start, span.end))


def _body_at(table: ActorTable, tok: Token) -> tuple[Span, str] | None:
    """The body phrase headed by ``tok`` and its role ("energy ministry" -> "Energy Ministry"), if
    ``tok`` heads one that names an organization here (not "navy ships", "army-backed", "a court")."""
    doc, lex = table.doc, table.lex
    if tok.pos_ not in NOUN_POS or tok.tag_ in PLURAL_TAGS or not lex.may_end_title(tok.text) \
            or tok.i in table.consumed or table.of(tok):
        return None
    found = title_at(lex, doc, tok.i + 1, max(sentence_start(doc, tok.i), tok.i - 2))
    if found is None or found[1].kind != "body" or any(i in table.consumed for i in range(found[0], tok.i)):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return None  # "army-backed": part of an adjective
    if tok.dep_ in MODIFIER_DEPS and office_at(lex, doc, tok.i + 1) is None:
        return None  # "navy ships"; but "Navy chief", "ministry spokesman" name the body
    head = tok.head if tok.dep_ == "compound" else tok
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in (*tok.children, *head.children)):
        return None  # "a court": no body in particular
    start, title = found
    while start > sentence_start(doc, tok.i) and start > found[0] - 2 and _body_modifier(table, doc[start - 1], tok):
        start -= 1
    words = [t.text[:1].upper() + t.text[1:] for t in doc[start:found[0]]]
    return doc[start:tok.i + 1], " ".join(words + [title.role])


def _body_modifier(table: ActorTable, tok: Token, head: Token) -> bool:
    """A noun that names which body it is ("energy" of "energy ministry")."""
    return tok.dep_ == "compound" and head.i >= tok.head.i > tok.i and tok.pos_ in NOUN_POS \
        and tok.is_alpha and not table.of(tok) and tok.i not in table.consumed \
        and not state_forms(table.gaz, tok.text) and title_between(table.lex, tok.doc, tok.i, tok.i + 1) is None \
        and not opens_participle_clause(table.lex, tok)  # "Entering Parliament, ...": no "Entering" parliament


def _body_owner(table: ActorTable, head: Token, start: int) -> str | None:
    """The state that owns a body: a possessive or modifier ("Kenya's", "Peruvian", "whose"), or a state
    named right before it ("the Chilean Army", tagged as one organization)."""
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < start:
            key = table.state_or_org(whose_antecedent(child) or child)
            if key is not None and keys.is_state(key):
                return key
    doc = table.doc
    at = start - 1 if start > 0 and doc[start - 1].tag_ != "POS" else start - 2
    if at < 0 or at < sentence_start(doc, head.i):
        return None
    key = table.state_or_org(doc[at])
    if key is not None:
        return key if keys.is_state(key) else None
    forms = state_forms(table.gaz, doc[at].text) if at not in table.consumed else []
    if len(forms) == 1 and forms[0].state.sovereign:
        key = add_state(table, forms[0], doc[at])  # the state inside an ORG span the scan skipped
        table.consumed.add(at)
        return key
    return None


def _add_body(table: ActorTable, span: Span, head: Token, role: str, owner: str) -> str:
    """One node per body and state: "Kenya's Foreign Ministry", affiliated to Kenya; a state's army or
    military is its national armed forces when the institutions table names them ("Bundeswehr")."""
    iso3 = keys.iso3(owner)
    forces = table.gaz.armed_forces(iso3) if role.lower() in table.lex.words("armed_forces_role") else None
    if forces is not None:
        key = table.actor(keys.org_key(forces.label), forces.label, ORGANIZATION)
        table.bare_names[key] = forces.label
    else:
        key = table.actor(keys.org_key(role, iso3), f"{possessive(table.label(owner))} {role}", ORGANIZATION)
        table.bare_names[key] = role
    table.mention(key, span, "body")
    table.consumed.update(range(span.start, span.end))
    table.bodies.append((head.i, key, role))
    table.affiliate(key, owner, "member", head)
    return key


def _bare_body(table: ActorTable, tok: Token, role: str) -> str | None:
    """The body a bare "the ministry" or "the Defense Ministry" is: the one with that role (or, for a bare
    head noun, that head noun) named most recently before it, else the next one."""
    word = role.split()[-1].lower()
    same = sorted((i, key) for i, key, r in table.bodies
                  if r == role or (len(role.split()) == 1 and r.split()[-1].lower() == word))
    before = [key for i, key in same if i < tok.i]
    after = [key for i, key in same if i > tok.i]
    return before[-1] if before else (after[0] if after else None)



def add_committees(table: ActorTable) -> None:
    """Pass: a committee, commission or board named by a capitalised word that is no actor and lower-case words
    ("the Lords science committee", "the Senate ethics committee"): one organization, named by
    those words. A committee of an actor the article names ("the Kenyan ... committee") is left to the
    passes that read owners.

    Parameters
    ----------
    table
        The actor table after the names are typed; the words become one
        organization's mention, keyed by their lower-case form (so the same
        words capitalised elsewhere are the same organization).

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import PASSES
    >>> table = ActorTable(load_pipeline()("The minister told the Lords science committee he was wrong."))
    >>> _ = [step(table) for step in PASSES[:PASSES.index(add_committees) + 1]]  # up to and with this pass
    >>> [(m.text, m.actor) for m in table.finish().mentions]
    [('Lords science committee', 'org:lords science committee')]
    """
    doc = table.doc
    nouns = load_org_words().words("committee_noun")
    if not nouns & article_words(doc):
        return
    lowers = lower_forms(doc)
    for i, lower in enumerate(lowers):
        if lower not in nouns:
            continue  # a Token object only for a committee noun
        head = doc[i]
        if not head.is_lower or head.tag_ != "NN" or table.of(head) \
                or head.i in table.consumed or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        start = head.i
        while start > sentence_start(doc, head.i) and doc[start - 1].dep_ in MODIFIER_DEPS \
                and start - 1 < doc[start - 1].head.i <= head.i and doc[start - 1].is_alpha:
            start -= 1
        owner = doc[start]
        if start == head.i or not owner.text[:1].isupper() or table.of(owner) or owner.i in table.consumed \
                or state_forms(table.gaz, owner.text) \
                or title_between(table.lex, doc, owner.i, owner.i + 1) is not None \
                or any(not t.is_lower for t in doc[start + 1:head.i]):
            continue
        span = doc[start:head.i + 1]
        key = table.actor(keys.org_key(span.text), span.text, ORGANIZATION)
        table.bare_names[key] = span.text
        table.plain_orgs.add(key)
        table.mention(key, span, "name")
        table.consumed.update(range(span.start, span.end))
