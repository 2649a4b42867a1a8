"""The per-Doc arrays the verb rules read instead of Token objects answer as the Tokens do."""
from __future__ import annotations

from graphkit.lemmas import lemma_of, lower_lemma, lower_lemmas
from graphkit.syntax import dependency_tree, fine_tags

TEXT = ("Russia, which had warned Kyiv, was accused by Poland of shelling up to 40 villages. "
        "Chile and Peru agreed to hand over the prisoners, the minister said.\n\nTalks resume Monday.")


def test_dependency_tree_and_tags_are_the_tokens(nlp):
    doc = nlp(TEXT)
    deps, heads, children = dependency_tree(doc)
    assert deps == [t.dep_ for t in doc]
    assert heads == [t.head.i for t in doc]
    assert [list(c) for c in children] == [[c.i for c in t.children] for t in doc]  # spaCy's order
    assert fine_tags(doc) == [t.tag_ for t in doc]
    assert dependency_tree(doc) is dependency_tree(doc)  # read once per Doc


def test_lemmas_read_after_lower_lemmas_are_the_lemmatizers(nlp):
    fresh, doc = nlp(TEXT), nlp(TEXT)
    lowered = lower_lemmas(doc)
    assert [lower_lemma(t) for t in doc] == lowered == [lemma_of(t).lower() for t in fresh]
    assert [lemma_of(t) for t in doc] == [lemma_of(t) for t in fresh]
    assert all(t.lemma_ for t in doc)  # each lemma asked is written to its token, as before
