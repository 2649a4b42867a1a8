"""Timeline: the reports behind each action edge, with their dates, and graphs cut to a period.

Extraction reads one :class:`~graphkit.actions.Action` per mention; the
graph merges the mentions of one action edge. What a merged edge keeps about
time (see "The graph contract" in the README):

* ``events``: its reports as JSON, one list per report, fields in
  :data:`EVENT_FIELDS` order (an evidence that is one of the edge's
  ``evidences`` is its line number there). A report is one sentence: the same sentence
  (spaces aside) read in several documents is one report with several
  sources, not several events (a syndicated wire story);
* ``reports``: how many reports; ``documents``: how many distinct documents;
* ``first_date``, ``last_date`` and ``dates`` (the date of each dated
  report, sorted, joined by ``|``, a day repeated once per report): only when
  a report has a date, so an undated graph carries no date attribute at all.

Every value is a scalar, so the records survive GraphML and JSON, and
:func:`graphkit.event_table.events` reads the same rows back from a file.

Examples
--------
>>> m = [Mention("a", 0, 5, 11, "2025-06-16", "sentence", "asserted", "verb.object", "Peru attacked Chile."),
...      Mention("b", 3, 40, 46, "2025-06-16", "sentence", "asserted", "verb.object", "Peru  attacked Chile."),
...      Mention("b", 5, 90, 96, "2025-06-20", "document", "asserted", "verb.object", "Peru attacked again.")]
>>> attrs = edge_attributes(m)
>>> attrs["reports"], attrs["first_date"], attrs["dates"]
(2, '2025-06-16', '2025-06-16|2025-06-20')
>>> [r.docs for r in reports(m)]
[('a', 'b'), ('b',)]
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

import networkx as nx

from .errors import OptionError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .actions import Action
    from .extraction import Extraction

__all__ = ["EVENT_FIELDS", "Mention", "Report", "reports", "edge_attributes", "edge_reports", "in_period",
           "period_graph", "date_range", "halfway", "week_start", "check_day"]

#: The fields of one report in an edge's ``events`` attribute, in order.
EVENT_FIELDS = ("date", "date_source", "docs", "sentence", "start_char", "end_char", "modality", "rule", "evidence")
#: Evidence sentences kept per edge of a period graph (as :data:`graphkit.graph.MAX_EVIDENCE`).
_MAX_EVIDENCE = 5


@dataclass(frozen=True, slots=True)  # slots: the builder keeps one per action read, a corpus holds many
class Mention:
    """One reading of an action edge in one document (what the graph builder keeps per action).

    Attributes
    ----------
    doc, sentence, start_char, end_char
        The document, the sentence number in it and the offsets of the action word.
    date, date_source
        The action's date (ISO, or ``""``) and where it came from (:data:`graphkit.dates.DATE_SOURCES`).
    modality, rule
        As the action's (:class:`~graphkit.actions.Action`).
    evidence
        The sentence, its white space collapsed.

    Examples
    --------
    >>> Mention("a", 0, 5, 11, "", "none", "asserted", "verb.object", "Peru attacked Chile.").doc
    'a'
    """

    doc: str
    sentence: int
    start_char: int
    end_char: int
    date: str
    date_source: str
    modality: str
    rule: str
    evidence: str

    @classmethod
    def of(cls, act: Action, evidence: str | None = None) -> Mention:
        """The mention of one action.

        Parameters
        ----------
        act
            An action as extraction reads it.
        evidence
            Its sentence with the white space collapsed, when the caller has it already (the builder keeps one
            copy of a sentence that several actions were read in); default: collapsed here.

        Returns
        -------
        Mention
            Its document, place, date, modality, rule and evidence.

        Examples
        --------
        >>> from graphkit.actions import Action
        >>> act = Action("d", "state:PER", "state:CHL", "attack", "VERB", False, "asserted", "assault",
        ...              "material-conflict", "Peru  attacked Chile.", 6, 14, "verb.object", 0, "2025-06-16", "document")
        >>> Mention.of(act).evidence, Mention.of(act).date
        ('Peru attacked Chile.', '2025-06-16')
        """
        return cls(act.doc_id, act.sentence, act.start_char, act.end_char, act.date, act.date_source,
                   act.modality, act.rule, " ".join(act.evidence.split()) if evidence is None else evidence)


@dataclass(frozen=True)
class Report:
    """One event: a sentence that reports an action, read in one or more documents.

    Attributes
    ----------
    date, date_source
        The earliest date its copies carry (ISO, or ``""``), and where that came from.
    docs
        The documents that carry it, sorted; ``sentence``, ``start_char`` and
        ``end_char`` are those of the first.
    sentence, start_char, end_char
        Where it is in ``docs[0]``.
    modality, rule, evidence
        As in ``docs[0]``.

    Examples
    --------
    >>> r = Report("2025-06-16", "sentence", ("a", "b"), 0, 5, 11, "asserted", "verb.object", "Peru attacked Chile.")
    >>> Report.from_row(r.row()) == r
    True
    """

    date: str
    date_source: str
    docs: tuple[str, ...]
    sentence: int
    start_char: int
    end_char: int
    modality: str
    rule: str
    evidence: str

    def row(self, lines: Sequence[str] = ()) -> list[Any]:
        """The report as a JSON-ready list, fields in :data:`EVENT_FIELDS` order.

        Parameters
        ----------
        lines
            The edge's ``evidences`` lines: an evidence that is one of them is
            written as its number (the sentence is then not stored twice).

        Returns
        -------
        list
            ``docs`` as a list, the rest as scalars.

        Examples
        --------
        >>> r = Report("", "none", ("a",), 2, 5, 11, "asserted", "verb.object", "Peru attacked Chile.")
        >>> r.row()[:4], r.row(["Peru met Chile.", "Peru attacked Chile."])[-1]
        (['', 'none', ['a'], 2], 1)
        """
        evidence: str | int = lines.index(self.evidence) if self.evidence in lines else self.evidence
        return [self.date, self.date_source, list(self.docs), self.sentence, self.start_char, self.end_char,
                self.modality, self.rule, evidence]

    @classmethod
    def from_row(cls, row: list[Any], lines: Sequence[str] = ()) -> Report:
        """The report of a :meth:`row` read back from JSON.

        Parameters
        ----------
        row
            A list in :data:`EVENT_FIELDS` order.
        lines
            The edge's ``evidences`` lines, which a numbered evidence refers to.

        Returns
        -------
        Report
            The report.

        Examples
        --------
        >>> Report.from_row(["", "none", ["a"], 2, 5, 11, "asserted", "verb.object", 0], ["Peru met Chile."]).evidence
        'Peru met Chile.'
        """
        date_, source, docs, sentence, start, end, modality, rule, evidence = row
        if isinstance(evidence, int) and not isinstance(evidence, bool):
            evidence = lines[evidence] if 0 <= evidence < len(lines) else ""
        return cls(str(date_), str(source), tuple(map(str, docs)), int(sentence), int(start), int(end),
                   str(modality), str(rule), str(evidence))


def reports(mentions: Iterable[Mention]) -> list[Report]:
    """The reports of one edge's mentions: copies of one sentence in several documents are one report.

    Mentions with the same evidence sentence are matched document by
    document in reading order: the k-th such mention of each document is the
    k-th report of that sentence.

    Parameters
    ----------
    mentions
        The mentions of one edge, in any order.

    Returns
    -------
    list of Report
        Sorted by date (undated last), first document and offset.

    Examples
    --------
    >>> m = [Mention(d, 0, 0, 4, "2025-06-1" + n, "document", "asserted", "verb.object", "Peru met Chile.")
    ...      for d, n in (("wire", "7"), ("paper", "6"))]
    >>> [(r.date, r.docs) for r in reports(m)]
    [('2025-06-16', ('paper', 'wire'))]
    """
    by_text: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        by_text[" ".join(m.evidence.split())][m.doc].append(m)
    out = []
    for per_doc in by_text.values():
        for seq in per_doc.values():
            seq.sort(key=lambda m: (m.start_char, m.end_char, m.rule))
        for k in range(max(len(seq) for seq in per_doc.values())):
            copies = [per_doc[doc][k] for doc in sorted(per_doc) if len(per_doc[doc]) > k]
            first = copies[0]
            dated = min((m for m in copies if m.date), key=lambda m: (m.date, m.doc), default=None)
            out.append(Report(dated.date if dated else "", dated.date_source if dated else "none",
                              tuple(m.doc for m in copies), first.sentence, first.start_char, first.end_char,
                              first.modality, first.rule, first.evidence))
    out.sort(key=lambda r: (not r.date, r.date, r.docs[0], r.start_char, r.end_char, r.evidence))
    return out


def _events(found: list[Report], lines: Sequence[str]) -> str:
    return json.dumps([r.row(lines) for r in found], ensure_ascii=False, separators=(",", ":"))


def _lines(d: Mapping[str, Any]) -> list[str]:
    return [line for line in str(d.get("evidences") or "").split("\n") if line]


def edge_attributes(mentions: Iterable[Mention], evidences: Sequence[str] = ()) -> dict[str, Any]:
    """The time and corroboration attributes of one action edge (see the module docstring).

    Parameters
    ----------
    mentions
        Every mention of the edge.
    evidences
        The sentences of the edge's ``evidences``: a report's sentence that is
        one of them is stored as its number.

    Returns
    -------
    dict
        ``reports``, ``documents`` and ``events``; ``first_date``,
        ``last_date`` and ``dates`` only when a report is dated.

    Examples
    --------
    >>> sorted(edge_attributes([Mention("a", 0, 0, 4, "", "none", "asserted", "verb.object", "Peru met Chile.")]))
    ['documents', 'events', 'reports']
    """
    mentions = list(mentions)
    found = reports(mentions)
    attrs: dict[str, Any] = {
        "reports": len(found), "documents": len({m.doc for m in mentions}),
        "events": _events(found, list(evidences))}
    days = sorted(r.date for r in found if r.date)
    if days:
        attrs.update(first_date=days[0], last_date=days[-1], dates="|".join(days))
    return attrs


def edge_reports(d: Mapping[str, Any]) -> list[Report]:
    """The reports an edge's attributes hold (its ``events``), read back.

    An edge without ``events`` (a graph another tool wrote) gives one undated
    report from its ``doc``, ``evidence`` and offsets.

    Parameters
    ----------
    d
        The edge's attribute dict.

    Returns
    -------
    list of Report
        In the order they are stored (date, then document).

    Examples
    --------
    >>> edge_reports({"doc": "a|b", "evidence": "Peru met Chile.", "start_char": 5, "end_char": 8})[0].docs
    ('a', 'b')
    """
    raw = d.get("events")
    if isinstance(raw, str) and raw.strip():
        lines = _lines(d)
        return [Report.from_row(row, lines) for row in json.loads(raw)]
    docs = tuple(x for x in str(d.get("doc") or "").split("|") if x)
    day = str(d.get("first_date") or "")
    offsets = [d.get(name) for name in ("start_char", "end_char")]
    start, end = (int(x) if isinstance(x, (int, float, str)) and str(x).lstrip("-").isdigit() else -1
                  for x in offsets)
    return [Report(day, "document" if day else "none", docs or ("",), -1, start, end, str(d.get("modality") or ""),
                   str(d.get("rule") or ""), str(d.get("evidence") or ""))]


def check_day(value: str | None, name: str) -> str:
    """A ``--since``/``--until``/``--before`` value as ``YYYY-MM-DD`` (``""`` for none).

    Parameters
    ----------
    value
        ``YYYY-MM-DD`` or any full date :func:`graphkit.dates.document_date` reads, or ``None``.
    name
        The option's name, for the error message.

    Returns
    -------
    str
        The ISO date, or ``""`` when ``value`` is ``None`` or empty.

    Raises
    ------
    OptionError
        When ``value`` names no full date.

    Examples
    --------
    >>> check_day("2025-06-16", "since"), check_day("June 16, 2025", "since"), check_day(None, "until")
    ('2025-06-16', '2025-06-16', '')
    >>> check_day("June", "since")
    Traceback (most recent call last):
    ...
    graphkit.errors.OptionError: [G009] since='June' is not a date; use YYYY-MM-DD
    """
    from .dates import document_date

    if value is None or not str(value).strip():
        return ""
    day = document_date(str(value))
    if not day:
        raise OptionError(f"{name}={value!r} is not a date; use YYYY-MM-DD")
    return day


def _inside(day: str, since: str, until: str) -> bool:
    return bool(day) and (not since or day >= since) and (not until or day <= until)


def in_period(extractions: Iterable[Extraction], since: str = "", until: str = "") -> Iterator[Extraction]:
    """Extractions cut to a period: only the actions dated in it (``build --since/--until``).

    An undated action is left out. A document is kept when it has an action
    in the period or is itself dated in it; others are left out whole, with
    their actors and affiliations.

    Parameters
    ----------
    extractions
        A stream of extractions.
    since, until
        First and last day (ISO, inclusive); ``""`` leaves that end open.

    Yields
    ------
    Extraction
        The kept extractions, with the actions outside the period dropped.

    Examples
    --------
    >>> from graphkit.extraction import Extraction
    >>> from graphkit.actions import Action
    >>> act = lambda day: Action("d", "state:PER", "state:CHL", "warn", "VERB", False, "asserted", "threaten",
    ...                          "verbal-conflict", "Peru warned Chile.", 5, 11, "verb.object", 0, day, "document")
    >>> kept = in_period([Extraction("d", date="2025-06-16", actions=(act("2025-06-16"), act("2025-07-01")))],
    ...                  since="2025-06-01", until="2025-06-30")
    >>> [[a.date for a in e.actions] for e in kept]
    [['2025-06-16']]
    """
    import dataclasses

    for ex in extractions:
        kept = tuple(a for a in ex.actions if _inside(a.date, since, until))
        if kept or _inside(ex.date, since, until):
            yield ex if len(kept) == len(ex.actions) else dataclasses.replace(ex, actions=kept)


def date_range(G: nx.Graph) -> tuple[str, str]:
    """The first and last date of the graph's action edges, or ``("", "")`` when none is dated.

    Parameters
    ----------
    G
        A graphkit graph.

    Returns
    -------
    tuple of str
        ``(first_date, last_date)``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", first_date="2025-06-16", last_date="2025-06-20")
    0
    >>> G.add_edge("b", "c", first_date="2025-06-02", last_date="2025-06-03")
    0
    >>> date_range(G), date_range(nx.MultiDiGraph())
    (('2025-06-02', '2025-06-20'), ('', ''))
    """
    firsts = [str(d["first_date"]) for _, _, d in G.edges(data=True) if d.get("first_date")]
    lasts = [str(d["last_date"]) for _, _, d in G.edges(data=True) if d.get("last_date")]
    return (min(firsts), max(lasts)) if firsts and lasts else ("", "")


def halfway(G: nx.Graph) -> str:
    """The day halfway through the graph's dated span: split there, a corpus falls into two halves of time.

    Parameters
    ----------
    G
        A graphkit graph.

    Returns
    -------
    str
        The first day of the second half (ISO), or ``""`` when nothing is dated.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", first_date="2025-05-05", last_date="2025-06-14")
    0
    >>> halfway(G)
    '2025-05-25'
    """
    first, last = date_range(G)
    if not first:
        return ""
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    return (a + timedelta(days=((b - a).days + 1) // 2)).isoformat()


def week_start(day: str) -> str:
    """The Monday of an ISO date's week.

    Parameters
    ----------
    day
        ``YYYY-MM-DD``.

    Returns
    -------
    str
        The Monday on or before it, ``YYYY-MM-DD``.

    Examples
    --------
    >>> week_start("2025-06-19"), week_start("2025-06-16")
    ('2025-06-16', '2025-06-16')
    """
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def _cut_edge(d: dict, kept: list[Report]) -> dict:
    """An action edge's attributes recomputed over some of its reports."""
    docs = sorted({doc for r in kept for doc in r.docs})
    evid = kept[:_MAX_EVIDENCE]
    lines = [r.evidence for r in evid]
    out = dict(d, weight=sum(len(r.docs) for r in kept), doc="|".join(docs), documents=len(docs),
               reports=len(kept), evidence=kept[0].evidence, evidences="\n".join(lines),
               evidence_docs="|".join(r.docs[0] for r in evid), events=_events(kept, lines))
    for name in ("first_date", "last_date", "dates"):
        out.pop(name, None)
    days = sorted(r.date for r in kept if r.date)
    if days:
        out.update(first_date=days[0], last_date=days[-1], dates="|".join(days))
    return out


