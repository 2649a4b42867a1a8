"""graphkit.analysis on small hand-built graphs (no spaCy): tables, ego networks, the inline view."""
from __future__ import annotations

import copy
import subprocess
import sys
from html.parser import HTMLParser

import matplotlib
import networkx as nx
import pandas as pd
import pytest

from graphkit import analysis
from graphkit.errors import GraphkitError, OptionError
from graphkit.export.html import render_html


def _action(G, u, v, action, category, quad, *, weight=1, negated=False, modality="asserted"):
    key = f"action:{action}" + (":not" if negated else "")
    G.add_edge(u, v, key=key, kind="action", action=action, negated=negated, modality=modality,
               category=category, quad=quad, weight=weight, doc="a.txt", evidence=f"{u} {action} {v}.")


@pytest.fixture
def G() -> nx.MultiDiGraph:
    """Three states, two people, an organization; affiliations and actions, one negated."""
    G = nx.MultiDiGraph()
    nodes = [
        ("state:USA", "United States", "state", 20, "United States|U.S.|US-Iran"),
        ("state:IRN", "Iran", "state", 15, "Iran|Tehran|US-Iran"),
        ("state:ISR", "Israel", "state", 12, "Israel|Israeli"),
        ("person:donald trump", "Donald Trump", "person", 9, "Donald Trump|Trump"),
        ("person:ali khamenei", "Ali Khamenei", "person", 3, "Ali Khamenei|Khamenei"),
        ("org:cbs news", "CBS News", "organization", 1, "CBS News"),
    ]
    for key, label, typ, mentions, aliases in nodes:
        G.add_node(key, label=label, type=typ, mentions=mentions, aliases=aliases, doc="a.txt", role="", iso3="")
    G.add_edge("person:donald trump", "state:USA", key="affiliation:President", kind="affiliation",
               action="President", negated=False, modality="asserted", category="affiliation", quad="neutral", weight=2)
    G.add_edge("person:ali khamenei", "state:IRN", key="affiliation:Supreme Leader", kind="affiliation",
               action="Supreme Leader", negated=False, modality="asserted", category="affiliation", quad="neutral",
               weight=1)
    _action(G, "state:ISR", "state:IRN", "attack", "assault", "material-conflict", weight=3)
    _action(G, "state:ISR", "state:IRN", "strike", "assault", "material-conflict", weight=2)
    _action(G, "state:IRN", "state:ISR", "strike", "assault", "material-conflict", weight=1)
    _action(G, "state:USA", "state:ISR", "support", "support", "verbal-cooperation", weight=2)
    _action(G, "state:USA", "state:IRN", "attack", "assault", "material-conflict", weight=4, negated=True)
    _action(G, "person:donald trump", "state:IRN", "warn", "threaten", "verbal-conflict", weight=1)
    _action(G, "person:donald trump", "person:ali khamenei", "reject", "reject", "verbal-conflict", weight=1)
    _action(G, "state:USA", "org:cbs news", "speak", "communicate", "neutral", weight=1, modality="reported")
    return G


