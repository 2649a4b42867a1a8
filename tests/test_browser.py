"""The HTML export in a real headless Chromium (Debian's package, driven by playwright).

playwright comes with ``pip install -e '.[test]'`` and is imported plainly.
Chromium is a system package (``make test`` installs it): without it these
tests skip, except under CI (``CI`` set), where they fail. A chromium that is
there but does not start fails them everywhere.
"""
from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import sync_playwright

from graphkit.export.html import write_html

pytestmark = pytest.mark.browser

OUTPUT = Path(__file__).resolve().parent / "output"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
XSS_IMG = "<img src=x onerror=alert(1)>"
CANARY = "<img src=x onerror=window.__xss=1>"
CANARY_SCRIPT = "</script><script>window.__xss=2</script>"


@pytest.fixture(scope="module")
def browser():
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(exe):
        reason = f"Debian's chromium is not installed at {exe} (apt-get install -y chromium)"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
        pytest.skip(reason)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


# --------------------------------------------------------------------------- graphs


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("Donald Trump", label="Donald Trump", type="person", aliases="Trump|President Trump", mentions=12,
               doc="d1|d2", role="President")
    G.add_node("Iran", label="Iran", type="state", aliases="Iran|Tehran", mentions=15, doc="d1|d2|d3", iso3="IRN")
    G.add_node("Ali Khamenei", label="Ali Khamenei", type="person", aliases="Khamenei", mentions=6, doc="d2",
               role="Ayatollah|Supreme Leader")
    G.add_node("United States", label="United States", type="state", aliases="US|U.S.|America", mentions=10,
               doc="d1|d3", iso3="USA")
    G.add_node("IAEA", label="IAEA", type="organization", aliases="International Atomic Energy Agency", mentions=4,
               doc="d3")
    G.add_node("Vienna", label="Vienna", type="location", aliases="", mentions=2, doc="d3")
    G.add_node("Hezbollah", label="Hezbollah " + XSS_IMG, type="organization", aliases=CANARY_SCRIPT, mentions=3,
               doc="d4")
    G.add_node("Canary", label="Canary " + CANARY, type="other", aliases=CANARY, mentions=1, doc=CANARY,
               role=CANARY, iso3=CANARY)
    G.add_edge("Donald Trump", "Iran", kind="action", action="threaten", negated=False, modality="asserted",
               category="threaten", quad="verbal-conflict",
               evidence=f"Trump threatened Iran with {XSS_IMG} sanctions.\nTrump again warned Tehran.",
               doc="d1|d2", weight=2)
    G.add_edge("United States", "Iran", kind="action", action="strike", negated=False, modality="asserted",
               category="assault", quad="material-conflict", evidence="The US struck Iranian sites.", doc="d1",
               weight=3)
    G.add_edge("United States", "Iran", kind="action", action="negotiate", negated=False, modality="hypothetical",
               category="consult", quad="verbal-cooperation", evidence="The US may negotiate with Iran.", doc="d3",
               weight=1)
    G.add_edge("Iran", "United States", kind="action", action="reject", negated=False, modality="reported",
               category="reject", quad="verbal-conflict", evidence="Iran rejected US demands, officials said.",
               doc="d2", weight=1)
    G.add_edge("Iran", "IAEA", kind="action", action="cooperate", negated=True, modality="asserted",
               category="cooperate", quad="verbal-cooperation", evidence="Iran did not cooperate with the IAEA.",
               doc="d3", weight=1)
    G.add_edge("IAEA", "Vienna", kind="action", action="meet", negated=False, modality="asserted",
               category="consult", quad="neutral", evidence="The IAEA met in Vienna.", doc="d3", weight=1)
    G.add_edge("Iran", "Hezbollah", kind="action", action="aid", negated=False, modality="asserted",
               category="support", quad="material-cooperation", evidence=CANARY_SCRIPT + " Iran funds Hezbollah.",
               doc="d4", weight=4)
    G.add_edge("Ali Khamenei", "Iran", kind="affiliation", action="Supreme Leader", negated=False,
               category="affiliation", quad="neutral", evidence="Iran's Supreme Leader Ali Khamenei said.", doc="d2",
               weight=1)
    G.add_edge("Donald Trump", "United States", kind="affiliation", action="President", negated=False,
               category="affiliation", quad="neutral", evidence="US President Donald Trump", doc="d1", weight=2)
    G.add_edge("Canary", "Iran", kind="action", action=CANARY, negated=False, modality="asserted", category=CANARY,
               quad="verbal-conflict", evidence=CANARY + "\n" + CANARY_SCRIPT, doc=CANARY + "|d9", weight=1)
    return G


