"""Events in time: an edge's reports and dates, the event table, GEXF spells, periods.

The corpus is tests/corpus/dated (written for these tests): twelve JSONL
records of six weeks, an HTML page with its metadata and a text with a
dateline.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import cli
from graphkit.event_table import COLUMNS, intensity, load_intensity
from graphkit.lexicon import CATEGORIES
from graphkit.timeline import in_period, period_graph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "dated"
PLOVER_TABLE = ROOT.parent / "shared" / "reference" / "CAMEO2PLOVER-2021.txt"
DTYPES = {"date": "datetime64", "str": "str", "int": "int64", "float": "float64", "bool": "bool"}


@pytest.fixture(scope="module")
def G(nlp):
    return graphkit.build_graph([CORPUS], nlp=nlp)


@pytest.fixture(scope="module")
def table(G):
    return graphkit.events(G)


def _kind(dtype) -> str:
    text = str(dtype)
    if text.startswith("datetime64"):
        return "datetime64"
    return "str" if text in ("object", "str", "string") else text


# --------------------------------------------------------------------------- the graph


def test_an_edge_keeps_its_dates_reports_and_documents(G):
    talk = G.edges["state:ARM", "state:AZE", "action:talk"]
    assert (talk["first_date"], talk["last_date"], talk["dates"]) == ("2025-05-05", "2025-06-13", "2025-05-05|2025-06-13")
    assert (talk["reports"], talk["documents"], talk["weight"]) == (2, 2, 2)
    assert [row[:3] for row in json.loads(talk["events"])] == [["2025-05-05", "sentence", ["am-1"]],
                                                               ["2025-06-13", "document", ["page.html"]]]


def test_a_syndicated_sentence_is_one_report_with_two_sources(G, table):
    thank = G.edges["state:ARM", "state:AZE", "action:thank"]
    assert (thank["weight"], thank["documents"], thank["reports"], thank["dates"]) == (2, 2, 1, "2025-05-20")
    (row,) = table[table["action"] == "thank"].to_dict("records")
    assert (row["doc"], row["docs"], row["sources"], row["documents"]) == ("paper-1", "paper-1|wire-1", 2, 2)
    assert row["date"] == pd.Timestamp("2025-05-20")  # the earliest copy's date


def test_affiliations_have_no_dates(graph_of):
    G = graph_of({"a.txt": "NAIROBI, June 16, 2025 (Reuters) - Kenyan President William Ruto praised Uganda."})
    for _, _, d in G.edges(data=True):
        assert ("first_date" in d) == (d["kind"] == "action")


# --------------------------------------------------------------------------- the table


def test_the_table_has_the_documented_columns_and_dtypes(table):
    assert list(table.columns) == [name for name, _, _ in COLUMNS]
    assert {c: _kind(t) for c, t in table.dtypes.items()} == {name: DTYPES[kind] for name, kind, _ in COLUMNS}
    assert len(table) == 32 and table["date"].notna().all()
    first = table.iloc[0].to_dict()
    assert (first["date"], first["date_source"], first["doc"], first["sentence"]) == (
        pd.Timestamp("2025-05-05"), "sentence", "am-1", 0)
    assert (first["source_label"], first["action"], first["target_label"], first["category"], first["intensity"]) == (
        "Armenia", "talk", "Azerbaijan", "consult", 1.0)
    text = (CORPUS / "news.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(text)["text"][first["start_char"]:first["end_char"]] == "talks"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_each_file_reads_back_as_the_same_table(G, table, tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    graphkit.write(G, path)
    if suffix == ".csv":
        back = pd.read_csv(path, parse_dates=["date"], keep_default_na=False)
    elif suffix == ".jsonl":
        back = pd.read_json(path, lines=True, dtype={n: DTYPES[k] for n, k, _ in COLUMNS if k in ("str", "int")})
    else:
        back = pd.read_parquet(path)
    assert {c: _kind(t) for c, t in back.dtypes.items()} == {c: _kind(t) for c, t in table.dtypes.items()}
    pd.testing.assert_frame_equal(back, table, check_dtype=False)


def test_a_plain_read_csv_parses_the_dates(G, tmp_path):
    graphkit.write(G, tmp_path / "events.csv")
    back = pd.read_csv(tmp_path / "events.csv", parse_dates=["date"])
    assert _kind(back["date"].dtype) == "datetime64" and back["date"].notna().all()
    assert str(back["intensity"].dtype) == "float64" and str(back["negated"].dtype) == "bool"


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_a_graph_read_back_gives_the_same_table(G, table, tmp_path, suffix):
    graphkit.write(G, tmp_path / f"g{suffix}")
    pd.testing.assert_frame_equal(graphkit.events(graphkit.read(tmp_path / f"g{suffix}")), table)


def test_an_undated_graph_gives_undated_rows(graph_of):
    table = graphkit.events(graph_of({"a.txt": "Peru attacked Chile on Monday."}))
    assert table[["date_source", "doc", "action"]].values.tolist() == [["none", "a.txt", "attack"]]
    assert table["date"].isna().all() and _kind(table["date"].dtype) == "datetime64"


def test_parquet_without_pyarrow_is_one_clear_error(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "e.parquet")])
    assert result.exit_code == 2
    assert "e.parquet'" in result.output and ".parquet needs pyarrow (pip install 'graphkit[parquet]')" in result.output


# --------------------------------------------------------------------------- intensity

#: graphkit's categories by the sign of their intensity.
COOPERATION = {"consult", "agree", "support", "cooperate", "aid", "concede", "retreat", "request"}
CONFLICT = {"reject", "accuse", "threaten", "protest", "sanction", "mobilize", "coerce", "assault"}


def test_every_category_has_an_intensity_of_its_side():
    values = load_intensity()
    assert set(CATEGORIES) <= set(values)
    assert all(-10 <= v <= 10 for v in values.values())
    assert {c for c in CATEGORIES if values[c] > 0} == COOPERATION
    assert {c for c in CATEGORIES if values[c] < 0} == CONFLICT
    assert intensity("ASSAULT") == intensity("assault") < intensity("COERCE") < 0 < intensity("Aid")
    assert math.isnan(intensity("affiliation"))
    # a request with a conflict quad is a demand (PLOVER's DEMAND coded as request)
    assert intensity("request", "verbal-conflict") < 0 < intensity("request", "verbal-cooperation")


@pytest.mark.skipif(not PLOVER_TABLE.is_file(), reason="../shared/reference is not here")
def test_every_plover_category_has_an_intensity():
    import re

    plover = set(re.findall(r"^\d+: ([A-Z]+)", PLOVER_TABLE.read_text(encoding="utf-8"), re.M))
    assert len(plover) == 16 and all(not math.isnan(intensity(c)) for c in plover)


# --------------------------------------------------------------------------- GEXF


def test_gexf_reads_back_with_its_spells(G, tmp_path):
    graphkit.write(G, tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and "lastmodifieddate" not in text
    H = nx.read_gexf(tmp_path / "g.gexf")
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    edges = {d["id"]: d for _, _, d in H.edges(data=True)}
    talk = edges["state:ARM|state:AZE|action:talk"]
    assert talk["spells"] == [("2025-05-05", "2025-05-05"), ("2025-06-13", "2025-06-13")]
    assert (talk["label"], talk["weight"], talk["documents"], talk["negated"]) == ("talk", 2, 2, False)
    assert "events" not in talk
    assert ("2025-05-27", "2025-05-27") in H.nodes["state:AZE"]["spells"]
    assert H.nodes["state:AZE"]["label"] == "Azerbaijan" and H.nodes["state:AZE"]["iso3"] == "AZE"


def test_an_undated_graph_is_a_static_gexf(graph_of, tmp_path):
    G = graph_of({"a.txt": "Peru attacked Chile."})
    graphkit.write(G, tmp_path / "g.gexf")
    assert 'mode="static"' in (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert "spells" not in next(iter(nx.read_gexf(tmp_path / "g.gexf").edges(data=True)))[2]


# --------------------------------------------------------------------------- periods


def test_build_since_until_keeps_only_the_actions_of_the_period(G, table, tmp_path):
    out = tmp_path / "may.csv"
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-q", "--since", "2025-05-26", "--until", "2025-06-08",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    part = pd.read_csv(out, parse_dates=["date"], keep_default_na=False)
    inside = table[(table["date"] >= "2025-05-26") & (table["date"] <= "2025-06-08")].reset_index(drop=True)
    assert len(part) == len(inside) == 11
    pd.testing.assert_frame_equal(part, inside, check_dtype=False)
    # cutting the built graph gives the same table
    pd.testing.assert_frame_equal(graphkit.events(period_graph(G, "2025-05-26", "2025-06-08")), inside)


def test_a_bad_period_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "--since", "June", "-o", str(tmp_path / "g.json")])
    assert (result.exit_code, result.output) == (2, "Error: [G009] since='June' is not a date; use YYYY-MM-DD\n")


def test_in_period_drops_undated_actions_and_documents_outside():
    from graphkit.actions import Action
    from graphkit.extraction import Extraction

    def act(day: str) -> Action:
        return Action("d", "state:PER", "state:CHL", "warn", "VERB", False, "asserted", "threaten", "verbal-conflict",
                      "Peru warned Chile.", 5, 11, "verb.object", 0, day, "document" if day else "none")

    found = list(in_period([Extraction("a", date="2025-06-02", actions=(act("2025-06-02"), act(""))),
                            Extraction("b", date="2025-07-01", actions=(act("2025-06-03"),)),
                            Extraction("c", date="2025-07-01", actions=(act("2025-07-01"),)),
                            Extraction("d", date="2025-06-05"),
                            Extraction("e")], since="2025-06-01", until="2025-06-30"))
    assert [(e.doc_id, [a.date for a in e.actions]) for e in found] == [
        ("a", ["2025-06-02"]), ("b", ["2025-06-03"]), ("d", [])]


def test_the_readme_documents_every_column_with_its_dtype():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    dtypes = {"date": "datetime64 (NaT when undated)", "float": "float64 (NaN when unknown)", "int": "int64",
              "str": "str", "bool": "bool"}
    missing = [name for name, kind, meaning in COLUMNS if f"| `{name}` | {dtypes[kind]} | {meaning} |" not in readme]
    assert missing == []
    for attribute in ("documents", "reports", "first_date", "events"):
        assert f"| `{attribute}`" in readme
