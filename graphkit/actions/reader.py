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

from typing import Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Doc, Token

from ..actors import DocActors
from ..actors.keys import is_org
from ..agents import agent_at, described_names
from ..lemmas import lemma_of, lower_lemma, lower_lemmas
from ..lexicon import Lexicon
from ..sentences import sentence_start
from ..syntax import (AUX_DEPS, ERA_MARKERS, INTENT_MODALS, NOMINAL_SUBJECT_DEPS, NOUN_POS, OBJECT_CONTROL_PREPS,
                      OBJECT_DEPS, OWNER_DEPS, PASSIVE_DEPS, PREDICATIVE_DEPS, PREP_CHAIN_DEPS, PREP_DEPS,
                      RECIPROCAL_WORDS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, SUBJECT_DEPS, VERB_POS, coarse_tags,
                      dependency_tree, doc_text, entity_types, fine_tags, lower_forms)
from .records import Action, Modality

__all__ = ["ActionReader", "Targets", "ARGUMENT_PREPS", "FORCE_CATEGORIES", "NOUN_TARGET_PREPS", "SOURCE_PREPS",
           "TARGET_PREPS", "VERB_TARGET_PREPS", "approximate_object", "compound_lemma", "content_noun", "object_lemma", "passive_subject_tokens", "uniq",
           "verb_lemma"]

#: Prepositions that introduce whom an action is aimed at.
TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "over"})
#: Prepositions that introduce who performs an event noun ("retaliation from Chile", "attack by Eritrea").
SOURCE_PREPS = frozenset({"by", "from"})
#: Prepositions after a verb that are never its target, even before an actor ("fought for X", "argued over X").
NON_TARGET_VERB_PREPS = frozenset({"for", "over"})
#: Prepositions that introduce whom a verb is aimed at ("arbitrate between A and B").
VERB_TARGET_PREPS = (TARGET_PREPS - NON_TARGET_VERB_PREPS) | {"between"}
#: Prepositions after an act that say whom it is aimed at.
NOUN_TARGET_PREPS = frozenset({"for", "against", "on", "to", "toward", "towards", "with", "between", "at", "into",
                               "upon"})
