"""Negation and modality of an action word: did it happen, might it, or does someone say it did.

* :func:`negated`: "did not invite", "no talks", "refused to sign", "refrained from attacking";
* :func:`modality`: ``hypothetical`` for a modal ("could attack"), a
  hypothetical modifier ("possible reprisals"), a condition ("if"), an
  intention ("plans to impose", "is ready to send", "a decision to"), a
  prospect ("the threat of strikes"); ``reported`` for "reportedly" on the
  verb or above it, "according to" in the sentence, an act someone is
  accused or suspected of ("accused Chile of attacking"), and reported
  speech: the complement of a verb of saying ("X said (that) Y attacked Z",
  "Y attacked Z, X said", "..., says X"), a parenthetical "X said" hung on
  the clause, a passive "Y is alleged to have attacked Z" and the "that"
  clause of a noun of saying ("X's claim that ..."); ``asserted`` otherwise.
  The act of saying itself is not reported: only what is said. A mandative
  complement ("insisted Y recognize Z": a bare verb with no auxiliary) is a
  demand, not a report, and stays as it was;
* :func:`intended`: the act is one the text only commits to ("will provide",
  "agreed to send", "is ready to contribute", "plans to impose"), and
  :func:`as_intent` gives it the category PLOVER gives a promise or a threat
  (:data:`INTENT_CATEGORIES`: a promised aid is ``agree``, an announced strike is
  ``threaten``).

The word lists are classes of ``word_classes.tsv`` (``hypothetical_modifier``,
``hypothetical_head``, ``intent_head``, ``negative_head``, ``prospect_noun``,
``reported_adverb``, ``culprit_verb``, ``reporting_verb``, ``reporting_noun``).

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
import re
from types import MappingProxyType
from typing import Mapping

from spacy.tokens import Token

from ..lemmas import lemma_of, lower_lemmas
from ..lexicon import Lexicon
from ..syntax import (AUX_DEPS, COMPLEMENT_DEPS, CONDITIONAL_MARKS, INTENT_MODALS, MODALS, PASSIVE_DEPS, PREP_DEPS,
                      SEQUENCE_PREPS, SUBJECT_DEPS, dependency_tree, doc_text, fine_tags, lower_forms, token_offsets)
from ..sentences import sentence_bounds
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Action, Modality

__all__ = ["INTENT_CATEGORIES", "as_intent", "intended", "modality", "negated", "reported_speech"]

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
# where _according_to keeps, per sentence of a Doc, whether it says "according to"
_ACCORDING_KEY = "graphkit.according_to"
#: Links through which a word inherits the modality of the word above it.
_MODAL_CHAIN_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "conj"})
#: How far up that chain modality is looked for.
_MODAL_HOPS = 5
#: Links from what is said to the verb of saying above it ("said [that] Y attacked Z"; "Y attacked Z, X said").
_SAID_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
#: Links by which a parenthetical "X said" hangs on the clause it reports ("Y attacked Z, X said" parsed the other way).
_ASIDE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "acl"})
#: Finite verb tags: an aside is a finite "X said", never a participle phrase ("..., claiming self-defence").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Quotation marks, by tag and by text.
_QUOTE_TAGS = frozenset({"``", "''"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: Singular noun tags: no present tense without "-s" follows them.
_SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
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
    doc = tok.doc
    deps, heads, children = dependency_tree(doc)
    forms = lower_forms(doc)
    i = tok.i
    if any(deps[c] == "neg" or (deps[c] == "det" and forms[c] == "no") for c in children[i]):
        return True
    dep = deps[i]
    if dep == "xcomp":
        head = lower_lemmas(doc)[heads[i]]
        return lex.has_flag(head, "VERB", "negative") or head in lex.words("negative_head")  # "refused to sign"
    if dep == "pcomp" and forms[heads[i]] == "from":
        return lex.has_flag(lower_lemmas(doc)[heads[heads[i]]], "VERB", "negative")  # "refrained from attacking"
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
    doc = tok.doc
    deps, up, children = dependency_tree(doc)
    forms, tags, lemmas = lower_forms(doc), fine_tags(doc), lower_lemmas(doc)
    node, hops = tok.i, 0  # the chain is walked by index: no Token objects for the words it only looks at
    while True:
        kids = children[node]
        dep, head = deps[node], up[node]
        for c in kids:
            kind = deps[c]
            if (kind == "aux" and tags[c] == "MD" and forms[c] in MODALS) or (kind == "amod" and forms[c] in modifiers) \
                    or (kind == "mark" and forms[c] in CONDITIONAL_MARKS):
                return HYPOTHETICAL
        if dep == "ccomp" and _mandative(doc[node]):
            return HYPOTHETICAL  # what a demand asks for has not happened: "insisted that Y withdraw"
        if dep in _INTENT_DEPS and lemmas[head] in heads:
            return HYPOTHETICAL  # "plans to impose", "a decision to send"
        if dep == "ccomp" and lemmas[head] in heads and any(deps[c] == "aux" and forms[c] == "to" for c in kids):
            return HYPOTHETICAL  # "wants Chile to attack X": what is wanted of another has not happened
        if dep == "pobj" and deps[head] == "prep" and forms[head] == "of" \
                and lemmas[up[head]] in lex.words("prospect_noun"):
            return HYPOTHETICAL
        if dep not in _MODAL_CHAIN_DEPS or hops > _MODAL_HOPS or head == node:
            break
        node, hops = head, hops + 1
    if _accused_of(lex, tok):
        return REPORTED
    # "reportedly" hung on the verb or on any verb above it; "according to" anywhere in the sentence
    adverbs = lex.words("reported_adverb")
    node = tok.i
    for _ in range(len(deps) + 1):  # the word and its ancestors (as many as Token.ancestors gives at most)
        if any(deps[c] == "advmod" and forms[c] in adverbs for c in children[node]):
            return REPORTED
        if up[node] == node:
            break
        node = up[node]
    if _according_to(tok):
        return REPORTED
    if reported_speech(lex, tok):
        return REPORTED
    return ASSERTED


def _according_to(tok: Token) -> bool:
    """Whether "according to" is written in the sentence of ``tok``: searched once per sentence of a Doc (every
    action word of the sentence asks)."""
    doc = tok.doc
    which, starts, ends = sentence_bounds(doc)
    sent = which[tok.i]
    found = doc.user_data.setdefault(_ACCORDING_KEY, {})
    if sent not in found:
        first, after = token_offsets(doc)
        found[sent] = _ACCORDING_TO.search(doc_text(doc), first[starts[sent]], after[ends[sent] - 1]) is not None
    return found[sent]


def reported_speech(lex: Lexicon, tok: Token) -> bool:
    """Whether the action of ``tok`` is what someone is said to have said.

    The action word or a word above it is the complement of a verb of saying
    ("The minister said Y attacked Z", "Y attacked Z, the minister said",
    "..., says the minister"), carries a parenthetical "X said" as an aside,
    is the infinitive of a passive verb of saying ("Y is alleged to have
    attacked Z") or the "that" clause of a noun of saying ("X's claim that Y
    attacked Z"). A mandative complement ("insisted that Y recognize Z") is a
    demand, not a report.

    Parameters
    ----------
    lex
        The lexicon: classes ``reporting_verb`` and ``reporting_noun``.
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
    >>> words = ["Peru", "attacked", "Chile", ",", "Bolivia", "said", "."]
    >>> doc = Doc(English().vocab, words=words, heads=[1, 5, 1, 5, 5, 5, 5],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
    ...           tags=["NNP", "VBD", "NNP", ",", "NNP", "VBD", "."],
    ...           lemmas=["Peru", "attack", "Chile", ",", "Bolivia", "say", "."])
    >>> reported_speech(load_lexicon(), doc[1]), reported_speech(load_lexicon(), doc[5])
    (True, False)
    """
    verbs, nouns = lex.words("reporting_verb"), lex.words("reporting_noun")
    doc = tok.doc
    deps, up, children = dependency_tree(doc)
    forms, tags, lemmas = lower_forms(doc), fine_tags(doc), lower_lemmas(doc)
    node = tok.i  # walked by index: Token objects only for the words a test below needs whole
    while True:
        head = up[node]
        # an aside is an npadvmod, or a verb of saying under one of _ASIDE_DEPS (_is_aside)
        if any(_is_aside(verbs, doc[c]) for c in children[node]
               if deps[c] == "npadvmod" or (deps[c] in _ASIDE_DEPS and lemmas[c] in verbs)):
            return True
        if head == node:  # the root
            break
        dep = deps[node]
        if dep == "conj" and tags[node] in _FINITE_TAGS and _second_verb_of_speaker(doc[node]):
            node = up[head]  # the speaker's own second verb: not what the speaker says
            continue
        said = lemmas[head]
        if dep in _SAID_CLAUSE_DEPS and said in verbs and not _mandative(doc[node]) \
                and not (_quoted(doc[head]) and not _quoted(doc[node])):
            return True  # (a verb of saying inside a quotation frames nothing outside it)
        # "Y is said / alleged / reported to have attacked Z"
        if dep == "xcomp" and said in verbs and any(deps[c] in PASSIVE_DEPS for c in children[head]):
            return True
        if dep == "acl" and said in nouns and any(deps[c] == "mark" and forms[c] == "that" for c in children[node]):
            return True
        node = head
    return False


def _second_verb_of_speaker(tok: Token) -> bool:
    """A verb the parser hung on a passive complement that cannot share its voice: the speaker's own second verb.

    "X denied that the vote was rigged and accused Y": an active finite
    "accused", with no subject of its own, cannot be a conjunct of "was
    rigged"; it is the second verb of X, as the action reader takes it too.
    """
    head = tok.head
    return tok.dep_ == "conj" and tok.tag_ in _FINITE_TAGS and head.dep_ in _SAID_CLAUSE_DEPS \
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in head.children)


def _is_aside(verbs: frozenset[str], tok: Token) -> bool:
    """A parenthetical "X said" hung on a clause: a finite verb of saying with no clause of its own."""
    if tok.dep_ == "npadvmod":
        # "Y attacked Z, officials alleged": the parser may take "officials" for a modifier, "alleged" for its clause
        return any(c.dep_ == "acl" and lemma_of(c).lower() in verbs and _bare_saying(c) for c in tok.children)
    return tok.dep_ in _ASIDE_DEPS and lemma_of(tok).lower() in verbs and tok.tag_ in _FINITE_TAGS \
        and any(c.dep_ in SUBJECT_DEPS for c in tok.children) and _bare_saying(tok) and _set_off(tok)


def _set_off(tok: Token) -> bool:
    """Whether the phrase of ``tok`` follows punctuation ("..., the minister said"), not a word ("said he told")."""
    first = tok.left_edge.i
    return tok.doc[first].is_punct or (first > 0 and tok.doc[first - 1].is_punct)


def _bare_saying(tok: Token) -> bool:
    """A verb of saying with no complement clause and no subordinator ("after he said so" is no aside)."""
    return not any(c.dep_ in COMPLEMENT_DEPS or c.dep_ == "mark" for c in tok.children)


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks: an odd number of them open its sentence before it."""
    return sum(1 for t in tok.sent if t.i < tok.i and (t.tag_ in _QUOTE_TAGS or t.text in _QUOTE_MARKS)) % 2 == 1


def _mandative(tok: Token) -> bool:
    """A bare verb with no auxiliary: the subjunctive of a demand ("insisted Serbia recognize Kosovo").

    The tagger often takes that bare verb for a present tense; after a singular
    noun it cannot be one ("Serbia recognizes"), so it is the subjunctive too.
    """
    if any(c.dep_ in AUX_DEPS for c in tok.children):
        return False
    if tok.tag_ == "VB":
        return True
    return tok.tag_ == "VBP" and any(c.dep_ in SUBJECT_DEPS and c.tag_ in _SINGULAR_NOUN_TAGS for c in tok.children)


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
    doc = tok.doc
    deps, up, children = dependency_tree(doc)
    forms, tags, lemmas = lower_forms(doc), fine_tags(doc), lower_lemmas(doc)
    node, hops = tok.i, 0
    while True:
        modals = [forms[c] for c in children[node] if deps[c] == "aux" and tags[c] == "MD"]
        if modals:
            return any(m in INTENT_MODALS for m in modals)  # "could attack" speculates, whatever is above it
        if deps[node] in _INTENT_DEPS and lemmas[up[node]] in heads:
            return True
        if deps[node] not in _MODAL_CHAIN_DEPS or hops > _MODAL_HOPS or up[node] == node:
            return False
        node, hops = up[node], hops + 1


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
        if lex.word_value("culprit_verb", lemma_of(gov).lower()) == REPORTED:
            return True
        if lemma_of(gov).lower() not in lex.words("culprit_noun"):
            return False
        node = gov
    return False
