"""Interactive HTML view of a graphkit knowledge graph: one self-contained page.

``write_html(G, "graph.html")`` writes a single file that opens from disk
(``file://``) with the network off: vis-network's JavaScript and CSS (taken
from the installed ``pyvis`` package) and the page's own script and style are
inlined, and a Content-Security-Policy forbids loading anything from anywhere.
Every text that comes from an article travels as JSON inside
``<script type="application/json" id="graph-data">`` (with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped) and reaches the page only through ``textContent``
or the canvas, so markup in an article is shown, never run.

The page shows actors coloured and shaped by type and sized by mentions, and
relations coloured by their quad class (dashed when negated or hypothetical,
dotted for affiliations). It offers a legend, a search box (name or alias),
filters by actor type and relation class, a physics toggle, and a details
panel with the evidence sentences. Graphs of more than ``PHYSICS_LIMIT``
actors get positions computed here, so the browser does not have to simulate.

When action edges are dated (their ``dates``), the page adds a period: two
sliders (from, to) and a play button that steps a window through the weeks;
an action is drawn while one of its reports falls in the period (an undated
one only when every date is selected; affiliations always), and the legend
names the period. A relation's details then show how many reports and
documents it has, and the actions between its two actors per week (per month
or year over long spans) as a bar chart coloured by quad class. Nodes and
edges with a ``change`` attribute (:func:`graphkit.diff.mark`) are
highlighted, with a legend of the changes.

What the format cannot carry
----------------------------
* It is a view, not an exchange format: graphkit cannot read it back. Use
  GraphML or JSON for that.
* Only the attributes graphkit writes are shown (node ``label``, ``type``,
  ``aliases``, ``mentions``, ``doc``, ``role``, ``iso3``, ``change``; edge
  ``kind``, ``action``, ``negated``, ``modality``, ``category``, ``quad``,
  ``evidence``, ``doc``, ``weight``, ``reports``, ``documents``, ``dates``,
  ``change``). Other attributes (the per-report ``events``), graph-level
  attributes and edge keys are dropped; values are shown as text.
* Node identifiers become strings; two nodes whose ``str()`` is equal stay
  distinct but look alike.
* With ``max_nodes`` set (500 by default) a larger graph is cut down to its
  strongest actors (mentions + weighted degree) and the relations among them;
  the page says so ("showing 500 of 2,000 actors"). The rest is not in the
  file at all.
* Positions of small graphs are computed by the browser when the page opens
  and are not stored; large graphs store positions computed with a fixed seed.
* Which evidence sentence came from which document is known only when the
  edge has as many documents as sentences; otherwise both are listed apart.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graphkit.errors import OptionError
from graphkit.export._atomic import atomic_write_text

__all__ = ["write_html", "render_html", "PHYSICS_LIMIT"]

#: Above this many shown actors, positions are computed in Python and the
#: page opens with physics off.
PHYSICS_LIMIT = 300

_LAYOUT_SEED = 7

NODE_TYPES = ("person", "state", "organization", "location", "other")

#: shape (a vis-network shape) and colours for each node type.
NODE_STYLE: dict[str, dict[str, str]] = {
    "person": {"shape": "dot", "color": "#4e79a7", "border": "#2f4b6e", "name": "person"},
    "state": {"shape": "square", "color": "#e39a28", "border": "#9c6511", "name": "state"},
    "organization": {"shape": "triangle", "color": "#8e6bbf", "border": "#5c3f86", "name": "organization"},
    "location": {"shape": "diamond", "color": "#2a9d8f", "border": "#1b6b61", "name": "location"},
    "other": {"shape": "hexagon", "color": "#98a2ad", "border": "#5f6b77", "name": "other"},
}

EDGE_CLASSES = (
    "material-conflict",
    "verbal-conflict",
    "verbal-cooperation",
    "material-cooperation",
    "neutral",
    "affiliation",
)

#: colour, base width and dash pattern for each relation class.
EDGE_STYLE: dict[str, dict[str, Any]] = {
    "material-conflict": {"color": "#c62828", "width": 2.6, "dashes": False, "name": "material conflict"},
    "verbal-conflict": {"color": "#ef8a80", "width": 1.6, "dashes": False, "name": "verbal conflict"},
    "verbal-cooperation": {"color": "#86c98a", "width": 1.6, "dashes": False, "name": "verbal cooperation"},
    "material-cooperation": {"color": "#1e8a3e", "width": 2.6, "dashes": False, "name": "material cooperation"},
    "neutral": {"color": "#9aa5b1", "width": 1.4, "dashes": False, "name": "neutral"},
    "affiliation": {"color": "#a7b0ba", "width": 1.3, "dashes": [2, 5], "name": "affiliation (role)"},
}

#: dash pattern of an action that is negated or hypothetical.
UNCERTAIN_DASHES = [8, 6]

#: What a ``change`` attribute (:func:`graphkit.diff.mark`) says, as the legend names it.
CHANGE_NAMES = {"new": "new actor", "new-pair": "new pair", "to-conflict": "turned to conflict",
                "to-cooperation": "turned to cooperation"}
#: The highlight colour of a change.
CHANGE_COLOR = "#f59e0b"

_MAX_LABEL = 42

_PLACEHOLDER = re.compile(r"@@GK_([A-Z_]+)@@")
_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


# --------------------------------------------------------------------------- values


def _text(value: Any) -> str:
    """A value as text; lone surrogates (undecodable bytes) become U+FFFD."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    s = value if isinstance(value, str) else str(value)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in s)
    return s


