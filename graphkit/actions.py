"""Actions: who did what to whom, read from the dependency parse.

Two kinds of trigger are read, in document order:

* verbs ("Kenya rejected the offer", "the summit was postponed by Peru"), with
  their subjects (inherited through control, coordination and participles)
  and their objects (direct, indirect, prepositional, inside an object noun
  phrase, the subject of a complement clause for directives);
* event nouns ("an Ethiopian attack on Eritrea", "German support for Poland",
  "retaliation from Chile", "negotiations between Kenya and Ethiopia"), with the actor
  modifiers that say who acts and the prepositions that say on whom.

A light verb with an event noun object ("issued an ultimatum", "stage
raids", "impose an embargo") yields one action named by the noun.

Each :class:`Action` carries negation, modality ("asserted", "hypothetical",
"reported"), the class of the action word (:mod:`graphkit.lexicon`), the
sentence it was read from and character offsets.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Token

from .actors import DocActors, doc_text
from .lexicon import Lexicon, load_lexicon

ASSERTED, HYPOTHETICAL, REPORTED = "asserted", "hypothetical", "reported"

#: Subject dependency labels.
SUBJECT_DEPS = {"nsubj", "csubj"}
#: Prepositions that introduce whom an action is aimed at.
TARGET_PREPS = {"to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "over"}
#: Prepositions that introduce who performs an event noun ("retaliation from Chile", "attack by Eritrea").
SOURCE_PREPS = {"by", "from"}
#: Prepositions after a verb that are never a target, even before an actor ("with", "for" stay).
NON_TARGET_VERB_PREPS = {"for", "over"}
#: Prepositions that introduce whom a verb is aimed at ("arbitrate between A and B").
VERB_TARGET_PREPS = (TARGET_PREPS - NON_TARGET_VERB_PREPS) | {"between"}
#: Categories of force used on things: the owner of what is hit is the one acted on.
MATERIAL_CATEGORIES = {"assault", "coerce", "sanction"}
#: Categories of saying no to an act: aimed at the act's author.
CRITICAL_CATEGORIES = {"reject", "accuse", "protest", "threaten"}
#: Categories of backing an act: aimed where the act points, else at its author.
SUPPORTIVE_CATEGORIES = {"support", "agree", "cooperate"}
#: Nouns that name an act or a position besides the event nouns of the table ("the move", "the decision").
ACT_NOUNS = {"move", "decision", "step", "measure", "plan", "policy", "ruling", "statement", "remark", "comment",
             "position", "stance", "call", "demand", "offer", "proposal", "request", "announcement", "claim",
             "accusation", "launch", "test", "action", "incident", "violation", "provocation", "bid", "initiative"}
#: Quantity nouns that give way to what they count ("a series of raids").
QUANTITY_NOUNS = {"wave", "series", "string", "barrage", "round", "spate", "volley", "salvo", "flurry", "number",
                  "set", "package", "batch", "host", "slew", "raft", "burst"}
#: Prepositions after an act that say whom it is aimed at.
NOUN_TARGET_PREPS = {"for", "against", "on", "to", "toward", "towards", "with", "between", "at", "into", "upon"}
#: Sentences back that "the attack" may reach for its author.
EVENT_REACH = 4
#: Event nouns whose "of" names the one acted on ("the killing of X", "invasion of Y").
OF_TARGET_CATEGORIES = {"assault", "coerce", "sanction"}
#: Adverbs that mark an action as reported rather than asserted.
REPORTED_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "reputedly"}
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
#: Modal auxiliaries that make an action hypothetical.
MODALS = {"could", "would", "might", "may", "should", "must", "will", "shall", "can", "'ll", "'d", "wo", "ca"}
#: Modifiers of an event noun that make it hypothetical ("possible reprisals").
HYPOTHETICAL_MODIFIERS = {"potential", "possible", "likely", "planned", "proposed", "threatened", "future",
                          "prospective", "imminent", "expected", "feared", "looming", "probable"}
#: Verbs whose infinitive complement has not happened yet ("plans to impose").
HYPOTHETICAL_HEADS = {"prepare", "plan", "intend", "threaten", "seek", "want", "aim", "hope", "try", "vow",
                      "pledge", "promise", "consider", "mull", "weigh", "propose", "offer", "expect", "ready",
                      "set", "poise", "likely", "able", "decide", "agree", "attempt", "wish", "need"}
#: Auxiliaries of a complement that asks for something ("should withdraw", "to disarm").
JUSSIVE_AUX = {"to", "should", "must"}
#: Clause markers of a condition.
CONDITIONAL_MARKS = {"if", "unless", "whether"}
#: Relative pronouns, resolved to the noun their clause modifies.
RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose"}
#: Verbs whose object is a reaction to their subject ("earned criticism from X").
CAUSATIVE_VERBS = {"prompt", "draw", "spark", "trigger", "provoke", "invite", "earn", "attract", "cause", "elicit"}
#: Words of a reciprocal object ("with one another").
RECIPROCAL_WORDS = {"other", "another"}


@dataclass(frozen=True)
class Action:
    """One action read from one sentence."""

    doc_id: str
    source: str
    target: str
    action: str
    pos: str
    negated: bool
    modality: str
    category: str
    quad: str
    evidence: str
    start_char: int
    end_char: int
    rule: str


class _Reader:
    def __init__(self, doc: Doc, actors: DocActors, lex: Lexicon) -> None:
        self.doc, self.actors, self.lex = doc, actors, lex
        self.handled_nouns: set[int] = set()
        # acts read so far, most recent last: (sentence index, lemma, quad, sources) — for "the attack" later
        self.events: list[tuple[int, str, str, tuple[str, ...]]] = []

    # -- noun phrases -> actors ------------------------------------------------
    def np(self, tok: Token) -> list[str]:
        """Actors a noun phrase headed by ``tok`` refers to, with its conjuncts."""
        out: list[str] = []
        for t in (tok, *tok.conjuncts):
            keys = self.actors.of(t)
            if not keys and t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
                keys = tuple(self.np(t.head.head))
            for k in keys:
                if k not in out:
                    out.append(k)
        return out

    def owners(self, noun: Token) -> list[str]:
        """Actors named by modifiers of a noun: "Chilean", "U.K.", "Kenya's", "its"."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i:
                for k in self.np(c):
                    if k not in out:
                        out.append(k)
        return out

    def prep_objects(self, head: Token, preps: set[str]) -> list[str]:
        out: list[str] = []
        kids = [k for c in head.children for k in ((c, *c.conjuncts) if c.dep_ in ("prep", "agent") else (c,))]
        for c in kids:  # "spoke with A and with B": the second preposition hangs on the first
            if c.dep_ in ("prep", "agent", "dative", "conj") and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(k for k in self.np(p) if k not in out)
                        out.extend(k for k in self._inner_target(p) if k not in out)
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON", "NOUN"):
                out.extend(k for k in self.np(c) if k not in out)
        return out

    def participle_agents(self, noun: Token) -> list[str]:
        """The agent of a passive participle modifying a noun: "sanctions imposed by Ottawa"."""
        return [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for k in self.prep_objects(c, {"by"})]

    def _inner_target(self, noun: Token) -> list[str]:
        """Actors a non-actor noun phrase points at: "Peruvian infrastructure", "Chilean bases"."""
        if self.np(noun) or noun.pos_ not in ("NOUN",):
            return []
        return self.owners(noun)

    def remember(self, trigger: Token, lemma: str, pos: str, sources: list[str]) -> None:
        """Keep an act's author for a later "the attack", "the proposal"."""
        category, quad = self.lex.classify(lemma, pos)
        if sources and category not in ("communicate", "ignore", "other"):
            event = (trigger.sent.start, lemma, quad, tuple(sources))
            if not self.events or self.events[-1] != event:
                self.events.append(event)

    def is_act(self, noun: Token) -> bool:
        """A noun that names an act or a position someone took ("attack", "proposal", "move")."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (self.lex.is_event_noun(lemma) or lemma in ACT_NOUNS)

    def authors(self, noun: Token) -> list[str]:
        """Who performed the act a noun names: "Eritrea's attack", "offers from Scholz", "imposed by Ottawa"."""
        found = self.owners(noun) + self.prep_objects(noun, SOURCE_PREPS) + self.participle_agents(noun)
        if not found:  # "offers of aid from X": the author hangs on the act the noun is of
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and self.is_act(o) and not self.np(o):
                            found = self.owners(o) + self.prep_objects(o, SOURCE_PREPS)
        return _uniq(found)

    def recalled_author(self, noun: Token, exclude: list[str]) -> list[str]:
        """The author of an act named again without its author ("denounced the raid"):
        the most recent act of the same word, else of the same kind, within a few sentences."""
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in noun.children)
        renames = noun.dep_ in ("appos", "npadvmod", "conj") or (
            noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children))
        if not self.is_act(noun) or (indefinite and not renames):
            return []  # "denounced a raid" is some raid; ", a plan X rejected" renames the one before
        lemma = noun.lemma_.lower()
        quad = self.lex.classify(lemma, "NOUN")[1]
        here = noun.sent.start
        sents = [s.start for s in noun.doc.sents if s.start <= here][-EVENT_REACH:]
        recent = [e for e in self.events if e[0] >= (sents[0] if sents else here)]
        for match in (lambda e: e[1] == lemma, lambda e: e[2] == quad and quad != "neutral",
                      lambda e: lemma in ACT_NOUNS):
            hits = [e for e in reversed(recent) if match(e)]
            for e in hits:
                found = [k for k in e[3] if k not in exclude]
                if found:
                    return found
        return []

    def is_reciprocal_object(self, head: Token, preps: set[str]) -> bool:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                if any(p.dep_ == "pobj" and p.lower_ in RECIPROCAL_WORDS for p in c.children):
                    return True
        return any(c.dep_ == "dobj" and c.lower_ in RECIPROCAL_WORDS for c in head.children)

    # -- verbs -------------------------------------------------------------------
    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        """Who performs the verb: its subject, the agent of a passive, or an inherited subject."""
        if depth > 6:
            return []
        if self.is_passive(verb):
            agents = self.prep_objects(verb, {"by"})
            return agents
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # the small model sometimes hangs the subject on the auxiliary ("Norway [are] mediating")
        subj = subj or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            out: list[str] = []
            for s in subj:
                keys = self.np(s) or (self.owners(s) + self.prep_objects(s, {"of", "by", "from"}) + self.participle_agents(s)
                                      if s.pos_ == "NOUN" else [])
                out.extend(k for k in keys if k not in out)
            return out
        head = verb.head
        if verb.dep_ == "xcomp" and self.is_passive(head):
            # "Chile is believed to have sent ...": the subject of the passive does it
            return [k for c in head.children if c.dep_ == "nsubjpass" for k in self.np(c)]
        if verb.dep_ == "xcomp":
            if self.lex.has_flag(head.lemma_.lower(), "VERB", "object_control"):
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:  # "ordered diplomats to leave": the diplomats leave, whoever they are
                    return [k for c in objs for k in self.np(c)]
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            found = self.subjects(head, depth + 1)
            if not found and head.dep_ == "ccomp":
                # "X denied that ... and blamed Y": the parser often hangs the second verb on the clause
                found = self.subjects(head.head, depth + 1)
            return found
        if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)
        return []

    def negated(self, tok: Token) -> bool:
        """The text says the action did not or will not happen."""
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True
        head = tok.head
        if tok.dep_ == "xcomp" and self.lex.has_flag(head.lemma_.lower(), "VERB", "negative"):
            return True
        if tok.dep_ == "pcomp" and head.lower_ == "from" and self.lex.has_flag(head.head.lemma_.lower(), "VERB", "negative"):
            return True
        return False

    def modality(self, tok: Token) -> str:
        node, hops = tok, 0
        while True:
            kids = list(node.children)
            if any(c.tag_ == "MD" and c.lower_ in MODALS for c in kids if c.dep_ == "aux"):
                return HYPOTHETICAL
            if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in kids):
                return HYPOTHETICAL
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
                return HYPOTHETICAL
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in HYPOTHETICAL_HEADS:
                return HYPOTHETICAL
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in ("of",) \
                    and node.head.head.lemma_.lower() in ("possibility", "threat", "prospect", "risk", "chance"):
                return HYPOTHETICAL
            if node.dep_ not in ("xcomp", "dobj", "pobj", "prep", "conj") or hops > 5 or node.head is node:
                break
            node, hops = node.head, hops + 1
        # "reportedly" hung on the verb or on any verb above it; "according to" anywhere in the sentence
        for node in itertools.chain((tok,), tok.ancestors):
            if any(c.dep_ == "advmod" and c.lower_ in REPORTED_ADVERBS for c in node.children):
                return REPORTED
        sent = tok.sent
        if _ACCORDING_TO.search(doc_text(tok.doc), sent.start_char, sent.end_char):
            return REPORTED
        return ASSERTED

    # -- emitting ------------------------------------------------------------------
    def make(self, doc_id: str, trigger: Token, lemma: str, pos: str, sources: list[str], targets: list[str],
             negated: bool, modality: str, rule: str) -> Iterator[Action]:
        category, quad = self.lex.classify(lemma, pos)
        sent = trigger.sent
        if targets and not negated:
            self.remember(trigger, lemma, pos, sources)
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                yield Action(doc_id, s, t, lemma, pos, negated, modality, category, quad,
                             doc_text(trigger.doc)[sent.start_char:sent.end_char].strip(), trigger.idx, trigger.idx + len(trigger), rule)

    def pairs(self, doc_id: str, trigger: Token, lemma: str, pos: str, actors: list[str],
              negated: bool, modality: str, rule: str) -> Iterator[Action]:
        """Both directions between every two actors of a reciprocal action."""
        for s in actors:
            yield from self.make(doc_id, trigger, lemma, pos, [s], [t for t in actors if t != s], negated, modality, rule)


def _lemma(tok: Token, lex: Lexicon) -> str:
    """The verb's base form, with its particle or preposition when the pair is a
    phrasal verb of its own ("hand over", "call on", "crack down")."""
    lemma = tok.lemma_.lower()
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    if prt:
        return f"{lemma} {prt[0]}"
    for c in tok.children:
        if c.dep_ == "prep" and lex.action(f"{lemma} {c.lower_}", "VERB") is not None:
            return f"{lemma} {c.lower_}"
    return lemma


def find_actions(doc: Doc, actors: DocActors, *, lexicon: Lexicon | None = None) -> Iterator[Action]:
    """Yield every action between two actors of one parsed article, in document order.

    Parameters
    ----------
    doc
        The parsed article.
    actors
        What :func:`graphkit.actors.find_actors` found in it.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> nlp = load_pipeline()
    >>> doc = nlp("Germany sharply criticized Hungary on Monday.")
    >>> [(a.source, a.action, a.target) for a in find_actions(doc, find_actors(doc))]
    [('state:DEU', 'criticize', 'state:HUN')]
    """
    lex = lexicon or load_lexicon()
    r = _Reader(doc, actors, lex)
    doc_id = actors.doc_id
    marked = actors.token_actors
    for sent in doc.sents:
        if not any(i in marked for i in range(sent.start, sent.end)):
            continue  # every action has an actor of its own sentence as its source: none here
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux" and tok.dep_ != "auxpass":
                yield from _verb_actions(r, doc_id, tok)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in r.handled_nouns \
                    and lex.is_event_noun(tok.lemma_.lower()):
                yield from _noun_actions(r, doc_id, tok)


def _verb_actions(r: _Reader, doc_id: str, verb: Token) -> Iterator[Action]:
    lex = r.lex
    lemma = _lemma(verb, lex)
    if lex.is_ignored(lemma, "VERB") and not lex.has_flag(lemma, "VERB", "light"):
        return
    if verb.pos_ == "AUX" and lex.action(lemma, "VERB") is None:
        return
    sources = r.subjects(verb)
    passive = r.is_passive(verb)
    if not sources and passive and (lex.has_flag(lemma, "VERB", "object_control") or lex.has_flag(lemma, "VERB", "directive")):
        # "X stated that Serbia would not be permitted to ...": the one who speaks is the one who (dis)allows.
        for anc in verb.ancestors:
            if anc.pos_ in ("VERB", "AUX"):
                sources = r.subjects(anc)
                if sources:
                    break
    light = lex.has_flag(lemma, "VERB", "light")
    if not sources and not light:
        return  # no actor acts here (most verbs): spare the negation and modality reading
    negated = r.negated(verb)
    modality = r.modality(verb)
    if sources and not negated:
        r.remember(verb, lemma, "VERB", sources)

    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # Light verb + event noun: one action named by the noun ("issued an ultimatum to Belgrade").
    if light:
        for obj in (_content_noun(o) for o in objects):
            if lex.is_event_noun(obj.lemma_.lower()) and not r.np(obj):
                r.handled_nouns.add(obj.i)
                noun_sources = r.owners(obj) or r.prep_objects(obj, SOURCE_PREPS) or sources
                noun_neg = negated or r.negated(obj)
                noun_mod = modality if modality != ASSERTED else r.modality(obj)
                if r.is_reciprocal_object(obj, TARGET_PREPS) or r.is_reciprocal_object(verb, TARGET_PREPS):
                    yield from r.pairs(doc_id, obj, obj.lemma_.lower(), "NOUN", noun_sources, noun_neg, noun_mod, "light-reciprocal")
                    continue
                targets = r.prep_objects(obj, TARGET_PREPS) + r.prep_objects(verb, TARGET_PREPS - NON_TARGET_VERB_PREPS)
                targets += [k for a in obj.children if a.dep_ == "acl" for c in a.children if c.dep_ == "dobj" for k in r.np(c) + r._inner_target(c)]
                if not targets and len(noun_sources) >= 2 and lex.has_flag(obj.lemma_.lower(), "NOUN", "reciprocal"):
                    # "Greece and Albania held talks": a mutual act between the subjects
                    yield from r.pairs(doc_id, obj, obj.lemma_.lower(), "NOUN", noun_sources, noun_neg, noun_mod, "light-reciprocal")
                    continue
                yield from r.make(doc_id, obj, obj.lemma_.lower(), "NOUN", noun_sources, _uniq(targets), noun_neg, noun_mod, "light-verb")
        if lex.is_ignored(lemma, "VERB") or any(_content_noun(o).i in r.handled_nouns for o in objects):
            return
    if not sources:
        return

    targets: list[str] = []
    if passive:
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                found = r.np(c)
                if not found and lex.classify(lemma, "VERB")[0] in CRITICAL_CATEGORIES and r.is_act(c):
                    found = r.authors(c) or r.recalled_author(c, sources)  # "the raids were denounced by the AU"
                targets += [k for k in found if k not in targets]
    if not objects and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and lex.classify(lemma, "VERB")[0] != "ignore" \
            and not any(c.dep_ in ("dobj", "nsubjpass", "prep") or c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        objects = [verb.head]  # "a plan Nairobi rejected": the noun is the verb's object
    for obj in objects:
        found = r.np(obj)
        if not found and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            found = _clausal_antecedent(r, verb, sources)
        if not found and obj.pos_ in ("NOUN", "PROPN"):
            found = _inside_object(r, obj, lex.classify(lemma, "VERB")[0], sources)
        targets += [k for k in found if k not in targets]
    targets += [k for k in r.prep_objects(verb, VERB_TARGET_PREPS) if k not in targets]

    if r.is_reciprocal_object(verb, TARGET_PREPS) or (
            not targets and len(sources) >= 2 and lex.has_flag(lemma, "VERB", "reciprocal")):
        yield from r.pairs(doc_id, verb, lemma, "VERB", sources, negated, modality, "reciprocal")
        return

    if not targets and not objects and (lex.has_flag(lemma, "VERB", "directive") or lex.has_flag(lemma, "VERB", "object_control")):
        # "insisting Serbia hand over ...", "proposed that A and B should meet", "allow Serbia to keep";
        # not a statement of fact ("warned that Chile would ..."), which is content, not a target.
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and _jussive(c):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        targets += [k for k in r.np(s) if k not in targets]
    if not targets and not lex.has_flag(lemma, "VERB", "negative") and lex.classify(lemma, "VERB")[0] not in ("ignore", "communicate"):
        # "threatened to attack Eritrea", "plans to launch an offensive against Ethiopia": the
        # intention is aimed where its infinitive points (a refusal is the negated infinitive itself).
        for c in verb.children:
            if c.dep_ == "xcomp" and not any(o.dep_ in ("dobj", "dative") for o in verb.children):
                targets += [k for k in _infinitive_targets(r, c) if k not in targets and k not in sources]
    if not targets and lex.has_flag(lemma, "VERB", "object_control") and objects:
        # "ordered diplomats to leave Niger": the order is about where its complement points.
        for c in verb.children:
            if c.dep_ == "xcomp":
                targets += [k for o in c.children if o.dep_ == "dobj" for k in r.np(o)]
                targets += r.prep_objects(c, TARGET_PREPS - NON_TARGET_VERB_PREPS)
    yield from r.make(doc_id, verb, lemma, "VERB", sources, _uniq(targets), negated, modality, "verb")


def _jussive(clause: Token) -> bool:
    """A complement that asks for something rather than states it: a bare verb
    ("insist Serbia hand over"), an infinitive ("allow Serbia to keep") or "should"/"must"."""
    aux = [a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a in JUSSIVE_AUX for a in aux):
        return True
    return not aux and clause.tag_ in ("VB", "VBP") and not any(a.dep_ == "mark" and a.lower_ == "if" for a in clause.children)


def _infinitive_targets(r: _Reader, verb: Token) -> list[str]:
    """Whom an infinitive clause acts on: its objects, prepositional objects, and for a
    light verb the targets of its event noun ("to launch raids on X")."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            found += r.np(c) or _inside_object(r, c, r.lex.classify(_lemma(verb, r.lex), "VERB")[0])
    found += r.prep_objects(verb, TARGET_PREPS - NON_TARGET_VERB_PREPS)
    return _uniq(found)


