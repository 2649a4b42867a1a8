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
noun.between             "Talks between Serbia and Kosovo collapsed" (both directions; a row among three: the first with each)
noun.compound-pair       "Indian and Pakistani talks resumed"
noun.of-members          "an alliance of Chile, Peru and Bolivia" (each with each)
noun.prep-target         "a Russian attack on Ukrainian power plants"
noun.of-target           "the Russian invasion of Ukraine" (force: "of" is the one acted on)
noun.participle-object   "retaliation from Syria targeting Turkish bases"
noun.complement-subject  "Japan repeated its demand that Russia return the islands"
noun.in-support-of       "Canada sent ships in support of Haiti"
noun.in-protest-at       "held a rally in protest at Peru's refusal" (what is protested)
noun.of-act-author       "Peru's rejection of the Chilean proposal" (whose act or plan is judged)
noun.under               "while under attack from Peru": the clause's subject is the target
noun.clause-subject      "Spain raised the issue during talks with Morocco": the clause's subject acts
noun.helped-side         "support for Chad in the fight against X": whom the help goes to fights
noun.helped-against      "strikes in support of Chad against X targets": the one helped opposes X
noun.fought-with         "Chad's battle with X": X fights Chad too
noun.mutual              "Serbia and Kosovo signed an agreement"
noun.reaction            "fired a missile, drawing condemnation from Japan"
noun.reciprocal          "Raids by Ethiopia and Eritrea against each other continued"
noun.patient-owner       "Smith was convicted of Brown's murder" (the victim of a possessed act)
noun.agent               "Brown's assassin, Smith, was arrested" (Smith -assassinate-> Brown)
noun.agent-title         "Brown assassin Smith was hanged": an agent noun as a title, its victim on the name
noun.act-place           "Chilean shelling in Bolivia killed two farmers" (force aimed where it is used)
=======================  ============================================================

