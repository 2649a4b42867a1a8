"""Event-noun constructions: "an Ethiopian attack on Eritrea", "talks between Kenya and Ethiopia".

:func:`read_noun` reads an event noun of ``action_classes.tsv`` that no light
verb took: its authors are the actors modifying it ("Ethiopian",
"Eritrea's"), its by/from phrase ("retaliation from Chile") or the agent of a
participle ("sanctions imposed by Ottawa"); whom it is aimed at comes from
the rules below. Each rule is one small function; the name it is
registered under is the ``rule`` of the actions it finds.

=======================  ============================================================
rule                     construction
=======================  ============================================================
noun.between             "Talks between Serbia and Kosovo collapsed" (both directions)
noun.compound-pair       "Indian and Pakistani talks resumed"
noun.prep-target         "a Russian attack on Ukrainian power plants"
noun.of-target           "the Russian invasion of Ukraine" (force: "of" is the one acted on)
noun.participle-object   "retaliation from Syria targeting Turkish bases"
noun.under               "while under attack from Peru": the clause's subject is the target
noun.clause-subject      "Spain raised the issue during talks with Morocco": the clause's subject acts
noun.mutual              "Serbia and Kosovo signed an agreement"
noun.reaction            "fired a missile, drawing condemnation from Japan"
noun.reciprocal          "Raids by Ethiopia and Eritrea against each other continued"
=======================  ============================================================
"""
from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Token

from ..lemmas import lemma_of
from ..syntax import RELATIVE_PRONOUNS, VERB_POS
from . import mood
from .reader import SOURCE_PREPS, TARGET_PREPS, ActionReader, Targets, uniq, verb_lemma
from .records import ASSERTED, Action

__all__ = ["NOUN_TARGET_RULES", "read_noun"]

#: Event nouns whose "of" names the one acted on ("the killing of X", "invasion of Y").
OF_TARGET_CATEGORIES = frozenset({"assault", "coerce", "sanction"})
#: Prepositions that name an act only to say it did not happen ("struck without warning").
NO_EVENT_PREPS = frozenset({"without", "despite"})


def read_noun(r: ActionReader, noun: Token) -> Iterator[Action]:
    """Every action an event noun states.

    Its sources are the actors modifying it, its by/from phrase or a
    participle's agent, else (under a preposition) the subject of the
    clause; its targets come from :data:`NOUN_TARGET_RULES`, or from the
    constructions of the module docstring's table.

    Parameters
    ----------
    r
        The reader of the document.
    noun
        An event noun (a NOUN row flagged ``event``) that names no actor itself.

    Yields
    ------
    Action
        With ``pos`` ``"NOUN"`` and the noun's lemma as ``action``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Talks between Serbia and Kosovo collapsed after a Serbian raid on Kosovo.")
    >>> r = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> [(a.source, a.action, a.target, a.rule) for a in read_noun(r, doc[0])]  # doctest: +NORMALIZE_WHITESPACE
    [('state:SRB', 'talk', 'state:XKX', 'noun.between'),
     ('state:XKX', 'talk', 'state:SRB', 'noun.between')]
    >>> [(a.source, a.target, a.rule) for a in read_noun(r, doc[9])]
    [('state:SRB', 'state:XKX', 'noun.prep-target')]
    """
    lex = r.lex
    lemma = lemma_of(noun).lower()
    if r.np(noun):
        return  # the noun itself names an actor
    if noun.dep_ == "pobj" and noun.head.lower_ in NO_EVENT_PREPS:
        return  # "struck without warning": an act named only to say it did not happen
    reciprocal = lex.has_flag(lemma, "NOUN", "reciprocal")
    sources = uniq(r.owners(noun) + r.prep_objects(noun, SOURCE_PREPS) + r.participle_agents(noun))
    negated = mood.negated(lex, noun)
    modality = mood.modality(lex, noun)

    if reciprocal:
        between = r.prep_objects(noun, frozenset({"between"}))
        if len(between) >= 2:
            yield from r.pairs(noun, lemma, "NOUN", between, negated, modality, "noun.between")
            return
        if len(sources) >= 2 and not r.prep_objects(noun, TARGET_PREPS):
            yield from r.pairs(noun, lemma, "NOUN", sources, negated, modality, "noun.compound-pair")
            return

    targets = Targets()
    for rule in NOUN_TARGET_RULES:
        targets.add_named(rule(r, noun))
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "under":
        # "under attack from Eritrea": the one under it is the clause's subject.
        verb = head.head
        while verb.pos_ not in VERB_POS and verb.head is not verb:
            verb = verb.head
        under = [k for k in r.subjects(verb) if k not in sources]
        if under:
            targets = Targets()
            targets.add(under, "noun.under")
    elif not sources:
        verb = _clause_verb(r, noun, reciprocal)
        if verb is not None:
            sources = r.subjects(verb)
            negated = negated or mood.negated(lex, verb)
            if modality == ASSERTED:
                modality = mood.modality(lex, verb)
            targets = _renamed(targets, "noun.clause-subject")
        if reciprocal and len(sources) >= 2 and not targets:
            yield from r.pairs(noun, lemma, "NOUN", sources, negated, modality, "noun.mutual")
            return
    if not targets and noun.dep_ == "dobj" and lemma_of(head).lower() in lex.words("causative_verb"):
        sources = sources or r.prep_objects(head, frozenset({"from"}))
        targets = Targets()
        if sources:
            targets.add((k for k in _causes(r, head, sources) if k not in sources), "noun.reaction")
    if r.is_reciprocal_object(noun, TARGET_PREPS):
        yield from r.pairs(noun, lemma, "NOUN", sources, negated, modality, "noun.reciprocal")
        return
    yield from r.make(noun, lemma, "NOUN", sources, targets, negated, modality)


