"""Documents: what graphkit reads, and reading them from files, folders and stdin.

A :class:`Document` is plain data (id, text, title, date, source) so it can
cross process boundaries. Readers are generators: a bad input (a file, a
JSONL line, a CSV row) is reported through ``on_error`` as an
:class:`~graphkit.errors.InputError` naming the file (and line) and the
reason, and the run goes on with the rest.

Formats, by file ending:

* ``.txt``, ``.md`` (and any other ending given explicitly): one article per
  file, in any common encoding (UTF-8 with or without BOM, UTF-16 with BOM,
  legacy code pages detected by charset-normalizer);
* ``.html``, ``.htm``: one article per file, text of the page without
  scripts, styles and navigation; the ``<title>`` becomes the title;
* ``.jsonl``: one article per line, a JSON object;
* ``.csv``, ``.tsv``: one article per row, with a header line; the delimiter
  (comma, semicolon, tab, bar) is sniffed.

Every document's ``date`` is ISO 8601 (``YYYY-MM-DD``) or ``""``: the date
field of a record, an HTML page's publication date, or a dateline at the
head of the text (:mod:`graphkit.dates`).

What is read anyway but deserves a word, and the files of a folder that are
not read, are told through ``on_notice`` as a :class:`Notice`: a PDF or Word
file (with the command that converts it), any other file type (counted), a
text that is not English or mostly upper case (:mod:`graphkit.language`).
"""
from __future__ import annotations

import csv
import io
import json
import os
import shlex
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator

from charset_normalizer import from_bytes

from .dates import dateline_date, document_date, html_date
from .errors import InputError

#: File endings read when a folder is given.
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv", ".tsv")
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES

#: Files graphkit does not read but a common tool turns into text: (ending, what it is, a command
#: converting it, ``{file}`` and ``{stem}`` filled in).
CONVERTIBLE = ((".pdf", "a PDF document", "pdftotext {file} {stem}.txt"),
               (".docx", "a Word document", "pandoc {file} -t plain -o {stem}.txt"),
               (".doc", "a Word 97-2003 document", "soffice --headless --convert-to txt {file}"),
               (".odt", "an OpenDocument text", "pandoc {file} -t plain -o {stem}.txt"))

#: Characters at the start of a text searched for its title (its first line that is not blank).
TITLE_SCAN = 10_000

#: Delimiters a ``.csv`` or ``.tsv`` file may use (sniffed, then checked against the header).
CSV_DELIMITERS = ",;\t|"
#: Characters of a record file the delimiter is sniffed from.
SNIFF_CHARS = 65_536

ErrorHandler = Callable[[InputError], None]

#: Legacy encodings news archives use most, preferred when detection finds several that fit.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "cp1251", "cp1250", "cp1256", "cp1253", "cp1254", "cp1255",
                       "koi8_r", "gb18030", "big5", "shift_jis", "euc_kr", "cp1257")
#: How much more "chaos" (charset-normalizer's mess measure) a preferred encoding may show.
CHAOS_TOLERANCE = 0.05


@dataclass(frozen=True)
class Document:
    """One article: plain data, so it can cross process boundaries.

    Parameters
    ----------
    id
        The document id the graph cites (a file name, a record's id field).
    text
        The article's text.
    title
        Its title (the first line of a text file, an HTML ``<title>``, a field).
    date
        Its date, ``YYYY-MM-DD`` (from a JSONL field or CSV column, an HTML
        page's metadata or a dateline), else ``""``.
    source
        Where it was read from (a path, ``<stdin>``), else ``""``.
    offset
        Where ``text`` starts in the article: 0, except for a piece of a long
        text (:func:`graphkit.nlp.split_document`), whose extraction's
        character offsets are then the article's.

    Examples
    --------
    >>> Document(id="a.txt", text="Poland warned Belarus.").title
    ''
    """

    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    offset: int = 0