Who performed an act that names no author of its own may be the one a
judgement is about ("Smith was convicted of the murder of Brown", "a suspect
in the killing of Brown"): :meth:`~graphkit.actions.reader.ActionReader.gerund_subjects`
through the ``culprit_verb`` and ``culprit_noun`` word classes.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

from spacy.tokens import Token

from ..actors.keys import is_state
from ..lemmas import lower_lemma
from ..lexicon import Lexicon
from ..syntax import (NOMINAL_SUBJECT_DEPS, POSSESSOR_DEPS, PREDICATIVE_DEPS, PREP_DEPS, PROPER_TAGS,
                      RELATIVE_PRONOUNS, SEQUENCE_PREPS, VERB_POS, coarse_tags, dependency_tree,
                      lower_forms)
from . import mood
from .reader import SOURCE_PREPS, TARGET_PREPS, ActionReader, Targets, uniq, verb_lemma
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Action, Modality

__all__ = ["NOUN_TARGET_RULES", "read_agent_noun", "read_noun"]

#: Prepositions of where an act is done.
PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})
#: Prepositions after which a verb of suspicion points at the one suspected of an act ("arrested after the killing").
SUSPICION_PREPS = frozenset({"after", "following"})
_OF = frozenset({"of"})
#: Rules that read a whole construction, source included, and keep their name.
_WHOLE_CONSTRUCTIONS = frozenset({"noun.in-support-of", "noun.in-protest-at"})
#: Categories of an act of protest named as the manner of another ("held a rally in protest at X").
PROTEST_CATEGORIES = frozenset({"protest"})
#: Prepositions that name what a protest is against.
PROTEST_PREPS = frozenset({"of", "at", "against", "over"})
#: Categories of help named as the manner of another act ("in support of X", "in cooperation with X").
COOPERATIVE_CATEGORIES = frozenset({"support", "cooperate", "aid", "agree"})
#: The act of being on the other side from someone ("backed Ukraine against Russia" opposes Russia), its class.
OPPOSE_LEMMA = "oppose"
OPPOSE_CLASS = ("reject", "verbal-conflict")
_AGAINST = frozenset({"against"})
_WITH = frozenset({"with"})
#: Verbs that head a phrase of a noun rather than a clause ("strikes coordinated with X").
_PHRASE_VERB_DEPS = frozenset({"acl", "amod"})
#: How a participle or a clause modifying a noun hangs on it ("sanctions imposed by X", "a campaign targeting X").
_CLAUSE_MODIFIER_DEPS = frozenset({"acl"})
# where _opposed_in_clause keeps a Doc's "against" prepositions, and those each clause reads, in its user_data
_AGAINST_KEY = "graphkit.nouns.against"
#: Clauses of their own inside another, whose "against" is not the outer clause's.
_OWN_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "csubj", "parataxis"})
#: The preposition that names a fight as what help is given in ("support for X in the fight against Y").
HELPED_IN_PREPS = frozenset({"in"})
#: Prepositions of a noun of help that name whom it goes to ("support for X", "aid to X").
HELPED_PREPS = frozenset({"for", "to"})
#: Quads of a fight the helped party wages.
FIGHT_QUADS = frozenset({"material-conflict"})
#: Categories of asking someone to act ("a demand that X", "a call for X to").
DIRECTIVE_CATEGORIES = frozenset({"request"})
#: Words that may stand between a noun and the that-clause saying what it asks ("its demand today that ...").
_BETWEEN_DEPS = frozenset({"npadvmod", "advmod", "punct"})
#: How a clause that says what is asked hangs on a noun ("the demand that Israel ease ...").
CLAUSE_COMPLEMENT_DEPS = frozenset({"acl", "ccomp"})
#: Event nouns whose "of" names the one acted on ("the killing of X", "invasion of Y").
OF_TARGET_CATEGORIES = frozenset({"assault", "coerce", "sanction", "accuse"})  # "condemnation of X"
#: Categories of force: used with nobody else named, aimed at the state it is used in ("air strikes in X").
FORCE_CATEGORIES = frozenset({"assault", "coerce", "sanction"})
#: Quads of a quarrel or a fight: one "between" three or more sides sets the first named against the others.
HOSTILE_QUADS = frozenset({"verbal-conflict", "material-conflict"})
#: Categories of saying no or yes to something, whose "of" phrase names what is judged ("rejection of X's plan").
JUDGING_CATEGORIES = frozenset({"reject", "accuse", "protest", "support", "agree"})
#: Of those, the categories whose "of" phrase may name the actor judged itself ("the condemnation of Kenya").
CRITICAL_NOUN_CATEGORIES = frozenset({"reject", "accuse", "protest"})
#: Prepositions that name an act only to say it did not happen ("struck without warning"; "despite a demand"
#: says the demand was made).
NO_EVENT_PREPS = frozenset({"without"})



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
    intent = None
    for action in _noun_actions(r, noun):
        if action.modality == HYPOTHETICAL and not action.negated:
            intent = mood.intended(r.lex, noun) if intent is None else intent
            action = mood.as_intent(action) if intent else action
        yield action


class _NounMood:
    """An event noun's negation and modality, read only once an action needs them (most event nouns yield
    none), with what the rules found that changes them: the judgement that names its author ("accused of the
    killing" reports it), the clause whose subject performs it.
    """

    def __init__(self, lex: Lexicon, noun: Token) -> None:
        self.lex, self.noun = lex, noun
        #: the modality a judgement gives an act the noun asserts ("convicted" asserts, "accused" reports)
        self.judged: Modality | None = None
        #: the verb whose subject performs the noun ("during talks with X"): its negation and modality count
        self.clause: Token | None = None
        self._read: tuple[bool, Modality] | None = None

    def read(self) -> tuple[bool, Modality]:
        """``(negated, modality)`` of the noun (:mod:`~graphkit.actions.mood`), read on the first call."""
        if self._read is None:
            lex, noun, verb = self.lex, self.noun, self.clause
            negated, modality = mood.negated(lex, noun), mood.modality(lex, noun)
            if self.judged is not None and modality == ASSERTED:
                modality = self.judged
            if verb is not None:
                negated = negated or mood.negated(lex, verb)
                if modality == ASSERTED:
                    modality = mood.modality(lex, verb)
            self._read = negated, modality
        return self._read


