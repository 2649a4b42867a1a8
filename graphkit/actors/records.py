"""The plain records of the actor stage: Mention, Actor, Affiliation, and DocActors (one document's result).

Everything here is plain data that pickles, caches and merges; only
:attr:`DocActors.token_actors` refers back to the parsed ``Doc`` (by token
index), for :mod:`graphkit.actions` to read.

Examples
--------
>>> actors = DocActors("d1")
>>> actors.add_affiliation(Affiliation("d1", "person:olaf scholz", "state:DEU", "Chancellor", "...", 0))
True
>>> [a.role for a in actors.affiliations]
['Chancellor']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Token

__all__ = ["ActorType", "MentionKind", "NAMELESS_KINDS", "PERSON", "STATE", "ORGANIZATION", "LOCATION", "Actor",
           "Affiliation", "DocActors", "Mention"]

#: Actor types of the graph contract.
ActorType = Literal["person", "state", "organization", "location"]
PERSON: ActorType = "person"
STATE: ActorType = "state"
ORGANIZATION: ActorType = "organization"
LOCATION: ActorType = "location"

#: How a mention refers to its actor.
MentionKind = Literal[
    "name",            # a name ("Olaf Scholz", "NATO", "Kenya")
    "demonym",         # "Kenyan"
    "plural_demonym",  # "Kenyans"
    "capital",         # "Nairobi" for Kenya's government
    "institution",     # a state institution ("Bundestag")
    "body",            # a body named by its role ("Kenya's foreign ministry")
    "title",           # a title standing for its holder ("the president")
    "pronoun",         # "he", "its"
    "pair",            # "both governments": the two actors just named
    "group",           # "French officials", "Scholz's government": a group standing for its state (a sector:
                       # DocActors.token_sectors)
    "anaphor",         # "the alliance": the organization in focus
]
#: Mention kinds that are no name of their actor (never kept as an alias).
NAMELESS_KINDS: frozenset[str] = frozenset({"pronoun", "pair", "group", "anaphor"})


@dataclass(frozen=True)
class Mention:
    """One place in one document that refers to an actor.

    Attributes
    ----------
    doc_id
        The document.
    actor
        The key of the actor referred to.
    text
        The words of the mention as the article writes them.
    start_char, end_char
        Its character offsets in the document's text.
    kind
        How it refers (:data:`MentionKind`): by name, demonym, title, pronoun ...

    Examples
    --------
    >>> Mention("d1", "state:KEN", "Kenya's", 0, 7, "name").kind
    'name'
    """

    doc_id: str
    actor: str
    text: str
    start_char: int
    end_char: int
    kind: MentionKind


@dataclass(frozen=True)
class Actor:
    """One real-world actor as one document sees it.

    ``named`` is False for an office holder the document never names
    ("Greece's foreign minister"): the corpus may know who holds the office.

    Attributes
    ----------
    key
        Its stable key (:mod:`graphkit.actors.keys`), the graph's node id.
    label
        The display name ("France", "Emmanuel Macron", "Kenya's Foreign Ministry").
    type
        ``person``, ``state``, ``organization`` or ``location``.
    aliases, roles
        The names the document gives it, and its titles and honorifics, sorted and in order given.
    iso3
        The state's alpha-3 code, for states (and territories); else ``""``.

    Examples
    --------
    >>> Actor("state:FRA", "France", "state", ("France",), (), "FRA").named
    True
    """

    key: str
    label: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    iso3: str = ""
    named: bool = True


@dataclass(frozen=True)
class Affiliation:
    """A person or organization belonging to, or leading, a state or organization.

    Attributes
    ----------
    doc_id
        The document it was read in.
    member, group
        Keys of the one who belongs and of what it belongs to.
    role
        The office ("Chancellor"), ``member``, or a role a verb states ("Head").
    evidence, start_char
        The sentence it was read from, and the offset of the word that says it.

    Examples
    --------
    >>> Affiliation("d1", "person:olaf scholz", "state:DEU", "Chancellor", "Scholz spoke.", 0).role
    'Chancellor'
    """

    doc_id: str
    member: str
    group: str
    role: str
    evidence: str
    start_char: int


@dataclass
class DocActors:
    """Actors of one document, and which tokens refer to which actors.

    ``token_actors`` maps a token index of the parsed ``Doc`` to the actor keys
    it refers to (two for "Peru-Chile"); :mod:`graphkit.actions` reads it, and
    adds the affiliations that verbs state ("X, who heads the council") with
    :meth:`add_affiliation`. ``token_sectors`` maps the index of a group noun
    that stands for its state or organization ("Somali *troops*") to the sector
    the group acts in (``"military"``; :mod:`graphkit.agents`). ``doc_id`` names
    the document; ``actors`` maps each key to its :class:`Actor`; ``mentions``
    and ``affiliations`` list the :class:`Mention` and :class:`Affiliation`
    records found.

    Examples
    --------
    >>> DocActors("d1").of_index(3), DocActors("d1", token_sectors={1: "military"}).sector_of_index(1)
    ((), 'military')
    """

    doc_id: str
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    token_actors: dict[int, tuple[str, ...]] = field(default_factory=dict)
    token_sectors: dict[int, str] = field(default_factory=dict)

    def of(self, token: Token) -> tuple[str, ...]:
        """Actor keys the token refers to (empty when none).

        Parameters
        ----------
        token
            A token of the document the actors were found in.

        Returns
        -------
        tuple of str

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> doc = English()("Peru-Chile talks")
        >>> found = DocActors("d1", token_actors={0: ("state:PER", "state:CHL")})
        >>> found.of(doc[0]), found.of(doc[1])
        (('state:PER', 'state:CHL'), ())
        """
        return self.token_actors.get(token.i, ())

    def of_index(self, i: int) -> tuple[str, ...]:
        """Actor keys the token at index ``i`` refers to (empty when none).

        Parameters
        ----------
        i
            A token index (``Token.i``) of the document.

        Returns
        -------
        tuple of str
            In the order the passes linked them; a token of "Peru-Chile" refers to both states.

        Examples
        --------
        >>> DocActors("d1", token_actors={4: ("org:nato",)}).of_index(4)
        ('org:nato',)
        """
        return self.token_actors.get(i, ())

    def sector_of_index(self, i: int) -> str:
        """The sector of the group noun at token index ``i`` ("" for any other token).

        Parameters
        ----------
        i
            A token index of the document.

        Returns
        -------
        str
            ``"military"`` for "troops" of "Somali troops"; empty for a name, a pronoun or no actor.

        Examples
        --------
        >>> found = DocActors("d1", token_actors={1: ("state:SOM",)}, token_sectors={1: "military"})
        >>> found.sector_of_index(1), found.sector_of_index(0)
        ('military', '')
        """
        return self.token_sectors.get(i, "")

    def add_affiliation(self, affiliation: Affiliation) -> bool:
        """Add an affiliation read at a place not read before; return whether it was added.

        The same reading twice (same member, group, role and place) is one
        affiliation, so reading a document's actions again adds nothing.

        Parameters
        ----------
        affiliation
            The affiliation to add; its ``evidence`` and ``doc_id`` are not compared.

        Returns
        -------
        bool
            False when the same reading is already there.

        Examples
        --------
        >>> found = DocActors("d1")
        >>> heads = Affiliation("d1", "person:ana ruiz", "org:labour party", "Head", "Ruiz heads Labour.", 5)
        >>> found.add_affiliation(heads), found.add_affiliation(heads), len(found.affiliations)
        (True, False, 1)
        """
        same = (affiliation.member, affiliation.group, affiliation.role, affiliation.start_char)
        if any((a.member, a.group, a.role, a.start_char) == same for a in self.affiliations):
            return False
        self.affiliations.append(affiliation)
        return True
