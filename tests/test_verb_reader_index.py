"""The readings of the verb reader made by token index give what the plain Token readings give.

:class:`~graphkit.actions.reader.ActionReader` reads children, labels, tags and lemmas off the Doc's arrays
(the slot of an argument, force, reciprocal objects, passives, leaders, partners, participles, sentence
starts), and :func:`~graphkit.actions.verbs.read_verb` reads a verb's modality only once it makes an action.
A plain reader here keeps the Token readings these replaced; both read every token of sentences written for
the constructions concerned.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Token

from graphkit.actions import mood
from graphkit.actions.reader import (ACT_SLOTS, EVENT_REACH, FORCE_CATEGORIES, FORCE_SLOTS, TARGET_PREPS,
                                     ActionReader, uniq)
from graphkit.actions.verbs import read_verb
from graphkit.actors import find_actors
from graphkit.lemmas import lemma_of
from graphkit.lexicon import load_lexicon
from graphkit.syntax import AUX_DEPS, NOUN_POS, OBJECT_DEPS, PASSIVE_DEPS, RECIPROCAL_WORDS

SENTENCES = [
    "The US-led coalition and forces loyal to the Moroccan king shelled Algerian border posts on Sunday.",
    "Peru, as part of NATO, is committed to defending Chile, and Chile works as a member of the alliance.",
    "Kenya and Uganda fought each other, then traded accusations against one another over the raids.",
    "Sanctions imposed by Ottawa were condemned by Beijing, and a campaign targeting Chilean ports began.",
    "Bolivia opened fire on Paraguayan positions, and strikes on Argentine bases followed.",
    "The Russian attack killed three Ukrainians. Poland condemned the attack. Lithuania said nothing. "
    "Latvia met Estonia. Finland met Sweden. Norway denounced the attack.",
    "Germany said Serbia must recognize Kosovo, and Greece will not back the French-led mission.",
]

_LED, _LOYAL, _WHOLE = frozenset({"lead"}), frozenset({"loyal"}), frozenset({"part", "member"})
_LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj"})


class _PlainReader(ActionReader):
    """The reader with the Token readings that the index readings replaced."""

    def _children(self, i: int) -> tuple[int, ...]:
        return tuple(c.i for c in self.doc[i].children)

    def _conjuncts(self, tok: Token) -> tuple[Token, ...]:
        return tok.conjuncts

    def refers(self, tok: Token, *, acts: bool | None = None, things: bool | None = None) -> list[str]:
        if acts is None or things is None:
            slot = tok
            while slot.dep_ == "conj" and slot.head.i != slot.i:
                slot = slot.head
            if acts is None:
                acts = slot.dep_ in ACT_SLOTS
            if things is None:
                governor = slot.head.head if slot.dep_ == "pobj" else slot.head
                things = slot.dep_ in FORCE_SLOTS and self.is_force(governor)
        return super().refers(tok, acts=acts, things=things)

    def is_force(self, head: Token) -> bool:
        lex = self.lex
        if head.pos_ in NOUN_POS:
            return lex.classify(lemma_of(head).lower(), "NOUN")[0] in FORCE_CATEGORIES
        return lex.classify(lemma_of(head).lower(), "VERB")[0] in FORCE_CATEGORIES or any(
            c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN" and lex.is_event_noun(lemma_of(c).lower())
            and lex.classify(lemma_of(c).lower(), "NOUN")[0] in FORCE_CATEGORIES for c in head.children)

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in PASSIVE_DEPS for c in verb.children)

    def is_reciprocal_object(self, head: Token, preps: frozenset[str]) -> bool:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                if any(p.dep_ == "pobj" and p.lower_ in RECIPROCAL_WORDS for p in c.children):
                    return True
        return any(c.dep_ == "dobj" and c.lower_ in RECIPROCAL_WORDS for c in head.children)

    def _leaders(self, noun: Token) -> list[str]:
        led = uniq(k for p in noun.children if p.dep_ == "amod" and p.tag_ == "VBN" and lemma_of(p).lower() in _LED
                   for c in p.children if c.dep_ in _LEADER_DEPS and c.i < p.i for k in self.actors.of(c))
        return led or uniq(k for a in noun.children if a.dep_ == "amod" and a.i > noun.i and a.lower_ in _LOYAL
                           for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                           for o in p.children if o.dep_ == "pobj" for k in self.np(o))

    def partners(self, verb: Token) -> list[str]:
        heads = [verb, *(a for a in verb.children if a.dep_ in AUX_DEPS)]
        return uniq(k for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
                    for n in p.children if n.dep_ == "pobj" and lemma_of(n).lower() in _WHOLE
                    for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
                    for o in q.children if o.dep_ == "pobj" for t in (o, *o.conjuncts) for k in self.actors.of(t))

    def participle_agents(self, noun: Token) -> list[str]:
        return [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for k in self.prep_objects(c, frozenset({"by"}))]

    def participle_objects(self, noun: Token, *, verbs_only: bool = True) -> list[str]:
        return [k for c in noun.children if c.dep_ == "acl" and (c.pos_ == "VERB" or not verbs_only)
                for o in c.children if o.dep_ == "dobj" for k in self.refers(o, things=True)
                if self.actors.of(o) or k not in self.participle_agents(o)]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in SENTENCES]


def test_index_readings_read_as_the_token_readings(docs):
    lex = load_lexicon()
    for doc in docs:
        actors = find_actors(doc)
        fast, plain = ActionReader(doc, actors, lex), _PlainReader(doc, actors, lex)
        for tok in doc:
            assert fast._conjuncts(tok) == tok.conjuncts
            assert tuple(fast._children(tok.i)) == plain._children(tok.i)
            assert fast.is_force(tok) == plain.is_force(tok), tok.text
            assert fast.is_passive(tok) == plain.is_passive(tok), tok.text
            assert fast.is_reciprocal_object(tok, TARGET_PREPS) == plain.is_reciprocal_object(tok, TARGET_PREPS)
            assert fast._leaders(tok) == plain._leaders(tok), tok.text
            assert fast.partners(tok) == plain.partners(tok), tok.text
            assert fast.participle_agents(tok) == plain.participle_agents(tok), tok.text
            for verbs_only in (True, False):
                assert fast.participle_objects(tok, verbs_only=verbs_only) \
                    == plain.participle_objects(tok, verbs_only=verbs_only), tok.text
            assert fast.refers(tok) == plain.refers(tok), tok.text
            assert fast.subjects(tok) == plain.subjects(tok), tok.text
        assert fast.sectors == plain.sectors


def test_the_sentences_hold_the_constructions(docs):
    """The sentences do exercise the readings compared above (else the comparison proves nothing)."""
    lex = load_lexicon()
    found = {"leader": 0, "loyal": 0, "partner": 0, "reciprocal": 0, "force": 0, "participle": 0, "passive": 0}
    for doc in docs:
        r = ActionReader(doc, find_actors(doc), lex)
        for tok in doc:
            led = r._leaders(tok)
            found["leader"] += bool(led) and tok.lower_ == "coalition"
            found["loyal"] += bool(led) and tok.lower_ == "forces"
            found["partner"] += bool(r.partners(tok))
            found["reciprocal"] += r.is_reciprocal_object(tok, TARGET_PREPS)
            found["force"] += r.is_force(tok)
            found["participle"] += bool(r.participle_agents(tok) or r.participle_objects(tok))
            found["passive"] += r.is_passive(tok)
    assert all(found.values()), found


def test_sentence_starts_read_as_the_sentences_do(docs):
    """The sentence starts ``remember`` and ``recalled_author`` read off the index are those of ``tok.sent``
    and ``doc.sents``: an act is recalled from EVENT_REACH sentences back, not from one more."""
    doc, lex = docs[5], load_lexicon()
    starts = [s.start for s in doc.sents]
    assert len(starts) > EVENT_REACH + 1
    attacks = [t for t in doc if t.lower_ == "attack"]
    assert len(attacks) == 3
    for tok in attacks:
        first = [s for s in starts if s <= tok.sent.start][-EVENT_REACH:][0]
        for start in starts:
            r = ActionReader(doc, find_actors(doc), lex)
            r.events = [(start, "attack", "material-conflict", ("state:XKX",))]
            assert r.recalled_author(tok, []) == (["state:XKX"] if start >= first else []), (tok.i, start)
    for tok in doc:
        r = ActionReader(doc, find_actors(doc), lex)
        r.remember(tok, "attack", "NOUN", ["state:XKX"])
        assert r.events == [(tok.sent.start, "attack", "material-conflict", ("state:XKX",))]


def test_modality_read_late_is_the_verbs_own(docs):
    """A verb's modality, read only once it makes an action, is what :func:`mood.modality` says of it."""
    lex = load_lexicon()
    made = 0
    for doc in docs:
        r = ActionReader(doc, find_actors(doc), lex)
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in AUX_DEPS:
                for action in read_verb(r, tok):
                    if action.start_char == tok.idx:  # the verb's own action, not its event noun's
                        made += 1
                        assert action.modality == mood.modality(lex, tok), (tok.text, action.rule)
    assert made >= 5
