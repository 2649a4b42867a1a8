"""Extraction cache: each document's extraction kept by the hash of its text.

``graphkit build --cache DIR`` (``build_graph(..., cache=DIR)``) keeps the
:class:`~graphkit.extraction.Extraction` of every parsed article in one
SQLite file, ``DIR/graphkit-cache.sqlite3`` (WAL mode, one table), so that
rebuilding a grown corpus parses only the new articles.

* The key is the SHA-256 of the text and the *extractor fingerprint*
  (:func:`extractor_fingerprint`): :data:`EXTRACTOR_VERSION`, the spaCy
  pipeline's name and version, the spaCy version, the versions of the
  libraries the gazetteer and name parser come from, and a hash of graphkit's
  source and data (:func:`source_hash`: every ``*.py`` of the package and
  every file under ``graphkit/data/``). Change any of them and the old
  entries are simply not found any more (they stay in the file; delete it to
  reclaim the space).
* A cached extraction is re-labelled with the id, title, date, source and
  url of the document that asks for it: the same text under two ids gives two documents.
* Values are zlib-compressed JSON of the plain dataclasses (never pickle:
  opening a cache runs no code from it). An entry that cannot be decoded is
  treated as missing (:class:`CacheEntryError`) and written again.
* Several processes may share one cache: writes are transactions, readers do
  not block the writer (WAL), and a busy database is waited for.
* A file that is not a graphkit cache (corrupt, truncated, not SQLite,
  unreadable) raises :class:`CacheError`, one line naming the file.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .actions import Action
from .actors import Actor, Affiliation, Mention
from .dates import date_extraction
from .documents import Document
from .errors import CacheEntryError, CacheError
from .extraction import Extraction

#: Bump when the extraction changes in a way the other parts of the
#: fingerprint do not show (they already cover code, data and model).
EXTRACTOR_VERSION = "1"

#: File name of the cache inside its folder.
CACHE_FILE = "graphkit-cache.sqlite3"

#: Seconds a write waits for another process holding the database.
BUSY_TIMEOUT = 60.0

#: The graphkit package folder, whose source and data the fingerprint hashes.
PACKAGE_ROOT = Path(__file__).resolve().parent

#: Dataclasses an entry may hold, by name.
_TYPES: dict[str, type] = {cls.__name__: cls for cls in (Extraction, Actor, Mention, Affiliation, Action)}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    text_sha256 TEXT NOT NULL,
    extractor   TEXT NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (text_sha256, extractor)
) WITHOUT ROWID
"""


