"""Speed without changing the result: --jobs N and --dask give the graph one process gives, byte for byte;
extraction streams through spaCy memory zones and keeps nothing of spaCy."""
from __future__ import annotations

import dataclasses
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit import BuildReport, Document, Extraction
from graphkit import parallel
from graphkit.cli import cli
from graphkit.errors import ClusterError, OptionError
from graphkit.export import write
from graphkit.nlp import extract_chunk, iter_extractions

DATA = Path(__file__).resolve().parent.parent / "data"

GENERATED = [
    {"id": "gen-1", "title": "Talks", "date": "2024-03-01",
     "text": "Japan thanked Canada for its support. Canada did not criticize Japan."},
    {"id": "gen-2", "title": "Warning", "date": "2024-03-02",
     "text": "Iran warned Israel on Monday. Israel could attack Iranian targets, officials said."},
    {"id": "gen-3", "title": "Summit", "date": "2024-03-02",
     "text": "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Scholz praised France."},
    {"id": "gen-4", "title": "Aid", "date": "2024-03-03",
     "text": "The United States sent aid to Ukraine. Russia condemned the U.S. decision."},
    # the same text as gen-1 under another id: two documents
    {"id": "gen-5", "title": "Talks again", "date": "2024-03-04",
     "text": "Japan thanked Canada for its support. Canada did not criticize Japan."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, root / f.name)
    (root / "generated.jsonl").write_text("".join(json.dumps(r) + "\n" for r in GENERATED), encoding="utf-8")
    # a text of three pieces (cheap to parse: long runs of spaces), spread over the workers
    filler = "".join("Nothing new was reported." + " " * 2000 + "\n\n" for _ in range(120))
    (root / "long.txt").write_text("Norway criticized Sweden.\n\n" + filler + "Peru thanked Chile.", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(corpus, nlp, tmp_path_factory) -> dict[str, bytes]:
    """The one-process build (the session pipeline), written as GraphML and JSON."""
    out = tmp_path_factory.mktemp("ref")
    G = graphkit.build_graph([corpus], nlp=nlp)
    write(G, out / "g.graphml")
    write(G, out / "g.json")
    return {name: (out / name).read_bytes() for name in ("g.graphml", "g.json")}


def _build(args: list[str], out: Path) -> dict[str, bytes]:
    result = CliRunner().invoke(cli, ["build", *args, "-o", str(out / "g.graphml"), "-o", str(out / "g.json")])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in ("g.graphml", "g.json")}


def test_jobs_2_gives_byte_identical_files(corpus, reference, tmp_path):
    files = _build([str(corpus), "--jobs", "2", "--cache", str(tmp_path / "cache")], tmp_path)
    assert files == reference
    G = graphkit.read(tmp_path / "g.graphml")
    assert G.nodes["state:JPN"]["doc"] == "gen-1|gen-5"  # one text, two ids, two documents
    # the parallel build filled the cache: again with 2 jobs, nothing is parsed (and no process starts)
    report = BuildReport()
    G2 = graphkit.build_graph([corpus], jobs=2, cache=tmp_path / "cache", report=report)
    assert (report.read, report.parsed, report.cached) == (8, 0, 8)  # the long text counts once
    assert G2.has_edge("state:NOR", "state:SWE") and G2.nodes["state:CHL"]["doc"] == "long.txt"
    write(G2, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == reference["g.json"]


def test_dask_local_cluster_gives_the_identical_graph(corpus, reference, tmp_path):
    import distributed  # noqa: F401 - in the test extra: a missing one fails here, it does not skip

    files = _build([str(corpus), "--dask", "local", "--jobs", "2"], tmp_path)
    assert files == reference


def test_extract_documents_with_jobs_keeps_document_order(nlp):
    docs = [Document(f"d{i}", f"Peru thanked Chile {i} times.") for i in range(5)]
    report = BuildReport()
    ids = [e.doc_id for e in graphkit.extract_documents(docs, jobs=2, report=report)]
    assert ids == [d.doc_id for d in graphkit.extract_documents(docs, nlp=nlp)] == [d.id for d in docs]
    assert report.parsed == 5


def test_bad_dask_address_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(DATA), "--dask", "nonsense://nowhere", "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "nonsense://nowhere" in lines[0] and "[G006]" in lines[0], result.output
    assert not (tmp_path / "g.json").exists()


@pytest.mark.parametrize("args, word", [(["--jobs", "-1"], "--jobs"), (["--jobs", "two"], "--jobs"),
                                        (["--max-nodes", "-5"], "--max-nodes"), (["--dask", ""], "--dask")])
def test_bad_option_values_are_one_line_exit_2(tmp_path, args, word):
    result = CliRunner().invoke(cli, ["build", str(DATA), *args, "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and word in lines[0], result.output


def test_unknown_model_with_jobs_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(DATA), "--jobs", "2", "--model", "xx_no_such_model",
                                      "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "xx_no_such_model" in lines[0], result.output


def test_max_nodes_cuts_the_html_view_only(nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "load_pipeline", lambda name=None: nlp)  # the session pipeline
    cache = str(tmp_path / "cache")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(DATA), "--cache", cache, "--max-nodes", "4",
                                 "-o", str(tmp_path / "few.html"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    total = graphkit.read(tmp_path / "g.json").number_of_nodes()
    assert total > 4
    assert f"showing 4 of {total} actors" in (tmp_path / "few.html").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["build", str(DATA), "--cache", cache, "--max-nodes", "0", "-o", str(tmp_path / "all.html")])
    assert result.exit_code == 0, result.output
    assert "2 document(s) read, 2 from cache, skipped 2 .json files;" in result.output  # data/gold/*.json
    page = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert 'id="gk-notice"' not in page and "Large graph: showing" not in page


def _spacy_free(obj, path="extraction"):
    """Every value inside an extraction is plain Python data (str, int, bool, tuple, dict, graphkit dataclass)."""
    if dataclasses.is_dataclass(obj):
        assert type(obj).__module__.startswith("graphkit."), path
        for f in dataclasses.fields(obj):
            _spacy_free(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, (tuple, list)):
        for i, x in enumerate(obj):
            _spacy_free(x, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _spacy_free(k, path)
            _spacy_free(v, f"{path}[{k!r}]")
    else:
        assert type(obj) in (str, int, bool, float) or obj is None, (path, type(obj))


def test_extractions_hold_no_spacy_objects_and_memory_zones_free_strings(nlp):
    text = (DATA / "000_2da32b4dea4f0384.txt").read_text(encoding="utf-8")
    before = len(nlp.vocab.strings)
    names = ["Zorblax Quuxington", "Marvek Dulrothan", "Tessaly Brunwick", "Oskarn Velmadi", "Ferrik Almonde",
             "Quentara Lisbode"]
    novel = [Document(f"n{i}", f"{name} of Flarnia{'xyzuvw'[i]}ovia warned Iran. " + text[:2000])
             for i, name in enumerate(names)]
    results = extract_chunk(nlp, novel, batch_size=4)
    assert len(nlp.vocab.strings) == before  # strings interned while parsing were freed with the zone
    assert [len(r) for r in results] == [1] * 6
    for (ex,) in results:
        assert isinstance(ex, Extraction)
        _spacy_free(ex)
        assert pickle.loads(pickle.dumps(ex)) == ex
    assert any("Zorblax" in a.label for a in results[0][0].actors)


def test_streaming_reads_documents_lazily_chunk_by_chunk(nlp):
    pulled = []

    def stream():
        for i in range(7):
            pulled.append(i)
            yield Document(f"d{i}", "Peru thanked Chile.")

    out = iter_extractions(nlp, stream(), chunk_size=3)
    first = next(out)
    assert first.doc_id == "d0" and pulled == [0, 1, 2]  # one chunk read, not the corpus
    assert [e.doc_id for e in out] == [f"d{i}" for i in range(1, 7)]


def test_chunks_start_small_then_stay_at_the_limit():
    docs = [Document(str(i), "x") for i in range(100)]
    assert [len(c) for c in parallel._chunks(docs, 32)] == [1, 2, 4, 8, 16, 32, 32, 5]
    assert [len(c) for c in parallel._chunks(docs[:3], 32)] == [1, 2]


def test_ordered_keeps_order_and_a_bounded_window():
    submitted, taken = [], []

    def submit(task):
        submitted.append(task)
        assert len(submitted) - len(taken) <= 3
        return parallel._Done(task * 10)

    for task, result in parallel._ordered(submit, range(10), window=3):
        taken.append(task)
        assert result == task * 10
    assert taken == list(range(10))


def test_resolve_jobs():
    assert parallel.resolve_jobs(None) == parallel.resolve_jobs(1) == 1 and parallel.resolve_jobs(3) == 3
    assert parallel.resolve_jobs(0) == (os.cpu_count() or 1)
    for bad in (-2, 1.5, "2", True):
        with pytest.raises(OptionError) as caught:
            parallel.resolve_jobs(bad)
        assert str(caught.value) == f"[G009] jobs={bad!r} is not valid; use a whole number >= 1, or 0 for one per CPU"
        assert isinstance(caught.value, ValueError)


def test_an_in_memory_pipeline_cannot_go_to_workers():
    from spacy.lang.en import English

    with pytest.raises(OptionError, match="pass model=NAME instead of nlp="):
        list(graphkit.extract_documents([Document("a", "Peru thanked Chile.")], nlp=English(), jobs=2))


def test_cluster_error_is_still_importable_from_parallel():
    from graphkit.errors import ClusterError

    assert parallel.ClusterError is ClusterError and ClusterError.code == "G006"


@pytest.mark.parametrize("shadow", ["", 'raise RuntimeError("not the installed graphkit")\n'])
def test_jobs_work_from_a_folder_holding_a_graphkit_folder(tmp_path, shadow):
    """The parent of a clone holds a folder named graphkit: workers still import the installed package."""
    (tmp_path / "graphkit").mkdir()
    if shadow:
        (tmp_path / "graphkit" / "__init__.py").write_text(shadow, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Peru thanked Chile on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Norway warned Sweden on Tuesday.", encoding="utf-8")
    command = Path(sys.executable).with_name("graphkit")
    done = subprocess.run([str(command), "build", "a.txt", "b.txt", "--jobs", "2", "-o", "g.json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    G = graphkit.read(tmp_path / "g.json")
    assert G.has_edge("state:PER", "state:CHL") and G.has_edge("state:NOR", "state:SWE")


def test_a_worker_that_cannot_start_says_why(monkeypatch):
    # Each worker runs WORKER_BOOT first; make its import of graphkit fail as a shadowed or broken install would.
    boot = parallel.WORKER_BOOT.replace("from graphkit.parallel import _init_worker", "import graphkit_nowhere")
    assert boot != parallel.WORKER_BOOT
    monkeypatch.setattr(parallel, "WORKER_BOOT", boot)
    with pytest.raises(ClusterError) as caught:
        list(graphkit.extract_documents([Document("a", "Peru thanked Chile.")], jobs=2))
    assert str(caught.value) == ("[G006] a worker process could not start: "
                                 "ModuleNotFoundError: No module named 'graphkit_nowhere'")


def test_the_forkserver_preloads_nothing_the_working_folder_shadows(tmp_path):
    assert parallel.forkserver_preload(tmp_path) == ["spacy", "networkx"]
    (tmp_path / "networkx.py").write_text("")
    assert parallel.forkserver_preload(tmp_path) == ["spacy"]
    assert "graphkit" not in " ".join(parallel.FORKSERVER_PRELOAD)


def test_workers_keep_the_collector_off_their_pipeline_and_tables():
    """A worker freezes what lives as long as it does and collects its youngest generation as a build does."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from graphkit.nlp import YOUNG_THRESHOLD

    ctx = multiprocessing.get_context(parallel.START_METHOD)
    reader, writer = ctx.Pipe(duplex=False)
    try:
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=exec,
                                 initargs=(parallel.WORKER_BOOT, {"spec": None, "report": writer})) as pool:
            frozen = pool.submit(gc.get_freeze_count).result()
            threshold = pool.submit(gc.get_threshold).result()
    finally:
        reader.close()
        writer.close()
    assert frozen > 10_000  # the pipeline and graphkit's tables, not a handful of objects
    assert threshold[0] == max(700, YOUNG_THRESHOLD)


def test_the_worker_warm_up_text_reads_a_dated_action(nlp):
    # the warm-up must reach the action tables and the date parser, or they load (unfrozen) in the first task
    from graphkit.nlp import WARM_UP

    assert WARM_UP.date == "2024-05-08"  # a Wednesday
    (extraction,) = extract_chunk(nlp, [WARM_UP])[0]
    assert [(a.source, a.action, a.target) for a in extraction.actions] == [("state:PER", "warn", "state:CHL")]
    assert extraction.actions[0].date == "2024-05-06"  # the Monday before the article's Wednesday
