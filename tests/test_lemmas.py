"""graphkit's pipeline skips per-token work it does not need, and reads exactly what the full pipeline gives.

The lemmatizer runs on demand (:mod:`graphkit.lemmas`), the attribute ruler
once per kind of token (:mod:`graphkit.attributes`): every attribute, every
lemma read and the written graph must be those of the pipeline as shipped.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer

import graphkit
from graphkit.attributes import COMPONENT as ATTRIBUTES
from graphkit.lemmas import COMPONENT as LEMMAS, OnDemandLemmas, lemma_of
from graphkit.nlp import FULL_PIPELINE_ENV, default_model, load_pipeline, pipeline_identity

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graphkit"

#: Paragraphs that reach the ruler's exceptions (several-token patterns, regular expressions, spaces) and the
#: lemmatizer's rules (irregular verbs, plurals, comparatives, proper nouns, "'s"), in news prose.
PARAGRAPHS = [
    "There is no deal, and there were no talks. Peru's envoy said it's over; Chile ain't happy.",
    "Y'all know nothin' about it, the minister said. Let's go, we're gonna win, he added. C'mon, gotta go.",
    "The ministers met their counterparts on Monday.  The foreign ministries had sought better, wider ties.\n\n"
    "Kenya's forces were attacked by militants who'd fled; the militias denied it.",
    "Germany sharply criticized Russia, saying it had broken its promises. Moscow rejected the accusations, "
    "and its troops left the border towns they had seized.",
    "\tIndia and Pakistan agreed to negotiate. The talks are being held in Doha, where both delegations arrived.",
    "U.S. President Donald Trump warned Iran on Tuesday that it would face the gravest consequences, "
    "while Tehran's leaders threatened retaliation against Israeli targets.",
    "The data were leaked. News media outlets reported the criteria, the analyses and the phenomena.",
    "Mining firm Terra Norte's shareholders sued the National Treasury. It got worse: the Treasury gets sued daily.",
]


@pytest.fixture(scope="session")
def full_nlp():
    return load_pipeline(full=True)


def _texts() -> list[str]:
    texts = list(PARAGRAPHS)
    for path in sorted((ROOT / "data").glob("*.txt")):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return texts


def test_graphkit_swaps_the_ruler_and_the_lemmatizer_for_its_stand_ins(nlp, full_nlp):
    assert {ATTRIBUTES, LEMMAS} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)
    assert {"attribute_ruler", "lemmatizer"} <= set(full_nlp.pipe_names)
    assert not {ATTRIBUTES, LEMMAS} & set(full_nlp.pipe_names)


def test_every_attribute_and_lemma_is_the_full_pipelines(nlp, full_nlp):
    for text in _texts():
        lean, full = nlp(text), full_nlp(text)
        columns = [POS, MORPH, TAG, DEP, HEAD]
        assert (lean.to_array(columns) == full.to_array(columns)).all(), text
        assert [lemma_of(t) for t in lean] == [t.lemma_ for t in full], text


def test_the_attribute_rulers_own_lemmas_are_set_and_kept(nlp):
    doc = nlp("There is no deal, Peru's envoy said.")
    assert doc.to_array([LEMMA])[1] != 0 and lemma_of(doc[1]) == "be"  # set by the ruler, not the lemmatizer
    assert doc[3].lemma == 0 and lemma_of(doc[3]) == "deal" and doc[3].lemma_ == "deal"  # asked on demand, kept


def test_graphs_are_byte_identical_with_the_full_pipeline(nlp, full_nlp, tmp_path):
    texts = {f"p{i:02d}": text for i, text in enumerate(_texts())}
    for name, pipeline in (("lean", nlp), ("full", full_nlp)):
        graphkit.write(graphkit.graph_from_texts(texts, nlp=pipeline), tmp_path / f"{name}.graphml")
    lean, full = (tmp_path / "lean.graphml").read_bytes(), (tmp_path / "full.graphml").read_bytes()
    assert b"<edge" in lean and lean == full


def test_the_environment_asks_for_the_full_pipeline(monkeypatch):
    monkeypatch.setenv(FULL_PIPELINE_ENV, "1")
    assert "lemmatizer" in load_pipeline().pipe_names
    monkeypatch.setenv(FULL_PIPELINE_ENV, "0")
    assert LEMMAS in load_pipeline().pipe_names


def test_the_stand_ins_leave_the_cache_fingerprint_as_it_was(nlp, full_nlp):
    assert pipeline_identity(nlp=nlp) == pipeline_identity(nlp=full_nlp) == pipeline_identity()


def test_a_pipeline_without_a_lemmatizer_is_read_as_before(tmp_path):
    spacy.load(default_model(), exclude=["lemmatizer"]).to_disk(tmp_path / "model")
    nlp = load_pipeline(str(tmp_path / "model"))
    assert LEMMAS not in nlp.pipe_names and ATTRIBUTES in nlp.pipe_names
    doc = nlp("Peru warned Chile.")
    assert lemma_of(doc[1]) == doc[1].lemma_
    G = graphkit.graph_from_texts({"a": "Japan thanked Canada."}, nlp=nlp)
    assert G.number_of_nodes() == 2


def test_a_lookup_lemmatizer_is_asked_on_demand_as_it_would_run(full_nlp):
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"warned": "warn", "talks": "talk"})
    lemmatizer = Lemmatizer(full_nlp.vocab, model=None, mode="lookup")
    lemmatizer.initialize(lookups=lookups)
    on_demand = OnDemandLemmas(lemmatizer)
    with full_nlp.select_pipes(disable=["lemmatizer"]):
        doc, same = full_nlp.pipe(["Peru warned Chile before the talks."] * 2)
    asked = [on_demand(t) for t in doc]
    assert asked == [t.lemma_ for t in lemmatizer(same)] == [t.lemma_ for t in doc]
    assert asked[1] == "warn" and asked[5] == "talk"


def _lemma_reads(source: str) -> list[int]:
    """Lines of ``source`` that read ``<expression>.lemma_`` (code, not docstrings or comments)."""
    return sorted(node.lineno for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Attribute) and node.attr == "lemma_" and isinstance(node.ctx, ast.Load))


def test_no_graphkit_module_reads_lemma_directly():
    assert _lemma_reads('x = tok.lemma_.lower()\n"""tok.lemma_ in prose"""  # tok.lemma_\n') == [1]
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted(PACKAGE.rglob("*.py")) if path.name != "lemmas.py"
             for n in _lemma_reads(path.read_text(encoding="utf-8"))]
    assert not found, ("read lemmas with graphkit.lemmas.lemma_of(token), not token.lemma_ (empty in graphkit's "
                       "pipeline); `python scripts/use_lemma_accessor.py` rewrites them: " + ", ".join(found))


def test_patterns_of_several_tokens_match_where_the_matcher_matches(nlp, full_nlp):
    import numpy
    from spacy.attrs import DEP as DEP_, IS_SPACE, LOWER
    from spacy.matcher import Matcher

    table = nlp.get_pipe(ATTRIBUTES)
    ruler = full_nlp.get_pipe("attribute_ruler")
    assert table._fixed, "the pipeline's ruler has patterns of several tokens"
    matcher = Matcher(full_nlp.vocab)
    ids = {}
    for i, alternatives in table._fixed:
        matcher.add(f"several_{i}", alternatives)
        ids[full_nlp.vocab.strings[f"several_{i}"]] = i
    matched = 0
    for text in _texts():
        doc = full_nlp(text)
        read = doc.to_array([LOWER, TAG, DEP_, IS_SPACE])
        forms, form_of = numpy.unique(read[:, 0], return_inverse=True)
        texts = [full_nlp.vocab.strings[f] for f in forms.tolist()]
        expected = sorted((ids[m], s, e) for m, s, e in matcher(doc, allow_missing=True))
        assert sorted(table._fixed_matches(doc, read, texts, form_of)) == expected, text
        matched += len(expected)
    assert matched >= 5 and len(ruler.patterns) > len(table._fixed)
