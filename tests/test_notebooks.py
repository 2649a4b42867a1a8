"""The notebooks of notebooks/ run headless and offline, in this environment's kernel, every cell.

Each notebook is executed once (nbclient, kernel ``python3`` with the notebook's
folder as working directory) and its outputs are checked for what a user would
look at. A failing cell fails the suite. nbclient, nbformat, ipykernel, pandas
and matplotlib come with ``pip install -e '.[test]'``: without them these tests
fail, they do not skip.
"""
from __future__ import annotations

import base64
import html
import re
import sys
from pathlib import Path

import ipykernel  # noqa: F401 - the notebooks' kernel: missing, it fails here rather than in nbclient
import nbclient
import nbformat
import pytest

import graphkit
from graphkit import analysis, evaluate
from graphkit.graph import subgraph_by_quad

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
SHARED_GOLD = ROOT.parent / "shared" / "gold"
CONFLICT = {"verbal-conflict", "material-conflict"}
#: The principal actors of the sample articles: one of them must top the centrality table.
PRINCIPALS = {"state:USA", "state:IRN", "state:ISR", "person:donald trump"}

PROBE = "import sys\nprint('KERNEL-PREFIX=' + sys.prefix)\nprint('KERNEL-EXECUTABLE=' + sys.executable)"


def _execute(name: str) -> nbformat.NotebookNode:
    """Run a notebook like a user would (its folder as cwd), a probe cell first; fail on any error."""
    path = NOTEBOOKS / name
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        assert cell.cell_type != "code" or (not cell.outputs and cell.execution_count is None), \
            f"{name} is stored with outputs: clear them before committing"
    nb.cells.insert(0, nbformat.v4.new_code_cell(PROBE))
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as err:
        pytest.fail(f"{name}: a cell failed\n{err}", pytrace=False)
    return nb


def _cell(nb: nbformat.NotebookNode, needle: str) -> nbformat.NotebookNode:
    cells = [c for c in nb.cells if c.cell_type == "code" and needle in c.source]
    assert len(cells) == 1, f"expected one code cell with {needle!r}, found {len(cells)}"
    return cells[0]


def _text(cell: nbformat.NotebookNode, stream: str = "stdout") -> str:
    return "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == stream)


def _data(cell: nbformat.NotebookNode, mime: str) -> list[str]:
    return [o.data[mime] for o in cell.outputs if o.output_type in ("display_data", "execute_result")
            and mime in o.data]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("notebook-out")


@pytest.fixture(scope="module")
def explore(out_dir):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GRAPHKIT_NOTEBOOK_OUT", str(out_dir))  # the kernel inherits it
        yield _execute("explore.ipynb")


@pytest.fixture(scope="module")
def quality():
    return _execute("quality.ipynb")


@pytest.fixture(scope="module")
def G(nlp):
    """The graph the explore notebook builds, built here with the session pipeline."""
    return graphkit.build_graph([DATA], nlp=nlp)


def _check_clean(nb: nbformat.NotebookNode) -> None:
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"cell {cell.source[:60]!r} raised {errors[0].ename}"
        stderr = _text(cell, "stderr")
        assert "Traceback" not in stderr and "Warning" not in stderr, \
            f"cell {cell.source[:60]!r} wrote to stderr:\n{stderr}"


def _check_kernel(nb: nbformat.NotebookNode) -> None:
    out = _text(nb.cells[0])
    prefix = re.search(r"^KERNEL-PREFIX=(.*)$", out, re.MULTILINE).group(1)
    executable = re.search(r"^KERNEL-EXECUTABLE=(.*)$", out, re.MULTILINE).group(1)
    assert Path(prefix).resolve() == Path(sys.prefix).resolve(), \
        f"the notebook ran in {executable}, not in this environment's python ({sys.executable})"


# --------------------------------------------------------------------------- explore


def test_explore_runs_in_this_environment_without_errors(explore):
    _check_kernel(explore)
    _check_clean(explore)


def test_explore_reports_the_graph_it_built(explore, G):
    out = _text(_cell(explore, "G = graphkit.build_graph("))
    assert f"2 articles -> {G.number_of_nodes()} actors, {G.number_of_edges()} edges" in out


def test_explore_shows_the_html_view_inline(explore, G):
    frames = [h for h in _data(_cell(explore, 'iframe_html(G, title="Sample articles")'), "text/html")]
    assert len(frames) == 1
    frame = frames[0]
    match = re.fullmatch(r'<div class="graphkit-view"><iframe srcdoc="([^"]*)" title="Sample articles" '
                         r'sandbox="allow-scripts allow-forms" style="[^"<>]*"></iframe></div>', frame)
    assert match, frame[:300]
    page = html.unescape(match.group(1))
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert "vis-network" in page or "vis.Network" in page
    assert re.search(r"<script[^>]+src=", page) is None  # everything inlined: no network needed
    for node in ("Donald Trump", "Iran", "Israel"):
        assert node in page
    ego = _data(_cell(explore, "iframe_html(ego"), "text/html")
    assert len(ego) == 1 and ego[0].startswith('<div class="graphkit-view"><iframe srcdoc="&lt;!DOCTYPE html&gt;')


def test_explore_ranks_the_central_actors(explore, G):
    (table,) = _data(_cell(explore, "analysis.centrality_table(G)"), "text/html")
    shown = [html.unescape(n) for n in re.findall(r"<tr>\s*<th>([^<]*)</th>", table)]
    shown = [n for n in shown if n in G]
    expected = list(analysis.centrality_table(G).index[:10])
    assert shown == expected
    assert shown[0] in PRINCIPALS, f"{shown[0]} tops the centrality table of the sample articles"
    for col in ("degree", "betweenness", "actions_out", "actions_in"):
        assert f"<th>{col}</th>" in table


