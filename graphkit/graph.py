"""Graph: extractions -> one ``networkx.MultiDiGraph``, actors merged across documents.

Nodes are actors keyed ``state:FRA``, ``person:emmanuel macron``, ``org:le monde``,
``location:sahel``; edges are ``action`` and ``affiliation`` edges with the
attributes of the graph contract (``shared/SCHEMA.md``). Edges that say the
same thing (same ends, kind, action word and negation) are merged, ``weight``
counting how often it was read. The graph attribute ``document_table`` lists
the documents read (:data:`DOCUMENT_FIELDS`, :func:`document_table`).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any, Iterable

import networkx as nx

from .actors import keys
from .actors.people import dated_affiliations
from .actors.records import TEXT
from .extraction import Extraction
from .timeline import Mention, edge_attributes

#: The columns of the graph's ``document_table``: the document id the graph cites, its title, its date
#: (ISO 8601 or ""), the file it was read from and its web address (http/https or "").
DOCUMENT_FIELDS = ("id", "title", "date", "path", "url")
#: Distinct evidence sentences kept per merged edge (in ``evidences``).
MAX_EVIDENCE = 5
_MODALITY_RANK = {"asserted": 0, "reported": 1, "hypothetical": 2}


class GraphBuilder:
    """Accumulates extractions one at a time into aggregates the size of the graph.

    Extractions may arrive in any order (from several processes, a cache, a
    cluster): the graph is the same. Nothing per document is kept beyond the
    document ids, dates and (up to :data:`MAX_EVIDENCE`) evidence sentences
    of each node and edge, and one row of the document table (id, title,
    date, path, url) per document, so memory grows with the graph, not the
    texts.

    Examples
    --------
    >>> from graphkit.actors import Actor
    >>> builder = GraphBuilder()
    >>> builder.add(Extraction("d1", actors=(Actor("state:FRA", "France", "state", ("France",), (), "FRA"),),
    ...                        mention_counts={"state:FRA": 2}))
    >>> builder.graph().nodes["state:FRA"]["mentions"]
    2
    """

    def __init__(self) -> None:
        self._nodes: dict[str, dict] = {}
        self._edges: dict[tuple, dict] = {}
        self._offices: dict[str, tuple[str, str]] = {}  # unnamed office holder -> (role, state)
        self._holders: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._mentions: dict[tuple, list[Mention]] = defaultdict(list)  # action edge -> its mentions (timeline)
        self._documents: dict[str, dict[str, str]] = {}  # doc id -> its row of the document table

    def add(self, ex: Extraction) -> None:
        """Fold one document's extraction in.

        Parameters
        ----------
        ex
            The extraction of one document. Adding the same document twice counts
            its mentions and edges twice.

        Examples
        --------
        >>> from graphkit.actors import Actor
        >>> builder = GraphBuilder()
        >>> peru = Actor("state:PER", "Peru", "state", ("Peru", "Peruvian"), (), "PER")
        >>> for doc_id in ("d1", "d2"):
        ...     builder.add(Extraction(doc_id, actors=(peru,), mention_counts={"state:PER": 1}))
        >>> node = builder.graph().nodes["state:PER"]
        >>> node["mentions"], node["doc"], node["aliases"]
        (2, 'd1|d2', 'Peru|Peruvian')
        """
        row = self._documents.setdefault(ex.doc_id, dict.fromkeys(DOCUMENT_FIELDS, "") | {"id": ex.doc_id})
        for field, value in (("title", ex.title), ("date", ex.date), ("path", ex.source), ("url", ex.url)):
            row[field] = row[field] or value  # the parts of one long text say the same
        unnamed = {a.key for a in ex.actors if not a.named}
        affiliations = dated_affiliations(ex.affiliations, ex.date)  # the office holder table's, for this date
        # a state or organization registered only for a knowledge tie this date dropped is no actor of the article
        linked = {k for a in affiliations for k in (a.member, a.group)}
        linked |= {k for a in ex.actions for k in (a.source, a.target)}
        unused = {a.group for a in ex.affiliations if a.origin != TEXT} - linked
        for actor in ex.actors:
            if actor.key in unused and not ex.mention_counts.get(actor.key):
                continue
            node = self._nodes.setdefault(actor.key, {
                "labels": Counter(), "type": actor.type, "aliases": set(), "roles": set(), "mentions": 0,
                "docs": set(), "dates": set(), "iso3": actor.iso3, "unnamed": actor.key in unnamed})
            node["labels"][actor.label] += 1
            node["aliases"].update(actor.aliases)
            node["aliases"].add(actor.label)
            node["roles"].update(actor.roles)
            node["mentions"] += ex.mention_counts.get(actor.key, 0)
            node["docs"].add(ex.doc_id)
            if ex.date:
                node["dates"].add(ex.date)
        # one copy of each sentence, its white space collapsed, for every edge and mention read in it
        sentences: dict[str, str] = {}

        def collapsed(text: str) -> str:
            found = sentences.get(text)
            if found is None:
                found = sentences[text] = " ".join(text.split())
            return found

        for aff in affiliations:
            if aff.member in unnamed:
                self._offices[aff.member] = (aff.role, aff.group)
            elif keys.is_person(aff.member) and aff.origin == TEXT:
                self._holders[(aff.role, aff.group)].add(aff.member)
            self._edge(aff.member, aff.group, "affiliation", aff.role, False, ex, aff.start_char, collapsed(aff.evidence),
                       {"modality": "asserted", "category": "affiliation", "quad": "neutral",
                        "start_char": aff.start_char, "origin": aff.origin})
        for act in ex.actions:
            evidence = collapsed(act.evidence)
            self._edge(act.source, act.target, "action", act.action, act.negated, ex, act.start_char, evidence,
                       {"modality": act.modality, "category": act.category, "quad": act.quad,
                        "start_char": act.start_char, "end_char": act.end_char, "rule": act.rule},
                       (act.source_sector, act.target_sector))
            self._mentions[(act.source, act.target, "action", act.action, act.negated)].append(
                Mention.of(act, evidence))

    def _edge(self, u: str, v: str, kind: str, action: str, negated: bool, ex: Extraction, offset: int,
              evidence: str, attrs: dict, sectors: tuple[str, str] = ("", "")) -> None:
        # evidence: the sentence with its white space collapsed (shared with the mentions read in it)
        edge = self._edges.setdefault((u, v, kind, action, negated), {
            "first": None, "modality": attrs["modality"], "weight": 0, "docs": set(), "evidences": [],
            "sectors": (set(), set())})
        for seen, sector in zip(edge["sectors"], sectors):
            if sector:
                seen.add(sector)
        where = (ex.doc_id, offset)
        if edge["first"] is None or where < edge["first"][0]:
            edge["first"] = (where, attrs)  # the attributes of the first reading, in document order
        if _MODALITY_RANK[attrs["modality"]] < _MODALITY_RANK[edge["modality"]]:
            edge["modality"] = attrs["modality"]
        edge["weight"] += 1
        edge["docs"].add(ex.doc_id)
        item = (ex.doc_id, offset, evidence)
        if item not in edge["evidences"]:
            edge["evidences"] = sorted(edge["evidences"] + [item])[:MAX_EVIDENCE]

    def merges(self) -> dict[str, str]:
        """Keys that one document could not resolve but the corpus can, mapped to their actor.

        * a surname alone ("person:scholz"), or a surname the model typed as an
          organization or place, joins the one full name of the corpus with that
          surname; two full names sharing it are never merged blindly; nor is a
          surname whose documents never name the state that full name is
          affiliated with ("Mr Howard" of a British article is not Australia's
          John Howard of another);
        * an office holder never named in its article ("Germany's Chancellor")
          joins the one person the corpus names in that office of that state.

        Returns
        -------
        dict of str to str
            Key to merge -> the key of the actor it joins.

        Examples
        --------
        >>> from graphkit.actors import Actor
        >>> person = lambda key, label: Actor(key, label, "person", (label,))
        >>> builder = GraphBuilder()
        >>> builder.add(Extraction("d1", actors=(person("person:olaf scholz", "Olaf Scholz"),)))
        >>> builder.add(Extraction("d2", actors=(person("person:scholz", "Scholz"),)))
        >>> builder.merges()
        {'person:scholz': 'person:olaf scholz'}
        """
        full: dict[str, set[str]] = defaultdict(set)
        candidates: dict[str, str] = {}
        for key, node in self._nodes.items():
            if node["unnamed"]:
                continue
            words = keys.name_words(key)
            label = min(node["labels"])
            if node["type"] == "person" and len(words) >= 2:
                full[words[-1]].add(key)
            elif len(words) == 1 and (node["type"] == "person" or (
                    node["type"] in ("organization", "location") and label[:1].isupper() and not label.isupper())):
                candidates[key] = words[0]
        states: dict[str, set[str]] = defaultdict(set)  # person -> the states it is affiliated with
        for (member, group, kind, _, _) in self._edges:
            if kind == "affiliation" and keys.is_state(group):
                states[member].add(group)
        out = {}
        for key, surname in candidates.items():
            if len(full.get(surname, ())) == 1:
                person = next(iter(full[surname]))
                docs = self._nodes[key]["docs"]
                if not states[person] or any(self._nodes[s]["docs"] & docs for s in states[person]):
                    out[key] = person
        for key, office in self._offices.items():
            if len(self._holders.get(office, ())) == 1:
                out[key] = next(iter(self._holders[office]))
        # An office holder may join a surname that itself joins a full name: follow to the end of the chain.
        for key in out:
            seen = {key}
            while out[key] in out and out[key] not in seen:
                seen.add(out[key])
                out[key] = out[out[key]]
        return out

    def graph(self) -> nx.MultiDiGraph:
        """The graph of everything added so far (a new object; the builder is unchanged).

        Returns
        -------
        networkx.MultiDiGraph
            Nodes and edges sorted by key, the keys of :meth:`merges` folded into
            the actors they join.

        Examples
        --------
        >>> from graphkit.actors import Actor
        >>> builder = GraphBuilder()
        >>> builder.add(Extraction("d1", actors=(Actor("person:ana ruiz", "Ana Ruiz", "person"),
        ...                                      Actor("person:ruiz", "Ruiz", "person"))))
        >>> G = builder.graph()
        >>> list(G.nodes), G.nodes["person:ana ruiz"]["aliases"]
        (['person:ana ruiz'], 'Ana Ruiz|Ruiz')
        >>> builder.graph() is not G
        True
        """
        merge = self.merges()
        canon = lambda key: merge.get(key, key)  # noqa: E731
        nodes: dict[str, dict] = {}
        for key in sorted(self._nodes, key=lambda k: (k in merge, k)):  # own nodes first, merged ones after
            src = self._nodes[key]
            node = nodes.setdefault(canon(key), {"labels": Counter(), "type": src["type"], "aliases": set(),
                                                 "roles": set(), "mentions": 0, "docs": set(), "dates": set(),
                                                 "iso3": src["iso3"]})
            if key not in merge:
                node["labels"].update(src["labels"])
            for field in ("aliases", "roles", "docs", "dates"):
                node[field] |= src[field]
            node["mentions"] += src["mentions"]

        G = nx.MultiDiGraph()
        if self._documents:
            G.graph["document_table"] = json.dumps([self._documents[k] for k in sorted(self._documents)],
                                                   ensure_ascii=False, separators=(",", ":"))
        for key in sorted(nodes):
            n = nodes[key]
            G.add_node(key, label=_best_label(n["labels"], n["type"]), type=n["type"],
                       aliases="|".join(sorted(n["aliases"])), mentions=n["mentions"],
                       doc="|".join(sorted(n["docs"])), role="|".join(sorted(n["roles"])), iso3=n["iso3"])
            if n["dates"]:
                G.nodes[key]["date"] = "|".join(sorted(n["dates"]))

        edges: dict[tuple, dict] = {}
        mentions: dict[tuple, list[Mention]] = defaultdict(list)
        for (u, v, kind, action, negated), src in self._edges.items():
            found = self._mentions.get((u, v, kind, action, negated), ())
            u, v = canon(u), canon(v)
            if u == v or u not in nodes or v not in nodes:
                continue
            mentions[(u, v, kind, action, negated)] += found
            edge = edges.setdefault((u, v, kind, action, negated), {
                "first": src["first"], "modality": src["modality"], "weight": 0, "docs": set(), "evidences": [],
                "sectors": (set(), set())})
            for merged, seen in zip(edge["sectors"], src["sectors"]):
                merged |= seen
            if src["first"][0] < edge["first"][0]:
                edge["first"] = src["first"]
            if _MODALITY_RANK[src["modality"]] < _MODALITY_RANK[edge["modality"]]:
                edge["modality"] = src["modality"]
            edge["weight"] += src["weight"]
            edge["docs"] |= src["docs"]
            edge["evidences"] = sorted(set(edge["evidences"]) | set(src["evidences"]))[:MAX_EVIDENCE]
        for (u, v, kind, action, negated) in sorted(edges):
            e = edges[(u, v, kind, action, negated)]
            ekey = f"{kind}:{action}" + (":not" if negated else "")
            attrs = dict(e["first"][1], modality=e["modality"])
            if kind == "action":  # every sector an end was read in, e.g. "government|military"
                attrs["source_sector"], attrs["target_sector"] = ("|".join(sorted(x)) for x in e["sectors"])
            G.add_edge(u, v, key=ekey, id=f"{u}|{v}|{ekey}", kind=kind, action=action, negated=negated,
                       evidence=e["evidences"][0][2], evidences="\n".join(t for _, _, t in e["evidences"]),
                       evidence_docs="|".join(d for d, _, _ in e["evidences"]), doc="|".join(sorted(e["docs"])),
                       weight=e["weight"], documents=len(e["docs"]), **attrs)
            if kind == "action":
                G.edges[u, v, ekey].update(edge_attributes(mentions[(u, v, kind, action, negated)],
                                                           [t for _, _, t in e["evidences"]]))
        return G


def _best_label(labels: Counter, type_: str) -> str:
    """A person's fullest name; otherwise the most frequent form (ties: alphabetical)."""
    if type_ == "person":
        return min(labels, key=lambda x: (-len(x.split()), -labels[x], x))
    return min(labels, key=lambda x: (-labels[x], x))