def _unchanged(G, before):
    assert nx.utils.graphs_equal(G, before)
    assert list(G.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


# --------------------------------------------------------------------------- centrality


def test_centrality_table_ranks_the_most_linked_actors_first(G):
    before = copy.deepcopy(G)
    t = analysis.centrality_table(G)
    _unchanged(G, before)
    assert list(t.columns) == ["label", "type", "mentions", "degree", "betweenness", "actions_out", "actions_in"]
    assert t.index.name == "node" and len(t) == G.number_of_nodes()
    # the US (Trump, Israel, Iran, CBS) and Iran (Israel, the US, Trump, Khamenei) tie on degree;
    # the US lies on more shortest paths (every one to CBS)
    assert list(t.index[:2]) == ["state:USA", "state:IRN"]
    assert t.loc["state:USA", "betweenness"] > t.loc["state:IRN", "betweenness"]
    assert t.loc["state:IRN", "degree"] == 4 and t.loc["state:USA", "degree"] == 4
    assert t.loc["org:cbs news", "degree"] == 1 and t.loc["org:cbs news", "betweenness"] == 0.0
    expected = nx.betweenness_centrality(nx.Graph(G.to_undirected()), normalized=True)
    for n in G:
        assert t.loc[n, "betweenness"] == pytest.approx(expected[n])
    # weighted actions, negated ones included; affiliations are not actions
    assert t.loc["state:ISR", "actions_out"] == 5 and t.loc["state:ISR", "actions_in"] == 3
    assert t.loc["state:USA", "actions_out"] == 7 and t.loc["state:USA", "actions_in"] == 0
    assert t.loc["state:IRN", "actions_in"] == 10
    assert t.loc["person:donald trump", "actions_out"] == 2


def test_centrality_table_top_and_empty_graph(G):
    assert list(analysis.centrality_table(G, top=2).index) == ["state:USA", "state:IRN"]
    empty = analysis.centrality_table(nx.MultiDiGraph())
    assert empty.empty and list(empty.columns) == ["label", "type", "mentions", "degree", "betweenness",
                                                   "actions_out", "actions_in"]


def test_centrality_table_is_deterministic(G):
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    pd.testing.assert_frame_equal(analysis.centrality_table(G), analysis.centrality_table(H))


# --------------------------------------------------------------------------- tables


def test_edge_table_lists_edges_with_labels(G):
    t = analysis.edge_table(G)
    assert len(t) == G.number_of_edges()
    assert t.iloc[0][["source", "action", "target", "negated", "weight"]].tolist() == [
        "United States", "attack", "Iran", True, 4]
    actions = analysis.edge_table(G, kinds=("action",))
    assert set(actions["kind"]) == {"action"} and len(actions) == 8
    assert list(t.columns) == ["source", "target", "kind", "action", "negated", "modality", "category", "quad",
                               "weight", "doc", "evidence"]


def test_actions_by_pair_counts_categories_between_states(G):
    before = copy.deepcopy(G)
    t = analysis.actions_by_pair(G)
    _unchanged(G, before)
    assert list(t.index.names) == ["source", "target"]
    assert list(t.columns) == ["assault", "support", "total"]
    assert t.index.tolist() == [("Israel", "Iran"), ("United States", "Israel"), ("Iran", "Israel")]
    assert t.loc[("Israel", "Iran")].to_dict() == {"assault": 5, "support": 0, "total": 5}
    # the negated attack of the US is left out, people and CBS are not states
    assert ("United States", "Iran") not in t.index


def test_actions_by_pair_options(G):
    with_negated = analysis.actions_by_pair(G, include_negated=True)
    assert with_negated.loc[("United States", "Iran"), "assault"] == 4
    both_ways = analysis.actions_by_pair(G, directed=False)
    assert both_ways.loc[("Iran", "Israel"), "assault"] == 6
    by_quad = analysis.actions_by_pair(G, None, by="quad")
    assert by_quad.loc[("Donald Trump", "Ali Khamenei"), "verbal-conflict"] == 1
    assert by_quad.loc[("United States", "CBS News"), "neutral"] == 1
    by_word = analysis.actions_by_pair(G, ("state",), by="action")
    assert by_word.loc[("Israel", "Iran")].to_dict() == {"attack": 3, "strike": 2, "support": 0, "total": 5}
    with pytest.raises(OptionError) as caught:
        analysis.actions_by_pair(G, by="verb")
    assert str(caught.value) == "[G009] by='verb' is not one of category, quad, action"
    assert isinstance(caught.value, ValueError)


def test_actions_by_pair_of_a_graph_without_actions():
    G = nx.MultiDiGraph()
    G.add_node("a", label="Chile", type="state")
    t = analysis.actions_by_pair(G)
    assert t.empty and list(t.columns) == ["total"] and list(t.index.names) == ["source", "target"]


def test_action_class_counts(G):
    t = analysis.action_class_counts(G)
    assert list(t.columns) == ["category", "quad", "edges", "weight"]
    assert t.iloc[0].tolist() == ["assault", "material-conflict", 3, 6]
    assert t["weight"].sum() == 11 and "affiliation" not in set(t["category"])
    assert analysis.action_class_counts(G, include_negated=True).iloc[0].tolist() == [
        "assault", "material-conflict", 4, 10]
    assert analysis.action_class_counts(nx.MultiDiGraph()).empty


def test_plot_action_classes_colours_bars_by_quad(G):
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    fig, ax = plt.subplots()
    try:
        assert analysis.plot_action_classes(G, ax=ax) is ax
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert labels[-1] == "assault"  # the largest on top
        bars = {label: to_hex(p.get_facecolor()) for label, p in zip(labels, ax.patches)}
        assert bars["assault"] == analysis.QUAD_COLORS["material-conflict"]
        assert bars["support"] == analysis.QUAD_COLORS["verbal-cooperation"]
        assert [t.get_text() for t in ax.get_legend().get_texts()][0] == "material-conflict"
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- actors and ego networks


@pytest.mark.parametrize("name", ["state:IRN", "Iran", "iran", "  IRAN ", "Tehran"])
def test_find_actor_by_id_label_or_alias(G, name):
    assert analysis.find_actor(G, name) == "state:IRN"


def test_find_actor_errors(G):
    with pytest.raises(analysis.UnknownActorError, match=r"no actor 'Irann' in the graph; did you mean 'Iran'"):
        analysis.find_actor(G, "Irann")
    with pytest.raises(analysis.UnknownActorError, match=r"'US-Iran' is ambiguous.*state:IRN.*state:USA"):
        analysis.find_actor(G, "US-Iran")
    err = pytest.raises(GraphkitError, analysis.find_actor, G, "Atlantis").value
    assert str(err).startswith("[G020] ") and isinstance(err, LookupError)


def test_ego_graph_is_a_new_graph_around_one_actor(G):
    before = copy.deepcopy(G)
    ego = analysis.ego_graph(G, "Khamenei")
    assert sorted(ego) == ["person:ali khamenei", "person:donald trump", "state:IRN"]
    # every edge among them, with keys and attributes
    assert sorted(ego.edges(keys=True)) == [
        ("person:ali khamenei", "state:IRN", "affiliation:Supreme Leader"),
        ("person:donald trump", "person:ali khamenei", "action:reject"),
        ("person:donald trump", "state:IRN", "action:warn"),
    ]
    assert ego.nodes["state:IRN"] == G.nodes["state:IRN"]
    ego.nodes["state:IRN"]["label"] = "changed"
    ego.remove_node("person:donald trump")
    _unchanged(G, before)
    assert sorted(analysis.ego_graph(G, "person:ali khamenei", radius=2)) == sorted(
        ["person:ali khamenei", "person:donald trump", "state:IRN", "state:USA", "state:ISR"])
    # following outgoing edges only
    assert sorted(analysis.ego_graph(G, "Khamenei", undirected=False)) == ["person:ali khamenei", "state:IRN"]
    with pytest.raises(analysis.UnknownActorError):
        analysis.ego_graph(G, "Nobody")


# --------------------------------------------------------------------------- the inline view


class _Frames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames: list[dict] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "iframe":
            self.frames.append(dict(attrs))


def test_iframe_html_holds_the_exact_page_escaped(G):
    hostile = '"></iframe><script>alert(1)</script> & \'quotes\''
    G.add_node("org:x", label=hostile, type="organization", mentions=1)
    G.add_edge("org:x", "state:IRN", key="action:warn", kind="action", action="warn", quad="verbal-conflict",
               evidence=hostile)
    before = copy.deepcopy(G)
    frame = analysis.iframe_html(G, title="A <b>title</b>", height=420)
    _unchanged(G, before)
    parser = _Frames()
    parser.feed(frame)
    parser.close()
    assert parser.tags == ["div", "iframe"]  # nothing in the page leaked out as markup
    (attrs,) = parser.frames
    assert attrs["srcdoc"] == render_html(G, title="A <b>title</b>")
    # links to articles open in a tab of their own and the CSV export downloads; never the notebook's origin
    assert attrs["sandbox"] == "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads"
    assert "allow-same-origin" not in attrs["sandbox"] and "allow-top-navigation" not in attrs["sandbox"]
    assert "height: 420px" in attrs["style"] and attrs["title"] == "A <b>title</b>"
    assert "<script" not in frame and "<b>" not in frame


def test_iframe_html_passes_max_nodes(G):
    parser = _Frames()
    parser.feed(analysis.iframe_html(G, max_nodes=2))
    assert parser.frames[0]["srcdoc"] == render_html(G, max_nodes=2) != render_html(G)


# --------------------------------------------------------------------------- the module


def test_importing_graphkit_needs_neither_pandas_nor_matplotlib():
    code = ("import sys, graphkit, graphkit.analysis, graphkit.evaluate; "
            "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------- node and document tables, view links


def test_node_table_lists_every_actor_with_its_links(G):
    G.add_node("location:geneva", label="Geneva", type="location", mentions=2, doc="a.txt|b.txt")
    before = copy.deepcopy(G)
    table = analysis.node_table(G)
    _unchanged(G, before)
    assert list(table.columns) == ["label", "type", "mentions", "documents", "neighbours", "relations", "media",
                                   "role", "iso3", "aliases"]
    assert table.index[0] == "state:IRN" and table.index[-1] == "location:geneva"  # the unconnected last
    assert table.loc["state:IRN", "neighbours"] == 4 and table.loc["state:IRN", "relations"] == 6
    assert table.loc["location:geneva"].to_dict() | {} == {
        "label": "Geneva", "type": "location", "mentions": 2, "documents": 2, "neighbours": 0, "relations": 0,
        "media": False, "role": "", "iso3": "", "aliases": ""}
    assert table["media"].tolist().count(True) == 1 and table.loc["org:cbs news", "media"]
    assert str(table["mentions"].dtype) == "int64" and str(table["media"].dtype) == "bool"


def test_document_table_lists_the_documents_read(G):
    import json

    G.graph["document_table"] = json.dumps([
        {"id": "a.txt", "title": "Strikes", "date": "2025-06-13", "path": "news/a.txt", "url": "https://n.example/a"},
        {"id": "b.txt", "title": "Nothing said", "date": "", "path": "news/b.txt", "url": ""}])
    table = analysis.document_table(G)
    assert list(table.index) == ["a.txt", "b.txt"]
    assert list(table.columns) == ["title", "date", "path", "url", "actors", "actions"]
    assert table.loc["a.txt", "date"] == pd.Timestamp("2025-06-13") and pd.isna(table.loc["b.txt", "date"])
    assert table.loc["a.txt", "actors"] == 6 and table.loc["a.txt", "actions"] == 8
    assert table.loc["b.txt", ["actors", "actions"]].tolist() == [0, 0]
    del G.graph["document_table"]  # an older graph: the documents its nodes and edges cite
    assert list(analysis.document_table(G).index) == ["a.txt"]


def test_view_link_writes_the_page_and_links_it(G, tmp_path):
    link = analysis.view_link(G, tmp_path / "views" / "g.html", title="Iran <&> Israel", start=tmp_path)
    page = (tmp_path / "views" / "g.html").read_text(encoding="utf-8")
    assert page == render_html(G, title="Iran <&> Israel")
    assert link == ('<a href="views/g.html" target="_blank" rel="noopener">Iran &lt;&amp;&gt; Israel</a> '
                    f'({G.number_of_nodes()} actors, {G.number_of_edges()} relations)')
    # a notebook in notebooks/ linking out/: relative, as Jupyter serves it (no file:// it would block)
    elsewhere = analysis.view_link(G, tmp_path / "out" / "g.html", start=tmp_path / "notebooks")
    assert elsewhere.startswith('<a href="../out/g.html"')