def _noun_actions(r: ActionReader, noun: Token) -> Iterator[Action]:
    """The actions of :func:`read_noun`, with the categories of the nouns themselves."""
    lex = r.lex
    feel = _NounMood(lex, noun)
    lemma = lower_lemma(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ in NO_EVENT_PREPS:
        return  # "struck without warning": an act named only to say it did not happen
    reciprocal = lex.has_flag(lemma, "NOUN", "reciprocal")
    if reciprocal and not r.owners(noun) and not r.prep_objects(noun, SOURCE_PREPS):
        # "an alliance of the US, India and Japan" (read before the noun is taken for its members)
        members = r.prep_objects(noun, _OF)
        if len(members) >= 2:
            yield from r.pairs(noun, lemma, "NOUN", members, *feel.read(), "noun.of-members")
            return
    if r.np(noun):
        return  # the noun itself names an actor
    victims = _patients(r, noun)
    owners = [] if victims else r.owners(noun)
    # a participle's agent hangs on an "acl" child, which most event nouns lack
    agents = r.participle_agents(noun) if _has_child(noun, _CLAUSE_MODIFIER_DEPS) else []
    sources = uniq(owners + r.prep_objects(noun, SOURCE_PREPS) + agents)
    if not sources:
        culprits, judged = _culprits(r, noun)
        if culprits:  # "Smith was convicted of the murder of Brown": the one judged did it
            sources, feel.judged = culprits, judged

    if reciprocal and sources:
        sources = uniq(sources + r.hyphen_partners(noun))  # "the Ethiopia-Eritrea war"
    if reciprocal:
        between = r.prep_objects(noun, frozenset({"between"}))
        if len(between) < 2:
            between = uniq(between + _merged_between(r, noun))
        if len(between) > 2 and lex.classify(lemma, "NOUN")[1] in HOSTILE_QUADS:
            # "a row between A, B and C": A against each of the others, not B against C
            negated, modality = feel.read()
            first, others = between[0], between[1:]
            yield from r.make(noun, lemma, "NOUN", [first], {k: "noun.between" for k in others}, negated, modality)
            for k in others:
                yield from r.make(noun, lemma, "NOUN", [k], {first: "noun.between"}, negated, modality)
            return
        if len(between) >= 2:
            yield from r.pairs(noun, lemma, "NOUN", between, *feel.read(), "noun.between")
            return
        if len(sources) >= 2 and not r.prep_objects(noun, TARGET_PREPS):
            yield from r.pairs(noun, lemma, "NOUN", sources, *feel.read(), "noun.compound-pair")
            return

    targets = Targets()
    targets.add(victims, "noun.patient-owner")
    for rule in NOUN_TARGET_RULES:
        targets.add_named(rule(r, noun))
    if sources and all(is_state(k) for k in sources) and not targets \
            and lex.classify(lemma, "NOUN")[0] in FORCE_CATEGORIES:
        # "Russian air strikes in Syria" (a firm's "operations in Germany" are no force)
        targets.add_named(act_place(r, noun, sources))
    helped = [] if sources else _helped_sides(r, noun, lemma)
    if helped:  # "support for Chad in the fight against X": Chad fights
        sources, targets = helped, _renamed(targets, "noun.helped-side")
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
            feel.clause = verb  # the clause's negation and modality are the noun's too
            targets = _renamed(targets, "noun.clause-subject")
        if reciprocal and len(sources) >= 2 and not targets and not (verb is not None and r.owned_subject(verb)):
            yield from r.pairs(noun, lemma, "NOUN", sources, *feel.read(), "noun.mutual")
            return
    if not targets and noun.dep_ == "dobj" and lower_lemma(head) in lex.words("causative_verb"):
        sources = sources or r.prep_objects(head, frozenset({"from"}))
        targets = Targets()
        if sources:
            targets.add((k for k in _causes(r, head, sources) if k not in sources), "noun.reaction")
    if r.is_reciprocal_object(noun, TARGET_PREPS):
        if sources:
            yield from r.pairs(noun, lemma, "NOUN", sources, *feel.read(), "noun.reciprocal")
        return
    if sources and targets:  # else there is nothing to make (and the mood need not be read)
        yield from r.make(noun, lemma, "NOUN", sources, targets, *feel.read())
    if reciprocal and len(sources) == 1 and lex.classify(lemma, "NOUN")[1] in FIGHT_QUADS:
        # "Chad's battle with X": X fights Chad as much
        foes = Targets()
        foes.add(sources, "noun.fought-with")
        yield from r.make(noun, lemma, "NOUN", [k for k in r.prep_objects(noun, _WITH) if k not in sources], foes,
                          *feel.read())
    helped = [k for k, rule in targets.items() if rule == "noun.in-support-of"]
    opposed = Targets()
    opposed.add((k for k in _opposed_in_clause(r, noun) if k not in helped and k not in sources),
                "noun.helped-against")
    if helped and opposed and not feel.read()[0]:  # "strikes in support of Chad against X targets": Chad is X's foe
        for action in r.make(noun, OPPOSE_LEMMA, "NOUN", helped, opposed, *feel.read()):
            yield dataclasses.replace(action, category=OPPOSE_CLASS[0], quad=OPPOSE_CLASS[1])


def _opposed_in_clause(r: ActionReader, noun: Token) -> list[str]:
    """The actors an "against" phrase of the clause a noun is in names ("conducted strikes in support of Chad
    using aircraft against X targets"), none inside a clause of its own (a relative or reported clause)."""
    # most clauses have no "against" under them: the few in the Doc are found by form once, and which of them
    # each clause reads once (read off the index columns: no Token made but for the objects read)
    doc = noun.doc
    memo = doc.user_data.get(_AGAINST_KEY)
    if memo is None:
        memo = doc.user_data[_AGAINST_KEY] = (
            tuple(i for form in _AGAINST for i in r.positions(form) if r.labels[i] == "prep"), {})
    against, by_clause = memo
    if not against:
        return []
    deps, heads, children = dependency_tree(doc)
    tags = coarse_tags(doc)
    clause = noun.i
    while heads[clause] != clause and not (tags[clause] in VERB_POS and deps[clause] not in _PHRASE_VERB_DEPS):
        clause = heads[clause]
    kept = by_clause.get(clause)
    if kept is None:
        kept = [i for i in against if _under_clause(deps, heads, i, clause)]
        if len(kept) > 1:  # in the order of the clause's subtree, as the plain walk met them
            order = {t.i: n for n, t in enumerate(doc[clause].subtree)}
            kept.sort(key=order.__getitem__)
        kept = by_clause[clause] = tuple(kept)
    found: list[str] = []
    for i in kept:
        found += [k for o in children[i] if deps[o] == "pobj" for k in r.refers(doc[o], acts=True, things=True)]
    return uniq(found)


def _under_clause(deps: list[str], heads: list[int], i: int, clause: int) -> bool:
    """Whether token ``i`` is ``clause`` or under it, with neither it nor a word between them opening a clause
    of its own (:data:`_OWN_CLAUSE_DEPS`)."""
    own = deps[i] in _OWN_CLAUSE_DEPS
    while i != clause:
        if heads[i] == i:
            return False  # the root, and the clause not met
        i = heads[i]
        own = own or (i != clause and deps[i] in _OWN_CLAUSE_DEPS)
    return not own


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
    row = r.lex.action(lower_lemma(noun), "NOUN")
    if row is None or row.category not in OF_TARGET_CATEGORIES:
        return []
    # "the slaying of Y's killer, X": the one the phrase names in apposition before whom it points at
    named = [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" for k in r.stand_in(o)]
    return [(k, "noun.of-target") for k in uniq(named or r.prep_objects(noun, frozenset({"of"})))]


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
    if not _has_child(noun, _CLAUSE_MODIFIER_DEPS):
        return []  # both readings below go through an "acl" child: most nouns have none
    # an infinitive says what is asked or planned, not whom the act is aimed at ("a demand for X to recognise Y")
    asked = {k for c in noun.children if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
             for o in c.children if o.dep_ == "dobj" for k in r.np(o)}
    return [(k, "noun.participle-object") for k in r.participle_objects(noun) if k not in asked]


def complement_subject(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"its demand that Israel ease restrictions", "a call for Chile to withdraw": a demand or request is aimed
    at the subject of the clause that says what is asked.

    Parameters
    ----------
    r
        The reader (its lexicon gives the noun's category).
    noun
        The event noun; only one of category ``request`` (an appeal or a demand) has such a target.

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.complement-subject")`` for the subjects of its clausal complements.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> words = ["the", "demand", "that", "Israel", "ease", "restrictions"]
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4],
    ...                        deps=["det", "ROOT", "mark", "nsubj", "acl", "dobj"],
    ...                        lemmas=["the", "demand", "that", "Israel", "ease", "restriction"])
    >>> complement_subject(ActionReader(doc, DocActors("d1", token_actors={3: ("state:ISR",)}), load_lexicon()),
    ...                    doc[1])
    [('state:ISR', 'noun.complement-subject')]
    """
    if r.lex.classify(lower_lemma(noun), "NOUN")[0] not in DIRECTIVE_CATEGORIES:
        return []
    clauses = [c for c in noun.children if c.dep_ in CLAUSE_COMPLEMENT_DEPS] + _detached_clauses(noun)
    return [(k, "noun.complement-subject") for c in clauses
            for s in c.children if s.dep_ in NOMINAL_SUBJECT_DEPS for k in r.np(s)]


def _detached_clauses(noun: Token) -> list[Token]:
    """"repeated its demand today that X ...": a that-clause the parser hung on the verb whose object the noun
    is, when only adverbs ("today", "again") stand between them."""
    if noun.dep_ != "dobj":
        return []
    verb = noun.head
    return [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark" and c.i > noun.i
            and all(t.dep_ in _BETWEEN_DEPS for t in verb.doc[noun.right_edge.i + 1:c.left_edge.i])]


def in_support_of(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"strikes carried out in support of Iraq", "acting in cooperation with Chile": an act of help named as
    the manner of another is aimed at its of/with phrase; "in protest at X's refusal" at what is protested.

    Parameters
    ----------
    r
        The reader (its lexicon gives the noun's category).
    noun
        The event noun; only one of a cooperative category (support, cooperate, aid, agree) or a protest,
        under "in".

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.in-support-of")`` for its of/with phrase, ``(actor, "noun.in-protest-at")`` for the
        actors of a protest's of/at/against/over phrase (an act there stands for its author).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words="struck in support of Iraq".split(), heads=[0, 0, 1, 2, 3],
    ...           deps="ROOT prep pobj prep pobj".split(), lemmas="strike in support of Iraq".split())
    >>> reader = ActionReader(doc, DocActors("d1", token_actors={4: ("state:IRQ",)}), load_lexicon())
    >>> in_support_of(reader, doc[2])
    [('state:IRQ', 'noun.in-support-of')]
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    category = r.lex.classify(lower_lemma(noun), "NOUN")[0]
    if category in PROTEST_CATEGORIES:  # "held a rally in protest at X's refusal": the refusal's author
        return [(k, "noun.in-protest-at") for k in r.prep_objects(noun, PROTEST_PREPS)]
    if category not in COOPERATIVE_CATEGORIES:
        return []
    return [(k, "noun.in-support-of") for k in r.prep_objects(noun, frozenset({"of", "with"}))]


def of_act_author(r: ActionReader, noun: Token) -> list[tuple[str, str]]:
    """"Ghana's refusal of the Togolese request", "Peru's acceptance of Chile's offer": saying no or yes to an
    act or a plan is aimed at its author; "the condemnation of Kenya": saying no to an actor at the actor.

    Parameters
    ----------
    r
        The reader (its lexicon gives the noun's category).
    noun
        The event noun; only one of :data:`JUDGING_CATEGORIES`.

    Returns
    -------
    list of (str, str)
        ``(actor, "noun.of-act-author")`` for the authors or owners of the acts and plans of its "of" phrase
        (and, for a critical noun, the actors it names).

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = load_pipeline()("Peru's rejection of the Chilean proposal ended the talks.")
    >>> of_act_author(ActionReader(doc, find_actors(doc), load_lexicon()), doc[2])
    [('state:CHL', 'noun.of-act-author')]
    """
    category = r.lex.classify(lower_lemma(noun), "NOUN")[0]
    if category not in JUDGING_CATEGORIES:
        return []
    found: list[str] = []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            named = r.np(o)
            if named and lower_lemma(o) not in r.lex.words("argument_head"):
                found += named if category in CRITICAL_NOUN_CATEGORIES else []  # "the condemnation of Kenya"
            else:  # an act or a plan: its author ("the Togolese request", "Britain's plans")
                found += named or r.refers(o, acts=True)
    return [(k, "noun.of-act-author") for k in uniq(found)]


def act_place(r: ActionReader, noun: Token, sources: list[str]) -> list[tuple[str, str]]:
    """"Russian air strikes in Syria", "Chilean shelling in the north of Bolivia": force a state uses with
    nobody else named is aimed at the state it is used in (a part of it: its "of" phrase).

    Parameters
    ----------
    r
        The action reader.
    noun
        An event noun of force.
    sources
        Its authors: never the place.

    Returns
    -------
    list of (str, str)
        State keys, as ``noun.act-place``.

    Examples
    --------
    >>> from graphkit import actors, lexicon, nlp
    >>> doc = nlp.load_pipeline()("Chilean shelling in the north of Bolivia killed two farmers.")
    >>> act_place(ActionReader(doc, actors.find_actors(doc), lexicon.load_lexicon()), doc[1], ["state:CHL"])
    [('state:BOL', 'noun.act-place')]
    """
    places = [o for p in noun.children if p.dep_ in PREP_DEPS and p.lower_ in PLACE_PREPS for o in p.children
              if o.dep_ == "pobj"]
    found = [k for o in places for k in r.np(o) or r.prep_objects(o, _OF)]  # "in the east of X": a part of X
    return [(k, "noun.act-place") for k in uniq(found) if is_state(k) and k not in sources]


#: Rules for whom an event noun is aimed at, all asked in order.
NOUN_TARGET_RULES: tuple[Callable[[ActionReader, Token], list[tuple[str, str]]], ...] = (
    prep_target, of_target, participle_object, complement_subject, in_support_of, of_act_author)


def read_agent_noun(r: ActionReader, noun: Token) -> Iterator[Action]:
    """The act an agent noun states between the one it names and its victim: "Brown's assassin, Smith",
    "Smith, the killer of Brown", "Brown assassin Smith", "Smith was the murderer of Brown".

    Parameters
    ----------
    r
        The reader of the document.
    noun
        A word of the ``agent_noun`` class (the tagger may call it a verb in "Brown assassin Smith").

    Yields
    ------
    Action
        From the actor the noun is in apposition with, is predicated of or names as a title, to the
        actor of its possessor, its name modifier or its "of" phrase; rule ``noun.agent``; the action is
        the class's verb ("assassin" -> "assassinate"); ``reported`` after "alleged", "accused" ...

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.actors import DocActors
    >>> from graphkit.lexicon import load_lexicon
    >>> words = ["Brown", "'s", "assassin", ",", "Smith", ",", "fled"]
    >>> doc = English().make_doc(" ".join(words))
    >>> for tok, head, dep in zip(doc, [2, 0, 6, 2, 2, 2, 6], ["poss", "case", "nsubj", "punct", "appos", "punct",
    ...                                                      "ROOT"]):
    ...     tok.head, tok.dep_, tok.pos_ = doc[head], dep, "NOUN" if tok.i == 2 else "PROPN"
    >>> found = DocActors("d1", token_actors={0: ("person:brown",), 4: ("person:smith",)})
    >>> [(a.source, a.action, a.target) for a in read_agent_noun(ActionReader(doc, found, load_lexicon()), doc[2])]
    [('person:smith', 'assassinate', 'person:brown')]
    """
    lex = r.lex
    verb = lex.word_value("agent_noun", lower_lemma(noun)) or lex.word_value("agent_noun", noun.lower_)
    if not verb:
        return
    victims = [k for c in noun.children if c.dep_ in POSSESSOR_DEPS and c.i < noun.i for k in r.np(c)]
    victims += r.prep_objects(noun, frozenset({"of"}))
    rule = "noun.agent"
    head = noun.head
    if not victims and noun.dep_ == "compound" and head.tag_ in PROPER_TAGS:
        # "Brown's assassin Smith", "Brown assassin Smith": a title whose victim the parse hangs on the name
        victims = [k for c in head.children if c.dep_ in POSSESSOR_DEPS and c.i < noun.i for k in r.np(c)]
        rule = "noun.agent-title"
    # the noun is said of one name, not of the names it is coordinated with ("A and B, the killer of C")
    doers = [k for c in noun.children if c.dep_ == "appos" for k in r.actors.of(c)]
    if not doers and noun.dep_ in ("appos", "compound") and head is not noun:
        doers = list(r.actors.of(head))  # "Smith, the assassin of Brown"; "assassin Smith"
    if not doers and noun.dep_ in PREDICATIVE_DEPS:
        doers = r.stand_in(noun)  # "Smith was the killer of Brown"
    if not doers and noun.pos_ in VERB_POS:  # "Brown assassin Smith" parsed as a verb and its object
        doers = [k for c in noun.children if c.dep_ == "dobj" for k in r.actors.of(c)]
    doers = [k for k in uniq(doers) if k not in victims]
    if not doers or not victims:
        return
    alleged = lex.words("reported_modifier")
    modality = REPORTED if any(c.dep_ == "amod" and c.lower_ in alleged for c in noun.children) else ASSERTED
    targets = Targets()
    targets.add(victims, rule)
    yield from r.make(noun, verb, "VERB", doers, targets, mood.negated(lex, noun), modality)


def _patients(r: ActionReader, noun: Token) -> list[str]:
    """"Brown's murder", "the Brown kidnapping": the possessor of an act done to someone is its victim,
    unless an of-phrase names the victim ("Chile's release of the prisoners")."""
    if lower_lemma(noun) not in r.lex.words("patient_noun"):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    return uniq(k for c in noun.children if c.dep_ in POSSESSOR_DEPS and c.i < noun.i for k in r.np(c))


def _culprits(r: ActionReader, noun: Token) -> tuple[list[str], str]:
    """Who a judgement says performed an act: "X was convicted of the murder of Y", "X, suspected in
    the killing of Y", "serving a sentence for the killing of Y" (with the modality the judgement
    gives it: "convicted" asserts, "accused" reports)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in PREP_DEPS:
        return [], ASSERTED
    gov = prep.head
    lex = r.lex
    if prep.lower_ in SEQUENCE_PREPS:
        # "X was arrested after the killing of Y" reports a suspicion; "convicted before the attack" says when
        if prep.lower_ not in SUSPICION_PREPS or lex.word_value("culprit_verb", lower_lemma(gov)) != REPORTED:
            return [], ASSERTED
    culprit_nouns = lex.words("culprit_noun")
    via_noun = lower_lemma(gov) in culprit_nouns
    while gov.pos_ == "NOUN" and lower_lemma(gov) in culprit_nouns and gov.dep_ == "pobj" \
            and gov.head.dep_ in PREP_DEPS:
        gov = gov.head.head  # "on a charge of murder in the killing of Y"
    judged = lex.word_value("culprit_verb", lower_lemma(gov))
    if judged is None and not via_noun:
        return [], ASSERTED  # "held on a sentence for the killing of Y": the noun makes the judgement
    if gov.pos_ in VERB_POS and r.passive_subjects(gov) is None:  # "police arrested X in the killing of Y"
        judged_ones = [k for c in gov.children if c.dep_ == "dobj" for k in r.stand_in(c)]
        if judged_ones:
            return judged_ones, judged or ASSERTED
    return r.gerund_subjects(prep), judged or ASSERTED


def _clause_verb(r: ActionReader, noun: Token, reciprocal: bool) -> Token | None:
    """The verb whose subject performs an event noun that names no author of its own.

    Only a noun under a preposition inherits the clause's subject ("during talks with X"); a direct
    object's verb already carries the action ("sign a treaty"), except signing or building a mutual act
    ("Armenia and Azerbaijan signed an agreement", "deepened their partnership": ``joint_verb``; attending
    a meeting is not: the others present need not be the subjects)."""
    head = noun.head
    while noun.dep_ == "pobj" and head.dep_ == "conj" and head.head.dep_ == "prep":
        head = head.head  # "coordinated with and in support of X": the first preposition holds the slot
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS and head.lower_ not in SEQUENCE_PREPS:
        return head.head
    if noun.dep_ == "dobj" and reciprocal:
        lemma = verb_lemma(head, r.lex)
        if (r.lex.classify(lemma, "VERB")[0] == "agree" or lemma in r.lex.words("joint_verb")) \
                and not r.lex.has_flag(lemma, "VERB", "reciprocal"):
            return head  # "signed an agreement", "deepened their partnership"
    return None


def _has_child(tok: Token, labels: frozenset[str]) -> bool:
    """Whether a child of ``tok`` has one of the dependency ``labels``, read off the Doc's columns."""
    deps, _, children = dependency_tree(tok.doc)
    return any(deps[c] in labels for c in children[tok.i])


def _merged_between(r: ActionReader, noun: Token) -> list[str]:
    """"a dispute between the Peruvian state and mining firm X", "talks between Chile's government and mining
    firm Y": the two sides of a "between" phrase the parse ran into one noun phrase, split at its "and" (each
    side the actor of its last name: "Spain's Repsol" is Repsol)."""
    doc = noun.doc
    # read off the Doc's columns: the phrase is walked word by word
    deps, _, children = dependency_tree(doc)
    forms, of_index = lower_forms(doc), r.actors.of_index
    sides: list[str] = []
    for p in children[noun.i]:
        if deps[p] != "prep" or forms[p] != "between":
            continue
        for o in children[p]:
            if deps[o] != "pobj":
                continue
            part: list[str] = []
            end = max([o] + [a for a in children[o] if deps[a] == "appos"])  # "oil firm, X"
            for j in range(doc[o].left_edge.i, end + 1):
                if forms[j] == "and" or forms[j] == ",":  # a comma is written "," in lower case too
                    sides += part[-1:]
                    part = []
                else:
                    found = of_index(j)
                    if found:
                        part.append(found[0])
            sides += part[-1:]
    return uniq(sides) if len(uniq(sides)) >= 2 else []


def _helped_sides(r: ActionReader, noun: Token, lemma: str) -> list[str]:
    """"support for Chad in the fight against X", "helped Chad in the war on X": a fight named as what help is
    given in is fought by whom the help goes to (and by a helping verb's subject)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in HELPED_IN_PREPS \
            or r.lex.classify(lemma, "NOUN")[1] not in FIGHT_QUADS:
        return []
    helper = noun.head.head
    if helper.dep_ == "dobj" and r.np(helper):  # "helped Chad in the war on X": the parser hangs it on Chad
        helper = helper.head
    if helper.pos_ == "NOUN" and r.lex.classify(lower_lemma(helper), "NOUN")[0] in COOPERATIVE_CATEGORIES:
        return r.prep_objects(helper, HELPED_PREPS)
    if helper.pos_ not in VERB_POS:
        return []
    if r.lex.classify(verb_lemma(helper, r.lex), "VERB")[0] in COOPERATIVE_CATEGORIES:  # "helped Chad in ..."
        helped = [k for c in helper.children if c.dep_ == "dobj" for k in r.refers(c)]
    else:  # "sent aid to Chad in ...", "reiterated its support for Chad in ..."
        aid = [c for c in helper.children if c.dep_ == "dobj"
               and r.lex.classify(lower_lemma(c), "NOUN")[0] in COOPERATIVE_CATEGORIES]
        if not aid:
            return []
        helped = uniq(r.prep_objects(helper, HELPED_PREPS) + [k for c in aid for k in r.prep_objects(c, HELPED_PREPS)])
    return uniq(helped + r.subjects(helper)) if helped else []


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
    """The same targets, found by ``rule`` (the construction that gave their source), except those of a rule
    that names the whole construction itself ("in support of X")."""
    out = Targets()
    out.add_named((k, r if r in _WHOLE_CONSTRUCTIONS else rule) for k, r in targets.items())
    return out