def text_key(text: str) -> str:
    """SHA-256 (hex) of a document's text, the cache key.

    Parameters
    ----------
    text
        The text (lone surrogates allowed).

    Returns
    -------
    str
        64 hex digits.

    Examples
    --------
    >>> text_key("Peru thanked Chile.")[:12]
    '53e967c5b725'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_key(document: Document) -> str:
    """The cache key of a document: :func:`text_key` of its text, and where a piece of a long text starts.

    A piece's extraction holds the article's character offsets, so the same
    text at another place of an article is another entry.

    Parameters
    ----------
    document
        A document, or a piece of one (:func:`graphkit.nlp.split_document`).

    Returns
    -------
    str
        64 hex digits; :func:`text_key` of the text for a whole document.

    Examples
    --------
    >>> document_key(Document("a", "Peru thanked Chile.")) == text_key("Peru thanked Chile.")
    True
    >>> document_key(Document("a", "Peru thanked Chile.", offset=400)) == text_key("Peru thanked Chile.")
    False
    """
    if not document.offset:
        return text_key(document.text)
    return text_key(f"{document.text}\0@{document.offset}")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return ""


def source_files(root: str | os.PathLike = PACKAGE_ROOT) -> list[str]:
    """The files of a graphkit package folder that the fingerprint hashes, as sorted relative paths.

    Every ``*.py`` below ``root`` (whatever the package's modules and
    sub-packages are) and every file below ``root/data``.

    Parameters
    ----------
    root
        The package folder (default: the installed ``graphkit``).

    Returns
    -------
    list of str
        POSIX paths relative to ``root``, sorted.

    Examples
    --------
    >>> files = source_files()
    >>> "cache.py" in files, "export/html.py" in files, "data/titles.tsv" in files
    (True, True, True)
    """
    base = Path(root)
    found = {p for p in base.rglob("*.py") if p.is_file()} | {p for p in (base / "data").rglob("*") if p.is_file()}
    return sorted(p.relative_to(base).as_posix() for p in found)


@lru_cache(maxsize=None)
def source_hash(root: str | os.PathLike = PACKAGE_ROOT) -> str:
    """SHA-256 of graphkit's source and data: each of :func:`source_files`' paths and contents.

    Computed once per process and folder (a build reads it once per run;
    the files do not change under a running process).

    Parameters
    ----------
    root
        As for :func:`source_files`.

    Returns
    -------
    str
        The SHA-256 hex digest.

    Examples
    --------
    >>> len(source_hash()), source_hash() == source_hash(PACKAGE_ROOT)
    (64, True)
    """
    base = Path(root)
    h = hashlib.sha256()
    for name in source_files(base):
        data = (base / name).read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode("utf-8", "surrogateescape"))  # the length: no two file lists collide
        h.update(data)
    return h.hexdigest()


def extractor_fingerprint(model: str, *, root: str | os.PathLike = PACKAGE_ROOT) -> str:
    """What an extraction depends on besides the text, as one short string.

    Parameters
    ----------
    model
        The pipeline's weights and added components (see
        :func:`graphkit.nlp.pipeline_identity`, e.g.
        ``en_core_web_sm==3.8.0+graphkit_line_breaks``).
    root
        The graphkit package folder whose source and data are hashed
        (:func:`source_hash`; default: the installed one).

    Returns
    -------
    str
        ``v<EXTRACTOR_VERSION>-`` and 24 hex digits.

    Examples
    --------
    >>> a = extractor_fingerprint("en_core_web_sm==3.8.0")
    >>> a == extractor_fingerprint("en_core_web_sm==3.8.0"), a == extractor_fingerprint("en_core_web_md==3.8.0")
    (True, False)
    """
    import spacy

    parts = [f"graphkit-extractor={EXTRACTOR_VERSION}", f"model={model}", f"spacy={spacy.__version__}",
             f"countryinfo={_version('countryinfo')}", f"nameparser={_version('nameparser')}",
             f"code+data={source_hash(Path(root))}"]
    return f"v{EXTRACTOR_VERSION}-" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


# -- values: zlib-compressed JSON of the dataclasses --------------------------------------------


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {"@": type(obj).__name__}
        for f in dataclasses.fields(obj):
            out[f.name] = _plain(getattr(obj, f.name))
        return out
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {"@map": [[k, _plain(v)] for k, v in obj.items()]}
    return obj


def _rich(obj: Any) -> Any:
    if isinstance(obj, list):
        return tuple(_rich(x) for x in obj)
    if isinstance(obj, dict):
        if "@map" in obj:
            return {k: _rich(v) for k, v in obj["@map"]}
        cls = _TYPES[obj["@"]]
        return cls(**{k: _rich(v) for k, v in obj.items() if k != "@"})
    return obj


def encode(extractions: Iterable[Extraction]) -> bytes:
    """One document's extractions as compressed JSON.

    Parameters
    ----------
    extractions
        The extractions of one document (one per part of a long text).

    Returns
    -------
    bytes
        zlib-compressed JSON of the dataclasses (never pickle).

    Examples
    --------
    >>> ex = (Extraction("a", actors=(Actor("state:FRA", "France", "state", ("France",), (), "FRA"),),
    ...                  mention_counts={"state:FRA": 1}),)
    >>> decode(encode(ex)) == ex
    True
    """
    text = json.dumps([_plain(e) for e in extractions], ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def decode(data: bytes) -> tuple[Extraction, ...]:
    """The extractions :func:`encode` stored.

    Parameters
    ----------
    data
        The compressed bytes of one cache entry, as :func:`encode` wrote them.

    Returns
    -------
    tuple of Extraction
        The extractions, equal to those encoded.

    Raises
    ------
    CacheEntryError
        When ``data`` is not such a value (corrupt, or written by another graphkit).

    Examples
    --------
    >>> (e,) = decode(encode((Extraction("a", title="T", url="https://news.example/a"),)))
    >>> e.doc_id, e.title, e.url, e.actions
    ('a', 'T', 'https://news.example/a', ())
    """
    try:
        value = _rich(json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass")))
    except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise CacheEntryError(f"not a cached extraction ({exc})") from None
    if not isinstance(value, tuple) or not all(isinstance(e, Extraction) for e in value):
        raise CacheEntryError(f"not a cached extraction (a {type(value).__name__}, not a tuple of Extraction)")
    return value


def relabel(extractions: tuple[Extraction, ...], document: Document) -> tuple[Extraction, ...]:
    """The extractions as if read from ``document``: its id (everywhere), title, date (actions dated again), source, url.

    Parameters
    ----------
    extractions
        Cached extractions of the same text.
    document
        The document asking for them.

    Returns
    -------
    tuple of Extraction
        New extractions; every ``doc_id`` inside is ``document.id``.

    Examples
    --------
    >>> m = Mention("old", "state:FRA", "France", 0, 6, "name")
    >>> (e,) = relabel((Extraction("old", title="T", mentions=(m,)),), Document("new", "France.", title="N"))
    >>> e.doc_id, e.title, e.mentions[0].doc_id
    ('new', 'N', 'new')
    """
    # Sentence dates are read against the document date: the asking document's may differ.
    top = {"title": document.title, "date": document.date, "source": document.source, "url": document.url}
    return tuple(date_extraction(_relabel(e, document.id, top)) for e in extractions)


def _relabel(obj: Any, doc_id: str, top: Mapping[str, str] | None = None) -> Any:
    if isinstance(obj, tuple):
        return tuple(_relabel(x, doc_id) for x in obj)
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name == "doc_id":
            changes[f.name] = doc_id
        elif top is not None and f.name in top:
            changes[f.name] = top[f.name]
        elif isinstance(value, tuple) and any(dataclasses.is_dataclass(x) for x in value):
            changes[f.name] = _relabel(value, doc_id)
    return dataclasses.replace(obj, **changes) if changes else obj


# -- the SQLite store --------------------------------------------------------------------------


def _when_unlocked(step: Callable[[], object], timeout: float = BUSY_TIMEOUT) -> None:
    """Run ``step``, again while SQLite says the database is locked, up to ``timeout`` seconds.

    Switching a new database to WAL takes an exclusive lock that SQLite does
    not wait for (its busy timeout does not apply): two processes opening the
    same new cache at once would otherwise see "database is locked".
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class ExtractionCache:
    """One cache file: ``get``/``put`` extractions by text and extractor fingerprint.

    Parameters
    ----------
    directory
        Folder of the cache (created if missing); the file is
        ``directory/graphkit-cache.sqlite3``.

    Raises
    ------
    CacheError
        When the folder or file cannot be used (one line, naming the file).

    Examples
    --------
    >>> import tempfile
    >>> cache = ExtractionCache(tempfile.mkdtemp())
    >>> doc = Document("a", "Peru thanked Chile.")
    >>> cache.get(doc, "fp") is None
    True
    >>> cache.put_many([(doc, (Extraction("a"),))], "fp")
    >>> [e.doc_id for e in cache.get(Document("b", doc.text), "fp")], cache.hits, cache.misses
    (['b'], 1, 1)
    >>> cache.close()
    """

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)
        self.path = self.directory / CACHE_FILE
        self.hits = 0
        self.misses = 0
        self.written = 0
        if self.directory.exists() and not self.directory.is_dir():
            raise CacheError(f"cannot use {str(self.directory)!r} as a cache folder: it is a file")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(f"cannot create the cache folder {str(self.directory)!r}: "
                             f"{exc.strerror or exc}") from None
        self._conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self._conn = conn
        try:
            _when_unlocked(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
            conn.execute("PRAGMA synchronous=NORMAL")
            with self._transaction():
                conn.execute(_SCHEMA)
            columns = [row[1] for row in conn.execute("PRAGMA table_info(extractions)")]
            if columns != ["text_sha256", "extractor", "data"]:
                raise sqlite3.DatabaseError(f"table 'extractions' has columns {columns}, not a graphkit cache")
            conn.execute("SELECT 1 FROM extractions LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            self.close()
            raise self._error(exc) from None

    def _error(self, exc: BaseException) -> CacheError:
        reason = str(exc) or type(exc).__name__
        return CacheError(f"cache file {str(self.path)!r} is unusable ({reason}); "
                          f"delete it or pass another --cache folder")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        conn = self._conn
        assert conn is not None, "the cache is closed"
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def get(self, document: Document, extractor: str) -> tuple[Extraction, ...] | None:
        """The cached extractions of ``document``'s text, re-labelled as ``document``; else ``None``.

        Parameters
        ----------
        document
            The document to look up (by the SHA-256 of its text).
        extractor
            The extractor fingerprint (:func:`extractor_fingerprint`).

        Returns
        -------
        tuple of Extraction or None
            ``None`` when the text was not stored with this fingerprint, or
            its entry is damaged (:class:`CacheEntryError`: parsed again).

        Raises
        ------
        CacheError
            When the file cannot be read.

        Examples
        --------
        The same text under another id is found, re-labelled; under another
        fingerprint it is not:

        >>> import tempfile
        >>> cache = ExtractionCache(tempfile.mkdtemp())
        >>> cache.put_many([(Document("a", "Peru thanked Chile."), (Extraction("a"),))], "fp")
        >>> cache.get(Document("b", "Peru thanked Chile."), "fp")[0].doc_id
        'b'
        >>> cache.get(Document("a", "Peru thanked Chile."), "another extractor") is None
        True
        >>> cache.close()
        """
        assert self._conn is not None, "the cache is closed"
        try:
            row = self._conn.execute("SELECT data FROM extractions WHERE text_sha256 = ? AND extractor = ?",
                                     (document_key(document), extractor)).fetchone()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        if row is not None:
            try:
                value = decode(row[0])
            except CacheEntryError:
                value = None  # a damaged entry: parse again and overwrite it
            if value is not None:
                self.hits += 1
                return relabel(value, document)
        self.misses += 1
        return None

    def put_many(self, items: Iterable[tuple[Document, tuple[Extraction, ...]]], extractor: str) -> None:
        """Store each document's extractions under its text, in one transaction.

        Parameters
        ----------
        items
            ``(document, extractions)`` pairs; an entry of the same text and
            fingerprint is replaced.
        extractor
            The extractor fingerprint.

        Raises
        ------
        CacheError
            When the file cannot be written.

        Examples
        --------
        >>> import tempfile
        >>> with ExtractionCache(tempfile.mkdtemp()) as cache:
        ...     cache.put_many([(Document("a", "x"), (Extraction("a"),)), (Document("b", "y"), ())], "fp")
        ...     len(cache), cache.written
        (2, 2)
        """
        rows = [(document_key(document), extractor, sqlite3.Binary(encode(extractions)))
                for document, extractions in items]
        if not rows:
            return
        try:
            with self._transaction():
                self._conn.executemany("INSERT OR REPLACE INTO extractions (text_sha256, extractor, data) "
                                       "VALUES (?, ?, ?)", rows)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self.written += len(rows)

    def __len__(self) -> int:
        assert self._conn is not None, "the cache is closed"
        return self._conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]

    def close(self) -> None:
        """Close the file (the object cannot be used after; closing twice is harmless).

        Examples
        --------
        >>> import tempfile
        >>> cache = ExtractionCache(tempfile.mkdtemp())
        >>> cache.close(); cache.close()
        """
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