def _inside_object(r: _Reader, obj: Token, category: str, sources: list[str] | None = None) -> list[str]:
    """Whom a non-actor object points at.

    * force used on things hits their owner ("shelled Peruvian territory");
    * saying no to an act is aimed at its author ("denounced Eritrea's raid",
      "rejected offers of aid from Scholz", "denounced the raid" said before);
    * backing an act is aimed where the act points, else at its author
      ("renewed support for Poland", "welcomed the French decision");
    * otherwise where the act points ("a campaign targeting X").
    """
    obj = _content_noun(obj)
    if category in MATERIAL_CATEGORIES and r.owners(obj):
        return r.owners(obj)
    aimed = r.prep_objects(obj, NOUN_TARGET_PREPS) if r.is_act(obj) else r.prep_objects(obj, {"against", "on", "toward", "towards"})
    for c in obj.children:
        if c.dep_ == "acl" and c.pos_ == "VERB":
            for o in c.children:
                if o.dep_ == "dobj":
                    aimed += [k for k in r.np(o) + r._inner_target(o) if k not in aimed]
    if r.is_act(obj):
        authors = [k for k in r.authors(obj) if k not in (sources or [])]
        if category in CRITICAL_CATEGORIES:
            return authors or aimed or r.recalled_author(obj, sources or [])
        if category in SUPPORTIVE_CATEGORIES:
            return aimed or authors
    return aimed


