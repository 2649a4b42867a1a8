"""Graph: extractions -> one ``networkx.MultiDiGraph``, actors merged across documents.

Nodes are actors keyed ``state:USA``, ``person:donald trump``, ``org:cbs news``,
``location:middle east``; edges are ``action`` and ``affiliation`` edges with the
attributes of the graph contract (``shared/SCHEMA.md``). Edges that say the
same thing (same ends, kind, action word and negation) are merged, ``weight``
counting how often it was read.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx

from .extraction import Extraction

#: Distinct evidence sentences kept per merged edge (in ``evidences``).
MAX_EVIDENCE = 5
_MODALITY_RANK = {"asserted": 0, "reported": 1, "hypothetical": 2}


def _corpus_merges(extractions: list[Extraction]) -> dict[str, str]:
    """Keys that one document could not resolve but the corpus can, mapped to their actor.

    * a surname alone ("person:scholz"), or a surname the model typed as an
      organization or place, joins the one full name of the corpus with that
      surname; two full names sharing it are never merged blindly;
    * an office holder never named in its article ("Germany's Chancellor")
      joins the one person the corpus names in that office of that state.
    """
    full: dict[str, set[str]] = defaultdict(set)
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    candidates: dict[str, str] = {}  # key -> surname it may stand for
    offices: dict[str, tuple[str, str]] = {}
    for ex in extractions:
        unnamed = {a.key for a in ex.actors if a.type == "person" and "'s " in a.label}
        for actor in ex.actors:
            name = actor.key.split(":", 1)[1]
            words = name.split()
            if actor.key in unnamed:
                continue
            if actor.type == "person" and len(words) >= 2:
                full[words[-1]].add(actor.key)
            elif len(words) == 1 and (actor.type == "person" or (
                    actor.type in ("organization", "location") and actor.label[:1].isupper() and not actor.label.isupper())):
                candidates[actor.key] = words[0]
        for aff in ex.affiliations:
            if aff.member in unnamed:
                offices[aff.member] = (aff.role, aff.group)
            elif aff.member.startswith("person:"):
                holders[(aff.role, aff.group)].add(aff.member)
    out = {}
    for key, surname in candidates.items():
        if len(full.get(surname, ())) == 1:
            out[key] = next(iter(full[surname]))
    for key, office in offices.items():
        if len(holders.get(office, ())) == 1:
            out[key] = next(iter(holders[office]))
    return out


def build(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Assemble extractions into one graph, merging actors and edges across documents.

    Parameters
    ----------
    extractions
        One :class:`~graphkit.extraction.Extraction` per document, in any order.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; the same extractions in any order give the same graph.

    Examples
    --------
    >>> from graphkit.actors import Actor
    >>> from graphkit.actions import Action
    >>> a = Actor("state:FRA", "France", "state", ("France",), (), "FRA")
    >>> b = Actor("state:DEU", "Germany", "state", ("Germany",), (), "DEU")
    >>> act = Action("d1", "state:FRA", "state:DEU", "praise", "VERB", False, "asserted",
    ...              "support", "verbal-cooperation", "France praised Germany.", 7, 14, "verb")
    >>> G = build([Extraction("d1", actors=(a, b), actions=(act,), mention_counts={"state:FRA": 1, "state:DEU": 1})])
    >>> sorted(G.edges(keys=True))
    [('state:FRA', 'state:DEU', 'action:praise')]
    """
    extractions = sorted(extractions, key=lambda e: e.doc_id)
    merge = _corpus_merges(extractions)
    canon = lambda key: merge.get(key, key)  # noqa: E731

    nodes: dict[str, dict] = {}
    # Actors that are their own node first, then the ones the corpus merged into them.
    for merged in (False, True):
        for ex in extractions:
            for actor in ex.actors:
                key = canon(actor.key)
                if (key != actor.key) != merged:
                    continue
                node = nodes.setdefault(key, {"label": actor.label, "type": actor.type, "aliases": set(),
                                              "roles": [], "mentions": 0, "docs": set(), "dates": set(),
                                              "iso3": actor.iso3})
                if not merged and actor.type == "person" and len(actor.label) > len(node["label"]):
                    node["label"] = actor.label
                node["aliases"].update(actor.aliases)
                node["aliases"].add(actor.label)
                for role in actor.roles:
                    if role not in node["roles"]:
                        node["roles"].append(role)
                node["mentions"] += ex.mention_counts.get(actor.key, 0)
                node["docs"].add(ex.doc_id)
                if ex.date:
                    node["dates"].add(ex.date)

    edges: dict[tuple, dict] = {}

    dates = {ex.doc_id: ex.date for ex in extractions if ex.date}

    def add_edge(u: str, v: str, kind: str, action: str, negated: bool, attrs: dict, doc: str, evidence: str) -> None:
        u, v = canon(u), canon(v)
        if u == v or u not in nodes or v not in nodes:
            return
        key = (u, v, kind, action, negated)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = dict(attrs, kind=kind, action=action, negated=negated, evidence=evidence,
                                     docs=[], evidences=[], weight=0)
        elif "modality" in attrs and _MODALITY_RANK[attrs["modality"]] < _MODALITY_RANK[edge["modality"]]:
            edge["modality"] = attrs["modality"]
        edge["weight"] += 1
        if doc not in edge["docs"]:
            edge["docs"].append(doc)
        if (doc, evidence) not in edge["evidences"] and len(edge["evidences"]) < MAX_EVIDENCE:
            edge["evidences"].append((doc, evidence))

    for ex in extractions:
        for aff in ex.affiliations:
            add_edge(aff.member, aff.group, "affiliation", aff.role, False,
                     {"modality": "asserted", "category": "affiliation", "quad": "neutral",
                      "start_char": aff.start_char}, ex.doc_id, aff.evidence)
        for act in ex.actions:
            add_edge(act.source, act.target, "action", act.action, act.negated,
                     {"modality": act.modality, "category": act.category, "quad": act.quad,
                      "start_char": act.start_char, "end_char": act.end_char, "rule": act.rule},
                     ex.doc_id, act.evidence)

    G = nx.MultiDiGraph()
    for key in sorted(nodes):
        n = nodes[key]
        G.add_node(key, label=n["label"], type=n["type"], aliases="|".join(sorted(n["aliases"])),
                   mentions=n["mentions"], doc="|".join(sorted(n["docs"])), role="|".join(n["roles"]),
                   iso3=n["iso3"])
        if n["dates"]:
            G.nodes[key]["date"] = "|".join(sorted(n["dates"]))
    for key in sorted(edges, key=lambda k: (k[0], k[1], k[2], k[3], k[4])):
        u, v, kind, action, negated = key
        e = edges[key]
        docs, evidences = e.pop("docs"), e.pop("evidences")
        ekey = f"{kind}:{action}" + (":not" if negated else "")
        G.add_edge(u, v, key=ekey, id=f"{u}|{v}|{ekey}", doc="|".join(docs),
                   evidences="\n".join(" ".join(text.split()) for _, text in evidences),
                   evidence_docs="|".join(d for d, _ in evidences), **e)
        edge_dates = sorted({dates[d] for d in docs if d in dates})
        if edge_dates:
            G.edges[u, v, ekey]["date"] = "|".join(edge_dates)
    return G


def subgraph_by_quad(G: nx.MultiDiGraph, quads: Iterable[str]) -> nx.MultiDiGraph:
    """A new graph with the action edges of the given quad classes and the actors they join.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="action:attack", kind="action", quad="material-conflict")
    'action:attack'
    >>> G.add_edge("a", "c", key="action:praise", kind="action", quad="verbal-cooperation")
    'action:praise'
    >>> sorted(subgraph_by_quad(G, ["material-conflict"]).nodes)
    ['a', 'b']
    """
    wanted = set(quads)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("kind") == "action" and d.get("quad") in wanted:
            for n in (u, v):
                if n not in H:
                    H.add_node(n, **G.nodes[n])
            H.add_edge(u, v, key=k, **d)
    return H
