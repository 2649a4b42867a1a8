"""News media among the actors, and the actions that are statements to them.

"X told the BBC" or "X said in an interview with Le Monde" is an action
whose target is a news outlet: on a corpus it links every politician to the
papers that quoted them, which a reader of the graph seldom wants drawn by
default. :func:`is_media` says whether an actor is a news outlet (a name or
a last word of ``graphkit/data/media.tsv``, or a node ``sector`` of media),
:func:`is_media_statement` whether an edge is a statement to one: an action
of category ``communicate`` (a neutral statement) aimed at a news outlet.
"""
from __future__ import annotations

import functools
from typing import Any, Mapping

from .tables import read_rows

__all__ = ["MediaNames", "load_media", "is_media", "is_media_statement"]

#: Node types a news outlet can have been given (never a person or a state).
MEDIA_TYPES = frozenset({"organization", "other", "location"})
#: Node ``sector`` values that mean news media (CAMEO's MED, or the word).
MEDIA_SECTORS = frozenset({"med", "media"})


class MediaNames:
    """The names and last words of news outlets (``graphkit/data/media.tsv``), lower case.

    Parameters
    ----------
    names
        Whole names of outlets ("bbc", "le monde").
    words
        Last words that make an organization's name an outlet's ("news", "times").

    Examples
    --------
    >>> m = MediaNames({"reuters"}, {"news"})
    >>> m.names_outlet("Reuters"), m.names_outlet("the Sky News"), m.names_outlet("Newsround Ltd")
    (True, True, False)
    """

    def __init__(self, names: set[str], words: set[str]) -> None:
        self.names = frozenset(names)
        self.words = frozenset(words)

    def names_outlet(self, name: str) -> bool:
        """Whether ``name`` (a label or an alias) names a news outlet.

        Parameters
        ----------
        name
            A surface form; case, a leading "the" and spaces around are ignored.

        Returns
        -------
        bool
            It is one of the names, or has more than one word and ends with one of the words.

        Examples
        --------
        >>> load_media().names_outlet("The Washington Post"), load_media().names_outlet("Post")
        (True, False)
        """
        words = name.lower().split()
        if words[:1] == ["the"]:
            words = words[1:]
        return " ".join(words) in self.names or (len(words) > 1 and words[-1] in self.words)


@functools.lru_cache(maxsize=1)
def load_media() -> MediaNames:
    """The packaged table of news outlets, read once.

    Returns
    -------
    MediaNames
        Its names and words.

    Raises
    ------
    TableError
        When ``graphkit/data/media.tsv`` is malformed.

    Examples
    --------
    >>> "bbc" in load_media().names, "news" in load_media().words
    (True, True)
    """
    names, words = set(), set()
    for _, (form, kind) in read_rows("media.tsv", ("form", "kind")):
        (words if kind == "word" else names).add(" ".join(form.lower().split()))
    return MediaNames(names, words)


def is_media(node: Mapping[str, Any], media: MediaNames | None = None) -> bool:
    """Whether a node (its attribute dict) is a news outlet.

    Parameters
    ----------
    node
        A node's attributes: ``type``, ``label``, ``aliases`` (joined by ``|``), maybe ``sector``.
    media
        The names to use (default: :func:`load_media`).

    Returns
    -------
    bool
        An organization (or place, or other) named like an outlet, or whose sector is media.

    Examples
    --------
    >>> is_media({"type": "organization", "label": "BBC News", "aliases": "BBC News"})
    True
    >>> is_media({"type": "person", "label": "Sun"}), is_media({"type": "organization", "label": "Oxfam"})
    (False, False)
    """
    if str(node.get("sector") or "").strip().lower() in MEDIA_SECTORS:
        return True
    if str(node.get("type") or "").strip().lower() not in MEDIA_TYPES:
        return False
    media = media or load_media()
    forms = [str(node.get("label") or "")] + str(node.get("aliases") or "").split("|")
    return any(media.names_outlet(f) for f in forms if f.strip())


def is_media_statement(edge: Mapping[str, Any], target: Mapping[str, Any], media: MediaNames | None = None) -> bool:
    """Whether an edge is a statement to the media: a ``communicate`` action aimed at a news outlet.

    Parameters
    ----------
    edge
        The edge's attributes (``kind``, ``category``).
    target
        The attributes of the node it points to.
    media
        The names to use (default: :func:`load_media`).

    Returns
    -------
    bool
        ``kind`` is action, ``category`` is communicate (any case) and the target :func:`is_media`.

    Examples
    --------
    >>> bbc = {"type": "organization", "label": "BBC"}
    >>> is_media_statement({"kind": "action", "action": "tell", "category": "communicate"}, bbc)
    True
    >>> is_media_statement({"kind": "action", "action": "sue", "category": "accuse"}, bbc)
    False
    """
    return (str(edge.get("kind") or "action") == "action"
            and str(edge.get("category") or "").strip().lower() == "communicate" and is_media(target, media))
