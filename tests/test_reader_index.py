"""The shortcuts of :class:`graphkit.actions.reader.ActionReader` give what the full reading gives.

The reader reads labels, forms and children by token index and skips a head
that has nothing a rule would follow; these tests read every token of
sentences written for the constructions the shortcuts must not miss, with
the shortcuts on and off.
"""
from __future__ import annotations

import pytest

from graphkit.actions.reader import (SOURCE_PREPS, TARGET_PREPS, VERB_TARGET_PREPS, ActionReader)
from graphkit.actors import find_actors
from graphkit.lexicon import load_lexicon

SENTENCES = [
    "Kenya spoke with Ethiopia and with Somalia about the raids by Eritrean troops.",
    "The assassination in 1914 of Archduke Ferdinand by Serbian nationalists led to war against Serbia.",
    "Chile gave Peru a loan, and Bolivia sent aid to Paraguay and to Uruguay.",
    "Talks between Greece and Turkey collapsed after Turkish strikes on Greek ports.",
    "The US-led coalition, forces loyal to Haftar and dozens of Libyan soldiers fought against Egypt.",
]


class _FullReader(ActionReader):
    """A reader that never skips a head: every preposition is read in full."""

    def _may_have_prep_objects(self, i: int, preps: frozenset[str]) -> bool:
        return True


@pytest.mark.parametrize("text", SENTENCES)
def test_shortcuts_read_as_the_full_reading(nlp, text):
    doc = nlp(text)
    actors = find_actors(doc)
    fast, full = ActionReader(doc, actors, load_lexicon()), _FullReader(doc, actors, load_lexicon())
    for tok in doc:
        assert fast._conjuncts(tok) == tok.conjuncts
        assert [doc[i] for i in fast._children(tok.i)] == list(tok.children)
        for preps in (TARGET_PREPS, SOURCE_PREPS, VERB_TARGET_PREPS, frozenset({"of"})):
            assert fast.prep_objects(tok, preps) == full.prep_objects(tok, preps), (tok.text, sorted(preps))
        assert fast.refers(tok) == full.refers(tok)
    assert fast.sectors == full.sectors
    assert fast.positions("against") == tuple(t.i for t in doc if t.lower_ == "against")
    assert fast.labels == [t.dep_ for t in doc]
