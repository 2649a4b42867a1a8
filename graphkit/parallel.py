"""Running the extraction: in this process, in several processes, or on a Dask cluster.

:func:`extract_stream` is what :func:`graphkit.extract_documents` and
:func:`graphkit.build_graph` run. Whatever runs it, the stream is the same:

* documents are read lazily and cut into chunks; each chunk is parsed inside
  one ``nlp.memory_zone()`` (:func:`graphkit.nlp.extract_chunk`) and only its
  plain-data extractions come back, so memory stays flat;
* extractions come out in document order, and at most a few chunks are in
  flight at once (the corpus is never held in memory);
* with a cache (:mod:`graphkit.cache`) a document whose text was read before
  is not parsed again; the cache is read and written by this process only.

``jobs > 1`` runs a :class:`concurrent.futures.ProcessPoolExecutor` whose
workers load the pipeline once each (the initializer) and receive chunks of
:class:`~graphkit.documents.Document` (texts, never the ``nlp`` object). A
worker imports graphkit from the calling process's ``sys.path``, never from
the working folder (:data:`FORKSERVER_PRELOAD`), and one that cannot start
says why (:data:`WORKER_BOOT`). A long text travels as its pieces
(:func:`graphkit.nlp.split_document`), so its parse is spread over workers too.
``dask=ADDRESS`` does the same on a ``dask.distributed`` cluster (``"local"``
starts a ``LocalCluster`` on this machine): each worker process loads the
pipeline on its first task (:func:`worker_pipeline`, cached per process).
Both give the graph a single process gives, byte for byte: each document's
extraction does not depend on where it ran, and
:class:`~graphkit.graph.GraphBuilder` does not depend on the order.
"""
from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
import os
import signal
import threading
from pathlib import Path
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .documents import Document
from .errors import ClusterError, GraphkitError, OptionError
from .extraction import Extraction
from .nlp import (CHUNK_CHARS, CHUNK_SIZE, SettledHeap, default_model, extract_chunk, iter_extractions,
                  load_pipeline, model_meta, pipeline_identity, split_documents, warm_up)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from distributed import Client
    from spacy.language import Language

    from . import BuildReport
    from .cache import ExtractionCache

#: Most documents sent to a worker at once (the first tasks are smaller, so
#: that a short corpus is spread over all workers too).
TASK_SIZE = 32

#: How worker processes are started: ``forkserver`` (the server imports
#: graphkit and spaCy once, then forks each worker from that clean,
#: thread-free process) where the platform has it, else ``spawn``. Never a
#: plain ``fork`` of the calling process, which may hold threads and a model.
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

#: Modules the forkserver imports once for all workers: graphkit's heavy dependencies, never graphkit.
#: The forkserver starts with the working folder first on its ``sys.path``, where a folder named
#: ``graphkit`` (the parent of a clone) would be imported instead of the installed package; each worker
#: imports graphkit itself, after multiprocessing gave it the calling process's ``sys.path``. A module
#: the working folder would shadow is not preloaded either (:func:`forkserver_preload`).
FORKSERVER_PRELOAD = ("spacy", "networkx")

#: What each worker process runs first. The pool's initializer is the built-in ``exec`` of this code, so
#: that starting a worker needs nothing of graphkit: when importing graphkit fails there, the worker
#: sends the reason (one line) to the calling process, which says it, and ends.
WORKER_BOOT = """
try:
    from graphkit.parallel import _init_worker
except BaseException as exc:
    import os
    report.send(f"{type(exc).__name__}: {exc}")
    os._exit(1)
_init_worker(spec)
"""

#: Seconds to wait for a Dask scheduler to answer.
DASK_CONNECT_TIMEOUT = 10

Lookup = Callable[[Document], "tuple[Extraction, ...] | None"]


# -- what runs in a worker process ---------------------------------------------------------------

_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def worker_pipeline(spec: str | None) -> Language:
    """The pipeline ``spec`` (a name or folder), loaded once per process.

    Parameters
    ----------
    spec
        A pipeline name or folder; ``None`` for :func:`graphkit.nlp.default_model`.

    Returns
    -------
    spacy.language.Language
        The same object on every call with the same ``spec`` in this process.

    Raises
    ------
    ModelNotFoundError
        When ``spec`` is not an installed pipeline.

    Examples
    --------
    >>> worker_pipeline(None) is worker_pipeline(None)
    True
    """
    return load_pipeline(spec)


