"""The event table as a file: CSV, JSON Lines or Parquet (one row per reported action).

The rows and columns are those of :func:`graphkit.event_table.events`
(README, "The event table"). What each format carries:

* CSV: a header line, then one row per event; an undated row has an empty
  ``date``, an unknown intensity an empty cell, booleans are ``True`` /
  ``False``. Read it with
  ``pandas.read_csv(path, parse_dates=["date"], keep_default_na=False)`` for
  the documented dtypes (without ``keep_default_na=False`` a text column
  that is empty in every row reads as float NaN).
* JSON Lines: one object per row; an undated ``date`` and an unknown
  ``intensity`` are ``null``. ``pandas.read_json(path, lines=True)`` parses
  ``date`` as datetime64.
* Parquet (needs ``pyarrow``: ``pip install 'graphkit[parquet]'``): typed
  columns, ``date`` a timestamp (null when undated).

The table is a view of the graph, not the graph: graphkit cannot read a
graph back from it.
"""
from __future__ import annotations

import csv
import json
import math
import os
from typing import Any

import networkx as nx

from ..event_table import COLUMNS, event_rows
from ._atomic import atomic_open

__all__ = ["write_events_csv", "write_events_jsonl", "write_events_parquet"]


def _cell(value: Any) -> Any:
    return "" if isinstance(value, float) and math.isnan(value) else value


def write_events_csv(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the event table of ``G`` as CSV (UTF-8, a header line), atomically.

    Parameters
    ----------
    G
        A graphkit graph, as built or read back: its action edges' ``events``
        give the rows.
    path
        Where the CSV goes (its folder is created when missing).

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:meet", kind="action", action="meet", category="consult", doc="d1",
    ...            evidence="A met B.", first_date="2025-06-16")
    'action:meet'
    >>> p = os.path.join(tempfile.mkdtemp(), "events.csv"); write_events_csv(G, p)
    >>> open(p, encoding="utf-8").read().splitlines()[1][:30]
    '2025-06-16,document,d1,d1,1,1,'
    """
    with atomic_open(path, "w") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow([name for name, _, _ in COLUMNS])
        for row in event_rows(G):
            out.writerow([_cell(row[name]) for name, _, _ in COLUMNS])


def write_events_jsonl(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the event table of ``G`` as JSON Lines (one object per row), atomically.

    Parameters
    ----------
    G
        The graph whose reports become the lines.
    path
        The ``.jsonl`` file to write.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:meet", kind="action", action="meet", category="met", doc="d1",
    ...            evidence="A met B.")
    'action:meet'
    >>> p = os.path.join(tempfile.mkdtemp(), "events.jsonl"); write_events_jsonl(G, p)
    >>> row = json.loads(open(p, encoding="utf-8").readline())
    >>> row["date"], row["intensity"], row["doc"]
    (None, None, 'd1')
    """
    with atomic_open(path, "w") as fh:
        for row in event_rows(G):
            row = {k: (None if v == "" and k == "date" else None if isinstance(v, float) and math.isnan(v) else v)
                   for k, v in row.items()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_events_parquet(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the event table of ``G`` as Parquet (typed columns), atomically; needs ``pyarrow``.

    Parameters
    ----------
    G
        The graph to tabulate.
    path
        The Parquet file; an existing one is replaced once the new one is written.

    Examples
    --------
    >>> import tempfile, os
    >>> import pyarrow.parquet as pq
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:meet", kind="action", action="meet", category="consult", doc="d1",
    ...            evidence="A met B.", first_date="2025-06-16")
    'action:meet'
    >>> p = os.path.join(tempfile.mkdtemp(), "events.parquet"); write_events_parquet(G, p)
    >>> pq.read_table(p).column("date").type, pq.read_table(p).column("intensity").to_pylist()
    (TimestampType(timestamp[ms]), [1.0])
    """
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"date": pa.timestamp("ms"), "str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind, _ in COLUMNS])
    rows = list(event_rows(G))
    data = {}
    for name, kind, _ in COLUMNS:
        values = [r[name] for r in rows]
        if kind == "date":
            values = [datetime.datetime.fromisoformat(v) if v else None for v in values]
        elif kind == "float":
            values = [None if math.isnan(v) else v for v in values]
        data[name] = values
    table = pa.Table.from_pydict(data, schema=schema)
    with atomic_open(path, "wb") as fh:
        pq.write_table(table, fh)
