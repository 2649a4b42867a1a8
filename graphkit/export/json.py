"""JSON export and import: networkx node-link data.

Edges are written under ``"edges"`` (set explicitly both ways: networkx's
default changed between 3.4 and 3.6). Keys are sorted so the same graph gives
byte-identical files. JSON carries everything GraphML does, and nothing more.
"""
from __future__ import annotations

import json
import os

import networkx as nx

from ._atomic import atomic_open


def to_json(G: nx.MultiDiGraph) -> str:
    """The node-link JSON text of ``G`` (sorted keys, UTF-8 friendly).

    Parameters
    ----------
    G
        The graph.

    Returns
    -------
    str
        Indented JSON with sorted keys and a final newline: the same graph
        always gives the same text.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("state:CHE", label="Schweiz")
    >>> print(to_json(G))
    {
     "directed": true,
     "edges": [],
     "graph": {},
     "multigraph": true,
     "nodes": [
      {
       "id": "state:CHE",
       "label": "Schweiz"
      }
     ]
    }
    <BLANKLINE>
    """
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` as node-link JSON, atomically.

    Parameters
    ----------
    G
        The graph.
    path
        The output file.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="action:warn", kind="action")
    'action:warn'
    >>> p = os.path.join(tempfile.mkdtemp(), "g.json"); write_json(G, p)
    >>> list(read_json(p).edges(keys=True))
    [('a', 'b', 'action:warn')]
    """
    with atomic_open(path, "w") as fh:
        fh.write(to_json(G))


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graphkit node-link JSON file.

    Parameters
    ----------
    path
        A file :func:`write_json` wrote.

    Returns
    -------
    networkx.MultiDiGraph
        The graph, with its edge keys.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_node("state:CHE", label="Schweiz")
    >>> p = os.path.join(tempfile.mkdtemp(), "g.json"); write_json(G, p)
    >>> dict(read_json(p).nodes(data=True))
    {'state:CHE': {'label': 'Schweiz'}}
    """
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