def prep_target(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"an attack on X", "support for X", "talks with X".

    Parameters
    ----------
    r
        The reader.
    noun
        The event noun; its prepositions of :data:`~graphkit.actions.reader.TARGET_PREPS` are followed.

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.prep-target")`` per actor found.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["an", "attack", "on", "Ukraine"], heads=[1, 1, 1, 2],
    ...                        deps=["det", "ROOT", "prep", "pobj"])
    >>> prep_target(ActionReader(doc, DocActors("d1", token_actors={3: ("state:UKR",)}), load_lexicon()), doc[1])
    [('state:UKR', 'noun.prep-target')]
    """
    return [(k, "noun.prep-target") for k in r.prep_objects(noun, TARGET_PREPS)]


def of_target(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"the invasion of Ukraine", "the killing of X": for force, "of" names the one acted on.

    Parameters
    ----------
    r
        The reader (its lexicon gives the noun's category).
    noun
        The event noun.

    Returns
    -------
    list of (str, str)
        Empty unless the noun's category is one of :data:`OF_TARGET_CATEGORIES`
        ("the support of Kenya" is Kenya's).

    Examples
    --------
    >>> from graphkit.lexicon import load_lexicon
    >>> from graphkit.actors import DocActors
    >>> import spacy
    >>> words = ["invasion", "of", "Ukraine", ",", "support", "of", "Kenya"]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 0, 4, 4, 5],
    ...                        deps=["ROOT", "prep", "pobj", "punct", "ROOT", "prep", "pobj"],
    ...                        lemmas=["invasion", "of", "Ukraine", ",", "support", "of", "Kenya"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={2: ("state:UKR",), 6: ("state:KEN",)}), load_lexicon())
    >>> of_target(r, doc[0]), of_target(r, doc[4])
    ([('state:UKR', 'noun.of-target')], [])
    """
    row = r.lex.action(lemma_of(noun).lower(), "NOUN")
    if row is None or row.category not in OF_TARGET_CATEGORIES:
        return []
    return [(k, "noun.of-target") for k in r.prep_objects(noun, frozenset({"of"}))]


def participle_object(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"retaliation targeting Turkish bases": the object of a participle modifying the noun.

    Parameters
    ----------
    r
        The reader.
    noun
        The event noun the participle (tagged VERB) modifies.

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.participle-object")``: the object's actors, or whom it points at.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import Lexicon
    >>> turkey = DocActors("d1", token_actors={2: ("state:TUR",)})
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["retaliation", "targeting", "Turkish", "bases"],
    ...                        heads=[0, 0, 3, 1], deps=["ROOT", "acl", "amod", "dobj"],
    ...                        pos=["NOUN", "VERB", "ADJ", "NOUN"])
    >>> participle_object(ActionReader(doc, turkey, Lexicon()), doc[0])  # no table is read
    [('state:TUR', 'noun.participle-object')]
    """
    return [(k, "noun.participle-object") for k in r.participle_objects(noun)]


#: Rules for whom an event noun is aimed at, all asked in order.
NOUN_TARGET_RULES: tuple[Callable[[ActionReader, Token], list[tuple[str, str]]], ...] = (
    prep_target, of_target, participle_object)


def _clause_verb(r: ActionReader, noun: Token, reciprocal: bool) -> Token | None:
    """The verb whose subject performs an event noun that names no author of its own.

    Only a noun under a preposition inherits the clause's subject ("during talks with X"); a direct
    object's verb already carries the action ("sign a treaty"), except signing a mutual act
    ("Armenia and Azerbaijan signed an agreement"; attending a meeting is not: the others present need
    not be the subjects)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
        return head.head
    if noun.dep_ == "dobj" and reciprocal:
        lemma = verb_lemma(head, r.lex)
        if r.lex.classify(lemma, "VERB")[0] == "agree" and not r.lex.has_flag(lemma, "VERB", "reciprocal"):
            return head
    return None


def _causes(r: ActionReader, verb: Token, sources: list[str]) -> list[str]:
    """Who caused a reaction ("tested a missile, prompting criticism from Australia"); "a step that earned
    criticism": the author of the act the relative clause is about."""
    causes = r.subjects(verb)
    if not causes:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        cause = subj[0].head.head if subj and subj[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else None
        if cause is not None and r.is_act(cause):
            causes = r.authors(cause) or r.recalled_author(cause, sources)
    return causes


def _renamed(targets: Targets, rule: str) -> Targets:
    """The same targets, found by ``rule`` (the construction that gave their source)."""
    out = Targets()
    out.add(targets.keys(), rule)
    return out
