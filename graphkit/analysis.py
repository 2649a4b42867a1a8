"""Analysis: tables, subgraphs and views of a graphkit graph, for notebooks and scripts.

Every function takes the graph first and never changes it: tables are new
``pandas.DataFrame`` objects, subgraphs are new graphs. pandas and matplotlib
are imported only inside the functions that need them, so ``import graphkit``
does not require them (``pip install 'graphkit[analysis]'``).

Counts of actions are weighted: an edge read three times counts three.
Negated actions ("did not attack") are left out of the action tables unless
``include_negated=True``; they say what an actor did *not* do.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("state:FRA", label="France", type="state", mentions=4)
>>> G.add_node("state:DEU", label="Germany", type="state", mentions=2)
>>> G.add_edge("state:FRA", "state:DEU", key="action:praise", kind="action", action="praise",
...            category="support", quad="verbal-cooperation", negated=False, weight=2)
'action:praise'
>>> centrality_table(G)["actions_out"].to_dict()
{'state:FRA': 2, 'state:DEU': 0}
"""
from __future__ import annotations

import difflib
import html
import math
from typing import TYPE_CHECKING, Any, Hashable, Iterable

import networkx as nx

from .errors import OptionError, UnknownActorError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["UnknownActorError", "find_actor", "centrality_table", "edge_table", "actions_by_pair", "ego_graph",
           "action_class_counts", "plot_action_classes", "events_per_week", "plot_events_per_week", "iframe_html"]

#: What ``actions_by_pair`` and ``action_class_counts`` can group by.
GROUP_BY = ("category", "quad", "action")

#: Bar colours of the quad classes (those of the HTML view).
QUAD_COLORS = {
    "material-conflict": "#c62828",
    "verbal-conflict": "#ef8a80",
    "verbal-cooperation": "#86c98a",
    "material-cooperation": "#1e8a3e",
    "neutral": "#9aa5b1",
}


# --------------------------------------------------------------------------- helpers


def _pandas():
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("graphkit.analysis tables need pandas: pip install 'graphkit[analysis]'") from None
    return pandas


def _weight(d: dict) -> int:
    """An edge's ``weight`` as an int (1 when missing or unreadable)."""
    w = d.get("weight", 1)
    try:
        w = float(w)
    except (TypeError, ValueError):
        return 1
    return 1 if math.isnan(w) else int(w)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _label(G: nx.Graph, n: Hashable) -> str:
    return str(G.nodes[n].get("label") or n)


def _mentions(G: nx.Graph, n: Hashable) -> int:
    try:
        return int(G.nodes[n].get("mentions") or 0)
    except (TypeError, ValueError):
        return 0


def _actions(G: nx.Graph, include_negated: bool) -> Iterable[tuple[Hashable, Hashable, dict]]:
    """``(u, v, data)`` of every action edge, in the graph's order."""
    for u, v, d in G.edges(data=True):
        if str(d.get("kind", "")).lower() != "action":
            continue
        if not include_negated and _truthy(d.get("negated", False)):
            continue
        yield u, v, d


def _check_by(by: str) -> None:
    if by not in GROUP_BY:
        raise OptionError(f"by={by!r} is not one of {', '.join(GROUP_BY)}")


# --------------------------------------------------------------------------- actors


