"""Actor keys: the one place that builds a key and reads one back.

A key names one real-world actor across documents and is the node id of the
graph: ``state:FRA``, ``person:emmanuel macron``, ``org:le monde``,
``org:foreign ministry@KEN`` (a body of a state, named by its role),
``location:sahel``. Everything else asks this module what a key is (its kind,
its state code, the words of its name), never the key string itself.

Examples
--------
>>> state_key("FRA"), org_key("Foreign Ministry", "KEN"), person_key("Olaf Scholz")
('state:FRA', 'org:foreign ministry@KEN', 'person:olaf scholz')
>>> kind("org:foreign ministry@KEN"), iso3("state:FRA"), name_words("person:olaf scholz")
('org', 'FRA', ['olaf', 'scholz'])
"""
from __future__ import annotations

from typing import Iterable, Literal

from ..names import fold, name_parts

__all__ = ["KeyKind", "iso3", "is_location", "is_org", "is_person", "is_state", "is_state_or_org", "kind",
           "location_key", "name_words", "office_holder_key", "org_key", "orgs_among", "person_key", "state_key"]

#: The kinds of key, by their prefix.
KeyKind = Literal["state", "person", "org", "location"]

_STATE, _PERSON, _ORG, _LOCATION = "state:", "person:", "org:", "location:"


def state_key(code: str) -> str:
    """The key of a sovereign state by its ISO 3166 alpha-3 code.

    Parameters
    ----------
    code
        The code in capitals, as :class:`~graphkit.states.State` holds it.

    Returns
    -------
    str

    Examples
    --------
    >>> state_key("KEN")
    'state:KEN'
    """
    return _STATE + code


def person_key(name: str) -> str:
    """The key of a person's name: its parts in lower case, accents, dots and hyphens dropped.

    Spelling variants of one name get one key: "Moon Jae-in" and "Moon Jae In",
    "Sebastián Piñera" and "Sebastian Pinera", "P. Chidambaram" and "P Chidambaram".

    Parameters
    ----------
    name
        A person's name as written; titles and suffixes are dropped
        (:func:`graphkit.names.name_parts`).

    Returns
    -------
    str
        ``"person:"`` and the folded words of the name.

    Examples
    --------
    >>> person_key("Olaf Scholz")
    'person:olaf scholz'
    >>> person_key("Moon Jae-in") == person_key("Moon Jae In") == 'person:moon jae in'
    True
    >>> person_key("Sebastián Piñera")
    'person:sebastian pinera'
    """
    words = fold(" ".join(name_parts(name))).lower().replace(".", " ").replace("-", " ")
    return _PERSON + " ".join(words.split())


def office_holder_key(state_label: str, role: str) -> str:
    """The key of an office holder the article never names ("Greece's Foreign Minister").

    Parameters
    ----------
    state_label
        The display name of the state ("Greece").
    role
        The office, as the title table gives it ("Foreign Minister").

    Returns
    -------
    str
        A person key; the graph may later merge it into the one person named
        in that office (:meth:`graphkit.graph.GraphBuilder.merges`).

    Examples
    --------
    >>> office_holder_key("Greece", "Foreign Minister")
    "person:greece's foreign minister"
    """
    return f"{_PERSON}{state_label.lower()}'s {role.lower()}"


def org_key(label: str, owner_iso3: str = "") -> str:
    """The key of an organization; with ``owner_iso3``, a body of that state named by its role.

    Parameters
    ----------
    label
        The organization's name, or the role of a body ("Energy Ministry").
    owner_iso3
        Alpha-3 code of the state owning the body; ``""`` for an organization of its own.

    Returns
    -------
    str
        ``org:<label in lower case>``, then ``@<owner_iso3>`` for a body.

    Examples
    --------
    >>> org_key("Le Monde"), org_key("Energy Ministry", "PER")
    ('org:le monde', 'org:energy ministry@PER')
    """
    return f"{_ORG}{label.lower()}@{owner_iso3}" if owner_iso3 else _ORG + label.lower()


def location_key(name: str) -> str:
    """The key of a place that is not a sovereign state.

    Parameters
    ----------
    name
        The place as named (a region, a city, a territory: "Sahel", "Greenland").

    Returns
    -------
    str

    Examples
    --------
    >>> location_key("Sahel")
    'location:sahel'
    """
    return _LOCATION + name.lower()


