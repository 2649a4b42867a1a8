"""Negation and modality of an action word: did it happen, might it, or does someone say it did.

* :func:`negated`: "did not invite", "no talks", "refused to sign", "refrained from attacking";
* :func:`modality`: ``hypothetical`` for a modal ("could attack"), a
  hypothetical modifier ("possible reprisals"), a condition ("if"), an
  intention ("plans to impose", "is ready to send", "a decision to"), a prospect
  ("the threat of strikes"); ``reported`` for "reportedly" on the verb or above
  it, "according to" in the sentence, and an act someone is accused or suspected
  of ("accused Chile of attacking"); ``asserted`` otherwise;
* :func:`intended`: the act is one the text only commits to ("will provide",
  "agreed to send", "is ready to contribute", "plans to impose"), and
  :func:`as_intent` gives it the category PLOVER gives a promise or a threat
  (:data:`INTENT_CATEGORIES`: a promised aid is ``agree``, an announced strike is
  ``threaten``).

The word lists are classes of ``word_classes.tsv`` (``hypothetical_modifier``,
``hypothetical_head``, ``intent_head``, ``negative_head``, ``prospect_noun``,
``reported_adverb``, ``culprit_verb``).

Examples
--------
>>> from graphkit.nlp import load_pipeline
>>> from graphkit.lexicon import load_lexicon
>>> doc = load_pipeline()("Peru could attack Chile.")
>>> modality(load_lexicon(), doc[2]), negated(load_lexicon(), doc[2])
('hypothetical', False)
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from types import MappingProxyType
from typing import Mapping

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import CONDITIONAL_MARKS, INTENT_MODALS, MODALS, PREP_DEPS, SEQUENCE_PREPS, doc_text
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Action, Modality

__all__ = ["INTENT_CATEGORIES", "as_intent", "intended", "modality", "negated"]

#: The category and quad of an act the text only commits to, by the category of the act itself: PLOVER (after
#: CAMEO's "express intent to cooperate" and "threaten") codes a promise to meet, help, back or yield as AGREE
#: and an announced use of force, sanction or protest as THREATEN. Other categories keep their own.
INTENT_CATEGORIES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "consult": ("agree", "verbal-cooperation"),
    "support": ("agree", "verbal-cooperation"),
    "cooperate": ("agree", "verbal-cooperation"),
    "aid": ("agree", "verbal-cooperation"),
    "concede": ("agree", "verbal-cooperation"),
    "retreat": ("agree", "verbal-cooperation"),
    "protest": ("threaten", "verbal-conflict"),
    "sanction": ("threaten", "verbal-conflict"),
    "mobilize": ("threaten", "verbal-conflict"),
    "coerce": ("threaten", "verbal-conflict"),
    "assault": ("threaten", "verbal-conflict"),
})

_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
#: Links through which a word inherits the modality of the word above it.
_MODAL_CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "conj"})
#: How far up that chain modality is looked for.
_MODAL_HOPS = 5
#: Links by which an act is the content of an intention ("plans to impose", "a decision to send").
_INTENT_DEPS = frozenset({"xcomp", "acl"})


def negated(lex: Lexicon, tok: Token) -> bool:
    """Whether the text says the action of ``tok`` did not or will not happen.

    A negation or "no" on the word, a negative verb above its infinitive
    ("refused to sign") or its "from" ("refrained from attacking").

    Parameters
    ----------
    lex
        The lexicon: verbs flagged ``negative`` ("refuse", "refrain") negate what they govern.
    tok
        The action word (a verb or an event noun).

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["Chile", "refused", "to", "sign", ",", "no", "talks"],
    ...           heads=[1, 1, 3, 1, 1, 6, 1], deps=["nsubj", "ROOT", "aux", "xcomp", "punct", "det", "dobj"],
    ...           lemmas=["Chile", "refuse", "to", "sign", ",", "no", "talk"])
    >>> [negated(load_lexicon(), doc[i]) for i in (1, 3, 6)]
    [False, True, True]
    """
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and (lex.has_flag(head.lemma_.lower(), "VERB", "negative")
                                or head.lemma_.lower() in lex.words("negative_head")):
        return True  # "refused to sign", "is unwilling to send"
    if tok.dep_ == "pcomp" and head.lower_ == "from" and lex.has_flag(head.head.lemma_.lower(), "VERB", "negative"):
        return True
    return False


def modality(lex: Lexicon, tok: Token) -> Modality:
    """Whether the action of ``tok`` is asserted, hypothetical or reported.

    Parameters
    ----------
    lex
        The lexicon (the word classes named in the module docstring).
    tok
        The action word; modality is also looked for up to a few heads above it
        (through ``xcomp``, objects, prepositions and conjuncts).

    Returns
    -------
    Modality
        ``"hypothetical"`` before ``"reported"`` before ``"asserted"``.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> words = ["Peru", "reportedly", "warned", "of", "the", "threat", "of", "strikes", "on", "Chile"]
    >>> doc = Doc(English().vocab, words=words, heads=[2, 2, 2, 2, 5, 3, 5, 6, 7, 8],
    ...           deps=["nsubj", "advmod", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["Peru", "reportedly", "warn", "of", "the", "threat", "of", "strike", "on", "Chile"])
    >>> modality(load_lexicon(), doc[2]), modality(load_lexicon(), doc[7])
    ('reported', 'hypothetical')
    """
    modifiers, heads = lex.words("hypothetical_modifier"), lex.words("hypothetical_head")
    node, hops = tok, 0
    while True:
        kids = list(node.children)
        if any(c.tag_ == "MD" and c.lower_ in MODALS for c in kids if c.dep_ == "aux"):
            return HYPOTHETICAL
        if any(c.dep_ == "amod" and c.lower_ in modifiers for c in kids):
            return HYPOTHETICAL
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
            return HYPOTHETICAL
        if node.dep_ in _INTENT_DEPS and node.head.lemma_.lower() in heads:
            return HYPOTHETICAL  # "plans to impose", "a decision to send"
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "of" \
                and node.head.head.lemma_.lower() in lex.words("prospect_noun"):
            return HYPOTHETICAL
        if node.dep_ not in _MODAL_CHAIN_DEPS or hops > _MODAL_HOPS or node.head is node:
            break
        node, hops = node.head, hops + 1
    if _accused_of(lex, tok):
        return REPORTED
    # "reportedly" hung on the verb or on any verb above it; "according to" anywhere in the sentence
    adverbs = lex.words("reported_adverb")
    for node in itertools.chain((tok,), tok.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in node.children):
            return REPORTED
    sent = tok.sent
    if _ACCORDING_TO.search(doc_text(tok.doc), sent.start_char, sent.end_char):
        return REPORTED
    return ASSERTED


def intended(lex: Lexicon, tok: Token) -> bool:
    """Whether the text only commits to the act of ``tok``: "will support", "would allow", "agreed to
    provide", "is ready to contribute", "plans to impose" (not "could", "might": those speculate).

    Parameters
    ----------
    lex
        The lexicon (its ``intent_head`` word class).
    tok
        The action word; intent is looked for up the same chain as :func:`modality`.

    Returns
    -------
    bool

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.lexicon import load_lexicon
    >>> promise, guess = load_pipeline().pipe(["Peru agreed to help Chile.", "Peru could attack Bolivia."])
    >>> intended(load_lexicon(), promise[3]), intended(load_lexicon(), guess[2])
    (True, False)
    """
    heads = lex.words("intent_head")
    node, hops = tok, 0
    while True:
        modals = [c.lower_ for c in node.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if modals:
            return any(m in INTENT_MODALS for m in modals)  # "could attack" speculates, whatever is above it
        if node.dep_ in _INTENT_DEPS and node.head.lemma_.lower() in heads:
            return True
        if node.dep_ not in _MODAL_CHAIN_DEPS or hops > _MODAL_HOPS or node.head is node:
            return False
        node, hops = node.head, hops + 1


def as_intent(action: Action) -> Action:
    """The action with the category and quad of a promise or a threat (:data:`INTENT_CATEGORIES`), when it
    is hypothetical and not negated; otherwise unchanged.

    Parameters
    ----------
    action
        An action read from a word :func:`intended` says the text only commits to.

    Returns
    -------
    Action

    Examples
    --------
    >>> a = Action("d1", "state:FIN", "state:TZA", "grant", "NOUN", False, HYPOTHETICAL, "aid",
    ...            "material-cooperation", "Finland will give Tanzania a grant.", 29, 34, "light-verb.verb-target")
    >>> as_intent(a).category, as_intent(a).quad, as_intent(dataclasses.replace(a, negated=True)).category
    ('agree', 'verbal-cooperation', 'aid')
    """
    promised = INTENT_CATEGORIES.get(action.category)
    if promised is None or action.negated or action.modality != HYPOTHETICAL:
        return action
    return dataclasses.replace(action, category=promised[0], quad=promised[1])


def _accused_of(lex: Lexicon, tok: Token) -> bool:
    """"accused Chile of attacking", "Chile was charged with the killing": an act someone is only accused or
    suspected of (a ``culprit_verb`` of value ``reported``)."""
    node = tok
    for _ in range(2):  # the gerund or event noun, then (through a noun of judgement) one level up
        prep = node.head
        if node.dep_ not in ("pcomp", "pobj") or prep.dep_ not in PREP_DEPS or prep.lower_ in SEQUENCE_PREPS:
            return False  # "arrested after shooting X" asserts the shooting
        gov = prep.head
        if lex.word_value("culprit_verb", gov.lemma_.lower()) == REPORTED:
            return True
        if gov.lemma_.lower() not in lex.words("culprit_noun"):
            return False
        node = gov
    return False
