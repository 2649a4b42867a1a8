"""--cache: a rebuild parses only texts it has not read before, and the graph is the same as without a cache."""
from __future__ import annotations

import json
import multiprocessing
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit import BuildReport, Document, Extraction
from graphkit import cache as cache_mod
from graphkit.actions import Action
from graphkit.actors import Actor, Affiliation, Mention
from graphkit.cache import (CACHE_FILE, PACKAGE_ROOT, CacheError, ExtractionCache, decode, encode,
                            extractor_fingerprint, source_files, source_hash)
from graphkit.errors import CacheEntryError
from graphkit.cli import cli
from graphkit.export import write
from graphkit.nlp import extract_chunk

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, root / f.name)
    return root


def _json(G, path: Path) -> bytes:
    write(G, path)
    return path.read_bytes()


def _build(corpus, nlp, cache, **kw):
    report = BuildReport()
    G = graphkit.build_graph([corpus], nlp=nlp, cache=cache, report=report, **kw)
    return G, report


def test_rebuild_parses_nothing_and_a_grown_corpus_parses_only_the_new(corpus, nlp, tmp_path):
    cache = tmp_path / "cache"
    G1, r1 = _build(corpus, nlp, cache)
    assert (r1.read, r1.parsed, r1.cached) == (2, 2, 0)
    assert (cache / CACHE_FILE).is_file()
    G2, r2 = _build(corpus, nlp, cache)
    assert (r2.read, r2.parsed, r2.cached) == (2, 0, 2)
    assert _json(G2, tmp_path / "2.json") == _json(G1, tmp_path / "1.json")

    (corpus / "new.txt").write_text("Norway criticized Sweden on Monday.", encoding="utf-8")
    G3, r3 = _build(corpus, nlp, cache)
    assert (r3.read, r3.parsed, r3.cached) == (3, 1, 2)
    fresh = graphkit.build_graph([corpus], nlp=nlp)
    assert _json(G3, tmp_path / "3.json") == _json(fresh, tmp_path / "fresh.json")


def test_a_changed_extractor_version_invalidates(corpus, nlp, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    _build(corpus, nlp, cache)
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", "test-changed")
    _, report = _build(corpus, nlp, cache)
    assert (report.parsed, report.cached) == (2, 0)


def test_the_fingerprint_follows_model_and_spacy_versions(nlp, monkeypatch):
    # the identity read from the installed package is the one of the loaded pipeline
    assert graphkit.nlp.pipeline_identity() == graphkit.nlp.pipeline_identity(nlp=nlp)
    base = extractor_fingerprint("en_core_web_sm==3.8.0")
    assert extractor_fingerprint("en_core_web_sm==3.8.1") != base
    assert extractor_fingerprint("en_core_web_md==3.8.0") != base
    import spacy

    monkeypatch.setattr(spacy, "__version__", "0.0.0-test")
    assert extractor_fingerprint("en_core_web_sm==3.8.0") != base


def _package_copy(dest: Path) -> Path:
    return Path(shutil.copytree(PACKAGE_ROOT, dest, ignore=shutil.ignore_patterns("__pycache__")))


def test_the_fingerprint_follows_every_source_and_data_file(tmp_path):
    model = "en_core_web_sm==3.8.0"
    same = _package_copy(tmp_path / "same")
    assert extractor_fingerprint(model, root=same) == extractor_fingerprint(model)  # paths and contents, not places

    edited = _package_copy(tmp_path / "edited")
    with open(edited / "data" / "titles.tsv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    assert extractor_fingerprint(model, root=edited) != extractor_fingerprint(model)

    # a module moved into a package (names.py -> names/__init__.py) and a new data file are both seen
    moved = _package_copy(tmp_path / "moved")
    (moved / "names").mkdir()
    (moved / "names.py").rename(moved / "names" / "__init__.py")
    assert "names/__init__.py" in source_files(moved) and "names.py" not in source_files(moved)
    assert source_hash(moved) != source_hash(same)
    grown = _package_copy(tmp_path / "grown")
    (grown / "data" / "new.json").write_text("{}", encoding="utf-8")
    assert "data/new.json" in source_files(grown)
    assert source_hash(grown) != source_hash(same)
    # only sources and data: caches of compiled code, templates and notes are not part of it
    (same / "notes.txt").write_text("x", encoding="utf-8")
    assert "notes.txt" not in source_files(same)


def test_the_source_hash_is_computed_once_per_process(tmp_path):
    root = _package_copy(tmp_path / "pkg")
    first = source_hash(root)
    (root / "data" / "titles.tsv").write_text("changed under a running process", encoding="utf-8")
    assert source_hash(root) == first
    source_hash.cache_clear()
    assert source_hash(root) != first


def test_same_text_under_two_ids_is_two_documents_relabelled(nlp, tmp_path):
    text = "Japan thanked Canada for its support."
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "a", "title": "A", "date": "2024-01-01", "text": text}) + "\n",
                     encoding="utf-8")
    cache = tmp_path / "cache"
    _build(first, nlp, cache)
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "b", "title": "B", "date": "2024-02-02", "text": text}) + "\n"
                      + json.dumps({"id": "c", "title": "C", "date": "2024-03-03", "text": text}) + "\n",
                      encoding="utf-8")
    G, report = _build(second, nlp, cache)
    assert (report.parsed, report.cached) == (0, 2)
    assert G.nodes["state:JPN"]["doc"] == "b|c"
    assert G.nodes["state:JPN"]["date"] == "2024-02-02|2024-03-03"
    assert G.edges["state:JPN", "state:CAN", "action:thank"]["weight"] == 2

    with ExtractionCache(cache) as store:
        fp = extractor_fingerprint(graphkit.nlp.pipeline_identity(nlp=nlp))
        (ex,) = store.get(Document("z", text, title="Z", date="2025-05-05"), fp)
    assert (ex.doc_id, ex.title, ex.date) == ("z", "Z", "2025-05-05")
    assert {m.doc_id for m in ex.mentions} == {a.doc_id for a in ex.actions} == {"z"}


