"""What changed between two graphs: new actors, new pairs, pairs that turned.

``graphkit diff OLD NEW`` compares two graphs (two builds, or one graph
split at a date with :func:`split`). Actors are matched by node id, which
is stable across builds (``state:FRA``, ``person:olaf scholz``).

A pair is two actors with actions between them, either way. Its *balance*
is the mean intensity (``graphkit/data/intensity.tsv``, -10 conflict .. +10
cooperation) of its asserted, hypothetical or reported actions that are not
negated, each counted once per report (``reports``; ``weight`` for graphs
without it). A pair *turned to conflict* when its balance was above 0 in OLD
and is below 0 in NEW, *to cooperation* the other way; turned pairs are
ranked by how far their balance moved, new pairs by how many reports they
have, new actors by how many reports name them.

Examples
--------
>>> import networkx as nx
>>> old, new = nx.MultiDiGraph(), nx.MultiDiGraph()
>>> old.add_edge("state:ARM", "state:AZE", key="action:talk", kind="action", category="consult", reports=2)
'action:talk'
>>> new.add_edge("state:ARM", "state:AZE", key="action:attack", kind="action", category="assault", reports=1)
'action:attack'
>>> new.add_edge("state:TUR", "state:AZE", key="action:aid", kind="action", category="aid", reports=3)
'action:aid'
>>> d = compare(old, new)
>>> [a.id for a in d.new_actors], [(p.pair, p.after) for p in d.new_pairs]
(['state:TUR'], [(('state:AZE', 'state:TUR'), 7.0)])
>>> [(p.pair, p.before, p.after, p.kind) for p in d.turned]
[(('state:ARM', 'state:AZE'), 1.0, -9.7, 'to-conflict')]
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Hashable

import networkx as nx

from .analysis import _truthy
from .event_table import intensity
from .timeline import check_day, period_graph

__all__ = ["ActorChange", "PairChange", "GraphDiff", "balances", "compare", "split", "mark"]

#: The ``change`` attribute :func:`mark` sets, by kind of change.
CHANGES = ("new", "new-pair", "to-conflict", "to-cooperation")


@dataclass(frozen=True)
class ActorChange:
    """An actor NEW has and OLD has not.

    Attributes
    ----------
    id, label, type
        The node id, its label and type in NEW.
    reports
        How many reports of actions name it in NEW.

    Examples
    --------
    >>> ActorChange("state:TUR", "Turkey", "state", 3).label
    'Turkey'
    """

    id: str
    label: str
    type: str
    reports: int


@dataclass(frozen=True)
class PairChange:
    """A pair of actors whose actions are new in NEW, or whose balance changed sides.

    Attributes
    ----------
    pair
        The two node ids, sorted.
    labels
        Their labels, in the same order.
    before, after
        The pair's balance in OLD (``None`` for a new pair) and in NEW.
    reports
        Reports of actions between them in NEW.
    kind
        ``new-pair``, ``to-conflict`` or ``to-cooperation``.

    Examples
    --------
    >>> p = PairChange(("state:ARM", "state:AZE"), ("Armenia", "Azerbaijan"), 1.0, -9.7, 1, "to-conflict")
    >>> round(p.change, 1)
    -10.7
    """

    pair: tuple[str, str]
    labels: tuple[str, str]
    before: float | None
    after: float
    reports: int
    kind: str

    @property
    def change(self) -> float:
        """How far the balance moved (``after - before``; ``after`` for a new pair).

        Returns
        -------
        float
            Negative towards conflict, positive towards cooperation.

        Examples
        --------
        >>> PairChange(("a", "b"), ("A", "B"), None, 4.0, 2, "new-pair").change
        4.0
        """
        return self.after - (self.before or 0.0)


@dataclass
class GraphDiff:
    """What :func:`compare` found: new actors, new pairs and turned pairs, each ranked.

    Attributes
    ----------
    new_actors
        Actors of NEW not in OLD (:class:`ActorChange`), most reported first.
    new_pairs
        Pairs with actions in NEW and none in OLD (:class:`PairChange`), most reported first.
    turned
        Pairs whose balance changed sides, furthest moved first.

    Examples
    --------
    >>> GraphDiff().summary().splitlines()[0]
    'New actors: none'
    """

    new_actors: list[ActorChange] = field(default_factory=list)
    new_pairs: list[PairChange] = field(default_factory=list)
    turned: list[PairChange] = field(default_factory=list)

    def summary(self, top: int | None = None) -> str:
        """The differences as text, one line each (what ``graphkit diff`` prints).

        Parameters
        ----------
        top
            Show at most this many lines of each list (``None``: all).

        Returns
        -------
        str
            Three titled lists.

        Examples
        --------
        >>> d = GraphDiff(turned=[PairChange(("a", "b"), ("Armenia", "Azerbaijan"), 1.0, -9.7, 1, "to-conflict")])
        >>> print(d.summary())
        New actors: none
        New pairs: none
        Turned (1):
          Armenia - Azerbaijan: cooperation +1.0 -> conflict -9.7 (moved -10.7; 1 report)
        """
        def cut(items: list) -> tuple[list, str]:
            if top is None or len(items) <= top:
                return items, ""
            return items[:top], f"  ... and {len(items) - top} more"

        def side(x: float) -> str:
            return "cooperation" if x > 0 else "conflict" if x < 0 else "neutral"

        def reports(n: int) -> str:
            return f"{n} report" + ("" if n == 1 else "s")

        lines = []
        for title, items, fmt in (
                ("New actors", self.new_actors, lambda a: f"  {a.label} ({a.type}): {reports(a.reports)}"),
                ("New pairs", self.new_pairs,
                 lambda p: f"  {p.labels[0]} - {p.labels[1]}: {side(p.after)} {p.after:+.1f} ({reports(p.reports)})"),
                ("Turned", self.turned,
                 lambda p: f"  {p.labels[0]} - {p.labels[1]}: {side(p.before)} {p.before:+.1f} -> {side(p.after)} "
                           f"{p.after:+.1f} (moved {p.change:+.1f}; {reports(p.reports)})")):
            if not items:
                lines.append(f"{title}: none")
                continue
            shown, more = cut(items)
            lines.append(f"{title} ({len(items)}):")
            lines += [fmt(x) for x in shown] + ([more] if more else [])
        return "\n".join(lines)


def _count(d: dict[str, Any]) -> int:
    for name in ("reports", "weight"):
        try:
            return max(int(d[name]), 0)
        except (KeyError, TypeError, ValueError):
            continue
    return 1


def _pair(u: Hashable, v: Hashable) -> tuple[str, str]:
    a, b = sorted((str(u), str(v)))
    return a, b


def balances(G: nx.Graph) -> dict[tuple[str, str], tuple[float, int]]:
    """Each pair's balance and report count (see the module docstring).

    Parameters
    ----------
    G
        A graphkit graph.

    Returns
    -------
    dict
        ``(id, id)`` sorted -> ``(mean intensity, reports)``, for every pair with
        an action whose category has an intensity.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("b", "a", kind="action", category="aid", reports=1)
    0
    >>> G.add_edge("a", "b", kind="action", category="threaten", reports=1)
    0
    >>> balances(G)
    {('a', 'b'): (0.5, 2)}
    """
    total: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0])
    for u, v, d in G.edges(data=True):
        if d.get("kind") != "action" or _truthy(d.get("negated", False)) or u == v:
            continue
        value = intensity(str(d.get("category") or ""), str(d.get("quad") or ""))
        if math.isnan(value):
            continue
        n = _count(d)
        acc = total[_pair(u, v)]
        acc[0] += value * n
        acc[1] += n
    return {p: (round(s / n, 2), n) for p, (s, n) in sorted(total.items()) if n}


def _label(G: nx.Graph, n: str) -> str:
    return str(G.nodes[n].get("label") or n) if n in G else n


def compare(old: nx.Graph, new: nx.Graph) -> GraphDiff:
    """New actors, new pairs and pairs that turned, from OLD to NEW.

    Parameters
    ----------
    old, new
        Two graphkit graphs (two builds, or the halves of :func:`split`).

    Returns
    -------
    GraphDiff
        Every list ranked (see the module docstring).

    Examples
    --------
    >>> old, new = nx.MultiDiGraph(), nx.MultiDiGraph()
    >>> old.add_node("state:PER", label="Peru")
    >>> new.add_edge("state:PER", "state:CHL", kind="action", category="threaten", reports=2)
    0
    >>> d = compare(old, new)
    >>> [a.id for a in d.new_actors], [p.kind for p in d.new_pairs], d.turned
    (['state:CHL'], ['new-pair'], [])
    """
    before, after = balances(old), balances(new)
    named: dict[str, int] = defaultdict(int)
    for u, v, d in new.edges(data=True):
        if d.get("kind") == "action":
            for n in {u, v}:
                named[str(n)] += _count(d)
    actors = [ActorChange(str(n), _label(new, n), str(new.nodes[n].get("type") or ""), named.get(str(n), 0))
              for n in new.nodes if n not in old]
    actors.sort(key=lambda a: (-a.reports, a.label, a.id))
    pairs, turned = [], []
    for p, (value, n) in after.items():
        labels = (_label(new, p[0]), _label(new, p[1]))
        if p not in before:
            pairs.append(PairChange(p, labels, None, value, n, "new-pair"))
        elif before[p][0] > 0 > value or before[p][0] < 0 < value:
            turned.append(PairChange(p, labels, before[p][0], value, n, "to-conflict" if value < 0 else "to-cooperation"))
    pairs.sort(key=lambda c: (-c.reports, -abs(c.after), c.labels))
    turned.sort(key=lambda c: (-abs(c.change), c.labels))
    return GraphDiff(actors, pairs, turned)


def split(G: nx.MultiDiGraph, before: str) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """One dated graph as two: what was reported before a day, and from that day on.

    Parameters
    ----------
    G
        A graphkit graph with dated reports (not changed).
    before
        The first day of the second half, ``YYYY-MM-DD``.

    Returns
    -------
    tuple of networkx.MultiDiGraph
        ``(old, new)`` as :func:`graphkit.timeline.period_graph` cuts them;
        undated reports are in neither.

    Raises
    ------
    OptionError
        When ``before`` is not a date.

    Examples
    --------
    >>> import json
    >>> G = nx.MultiDiGraph()
    >>> rows = [[day, "document", [doc], 0, 0, 4, "asserted", "verb.object", text]
    ...         for day, doc, text in (("2025-06-02", "a", "Peru met Chile."), ("2025-06-20", "b", "Peru met Chile again."))]
    >>> G.add_edge("state:PER", "state:CHL", key="action:meet", kind="action", events=json.dumps(rows))
    'action:meet'
    >>> old, new = split(G, "2025-06-10")
    >>> old.edges["state:PER", "state:CHL", "action:meet"]["doc"], new.edges["state:PER", "state:CHL", "action:meet"]["doc"]
    ('a', 'b')
    """
    day = check_day(before, "before")
    last = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return period_graph(G, until=last), period_graph(G, since=day)


def mark(new: nx.MultiDiGraph, diff: GraphDiff) -> nx.MultiDiGraph:
    """A copy of NEW with what changed marked in a ``change`` attribute (the HTML view highlights it).

    New actors get ``change="new"``; the action edges of new pairs
    ``new-pair``, of turned pairs ``to-conflict`` or ``to-cooperation``.

    Parameters
    ----------
    new
        The graph the differences were found in (not changed).
    diff
        What :func:`compare` found.

    Returns
    -------
    networkx.MultiDiGraph
        The marked copy.

    Examples
    --------
    >>> new = nx.MultiDiGraph()
    >>> new.add_edge("a", "b", key="action:warn", kind="action", category="threaten")
    'action:warn'
    >>> H = mark(new, compare(nx.MultiDiGraph(), new))
    >>> H.nodes["a"]["change"], H.edges["a", "b", "action:warn"]["change"]
    ('new', 'new-pair')
    """
    H = new.copy()
    for a in diff.new_actors:
        if a.id in H:
            H.nodes[a.id]["change"] = "new"
    kinds = {c.pair: c.kind for c in diff.new_pairs + diff.turned}
    for u, v, _k, d in H.edges(keys=True, data=True):
        kind = kinds.get(_pair(u, v))
        if kind and d.get("kind") == "action":
            d["change"] = kind
    return H
