"""Dates: when a document was published, and when each of its actions happened.

A document's date comes from its input, first found wins:

1. the JSONL field or CSV column ``--date-field`` (:func:`document_date`);
2. an HTML page's metadata: ``<meta property="article:published_time">``, a
   JSON-LD ``datePublished``, ``itemprop="datePublished"``, a few common
   ``<meta name=...>`` dates, else the first ``<time datetime=...>``
   (:func:`html_date`);
3. the head of the text: a dateline ("LONDON, June 16, 2025 (Reuters) -",
   its year taken from the head when the dateline has none) or a line that is
   a date alone ("2025-06-16", "Published: 16 June 2025") (:func:`dateline_date`).

An action's date is the day a date expression of its sentence names (spaCy's
``DATE`` entities: "on 9 November", "last Tuesday", "on Monday"), resolved
against the document date, else the document date itself. Expressions are
read by ``dateparser`` (``python-dateutil`` for ISO and compact field values);
only expressions that name one day count ("last week", "in June", "2023" do
not). Without a document date, only an expression that names its year ("on 9
November 2023") dates an action: nothing is ever resolved against today, so
the same input always gives the same dates.

Every date is ISO 8601, ``YYYY-MM-DD`` (the local date as written: a time and
a time zone are dropped). An action's ``date_source`` says where its date
came from: ``sentence``, ``document`` or ``none``.

Examples
--------
>>> resolve("last Tuesday", "2025-06-16")
'2025-06-10'
>>> resolve("on Monday", "2025-06-16"), resolve("on Monday", "2025-06-16", future=True)
('2025-06-16', '2025-06-16')
>>> resolve("9 November 2023"), resolve("9 November")  # no document date: only a full date counts
('2023-11-09', '')
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import re
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Span

from .actions.records import with_fields
from .sentences import sentence_bounds
from .syntax import DEICTIC_DATE_WORDS, entity_bounds, token_offsets, words_text

if TYPE_CHECKING:  # pragma: no cover - typing only
    from dateparser.date import DateDataParser
    from spacy.tokens import Doc, Token

    from .actions import Action
    from .extraction import Extraction

__all__ = ["DATE_SOURCES", "resolve", "document_date", "html_date", "dateline_date", "locate_dates",
           "date_extraction"]

#: Where an action's date came from.
DATE_SOURCES = ("sentence", "document", "none")

#: The clock time a base date is given to dateparser at. A relative offset ("yesterday", "two days ago")
#: keeps it; a calendar day ("Monday", "June 16") comes back at midnight or at the time of day it names.
_BASE_TIME = time(12, 0, 0, 424242)
#: Two unrelated base dates: an expression that resolves to the same day against both names its year.
_PROBES = (date(2001, 3, 7), date(2013, 10, 22))
#: dateparser periods that name one day.
_DAY_PERIODS = frozenset({"day", "time"})
#: ``<meta>`` names and properties that hold a page's publication date, best first.
_META_DATES = ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
               "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
               "date", "sailthru.date", "parsely-pub-date")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_DIGITS6 = re.compile(r"^\d{6}$")
#: A dateline: an upper-case place (and region), a date, an optional agency, a dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'\u2019.\- ]{1,40},\s*"
    r"(?P<when>[^()\n\u2013\u2014]{3,60}?)\s*(?:\([^()\n]{2,40}\)\s*)?(?:--?|\u2013|\u2014)\s")
#: A line that is a date alone, after an optional label ("Published:", "Updated -").
_DATE_LINE = re.compile(r"^\s*(?:[A-Za-z][A-Za-z ]{1,20}\s*[:\-\u2013\u2014]\s*)?(?P<when>[^:]{6,40}?)\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: How much of a text's head holds its dateline or date line.
_HEAD_LINES = 5
_HEAD_CHARS = 600


# --------------------------------------------------------------------------- reading one expression


@functools.lru_cache(maxsize=64)
def _parser(base: datetime, prefer: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False})


def _day(text: str, base: date, prefer: str) -> tuple[date, bool] | None:
    """The day ``text`` names against ``base``, and whether it is an offset from it ("yesterday")."""
    when = datetime.combine(base, _BASE_TIME)
    data = _parser(when, prefer).get_date_data(text)
    got = data.date_obj
    if got is None or data.period not in _DAY_PERIODS:
        return None
    if got.microsecond == _BASE_TIME.microsecond:
        # An offset from the base: whole days only ("1990s" reads as 1,990 seconds ago).
        return (got.date(), True) if got.time() == _BASE_TIME else None
    return got.date(), False


def _clean(text: str) -> str:
    return _POSSESSIVE.sub("", _SPACE.sub(" ", text).strip())


@functools.lru_cache(maxsize=8192)
def resolve(text: str, base: str = "", *, future: bool = False) -> str:
    """The day a date expression names, as ``YYYY-MM-DD``, or ``""`` when it names none.

    Parameters
    ----------
    text
        A date expression ("on Monday", "last Tuesday", "9 November 2023",
        "Monday's"); a possessive is dropped.
    base
        The document date it is read against (ISO), or ``""``: then only an
        expression that names its year resolves.
    future
        Read a day that could be either way ("Monday", "9 November") as the
        next one rather than the last one (the base day itself counts as both).

    Returns
    -------
    str
        The ISO date, or ``""`` when the expression names no single day ("last
        week", "2023", "decades") or needs a base it lacks.

    Examples
    --------
    >>> resolve("yesterday", "2025-06-16"), resolve("Tuesday", "2025-06-16", future=True)
    ('2025-06-15', '2025-06-17')
    >>> resolve("last week", "2025-06-16"), resolve("the 1990s", "2025-06-16"), resolve("2025-06-16T23:30-05:00")
    ('', '', '2025-06-16')
    """
    text = _clean(text)
    if not text or not any(c.isalnum() for c in text):
        return ""
    prefer = "future" if future else "past"
    if not base:
        found = {_day(text, probe, prefer) for probe in _PROBES}
        if len(found) != 1 or None in found:
            return ""
        return next(iter(found))[0].isoformat()
    day = date.fromisoformat(base)
    got = _day(text, day, prefer)
    if got is None:
        return ""
    if got[1] or not DEICTIC_DATE_WORDS.isdisjoint(text.lower().split()):
        return got[0].isoformat()
    # dateparser skips the base day itself ("Monday" read on a Monday is a week away); news means that day.
    again = _day(text, day + timedelta(days=-1 if future else 1), prefer)
    return (again or got)[0].isoformat()


def document_date(value: str) -> str:
    """A document date field's value as ``YYYY-MM-DD``, or ``""`` when it holds no full date.

    ISO 8601 (``2025-06-16``, ``20250616``, ``2025-06-16T10:00:00Z``), six
    digits read as ``YYMMDD`` (the KEDS/TABARI event data convention), or any
    form dateparser reads that names a day with its year ("June 16, 2025").

    Parameters
    ----------
    value
        The field's text.

    Returns
    -------
    str
        The ISO date; a time and time zone are dropped (the local date as written).

    Examples
    --------
    >>> [document_date(v) for v in ("20080804", "121108", "2025-06-16T23:30:00-05:00", "June 16, 2025", "June 16")]
    ['2008-08-04', '2012-11-08', '2025-06-16', '2025-06-16', '']
    """
    value = value.strip()
    if not value:
        return ""
    if _DIGITS6.match(value):
        try:
            return datetime.strptime(value, "%y%m%d").date().isoformat()
        except ValueError:
            return ""
    from dateutil.parser import isoparse

    try:
        return isoparse(value).date().isoformat()
    except (ValueError, OverflowError):
        return resolve(value)


# --------------------------------------------------------------------------- documents


class _DateTags(HTMLParser):
    """Publication dates an HTML page states: meta tags, JSON-LD, ``<time datetime>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.ld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if name and a.get("content"):
                self.meta.setdefault(name, a["content"])
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_ld = True
            self.ld.append("")
        elif a.get("itemprop", "").lower() == "datepublished" and (a.get("datetime") or a.get("content")):
            self.meta.setdefault("datepublished", a.get("datetime") or a["content"])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.ld[-1] += data


def _ld_published(value: object) -> str:
    """The first ``datePublished`` in a JSON-LD value (objects, lists, ``@graph``)."""
    if isinstance(value, dict):
        found = value.get("datePublished")
        if isinstance(found, str) and found.strip():
            return found
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _ld_published(item)
            if found:
                return found
    return ""


def html_date(page: str) -> str:
    """The publication date an HTML page states, as ``YYYY-MM-DD``, or ``""``.

    Parameters
    ----------
    page
        The HTML.

    Returns
    -------
    str
        From ``article:published_time``, a JSON-LD or microdata
        ``datePublished``, a common date ``<meta>`` or the first ``<time datetime>``.

    Examples
    --------
    >>> html_date('<meta property="article:published_time" content="2025-06-16T08:00:00Z"><p>Hi</p>')
    '2025-06-16'
    >>> html_date('<script type="application/ld+json">{"@graph": [{"datePublished": "2024-02-03"}]}</script>')
    '2024-02-03'
    >>> html_date('<p>Posted <time datetime="2023-05-06">May 6</time></p>'), html_date("<p>None</p>")
    ('2023-05-06', '')
    """
    tags = _DateTags()
    tags.feed(page)
    tags.close()
    candidates = [tags.meta.get("article:published_time", "")]
    for block in tags.ld:
        try:
            candidates.append(_ld_published(json.loads(block)))
        except ValueError:
            continue
    candidates += [tags.meta.get(name, "") for name in _META_DATES] + tags.times
    for value in candidates:
        found = document_date(value) if value else ""
        if found:
            return found
    return ""


def _dateline_day(when: str, head: str) -> str:
    """The day of a dateline's text after its place: "June 16", "Ukraine, March 3, 2024" (a region first)."""
    parts = _clean(when).split(",")
    years = _YEAR.findall(head)
    for i in range(len(parts)):
        rest = ",".join(parts[i:]).strip()
        day = resolve(rest) or (resolve(f"{rest} {years[0]}") if years and not _YEAR.search(rest) else "")
        if day:
            return day
    return ""


def dateline_date(text: str, title: str = "") -> str:
    """The date at the head of an article's text, as ``YYYY-MM-DD``, or ``""``.

    A dateline ("LONDON, June 16 (Reuters) -", "KYIV, Ukraine, March 3, 2024
    (AP) —") or a line that is a date alone ("2025-06-16", "Published: 16 June
    2025") among the first lines. A dateline without a year takes the year
    the title or the head names (a dateline alone cannot say which year).

    Parameters
    ----------
    text
        The article's text.
    title
        Its title, if it came apart from the text.

    Returns
    -------
    str
        The ISO date.

    Examples
    --------
    >>> dateline_date("LONDON, June 16, 2025 (Reuters) - Britain warned Iran.")
    '2025-06-16'
    >>> dateline_date("Talks resume\\n2025-06-16\\nSerbia met Kosovo."), dateline_date("Serbia met Kosovo.")
    ('2025-06-16', '')
    >>> dateline_date("KYIV, March 3 (AP) - Ukraine thanked Poland.", title="Week of 3 March 2024")
    '2024-03-03'
    """
    head = text[:_HEAD_CHARS]
    lines = [line for line in head.splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        found = _DATELINE.match(line)
        if found:
            day = _dateline_day(found.group("when"), title + "\n" + head)
            if day:
                return day
        found = _DATE_LINE.match(line)
        if found and any(c.isdigit() for c in found.group("when")):
            day = resolve(found.group("when"))
            if day:
                return day
    return ""


# --------------------------------------------------------------------------- actions


def _path_length(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    depth = {a.i: 0}
    for n, tok in enumerate(a.ancestors, 1):
        depth[tok.i] = n
    if b.i in depth:
        return depth[b.i]
    for n, tok in enumerate(b.ancestors, 1):
        if tok.i in depth:
            return n + depth[tok.i]
    return len(a.doc)  # pragma: no cover - two tokens of one sentence share its root


def _day_text(text: str) -> bool:
    """Whether a DATE entity's text can name one day (against some base date)."""
    return bool(resolve(text, _PROBES[0].isoformat()))


def locate_dates(doc: Doc, actions: Iterable[Action]) -> list[Action]:
    """Each action with its sentence number and the date expression of its sentence closest to it.

    Among the sentence's ``DATE`` entities that can name one day, the one
    fewest dependency links away from the action word is taken ("Peru
    attacked Chile on Monday, a week after talks on Friday": Monday).

    Parameters
    ----------
    doc
        The parsed document the actions were read from.
    actions
        Its actions.

    Returns
    -------
    list of Action
        The actions with ``sentence`` (0-based, in the document) and
        ``date_text`` (``""`` when the sentence names no day) set.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.actions import find_actions
    >>> doc = load_pipeline()("Chile met Peru. Peru attacked Chile on Monday, a week after talks on Friday.")
    >>> [(a.action, a.sentence, a.date_text) for a in locate_dates(doc, find_actions(doc, find_actors(doc)))]
    [('meet', 0, ''), ('attack', 1, 'Monday')]
    """
    # sentences and DATE entities read from the per-Doc indexes: no Span made for a sentence, nor for an entity
    # of another label
    _, sent_starts, sent_ends = sentence_bounds(doc)
    token_starts = token_offsets(doc)[0]
    starts = [token_starts[s] for s in sent_starts]
    dates = [(start, end) for start, end, label in entity_bounds(doc) if label == "DATE"]
    days: dict[int, list[Span]] = {}
    out = []
    for act in actions:
        i = max(bisect.bisect_right(starts, act.start_char) - 1, 0)
        if i not in days:
            first, last = sent_starts[i], sent_ends[i]  # the DATE entities wholly inside, as ``Span.ents`` finds them
            # each entity's text read off the Doc's text (``Span.text``): a Span made only for those kept (few)
            days[i] = [Span(doc, start, end, label="DATE") for start, end in dates
                       if start >= first and end <= last and _day_text(words_text(doc, start, end))]
        text = ""
        span = doc.char_span(act.start_char, act.end_char, alignment_mode="expand") if days[i] else None
        if span is not None:  # the action word is found only in a sentence naming a day (few)
            word = span.root
            text = min(days[i], key=lambda e: (_path_length(e.root, word), abs(e.start - word.i))).text
        out.append(with_fields(act, sentence=i, date_text=text))  # dataclasses.replace, without __init__
    return out


def date_extraction(ex: Extraction) -> Extraction:
    """The extraction with every action dated against its document's date.

    An action whose ``date_text`` names a day gets it (``date_source``
    ``sentence``; a hypothetical action reads an open day forward: "will meet
    on Monday"); else the document date (``document``); else none
    (``date = ""``, ``date_source = "none"``). A pure function of the
    extraction, so a cached extraction is dated again for another document.

    Parameters
    ----------
    ex
        An extraction whose actions carry ``date_text`` (:func:`locate_dates`).

    Returns
    -------
    Extraction
        A new extraction (the same object when nothing changes).

    Examples
    --------
    >>> from graphkit.extraction import Extraction
    >>> from graphkit.actions import Action
    >>> act = Action("d", "state:PER", "state:CHL", "attack", "VERB", False, "asserted", "assault",
    ...              "material-conflict", "Peru attacked Chile on Monday.", 5, 13, "verb.object", date_text="Monday")
    >>> [(a.date, a.date_source) for a in date_extraction(Extraction("d", date="2025-06-18", actions=(act,))).actions]
    [('2025-06-16', 'sentence')]
    >>> [(a.date, a.date_source) for a in date_extraction(Extraction("d", actions=(act,))).actions]
    [('', 'none')]
    """
    changed = []
    for act in ex.actions:
        day = resolve(act.date_text, ex.date, future=act.modality == "hypothetical") if act.date_text else ""
        when, source = (day, "sentence") if day else ((ex.date, "document") if ex.date else ("", "none"))
        changed.append(act if (act.date, act.date_source) == (when, source)
                       else with_fields(act, date=when, date_source=source))
    if all(a is b for a, b in zip(changed, ex.actions)):
        return ex
    return dataclasses.replace(ex, actions=tuple(changed))
