"""Is a text one graphkit can read well? English, and not mostly upper case.

graphkit's pipeline and rules read English; a text in another language, or
one set in capitals (spaCy's models tag and recognise names poorly in it),
is still read, with a one-line warning. The language is told by py3langid
(langid.py's maintained fork; its model ships in the package, nothing is
downloaded) on a sample of the text, so a long text costs no more than a
short one. A sample that is plainly English (:func:`plainly_english`: the words
"the", "and", "said" ... are common in it, and almost absent from any other
language's text) is not sent to the identifier, whose model takes a second
or two to load: a run over English news never loads it.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from py3langid.langid import LanguageIdentifier

#: Characters of a text that are looked at (its beginning).
SAMPLE_CHARS = 2_000
#: A sample with fewer letters is not judged: too short to tell, and often a dateline or a headline
#: ("BUENOS AIRES, Argentina (AP)"), not an article.
MIN_LETTERS = 100
#: Share of upper-case letters above which a text is "mostly upper case".
UPPER_SHARE = 0.6
#: Probability the identifier must give another language before graphkit says the text is not English.
MIN_CONFIDENCE = 0.9
#: Words frequent in English prose and (as words of their own) rare in any other language's.
ENGLISH_MARKERS = frozenset("the and that with said from which would have been were their this they there after "
                            "also about".split())
#: Share of a sample's words that are :data:`ENGLISH_MARKERS` from which it is English without asking the
#: identifier (English news: 12% to 20%; French, German, Dutch or Spanish news: none).
PLAIN_ENGLISH_SHARE = 0.08


@functools.lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier with normalised probabilities, loaded once (about 2 s, from the package).

    Returns
    -------
    py3langid.langid.LanguageIdentifier
        The same object on every call.

    Examples
    --------
    >>> identifier().classify("Les ministres ont critiqué le plan du gouvernement.")[0]
    'fr'
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def plainly_english(sample: str) -> bool:
    """Whether :data:`PLAIN_ENGLISH_SHARE` or more of the words of ``sample`` are English function words
    (:data:`ENGLISH_MARKERS`, any case): English beyond doubt, told without the identifier.

    Parameters
    ----------
    sample
        The beginning of a text.

    Returns
    -------
    bool

    Examples
    --------
    >>> plainly_english("Japan thanked Canada for its support, and officials said the talks would go on.")
    True
    >>> plainly_english("Le Japon a remercié le Canada pour son soutien, ont indiqué des responsables.")
    False
    """
    words = sample.lower().split()
    return bool(words) and sum(w.strip(_EDGE_PUNCT) in ENGLISH_MARKERS for w in words) >= PLAIN_ENGLISH_SHARE * len(words)


# punctuation around a word that plainly_english ignores
_EDGE_PUNCT = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019-"


def upper_share(text: str) -> float:
    """The share of upper-case letters among the letters of ``text`` (0 when it has none).

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    float
        Between 0 and 1.

    Examples
    --------
    >>> upper_share("PERU THANKED Chile"), upper_share("1984")
    (0.75, 0.0)
    """
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def language_of(text: str) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1 code) and its probability, judged on its first :data:`SAMPLE_CHARS`.

    Parameters
    ----------
    text
        Any text; one mostly in capitals is judged in lower case.

    Returns
    -------
    tuple of str and float
        The code (``"en"``, ``"fr"`` ...) and a probability between 0 and 1.

    Examples
    --------
    >>> language_of("Die Regierung hat am Montag die Pläne Russlands scharf kritisiert.")[0]
    'de'
    """
    sample = text[:SAMPLE_CHARS]
    if upper_share(sample) > UPPER_SHARE:
        sample = sample.lower()
    code, probability = identifier().classify(sample)
    return str(code), float(probability)


def text_warnings(text: str) -> list[tuple[str, str]]:
    """What a reader should know before trusting the graph of ``text``: ``(kind, message)`` pairs.

    Kinds are ``"upper case"`` (more than :data:`UPPER_SHARE` of the sample's
    letters are capitals) and ``"not English"`` (the identifier gives another
    language at least :data:`MIN_CONFIDENCE`). A sample of fewer than
    :data:`MIN_LETTERS` letters is not judged.

    Parameters
    ----------
    text
        A document's text.

    Returns
    -------
    list of tuple of str
        Empty for an ordinary English text.

    Examples
    --------
    >>> news = ("Japan thanked Canada for its support on Monday, officials in Tokyo said. "
    ...         "Canada did not criticize Japan, and the talks went on.")
    >>> text_warnings(news)
    []
    >>> [kind for kind, _ in text_warnings(news.upper())]
    ['upper case']
    >>> text_warnings("Le Japon a remercié le Canada pour son soutien lundi, ont indiqué des responsables "
    ...               "à Tokyo. Le Canada n'a pas critiqué le Japon.")
    [('not English', "looks like 'fr', not English: graphkit reads English only")]
    >>> text_warnings("BUENOS AIRES, Argentina (AP)")  # too short to judge
    []
    """
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return []
    found = []
    if upper_share(sample) > UPPER_SHARE:
        found.append(("upper case", "mostly upper case: spaCy finds names and sentences poorly in capitals; "
                                    "use the text in normal case if you have it"))
    if plainly_english(sample):
        return found  # no need to load the identifier's model
    code, probability = language_of(sample)
    if code != "en" and probability >= MIN_CONFIDENCE:
        found.append(("not English", f"looks like {code!r}, not English: graphkit reads English only"))
    return found