def find_actor(G: nx.Graph, name: Hashable) -> Hashable:
    """The node of ``G`` that ``name`` stands for: a node id, a label or an alias.

    Labels and aliases match without regard to case or extra spaces; a label
    wins over an alias.

    Parameters
    ----------
    G
        A graphkit graph.
    name
        A node id (``"state:KEN"``), a label (``"Kenya"``) or an alias (``"Nairobi"``).

    Returns
    -------
    Hashable
        The node id.

    Raises
    ------
    UnknownActorError
        When no node, or more than one node, answers to ``name``; the message
        lists the closest labels or the candidates.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("state:KEN", label="Kenya", aliases="Kenya|Nairobi|Kenyan")
    >>> find_actor(G, "nairobi"), find_actor(G, "state:KEN")
    ('state:KEN', 'state:KEN')
    """
    try:
        if name in G:
            return name
    except TypeError:  # unhashable
        pass
    want = " ".join(str(name).split()).casefold()
    for field, split in (("label", False), ("aliases", True)):
        hits = []
        for n, d in G.nodes(data=True):
            values = str(d.get(field) or "").split("|") if split else [str(d.get(field) or "")]
            if any(" ".join(v.split()).casefold() == want for v in values if v.strip()):
                hits.append(n)
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            listed = ", ".join(f"{n!r} ({_label(G, n)})" for n in sorted(hits, key=str))
            raise UnknownActorError(f"{name!r} is ambiguous: it is the {'alias' if split else field} "
                                    f"of {listed}; pass the node id")
    labels = sorted({_label(G, n) for n in G})
    close = difflib.get_close_matches(str(name), labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else "; pass a node id, a label or an alias"
    raise UnknownActorError(f"no actor {name!r} in the graph{hint}")


def centrality_table(G: nx.Graph, *, top: int | None = None) -> "pd.DataFrame":
    """The actors of ``G`` with how central they are, the most central first.

    Parameters
    ----------
    G
        A graphkit graph (any networkx graph with node ``label``/``type``/``mentions``
        and edge ``kind``/``weight`` attributes works).
    top
        Keep only the first ``top`` rows.

    Returns
    -------
    pandas.DataFrame
        Indexed by node id, with columns

        * ``label``, ``type``, ``mentions`` -- from the node;
        * ``degree`` -- how many other actors it is linked to, by an edge of
          any kind and in either direction;
        * ``betweenness`` -- normalised betweenness centrality in the same
          undirected, unweighted graph of links;
        * ``actions_out``, ``actions_in`` -- the weight of the action edges
          (negated ones included) it sends and receives.

        Rows are sorted by degree, then betweenness, then actions
        (``actions_out + actions_in``), then mentions, all descending, then
        by label and node id.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key, label in [("a", "Kenya"), ("b", "Uganda"), ("c", "Rwanda")]:
    ...     G.add_node(key, label=label, type="state", mentions=1)
    >>> _ = G.add_edge("a", "b", kind="action", weight=3)
    >>> _ = G.add_edge("c", "a", kind="action", weight=1)
    >>> t = centrality_table(G)
    >>> list(t["label"]), list(t["degree"]), list(t["actions_in"])
    (['Kenya', 'Uganda', 'Rwanda'], [2, 1, 1], [1, 3, 0])
    >>> float(t.loc["a", "betweenness"])
    1.0
    """
    pd = _pandas()
    links = nx.Graph()
    links.add_nodes_from(G)
    links.add_edges_from((u, v) for u, v in G.edges() if u != v)
    between = nx.betweenness_centrality(links, normalized=True) if len(links) else {}
    out_w = {n: 0 for n in G}
    in_w = {n: 0 for n in G}
    for u, v, d in _actions(G, include_negated=True):
        out_w[u] += _weight(d)
        in_w[v] += _weight(d)
    rows = []
    for n, d in G.nodes(data=True):
        rows.append({"node": n, "label": _label(G, n), "type": str(d.get("type") or "other"),
                     "mentions": _mentions(G, n), "degree": links.degree(n), "betweenness": float(between.get(n, 0.0)),
                     "actions_out": out_w[n], "actions_in": in_w[n]})
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -(r["actions_out"] + r["actions_in"]),
                             -r["mentions"], r["label"], str(r["node"])))
    if top is not None:
        rows = rows[:top]
    columns = ["label", "type", "mentions", "degree", "betweenness", "actions_out", "actions_in"]
    table = pd.DataFrame(rows, columns=["node", *columns]).set_index("node")
    return table


def edge_table(G: nx.Graph, kinds: Iterable[str] | None = None) -> "pd.DataFrame":
    """The edges of ``G`` as a table, with the labels of their ends.

    Parameters
    ----------
    G
        A graphkit graph.
    kinds
        Edge kinds to keep (``("action",)``); ``None`` keeps every edge.

    Returns
    -------
    pandas.DataFrame
        Columns ``source``, ``target`` (labels), ``kind``, ``action``,
        ``negated``, ``modality``, ``category``, ``quad``, ``weight``, ``doc``
        and ``evidence``; sorted by weight (descending), then source, target,
        kind, action and negation.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="Chile"); G.add_node("b", label="Peru")
    >>> _ = G.add_edge("a", "b", kind="action", action="praise", negated=False, weight=2)
    >>> edge_table(G)[["source", "action", "target", "weight"]].to_dict("records")
    [{'source': 'Chile', 'action': 'praise', 'target': 'Peru', 'weight': 2}]
    """
    pd = _pandas()
    wanted = None if kinds is None else {str(k) for k in kinds}
    rows = []
    for u, v, d in G.edges(data=True):
        kind = str(d.get("kind", "") or "")
        if wanted is not None and kind not in wanted:
            continue
        rows.append({"source": _label(G, u), "target": _label(G, v), "kind": kind,
                     "action": str(d.get("action", "") or ""), "negated": _truthy(d.get("negated", False)),
                     "modality": str(d.get("modality", "") or ""), "category": str(d.get("category", "") or ""),
                     "quad": str(d.get("quad", "") or ""), "weight": _weight(d), "doc": str(d.get("doc", "") or ""),
                     "evidence": str(d.get("evidence", "") or "")})
    rows.sort(key=lambda r: (-r["weight"], r["source"], r["target"], r["kind"], r["action"], r["negated"]))
    return pd.DataFrame(rows, columns=["source", "target", "kind", "action", "negated", "modality", "category",
                                       "quad", "weight", "doc", "evidence"])