def period_graph(G: nx.MultiDiGraph, since: str = "", until: str = "") -> nx.MultiDiGraph:
    """A new graph of the reports dated in a period, and the actors they join.

    Each action edge keeps its reports dated from ``since`` to ``until``
    (inclusive; undated reports are left out), its ``weight``, ``doc``,
    ``documents``, ``reports``, evidence and dates recomputed over them; an
    edge with none is dropped. Affiliations between kept actors stay.

    Parameters
    ----------
    G
        A graphkit graph (not changed).
    since, until
        First and last day, ISO; ``""`` leaves that end open.

    Returns
    -------
    networkx.MultiDiGraph
        The period's graph, with ``G``'s graph attributes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> rows = [["2025-06-02", "document", ["a"], 0, 0, 4, "asserted", "verb.object", "Peru met Chile."],
    ...         ["2025-06-20", "document", ["b", "c"], 0, 0, 4, "asserted", "verb.object", "Peru met Chile again."]]
    >>> G.add_edge("state:PER", "state:CHL", key="action:meet", kind="action", events=json.dumps(rows), weight=3)
    'action:meet'
    >>> H = period_graph(G, since="2025-06-10")
    >>> d = H.edges["state:PER", "state:CHL", "action:meet"]
    >>> d["weight"], d["doc"], d["dates"]
    (2, 'b|c', '2025-06-20')
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    kept_edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("kind") != "action":
            continue
        kept = [r for r in edge_reports(d) if _inside(r.date, since, until)]
        if kept:
            kept_edges.append((u, v, k, _cut_edge(d, kept)))
    ends = {n for u, v, _, _ in kept_edges for n in (u, v)}
    for n in G.nodes:
        if n in ends:
            H.add_node(n, **G.nodes[n])
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("kind") == "affiliation" and u in ends and v in ends:
            kept_edges.append((u, v, k, dict(d)))
    for u, v, k, d in sorted(kept_edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        H.add_edge(u, v, key=k, **d)
    return H
