"""Evaluate: hold a built graph against gold annotations of its articles.

A gold file (``<article stem>.gold.json``, described in ``shared/gold/FORMAT.md``)
lists the actors a careful reader finds in one article, their affiliations and
who does what to whom. :func:`compare` scores a graph against it with the
rules of the project's reference scorer (``shared/score.py``), so the figures
are the same:

Actors
    A node is matched to a gold entity by its label, else by its aliases when
    they point to exactly one entity. Names are compared lowercased, without
    a leading "the", a trailing "'s", dots and extra spaces. Nodes are visited
    by mentions (most first); ``location`` nodes are matched but never count
    as false positives, ``other`` nodes are not scored at all. A matched node
    of the wrong type, or a second node of an entity already found, is a
    false positive when the entity is required.
Affiliations
    An affiliation edge matches a gold affiliation joining the same two
    entities, in either direction; one between two scored nodes that matches
    none is a false positive.
Actions
    An action edge matches a gold action when its ends are among the
    acceptable sources and targets (either way round for a ``symmetric``
    one), a word of its ``action`` is among the gold lemmas, and it is
    negated exactly when the gold action is. One that agrees on everything
    but negation is a false positive counted as a *negation error*. Edges
    touching an unscored node are ignored.
Optional items
    Gold items with ``"required": false`` may be found or missed freely: they
    are neither misses nor, when found, true or false positives.
Figures
    Actor precision and recall count nodes against required entities.
    For affiliations and actions, precision is over the graph's edges (an
    edge is a true positive when it matches a required item) and recall over
    the required gold items (affiliations grouped by their pair of entities):
    one merged edge may stand for several mentions of the same act. A
    figure with nothing to divide by is 0.

Several articles are combined (:func:`combine`) by adding their counts, as
``score.py --graph-dir`` does.

>>> import networkx as nx
>>> gold = load_gold([{"doc": "a.txt",
...     "entities": [{"id": "jp", "type": "state", "name": "Japan"}, {"id": "ca", "type": "state", "name": "Canada"}],
...     "actions": [{"source": ["jp"], "target": ["ca"], "lemmas": ["thank"]}]}])
>>> G = nx.MultiDiGraph()
>>> G.add_node("state:JPN", label="Japan", type="state", mentions=1)
>>> G.add_node("state:CAN", label="Canada", type="state", mentions=1)
>>> _ = G.add_edge("state:JPN", "state:CAN", kind="action", action="thank", negated=False)
>>> compare(G, gold).actions
Score(precision=1.0, recall=1.0, f1=1.0)
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Hashable, Iterable, Mapping, NamedTuple

import networkx as nx

from .errors import GraphkitError, GoldError
from .names import straighten, strip_the

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd
    from spacy.language import Language

__all__ = ["GoldError", "Gold", "Score", "Counts", "Finding", "Report", "load_gold", "compare", "combine",
           "score_articles", "scores_table", "normalize"]

#: Node types that are actors: unmatched, they are false positives.
ACTOR_TYPES = frozenset({"person", "state", "organization"})
#: Node types matched against the gold; other nodes (``other``) are not scored.
SCORED_TYPES = ACTOR_TYPES | {"location"}
#: Suffix of a gold file.
GOLD_SUFFIX = ".gold.json"

_WORD_SPLIT = re.compile(r"[\s_\-/|,]+")


# --------------------------------------------------------------------------- gold


def normalize(name: Any) -> str:
    """A name as the gold matching sees it.

    Lowercase, curly apostrophes made straight, no leading "the", no trailing
    "'s", no dots, single spaces.

    Parameters
    ----------
    name
        A node label, an alias or a gold name; anything else is made a string first.

    Returns
    -------
    str

    Examples
    --------
    >>> normalize("  The U.K.'s "), normalize("Kenya\u2019s"), normalize("G-20")
    ('uk', 'kenya', 'g-20')
    """
    text = strip_the(straighten(str(name).lower()).strip())
    text = text[:-2] if text.endswith("'s") else text  # only "'s", as shared/score.py does
    return " ".join(text.replace(".", "").split())


def _words(text: Any) -> set[str]:
    """The words of an edge's ``action`` ("hand over" -> {"hand", "over"})."""
    return {w for w in _WORD_SPLIT.split(str(text).lower()) if w}


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _required(item: Mapping) -> bool:
    return bool(item.get("required", True))