@dataclass(frozen=True)
class Fields:
    """Which fields of a JSONL record or CSV row hold what (``--text-field`` ...).

    Parameters
    ----------
    text, id, title, date
        The field (column) names of the text, the document id, the title and
        the date.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "news.csv"
    >>> _ = p.write_text("uid,body\\nn1,Peru thanked Chile.\\n", encoding="utf-8")
    >>> [(d.id, d.text) for d in iter_documents([p], fields=Fields(text="body", id="uid"))]
    [('n1', 'Peru thanked Chile.')]
    """

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"


#: What a :class:`Notice` can be about: ``other file`` (a file of a folder graphkit does not read),
#: ``convert`` (one of those is a PDF or Word file: the notice says how to convert it), and the
#: warnings of :func:`graphkit.language.text_warnings` (``not English``, ``upper case``).
NOTICE_KINDS = ("other file", "convert", "not English", "upper case")


@dataclass(frozen=True)
class Notice:
    """Something to tell the user about an input: a file left aside, or a text read with a warning.

    Parameters
    ----------
    source
        The file (a record: the file and the record's id).
    kind
        One of :data:`NOTICE_KINDS`.
    message
        One line, as the user reads it after the source.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Peru thanked Chile.")
    >>> _ = (d / "b.pdf").write_bytes(b"%PDF-1.4")
    >>> notices = []
    >>> [doc.id for doc in iter_documents([d], on_notice=notices.append)]
    ['a.txt']
    >>> [(pathlib.Path(n.source).name, n.kind) for n in notices]
    [('b.pdf', 'convert')]
    """

    source: str
    kind: str
    message: str


NoticeHandler = Callable[[Notice], None]


def convert_hint(path: Path, head: bytes = b"") -> str:
    """How to turn a PDF or Word file into text graphkit reads; ``""`` for any other file.

    Parameters
    ----------
    path
        The file (its ending tells the format).
    head
        Its first bytes, when read: a PDF is told by them whatever its name.

    Returns
    -------
    str
        ``"a PDF document, not text: convert it first, e.g. pdftotext ..."``, or ``""``.

    Examples
    --------
    >>> convert_hint(Path("news/report.pdf"))
    'a PDF document, not text: convert it first, e.g. pdftotext news/report.pdf news/report.txt'
    >>> convert_hint(Path("notes.txt")), convert_hint(Path("scan.txt"), b"%PDF-1.7")[:14]
    ('', 'a PDF document')
    """
    suffix = ".pdf" if head.startswith(b"%PDF-") else path.suffix.lower()
    for ending, what, command in CONVERTIBLE:
        if suffix == ending:
            fill = command.format(file=shlex.quote(str(path)), stem=shlex.quote(str(path.with_suffix(""))))
            return f"{what}, not text: convert it first, e.g. {fill}"
    return ""