def _init_worker(spec: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle, not each worker's
    settle_worker(spec)


def settle_worker(spec: str | None) -> None:
    """Load the pipeline and graphkit's tables in this worker process, then keep the collector off them.

    The pipeline, and the tables and date parser that reading
    :data:`graphkit.nlp.WARM_UP` loads, live as long as the worker: it
    settles its heap as a one-process build does (:class:`graphkit.nlp.SettledHeap`,
    entered for the worker's life), so Python's full collections stop
    walking them and the youngest generation is collected every
    :data:`graphkit.nlp.YOUNG_THRESHOLD` allocations. A pipeline that cannot
    load is left for the first task to report.

    Parameters
    ----------
    spec
        The pipeline the worker parses with (see :func:`worker_pipeline`).

    Examples
    --------
    >>> import gc, subprocess, sys
    >>> code = ("import gc; from graphkit.parallel import settle_worker; settle_worker(None); "
    ...         "print(gc.get_freeze_count() > 0, gc.get_threshold()[0])")
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
    ['True', '10000']
    """
    try:
        warm_up(worker_pipeline(spec))
    except Exception:  # noqa: BLE001 - the first task raises it again, with its own message
        pass
    SettledHeap().__enter__()  # never left: the worker's heap stays settled for its whole life


def extract_task(spec: str | None, documents: list[Document], batch_size: int = 32) -> list[tuple[Extraction, ...]]:
    """Parse a chunk of documents in a worker; one tuple of extractions per document.

    Parameters
    ----------
    spec
        The pipeline to parse with (see :func:`worker_pipeline`).
    documents
        The chunk.
    batch_size
        ``nlp.pipe`` batch size.

    Returns
    -------
    list of tuple of Extraction
        One tuple per document, in order (one extraction per piece of a text
        longer than :data:`graphkit.nlp.PIECE_CHARS`).

    Examples
    --------
    >>> [[a.action for a in e.actions] for (e,) in extract_task(None, [Document("a", "Poland warned Belarus.")])]
    [['warn']]
    """
    with _LOCK:  # one chunk at a time per process: spaCy's memory zones are per pipeline
        return extract_chunk(worker_pipeline(spec), documents, batch_size=batch_size)


# -- helpers -------------------------------------------------------------------------------------


def forkserver_preload(folder: str | os.PathLike | None = None) -> list[str]:
    """The modules of :data:`FORKSERVER_PRELOAD` that ``folder`` (the working folder) does not shadow.

    Parameters
    ----------
    folder
        The folder the forkserver starts in (default: the working folder).

    Returns
    -------
    list of str
        Module names to preload; one the folder holds as ``NAME/`` or
        ``NAME.py`` is left out (each worker imports it from its own path).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> forkserver_preload(d)
    ['spacy', 'networkx']
    >>> (d / "spacy").mkdir()
    >>> forkserver_preload(d)
    ['networkx']
    """
    here = Path(folder if folder is not None else os.getcwd())
    return [name for name in FORKSERVER_PRELOAD if not ((here / name).exists() or (here / f"{name}.py").exists())]


def _start_failure(reader) -> str:
    """The one-line reason a worker sent before it ended (:data:`WORKER_BOOT`), else ``""``."""
    try:
        if reader.poll(1.0):
            return _reason(Exception(reader.recv()))
    except (OSError, EOFError):
        pass
    return ""



def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a number of processes: ``None`` or 1 is one, 0 is one per CPU.

    Parameters
    ----------
    jobs
        ``None``, or a whole number >= 0.

    Returns
    -------
    int
        The number of processes, >= 1.

    Raises
    ------
    OptionError
        When ``jobs`` is negative or not a whole number.

    Examples
    --------
    >>> resolve_jobs(None), resolve_jobs(3), resolve_jobs(0) == (os.cpu_count() or 1)
    (1, 3, True)
    """
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise OptionError(f"jobs={jobs!r} is not valid; use a whole number >= 1, or 0 for one per CPU")
    return jobs or (os.cpu_count() or 1)


def _chunks(documents: Iterable[Document], limit: int, chars: int = CHUNK_CHARS) -> Iterator[list[Document]]:
    """Lists of 1, 2, 4, ... up to ``limit`` documents, then ``limit`` at a time; a list ends early
    once it holds ``chars`` characters (the pieces of a long text)."""
    stream = iter(documents)
    for size in itertools.chain((2 ** i for i in range(max(limit, 1).bit_length())), itertools.repeat(limit)):
        chunk, held = [], 0
        for document in itertools.islice(stream, min(size, limit)):
            chunk.append(document)
            held += len(document.text)
            if held >= chars:
                break
        if not chunk:
            return
        yield chunk


class _Done:
    """A result already at hand, shaped like a future."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value

    def cancel(self) -> bool:
        return False


def _ordered(submit: Callable[[Any], Any], tasks: Iterable[Any], window: int) -> Iterator[tuple[Any, Any]]:
    """``(task, result)`` in task order, with at most ``window`` tasks submitted and not yet taken."""
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append((task, submit(task)))
            while len(pending) >= window:
                task_, future = pending.popleft()
                yield task_, future.result()
        while pending:
            task_, future = pending.popleft()
            yield task_, future.result()
    finally:
        for _, future in pending:
            future.cancel()


class _Counts:
    parsed = 0
    cached = 0


def _spec(model: str | None, nlp) -> str | None:
    """What a worker loads: the model name, else the installed package or folder of ``nlp``."""
    if model or nlp is None:
        return model
    meta = getattr(nlp, "meta", {}) or {}
    package = f"{meta.get('lang', '')}_{meta.get('name', '')}"
    try:
        if model_meta(package).get("version") == meta.get("version"):
            return package
    except GraphkitError:
        pass
    path = getattr(nlp, "path", None)
    if path is None:
        raise OptionError("jobs > 1 or dask need a pipeline workers can load by name or folder; this one "
                          "was built in memory: pass model=NAME instead of nlp=")
    return str(path)


# -- the stream ----------------------------------------------------------------------------------


def extract_stream(documents: Iterable[Document], *, model: str | None = None, nlp: Language | None = None,
                   batch_size: int = 32, jobs: int | None = 1, dask: str | Client | None = None,
                   cache: str | os.PathLike | ExtractionCache | None = None,
                   report: BuildReport | None = None) -> Iterator[Extraction]:
    """Yield the extractions of ``documents`` in order, however and wherever they are parsed.

    Parameters
    ----------
    documents
        A stream of :class:`~graphkit.documents.Document` (read lazily).
    model, nlp
        The pipeline by name, or loaded (used as is in this process; workers
        load it by name or folder).
    batch_size
        ``nlp.pipe`` batch size.
    jobs
        Processes to parse in (1: this one; 0: one per CPU).
    dask
        ``None``; a Dask scheduler address; ``"local"`` for a ``LocalCluster``
        of ``jobs`` worker processes (2 when ``jobs`` is 1); or a
        ``distributed.Client``.
    cache
        A folder, or an open :class:`~graphkit.cache.ExtractionCache`.
    report
        An object whose ``parsed`` and ``cached`` counts are increased.

    Yields
    ------
    Extraction
        One per document (one per piece of a long text, see
        :func:`graphkit.nlp.split_document`), in document order.

    Raises
    ------
    OptionError
        When ``jobs`` is not valid, or a pipeline built in memory should go
        to worker processes.
    ModelNotFoundError
        When the pipeline is not installed.
    ClusterError
        When worker processes or the Dask cluster fail.
    CacheError
        When the cache cannot be used.

    Examples
    --------
    >>> docs = [Document("a", "Japan thanked Canada."), Document("b", "Peru warned Chile.")]
    >>> [(e.doc_id, [a.action for a in e.actions]) for e in extract_stream(docs)]
    [('a', ['thank']), ('b', ['warn'])]
    """
    counts = report if report is not None else _Counts()
    jobs = resolve_jobs(jobs)
    # A long text goes on as its pieces: parsed (on any worker), cached and merged one piece at a time.
    documents = split_documents(documents)
    store = owned = None
    fingerprint = ""
    if cache is not None:
        from .cache import ExtractionCache, extractor_fingerprint

        store = cache if isinstance(cache, ExtractionCache) else ExtractionCache(cache)
        owned = store is not cache
    try:
        lookup: Lookup | None = None
        if store is not None:
            fingerprint = extractor_fingerprint(pipeline_identity(model, nlp))

            def lookup(document: Document) -> tuple[Extraction, ...] | None:
                known = store.get(document, fingerprint)
                if known is not None and not document.offset:  # a long text counts once, by its first piece
                    counts.cached += 1
                return known

        def done(items: list[tuple[Document, tuple[Extraction, ...]]]) -> None:
            counts.parsed += sum(1 for document, _ in items if not document.offset)
            if store is not None:
                store.put_many(items, fingerprint)

        if dask is not None:
            yield from _dask(documents, _spec(model, nlp), dask, jobs, batch_size, lookup, done)
        elif jobs > 1:
            spec = _spec(model, nlp) or default_model()
            model_meta(spec)  # an unknown pipeline is one clear error here, not one per worker
            yield from _pool(documents, spec, jobs, batch_size, lookup, done)
        else:
            yield from _serial(documents, model, nlp, batch_size, lookup, done)
    finally:
        if owned:
            store.close()


def _serial(documents: Iterable[Document], model: str | None, nlp, batch_size: int, lookup: Lookup | None,
            done: Callable) -> Iterator[Extraction]:
    stream = iter(documents)
    first_miss = None
    if nlp is None:
        if lookup is not None:  # a corpus read before needs no pipeline until its first new text
            for document in stream:
                known = lookup(document)
                if known is None:
                    first_miss = document
                    break
                yield from known
            else:
                return
            stream = itertools.chain((first_miss,), stream)
        nlp = load_pipeline(model)

    def on_document(document: Document) -> tuple[Extraction, ...] | None:
        return None if document is first_miss else lookup(document)

    yield from iter_extractions(nlp, stream, batch_size=batch_size, chunk_size=CHUNK_SIZE, on_chunk=done,
                                on_document=on_document if lookup is not None else None)


def _tasks(documents: Iterable[Document], lookup: Lookup | None, limit: int):
    for chunk in _chunks(documents, limit):
        known = [lookup(d) for d in chunk] if lookup is not None else [None] * len(chunk)
        yield chunk, known, [d for d, k in zip(chunk, known) if k is None]


def _merge(task, results: list[tuple[Extraction, ...]], done: Callable) -> Iterator[Extraction]:
    chunk, known, misses = task
    parsed = iter(results)
    new = []
    for document, extractions in zip(chunk, known):
        if extractions is None:
            extractions = next(parsed)
            new.append((document, extractions))
        yield from extractions
    done(new)


def _pool(documents: Iterable[Document], spec: str, jobs: int, batch_size: int, lookup: Lookup | None,
          done: Callable) -> Iterator[Extraction]:
    executor: ProcessPoolExecutor | None = None
    channel = None  # (reader, writer): a worker that cannot start says why on it

    def submit(task):
        nonlocal executor, channel
        misses = task[2]
        if not misses:
            return _Done([])
        if executor is None:  # started on the first text to parse: a cached corpus starts no process
            ctx = multiprocessing.get_context(START_METHOD)
            if START_METHOD == "forkserver":
                ctx.set_forkserver_preload(forkserver_preload())
            channel = ctx.Pipe(duplex=False)
            executor = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=exec,
                                           initargs=(WORKER_BOOT, {"spec": spec, "report": channel[1]}))
        return executor.submit(extract_task, spec, misses, batch_size)

    try:
        for task, results in _ordered(submit, _tasks(documents, lookup, TASK_SIZE), window=2 * jobs):
            yield from _merge(task, results, done)
    except BrokenProcessPool:
        why = _start_failure(channel[0]) if channel is not None else ""
        if why:
            raise ClusterError(f"a worker process could not start: {why}") from None
        raise ClusterError("a worker process ended unexpectedly (out of memory or killed; try fewer --jobs), "
                           "or the calling script lacks an `if __name__ == '__main__':` guard") from None
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        for end in channel or ():
            end.close()