@dataclass
class Gold:
    """Gold annotations of one or more articles, merged (see :func:`load_gold`).

    Attributes
    ----------
    entities
        Entity id -> entity (``type``, ``name``, ``aliases`` with the name
        included, ``required``, ``doc`` of the first file naming it).
    affiliations, actions
        Every gold item, each with the ``doc`` of its file.
    docs
        The articles annotated, in the order read.

    Examples
    --------
    >>> gold = Gold()
    >>> gold.add({"doc": "a.txt", "entities": [{"id": "cl", "type": "state", "name": "Chile"}],
    ...           "actions": [{"source": ["cl"], "target": [], "lemmas": ["warn"]}]})
    >>> gold.docs, [a["doc"] for a in gold.actions], gold.entities["cl"]["required"]
    (['a.txt'], ['a.txt'], True)
    """

    entities: dict[str, dict] = field(default_factory=dict)
    affiliations: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    _aliases: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def add(self, data: Mapping, source: str = "<gold>") -> None:
        """Merge one gold document (the parsed JSON of a gold file) into this gold.

        An entity id seen before keeps its first type; its aliases are
        joined, and it is required when any document requires it.

        Parameters
        ----------
        data
            The gold document: ``doc``, ``entities`` and optionally
            ``affiliations`` and ``actions`` (``shared/gold/FORMAT.md``).
        source
            Where it comes from, for the error messages (a file name).

        Raises
        ------
        GoldError
            When ``data`` lacks ``doc`` or ``entities``, or an item lacks a
            field the format requires.

        Examples
        --------
        >>> gold = Gold()
        >>> gold.add({"doc": "a.txt", "entities": [{"id": "fr", "type": "state", "name": "France", "required": False}]})
        >>> gold.add({"doc": "b.txt", "entities": [{"id": "fr", "type": "state", "name": "French Republic"}]})
        >>> gold.entities["fr"]["aliases"], gold.entities["fr"]["required"]
        (['France', 'French Republic'], True)
        >>> gold.add({"entities": []}, "c.gold.json")
        Traceback (most recent call last):
        ...
        graphkit.errors.GoldError: [G021] c.gold.json: no 'doc' field; a gold document has 'doc', 'entities', 'affiliations' and 'actions'
        """
        if not isinstance(data, Mapping):
            raise GoldError(f"{source}: a gold document is a JSON object, not {type(data).__name__}")
        for key in ("doc", "entities"):
            if key not in data:
                raise GoldError(f"{source}: no {key!r} field; a gold document has 'doc', 'entities', "
                                f"'affiliations' and 'actions'")
        doc = str(data["doc"])
        self.docs.append(doc)
        for ent in data["entities"]:
            _need(ent, ("id", "type", "name"), source, "entity")
            known = self.entities.get(ent["id"])
            if known is None:
                known = self.entities[ent["id"]] = dict(ent, aliases=[], required=_required(ent), doc=doc)
            else:
                known["required"] = known["required"] or _required(ent)
            known["aliases"] = sorted(set(known["aliases"]) | set(ent.get("aliases", ())) | {ent["name"]})
        for aff in data.get("affiliations", ()):
            _need(aff, ("member", "group"), source, "affiliation")
            self.affiliations.append(dict(aff, doc=doc))
        for act in data.get("actions", ()):
            _need(act, ("source", "target", "lemmas"), source, "action")
            self.actions.append(dict(act, doc=doc))
        # The first entity (in the order read) to claim a name keeps it.
        self._aliases = {}
        for eid, ent in self.entities.items():
            for alias in ent["aliases"]:
                self._aliases.setdefault(normalize(alias), eid)

    def resolve(self, attrs: Mapping) -> str | None:
        """The entity id a node stands for, from its ``label`` or else its ``aliases``.

        Parameters
        ----------
        attrs
            The node's attributes: ``label``, and ``aliases`` joined by ``|``.

        Returns
        -------
        str or None
            The entity whose names include the label (the first one read to claim
            it); else the one entity the aliases point to; None when they point
            to none or to several.

        Examples
        --------
        >>> gold = load_gold([{"doc": "a.txt", "entities": [
        ...     {"id": "gbr", "type": "state", "name": "United Kingdom", "aliases": ["U.K."]}]}])
        >>> gold.resolve({"label": "the UK"}), gold.resolve({"label": "Britain", "aliases": "Britain|U.K."})
        ('gbr', 'gbr')
        """
        hit = self._aliases.get(normalize(attrs.get("label", "")))
        if hit:
            return hit
        found = {self._aliases.get(normalize(a)) for a in str(attrs.get("aliases", "") or "").split("|") if a.strip()}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def name(self, eid: str) -> str:
        """The display name of entity ``eid`` (the id itself when unknown).

        Parameters
        ----------
        eid
            An entity id (a key of :attr:`entities`).

        Returns
        -------
        str
            Its ``name`` as the first gold file gives it.

        Examples
        --------
        >>> gold = load_gold({"doc": "a.txt", "entities": [{"id": "tr", "type": "state", "name": "Türkiye"}]})
        >>> gold.name("tr"), gold.name("xx")
        ('Türkiye', 'xx')
        """
        ent = self.entities.get(eid)
        return str(ent["name"]) if ent else str(eid)


