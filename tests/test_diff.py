"""What changed between two graphs (graphkit.diff, ``graphkit diff``), on the dated test corpus.

In tests/corpus/dated, Armenia and Azerbaijan talk and sign in May and fight
from the end of May; Serbia and Kosovo quarrel in May and make up in June;
Turkey, Georgia and Russia appear only in June.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import cli
from graphkit.diff import GraphDiff, PairChange, balances, compare, mark, split

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "dated"
# "Serbia and Kosovo agreed to resume talks" is a promise to meet (agree, +3 after PLOVER), not talks held
TURNED = """Turned (2):
  Serbia - Kosovo: conflict -4.5 -> cooperation +3.9 (moved +8.4; 8 reports)
  Armenia - Azerbaijan: cooperation +2.8 -> conflict -4.8 (moved -7.6; 9 reports)"""


@pytest.fixture(scope="module")
def G(nlp):
    return graphkit.build_graph([CORPUS], nlp=nlp)


@pytest.fixture(scope="module")
def saved(G, tmp_path_factory):
    path = tmp_path_factory.mktemp("diff") / "g.graphml"
    graphkit.write(G, path)
    return path


def test_two_halves_name_the_pairs_that_turned_and_what_is_new(G):
    old, new = split(G, "2025-05-26")
    d = compare(old, new)
    assert [(c.pair, c.kind) for c in d.turned] == [(("state:SRB", "state:XKX"), "to-cooperation"),
                                                    (("state:ARM", "state:AZE"), "to-conflict")]
    assert [a.id for a in d.new_actors] == ["state:GEO", "state:TUR", "state:RUS"]
    assert [c.pair for c in d.new_pairs] == [("state:AZE", "state:TUR"), ("state:ARM", "state:GEO"),
                                             ("state:ARM", "state:RUS"), ("state:AZE", "state:GEO"),
                                             ("state:ARM", "state:TUR")]
    assert {c.kind for c in d.new_pairs} == {"new-pair"}


def test_the_cli_splits_one_graph_at_a_date_and_draws_the_changes(saved, tmp_path):
    page = tmp_path / "diff.html"
    result = CliRunner().invoke(cli, ["diff", str(saved), "--before", "2025-05-26", "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("New actors (3):\n  Georgia (state): 2 reports\n")
    assert result.output.rstrip().endswith(TURNED)
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)[1])
    assert {n["key"] for n in data["nodes"] if n["change"]} == {"state:GEO", "state:TUR", "state:RUS"}
    changed = {(data["nodes"][e["from"]]["key"], e["action"], e["change"]) for e in data["edges"] if e["change"]}
    assert ("state:AZE", "shell", "to-conflict") in changed and ("state:SRB", "praise", "to-cooperation") in changed
    assert ("state:ARM", "talk", "to-conflict") in changed  # every action of a turned pair, early ones too
    assert 'id="gk-changes"' in page.read_text(encoding="utf-8")


def test_two_builds_of_the_halves_give_the_same_turns(tmp_path):
    runner = CliRunner()
    for name, option in (("may", ["--until", "2025-05-25"]), ("june", ["--since", "2025-05-26"])):
        result = runner.invoke(cli, ["build", str(CORPUS), "-q", *option, "-o", str(tmp_path / f"{name}.json")])
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["diff", str(tmp_path / "may.json"), str(tmp_path / "june.json"), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith(TURNED)
    assert "New pairs (5):\n  Azerbaijan - Turkey: cooperation +7.0 (1 report)\n" in result.output
    assert "  ... and 3 more\nTurned (2):" in result.output


@pytest.mark.parametrize("args, message", [
    (["a.graphml"], "Error: give two graphs (OLD NEW), or one graph and --before DATE"),
    (["a.graphml", "b.graphml", "--before", "2025-01-01"], "Error: give two graphs (OLD NEW), or one graph and --before DATE"),
    (["SAVED", "--before", "soon"], "Error: [G009] before='soon' is not a date; use YYYY-MM-DD"),
    (["SAVED", "SAVED", "-o", "d.docx"], "Error: [G002] cannot write 'd.docx': unknown format '.docx'; use one of "
                                         ".html, .graphml, .json, .gexf, .csv, .jsonl, .parquet"),
    (["nope.graphml", "SAVED"], "Error: cannot read the graphs:"),
])
def test_diff_usage_problems_are_one_line_exit_2(saved, args, message):
    result = CliRunner().invoke(cli, ["diff", *[str(saved) if a == "SAVED" else a for a in args]])
    assert result.exit_code == 2 and result.output.startswith(message), result.output


def test_balance_counts_reports_and_leaves_out_negated_actions():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", kind="action", category="aid", reports=3)                  # +7.0 three times
    G.add_edge("b", "a", kind="action", category="assault", reports=1)              # -9.7 once
    G.add_edge("b", "a", kind="action", category="assault", negated=True, reports=5)
    G.add_edge("a", "c", kind="affiliation", category="affiliation")
    assert balances(G) == {("a", "b"): (2.83, 4)}


def test_a_pair_at_zero_has_not_turned():
    old, new = nx.MultiDiGraph(), nx.MultiDiGraph()
    old.add_edge("a", "b", kind="action", category="communicate")
    new.add_edge("a", "b", kind="action", category="assault")
    assert compare(old, new).turned == []


def test_mark_leaves_the_graph_alone():
    new = nx.MultiDiGraph()
    new.add_edge("a", "b", key="action:aid", kind="action", category="aid")
    d = GraphDiff(turned=[PairChange(("a", "b"), ("A", "B"), -2.0, 7.0, 1, "to-cooperation")])
    H = mark(new, d)
    assert H.edges["a", "b", "action:aid"]["change"] == "to-cooperation"
    assert "change" not in new.edges["a", "b", "action:aid"]
