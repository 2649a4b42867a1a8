"""The HTML export, without a browser: one self-contained, safe, deterministic file."""
from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

import graphkit
from graphkit.errors import OptionError, UnknownFormatError, UnknownOptionError
from graphkit.export import html as gh
from graphkit.export import write, writer_options
from graphkit.export.html import render_html, write_html

XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(1)</script>"


# --------------------------------------------------------------------------- graphs


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("Donald Trump", label="Donald Trump", type="person", aliases="Trump|President Trump",
               mentions=12, doc="d1|d2", role="President")
    G.add_node("Iran", label="Iran", type="state", aliases="Iran|Tehran", mentions=15, doc="d1|d2|d3", iso3="IRN")
    G.add_node("Ali Khamenei", label="Ali Khamenei", type="person", aliases="Khamenei", mentions=6, doc="d2",
               role="Ayatollah|Supreme Leader")
    G.add_node("United States", label="United States", type="state", aliases="US|U.S.", mentions=10, doc="d1|d3",
               iso3="USA")
    G.add_node("IAEA", label="IAEA", type="organization", aliases="International Atomic Energy Agency", mentions=4,
               doc="d3")
    G.add_node("Vienna", label="Vienna", type="location", aliases="", mentions=2, doc="d3")
    G.add_node("Hezbollah", label="Hezbollah " + XSS_IMG, type="organization", aliases=XSS_SCRIPT, mentions=3,
               doc="d4")
    G.add_node("Łukasz Müller", label="Łukasz Müller", type="other", aliases="", mentions=1, doc="d5\u2028x")
    G.add_edge("Donald Trump", "Iran", key=0, kind="action", action="threaten", negated=False, modality="asserted",
               category="threaten", quad="verbal-conflict",
               evidence=f"Trump threatened Iran with {XSS_IMG} sanctions.\nTrump again warned Tehran.", doc="d1|d2",
               weight=2)
    G.add_edge("United States", "Iran", key=0, kind="action", action="strike", negated=False, modality="asserted",
               category="assault", quad="material-conflict", evidence="The US struck Iranian sites.", doc="d1",
               weight=3)
    G.add_edge("United States", "Iran", key=1, kind="action", action="negotiate", negated=False,
               modality="hypothetical", category="consult", quad="verbal-cooperation",
               evidence="The US may negotiate with Iran.", doc="d3", weight=1)
    G.add_edge("Iran", "IAEA", key=0, kind="action", action="cooperate", negated=True, modality="asserted",
               category="cooperate", quad="verbal-cooperation", evidence="Iran did not cooperate with the IAEA.",
               doc="d3", weight=1)
    G.add_edge("IAEA", "Vienna", key=0, kind="action", action="meet", negated=False, modality="asserted",
               category="consult", quad="neutral", evidence="The IAEA met in Vienna.", doc="d3", weight=1)
    G.add_edge("Iran", "Hezbollah", key=0, kind="action", action="aid", negated=False, modality="reported",
               category="support", quad="material-cooperation", evidence=XSS_SCRIPT + " Iran funds Hezbollah.",
               doc="d4", weight=4)
    G.add_edge("Ali Khamenei", "Iran", key=0, kind="affiliation", action="Supreme Leader", negated=False,
               category="affiliation", quad="neutral", evidence="Iran's Supreme Leader Ali Khamenei said.", doc="d2",
               weight=1)
    return G


def star_graph(n: int, *, edges: bool = True) -> nx.MultiDiGraph:
    """Actor i has i mentions; with ``edges``, a ring of relations."""
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"n{i:04d}", label=f"Actor {i}", type="person", aliases="", mentions=i, doc="d")
    if edges:
        for i in range(n):
            G.add_edge(f"n{i:04d}", f"n{(i + 1) % n:04d}", kind="action", action="meet", negated=False,
                       modality="asserted", category="consult", quad="neutral", evidence="s", doc="d", weight=1)
    return G


# --------------------------------------------------------------------------- parsing helpers


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self._buf = []

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)
        else:
            self.text.append(data)


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


def graph_data(page: str) -> dict:
    p = parse(page)
    blocks = [body for attrs, body in p.scripts if attrs.get("id") == "graph-data"]
    assert len(blocks) == 1
    assert [a.get("type") for a, b in p.scripts if a.get("id") == "graph-data"] == ["application/json"]
    return json.loads(blocks[0])


def visible_text(page: str) -> str:
    return " ".join(" ".join(parse(page).text).split())


# --------------------------------------------------------------------------- tests


