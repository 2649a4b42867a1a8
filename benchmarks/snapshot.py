#!/usr/bin/env python
"""Write the graphs graphkit builds from every text it is measured on, and compare two such snapshots.

A refactor or a speed-up must not change what graphkit reads. Take a snapshot
before the change and one after, and compare them::

    .venv/bin/python benchmarks/snapshot.py write out/snap-before          # on the old code
    .venv/bin/python benchmarks/snapshot.py write out/snap-after           # on the new code
    .venv/bin/python benchmarks/snapshot.py compare out/snap-before out/snap-after
    .venv/bin/python benchmarks/snapshot.py compare A B --mask rule        # the values of `rule` may differ
    .venv/bin/python benchmarks/snapshot.py compare A B --drop dates       # a new attribute `dates` is ignored
    .venv/bin/python benchmarks/snapshot.py write out/snap-full --full     # lemmatizer and attribute ruler on every token

``--full`` (or ``GRAPHKIT_FULL_PIPELINE=1``) builds with the pipeline's own
lemmatizer and attribute ruler on every token instead of graphkit's stand-ins
(:data:`graphkit.nlp.STAND_INS`): the two snapshots must be identical.

A snapshot holds GraphML and JSON files of:

* ``data/``: the sample articles as one graph, and each article on its own;
* ``dev-articles/``: each BBC article of ``../shared/dev/articles`` on its own
  (as ``score.py`` builds them);
* ``dev-sets``: every text of ``../shared/dev/*.jsonl`` as one graph (as
  ``relscore.py ../shared/dev/*.jsonl`` builds it: one ``<id>.txt`` per record);
* ``bench``: ``--bench`` articles (default 200) of the benchmark corpus
  (``benchmarks/throughput.py``), as one graph.

``compare`` prints every file that differs (with the first differing line)
and exits 1 when any does. ``--mask ATTR`` compares with the values of an
edge or node attribute blanked, for changes that are meant to refine only
that attribute; ``--drop ATTR`` compares the graphs (read back, as JSON)
without that attribute, for changes that only add it. Dev texts are read from ``../shared/dev`` and written only
under the snapshot folder, never into the repository.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _write_graph(G, base: Path) -> None:
    import graphkit

    base.parent.mkdir(parents=True, exist_ok=True)
    graphkit.write(G, base.with_suffix(".graphml"))
    graphkit.write(G, base.with_suffix(".json"))


def write(out: Path, bench: int, full: bool | None = None) -> None:
    """Build every graph of the snapshot into ``out`` (``full``: see :func:`graphkit.nlp.load_pipeline`)."""
    import graphkit
    from graphkit.nlp import load_pipeline
    from throughput import make_corpus

    nlp = load_pipeline(full=full)
    out.mkdir(parents=True, exist_ok=True)
    _write_graph(graphkit.build_graph([ROOT / "data"], nlp=nlp), out / "data")
    for path in sorted((ROOT / "data").glob("*.txt")):
        _write_graph(graphkit.build_graph([path], nlp=nlp), out / "data-articles" / path.stem)
    for path in sorted((SHARED / "dev" / "articles").glob("*.txt")):
        _write_graph(graphkit.build_graph([path], nlp=nlp), out / "dev-articles" / path.stem)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        for jsonl in sorted((SHARED / "dev").glob("*.jsonl")):
            for line in jsonl.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    (texts / f"{record['id']}.txt").write_text(record["text"] + "\n", encoding="utf-8")
        _write_graph(graphkit.build_graph([texts], nlp=nlp), out / "dev-sets")
        if bench:
            corpus = make_corpus(Path(tmp) / "bench", bench)
            _write_graph(graphkit.build_graph(corpus, nlp=nlp), out / "bench")
    print(f"snapshot written to {out} ({', '.join(nlp.pipe_names)})")


def _masked(text: str, suffix: str, attrs: list[str]) -> str:
    for attr in attrs:
        if suffix == ".json":
            text = re.sub(rf'("{re.escape(attr)}": )"(?:[^"\\]|\\.)*"', r'\1"*"', text)
        else:
            for key in re.findall(rf'<key id="([^"]+)"[^>]*attr\.name="{re.escape(attr)}"', text):
                text = re.sub(rf'(<data key="{re.escape(key)}">)[^<]*(</data>)', r"\1*\2", text)
    return text


def _without(path: Path, drop: list[str]) -> str:
    """The graph of a snapshot file as JSON text, without the attributes ``drop`` names."""
    import graphkit
    from graphkit.export.json import to_json

    G = graphkit.read(path)
    for data in [d for _, d in G.nodes(data=True)] + [d for *_, d in G.edges(keys=True, data=True)]:
        for attr in drop:
            data.pop(attr, None)
    return to_json(G)


def compare(a: Path, b: Path, attrs: list[str], drop: list[str] | None = None) -> int:
    """Print the files of two snapshots that differ; return how many."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    bad = 0
    for rel in sorted(files_a ^ files_b):
        print(f"only in {'the first' if rel in files_a else 'the second'}: {rel}")
        bad += 1
    same = 0
    for rel in sorted(files_a & files_b):
        if drop:
            ta, tb = _without(a / rel, drop), _without(b / rel, drop)
        else:
            ta = (a / rel).read_text(encoding="utf-8")
            tb = (b / rel).read_text(encoding="utf-8")
        ta, tb = _masked(ta, ".json" if drop else rel.suffix, attrs), _masked(tb, ".json" if drop else rel.suffix, attrs)
        if ta == tb:
            same += 1
            continue
        bad += 1
        diff = list(difflib.unified_diff(ta.splitlines(), tb.splitlines(), lineterm="", n=0))
        print(f"differs: {rel} ({sum(1 for d in diff if d[:1] in '+-') - 2} lines)")
        for line in diff[2:8]:
            print("   ", line[:200])
    masked = f" (with {', '.join(attrs)} masked)" if attrs else ""
    masked += f" (without {', '.join(drop)})" if drop else ""
    print(f"{same} identical{masked}, {bad} different")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="build every graph of a snapshot into a folder")
    w.add_argument("folder", type=Path)
    w.add_argument("--bench", type=int, default=200, help="benchmark articles (default 200; 0: none)")
    w.add_argument("--full", action="store_true", default=None,
                   help="run the pipeline's lemmatizer and attribute ruler on every token (as GRAPHKIT_FULL_PIPELINE=1)")
    c = sub.add_parser("compare", help="compare two snapshot folders")
    c.add_argument("first", type=Path)
    c.add_argument("second", type=Path)
    c.add_argument("--mask", action="append", default=[], metavar="ATTR",
                   help="blank this attribute's values before comparing (repeatable)")
    c.add_argument("--drop", action="append", default=[], metavar="ATTR",
                   help="compare the graphs without this node or edge attribute (repeatable)")
    args = ap.parse_args()
    if args.command == "write":
        write(args.folder, args.bench, args.full)
    else:
        sys.exit(1 if compare(args.first, args.second, args.mask, args.drop) else 0)


if __name__ == "__main__":
    main()