def test_cli_reports_cache_hits(corpus, nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(graphkit.parallel, "load_pipeline", lambda name=None: nlp)
    args = ["build", str(corpus), "--cache", str(tmp_path / "cache"), "-o", str(tmp_path / "g.json")]
    assert "0 from cache" in CliRunner().invoke(cli, args).output
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0 and "2 document(s) read, 2 from cache;" in result.output


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong-table"])
def test_corrupt_cache_file_is_one_clear_line(corpus, tmp_path, damage):
    cache = tmp_path / "cache"
    cache.mkdir()
    path = cache / CACHE_FILE
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 100)
    elif damage == "truncated":
        with ExtractionCache(cache) as store:
            store.put_many([(Document("a", "x"), (Extraction("a"),))], "fp")
        data = path.read_bytes()
        path.write_bytes(b"\0" * 100 + data[100:])  # the header gone
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE extractions (key TEXT, value TEXT)")
        conn.commit()
        conn.close()
    result = CliRunner().invoke(cli, ["build", str(corpus), "--cache", str(cache), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "[G007]" in lines[0], result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "g.json").exists()
    with pytest.raises(CacheError, match=CACHE_FILE):
        ExtractionCache(cache)


def test_cache_folder_that_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(CacheError, match="is a file"):
        ExtractionCache(tmp_path / "f")


def test_a_damaged_entry_is_parsed_again(tmp_path):
    doc = Document("a", "Peru thanked Chile.")
    with ExtractionCache(tmp_path) as store:
        store.put_many([(doc, (Extraction("a"),))], "fp")
        store._conn.execute("UPDATE extractions SET data = x'00ff'")
        assert store.get(doc, "fp") is None
        store.put_many([(doc, (Extraction("a"),))], "fp")
        assert store.get(doc, "fp") == (Extraction("a"),)


def test_values_round_trip_real_extractions(nlp):
    docs = [Document(f.name, f.read_text(encoding="utf-8"), title="T", date="2024-01-01") for f in sorted(DATA.glob("*.txt"))]
    for extractions in extract_chunk(nlp, docs):
        assert decode(encode(extractions)) == extractions
        assert extractions[0].actions and extractions[0].mentions
    made = (Extraction("d", "t", "2024", actors=(Actor("state:FRA", "France", "state", ("France", "Paris"), (), "FRA"),),
                       mentions=(Mention("d", "state:FRA", "Paris", 0, 5, "capital"),),
                       affiliations=(Affiliation("d", "person:x", "state:FRA", "President", "Ev.", 3),),
                       actions=(Action("d", "state:FRA", "state:DEU", "praise", "VERB", True, "reported", "support",
                                       "verbal-cooperation", "Ev\u2028 <é>", 1, 2, "verb"),),
                       mention_counts={"state:FRA": 1}),)
    assert decode(encode(made)) == made
    with pytest.raises(CacheEntryError, match=r"^\[G011\] not a cached extraction \(Error -3"):
        decode(b"not zlib")
    with pytest.raises(ValueError, match=r"not a cached extraction \(a dict, not a tuple of Extraction\)"):
        decode(zlib.compress(b'{"@map": []}'))


def _writer(directory: str, worker: int, n: int) -> None:
    store = ExtractionCache(directory)
    for start in range(0, n, 10):
        store.put_many([(Document(f"{worker}-{i}", f"text {worker} {i}"), (Extraction(f"{worker}-{i}"),))
                        for i in range(start, start + 10)], "fp")
        store.get(Document("q", f"text {1 - worker} {start}"), "fp")
    store.close()


def test_two_processes_can_write_the_same_cache(tmp_path):
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), w, 200)) for w in (0, 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    with ExtractionCache(tmp_path) as store:
        assert len(store) == 400
        assert store.get(Document("x", "text 1 199"), "fp")[0].doc_id == "x"