def test_writes_one_utf8_file(tmp_path):
    out = tmp_path / "sub" / "graph.html"
    write_html(small_graph(), out, title="Iran – US")
    assert sorted(os.listdir(out.parent)) == ["graph.html"]
    raw = out.read_bytes()
    page = raw.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "Łukasz Müller" in page  # non-ASCII kept as UTF-8 text
    assert "<title>Iran – US</title>" in page
    assert page == render_html(small_graph(), title="Iran – US")


def test_self_contained_no_outside_reference():
    page = render_html(small_graph())
    p = parse(page)
    for tag, attrs in p.tags:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, name, value)
        assert not (tag == "script" and "src" in attrs), attrs
        assert not (tag == "link" and "href" in attrs), attrs
    assert not any(tag in ("link", "iframe", "object", "embed", "base") for tag, _ in p.tags)
    assert "cdn" not in " ".join(str(a) for _t, a in p.tags).lower()
    assert "bootstrap" not in page.lower() and "tom-select" not in page.lower()
    # vis-network, its CSS and the page's own script are inlined
    bodies = [body for attrs, body in p.scripts if attrs.get("type") is None]
    assert len(bodies) == 2
    assert "vis-network" in bodies[0] and "DataSet" in bodies[0]
    assert "window.graphkit" in bodies[1]
    assert ".vis-network" in page and ".vis-tooltip" in page
    assert "sourceMappingURL" not in page
    # and the browser is told to load nothing from anywhere
    csp = [a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0] and "connect-src 'none'" in csp[0]


def test_csp_hashes_match_inline_scripts():
    import base64
    import hashlib

    page = render_html(small_graph())
    p = parse(page)
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    allowed = set(re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", csp))
    for attrs, body in p.scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert digest in allowed
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]


def test_article_text_cannot_escape_as_markup():
    page = render_html(small_graph(), title="<b>t</b> " + XSS_IMG)
    assert "<img src=x onerror" not in page
    assert "<img" not in page.lower()
    assert XSS_SCRIPT not in page
    assert "<b>t</b>" not in page and "&lt;b&gt;t&lt;/b&gt;" in page
    p = parse(page)
    n_script_tags = sum(1 for tag, _ in p.tags if tag == "script")
    assert n_script_tags == 3  # the JSON data, vis-network, the page's script
    assert page.count("</script>") == n_script_tags
    assert len(re.findall(r"</script", page, flags=re.IGNORECASE)) == n_script_tags
    assert len(re.findall(r"<script", page, flags=re.IGNORECASE)) == n_script_tags
    assert "<!--" not in page
    # the JSON block has no raw <, >, & or line/paragraph separators ...
    raw = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1)
    for ch in "<>&\u2028\u2029":
        assert ch not in raw
    assert "\\u003c" in raw and "\\u003e" in raw and "\\u2028" in raw
    # ... and still gives the article text back exactly, to be shown as text
    data = graph_data(page)
    by_label = {n["name"]: n for n in data["nodes"]}
    assert "Hezbollah " + XSS_IMG in by_label
    assert by_label["Hezbollah " + XSS_IMG]["aliases"] == [XSS_SCRIPT]
    evidence = [s for e in data["edges"] for s, _doc in e["evidence"]]
    assert f"Trump threatened Iran with {XSS_IMG} sanctions." in evidence
    assert XSS_SCRIPT + " Iran funds Hezbollah." in evidence


def test_page_script_never_uses_innerhtml_with_data():
    page = render_html(small_graph())
    app = [body for attrs, body in parse(page).scripts if attrs.get("type") is None][1]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in app
    assert "textContent" in app
    assert "title:" not in app  # no vis-network tooltip: details go to the side panel


