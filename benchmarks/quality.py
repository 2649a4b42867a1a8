#!/usr/bin/env python
"""How well graphkit reads real news it was not tuned on: one table over every development set.

One command (from the project root, with ``../shared`` beside it)::

    .venv/bin/python benchmarks/quality.py            # the table
    .venv/bin/python benchmarks/quality.py --json     # the figures as JSON too
    .venv/bin/python benchmarks/quality.py --keep out/quality   # keep the graphs it built

It builds, in one process with one pipeline, the graphs the two scorers of
``../shared`` read (each article of ``../shared/dev/articles`` and of the
samples on its own, every text of ``../shared/dev/*.jsonl`` as one graph:
the same graphs ``score.py --graph-dir`` and ``relscore.py`` build), scores
them with ``score.py`` and ``relscore.py``, and prints each figure beside the
peers' (the tutorial "spaCy + root verb" graph and textacy's subject-verb-object
triples, as measured in issue 13) and the goal, with whether it is met.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

#: (set, figure, peers as issue 13 measured them, goal, higher is better)
TARGETS = [
    ("articles", "actors F1", "0.73 / 0.73", 0.92, True),
    ("articles", "affiliations F1", "0 / 0", 0.80, True),
    ("articles", "actions F1", "0.05 / 0.11", 0.70, True),
    ("articles", "actions P", "", 0.80, True),
    ("articles", "actions R", "", None, True),
    ("plover", "action recall", "0.16", 0.75, True),
    ("plover", "category", "0", 0.55, True),
    ("plover", "quad", "0", 0.65, True),
    ("re3d", "action recall", "0.07", 0.60, True),
    ("re3d", "polarity", "0", 0.50, True),
    ("re3d", "affiliation recall", "0", 0.45, True),
    ("conll04", "Work_For recall", "0", 0.65, True),
    ("conll04", "Work_For precision", "", 0.85, True),
    ("conll04", "Kill recall", "0.10", 0.65, True),
    ("petr2", "action recall", "0", 0.55, True),
    ("petr2", "false actions (12 no-event texts)", "9", 2, False),
    ("samples", "actors F1", "", 0.95, True),
    ("samples", "affiliations F1", "", 0.95, True),
    ("samples", "actions F1", "", 0.95, True),
]


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _score_articles(graph_dir: Path, golds: list[Path]) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "score.py"), "--graph-dir", str(graph_dir), "--json",
                          *map(str, golds)], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    return {"actors F1": result["actors"][2], "affiliations F1": result["affiliations"][2],
            "actions F1": result["actions"][2], "actions P": result["actions"][0], "actions R": result["actions"][1]}


def _score_sets(graph: Path) -> dict[str, dict]:
    sets = sorted((SHARED / "dev").glob("*.jsonl"))
    out = subprocess.run([sys.executable, str(SHARED / "relscore.py"), "--graph", str(graph), "--json",
                          *map(str, sets)], capture_output=True, text=True, check=True).stdout
    counts = json.loads(out.strip().splitlines()[-1])
    figures: dict[str, dict] = {}
    for name, c in counts.items():
        f = figures.setdefault(name, {})
        f["action recall"] = _ratio(c.get("actions_found", 0), c.get("actions", 0))
        f["category"] = _ratio(c.get("category_right", 0), c.get("with_category", 0))
        f["quad"] = _ratio(c.get("quad_right", 0), c.get("with_quad", 0))
        f["polarity"] = _ratio(c.get("polarity_right", 0), c.get("with_polarity", 0))
        f["affiliation recall"] = _ratio(c.get("affiliations_found", 0), c.get("affiliations", 0))
        f["affiliation precision"] = _ratio(c.get("affil_correct", 0), c.get("affil_predicted", 0))
        f["false actions (12 no-event texts)"] = c.get("false_actions", 0)
        f["extra edges/text"] = _ratio(c.get("extra_edges", 0), c.get("texts", 0))
        if name == "conll04":
            f["Work_For recall"] = f["affiliation recall"]
            f["Work_For precision"] = f["affiliation precision"]
            f["Kill recall"] = f["action recall"]
    return figures


def measure(folder: Path) -> dict[str, dict]:
    """Build every graph into ``folder`` and score it; figures by set."""
    from snapshot import write

    write(folder, bench=0)
    figures = _score_sets(folder / "dev-sets.graphml")
    figures["articles"] = _score_articles(folder / "dev-articles", sorted((SHARED / "dev" / "articles").glob("*.gold.json")))
    golds = sorted((SHARED / "gold").glob("*.gold.json"))
    if golds:
        figures["samples"] = _score_articles(folder / "data-articles", golds)
    return figures


def table(figures: dict[str, dict]) -> str:
    rows = ["| set | figure | graphkit | peers (tutorial / textacy; one figure: the better) | goal | met |", "|---|---|---|---|---|---|"]
    for name, figure, peers, goal, higher in TARGETS:
        value = figures.get(name, {}).get(figure)
        shown = "-" if value is None else (f"{value}" if isinstance(value, int) else f"{value:.2f}")
        if goal is None or value is None:
            met = ""
        else:
            met = "yes" if (value >= goal if higher else value <= goal) else "no"
        goal_text = "" if goal is None else (f">= {goal:.2f}" if higher else f"<= {goal}")
        rows.append(f"| {name} | {figure} | {shown} | {peers} | {goal_text} | {met} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="build the graphs into this folder and keep them")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args()
    if not (SHARED / "dev").is_dir():
        sys.exit(f"no development sets at {SHARED / 'dev'}")
    if args.keep:
        figures = measure(args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            figures = measure(Path(tmp))
    print(table(figures))
    if args.json:
        print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
