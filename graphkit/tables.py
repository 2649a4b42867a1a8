"""Reading graphkit's knowledge tables: one reader for every TSV file under ``graphkit/data/``.

Every table is UTF-8 text, tab-separated, with ``#`` comment lines (which
document its columns) and one header line naming the columns. A row with the
wrong number of columns, or a file without the expected header, raises
:class:`~graphkit.errors.TableError` naming the file and the line.

Examples
--------
>>> rows = list(parse_rows("# a comment\\nword\\tclass\\nmove\\tact_noun\\n", "t.tsv", ("word", "class")))
>>> rows
[(3, ['move', 'act_noun'])]
>>> list(parse_rows("lemma\\n", "t.tsv", ("word", "class")))
Traceback (most recent call last):
...
graphkit.errors.TableError: [G008] t.tsv:1: expected the header 'word<TAB>class', got 'lemma'
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import TableError

__all__ = ["DATA_DIR", "parse_rows", "read_rows", "read_text"]

#: The folder of the packaged tables.
DATA_DIR = Path(__file__).resolve().parent / "data"


def parse_rows(text: str, source: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` of the data rows of a table's text.

    Parameters
    ----------
    text
        The whole table.
    source
        The name used in error messages (a file name).
    header
        The expected column names, in order.

    Yields
    ------
    tuple of (int, list of str)
        The 1-based line number and the row's fields, stripped of spaces.

    Raises
    ------
    TableError
        When the header is missing or wrong, or a row has another number of columns.

    Examples
    --------
    >>> list(parse_rows("a\\tb\\n1\\t 2 \\n", "x.tsv", ("a", "b")))
    [(2, ['1', '2'])]
    """
    seen_header = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if not seen_header:
            if tuple(fields) != header:
                raise TableError(f"{source}:{number}: expected the header {'<TAB>'.join(header)!r}, got {line!r}")
            seen_header = True
            continue
        if len(fields) != len(header):
            raise TableError(f"{source}:{number}: expected {len(header)} tab-separated columns "
                             f"({', '.join(header)}), got {len(fields)} in {line!r}")
        yield number, fields
    if not seen_header:
        raise TableError(f"{source}: no header line {'<TAB>'.join(header)!r} found")


def read_text(table: str | os.PathLike) -> tuple[str, str]:
    """The text of a table and the name to report it by.

    Parameters
    ----------
    table
        A bare file name (``"titles.tsv"``: the packaged table) or a path.

    Returns
    -------
    tuple of (str, str)
        The text and its source name (the file name for packaged tables, the path otherwise).

    Raises
    ------
    TableError
        When the file cannot be read.

    Examples
    --------
    >>> text, source = read_text("word_classes.tsv")
    >>> source, "act_noun" in text
    ('word_classes.tsv', True)
    """
    if isinstance(table, str) and os.sep not in table and "/" not in table:
        return (resources.files("graphkit") / "data" / table).read_text(encoding="utf-8"), table
    try:
        return Path(table).read_text(encoding="utf-8"), os.fspath(table)
    except (OSError, UnicodeDecodeError) as err:
        raise TableError(f"{os.fspath(table)}: cannot read the table ({err})") from err


def read_rows(table: str | os.PathLike, header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """The data rows of a packaged table (by file name) or of a table file (by path).

    Parameters
    ----------
    table
        As for :func:`read_text`.
    header
        The expected column names.

    Returns
    -------
    list of (int, list of str)
        ``(line number, fields)`` per data row, as :func:`parse_rows` yields them.

    Raises
    ------
    TableError
        When the file cannot be read or is malformed.

    Examples
    --------
    >>> rows = read_rows("word_classes.tsv", ("word", "class", "value"))
    >>> any(fields[:2] == ["move", "act_noun"] for _, fields in rows)
    True
    """
    text, source = read_text(table)
    return list(parse_rows(text, source, header))