def test_counts_and_attributes_match_graph():
    G = small_graph()
    data = graph_data(render_html(G))
    assert len(data["nodes"]) == G.number_of_nodes() == data["shown_nodes"] == data["total_nodes"]
    assert len(data["edges"]) == G.number_of_edges() == data["shown_edges"] == data["total_edges"]
    assert len({n["id"] for n in data["nodes"]}) == len(data["nodes"])
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])
    nodes = {n["id"]: n for n in data["nodes"]}
    pairs = sorted((nodes[e["from"]]["key"], nodes[e["to"]]["key"], e["action"]) for e in data["edges"])
    assert pairs == sorted((u, v, d["action"]) for u, v, d in G.edges(data=True))

    by_key = {n["key"]: n for n in data["nodes"]}
    kh = by_key["Ali Khamenei"]
    assert kh["type"] == "person" and kh["roles"] == ["Ayatollah", "Supreme Leader"]
    assert kh["aliases"] == ["Khamenei"] and kh["mentions"] == 6 and kh["docs"] == ["d2"]
    assert by_key["Iran"]["iso3"] == "IRN" and by_key["Iran"]["aliases"] == ["Tehran"]
    assert by_key["Iran"]["size"] > by_key["Vienna"]["size"]  # sized by mentions
    assert {n["type"] for n in data["nodes"]} == {"person", "state", "organization", "location", "other"}

    edges = {e["action"]: e for e in data["edges"]}
    threat = edges["threaten"]
    assert threat["cls"] == "verbal-conflict" and threat["category"] == "threaten" and threat["weight"] == 2
    assert threat["evidence"] == [[f"Trump threatened Iran with {XSS_IMG} sanctions.", "d1"],
                                  ["Trump again warned Tehran.", "d2"]]
    assert not threat["dashed"] and threat["label"] == "threaten"
    assert edges["cooperate"]["negated"] and edges["cooperate"]["dashed"]
    assert edges["cooperate"]["label"] == "not cooperate"
    assert edges["negotiate"]["modality"] == "hypothetical" and edges["negotiate"]["dashed"]
    assert edges["aid"]["modality"] == "reported" and not edges["aid"]["dashed"]
    aff = edges["Supreme Leader"]
    assert aff["kind"] == "affiliation" and aff["cls"] == "affiliation" and aff["quad"] == ""
    # two relations between the same pair get distinct curves
    assert {edges["strike"]["curve"]["type"], edges["negotiate"]["curve"]["type"]} == {"curvedCW", "curvedCCW"}
    assert edges["strike"]["curve"]["roundness"] == edges["negotiate"]["curve"]["roundness"] == 0.15
    assert [edges["strike"]["spring"], edges["negotiate"]["spring"]] == [True, False]
    assert threat["curve"] is None and threat["spring"]


def test_parallel_relations_fan_out_on_both_sides():
    G = nx.MultiDiGraph()
    G.add_node("a", label="A")
    G.add_node("b", label="B")
    for i in range(5):
        G.add_edge("a", "b", key=i, action=f"x{i}", quad="neutral")
    G.add_edge("b", "a", key=0, action="back", quad="neutral")
    edges = graph_data(render_html(G))["edges"]
    curves = [(e["action"], e["curve"]["type"], e["curve"]["roundness"]) for e in edges]
    # six relations, three on each side of the line between a and b
    assert curves == [("x0", "curvedCW", 0.15), ("x1", "curvedCCW", 0.15), ("x2", "curvedCW", 0.375),
                      ("x3", "curvedCCW", 0.375), ("x4", "curvedCW", 0.6), ("back", "curvedCW", 0.6)]
    # "back" points the other way: clockwise for it is counter-clockwise for a -> b
    assert max(e["curve"]["roundness"] for e in edges) <= 0.6
    assert [e["spring"] for e in edges] == [True] + [False] * 5


def test_legend_and_controls_in_page():
    page = render_html(small_graph())
    p = parse(page)
    ids = {a.get("id") for _t, a in p.tags}
    for needed in ("gk-search", "gk-physics", "gk-type-filters", "gk-class-filters", "gk-details", "gk-network"):
        assert needed in ids
    boxes = {(a.get("data-filter"), a.get("value")) for t, a in p.tags if t == "input" and a.get("data-filter")}
    assert {v for f, v in boxes if f == "type"} == {"person", "state", "organization", "location", "other"}
    assert {v for f, v in boxes if f == "cls"} == {
        "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "neutral",
        "affiliation"}
    text = visible_text(page)
    for words in ("material conflict", "verbal cooperation", "affiliation", "dashed: negated or hypothetical",
                  "size: number of mentions", "8 actors · 7 relations"):
        assert words in text
    assert "showing" not in text.lower()


def test_max_nodes_keeps_strongest_actors_and_says_so():
    G = nx.MultiDiGraph()
    for i in range(10):
        G.add_node(f"a{i}", label=f"A{i}", type="person", mentions=i)
    # a0 has no mentions of its own but heavy relations: 0 + 2 * 20 = 40
    G.add_edge("a0", "a1", kind="action", action="x", quad="neutral", weight=20)
    G.add_edge("a1", "a0", kind="action", action="y", quad="neutral", weight=20)
    G.add_edge("a9", "a8", kind="action", action="z", quad="neutral", weight=1)
    G.add_edge("a9", "a2", kind="action", action="w", quad="neutral", weight=1)
    page = render_html(G, max_nodes=3)
    data = graph_data(page)
    # scores: a0 40, a1 41, a9 11, a8 9
    assert sorted(n["key"] for n in data["nodes"]) == ["a0", "a1", "a9"]
    assert sorted(e["action"] for e in data["edges"]) == ["x", "y"]
    assert data["total_nodes"] == 10 and data["shown_nodes"] == 3
    assert "showing 3 of 10 actors" in visible_text(page)
    assert "2 of 4 relations" in visible_text(page)

    everything = graph_data(render_html(G, max_nodes=None))
    assert len(everything["nodes"]) == 10 and len(everything["edges"]) == 4
    assert "showing" not in visible_text(render_html(G, max_nodes=None)).lower()
    assert "showing" not in visible_text(render_html(G, max_nodes=10)).lower()


