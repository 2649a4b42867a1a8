#!/usr/bin/env python
"""How close graphkit runs to the parser's own speed, how it scales with processes, and whether memory stays flat.

One command::

    .venv/bin/python benchmarks/throughput.py                     # 2,000 articles; memory at 200 and 2,000
    .venv/bin/python benchmarks/throughput.py --memory 1000,10000 # a longer memory check
    .venv/bin/python benchmarks/throughput.py --docs 300 --memory 100,300   # a quick look
    .venv/bin/python benchmarks/throughput.py --profile 200       # where graphkit's own time goes

It writes a corpus of news-like articles made from ``data/``'s two articles
(country and person names swapped from lists, paragraphs shuffled, so the
parser sees varied text), then measures, each configuration in a fresh
subprocess (so peak memory is that configuration's own):

* ``bare nlp.pipe and graphkit 1 job, alternating slices``: both in one
  process over the same 100-article slices, taking turns, so both see the
  same machine; the "graphkit 1 job / bare parse" ratio comes from this run
  (a shared machine's speed drifts by tens of percent between runs minutes
  apart; the separate runs below are printed too);
* ``bare nlp.pipe``: the same spaCy pipeline as shipped, every component
  running on every token (without graphkit's line-break component, which
  counts as graphkit's work), same batch size, doing nothing with the Docs:
  what graphkit is measured against (graphkit itself runs its stand-ins for
  the attribute ruler and the lemmatizer, :data:`graphkit.nlp.STAND_INS`);
* ``per component``: where the bare parse spends its CPU time, component by
  component (each run over the ``--profile-docs`` first articles in turn),
  and the time of graphkit's stand-ins on the same Docs;
* ``graphkit, 1 job``: ``build_graph`` over the article files (reading,
  parsing in memory zones, extraction, graph assembly);
* ``graphkit, N jobs`` (``--jobs``, default 2): the same with N worker
  processes; its time includes starting them and loading the pipeline in each;
* ``graphkit, 1 job`` at the ``--memory`` sizes, for peak memory.

and prints docs/s, words/s, peak RSS (the main process, and all processes
together, sampled) and the ratios the issue sets targets for:
graphkit 1 job / bare parse (>= 1.0), N jobs / 1 job (>= 1.7 for 2 jobs),
peak RSS at the large / the small ``--memory`` size (<= 1.1).

Timings exclude loading the pipeline in the main process (both bare and
graphkit load it, then parse one short text, before the clock starts;
graphkit also reads that text, which loads its own tables and date parser). On a
machine shared with other work the figures move; the load average is printed.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

# Names swapped into the articles: (name, demonym) for states, (full name, surname) for people.
STATES = [("Iran", "Iranian"), ("Israel", "Israeli"), ("Iraq", "Iraqi"), ("Syria", "Syrian"), ("Turkey", "Turkish"),
          ("Egypt", "Egyptian"), ("Pakistan", "Pakistani"), ("India", "Indian"), ("China", "Chinese"),
          ("Russia", "Russian"), ("Ukraine", "Ukrainian"), ("Germany", "German"), ("France", "French"),
          ("Japan", "Japanese"), ("Brazil", "Brazilian"), ("Mexico", "Mexican"), ("Canada", "Canadian"),
          ("Venezuela", "Venezuelan"), ("Cuba", "Cuban"), ("Poland", "Polish"), ("Greece", "Greek"),
          ("Jordan", "Jordanian"), ("Lebanon", "Lebanese"), ("Qatar", "Qatari"), ("Kenya", "Kenyan"),
          ("Nigeria", "Nigerian"), ("Ethiopia", "Ethiopian"), ("Vietnam", "Vietnamese"), ("Indonesia", "Indonesian"),
          ("Chile", "Chilean"), ("Peru", "Peruvian"), ("Norway", "Norwegian"), ("Sweden", "Swedish")]
PEOPLE = [("Donald Trump", "Trump"), ("Benjamin Netanyahu", "Netanyahu"), ("Ali Khamenei", "Khamenei"),
          ("Joe Biden", "Biden"), ("Olaf Scholz", "Scholz"), ("Emmanuel Macron", "Macron"),
          ("Recep Tayyip Erdogan", "Erdogan"), ("Narendra Modi", "Modi"), ("Fumio Kishida", "Kishida"),
          ("Justin Trudeau", "Trudeau"), ("Luiz Inacio Lula", "Lula"), ("Andrzej Duda", "Duda"),
          ("Pedro Sanchez", "Sanchez"), ("Giorgia Meloni", "Meloni"), ("Abdel Fattah el-Sisi", "Sisi"),
          ("William Ruto", "Ruto"), ("Bola Tinubu", "Tinubu"), ("Gabriel Boric", "Boric"),
          ("Jonas Gahr Store", "Store"), ("Ulf Kristersson", "Kristersson"), ("Kyriakos Mitsotakis", "Mitsotakis")]


# -- the corpus ---------------------------------------------------------------------------------


def varied_articles(seed: int = 7) -> Iterator[str]:
    """Articles made from ``data/``'s, without end: names swapped from the lists above, paragraphs shuffled."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    rng = random.Random(seed)
    state_words = {w for pair in STATES for w in pair}
    person_words = {w for pair in PEOPLE for w in pair}
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, state_words | person_words), key=len, reverse=True))
                         + r")\b")
    for i in itertools.count():
        text = sources[i % len(sources)]
        # swap every state and person the article names for another one (the same one throughout the article)
        states = rng.sample(STATES, len(STATES))
        people = rng.sample(PEOPLE, len(PEOPLE))
        swap: dict[str, str] = {}
        for (name, dem), (new_name, new_dem) in zip(STATES, states):
            swap[name], swap[dem] = new_name, new_dem
        for (full, last), (new_full, new_last) in zip(PEOPLE, people):
            swap[full], swap[last] = new_full, new_last
        text = pattern.sub(lambda m: swap.get(m.group(1), m.group(1)), text)
        paragraphs = [p for p in text.split("\n") if p.strip()]
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        yield "\n".join(head + rest) + "\n"


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` varied articles (:func:`varied_articles`) as ``folder/article_00000.txt`` ...; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(itertools.islice(varied_articles(seed), n)):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# -- one configuration, in its own process ------------------------------------------------------


class _Tree:
    """Samples this process and all its descendants (needs psutil): peak summed RSS, and the CPU
    time of the descendants (worker processes, which are not all our direct children)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        try:
            import psutil
        except ImportError:
            self._thread = None
            return
        me = psutil.Process()

        def sample() -> None:
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                    if p.pid != me.pid:
                        t = p.cpu_times()
                        self.cpu[p.pid] = max(self.cpu.get(p.pid, 0.0), t.user + t.system)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)

        def run() -> None:
            while not self._stop.is_set():
                sample()
                self._stop.wait(interval)

        self._sample = sample
        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def stop(self) -> tuple[int | None, float | None]:
        """(peak RSS of the tree in bytes, CPU seconds of the descendants)."""
        if self._thread is None:
            return None, None
        self._stop.set()
        self._thread.join()
        return self.peak, sum(self.cpu.values())


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def bare_pipeline(model: str | None):
    """The spaCy pipeline as shipped, every component on every token, warmed up: graphkit's own component is
    graphkit's cost, not the parser's."""
    from graphkit.nlp import WARM_UP, load_pipeline
    from graphkit.segment import COMPONENT

    nlp = load_pipeline(model, full=True)
    if COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(COMPONENT)
    nlp(WARM_UP.text)  # the text graphkit's side reads too (graphkit.nlp.warm_up)
    return nlp


def run_config(kind: str, corpus: Path, n: int, jobs: int, batch_size: int, model: str | None) -> dict:
    import graphkit
    from graphkit.nlp import load_pipeline, warm_up

    files = sorted(corpus.glob("article_*.txt"))[:n]
    if len(files) < n:
        raise SystemExit(f"{corpus} holds {len(files)} articles, not {n}")
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    sampler = _Tree()
    nodes = edges = None
    if kind == "bare":
        nlp = bare_pipeline(model)
        texts = (f.read_text(encoding="utf-8") for f in files)
        start, cpu = time.perf_counter(), _cpu_self()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        seconds, cpu = time.perf_counter() - start, _cpu_self() - cpu
    else:
        if jobs == 1:
            nlp = load_pipeline(model)
            warm_up(nlp)  # graphkit's tables and date parser load before the clock starts
            kwargs = {"nlp": nlp}
        else:  # the workers load it: their start is part of the time
            kwargs = {"model": model}
        start, cpu = time.perf_counter(), _cpu_self()
        G = graphkit.build_graph(files, jobs=jobs, **kwargs)
        seconds, cpu = time.perf_counter() - start, _cpu_self() - cpu
        nodes, edges = G.number_of_nodes(), G.number_of_edges()
    tree, cpu_workers = sampler.stop()
    rss_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"kind": kind, "jobs": jobs, "docs": n, "words": words, "seconds": seconds,
            "cpu_seconds": cpu + (cpu_workers or 0.0), "cpu_main_seconds": cpu,
            "rss_main_mib": rss_main, "rss_all_mib": tree / 2**20 if tree else None, "nodes": nodes, "edges": edges}


def run_paired(corpus: Path, n: int, batch_size: int, model: str | None, slice_size: int = 100) -> dict:
    """Bare parse and graphkit on the same slices of articles, alternating in one process.

    A shared machine speeds up and slows down by tens of percent from one
    minute to the next; runs minutes apart then compare the machine, not the
    code. Alternating slices (bare first on even slices, graphkit first on
    odd ones) gives both the same conditions. graphkit's side is what
    ``build_graph`` does: read the files, parse in memory zones, extract,
    fold into one ``GraphBuilder``, and build the graph at the end.
    """
    from graphkit import extract_documents
    from graphkit.documents import iter_documents
    from graphkit.graph import GraphBuilder
    from graphkit.nlp import load_pipeline, warm_up

    files = sorted(corpus.glob("article_*.txt"))[:n]
    bare = bare_pipeline(model)
    nlp = load_pipeline(model)
    warm_up(nlp)  # graphkit's tables and date parser load before the clock starts
    builder = GraphBuilder()
    spent = {"bare": [0.0, 0.0], "graphkit": [0.0, 0.0]}  # wall, CPU

    def timed(kind: str, work) -> None:
        start, cpu = time.perf_counter(), _cpu_self()
        work()
        spent[kind][0] += time.perf_counter() - start
        spent[kind][1] += _cpu_self() - cpu

    def run_bare(part: list[Path]) -> None:
        for _ in bare.pipe((f.read_text(encoding="utf-8") for f in part), batch_size=batch_size):
            pass

    def run_graphkit(part: list[Path]) -> None:
        for ex in extract_documents(iter_documents(part), nlp=nlp, batch_size=batch_size):
            builder.add(ex)

    for k, i in enumerate(range(0, len(files), slice_size)):
        part = files[i:i + slice_size]
        order = (("bare", run_bare), ("graphkit", run_graphkit))
        for kind, fn in order if k % 2 == 0 else order[::-1]:
            timed(kind, lambda: fn(part))
    timed("graphkit", builder.graph)
    return {"kind": "paired", "docs": len(files), "slice": slice_size,
            "bare_seconds": spent["bare"][0], "bare_cpu": spent["bare"][1],
            "graphkit_seconds": spent["graphkit"][0], "graphkit_cpu": spent["graphkit"][1]}


def run_components(corpus: Path, n: int, batch_size: int, model: str | None) -> dict:
    """CPU seconds of each component of the bare pipeline over ``n`` articles, and of graphkit's stand-ins.

    The Docs go through one component at a time (all ``n`` of them, in
    ``batch_size`` batches), so each component's time is its own; the
    stand-ins (:data:`graphkit.nlp.STAND_INS`) then run on the same Docs.
    """
    from graphkit.nlp import STAND_INS

    nlp = bare_pipeline(model)
    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("article_*.txt"))[:n]]
    spent: dict[str, float] = {}
    cpu = _cpu_self()
    docs = [nlp.make_doc(t) for t in texts]
    spent["tokenizer"] = _cpu_self() - cpu
    for name, proc in nlp.pipeline:
        cpu = _cpu_self()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        spent[name] = _cpu_self() - cpu
    stand_ins: dict[str, float] = {}
    for source, (stand_in, can_stand_for) in STAND_INS.items():
        if source in nlp.pipe_names and can_stand_for(nlp.get_pipe(source)):
            proc = nlp.create_pipe(stand_in, config={"source": source})
            cpu = _cpu_self()
            docs = [proc(d) for d in docs]
            stand_ins[stand_in] = _cpu_self() - cpu
    return {"kind": "components", "docs": n, "components": spent, "stand_ins": stand_ins}


def run_child(script: str, args: list[str], model: str | None, what: str) -> dict:
    """Run ``script`` with ``args`` (and ``--model``) in a fresh interpreter; return the JSON of its last line."""
    cmd = [sys.executable, script, *args, *(["--model", model] if model else [])]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"{what} failed with exit code {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(kind: str, corpus: Path, n: int, jobs: int, batch_size: int, model: str | None) -> dict:
    """Run one configuration in a fresh interpreter and return its figures."""
    return run_child(str(Path(__file__).resolve()), ["--_config", kind, "--_corpus", str(corpus), "--_n", str(n),
                                                     "--jobs", str(jobs), "--batch-size", str(batch_size)],
                     model, f"configuration {kind} x{n} ({jobs} jobs)")


# -- profile of graphkit's own work --------------------------------------------------------------


def profile(corpus: Path, n: int, batch_size: int, model: str | None, top: int = 25) -> None:
    """cProfile of graphkit's extraction alone (the parse excluded) on ``n`` articles."""
    import cProfile
    import pstats

    from graphkit.documents import Document
    from graphkit.extraction import extract
    from graphkit.nlp import load_pipeline

    nlp = load_pipeline(model)
    files = sorted(corpus.glob("article_*.txt"))[:n]
    docs = [Document(f.name, f.read_text(encoding="utf-8")) for f in files]
    start = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=batch_size))
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc, d in zip(parsed, docs):
        extract(doc, d)
    extract_s = time.perf_counter() - start
    print(f"{n} articles: parse {parse_s:.1f} s, graphkit extraction {extract_s:.1f} s "
          f"({100 * extract_s / parse_s:.0f}% of the parse)\n")
    prof = cProfile.Profile()
    prof.enable()
    for doc, d in zip(parsed, docs):
        extract(doc, d)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
        rows.append((tt, ct, nc, f"{_short(file)}:{line}({func})"))
    total = sum(r[0] for r in rows)
    print(f"{'self s':>7} {'self %':>6} {'cum s':>7} {'calls':>9}  function   (under cProfile, {total:.1f} s in all)")
    for tt, ct, nc, name in sorted(rows, reverse=True)[:top]:
        print(f"{tt:7.2f} {100 * tt / total:5.1f}% {ct:7.2f} {nc:9d}  {name}")
    print("\nby cumulative time, graphkit functions only:")
    mine = sorted((r for r in rows if r[3].startswith("graphkit/")), key=lambda r: -r[1])[:top]
    for tt, ct, nc, name in mine:
        print(f"{ct:7.2f} s cum {tt:7.2f} s self {nc:9d} calls  {name}")


def _short(file: str) -> str:
    for marker in ("/graphkit/", "/site-packages/"):
        if marker in file:
            rest = file.split(marker, 1)[1]
            return ("graphkit/" + rest) if marker == "/graphkit/" else rest
    return file


# -- the report ----------------------------------------------------------------------------------


def print_header(head: str) -> None:
    """A blank line, the column heads of a table, and a rule under them."""
    print()
    print(head)
    print("-" * len(head))


def print_components(r: dict) -> None:
    """The per-component table: each component's CPU time and share of the bare parse, then the stand-ins'."""
    total = sum(r["components"].values())
    print_header(f"{'bare parse, per component (' + format(r['docs'], ',') + ' articles)':<44} {'CPU s':>7} {'share':>6}")
    for name, seconds in sorted(r["components"].items(), key=lambda kv: -kv[1]):
        print(f"{name:<44} {seconds:>7.2f} {100 * seconds / total:>5.1f}%")
    for name, seconds in r["stand_ins"].items():
        print(f"{'  graphkit runs instead: ' + name:<44} {seconds:>7.2f} {100 * seconds / total:>5.1f}%")
    if r["stand_ins"]:
        print("  (graphkit_lemmas only hooks the lemmatizer into each Doc: the lemmas graphkit reads are computed"
              " during extraction)")


def _fmt(x, digits=1) -> str:
    return "-" if x is None else f"{x:,.{digits}f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000,
                    help="articles for the throughput runs (default 2000; 0: only the memory check)")
    ap.add_argument("--memory", default="200,2000",
                    help="SMALL,LARGE article counts for the peak-memory check (default 200,2000)")
    ap.add_argument("--profile-docs", type=int, default=200, metavar="N",
                    help="articles for the per-component profile of the bare parse (default 200; 0: none)")
    ap.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (default 2)")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size, bare and graphkit (default 32)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: graphkit's default)")
    ap.add_argument("--corpus", type=Path, default=None, help="folder for the generated articles (default: a temp folder)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="instead: profile graphkit's extraction (parse excluded) on N articles")
    ap.add_argument("--_config", help=argparse.SUPPRESS)
    ap.add_argument("--_corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_n", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._config == "components":
        print(json.dumps(run_components(args._corpus, args._n, args.batch_size, args.model)))
        return 0
    if args._config == "paired":
        print(json.dumps(run_paired(args._corpus, args._n, args.batch_size, args.model)))
        return 0
    if args._config:
        print(json.dumps(run_config(args._config, args._corpus, args._n, args.jobs, args.batch_size, args.model)))
        return 0

    try:
        small, large = (int(x) for x in args.memory.split(","))
    except ValueError:
        ap.error(f"--memory takes SMALL,LARGE (e.g. 1000,10000), not {args.memory!r}")
    if not 0 < small < large:
        ap.error("--memory needs 0 < SMALL < LARGE")

    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        need = max(args.docs, large, args.profile, args.profile_docs)
        have = len(list(corpus.glob("article_*.txt"))) if corpus.is_dir() else 0
        if have < need:
            t = time.perf_counter()
            make_corpus(corpus, need)
            print(f"corpus: {need:,} articles in {corpus} ({time.perf_counter() - t:.1f} s)", file=sys.stderr)

        if args.profile:
            profile(corpus, args.profile, args.batch_size, args.model)
            return 0

        load_before = os.getloadavg()
        runs: dict[str, dict] = {}
        plan = []
        if args.docs:
            plan += [("paired", "bare nlp.pipe and graphkit 1 job, alternating slices", args.docs, 1),
                     ("bare", "bare nlp.pipe", args.docs, 1), ("gk1", "graphkit, 1 job", args.docs, 1),
                     (f"gk{args.jobs}", f"graphkit, {args.jobs} jobs", args.docs, args.jobs)]
        for size in (small, large):
            if size != args.docs:
                plan.append((f"mem{size}", "graphkit, 1 job", size, 1))
        if args.profile_docs:
            plan.append(("components", "per component", args.profile_docs, 1))
        for key, label, n, jobs in plan:
            print(f"running {label} on {n:,} articles ...", file=sys.stderr, flush=True)
            r = measure(key if key in ("bare", "paired", "components") else "graphkit", corpus, n, jobs,
                        args.batch_size, args.model)
            r["label"] = label
            runs[key] = r
        load_after = os.getloadavg()

    mem = {size: runs["gk1"] if size == args.docs else runs[f"mem{size}"] for size in (small, large)}
    rows = ([runs["bare"], runs["gk1"], runs[f"gk{args.jobs}"]] if args.docs else []) + \
        [mem[s] for s in (small, large) if s != args.docs]
    print_header(f"{'configuration':<18} {'docs':>6} {'words':>10} {'wall s':>7} {'docs/s':>7} {'words/s':>8} "
                 f"{'CPU s':>7} {'CPU/wall':>8} {'peak RSS main':>13} {'peak RSS all':>12}")
    for r in rows:
        all_rss = (_fmt(r["rss_all_mib"], 0) + " MiB") if r["rss_all_mib"] else "-"
        print(f"{r['label']:<18} {r['docs']:>6,} {r['words']:>10,} {r['seconds']:>7.1f} "
              f"{r['docs'] / r['seconds']:>7.2f} {r['words'] / r['seconds']:>8,.0f} {r['cpu_seconds']:>7.1f} "
              f"{r['cpu_seconds'] / r['seconds']:>8.2f} {_fmt(r['rss_main_mib'], 0) + ' MiB':>13} {all_rss:>12}")

    ratios = []
    if args.docs:
        rate = lambda r: r["docs"] / r["seconds"]  # noqa: E731
        gk1, gkn, bare = runs["gk1"], runs[f"gk{args.jobs}"], runs["bare"]
        paired = runs["paired"]
        ratios += [
            ("graphkit 1 job / bare parse", paired["bare_seconds"] / paired["graphkit_seconds"], ">=", 1.0),
            (f"graphkit {args.jobs} jobs / 1 job", rate(gkn) / rate(gk1), ">=", 0.85 * args.jobs),
        ]
    ratios.append((f"peak RSS {large:,} / {small:,} articles", mem[large]["rss_main_mib"] / mem[small]["rss_main_mib"],
                   "<=", 1.1))
    print()
    for name, value, op, target in ratios:
        ok = value >= target if op == ">=" else value <= target
        print(f"{name:<36} {value:6.2f}   target {op} {target:<5} {'met' if ok else 'NOT met'}")
    if args.docs:
        print(f"{'  (alternating slices in one process;':<36} by CPU time {paired['bare_cpu'] / paired['graphkit_cpu']:.2f}; "
              f"separate runs above: {rate(gk1) / rate(bare):.2f})")
        # The same two figures from CPU time, which other work on the machine disturbs far less than wall time.
        print(f"{'  by CPU time: bare / graphkit 1 job':<36} {bare['cpu_seconds'] / gk1['cpu_seconds']:6.2f}   "
              f"(graphkit's own work: {100 * (gk1['cpu_seconds'] / bare['cpu_seconds'] - 1):.0f}% on top of the parse)")
        print(f"{'  by CPU time: 1 job / ' + str(args.jobs) + ' jobs x ' + str(args.jobs):<36} "
              f"{args.jobs * gk1['cpu_seconds'] / gkn['cpu_seconds']:6.2f}   "
              f"(the speed-up {args.jobs} free CPUs would give)")
    if "components" in runs:
        print_components(runs["components"])
    print(f"\nload average before {load_before[0]:.2f}, after {load_after[0]:.2f} on {os.cpu_count()} CPUs; "
          f"CPU/wall below 1 (below {args.jobs} for {args.jobs} jobs) means other work took CPU time")
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "ratios": {n: v for n, v, _, _ in ratios},
                                         "load": [load_before, load_after]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
