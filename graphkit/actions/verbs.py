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
light-verb.received           "Kenya received military aid from Japan" (Japan -aid-> Kenya)
light-verb.purpose            "staged protests to demand reforms by X" (where its purpose is aimed)
light-verb.deployment-place   "Ghana held military drills near Togo"
verb.passive-agent            "Ukraine was attacked by Russia"
verb.passive-act-author       "The strikes were condemned by Albania" (the strikes' author)
verb.object                   "Germany criticized Russia"
verb.dative                   "Canada sold Haiti weapons"
verb.relative-head            "the Peruvian officials Bolivia had detained"
verb.relative-antecedent      "Britain proposed sanctions, which Russia rejected"
verb.object-owner             "Russia shelled Ukrainian ports" (force on things hits their owner)
verb.act-author               "France condemned the Russian invasion" (saying no to an act)
verb.recalled-author          "... Poland condemned the attack" (an act read before)
verb.act-aim                  "Canada reaffirmed support for Ukraine" (backing an act)
verb.object-aim               "Japan denounced the campaign against China"
verb.relation-partner         "Ghana broke off relations with Togo" (the relation's other party)
verb.measure-place            "Kenya lifted the curfew in Uganda" (where a measure holds)
verb.deployment-place         "Ghana deployed troops in Togo" (where forces are sent)
verb.prep-object              "Latvia spoke with Estonia"
verb.reciprocal               "India and China negotiated", "fought each other", "will work together"
verb.directive-complement     "Germany insisted Serbia recognize Kosovo"
verb.intention                "Russia threatened to attack Moldova"
verb.control-complement       "Japan asked the envoys to visit China"
verb.from-target              "Chad withdrew its soldiers from Sudan"
verb.demand-complement        "Norway declared that Chile must free the prisoners" (a demand)
verb.reported-accusation      "Chile claimed that Peru had attacked Bolivia" (an accusation of Peru)
verb.shared-object            "Albania condemned and rejected the Serbian plan"
verb.threat-condition         "Russia threatened to end the talks if the US deploys missiles"
verb.co-belligerents          "Chad and Niger attacked the rebels": who fight a common enemy together are allies
verb.opposed-party            "Canada backed Ukraine against Russia", "defended X from Y" (Canada -oppose-> Russia)
verb.judged-object            "Chile called Peru's plan a joke": a judgement of the object, or of whom it belongs to
verb.addressed-bid            "Serbia's bid to join the EU was rejected" (the EU -reject-> Serbia)
verb.between                  "a truce was agreed between Chad and Niger" (both directions; no subject of its own)
verb.after-talks              "Chile lifted the blockade after talks with Peru" (a concession to whom the talks were with)
verb.place-authority          "Two Peruvians were arrested in Chile" (by the state it is done in)
verb.forces-arrival           "Kenyan troops arrived in Somalia" (armed forces mobilized where they come)
============================  =======================================================
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.tokens import Token

from ..lemmas import lemma_of, lower_lemma, lower_lemmas
from ..actors.keys import is_location, is_state
from ..agents import agent_at
from ..lexicon import Lexicon
from ..syntax import (AUX_DEPS, COMPLEMENT_DEPS, JUSSIVE_AUX, NOMINAL_SUBJECT_DEPS, NOUN_POS, OBJECT_DEPS,
                      OBLIGATION_AUX, OWN_ARGUMENT_DEPS, RELATIVE_PRONOUNS, TOGETHER_WORDS, VERB_POS, coarse_tags,
                      dependency_tree, fine_tags, lower_forms)
from . import mood
from .nouns import complement_subject
from .reader import (FORCE_CATEGORIES, NOUN_TARGET_PREPS, SOURCE_PREPS, TARGET_PREPS, VERB_TARGET_PREPS,
                     ActionReader, Targets, approximate_object, compound_lemma, content_noun, object_lemma, prep_heads,
                     uniq, verb_lemma)
from .records import ASSERTED, HYPOTHETICAL, Action, Modality

__all__ = ["LIGHT_VERB_RULES", "VERB_FALLBACK_RULES", "VERB_TARGET_RULES", "VerbReading", "act_place", "act_places",
           "inside_object", "protest_purpose", "read_verb", "recipient_places", "refused", "shifted_object", "threatened",
           "yielded"]

#: Categories of force used on things: the owner of what is hit is the one acted on.
MATERIAL_CATEGORIES = frozenset({"assault", "coerce", "sanction"})
#: Categories of help or concessions on things that reach the one they belong to ("wrote off Chile's debt",
#: "released Peru's prisoners").
GIVING_CATEGORIES = frozenset({"aid", "concede", "retreat"})
#: Categories of saying no to an act: aimed at the act's author.
CRITICAL_CATEGORIES = frozenset({"reject", "accuse", "protest", "threaten"})
#: Categories of backing an act: aimed where the act points, else at its author.
SUPPORTIVE_CATEGORIES = frozenset({"support", "agree", "cooperate"})
#: Quads of hostile acts.
CONFLICT_QUADS = frozenset({"verbal-conflict", "material-conflict"})
#: Categories of asking someone to act (an appeal or, with a conflict quad, a demand): aimed at whom the act
#: asked for is up to.
DIRECTIVE_CATEGORIES = frozenset({"request"})
#: Prepositions after a thing (not an act) that say whom it is aimed at ("a campaign against X").
THING_TARGET_PREPS = frozenset({"against", "on", "toward", "towards"})
#: Prepositions after a relation (``relation_noun``) that name the other party ("restored ties with X").
RELATION_PREPS = frozenset({"with", "to"})
#: Prepositions after a verb of criticism that name the act criticised ("complained over X's raids").
GRIEVANCE_PREPS = frozenset({"over", "about", "for", "at"})
#: The category and quad of what a rule finds, where the rule says more than the verb's own class
#: ("X said Y must withdraw" is a demand).
RULE_CATEGORIES = {"verb.demand-complement": ("request", "verbal-conflict"),
                   "verb.reported-accusation": ("accuse", "verbal-conflict"),
                   "verb.opposed-party": ("reject", "verbal-conflict")}
#: Categories of a reported act that make reporting it an accusation of its author.
ACCUSED_CATEGORIES = frozenset({"assault", "coerce"})
#: Rules whose edges name an act other than the verb's own: backing X against Y is opposing Y.
RULE_ACTIONS = {"verb.opposed-party": "oppose"}
#: Quads of help: their "against" phrase names the party opposed, not the one helped.
COOPERATION_QUADS = frozenset({"verbal-cooperation", "material-cooperation"})
_AGAINST = frozenset({"against"})
#: Prepositions after a light verb that never say whom its event noun is aimed at.
LIGHT_VERB_PREPS = TARGET_PREPS - {"for", "over"}
_FROM = frozenset({"from"})
_BETWEEN = frozenset({"between"})
_OF = frozenset({"of"})
#: Categories of verbs that never share the object of the verb coordinated with them ("arrived and met X").
_NO_SHARED_OBJECT = frozenset({"communicate", "other", "ignore"})
#: Light verbs of no class of their own ("lodge", "issue"): CAMEO's class of the verb with its noun names the act.
_NEUTRAL_LIGHT = frozenset({"other", "communicate"})
_BY = frozenset({"by"})
_IN = frozenset({"in"})
_FOR = frozenset({"for"})
#: Prepositions of whom a demand is made of ("demands on Serbia", "an appeal to Chile").
_DEMANDED_OF = frozenset({"on", "to", "from"})
#: Words that open the condition of a threat ("... unless X withdraws").
CONDITION_MARKS = frozenset({"if", "unless"})
#: Prepositions of where forces are mobilized ("massed troops near X", "held drills off X").
DEPLOYMENT_PREPS = frozenset({"in", "near", "off", "along"})
#: Categories of giving or withholding help whose thing's "for" phrase is who it is for ("halted a programme for X").
BENEFIT_CATEGORIES = frozenset({"aid", "sanction"})
#: Categories of acts on measures that hold in a place ("lifted the curfew in X", "imposed a ban in X").
MEASURE_CATEGORIES = frozenset({"concede", "retreat", "sanction", "coerce"})
#: Categories of an act done to a place when nobody else is named: "evacuated the settlements in X",
#: "suspended aid deliveries in X", "blocked roads in X" (PLOVER codes the place as the target).
PLACE_ACT_CATEGORIES = frozenset({"concede", "retreat", "sanction", "coerce", "assault", "aid", "protest"})
#: Categories of yielding, aimed at whom one had talks with before ("lifted the blockade after talks with X").
YIELDING_CATEGORIES = frozenset({"concede", "retreat", "agree", "aid"})
#: Categories of what a state's police and courts do to people in it ("were arrested in X").
AUTHORITY_CATEGORIES = frozenset({"coerce", "accuse"})
#: Prepositions of what came before an act.
AFTER_PREPS = frozenset({"after", "following"})
_WITH = frozenset({"with"})
#: Objects that are the actors themselves ("blew themselves up in X").
REFLEXIVE_PRONOUNS = frozenset({"themselves", "himself", "herself", "itself"})
#: The preposition of the parties a third party acts between ("a mediation between A and B").
_BETWEEN = frozenset({"between"})
#: Prepositions of where an act on a thing is done.
PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})
#: Links from an act up to the threat it is the content of ("threatened to end", "a threat to end"); not a
#: clause ("warned that Y would end": Y's act, not the speaker's threat).
THREAT_CHAIN_DEPS = frozenset({"xcomp", "acl", "conj"})
_THREAT_HOPS = 3


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
        As :mod:`graphkit.actions.mood` reads the verb; the modality may be None for a verb read by the target
        rules (it is read once an action is made, and no rule reads it).
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
    modality: Modality | None
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
    intent: bool | None = None
    read: list[Action] = []
    for action in _verb_actions(r, verb):
        if action.rule == "verb.judged-object":
            category = judgement(r.lex, verb)  # "called the plan a joke" criticises; "a success" praises
            action = dataclasses.replace(action, category=category, quad=JUDGEMENT_QUADS[category])
        if action.rule in RULE_CATEGORIES:
            category, quad = RULE_CATEGORIES[action.rule]
            action = dataclasses.replace(action, category=category, quad=quad,
                                         action=RULE_ACTIONS.get(action.rule, action.action))
        if action.category in SUPPORTIVE_CATEGORIES and yielded(r.lex, verb):
            # "accepted the rebels' demands": giving in to a demand is a concession
            action = dataclasses.replace(action, category="concede", quad="verbal-cooperation")
        if action.negated and action.category != "reject" and refused(r.lex, verb):
            # "refused to deploy peacekeepers", "declined to respond": a refusal, whatever is refused
            action = dataclasses.replace(action, category="reject", quad="verbal-conflict")
        if action.modality == HYPOTHETICAL and not action.negated:
            if intent is None:
                intent = mood.intended(r.lex, verb)
            if intent:  # "will provide aid", "agreed to send": a promise, "plans to strike": a threat
                force = action.category == "assault"
                action = mood.as_intent(action)
                if threatened(r.lex, verb):  # "threatened to stop talks with X": a threat, whatever it withholds
                    action = dataclasses.replace(action, category="threaten", quad="verbal-conflict")
                elif force and _readied(r.lex, verb):  # "prepared to attack X": a mobilization
                    action = dataclasses.replace(action, category="mobilize", quad="material-conflict")
        read.append(action)
        yield action
    yield from co_belligerents(r, verb, read)