def _need(item: Any, keys: tuple[str, ...], source: str, what: str) -> None:
    if not isinstance(item, Mapping):
        raise GoldError(f"{source}: an {what} is a JSON object, not {item!r}")
    missing = [k for k in keys if k not in item]
    if missing:
        raise GoldError(f"{source}: {what} {dict(item)!r} lacks {', '.join(map(repr, missing))}; "
                        f"an {what} needs {', '.join(map(repr, keys))}")
    for k in ("source", "target", "lemmas"):
        if k in keys and not isinstance(item[k], list):
            raise GoldError(f"{source}: {what} field {k!r} is a list of ids or words, not {item[k]!r}")


def gold_files(folder: str | os.PathLike) -> list[Path]:
    """The gold files (``*.gold.json``) of ``folder``, sorted.

    Parameters
    ----------
    folder
        A folder; its subfolders are not searched.

    Returns
    -------
    list of pathlib.Path
        Empty when there are none (or the folder does not exist).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.gold.json", "a.gold.json", "a.txt"):
    ...     _ = (folder / name).write_text("{}")
    >>> [p.name for p in gold_files(folder)]
    ['a.gold.json', 'b.gold.json']
    """
    return sorted(Path(folder).glob("*" + GOLD_SUFFIX))


def load_gold(paths: str | os.PathLike | Mapping | Iterable[str | os.PathLike | Mapping]) -> Gold:
    """Read gold files (or folders of them, or already parsed gold documents) into one :class:`Gold`.

    Parameters
    ----------
    paths
        A gold file, a folder (its ``*.gold.json`` files, sorted), a parsed
        gold document (a dict), or an iterable of these.

    Returns
    -------
    Gold
        The documents merged in the order given.

    Raises
    ------
    GoldError
        When a file is missing, is not JSON, or does not follow the format.

    Examples
    --------
    >>> gold = load_gold({"doc": "a.txt", "entities": [{"id": "gr", "type": "state", "name": "Greece"}]})
    >>> gold.docs, gold.entities["gr"]["aliases"]
    (['a.txt'], ['Greece'])
    """
    if isinstance(paths, (str, os.PathLike, Mapping)):
        paths = [paths]
    gold = Gold()
    for item in paths:
        if isinstance(item, Mapping):
            gold.add(item)
            continue
        path = Path(item)
        files = gold_files(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise GoldError(f"{str(path)!r}: folder holds no *{GOLD_SUFFIX} files")
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except OSError as err:
                raise GoldError(f"{str(file)!r}: cannot read the gold file ({err.strerror or err})") from None
            except ValueError as err:
                raise GoldError(f"{str(file)!r}: not valid JSON ({err})") from None
            gold.add(data, str(file))
    return gold


# --------------------------------------------------------------------------- report


class Score(NamedTuple):
    """Precision, recall and F1, each between 0 and 1.

    Examples
    --------
    >>> p, r, f1 = combine([Report.from_counts(Counts(action_tp=1, action_fp=1, action_found=1,
    ...                                               actions_required=1))]).actions
    >>> p, r, round(f1, 3)
    (0.5, 1.0, 0.667)
    """

    precision: float
    recall: float
    f1: float


def _prf(true_pos: int, false_pos: int, found: int, required: int) -> Score:
    """Precision over what the graph claims, recall over what the gold requires."""
    p = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    r = found / required if required else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f)