def test_default_max_nodes_is_500_with_thousands_separators():
    page = render_html(star_graph(2000, edges=False))
    data = graph_data(page)
    assert len(data["nodes"]) == 500
    assert min(n["mentions"] for n in data["nodes"]) == 1500  # the 500 most mentioned
    assert "showing 500 of 2,000 actors" in visible_text(page)


@pytest.mark.parametrize("bad", [0, -1, 2.5, "10", True])
def test_bad_max_nodes_is_refused(bad):
    with pytest.raises(OptionError) as caught:
        render_html(small_graph(), max_nodes=bad)
    assert str(caught.value) == (f"[G009] max_nodes={bad!r} is not valid; "
                                 "use a whole number >= 1, or None for every actor")
    assert isinstance(caught.value, ValueError)


# --------------------------------------------------------------------------- graphkit.write


def test_write_passes_each_writer_the_options_it_takes(tmp_path):
    G = star_graph(10)
    assert graphkit.write is write
    assert writer_options(write_html) == ("title", "max_nodes")
    for name in ("g.html", "g.graphml", "g.json"):  # one loop, the same options for every output
        write(G, tmp_path / name, max_nodes=3, title="Ring")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert page == render_html(G, title="Ring", max_nodes=3) and graph_data(page)["shown_nodes"] == 3
    for name in ("g.graphml", "g.json"):
        assert graphkit.read(tmp_path / name).number_of_nodes() == 10
    write(G, tmp_path / "all.htm")  # no options: the writer's defaults
    assert (tmp_path / "all.htm").read_text(encoding="utf-8") == render_html(G)


def test_write_refuses_an_option_no_writer_takes(tmp_path):
    with pytest.raises(UnknownOptionError) as caught:
        write(small_graph(), tmp_path / "g.graphml", max_node=3, colour="red")
    assert str(caught.value) == ("[G010] write() takes no option 'colour', 'max_node'; "
                                 "valid: max_nodes (.html), title (.html)")
    assert isinstance(caught.value, TypeError)
    with pytest.raises(OptionError, match="max_nodes=-1"):  # a known option's value is the writer's to check
        write(small_graph(), tmp_path / "g.html", max_nodes=-1)
    with pytest.raises(UnknownFormatError, match="unknown format '.png'"):
        write(small_graph(), tmp_path / "g.png", max_nodes=3)
    assert os.listdir(tmp_path) == []


def test_large_graphs_get_precomputed_positions_small_ones_physics():
    small = graph_data(render_html(small_graph()))
    assert small["layout"] == "physics"
    assert all("x" not in n for n in small["nodes"])
    big = graph_data(render_html(star_graph(gh.PHYSICS_LIMIT + 50), max_nodes=None))
    assert big["layout"] == "fixed"
    xy = [(n["x"], n["y"]) for n in big["nodes"]]
    assert len(set(xy)) == len(xy)  # no two actors on the same spot
    assert all(isinstance(c, float) and abs(c) < 1e6 for p in xy for c in p)


def test_output_is_deterministic():
    a = render_html(small_graph(), title="t")
    assert a == render_html(small_graph(), title="t")
    # insertion order does not matter either
    G = small_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(H, title="t") == a
    # nor for a graph laid out in Python
    big = star_graph(gh.PHYSICS_LIMIT + 20)
    assert render_html(big, max_nodes=None) == render_html(big.copy(), max_nodes=None)


