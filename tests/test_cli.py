"""The ``graphkit`` command end to end, driven through click's CliRunner."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit import __version__
from graphkit.cli import cli
from graphkit.export.graphml import read_graphml
from graphkit.export.json import read_json

DATA = __import__("pathlib").Path(__file__).resolve().parent.parent / "data"

NODE_ATTRS = {"label": str, "type": str, "aliases": str, "mentions": int}
EDGE_ATTRS = {"kind": str, "action": str, "negated": bool, "evidence": str, "doc": str, "weight": int}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(DATA), "-o", str(out / "g.html"), "-o", str(out / "g.graphml"),
                                      "-o", str(out / "g.json")])
    assert result.exit_code == 0, result.output
    return out, result


def test_build_writes_all_three_formats(built):
    out, result = built
    G = read_graphml(out / "g.graphml")
    actions = sum(1 for *_, d in G.edges(data=True) if d["kind"] == "action")
    assert G.number_of_nodes() > 5 and actions > 0
    # data/gold holds the gold annotations (.json), which are not articles
    summary = re.search(r"2 document\(s\) read, skipped 2 \.json files; (\d+) actors, (\d+) action edges",
                        result.output)
    assert summary and (int(summary[1]), int(summary[2])) == (G.number_of_nodes(), actions)
    J = read_json(out / "g.json")
    assert (J.number_of_nodes(), J.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    # the HTML view carries the same actors and relations (fewer than --max-nodes' 500: all shown)
    page = (out / "g.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)[1])
    assert sorted(n["key"] for n in data["nodes"]) == sorted(G.nodes)
    assert data["total_edges"] == len(data["edges"]) == G.number_of_edges()


def test_graphml_carries_the_contract_and_round_trips(built):
    out, _ = built
    G = read_graphml(out / "g.graphml")
    J = read_json(out / "g.json")
    assert isinstance(G, nx.MultiDiGraph) and G.number_of_nodes() > 5
    assert sorted(G.nodes) == sorted(J.nodes)
    assert sorted(G.edges(keys=True)) == sorted(J.edges(keys=True))
    for n, d in G.nodes(data=True):
        for attr, typ in NODE_ATTRS.items():
            assert isinstance(d[attr], typ), (n, attr)
        assert d["type"] in {"person", "state", "organization", "location", "other"}
        assert J.nodes[n] == d
    kinds = set()
    for u, v, k, d in G.edges(keys=True, data=True):
        for attr, typ in EDGE_ATTRS.items():
            assert isinstance(d[attr], typ), (u, v, k, attr)
        assert d["kind"] in {"action", "affiliation"}
        kinds.add(d["kind"])
        assert J.edges[u, v, k] == d
    assert kinds == {"action", "affiliation"}
    # every edge has its own id, so Gephi and yEd keep parallel edges
    text = (out / "g.graphml").read_text(encoding="utf-8")
    ids = re.findall(r'<edge [^>]*id="([^"]+)"', text)
    assert len(ids) == len(set(ids)) == G.number_of_edges()
    # lists are joined with "|", never written as a Python repr; an action's reports are JSON (`events`)
    assert [v for _, _, d in G.edges(data=True) for k, v in d.items()
            if k != "events" and isinstance(v, str) and v.startswith("[")] == []
    for _, _, d in G.edges(data=True):
        if d["kind"] == "action":
            assert len(json.loads(d["events"])) == d["reports"] >= 1


class _Sources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.urls.append(value)


def test_html_is_self_contained(built):
    out, _ = built
    html = (out / "g.html").read_text(encoding="utf-8")
    parser = _Sources()
    parser.feed(html)
    assert not [u for u in parser.urls if u.startswith(("http:", "https:", "//"))]
    assert "vis.Network" in html or "vis-network" in html


def test_stdin_input(tmp_path):
    result = CliRunner().invoke(cli, ["build", "-", "-o", str(tmp_path / "s.graphml")],
                                input="Norway criticized Sweden on Monday.")
    assert result.exit_code == 0, result.output
    G = read_graphml(tmp_path / "s.graphml")
    assert [(G.nodes[u]["label"], d["action"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)] == \
        [("Norway", "criticize", "Sweden")]
    assert G.nodes["state:NOR"]["doc"] == "stdin"


def test_unknown_model_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(DATA), "--model", "xx_no_such_model", "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "xx_no_such_model" in lines[0] and "pip install" in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "g.json").exists()


def test_unknown_format_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(DATA), "-o", str(tmp_path / "g.docx")])
    assert result.exit_code == 2
    assert result.output.strip() == (f"Error: [G002] cannot write {str(tmp_path / 'g.docx')!r}: unknown format "
                                     "'.docx'; use one of .html, .graphml, .json, .gexf, .csv, .jsonl, .parquet")


def test_missing_input_is_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Finland thanked Estonia.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(good), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0
    assert f"graphkit: skipped {tmp_path / 'nope.txt'}: no such file or folder" in result.output
    assert read_json(tmp_path / "g.json").has_node("state:EST")


def test_nothing_readable_exits_1_and_writes_nothing(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 1
    assert not (tmp_path / "g.json").exists()


def test_never_writes_over_an_input(tmp_path):
    src = tmp_path / "a.json"
    src.write_text("Finland thanked Estonia.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(src)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: [G005] refusing to write {str(src)!r}: it is one of the inputs"
    assert src.read_text(encoding="utf-8") == "Finland thanked Estonia."


def test_the_summary_counts_skipped_inputs_by_kind(tmp_path):
    (tmp_path / "a.txt").write_text("Finland thanked Estonia.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.csv").write_bytes(b"")
    (tmp_path / "d.csv").write_text("id,text\nc1,x,y\nc2,a,b,c\n", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text('[1]\n{"id": "n", "body": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "out" / "g.json")])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    # each skip keeps its own reason; the summary counts them by kind (two empty files, two bad rows)
    assert lines[:6] == [
        f"graphkit: skipped {tmp_path / 'b.txt'}: empty file: no text to read",
        f"graphkit: skipped {tmp_path / 'c.csv'}: empty file: no header line",
        f"graphkit: skipped {tmp_path / 'd.csv'}:line 2: row has 1 extra or missing fields for a header of 2",
        f"graphkit: skipped {tmp_path / 'd.csv'}:line 3: row has 2 extra or missing fields for a header of 2",
        f"graphkit: skipped {tmp_path / 'e.jsonl'}:line 1: expected a JSON object, got list",
        f"graphkit: skipped {tmp_path / 'e.jsonl'}:line 2: no text in field 'text' (fields: body, id); "
        "see --text-field",
    ]
    assert lines[6].startswith("graphkit: 1 document(s) read, 6 skipped (2 empty file, 2 wrong number of fields, "
                               "1 missing text field, 1 not a JSON object); ")


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(cli, ["--version"]).output.strip() == f"graphkit, version {__version__}"
    help_text = runner.invoke(cli, ["build", "--help"]).output
    assert "graphkit build data/ -o out/graph.html -o out/graph.graphml" in help_text
