"""Negation and modality of an action word: did it happen, might it, or does someone say it did.

* :func:`negated`: "did not invite", "no talks", "refused to sign", "refrained from attacking";
* :func:`modality`: ``hypothetical`` for a modal ("could attack"), a
  hypothetical modifier ("possible reprisals"), a condition ("if"), an
  intention ("plans to impose"), a prospect ("the threat of strikes");
  ``reported`` for "reportedly" on the verb or above it and "according to"
  in the sentence; ``asserted`` otherwise.

The word lists are classes of ``word_classes.tsv`` (``hypothetical_modifier``,
``hypothetical_head``, ``prospect_noun``, ``reported_adverb``).

Examples
--------
>>> from graphkit.nlp import load_pipeline
>>> from graphkit.lexicon import load_lexicon
>>> doc = load_pipeline()("Peru could attack Chile.")
>>> modality(load_lexicon(), doc[2]), negated(load_lexicon(), doc[2])
('hypothetical', False)
"""
from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from ..lemmas import lemma_of
from ..lexicon import Lexicon
from ..syntax import CONDITIONAL_MARKS, MODALS, doc_text
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Modality

__all__ = ["modality", "negated"]

_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
#: Links through which a word inherits the modality of the word above it.
_MODAL_CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "conj"})
#: How far up that chain modality is looked for.
_MODAL_HOPS = 5


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
    if tok.dep_ == "xcomp" and lex.has_flag(lemma_of(head).lower(), "VERB", "negative"):
        return True
    if tok.dep_ == "pcomp" and head.lower_ == "from" and lex.has_flag(lemma_of(head.head).lower(), "VERB", "negative"):
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
        if node.dep_ == "xcomp" and lemma_of(node.head).lower() in heads:
            return HYPOTHETICAL
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "of" \
                and lemma_of(node.head.head).lower() in lex.words("prospect_noun"):
            return HYPOTHETICAL
        if node.dep_ not in _MODAL_CHAIN_DEPS or hops > _MODAL_HOPS or node.head is node:
            break
        node, hops = node.head, hops + 1
    # "reportedly" hung on the verb or on any verb above it; "according to" anywhere in the sentence
    adverbs = lex.words("reported_adverb")
    for node in itertools.chain((tok,), tok.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in node.children):
            return REPORTED
    sent = tok.sent
    if _ACCORDING_TO.search(doc_text(tok.doc), sent.start_char, sent.end_char):
        return REPORTED
    return ASSERTED
