"""The event table: one row per reported action, like the rows of GDELT, ICEWS or POLECAT.

Rows come from the reports each action edge keeps (its ``events``
attribute, :mod:`graphkit.timeline`), so a graph read back from GraphML or
JSON gives the same table as the graph that was built. A sentence syndicated
in several documents is one row (``sources`` counts the documents carrying
it, ``docs`` names them); ``documents`` counts the distinct documents that
report the edge at all.

The columns, their types and meaning are :data:`COLUMNS` (and the README's
"The event table"). ``intensity`` is the category's value on PLOVER's
-10..+10 scale, from ``graphkit/data/intensity.tsv`` (PLOVER's category names
and graphkit's both work). ``source_sector`` and ``target_sector`` come from
the edge's ``source_sector``/``target_sector`` or the node's ``sector``
when the graph has them, else they are empty.

Examples
--------
>>> import networkx as nx, json
>>> G = nx.MultiDiGraph()
>>> G.add_node("state:PER", label="Peru", type="state", iso3="PER")
>>> G.add_node("state:CHL", label="Chile", type="state", iso3="CHL")
>>> rows = [["2025-06-16", "sentence", ["a", "b"], 0, 5, 13, "asserted", "verb.object", "Peru attacked Chile."]]
>>> G.add_edge("state:PER", "state:CHL", key="action:attack", kind="action", action="attack", negated=False,
...            category="assault", quad="material-conflict", documents=2, events=json.dumps(rows))
'action:attack'
>>> row = next(event_rows(G))
>>> row["date"], row["source_label"], row["action"], row["target_iso3"], row["intensity"], row["sources"]
('2025-06-16', 'Peru', 'attack', 'CHL', -9.7, 2)
"""
from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, Iterator, Mapping

import networkx as nx

from .analysis import _truthy
from .tables import read_rows
from .timeline import edge_reports

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["COLUMNS", "intensity", "load_intensity", "event_rows", "events"]

#: The event table's columns: (name, type, meaning). Types: ``date`` (ISO text in CSV/JSONL, datetime64 in
#: pandas, empty/null/NaT when undated), ``str``, ``int``, ``float`` (NaN when unknown) and ``bool``.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("date", "date", "the day the action happened (its sentence's date, else its document's)"),
    ("date_source", "str", "where the date came from: sentence, document or none"),
    ("doc", "str", "the document the row's sentence, offsets and evidence come from"),
    ("docs", "str", "every document carrying this same sentence, joined by |"),
    ("sources", "int", "how many documents carry this same sentence"),
    ("documents", "int", "how many distinct documents report this action between these actors"),
    ("sentence", "int", "the sentence's number in doc (0-based)"),
    ("start_char", "int", "offset of the action word in doc"),
    ("end_char", "int", "end offset of the action word in doc"),
    ("source_id", "str", "the acting actor's node id"),
    ("source_label", "str", "its name"),
    ("source_type", "str", "person, state, organization, location or other"),
    ("source_iso3", "str", "ISO 3166 alpha-3 code of a state, else empty"),
    ("source_sector", "str", "its sector (GOV, MIL, ...) when the graph has one, else empty"),
    ("action", "str", "the action word (verb lemma or event noun)"),
    ("category", "str", "the action category"),
    ("quad", "str", "the quad class"),
    ("intensity", "float", "the category's value on the -10 (conflict) .. +10 (cooperation) scale"),
    ("negated", "bool", "the text says it did not or will not happen"),
    ("modality", "str", "asserted, hypothetical or reported"),
    ("target_id", "str", "the node id of the actor acted on"),
    ("target_label", "str", "its name"),
    ("target_type", "str", "its type"),
    ("target_iso3", "str", "its ISO 3166 alpha-3 code, else empty"),
    ("target_sector", "str", "its sector, else empty"),
    ("evidence", "str", "the sentence"),
    ("rule", "str", "the construction it was read by"),
)


@functools.lru_cache(maxsize=1)
def load_intensity() -> Mapping[str, float]:
    """The intensity of each category, from ``graphkit/data/intensity.tsv`` (read once).

    Returns
    -------
    Mapping of str to float
        Lower-case category -> intensity; treat it as read-only.

    Raises
    ------
    TableError
        When the table is malformed.

    Examples
    --------
    >>> load_intensity()["assault"], load_intensity()["retreat"], load_intensity()["communicate"]
    (-9.7, 5.0, 0.0)
    """
    return {fields[0].lower(): float(fields[1])
            for _, fields in read_rows("intensity.tsv", ("category", "intensity", "basis"))}


