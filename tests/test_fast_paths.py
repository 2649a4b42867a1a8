"""The fast paths of extraction decide what a slower, plainer reading would: each test runs the plain reading
beside the fast one on the same Docs and compares everything extraction returns.

The texts are the sample articles of ``data/`` and sentences written for these tests, one construction each
(pronouns, titles alone, descriptions, groups, sectors of a government).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.actors import coref, find_actors
from graphkit.documents import Document
from graphkit.extraction import extract

DATA = Path(__file__).resolve().parent.parent / "data"

SENTENCES = [
    "President Ana Ruiz of Peru met Chile's foreign minister in Lima. She said the talks had failed. "
    "The president left early, and he was not happy either.",
    "Norvik Energy and Q-Telco signed a deal with Kenya. The two companies said it would last. The firm later "
    "denied that. They will meet again.",
    "The Bolivian government accused Chile of spying. The government also said the ministry would respond. "
    "Both governments met on Friday.",
    "Kenyan troops attacked the rebels near the border. The group said the army had fired first. "
    "The military denied it, and the Coalition condemned both sides.",
    "The Alliance for Reform rejected the plan. The Alliance said it wanted new talks with Ecuador. "
    "Its leader, a former judge, resigned. The party will choose a new one.",
    "Ghana and Togo held talks. Both sides agreed to meet again. The pair also warned Benin. "
    "Togo's finance ministry and the Ghanaian central bank were not there; the bank said nothing.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))] + SENTENCES


def _every_handler(self, *args) -> tuple:  # the plain reading: every handler tries every noun and pronoun
    return coref.HANDLERS


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in _texts()]


def test_coref_handler_choice_changes_nothing(nlp, docs, monkeypatch):
    """The handlers ``_Takers`` leaves out for a token would have taken none of it: the actors, mentions and
    affiliations are the same when every handler is tried on every noun and pronoun."""
    fast = [find_actors(nlp(doc.text), "d") for doc in docs]
    monkeypatch.setattr(coref._Takers, "__call__", _every_handler)
    plain = [find_actors(nlp(doc.text), "d") for doc in docs]
    for a, b in zip(fast, plain):
        assert a.actors == b.actors
        assert a.mentions == b.mentions
        assert a.affiliations == b.affiliations
    assert sum(1 for f in fast for m in f.mentions if m.kind == "pronoun") >= 3  # the texts do resolve pronouns


def test_extraction_is_the_same_on_a_fresh_and_a_reread_doc(nlp, docs):
    """Per-Doc memos (kept in ``doc.user_data``) give the same extraction when a Doc is read a second time."""
    for i, doc in enumerate(docs):
        document = Document(f"d{i}", doc.text)
        first = extract(doc, document)
        again = extract(doc, document)
        fresh = extract(nlp(doc.text), document)
        assert first == again == fresh


def test_a_build_hands_frozen_objects_back_and_leaves_a_callers_freeze_alone(nlp):
    """graphkit keeps the collector off the objects alive when a build starts, only while it runs."""
    import gc

    from graphkit.nlp import iter_extractions

    from graphkit.nlp import YOUNG_THRESHOLD

    documents = [Document("a", "Peru thanked Chile."), Document("b", "Kenya warned Uganda.")]
    threshold = gc.get_threshold()
    stream = iter_extractions(nlp, documents, chunk_size=1)
    next(stream)
    assert gc.get_freeze_count() > 0  # during the build
    assert gc.get_threshold()[0] == max(threshold[0], YOUNG_THRESHOLD)
    assert [e.doc_id for e in stream] == ["b"]
    assert gc.get_freeze_count() == 0  # handed back at its end
    assert gc.get_threshold() == threshold
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert [e.doc_id for e in iter_extractions(nlp, documents)] == ["a", "b"]
        assert gc.get_freeze_count() == before  # the caller's freeze is the caller's to undo
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("text", [
    "Peru  warned\tChile.\r\nChile replied on Monday.  ",
    "\n\nHEADLINE\n\nThe talks in Geneva — the third round — ended.\u00a0Both sides left.\n",
    "Kenya's envoy said: \u201cWe will not sign.\u201d\u200b Uganda disagreed.",
])
def test_parsed_text_stands_for_the_doc_text(nlp, text):
    """``extract_chunk`` hands each Doc the text it parsed (``known_text``) instead of joining its tokens: the
    tokenizer must lose nothing, whatever the whitespace, and the extraction must be the one of a plain Doc."""
    from graphkit.nlp import extract_chunk
    from graphkit.syntax import doc_text

    (doc,) = nlp.pipe([text])
    assert doc.text == text
    plain = nlp(text)
    assert doc_text(plain) == text
    ((chunked,),) = extract_chunk(nlp, [Document("d", text)])
    assert chunked == extract(plain, Document("d", text))