def _split(value: Any, sep: str) -> list[str]:
    """``"a|b|a"`` -> ``["a", "b"]``: items stripped, empty ones and repeats dropped."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        raw: Iterable[Any] = sorted(value, key=_text) if isinstance(value, (set, frozenset)) else value
        parts = [_text(v) for v in raw]
    else:
        parts = _text(value).split(sep)
    out: list[str] = []
    seen: set[str] = set()
    for p in parts:
        p = p.strip()
        if p and p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool):
        return int(value)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(f) or math.isinf(f):
        return default
    return int(f)


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "none", "n", "f")
    return bool(value)


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1].rstrip() + "\u2026"


def _dates(value: Any) -> list[str]:
    """``"2025-06-16|2025-06-16|2025-06-20"`` -> its ISO days, repeats kept (one per report), sorted."""
    return sorted(p for p in (x.strip() for x in _text(value).split("|")) if _ISO_DAY.match(p))


def _change(d: dict) -> str:
    change = _text(d.get("change")).strip()
    return change if change in CHANGE_NAMES else ""


def _node_sort_key(node: Any) -> tuple[str, str, str]:
    return (_text(node), type(node).__name__, repr(node))


# --------------------------------------------------------------------------- graph -> data


def _edges(G: nx.Graph) -> list[tuple[Any, Any, Any, dict]]:
    if G.is_multigraph():
        return [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)]
    return [(u, v, None, d) for u, v, d in G.edges(data=True)]


def _select_nodes(G: nx.Graph, max_nodes: int | None) -> list[Any]:
    """All nodes in a stable order, or the ``max_nodes`` strongest actors."""
    nodes = sorted(G.nodes, key=_node_sort_key)
    if max_nodes is None or len(nodes) <= max_nodes:
        return nodes
    score: dict[Any, int] = {n: max(_int(G.nodes[n].get("mentions"), 0), 0) for n in nodes}
    for u, v, _k, d in _edges(G):
        w = max(_int(d.get("weight"), 1), 0)
        score[u] += w
        score[v] += w
    rank = {n: i for i, n in enumerate(nodes)}
    keep = sorted(nodes, key=lambda n: (-score[n], rank[n]))[:max_nodes]
    return sorted(keep, key=rank.__getitem__)


def _node_size(mentions: int) -> float:
    return round(min(10.0 + 5.0 * math.log2(1 + max(mentions, 0)), 48.0), 1)


def _edge_width(cls: str, weight: int) -> float:
    base = EDGE_STYLE[cls]["width"]
    return round(base + 0.8 * min(math.log2(max(weight, 1)), 5.0), 2)


_EDGE_PX = 110.0  # wanted length of a relation, in vis-network pixels
_NEAREST_PX = 70.0  # wanted distance from an actor to its nearest neighbour


def _fr(n: int, pairs: list[tuple[int, int]], iterations: int, seed: int) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions of one connected component (unit scale).

    A dense numpy version (networkx's own needs scipy above 500 nodes):
    repulsion is computed in row blocks so memory stays O(block * n),
    attraction along the edges only.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    eu = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    ev = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    k = math.sqrt(1.0 / n)
    k2 = k * k
    t = 0.1
    dt = t / (iterations + 1)
    block = max(1, min(n, 4_000_000 // n))
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        x = pos[:, 0]
        y = pos[:, 1]
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = x[start:stop, None] - x[None, :]
            dy = y[start:stop, None] - y[None, :]
            d2 = dx * dx + dy * dy
            np.maximum(d2, 1e-6, out=d2)
            f = k2 / d2
            f[np.arange(stop - start), np.arange(start, stop)] = 0.0
            disp[start:stop] += pos[start:stop] * f.sum(1)[:, None] - f @ pos
        delta = pos[eu] - pos[ev]
        dist = np.sqrt((delta * delta).sum(1))
        pull = delta * (dist / k)[:, None]
        np.add.at(disp, eu, -pull)
        np.add.at(disp, ev, pull)
        length = np.sqrt((disp * disp).sum(1))
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    # scale so that relations are about _EDGE_PX long and neighbours do not overlap
    lengths = np.sqrt(((pos[eu] - pos[ev]) ** 2).sum(1))
    nearest = np.empty(n)
    for start in range(0, n, block):
        stop = min(n, start + block)
        d2 = (pos[start:stop, None, 0] - pos[None, :, 0]) ** 2 + (pos[start:stop, None, 1] - pos[None, :, 1]) ** 2
        d2[np.arange(stop - start), np.arange(start, stop)] = np.inf
        nearest[start:stop] = np.sqrt(d2.min(1))
    scale = max(
        _EDGE_PX / max(float(np.median(lengths)), 1e-9),
        _NEAREST_PX / max(float(np.median(nearest)), 1e-9),
    )
    pos = (pos - pos.mean(axis=0)) * scale
    return [(float(a), float(b)) for a, b in pos]


def _small_component(members: list[int], adj: dict[int, set[int]]) -> list[tuple[float, float]]:
    """A few actors: a star around its hub, or a circle."""
    m = len(members)
    if m == 1:
        return [(0.0, 0.0)]
    if m == 2:
        return [(-_EDGE_PX / 2, 0.0), (_EDGE_PX / 2, 0.0)]
    hub = max(members, key=lambda i: (len(adj[i]), -i))
    ring = members
    out: dict[int, tuple[float, float]] = {}
    if len(adj[hub] - {hub}) == m - 1:
        out[hub] = (0.0, 0.0)
        ring = [i for i in members if i != hub]
        radius = _EDGE_PX
    else:
        radius = _EDGE_PX / (2 * math.sin(math.pi / m))
    for j, i in enumerate(ring):
        a = 2 * math.pi * j / len(ring) - math.pi / 2
        out[i] = (radius * math.cos(a), radius * math.sin(a))
    return [out[i] for i in members]


def _fixed_positions(n: int, pairs: list[tuple[int, int]], *, seed: int = _LAYOUT_SEED) -> list[tuple[float, float]]:
    """Deterministic positions (vis-network pixels) for ``n`` actors.

    Each connected component is laid out on its own (Fruchterman-Reingold
    with a fixed seed for the larger ones), then the components are packed
    in rows, largest first, so that lone actors do not drift to the edges.
    """
    adj: dict[int, set[int]] = {i: set() for i in range(n)}
    for u, v in pairs:
        adj[u].add(v)
        adj[v].add(u)
    seen = [False] * n
    comps: list[list[int]] = []
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        comp, stack = [], [s]
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in adj[i]:
                if not seen[j]:
                    seen[j] = True
                    stack.append(j)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    try:
        import numpy  # noqa: F401
        have_numpy = True
    except ImportError:  # pragma: no cover - numpy comes with spaCy
        have_numpy = False
    iterations = max(20, min(60, int(60 * (1500.0 / max(n, 1)) ** 2)))

    pos: list[tuple[float, float]] = [(0.0, 0.0)] * n
    boxes = []
    for comp in comps:
        if len(comp) <= 8 or not have_numpy:
            local = _small_component(comp, adj) if len(comp) <= 8 else [
                ((len(comp) ** 0.5) * _EDGE_PX * 0.5 * math.cos(j * 2.39996), (len(comp) ** 0.5) * _EDGE_PX * 0.5 * math.sin(j * 2.39996))
                for j in range(len(comp))
            ]
        else:
            where = {i: j for j, i in enumerate(comp)}
            sub = [(where[u], where[v]) for u, v in pairs if u in where and u != v]
            local = _fr(len(comp), sub, iterations, seed)
        xs = [p[0] for p in local]
        ys = [p[1] for p in local]
        boxes.append((comp, local, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))

    pad = _EDGE_PX * 0.9
    area = sum((w + pad) * (h + pad) for _c, _l, _x, _y, w, h in boxes)
    row_width = max(max((w + pad) for _c, _l, _x, _y, w, h in boxes), math.sqrt(area) * 1.25)
    cx = cy = row_h = 0.0
    for comp, local, x0, y0, w, h in boxes:
        if cx > 0 and cx + w > row_width:
            cx = 0.0
            cy += row_h + pad
            row_h = 0.0
        for i, (x, y) in zip(comp, local):
            pos[i] = (cx + x - x0, cy + y - y0)
        cx += w + pad
        row_h = max(row_h, h)
    mx = (max(p[0] for p in pos) + min(p[0] for p in pos)) / 2
    my = (max(p[1] for p in pos) + min(p[1] for p in pos)) / 2
    return [(round(x - mx, 1), round(y - my, 1)) for x, y in pos]


def _curve(nth: int, total: int, *, reverse: bool) -> dict[str, Any] | None:
    """How the ``nth`` of ``total`` relations between one pair of actors bends.

    Relations fan out on both sides of the straight line (an odd one out stays
    straight), bending at most 0.6, whichever way each one points.
    """
    if total < 2:
        return None
    if total % 2 and nth == 0:
        return {"type": "curvedCW", "roundness": 0.0}
    j = nth - (total % 2)
    levels = total // 2
    roundness = 0.15 + 0.45 * (j // 2) / max(1, levels - 1)
    clockwise = (j % 2 == 0) != reverse
    return {"type": "curvedCW" if clockwise else "curvedCCW", "roundness": round(roundness, 3)}


def _graph_data(G: nx.Graph, title: str, max_nodes: int | None) -> dict[str, Any]:
    kept = _select_nodes(G, max_nodes)
    index = {n: i for i, n in enumerate(kept)}
    all_edges = _edges(G)
    edges = [(u, v, k, d) for u, v, k, d in all_edges if u in index and v in index]
    edges.sort(key=lambda e: (index[e[0]], index[e[1]], _text(e[2]), repr(e[2])))

    nodes_out: list[dict[str, Any]] = []
    for n in kept:
        a = G.nodes[n]
        label = _text(a.get("label")).strip() or _text(n)
        ntype = _text(a.get("type")).strip().lower()
        if ntype not in NODE_STYLE:
            ntype = "other"
        mentions = max(_int(a.get("mentions"), 0), 0)
        aliases = [s for s in _split(a.get("aliases"), "|") if s != label]
        item: dict[str, Any] = {
            "id": index[n],
            "key": _text(n),
            "name": label,
            "label": _short(label),
            "type": ntype,
            "aliases": aliases,
            "mentions": mentions,
            "docs": _split(a.get("doc"), "|"),
            "roles": _split(a.get("role"), "|"),
            "iso3": _text(a.get("iso3")).strip(),
            "size": _node_size(mentions),
            "change": _change(a),
        }
        nodes_out.append(item)

    fixed = len(kept) > PHYSICS_LIMIT
    if fixed:
        pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v, _k, _d in edges if u != v})
        for item, (x, y) in zip(nodes_out, _fixed_positions(len(kept), pairs)):
            item["x"] = x
            item["y"] = y

    # parallel relations between the same two actors get distinct curves
    pair_seen: dict[tuple[int, int], int] = {}
    pair_total: dict[tuple[int, int], int] = {}
    for u, v, _k, _d in edges:
        p = (min(index[u], index[v]), max(index[u], index[v]))
        pair_total[p] = pair_total.get(p, 0) + 1

    edges_out: list[dict[str, Any]] = []
    for i, (u, v, k, d) in enumerate(edges):
        kind = _text(d.get("kind")).strip().lower() or "action"
        if kind not in ("action", "affiliation"):
            kind = "action"
        quad = _text(d.get("quad")).strip().lower()
        if quad not in EDGE_STYLE or quad == "affiliation":
            quad = "neutral"
        cls = "affiliation" if kind == "affiliation" else quad
        negated = _bool(d.get("negated", False))
        modality = _text(d.get("modality")).strip().lower()
        if kind == "action" and not modality:
            modality = "asserted"
        action = " ".join(_text(d.get("action")).split())
        weight = max(_int(d.get("weight"), 1), 0)
        # graphkit graphs keep every evidence sentence in `evidences`, its document in `evidence_docs`
        evidence = [s.strip() for s in _text(d.get("evidences") or d.get("evidence")).split("\n") if s.strip()]
        docs = _split(d.get("doc"), "|")
        sources = _split(d.get("evidence_docs"), "|") if d.get("evidences") else docs
        paired = len(sources) == len(evidence) and len(sources) > 0
        label = action or kind
        if negated:
            label = "not " + label
        p = (min(index[u], index[v]), max(index[u], index[v]))
        nth = pair_seen.get(p, 0)
        pair_seen[p] = nth + 1
        curve = _curve(nth, pair_total[p], reverse=index[u] > index[v]) if u != v else None
        edges_out.append(
            {
                "id": i,
                "from": index[u],
                "to": index[v],
                "key": _text(k) if k is not None else "",
                "kind": kind,
                "action": action,
                "label": _short(label),
                "negated": negated,
                "modality": modality if kind == "action" else "",
                "category": _text(d.get("category")).strip(),
                "quad": quad if kind == "action" else "",
                "cls": cls,
                "weight": weight,
                "width": _edge_width(cls, weight),
                "dashed": bool(kind == "action" and (negated or modality == "hypothetical")),
                "evidence": [[s, sources[j] if paired else ""] for j, s in enumerate(evidence)],
                "docs": docs,
                "dates": _dates(d.get("dates")) if kind == "action" else [],
                "reports": max(_int(d.get("reports"), 0), 0),
                "documents": max(_int(d.get("documents"), len(docs)), 0),
                "change": _change(d),
                "curve": curve,
                "spring": nth == 0,
                "parallel": pair_total[p],
            }
        )

    dated = sorted(day for e in edges_out for day in e["dates"])
    return {
        "title": title,
        "time": {"first": dated[0], "last": dated[-1]} if dated else None,
        "layout": "fixed" if fixed else "physics",
        "total_nodes": G.number_of_nodes(),
        "total_edges": G.number_of_edges(),
        "shown_nodes": len(nodes_out),
        "shown_edges": len(edges_out),
        "nodes": nodes_out,
        "edges": edges_out,
        "style": {
            "node": NODE_STYLE,
            "edge": EDGE_STYLE,
            "uncertain_dashes": UNCERTAIN_DASHES,
            "change": CHANGE_COLOR,
        },
    }


# --------------------------------------------------------------------------- page


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element or break a JS parser."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_safe(js: str) -> str:
    """Inline JavaScript: no ``</script``, ``<script`` or ``<!--`` can appear in it."""
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    js = re.sub(r"<(?=/?script|!--)", r"\\x3c", js, flags=re.IGNORECASE)
    return js


def _style_safe(css: str) -> str:
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    return re.sub(r"</(?=style)", r"<\\/", css, flags=re.IGNORECASE)


def _vis_dir() -> Path:
    import pyvis  # noqa: PLC0415 - only its bundled files are used

    return Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"


def _template(name: str) -> str:
    return resources.files("graphkit.export").joinpath("templates", name).read_text(encoding="utf-8")


def _svg_shape(shape: str, fill: str, stroke: str) -> str:
    s = 'stroke="%s" stroke-width="1.5" fill="%s"' % (stroke, fill)
    if shape == "dot":
        body = '<circle cx="9" cy="9" r="6.5" %s/>' % s
    elif shape == "square":
        body = '<rect x="3" y="3" width="12" height="12" %s/>' % s
    elif shape == "triangle":
        body = '<polygon points="9,2 16,15.5 2,15.5" %s/>' % s
    elif shape == "diamond":
        body = '<polygon points="9,1.5 16.5,9 9,16.5 1.5,9" %s/>' % s
    else:
        body = '<polygon points="9,2 15.1,5.5 15.1,12.5 9,16 2.9,12.5 2.9,5.5" %s/>' % s
    return '<svg class="gk-swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">%s</svg>' % body


def _svg_line(color: str, width: float, dashes: Any) -> str:
    dash = ' stroke-dasharray="%s"' % " ".join(str(x) for x in dashes) if dashes else ""
    return (
        '<svg class="gk-swatch gk-line" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">'
        '<line x1="1" y1="7" x2="25" y2="7" stroke="%s" stroke-width="%s"%s/>'
        '<polygon points="33,7 25,3 25,11" fill="%s"/></svg>' % (color, width, dash, color)
    )


def _filters_html(data: dict[str, Any]) -> tuple[str, str]:
    tcount = {t: 0 for t in NODE_TYPES}
    for n in data["nodes"]:
        tcount[n["type"]] += 1
    ccount = {c: 0 for c in EDGE_CLASSES}
    for e in data["edges"]:
        ccount[e["cls"]] += 1
    types = []
    for t in NODE_TYPES:
        st = NODE_STYLE[t]
        types.append(
            '<label class="gk-item%s"><input type="checkbox" data-filter="type" value="%s" checked>'
            '%s<span class="gk-name">%s</span><span class="gk-count">%s</span></label>'
            % (" gk-empty" if not tcount[t] else "", t, _svg_shape(st["shape"], st["color"], st["border"]),
               html.escape(st["name"]), f"{tcount[t]:,}")
        )
    classes = []
    for c in EDGE_CLASSES:
        st = EDGE_STYLE[c]
        classes.append(
            '<label class="gk-item%s"><input type="checkbox" data-filter="cls" value="%s" checked>'
            '%s<span class="gk-name">%s</span><span class="gk-count">%s</span></label>'
            % (" gk-empty" if not ccount[c] else "", c, _svg_line(st["color"], min(st["width"], 3), st["dashes"]),
               html.escape(st["name"]), f"{ccount[c]:,}")
        )
    return "\n".join(types), "\n".join(classes)


def _day_label(day: str) -> str:
    """``2025-06-05`` -> ``5 Jun 2025`` (as the page's script writes dates)."""
    return date.fromisoformat(day).strftime("%d %b %Y").lstrip("0")


def _time_html(data: dict[str, Any]) -> str:
    """The period section (sliders, play, the period's name), or nothing when no edge is dated."""
    if not data["time"]:
        return ""
    first, last = data["time"]["first"], data["time"]["last"]
    undated = sum(1 for e in data["edges"] if e["kind"] == "action" and not e["dates"])
    note = ('<p class="gk-muted gk-small">%s undated relation%s: shown only with every date.</p>'
            % (f"{undated:,}", "" if undated == 1 else "s")) if undated else ""
    return (
        '<section class="gk-section" id="gk-time">\n'
        '  <h2 class="gk-section-title">Period</h2>\n'
        '  <p id="gk-period" aria-live="polite">All dates: %s \u2013 %s</p>\n'
        '  <label class="gk-slider"><span>From</span><input type="range" id="gk-from" min="0" value="0" step="1"></label>\n'
        '  <label class="gk-slider"><span>To</span><input type="range" id="gk-to" min="0" value="0" step="1"></label>\n'
        '  <div class="gk-time-buttons"><button type="button" id="gk-play">\u25b6 Play</button>'
        '<button type="button" id="gk-all-dates">All dates</button></div>\n'
        "  %s\n</section>" % (html.escape(_day_label(first)), html.escape(_day_label(last)), note))


def _changes_html(data: dict[str, Any]) -> str:
    """The legend of the changes a diff marked, or nothing."""
    counts = {c: 0 for c in CHANGE_NAMES}
    for n in data["nodes"]:
        if n["change"]:
            counts[n["change"]] += 1
    pairs: dict[str, set] = {c: set() for c in CHANGE_NAMES}
    for e in data["edges"]:
        if e["change"]:
            pairs[e["change"]].add((min(e["from"], e["to"]), max(e["from"], e["to"])))
    for c, found in pairs.items():
        counts[c] = counts[c] or len(found)
    if not any(counts.values()):
        return ""
    items = "".join('<li><span class="gk-change-mark"></span>%s<span class="gk-count">%s</span></li>'
                    % (html.escape(CHANGE_NAMES[c]), f"{n:,}") for c, n in counts.items() if n)
    return ('<section class="gk-section" id="gk-changes"><h2 class="gk-section-title">Changes '
            '<span class="gk-muted">(highlighted)</span></h2><ul class="gk-change-list">%s</ul></section>' % items)


def _csp(scripts: list[str]) -> str:
    hashes = " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") for s in scripts
    )
    return (
        "default-src 'none'; script-src %s; style-src 'unsafe-inline'; img-src data: blob:; "
        "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'" % hashes
    )


