"""Reading the arguments of an action word: which actors a noun phrase, a modifier, a preposition or a
subject points at, and emitting the actions.

:class:`ActionReader` holds what one document's reading shares: the parsed
``Doc``, its actors (:class:`~graphkit.actors.DocActors`), the lexicon, the
event nouns already read as part of a light verb, and the acts read so far
(so a later "the attack" can find its author). The construction rules of
:mod:`~graphkit.actions.verbs` and :mod:`~graphkit.actions.nouns` are small
functions over it.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Mapping

from spacy.tokens import Doc, Token

from ..actors import DocActors
from ..lexicon import Lexicon
from ..syntax import (OBJECT_DEPS, OWNER_DEPS, PASSIVE_DEPS, PREP_CHAIN_DEPS, PREP_DEPS, RECIPROCAL_WORDS,
                      RELATIVE_PRONOUNS, SUBJECT_DEPS, VERB_POS, doc_text)
from .records import Action, Modality

__all__ = ["ActionReader", "Targets", "NOUN_TARGET_PREPS", "SOURCE_PREPS", "TARGET_PREPS", "VERB_TARGET_PREPS",
           "content_noun", "uniq", "verb_lemma"]

#: Prepositions that introduce whom an action is aimed at.
TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "over"})
#: Prepositions that introduce who performs an event noun ("retaliation from Chile", "attack by Eritrea").
SOURCE_PREPS = frozenset({"by", "from"})
#: Prepositions after a verb that are never a target, even before an actor ("with", "for" stay).
NON_TARGET_VERB_PREPS = frozenset({"for", "over"})
#: Prepositions that introduce whom a verb is aimed at ("arbitrate between A and B").
VERB_TARGET_PREPS = (TARGET_PREPS - NON_TARGET_VERB_PREPS) | {"between"}
#: Prepositions after an act that say whom it is aimed at.
NOUN_TARGET_PREPS = frozenset({"for", "against", "on", "to", "toward", "towards", "with", "between", "at", "into",
                               "upon"})
#: Prepositions whose object is the subject of a noun that is the verb's subject ("officials of X said").
SUBJECT_NOUN_PREPS = frozenset({"of", "by", "from"})
#: Sentences back that "the attack" may reach for its author.
EVENT_REACH = 4
#: Determiners that make an act some act, not one read before ("denounced a raid").
_INDEFINITE_ACT = frozenset({"a", "an", "any", "no"})
#: Links by which a noun renames the act before it (", a move that ...").
_RENAMING_DEPS = frozenset({"appos", "npadvmod", "conj"})
#: Categories of act that no later "the attack" recalls.
_UNRECALLED = frozenset({"communicate", "ignore", "other"})
#: How many verbs up a subject is looked for.
_SUBJECT_DEPTH = 6


class Targets:
    """The targets of one action word in the order found, each with the rule that found it.

    Examples
    --------
    >>> t = Targets()
    >>> t.add(["state:PER", "state:CHL"], "verb.object"); t.add(["state:PER"], "verb.prep-object")
    >>> list(t.items())
    [('state:PER', 'verb.object'), ('state:CHL', 'verb.object')]
    """

    def __init__(self) -> None:
        self._rules: dict[str, str] = {}

    def add(self, keys: Iterable[str], rule: str) -> None:
        """Add actors found by ``rule`` (an actor found before keeps its first rule)."""
        for key in keys:
            self._rules.setdefault(key, rule)

    def add_named(self, found: Iterable[tuple[str, str]]) -> None:
        """Add ``(actor, rule)`` pairs (an actor found before keeps its first rule)."""
        for key, rule in found:
            self._rules.setdefault(key, rule)

    def keys(self) -> list[str]:
        """The actors found, in order."""
        return list(self._rules)

    def items(self) -> Iterator[tuple[str, str]]:
        """``(actor, rule)`` in the order found."""
        return iter(self._rules.items())

    def __bool__(self) -> bool:
        return bool(self._rules)

    def __contains__(self, key: object) -> bool:
        return key in self._rules


class ActionReader:
    """Arguments of action words in one document, and the actions they make.

    Parameters
    ----------
    doc
        The parsed document.
    actors
        Its actors (:func:`graphkit.actors.find_actors`).
    lex
        The lexicon.
    """

    def __init__(self, doc: Doc, actors: DocActors, lex: Lexicon) -> None:
        self.doc, self.actors, self.lex = doc, actors, lex
        self.handled_nouns: set[int] = set()  # event nouns read with their light verb
        # acts read so far, most recent last: (sentence start, lemma, quad, sources) — for "the attack" later
        self.events: list[tuple[int, str, str, tuple[str, ...]]] = []

    # -- noun phrases -> actors ------------------------------------------------------------
    def np(self, tok: Token) -> list[str]:
        """Actors a noun phrase headed by ``tok`` refers to, with its conjuncts (a relative pronoun: the
        noun its clause modifies)."""
        out: list[str] = []
        for t in (tok, *tok.conjuncts):
            found = self.actors.of(t)
            if not found and t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
                found = tuple(self.np(t.head.head))
            for k in found:
                if k not in out:
                    out.append(k)
        return out

    def owners(self, noun: Token) -> list[str]:
        """Actors named by modifiers of a noun: "Chilean", "U.K.", "Kenya's", "its"."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ in OWNER_DEPS and c.i < noun.i:
                for k in self.np(c):
                    if k not in out:
                        out.append(k)
        return out

    def prep_objects(self, head: Token, preps: frozenset[str]) -> list[str]:
        """Actors that the objects of ``head``'s prepositions in ``preps`` refer to or point at (a dative
        object without a preposition counts: "gave Chile")."""
        out: list[str] = []
        kids = [k for c in head.children for k in ((c, *c.conjuncts) if c.dep_ in PREP_DEPS else (c,))]
        for c in kids:  # "spoke with A and with B": the second preposition hangs on the first
            if c.dep_ in PREP_CHAIN_DEPS and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(k for k in self.np(p) if k not in out)
                        out.extend(k for k in self.inner_target(p) if k not in out)
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON", "NOUN"):
                out.extend(k for k in self.np(c) if k not in out)
        return out

    def participle_agents(self, noun: Token) -> list[str]:
        """The agent of a passive participle modifying a noun: "sanctions imposed by Ottawa"."""
        return [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for k in self.prep_objects(c, frozenset({"by"}))]

    def participle_objects(self, noun: Token, *, verbs_only: bool = True) -> list[str]:
        """Whom a clause modifying a noun acts on: "a campaign targeting X" (``verbs_only``: its head must be
        tagged a verb)."""
        return [k for c in noun.children if c.dep_ == "acl" and (c.pos_ == "VERB" or not verbs_only)
                for o in c.children if o.dep_ == "dobj" for k in self.np(o) + self.inner_target(o)]

    def inner_target(self, noun: Token) -> list[str]:
        """Actors a non-actor noun phrase points at: "Peruvian infrastructure", "Chilean bases"."""
        if self.np(noun) or noun.pos_ != "NOUN":
            return []
        return self.owners(noun)

    # -- acts and their authors --------------------------------------------------------------
    def is_act(self, noun: Token) -> bool:
        """A noun that names an act or a position someone took ("attack", "proposal", "move")."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (self.lex.is_event_noun(lemma) or lemma in self.lex.words("act_noun"))

    def authors(self, noun: Token) -> list[str]:
        """Who performed the act a noun names: "Eritrea's attack", "offers from Scholz", "imposed by Ottawa"."""
        found = self.owners(noun) + self.prep_objects(noun, SOURCE_PREPS) + self.participle_agents(noun)
        if not found:  # "offers of aid from X": the author hangs on the act the noun is of
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and self.is_act(o) and not self.np(o):
                            found = self.owners(o) + self.prep_objects(o, SOURCE_PREPS)
        return uniq(found)

    def remember(self, trigger: Token, lemma: str, pos: str, sources: list[str]) -> None:
        """Keep an act's author for a later "the attack", "the proposal"."""
        category, quad = self.lex.classify(lemma, pos)
        if sources and category not in _UNRECALLED:
            event = (trigger.sent.start, lemma, quad, tuple(sources))
            if not self.events or self.events[-1] != event:
                self.events.append(event)

    def recalled_author(self, noun: Token, exclude: list[str]) -> list[str]:
        """The author of an act named again without its author ("denounced the raid"):
        the most recent act of the same word, else of the same kind, within a few sentences."""
        indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ACT for c in noun.children)
        renames = noun.dep_ in _RENAMING_DEPS or (
            noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children))
        if not self.is_act(noun) or (indefinite and not renames):
            return []  # "denounced a raid" is some raid; ", a plan X rejected" renames the one before
        lemma = noun.lemma_.lower()
        quad = self.lex.classify(lemma, "NOUN")[1]
        here = noun.sent.start
        sents = [s.start for s in noun.doc.sents if s.start <= here][-EVENT_REACH:]
        recent = [e for e in self.events if e[0] >= (sents[0] if sents else here)]
        act_nouns = self.lex.words("act_noun")
        for match in (lambda e: e[1] == lemma, lambda e: e[2] == quad and quad != "neutral",
                      lambda e: lemma in act_nouns):
            for e in reversed(recent):
                if match(e):
                    found = [k for k in e[3] if k not in exclude]
                    if found:
                        return found
        return []

    def is_reciprocal_object(self, head: Token, preps: frozenset[str]) -> bool:
        """"against each other", "with one another", "fought each other"."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                if any(p.dep_ == "pobj" and p.lower_ in RECIPROCAL_WORDS for p in c.children):
                    return True
        return any(c.dep_ == "dobj" and c.lower_ in RECIPROCAL_WORDS for c in head.children)

    # -- subjects ---------------------------------------------------------------------------------
    def is_passive(self, verb: Token) -> bool:
        """Whether a verb is passive ("was attacked")."""
        return any(c.dep_ in PASSIVE_DEPS for c in verb.children)

    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        """Who performs the verb: its subject, the agent of a passive, or a subject inherited through
        control, coordination, participles and raising."""
        if depth > _SUBJECT_DEPTH:
            return []
        if self.is_passive(verb):
            return self.prep_objects(verb, frozenset({"by"}))
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # the small model sometimes hangs the subject on the auxiliary ("Norway [are] mediating")
        subj = subj or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            out: list[str] = []
            for s in subj:
                found = self.np(s) or (self.owners(s) + self.prep_objects(s, SUBJECT_NOUN_PREPS)
                                       + self.participle_agents(s) if s.pos_ == "NOUN" else [])
                out.extend(k for k in found if k not in out)
            return out
        head = verb.head
        if verb.dep_ == "xcomp" and self.is_passive(head):
            # "Chile is believed to have sent ...": the subject of the passive does it
            return [k for c in head.children if c.dep_ == "nsubjpass" for k in self.np(c)]
        if verb.dep_ == "xcomp":
            if self.lex.has_flag(head.lemma_.lower(), "VERB", "object_control"):
                objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                if objs:  # "ordered diplomats to leave": the diplomats leave, whoever they are
                    return [k for c in objs for k in self.np(c)]
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and head.pos_ in VERB_POS:
            found = self.subjects(head, depth + 1)
            if not found and head.dep_ == "ccomp":
                # "X denied that ... and blamed Y": the parser often hangs the second verb on the clause
                found = self.subjects(head.head, depth + 1)
            return found
        if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG" and head.pos_ in VERB_POS:
            return self.subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            return self.subjects(head.head, depth + 1)
        return []

    # -- emitting ---------------------------------------------------------------------------------
    def make(self, trigger: Token, lemma: str, pos: str, sources: list[str], targets: Targets | Mapping[str, str],
             negated: bool, modality: Modality) -> Iterator[Action]:
        """An action from every source to every other target, each carrying the rule that found its target."""
        category, quad = self.lex.classify(lemma, pos)
        sent = trigger.sent
        found = list(targets.items())
        if found and not negated:
            self.remember(trigger, lemma, pos, sources)
        evidence = doc_text(trigger.doc)[sent.start_char:sent.end_char].strip()
        for s in sources:
            for t, rule in found:
                if s != t:
                    yield Action(self.actors.doc_id, s, t, lemma, pos, negated, modality, category, quad, evidence,
                                 trigger.idx, trigger.idx + len(trigger), rule)

    def pairs(self, trigger: Token, lemma: str, pos: str, actors: list[str], negated: bool, modality: Modality,
              rule: str) -> Iterator[Action]:
        """Both directions between every two actors of a mutual action."""
        for s in actors:
            yield from self.make(trigger, lemma, pos, [s], {t: rule for t in actors if t != s}, negated, modality)


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The verb's base form, with its particle or preposition when the pair is a phrasal verb of its own
    ("hand over", "call on", "crack down")."""
    lemma = tok.lemma_.lower()
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    if prt:
        return f"{lemma} {prt[0]}"
    for c in tok.children:
        if c.dep_ == "prep" and lex.action(f"{lemma} {c.lower_}", "VERB") is not None:
            return f"{lemma} {c.lower_}"
    return lemma


def content_noun(noun: Token, lex: Lexicon) -> Token:
    """"a series of raids" -> "raids": a quantity noun gives way to what it counts."""
    if noun.lemma_.lower() in lex.words("quantity_noun"):
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return noun


def uniq(found: Iterable[str]) -> list[str]:
    """The actors in order, each once."""
    return list(dict.fromkeys(found))