def actions_by_pair(G: nx.Graph, types: Iterable[str] | None = ("state",), *, by: str = "category",
                    include_negated: bool = False, directed: bool = True) -> "pd.DataFrame":
    """How often each pair of actors acted on one another, by class of action.

    Parameters
    ----------
    G
        A graphkit graph.
    types
        Node types both ends must have (``("state",)``: between states);
        ``None`` keeps every pair.
    by
        Columns: ``"category"`` (``assault``, ``support``, ...), ``"quad"``
        (``material-conflict``, ...) or ``"action"`` (the action word).
    include_negated
        Count negated actions too.
    directed
        ``True``: one row per source -> target; ``False``: A -> B and B -> A
        share one row, its two labels in alphabetical order.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``(source, target)`` labels, one column per class (sorted)
        plus ``total``; cells are summed edge weights. Rows are sorted by
        ``total`` (descending), then by the labels.

    Raises
    ------
    OptionError
        When ``by`` is not one of :data:`GROUP_BY` (a ``ValueError`` too).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="Peru", type="state"); G.add_node("b", label="Chile", type="state")
    >>> _ = G.add_edge("a", "b", kind="action", category="assault", weight=2)
    >>> _ = G.add_edge("a", "b", kind="action", category="threaten", weight=1)
    >>> _ = G.add_edge("b", "a", kind="action", category="assault", weight=1)
    >>> actions_by_pair(G).loc[("Peru", "Chile")].to_dict()
    {'assault': 2, 'threaten': 1, 'total': 3}
    >>> actions_by_pair(G, directed=False).loc[("Chile", "Peru"), "assault"].item()
    3
    """
    _check_by(by)
    pd = _pandas()
    wanted = None if types is None else {str(t) for t in types}
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for u, v, d in _actions(G, include_negated):
        if wanted is not None and (G.nodes[u].get("type") not in wanted or G.nodes[v].get("type") not in wanted):
            continue
        pair = (_label(G, u), _label(G, v))
        if not directed:
            pair = tuple(sorted(pair))  # type: ignore[assignment]
        cls = str(d.get(by) or "other")
        row = counts.setdefault(pair, {})
        row[cls] = row.get(cls, 0) + _weight(d)
    classes = sorted({c for row in counts.values() for c in row})
    pairs = sorted(counts, key=lambda p: (-sum(counts[p].values()), p))
    data = [[counts[p].get(c, 0) for c in classes] + [sum(counts[p].values())] for p in pairs]
    index = pd.MultiIndex.from_tuples(pairs, names=["source", "target"]) if pairs else \
        pd.MultiIndex.from_arrays([[], []], names=["source", "target"])
    return pd.DataFrame(data, index=index, columns=[*classes, "total"], dtype="int64")


def ego_graph(G: nx.MultiDiGraph, actor: Hashable, radius: int = 1, *, undirected: bool = True) -> nx.MultiDiGraph:
    """The actors within ``radius`` links of ``actor``, with every edge among them.

    Parameters
    ----------
    G
        A graphkit graph.
    actor
        A node id, label or alias (see :func:`find_actor`).
    radius
        How many links away an actor may be.
    undirected
        Follow edges in both directions (``True``) or only outgoing ones.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph (attributes copied); ``G`` is not changed.

    Raises
    ------
    UnknownActorError
        When ``actor`` names no node, or several.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="Greece"); G.add_node("b", label="Poland"); G.add_node("c", label="Kenya")
    >>> _ = G.add_edge("a", "b", kind="action"); _ = G.add_edge("b", "c", kind="action")
    >>> sorted(ego_graph(G, "Greece").nodes), sorted(ego_graph(G, "Greece", radius=2).nodes)
    (['a', 'b'], ['a', 'b', 'c'])
    """
    node = find_actor(G, actor)
    return nx.ego_graph(G, node, radius=radius, undirected=undirected).copy()


