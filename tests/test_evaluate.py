"""graphkit.evaluate on hand-built graphs and gold (no spaCy), checked by hand and against shared/score.py."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import graphkit
from graphkit import evaluate
from graphkit.errors import GraphkitError

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SCORE_PY = ROOT.parent / "shared" / "score.py"

# --------------------------------------------------------------------------- the case

GOLD_A = {
    "doc": "a.txt",
    "entities": [
        {"id": "usa", "type": "state", "name": "United States", "aliases": ["U.S.", "America"], "required": True},
        {"id": "iran", "type": "state", "name": "Iran", "aliases": ["Tehran"], "required": True},
        {"id": "israel", "type": "state", "name": "Israel", "aliases": [], "required": True},
        {"id": "trump", "type": "person", "name": "Donald Trump", "aliases": ["Trump", "President Trump"]},
        {"id": "netanyahu", "type": "person", "name": "Benjamin Netanyahu", "aliases": ["Netanyahu"]},  # required
        {"id": "iraq", "type": "state", "name": "Iraq", "aliases": [], "required": True},
        {"id": "cbs", "type": "organization", "name": "CBS News", "aliases": ["CBS"], "required": True},
        {"id": "oman", "type": "state", "name": "Oman", "aliases": [], "required": False},
        {"id": "gulf", "type": "location", "name": "Persian Gulf", "aliases": [], "required": False},
    ],
    "affiliations": [
        {"member": "trump", "group": "usa", "role": "President", "required": True},
        {"member": "trump", "group": "usa", "role": "head of state", "required": True},
        {"member": "netanyahu", "group": "israel", "role": "Prime Minister", "required": True},
        {"member": "cbs", "group": "usa", "role": "member", "required": False},
    ],
    "actions": [
        {"source": ["trump", "usa"], "target": ["iran"], "lemmas": ["warn", "warning"], "required": True,
         "evidence": "Trump warned Tehran."},                                                   # 0
        {"source": ["israel"], "target": ["iran"], "lemmas": ["attack", "strike"], "required": True,
         "evidence": "Israel attacked Iran."},                                                  # 1
        {"source": ["iran"], "target": ["israel"], "lemmas": ["negotiate"], "symmetric": True,
         "evidence": "Iran and Israel should negotiate."},                                      # 2, required
        {"source": ["usa"], "target": ["israel"], "lemmas": ["support"], "negated": True, "required": True,
         "evidence": "The U.S. did not support Israel."},                                       # 3
        {"source": ["trump", "usa"], "target": ["iran"], "lemmas": ["threaten"], "required": False,
         "evidence": "Trump threatened Iran."},                                                 # 4
        {"source": ["israel"], "target": ["iran"], "lemmas": ["strike", "bomb"], "required": True,
         "evidence": "Israel struck again."},                                                   # 5
        {"source": ["iran"], "target": ["oman"], "lemmas": ["call"], "required": True,
         "evidence": "Iran called on Oman."},                                                   # 6
    ],
}

GOLD_B = {
    "doc": "b.txt",
    "entities": [
        {"id": "chile", "type": "state", "name": "Chile", "aliases": [], "required": True},
        {"id": "peru", "type": "state", "name": "Peru", "aliases": [], "required": True},
        {"id": "usa", "type": "state", "name": "United States", "aliases": ["Washington"], "required": False},
    ],
    "affiliations": [],
    "actions": [
        {"source": ["chile"], "target": ["peru"], "lemmas": ["praise"], "required": True},
        {"source": ["peru"], "target": ["chile"], "lemmas": ["thank"], "required": True},
    ],
}


def _node(G, key, label, typ, mentions=1, aliases=""):
    G.add_node(key, label=label, type=typ, mentions=mentions, aliases=aliases or label, doc="a.txt")


def _edge(G, u, v, kind, action, negated=False, weight=1):
    key = f"{kind}:{action}" + (":not" if negated else "")
    G.add_edge(u, v, key=key, id=f"{u}|{v}|{key}", kind=kind, action=action, negated=negated, weight=weight,
               evidence=f"{u} {action} {v}.", doc="a.txt")


def graph_a() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    _node(G, "state:USA", "the U.S.", "state", 10, "U.S.|US|America")        # alias through "the" and dots
    _node(G, "state:IRN", "Iran", "state", 8)
    _node(G, "person:trump", "Donald J. Trump", "person", 7, "Trump|Donald J. Trump")  # by its aliases
    _node(G, "state:ISR", "Israel's", "state", 6)                            # trailing 's
    _node(G, "person:president", "President Trump", "person", 2)            # duplicate of Trump
    _node(G, "state:OMN", "Sultanate", "state", 1, "Sultanate|Oman")         # optional entity
    _node(G, "org:iraq", "Iraq", "organization", 1)                         # wrong type
    _node(G, "org:cbs", "CBS", "organization", 1)
    _node(G, "location:nowhere", "Gulf of Nowhere", "location", 1)          # unmatched place: no penalty
    _node(G, "location:gulf", "Persian Gulf", "location", 1)                # optional place
    _node(G, "other:thing", "Something", "other", 1)                        # never scored
    _node(G, "org:coalition", "Coalition", "organization", 1, "Tehran|Israel")  # aliases of two entities
    _node(G, "person:doe", "John Doe", "person", 0)                         # not in the article

    _edge(G, "person:trump", "state:USA", "affiliation", "President", weight=2)
    _edge(G, "person:president", "state:USA", "affiliation", "President")   # the duplicate still is Trump
    _edge(G, "org:cbs", "state:USA", "affiliation", "member")               # optional
    _edge(G, "person:doe", "state:IRN", "affiliation", "member")            # false
    _edge(G, "other:thing", "state:IRN", "affiliation", "member")           # unscored end: ignored

    _edge(G, "person:trump", "state:IRN", "action", "warning")              # gold 0
    _edge(G, "state:ISR", "state:IRN", "action", "strike", weight=2)        # gold 1 and 5 in one edge
    _edge(G, "state:ISR", "state:IRN", "action", "negotiate")               # gold 2, the other way round
    _edge(G, "state:USA", "state:ISR", "action", "support")                 # gold 3 is negated: negation error
    _edge(G, "person:trump", "state:IRN", "action", "threaten")             # gold 4, optional
    _edge(G, "state:IRN", "state:OMN", "action", "call on")                 # gold 6, through a word of a phrasal verb
    _edge(G, "state:IRN", "other:thing", "action", "attack")                # unscored end: ignored
    _edge(G, "org:coalition", "state:IRN", "action", "attack")              # false: unmatched actor
    _edge(G, "state:IRN", "state:ISR", "action", "attack")                  # false: gold 1 is one way only
    _edge(G, "location:nowhere", "state:IRN", "action", "attack")           # false: a scored, unmatched place
    _edge(G, "state:ISR", "state:IRN", "action", "attack", negated=True)    # false: negation error
    return G


def graph_b() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    _node(G, "state:CHL", "Chile", "state", 3)
    _node(G, "state:PER", "Peru", "state", 2)
    _node(G, "state:USA", "Washington", "state", 1)
    _edge(G, "state:CHL", "state:PER", "action", "praise")
    _edge(G, "state:PER", "state:USA", "action", "thank")                   # false
    return G


EXPECTED_A = {
    "actor_tp": 5, "actor_fp": 4, "actors_required": 7,
    "aff_tp": 2, "aff_fp": 1, "aff_found": 1, "affiliations_required": 2,
    "action_tp": 4, "action_fp": 5, "action_found": 5, "actions_required": 6,
    "negation_errors": 2, "unscored_nodes": 1, "nodes": 13, "edges": 16,
}


# --------------------------------------------------------------------------- by hand


def test_compare_counts_by_hand():
    G = graph_a()
    before = copy.deepcopy(G)
    report = evaluate.compare(G, evaluate.load_gold([GOLD_A]))
    assert nx.utils.graphs_equal(G, before)
    assert report.counts.as_dict() == EXPECTED_A
    assert report.actors == pytest.approx((5 / 9, 5 / 7, 2 * (5 / 9) * (5 / 7) / (5 / 9 + 5 / 7)))
    assert report.affiliations == pytest.approx((2 / 3, 1 / 2, 4 / 7))
    assert report.actions == pytest.approx((4 / 9, 5 / 6, 2 * (4 / 9) * (5 / 6) / (4 / 9 + 5 / 6)))


def test_compare_lists_misses_and_false_positives():
    report = evaluate.compare(graph_a(), GOLD_A)  # a gold document is read as is
    assert [str(f) for f in report.misses] == [
        "MISS  actor       'Iraq' (state)",
        "MISS  actor       'Benjamin Netanyahu' (person)",
        "MISS  affiliation Benjamin Netanyahu -> Israel (Prime Minister)",
        "MISS  action      United States -support (not)-> Israel  | The U.S. did not support Israel.",
    ]
    fps = [(f.kind, f.item, f.reason) for f in report.false_positives]
    assert fps == [  # actors by mentions, then edges in the graph's order; labels as the graph has them
        ("actor", "'President Trump' (person)", "duplicate node of 'Donald Trump'"),
        ("actor", "'Iraq' (organization)", "typed organization, is state"),
        ("actor", "'Coalition' (organization)", "not an actor of the article"),
        ("actor", "'John Doe' (person)", "not an actor of the article"),
        ("action", "the U.S. -support-> Israel's", "negation wrong"),
        ("action", "Iran -attack-> Israel's", "not in the gold"),
        ("action", "Israel's -attack (not)-> Iran", "negation wrong"),
        ("action", "Gulf of Nowhere -attack-> Iran", "not in the gold"),
        ("action", "Coalition -attack-> Iran", "not in the gold"),
        ("affiliation", "John Doe -> Iran (member)", "not in the gold"),
    ]
    assert report.false_positives[4].evidence == "state:USA support state:ISR."
    assert report.false_positives[4].doc == "a.txt"
    table = report.findings_table()
    assert list(table.columns) == ["verdict", "kind", "item", "reason", "evidence", "doc"]
    assert table["verdict"].value_counts().to_dict() == {"false positive": 10, "miss": 4}


def test_a_perfect_graph_and_an_empty_one():
    G = nx.MultiDiGraph()
    _node(G, "state:CHL", "Chile", "state")
    _node(G, "state:PER", "Peru", "state")
    _edge(G, "state:CHL", "state:PER", "action", "praise")
    _edge(G, "state:PER", "state:CHL", "action", "thank")
    gold = evaluate.load_gold([GOLD_B])
    perfect = evaluate.compare(G, gold)
    assert perfect.actors == perfect.actions == (1.0, 1.0, 1.0) and not perfect.findings
    assert perfect.affiliations == (0.0, 0.0, 0.0)  # nothing to find, nothing claimed
    empty = evaluate.compare(nx.MultiDiGraph(), gold)
    assert empty.actors == (0.0, 0.0, 0.0) and len(empty.misses) == 4


def test_summary_and_tables():
    report = evaluate.compare(graph_a(), GOLD_A)
    assert report.summary().splitlines() == [
        "nodes 13  edges 16  unscored nodes 1  negation errors 2",
        "actors        P 0.56  R 0.71  F1 0.63",
        "affiliations  P 0.67  R 0.50  F1 0.57",
        "actions       P 0.44  R 0.83  F1 0.58",
    ]
    assert str(report) == report.summary()
    scores = report.scores()
    assert scores.loc["actions"].to_dict() == pytest.approx(
        {"precision": 4 / 9, "recall": 5 / 6, "f1": report.actions.f1, "true_pos": 4, "false_pos": 5,
         "found": 5, "required": 6})
    table = evaluate.scores_table({"a.txt": report, "b.txt": evaluate.compare(graph_b(), GOLD_B)})
    assert list(table.index) == ["a.txt", "b.txt", "all"]
    assert table.loc["a.txt", ("actions", "F1")] == pytest.approx(report.actions.f1)
    assert list(evaluate.scores_table({"a.txt": report}, total=None).index) == ["a.txt"]


def test_combine_adds_counts():
    a, b = evaluate.compare(graph_a(), GOLD_A), evaluate.compare(graph_b(), GOLD_B)
    both = evaluate.combine([a, b])
    assert both.counts == a.counts + b.counts
    assert both.counts.action_tp == 5 and both.counts.action_fp == 6 and both.counts.actions_required == 8
    assert both.actions == pytest.approx((5 / 11, 6 / 8, 2 * (5 / 11) * (6 / 8) / (5 / 11 + 6 / 8)))
    assert both.misses == a.misses + b.misses


# --------------------------------------------------------------------------- gold files


def test_load_gold_merges_documents(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD_A))
    (tmp_path / "b.gold.json").write_text(json.dumps(GOLD_B))
    gold = evaluate.load_gold(tmp_path)  # a folder: its gold files, sorted
    assert gold.docs == ["a.txt", "b.txt"]
    usa = gold.entities["usa"]
    assert usa["required"] is True  # required in a, optional in b: required
    assert usa["aliases"] == ["America", "U.S.", "United States", "Washington"]
    assert usa["doc"] == "a.txt"
    assert [a["doc"] for a in gold.actions] == ["a.txt"] * 7 + ["b.txt"] * 2
    assert gold.resolve({"label": "washington"}) == "usa"
    assert gold.resolve({"label": "x", "aliases": "Tehran|Israel"}) is None
    assert evaluate.load_gold([tmp_path / "b.gold.json"]).entities["usa"]["required"] is False


def test_load_gold_errors(tmp_path):
    with pytest.raises(evaluate.GoldError, match=r"\[G021\] .*missing\.gold\.json.*cannot read"):
        evaluate.load_gold([tmp_path / "missing.gold.json"])
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json")
    with pytest.raises(evaluate.GoldError, match="bad.gold.json.*not valid JSON"):
        evaluate.load_gold(bad)
    with pytest.raises(evaluate.GoldError, match="no 'entities' field"):
        evaluate.load_gold({"doc": "a.txt"})
    with pytest.raises(evaluate.GoldError, match=r"action .* lacks 'lemmas'"):
        evaluate.load_gold({"doc": "a.txt", "entities": [], "actions": [{"source": ["a"], "target": ["b"]}]})
    with pytest.raises(evaluate.GoldError, match="'source' is a list"):
        evaluate.load_gold({"doc": "a.txt", "entities": [],
                            "actions": [{"source": "a", "target": ["b"], "lemmas": ["x"]}]})
    (tmp_path / "empty").mkdir()
    with pytest.raises(evaluate.GoldError, match="holds no"):
        evaluate.load_gold(tmp_path / "empty")
    assert issubclass(evaluate.GoldError, GraphkitError)


@pytest.mark.parametrize("name, expected", [
    ("The U.S.", "us"), ("Iran\u2019s", "iran"), ("  Prime   Minister ", "prime minister"),
    ("the", "the"), ("Theresa May", "theresa may"), ("G-7", "g-7"),
])
def test_normalize(name, expected):
    assert evaluate.normalize(name) == expected


def test_shipped_gold_names_the_sample_articles():
    files = evaluate.gold_files(DATA / "gold")
    assert [f.name for f in files] == [p.stem + ".gold.json" for p in sorted(DATA.glob("*.txt"))]
    gold = evaluate.load_gold(files)
    assert all((DATA / doc).is_file() for doc in gold.docs)
    assert gold.entities and gold.actions
    # the gold files are not articles: a build of data/ does not read them
    from graphkit.documents import iter_documents
    assert all(not d.id.startswith("gold/") for d in iter_documents([DATA]))


def test_score_articles_reports_a_missing_article(tmp_path):
    (tmp_path / "x.gold.json").write_text(json.dumps(dict(GOLD_B, doc="nowhere.txt")))
    with pytest.raises(evaluate.GoldError, match="annotates 'nowhere.txt', which is not in"):
        evaluate.score_articles(tmp_path, DATA, nlp=object())
    (tmp_path / "none").mkdir()
    with pytest.raises(evaluate.GoldError, match="no gold files"):
        evaluate.score_articles(tmp_path / "none", DATA, nlp=object())


# --------------------------------------------------------------------------- against shared/score.py

needs_score_py = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"no reference scorer at {SCORE_PY}")


def _score_py(*args: str) -> dict:
    run = subprocess.run([sys.executable, str(SCORE_PY), "--json", *args], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def _same(report: evaluate.Report, ref: dict) -> None:
    assert report.counts.as_dict() == ref["counts"]
    for kind in ("actors", "affiliations", "actions"):
        assert list(getattr(report, kind)) == pytest.approx(ref[kind]), kind
    assert len(report.misses) == len(ref["misses"])
    assert len(report.false_positives) == len(ref["false_positives"])


@needs_score_py
def test_same_figures_as_score_py_for_one_graph(tmp_path):
    G = graph_a()
    graphkit.write(G, tmp_path / "a.graphml")
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD_A))
    ref = _score_py("--graph", str(tmp_path / "a.graphml"), str(tmp_path / "a.gold.json"))
    assert ref["counts"] == EXPECTED_A
    _same(evaluate.compare(G, GOLD_A), ref)
    # and from the GraphML file, as score.py reads it
    _same(evaluate.compare(graphkit.read(tmp_path / "a.graphml"), GOLD_A), ref)


@needs_score_py
def test_same_figures_as_score_py_for_a_corpus(tmp_path):
    graphs, golds = tmp_path / "graphs", tmp_path / "gold"
    graphs.mkdir()
    golds.mkdir()
    for stem, G, gold in (("a", graph_a(), GOLD_A), ("b", graph_b(), GOLD_B)):
        graphkit.write(G, graphs / f"{stem}.graphml")
        (golds / f"{stem}.gold.json").write_text(json.dumps(gold))
    ref = _score_py("--graph-dir", str(graphs), str(golds / "a.gold.json"), str(golds / "b.gold.json"))
    _same(evaluate.combine([evaluate.compare(graph_a(), GOLD_A), evaluate.compare(graph_b(), GOLD_B)]), ref)
    # one graph against both golds together
    union = nx.compose(graph_a(), graph_b())
    graphkit.write(union, graphs / "union.graphml")
    ref = _score_py("--graph", str(graphs / "union.graphml"), str(golds / "a.gold.json"), str(golds / "b.gold.json"))
    _same(evaluate.compare(union, evaluate.load_gold(golds)), ref)
