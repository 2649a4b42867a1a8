"""GraphML export and import.

GraphML carries only scalar attributes (string, int, float, bool): lists are
written joined with ``|`` (``aliases``, ``doc``, ``role``) and evidence
sentences with newlines (``evidences``); nothing is written as a Python repr.
XML 1.0 cannot hold control characters even escaped: they are written as
U+FFFD, so a text with them does not read back byte for byte.
Every edge has a unique ``id`` (``source|target|kind:action[:not]``) so that
Gephi and yEd keep parallel edges. Read back with :func:`read_graphml`.
"""
from __future__ import annotations

import io
import os
import re

import networkx as nx

from ._atomic import atomic_open


#: Characters XML 1.0 cannot hold, even escaped (controls, surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value):
    if isinstance(value, (list, tuple, set)):
        value = "|".join(map(str, value))
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with None dropped, lists joined and XML-invalid characters replaced,
    so the writer never meets a value GraphML cannot carry."""
    H = nx.MultiDiGraph()
    fix = lambda d: {k: _xml_safe(v) for k, v in d.items() if v is not None}  # noqa: E731
    H.graph.update(fix(G.graph))
    for n, d in G.nodes(data=True):
        H.add_node(_xml_safe(n), **fix(d))
    for u, v, k, d in G.edges(keys=True, data=True):
        d = fix(d)
        d.setdefault("id", f"{u}|{v}|{k}")
        d["id"] = _xml_safe(d["id"])
        H.add_edge(_xml_safe(u), _xml_safe(v), key=_xml_safe(k), **d)
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` as GraphML, atomically.

    Parameters
    ----------
    G
        The graph; lists are written joined with ``|``, ``None`` values are
        left out (see the module docstring).
    path
        The output file.

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
    """Read a graphkit GraphML file back into a ``MultiDiGraph`` (edge keys from their ids).

    Parameters
    ----------
    path
        A file :func:`write_graphml` wrote (other GraphML reads too; its edge
        keys are then networkx's).

    Returns
    -------
    networkx.MultiDiGraph
        The graph, each edge under the key it was written with.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="action:warn", doc=["d1", "d2"])
    'action:warn'
    >>> p = os.path.join(tempfile.mkdtemp(), "g.graphml"); write_graphml(G, p)
    >>> list(read_graphml(p).edges(keys=True, data="doc"))
    [('a', 'b', 'action:warn', 'd1|d2')]
    """
    G = nx.read_graphml(path, force_multigraph=True)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        key = d.get("id", k)
        key = key.split("|", 2)[2] if isinstance(key, str) and key.count("|") >= 2 else key
        H.add_edge(u, v, key=key, **d)
    return H
