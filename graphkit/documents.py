"""Documents: what graphkit reads, and reading them from files, folders and stdin.

A :class:`Document` is plain data (id, text, title, date, source) so it can
cross process boundaries. Readers are generators: a bad input is reported
through ``on_error`` as an :class:`~graphkit.errors.InputError` and the run
goes on with the rest.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from charset_normalizer import from_bytes

from .errors import InputError

#: File endings read as plain-text articles when a folder is given.
TEXT_SUFFIXES = (".txt", ".md")

ErrorHandler = Callable[[InputError], None]


@dataclass(frozen=True)
class Document:
    """One article.

    Examples
    --------
    >>> Document(id="a.txt", text="Iran warned Israel.").title
    ''
    """

    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""


def _raise(err: InputError) -> None:
    raise err


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-8 (BOM allowed), else as the charset charset-normalizer detects.

    Raises
    ------
    InputError
        When the bytes are binary or no charset decodes them.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "cannot decode: no text encoding fits these bytes")
    return str(best)


def _title_of(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def read_path(path: Path, doc_id: str) -> Document:
    """Read one text file into a :class:`Document`.

    Raises
    ------
    InputError
        When the file cannot be read, is binary or empty.
    """
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file or folder") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    text = decode_bytes(data, source)
    if not text.strip():
        raise InputError(source, "empty file: no text to read")
    return Document(id=doc_id, text=text, title=_title_of(text), source=source)


def iter_documents(
    inputs: Iterable[str | os.PathLike],
    *,
    on_error: ErrorHandler | None = None,
    stdin: Iterable[str] | None = None,
) -> Iterator[Document]:
    """Yield a :class:`Document` for every readable article among ``inputs``.

    Parameters
    ----------
    inputs
        Files, folders (searched recursively for ``*.txt`` and ``*.md``, in
        sorted order) or ``"-"`` for standard input.
    on_error
        Called with an :class:`InputError` for each input that cannot be read;
        the default raises it.
    stdin
        Text stream used for ``"-"`` (defaults to ``sys.stdin``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Iran warned Israel.")
    >>> [doc.id for doc in iter_documents([d])]
    ['a.txt']
    """
    handle = on_error or _raise
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin
            text = "".join(stream)
            if not text.strip():
                handle(InputError("<stdin>", "empty input: no text to read"))
                continue
            yield Document(id="stdin", text=text, title=_title_of(text), source="<stdin>")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                handle(InputError(str(path), f"folder holds no {' or '.join(TEXT_SUFFIXES)} files"))
            for file in files:
                try:
                    yield read_path(file, file.relative_to(path).as_posix())
                except InputError as err:
                    handle(err)
            continue
        try:
            yield read_path(path, path.name)
        except InputError as err:
            handle(err)
