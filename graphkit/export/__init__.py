"""Exporters: one module per format, each with ``write_<format>(G, path)``; writes are atomic."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import networkx as nx

from ..errors import UnknownFormatError

#: Output formats by file extension.
FORMATS = (".html", ".graphml", ".json")


def writer_for(path: str | os.PathLike) -> Callable[[nx.MultiDiGraph, str | os.PathLike], None]:
    """The writer for ``path``'s extension.

    Raises
    ------
    UnknownFormatError
        When the extension is not one of :data:`FORMATS`.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        from .graphml import write_graphml
        return write_graphml
    if suffix == ".json":
        from .json import write_json
        return write_json
    if suffix in (".html", ".htm"):
        from .html import write_html
        return write_html
    raise UnknownFormatError(
        f"cannot write {str(path)!r}: unknown format {suffix or '(no extension)'!r}; "
        f"use one of {', '.join(FORMATS)}")


def write(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` to ``path`` in the format its extension names (.html, .graphml, .json)."""
    writer_for(path)(G, path)


def read(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph graphkit wrote (.graphml or .json)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        from .graphml import read_graphml
        return read_graphml(path)
    if suffix == ".json":
        from .json import read_json
        return read_json(path)
    raise UnknownFormatError(f"cannot read {str(path)!r}: unknown format {suffix!r}; use .graphml or .json")