# --------------------------------------------------------------------------- action classes


def action_class_counts(G: nx.Graph, *, include_negated: bool = False) -> "pd.DataFrame":
    """How many actions of each class the graph holds.

    Parameters
    ----------
    G
        A graphkit graph.
    include_negated
        Count negated actions too.

    Returns
    -------
    pandas.DataFrame
        One row per ``(category, quad)`` with columns ``category``, ``quad``,
        ``edges`` (distinct action edges) and ``weight`` (times read), sorted
        by weight, then edges (descending), then category.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", kind="action", category="assault", quad="material-conflict", weight=3)
    >>> _ = G.add_edge("b", "a", kind="action", category="assault", quad="material-conflict", weight=1)
    >>> _ = G.add_edge("a", "c", kind="action", category="support", quad="verbal-cooperation", weight=1)
    >>> _ = G.add_edge("a", "c", kind="affiliation", category="affiliation", weight=1)
    >>> action_class_counts(G).to_dict("records")[0]
    {'category': 'assault', 'quad': 'material-conflict', 'edges': 2, 'weight': 4}
    """
    pd = _pandas()
    counts: dict[tuple[str, str], list[int]] = {}
    for _u, _v, d in _actions(G, include_negated):
        key = (str(d.get("category") or "other"), str(d.get("quad") or "neutral"))
        c = counts.setdefault(key, [0, 0])
        c[0] += 1
        c[1] += _weight(d)
    rows = [{"category": cat, "quad": quad, "edges": e, "weight": w} for (cat, quad), (e, w) in counts.items()]
    rows.sort(key=lambda r: (-r["weight"], -r["edges"], r["category"], r["quad"]))
    return pd.DataFrame(rows, columns=["category", "quad", "edges", "weight"])


def plot_action_classes(G: nx.Graph, *, ax: "Axes | None" = None, include_negated: bool = False) -> "Axes":
    """A horizontal bar chart of :func:`action_class_counts`, coloured by quad class.

    Parameters
    ----------
    G
        A graphkit graph.
    ax
        The matplotlib axes to draw on (default: a new figure).
    include_negated
        Count negated actions too.

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", kind="action", category="assault", quad="material-conflict", weight=3)
    >>> [t.get_text() for t in plot_action_classes(G).get_yticklabels()]
    ['assault']
    """
    counts = action_class_counts(G, include_negated=include_negated).iloc[::-1]  # largest on top
    if ax is None:
        import matplotlib.pyplot as plt

        _fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(counts), 3) + 1.2))
    colors = [QUAD_COLORS.get(q, QUAD_COLORS["neutral"]) for q in counts["quad"]]
    ax.barh(list(counts["category"]), list(counts["weight"]), color=colors)
    ax.set_xlabel("actions (times read)")
    ax.set_ylabel("category")
    ax.set_title("Actions by class")
    from matplotlib.patches import Patch

    shown = [q for q in QUAD_COLORS if q in set(counts["quad"])]
    if shown:
        ax.legend(handles=[Patch(color=QUAD_COLORS[q], label=q) for q in shown], loc="lower right", fontsize="small")
    return ax


# --------------------------------------------------------------------------- time


def events_per_week(G: nx.Graph, *, top: int = 3, include_negated: bool = False) -> "pd.DataFrame":
    """Reports of actions per week, by quad class, for the pairs with the most dated reports.

    A pair is two actors, both directions together; its rows cover every
    week (from Monday) of the graph's dated span, weeks without a report
    included, so the rows chart as a timeline.

    Parameters
    ----------
    G
        A graphkit graph with dates (see :mod:`graphkit.timeline`).
    top
        How many pairs.
    include_negated
        Count negated actions too.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``(pair, week)`` (``"Armenia - Azerbaijan"``, the
        week's Monday as a Timestamp), one int column per quad class of
        :data:`QUAD_COLORS`; empty when nothing is dated.

    Examples
    --------
    >>> import json
    >>> G = nx.MultiDiGraph()
    >>> for key, label in (("a", "Chile"), ("b", "Peru")):
    ...     G.add_node(key, label=label)
    >>> rows = [[day, "document", ["d"], 0, 0, 4, "asserted", "verb.object", f"On {day}."]
    ...         for day in ("2025-06-02", "2025-06-05", "2025-06-17")]
    >>> _ = G.add_edge("b", "a", kind="action", quad="verbal-conflict", negated=False, events=json.dumps(rows))
    >>> events_per_week(G)["verbal-conflict"].tolist()
    [2, 0, 1]
    """
    pd = _pandas()
    from .event_table import event_rows
    from .timeline import week_start

    counts: dict[str, dict[tuple[str, str], int]] = {}
    for row in event_rows(G):
        if not row["date"] or (row["negated"] and not include_negated):
            continue
        pair = " - ".join(sorted((row["source_label"], row["target_label"])))
        key = (week_start(row["date"]), row["quad"] if row["quad"] in QUAD_COLORS else "neutral")
        per = counts.setdefault(pair, {})
        per[key] = per.get(key, 0) + 1
    columns = list(QUAD_COLORS)
    index = pd.MultiIndex.from_tuples([], names=["pair", "week"])
    if not counts:
        return pd.DataFrame(columns=columns, index=index, dtype="int64")
    weeks = pd.date_range(min(w for c in counts.values() for w, _ in c),
                          max(w for c in counts.values() for w, _ in c), freq="7D")
    pairs = sorted(counts, key=lambda p: (-sum(counts[p].values()), p))[:top]
    rows = [[counts[p].get((w.date().isoformat(), q), 0) for q in columns] for p in pairs for w in weeks]
    index = pd.MultiIndex.from_tuples([(p, w) for p in pairs for w in weeks], names=["pair", "week"])
    return pd.DataFrame(rows, columns=columns, index=index, dtype="int64")


