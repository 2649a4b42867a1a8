"""The sentence index answers ``tok.sent`` and ``span.sent`` exactly as spaCy's own scan does."""
from __future__ import annotations

from spacy.tokens import Span

from graphkit.sentences import index_sentences, sentence_bounds
from graphkit.syntax import coarse_tags

TEXT = ("Kenya warns Uganda\nOfficials met on Monday. Peru thanked Chile!\n\n"
        "The talks ended, the minister said. \"We agreed,\" he added.")


def test_hooked_sentences_are_spacys(nlp):
    doc = nlp(TEXT)
    tokens = [(t.sent.start, t.sent.end) for t in doc]
    spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a in range(len(doc)) for b in (a, a + 1, a + 3)
             if b <= len(doc)]
    ents = [(e.sent.start, e.sent.end) for e in doc.ents]
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks
    assert [(t.sent.start, t.sent.end) for t in doc] == tokens
    assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a in range(len(doc)) for b in (a, a + 1, a + 3)
            if b <= len(doc)] == spans
    assert [(e.sent.start, e.sent.end) for e in doc.ents] == ents
    which, starts, ends = sentence_bounds(doc)
    assert [(s.start, s.end) for s in doc.sents] == list(zip(starts, ends))
    assert all(starts[which[t.i]] <= t.i < ends[which[t.i]] for t in doc)
    assert isinstance(doc[3].sent, Span) and doc[3].sent is not doc[3].sent  # a new Span each time, as spaCy's


def test_a_doc_made_from_a_span_gets_its_own_index(nlp):
    doc = nlp(TEXT)
    index_sentences(doc)
    part = doc[4:].as_doc()  # shares the hooks
    assert [(t.sent.start, t.sent.end) for t in part] == [(s.start, s.end) for s in part.sents for _ in s]


def test_a_doc_without_sentences_is_left_alone():
    from spacy.lang.en import English

    doc = English()("Peru thanked Chile.")
    index_sentences(doc)
    assert not doc.user_token_hooks and not doc.user_span_hooks


def test_coarse_tags_are_the_tokens_own(nlp):
    doc = nlp(TEXT)
    assert coarse_tags(doc) == [t.pos_ for t in doc]


def test_per_doc_columns_are_the_tokens_own(nlp):
    from graphkit.lemmas import lemma_of, lower_lemmas
    from graphkit.syntax import lower_forms, token_offsets, words_text

    doc = nlp(TEXT)
    assert lower_forms(doc) == [t.lower_ for t in doc]
    starts, ends = token_offsets(doc)
    assert [(s, e) for s, e in zip(starts, ends)] == [(t.idx, t.idx + len(t)) for t in doc]
    assert all(words_text(doc, a, b) == doc[a:b].text for a in range(len(doc)) for b in range(a + 1, min(a + 5, len(doc) + 1)))
    fresh = nlp(TEXT)  # lemmas read off the arrays equal the ones asked token by token
    assert lower_lemmas(fresh) == [lemma_of(t).lower() for t in doc]
