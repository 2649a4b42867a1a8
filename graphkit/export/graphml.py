"""GraphML export and import.

GraphML carries only scalar attributes (string, int, float, bool): lists are
written joined with ``|`` (``aliases``, ``doc``, ``role``) and evidence
sentences with newlines (``evidences``); nothing is written as a Python repr.
Every edge has a unique ``id`` (``source|target|kind:action[:not]``) so that
Gephi and yEd keep parallel edges. Read back with :func:`read_graphml`.
"""
from __future__ import annotations

import io
import os

import networkx as nx

from ._atomic import atomic_open


def _scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with None dropped and any list joined, so the writer never meets a non-scalar."""
    H = nx.MultiDiGraph()
    fix = lambda d: {k: ("|".join(map(str, v)) if isinstance(v, (list, tuple, set)) else v)  # noqa: E731
                     for k, v in d.items() if v is not None}
    H.graph.update(fix(G.graph))
    for n, d in G.nodes(data=True):
        H.add_node(n, **fix(d))
    for u, v, k, d in G.edges(keys=True, data=True):
        d = fix(d)
        d.setdefault("id", f"{u}|{v}|{k}")
        H.add_edge(u, v, key=k, **d)
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` as GraphML, atomically.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="action:warn", kind="action", negated=False)
    'action:warn'
    >>> p = os.path.join(tempfile.mkdtemp(), "g.graphml"); write_graphml(G, p)
    >>> read_graphml(p).edges["a", "b", "action:warn"]["negated"]
    False
    """
    buf = io.BytesIO()
    nx.write_graphml_xml(_scalar_graph(G), buf, edge_id_from_attribute="id")
    with atomic_open(path, "wb") as fh:
        fh.write(buf.getvalue())


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graphkit GraphML file back into a ``MultiDiGraph`` (edge keys from their ids)."""
    G = nx.read_graphml(path, force_multigraph=True)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        key = d.get("id", k)
        key = key.split("|", 2)[2] if isinstance(key, str) and key.count("|") >= 2 else key
        H.add_edge(u, v, key=key, **d)
    return H