def test_explore_tables_of_pairs_ego_and_classes(explore, G):
    (pairs,) = _data(_cell(explore, 'actions_by_pair(G, types=("state",))'), "text/html")
    expected = analysis.actions_by_pair(G)
    assert len(expected) > 0
    for col in expected.columns:
        assert f"<th>{col}</th>" in pairs
    top_source, top_target = expected.index[0]
    assert top_source in pairs and top_target in pairs

    ego_cell = _cell(explore, 'analysis.ego_graph(G, "Trump"')
    ego = analysis.ego_graph(G, "Trump")
    assert f"{ego.number_of_nodes()} actors, {ego.number_of_edges()} edges around Donald Trump" in _text(ego_cell)

    (classes,) = _data(_cell(explore, "analysis.action_class_counts(G)"), "text/html")
    assert analysis.action_class_counts(G)["category"].iloc[0] in classes
    chart = _data(_cell(explore, "plot_action_classes(G)"), "image/png")
    assert len(chart) == 1 and base64.b64decode(chart[0])[:8] == b"\x89PNG\r\n\x1a\n"  # the bar chart


def test_explore_saves_the_conflict_subgraph(explore, G, out_dir):
    html_path, graphml_path = out_dir / "conflict.html", out_dir / "conflict.graphml"
    assert html_path.is_file() and graphml_path.is_file()
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    H = graphkit.read(graphml_path)
    expected = subgraph_by_quad(G, CONFLICT)
    assert H.number_of_edges() == expected.number_of_edges() > 0
    assert sorted(H.nodes) == sorted(expected.nodes)
    assert {d["quad"] for _u, _v, d in H.edges(data=True)} <= CONFLICT
    assert {d["kind"] for _u, _v, d in H.edges(data=True)} == {"action"}
    out = _text(_cell(explore, "graphkit.write(conflict, graphml_path)"))
    assert f"({H.number_of_nodes()} actors, {H.number_of_edges()} edges read back)" in out


def test_explore_over_time(explore, nlp):
    from graphkit import diff, timeline

    T = graphkit.build_graph([ROOT / "tests" / "corpus" / "dated"], nlp=nlp)
    table = graphkit.events(T)
    out = _text(_cell(explore, "graphkit.events(T)"))
    dated = (table["date_source"] == "sentence").sum()
    assert out.startswith(f"{len(table)} events from 05 May 2025 to 14 Jun 2025, {dated} dated by their sentence")
    weekly_cell = _cell(explore, "analysis.events_per_week(T, top=3)")
    (weekly,) = _data(weekly_cell, "text/html")
    expected = analysis.events_per_week(T, top=3).loc["Armenia - Azerbaijan"]
    assert len(expected) == 6 and expected["verbal-cooperation"].tolist()[:3] == [3, 2, 1]
    for column in expected.columns:
        assert f"<th>{column}</th>" in weekly
    chart = _data(weekly_cell, "image/png")
    assert len(chart) == 1 and base64.b64decode(chart[0])[:8] == b"\x89PNG\r\n\x1a\n"
    out = _text(_cell(explore, "diff.compare(first_half, second_half)"))
    middle = timeline.halfway(T)
    assert middle == "2025-05-25"
    assert out == f"split at {middle}:\n" + diff.compare(*diff.split(T, middle)).summary() + "\n"
    assert "Armenia - Azerbaijan: cooperation +2.8 -> conflict -4.8" in out
    (frame,) = _data(_cell(explore, 'title="What changed"'), "text/html")
    assert "gk-changes" in html.unescape(frame)


# --------------------------------------------------------------------------- quality


def test_quality_runs_in_this_environment_without_errors(quality):
    _check_kernel(quality)
    _check_clean(quality)


def test_quality_prints_the_figures_of_the_gold(quality, nlp):
    gold_dir = SHARED_GOLD if evaluate.gold_files(SHARED_GOLD) else DATA / "gold"
    setup = _text(_cell(quality, "SHARED_GOLD ="))
    assert f"gold: {gold_dir} ({len(evaluate.gold_files(gold_dir))} files)" in setup

    out = _text(_cell(quality, "evaluate.score_articles(GOLD, DATA)"))
    total = evaluate.combine(evaluate.score_articles(gold_dir, DATA, nlp=nlp).values())
    corpus = out.split("all articles\n", 1)[1]
    for kind in ("actors", "affiliations", "actions"):
        p, r, f = getattr(total, kind)
        line = re.search(rf"^{kind}\s+P (\d\.\d\d)\s+R (\d\.\d\d)\s+F1 (\d\.\d\d)$", corpus, re.MULTILINE)
        assert line, f"no F1 line for {kind} in:\n{out}"
        assert line.groups() == (f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")
    for path in evaluate.gold_files(gold_dir):
        assert path.name.replace(".gold.json", ".txt") in out  # one block per article

    listing = _text(_cell(quality, "total.findings_table()"))
    assert f"{len(total.misses)} misses, {len(total.false_positives)} false positives" in listing


def test_quality_check_of_the_checker_finds_the_planted_mistakes(quality):
    out = _text(_cell(quality, "broken = G.copy()"))
    assert "MISS  actor       'Benjamin Netanyahu' (person)" in out
    assert "(negation wrong)" in out
    assert "FALSE actor       'Nobody In Particular' (person) (not an actor of the article)" in out
    assert re.search(r"^actions\s+P \d\.\d\d\s+R \d\.\d\d\s+F1 \d\.\d\d$", out, re.MULTILINE)
