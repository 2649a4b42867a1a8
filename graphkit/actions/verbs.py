"""Verb constructions: who did what to whom, read from a verb and its dependents.

:func:`read_verb` finds who performs a verb (its subject, the agent of a
passive, a subject inherited through control, coordination or participles:
:meth:`~graphkit.actions.reader.ActionReader.subjects`), then asks the rules
below, in order, whom it is aimed at. Each rule is one small function; the
name it is registered under is the ``rule`` of the actions it finds.

Light verbs with an event noun ("issued an ultimatum", "stage raids") are
read first (:data:`LIGHT_VERB_RULES`): the noun names the action.

============================  =======================================================
rule                          construction
============================  =======================================================
light-verb.event-noun         "Russia launched an attack on Ukraine": the noun's preposition
light-verb.verb-target        "Turkey issued an ultimatum to Syria": the verb's preposition or indirect object
light-verb.participle-object  "Iran launched strikes targeting Israeli bases"
light-verb.reciprocal         "launched strikes against each other"
light-verb.mutual             "Greece and Albania held talks"
verb.passive-agent            "Ukraine was attacked by Russia"
verb.passive-act-author       "The strikes were condemned by Albania" (the strikes' author)
verb.object                   "Germany criticized Russia"
verb.dative                   "Canada granted Haiti asylum"
verb.relative-head            "the Peruvian officials Bolivia had detained"
verb.relative-antecedent      "Britain proposed sanctions, which Russia rejected"
verb.object-owner             "Russia shelled Ukrainian ports" (force on things hits their owner)
verb.act-author               "France condemned the Russian invasion" (saying no to an act)
verb.recalled-author          "... Poland condemned the attack" (an act read before)
verb.act-aim                  "Canada reaffirmed support for Ukraine" (backing an act)
verb.object-aim               "Japan denounced the campaign against China"
verb.prep-object              "Latvia spoke with Estonia"
verb.reciprocal               "India and China negotiated", "fought each other"
verb.directive-complement     "Germany insisted Serbia recognize Kosovo"
verb.intention                "Russia threatened to attack Moldova"
verb.control-complement       "Japan asked the envoys to visit China"
============================  =======================================================
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.tokens import Token

from ..lemmas import lemma_of
from ..syntax import (AUX_DEPS, COMPLEMENT_DEPS, JUSSIVE_AUX, NOMINAL_SUBJECT_DEPS, NOUN_POS, OBJECT_DEPS,
                      OWN_ARGUMENT_DEPS, RELATIVE_PRONOUNS, VERB_POS)
from . import mood
from .reader import (NOUN_TARGET_PREPS, SOURCE_PREPS, TARGET_PREPS, VERB_TARGET_PREPS, ActionReader, Targets,
                     content_noun, uniq, verb_lemma)
from .records import ASSERTED, Action, Modality

__all__ = ["LIGHT_VERB_RULES", "VERB_FALLBACK_RULES", "VERB_TARGET_RULES", "VerbReading", "inside_object",
           "read_verb"]

#: Categories of force used on things: the owner of what is hit is the one acted on.
MATERIAL_CATEGORIES = frozenset({"assault", "coerce", "sanction"})
#: Categories of saying no to an act: aimed at the act's author.
CRITICAL_CATEGORIES = frozenset({"reject", "accuse", "protest", "threaten"})
#: Categories of backing an act: aimed where the act points, else at its author.
SUPPORTIVE_CATEGORIES = frozenset({"support", "agree", "cooperate"})
#: Prepositions after a thing (not an act) that say whom it is aimed at ("a campaign against X").
THING_TARGET_PREPS = frozenset({"against", "on", "toward", "towards"})
#: Prepositions after a light verb that never say whom its event noun is aimed at.
LIGHT_VERB_PREPS = TARGET_PREPS - {"for", "over"}


@dataclass
class VerbReading:
    """One verb as its rules see it: who acts, its objects, and the targets found so far.

    Attributes
    ----------
    verb, lemma, category
        The verb, its lemma (:func:`~graphkit.actions.reader.verb_lemma`) and
        its action category.
    sources
        Who performs it (:meth:`~graphkit.actions.reader.ActionReader.subjects`).
    negated, modality
        As :mod:`graphkit.actions.mood` reads the verb.
    objects
        Its direct and indirect objects, or the noun a bare relative clause modifies.
    relative_head
        True when ``objects`` is that noun ("a plan Nairobi rejected").
    targets
        Whom the rules found it aimed at so far.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(Vocab(), words=["Kenya", "rejected", "Uganda"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> v = VerbReading(doc[1], "reject", "reject", ["state:KEN"], False, "asserted", [doc[2]])
    >>> objects(ActionReader(doc, DocActors("d1", token_actors={2: ("state:UGA",)}), load_lexicon()), v)
    [('state:UGA', 'verb.object')]
    """

    verb: Token
    lemma: str
    category: str
    sources: list[str]
    negated: bool
    modality: Modality
    objects: list[Token]  # direct and indirect objects (or the noun a bare relative clause modifies)
    relative_head: bool = False  # the object is the noun the clause modifies ("a plan Nairobi rejected")
    targets: Targets = field(default_factory=Targets)


#: A target rule: ``(actor, rule)`` pairs for whom the verb is aimed at.
TargetRule = Callable[[ActionReader, VerbReading], Iterable[tuple[str, str]]]


def read_verb(r: ActionReader, verb: Token) -> Iterator[Action]:
    """Every action a verb states: its light-verb event nouns, then its targets by the rules in order.

    Parameters
    ----------
    r
        The reader of the document.
    verb
        A verb (or an auxiliary with an action row) that is no auxiliary of another.

    Yields
    ------
    Action
        Nothing for a verb of category ``ignore`` or one no actor performs,
        unless it is a light verb: its event noun is read all the same (and
        may name its own author, "launched a Russian offensive").

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = nlp("Germany insisted Serbia recognize Kosovo.")
    >>> r = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> [(a.source, a.action, a.target, a.rule) for verb in (doc[1], doc[3]) for a in read_verb(r, verb)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('state:DEU', 'insist', 'state:SRB', 'verb.directive-complement'),
     ('state:SRB', 'recognize', 'state:XKX', 'verb.object')]
    """
    lex = r.lex
    lemma = verb_lemma(verb, lex)
    category, _ = r.action_class(verb, lemma, "VERB")  # "gave a grant" is aid, "gave a reason" nothing
    light = lex.has_flag(lemma, "VERB", "light")
    if category == "ignore" and not light:
        return
    if verb.pos_ == "AUX" and lex.action(lemma, "VERB") is None:
        return
    sources = r.subjects(verb)
    passive = r.is_passive(verb)
    if not sources and passive and (lex.has_flag(lemma, "VERB", "object_control")
                                    or lex.has_flag(lemma, "VERB", "directive")):
        # "X stated that Serbia would not be permitted to ...": the one who speaks is the one who (dis)allows.
        for anc in verb.ancestors:
            if anc.pos_ in VERB_POS:
                sources = r.subjects(anc)
                if sources:
                    break
    if not sources and not light:
        return  # no actor acts here (most verbs): spare the negation and modality reading
    negated = mood.negated(lex, verb)
    modality = mood.modality(lex, verb)
    if sources and not negated:
        r.remember(verb, lemma, "VERB", sources)
    v = VerbReading(verb, lemma, category, sources, negated, modality,
                    [c for c in verb.children if c.dep_ in OBJECT_DEPS])

    if light:
        yield from _light_verb(r, v)
        if category == "ignore" or any(content_noun(o, lex).i in r.handled_nouns for o in v.objects):
            return
    if not sources:
        return
    if not v.objects and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and category != "ignore" \
            and not any(c.dep_ in OWN_ARGUMENT_DEPS or c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        v.objects, v.relative_head = [verb.head], True  # "a plan Nairobi rejected": the noun is the verb's object
    for rule in VERB_TARGET_RULES:
        v.targets.add_named(rule(r, v))
    if r.is_reciprocal_object(verb, TARGET_PREPS) or (
            not v.targets and len(sources) >= 2 and lex.has_flag(lemma, "VERB", "reciprocal")):
        yield from r.pairs(verb, lemma, "VERB", sources, negated, modality, "verb.reciprocal")
        return
    for rule in VERB_FALLBACK_RULES:
        if not v.targets:
            v.targets.add_named(rule(r, v))
    yield from r.make(verb, lemma, "VERB", sources, v.targets, negated, modality)


# -- light verbs ---------------------------------------------------------------------------------

def _light_verb(r: ActionReader, v: VerbReading) -> Iterator[Action]:
    """Light verb + event noun: one action named by the noun ("issued an ultimatum to Belgrade")."""
    lex, verb = r.lex, v.verb
    for obj in (content_noun(o, lex) for o in v.objects):
        noun = lemma_of(obj).lower()
        if not lex.is_event_noun(noun) or r.np(obj):
            continue
        r.handled_nouns.add(obj.i)
        sources = r.owners(obj) or r.prep_objects(obj, SOURCE_PREPS) or v.sources
        negated = v.negated or mood.negated(lex, obj)
        modality = v.modality if v.modality != ASSERTED else mood.modality(lex, obj)
        if r.is_reciprocal_object(obj, TARGET_PREPS) or r.is_reciprocal_object(verb, TARGET_PREPS):
            # "launched strikes against each other"
            yield from r.pairs(obj, noun, "NOUN", sources, negated, modality, "light-verb.reciprocal")
            continue
        targets = Targets()
        for rule in LIGHT_VERB_RULES:
            targets.add_named(rule(r, verb, obj))
        if not targets and len(sources) >= 2 and lex.has_flag(noun, "NOUN", "reciprocal"):
            # "Greece and Albania held talks": a mutual act between the subjects
            yield from r.pairs(obj, noun, "NOUN", sources, negated, modality, "light-verb.mutual")
            continue
        yield from r.make(obj, noun, "NOUN", sources, targets, negated, modality)


def light_noun_prep(r: ActionReader, verb: Token, noun: Token) -> list[tuple[str, str]]:
    """"Turkey issued a warning to Greece": the event noun's preposition.

    Parameters
    ----------
    r
        The reader.
    verb
        The light verb (not read by this rule).
    noun
        Its event noun.

    Returns
    -------
    list of (str, str)
        ``(actor, "light-verb.event-noun")`` for the objects of the noun's target prepositions.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["issued", "a", "warning", "to", "Greece"]
    >>> doc = Doc(English().vocab, words=words, heads=[0, 2, 0, 2, 3], deps=["ROOT", "det", "dobj", "prep", "pobj"])
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> light_noun_prep(ActionReader(doc, DocActors("d1", token_actors={4: ("state:GRC",)}), load_lexicon()),
    ...                 doc[0], doc[2])
    [('state:GRC', 'light-verb.event-noun')]
    """
    return _named(r.prep_objects(noun, TARGET_PREPS), "light-verb.event-noun")


def light_verb_prep(r: ActionReader, verb: Token, noun: Token) -> list[tuple[str, str]]:
    """"Turkey issued an ultimatum to Syria": the light verb's preposition or indirect object.

    Parameters
    ----------
    r
        The document's reader.
    verb
        The light verb, whose prepositions of :data:`LIGHT_VERB_PREPS` are followed.
    noun
        Its event noun (not read by this rule).

    Returns
    -------
    list of (str, str)
        Pairs of an actor and ``"light-verb.verb-target"``.

    Examples
    --------
    >>> from graphkit.lexicon import load_lexicon
    >>> from graphkit.actors import DocActors
    >>> from spacy.tokens import Doc
    >>> syria = DocActors("d1", token_actors={4: ("state:SYR",)})
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["issued", "an", "ultimatum", "to", "Syria"], heads=[0, 2, 0, 0, 3],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj"])
    >>> light_verb_prep(ActionReader(doc, syria, load_lexicon()), doc[0], doc[2])
    [('state:SYR', 'light-verb.verb-target')]
    """
    return _named(r.prep_objects(verb, LIGHT_VERB_PREPS), "light-verb.verb-target")


def light_participle_object(r: ActionReader, verb: Token, noun: Token) -> list[tuple[str, str]]:
    """"launched a campaign targeting X": the object of a clause modifying the event noun.

    Parameters
    ----------
    r
        The reader of the document.
    verb
        The light verb.
    noun
        The event noun; the head of the clause modifying it may carry any tag.

    Returns
    -------
    list of (str, str)
        With the rule ``"light-verb.participle-object"``.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> r = ActionReader(spacy.tokens.Doc(spacy.blank("en").vocab, words=["launched", "strikes", "targeting", "Israel"],
    ...                                   heads=[0, 0, 1, 2], deps=["ROOT", "dobj", "acl", "dobj"]),
    ...                  DocActors("d1", token_actors={3: ("state:ISR",)}), load_lexicon())
    >>> light_participle_object(r, r.doc[0], r.doc[1])
    [('state:ISR', 'light-verb.participle-object')]
    """
    return _named(r.participle_objects(noun, verbs_only=False), "light-verb.participle-object")


#: Rules for whom a light verb's event noun is aimed at, in order.
LIGHT_VERB_RULES: tuple[Callable[[ActionReader, Token, Token], list[tuple[str, str]]], ...] = (
    light_noun_prep, light_verb_prep, light_participle_object)


# -- targets ------------------------------------------------------------------------------------

def passive_subject(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"Ukraine was attacked by Russia": the passive subject; "the raids were denounced by the AU": a
    criticised act's author.

    Parameters
    ----------
    r
        The reader (arguments of the document's words).
    v
        The verb (its sources are the passive's agents).

    Returns
    -------
    list of (str, str)
        ``verb.passive-agent`` pairs for an actor as passive subject;
        ``verb.passive-act-author`` for the author of a criticised act.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> vocab = English().vocab
    >>> doc = Doc(vocab, words=["Ukraine", "was", "attacked", "by", "Russia"], heads=[2, 2, 2, 2, 3],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:UKR",), 4: ("state:RUS",)}), load_lexicon())
    >>> passive_subject(r, VerbReading(doc[2], "attack", "assault", r.subjects(doc[2]), False, "asserted", []))
    [('state:UKR', 'verb.passive-agent')]
    """
    out: list[tuple[str, str]] = []
    for c in v.verb.children:
        if c.dep_ != "nsubjpass":
            continue
        found = _named(r.refers(c), "verb.passive-agent")  # "Chilean bases were shelled by Peru"
        if not found and v.category in CRITICAL_CATEGORIES and r.is_act(c):
            found = _named(r.authors(c) or r.recalled_author(c, v.sources), "verb.passive-act-author")
        out += found
    return out


def objects(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """Direct and indirect objects: actors ("criticized Russia", "gave Tanzania"), the antecedent's author
    of a relative pronoun ("sanctions, which Russia rejected"), or whom a non-actor object points at.

    Parameters
    ----------
    r
        The action reader.
    v
        The verb and its objects.

    Returns
    -------
    list of (str, str)
        Rules ``verb.object``, ``verb.dative``, ``verb.relative-head``,
        ``verb.relative-antecedent``, or those of :func:`inside_object`.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Canada", "granted", "Haiti", "asylum"], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dative", "dobj"], pos=["PROPN", "VERB", "PROPN", "NOUN"])
    >>> v = VerbReading(doc[1], "grant", "aid", ["state:CAN"], False, "asserted", [doc[2], doc[3]])
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> objects(ActionReader(doc, DocActors("d1", token_actors={0: ("state:CAN",), 2: ("state:HTI",)}),
    ...                      load_lexicon()), v)
    [('state:HTI', 'verb.dative')]
    """
    out: list[tuple[str, str]] = []
    for obj in v.objects:
        rule = "verb.relative-head" if v.relative_head else "verb.dative" if obj.dep_ == "dative" else "verb.object"
        found = _named(r.np(obj), rule)
        if not found and obj.lower_ in RELATIVE_PRONOUNS and v.verb.dep_ == "relcl":
            found = _named(_clausal_antecedent(r, v.verb, v.sources), "verb.relative-antecedent")
        if not found and obj.pos_ in NOUN_POS:
            found = inside_object(r, obj, v.category, v.sources)
        out += found
    return out


def prepositional_objects(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"spoke with Estonia", "retaliated against Lithuania", "mediating between Sudan and Chad".

    Parameters
    ----------
    r
        The reader holding the document's actors.
    v
        The verb; its prepositions of :data:`~graphkit.actions.reader.VERB_TARGET_PREPS` are followed
        ("for" and "over" are not).

    Returns
    -------
    list of (str, str)
        Actors with the rule ``verb.prep-object``.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> nlp = spacy.blank("en")
    >>> doc = spacy.tokens.Doc(nlp.vocab, words=["retaliated", "against", "Lithuania", "for", "Latvia"],
    ...                        heads=[0, 0, 1, 0, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> actors = DocActors("d1", token_actors={2: ("state:LTU",), 4: ("state:LVA",)})
    >>> v = VerbReading(doc[0], "retaliate", "assault", ["state:RUS"], False, "asserted", [])
    >>> prepositional_objects(ActionReader(doc, actors, load_lexicon()), v)
    [('state:LTU', 'verb.prep-object')]
    """
    return _named(r.prep_objects(v.verb, VERB_TARGET_PREPS), "verb.prep-object")


#: Rules for whom a verb is aimed at, all asked in order.
VERB_TARGET_RULES: tuple[TargetRule, ...] = (passive_subject, objects, prepositional_objects)


def directive_complement(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"insisted Serbia hand over", "proposed that A and B should meet", "allow Serbia to keep": the subject of
    a complement that asks for something; not a statement of fact ("warned that Chile would ..."), which is
    content, not a target.

    Parameters
    ----------
    r
        The document's action reader.
    v
        A verb flagged ``directive`` or ``object_control``, without objects.

    Returns
    -------
    list of (str, str)
        The complement's subjects, as ``verb.directive-complement``.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.lexicon import load_lexicon
    >>> from graphkit.actors import DocActors
    >>> words = ["Germany", "insisted", "Serbia", "recognize", "Kosovo"]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
    ...                        deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
    ...                        tags=["NNP", "VBD", "NNP", "VB", "NNP"])
    >>> found = DocActors("d1", token_actors={0: ("state:DEU",), 2: ("state:SRB",), 4: ("state:XKX",)})
    >>> directive_complement(ActionReader(doc, found, load_lexicon()),
    ...                      VerbReading(doc[1], "insist", "request", ["state:DEU"], False, "asserted", []))
    [('state:SRB', 'verb.directive-complement')]
    """
    lex = r.lex
    if v.objects or not (lex.has_flag(v.lemma, "VERB", "directive") or lex.has_flag(v.lemma, "VERB", "object_control")):
        return []
    return _named((k for c in v.verb.children if c.dep_ in COMPLEMENT_DEPS and _jussive(c)
                   for s in c.children if s.dep_ in NOMINAL_SUBJECT_DEPS for k in r.np(s)),
                  "verb.directive-complement")


def intention(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"threatened to attack Eritrea", "plans to launch an offensive against Ethiopia": an intention is aimed
    where its infinitive points (a refusal is the negated infinitive itself).

    Parameters
    ----------
    r
        The reader of this document's arguments.
    v
        The verb of intention; one flagged ``negative``, of category ``ignore``
        or ``communicate``, or with an object of its own finds nothing here.

    Returns
    -------
    list of (str, str)
        The infinitive's targets other than the sources, as ``verb.intention``.

    Examples
    --------
    >>> from graphkit.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> doc = Doc(English().vocab, words=["Russia", "threatened", "to", "attack", "Moldova"],
    ...           heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
    ...           lemmas=["Russia", "threaten", "to", "attack", "Moldova"],
    ...           pos=["PROPN", "VERB", "PART", "VERB", "PROPN"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:RUS",), 4: ("state:MDA",)}), lex)
    >>> intention(r, VerbReading(doc[1], "threaten", "threaten", ["state:RUS"], False, "asserted", []))
    [('state:MDA', 'verb.intention')]
    """
    lex = r.lex
    if lex.has_flag(v.lemma, "VERB", "negative") or v.category in ("ignore", "communicate") \
            or any(o.dep_ in OBJECT_DEPS for o in v.verb.children):
        return []
    return _named((k for c in v.verb.children if c.dep_ == "xcomp"
                   for k in _infinitive_targets(r, c) if k not in v.sources), "verb.intention")


def control_complement(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"ordered diplomats to leave Niger": the order is about where its complement points.

    Parameters
    ----------
    r
        The reader, with the lexicon.
    v
        A verb flagged ``object_control``, with an object.

    Returns
    -------
    list of (str, str)
        What the complement's objects and prepositions name, as ``verb.control-complement``.

    Examples
    --------
    >>> from graphkit.actors import DocActors
    >>> actors = DocActors("d1", token_actors={0: ("state:JPN",), 5: ("state:CHN",)})
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> words = ["Japan", "asked", "envoys", "to", "visit", "China"]
    >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"])
    >>> r = ActionReader(doc, actors, load_lexicon())
    >>> control_complement(r, VerbReading(doc[1], "ask", "request", ["state:JPN"], False, "asserted", [doc[2]]))
    [('state:CHN', 'verb.control-complement')]
    """
    if not r.lex.has_flag(v.lemma, "VERB", "object_control") or not v.objects:
        return []
    found: list[str] = []
    for c in v.verb.children:
        if c.dep_ == "xcomp":
            found += [k for o in c.children if o.dep_ == "dobj" for k in r.np(o)]
            found += r.prep_objects(c, LIGHT_VERB_PREPS)
    return _named(found, "verb.control-complement")


#: Rules asked in order only while no target is found.
VERB_FALLBACK_RULES: tuple[TargetRule, ...] = (directive_complement, intention, control_complement)


# -- helpers ---------------------------------------------------------------------------------------

def inside_object(r: ActionReader, obj: Token, category: str,
                  sources: list[str] | None = None) -> list[tuple[str, str]]:
    """Whom a non-actor object points at, with the rule that says so.

    * force used on things hits their owner ("shelled Peruvian territory"): ``verb.object-owner``;
    * saying no to an act is aimed at its author ("denounced Eritrea's raid", "rejected offers of aid from
      Scholz"): ``verb.act-author``, or the act read before ("denounced the raid"): ``verb.recalled-author``;
    * backing an act is aimed where the act points, else at its author ("renewed support for Poland",
      "welcomed the French decision"): ``verb.act-aim`` / ``verb.act-author``;
    * otherwise where the thing points ("a campaign targeting X"): ``verb.object-aim``.

    Parameters
    ----------
    r
        The reader over the parsed document.
    obj
        The object (a quantity noun gives way to what it counts: "a series of raids").
    category
        The verb's action category, which decides among the rules above.
    sources
        Who performs the verb: never returned as the act's author.

    Returns
    -------
    list of (str, str)
        ``(actor, rule)`` pairs; empty when the object points nowhere.

    Examples
    --------
    >>> words = ["Peruvian", "ports", ";", "Eritrea", "'s", "raid"]
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 3, 5],
    ...           deps=["amod", "ROOT", "punct", "poss", "case", "ROOT"],
    ...           pos=["ADJ", "NOUN", "PUNCT", "PROPN", "PART", "NOUN"],
    ...           lemmas=["Peruvian", "port", ";", "Eritrea", "'s", "raid"])
    >>> from graphkit.lexicon import load_lexicon
    >>> from graphkit.actors import DocActors
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:PER",), 3: ("state:ERI",)}), load_lexicon())
    >>> inside_object(r, doc[1], "assault"), inside_object(r, doc[5], "accuse", ["state:ETH"])
    ([('state:PER', 'verb.object-owner')], [('state:ERI', 'verb.act-author')])
    """
    obj = content_noun(obj, r.lex)
    owned = r.refers(obj, things=True) if category in MATERIAL_CATEGORIES else []
    if owned:  # "shelled positions of the Chilean army"
        return _named(owned, "verb.object-owner")
    act = r.is_act(obj)
    aimed = r.prep_objects(obj, NOUN_TARGET_PREPS if act else THING_TARGET_PREPS)
    aimed += [k for k in r.participle_objects(obj) if k not in aimed]
    if act:
        authors = [k for k in r.authors(obj) if k not in (sources or [])]
        if category in CRITICAL_CATEGORIES:
            if authors:
                return _named(authors, "verb.act-author")
            return _named(aimed, "verb.act-aim") or _named(r.recalled_author(obj, sources or []),
                                                           "verb.recalled-author")
        if category in SUPPORTIVE_CATEGORIES:
            return _named(aimed, "verb.act-aim") or _named(authors, "verb.act-author")
    return _named(aimed, "verb.object-aim")


def _jussive(clause: Token) -> bool:
    """A complement that asks for something rather than states it: a bare verb
    ("insist Serbia hand over"), an infinitive ("allow Serbia to keep") or "should"/"must"."""
    aux = [a.lower_ for a in clause.children if a.dep_ in AUX_DEPS]
    if any(a in JUSSIVE_AUX for a in aux):
        return True
    return not aux and clause.tag_ in ("VB", "VBP") and not any(a.dep_ == "mark" and a.lower_ == "if"
                                                                  for a in clause.children)


def _infinitive_targets(r: ActionReader, verb: Token) -> list[str]:
    """Whom an infinitive clause acts on: its objects, prepositional objects, and for a
    light verb the targets of its event noun ("to launch raids on X")."""
    found: list[str] = []
    category = r.lex.classify(verb_lemma(verb, r.lex), "VERB")[0]
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS:
            found += r.np(c) or [k for k, _ in inside_object(r, c, category)]
    found += r.prep_objects(verb, LIGHT_VERB_PREPS)
    return uniq(found)


def _clausal_antecedent(r: ActionReader, relcl: Token, sources: list[str]) -> list[str]:
    """"..., which Serbia rejects": when the antecedent is no actor, the relative
    pronoun stands for the proposition, and its author is the target."""
    for anc in relcl.head.ancestors:
        if anc.pos_ in VERB_POS:
            subj = [k for k in r.subjects(anc) if k not in sources]
            if subj:
                return subj
    return []


def _named(keys: Iterable[str], rule: str) -> list[tuple[str, str]]:
    return [(k, rule) for k in uniq(keys)]
