"""GEXF export: Gephi's own format, dynamic when the graph has dates.

Nodes and edges carry the graph's attributes (typed: string, integer,
boolean), the edge's ``weight`` and ``label`` (the action) as GEXF's own.
When action edges are dated, the graph is written in GEXF's dynamic mode
(``timeformat="date"``): every dated edge has one spell per day it was
reported (``<spell start="2025-06-16" end="2025-06-16"/>``) and every actor
the spells of its dated edges, so Gephi's timeline plays the graph. Undated
edges and actors without a dated edge have no spell: Gephi shows them at
every time.

What the format cannot carry: the per-report records of an edge
(``events``; write GraphML or JSON for those) are left out. Characters XML
1.0 cannot hold are written as U+FFFD (as in GraphML). Read it back with
``networkx.read_gexf``; graphkit itself does not read GEXF.
"""
from __future__ import annotations

import io
import os
import re
from collections import defaultdict

import networkx as nx

from ._atomic import atomic_open
from .graphml import _scalar_graph

__all__ = ["write_gexf", "gexf_graph"]

#: Edge attributes not written to GEXF (see the module docstring).
LEFT_OUT = ("events",)


def gexf_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The copy of ``G`` that :func:`write_gexf` writes: scalars only, spells from the dates.

    Parameters
    ----------
    G
        A graphkit graph (not changed).

    Returns
    -------
    networkx.MultiDiGraph
        Edges carry ``label`` (the action) and, when dated, ``spells``; nodes
        the spells of their dated edges.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:warn", action="warn", dates="2025-06-16|2025-06-16|2025-06-20")
    'action:warn'
    >>> H = gexf_graph(G)
    >>> H.edges["a", "b", "action:warn"]["spells"], H.nodes["a"]["spells"]
    ([('2025-06-16', '2025-06-16'), ('2025-06-20', '2025-06-20')], [('2025-06-16', '2025-06-16'), ('2025-06-20', '2025-06-20')])
    """
    H = _scalar_graph(G)
    days: dict[object, set[str]] = defaultdict(set)
    for u, v, _k, d in H.edges(keys=True, data=True):
        for name in LEFT_OUT:
            d.pop(name, None)
        if d.get("action") and "label" not in d:
            d["label"] = d["action"]
        dated = sorted({x for x in str(d.get("dates") or "").split("|") if x})
        if dated:
            d["spells"] = [(x, x) for x in dated]
            days[u].update(dated)
            days[v].update(dated)
    for n, dated in days.items():
        H.nodes[n]["spells"] = [(x, x) for x in sorted(dated)]
    return H


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` as GEXF 1.2 (dynamic when dated), atomically.

    Parameters
    ----------
    G
        A graph graphkit built (or any graph with scalar attributes).
    path
        The ``.gexf`` file Gephi opens.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="Peru"); G.add_node("b", label="Chile")
    >>> G.add_edge("a", "b", key="action:warn", id="a|b|action:warn", action="warn", weight=2, dates="2025-06-16")
    'action:warn'
    >>> p = os.path.join(tempfile.mkdtemp(), "g.gexf"); write_gexf(G, p)
    >>> H = nx.read_gexf(p)
    >>> [(u, v, d["weight"], d["spells"]) for u, v, d in H.edges(data=True)]
    [('a', 'b', 2.0, [('2025-06-16', '2025-06-16')])]
    """
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(G), buf)
    # networkx stamps today's date: without it the same graph always gives the same file.
    data = re.sub(rb'<meta lastmodifieddate="[^"]*">', b"<meta>", buf.getvalue(), count=1)
    with atomic_open(path, "wb") as fh:
        fh.write(data)