@dataclass(frozen=True)
class Counts:
    """The raw counts behind a :class:`Report` (names as in ``score.py --json``).

    Counts of several articles add up with ``+``.

    Attributes
    ----------
    actor_tp, actor_fp, actors_required
        Nodes that found a required entity, nodes that are false positives,
        and the required entities of the gold.
    aff_tp, aff_fp, aff_found, affiliations_required
        Affiliation edges matching a required item, false ones, the required
        pairs of entities found, and those required.
    action_tp, action_fp, action_found, actions_required
        The same for actions (``found`` counts gold items, ``tp`` edges).
    negation_errors
        False action edges that match a gold action but for negation.
    unscored_nodes, nodes, edges
        Nodes of types not scored, and the size of the graph.

    Examples
    --------
    >>> total = Counts(actor_tp=1, nodes=2) + Counts(actor_tp=2, actor_fp=1, nodes=4)
    >>> total.actor_tp, total.actor_fp, total.nodes
    (3, 1, 6)
    """

    actor_tp: int = 0
    actor_fp: int = 0
    actors_required: int = 0
    aff_tp: int = 0
    aff_fp: int = 0
    aff_found: int = 0
    affiliations_required: int = 0
    action_tp: int = 0
    action_fp: int = 0
    action_found: int = 0
    actions_required: int = 0
    negation_errors: int = 0
    unscored_nodes: int = 0
    nodes: int = 0
    edges: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict, in field order (the ``--json`` output of ``score.py``).

        Returns
        -------
        dict of str to int

        Examples
        --------
        >>> d = Counts(action_tp=2, edges=3).as_dict()
        >>> d["action_tp"], d["edges"], len(d)
        (2, 3, 15)
        """
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Finding:
    """One miss or false positive.

    Attributes
    ----------
    verdict
        ``"miss"`` (in the gold, not in the graph) or ``"false positive"``.
    kind
        ``"actor"``, ``"affiliation"`` or ``"action"``.
    item
        What it is, readably: ``"'Greece' (state)"``, ``"Olaf Scholz -> Germany (Chancellor)"``,
        ``"Eritrea -attack-> Ethiopia"``.
    reason
        Why a false positive is one (``"not an actor of the article"``,
        ``"negation wrong"``, ...); empty for misses.
    evidence
        The sentence (the edge's, or the gold's), when there is one.
    doc
        The article it comes from, when known.

    Examples
    --------
    >>> print(Finding("false positive", "action", "Eritrea -attack-> Ethiopia", "negation wrong",
    ...               "Eritrea did not attack Ethiopia."))
    FALSE action      Eritrea -attack-> Ethiopia (negation wrong)  | Eritrea did not attack Ethiopia.
    >>> print(Finding("miss", "actor", "'Greece' (state)"))
    MISS  actor       'Greece' (state)
    """

    verdict: str
    kind: str
    item: str
    reason: str = ""
    evidence: str = ""
    doc: str = ""

    def __str__(self) -> str:
        tag = "MISS " if self.verdict == "miss" else "FALSE"
        text = f"{tag} {self.kind:<11s} {self.item}"
        if self.reason:
            text += f" ({self.reason})"
        if self.evidence:
            text += f"  | {self.evidence[:90]}"
        return text


@dataclass(frozen=True)
class Report:
    """How a graph compares with gold annotations (see :func:`compare`).

    Attributes
    ----------
    actors, affiliations, actions
        :class:`Score` of each.
    counts
        The counts the scores come from.
    misses, false_positives
        :class:`Finding` lists, in the order the scorer meets them.

    Examples
    --------
    >>> report = compare(nx.MultiDiGraph(), {"doc": "a.txt", "entities": [
    ...     {"id": "gr", "type": "state", "name": "Greece"}]})
    >>> report.actors, [str(f) for f in report.misses]
    (Score(precision=0.0, recall=0.0, f1=0.0), ["MISS  actor       'Greece' (state)"])
    """

    actors: Score
    affiliations: Score
    actions: Score
    counts: Counts
    misses: tuple[Finding, ...] = ()
    false_positives: tuple[Finding, ...] = ()

    @classmethod
    def from_counts(cls, counts: Counts, misses: Iterable[Finding] = (),
                    false_positives: Iterable[Finding] = ()) -> "Report":
        """The report of some counts: precision, recall and F1 computed from them.

        Parameters
        ----------
        counts
            The counts (one article's, or several added up).
        misses, false_positives
            The findings to carry along (any iterable; kept as tuples).

        Returns
        -------
        Report

        Examples
        --------
        >>> Report.from_counts(Counts(aff_tp=3, aff_fp=1, aff_found=2, affiliations_required=4)).affiliations
        Score(precision=0.75, recall=0.5, f1=0.6)
        """
        c = counts
        return cls(actors=_prf(c.actor_tp, c.actor_fp, c.actor_tp, c.actors_required),
                   affiliations=_prf(c.aff_tp, c.aff_fp, c.aff_found, c.affiliations_required),
                   actions=_prf(c.action_tp, c.action_fp, c.action_found, c.actions_required),
                   counts=c, misses=tuple(misses), false_positives=tuple(false_positives))

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Misses, then false positives.

        Examples
        --------
        >>> miss = Finding("miss", "actor", "'Peru' (state)")
        >>> fp = Finding("false positive", "actor", "'Lima' (location)")
        >>> Report.from_counts(Counts(), [miss], [fp]).findings == (miss, fp)
        True
        """
        return self.misses + self.false_positives

    def summary(self) -> str:
        """The figures as text, one line per kind (the format of ``score.py``).

        Returns
        -------
        str
            A line of counts, then one line of P, R and F1 for each of actors,
            affiliations and actions.

        Examples
        --------
        >>> print(Report.from_counts(Counts(actor_tp=1, actors_required=2, nodes=1)).summary())
        nodes 1  edges 0  unscored nodes 0  negation errors 0
        actors        P 1.00  R 0.50  F1 0.67
        affiliations  P 0.00  R 0.00  F1 0.00
        actions       P 0.00  R 0.00  F1 0.00
        """
        c = self.counts
        lines = [f"nodes {c.nodes}  edges {c.edges}  unscored nodes {c.unscored_nodes}  "
                 f"negation errors {c.negation_errors}"]
        for name in ("actors", "affiliations", "actions"):
            p, r, f = getattr(self, name)
            lines.append(f"{name:13s} P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()

    def scores(self) -> "pd.DataFrame":
        """The figures as a table: one row per kind, precision/recall/F1 and counts.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``kind`` (actors, affiliations, actions); columns
            ``precision``, ``recall``, ``f1``, ``true_pos``, ``false_pos``,
            ``found``, ``required``. Needs pandas (``graphkit[analysis]``).

        Examples
        --------
        >>> table = Report.from_counts(Counts(action_tp=1, action_fp=3, action_found=1, actions_required=2)).scores()
        >>> table.loc["actions", ["precision", "recall", "false_pos"]].tolist()
        [0.25, 0.5, 3.0]
        """
        import pandas as pd

        c = self.counts
        rows = [("actors", *self.actors, c.actor_tp, c.actor_fp, c.actor_tp, c.actors_required),
                ("affiliations", *self.affiliations, c.aff_tp, c.aff_fp, c.aff_found, c.affiliations_required),
                ("actions", *self.actions, c.action_tp, c.action_fp, c.action_found, c.actions_required)]
        return pd.DataFrame(rows, columns=["kind", "precision", "recall", "f1", "true_pos", "false_pos",
                                           "found", "required"]).set_index("kind")

    def findings_table(self) -> "pd.DataFrame":
        """Misses and false positives as a table (columns of :class:`Finding`).

        Returns
        -------
        pandas.DataFrame
            One row per finding, misses first; needs pandas.

        Examples
        --------
        >>> report = Report.from_counts(Counts(), [Finding("miss", "action", "Peru -warn-> Chile", doc="a.txt")])
        >>> report.findings_table()[["verdict", "item", "doc"]].values.tolist()
        [['miss', 'Peru -warn-> Chile', 'a.txt']]
        """
        import pandas as pd

        return pd.DataFrame([f.__dict__ for f in self.findings],
                            columns=["verdict", "kind", "item", "reason", "evidence", "doc"])


# --------------------------------------------------------------------------- scoring


def compare(G: nx.Graph, gold: Gold | Mapping | str | os.PathLike | Iterable) -> Report:
    """Score ``G`` against ``gold``: precision, recall, F1, misses and false positives.

    The matching rules are those of the module docstring (and of
    ``shared/score.py``); ``G`` is not changed.

    Parameters
    ----------
    G
        A graph with graphkit's node (``label``, ``type``, ``aliases``,
        ``mentions``) and edge (``kind``, ``action``, ``negated``) attributes,
        built from the articles the gold annotates.
    gold
        A :class:`Gold`, or anything :func:`load_gold` reads.

    Returns
    -------
    Report

    Examples
    --------
    >>> gold = load_gold({"doc": "a.txt", "entities": [
    ...     {"id": "er", "type": "state", "name": "Eritrea"}, {"id": "et", "type": "state", "name": "Ethiopia"}],
    ...     "actions": [{"source": ["er"], "target": ["et"], "lemmas": ["attack"], "negated": True}]})
    >>> G = nx.MultiDiGraph()
    >>> G.add_node(1, label="Eritrea", type="state"); G.add_node(2, label="Ethiopia", type="state")
    >>> G.add_node(3, label="Greece", type="state")
    >>> _ = G.add_edge(1, 2, kind="action", action="attack", negated=False)
    >>> r = compare(G, gold)
    >>> r.actors.precision, r.counts.negation_errors
    (0.6666666666666666, 1)
    >>> [str(f) for f in r.false_positives][0]
    "FALSE actor       'Greece' (state) (not an actor of the article)"
    """
    if not isinstance(gold, Gold):
        gold = load_gold(gold)
    misses: list[Finding] = []
    false_pos: list[Finding] = []

    # --- actors: visit nodes by mentions, most mentioned first (ties keep graph order)
    def mentions(item: tuple[Hashable, dict]) -> int:
        try:
            return -int(item[1].get("mentions", 0) or 0)
        except (TypeError, ValueError):
            return 0

    entity_of: dict[Hashable, str | None] = {}  # scored node -> gold entity (None: no match)
    claimed: set[str] = set()
    actor_fp = unscored = 0
    for node, attrs in sorted(G.nodes(data=True), key=mentions):
        ntype = str(attrs.get("type", "other")).lower()
        if ntype not in SCORED_TYPES:
            unscored += 1
            continue
        eid = entity_of[node] = gold.resolve(attrs)
        label = attrs.get("label", node)
        doc = str(attrs.get("doc", "") or "")
        if eid is None:
            if ntype in ACTOR_TYPES:
                actor_fp += 1
                false_pos.append(Finding("false positive", "actor", f"{label!r} ({ntype})",
                                         "not an actor of the article", doc=doc))
            continue
        ent = gold.entities[eid]
        if ntype != ent["type"]:
            # The node still stands for the entity in its edges; only its type is wrong.
            if ent["required"] and ent["type"] in ACTOR_TYPES:
                actor_fp += 1
                false_pos.append(Finding("false positive", "actor", f"{label!r} ({ntype})",
                                         f"typed {ntype}, is {ent['type']}", doc=doc))
            continue
        if eid in claimed:
            if ent["required"] and ntype in ACTOR_TYPES:
                actor_fp += 1
                false_pos.append(Finding("false positive", "actor", f"{label!r} ({ntype})",
                                         f"duplicate node of {ent['name']!r}", doc=doc))
            continue
        claimed.add(eid)
    required_actors = {e for e, ent in gold.entities.items() if ent["required"] and ent["type"] in ACTOR_TYPES}
    actor_tp = len(required_actors & claimed)
    for eid in sorted(required_actors - claimed):
        ent = gold.entities[eid]
        misses.append(Finding("miss", "actor", f"{ent['name']!r} ({ent['type']})", doc=ent.get("doc", "")))

    # --- edges
    aff_found_idx: set[int] = set()
    act_found_idx: set[int] = set()
    aff_tp = aff_fp = act_tp = act_fp = negation_errors = 0
    for u, v, attrs in G.edges(data=True):
        kind = str(attrs.get("kind", "")).lower()
        src, dst = entity_of.get(u), entity_of.get(v)
        src_label = G.nodes[u].get("label", u)
        dst_label = G.nodes[v].get("label", v)
        evidence = str(attrs.get("evidence", "") or "")
        doc = str(attrs.get("doc", "") or "")
        if kind == "affiliation":
            hits = [i for i, a in enumerate(gold.affiliations) if {src, dst} == {a["member"], a["group"]}]
            if not hits:
                if u in entity_of and v in entity_of:  # both ends scored, whether matched or not
                    aff_fp += 1
                    false_pos.append(Finding("false positive", "affiliation",
                                             f"{src_label} -> {dst_label} ({attrs.get('action', '')})",
                                             "not in the gold", evidence, doc))
                continue
            required = [i for i in hits if _required(gold.affiliations[i])]
            if required:
                aff_found_idx.update(required)
                aff_tp += 1
        elif kind == "action":
            if u not in entity_of or v not in entity_of:
                continue  # touches an unscored node
            lemmas = _words(attrs.get("action", ""))
            negated = _truthy(attrs.get("negated", False))
            hits, wrong_negation = [], False
            for i, a in enumerate(gold.actions):
                ends = src in a["source"] and dst in a["target"]
                if a.get("symmetric"):
                    ends = ends or (dst in a["source"] and src in a["target"])
                if not ends or not lemmas & {w.lower() for w in a["lemmas"]}:
                    continue
                if bool(a.get("negated", False)) != negated:
                    wrong_negation = True
                    continue
                hits.append(i)
            if not hits:
                act_fp += 1
                negation_errors += wrong_negation
                item = f"{src_label} -{attrs.get('action', '')}{' (not)' if negated else ''}-> {dst_label}"
                false_pos.append(Finding("false positive", "action", item,
                                         "negation wrong" if wrong_negation else "not in the gold", evidence, doc))
                continue
            required = [i for i in hits if _required(gold.actions[i])]
            if required:  # one merged edge may stand for several mentions of one act
                act_found_idx.update(required)
                act_tp += 1

    # Affiliations are recalled per pair of entities, whatever the number of gold lines.
    pairs: dict[frozenset, list[int]] = {}
    for i, a in enumerate(gold.affiliations):
        if _required(a):
            pairs.setdefault(frozenset((a["member"], a["group"])), []).append(i)
    aff_found = 0
    for idx in pairs.values():
        if aff_found_idx & set(idx):
            aff_found += 1
        else:
            a = gold.affiliations[idx[0]]
            misses.append(Finding("miss", "affiliation",
                                  f"{gold.name(a['member'])} -> {gold.name(a['group'])} ({a.get('role', '')})",
                                  doc=a["doc"]))
    required_acts = [i for i, a in enumerate(gold.actions) if _required(a)]
    for i in required_acts:
        if i not in act_found_idx:
            a = gold.actions[i]
            item = (f"{gold.name(a['source'][0]) if a['source'] else '?'} -{'/'.join(a['lemmas'][:3])}"
                    f"{' (not)' if a.get('negated') else ''}-> {gold.name(a['target'][0]) if a['target'] else '?'}")
            misses.append(Finding("miss", "action", item, evidence=str(a.get("evidence", "")), doc=a["doc"]))

    counts = Counts(actor_tp=actor_tp, actor_fp=actor_fp, actors_required=len(required_actors),
                    aff_tp=aff_tp, aff_fp=aff_fp, aff_found=aff_found, affiliations_required=len(pairs),
                    action_tp=act_tp, action_fp=act_fp, action_found=len(act_found_idx & set(required_acts)),
                    actions_required=len(required_acts), negation_errors=negation_errors,
                    unscored_nodes=unscored, nodes=G.number_of_nodes(), edges=G.number_of_edges())
    return Report.from_counts(counts, misses, false_pos)


def combine(reports: Iterable[Report]) -> Report:
    """One report for several articles: counts added, figures computed from the sums.

    Parameters
    ----------
    reports
        Reports of single articles (or of groups of them).

    Returns
    -------
    Report
        Its misses and false positives are those of ``reports``, in order.

    Examples
    --------
    >>> a = Report.from_counts(Counts(actor_tp=1, actors_required=1))
    >>> b = Report.from_counts(Counts(actor_fp=1, actors_required=1))
    >>> combine([a, b]).actors
    Score(precision=0.5, recall=0.5, f1=0.5)
    """
    reports = list(reports)
    total = sum((r.counts for r in reports), Counts())
    return Report.from_counts(total, [f for r in reports for f in r.misses],
                              [f for r in reports for f in r.false_positives])


def score_articles(gold: str | os.PathLike | Iterable[str | os.PathLike], articles: str | os.PathLike, *,
                   model: str | None = None, nlp: "Language | None" = None) -> dict[str, Report]:
    """Build each annotated article on its own graph and compare it with its gold file.

    Parameters
    ----------
    gold
        Gold files, or a folder of them (``*.gold.json``).
    articles
        The folder holding the articles the gold files name (their ``doc``).
    model, nlp
        The spaCy pipeline, by name or loaded; it is loaded once for all articles.

    Returns
    -------
    dict
        Article name -> :class:`Report`, sorted by name; :func:`combine`
        them for the corpus figures.

    Raises
    ------
    GoldError
        When a gold file is unreadable or its article is not in ``articles``.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> from graphkit.nlp import load_pipeline
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Japan thanked Canada.")
    >>> _ = (folder / "a.gold.json").write_text(json.dumps({"doc": "a.txt", "entities": [
    ...     {"id": "jp", "type": "state", "name": "Japan"}, {"id": "ca", "type": "state", "name": "Canada"}],
    ...     "actions": [{"source": ["jp"], "target": ["ca"], "lemmas": ["thank"]}]}))
    >>> reports = score_articles(folder, folder, nlp=load_pipeline())
    >>> list(reports), reports["a.txt"].actions.f1
    (['a.txt'], 1.0)
    """
    from . import build_graph
    from .nlp import load_pipeline

    paths = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(gold_files(p) if p.is_dir() else [p])
    if not files:
        raise GoldError(f"no gold files in {', '.join(map(str, paths)) or '(nothing given)'}")
    nlp = nlp or load_pipeline(model)
    reports: dict[str, Report] = {}
    for file in files:
        g = load_gold([file])
        for doc in g.docs:
            article = Path(articles) / doc
            if not article.is_file():
                raise GoldError(f"{str(file)!r} annotates {doc!r}, which is not in {str(articles)!r}")
        G = build_graph([Path(articles) / doc for doc in g.docs], nlp=nlp)
        reports[", ".join(g.docs)] = compare(G, g)
    return dict(sorted(reports.items()))


def scores_table(reports: Mapping[str, Report], *, total: str | None = "all") -> "pd.DataFrame":
    """Precision, recall and F1 of each report in one table, plus their combination.

    Parameters
    ----------
    reports
        Name -> :class:`Report` (as :func:`score_articles` returns).
    total
        Name of the row of the combined figures (:func:`combine`); ``None``
        leaves it out.

    Returns
    -------
    pandas.DataFrame
        One row per report; columns ``(kind, metric)`` for kind in actors,
        affiliations, actions and metric in P, R, F1.

    Examples
    --------
    >>> r = Report.from_counts(Counts(actor_tp=1, actors_required=2))
    >>> scores_table({"a.txt": r}).loc["all", ("actors", "F1")].round(2).item()
    0.67
    """
    import pandas as pd

    rows = dict(reports)
    if total is not None:
        rows[total] = combine(reports.values())
    kinds = ("actors", "affiliations", "actions")
    columns = pd.MultiIndex.from_tuples([(k, m) for k in kinds for m in ("P", "R", "F1")], names=["kind", "metric"])
    data = [[x for k in kinds for x in getattr(r, k)] for r in rows.values()]
    return pd.DataFrame(data, index=pd.Index(list(rows), name="article"), columns=columns)
