#!/usr/bin/env python
"""Peak memory and time of graphkit on one long text, as the text grows: 1 MB, 10 MB, 50 MB.

One command::

    .venv/bin/python benchmarks/longtext.py                  # 1, 10 and 50 MB (hours on a busy 2-core machine)
    .venv/bin/python benchmarks/longtext.py --sizes 1,5      # a quick look
    .venv/bin/python benchmarks/longtext.py --sizes 1,5 --jobs 2

Each size is one ``.txt`` file made of ``data/``'s articles (names swapped
and paragraphs shuffled as in ``benchmarks/throughput.py``, one article after
another with a blank line between them), built into a graph in a fresh
subprocess (``graphkit.build_graph([file])``, reading and decoding the file
included), so its peak RSS is that size's own. It prints, per size as it
ends, the wall time, the characters parsed a second, the peak RSS of the
process before the graph is assembled (reading and parsing) and at the end
(with the graph, which grows with what the text says), of all processes
together with ``--jobs``, the RSS once the pipeline is loaded (the floor),
and the graph's size; then both peaks of the largest text over the
smallest's, which should stay near 1 (graphkit reads a long text in
pieces of at most ``graphkit.nlp.PIECE_CHARS`` characters, see the README,
"Long texts"; before, a 2 MB text took 6.5 GB and a 50 MB one was killed at
23.5 GB).
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

#: Target for peak RSS of the largest text / the smallest.
FLAT = 1.5


def write_long_text(path: Path, megabytes: float, seed: int = 7) -> int:
    """Write about ``megabytes`` MB (10**6 characters each) of articles to ``path``; return its characters."""
    from throughput import varied_articles

    want = int(megabytes * 1_000_000)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for text in itertools.takewhile(lambda _: written < want, varied_articles(seed)):
            out.write(text + "\n")
            written += len(text) + 1
    return written


def run_one(path: Path, jobs: int, model: str | None) -> dict:
    """Build the graph of ``path`` here; return the figures (in the subprocess)."""
    import graphkit
    from graphkit.graph import GraphBuilder
    from graphkit.nlp import load_pipeline
    from throughput import _Tree

    # The peak before the graph is assembled is that of reading and parsing; what follows is the graph's own.
    maxrss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # noqa: E731 - MiB on Linux
    streamed = {}
    assemble = GraphBuilder.graph

    def graph(self):
        streamed["rss"] = maxrss()
        return assemble(self)

    GraphBuilder.graph = graph
    sampler = _Tree()
    kwargs: dict = {"model": model}
    if jobs == 1:
        nlp = load_pipeline(model)
        nlp("Warm up the pipeline.")
        kwargs = {"nlp": nlp}
    loaded = maxrss()
    report = graphkit.BuildReport()
    start = time.perf_counter()
    G = graphkit.build_graph([path], jobs=jobs, report=report, **kwargs)
    seconds = time.perf_counter() - start
    tree, _ = sampler.stop()
    actions = sum(1 for *_, d in G.edges(data=True) if d.get("kind") == "action")
    return {"chars": path.stat().st_size, "seconds": seconds, "jobs": jobs, "rss_loaded_mib": loaded,
            "rss_parse_mib": streamed.get("rss"), "rss_main_mib": maxrss(),
            "rss_all_mib": tree / 2**20 if tree else None,
            "nodes": G.number_of_nodes(), "action_edges": actions, "read": report.read}


def measure(path: Path, jobs: int, model: str | None) -> dict:
    """Run :func:`run_one` in a fresh interpreter and return its figures."""
    from throughput import run_child

    return run_child(str(Path(__file__).resolve()), ["--_run", str(path), "--jobs", str(jobs)], model, path.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10,50", help="text sizes in MB (10**6 characters), comma-separated "
                                                      "(default 1,10,50)")
    ap.add_argument("--jobs", type=int, default=1, help="processes to parse in (default 1)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: graphkit's default)")
    ap.add_argument("--folder", type=Path, default=None, help="where to write the texts (default: a temp folder)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    ap.add_argument("--_run", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._run:
        print(json.dumps(run_one(args._run, args.jobs, args.model)))
        return 0
    try:
        sizes = [float(x) for x in args.sizes.split(",")]
    except ValueError:
        ap.error(f"--sizes takes numbers of MB, e.g. 1,10,50, not {args.sizes!r}")

    from throughput import print_header

    rows = []
    load_before = os.getloadavg()
    print_header(f"{'text':>8} {'chars':>12} {'wall s':>8} {'chars/s':>8} {'parse RSS':>10} {'peak RSS':>10} "
                 f"{'all procs':>10} {'loaded':>8} {'actors':>7} {'actions':>8}")
    with tempfile.TemporaryDirectory(prefix="graphkit-longtext-") as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            path = folder / f"long_{size:g}MB.txt"
            write_long_text(path, size)
            print(f"building {path.name} ({size:g} MB, {args.jobs} job(s)) ...", file=sys.stderr, flush=True)
            r = measure(path, args.jobs, args.model)
            r["size_mb"] = size
            rows.append(r)
            if args.folder is None:
                path.unlink()
            every = f"{r['rss_all_mib']:,.0f} MiB" if r["rss_all_mib"] else "-"
            print(f"{r['size_mb']:>6g}MB {r['chars']:>12,} {r['seconds']:>8.1f} {r['chars'] / r['seconds']:>8,.0f} "
                  f"{r['rss_parse_mib']:>6,.0f} MiB {r['rss_main_mib']:>6,.0f} MiB {every:>10} "
                  f"{r['rss_loaded_mib']:>4,.0f} MiB {r['nodes']:>7,} {r['action_edges']:>8,}", flush=True)
            if args.json:  # after each size: a long run stopped half way keeps what it measured
                args.json.write_text(json.dumps({"runs": rows, "load": [load_before, os.getloadavg()]}, indent=2))
    load_after = os.getloadavg()
    if len(rows) > 1:
        key = "rss_main_mib" if args.jobs == 1 else "rss_all_mib"
        small, large = rows[0], rows[-1]
        for name, k in (("peak RSS", key), ("peak RSS before the graph is assembled", "rss_parse_mib")):
            ratio = large[k] / small[k]
            print(f"\n{name}, {large['size_mb']:g} MB / {small['size_mb']:g} MB: {ratio:.2f}   "
                  f"target <= {FLAT} {'met' if ratio <= FLAT else 'NOT met'}", end="")
        print()
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} on {os.cpu_count()} CPUs")
    return 0

if __name__ == "__main__":
    sys.exit(main())