#: Prepositions whose object is the actor an argument head belongs to ("the efforts of Turkey", "a plan by
#: the EU", "officials at NATO").
ARGUMENT_PREPS = frozenset({"of", "by", "from", "at"})
#: A thing force hits is also whom it is for: "a shelter for Sudanese refugees was shelled".
THING_PREPS = ARGUMENT_PREPS | {"for"}
#: Categories of force: what it hits stands for its owner ("shelled Peruvian ports").
FORCE_CATEGORIES = frozenset({"assault", "coerce", "sanction"})
#: Slots where an act stands for its authors ("the Russian attack killed ...", "agreed to Argentine mediation").
ACT_SLOTS = frozenset({"nsubj", "csubj", "pobj"})
#: Slots where, with force, any noun stands for its owner ("Armenian shells hit ...", "Chilean bases
#: were shelled", "strikes on Peruvian ports").
FORCE_SLOTS = frozenset({"nsubj", "nsubjpass", "pobj"})
#: How many heads down an argument is followed ("the plan of the Chilean government's forces").
_ARGUMENT_DEPTH = 2
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
_BY = frozenset({"by"})
_OF = frozenset({"of"})
_BETWEEN = frozenset({"between"})
#: The class of force on an actor.
FORCE_CLASS = ("assault", "material-conflict")
#: The class of demanding something of someone (PLOVER's demand: a request in the verbal-conflict quad).
DEMAND_CLASS = ("request", "verbal-conflict")
#: Links up which a verb inherits its subject (for :meth:`ActionReader.owned_subject`).
_CHAIN_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep"})
#: Prepositions whose act a passive act was part of ("killed in an Israeli raid", "during a coup led by X").
_COURSE_PREPS = frozenset({"in", "during"})
#: Nouns of a whole the subject acts in: "as part of X", "as a member of X" (:meth:`ActionReader.partners`).
_WHOLE_NOUNS = frozenset({"part", "member"})
#: Categories of what an issued statement or plan is (a participle on it says what its author does: "issued a
#: declaration demanding ..."); an event noun of another category has its own participle rule.
_STATEMENT_CATEGORIES = frozenset({"communicate", "other", "ignore"})
#: Categories of participles that state no act between actors ("a statue raised by students", "born in").
_NO_ACT = frozenset({"other", "ignore", "communicate"})
#: Categories of letting someone go, whose passive is done by who held them ("freed from Chilean custody").
_RELEASE_CATEGORIES = frozenset({"retreat", "concede"})
#: Participles by which a hyphened name before them leads the group or act they modify ("US-led forces").
_LED_BY = frozenset({"lead"})
#: Adjectives of allegiance whose to-phrase names whom the group they follow serves ("troops loyal to X").
_LOYAL = frozenset({"loyal"})
#: How the parse hangs that name on the participle.
_LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj"})
#: Words that name the members of a group ("a group that included X", "a coalition including X").
_INCLUDE = frozenset({"include", "including"})


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
        """Add actors found by ``rule`` (an actor found before keeps its first rule).

        Parameters
        ----------
        keys
            Actor keys, in the order found.
        rule
            The name of the rule that found them (:data:`graphkit.actions.RULES`).

        Examples
        --------
        >>> t = Targets()
        >>> t.add(iter(["state:PER"]), "verb.object"); t.add(["state:PER", "state:CHL"], "verb.prep-object")
        >>> dict(t.items())
        {'state:PER': 'verb.object', 'state:CHL': 'verb.prep-object'}
        """
        for key in keys:
            self._rules.setdefault(key, rule)

    def add_named(self, found: Iterable[tuple[str, str]]) -> None:
        """Add ``(actor, rule)`` pairs (an actor found before keeps its first rule).

        Parameters
        ----------
        found
            Pairs as the target rules return them.

        Examples
        --------
        >>> t = Targets()
        >>> t.add_named([("state:UKR", "noun.prep-target"), ("state:UKR", "noun.of-target")])
        >>> list(t.items()), "state:UKR" in t
        ([('state:UKR', 'noun.prep-target')], True)
        """
        for key, rule in found:
            self._rules.setdefault(key, rule)

    def keys(self) -> list[str]:
        """The actors found, in order.

        Returns
        -------
        list of str
            A new list; changing it does not change the targets.

        Examples
        --------
        >>> t = Targets()
        >>> t.add(["state:EST", "state:FIN"], "verb.prep-object")
        >>> t.keys(), bool(Targets())
        (['state:EST', 'state:FIN'], False)
        """
        return list(self._rules)

    def items(self) -> Iterator[tuple[str, str]]:
        """``(actor, rule)`` in the order found.

        Returns
        -------
        Iterator of (str, str)
            Each actor once, with the first rule that found it.

        Examples
        --------
        >>> t = Targets()
        >>> t.add_named([("state:CHN", "verb.object-aim")])
        >>> next(t.items())
        ('state:CHN', 'verb.object-aim')
        """
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

    Attributes
    ----------
    handled_nouns
        Indexes of the event nouns already read with their light verb.
    events
        Acts read so far, most recent last, as ``(sentence start, lemma,
        quad, sources)``, for "the attack" later (:meth:`recalled_author`).
    sectors
        Actor -> the sector of the group noun it was last read through by
        :meth:`refers` ("military" for "Somali troops"; "" for a name): the
        sectors of the ends of the actions :meth:`make` emits.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["Chile", "thanked", "Peru"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], lemmas=["Chile", "thank", "Peru"])
    >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:CHL",), 2: ("state:PER",)}), load_lexicon())
    >>> found = r.make(doc[1], "thank", "VERB", r.subjects(doc[1]), {"state:PER": "verb.object"}, False, "asserted")
    >>> [(a.source, a.action, a.target, a.category, a.evidence) for a in found]
    [('state:CHL', 'thank', 'state:PER', 'support', 'Chile thanked Peru')]
    """

    def __init__(self, doc: Doc, actors: DocActors, lex: Lexicon) -> None:
        self.doc, self.actors, self.lex = doc, actors, lex
        self.handled_nouns: set[int] = set()  # event nouns read with their light verb
        # actor -> the sector of the group noun it was last read through ("" for a name): for make()
        self.sectors: dict[str, str] = {}
        # acts read so far, most recent last: (sentence start, lemma, quad, sources) — for "the attack" later
        self.events: list[tuple[int, str, str, tuple[str, ...]]] = []
        # the Doc's labels, forms, parts of speech and lemmas by token index, and each token's children and agent
        # phrase once asked: the rules ask the same few tokens again and again, and a Token is made on each access
        self._deps, self._heads, self._tree = dependency_tree(doc)
        self._forms, self._tags, self._fine = lower_forms(doc), coarse_tags(doc), fine_tags(doc)
        self._lemmas = lower_lemmas(doc)
        self._force: dict[int, bool] = {}
        self._positions: dict[str, tuple[int, ...]] = {}

    # -- the Doc by token index -------------------------------------------------------------------
    def _children(self, i: int) -> Sequence[int]:
        """The indices of token ``i``'s children (``doc[i].children``), off the Doc's tree (do not change them)."""
        return self._tree[i]

    def _conjuncts(self, tok: Token) -> tuple[Token, ...]:
        """``tok.conjuncts``, without asking spaCy for a token that is no conjunct and has none (most)."""
        deps, i = self._deps, tok.i
        kids = self._tree[i]  # in order: the last is right of the token when any is
        # conjuncts hang to the right ("Chile and Peru"): a token with no child there and no "conj" link has none
        if deps[i] != "conj" and (not kids or kids[-1] < i or all(deps[c] != "conj" for c in kids)):
            return ()
        return tok.conjuncts

    @property
    def labels(self) -> list[str]:
        """Every token's dependency label, by index (:func:`graphkit.syntax.dep_labels`).

        Returns
        -------
        list of str
            ``labels[i] == doc[i].dep_``; do not change it.

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Chile", "protested"], heads=[1, 1], deps=["nsubj", "ROOT"])
        >>> ActionReader(doc, DocActors("d1"), Lexicon()).labels
        ['nsubj', 'ROOT']
        """
        return self._deps

    def positions(self, form: str) -> tuple[int, ...]:
        """The indices of the tokens written ``form`` (in lower case), in order, found once per form.

        A rule that needs a rare word somewhere under a head ("against") asks
        here first rather than walk the head's subtree.

        Parameters
        ----------
        form
            A lower-case word.

        Returns
        -------
        tuple of int

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> r = ActionReader(Doc(English().vocab, words=["Talks", "against", "talks"]), DocActors("d1"), Lexicon())
        >>> r.positions("talks"), r.positions("with")
        ((0, 2), ())
        """
        found = self._positions.get(form)
        if found is None:
            found = self._positions[form] = tuple(i for i, f in enumerate(self._forms) if f == form)
        return found

    # -- arguments -> actors ---------------------------------------------------------------
    def refers(self, tok: Token, *, acts: bool | None = None, things: bool | None = None) -> list[str]:
        """Which actors an argument headed by ``tok`` refers to: the one function every slot asks (subjects,
        objects, prepositional objects, the arguments of event nouns).

        For each of the head and its conjuncts:

        * the actors the word itself names (a name, a demonym, a pronoun, a group noun the actor stage
          read as its state: "Somali troops"); a relative pronoun: the noun its clause modifies; a
          quantity: what it counts ("dozens of Kenyan students"); a noun that describes a name, that
          name ("the newspaper Pagina Doce"); the members of an organization, the organization ("European
          Union countries"); a group or thing someone leads, the leader ("the US-led coalition");
        * else, for a head that may pass (:meth:`passes`: an ``argument_head`` such as "efforts",
          "resolution"; a group noun of :mod:`graphkit.agents` the actor stage left, "artillery" of
          "Malian artillery fire"), the actors it belongs to: its possessor or modifiers ("Iceland's efforts", "a
          Peruvian resolution", themselves read this way), else its "of"/"by"/"from"/"at"
          phrase ("the plan of the EU"), else an apposition ("the rebel group, the FARC");
        * any other noun is a thing and points at no actor: "Ukrainian ports" are not Ukraine acting;
          but a thing of force is the one who fired it ("shells fired by X", "X fired the shots
          that killed Y").

        Each actor found is remembered with the sector of the group noun it was read through
        (:attr:`sectors`). Which heads pass depends on the slot, read from the parse unless given:
        an act stands for its authors as a subject or a prepositional object ("the Russian attack
        killed ...", "agreed to Argentine mediation"); with force any noun stands for its owner as a subject,
        passive subject or prepositional object ("Armenian shells hit ...", "Chilean bases
        were shelled", "strikes on Peruvian ports"). A direct object is left to the verb's rules
        (:func:`~graphkit.actions.verbs.inside_object`).

        Parameters
        ----------
        tok
            The head of the argument.
        acts
            Whether an act passes to its authors (default: from the slot).
        things
            Whether any noun passes to its owners (default: from the slot).

        Returns
        -------
        list of str
            Keys in order, each once.

        Examples
        --------
        >>> import spacy
        >>> from graphkit.lexicon import load_lexicon
        >>> words = ["Turkey", "'s", "efforts", ";", "Greek", "ports"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 0, 2, 2, 5, 5],
        ...           deps=["poss", "case", "ROOT", "punct", "amod", "ROOT"], pos=["PROPN", "PART", "NOUN", "PUNCT",
        ...           "ADJ", "NOUN"], lemmas=["Turkey", "'s", "effort", ";", "greek", "port"])
        >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:TUR",), 4: ("state:GRC",)}), load_lexicon())
        >>> r.refers(doc[2]), r.refers(doc[5]), r.refers(doc[5], things=True)
        (['state:TUR'], [], ['state:GRC'])
        """
        if acts is None or things is None:  # the slot is read only when asked for ("np" gives both)
            deps, heads = self._deps, self._heads  # read by index: no Token for the slot and its governor
            slot = tok.i
            while deps[slot] == "conj" and heads[slot] != slot:
                slot = heads[slot]  # "Chile and Peru": the first conjunct holds the slot
            dep = deps[slot]
            if acts is None:
                acts = dep in ACT_SLOTS
            if things is None:  # (the governor is never the slot itself: a head is another token or the root)
                things = dep in FORCE_SLOTS and self._force_at(heads[heads[slot]] if dep == "pobj" else heads[slot])
        out: list[str] = []
        for t in (tok, *self._conjuncts(tok)):
            for k in self._refers(t, acts, things, 0):
                if k not in out:
                    out.append(k)
        return out

    def np(self, tok: Token) -> list[str]:
        """The actors a phrase names or belongs to, whatever its slot: :meth:`refers` with neither acts nor
        things passing ("does this noun stand for an actor?").

        Parameters
        ----------
        tok
            Any token; a noun, a name or a pronoun heads a phrase.

        Returns
        -------
        list of str
            The actors of the phrase and of its conjuncts, without repeats.

        Examples
        --------
        >>> import spacy
        >>> vocab = spacy.blank("en").vocab
        >>> doc = Doc(vocab, words=["Chile", "and", "Peru", "met"], heads=[3, 0, 0, 3],
        ...           deps=["nsubj", "cc", "conj", "ROOT"])
        >>> keys = DocActors("d1", token_actors={0: ("state:CHL",), 2: ("state:PER",)})
        >>> ActionReader(doc, keys, Lexicon()).np(doc[0])  # no table is read: an empty lexicon will do
        ['state:CHL', 'state:PER']
        """
        return self.refers(tok, acts=False, things=False)

    def passes(self, noun: Token, *, acts: bool = False, things: bool = False) -> bool:
        """Whether an argument headed by a noun that names no actor stands for the actors it belongs to.

        Parameters
        ----------
        noun
            The head.
        acts, things
            As for :meth:`refers`.

        Returns
        -------
        bool
            True for an ``argument_head`` of the word classes ("efforts", "resolution", "plan"), for a
            noun of an organization (``org_kind_noun``, ``org_anaphor``: "al-Qaeda's network"), for a
            group noun of :mod:`graphkit.agents` ("troops", "tank"), for an act with ``acts`` and for
            any noun with ``things``.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.vocab import Vocab
        >>> words = ["resolution", "tank", "port", "attack"]
        >>> nouns = Doc(Vocab(), words=words, pos=["NOUN"] * 4, lemmas=words)
        >>> r = ActionReader(nouns, DocActors("d1"), load_lexicon())
        >>> [r.passes(t) for t in nouns], r.passes(nouns[3], acts=True), r.passes(nouns[2], things=True)
        ([True, True, False, False], True, True)
        """
        if self._tags[noun.i] != "NOUN":
            return False
        if things or (acts and self.is_act(noun)):
            return True
        lemma = self._lemmas[noun.i]
        lex = self.lex
        return lemma in lex.words("argument_head") or lemma in lex.words("org_kind_noun") \
            or lemma in lex.words("org_anaphor") or (
                not lex.is_event_noun(lemma) and agent_at(noun) is not None)

    def _refers(self, t: Token, acts: bool, things: bool, depth: int) -> list[str]:
        """:meth:`refers` for one token, ``depth`` heads down."""
        found = self.actors.of(t)
        if found:
            sector = self.actors.sector_of_index(t.i)
            for k in found:
                self.sectors[k] = sector
            return list(found)
        i = t.i
        lower, pos, lemma = self._forms[i], self._tags[i], self._lemmas[i]
        if lower == "whose":  # "X, whose attacks in Y ...": the relative clause's antecedent
            clause = t.head
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            return self.refers(clause.head) if clause.dep_ == "relcl" else []
        if lower in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
            noun = t.head.head  # what may pass: as in the noun's own slot, or in the pronoun's
            found = self.refers(noun) or self.refers(noun, acts=acts, things=things)
            if not found and things and noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS:
                found = self.subjects(noun.head)  # "X fired the shots that killed Y": the shots are X's
            return found
        if pos == "PROPN" and (t.ent_type_ == "DATE" or t.text.replace(".", "").upper() in ERA_MARKERS):
            # "met President X Tuesday", "in 44 B.C., Emperor X was killed": the parse made the date the head
            # of the name before it or in apposition to it
            names = [c for c in t.children if (c.dep_ == "compound" and c.i < t.i) or c.dep_ == "appos"]
            names += [a for c in names if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos"]  # "the king, X"
            return uniq(k for c in names for k in self._refers(c, False, False, depth + 1))
        if pos == "NOUN" and not self.lex.is_event_noun(lemma):
            led = self._leaders(t)
            if led:  # "the US-led coalition", "a French-led mission": the group X leads is X, in any slot
                return led
        if pos == "VERB" and self._deps[i] == "amod" and t.head.pos_ == "NOUN":
            return self._leaders(t.head)  # "the Chilean-led invasion": as the act's modifier, its author
        if pos == "NOUN" and lemma in self.lex.words("member_noun"):
            bodies = [k for k in self._owners(t, depth) if is_org(k) and "@" not in k]
            if bodies:  # "European Union countries", "NATO members": the organization they make up
                return bodies
        counted = content_noun(t, self.lex) if lemma in self.lex.words("quantity_noun") else t
        if counted is not t:  # "thousands of Peruvian refugees": what a quantity counts
            return self._refers(counted, acts, things, depth + 1)
        if depth > _ARGUMENT_DEPTH or not self.passes(t, acts=acts, things=things):
            return []
        names = described_names(t)
        if names is not None:  # "told the newspaper Pagina Doce": the paper, not the newspaper's state
            # and the names joined to it: "wrote to the operators Norvik and Q-Telco"
            return uniq(k for n in names for a in (n, *n.conjuncts) for k in self.actors.of(a))
        agent = agent_at(t)
        # "the arrival of Kenyan troops": who comes performs a motion
        movers = _OF if lemma in self.lex.words("motion_noun") else frozenset()
        out = self._owners(t, depth) or self._complements(t, depth, SOURCE_PREPS | movers if acts and self.is_act(t)
                                                          else THING_PREPS if things else ARGUMENT_PREPS)
        out = out or [k for c in self._children(i) if self._deps[c] == "appos"
                      for k in self._refers(self.doc[c], False, False, depth + 1)]
        if not out and things:
            out = self.participle_agents(t)  # "shells fired by X killed ..."
        if agent is not None and agent[1].sector:
            for k in out:
                self.sectors[k] = agent[1].sector
        return out

    def _leaders(self, noun: Token) -> list[str]:
        """Whom a group or an act serves: the hyphened name before a participle of leading that modifies it
        ("US-led"), or the to-phrase of an adjective of allegiance after it ("forces loyal to X")."""
        deps, kids = self._deps, self._tree
        amods = [a for a in kids[noun.i] if deps[a] == "amod"]
        if not amods:
            return []  # both readings go through an adjectival modifier
        # read by index: a Token is made only for the object of a "loyal to" phrase
        fine, lemmas, forms, of = self._fine, self._lemmas, self._forms, self.actors.of_index
        led = uniq(k for p in amods if fine[p] == "VBN" and lemmas[p] in _LED_BY
                   for c in kids[p] if deps[c] in _LEADER_DEPS and c < p for k in of(c))
        return led or uniq(k for a in amods if a > noun.i and forms[a] in _LOYAL
                           for p in kids[a] if deps[p] == "prep" and forms[p] == "to"
                           for o in kids[p] if deps[o] == "pobj" for k in self.np(self.doc[o]))

    def _owners(self, noun: Token, depth: int) -> list[str]:
        """Actors of the possessor and modifiers before a noun, each read as an argument of its own."""
        out: list[str] = []
        deps, doc = self._deps, self.doc
        for j in self._children(noun.i):
            if j < noun.i and deps[j] in OWNER_DEPS:
                c = doc[j]
                # "a Saudi-led offensive": who leads it owns it
                led = self._forms[j] == "led" and j > 0 and doc[j - 1].text == "-"
                for t in [doc[x] for x in self._children(j) if x < j] if led else (c, *self._conjuncts(c)):
                    out.extend(k for k in self._refers(t, False, False, depth + 1) if k not in out)
        return out

    def _complements(self, noun: Token, depth: int, preps: frozenset[str]) -> list[str]:
        """Actors of a noun's prepositional phrases in ``preps`` ("the plan of the EU")."""
        deps, forms, doc = self._deps, self._forms, self.doc
        return uniq(k for c in self._children(noun.i) if deps[c] in PREP_DEPS and forms[c] in preps
                    for p in self._children(c) if deps[p] == "pobj"
                    for t in (doc[p], *self._conjuncts(doc[p])) for k in self._refers(t, False, False, depth + 1))

    def owners(self, noun: Token) -> list[str]:
        """Actors named by modifiers of a noun: "Chilean", "U.K.", "Kenya's", "its", "Malian artillery" (each
        modifier read by :meth:`refers`).

        Parameters
        ----------
        noun
            The noun; only its modifiers before it count.

        Returns
        -------
        list of str
            The actors of each modifier and its conjuncts, each once.

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> r = ActionReader(Doc(Vocab(), words=["Russian", "strikes"], heads=[1, 1], deps=["amod", "ROOT"]),
        ...                  DocActors("d1", token_actors={0: ("state:RUS",)}), Lexicon())
        >>> r.owners(r.doc[1]), r.owners(r.doc[0])
        (['state:RUS'], [])
        """
        return self._owners(noun, 0)

    def is_force(self, head: Token) -> bool:
        """Whether a verb or event noun uses force, so that what it hits stands for its owner ("shelled
        Peruvian ports", "strikes on Chilean bases").

        Parameters
        ----------
        head
            A verb or noun.

        Returns
        -------
        bool
            True when its category is one of :data:`FORCE_CATEGORIES`, or for a verb whose object is an
            event noun of force ("opened fire on Sudanese posts").

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["shelled", "visited", "opened", "fire"], heads=[0, 1, 2, 2],
        ...           deps=["ROOT", "ROOT", "ROOT", "dobj"], pos=["VERB", "VERB", "VERB", "NOUN"],
        ...           lemmas=["shell", "visit", "open", "fire"])
        >>> r = ActionReader(doc, DocActors("d1"), load_lexicon())
        >>> r.is_force(doc[0]), r.is_force(doc[1]), r.is_force(doc[2])
        (True, False, True)
        """
        return self._force_at(head.i)

    def _force_at(self, i: int) -> bool:
        """:meth:`is_force` of the token at index ``i``, read once."""
        found = self._force.get(i)
        if found is None:
            found = self._force[i] = self._is_force(i)
        return found

    def _is_force(self, i: int) -> bool:
        """:meth:`is_force`, read from the lexicon."""
        lex, lemmas, tags, deps = self.lex, self._lemmas, self._tags, self._deps  # read by index
        if tags[i] in NOUN_POS:
            return lex.classify(lemmas[i], "NOUN")[0] in FORCE_CATEGORIES
        return lex.classify(lemmas[i], "VERB")[0] in FORCE_CATEGORIES or any(
            deps[c] in OBJECT_DEPS and tags[c] == "NOUN" and lex.is_event_noun(lemmas[c])
            and lex.classify(lemmas[c], "NOUN")[0] in FORCE_CATEGORIES for c in self._tree[i])

    def prep_objects(self, head: Token, preps: frozenset[str]) -> list[str]:
        """Actors that the objects of ``head``'s prepositions in ``preps`` refer to or point at (a dative
        object without a preposition counts: "gave Chile").

        Parameters
        ----------
        head
            A verb or noun.
        preps
            The prepositions to follow (:data:`TARGET_PREPS`, :data:`SOURCE_PREPS`, ...).

        Returns
        -------
        list of str
            The objects' actors (:meth:`refers`; what force hits points at its owner: "strikes on
            Peruvian bases").

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> words = ["spoke", "with", "Estonia", "and", "with", "Finland"]
        >>> doc = Doc(English().vocab, words=words, heads=[0, 0, 1, 1, 1, 4],
        ...           deps=["ROOT", "prep", "pobj", "cc", "conj", "pobj"])
        >>> r = ActionReader(doc, DocActors("d1", token_actors={2: ("state:EST",), 5: ("state:FIN",)}), Lexicon())
        >>> r.prep_objects(doc[0], TARGET_PREPS), r.prep_objects(doc[0], SOURCE_PREPS)
        (['state:EST', 'state:FIN'], [])
        """
        if not self._may_have_prep_objects(head.i, preps):
            return []
        out: list[str] = []
        deps, forms, doc, children = self._deps, self._forms, self.doc, self._children
        ents = entity_types(doc)
        kids: list[int] = []  # token indices
        for c in children(head.i):
            kids.append(c)
            if deps[c] in PREP_DEPS:
                kids.extend(k.i for k in self._conjuncts(doc[c]))
        # "the assassination in 1914 of X": a preposition the parse hung on the date after the head
        kids += [g for c in children(head.i) if deps[c] == "prep" for p in children(c)
                 if deps[p] == "pobj" and ents[p] == "DATE" for g in children(p) if deps[g] == "prep"]
        for c in kids:  # "spoke with A and with B": the second preposition hangs on the first
            if deps[c] in PREP_CHAIN_DEPS and forms[c] in preps:
                for p in [doc[p] for p in children(c) if deps[p] == "pobj"] or [stranded_object(doc[c])]:
                    if p is not None:  # "agreed to Argentine mediation": an act stands for its author
                        out.extend(k for k in self.refers(p) if k not in out)
            elif deps[c] == "dative" and self._tags[c] in ("PROPN", "PRON", "NOUN"):
                out.extend(k for k in self.np(doc[c]) if k not in out)
        return out

    def _may_have_prep_objects(self, i: int, preps: frozenset[str]) -> bool:
        """Whether :meth:`prep_objects` of token ``i`` may read anything: it has a preposition of ``preps`` or a
        dative, or a preposition with conjuncts or with a date as its object (left to the full reading); most
        heads have none."""
        deps, forms, kids = self._deps, self._forms, self._tree
        ents = entity_types(self.doc)
        for c in kids[i]:
            dep = deps[c]
            if dep == "dative" or (dep in PREP_CHAIN_DEPS and forms[c] in preps):
                return True
            if dep in PREP_DEPS:
                for g in kids[c]:
                    if deps[g] == "conj" or (dep == "prep" and deps[g] == "pobj" and ents[g] == "DATE"):
                        return True
        return False

    def participle_agents(self, noun: Token) -> list[str]:
        """The agent of a passive participle modifying a noun: "sanctions imposed by Ottawa".

        Parameters
        ----------
        noun
            The noun the participle modifies ("sanctions").

        Returns
        -------
        list of str
            Actors of the participle's "by" phrase.

        Examples
        --------
        >>> import spacy
        >>> doc = Doc(spacy.blank("en").vocab, words=["sanctions", "imposed", "by", "Ottawa"], heads=[0, 0, 1, 2],
        ...           deps=["ROOT", "acl", "agent", "pobj"], tags=["NNS", "VBN", "IN", "NNP"])
        >>> ActionReader(doc, DocActors("d1", token_actors={3: ("state:CAN",)}), Lexicon()).participle_agents(doc[0])
        ['state:CAN']
        """
        deps, fine = self._deps, self._fine
        return [k for c in self._tree[noun.i] if deps[c] == "acl" and fine[c] == "VBN"
                for k in self.prep_objects(self.doc[c], _BY)]

    def participle_objects(self, noun: Token, *, verbs_only: bool = True) -> list[str]:
        """Whom a clause modifying a noun acts on: "a campaign targeting X" (``verbs_only``: its head must be
        tagged a verb).

        Parameters
        ----------
        noun
            The noun the clause modifies.
        verbs_only
            Whether the clause's head must be tagged VERB; False also takes a
            head the tagger took for a noun or adjective.

        Returns
        -------
        list of str
            Actors of the clause's direct objects, or that they point at.

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["a", "campaign", "targeting", "Chilean", "ports"], heads=[1, 1, 1, 4, 2],
        ...           deps=["det", "ROOT", "acl", "amod", "dobj"], pos=["DET", "NOUN", "NOUN", "ADJ", "NOUN"])
        >>> r = ActionReader(doc, DocActors("d1", token_actors={3: ("state:CHL",)}), Lexicon())
        >>> r.participle_objects(doc[1]), r.participle_objects(doc[1], verbs_only=False)
        ([], ['state:CHL'])
        """
        # a clause that says whom an act or a thing is aimed at: what it names stands for its owner, not for
        # whoever its own participle says made it ("a bid to cut the rebate won by X" is not aimed at X)
        deps, tags, kids, doc = self._deps, self._tags, self._tree, self.doc  # Tokens only for the objects
        return [k for c in kids[noun.i] if deps[c] == "acl" and (tags[c] == "VERB" or not verbs_only)
                for o in (doc[o] for o in kids[c] if deps[o] == "dobj") for k in self.refers(o, things=True)
                if self.actors.of(o) or k not in self.participle_agents(o)]

    # -- acts and their authors --------------------------------------------------------------
    def is_act(self, noun: Token) -> bool:
        """A noun that names an act or a position someone took ("attack", "proposal", "move").

        Parameters
        ----------
        noun
            A token (only one tagged NOUN can name an act).

        Returns
        -------
        bool
            True for an event noun of the action table or an ``act_noun`` of the word classes.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.vocab import Vocab
        >>> words = ["attack", "proposal", "ship"]
        >>> nouns = Doc(Vocab(), words=words, pos=["NOUN"] * 3, lemmas=words)
        >>> [ActionReader(nouns, DocActors("d1"), load_lexicon()).is_act(tok) for tok in nouns]
        [True, True, False]
        """
        lemma = self._lemmas[noun.i]
        return self._tags[noun.i] == "NOUN" and (self.lex.is_event_noun(lemma) or lemma in self.lex.words("act_noun"))

    def authors(self, noun: Token) -> list[str]:
        """Who performed the act a noun names: "Eritrea's attack", "offers from Scholz", "imposed by Ottawa".

        Parameters
        ----------
        noun
            A noun naming an act.

        Returns
        -------
        list of str
            Its owners, the actors of its "by"/"from" phrases and of a participle's
            agent; else those of an act it is "of" ("offers of aid from X").

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> from graphkit.lexicon import load_lexicon
        >>> scholz = DocActors("d1", token_actors={2: ("person:olaf scholz",)})
        >>> doc = Doc(English().vocab, words=["offers", "from", "Scholz"], heads=[0, 0, 1],
        ...           deps=["ROOT", "prep", "pobj"])
        >>> ActionReader(doc, scholz, load_lexicon()).authors(doc[0])
        ['person:olaf scholz']
        """
        found = self.owners(noun) + self.prep_objects(noun, SOURCE_PREPS) + self.participle_agents(noun)
        if not found and lemma_of(noun).lower() in self.lex.words("motion_noun"):
            found = self.prep_objects(noun, _OF)  # "the arrival of Kenyan troops": who comes does it
        if not found:  # "offers of aid from X": the author hangs on the act the noun is of
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and self.is_act(o) and not self.np(o):
                            found = self.owners(o) + self.prep_objects(o, SOURCE_PREPS)
        return uniq(found)

    def remember(self, trigger: Token, lemma: str, pos: str, sources: list[str]) -> None:
        """Keep an act's author for a later "the attack", "the proposal".

        Parameters
        ----------
        trigger
            The action word (its sentence is remembered).
        lemma, pos
            The action word's lemma and part of speech, to classify it.
        sources
            Who performed it; nothing is kept without one, nor for the categories
            ``communicate``, ``ignore`` and ``other``.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("Russia shelled ports. Peru said so.")
        >>> from graphkit.lexicon import load_lexicon
        >>> r = ActionReader(doc, DocActors("d1"), load_lexicon())
        >>> r.remember(doc[1], "shell", "VERB", ["state:RUS"]); r.remember(doc[5], "say", "VERB", ["state:PER"])
        >>> r.events
        [(0, 'shell', 'material-conflict', ('state:RUS',))]
        """
        category, quad = self.action_class(trigger, lemma, pos)
        if sources and category not in _UNRECALLED:
            event = (sentence_start(trigger.doc, trigger.i), lemma, quad, tuple(sources))
            if not self.events or self.events[-1] != event:
                self.events.append(event)

    def recalled_author(self, noun: Token, exclude: list[str]) -> list[str]:
        """The author of an act named again without its author ("denounced the raid"):
        the most recent act of the same word, else of the same kind, within a few sentences.

        Parameters
        ----------
        noun
            A definite noun naming an act ("the attack"); "a raid" recalls
            nothing unless it renames the act before (", a move that ...").
        exclude
            Actors not to return (the subject who denounces it, say).

        Returns
        -------
        list of str
            The sources of the recalled act, read in the last :data:`EVENT_REACH` sentences (this one
            included), minus ``exclude``.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> from graphkit.lexicon import load_lexicon
        >>> words = ["Russia", "shelled", "ports", ".", "Poland", "condemned", "the", "attack", "."]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 1, 5, 5, 7, 5, 5],
        ...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        ...           pos=["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        ...           lemmas=["Russia", "shell", "port", ".", "Poland", "condemn", "the", "attack", "."])
        >>> r = ActionReader(doc, DocActors("d1"), load_lexicon())
        >>> r.remember(doc[1], "shell", "VERB", ["state:RUS"])
        >>> r.recalled_author(doc[7], ["state:POL"]), r.recalled_author(doc[7], ["state:RUS"])
        (['state:RUS'], [])
        """
        # "denounced a raid" is some raid, "threatened legal action" no act before: neither has a definite determiner
        indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ACT for c in noun.children) \
            or not any(c.dep_ in ("det", "poss") for c in noun.children)
        renames = noun.dep_ in _RENAMING_DEPS or (
            noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children))
        if not self.is_act(noun) or (indefinite and not renames):
            return []  # "denounced a raid" is some raid; ", a plan X rejected" renames the one before
        lemma = lemma_of(noun).lower()
        quad = self.lex.classify(lemma, "NOUN")[1]
        # the first token of this sentence and of the ones before it, back to EVENT_REACH sentences (no Span made)
        first = sentence_start(noun.doc, noun.i)
        for _ in range(EVENT_REACH - 1):
            if first == 0:
                break
            first = sentence_start(noun.doc, first - 1)
        recent = [e for e in self.events if e[0] >= first]
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
        """"against each other", "with one another", "fought each other".

        Parameters
        ----------
        head
            A verb or an event noun.
        preps
            Prepositions whose object may be reciprocal.

        Returns
        -------
        bool

        Examples
        --------
        >>> import spacy
        >>> r = ActionReader(Doc(spacy.blank("en").vocab, words=["strikes", "against", "each", "other"],
        ...                      heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"]), DocActors("d1"), Lexicon())
        >>> r.is_reciprocal_object(r.doc[0], TARGET_PREPS), r.is_reciprocal_object(r.doc[0], SOURCE_PREPS)
        (True, False)
        """
        deps, forms, kids = self._deps, self._forms, self._tree  # read by index: no Token objects
        for c in kids[head.i]:
            if deps[c] == "prep" and forms[c] in preps:
                if any(deps[p] == "pobj" and forms[p] in RECIPROCAL_WORDS for p in kids[c]):
                    return True
        return any(deps[c] == "dobj" and forms[c] in RECIPROCAL_WORDS for c in kids[head.i])

    # -- subjects ---------------------------------------------------------------------------------
    def is_passive(self, verb: Token) -> bool:
        """Whether a verb is passive ("was attacked").

        Parameters
        ----------
        verb
            A verb; passive when it has a passive subject or auxiliary.

        Returns
        -------
        bool

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Kyiv", "was", "shelled"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"])
        >>> r = ActionReader(doc, DocActors("d1"), Lexicon())
        >>> r.is_passive(doc[2]), r.is_passive(doc[0])
        (True, False)
        """
        deps = self._deps
        return any(deps[c] in PASSIVE_DEPS for c in self._tree[verb.i])

    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        """Who performs the verb: its subject, the agent of a passive, or a subject inherited through
        control, coordination, participles and raising.

        Parameters
        ----------
        verb
            The verb.
        depth
            How many verbs up the search already went (it stops past six).

        Returns
        -------
        list of str
            Actors of the subject (:meth:`refers`: an act stands for its authors, "the Russian
            attack killed ..."; the instrument of force for its owner, "Armenian shells hit
            ..."); empty when no actor performs it.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.lang.en import English
        >>> words = ["Russia", "threatened", "to", "attack", "Moldova"]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 3, 1, 3],
        ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        ...           lemmas=["Russia", "threaten", "to", "attack", "Moldova"])
        >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:RUS",), 4: ("state:MDA",)}), load_lexicon())
        >>> r.subjects(doc[3]), r.subjects(doc[4])
        (['state:RUS'], [])
        """
        if depth > _SUBJECT_DEPTH:
            return []
        if self.is_passive(verb):
            # "was shot and wounded by X": the agent may hang on the coordinated participle
            return (self.prep_objects(verb, _BY) or self.agency(verb) or self._by_stand_in(verb)
                    or [k for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" for k in self.prep_objects(c, _BY)]
                    or self.act_agents(verb) or self._custodians(verb) or self._stranded_agents(verb))
        doc = verb.doc
        deps, _, children = dependency_tree(doc)
        kids = children[verb.i]
        subj = [doc[c] for c in kids if deps[c] in SUBJECT_DEPS]
        # the small model sometimes hangs the subject on the auxiliary ("Norway [are] mediating")
        subj = subj or [doc[c] for a in kids if deps[a] == "aux" for c in children[a] if deps[c] in SUBJECT_DEPS]
        if subj:
            out: list[str] = []
            for s in subj:
                found = self.refers(s) or (self.participle_agents(s) if self.is_act(s) else []) or self.parties(s)
                if not found and s.tag_ == "VBG":  # "the Red Cross operating in X said": a participle read as
                    found = [k for c in s.children if c.dep_ == "nsubj" for k in self.refers(c)]  # the subject
                if not found and s.lower_ in RELATIVE_PRONOUNS:
                    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
                    if clause.dep_ == "relcl":  # "X was the gunman who killed Y (and who later killed Z)"
                        found = self.stand_in(clause.head, depth + 1)
                if not found and s.lower_ in SPEAKER_PRONOUNS and self._reported_clause(verb):
                    found = self.subjects(verb.head, depth + 1)  # "X claimed they had attacked Y": the speaker
                # "Chile, Peru, and Spain met": a list the parser read as an apposition with conjuncts
                found = found + [k for a in children[s.i] if deps[a] == "appos" and any(deps[c] == "conj" for c in children[a])
                                 for k in self.np(doc[a]) if k not in found]
                out.extend(k for k in found if k not in out)
            return out + [k for k in self.partners(verb) if k not in out] if out else out
        head = doc[self._heads[verb.i]]
        dep, tag, head_pos = deps[verb.i], self._fine[verb.i], self._tags[head.i]  # read once for the tests below
        if dep == "conj" and tag == "VBN" and self.is_passive(head):
            # "X was shot and wounded by Y": the second participle shares the passive
            return self.prep_objects(verb, _BY) or self.agency(verb) or self.subjects(head, depth + 1)
        if dep == "xcomp" and self.is_passive(head):
            # "Chile is believed to have sent ...": the subject of the passive does it
            return [k for c in passive_subject_tokens(head) for k in self.np(c)]
        if dep == "xcomp" and head_pos == "ADJ":
            # "X is ready to send", "X is willing to", "found X able to": the adjective's subject
            return self._predicate_subjects(head, depth + 1)
        if dep == "xcomp":
            if self.lex.has_flag(lemma_of(head).lower(), "VERB", "object_control"):
                objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                if objs:  # "ordered diplomats to leave": the diplomats leave, whoever they are
                    return [k for c in objs for k in self.np(c)]
            return self.subjects(head, depth + 1)
        if dep == "conj" and head_pos in VERB_POS:
            found = self.subjects(head, depth + 1)
            if not found and head.dep_ == "ccomp":
                # "X denied that ... and blamed Y": the parser often hangs the second verb on the clause
                found = self.subjects(head.head, depth + 1)
            return found
        if dep == "acomp" and head_pos in VERB_POS:
            return self.subjects(head, depth + 1)  # "X are committed to ...": a participle read as the copula's complement
        if dep in ("advcl", "pcomp") and tag == "VBG" and head_pos in VERB_POS:
            return self.subjects(head, depth + 1)
        if dep == "advcl" and head_pos in VERB_POS and tag == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            found = self.subjects(head, depth + 1)  # "X staged protests to demand ...": a purpose, done by X
            if verb_lemma(head, self.lex) in self.lex.words("siding_verb"):
                found = uniq(found + self._sided(head))  # "X stood by Chad to defeat Y": Chad too
            return found
        if dep == "pcomp" and head.dep_ in PREP_DEPS:
            return self.gerund_subjects(head, depth + 1)
        if (dep == "acl" or (dep == "relcl" and self.is_act(head))) and head_pos == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # "a strike to protest"
            return self._infinitive_owner(head, depth + 1, verb.i)  # "X's decision to send", "a conspiracy to murder"
        if dep == "acl" and tag == "VBG" and head_pos in ("NOUN", "PROPN"):
            # "Kurds, demanding autonomy"; "issued a declaration demanding ...": who issued it (not who
            # rejected it: "rejected a plan targeting X")
            found = list(self.actors.of(head))
            gov = head.head
            if not found and head.dep_ == "appos" and head_pos == "NOUN":
                found = list(self.actors.of(gov))  # "X, the activist suing Y": the name the noun describes
            if not found and head.dep_ in OBJECT_DEPS and gov.pos_ in VERB_POS and self.is_act(head) \
                    and self.lex.classify(lemma_of(head).lower(), "NOUN")[0] in _STATEMENT_CATEGORIES \
                    and self.lex.has_flag(lemma_of(gov).lower(), "VERB", "light"):
                found = self.subjects(gov, depth + 1)
            return found
        if dep == "acl" and self._headless_predicate(verb):
            # "Doctors from two aid groups donated ...": the verb read as a clause on the last noun of the
            # subject, the subject as the sentence's root
            return self.np(verb.sent.root) or list(self.actors.of(verb.sent.root))
        if dep == "acl" and tag == "VBN" and self.lex.classify(lemma_of(verb).lower())[0] not in _NO_ACT:
            # "Y, assassinated in a coup led by X": the agent (Y, the noun it modifies, is its passive subject)
            found = self.prep_objects(verb, _BY) or self.agency(verb) or self.act_agents(verb)
            gov = head.head
            if not found and head.dep_ == "dobj" and gov.pos_ in VERB_POS and self.is_act(head) \
                    and self.lex.has_flag(lemma_of(gov).lower(), "VERB", "light"):
                found = self.subjects(gov, depth + 1)  # "X conducted strikes coordinated with Y": X did them
            return found
        return []

    def hyphen_partners(self, noun: Token) -> list[str]:
        """"the Ethiopia-Eritrea war": the name before the hyphen, which the parser hangs on the second name
        rather than on the noun.

        Parameters
        ----------
        noun
            The noun the hyphenated names modify.

        Returns
        -------
        list of str
            Actors of the names before a hyphen (the one after it is the noun's own modifier).

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> from graphkit.lexicon import load_lexicon
        >>> doc = Doc(English().vocab, words=["Chile", "-", "Peru", "war"], heads=[2, 2, 3, 3],
        ...           deps=["compound", "punct", "compound", "ROOT"])
        >>> found = DocActors("d1", token_actors={0: ("state:CHL",), 2: ("state:PER",)})
        >>> ActionReader(doc, found, load_lexicon()).hyphen_partners(doc[3])
        ['state:CHL']
        """
        doc = noun.doc
        return uniq(k for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                    for g in c.children if g.i + 2 == c.i and doc[g.i + 1].text == "-" for k in self.np(g))

    def parties(self, noun: Token) -> list[str]:
        """Who take part in a mutual act named as a subject ("the Chile-Peru partnership will ...",
        "the alliance between X and Y aims to ..."): its owners, hyphenated names and "between" phrase.

        Parameters
        ----------
        noun
            A noun; only a mutual (``reciprocal``) event noun has parties.

        Returns
        -------
        list of str
            Two actors or more; empty when fewer are named.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> from graphkit.lexicon import load_lexicon
        >>> doc = Doc(English().vocab, words=["partnership", "between", "Chile", "and", "Peru"],
        ...           heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"],
        ...           pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
        ...           lemmas=["partnership", "between", "Chile", "and", "Peru"])
        >>> found = DocActors("d1", token_actors={2: ("state:CHL",), 4: ("state:PER",)})
        >>> ActionReader(doc, found, load_lexicon()).parties(doc[0])
        ['state:CHL', 'state:PER']
        """
        if not (self.is_act(noun) and self.lex.has_flag(lemma_of(noun).lower(), "NOUN", "reciprocal")):
            return []
        found = uniq(self.owners(noun) + self.hyphen_partners(noun) + self.prep_objects(noun, _BETWEEN))
        return found if len(found) >= 2 else []

    def _sided(self, verb: Token) -> list[str]:
        """Whose side a siding verb takes: its object, or its own preposition's ("stood by Chad")."""
        lemma = verb_lemma(verb, self.lex)
        preps = frozenset({lemma.rsplit(" ", 1)[1]}) if " " in lemma else frozenset({"with"})
        return uniq([k for c in verb.children if c.dep_ == "dobj" for k in self.np(c)]
                    + self.prep_objects(verb, preps))

    @staticmethod
    def _headless_predicate(verb: Token) -> bool:
        """Whether a clause on a noun is the predicate of a sentence the parser left without one: its root a
        noun before it, no subject anywhere in it, no comma before the clause ("X, assassinated in ...")."""
        root = verb.sent.root
        return verb.tag_ in ("VBD", "VBN") and root.pos_ in NOUN_POS and root.i < verb.i \
            and verb.i > 0 and verb.nbor(-1).pos_ != "PUNCT" \
            and not any(t.dep_ in NOMINAL_SUBJECT_DEPS | SUBJECT_DEPS for t in verb.sent)

    def partners(self, verb: Token) -> list[str]:
        """Who acts with a verb's subject as a whole it is part of: "the UK, as part of the coalition, is
        committed to ...", "Chile is working as a member of the alliance to ..." (the whole names an actor
        itself: "as part of Russia's plan" names no one who acts).

        Parameters
        ----------
        verb
            The verb; its "as part of"/"as a member of" phrase may hang on it or on its auxiliary.

        Returns
        -------
        list of str
            The actors of the "of" phrase.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> words = ["Chile", "worked", "as", "part", "of", "NATO"]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 2, 3, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep",
        ...           "pobj"], lemmas=["Chile", "work", "as", "part", "of", "NATO"])
        >>> found = DocActors("d1", token_actors={0: ("state:CHL",), 5: ("org:nato",)})
        >>> ActionReader(doc, found, Lexicon()).partners(doc[1])
        ['org:nato']
        """
        deps, forms, lemmas, kids, doc = self._deps, self._forms, self._lemmas, self._tree, self.doc  # by index
        heads = [verb.i, *(a for a in kids[verb.i] if deps[a] in AUX_DEPS)]
        return uniq(k for h in heads for p in kids[h] if deps[p] == "prep" and forms[p] == "as"
                    for n in kids[p] if deps[n] == "pobj" and lemmas[n] in _WHOLE_NOUNS
                    for q in kids[n] if deps[q] == "prep" and forms[q] == "of"
                    for o in kids[q] if deps[o] == "pobj" for t in (doc[o], *doc[o].conjuncts) for k in self.actors.of(t))

    def owned_subject(self, verb: Token) -> bool:
        """Whether whoever performs the verb is one thing named by its owners ("the bloc's Luxembourg
        presidency hoped to strike a deal": one presidency, not two parties to a deal).

        Parameters
        ----------
        verb
            A verb; its subject is looked for up its chain of complements and coordinated verbs.

        Returns
        -------
        bool
            True when that subject is a common noun that names no actor itself and has no conjuncts.

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["the", "presidency", "struck", "a", "deal"], heads=[1, 2, 2, 4, 2],
        ...           deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"])
        >>> ActionReader(doc, DocActors("d1"), Lexicon()).owned_subject(doc[2])
        True
        """
        node = verb
        for _ in range(_SUBJECT_DEPTH):
            subj = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if subj:
                s = subj[0]
                return s.pos_ == "NOUN" and not self.np(s) and not s.conjuncts
            if node.dep_ not in _CHAIN_DEPS or node.head.i == node.i:
                return False
            node = node.head
        return False

    def gerund_subjects(self, prep: Token, depth: int = 0) -> list[str]:
        """Who does what a preposition's gerund or event noun says, from what the preposition hangs on.

        * a verb with an object, before "of", "for", "from" ...: the object ("accused Chile of attacking",
          "stopped Peru from sending"); any other preposition ("by", "after"): the verb's subject;
        * a passive verb: its passive subject ("Chile was accused of attacking", "was arrested after firing");
        * an adjective: its subject ("pleaded guilty to killing", "is responsible for shelling");
        * a participle modifying a noun: that noun ("X, convicted of killing");
        * a noun of judgement (``culprit_noun``: "sentence", "charge", "role"): whoever it is about, one level up
          ("serving a sentence for killing", "a suspect in the killing of").

        Parameters
        ----------
        prep
            The preposition whose object is the gerund (or the event noun).
        depth
            How many verbs up the search already went.

        Returns
        -------
        list of str
            The actors; empty when the preposition hangs on anything else.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.lang.en import English
        >>> words = ["Peru", "accused", "Chile", "of", "attacking", "Bolivia"]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 1, 3, 4],
        ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"], pos=["PROPN", "VERB", "PROPN", "ADP",
        ...           "VERB", "PROPN"], tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNP"])
        >>> found = DocActors("d1", token_actors={0: ("state:PER",), 2: ("state:CHL",), 5: ("state:BOL",)})
        >>> ActionReader(doc, found, load_lexicon()).gerund_subjects(doc[3])
        ['state:CHL']
        """
        gov = prep.head
        if depth > _SUBJECT_DEPTH or gov is prep:
            return []
        if gov.pos_ in VERB_POS and gov.dep_ == "acl" and gov.tag_ == "VBN":
            # "X, convicted of killing Y": the noun the participle modifies, not its conjuncts
            return list(self.actors.of(gov.head)) or self.stand_in(gov.head, depth)
        if gov.pos_ in VERB_POS:
            passive = self.passive_subjects(gov)
            if passive is not None:
                found = [k for c in passive for k in self.stand_in(c, depth)]
                return found + [k for k in self.partners(gov) if k not in found] if found else found
            if prep.lower_ in OBJECT_CONTROL_PREPS:
                objs = [k for c in gov.children if c.dep_ == "dobj" for k in self.stand_in(c, depth)]
                if objs or any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in gov.children):
                    return objs
            return self.subjects(gov, depth + 1)
        if gov.pos_ == "ADJ":
            return self._predicate_subjects(gov, depth + 1)
        if gov.dep_ in OBJECT_DEPS and prep.lower_ in OBJECT_CONTROL_PREPS and self.actors.of(gov):
            return list(self.actors.of(gov))  # "convicted X of killing": the parser hung "of" on X
        if gov.pos_ == "NOUN" and lemma_of(gov).lower() in self.lex.words("culprit_noun"):
            up = gov.head
            if gov.dep_ == "pobj" and up.dep_ in PREP_DEPS:
                return self.gerund_subjects(up, depth + 1)  # "indicted on a charge of murder in ..."
            if gov.dep_ in OBJECT_DEPS and up.pos_ in VERB_POS:
                return self.subjects(up, depth + 1)  # "serving a sentence for ...", "claimed responsibility for"
            if gov.dep_ in PREDICATIVE_DEPS or gov.dep_ == "appos":
                return self.stand_in(gov, depth + 1)  # "X, the only suspect in ..."
        return []

    def passive_subjects(self, verb: Token) -> list[Token] | None:
        """The passive subjects of a verb, shared by a coordinated participle ("X was tried and convicted");
        None when the verb is not passive.

        Parameters
        ----------
        verb
            A verb.

        Returns
        -------
        list of Token or None

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Smith", "was", "tried", "and", "convicted"], heads=[2, 2, 2, 2, 2],
        ...           deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj"], tags=["NNP", "VBD", "VBN", "CC", "VBN"])
        >>> r = ActionReader(doc, DocActors("d1"), Lexicon())
        >>> [t.text for t in r.passive_subjects(doc[4])], r.passive_subjects(doc[0])
        (['Smith'], None)
        """
        if self.is_passive(verb):
            return passive_subject_tokens(verb)
        head = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN"):
            return [head]  # "Tolbert, assassinated in a coup"
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and self.is_passive(head) \
                and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return passive_subject_tokens(head)
        return None

    def stand_in(self, noun: Token, depth: int = 0) -> list[str]:
        """Actors a noun stands for in a clause: its own, else those it is predicated of or in apposition
        with ("X was the gunman who ...", "X, the man who ...", "the man ..., X"), else, for the shots
        or weapons someone used, the one who used them ("X fired the shots that killed Y").

        Parameters
        ----------
        noun
            A noun that heads a clause about it (a relative clause, a participle).
        depth
            How many verbs up the search already went.

        Returns
        -------
        list of str
            Actor keys, each once; empty when the noun stands for nobody named.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.lang.en import English
        >>> words = ["Smith", "was", "the", "gunman"]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "attr"],
        ...           pos=["PROPN", "AUX", "DET", "NOUN"], lemmas=["Smith", "be", "the", "gunman"])
        >>> ActionReader(doc, DocActors("d1", token_actors={0: ("person:smith",)}), load_lexicon()).stand_in(doc[3])
        ['person:smith']
        """
        found = self.np(noun)
        if found or depth > _SUBJECT_DEPTH or noun.pos_ not in ("NOUN", "PRON"):
            return found
        if noun.dep_ == "appos":
            found = self.np(noun.head)
        found = found or [k for c in noun.children if c.dep_ == "appos" for k in self.np(c)]
        head = noun.head
        if not found and noun.dep_ in PREDICATIVE_DEPS and head.pos_ in VERB_POS:
            found = [k for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS for k in self.np(c)]
        if not found and noun.dep_ in OBJECT_DEPS and head.pos_ in VERB_POS \
                and lemma_of(noun).lower() in self.lex.words("instrument_noun"):
            found = self.subjects(head, depth + 1)
        if not found:  # "a band of rebels that included X and Y", "a coalition including X"
            found = [k for c in noun.children for k in self._included(c)]
        if not found and noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in VERB_POS:
            # "X was named as the man who ...", "identified X as the gunman"
            verb = head.head
            found = [k for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for k in self.np(c)]
        return uniq(found)

    def agency(self, verb: Token) -> list[str]:
        """Who had a passive act done: "was killed on the orders of X", "at the behest of X"
        (the ``agency_noun`` word class).

        Parameters
        ----------
        verb
            A passive verb.

        Returns
        -------
        list of str
            The actors of the agency noun's "of" phrase.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.lang.en import English
        >>> words = ["Brown", "was", "killed", "on", "the", "orders", "of", "Smith"]
        >>> doc = Doc(English().vocab, words=words, heads=[2, 2, 2, 2, 5, 3, 5, 6],
        ...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
        ...           lemmas=["Brown", "be", "kill", "on", "the", "order", "of", "Smith"])
        >>> ActionReader(doc, DocActors("d1", token_actors={7: ("person:smith",)}), load_lexicon()).agency(doc[2])
        ['person:smith']
        """
        agency = self.lex.words("agency_noun")
        return uniq(k for p in verb.children if p.dep_ == "prep" for n in p.children
                    if n.dep_ == "pobj" and lemma_of(n).lower() in agency for k in self.prep_objects(n, _OF))

    def act_agents(self, verb: Token) -> list[str]:
        """Who did a passive act done in the course of another: "was killed in an Israeli raid", "was
        assassinated in a coup led by X" (the authors of the act the "in"/"during" phrase names).

        Parameters
        ----------
        verb
            A passive verb or participle.

        Returns
        -------
        list of str
            The authors (:meth:`authors`) of each act named by its "in"/"during" phrases.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> from spacy.lang.en import English
        >>> words = ["Brown", "was", "killed", "in", "a", "Chilean", "raid"]
        >>> doc = Doc(English().vocab, words=words, heads=[2, 2, 2, 2, 6, 6, 3],
        ...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "amod", "pobj"],
        ...           pos=["PROPN", "AUX", "VERB", "ADP", "DET", "ADJ", "NOUN"],
        ...           lemmas=["Brown", "be", "kill", "in", "a", "Chilean", "raid"])
        >>> ActionReader(doc, DocActors("d1", token_actors={5: ("state:CHL",)}), load_lexicon()).act_agents(doc[2])
        ['state:CHL']
        """
        return uniq(k for p in verb.children if p.dep_ == "prep" and p.lower_ in _COURSE_PREPS
                    for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                    and self.lex.classify(lemma_of(n).lower(), "NOUN")[0] in FORCE_CATEGORIES for k in self.authors(n))

    def _custodians(self, verb: Token) -> list[str]:
        """"were freed from Chilean custody", "released from a Peruvian jail": who held them releases them (the
        owners of a ``custody_noun`` in the "from" phrase of a passive release)."""
        if self.lex.classify(lemma_of(verb).lower(), "VERB")[0] not in _RELEASE_CATEGORIES:
            return []
        custody = self.lex.words("custody_noun")
        return uniq(k for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for n in p.children
                    if n.dep_ == "pobj" and lemma_of(n).lower() in custody for k in self.owners(n))

    def _stranded_agents(self, verb: Token) -> list[str]:
        """"X was shot in the courtyard of his home by Y": a passive's "by" phrase the parse hung on a place or
        time noun of the verb's own prepositional phrases (never on an act: "killed in an attack by" is the
        act's)."""
        out: list[str] = []
        nouns = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        while nouns:
            noun = nouns.pop()
            if noun.pos_ != "NOUN" or self.is_act(noun):
                continue
            for p in noun.children:
                if p.dep_ == "prep":
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                    if p.lower_ == "by":
                        out += [k for o in objs for k in self.refers(o)]
                    else:
                        nouns += objs
        return uniq(out)

    def _by_stand_in(self, verb: Token) -> list[str]:
        """"by a band of rebels that included X and Y": the named members of a group that did it (the clause
        may hang on the group or on what it is a group of)."""
        groups = [n for p in verb.children if p.dep_ == "agent" for n in p.children
                  if n.dep_ == "pobj" and n.pos_ == "NOUN" and not self.np(n)]
        groups += [o for n in groups for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return uniq(k for n in groups for k in self.stand_in(n))

    def _infinitive_owner(self, noun: Token, depth: int, verb_index: int) -> list[str]:
        """Who does what a noun's infinitive says: its "for" phrase ("a call for X to"), its author ("X's
        decision to send"), or the subject of
        the light verb it is the object of ("X made a decision to"), or as a gerund would ("charged with a
        conspiracy to murder")."""
        # "a call for Chile to withdraw": the "for" phrase before the infinitive is its subject
        found = [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb_index
                 for o in p.children if o.dep_ == "pobj" for k in self.np(o)] or self.authors(noun)
        head = noun.head
        if not found and noun.dep_ in OBJECT_DEPS and head.pos_ in VERB_POS and (
                lemma_of(head).lower() == "have" or self.lex.has_flag(lemma_of(head).lower(), "VERB", "light")):
            found = self.subjects(head, depth)  # "X made an attempt to", "X has a plan to" (not "rejected a plan to")
        judging = self.lex.words("culprit_verb") | self.lex.words("culprit_noun")
        if not found and noun.dep_ == "pobj" and head.dep_ in PREP_DEPS and lemma_of(head.head).lower() in judging:
            found = self.gerund_subjects(head, depth)  # "charged with a conspiracy to murder X"
        return found

    def _included(self, clause: Token) -> list[str]:
        """The members a clause on a group noun names: "that included X and Y", "including X"."""
        if clause.dep_ == "relcl" and lemma_of(clause).lower() in _INCLUDE:
            return [k for o in clause.children if o.dep_ == "dobj" for k in self.np(o)]
        if clause.dep_ == "prep" and clause.lower_ in _INCLUDE:
            return [k for o in clause.children if o.dep_ == "pobj" for k in self.np(o)]
        return []

    def _predicate_subjects(self, adjective: Token, depth: int) -> list[str]:
        """The subject of an adjective: its own ("found X guilty" parsed as a clause), of its copula
        ("X is ready"), or the object it is said of ("found X guilty")."""
        own = [k for c in adjective.children if c.dep_ in SUBJECT_DEPS for k in self.np(c)]
        head = adjective.head
        if own or head.pos_ not in VERB_POS or head is adjective:
            return own
        if adjective.dep_ == "oprd" or (adjective.dep_ == "ccomp" and not self.is_passive(head)):
            objs = [k for c in head.children if c.dep_ == "dobj" for k in self.np(c)]
            if objs:
                return objs
        if self.is_passive(head):
            return [k for c in passive_subject_tokens(head) for k in self.np(c)]
        return self.subjects(head, depth)

    def _reported_clause(self, verb: Token) -> bool:
        """A clause that says what its head's subject said or decided ("X said it will", "X warned they
        would"): a clausal complement of a verb of saying or of intent."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.pos_ not in VERB_POS:
            return False
        lemma = lemma_of(head).lower()
        return self.lex.classify(lemma, "VERB")[0] == "communicate" or lemma in self.lex.words("hypothetical_head")

    # -- emitting ---------------------------------------------------------------------------------
    def desired_doers(self, verb: Token) -> list[str]:
        """Whom a verb of wanting wants to act: the actor its infinitive is about, as the subject of a
        complement ("wants Chile to withdraw") or as its object before one ("would like Peru to pay").

        Parameters
        ----------
        verb
            A verb (of the ``desire_verb`` class).

        Returns
        -------
        list of str
            The actors; none when the infinitive has no actor of its own ("wants to join").

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> import spacy
        >>> doc = Doc(spacy.blank("en").vocab, words=["Peru", "wants", "Chile", "to", "leave"], heads=[1, 1, 4, 4, 1],
        ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"])
        >>> r = ActionReader(doc, DocActors("d1", token_actors={0: ("state:PER",), 2: ("state:CHL",)}), load_lexicon())
        >>> r.desired_doers(doc[1])
        ['state:CHL']
        """
        def to_infinitive(c: Token) -> bool:
            return any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)

        kids = list(verb.children)
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in INTENT_MODALS for c in kids):
            return []  # "might want X to leave" guesses at a wish: nobody demands it
        doers = [s for c in kids if c.dep_ == "ccomp" and to_infinitive(c) for s in c.children
                 if s.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "xcomp" and to_infinitive(c) for c in kids):
            doers += [c for c in kids if c.dep_ == "dobj"]
        return uniq(k for d in doers for k in self.np(d))

    def action_class(self, trigger: Token, lemma: str, pos: str, negated: bool = False) -> tuple[str, str]:
        """The category and quad of an action word; a verb's by the head of its object too ("halted aid" is a
        sanction, "lifted the curfew" a concession), and cooperation the actor declines ("refused to lift",
        "will not provide support", not "no talks") is a rejection (:meth:`~graphkit.lexicon.Lexicon.classify`).

        Parameters
        ----------
        trigger
            The token the action is read from; a verb's direct object (or
            passive subject) is looked up under it (:func:`object_lemma`).
        lemma, pos
            How the lexicon knows the word: ``verb_lemma`` for a verb, ``"VERB"`` or ``"NOUN"``.
        negated
            What :func:`graphkit.actions.mood.negated` said of it.

        Returns
        -------
        tuple of (str, str)
            ``(category, quad)``.

        Examples
        --------
        >>> from graphkit.lexicon import load_lexicon
        >>> import spacy
        >>> halted = Doc(spacy.blank("en").vocab, words=["Japan", "halted", "aid"], heads=[1, 1, 1],
        ...              deps=["nsubj", "ROOT", "dobj"], lemmas=["Japan", "halt", "aid"])
        >>> reader = ActionReader(halted, DocActors("d1"), load_lexicon())
        >>> reader.action_class(halted[1], "halt", "VERB"), reader.action_class(halted[1], "halt", "VERB", True)
        (('sanction', 'material-conflict'), ('sanction', 'material-conflict'))
        """
        if pos in VERB_POS and lemma in self.lex.words("ending_verb") \
                and any(c.dep_ == "dobj" and self.np(c) for c in trigger.children):
            return FORCE_CLASS  # "to finish X": ending an actor is force
        if pos in VERB_POS and lemma in self.lex.words("desire_verb") and self.desired_doers(trigger):
            return DEMAND_CLASS  # "wants Chile to withdraw": wanting it of someone is demanding it of them
        declined = negated and not any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
        # what follows reads only the word, its object and the lexicon: asked again of the same word (by remember,
        # by a later rule), the answer is the Doc's, kept for this lexicon
        held = trigger.doc.user_data.get("graphkit.action_classes")
        if held is None or held[0] is not self.lex:
            held = trigger.doc.user_data["graphkit.action_classes"] = (self.lex, {})
        key = (trigger.i, lemma, pos, declined)
        found = held[1].get(key)
        if found is None:
            found = held[1][key] = self._word_class(trigger, lemma, pos, declined)
        return found

    def _word_class(self, trigger: Token, lemma: str, pos: str, declined: bool) -> tuple[str, str]:
        """:meth:`action_class` past the readings of its actors: by the lexicon and the word's object alone."""
        if pos in VERB_POS and lemma in self.lex.words("buildup_verb") and _builds_forces(trigger, self.lex):
            return "mobilize", "material-conflict"  # "bolstered its troops": CAMEO 154
        if pos in VERB_POS and lemma in self.lex.words("renewal_verb") \
                and object_lemma(trigger, self.lex) in self.lex.words("measure_noun"):
            lemma = "impose"  # "extended the curfew": keeping a restriction is imposing it again
        by_object = pos in VERB_POS and self.lex.cameo.has_object_classes(lemma)
        return self.lex.classify(lemma, pos, object_lemma(trigger, self.lex) if by_object else None, negated=declined)

    def make(self, trigger: Token, lemma: str, pos: str, sources: list[str], targets: Targets | Mapping[str, str],
             negated: bool, modality: Modality) -> Iterator[Action]:
        """An action from every source to every other target, each carrying the rule that found its target.

        An action with a target, not negated, is remembered (:meth:`remember`).

        Parameters
        ----------
        trigger
            The action word; its offsets and sentence go into each action.
        lemma, pos
            The action word's lemma and part of speech (classified by the lexicon).
        sources
            Who acts.
        targets
            Whom it is aimed at, with the rule that found each.
        negated, modality
            As :mod:`graphkit.actions.mood` read them.

        Yields
        ------
        Action
            Sources in order, then targets in order; never from an actor to itself.

        Examples
        --------
        >>> from spacy.lang.en import English
        >>> from graphkit.lexicon import load_lexicon
        >>> doc = Doc(English().vocab, words=["Chile", "and", "Peru", "did", "not", "attack", "Peru"],
        ...           heads=[5, 0, 0, 5, 5, 5, 5], deps=["nsubj", "cc", "conj", "aux", "neg", "ROOT", "dobj"])
        >>> r = ActionReader(doc, DocActors("d1"), load_lexicon())
        >>> found = r.make(doc[5], "attack", "VERB", ["state:CHL", "state:PER"], {"state:PER": "verb.object"},
        ...                True, "asserted")
        >>> [(a.source, a.target, a.negated, a.quad, a.start_char) for a in found]
        [('state:CHL', 'state:PER', True, 'material-conflict', 23)]
        >>> r.events  # a negated act is not remembered
        []
        """
        category, quad = self.action_class(trigger, lemma, pos, negated)
        found = list(targets.items())
        if found and not negated:
            self.remember(trigger, lemma, pos, sources)
        evidence = None  # the sentence and offsets, read for the first action made (many calls make none)
        for s in sources:
            for t, rule in found:
                if s != t:
                    if evidence is None:
                        sent = trigger.sent
                        evidence = doc_text(trigger.doc)[sent.start_char:sent.end_char].strip()
                        start, end = trigger.idx, trigger.idx + len(trigger)
                    yield Action(self.actors.doc_id, s, t, lemma, pos, negated, modality, category, quad, evidence,
                                 start, end, rule, source_sector=self.sectors.get(s, ""),
                                 target_sector=self.sectors.get(t, ""))

    def pairs(self, trigger: Token, lemma: str, pos: str, actors: list[str], negated: bool, modality: Modality,
              rule: str) -> Iterator[Action]:
        """Both directions between every two actors of a mutual action.

        Parameters
        ----------
        trigger
            The action word.
        lemma, pos
            Its lemma and part of speech.
        actors
            The actors acting together ("Greece and Albania held talks").
        negated, modality
            The action's negation and modality.
        rule
            The rule name every action carries.

        Yields
        ------
        Action
            For each actor, one action to each of the others.

        Examples
        --------
        >>> import spacy
        >>> from graphkit.lexicon import load_lexicon
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
        >>> r = ActionReader(nlp("Greece and Albania held talks."), DocActors("d1"), load_lexicon())
        >>> [(a.source, a.target) for a in r.pairs(r.doc[4], "talk", "NOUN", ["state:GRC", "state:ALB"], False,
        ...                                         "asserted", "light-verb.mutual")]
        [('state:GRC', 'state:ALB'), ('state:ALB', 'state:GRC')]
        """
        for s in actors:
            yield from self.make(trigger, lemma, pos, [s], {t: rule for t in actors if t != s}, negated, modality)


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The verb's base form, with its particle or preposition when the pair is a phrasal verb of its own
    ("hand over", "call on", "crack down").

    Parameters
    ----------
    tok
        The verb.
    lex
        The lexicon: a verb and preposition make one lemma only when it has a VERB row for the pair.

    Returns
    -------
    str
        In lower case; a particle (``prt``) always joins the lemma.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(English().vocab, words=["called", "on", "Iran", "and", "spoke", "on", "TV"],
    ...           heads=[0, 0, 1, 0, 0, 4, 5], deps=["ROOT", "prep", "pobj", "cc", "conj", "prep", "pobj"],
    ...           lemmas=["call", "on", "Iran", "and", "speak", "on", "TV"])
    >>> verb_lemma(doc[0], load_lexicon()), verb_lemma(doc[4], load_lexicon())
    ('call on', 'speak')
    """
    lemma = lower_lemma(tok)
    doc = tok.doc
    deps, _, children = dependency_tree(doc)
    forms = lower_forms(doc)
    kids = children[tok.i]
    prt = [forms[c] for c in kids if deps[c] == "prt"]
    if prt and approximate_object(tok) is None:
        return f"{lemma} {prt[0]}"
    # the prepositions of prep_heads(tok), read by index
    heads = [tok.i]
    clauses = [c for c in kids if deps[c] in ("advcl", "xcomp")]
    if clauses:
        nouns = {forms[c] for c in kids if deps[c] == "dobj"}
        heads += [c for c in clauses if forms[c] in nouns]
    for head in heads:
        for c in children[head]:
            if deps[c] == "prep" and lex.action(f"{lemma} {forms[c]}", "VERB") is not None:
                return f"{lemma} {forms[c]}"
    # "called for Peru to withdraw": the parse hangs the "for" on the clause it opens
    if any(deps[m] == "mark" and forms[m] == "for" for c in kids if deps[c] == "advcl" for m in children[c]) \
            and lex.action(f"{lemma} for", "VERB") is not None:
        return f"{lemma} for"
    return lemma


def prep_heads(verb: Token) -> list[Token]:
    """The verb, and the second noun of a doubled-noun idiom after it ("stood shoulder to shoulder with X"),
    which the parser takes for a verb of its own holding the verb's preposition.

    Parameters
    ----------
    verb
        A verb.

    Returns
    -------
    list of Token
        The verb first, then any such second noun.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = Doc(English().vocab, words=["stood", "shoulder", "to", "shoulder", "with", "Chile"],
    ...           heads=[0, 0, 3, 0, 3, 4], deps=["ROOT", "dobj", "aux", "advcl", "prep", "pobj"])
    >>> [t.text for t in prep_heads(doc[0])]
    ['stood', 'shoulder']
    """
    doc = verb.doc
    deps, _, children = dependency_tree(doc)
    forms = lower_forms(doc)
    kids = children[verb.i]  # labels and forms off the Doc's arrays
    nouns = {forms[j] for j in kids if deps[j] == "dobj"}
    if not nouns:
        return [verb]  # no object to double (most verbs)
    return [verb] + [doc[j] for j in kids if deps[j] in ("advcl", "xcomp") and forms[j] in nouns]


def compound_lemma(noun: Token, lex: Lexicon) -> str:
    """A noun's lemma, with the compound before it when the pair has a NOUN row of its own ("a hunger strike"
    is a protest, a strike alone an attack); the event noun before a ``frame_noun`` ("a mediation effort").

    Parameters
    ----------
    noun
        The head noun.
    lex
        The lexicon that knows the pair.

    Returns
    -------
    str
        In lower case: "compound noun" or the noun's own lemma.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from graphkit.lexicon import load_lexicon
    >>> doc = Doc(Vocab(), words=["hunger", "strike", "air", "strike"], heads=[1, 1, 3, 3],
    ...           deps=["compound", "ROOT", "compound", "ROOT"], lemmas=["hunger", "strike", "air", "strike"])
    >>> compound_lemma(doc[1], load_lexicon()), compound_lemma(doc[3], load_lexicon())
    ('hunger strike', 'strike')
    >>> doc = Doc(Vocab(), words=["general", "strike"], heads=[1, 1], deps=["amod", "ROOT"], lemmas=["general", "strike"])
    >>> compound_lemma(doc[1], load_lexicon())  # an adjective just before counts too
    'general strike'
    """
    lemma = lemma_of(noun).lower()
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.i == noun.i - 1 and lex.action(f"{lemma_of(c).lower()} {lemma}", "NOUN"):
            return f"{lemma_of(c).lower()} {lemma}"
        if c.dep_ == "compound" and c.i == noun.i - 1 and lemma in lex.words("frame_noun") \
                and lex.is_event_noun(lemma_of(c).lower()):
            return lemma_of(c).lower()  # "a mediation effort", "a rescue mission": the act undertaken
    return lemma


def stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser made the subject of a participle after it ("granted asylum to
    five officers holed up in ...": "officers" the subject of "holed"), else None.

    Parameters
    ----------
    prep
        A preposition with no object of its own.

    Returns
    -------
    Token or None
        The subject whose phrase begins right after the preposition, when its verb is a past participle
        (or what the tagger took for a past tense) that follows it.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = Doc(English().vocab, words=["granted", "asylum", "to", "officers", "holed", "up"],
    ...           heads=[0, 0, 0, 4, 0, 4], deps=["ROOT", "dobj", "prep", "nsubj", "advcl", "prt"],
    ...           tags=["VBD", "NN", "IN", "NNS", "VBN", "RP"])
    >>> stranded_object(doc[2]).text
    'officers'
    """
    if prep.i + 1 >= len(prep.doc) or any(c.dep_ == "pobj" for c in prep.children):
        return None
    for tok in prep.doc[prep.i + 1:prep.sent.end]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.left_edge.i == prep.i + 1 and tok.head.i > tok.i \
                and tok.head.tag_ in ("VBN", "VBD"):  # the tagger takes such a participle for a past tense too
            return tok
        if tok.i > prep.i + 8:  # the object's own phrase is short; past it the subject is another's
            return None
    return None


def approximate_object(verb: Token) -> Token | None:
    """The object of a verb the parser split at an approximate number ("kidnapped up to 16 advisers": "up" a
    particle, "to 16 advisers" a prepositional phrase): the noun counted, else None.

    Parameters
    ----------
    verb
        A verb, with a particle "up" and a preposition "to" of its own.

    Returns
    -------
    Token or None
        The object of "to" after the particle "up", when a number counts it.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = Doc(English().vocab, words=["seized", "up", "to", "40", "boats"], heads=[0, 0, 0, 4, 2],
    ...           deps=["ROOT", "prt", "prep", "nummod", "pobj"])
    >>> approximate_object(doc[0]).text
    'boats'
    >>> doc = Doc(English().vocab, words=["seized", "up", "to", "40", "boats"], heads=[0, 0, 1, 4, 2],
    ...           deps=["ROOT", "prt", "prep", "nummod", "pobj"])
    >>> approximate_object(doc[0]).text  # "to" hung on the particle
    'boats'
    """
    doc = verb.doc
    deps, heads, children = dependency_tree(doc)
    forms = lower_forms(doc)
    # "to" hangs on the verb or on the particle itself ("kidnapped up to 16 advisers")
    for c in (k for t in children[verb.i] for k in ((t, *children[t]) if deps[t] == "prt" else (t,))):
        if deps[c] == "prep" and forms[c] == "to" and c > 0 and forms[c - 1] == "up" \
                and deps[c - 1] == "prt" and heads[c - 1] == verb.i:
            for o in children[c]:
                if deps[o] == "pobj" and any(deps[n] == "nummod" for n in children[o]):
                    return doc[o]
    return None


def object_lemma(verb: Token, lex: Lexicon) -> str | None:
    """The lemma of the head of what a verb acts on: its direct object, else the subject of its passive ("aid
    was halted"); a quantity noun gives way to what it counts (:func:`content_noun`).

    Parameters
    ----------
    verb
        The verb.
    lex
        The lexicon (its ``quantity_noun`` class).

    Returns
    -------
    str or None
        In lower case; None for a verb without either.

    Examples
    --------
    >>> import spacy
    >>> from graphkit.lexicon import load_lexicon
    >>> lifted = Doc(spacy.blank("en").vocab, words=["Curfews", "were", "lifted"], heads=[2, 2, 2],
    ...              deps=["nsubjpass", "auxpass", "ROOT"], lemmas=["curfew", "be", "lift"])
    >>> object_lemma(lifted[2], load_lexicon()), object_lemma(lifted[0], load_lexicon())
    ('curfew', None)
    """
    doc = verb.doc
    deps, _, children = dependency_tree(doc)
    for wanted in _ACTED_ON_DEPS:  # "dobj", then "nsubjpass"
        for c in children[verb.i]:
            if deps[c] in wanted:
                return lemma_of(content_noun(doc[c], lex)).lower()
    return None


#: What a verb acts on, in the order :func:`object_lemma` looks: its direct object, then its passive subject.
_ACTED_ON_DEPS = (OBJECT_DEPS - {"dative"}, NOMINAL_SUBJECT_DEPS & PASSIVE_DEPS)


def _builds_forces(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's direct object is armed forces (a group noun of sector military: "its forces",
    "troops")."""
    objects = [content_noun(c, lex) for c in verb.children if c.dep_ == "dobj"]
    found = [agent_at(o) for o in objects if o.pos_ == "NOUN"]
    return any(f is not None and f[1].sector == "military" for f in found)


def content_noun(noun: Token, lex: Lexicon) -> Token:
    """"a series of raids" -> "raids": a quantity noun gives way to what it counts.

    Parameters
    ----------
    noun
        A noun, maybe of the ``quantity_noun`` word class ("series", "wave", "barrage").
    lex
        The lexicon holding that class.

    Returns
    -------
    spacy.tokens.Token
        The object of its "of", or ``noun`` itself.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from graphkit.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> doc = Doc(English().vocab, words=["a", "series", "of", "raids"], heads=[1, 1, 1, 2],
    ...           deps=["det", "ROOT", "prep", "pobj"], lemmas=["a", "series", "of", "raid"])
    >>> content_noun(doc[1], lex).text, content_noun(doc[3], lex).text
    ('raids', 'raids')
    """
    if lemma_of(noun).lower() in lex.words("quantity_noun"):
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return noun


def passive_subject_tokens(verb: Token) -> list[Token]:
    """The passive subjects of a passive verb, also where the parser hung them on its auxiliary.

    The small model often reads "X and Y are committed to ..." with the coordinated subject under
    "are" (as ``nsubj``) rather than under the participle.

    Parameters
    ----------
    verb
        A passive verb.

    Returns
    -------
    list of Token
        Its ``nsubjpass`` children, else the subjects of its passive auxiliary.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Chad", "and", "Peru", "are", "committed"], heads=[3, 0, 0, 4, 4],
    ...           deps=["nsubj", "cc", "conj", "auxpass", "ROOT"])
    >>> [t.text for t in passive_subject_tokens(doc[4])]
    ['Chad']
    """
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    own = own or [c for a in verb.children if a.dep_ == "auxpass" for c in a.children if c.dep_ in SUBJECT_DEPS]
    # "the UK, the coalition and Iraq are committed": a list the parser read as an apposition with conjuncts
    return own + [a for s in own for a in s.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)]


def uniq(found: Iterable[str]) -> list[str]:
    """The actors in order, each once.

    Parameters
    ----------
    found
        Actor keys, perhaps repeated.

    Returns
    -------
    list of str

    Examples
    --------
    >>> uniq(["state:PER", "state:CHL", "state:PER"])
    ['state:PER', 'state:CHL']
    """
    return list(dict.fromkeys(found))