def test_failed_render_leaves_existing_file_untouched(tmp_path, monkeypatch):
    out = tmp_path / "graph.html"
    out.write_text("old page", encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(gh, "render_html", boom)
    with pytest.raises(RuntimeError, match="renderer failed"):
        write_html(small_graph(), out)
    assert out.read_text(encoding="utf-8") == "old page"
    monkeypatch.undo()

    monkeypatch.setattr(gh, "_graph_data", boom)
    with pytest.raises(RuntimeError):
        write_html(small_graph(), out)
    assert out.read_text(encoding="utf-8") == "old page"
    assert os.listdir(tmp_path) == ["graph.html"]  # no temporary file left behind


def test_failed_write_leaves_existing_file_untouched(tmp_path, monkeypatch):
    out = tmp_path / "graph.html"
    out.write_text("old page", encoding="utf-8")
    import graphkit.export._atomic as atomic

    real_replace = atomic.os.replace

    def fail_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", fail_replace)
    with pytest.raises(OSError, match="disk full"):
        write_html(small_graph(), out)
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert out.read_text(encoding="utf-8") == "old page"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_odd_and_missing_attributes_still_render():
    G = nx.MultiDiGraph()
    G.add_node(1)  # no attributes at all
    G.add_node("x", label="  ", type="Spaceship", mentions="many", aliases=["b", "a", "b"], doc=None,
               role="", bad="\udcff surrogate")
    G.add_node("s", label="bad \udcff bytes", type="STATE", mentions=3.7)
    G.add_edge(1, "x")
    G.add_edge("x", "x", kind="affiliation", action="self", weight="2")
    G.add_edge("s", 1, kind="weird", quad="sideways", negated="false", modality="", evidence=None, weight=None)
    page = render_html(G)
    page.encode("utf-8")
    data = graph_data(page)
    nodes = {n["key"]: n for n in data["nodes"]}
    assert nodes["1"]["name"] == "1" and nodes["1"]["type"] == "other" and nodes["1"]["mentions"] == 0
    assert nodes["x"]["name"] == "x" and nodes["x"]["type"] == "other" and nodes["x"]["aliases"] == ["b", "a"]
    assert nodes["s"]["type"] == "state" and nodes["s"]["mentions"] == 3 and nodes["s"]["name"] == "bad \ufffd bytes"
    edges = {e["from"]: e for e in data["edges"]}
    weird = edges[nodes["s"]["id"]]
    assert weird["kind"] == "action" and weird["cls"] == "neutral" and weird["negated"] is False
    assert weird["modality"] == "asserted" and weird["evidence"] == [] and weird["weight"] == 1
    assert edges[nodes["x"]["id"]]["cls"] == "affiliation" and edges[nodes["x"]["id"]]["weight"] == 2


def test_plain_and_empty_graphs():
    D = nx.DiGraph()
    D.add_edge("a", "b", action="meet", quad="neutral")
    data = graph_data(render_html(D))
    assert len(data["nodes"]) == 2 and len(data["edges"]) == 1 and data["edges"][0]["key"] == ""
    empty = graph_data(render_html(nx.MultiDiGraph()))
    assert empty["nodes"] == [] and empty["edges"] == []


def test_module_documents_what_the_format_cannot_carry():
    doc = gh.__doc__ or ""
    assert "cannot carry" in doc and "max_nodes" in doc


# --------------------------------------------------------------------------- time


def _page_data(page: str) -> dict:
    return json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S)[1])


def test_a_dated_graph_gets_a_period_and_an_undated_one_none():
    G = small_graph()
    page = render_html(G)
    assert 'id="gk-time"' not in page and _page_data(page)["time"] is None
    G.edges["Donald Trump", "Iran", 0]["dates"] = "2025-06-16|2025-06-16|2025-09-01"
    G.edges["United States", "Iran", 0]["dates"] = "2025-06-20|bad"  # only ISO days count
    page = render_html(G)
    data = _page_data(page)
    assert data["time"] == {"first": "2025-06-16", "last": "2025-09-01"}
    assert [e["dates"] for e in data["edges"] if e["dates"]] == [["2025-06-16", "2025-06-16", "2025-09-01"],
                                                                 ["2025-06-20"]]
    assert '<p id="gk-period" aria-live="polite">All dates: 16 Jun 2025 \u2013 1 Sep 2025</p>' in page
    undated = sum(1 for _, _, d in G.edges(data=True) if d["kind"] == "action") - 2
    assert f"{undated} undated relations: shown only with every date." in page


def test_changes_get_a_legend_only_when_marked():
    G = small_graph()
    assert 'id="gk-changes"' not in render_html(G)
    G.nodes["IAEA"]["change"] = "new"
    G.edges["Iran", "IAEA", 0]["change"] = "to-conflict"
    G.edges["IAEA", "Vienna", 0]["change"] = "bogus"  # not a change graphkit marks: ignored
    page = render_html(G)
    assert re.search(r'id="gk-changes".*new actor<span class="gk-count">1</span>.*turned to conflict'
                     r'<span class="gk-count">1</span></li></ul>', page)
    assert [e["change"] for e in _page_data(page)["edges"] if e["change"]] == ["to-conflict"]