def document_table(G: nx.Graph) -> list[dict[str, str]]:
    """The documents of ``G``: one dict per document, keys :data:`DOCUMENT_FIELDS`, sorted by id.

    Read from the graph attribute ``document_table`` (a JSON list, as
    :class:`GraphBuilder` writes it and GraphML or JSON keep it); a graph
    without one (written by another tool or an older graphkit) gives the
    documents its nodes and edges cite (``doc``), with only their ids.

    Parameters
    ----------
    G
        A graphkit graph, as built or read back.

    Returns
    -------
    list of dict of str to str
        ``{"id", "title", "date", "path", "url"}``, values ``""`` when unknown.

    Examples
    --------
    >>> from graphkit.actors import Actor
    >>> a = Actor("state:PER", "Peru", "state", ("Peru",), (), "PER")
    >>> G = build([Extraction("b.txt", title="Talks", date="2025-06-16", source="news/b.txt", actors=(a,)),
    ...            Extraction("a", url="https://news.example/a", actors=(a,))])
    >>> [(d["id"], d["title"], d["date"], d["path"], d["url"]) for d in document_table(G)]
    [('a', '', '', '', 'https://news.example/a'), ('b.txt', 'Talks', '2025-06-16', 'news/b.txt', '')]
    >>> del G.graph["document_table"]; [d["id"] for d in document_table(G)]
    ['a', 'b.txt']
    """
    raw = G.graph.get("document_table")
    rows: list[Any] = []
    if isinstance(raw, str) and raw.strip():
        try:
            rows = json.loads(raw)
        except ValueError:
            rows = []
    if not isinstance(rows, list) or not rows:
        cited = {d for _, attrs in G.nodes(data=True) for d in str(attrs.get("doc") or "").split("|") if d}
        cited |= {d for *_, attrs in G.edges(data=True) for d in str(attrs.get("doc") or "").split("|") if d}
        rows = [{"id": d} for d in cited]
    out = [{f: str(r.get(f) or "") for f in DOCUMENT_FIELDS} for r in rows if isinstance(r, dict) and r.get("id")]
    return sorted(out, key=lambda r: r["id"])


def build(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Assemble extractions into one graph, merging actors and edges across documents.

    Parameters
    ----------
    extractions
        One :class:`~graphkit.extraction.Extraction` per document, in any order
        (consumed as a stream).

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
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    return builder.graph()


def subgraph_by_quad(G: nx.MultiDiGraph, quads: Iterable[str]) -> nx.MultiDiGraph:
    """A new graph with the action edges of the given quad classes and the actors they join.

    Parameters
    ----------
    G
        A graph built by :func:`build` (or :func:`graphkit.build_graph`); it is not changed.
    quads
        Quad classes to keep (:data:`graphkit.lexicon.QUADS`).

    Returns
    -------
    networkx.MultiDiGraph
        The kept edges with all their attributes, the nodes at their ends, and
        the graph attributes of ``G``; affiliation edges are left out.

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
