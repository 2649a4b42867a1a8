"""Exporters: one module per format, each with ``write_<format>(G, path, *, options)``; writes are atomic.

Graphs: ``.html`` (the view), ``.graphml``, ``.json`` (both read back by
:func:`read`), ``.gexf`` (Gephi, dynamic when dated). The event table of a
graph (one row per reported action): ``.csv``, ``.jsonl``, ``.parquet``
(``pyarrow`` needed).

A writer declares the options it takes as its keyword-only parameters
(``write_html(G, path, *, title, max_nodes)``; GraphML and JSON take none).
:func:`write` picks the writer from the path's extension and passes it the
options it takes, so one call site can pass the same options to every output.
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from ..errors import UnknownFormatError, UnknownOptionError

#: Output formats by file extension.
FORMATS = (".html", ".graphml", ".json", ".gexf", ".csv", ".jsonl", ".parquet")

#: The writer of each extension: module of this package and function (imported when first used).
_WRITERS = {".graphml": ("graphml", "write_graphml"), ".json": ("json", "write_json"),
            ".html": ("html", "write_html"), ".htm": ("html", "write_html"), ".gexf": ("gexf", "write_gexf"),
            ".csv": ("events", "write_events_csv"), ".jsonl": ("events", "write_events_jsonl"),
            ".parquet": ("events", "write_events_parquet")}
#: Extensions whose writer needs an optional package: (import name, the extra that installs it).
_NEEDS = {".parquet": ("pyarrow", "parquet")}

Writer = Callable[..., None]


def _load(suffix: str) -> Writer:
    module, name = _WRITERS[suffix]
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def writer_for(path: str | os.PathLike) -> Writer:
    """The writer for ``path``'s extension.

    Parameters
    ----------
    path
        An output path; its extension (any case) names the format.

    Returns
    -------
    callable
        ``write_<format>(G, path, **options)``.

    Raises
    ------
    UnknownFormatError
        When the extension is not one of :data:`FORMATS` (or ``.htm``), or
        its writer needs a package that is not installed (``.parquet``: pyarrow).

    Examples
    --------
    >>> writer_for("out/graph.GraphML").__name__, writer_for("out/events.csv").__name__
    ('write_graphml', 'write_events_csv')
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _WRITERS:
        raise UnknownFormatError(
            f"cannot write {str(path)!r}: unknown format {suffix or '(no extension)'!r}; "
            f"use one of {', '.join(FORMATS)}")
    if suffix in _NEEDS and importlib.util.find_spec(_NEEDS[suffix][0]) is None:
        package, extra = _NEEDS[suffix]
        raise UnknownFormatError(f"cannot write {str(path)!r}: {suffix} needs {package} "
                                 f"(pip install 'graphkit[{extra}]')")
    return _load(suffix)


def writer_options(writer: Writer) -> tuple[str, ...]:
    """The options a writer takes: the names of its keyword-only parameters.

    Parameters
    ----------
    writer
        A writer, e.g. from :func:`writer_for`.

    Returns
    -------
    tuple of str
        The option names, in the order of the signature.

    Examples
    --------
    >>> writer_options(writer_for("g.html")), writer_options(writer_for("g.json"))
    (('title', 'max_nodes'), ())
    """
    return tuple(p.name for p in inspect.signature(writer).parameters.values() if p.kind is p.KEYWORD_ONLY)


def write(G: nx.MultiDiGraph, path: str | os.PathLike, **options: Any) -> None:
    """Write ``G`` to ``path`` in the format its extension names (:data:`FORMATS`).

    Parameters
    ----------
    G
        The graph.
    path
        The output file; its folder is created if missing, and an existing
        file is replaced only once the new one is complete.
    **options
        Options of the writers (see :func:`writer_options`), e.g. ``title``
        and ``max_nodes`` of :func:`graphkit.export.html.write_html`. An
        option that only another format takes is ignored for this one, so the
        same options can be passed for every output.

    Raises
    ------
    UnknownFormatError
        When the extension names no format graphkit writes.
    UnknownOptionError
        When an option is taken by no writer at all; the message lists the
        valid ones.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="action:warn", kind="action")
    'action:warn'
    >>> d = tempfile.mkdtemp()
    >>> for name in ("g.json", "g.html"):  # max_nodes cuts the HTML view; JSON ignores it
    ...     write(G, os.path.join(d, name), max_nodes=1)
    >>> read(os.path.join(d, "g.json")).number_of_nodes()
    2
    >>> "showing 1 of 2 actors" in open(os.path.join(d, "g.html"), encoding="utf-8").read()
    True
    """
    writer = writer_for(path)
    if options:
        taken = writer_options(writer)
        known = {name: sfx for sfx in FORMATS for name in writer_options(_load(sfx))}
        unknown = sorted(set(options) - set(known))
        if unknown:
            valid = ", ".join(f"{name} ({known[name]})" for name in sorted(known)) or "none"
            raise UnknownOptionError(f"write() takes no option {', '.join(map(repr, unknown))}; valid: {valid}")
        options = {name: value for name, value in options.items() if name in taken}
    writer(G, path, **options)


def read(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph graphkit wrote (.graphml or .json).

    Parameters
    ----------
    path
        A ``.graphml`` or ``.json`` file written by :func:`write`.

    Returns
    -------
    networkx.MultiDiGraph
        The graph, with its edge keys.

    Raises
    ------
    UnknownFormatError
        When the extension is neither ``.graphml`` nor ``.json`` (an HTML
        view cannot be read back).

    Examples
    --------
    Both formats give the same graph back:

    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_edge("state:PER", "state:CHL", key="action:thank", weight=2)
    'action:thank'
    >>> d = pathlib.Path(tempfile.mkdtemp()); write(G, d / "g.graphml"); write(G, d / "g.json")
    >>> [list(read(d / name).edges(keys=True, data="weight")) for name in ("g.graphml", "g.json")]
    [[('state:PER', 'state:CHL', 'action:thank', 2)], [('state:PER', 'state:CHL', 'action:thank', 2)]]
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        from .graphml import read_graphml
        return read_graphml(path)
    if suffix == ".json":
        from .json import read_json
        return read_json(path)
    raise UnknownFormatError(f"cannot read {str(path)!r}: unknown format {suffix!r}; use .graphml or .json")