def big_graph(n: int = 2000, m: int = 5000, seed: int = 11) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    types = ["person", "state", "organization", "location", "other"]
    quads = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "neutral"]
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"a{i}", label=f"Actor {i}", type=types[i % 5], aliases=f"alias{i}", mentions=rng.randint(1, 40),
                   doc=f"d{i % 97}")
    for j in range(m):
        u = f"a{min(int(rng.paretovariate(0.8)), n) - 1}" if j % 3 == 0 else f"a{rng.randrange(n)}"
        G.add_edge(u, f"a{rng.randrange(n)}", kind="action", action=rng.choice(["meet", "attack", "aid", "warn"]),
                   negated=j % 17 == 0, modality="asserted", category="consult", quad=quads[j % 5],
                   evidence=f"Sentence {j}.", doc=f"d{j % 97}", weight=1 + j % 4)
    return G


# --------------------------------------------------------------------------- helpers


class Opened:
    """A page opened from file:// with every other request blocked and recorded."""

    def __init__(self, browser, path: Path, *, timeout_ms: int = 20_000) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1440, "height": 880}, device_scale_factor=1)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        self.page.on("pageerror", lambda err: self.errors.append(f"pageerror: {err}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=timeout_ms)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def ids(self) -> dict[str, int]:
        return dict(self.js("window.graphkit.data.nodes.map(n => [n.key, n.id])"))

    def node_point(self, node_id: int) -> tuple[float, float]:
        return tuple(self.js(
            """id => { const net = window.graphkit.network;
                       const p = net.canvasToDOM(net.getPositions([id])[id]);
                       const r = document.getElementById('gk-network').getBoundingClientRect();
                       return [r.left + p.x, r.top + p.y]; }""", node_id))

    def edge_point(self, edge_id: int, t: float = 0.5) -> tuple[float, float]:
        return tuple(self.js(
            """([id, t]) => { const net = window.graphkit.network;
                              const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(t));
                              const r = document.getElementById('gk-network').getBoundingClientRect();
                              return [r.left + p.x, r.top + p.y]; }""", [edge_id, t]))

    def panel(self) -> dict:
        return self.js("""() => { const d = document.getElementById('gk-details');
                                  return {kind: d.dataset.kind || null, id: d.dataset.id || null,
                                          text: d.textContent}; }""")

    def close(self) -> None:
        self.context.close()


def _opened(browser, path: Path, G: nx.MultiDiGraph, title: str):
    """The page of ``G`` written to ``path`` and opened, the graph kept beside it; closed after the test."""
    write_html(G, path, title=title)
    opened = Opened(browser, path)
    opened.graph = G
    yield opened
    opened.close()


@pytest.fixture
def small(browser, tmp_path):
    yield from _opened(browser, tmp_path / "small.html", small_graph(), "Iran & the United States")


def edge_id(opened: Opened, action: str) -> int:
    return opened.js("a => window.graphkit.data.edges.find(e => e.action === a).id", action)


# --------------------------------------------------------------------------- tests


def test_loads_from_file_with_network_blocked(small):
    assert small.outside == []
    assert small.js("typeof vis") == "object"
    assert small.js("document.title") == "Iran & the United States"
    # nothing was even attempted: every resource the page has is the file itself
    resources = small.js("performance.getEntriesByType('resource').map(e => e.name)")
    assert all(r.startswith("file:") or r.startswith("data:") for r in resources), resources
    assert small.errors == []  # a blocked load would show up here as a CSP violation


def test_draws_every_node_and_edge(small):
    G = small.graph
    counts = small.js("""() => { const g = window.graphkit, net = g.network;
        return {nodes: g.nodes.length, edges: g.edges.length,
                bodyNodes: net.body.data.nodes.length, bodyEdges: net.body.data.edges.length,
                drawnNodes: net.body.nodeIndices.length, drawnEdges: net.body.edgeIndices.length,
                visibleNodes: g.visibleNodeIds().length, visibleEdges: g.visibleEdgeIds().length,
                positioned: Object.keys(net.getPositions()).length}; }""")
    assert counts == {
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "bodyNodes": G.number_of_nodes(), "bodyEdges": G.number_of_edges(),
        "drawnNodes": G.number_of_nodes(), "drawnEdges": G.number_of_edges(),
        "visibleNodes": G.number_of_nodes(), "visibleEdges": G.number_of_edges(),
        "positioned": G.number_of_nodes(),
    }
    labels = set(small.js("window.graphkit.nodes.get().map(n => n.label)"))
    assert {"Donald Trump", "Iran", "IAEA", "Vienna"} <= labels
    # styles: shape by type, colour by class, dashes for negated / hypothetical, dotted affiliation
    shapes = dict(small.js("window.graphkit.nodes.get().map(n => [n.label, n.shape])"))
    assert shapes["Donald Trump"] == "dot" and shapes["Iran"] == "square" and shapes["IAEA"] == "triangle"
    assert shapes["Vienna"] == "diamond"
    look = {e["label"]: e for e in small.js(
        "window.graphkit.edges.get().map(e => ({label: e.label, dashes: e.dashes, color: e.color.color}))")}
    assert look["not cooperate"]["dashes"] and look["negotiate"]["dashes"] and look["President"]["dashes"]
    assert not look["strike"]["dashes"] and not look["threaten"]["dashes"]
    assert look["strike"]["color"] != look["threaten"]["color"] != look["aid"]["color"]


def test_details_show_article_text_as_text_and_run_nothing(small):
    page = small.page
    ids = small.ids()
    # hover an actor
    x, y = small.node_point(ids["Hezbollah"])
    page.mouse.move(x, y)
    page.wait_for_function("() => document.getElementById('gk-details').dataset.kind === 'node'", timeout=5000)
    panel = small.panel()
    assert panel["id"] == str(ids["Hezbollah"])
    assert "Hezbollah " + XSS_IMG in panel["text"]
    assert CANARY_SCRIPT in panel["text"] and "organization" in panel["text"] and "d4" in panel["text"]

    # hover then click a relation
    threaten = edge_id(small, "threaten")
    page.mouse.move(5, 5)
    for t in (0.5, 0.42, 0.58, 0.35, 0.65):
        x, y = small.edge_point(threaten, t)
        page.mouse.move(x, y)
        page.wait_for_timeout(150)
        if small.panel()["kind"] == "edge" and small.panel()["id"] == str(threaten):
            break
    panel = small.panel()
    assert (panel["kind"], panel["id"]) == ("edge", str(threaten))
    page.mouse.click(x, y)
    text = small.panel()["text"]
    assert f"Trump threatened Iran with {XSS_IMG} sanctions." in text
    assert "Trump again warned Tehran." in text
    for word in ("threaten", "verbal-conflict", "asserted", "d1", "d2", "Negated", "no", "Weight", "2"):
        assert word in text
    assert page.evaluate("document.getElementById('gk-details').querySelectorAll('img, script').length") == 0

    # every actor and every relation, including the canaries, rendered into the panel
    for node_id in ids.values():
        small.js("id => window.graphkit.showNode(id)", node_id)
        assert small.js("document.querySelectorAll('#gk-details img, #gk-details script').length") == 0
    for eid in small.js("window.graphkit.edges.getIds()"):
        small.js("id => window.graphkit.showEdge(id)", eid)
        assert small.js("document.querySelectorAll('#gk-details img, #gk-details script').length") == 0
    small.js("id => window.graphkit.showEdge(id)", edge_id(small, CANARY))
    assert CANARY in small.panel()["text"] and CANARY_SCRIPT in small.panel()["text"]
    page.wait_for_timeout(300)
    assert small.js("typeof window.__xss") == "undefined"
    assert small.js("document.querySelectorAll('img').length") == 0
    assert small.dialogs == []
    assert small.errors == []


def test_no_console_errors_while_used(small):
    page = small.page
    ids = small.ids()
    x, y = small.node_point(ids["Iran"])
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    page.mouse.click(5, 400)  # empty space clears the highlight
    page.check("#gk-physics")
    page.wait_for_timeout(300)
    page.uncheck("#gk-physics")
    page.uncheck("#gk-edge-labels")
    page.check("#gk-edge-labels")
    page.click("#gk-fit")
    page.fill("#gk-search", "nobody at all")
    page.press("#gk-search", "Enter")
    assert "No actor matches" in page.text_content("#gk-search-status")
    page.click("#gk-clear")
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(500)
    assert small.errors == []
    assert small.dialogs == []
    assert small.outside == []


def test_search_highlights_and_filters_hide(small):
    page = small.page
    ids = small.ids()
    page.fill("#gk-search", "tehran")  # an alias, in another case
    page.press("#gk-search", "Enter")
    page.wait_for_function("() => document.body.dataset.highlight !== undefined", timeout=5000)
    iran = ids["Iran"]
    assert small.js("document.body.dataset.highlight") == str(iran)
    assert small.js("window.graphkit.network.getSelectedNodes()") == [iran]
    lit = set(small.js("window.graphkit.highlightedNodeIds()"))
    assert {iran, ids["Donald Trump"], ids["United States"], ids["IAEA"], ids["Hezbollah"],
            ids["Ali Khamenei"]} <= lit
    assert ids["Vienna"] not in lit
    colours = dict(small.js("window.graphkit.nodes.get().map(n => [n.id, n.color.background])"))
    assert colours[ids["Vienna"]] != colours[iran]
    vienna_style = small.js("window.graphkit.data.style.node.location.color")
    assert colours[ids["Vienna"]] != vienna_style  # dimmed
    assert small.panel()["id"] == str(iran) and "Iran" in page.text_content("#gk-search-status")
    page.wait_for_timeout(700)  # the focus animation
    view = small.js("window.graphkit.network.getViewPosition()")
    pos = small.js("id => window.graphkit.network.getPositions([id])[id]", iran)
    assert abs(view["x"] - pos["x"]) < 5 and abs(view["y"] - pos["y"]) < 5
    page.click("#gk-clear")
    assert small.js("window.graphkit.highlightedNodeIds()") is None
    assert small.js("id => window.graphkit.nodes.get(id).color.background", ids["Vienna"]) == vienna_style

    # hide people: their nodes and their relations disappear
    page.uncheck('input[data-filter="type"][value="person"]')
    people = {ids["Donald Trump"], ids["Ali Khamenei"]}
    visible = set(small.js("window.graphkit.visibleNodeIds()"))
    assert visible == set(ids.values()) - people
    assert small.js("ids => ids.every(id => window.graphkit.network.body.nodes[id].options.hidden)", sorted(people))
    edges_left = small.js("window.graphkit.edges.get({filter: e => !e.hidden}).map(e => e.label)")
    assert "threaten" not in edges_left and "Supreme Leader" not in edges_left and "strike" in edges_left
    assert "of 8 actors" in page.text_content("#gk-stats")
    # hide a relation class
    page.uncheck('input[data-filter="cls"][value="material-conflict"]')
    edges_left = small.js("window.graphkit.edges.get({filter: e => !e.hidden}).map(e => e.label)")
    assert "strike" not in edges_left and "negotiate" in edges_left
    page.check('input[data-filter="type"][value="person"]')
    page.check('input[data-filter="cls"][value="material-conflict"]')
    assert len(small.js("window.graphkit.visibleNodeIds()")) == len(ids)
    assert len(small.js("window.graphkit.visibleEdgeIds()")) == small.graph.number_of_edges()
    assert small.errors == []


def test_physics_stops_after_layout(small):
    page = small.page
    assert small.js("document.body.dataset.ready") == "1"
    assert not page.is_checked("#gk-physics")
    before = small.js("window.graphkit.network.getPositions()")
    page.wait_for_timeout(1000)
    assert small.js("window.graphkit.network.getPositions()") == before
    # the layout really spread the actors out
    xs = [p["x"] for p in before.values()]
    assert max(xs) - min(xs) > 100
    # screenshot for people to look at: a relation's details in the panel
    threaten = edge_id(small, "threaten")
    small.js("id => { window.graphkit.showEdge(id); window.graphkit.network.selectEdges([id]); }", threaten)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "browser-small.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_big_graph_opens_and_responds(browser, tmp_path):
    # how fast is the benchmark's business (benchmarks/), not a timed test's
    G = big_graph()
    path = tmp_path / "big.html"
    write_html(G, path, max_nodes=None)
    opened = Opened(browser, path, timeout_ms=20_000)
    try:
        counts = opened.js("""() => { const g = window.graphkit;
            return [g.nodes.length, g.edges.length, g.network.body.data.nodes.length,
                    g.network.body.data.edges.length, g.visibleNodeIds().length]; }""")
        assert counts == [2000, 5000, 2000, 5000, 2000]
        assert not opened.page.is_checked("#gk-physics")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        opened.page.screenshot(path=str(OUTPUT / "browser-large.png"))
        before = opened.js("window.graphkit.network.getPositions([0, 1, 2, 3])")
        opened.page.fill("#gk-search", "alias1234")
        opened.page.press("#gk-search", "Enter")
        opened.page.wait_for_function("id => document.body.dataset.highlight === String(id)",
                                      arg=opened.ids()["a1234"], timeout=5000)
        opened.page.uncheck('input[data-filter="type"][value="person"]')
        assert len(opened.js("window.graphkit.visibleNodeIds()")) == 1600
        assert opened.js("window.graphkit.network.getPositions([0, 1, 2, 3])") == before
        assert opened.errors == [] and opened.outside == [] and opened.dialogs == []
    finally:
        opened.close()


# --------------------------------------------------------------------------- time


def dated_graph() -> nx.MultiDiGraph:
    """Six weeks, 5 May to 12 June 2025: two pairs that turn, an actor who comes late, an undated action."""
    G = nx.MultiDiGraph()
    for key, label, iso3 in (("ARM", "Armenia", "ARM"), ("AZE", "Azerbaijan", "AZE"), ("TUR", "Turkey", "TUR"),
                             ("SRB", "Serbia", "SRB"), ("XKX", "Kosovo", "XKX")):
        G.add_node(key, label=label, type="state", iso3=iso3, mentions=3, doc="d1")
    G.add_node("P", label="Ana Petrovic", type="person", mentions=1, doc="d1", role="President")

    def act(u, v, action, quad, dates, **more):
        n = len([d for d in dates.split("|") if d]) or 1
        G.add_edge(u, v, key=f"action:{action}", kind="action", action=action, negated=False, modality="asserted",
                   category=action, quad=quad, evidence=f"{u} {action} {v}.", doc="d1", weight=n, reports=n,
                   documents=1, **({"dates": dates, "first_date": dates[:10], "last_date": dates[-10:]} if dates else {}),
                   **more)

    act("ARM", "AZE", "talk", "verbal-cooperation", "2025-05-05|2025-05-13")
    act("AZE", "ARM", "shell", "material-conflict", "2025-05-27|2025-06-12|2025-06-12")
    act("TUR", "AZE", "aid", "material-cooperation", "2025-06-02", change="new-pair")
    act("SRB", "XKX", "threaten", "verbal-conflict", "2025-05-07|2025-05-15")
    act("SRB", "XKX", "agree", "verbal-cooperation", "2025-06-05")
    act("XKX", "SRB", "reject", "verbal-conflict", "")
    G.add_edge("P", "SRB", key="affiliation:President", kind="affiliation", action="President", negated=False,
               category="affiliation", quad="neutral", evidence="President Ana Petrovic", doc="d1", weight=1)
    G.nodes["TUR"]["change"] = "new"
    return G


def shown_in(G: nx.MultiDiGraph, first: str | None, last: str | None) -> int:
    """How many edges the data says are drawn for a period (None: every date)."""
    n = 0
    for _, _, d in G.edges(data=True):
        days = [x for x in str(d.get("dates", "")).split("|") if x]
        n += first is None or d["kind"] != "action" or any(first <= x <= last for x in days)
    return n


@pytest.fixture
def dated(browser, tmp_path):
    yield from _opened(browser, tmp_path / "dated.html", dated_graph(), "Six weeks")


def drawn(opened: Opened) -> dict:
    return opened.js("""() => { const g = window.graphkit, net = g.network;
        return {visible: g.visibleEdgeIds().length,
                drawn: Object.values(net.body.edges).filter(e => !e.options.hidden).length,
                period: g.period()}; }""")


def test_the_period_sliders_filter_edges_as_the_dates_say(dated):
    page, G = dated.page, dated.graph
    assert page.is_visible("#gk-time")
    assert page.text_content("#gk-period") == "All dates: 5 May 2025 \u2013 12 Jun 2025 \u00b7 6 of 6 actions"
    assert drawn(dated) == {"visible": 7, "drawn": 7, "period": None} and shown_in(G, None, None) == 7
    # the keyboard moves a slider one day a step: To back to 11 May (day 6 of 38)
    page.focus("#gk-to")
    page.keyboard.press("End")
    for _ in range(38 - 6):
        page.keyboard.press("ArrowLeft")
    expected = shown_in(G, "2025-05-05", "2025-05-11")
    assert expected == 3 and drawn(dated) == {"visible": 3, "drawn": 3, "period": ["2025-05-05", "2025-05-11"]}
    assert page.text_content("#gk-period") == "Period: 5 May 2025 \u2013 11 May 2025 \u00b7 2 of 6 actions"
    assert "of 7 relations visible" in page.text_content("#gk-stats")
    # From past To pushes To along: 26 May .. 26 May (one day), then widen To to 1 June
    page.fill("#gk-from", "21")
    assert drawn(dated)["period"] == ["2025-05-26", "2025-05-26"]
    page.fill("#gk-to", "27")
    assert drawn(dated) == {"visible": shown_in(G, "2025-05-26", "2025-06-01"), "drawn": 2,
                            "period": ["2025-05-26", "2025-06-01"]}
    for first, last in (("2025-06-02", "2025-06-12"), ("2025-05-12", "2025-05-18"), ("2025-06-06", "2025-06-11")):
        page.fill("#gk-from", "0")
        page.fill("#gk-to", "38")
        offsets = [(int(x[8:]) - 5) if x[5:7] == "05" else int(x[8:]) + 26 for x in (first, last)]
        page.fill("#gk-to", str(offsets[1]))
        page.fill("#gk-from", str(offsets[0]))
        assert drawn(dated) == {"visible": shown_in(G, first, last), "drawn": shown_in(G, first, last),
                                "period": [first, last]}
    page.click("#gk-all-dates")
    assert drawn(dated) == {"visible": 7, "drawn": 7, "period": None}
    assert dated.errors == [] and dated.outside == []


def test_play_steps_a_week_at_a_time(dated):
    page, G = dated.page, dated.graph
    page.click("#gk-play")
    assert page.text_content("#gk-play").endswith("Pause")
    page.wait_for_function("() => document.body.dataset.period === '2025-05-12/2025-05-18'", timeout=5000)
    assert drawn(dated)["visible"] == shown_in(G, "2025-05-12", "2025-05-18") == 3
    page.wait_for_function("() => !document.body.dataset.playing", timeout=10000)  # it stops after the last week
    assert page.text_content("#gk-play").endswith("Play")
    assert drawn(dated) == {"visible": shown_in(G, "2025-06-09", "2025-06-12"), "drawn": 2,
                            "period": ["2025-06-09", "2025-06-12"]}


def test_a_pair_shows_its_actions_per_week_by_quad_class(dated):
    shell = edge_id(dated, "shell")
    dated.js("id => window.graphkit.showEdge(id)", shell)
    bars = dated.js("""Array.from(document.querySelectorAll('#gk-details .gk-chart rect'))
                       .map(r => [r.dataset.bin, r.dataset.cls, Number(r.dataset.count)])""")
    assert bars == [["2025-05-05", "verbal-cooperation", 1], ["2025-05-12", "verbal-cooperation", 1],
                    ["2025-05-26", "material-conflict", 1], ["2025-06-09", "material-conflict", 2]]
    assert dated.js("document.querySelector('#gk-details .gk-chart').dataset.unit") == "week"
    text = dated.panel()["text"]
    assert "Actions per week between Azerbaijan and Armenia (both ways)" in text
    assert "Reports3" in text and "Documents1" in text and "Dates27 May 2025 \u2013 12 Jun 2025" in text
    colours = set(dated.js("Array.from(document.querySelectorAll('#gk-details .gk-chart rect')).map(r => r.getAttribute('fill'))"))
    assert colours == {dated.js("window.graphkit.data.style.edge['material-conflict'].color"),
                       dated.js("window.graphkit.data.style.edge['verbal-cooperation'].color")}


def test_changes_a_diff_marked_stand_out(dated):
    ids = dated.ids()
    assert dated.js("id => window.graphkit.nodes.get(id).borderWidth", ids["TUR"]) == 4
    assert dated.js("id => window.graphkit.nodes.get(id).borderWidth", ids["ARM"]) == 1.5
    aid = edge_id(dated, "aid")
    assert dated.js("id => window.graphkit.edges.get(id).shadow.enabled", aid) is True
    assert dated.page.text_content("#gk-changes") == "Changes (highlighted)new actor1new pair1"


def test_an_undated_graph_has_no_slider(small):
    assert small.js("document.getElementById('gk-time')") is None
    assert small.js("window.graphkit.data.time") is None and small.js("window.graphkit.period()") is None