def plot_events_per_week(G: nx.Graph, *, top: int = 3, include_negated: bool = False) -> "Figure":
    """One stacked bar chart per pair of :func:`events_per_week`, coloured by quad class.

    Parameters
    ----------
    G
        A graphkit graph with dates.
    top
        How many pairs (one chart each, sharing the time axis).
    include_negated
        Count negated actions too.

    Returns
    -------
    matplotlib.figure.Figure
        The figure; its axes are ``figure.axes``, one per pair.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", kind="action", quad="material-conflict", first_date="2025-06-02")
    >>> [ax.get_title() for ax in plot_events_per_week(G).axes]
    ['a - b']
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    table = events_per_week(G, top=top, include_negated=include_negated)
    pairs = list(dict.fromkeys(table.index.get_level_values("pair")))
    fig, axes = plt.subplots(max(len(pairs), 1), 1, figsize=(8, 1.9 * max(len(pairs), 1) + 0.6), sharex=True,
                             squeeze=False)
    for ax, pair in zip(axes[:, 0], pairs):
        part = table.loc[pair]
        bottom = [0] * len(part)
        for quad, color in QUAD_COLORS.items():
            values = part[quad].tolist()
            ax.bar(part.index, values, width=6, bottom=bottom, color=color, align="edge", label=quad)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_title(pair, fontsize="medium")
        ax.set_ylabel("reports")
    shown = [q for q in QUAD_COLORS if q in table.columns and table[q].sum()]
    if shown:
        axes[0, 0].legend(handles=[Patch(color=QUAD_COLORS[q], label=q) for q in shown], fontsize="small",
                          loc="upper left", bbox_to_anchor=(1.0, 1.0))
    axes[-1, 0].set_xlabel("week")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- view


def iframe_html(G: nx.Graph, *, title: str = "graphkit", max_nodes: int | None = 500, height: int = 650) -> str:
    """The interactive HTML view of ``G`` in an ``<iframe srcdoc=...>``, for a notebook.

    The page is the one :func:`graphkit.export.html.render_html` writes:
    self-contained (vis-network inlined), it needs no network. It is escaped
    into the ``srcdoc`` attribute, and the frame is sandboxed (scripts and
    the search form only), so the page cannot reach the notebook around it.

    Parameters
    ----------
    G
        A graphkit graph.
    title, max_nodes
        Passed to ``render_html``.
    height
        Height of the frame in pixels.

    Returns
    -------
    str
        A ``<div>`` holding the ``<iframe>``; show it with ``IPython.display.HTML``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="<b>Greece</b>", type="state")
    >>> frame = iframe_html(G, title="Aegean")
    >>> frame.startswith('<div class="graphkit-view"><iframe srcdoc="&lt;!DOCTYPE html&gt;'), "<b>" in frame
    (True, False)
    """
    from .export.html import render_html

    page = render_html(G, title=title, max_nodes=max_nodes)
    # Wrapped in a <div>: IPython warns about HTML that is a bare <iframe>.
    return (f'<div class="graphkit-view"><iframe srcdoc="{html.escape(page, quote=True)}" '
            f'title="{html.escape(str(title), quote=True)}" sandbox="allow-scripts allow-forms" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #d0d7de; border-radius: 4px;">'
            f'</iframe></div>')