#: The action word of the alliance :func:`co_belligerents` reads (its class: cooperate, material-cooperation).
ALLY_LEMMA = "ally"


def co_belligerents(r: ActionReader, verb: Token, actions: list[Action]) -> Iterator[Action]:
    """Actors named together as who uses force on a common enemy are allies: "Chad and Niger attacked the
    rebels", "X, Y and Z are committed to defeating W" (``verb.co-belligerents``, both directions).

    Parameters
    ----------
    r
        The reader.
    verb
        The verb read.
    actions
        What the verb stated; every one must be material conflict, none negated, none aimed at a place
        only because it was done there (``*-place`` rules: "abused their position in X" names no enemy),
        and its targets none of the two or more sources.

    Yields
    ------
    Action
        ``ally`` both ways between every two sources, with the verb's negation and modality.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Chad and Niger attacked the Taliban.")
    >>> r = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> [(a.source, a.action, a.target) for a in read_verb(r, doc[3]) if a.rule == "verb.co-belligerents"]
    [('state:TCD', 'ally', 'state:NER'), ('state:NER', 'ally', 'state:TCD')]
    """
    if not actions or any(a.negated or a.quad != "material-conflict" for a in actions):
        return
    if any(a.rule.endswith("-place") for a in actions):
        return  # where they act ("abused their position in X") is no common enemy
    sources = list(dict.fromkeys(a.source for a in actions))
    if len(sources) < 2 or any(a.target in sources for a in actions):
        return  # "Chad and Niger clashed": enemies, not allies
    first = actions[0]
    yield from r.pairs(verb, ALLY_LEMMA, "VERB", sources, False, first.modality, "verb.co-belligerents")


def yielded(lex: Lexicon, verb: Token) -> bool:
    """Whether what a verb takes on is a demand ("accepted the demands", "met the ultimatum"): the head of
    its object is classed a demand (``request``, verbal conflict).

    Parameters
    ----------
    lex
        The lexicon that classes the object.
    verb
        A verb of agreement or support.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words="Peru accepted the demands".split(), heads=[1, 1, 3, 1],
    ...           deps="nsubj ROOT det dobj".split(), lemmas="Peru accept the demand".split())
    >>> yielded(load_lexicon(), doc[1])
    True
    """
    obj = object_lemma(verb, lex)
    return obj is not None and lex.classify(obj, "NOUN") == ("request", "verbal-conflict")


def _readied(lex: Lexicon, verb: Token) -> bool:
    """Whether a head up the act's chain of complements is a word of readiness ("prepared to resume shelling")."""
    heads = lex.words("readiness_head")
    node = verb
    for _ in range(_THREAT_HOPS):
        if node.dep_ not in THREAT_CHAIN_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if lemma_of(node).lower() in heads or node.lower_ in heads:
            return True
    return False


def refused(lex: Lexicon, verb: Token) -> bool:
    """Whether an act is what a verb of refusal governs ("refused to deploy", "declined to respond").

    Parameters
    ----------
    lex
        The lexicon: a verb of refusal is flagged ``negative`` and classed ``reject``.
    verb
        The act.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words="Peru refused to send troops".split(), heads=[1, 1, 3, 1, 3],
    ...           deps="nsubj ROOT aux xcomp dobj".split(), lemmas="Peru refuse to send troop".split())
    >>> [refused(load_lexicon(), doc[i]) for i in (3, 1)]
    [True, False]
    """
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and lex.has_flag(lemma_of(head).lower(), "VERB", "negative") \
        and lex.classify(lemma_of(head).lower())[0] == "reject"


