"""The words that type a name as an organization: ``graphkit/data/org_words.tsv``, read once.

The table's comment block says what each class holds. :func:`load_org_words`
reads it (through :mod:`graphkit.tables`) into an :class:`OrgWords`, whose
lookups are set and dict lookups, so passes may ask them for every token.

Examples
--------
>>> words = load_org_words()
>>> "firm" in words.org_nouns, words.party("Tories"), words.party("Green Party")
(True, 'Conservative Party', 'Green Party')
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ..errors import TableError
from ..tables import read_rows

__all__ = ["ORG_WORD_CLASSES", "ORG_WORD_FILE", "OrgWords", "load_org_words"]

#: The packaged table, inside ``graphkit/data``.
ORG_WORD_FILE = "org_words.tsv"

#: Classes of the table; its comment block says what each holds.
ORG_WORD_CLASSES: tuple[str, ...] = ("org_noun", "org_part_noun", "member_noun", "party_office", "company_suffix",
                                     "party", "media_word", "programme_noun", "government_word", "committee_noun",
                                     "currency_noun")

_HEADER = ("word", "class", "value")
_PARTY_SUFFIX = "party"


@dataclass(frozen=True)
class OrgWords:
    """The organization words, by class (:data:`ORG_WORD_CLASSES`), as read from the table.

    Parameters
    ----------
    values
        Class -> word (lower case) -> its value (``""`` for none).

    Examples
    --------
    >>> words = OrgWords({"party": {"tories": "Conservative Party"}, "member_noun": {"mps": "MP"}})
    >>> words.party("the Tories"), words.member_role("MPs"), words.party("Whigs")
    ('Conservative Party', 'MP', None)
    """

    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        frozen = MappingProxyType({c: MappingProxyType(dict(self.values.get(c, {}))) for c in ORG_WORD_CLASSES})
        object.__setattr__(self, "values", frozen)
        object.__setattr__(self, "_sets", MappingProxyType({c: frozenset(v) for c, v in frozen.items()}))

    def words(self, word_class: str) -> frozenset[str]:
        """The words of one class.

        Parameters
        ----------
        word_class
            One of :data:`ORG_WORD_CLASSES`.

        Returns
        -------
        frozenset of str

        Raises
        ------
        KeyError
            For a class that is not one of :data:`ORG_WORD_CLASSES`.

        Examples
        --------
        >>> "plc" in load_org_words().words("company_suffix")
        True
        """
        return self._sets[word_class]  # type: ignore[attr-defined]

    @functools.cached_property
    def org_nouns(self) -> frozenset[str]:
        """Nouns that make a name in apposition or compound with them an organization ("mining firm X"), whoever
        the model takes it for.

        Examples
        --------
        >>> "giant" in load_org_words().org_nouns, "automaker" in load_org_words().org_nouns
        (True, False)
        """
        return frozenset(w for w, v in self.values["org_noun"].items() if v != "trade")

    @functools.cached_property
    def trade_nouns(self) -> frozenset[str]:
        """Nouns of a trade that make a name an organization unless the model calls it a person ("oil producer X"):
        people are automakers and publishers too.

        Examples
        --------
        >>> "automaker" in load_org_words().trade_nouns, "giant" in load_org_words().trade_nouns
        (True, False)
        """
        return frozenset(w for w, v in self.values["org_noun"].items() if v == "trade")

    def part_noun(self, word: str, possessive: bool = False) -> bool:
        """Whether a name modifying ``word`` must be an organization's ("X subsidiary", "X's shareholders").

        Parameters
        ----------
        word
            The modified noun, as written or lemmatised (case is ignored).
        possessive
            True when the name is a possessive ("X's"): only the words marked ``poss`` count.

        Returns
        -------
        bool

        Examples
        --------
        >>> words = load_org_words()
        >>> words.part_noun("Subsidiary"), words.part_noun("spokesman", possessive=True)
        (True, False)
        """
        value = self.values["org_part_noun"].get(word.lower())
        return value is not None and (not possessive or value == "poss")

    def member_role(self, word: str) -> str | None:
        """The role of a member an organization's name modifies ("MEP" of "Dravo MEP"); None for other words.

        Parameters
        ----------
        word
            A noun as written.

        Returns
        -------
        str or None

        Examples
        --------
        >>> load_org_words().member_role("MEPs"), load_org_words().member_role("tanks")
        ('MEP', None)
        """
        return self.values["member_noun"].get(word.lower())

    def party(self, name: str) -> str | None:
        """The canonical name of a party named by its family ("the Tories", "Labour Party"); None otherwise.

        Parameters
        ----------
        name
            A name as written; a leading "the" and a trailing "Party" are ignored.

        Returns
        -------
        str or None

        Examples
        --------
        >>> words = load_org_words()
        >>> words.party("Labour"), words.party("the Conservative Party"), words.party("Independence Party")
        ('Labour Party', 'Conservative Party', None)
        """
        words = name.lower().split()
        if words and words[0] == "the":
            words = words[1:]
        if len(words) > 1 and words[-1] == _PARTY_SUFFIX:
            words = words[:-1]
        return self.values["party"].get(" ".join(words))

    def party_office(self, title: str) -> bool:
        """Whether an office is held in a party ("leader", "chairman", "shadow chancellor"), not in a state.

        Parameters
        ----------
        title
            The office as written ("Shadow Europe minister") or as the title table gives it.

        Returns
        -------
        bool

        Examples
        --------
        >>> load_org_words().party_office("Chairman"), load_org_words().party_office("Governor")
        (True, False)
        """
        low = title.lower()
        return low in self.values["party_office"] or low.startswith("shadow ") or low in self.values["member_noun"]

    @functools.cached_property
    def party_first_words(self) -> frozenset[str]:
        """First words of the party forms, so a scan can skip any other token at once.

        Examples
        --------
        >>> "liberal" in load_org_words().party_first_words
        True
        """
        return frozenset(form.split()[0] for form in self.values["party"])


def _parse(rows: list[tuple[int, list[str]]], source: str) -> OrgWords:
    values: dict[str, dict[str, str]] = {c: {} for c in ORG_WORD_CLASSES}
    for number, (word, word_class, value) in rows:
        if word_class not in values:
            raise TableError(f"{source}:{number}: unknown class {word_class!r}; valid: {', '.join(ORG_WORD_CLASSES)}")
        if not word or word != word.lower():
            raise TableError(f"{source}:{number}: the word must be lower case and not empty, got {word!r}")
        if word in values[word_class]:
            raise TableError(f"{source}:{number}: duplicate word {word!r} in {word_class}")
        values[word_class][word] = "" if value == "-" else value
    return OrgWords(values)


@functools.lru_cache(maxsize=1)
def load_org_words() -> OrgWords:
    """The packaged organization words, read on first use and then shared.

    Returns
    -------
    OrgWords
        The same object on every call.

    Raises
    ------
    TableError
        When the table is malformed.

    Examples
    --------
    >>> load_org_words() is load_org_words()
    True
    """
    return _parse(read_rows(ORG_WORD_FILE, _HEADER), ORG_WORD_FILE)