def render_html(G: nx.Graph, *, title: str = "graphkit", max_nodes: int | None = 500) -> str:
    """The page for ``G`` as a string (what :func:`write_html` writes).

    Parameters
    ----------
    G
        A graphkit graph (any networkx graph renders; see the module
        docstring for what is shown).
    title
        The page title, shown as text.
    max_nodes
        Show only this many of the strongest actors (mentions plus weighted
        degree) of a larger graph, and say so on the page; ``None`` shows all.

    Returns
    -------
    str
        One self-contained HTML page.

    Raises
    ------
    OptionError
        When ``max_nodes`` is neither a whole number >= 1 nor ``None``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="Chile"); G.add_node("b", label="Peru")
    >>> page = render_html(G, title="Andes", max_nodes=1)
    >>> page.startswith("<!DOCTYPE html>"), "showing 1 of 2 actors" in page
    (True, True)
    >>> render_html(G, max_nodes=0)
    Traceback (most recent call last):
    ...
    graphkit.errors.OptionError: [G009] max_nodes=0 is not valid; use a whole number >= 1, or None for every actor
    """
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1):
        raise OptionError(f"max_nodes={max_nodes!r} is not valid; use a whole number >= 1, or None for every actor")
    title = _text(title)
    data = _graph_data(G, title, max_nodes)

    vis = _vis_dir()
    vis_js = _script_safe((vis / "vis-network.min.js").read_text(encoding="utf-8"))
    vis_css = _style_safe((vis / "vis-network.css").read_text(encoding="utf-8"))
    app_js = _script_safe(_template("graph.js"))
    app_css = _style_safe(_template("graph.css"))

    total, shown = data["total_nodes"], data["shown_nodes"]
    stats = "%s actors \u00b7 %s relations" % (f"{shown:,}", f"{data['shown_edges']:,}")
    notice = ""
    if shown < total:
        notice = (
            '<p id="gk-notice" class="gk-notice">Large graph: showing %s of %s actors '
            "(the strongest by mentions and weighted degree) and %s of %s relations.</p>"
            % (f"{shown:,}", f"{total:,}", f"{data['shown_edges']:,}", f"{data['total_edges']:,}")
        )
    type_filters, class_filters = _filters_html(data)
    values = {
        "TIME": _time_html(data),
        "CHANGES": _changes_html(data),
        "CSP": _csp([vis_js, app_js]),
        "TITLE": html.escape(title or "graphkit"),
        "STATS": html.escape(stats),
        "NOTICE": notice,
        "TYPE_FILTERS": type_filters,
        "CLASS_FILTERS": class_filters,
        "VIS_CSS": vis_css,
        "CSS": app_css,
        "DATA": _json_for_script(data),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    page = _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template("graph.html"))
    return page


def write_html(
    G: nx.Graph, path: str | os.PathLike, *, title: str = "graphkit", max_nodes: int | None = 500
) -> None:
    """Write ``G`` as one self-contained interactive HTML page, atomically.

    Parameters
    ----------
    G
        A graphkit graph.
    path
        The output file; an existing file there is replaced only once the
        whole page has been rendered.
    title
        The page title.
    max_nodes
        Keep only that many of the strongest actors (mentions plus weighted
        degree) when the graph is larger, and say so on the page; ``None``
        shows every actor.

    Raises
    ------
    OptionError
        As :func:`render_html`, before anything is written.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", kind="action", action="warn")
    0
    >>> p = os.path.join(tempfile.mkdtemp(), "g.html"); write_html(G, p, title="Two actors")
    >>> "<title>Two actors</title>" in open(p, encoding="utf-8").read()
    True
    """
    text = render_html(G, title=title, max_nodes=max_nodes)
    atomic_write_text(path, text)