def _passive_verb(verb: Token) -> bool:
    """A verb with a passive auxiliary or subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def shifted_object(verb: Token) -> Token | None:
    """The object of a verb put after its "as" phrase ("denounced as a crime Serbia's crackdown"), which the
    parser hangs on that phrase as an apposition; None when the verb has an object of its own.

    Parameters
    ----------
    verb
        A verb.

    Returns
    -------
    Token or None

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["denounced", "as", "a", "crime", "the", "raid"], heads=[0, 0, 3, 1, 5, 3],
    ...           deps=["ROOT", "prep", "det", "pobj", "det", "appos"])
    >>> shifted_object(doc[0]).text
    'raid'
    >>> doc = Doc(English().vocab, words=["condemned", "as", "a", "crime", "Chile", "'s", "raid"],
    ...           heads=[0, 0, 3, 6, 6, 4, 1], deps=["ROOT", "prep", "det", "nmod", "poss", "case", "pobj"],
    ...           pos=["VERB", "ADP", "DET", "NOUN", "PROPN", "PART", "NOUN"])
    >>> shifted_object(doc[0]).text
    'raid'
    """
    deps, _, children = dependency_tree(verb.doc)
    forms = lower_forms(verb.doc)
    kids = children[verb.i]
    if any(deps[c] in OBJECT_DEPS for c in kids) or not any(deps[c] == "prep" and forms[c] == "as" for c in kids):
        return None  # an object of its own, or no "as" phrase to look in
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "as" and p.i > verb.i:
            for o in p.children:
                shifted = [a for a in o.children if o.dep_ == "pobj" and a.dep_ == "appos" and a.i > o.i]
                if shifted:
                    return shifted[0]
                if o.dep_ == "pobj" and not _passive_verb(verb) and any(c.dep_ == "poss" for c in o.children) \
                        and any(c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and c.i < o.i for c in o.children):
                    return o  # "condemned as a crime Chile's bombing": the judgement read as a modifier
    return None


def threatened(lex: Lexicon, verb: Token) -> bool:
    """Whether an act is what a threat commits to: the complement of a verb or noun of category ``threaten``
    ("threatened to stop talks", "a threat to impose a blockade"), so that even
    withheld cooperation is a threat, as PLOVER codes it.

    Parameters
    ----------
    lex
        The lexicon that classes the heads.
    verb
        The act; its heads are looked at up a chain of complements and coordinated verbs.

    Returns
    -------
    bool
        True when a head up that chain is classed ``threaten``.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words="Peru threatened to end talks".split(), heads=[1, 1, 3, 1, 3],
    ...           deps="nsubj ROOT aux xcomp dobj".split(), lemmas="Peru threaten to end talk".split())
    >>> [threatened(load_lexicon(), doc[i]) for i in (3, 1)]
    [True, False]
    """
    doc = verb.doc
    deps, heads, _ = dependency_tree(doc)
    lemmas, tags = lower_lemmas(doc), coarse_tags(doc)
    node = verb.i  # walked by index
    for _ in range(_THREAT_HOPS):
        if deps[node] not in THREAT_CHAIN_DEPS or heads[node] == node:
            return False
        node = heads[node]
        if lex.classify(lemmas[node], "NOUN" if tags[node] in NOUN_POS else "VERB")[0] == "threaten":
            return True
    return False


def _verb_actions(r: ActionReader, verb: Token) -> Iterator[Action]:
    """The actions of :func:`read_verb`, with the categories of the words themselves."""
    if _disagrees(r, verb):
        return  # "Ghana and Togo in OPEC talks": a headline's noun the tagger took for a verb
    lex = r.lex
    lemma = verb_lemma(verb, lex)
    # a light verb names its act by its event noun; a giving verb also by what it gives ("gave X a grant")
    category, _ = r.action_class(verb, lemma, "VERB")  # "gave a grant" is aid, "gave a reason" nothing
    light = lex.has_flag(lemma, "VERB", "light") or lemma in lex.words("giving_verb")
    receiving = lemma in lex.words("receiving_verb")
    if category == "ignore" and not light and not receiving:
        yield from _stative_act(r, verb)  # "troops stayed on alert near X"
        return
    if verb.pos_ == "AUX" and lex.action(lemma, "VERB") is None:
        return
    if lemma in lex.words("arrival_verb") and _forces_subject(r, verb):
        yield from _forces_arrival(r, verb, lemma)  # "Kenyan troops arrived in Somalia"
        return
    if lex.action(lemma, "VERB") is None and not light and not receiving and lemma not in lex.words("leadership_verb") \
            and category == lex.classify(lemma, "VERB")[0]:
        # a verb the action table does not know states no act between actors ("comprise", "arrive"), unless its
        # object makes it one ("restored relations with X")
        return
    sources = r.subjects(verb)
    passive = r.is_passive(verb)
    if not sources and passive and category in AUTHORITY_CATEGORIES:
        yield from _place_authority(r, verb, verb, lemma, "VERB")  # "two Peruvians were arrested in Chile"
        return
    if not sources and passive and (lex.has_flag(lemma, "VERB", "object_control")
                                    or lex.has_flag(lemma, "VERB", "directive")):
        # "X stated that Serbia would not be permitted to ...": the one who speaks is the one who (dis)allows.
        for anc in verb.ancestors:
            if anc.pos_ in VERB_POS:
                sources = r.subjects(anc)
                if sources:
                    break
    if not sources and passive and category in DECIDING_CATEGORIES:
        sources = addressees(r, verb)  # "X's bid to join Y was rejected": Y decides
    if not sources and not light:
        # "the deal concluded between X and Y", "a truce was agreed between X and Y": the sides act together
        sides = r.prep_objects(verb, _BETWEEN) if category not in _NO_SHARED_OBJECT else []
        if len(sides) >= 2:
            yield from r.pairs(verb, lemma, "VERB", sides, mood.negated(lex, verb), mood.modality(lex, verb),
                               "verb.between")
        return  # no actor acts here (most verbs): spare the negation and modality reading
    negated = mood.negated(lex, verb)
    # the modality is read once an action is made (most verbs with a subject find no target), or for the readings
    # of a light or receiving verb, which pass it on
    modality = mood.modality(lex, verb) if light or receiving else None
    if sources and not negated:
        r.remember(verb, lemma, "VERB", sources)
    approximate = approximate_object(verb) or shifted_object(verb)  # "kidnapped up to 16 advisers"
    deps, _, children = dependency_tree(verb.doc)
    v = VerbReading(verb, lemma, category, sources, negated, modality,
                    [verb.doc[c] for c in children[verb.i] if deps[c] in OBJECT_DEPS]
                    + ([approximate] if approximate else []))

    if receiving:
        yield from _received(r, v)  # "Kenya received aid from Japan": Japan -aid-> Kenya
        if category == "ignore":
            return  # "faced pressure from X": the act is X's, "face" none of its own
    if light:
        yield from _light_verb(r, v)
        if category == "ignore":
            yield from _stative_act(r, verb)  # "were put under arrest in X"
        if category == "ignore" or any(content_noun(o, lex).i in r.handled_nouns for o in v.objects):
            return
    if not sources:
        return
    if not v.objects and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and category != "ignore" \
            and not any(c.dep_ in OWN_ARGUMENT_DEPS or c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        v.objects, v.relative_head = [verb.head], True  # "a plan Nairobi rejected": the noun is the verb's object
    for rule in VERB_TARGET_RULES:
        v.targets.add_named(rule(r, v))
    if r.is_reciprocal_object(verb, TARGET_PREPS) or (not v.targets and len(sources) >= 2 and (
            lex.has_flag(lemma, "VERB", "reciprocal") or _together(verb, lex)) and not r.owned_subject(verb)):
        yield from r.pairs(verb, lemma, "VERB", sources, negated, modality or mood.modality(lex, verb), "verb.reciprocal")
        return
    for rule in VERB_FALLBACK_RULES:
        if not v.targets:
            v.targets.add_named(rule(r, v))
    if modality is None:  # make() reads it only for an action it makes: none without a target
        modality = mood.modality(lex, verb) if v.targets else ASSERTED
    yield from r.make(verb, lemma, "VERB", sources, v.targets, negated, modality)


def _disagrees(r: ActionReader, verb: Token) -> bool:
    """Whether a verb in the third person singular ("talks") has two actors joined as its subject, which no
    verb of English takes: the word is a noun the tagger misread (a company "Procter and Gamble" is one actor)."""
    doc = verb.doc
    if fine_tags(doc)[verb.i] != "VBZ":
        return False
    deps, _, children = dependency_tree(doc)
    return any(len(r.np(doc[s])) >= 2 for s in children[verb.i] if deps[s] in NOMINAL_SUBJECT_DEPS
               and any(deps[c] == "conj" for c in children[s]))


# -- light verbs ---------------------------------------------------------------------------------

def _light_verb(r: ActionReader, v: VerbReading) -> Iterator[Action]:
    """Light verb + event noun: one action named by the noun ("issued an ultimatum to Belgrade"); giving
    verb + what it gives: the act the resource table names ("gave Tanzania a grant", "contribute troops")."""
    lex = r.lex
    giving = v.lemma in lex.words("giving_verb")
    promise = giving and v.lemma in lex.words("intent_head")  # "pledged aid", "offered troops": not given yet
    for obj in _light_objects(lex, v.objects):
        noun = compound_lemma(obj, lex)
        if r.np(obj):
            continue
        if not lex.is_event_noun(noun):
            noun = (giving and lex.word_value("resource_noun", noun)) or ""
            if not noun:
                continue
        r.handled_nouns.add(obj.i)
        sources = r.owners(obj) or r.prep_objects(obj, SOURCE_PREPS) or v.sources
        negated = v.negated or mood.negated(lex, obj)
        modality = v.modality if v.modality != ASSERTED else mood.modality(lex, obj)
        if promise and modality == ASSERTED:
            modality = HYPOTHETICAL
            yield from map(mood.as_intent, _light_act(r, v, obj, noun, sources, negated, modality))
            continue
        yield from _light_act(r, v, obj, noun, sources, negated, modality)


def _stative_act(r: ActionReader, verb: Token) -> Iterator[Action]:
    """"troops stayed on alert near X", "workers went on strike against X": a verb of being or going whose "on"
    phrase is an event noun does that act, aimed as a light verb's is (:data:`LIGHT_VERB_RULES`); "were put
    under arrest in X": who is put under an act undergoes it, from the state it is done in."""
    deps, _, children = dependency_tree(verb.doc)
    forms = lower_forms(verb.doc)
    if not any(deps[p] == "prep" and forms[p] in ("on", "under") for p in children[verb.i]):
        return  # no "on" or "under" phrase (most verbs): nothing below would be found
    lex = r.lex
    acts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in r.handled_nouns
            and lex.is_event_noun(compound_lemma(o, lex))]
    undergone = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in r.handled_nouns
                 and lex.classify(compound_lemma(o, lex), "NOUN")[0] in AUTHORITY_CATEGORIES]
    if undergone and r.is_passive(verb) and not r.subjects(verb):
        for noun in undergone:
            r.handled_nouns.add(noun.i)
            yield from _place_authority(r, verb, noun, compound_lemma(noun, lex), "NOUN")
    sources = r.subjects(verb) if acts else []
    if not sources:
        return
    negated, modality = mood.negated(lex, verb), mood.modality(lex, verb)
    v = VerbReading(verb, verb_lemma(verb, lex), "ignore", sources, negated, modality, [])
    for obj in acts:
        r.handled_nouns.add(obj.i)
        yield from _light_act(r, v, obj, compound_lemma(obj, lex), sources, negated, modality)


