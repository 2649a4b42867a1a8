"""Atomic file writes: a temporary file in the target's folder, then ``os.replace``.

An interrupted or failing write never leaves a half-written file and never
touches an existing output until the new one is complete.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; rename it over ``path`` on success.

    Parameters
    ----------
    path
        The file to write; its folder is created if missing.
    mode
        ``"w"`` (text) or ``"wb"`` (bytes).
    encoding
        The text encoding (text mode only); newlines are written as given.

    Yields
    ------
    file object
        The temporary file. When the block raises, it is removed and
        ``path`` is left as it was.

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> with atomic_open(os.path.join(d, "a.txt")) as fh:
    ...     _ = fh.write("hello")
    >>> open(os.path.join(d, "a.txt")).read()
    'hello'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if "b" in mode:
            fh = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding, newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically.

    Parameters
    ----------
    path
        The file to write.
    text
        Its new content.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "sub", "a.txt"); atomic_write_text(p, "Zürich")
    >>> open(p, encoding="utf-8").read()
    'Zürich'
    """
    with atomic_open(path, "w") as fh:
        fh.write(text)