def _raise(err: InputError) -> None:
    raise err


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-8 (BOM allowed), else as the charset charset-normalizer detects.

    Parameters
    ----------
    data
        The bytes of a file.
    source
        Where they come from, for the error message.

    Returns
    -------
    str
        The text.

    Raises
    ------
    InputError
        When the bytes are binary (``kind`` ``"binary file"``) or no charset
        decodes them (``"cannot decode"``).

    Examples
    --------
    >>> decode_bytes("Zürich".encode("cp1252"), "x.txt")
    'Zürich'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "cannot decode: broken UTF-16 text", kind="cannot decode") from None
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text", kind="binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data, source)
    # Bytes that decode to many control characters are binary, whatever the encoding says.
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > max(8, len(text) // 50):
        raise InputError(source, "binary file (mostly control characters), not text", kind="binary file")
    return text


def _detect(data: bytes, source: str) -> str:
    """Decode with the charset charset-normalizer finds; among near-equal candidates
    (short texts often fit several code pages) prefer the ones news is written in."""
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(source, "cannot decode: no text encoding fits these bytes", kind="cannot decode")
    least = min(m.chaos for m in matches)
    near = [m for m in matches if m.chaos <= least + CHAOS_TOLERANCE]
    for encoding in PREFERRED_ENCODINGS:
        for m in near:
            if encoding in m.could_be_from_charset:
                return data.decode(encoding)
    return str(from_bytes(data).best())


def _title_of(text: str) -> str:
    for line in text[:TITLE_SCAN].splitlines():  # the first lines, not a long text's every line
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


class _HTMLText(HTMLParser):
    """Text of an HTML page: blocks become lines; scripts, styles and chrome are dropped."""

    SKIP = {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "pre", "ul", "ol", "table", "hr", "dd", "dt", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(title, text)`` of an HTML page.

    Scripts, styles and page chrome (navigation, header, footer, forms) are
    dropped; block elements become paragraphs.

    Parameters
    ----------
    html
        The page.

    Returns
    -------
    tuple of str
        The ``<title>`` (white space collapsed) and the text.

    Examples
    --------
    >>> html_to_text("<title>T</title><script>x()</script><p>Peru thanked Chile.</p>")
    ('T', 'Peru thanked Chile.')
    """
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), text


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file or folder", kind="no such file or folder") from None
    except PermissionError:
        raise InputError(source, "permission denied", kind="permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder", kind="is a folder") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})", kind="cannot read") from None


def read_path(path: Path, doc_id: str) -> Document:
    """Read one article file (text, Markdown or HTML) into a :class:`Document`.

    Parameters
    ----------
    path
        The file; ``.html`` and ``.htm`` are read as HTML, anything else as text.
    doc_id
        The document's id.

    Returns
    -------
    Document
        The article, titled by its HTML ``<title>`` or else its first line.

    Raises
    ------
    InputError
        When the file cannot be read, is binary, undecodable or empty, or is a
        PDF or Word file (:func:`convert_hint`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
    >>> _ = p.write_text("# Talks\\n\\nPeru thanked Chile.", encoding="utf-8")
    >>> doc = read_path(p, "a.md")
    >>> doc.id, doc.title
    ('a.md', 'Talks')
    """
    source = str(path)
    data = _read_bytes(path)
    hint = convert_hint(path, data[:8])
    if hint:
        raise InputError(source, hint, kind="needs conversion")
    text = decode_bytes(data, source)
    del data  # a long text is not held twice
    title = when = ""
    if path.suffix.lower() in HTML_SUFFIXES:
        when = html_date(text)
        title, text = html_to_text(text)
    if not text or text.isspace():  # not text.strip(): a long text is not copied
        raise InputError(source, "empty file: no text to read", kind="empty file")
    return Document(id=doc_id, text=text, title=title or _title_of(text), date=when or dateline_date(text, title),
                    source=source)


def _record(rec: object, fields: Fields, source: str, where: str, default_id: str) -> Document:
    if not isinstance(rec, dict):
        raise InputError(f"{source}:{where}", f"expected a JSON object, got {type(rec).__name__}",
                         kind="not a JSON object")
    text = rec.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        have = ", ".join(sorted(map(str, rec))) or "none"
        raise InputError(f"{source}:{where}", f"no text in field {fields.text!r} (fields: {have}); see --text-field",
                         kind="missing text field")
    doc_id = rec.get(fields.id)
    title = str(rec.get(fields.title) or "")
    return Document(id=str(doc_id) if doc_id not in (None, "") else default_id, text=text,
                    title=title or _title_of(text),
                    date=document_date(str(rec.get(fields.date) or "")) or dateline_date(text, title), source=source)


def read_jsonl(path: Path, fields: Fields, handle: ErrorHandler) -> Iterator[Document]:
    """One article per line of a JSON Lines file; a bad line is reported and skipped.

    Parameters
    ----------
    path
        The ``.jsonl`` file.
    fields
        Which fields hold the text, id, title and date.
    handle
        Called with the :class:`InputError` of each line that cannot be read.

    Yields
    ------
    Document
        One per readable record; a record without an id gets ``<file>:<line>``.

    Raises
    ------
    InputError
        When the file itself cannot be read or holds no record.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> lines = ['{"id": "n1", "text": "Peru thanked Chile."}', '{oops']
    >>> _ = p.write_text("\\n".join(lines) + "\\n", encoding="utf-8")
    >>> skipped = []
    >>> [d.id for d in read_jsonl(p, Fields(), skipped.append)], [e.kind for e in skipped]
    (['n1'], ['invalid JSON'])
    """
    source = str(path)
    text = decode_bytes(_read_bytes(path), source)
    any_line = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_line = True
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            handle(InputError(f"{source}:line {n}", f"invalid JSON ({exc.msg} at column {exc.colno})",
                              kind="invalid JSON"))
            continue
        try:
            yield _record(rec, fields, source, f"line {n}", f"{path.name}:{n}")
        except InputError as err:
            handle(err)
    if not any_line:
        raise InputError(source, "empty file: no records to read", kind="empty file")


def csv_delimiter(text: str, path: Path, column: str = "text") -> str:
    """The delimiter of a CSV or TSV text: sniffed (``csv.Sniffer``), and the one whose header has ``column``.

    The sniffer's guess is taken when the header it gives holds ``column``;
    else the first of the file's usual delimiter (tab for ``.tsv``, comma
    otherwise) and :data:`CSV_DELIMITERS` that gives such a header; else the
    guess (the reader then says which columns it found).

    Parameters
    ----------
    text
        The file's text (its first :data:`SNIFF_CHARS` are looked at).
    path
        The file (its ending gives the usual delimiter).
    column
        The column the header must have (``--text-field``).

    Returns
    -------
    str
        One character of :data:`CSV_DELIMITERS`.

    Examples
    --------
    >>> csv_delimiter("id;text\\nn1;Peru thanked Chile, then Bolivia.\\n", Path("news.csv"))
    ';'
    >>> csv_delimiter("id\\ttext\\nn1\\tPeru thanked Chile.\\n", Path("news.tsv"))
    '\\t'
    >>> csv_delimiter("id,text\\nn1,Peru thanked Chile; Bolivia agreed.\\n", Path("news.csv"))
    ','
    """
    sample = text[:SNIFF_CHARS]
    usual = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        guess = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:  # no consistent delimiter in the sample
        guess = usual
    for delimiter in dict.fromkeys([guess, usual, *CSV_DELIMITERS]):
        if column in next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), []):
            return delimiter
    return guess


def read_csv(path: Path, fields: Fields, handle: ErrorHandler) -> Iterator[Document]:
    """One article per CSV or TSV row (header line first); a bad row is reported and skipped.

    The delimiter (comma, semicolon, tab, bar) is sniffed (:func:`csv_delimiter`).

    Parameters
    ----------
    path, fields, handle
        The ``.csv`` or ``.tsv`` file, which columns hold what, and what to
        call with each bad row's :class:`InputError` (as for :func:`read_jsonl`).

    Yields
    ------
    Document
        A document for each readable row (the id of a row without one is
        ``<file>:<line>``).

    Raises
    ------
    InputError
        When the file cannot be read, has no header or no text column.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "news.csv"
    >>> _ = p.write_text("id,text\\nc1,Peru thanked Chile.\\nc2,a,b\\n", encoding="utf-8")
    >>> skipped = []
    >>> [d.id for d in read_csv(p, Fields(), skipped.append)], [e.kind for e in skipped]
    (['c1'], ['wrong number of fields'])
    """
    source = str(path)
    text = decode_bytes(_read_bytes(path), source)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text, path, fields.text))
    header = reader.fieldnames
    if not header:
        raise InputError(source, "empty file: no header line", kind="empty file")
    if fields.text not in header:
        raise InputError(source, f"no column {fields.text!r} (columns: {', '.join(header)}); see --text-field",
                         kind="missing text field")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            handle(InputError(f"{source}:line {reader.line_num}", f"malformed CSV ({exc})", kind="malformed CSV"))
            continue
        where = f"line {reader.line_num}"
        if None in row or any(v is None for v in row.values()):
            handle(InputError(f"{source}:{where}", f"row has {len(row.get(None) or [])} extra or missing fields "
                                                   f"for a header of {len(header)}",
                              kind="wrong number of fields"))
            continue
        try:
            yield _record(row, fields, source, where, f"{path.name}:{reader.line_num}")
        except InputError as err:
            handle(err)


def _read_any(path: Path, doc_id: str, fields: Fields, handle: ErrorHandler) -> Iterator[Document]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(path, fields, handle)
        elif suffix in (".csv", ".tsv"):
            yield from read_csv(path, fields, handle)
        else:
            yield read_path(path, doc_id)
    except InputError as err:
        handle(err)


def iter_documents(
    inputs: Iterable[str | os.PathLike],
    *,
    on_error: ErrorHandler | None = None,
    stdin: Iterable[str] | None = None,
    fields: Fields | None = None,
    on_notice: NoticeHandler | None = None,
) -> Iterator[Document]:
    """Yield a :class:`Document` for every readable article among ``inputs``.

    Parameters
    ----------
    inputs
        Files, folders (searched recursively, in sorted order, for
        :data:`FOLDER_SUFFIXES`) or ``"-"`` for standard input.
    on_error
        Called with an :class:`InputError` for each input (file, line, row)
        that cannot be read; the default raises it.
    stdin
        Text stream used for ``"-"`` (defaults to ``sys.stdin``).
    fields
        Field names of JSONL records and CSV columns.
    on_notice
        Called with a :class:`Notice` for each file of a folder that is not
        read (a PDF or Word file with the command converting it; hidden files
        aside) and each document that is not English or is mostly upper case
        (these checks run only when it is given).

    Yields
    ------
    Document
        In input order (a folder's files sorted); two documents with the same
        id are told apart by ``#2``, ``#3`` ...

    Raises
    ------
    InputError
        For an unreadable input, when ``on_error`` is not given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Poland warned Belarus.")
    >>> _ = (d / "b.jsonl").write_text('{"id": "n1", "text": "Peru thanked Chile."}\\n')
    >>> [doc.id for doc in iter_documents([d])]
    ['a.txt', 'n1']
    """
    handle = on_error or _raise
    fields = fields or Fields()
    seen: set[str] = set()

    def unique(doc: Document) -> Document:
        # Two inputs with the same name stay two documents.
        doc_id, n = doc.id, 1
        while doc_id in seen:
            n += 1
            doc_id = f"{doc.id}#{n}"
        seen.add(doc_id)
        if on_notice is not None:
            _check_text(doc, on_notice)
        return doc if doc_id == doc.id else Document(doc_id, doc.text, doc.title, doc.date, doc.source)

    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin
            try:
                text = "".join(stream)
            except UnicodeDecodeError:
                handle(InputError("<stdin>", "cannot decode standard input as text", kind="cannot decode"))
                continue
            if not text.strip():
                handle(InputError("<stdin>", "empty input: no text to read", kind="empty input"))
                continue
            yield unique(Document(id="stdin", text=text, title=_title_of(text), date=dateline_date(text),
                                  source="<stdin>"))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if on_notice is not None:
                _tell_other_files(path, on_notice)
            if not files:
                handle(InputError(str(path), f"folder holds no {', '.join(FOLDER_SUFFIXES)} files", kind="empty folder"))
            for file in files:
                for doc in _read_any(file, file.relative_to(path).as_posix(), fields, handle):
                    yield unique(doc)
            continue
        for doc in _read_any(path, path.name, fields, handle):
            yield unique(doc)


def _tell_other_files(folder: Path, on_notice: NoticeHandler) -> None:
    """A notice for each visible file of ``folder`` that graphkit does not read (PDF and Word: how to convert)."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in FOLDER_SUFFIXES or not path.is_file():
            continue
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # .git, .DS_Store: not the user's articles
        hint = convert_hint(path)
        on_notice(Notice(str(path), "convert", hint) if hint else
                  Notice(str(path), "other file", f"not read: graphkit reads {', '.join(FOLDER_SUFFIXES)} files"))


def _check_text(doc: Document, on_notice: NoticeHandler) -> None:
    """A notice for each warning :func:`graphkit.language.text_warnings` has about ``doc``'s text."""
    from .language import text_warnings

    source = doc.source or doc.id
    if Path(source).suffix.lower() in RECORD_SUFFIXES:
        source = f"{source} ({doc.id})"  # a record: the file and the record's id
    for kind, message in text_warnings(doc.text):
        on_notice(Notice(source, kind, message))