def _forces_subject(r: ActionReader, verb: Token) -> list[Token]:
    """The armed forces a verb's subject names ("Kenyan troops", "a deployment of Ugandan soldiers"), else none."""
    for c in verb.children:
        if c.dep_ in NOMINAL_SUBJECT_DEPS:
            nouns = [content_noun(c, r.lex)]
            if lemma_of(nouns[0]).lower() in r.lex.words("motion_noun"):
                nouns += [o for p in nouns[0].children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          if o.dep_ == "pobj"]
            return [n for n in nouns if n.pos_ == "NOUN" and (found := agent_at(n)) is not None
                    and found[1].sector == "military"]
    return []


def _forces_arrival(r: ActionReader, verb: Token, lemma: str) -> Iterator[Action]:
    """"Kenyan troops arrived in Somalia", "Ugandan soldiers landed in Somalia": armed forces coming into a state are
    mobilized there, rule ``verb.forces-arrival`` (a verb of arriving names no act otherwise); forces that
    come to help (``aid_force_word``: "peacekeeping troops", "peacekeepers") aid it, as CAMEO codes
    peacekeeping (074)."""
    helping = r.lex.words("aid_force_word")
    aid = any(lemma_of(w).lower() in helping for n in _forces_subject(r, verb) for w in (n, *n.children))
    sources = r.subjects(verb)
    targets = Targets()
    targets.add((k for k in r.prep_objects(verb, PLACE_PREPS) if is_state(k) and k not in sources),
                "verb.forces-arrival")
    for action in r.make(verb, lemma, "VERB", sources, targets, mood.negated(r.lex, verb),
                         mood.modality(r.lex, verb)):
        yield dataclasses.replace(action, category="aid" if aid else "mobilize",
                                  quad="material-cooperation" if aid else "material-conflict")


def _place_authority(r: ActionReader, verb: Token, trigger: Token, lemma: str, pos: str) -> Iterator[Action]:
    """"two Peruvians were arrested in Chile", "were put under arrest in X": a coercion or accusation
    done to someone in a state, by nobody named, is that state's (its police and courts), rule
    ``verb.place-authority``."""
    places = uniq(k for h in dict.fromkeys((trigger, verb)) for k in r.prep_objects(h, _IN) if is_state(k))
    if not places:
        return
    targets = Targets()
    targets.add((k for c in r.passive_subjects(verb) or ()
                 for k in r.refers(c) or (r.stand_in(c) if c.pos_ == "NOUN" else []) if k not in places),
                "verb.place-authority")
    yield from r.make(trigger, lemma, pos, places, targets, mood.negated(r.lex, verb), mood.modality(r.lex, verb))


def _light_objects(lex: Lexicon, objects: list[Token]) -> list[Token]:
    """The objects a light verb may name its act by: each object, and when it is no event noun its conjuncts
    ("launched artillery, mortar and rocket fire": the weapons are how, the fire is the act)."""
    out = []
    for o in (content_noun(o, lex) for o in objects):
        out.append(o)
        if not lex.is_event_noun(compound_lemma(o, lex)):
            out.extend(c for c in o.conjuncts if c.i > o.i and c.pos_ == "NOUN")
    return out


def _received(r: ActionReader, v: VerbReading) -> Iterator[Action]:
    """"Kenya received aid from Japan", "got assurances from Washington": the act the received thing names,
    from the giver (the "from" phrase) to the receiver (the subject), rule ``light-verb.received``."""
    lex = r.lex
    for obj in (content_noun(o, lex) for o in v.objects if o.dep_ == "dobj"):
        noun = lemma_of(obj).lower()
        act = noun if lex.is_event_noun(noun) else lex.word_value("resource_noun", noun)
        givers = r.prep_objects(v.verb, _FROM) or r.prep_objects(obj, _FROM)
        if not act or r.np(obj) or not givers:
            continue
        r.handled_nouns.add(obj.i)
        targets = Targets()
        targets.add(v.sources, "light-verb.received")
        yield from r.make(obj, act, "NOUN", givers, targets, v.negated or mood.negated(lex, obj), v.modality)


def _light_act(r: ActionReader, v: VerbReading, obj: Token, noun: str, sources: list[str], negated: bool,
               modality: Modality) -> Iterator[Action]:
    """The act one event noun (or given resource) of a light verb names, from ``sources``."""
    lex, verb = r.lex, v.verb
    if r.is_reciprocal_object(obj, TARGET_PREPS) or r.is_reciprocal_object(verb, TARGET_PREPS):
        # "launched strikes against each other"
        yield from r.pairs(obj, noun, "NOUN", sources, negated, modality, "light-verb.reciprocal")
        return
    targets = Targets()
    for rule in LIGHT_VERB_RULES:
        targets.add_named(rule(r, verb, obj))
    sides = [k for k in r.prep_objects(obj, _BETWEEN) if k not in sources] if not targets else []
    if len(sides) >= 2 and lex.has_flag(noun, "NOUN", "reciprocal"):
        # "Norway held talks between Colombia and the FARC": the sides talk, and with the host
        yield from r.pairs(obj, noun, "NOUN", sides, negated, modality, "noun.between")
    if sides:  # "launched a mediation effort between X and Y": aimed at both
        targets.add_named(_named(sides, "light-verb.event-noun"))
    if not targets and lex.classify(noun, "NOUN")[0] == "mobilize":  # "conducted military exercises near X"
        targets.add_named(_named(_deployment_places(r, obj, sources), "light-verb.deployment-place"))
    if not targets and lex.classify(noun, "NOUN")[0] in PLACE_ACT_CATEGORIES:  # "imposed a curfew in X"
        targets.add_named(_named(act_places(r, obj, sources), "light-verb.act-place"))
    if not targets and lex.classify(noun, "NOUN")[0] == "aid":  # "sent troops to a force in X"
        targets.add_named(_named(recipient_places(r, verb, obj, sources), "light-verb.recipient-place"))
    if not targets:  # "staged protests to demand reforms by X": aimed where its purpose is
        purposes = [c for c in obj.children if c.dep_ in ("acl", "relcl") and _infinitive(c)] + [
            c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i and _infinitive(c)]
        targets.add_named(_named((k for c in purposes for k in _infinitive_targets(r, c) if k not in sources),
                                 "light-verb.purpose"))
    if not targets and len(sources) >= 2 and lex.has_flag(noun, "NOUN", "reciprocal") and not r.owned_subject(verb):
        # "Greece and Albania held talks": a mutual act between the subjects (not the owners of one subject)
        yield from r.pairs(obj, noun, "NOUN", sources, negated, modality, "light-verb.mutual")
        return
    for action in r.make(obj, noun, "NOUN", sources, targets, negated, modality):
        yield _pair_class(lex, v.lemma, noun, action)


def _pair_class(lex: Lexicon, verb: str, noun: str, action: Action) -> Action:
    """An event noun's act as its light verb's CAMEO verb + object class names it: "lodged a protest with X"
    is an accusation, not a street protest (a refusal keeps its own class)."""
    row = lex.action(verb, "VERB")
    pair = lex.cameo.object_class(verb, noun) if row is not None and row.category in _NEUTRAL_LIGHT else None
    if pair is None or action.category == "reject" or pair[0] in ("ignore", action.category):
        return action
    return dataclasses.replace(action, category=pair[0], quad=pair[1])


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
    # "launched a mediation between A and B": a third party's act is aimed at both (a mutual act's "between"
    # names its own parties: noun.between)
    found = r.prep_objects(noun, TARGET_PREPS | _BETWEEN if _third_party(r.lex, noun) else TARGET_PREPS)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if not found and holder is not None and lemma_of(holder).lower() in r.lex.words("quantity_noun"):
        found = r.prep_objects(holder, TARGET_PREPS)  # "$5,000 worth of goods to X": on what counts the noun
    return _named(found, "light-verb.event-noun")


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
    lex = r.lex
    given = lex.classify(lemma_of(noun).lower(), "NOUN")[0] in ("aid", "coerce") \
        or lemma_of(noun).lower() in lex.words("resource_noun")
    # "provide aid for Romania": whom aid is for is whom it goes to; "issued warrants for X": whom they seize
    preps = LIGHT_VERB_PREPS | {"for"} if given else LIGHT_VERB_PREPS
    return _named(r.prep_objects(verb, preps | _BETWEEN if _third_party(lex, noun) else preps),
                  "light-verb.verb-target")