def kind(key: str) -> KeyKind:
    """What a key names: ``state``, ``person``, ``org`` or ``location``.

    Parameters
    ----------
    key
        An actor key built by this module (``state:FRA``, ``org:nato``, ...).

    Returns
    -------
    KeyKind
        The prefix before the first colon.

    Examples
    --------
    >>> kind("state:FRA"), kind("location:sahel")
    ('state', 'location')
    """
    return key.split(":", 1)[0]  # type: ignore[return-value]


def is_state(key: str) -> bool:
    """Whether ``key`` is a sovereign state's.

    Parameters
    ----------
    key
        Any actor key (a territory has a ``location:`` key).

    Returns
    -------
    bool
        True for ``state:`` keys only.

    Examples
    --------
    >>> is_state("state:FRA"), is_state("org:nato")
    (True, False)
    """
    return key.startswith(_STATE)


def is_person(key: str) -> bool:
    """Whether ``key`` is a person's: a named one, or an office holder the
    article never names ("Greece's foreign minister").

    Parameters
    ----------
    key
        An actor key; office holders never named are persons too.

    Returns
    -------
    bool
        Whether the key starts with ``person:``, named or not.

    Examples
    --------
    >>> is_person("person:olaf scholz"), is_person("person:greece's foreign minister"), is_person("state:DEU")
    (True, True, False)
    """
    return key.startswith(_PERSON)


def is_org(key: str) -> bool:
    """Whether ``key`` is an organization's, an international one or a body
    of a state alike (its key then ends with ``@`` and the state's code).

    Parameters
    ----------
    key
        Any actor key graphkit built.

    Returns
    -------
    bool
        True for ``org:nato`` and for ``org:foreign ministry@KEN`` alike.

    Examples
    --------
    >>> is_org(org_key("NATO")), is_org(org_key("Foreign Ministry", "KEN"))
    (True, True)
    >>> is_org(state_key("DEU"))
    False
    """
    return key.startswith(_ORG)


def orgs_among(found: Iterable[str]) -> list[str]:
    """The organizations' keys among ``found``, in order: :func:`is_org` of each, in one call for a token's keys.

    Parameters
    ----------
    found
        Actor keys (a token's, say).

    Returns
    -------
    list of str

    Examples
    --------
    >>> orgs_among(("state:DEU", "org:nato", "person:olaf scholz", "org:foreign ministry@KEN"))
    ['org:nato', 'org:foreign ministry@KEN']
    """
    return [key for key in found if key.startswith(_ORG)]


def is_location(key: str) -> bool:
    """Whether ``key`` is a place's (not a sovereign state).

    Parameters
    ----------
    key
        Key of an actor of any type; territories ("Greenland") have ``location:`` keys.

    Returns
    -------
    bool
        True for regions, cities used as places and dependent territories, which are never states.

    Examples
    --------
    >>> [is_location(key) for key in ("location:sahel", "location:greenland", "state:MLI")]
    [True, True, False]
    """
    return key.startswith(_LOCATION)


def is_state_or_org(key: str) -> bool:
    """Whether ``key`` is a state's or an organization's: an actor a body, title or pronoun "it" can belong to.

    Parameters
    ----------
    key
        Who a modifier or a pronoun refers to: the
        owner this function accepts or refuses.

    Returns
    -------
    bool
        False for people and places.

    Examples
    --------
    >>> is_state_or_org("org:nato"), is_state_or_org("person:olaf scholz")
    (True, False)
    """
    return key.startswith((_STATE, _ORG))


def iso3(key: str) -> str:
    """The ISO alpha-3 code of a state key, or of the state owning a body ("org:energy ministry@PER"); "" else.

    Parameters
    ----------
    key
        A ``state:`` or ``org:`` key (any other gives ``""``).

    Returns
    -------
    str
        Three capital letters, or the empty string for a key that names no state.

    Examples
    --------
    >>> iso3("state:PER"), iso3("org:energy ministry@PER"), iso3("org:nato")
    ('PER', 'PER', '')
    """
    if key.startswith(_STATE):
        return key[len(_STATE):]
    if key.startswith(_ORG) and "@" in key:
        return key.rsplit("@", 1)[1]
    return ""


def name_words(key: str) -> list[str]:
    """The words of the name a key holds (lower case, as the key folded them).

    Parameters
    ----------
    key
        An actor key; for a body the last word keeps its ``@`` and state code.

    Returns
    -------
    list of str

    Examples
    --------
    >>> name_words("person:bashar al assad"), name_words("org:le monde")
    (['bashar', 'al', 'assad'], ['le', 'monde'])
    """
    return key.split(":", 1)[1].split()