def _connect(dask, jobs: int):
    """``(client, cluster)``: the ones this call started (to close after), or ``(None, None)`` for a given Client."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs dask.distributed; install it with `pip install 'graphkit[dask]'` "
                           "(or `pip install 'dask[distributed]'`)") from None
    if isinstance(dask, Client):
        return dask, None
    if not isinstance(dask, str) or not dask.strip():
        raise ClusterError(f"dask must be a scheduler address, 'local' or a distributed.Client, not {dask!r}")
    if dask == "local":
        try:
            cluster = LocalCluster(n_workers=jobs if jobs > 1 else 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        except Exception as exc:  # noqa: BLE001 - whatever the cluster says, one line
            raise ClusterError(f"cannot start a local Dask cluster: {_reason(exc)}") from None
        return Client(cluster), cluster
    try:
        return Client(dask, timeout=DASK_CONNECT_TIMEOUT), None
    except Exception as exc:  # noqa: BLE001 - bad address, refused, timed out: one line
        raise ClusterError(f"cannot reach the Dask scheduler at {dask!r}: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def _dask(documents: Iterable[Document], spec: str | None, dask, jobs: int, batch_size: int,
          lookup: Lookup | None, done: Callable) -> Iterator[Extraction]:
    connected = None

    def client():
        nonlocal connected
        if connected is None:
            connected = _connect(dask, jobs)
        return connected[0]

    def submit(task):
        misses = task[2]
        if not misses:
            return _Done([])
        return client().submit(extract_task, spec, misses, batch_size, pure=False)

    try:
        if dask == "local":
            workers = jobs if jobs > 1 else 2  # the cluster starts on the first text to parse
        else:  # connect now: a bad address is reported before anything is read
            workers = max(1, sum(client().nthreads().values()))
        for task, results in _ordered(submit, _tasks(documents, lookup, TASK_SIZE), window=2 * workers + 1):
            yield from _merge(task, results, done)
    except GraphkitError:
        raise
    except Exception as exc:  # noqa: BLE001
        if type(exc).__module__.split(".")[0] not in ("distributed", "tornado") and not isinstance(exc, OSError):
            raise  # not the cluster's doing
        raise ClusterError(f"the Dask cluster failed: {type(exc).__name__}: {_reason(exc)}") from None
    finally:
        if connected is not None:
            c, cluster = connected
            if cluster is not None:
                c.close()
                cluster.close()