def _third_party(lex: Lexicon, noun: Token) -> bool:
    """A cooperative act one party does for two others, whose "between" phrase names both ("launched a mediation
    between A and B"); a mutual act's "between" names its own parties instead (``noun.between``)."""
    lemma = compound_lemma(noun, lex)
    return lex.classify(lemma, "NOUN")[1] == "verbal-cooperation" and not lex.has_flag(lemma, "NOUN", "reciprocal")


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
def light_complement_subject(r: ActionReader, verb: Token, noun: Token) -> list[tuple[str, str]]:
    """"Japan made a demand that Russia return the islands": a demand a light verb makes is aimed at whom its
    clause asks to act, as without the light verb (:func:`~graphkit.actions.nouns.complement_subject`).

    Parameters
    ----------
    r
        The reader.
    verb
        The light verb (its that-clause counts when the parser hung it there).
    noun
        Its event noun, a ``request``.

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.complement-subject")`` for the subjects of the clause.

    Examples
    --------
    >>> from graphkit import actors, lexicon, nlp
    >>> made = nlp.load_pipeline()("Japan made a demand that Russia return the islands.")
    >>> reader = ActionReader(made, actors.find_actors(made), lexicon.load_lexicon())
    >>> light_complement_subject(reader, made[1], made[3])
    [('state:RUS', 'noun.complement-subject')]
    """
    return complement_subject(r, noun)


LIGHT_VERB_RULES: tuple[Callable[[ActionReader, Token, Token], list[tuple[str, str]]], ...] = (
    light_noun_prep, light_verb_prep, light_participle_object, light_complement_subject)


# -- targets ------------------------------------------------------------------------------------

#: Categories of deciding on a request, whose passive with no agent is done by whom the request is addressed to
#: ("X's bid to join Y was rejected", "X's application to buy Y was accepted").
DECIDING_CATEGORIES = frozenset({"reject", "agree"})