def intensity(category: str, quad: str = "") -> float:
    """A category's intensity on the -10..+10 scale, whichever naming it uses; NaN when it has none.

    Parameters
    ----------
    category
        A PLOVER category (``"ASSAULT"``) or graphkit's (``"assault"``).
    quad
        The action's quad class: a category whose quad can differ (a ``request`` is an appeal when
        verbal-cooperation, a demand when verbal-conflict) has a row per quad, ``category/quad``.

    Returns
    -------
    float
        Its value, or ``nan`` for a category the table does not list.

    Examples
    --------
    >>> intensity("ASSAULT"), intensity("aid"), intensity("affiliation")
    (-9.7, 7.0, nan)
    >>> intensity("request", "verbal-cooperation"), intensity("request", "verbal-conflict")
    (3.0, -5.0)
    """
    table, name = load_intensity(), str(category).strip().lower()
    return table.get(f"{name}/{str(quad).strip().lower()}", table.get(name, math.nan))


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _count(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _actor(G: nx.Graph, n: Any, d: Mapping[str, Any], end: str) -> dict[str, str]:
    node = G.nodes[n]
    return {f"{end}_id": str(n), f"{end}_label": _text(node.get("label")) or str(n),
            f"{end}_type": _text(node.get("type")), f"{end}_iso3": _text(node.get("iso3")),
            f"{end}_sector": _text(d.get(f"{end}_sector")) or _text(node.get("sector"))}


def event_rows(G: nx.Graph) -> Iterator[dict[str, Any]]:
    """The rows of the event table of ``G`` as dicts (no pandas needed).

    Parameters
    ----------
    G
        A graphkit graph, as built or as read back from GraphML or JSON.

    Yields
    ------
    dict
        One per report of an action edge, keys in :data:`COLUMNS` order; an
        undated row has ``date`` ``""`` and an unknown intensity is ``nan``.
        Rows come sorted by date (undated last), document and offset.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:meet", kind="action", action="meet", category="consult", doc="d1",
    ...            evidence="A met B.", start_char=2, end_char=5)
    'action:meet'
    >>> [(r["doc"], r["date"], r["intensity"]) for r in event_rows(G)]
    [('d1', '', 1.0)]
    """
    rows = []
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, _k, d in edges:
        if str(d.get("kind", "action")) != "action":
            continue
        common = {"documents": _count(d.get("documents"), 0), "action": _text(d.get("action")),
                  "category": _text(d.get("category")), "quad": _text(d.get("quad")),
                  "intensity": intensity(_text(d.get("category")), _text(d.get("quad"))), "negated": _truthy(d.get("negated", False))}
        source, target = _actor(G, u, d, "source"), _actor(G, v, d, "target")
        for r in edge_reports(d):
            row = {"date": r.date, "date_source": r.date_source, "doc": r.docs[0], "docs": "|".join(r.docs),
                   "sources": len(r.docs), "sentence": r.sentence, "start_char": r.start_char,
                   "end_char": r.end_char, "modality": r.modality or _text(d.get("modality")),
                   "evidence": r.evidence, "rule": r.rule}
            row.update(common, **source, **target)
            if not row["documents"]:
                row["documents"] = len(r.docs)
            rows.append({name: row[name] for name, _, _ in COLUMNS})
    rows.sort(key=lambda r: (not r["date"], r["date"], r["doc"], r["start_char"], r["end_char"], r["source_id"],
                             r["target_id"], r["action"], r["negated"]))
    yield from rows


def events(G: nx.Graph) -> "pd.DataFrame":
    """The event table of ``G`` as a pandas DataFrame (``graphkit.events(G)``).

    The same rows and dtypes as the CSV read with
    ``pandas.read_csv(path, parse_dates=["date"], keep_default_na=False)``:
    ``date`` datetime64 (NaT when undated), text columns strings, counts
    int64, ``intensity`` float64, ``negated`` bool.

    Parameters
    ----------
    G
        A graphkit graph, as built or read back.

    Returns
    -------
    pandas.DataFrame
        One row per report, columns as :data:`COLUMNS`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:meet", kind="action", action="meet", category="consult", doc="d1",
    ...            first_date="2025-06-16", evidence="A met B.")
    'action:meet'
    >>> df = events(G)
    >>> df.loc[0, "date"].isoformat(), str(df["intensity"].dtype), str(df["negated"].dtype)
    ('2025-06-16T00:00:00', 'float64', 'bool')
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("graphkit.events needs pandas: pip install 'graphkit[analysis]'") from None
    rows = list(event_rows(G))
    types = {"int": "int64", "float": "float64", "bool": "bool"}
    columns = {}
    for name, kind, _ in COLUMNS:
        values = [r[name] for r in rows]
        if kind == "date":
            columns[name] = pd.to_datetime(pd.Series([v or None for v in values], dtype=object), format="%Y-%m-%d")
        elif kind in types:
            columns[name] = pd.Series(values, dtype=types[kind])
        else:
            columns[name] = pd.Series(values, dtype=str)
    return pd.DataFrame(columns)
