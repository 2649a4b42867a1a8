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
from ..sentences import sentence_text
from ..states import Gazetteer, load_gazetteer
from ..syntax import token_offsets, words_text
from . import keys
from .records import (NAMELESS_KINDS, PERSON, TEXT, Actor, ActorType, Affiliation, AffiliationOrigin, DocActors,
                      Mention, MentionKind)

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
    title_names
        Token indices of words that are titles but used as a name, as a killing's party ("King was shot").

    Examples
    --------
    >>> found = Candidates(known_names={"kast"})
    >>> found.people, "kast" in found.known_names
    ([], True)
    """

    people: list[Span] = field(default_factory=list)
    others: list[Span] = field(default_factory=list)
    known_names: set[str] = field(default_factory=set)
    acronyms: dict[str, Span] = field(default_factory=dict)
    weapons: set[str] = field(default_factory=set)
    title_names: set[int] = field(default_factory=set)



_new_object, _set_attribute = object.__new__, object.__setattr__


def _mention_record(doc_id: str, actor: str, text: str, start_char: int, end_char: int,
                    kind: MentionKind) -> Mention:
    """``Mention(doc_id, actor, text, start_char, end_char, kind)`` without its frozen ``__init__`` (one
    ``object.__setattr__`` per field): the same fields in the same order, so equal, hashed and pickled alike."""
    record = _new_object(Mention)
    _set_attribute(record, "__dict__", {"doc_id": doc_id, "actor": actor, "text": text, "start_char": start_char,
                                        "end_char": end_char, "kind": kind})
    return record


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
        self._cleaned: dict[str, str] = {}  # mention text -> its alias (names.clean)

    # -- actors ---------------------------------------------------------------------------
    def actor(self, key: str, label: str, type_: ActorType, iso3: str = "", *, named: bool = True) -> str:
        """Register an actor (a person keeps its longest label); return its key.

        Parameters
        ----------
        key
            The actor's key (:mod:`graphkit.actors.keys`).
        label
            Its display name. A key registered before keeps its first label, but
            for a person a longer one replaces it.
        type_
            ``person``, ``state``, ``organization`` or ``location``.
        iso3
            The state's code, for a state or territory.
        named
            False for an office holder the article never names.

        Returns
        -------
        str
            ``key``, so a pass can register and use an actor in one step.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("Ruiz ... Ana Ruiz"))
        >>> table.actor("person:ana ruiz", "Ruiz", "person")
        'person:ana ruiz'
        >>> _ = table.actor("person:ana ruiz", "Ana Ruiz", "person"); table.label("person:ana ruiz")
        'Ana Ruiz'
        """
        if key not in self._labels or (type_ == PERSON and len(label) > len(self._labels[key][0])):
            self._labels[key] = (label, type_, iso3)
        if not named:
            self._unnamed.add(key)
        return key

    def has(self, key: str) -> bool:
        """Whether the actor is registered.

        Parameters
        ----------
        key
            Any actor key, registered or not.

        Returns
        -------
        bool
            False as well for an actor merged into another (:meth:`merge_into`).

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("NATO met."))
        >>> _ = table.actor("org:nato", "NATO", "organization")
        >>> table.has("org:nato"), table.has("org:un")
        (True, False)
        """
        return key in self._labels

    def label(self, key: str) -> str:
        """The label of a registered actor.

        Parameters
        ----------
        key
            The key of an actor of this table
            (what :meth:`actor` returned).

        Returns
        -------
        str

        Raises
        ------
        KeyError
            When no actor has that key.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("Lima"))
        >>> table.label(table.actor("location:lima", "Lima", "location"))
        'Lima'
        """
        return self._labels[key][0]

    def type_of(self, key: str) -> ActorType:
        """The type of a registered actor.

        Parameters
        ----------
        key
            The key it was registered under.

        Returns
        -------
        ActorType

        Raises
        ------
        KeyError
            For a key that was never registered (or was merged away).

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("Kenya"))
        >>> table.type_of(table.actor("state:KEN", "Kenya", "state", "KEN"))
        'state'
        """
        return self._labels[key][1]

    def keys_of_type(self, type_: ActorType) -> list[str]:
        """Registered actors of one type, in the order first registered.

        Parameters
        ----------
        type_
            ``person``, ``state``, ``organization`` or ``location``.

        Returns
        -------
        list of str
            Keys of actors merged into others (:meth:`merge_into`) are gone.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("x"))
        >>> for key, label in (("state:PER", "Peru"), ("org:un", "UN"), ("state:CHL", "Chile")):
        ...     _ = table.actor(key, label, "organization" if key.startswith("org") else "state")
        >>> table.keys_of_type("state")
        ['state:PER', 'state:CHL']
        """
        return [k for k, (_, t, _) in self._labels.items() if t == type_]

    # -- mentions -------------------------------------------------------------------------
    def mention(self, key: str, span: Span | Token, kind: MentionKind, *, counted: bool = True,
                sector: str = "") -> None:
        """Link the tokens of ``span`` to ``key``; a counted mention is kept (and, if it names, as an alias).

        Parameters
        ----------
        key
            The actor referred to.
        span
            The words that refer to it (a span, or one token).
        kind
            How they refer to it (:data:`~graphkit.actors.records.MentionKind`);
            pronouns, pairs, groups and anaphors are never aliases.
        counted
            False to link the tokens only: no :class:`~graphkit.actors.records.Mention`
            is recorded ("both governments" links two actors without counting).
        sector
            For a group noun standing for its owner ("Somali troops"): the sector the group
            acts in, kept for the tokens in ``DocActors.token_sectors``.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Kenya's envoy said it agreed.")
        >>> table = ActorTable(doc)
        >>> key = table.actor("state:KEN", "Kenya", "state", "KEN")
        >>> table.mention(key, doc[0:2], "name"); table.mention(key, doc[4], "pronoun")
        >>> found = table.finish()
        >>> [(m.text, m.kind) for m in found.mentions], found.actors[key].aliases
        ([("Kenya's", 'name'), ('it', 'pronoun')], ('Kenya',))
        """
        if isinstance(span, Span):
            lo, hi = span.start, span.end
            if hi <= lo:
                raise IndexError("an empty span names no words")  # as reading its first token would
        else:
            lo, hi = span.i, span.i + 1
        token_actors = self._out.token_actors
        for i in range(lo, hi):
            found = token_actors.get(i, ())
            if key not in found:
                token_actors[i] = found + (key,)
            if sector:
                self._out.token_sectors[i] = sector
        if counted:
            # the words and their offsets from the Doc's text (span.text would join its tokens)
            starts, ends = token_offsets(span.doc)
            text = words_text(span.doc, lo, hi)
            self._out.mentions.append(_mention_record(self.doc_id, key, text, starts[lo], ends[hi - 1], kind))
            if kind not in NAMELESS_KINDS:
                alias = self._cleaned.get(text)  # a name is mentioned again and again: cleaned once
                if alias is None:
                    alias = self._cleaned[text] = clean(text)
                if alias:
                    bucket = self._aliases.setdefault(key, {})
                    bucket[alias] = bucket.get(alias, 0) + 1

    def of(self, token: Token) -> tuple[str, ...]:
        """Actor keys the token refers to so far (empty when none).

        Parameters
        ----------
        token
            A token of :attr:`doc`.

        Returns
        -------
        tuple of str
            Several for a token naming two actors ("Peru-Chile").

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Peru-Chile talks")
        >>> table = ActorTable(doc)
        >>> for key in ("state:PER", "state:CHL"):
        ...     table.mention(key, doc[0], "name", counted=False)
        >>> table.of(doc[0]), table.of(doc[1])
        (('state:PER', 'state:CHL'), ())
        """
        return self._out.token_actors.get(token.i, ())

    def of_index(self, i: int) -> tuple[str, ...]:
        """Actor keys the token at index ``i`` refers to so far.

        Parameters
        ----------
        i
            The token's index in :attr:`doc`.

        Returns
        -------
        tuple of str
            Empty when no pass has linked it yet.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("He spoke")
        >>> table = ActorTable(doc)
        >>> table.mention("person:ana ruiz", doc[0], "pronoun")
        >>> table.of_index(0), table.of_index(1)
        (('person:ana ruiz',), ())
        """
        return self._out.token_actors.get(i, ())

    def named_indices(self) -> list[int]:
        """Indexes of the tokens that refer to some actor so far, in order.

        Returns
        -------
        list of int
            The tokens :meth:`of_index` answers for (a pass reading every named token asks only these).

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Peru thanked Chile")
        >>> table = ActorTable(doc)
        >>> table.mention("state:CHL", doc[2], "name"); table.mention("state:PER", doc[0], "name")
        >>> table.named_indices()
        [0, 2]
        """
        return sorted(i for i, found in self._out.token_actors.items() if found)

    def sector(self, token: Token) -> str:
        """The sector of the group noun at a token ("military" for "troops" of "Somali troops"), else "".

        Parameters
        ----------
        token
            A token of the document.

        Returns
        -------
        str

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Somali troops")
        >>> table = ActorTable(doc)
        >>> table.mention("state:SOM", doc[1], "group", counted=False, sector="military")
        >>> table.sector(doc[1]), table.sector(doc[0])
        ('military', '')
        """
        return self._out.token_sectors.get(token.i, "")

    def sector_of_index(self, i: int) -> str:
        """:meth:`sector` of the token at index ``i``, without making the Token.

        Parameters
        ----------
        i
            The token's index in :attr:`doc`.

        Returns
        -------
        str
            ``""`` when no group noun's sector was kept for it.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Somali troops")
        >>> table = ActorTable(doc)
        >>> table.mention("state:SOM", doc[1], "group", counted=False, sector="military")
        >>> table.sector_of_index(1), table.sector_of_index(0)
        ('military', '')
        """
        return self._out.token_sectors.get(i, "")

    def state_or_org(self, token: Token) -> str | None:
        """The first state or organization the token refers to, if any.

        Parameters
        ----------
        token
            A token that may name an owner ("Kenya's", "Chilean", "its").

        Returns
        -------
        str or None
            People and places are skipped.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Peru")
        >>> table = ActorTable(doc)
        >>> table.mention("location:lima", doc[0], "name"); table.mention("state:PER", doc[0], "capital")
        >>> table.state_or_org(doc[0])
        'state:PER'
        """
        for key in self._out.token_actors.get(token.i, ()):
            if keys.is_state_or_org(key):
                return key
        return None

    # -- roles and affiliations -----------------------------------------------------------
    def role(self, key: str, role: str) -> None:
        """Give an actor a title or honorific (once).

        Parameters
        ----------
        key
            The actor (registered or not yet).
        role
            The title's display form ("President", "Sheikh").

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("x"))
        >>> for role in ("President", "Dr.", "President"):
        ...     table.role("person:ana ruiz", role)
        >>> table.roles("person:ana ruiz")
        ('President', 'Dr.')
        """
        roles = self._roles.setdefault(key, [])
        if role not in roles:
            roles.append(role)

    def roles(self, key: str) -> tuple[str, ...]:
        """The titles and honorifics of an actor, in the order given.

        Parameters
        ----------
        key
            Any key; an actor without a role has none.

        Returns
        -------
        tuple of str

        Examples
        --------
        >>> import spacy
        >>> table = ActorTable(spacy.blank("en")("Chancellor Scholz"))
        >>> table.role("person:olaf scholz", "Chancellor")
        >>> table.roles("person:olaf scholz"), table.roles("person:ana ruiz")
        (('Chancellor',), ())
        """
        return tuple(self._roles.get(key, ()))

    def roles_by_actor(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """``(key, roles)`` of every actor with a role.

        Yields
        ------
        tuple of (str, tuple of str)
            The actors in the order they were first given a role.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> table = ActorTable(English()("x"))
        >>> table.role("person:b", "General"); table.role("person:a", "Sheikh")
        >>> list(table.roles_by_actor())
        [('person:b', ('General',)), ('person:a', ('Sheikh',))]
        """
        for key, roles in self._roles.items():
            yield key, tuple(roles)

    def affiliate(self, member: str, group: str, role: str, token: Token, *, origin: AffiliationOrigin = TEXT,
                  period: str = "") -> None:
        """Add "member is ``role`` of group", read at ``token`` (once per member, group and role).

        Parameters
        ----------
        member, group
            The keys of who belongs and of what to; an actor is never its own member.
        role
            The office, or ``member``.
        token
            Where it was read: its sentence is the evidence, its offset the place.
        origin, period
            ``knowledge`` for an affiliation graphkit's table of office holders gives, with the dates it
            held (:class:`~graphkit.actors.records.Affiliation`); else the text's own.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("Talks ended. Scholz, Germany's chancellor, spoke.")
        >>> table = ActorTable(doc)
        >>> for group in ("state:DEU", "state:DEU", "person:olaf scholz"):
        ...     table.affiliate("person:olaf scholz", group, "Chancellor", doc[7])
        >>> [(a.group, a.evidence, a.start_char) for a in table.affiliations]
        [('state:DEU', "Scholz, Germany's chancellor, spoke.", 31)]
        """
        if member == group or (member, group, role) in self._affil_seen:
            return
        self._affil_seen.add((member, group, role))
        self._out.affiliations.append(
            Affiliation(self.doc_id, member, group, role, sentence_text(token).strip(), token.idx, origin, period))

    @property
    def affiliations(self) -> list[Affiliation]:
        """The affiliations found so far, in order (read-only use).

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> table = ActorTable(nlp("Kenyan Treasury"))
        >>> table.affiliations
        []
        >>> table.affiliate("org:kenyan treasury", "state:KEN", "member", table.doc[0])
        >>> [(a.member, a.role) for a in table.affiliations]
        [('org:kenyan treasury', 'member')]
        """
        return self._out.affiliations

    def state_of_org(self, key: str) -> str | None:
        """The state an organization of this document is affiliated to.

        Parameters
        ----------
        key
            An organization's key.

        Returns
        -------
        str or None
            The group of its first affiliation to a state; None when it has none.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> table = ActorTable(nlp("the Kenyan treasury"))
        >>> table.affiliate("org:treasury", "person:ana ruiz", "Head", table.doc[2])
        >>> table.affiliate("org:treasury", "state:KEN", "member", table.doc[2])
        >>> table.state_of_org("org:treasury"), table.state_of_org("org:un")
        ('state:KEN', None)
        """
        return next((a.group for a in self._out.affiliations if a.member == key and keys.is_state(a.group)), None)

    # -- merging and finishing ------------------------------------------------------------
    def merge_into(self, old: str, new: str) -> None:
        """Make every trace of actor ``old`` one of ``new`` (two names of one organization).

        Its tokens, mentions, aliases, roles and affiliations pass to ``new``;
        ``old`` is no longer registered. An affiliation that would join ``new`` to
        itself is dropped.

        Parameters
        ----------
        old
            The key that goes away.
        new
            The key that stays.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> table = ActorTable(nlp("Treasury officials"), "d1")
        >>> doc = table.doc
        >>> old = table.actor("org:treasury", "Treasury", "organization")
        >>> table.mention(old, doc[0], "name")
        >>> table.affiliate(old, "state:KEN", "member", doc[0])
        >>> table.merge_into(old, "org:national treasury")
        >>> table.has(old), table.of(doc[0]), table.affiliations[0].member
        (False, ('org:national treasury',), 'org:national treasury')
        """
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
        """The document's actors as plain data, mentions in reading order.

        Returns
        -------
        DocActors
            Every registered actor with its aliases (sorted) and roles; the
            mentions sorted by offset; the affiliations and token map as found.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Chile and Peru")
        >>> table = ActorTable(doc)
        >>> for i, (key, name) in ((2, ("state:PER", "Peru")), (0, ("state:CHL", "Chile"))):
        ...     table.mention(table.actor(key, name, "state"), doc[i], "name")
        >>> found = table.finish()
        >>> [m.actor for m in found.mentions], sorted(found.actors)
        (['state:CHL', 'state:PER'], ['state:CHL', 'state:PER'])
        """
        out = self._out
        for key, (label, type_, iso3) in self._labels.items():
            aliases = tuple(sorted(self._aliases.get(key, {})))
            out.actors[key] = Actor(key, label, type_, aliases, tuple(self._roles.get(key, ())), iso3,
                                    key not in self._unnamed)
        out.mentions.sort(key=lambda m: (m.start_char, m.actor))
        return out
