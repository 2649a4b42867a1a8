"""Names as text: apostrophes, spaces, "the", possessives, accents, and the parts of a person's name.

One copy of these rules, shared by the gazetteer (:mod:`graphkit.states`),
the actor passes (:mod:`graphkit.actors`), actor keys
(:mod:`graphkit.actors.keys`) and gold matching (:mod:`graphkit.evaluate`),
so that a name is folded the same way wherever it is compared.

Examples
--------
>>> clean("the  Netherlands’s")
'Netherlands'
>>> fold("Sebastián Piñera")
'Sebastian Pinera'
>>> name_parts("Bashar al-Assad"), sorted(surnames("Bashar al-Assad"))
(('Bashar', 'al-Assad'), ['al-assad', 'assad'])
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from nameparser import HumanName

__all__ = ["clean", "collapse_spaces", "fold", "name_parts", "possessive", "straighten", "strip_possessive",
           "strip_the", "surnames"]

#: Apostrophe look-alikes news text uses, made straight (a backtick is often a quote mark: not here).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
#: A leading "the" :func:`clean` drops, with the one space after it.
_LEADING_THE = ("the ", "The ", "THE ")


def straighten(text: str) -> str:
    """Curly and other look-alike apostrophes made straight.

    Parameters
    ----------
    text
        Any text; only the apostrophes ’ ‘ ʼ ′ change.

    Returns
    -------
    str
        ``text`` with each of them replaced by ``'``.

    Examples
    --------
    >>> straighten("Kenya’s")
    "Kenya's"
    """
    # every look-alike is outside ASCII: most names have none, and str.isascii is cheaper than the translation
    return text if text.isascii() else text.translate(_APOSTROPHES)


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, stripped at both ends.

    Parameters
    ----------
    text
        Text with spaces, tabs or line breaks anywhere.

    Returns
    -------
    str

    Examples
    --------
    >>> collapse_spaces("  South \\n Sudan ")
    'South Sudan'
    """
    return " ".join(text.split())  # str.split() splits at exactly the characters ``\s`` matches


def strip_the(text: str) -> str:
    """``text`` without a leading "the " (any case).

    Parameters
    ----------
    text
        A name; "the" must be a word of its own, followed by a space.

    Returns
    -------
    str
        The rest of the name, left-stripped; ``text`` itself when it does not start with "the ".

    Examples
    --------
    >>> strip_the("The Hague"), strip_the("Theresa")
    ('Hague', 'Theresa')
    """
    if text[:4].lower() == "the ":
        return text[4:].lstrip()
    return text


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive ("'s" or a bare "'").

    Parameters
    ----------
    text
        A name, with straight apostrophes (see :func:`straighten`).

    Returns
    -------
    str
        The name without the ending, right-stripped.

    Examples
    --------
    >>> strip_possessive("Kenya's"), strip_possessive("Philippines'"), strip_possessive("Laos")
    ('Kenya', 'Philippines', 'Laos')
    """
    if text.endswith("'s") or text.endswith("'S"):
        return text[:-2].rstrip()
    if text.endswith("'"):
        return text[:-1].rstrip()
    return text


def clean(text: str) -> str:
    """A mention as an alias: straight apostrophes, single spaces, no leading "the", no trailing possessive
    or punctuation.

    Parameters
    ----------
    text
        The mention as the article writes it.

    Returns
    -------
    str
        The alias; ``""`` when nothing but punctuation was left.

    Examples
    --------
    >>> clean("the  Netherlands’s"), clean('"Hamas,"')
    ('Netherlands', 'Hamas')
    """
    # string tests rather than regular expressions: every space is a single " " once the spaces are collapsed
    text = collapse_spaces(straighten(text))
    if text[:4] in _LEADING_THE:
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2].removesuffix(" ")  # "Kenya's", "Kenya 's"
    elif text.endswith("s'"):
        text = text[:-1]
    return text.strip(" ,.;:-\u2013\u2014\"'*")


def fold(text: str) -> str:
    """``text`` without accents ("Türkiye" -> "Turkiye"); other characters are kept.

    Parameters
    ----------
    text
        Any text, in any script.

    Returns
    -------
    str
        In NFC, every combining mark of its NFKD form dropped (so "Ł", a letter of its own, stays).

    Examples
    --------
    >>> fold("Bogotá"), fold("Łódź")
    ('Bogota', 'Łodz')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=1 << 13)  # nameparser is slow and names repeat across articles; bounded, pure
def name_parts(name: str) -> tuple[str, ...]:
    """The given, middle and last names of a person's name (titles and suffixes dropped).

    Parameters
    ----------
    name
        A person's name as written, possibly with a title ("Dr. Ana Ruiz").

    Returns
    -------
    tuple of str
        The parts nameparser finds, in order; the words of ``name`` when it finds none.

    Examples
    --------
    >>> name_parts("Moon Jae-in"), name_parts("Kim")
    (('Moon', 'Jae-in'), ('Kim',))
    """
    parsed = HumanName(name)
    parts = tuple(p for p in (parsed.first, parsed.middle, parsed.last) if p)
    return parts or tuple(name.split())


def surnames(name: str) -> set[str]:
    """The surname of a full name in lower case, also without a lower-case particle ("al-Assad" -> "assad").

    Parameters
    ----------
    name
        A person's name; its last part (:func:`name_parts`) is the surname.

    Returns
    -------
    set of str
        One or two lower-case forms.

    Examples
    --------
    >>> sorted(surnames("Olaf Scholz")), sorted(surnames("Ahmed Omar al-Bashir"))
    (['scholz'], ['al-bashir', 'bashir'])
    """
    last = name_parts(name)[-1]
    out = {last.lower()}
    head, _, rest = last.partition("-")
    if rest and head.islower():
        out.add(rest.lower())
    return out


def possessive(name: str) -> str:
    """The possessive of a name: "Kenya's", "Philippines'".

    Parameters
    ----------
    name
        A name in the singular or ending in "s".

    Returns
    -------
    str

    Examples
    --------
    >>> possessive("Kenya"), possessive("Philippines")
    ("Kenya's", "Philippines'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"