def _bid_clauses(r: ActionReader, verb: Token) -> list[Token]:
    """The infinitives that say what the passive subjects of a verb ask to do ("X's bid [to join Y]")."""
    return [c for s in r.passive_subjects(verb) or () if s.pos_ == "NOUN" for c in s.children
            if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def addressees(r: ActionReader, verb: Token) -> list[str]:
    """Who decides on a request a passive verb with no agent decides on: the object of the infinitive saying
    what is asked ("Serbia's bid to join the EU was refused": the EU refused it).

    Parameters
    ----------
    r
        The reader.
    verb
        A passive verb of :data:`DECIDING_CATEGORIES` whose subject names no actor.

    Returns
    -------
    list of str
        The actors of the infinitive's direct object.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Serbia's bid to join NATO was rejected.")
    >>> addressees(ActionReader(doc, find_actors(doc), load_lexicon()), doc[7])
    ['org:nato']
    """
    return uniq(k for c in _bid_clauses(r, verb) for o in c.children if o.dep_ == "dobj" for k in r.np(o))


def addressed_bid(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"Serbia's bid to join the EU was rejected": the decision on a request is aimed at whose request it is.

    Parameters
    ----------
    r
        The reader.
    v
        A passive verb whose sources are the request's addressees (:func:`addressees`).

    Returns
    -------
    list of (str, str)
        ``(actor, "verb.addressed-bid")`` for the owners of the request ("Serbia's", "the Serbian bid") or
        the subject of its infinitive.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Serbia's bid to join NATO was rejected.")
    >>> r = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> [(a.source, a.action, a.target, a.rule) for a in read_verb(r, doc[7])]
    [('org:nato', 'reject', 'state:SRB', 'verb.addressed-bid')]
    """
    if v.category not in DECIDING_CATEGORIES or not r.is_passive(v.verb) or r.prep_objects(v.verb, SOURCE_PREPS):
        return []
    clauses = _bid_clauses(r, v.verb)
    if not clauses or not set(v.sources) <= set(addressees(r, v.verb)):
        return []
    return _named([k for c in clauses for k in r.subjects(c) if k not in v.sources], "verb.addressed-bid")


#: The quad of each category a judgement_word gives.
JUDGEMENT_QUADS = {"accuse": "verbal-conflict", "support": "verbal-cooperation"}
#: How the predicate of a naming verb hangs on it ("called X a joke", "called X outdated").
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def judgement(lex: Lexicon, verb: Token) -> str | None:
    """What a naming verb's predicate says of its object: ``accuse`` ("called the plan a joke", "described
    the vote as a farce"), ``support`` ("called the deal a success"), None when it judges nothing.

    Parameters
    ----------
    lex
        The lexicon (``naming_verb`` and ``judgement_word`` classes).
    verb
        Any verb; only a ``naming_verb`` has a judgement.

    Returns
    -------
    str or None
        The category of the judgement: its predicate's head, or a modifier of it ("a dangerous mistake"),
        in the ``judgement_word`` class.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words="Peru called the plan a joke".split(), heads=[1, 1, 3, 1, 5, 1],
    ...           deps="nsubj ROOT det dobj det oprd".split(), lemmas="Peru call the plan a joke".split())
    >>> judgement(load_lexicon(), doc[1]), judgement(load_lexicon(), doc[3])
    ('accuse', None)
    """
    if lower_lemma(verb) not in lex.words("naming_verb"):
        return None
    predicates = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS and c.i > verb.i]
    predicates += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > verb.i
                   for o in p.children if o.dep_ in ("pobj", "amod", "acomp")]  # "described X as a farce"
    for p in predicates:
        for w in (p, *(c for c in p.children if c.dep_ in ("amod", "compound", "acomp"))):
            value = lex.word_value("judgement_word", lemma_of(w).lower()) or lex.word_value("judgement_word", w.lower_)
            if value:
                return value
    return None


def judged_object(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"Chile called Peru's plan a joke", "called the British rebate outdated": a judgement of the object is
    aimed at what it names, else at whom it belongs to (its possessor or modifier).

    Parameters
    ----------
    r
        The reader.
    v
        A naming verb whose predicate is a word of judgement (:func:`judgement`); its category becomes the
        judgement's.

    Returns
    -------
    list of (str, str)
        ``(actor, "verb.judged-object")``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Kenya called the Ugandan proposal a farce.")
    >>> r = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> [(a.source, a.action, a.target, a.category) for a in read_verb(r, doc[1])]
    [('state:KEN', 'call', 'state:UGA', 'accuse')]
    """
    if judgement(r.lex, v.verb) is None:
        return []
    verb = v.verb
    # the object, or the first of two predicates the parse gave ("called [X's rebate] [unjustified]")
    objs = [c for c in verb.children if c.dep_ == "dobj"] or \
        [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in NOUN_POS][:1]
    found = [k for o in objs for k in (r.np(o) or _possessors(r, content_noun(o, r.lex))) if k not in v.sources]
    return _named(uniq(found), "verb.judged-object")


def _possessors(r: ActionReader, noun: Token) -> list[str]:
    """Whom a thing belongs to: its possessor or modifiers, also a possessor the parse hung on a compound in
    front of it ("the UK's £3bn rebate")."""
    return r.owners(noun) or uniq(k for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                                  for p in c.subtree if p.dep_ == "poss" for k in r.np(p))



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
    for c in r.passive_subjects(v.verb) or ():  # "X was shot and wounded by Y": both participles
        # "Chilean bases were shelled by Peru"; "the outlaw X was shot by Y": the name in apposition
        found = _named(r.refers(c) or (r.stand_in(c) if c.pos_ == "NOUN" else []), "verb.passive-agent")
        if not found and v.category in CRITICAL_CATEGORIES and r.is_act(c):
            found = _named(r.authors(c) or r.recalled_author(c, v.sources), "verb.passive-act-author")
        if not found and c.pos_ == "NOUN" and c.dep_ == "nsubjpass":
            # "the Russian embassy was attacked by ...", "evidence against Russia was presented": as an object
            found = inside_object(r, c, v.category, v.sources)
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
    doc = v.verb.doc
    deps, _, children = dependency_tree(doc)
    tags = coarse_tags(doc)
    for obj in v.objects:
        rule = "verb.relative-head" if v.relative_head else "verb.dative" if deps[obj.i] == "dative" else "verb.object"
        # "killed his son, Stephen", "the minister, Lord X, and the mediator, Count Y": the names in apposition
        # what belongs to the subject itself ("suspended its programme for X") is read inside the object
        found = _named([k for k in r.np(obj) + [k for t in (obj, *obj.conjuncts) if tags[t.i] == "NOUN"
                                                for c in children[t.i] if deps[c] == "appos" for k in r.np(doc[c])]
                        if k not in v.sources], rule)
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
    preps = VERB_TARGET_PREPS - _AGAINST if _helps(r, v) else VERB_TARGET_PREPS  # see opposed_party
    if " " in v.lemma:  # a phrasal verb's own preposition names whom it is aimed at ("stood by Chile")
        preps = preps | {v.lemma.rsplit(" ", 1)[1]}
    found = _named((k for head in prep_heads(v.verb) for k in r.prep_objects(head, preps)), "verb.prep-object")
    if v.category in CRITICAL_CATEGORIES:  # "complained to the UN over Israeli raids": also at the raids' author
        found += _named((k for p in v.verb.children if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS
                         for o in p.children if o.dep_ == "pobj" and r.is_act(o) for k in r.authors(o)
                         if k not in v.sources), "verb.act-author")
    return found


def from_objects(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"withdrew its troops from Lebanon", "demanded autonomy from Serbia": verbs of leaving or of asking
    (the ``from_target_verb`` word class) are aimed at whom "from" names.

    Parameters
    ----------
    r
        The reader.
    v
        The verb.

    Returns
    -------
    list of (str, str)
        Actors of its "from" phrase as ``verb.from-target``; none for another verb.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["withdrew", "troops", "from", "Lebanon"],
    ...                        heads=[0, 0, 0, 2], deps=["ROOT", "dobj", "prep", "pobj"])
    >>> v = VerbReading(doc[0], "withdraw", "concede", ["state:SYR"], False, "asserted", [doc[1]])
    >>> from_objects(ActionReader(doc, DocActors("d1", token_actors={3: ("state:LBN",)}), load_lexicon()), v)
    [('state:LBN', 'verb.from-target')]
    """
    if v.lemma not in r.lex.words("from_target_verb"):
        return []
    # the parser may hang a place left on the object ("evacuated the wounded from X"); what is asked for
    # may have a "from" of its own ("demanded the withdrawal of troops from X")
    left = uniq(k for o in v.objects for k in r.prep_objects(o, _FROM)) if v.category != "request" else []
    return _named(r.prep_objects(v.verb, _FROM) or left, "verb.from-target")


def opposed_party(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"Canada backed Ukraine against Russia", "Chad and Niger united against the rebels", "defended the
    villagers from the militia's raids": a verb of help opposes whom its "against" phrase names, a verb of
    protection (``protect_verb``) whom its "from" phrase names; an act or thing there stands for its owner
    ("from Y's savagery"). The edge is ``oppose`` (reject, verbal conflict), not help.

    Parameters
    ----------
    r
        The reader.
    v
        The verb.

    Returns
    -------
    list of (str, str)
        Actors opposed, as ``verb.opposed-party``; none of the verb's own sources.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["backed", "Kyiv", "against", "Russia"],
    ...                        heads=[0, 0, 0, 2], deps=["ROOT", "dobj", "prep", "pobj"])
    >>> v = VerbReading(doc[0], "back", "support", ["state:CAN"], False, "asserted", [doc[1]])
    >>> found = DocActors("d1", token_actors={1: ("state:UKR",), 3: ("state:RUS",)})
    >>> opposed_party(ActionReader(doc, found, load_lexicon()), v)
    [('state:RUS', 'verb.opposed-party')]
    """
    preps = (_AGAINST if _helps(r, v) else frozenset()) | (_FROM if v.lemma in r.lex.words("protect_verb")
                                                              else frozenset())
    if not preps:
        return []  # neither a verb of help nor of protection (most verbs)
    return _named((k for p in v.verb.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj" for k in r.refers(o, acts=True, things=True)
                   if k not in v.sources), "verb.opposed-party")


def _helps(r: ActionReader, v: VerbReading) -> bool:
    """Whether a verb is one of help or cooperation ("back", "unite", "aid")."""
    return r.lex.classify(v.lemma, "VERB")[1] in COOPERATION_QUADS


#: Rules for whom a verb is aimed at, all asked in order.
VERB_TARGET_RULES: tuple[TargetRule, ...] = (judged_object, addressed_bid, passive_subject, objects,
                                             prepositional_objects, from_objects,
                                             opposed_party)


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
    if v.objects:
        return []
    # "pushed for Peru to back the plan", "called for Chile to withdraw": a request's for-clause names who is asked
    asked = [c for c in v.verb.children if c.dep_ == "advcl" and (_infinitive(c) or c.tag_ == "VB")
             and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)] if v.category == "request" else []
    if not asked and not (lex.has_flag(v.lemma, "VERB", "directive") or lex.has_flag(v.lemma, "VERB", "object_control")
                          or (v.lemma in lex.words("desire_verb") and v.category == "request")):
        return []  # "wants Chile to withdraw": a verb of wanting is a demand only with a doer (action_class)
    clauses = asked or [c for c in v.verb.children if c.dep_ in COMPLEMENT_DEPS and _jussive(c)]
    return _named((k for c in clauses for s in c.children if s.dep_ in NOMINAL_SUBJECT_DEPS for k in r.np(s)),
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
    doc = v.verb.doc
    deps, _, children = dependency_tree(doc)
    kids = children[v.verb.i]
    if lex.has_flag(v.lemma, "VERB", "negative") or v.category in ("ignore", "communicate") \
            or any(deps[o] in OBJECT_DEPS for o in kids):
        return []
    return _named((k for c in kids if deps[c] == "xcomp"
                   for k in _infinitive_targets(r, doc[c]) if k not in v.sources), "verb.intention")


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


def demand_complement(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"X declared that China must drop its barriers", "X said Peru has to withdraw": saying that someone must
    act is demanding it of them ("should" advises and is not read): the action is a ``request`` with quad
    ``verbal-conflict``, PLOVER's demand (:data:`RULE_CATEGORIES`).

    Parameters
    ----------
    r
        The reader.
    v
        A verb of saying or concluding (of any category but ``ignore``) without objects.

    Returns
    -------
    list of (str, str)
        The subjects of its complement clauses with "must" or "has to", as
        ``verb.demand-complement``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Norway said Chile must withdraw.")
    >>> reader = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> said = VerbReading(doc[1], "say", "communicate", reader.subjects(doc[1]), False, "asserted", [])
    >>> demand_complement(reader, said), demand_complement(reader, dataclasses.replace(said, category="ignore"))
    ([('state:CHL', 'verb.demand-complement')], [])
    """
    if v.objects or v.category == "ignore":
        return []
    doc = v.verb.doc
    deps, _, children = dependency_tree(doc)
    return _named((k for c in (doc[c] for c in children[v.verb.i] if deps[c] == "ccomp") if _obliged(c)
                   for s in c.children if s.dep_ in NOMINAL_SUBJECT_DEPS for k in r.np(s) if k not in v.sources),
                  "verb.demand-complement")


def shared_object(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"X shot and killed Y", "X condemned and rejected Y": a verb without an object shares the object of the
    verb coordinated with it (also when the parser hangs that object on the first verb: "shot and mortally
    wounded Y" read as "shot ... and Y").

    Parameters
    ----------
    r
        The reader.
    v
        A verb of an act (not of saying, of category ``other`` or ``ignore``) without objects.

    Returns
    -------
    list of (str, str)
        The shared object's actors as ``verb.shared-object``.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.lexicon import load_lexicon
    >>> from graphkit.actors import DocActors
    >>> words = ["Smith", "shot", "and", "killed", "Brown"]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3],
    ...                        deps=["nsubj", "ROOT", "cc", "conj", "dobj"], pos=["PROPN", "VERB", "CCONJ", "VERB",
    ...                        "PROPN"])
    >>> found = DocActors("d1", token_actors={0: ("person:smith",), 4: ("person:brown",)})
    >>> shared_object(ActionReader(doc, found, load_lexicon()),
    ...               VerbReading(doc[1], "shoot", "assault", ["person:smith"], False, "asserted", []))
    [('person:brown', 'verb.shared-object')]
    """
    if v.objects or v.category in _NO_SHARED_OBJECT:
        return []
    doc = v.verb.doc
    deps, _, children = dependency_tree(doc)
    if any(deps[c] in COMPLEMENT_DEPS for c in children[v.verb.i]):
        return []  # "refused to deploy ... and urged X": the first verb has its own complement
    found: list[str] = []
    for c in (doc[c] for c in children[v.verb.i] if deps[c] == "conj"):
        if any(s.dep_ in NOMINAL_SUBJECT_DEPS for s in c.children):
            continue
        if c.pos_ in NOUN_POS:
            found += r.np(c)
        elif c.pos_ in VERB_POS:  # "condemned and rejected the Chilean plan": the plan's author
            found += [k for o in c.children if o.dep_ == "dobj"
                      for k in r.np(o) or [k for k, _ in inside_object(r, o, v.category, v.sources)]]
    return _named((k for k in found if k not in v.sources), "verb.shared-object")


#: Rules asked in order only while no target is found.
def threat_condition(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"Russia threatened to end the talks if the US deploys missiles": a threat is aimed at whom its
    condition (an if/unless clause of the threat or of what it threatens) asks to act.

    Parameters
    ----------
    r
        The reader.
    v
        A threat (category ``threaten``) or an act a threat commits to (:func:`threatened`).

    Returns
    -------
    list of (str, str)
        The subjects of the condition other than the sources, as ``verb.threat-condition``.

    Examples
    --------
    >>> from graphkit import actors, lexicon, nlp
    >>> said = nlp.load_pipeline()("Chile threatened to recall its envoy unless Peru apologized.")
    >>> reader = ActionReader(said, actors.find_actors(said), lexicon.load_lexicon())
    >>> threat = VerbReading(said[1], "threaten", "threaten", ["state:CHL"], False, "asserted", [])
    >>> threat_condition(reader, threat)
    [('state:PER', 'verb.threat-condition')]
    """
    if v.category != "threaten" and not threatened(r.lex, v.verb):
        return []
    clauses = [v.verb] + [c for c in v.verb.children if c.dep_ == "xcomp"]
    return _named((k for c in clauses for a in c.children if a.dep_ == "advcl" and _conditional(a)
                   for k in r.subjects(a) if k not in v.sources), "verb.threat-condition")


def act_place(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"evacuated its outposts in X", "suspended aid deliveries in X": an act on a thing, with nobody else
    named, is aimed at the state or territory it is done in (:func:`act_places`).

    Parameters
    ----------
    r
        The action reader.
    v
        The verb; its category must be one of :data:`PLACE_ACT_CATEGORIES`.

    Returns
    -------
    list of (str, str)
        With the rule ``verb.act-place``; empty for an act done to people ("arrested five men in X" is
        aimed at the men, whoever they are).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["Chad", "closed", "roads", "in", "Sudan"], heads=[1, 1, 1, 2, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:TCD",), 4: ("state:SDN",)}), load_lexicon())
    >>> act_place(r, VerbReading(doc[1], "close", "sanction", ["state:TCD"], False, "asserted", [doc[2]]))
    [('state:SDN', 'verb.act-place')]
    """
    # "blew themselves up in X": who acts on themselves acts on the place
    things = [content_noun(o, r.lex) for o in v.objects if o.pos_ == "NOUN" or o.lower_ in REFLEXIVE_PRONOUNS]
    posts = r.lex.words("mission_noun")
    if v.category not in PLACE_ACT_CATEGORIES and not (
            v.category not in ("ignore", "communicate", "other") and any(lemma_of(o).lower() in posts for o in things)):
        return []  # "opened an embassy in X": any act on a state's post abroad is aimed at the host
    return _named((k for o in things if agent_at(o) is None for k in act_places(r, o, v.sources)),
                  "verb.act-place")


def protest_purpose(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"blocked roads to press their demands on X", "marched to demand reforms by X": a protest with nobody
    named is aimed where the infinitive of its purpose is aimed.

    Parameters
    ----------
    r
        The action reader.
    v
        The verb; its category must be ``protest``.

    Returns
    -------
    list of (str, str)
        With the rule ``verb.purpose``.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> words = ["Kenyans", "marched", "to", "denounce", "Uganda"]
    >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "advcl", "dobj"],
    ...           lemmas=["Kenyans", "march", "to", "denounce", "Uganda"], pos=["PROPN", "VERB", "PART", "VERB", "PROPN"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:KEN",), 4: ("state:UGA",)}), load_lexicon())
    >>> protest_purpose(r, VerbReading(doc[1], "march", "protest", ["state:KEN"], False, "asserted", []))
    [('state:UGA', 'verb.purpose')]
    """
    if v.category != "protest":
        return []
    purposes = [c for c in v.verb.children if c.dep_ in ("advcl", "xcomp") and c.i > v.verb.i and _infinitive(c)]
    return _named((k for c in purposes for k in _infinitive_targets(r, c, v.sources) if k not in v.sources),
                  "verb.purpose")


def _conditional(clause: Token) -> bool:
    """A clause opened by "if" or "unless"."""
    return any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)


def reported_accusation(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"X claimed that Y had attacked Z", "X says Y detained its citizens": reporting force that another used
    accuses them of it: the action is an ``accuse`` with quad ``verbal-conflict``, as PLOVER codes it
    (:data:`RULE_CATEGORIES`).

    Parameters
    ----------
    r
        The reader.
    v
        A verb of saying (``reporting_verb``) without objects, not negated ("denied that ..." accuses nobody).

    Returns
    -------
    list of (str, str)
        The subjects of its complement clauses whose verb is an assault or coercion, stated without a modal
        and not negated, as ``verb.reported-accusation``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Chile claimed that Peru had attacked Bolivia.")
    >>> reader = ActionReader(doc, find_actors(doc), load_lexicon())
    >>> claimed = VerbReading(doc[1], "claim", "communicate", reader.subjects(doc[1]), False, "asserted", [])
    >>> reported_accusation(reader, claimed)
    [('state:PER', 'verb.reported-accusation')]
    """
    lex = r.lex
    if v.objects or v.negated or v.lemma not in lex.words("reporting_verb") or v.category in ("reject", "ignore"):
        return []
    acts = [c for c in v.verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    acts = [c for c in acts if r.action_class(c, verb_lemma(c, lex), "VERB")[0] in ACCUSED_CATEGORIES
            and not mood.negated(lex, c) and mood.modality(lex, c) != HYPOTHETICAL]
    return _named((k for c in acts for k in r.subjects(c) if k not in v.sources), "verb.reported-accusation")


def after_talks(r: ActionReader, v: VerbReading) -> list[tuple[str, str]]:
    """"ended the boycott after talks with X", "freed the sailors following negotiations with X": a concession
    (or any act the verb ends) with nobody named is aimed at whom the talks before it were with.

    Parameters
    ----------
    r
        The action reader.
    v
        The verb; a concession, retreat, agreement or aid, or a verb that ends what it acts on (``negative``).

    Returns
    -------
    list of (str, str)
        The partners of the talks, as ``verb.after-talks``.

    Examples
    --------
    >>> from graphkit import actors, lexicon, nlp
    >>> doc = nlp.load_pipeline()("Chile lifted the blockade after talks with Peru.")
    >>> reader = ActionReader(doc, actors.find_actors(doc), lexicon.load_lexicon())
    >>> after_talks(reader, VerbReading(doc[1], "lift", "concede", ["state:CHL"], False, "asserted", [doc[3]]))
    [('state:PER', 'verb.after-talks')]
    """
    if v.category not in YIELDING_CATEGORIES and not r.lex.has_flag(v.lemma, "VERB", "negative"):
        return []
    talks = [o for p in v.verb.children if p.dep_ == "prep" and p.lower_ in AFTER_PREPS for o in p.children
             if o.dep_ == "pobj" and r.lex.classify(compound_lemma(o, r.lex), "NOUN")[0] == "consult"]
    return _named((k for t in talks for k in r.prep_objects(t, _WITH) if k not in v.sources), "verb.after-talks")


# an act's own place comes before a threat's condition: "threatened to close roads in X unless Y pays" closes
# roads in X
VERB_FALLBACK_RULES: tuple[TargetRule, ...] = (directive_complement, intention, control_complement,
                                               demand_complement, shared_object, act_place, threat_condition,
                                               reported_accusation, protest_purpose, after_talks)


# -- helpers ---------------------------------------------------------------------------------------

def inside_object(r: ActionReader, obj: Token, category: str,
                  sources: list[str] | None = None) -> list[tuple[str, str]]:
    """Whom a non-actor object points at, with the rule that says so.

    * force used on things hits their owner ("shelled Peruvian territory"), as help or a concession on what
      someone has reaches them ("wrote off Chile's debt"): ``verb.object-owner``;
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
    if lemma_of(obj).lower() in r.lex.words("relation_noun"):  # "cut its ties with X": the other party, not "its"
        partners = [k for k in r.prep_objects(obj, RELATION_PREPS) if k not in (sources or [])]
        if partners:
            return _named(partners, "verb.relation-partner")
    owned = [k for k in r.refers(obj, things=True) if k not in (sources or [])] \
        if category in MATERIAL_CATEGORIES else []  # not "its" ("suspended its programme for X")
    if owned:  # "shelled positions of the Chilean army"
        return _named(owned, "verb.object-owner")
    if category in GIVING_CATEGORIES:  # "wrote off Chile's debt" (not "reopened Ukrainian ports")
        owners = [k for c in obj.children if c.dep_ == "poss" for k in r.np(c) if k not in (sources or [])]
        if owners:
            return _named(owners, "verb.object-owner")
    if category in GIVING_CATEGORIES | SUPPORTIVE_CATEGORIES and lemma_of(obj).lower() in r.lex.words("motion_noun"):
        # "allowed the return of UN inspectors": letting someone come, go or stay is aimed at them
        movers = [k for k in r.owners(obj) + r.prep_objects(obj, _OF) if k not in (sources or [])]
        if movers:
            return _named(uniq(movers), "verb.act-author")
    if category in DIRECTIVE_CATEGORIES:
        # "demanded an admission by Moscow", "the withdrawal of Serbian forces", "autonomy from Serbia":
        # whoever is to perform (or grant) what is asked for
        doers = [k for k in (_performers(r, obj) if r.is_act(obj) else r.prep_objects(obj, _BY | _FROM))
                 if k not in (sources or [])]
        if not doers and obj.dep_ == "dobj" and not r.is_passive(obj.head):  # "demanded reforms by X"
            doers = [k for k in r.prep_objects(obj.head, _BY) if k not in (sources or [])]
        if not doers and r.lex.classify(lemma_of(obj).lower(), "NOUN")[0] == "request":
            doers = [k for k in _asked(r, obj) if k not in (sources or [])]
        if doers:
            return _named(doers, "verb.act-author")
    if category in CRITICAL_CATEGORIES:  # "denounced Serbia's suppression of ...": what is Serbia's is on Serbia
        owners = [k for c in obj.children if c.dep_ == "poss" for k in r.np(c) if k not in (sources or [])]
        if owners:
            return _named(owners, "verb.act-author")
    act = r.is_act(obj)
    aimed = r.prep_objects(obj, NOUN_TARGET_PREPS if act else THING_TARGET_PREPS | (
        _FOR if category in BENEFIT_CATEGORIES else frozenset()))  # "suspended its aid programme for X"
    if act and r.lex.classify(lemma_of(obj).lower(), "NOUN")[0] in FORCE_CATEGORIES:
        aimed += [k for k in r.prep_objects(obj, _OF) if k not in aimed]  # "tighten the blockade of Serbia"
    aimed += [k for k in r.participle_objects(obj) if k not in aimed and k not in (sources or [])]
    if act:
        authors = [k for k in r.authors(obj) if k not in (sources or [])]
        if category in CRITICAL_CATEGORIES:
            if authors:
                return _named(authors, "verb.act-author")
            return _named(aimed, "verb.act-aim") or _named(r.recalled_author(obj, sources or []),
                                                           "verb.recalled-author")
        if category in SUPPORTIVE_CATEGORIES:
            if r.lex.classify(lemma_of(obj).lower(), "NOUN")[1] in CONFLICT_QUADS:
                # backing "the assassination of X" is not backing X, but backs its author ("accepted demands
                # from X", "supported the Russian invasion")
                return _named(authors, "verb.act-author")
            return _named(aimed, "verb.act-aim") or _named(authors, "verb.act-author")
    measured = _named((k for k in _measure_places(r, obj) if k not in (sources or [])), "verb.measure-place") \
        if not aimed and category in MEASURE_CATEGORIES else []
    if measured:  # "lifted the curfew in X", "imposed martial law in X": a measure is aimed at the place it holds in
        return measured
    if not aimed and category == "mobilize":  # "deployed troops in X", "massed its forces near X"
        return _named(_deployment_places(r, obj, sources or []), "verb.deployment-place")
    return _named(aimed, "verb.object-aim")


def _deployment_places(r: ActionReader, obj: Token, sources: list[str]) -> list[str]:
    """Where forces are mobilized: the in/near/off/along phrases of the object ("troops in X", "drills near X")
    or of the verb it is the object of."""
    # the verb of a direct object, or of an "on" phrase ("stayed on alert near X")
    verb = obj.head if obj.dep_ in OBJECT_DEPS else obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "on" \
        else None
    holders = [obj] + ([verb] if verb is not None else [])
    return [k for h in holders for k in r.prep_objects(h, DEPLOYMENT_PREPS) if k not in sources]


def act_places(r: ActionReader, obj: Token, sources: list[str]) -> list[str]:
    """The states and territories where an act on a thing is done: the in/into phrases of the thing, of
    the noun it is "of" ("the closure of roads in X") or of the verb it is the object of.

    Parameters
    ----------
    r
        The reader holding the document's actors.
    obj
        What the act is done to ("settlements", "roads").
    sources
        Who acts: never the place (a state acting in its own territory names no other party).

    Returns
    -------
    list of str
        State and location keys, in order; people and organizations are no places.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["closed", "roads", "in", "Gaza"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={3: ("location:gaza",)}), load_lexicon())
    >>> act_places(r, doc[1], ["state:ISR"])
    ['location:gaza']
    """
    nouns = [obj] + [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
    holders = nouns + ([obj.head] if obj.dep_ in OBJECT_DEPS or obj.dep_ == "nsubjpass" else [])
    return uniq(k for h in holders for k in r.prep_objects(h, PLACE_PREPS)
                if (is_state(k) or is_location(k)) and k not in sources)


def recipient_places(r: ActionReader, verb: Token, obj: Token, sources: list[str]) -> list[str]:
    """Where what is given goes when its recipient is no actor: the state or territory the recipient is in
    ("contributed troops to a peacekeeping force in X", "sent food to the camps in X").

    Parameters
    ----------
    r
        The reader holding the document's actors.
    verb
        The giving verb; its to/for phrases (and those of the thing given) name the recipient.
    obj
        What is given.
    sources
        Who gives: never the place.

    Returns
    -------
    list of str
        State and location keys of the recipients' in-phrases (:func:`act_places`).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["sent", "food", "to", "camps", "in", "Chad"], heads=[0, 0, 0, 2, 3, 4],
    ...           deps=["ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={5: ("state:TCD",)}), load_lexicon())
    >>> recipient_places(r, doc[0], doc[1], ["state:FRA"])
    ['state:TCD']
    """
    recipients = [o for h in (verb, obj) for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not r.np(o)]
    return uniq(k for o in recipients for k in act_places(r, o, sources))


def _measure_places(r: ActionReader, obj: Token) -> list[str]:
    """The actors of the "in" phrases of a measure (``measure_noun``: "a curfew in X", "a state of emergency
    in X", "eased measures on Monday in X"), on the noun, its of-phrase, a participle after it ("the curfew
    imposed in X") or the verb it is the object of."""
    measure = r.lex.words("measure_noun")
    nouns = [obj] + [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
    if not any(lemma_of(n).lower() in measure for n in nouns):
        return []
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    holders = nouns + participles + ([obj.head] if obj.dep_ in OBJECT_DEPS else [])
    return uniq(k for h in holders for k in r.prep_objects(h, _IN))


def _infinitive(clause: Token) -> bool:
    """A clause with "to" ("to demand", "to protest")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _obliged(clause: Token) -> bool:
    """A clause that says someone must act: "must" ("China must drop"), "has to" ("Peru has to leave")."""
    for c in clause.children:
        if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX:
            return True
    return lemma_of(clause).lower() == "have" and any(x.dep_ == "xcomp" for x in clause.children)


def _together(verb: Token, lex: Lexicon) -> bool:
    """"India and Russia will work together": coordinated subjects of an act done together act on each other."""
    return lex.classify(lemma_of(verb).lower(), "VERB")[0] not in ("ignore", "communicate") and any(
        c.dep_ == "advmod" and c.lower_ in TOGETHER_WORDS for c in verb.children)


def _jussive(clause: Token) -> bool:
    """A complement that asks for something rather than states it: a bare verb
    ("insist Serbia hand over"), an infinitive ("allow Serbia to keep") or "should"/"must"."""
    aux = [a.lower_ for a in clause.children if a.dep_ in AUX_DEPS]
    if any(a in JUSSIVE_AUX for a in aux):
        return True
    return not aux and clause.tag_ in ("VB", "VBP") and not any(a.dep_ == "mark" and a.lower_ == "if"
                                                                  for a in clause.children)


def _asked(r: ActionReader, demand: Token) -> list[str]:
    """Whom a demand is made of: who is to grant what it is for ("pressed their demands for reforms from X",
    "calls for a ceasefire by X"), else its on/to/from phrase ("demands on X")."""
    wanted = [o for p in demand.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj"]
    found = [k for o in wanted for t in (o, *o.conjuncts) for k in r.prep_objects(t, _BY | _FROM)]
    return uniq(found or r.prep_objects(demand, _DEMANDED_OF))


def _performers(r: ActionReader, act: Token) -> list[str]:
    """Who is to perform an act asked for: its owner or "by" phrase, else its "of" phrase (unless the act is
    done to that one: "the release of the hostages"), else its "from" phrase ("support from X")."""
    found = r.owners(act) + r.prep_objects(act, _BY)
    if not found and lemma_of(act).lower() not in r.lex.words("patient_noun"):
        found = r.prep_objects(act, _OF)
    return uniq(found or r.prep_objects(act, _FROM))


def _infinitive_targets(r: ActionReader, verb: Token, sources: Iterable[str] = ()) -> list[str]:
    """Whom an infinitive clause acts on: its objects, prepositional objects, and for a
    light verb the targets of its event noun ("to launch raids on X"); an object that is the
    ``sources``' own ("to press their demands on X") is read inside."""
    found: list[str] = []
    category = r.action_class(verb, verb_lemma(verb, r.lex), "VERB")[0]  # "to break relations" is a sanction
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS:
            found += [k for k in r.np(c) if k not in sources] \
                or [k for k, _ in inside_object(r, c, category, list(sources))]
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