def _content_noun(noun: Token) -> Token:
    """"a series of raids" -> "raids": a quantity noun gives way to what it counts."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return noun


def _clausal_antecedent(r: _Reader, relcl: Token, sources: list[str]) -> list[str]:
    """"..., which Serbia rejects": when the antecedent is no actor, the relative
    pronoun stands for the proposition, and its author is the target."""
    for anc in relcl.head.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subj = [k for k in r.subjects(anc) if k not in sources]
            if subj:
                return subj
    return []


def _noun_actions(r: _Reader, doc_id: str, noun: Token) -> Iterator[Action]:
    lex = r.lex
    lemma = noun.lemma_.lower()
    if r.np(noun):
        return  # the noun itself names an actor
    if noun.dep_ == "pobj" and noun.head.lower_ in ("without", "despite"):
        return  # "struck without warning": an act named only to say it did not happen
    cls = lex.action(lemma, "NOUN")
    reciprocal = lex.has_flag(lemma, "NOUN", "reciprocal")
    sources = _uniq(r.owners(noun) + r.prep_objects(noun, SOURCE_PREPS) + r.participle_agents(noun))
    negated = r.negated(noun)
    modality = r.modality(noun)

    # "negotiations between Kenya and Ethiopia", "Peru-Chile talks"
    between = r.prep_objects(noun, {"between"})
    if reciprocal and len(between) >= 2:
        yield from r.pairs(doc_id, noun, lemma, "NOUN", between, negated, modality, "noun-between")
        return
    if reciprocal and len(sources) >= 2 and not r.prep_objects(noun, TARGET_PREPS):
        yield from r.pairs(doc_id, noun, lemma, "NOUN", sources, negated, modality, "noun-compound")
        return

    targets = r.prep_objects(noun, TARGET_PREPS)
    if cls is not None and cls.category in OF_TARGET_CATEGORIES:
        targets += [k for k in r.prep_objects(noun, {"of"}) if k not in targets]
    for c in noun.children:
        if c.dep_ == "acl" and c.pos_ == "VERB":
            targets += [k for o in c.children if o.dep_ == "dobj" for k in r.np(o) + r._inner_target(o) if k not in targets]

    head = noun.head
    under = noun.dep_ == "pobj" and head.lower_ == "under"
    if under:
        # "under attack from Eritrea": the one under it is the clause's subject.
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        targets = [k for k in r.subjects(verb) if k not in sources] or targets
        verb_negated = False
    elif not sources:
        # Only a noun under a preposition inherits the clause's subject ("during talks with X");
        # a direct object's verb already carries the action ("sign a treaty").
        verb = None
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
        elif noun.dep_ == "dobj" and reciprocal and lex.classify(_lemma(head, lex), "VERB")[0] == "agree" \
                and not lex.has_flag(_lemma(head, lex), "VERB", "reciprocal"):
            # "Armenia and Azerbaijan signed an agreement": signing makes the mutual act
            # (attending a meeting does not: the others present need not be the subjects)
            verb = head
        if verb is not None:
            sources = r.subjects(verb)
            negated = negated or r.negated(verb)
            if modality == ASSERTED:
                modality = r.modality(verb)
        if reciprocal and len(sources) >= 2 and not targets:
            yield from r.pairs(doc_id, noun, lemma, "NOUN", sources, negated, modality, "noun-inherited-reciprocal")
            return
    if not targets and noun.dep_ == "dobj" and head.lemma_.lower() in CAUSATIVE_VERBS:
        # "tested a missile, prompting criticism from Australia": the reaction is aimed at the one who caused it
        sources = sources or r.prep_objects(head, {"from"})
        causes = r.subjects(head)
        if not causes:
            # "a step that earned criticism": the step is an act read before
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            cause = subj[0].head.head if subj and subj[0].lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl" else None
            if cause is not None and r.is_act(cause):
                causes = r.authors(cause) or r.recalled_author(cause, sources)
        targets = [k for k in causes if k not in sources] if sources else []
    if r.is_reciprocal_object(noun, TARGET_PREPS):
        yield from r.pairs(doc_id, noun, lemma, "NOUN", sources, negated, modality, "noun-reciprocal")
        return
    yield from r.make(doc_id, noun, lemma, "NOUN", sources, _uniq(targets), negated, modality, "noun")


def _uniq(keys: list[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        if k not in out:
            out.append(k)
    return out
