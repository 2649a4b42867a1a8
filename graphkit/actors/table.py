"""The actor table of one document: what the passes of :func:`graphkit.actors.find_actors` write and read.

Each pass (:mod:`~graphkit.actors.mentions`, :mod:`~graphkit.actors.classify`,
:mod:`~graphkit.actors.bodies`, :mod:`~graphkit.actors.people`,
:mod:`~graphkit.actors.roles`, :mod:`~graphkit.actors.coref`) takes the table
and works through its public methods and documented fields; none reaches into
another's private state. :meth:`ActorTable.finish` turns it into the plain
:class:`~graphkit.actors.records.DocActors`.

Examples
--------
>>> from spacy.lang.en import English
>>> doc = English()("Kenya thanked Ghana.")
>>> table = ActorTable(doc, "d1")
>>> key = table.actor("state:KEN", "Kenya", "state", "KEN")
>>> table.mention(key, doc[0:1], "name")
>>> table.of(doc[0]), table.label(key)
(('state:KEN',), 'Kenya')
>>> [m.text for m in table.finish().mentions]
['Kenya']
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, load_lexicon
from ..names import clean
from ..states import Gazetteer, load_gazetteer
from . import keys
from .records import NAMELESS_KINDS, PERSON, Actor, ActorType, Affiliation, DocActors, Mention, MentionKind

__all__ = ["ActorTable", "Candidates"]


@dataclass
class Candidates:
    """The spans the mention pass hands on to the passes that type them.

    Attributes
    ----------
    people
        Spans that name a person (NER ``PERSON``, titled names, surnames the
        article named before), in any order.
    others
        Other NER spans (organizations, places, nationalities) to type.
    known_names
        Names (and their words) the article calls PERSON somewhere, lower case.
    acronyms
        Acronyms defined in brackets after a name ("(MDC)") -> that name's span.
    weapons
        Names used only to modify weapon nouns ("Leopard" tanks).
    """

    people: list[Span] = field(default_factory=list)
    others: list[Span] = field(default_factory=list)
    known_names: set[str] = field(default_factory=set)
    acronyms: dict[str, Span] = field(default_factory=dict)
    weapons: set[str] = field(default_factory=set)


class ActorTable:
    """Actors, mentions, roles and affiliations of one document while the passes find them.

    Parameters
    ----------
    doc
        The parsed document.
    doc_id
        Its id, stored in every mention and affiliation.
    gazetteer, lexicon
        Knowledge tables (default: graphkit's own).

    Attributes
    ----------
    candidates
        The spans the mention pass found (:class:`Candidates`).
    consumed
        Token indexes already part of a name, title or state form: no later
        pass reads them as something else.
    span_keys
        ``(start, end)`` of an entity span -> the actor it was typed as.
    bare_names
        Organization key -> its name without its state ("Treasury" of "Kenyan Treasury").
    plain_orgs
        Organizations named only by the article's own words (they may join a longer name).
    bodies
        ``(head token, key, role)`` of every body of a state named ("Kenya's Foreign Ministry").
    offices
        Person key -> offices read from titles, in order.
    person_aliases
        Other names given in the text ("known as AMLO"): lower-case alias -> the full name's span.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Peru and Chile")
    >>> table = ActorTable(doc, "d1")
    >>> _ = table.actor("org:a", "A", "organization"); _ = table.actor("org:b", "B", "organization")
    >>> table.merge_into("org:a", "org:b")
    >>> table.keys_of_type("organization")
    ['org:b']
    """

    def __init__(self, doc: Doc, doc_id: str = "", gazetteer: Gazetteer | None = None,
                 lexicon: Lexicon | None = None) -> None:
        self.doc, self.doc_id = doc, doc_id
        self.gaz = gazetteer or load_gazetteer()
        self.lex = lexicon or load_lexicon()
        self.candidates = Candidates()
        self.consumed: set[int] = set()
        self.span_keys: dict[tuple[int, int], str] = {}
        self.bare_names: dict[str, str] = {}
        self.plain_orgs: set[str] = set()
        self.bodies: list[tuple[int, str, str]] = []
        self.offices: dict[str, list[str]] = {}
        self.person_aliases: dict[str, Span] = {}
        self._out = DocActors(doc_id)
        self._aliases: dict[str, dict[str, int]] = {}
        self._roles: dict[str, list[str]] = {}
        self._labels: dict[str, tuple[str, ActorType, str]] = {}  # key -> (label, type, iso3)
        self._unnamed: set[str] = set()
        self._affil_seen: set[tuple[str, str, str]] = set()

    # -- actors ---------------------------------------------------------------------------
    def actor(self, key: str, label: str, type_: ActorType, iso3: str = "", *, named: bool = True) -> str:
        """Register an actor (a person keeps its longest label); return its key."""
        if key not in self._labels or (type_ == PERSON and len(label) > len(self._labels[key][0])):
            self._labels[key] = (label, type_, iso3)
        if not named:
            self._unnamed.add(key)
        return key

    def has(self, key: str) -> bool:
        """Whether the actor is registered."""
        return key in self._labels

    def label(self, key: str) -> str:
        """The label of a registered actor."""
        return self._labels[key][0]

    def type_of(self, key: str) -> ActorType:
        """The type of a registered actor."""
        return self._labels[key][1]

    def keys_of_type(self, type_: ActorType) -> list[str]:
        """Registered actors of one type, in the order first registered."""
        return [k for k, (_, t, _) in self._labels.items() if t == type_]

    # -- mentions -------------------------------------------------------------------------
    def mention(self, key: str, span: Span | Token, kind: MentionKind, *, counted: bool = True) -> None:
        """Link the tokens of ``span`` to ``key``; a counted mention is kept (and, if it names, as an alias)."""
        first = span[0] if isinstance(span, Span) else span
        last = span[-1] if isinstance(span, Span) else span
        token_actors = self._out.token_actors
        for i in range(first.i, last.i + 1):
            found = token_actors.get(i, ())
            if key not in found:
                token_actors[i] = found + (key,)
        if counted:
            text = span.text
            self._out.mentions.append(Mention(self.doc_id, key, text, first.idx, last.idx + len(last), kind))
            if kind not in NAMELESS_KINDS:
                alias = clean(text)
                if alias:
                    bucket = self._aliases.setdefault(key, {})
                    bucket[alias] = bucket.get(alias, 0) + 1

    def of(self, token: Token) -> tuple[str, ...]:
        """Actor keys the token refers to so far (empty when none)."""
        return self._out.token_actors.get(token.i, ())

    def of_index(self, i: int) -> tuple[str, ...]:
        """Actor keys the token at index ``i`` refers to so far."""
        return self._out.token_actors.get(i, ())

    def state_or_org(self, token: Token) -> str | None:
        """The first state or organization the token refers to, if any."""
        for key in self._out.token_actors.get(token.i, ()):
            if keys.is_state_or_org(key):
                return key
        return None

    # -- roles and affiliations -----------------------------------------------------------
    def role(self, key: str, role: str) -> None:
        """Give an actor a title or honorific (once)."""
        roles = self._roles.setdefault(key, [])
        if role not in roles:
            roles.append(role)

    def roles(self, key: str) -> tuple[str, ...]:
        """The titles and honorifics of an actor, in the order given."""
        return tuple(self._roles.get(key, ()))

    def roles_by_actor(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """``(key, roles)`` of every actor with a role."""
        for key, roles in self._roles.items():
            yield key, tuple(roles)

    def affiliate(self, member: str, group: str, role: str, token: Token) -> None:
        """Add "member is ``role`` of group", read at ``token`` (once per member, group and role)."""
        if member == group or (member, group, role) in self._affil_seen:
            return
        self._affil_seen.add((member, group, role))
        self._out.affiliations.append(
            Affiliation(self.doc_id, member, group, role, token.sent.text.strip(), token.idx))

    @property
    def affiliations(self) -> list[Affiliation]:
        """The affiliations found so far, in order (read-only use)."""
        return self._out.affiliations

    def state_of_org(self, key: str) -> str | None:
        """The state an organization of this document is affiliated to."""
        return next((a.group for a in self._out.affiliations if a.member == key and keys.is_state(a.group)), None)

    # -- merging and finishing ------------------------------------------------------------
    def merge_into(self, old: str, new: str) -> None:
        """Make every trace of actor ``old`` one of ``new`` (two names of one organization)."""
        out = self._out
        for i, found in list(out.token_actors.items()):
            if old in found:
                out.token_actors[i] = tuple(dict.fromkeys(new if k == old else k for k in found))
        out.mentions = [replace(m, actor=new) if m.actor == old else m for m in out.mentions]
        for alias, n in self._aliases.pop(old, {}).items():
            bucket = self._aliases.setdefault(new, {})
            bucket[alias] = bucket.get(alias, 0) + n
        for role in self._roles.pop(old, []):
            self.role(new, role)
        self._labels.pop(old, None)
        self.plain_orgs.discard(old)
        self.bare_names.pop(old, None)
        self.span_keys = {span: (new if k == old else k) for span, k in self.span_keys.items()}
        old_affiliations, out.affiliations, self._affil_seen = out.affiliations, [], set()
        for aff in old_affiliations:
            member = new if aff.member == old else aff.member
            group = new if aff.group == old else aff.group
            if member != group and (member, group, aff.role) not in self._affil_seen:
                self._affil_seen.add((member, group, aff.role))
                out.affiliations.append(replace(aff, member=member, group=group))

    def finish(self) -> DocActors:
        """The document's actors as plain data, mentions in reading order."""
        out = self._out
        for key, (label, type_, iso3) in self._labels.items():
            aliases = tuple(sorted(self._aliases.get(key, {})))
            out.actors[key] = Actor(key, label, type_, aliases, tuple(self._roles.get(key, ())), iso3,
                                    key not in self._unnamed)
        out.mentions.sort(key=lambda m: (m.start_char, m.actor))
        return out
