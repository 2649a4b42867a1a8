"""References that need context: pronouns, titles alone, "both governments", "the coalition", group nouns.

The last passes of :func:`graphkit.actors.find_actors`.
:func:`resolve_references` reads the article in order, keeping who is in
focus (:class:`Focus`: the people and organizations named recently, the
subjects of this and the previous sentence, the last two actors named
together), and gives each reference to one actor by the handler of its kind:

* :func:`person_pronoun`: "he", "her" -> a person in focus;
* :func:`thing_pronoun`: "it", "its" -> the state or organization subject
  earlier in the sentence;
* :func:`plural_pronoun`: "they", "their" -> the group ("Chilean officials")
  or the actors named together as a subject earlier in the sentence;
* :func:`pair_reference`: "both governments", "each side" -> the two actors
  just named together;
* :func:`org_anaphor`: "the group", "the coalition" -> the organization in focus;
* :func:`description_reference`: "the firm", "the Indian firm", "the trade body", "the party" -> the
  organization in focus of that kind; "the two companies" -> the organizations last named together;
* :func:`name_head_reference`: "the Fund" -> the organization in focus whose name ends with it;
* :func:`title_reference`: "the president" -> the holder of that office;
  "Greece's foreign minister", never named -> an office holder of Greece;
* :func:`group_reference`: "Kenyan officials", "the government of Mali",
  "AQAP militants" -> the state or organization, with the group's sector;
* :func:`sector_anaphor`: "these terrorists", "the government" alone -> the
  organization or state whose group of that sector was named just before
  ("AQAP militants", "the Peruvian government");
* :func:`home_government`: "the government" when no state's government was
  named -> the state the article names most.

:func:`person_governments` then reads "Scholz's government" as the person's state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from ..agents import Agent, agent_at, described_names, load_agents
from ..lemmas import lower_lemmas
from ..sentences import sentence_bounds
from ..syntax import (INDEFINITE, MODIFIER_DEPS, NOMINAL_SUBJECT_DEPS, NOUN_POS, PERSON_PRONOUNS, PLURAL_PRONOUNS,
                      PLURAL_TAGS, POSSESSOR_DEPS, PROPER_TAGS, PRONOUN_OBJECT_DEPS, SUBJECT_LINK_DEPS,
                      THING_PRONOUNS, coarse_tags, dep_labels, dependency_tree, doc_text, fine_tags, head_indices,
                      lower_forms, token_offsets)
from . import keys
from .descriptions import (ACCEPTS, DESCRIPTION_REACH, MODIFIED_HEADS, NAMING_DEPS, UNTYPED_HEADS, Candidate,
                           OrgProfile, agrees, choose, description_kind, most_salient, org_profiles)
from .lookup import owner_in, owner_of, owners_of, state_forms, title_at
from .orgwords import load_org_words
from .records import ORGANIZATION, PERSON, MentionKind
from .table import ActorTable

__all__ = ["Focus", "description_reference", "group_reference", "home_government", "sector_anaphor", "org_anaphor",
           "name_head_reference", "pair_reference", "person_governments", "person_pronoun", "plural_pronoun",
           "resolve_references", "thing_pronoun", "title_reference"]

#: Sentences back that "both governments" may reach for the two actors it means.
PAIR_REACH = 2
#: Sentences back that a person pronoun may reach.
PRONOUN_REACH = 3
#: Sentences back that "the group", "the coalition" may reach.
ORG_REACH = 3
#: Sectors of armed men, whom an acronym before them names as their organization ("AQAP militants").
ARMED_SECTORS = frozenset({"militants", "rebels", "military", "radicals", "criminals"})
#: Sectors of irregular armed men: "these terrorists", "the rebels" alone mean the organization in focus whose men
#: they were (a state's "troops" alone may be any state's).
IRREGULAR_SECTORS = ARMED_SECTORS - {"military"}
#: Sentences back that "these terrorists", "the government" may reach for the owner of a group so named.
SECTOR_REACH = 6
#: Determiners of a definite group ("these militants"), which may refer back.
DEFINITE_DETS = frozenset({"the", "these", "those"})
#: Prepositions whose object owns a group noun before it ("the government of Mali", "officials from the EU").
GROUP_OWNER_PREPS = frozenset({"of", "from", "at"})
#: Prepositions of where a group is: "rebels in the Ivory Coast", "students throughout Indonesia".
GROUP_PLACE_PREPS = frozenset({"in", "throughout", "across"})
#: Participles of where a group has its seat: "a radio station based in Quito", "a firm headquartered in Lima".
BASE_PARTICIPLES = frozenset({"base", "headquarter", "headquartered"})
#: Sectors whose members are the people of the state they are in: "rebels in Mali", "police in Kenya" (soldiers,
#: spies, diplomats, reporters, aid workers, firms and refugees in a country are often foreign).
HOME_SECTORS = frozenset({"rebels", "opposition", "police", "education", "labor", "militants", "civilians",
                          "legislature", "judiciary", "agriculture", "radicals", "party", "government",
                          "criminals"})


@dataclass
class Focus:
    """Who is in focus at a point of the article, for the references that follow.

    Attributes
    ----------
    sentence
        The sentence being read (1-based; 0 before the first).
    recent_people, people_sent
        People named (or referred to), most recent last, and the sentence
        each was last named in.
    this_subjects, last_subject_people
        Person subjects of this sentence so far, and of the previous one.
    recent_orgs
        Organization -> the sentence it was last named in, most recent last.
    this_org_subjects, last_subject_orgs
        Organization subjects of this sentence so far, and of the previous one.
    last_pair, pair_sent
        The last two actors named together ("Chile and Peru") and the
        sentence they were named in.
    holders
        ``(role, key of a state or organization)`` -> the person holding that
        office there; ``(role, None)`` -> a person holding it anywhere.
    sector_owners
        Sector -> owner -> the sentence a group of that sector of the owner
        ("ISIL fighters", "the Peruvian government") was last named in, most recent last.
    org_groups
        Organizations named together ("Acme and Norvik") and the sentence, most recent last, for "the two
        firms".
    profiles
        What the article says of each organization (:func:`~graphkit.actors.descriptions.org_profiles`),
        for "the firm".
    unnamed
        Kind of organization -> the sentence one of that kind was last described without a name ("a rival
        firm", "his firm"): "the firm" after it may be that one.
    states_named
        State -> how many times it was named so far and the sentence it was last named in, for "the
        government" when no state's government was named.

    Examples
    --------
    >>> focus = Focus()
    >>> focus.next_sentence(); focus.sentence
    1
    """

    sentence: int = 0  # the sentence being read (1-based)
    recent_people: list[str] = field(default_factory=list)  # most recent last
    people_sent: dict[str, int] = field(default_factory=dict)  # person -> sentence last named in
    last_subject_people: list[str] = field(default_factory=list)  # person subjects of the previous sentence
    this_subjects: list[str] = field(default_factory=list)  # person subjects of this sentence so far
    recent_orgs: dict[str, int] = field(default_factory=dict)  # organization -> sentence last named in
    last_subject_orgs: list[str] = field(default_factory=list)
    this_org_subjects: list[str] = field(default_factory=list)
    last_pair: tuple[str, str] | None = None  # the last two actors named together ("Chile and Peru")
    pair_sent: int = 0
    holders: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (role, state) -> person
    # sector -> {owner -> sentence its group of that sector was last named in}, most recent last
    sector_owners: dict[str, dict[str, int]] = field(default_factory=dict)
    # organizations named together ("Acme and Norvik") and the sentence, most recent last, for "the two firms"
    org_groups: list[tuple[tuple[str, ...], int]] = field(default_factory=list)
    profiles: dict[str, OrgProfile] = field(default_factory=dict)  # what the article says of each organization
    unnamed: dict[str, int] = field(default_factory=dict)  # kind -> sentence an unnamed one ("a rival firm") was in
    states_named: dict[str, tuple[int, int]] = field(default_factory=dict)  # state -> (times named, last sentence)

    def next_sentence(self) -> None:
        """Move on to the next sentence: this sentence's subjects become the previous sentence's.

        Examples
        --------
        >>> focus = Focus(sentence=1, this_subjects=["person:ana ruiz"], this_org_subjects=["org:nato"])
        >>> focus.next_sentence()
        >>> focus.sentence, focus.last_subject_people, focus.last_subject_orgs, focus.this_subjects
        (2, ['person:ana ruiz'], ['org:nato'], [])
        """
        if self.sentence:
            self.last_subject_people, self.last_subject_orgs = self.this_subjects, self.this_org_subjects
        self.sentence += 1
        self.this_subjects, self.this_org_subjects = [], []

    def saw(self, table: ActorTable, tok: Token, found: tuple[str, ...]) -> None:
        """A token that names actors: they come into focus.

        Organizations and people become the most recent of their kind (and
        subjects of this sentence, when the token is part of the subject); two
        actors joined by "and" become the last pair.

        Parameters
        ----------
        table
            The actor table (to read the actor of a coordinated token).
        tok
            The token read.
        found
            The keys it refers to (``table.of(tok)``).

        Examples
        --------
        >>> focus = Focus(sentence=1)
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Ruiz", "and", "NATO", "met"], heads=[3, 0, 0, 3],
        ...           deps=["nsubj", "cc", "conj", "ROOT"])
        >>> table = ActorTable(doc)
        >>> for i, key in ((0, "person:ana ruiz"), (2, "org:nato")):
        ...     table.mention(key, doc[i], "name")
        >>> for tok in (doc[0], doc[2]):
        ...     focus.saw(table, tok, table.of(tok))
        >>> focus.this_subjects, focus.this_org_subjects, focus.last_pair
        (['person:ana ruiz'], ['org:nato'], ('person:ana ruiz', 'org:nato'))
        """
        self._saw_at(table, tok.i, found)

    def _saw_at(self, table: ActorTable, i: int, found: tuple[str, ...]) -> None:
        """:meth:`saw` of the token at index ``i``, read from the Doc's columns: no Token is made."""
        doc = table.doc
        deps, heads, children = dependency_tree(doc)
        subject = _subject_at(doc, i)
        sector = table.sector_of_index(i)
        for k in found:
            if keys.is_state(k) and (i == 0 or k not in table.of_index(i - 1)):  # once per name
                self.states_named[k] = (self.states_named.get(k, (0, 0))[0] + 1, self.sentence)
            if keys.is_org(k):
                self.recent_orgs.pop(k, None)
                self.recent_orgs[k] = self.sentence
                if subject:
                    self.this_org_subjects.append(k)
            if sector:
                self.named_group(sector, k)
        for k in found:
            if keys.is_person(k):
                self.person_named(k)
                if subject:
                    self.this_subjects.append(k)
        if deps[i] != "conj":
            return  # only a conjunct ends a pair or a group named together
        pair = _coordinated_pair_at(table, heads[i], i)
        if pair:
            self.last_pair, self.pair_sent = pair, self.sentence
        group = _coordinated_orgs_at(table, deps, heads, children, i)
        if len(group) >= 2:
            if self.org_groups and self.org_groups[-1][1] == self.sentence \
                    and set(self.org_groups[-1][0]) <= set(group):
                self.org_groups.pop()  # "Acme, Norvik and Q-Telco" grows one conjunct at a time
            self.org_groups.append((group, self.sentence))

    def named_group(self, sector: str, key: str) -> None:
        """A group of a sector of a state or organization is named here ("ISIL fighters", "the Peruvian
        government"), for "these fighters", "the government" later.

        Parameters
        ----------
        sector
            The group's sector ("militants", "government").
        key
            Its owner's key.

        Examples
        --------
        >>> focus = Focus(sentence=2)
        >>> focus.named_group("militants", "org:isil"); focus.sector_owners
        {'militants': {'org:isil': 2}}
        """
        owners = self.sector_owners.setdefault(sector, {})
        owners.pop(key, None)
        owners[key] = self.sentence

    def recall(self, key: str) -> None:
        """A person referred to again by a title comes to the front of the recent people.

        Unlike :meth:`person_named` this does not renew the sentence the person
        was last named in, which bounds how far back a pronoun reaches.

        Parameters
        ----------
        key
            The person's key.

        Examples
        --------
        >>> focus = Focus(sentence=4, recent_people=["person:ana ruiz", "person:olaf scholz"])
        >>> focus.recall("person:ana ruiz")
        >>> focus.recent_people, focus.people_sent
        (['person:olaf scholz', 'person:ana ruiz'], {})
        """
        if key in self.recent_people:
            self.recent_people.remove(key)
        self.recent_people.append(key)

    def person_named(self, key: str) -> None:
        """A person is named (or referred to by title) here.

        Parameters
        ----------
        key
            The person's key; it becomes the most recent person, named in this sentence.

        Examples
        --------
        >>> focus = Focus(sentence=3, recent_people=["person:ana ruiz", "person:olaf scholz"])
        >>> focus.person_named("person:ana ruiz")
        >>> focus.recent_people[-1], focus.people_sent
        ('person:ana ruiz', {'person:ana ruiz': 3})
        """
        if key in self.recent_people:
            self.recent_people.remove(key)
        self.recent_people.append(key)
        self.people_sent[key] = self.sentence


#: A handler: resolve ``tok`` if it is a reference of its kind; True when it was one (resolved or not).
Handler = Callable[[ActorTable, Focus, Token], bool]


def resolve_references(table: ActorTable) -> None:
    """Pass: mentions that need what came before, in reading order, each by the first handler of
    :data:`HANDLERS` that takes it.

    Parameters
    ----------
    table
        The actor table after the name passes; office holders it knows (from
        affiliations and roles) answer "the president" even before the name
        is repeated.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import PASSES
    >>> text = "President Ana Ruiz of Peru met Chile's foreign minister. She said no. The president left."
    >>> table = ActorTable(load_pipeline()(text))
    >>> for step in PASSES[:PASSES.index(resolve_references)]:
    ...     step(table)
    >>> resolve_references(table)
    >>> [(m.text, m.actor) for m in table.finish().mentions if m.kind in ("pronoun", "title")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('foreign minister', "person:chile's foreign minister"), ('She', 'person:ana ruiz'),
     ('president', 'person:ana ruiz')]
    """
    focus = Focus(profiles=org_profiles(table))
    # Office holders known anywhere in the article, for "the president" before the name is repeated.
    for aff in table.affiliations:
        if keys.is_person(aff.member):
            focus.holders.setdefault((aff.role, aff.group), aff.member)
            focus.holders.setdefault((aff.role, None), aff.member)
    for key, roles in table.roles_by_actor():
        for role in roles:
            focus.holders.setdefault((role, None), key)
    doc = table.doc
    tags, fine, deps = coarse_tags(doc), fine_tags(doc), dep_labels(doc)
    forms, lemmas, definite = lower_forms(doc), lower_lemmas(doc), _definite_determiners(doc)
    starts, ends = token_offsets(doc)
    text = doc_text(doc)
    takers = _Takers(table)  # the handlers that may take a token, told without making the Token
    of_index = table.of_index
    _, sent_starts, sent_ends = sentence_bounds(doc)  # doc.sents, without making the sentences' Spans
    for sent_start, sent_end in zip(sent_starts, sent_ends):
        focus.next_sentence()
        for i in range(sent_start, sent_end):
            found = of_index(i)
            if found:
                focus._saw_at(table, i, found)  # no Token made for a word that names an actor
                continue
            if tags[i] not in REFERENCE_POS:
                continue  # every handler reads a pronoun or a noun: spare making the others' Tokens
            handlers = takers(tags[i], fine[i], deps[i] == "compound", text[starts[i]:ends[i]], forms[i], lemmas[i],
                              definite.get(i, _NO_DETS))
            if not handlers:
                continue
            tok = doc[i]
            for handler in handlers:
                if handler(table, focus, tok):
                    break


def person_pronoun(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"he", "her": a person subject earlier in this sentence, the subject of the previous one, or the
    person named most recently; "him"/"her" as an object never means its own clause's subject.

    Parameters
    ----------
    table
        The actor table; the pronoun is mentioned as the person found.
    focus
        Who is in focus; a pronoun that is a subject joins this sentence's subjects.
    tok
        The token to resolve.

    Returns
    -------
    bool
        True for a person pronoun, resolved or not; False for any other token.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["She", "thanked", "him"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
    ...           pos=["PRON", "VERB", "PRON"])
    >>> focus = Focus(sentence=2, last_subject_people=["person:ana ruiz"],
    ...               recent_people=["person:ana ruiz", "person:olaf scholz"],
    ...               people_sent={"person:ana ruiz": 1, "person:olaf scholz": 1})
    >>> table = ActorTable(doc)
    >>> [person_pronoun(table, focus, tok) for tok in doc]
    [True, False, True]
    >>> table.of(doc[0]), table.of(doc[2])
    (('person:ana ruiz',), ('person:olaf scholz',))
    """
    if tok.pos_ != "PRON" or tok.lower_ not in PERSON_PRONOUNS:
        return False
    own = _clause_subjects(table, tok) if tok.dep_ in PRONOUN_OBJECT_DEPS else set()
    target = _salient([p for p in focus.this_subjects if p not in own],
                      [p for p in focus.last_subject_people if p not in own],
                      [p for p in focus.recent_people if p not in own], focus.people_sent, focus.sentence,
                      PRONOUN_REACH)
    _refer(table, tok, target, "pronoun", focus.this_subjects)
    return True


def thing_pronoun(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"it", "its": the nearest state or organization subject before it in the same sentence.

    Parameters
    ----------
    table
        The actor table to read the antecedent from and write the mention to.
    focus
        Unused: the antecedent is found in the sentence itself.
    tok
        The token to resolve.

    Returns
    -------
    bool
        True for "it", "its" or "itself" (pronouns), resolved or not.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Peru", "said", "it", "would", "sign"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], pos=["PROPN", "VERB", "PRON", "AUX", "VERB"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:PER", doc[0], "name")
    >>> thing_pronoun(table, Focus(), doc[2]), table.of(doc[2])
    (True, ('state:PER',))
    """
    if tok.pos_ != "PRON" or tok.lower_ not in THING_PRONOUNS:
        return False
    target = _thing_antecedent(table, tok)
    if target is None and _opens_sentence(tok):
        found, _ = _previous_subject(table, tok)  # "Acme sued Peru. It also ...": the previous sentence's subject
        target = found[0] if len(found) == 1 else None
    if target:
        table.mention(target, tok, "pronoun")
    return True


def plural_pronoun(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"they", "their": the group or the states and organizations named together as a subject earlier in
    the same sentence ("Ghanaian officials said they would ...", "Chile and Peru said their ..."), with
    the group's sector.

    Parameters
    ----------
    table
        Where the pronoun is linked to the actors (a counted mention when there is one actor).
    focus
        Not read: the subject before the pronoun is looked for in its own sentence.
    tok
        A token that may be "they", "their" or "themselves".

    Returns
    -------
    bool
        Whether the token is such a pronoun (whether or not a group was found for it).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Chilean", "officials", "said", "they", "left"], heads=[1, 2, 2, 4, 2],
    ...           deps=["amod", "nsubj", "ROOT", "nsubj", "ccomp"], tags=["JJ", "NNS", "VBD", "PRP", "VBD"],
    ...           pos=["ADJ", "NOUN", "VERB", "PRON", "VERB"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:CHL", doc[1], "group", counted=False, sector="government")
    >>> plural_pronoun(table, Focus(), doc[3]), table.of(doc[3]), table.sector(doc[3])
    (True, ('state:CHL',), 'government')
    """
    if tok.pos_ != "PRON" or tok.lower_ not in PLURAL_PRONOUNS:
        return False
    if _opens_sentence(tok):  # "Chile and Peru signed. They also ...": the previous sentence's subjects
        found, subj = _previous_subject(table, tok, plural=True)
        for key in found:
            table.mention(key, tok, "pronoun", counted=len(found) == 1, sector=table.sector(subj) if subj else "")
        return True
    doc, deps = tok.doc, dep_labels(tok.doc)
    for j in range(tok.i - 1, _sentence_start(tok) - 1, -1):
        if deps[j] not in NOMINAL_SUBJECT_DEPS:
            continue
        subj = doc[j]
        found = list(dict.fromkeys(k for t in (subj, *subj.conjuncts) for k in table.of(t) if keys.is_state_or_org(k)))
        if found and (subj.tag_ in PLURAL_TAGS or len(found) >= 2):
            for key in found:
                table.mention(key, tok, "pronoun", counted=len(found) == 1, sector=table.sector(subj))
            return True
    return True


def pair_reference(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"both governments", "the two rivals", "each government": the two actors just named together.

    Parameters
    ----------
    table
        The actor table; the noun is linked to both actors, uncounted.
    focus
        Holds the last pair, named at most :data:`PAIR_REACH` sentences back.
    tok
        A noun of the ``pair_noun`` word class.

    Returns
    -------
    bool
        True when the noun was read as the pair.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Both", "governments", "agreed"], heads=[1, 2, 2],
    ...           deps=["det", "nsubj", "ROOT"], tags=["DT", "NNS", "VBD"], pos=["DET", "NOUN", "VERB"],
    ...           lemmas=["both", "government", "agree"])
    >>> table = ActorTable(doc)
    >>> pair_reference(table, Focus(sentence=2, last_pair=("state:CHL", "state:PER"), pair_sent=1), doc[1])
    True
    >>> table.of(doc[1]), table.finish().mentions
    (('state:CHL', 'state:PER'), [])
    """
    if tok.pos_ != "NOUN" or _lower_lemma(tok) not in table.lex.words("pair_noun") or not focus.last_pair \
            or focus.sentence - focus.pair_sent > PAIR_REACH:
        return False
    plural = tok.tag_ in PLURAL_TAGS and any(c.lower_ in ("both", "two") for c in tok.children)
    each = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children)
    if not (plural or each):
        return False
    for key in focus.last_pair:
        table.mention(key, tok, "pair", counted=False)
    return True


def org_anaphor(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"the group", "the coalition", "the movement": the organization subject of this sentence or the
    previous one, else the organization named most recently.

    Parameters
    ----------
    table
        The actor table.
    focus
        The organizations in focus (named within :data:`ORG_REACH` sentences).
    tok
        A definite noun of the ``org_anaphor`` word class, owned by nobody.

    Returns
    -------
    bool
        True for such a noun, whether or not an organization was in focus.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["The", "group", "denied", "it"], heads=[1, 2, 2, 2],
    ...           deps=["det", "nsubj", "ROOT", "dobj"], tags=["DT", "NN", "VBD", "PRP"],
    ...           pos=["DET", "NOUN", "VERB", "PRON"], lemmas=["the", "group", "deny", "it"])
    >>> table, focus = ActorTable(doc), Focus(sentence=2, recent_orgs={"org:hamas": 1})
    >>> org_anaphor(table, focus, doc[1]), table.of(doc[1]), focus.this_org_subjects
    (True, ('org:hamas',), ['org:hamas'])
    """
    if _is_capitalised_org_word(table, tok):  # "the Alliance backs ...": a name, even with none in focus
        _org_by_word(table, focus, tok)
        return True
    if not _is_org_anaphor(table, tok):
        return False
    target = _salient(focus.this_org_subjects, focus.last_subject_orgs, list(focus.recent_orgs), focus.recent_orgs,
                      focus.sentence, ORG_REACH)
    _refer(table, tok, target, "anaphor", focus.this_org_subjects)
    return True


def description_reference(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"the firm", "the Indian firm", "the former Acme subsidiary", "the trade body", "the party": the
    organization in focus of the kind the noun describes (:mod:`graphkit.actors.descriptions`); "Acme's
    subsidiary": the one said to be Acme's; "the firms", "the two companies": the organizations of that
    kind last named together.

    Parameters
    ----------
    table
        The actor table; a singular description is a counted mention, a plural one is linked to each
        organization, uncounted.
    focus
        The organizations in focus (named within :data:`~graphkit.actors.descriptions.DESCRIPTION_REACH`
        sentences) and what the article says of them (:attr:`Focus.profiles`).
    tok
        A definite noun of the ``description_noun`` word class, named by nobody.

    Returns
    -------
    bool
        True when the description was resolved; False leaves it to the handlers after this one.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.actors.descriptions import OrgProfile
    >>> doc = Doc(English().vocab, words=["The", "firm", "left"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
    ...           tags=["DT", "NN", "VBD"], pos=["DET", "NOUN", "VERB"], lemmas=["the", "firm", "leave"])
    >>> table = ActorTable(doc)
    >>> focus = Focus(sentence=2, recent_orgs={"org:nato": 1, "org:acme": 1}, last_subject_orgs=["org:nato"],
    ...               profiles={"org:nato": OrgProfile({"body"}), "org:acme": OrgProfile({"business"})})
    >>> description_reference(table, focus, doc[1]), table.of(doc[1])
    (True, ('org:acme',))
    """
    if tok.i in table.consumed or tok.pos_ != "NOUN" or tok.dep_ == "compound" or table.of(tok):
        return False
    kind = description_kind(table, tok)
    if kind is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "the party of the left"
    if _lower_lemma(tok) in MODIFIED_HEADS and not any(c.dep_ in ("compound", "amod") for c in tok.children):
        return False  # "the body was found": only "the trade body", "the world body" is an organization
    owners = owners_of(table, tok)
    states = {k for k in owners if keys.is_state(k)}
    parents = {k for k in owners if keys.is_org(k)}
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_DETS | {"both", "this"} for c in tok.children)
    owned = kind == "subsidiary" and any(c.dep_ == "poss" and keys.is_org(k) for c in tok.children
                                         for k in table.of(c))
    if not (definite or owned):
        if tok.dep_ in UNNAMED_DEPS and tok.tag_ not in PLURAL_TAGS \
                and not any(table.of(c) for c in tok.children if c.dep_ in NAMING_DEPS):  # not "oil unit X"
            focus.unnamed[kind] = focus.sentence  # "a rival firm", "his firm": what "the firm" may mean next
        return False
    # its own owner ("the Acme subsidiary") and its clause's subject ("Acme sued the firm") it is not
    excluded = parents | (_clause_subjects(table, tok) if tok.dep_ in PRONOUN_OBJECT_DEPS else set())
    if tok.tag_ in PLURAL_TAGS:
        group = _described_group(focus, tok, kind, states, excluded)
        for key in group:
            table.mention(key, tok, "anaphor", counted=False)
        return bool(group)
    # an organization of the kind named no later than a firm with no name ("a rival firm") is not surely meant
    unnamed = max(focus.unnamed.get(k, 0) for k in ACCEPTS.get(kind, frozenset({kind})))
    candidates = [c for c in _org_candidates(focus) if c.sentence > unnamed]
    target = choose(kind, candidates, focus.profiles, states, excluded, parents, strict=not definite,
                    untyped=_lower_lemma(tok) in UNTYPED_HEADS)
    _refer(table, tok, target, "anaphor", focus.this_org_subjects)
    if target:
        focus.recent_orgs.pop(target, None)
        focus.recent_orgs[target] = focus.sentence
        focus.profiles.setdefault(target, OrgProfile()).kinds.add(kind)  # "the Indian firm" was a firm
    return target is not None


def name_head_reference(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"the Fund" after "the International Monetary Fund", "the Union", "the Council": a definite noun that is
    the last word of the name of an organization in focus is that organization; nobody when two such are
    as salient.

    Parameters
    ----------
    table
        The actor table; the noun becomes a counted mention of the organization.
    focus
        The organizations in focus (named within :data:`~graphkit.actors.descriptions.DESCRIPTION_REACH`
        sentences).
    tok
        A singular definite noun that no earlier handler took.

    Returns
    -------
    bool
        True when the noun was read as such an organization.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["The", "Fund", "left"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
    ...           tags=["DT", "NNP", "VBD"], pos=["DET", "PROPN", "VERB"], lemmas=["the", "Fund", "leave"])
    >>> table = ActorTable(doc)
    >>> key = table.actor("org:international monetary fund", "International Monetary Fund", "organization")
    >>> name_head_reference(table, Focus(sentence=2, recent_orgs={key: 1}), doc[1]), table.of(doc[1])
    (True, ('org:international monetary fund',))
    """
    if tok.i in table.consumed or tok.pos_ not in NOUN_POS or tok.dep_ == "compound" or table.of(tok) \
            or tok.tag_ in PLURAL_TAGS or "the" not in _definite_determiners(tok.doc).get(tok.i, _NO_DETS) \
            or any(c.dep_ in MODIFIER_DEPS or c.dep_ == "poss" for c in tok.children):
        return False  # "the IMF's Fund", "the new fund": no name's head alone
    word = tok.lower_
    if word in table.lex.words("org_anaphor") or word in load_org_words().words("government_word") \
            or any(c.dep_ == "prep" for c in tok.children):
        return False  # "the Coalition": org_anaphor's (a general word); "the Government of Iraq": not a name's head
    candidates = [c for c in _org_candidates(focus)
                  if table.has(c.key) and len(table.label(c.key).split()) > 1
                  and table.label(c.key).lower().split()[-1] == word]
    target = most_salient(candidates)
    if target is None:
        return False
    _refer(table, tok, target, "anaphor", focus.this_org_subjects)
    focus.recent_orgs.pop(target, None)
    focus.recent_orgs[target] = focus.sentence
    return True


def title_reference(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """A title without a name: an office ("the president", "Greece's foreign minister") is its holder, named or
    not.

    Parameters
    ----------
    table
        The actor table; an office holder never named is registered in it
        (``person:greece's foreign minister``), with the role and an affiliation.
    focus
        Office holders known and people in focus.
    tok
        The head noun of the title.

    Returns
    -------
    bool
        True when the office was resolved to a holder or registered as one never named;
        False otherwise.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["the", "president", "left"], heads=[1, 2, 2],
    ...           deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"], tags=["DT", "NN", "VBD"])
    >>> table = ActorTable(doc)
    >>> table.role("person:ana ruiz", "President")
    >>> title_reference(table, Focus(sentence=2, recent_people=["person:ana ruiz"]), doc[1]), table.of(doc[1])
    (True, ('person:ana ruiz',))
    """
    if tok.i in table.consumed or tok.pos_ not in NOUN_POS:
        return False
    doc = table.doc
    found = title_at(table.lex, doc, tok.i + 1, max(_sentence_start(tok), tok.i - 3))
    if found is None or found[1].kind == "body":
        return False  # bodies were named by the bodies pass
    start, title = found
    if title.kind != "office":
        return False  # a group noun is read by group_reference, an honorific is no reference
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) or tok.tag_ in PLURAL_TAGS:
        return False  # "a Chilean general", "ministers": nobody in particular
    owner = owner_of(table, tok) or owner_in(table, doc[start:tok.i + 1])
    if owner:
        holder = focus.holders.get((title.role, owner))
    else:
        # "the president": the person with that role mentioned most recently
        holder = next((p for p in reversed(focus.recent_people) if title.role in table.roles(p)),
                      focus.holders.get((title.role, None)))
        if holder is None and title.kind == "office":  # "the minister" after "Finance Minister Ana Ruiz"
            holder = _head_title_holder(table, focus, title.role, _title_qualifiers(doc[tok.left_edge.i:start]))
    if holder is not None:
        table.mention(holder, doc[start:tok.i + 1], "title")
        focus.recall(holder)
        if is_subject(tok):
            focus.this_subjects.append(holder)
        return True
    if owner is not None and keys.is_state(owner):
        # An office holder never named: "Greece's foreign minister".
        state_label = table.label(owner)
        key = table.actor(keys.office_holder_key(state_label, title.role), f"{state_label}'s {title.role}", PERSON,
                          named=False)
        table.mention(key, doc[start:tok.i + 1], "title")
        table.role(key, title.role)
        table.affiliate(key, owner, title.role, tok)
        focus.holders[(title.role, owner)] = key
    return True


def group_reference(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """A group noun of :mod:`graphkit.agents` stands for the state or organization it belongs to, with its
    sector: "Somali troops", "Kenyan officials", "the government of Mali", "FARC guerrillas".

    The owner is a state or organization modifying the noun or its agent phrase ("Chilean and Peruvian
    troops"; "Yemeni government forces"), else the object of its "of"/"from"/"at" ("officials of the
    EU"), else a group named only here: an acronym before armed men ("AQAP
    militants": the organization AQAP, every mention of it in the article) or a capitalised
    ``org_anaphor`` ("Alliance troops": the organization in focus of that name, else one named so),
    else, for a group that belongs where it is (:data:`HOME_SECTORS`), the state of its "in" phrase
    ("rebels in Mali").
    A noun that names an act ("uprising") is no group.

    Parameters
    ----------
    table
        The actor table; the noun is linked to its owner (uncounted) with the sector
        (:attr:`~graphkit.actors.records.DocActors.token_sectors`).
    focus
        The organizations in focus, for "Alliance troops".
    tok
        A noun that no earlier handler took (offices are :func:`title_reference`'s).

    Returns
    -------
    bool
        True when the noun was read as a group of an owner.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Somali", "troops", "left"], heads=[1, 2, 2],
    ...           deps=["amod", "nsubj", "ROOT"], pos=["ADJ", "NOUN", "VERB"], lemmas=["Somali", "troop", "leave"])
    >>> table = ActorTable(doc)
    >>> table.mention("state:SOM", doc[0], "demonym")
    >>> group_reference(table, Focus(sentence=1), doc[1])
    True
    >>> found = table.finish()
    >>> found.of(doc[1]), found.sector_of_index(1)
    (('state:SOM',), 'military')
    """
    if tok.i in table.consumed or tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return False  # "Stanford law professor"
    found = agent_at(tok)  # most nouns are no group: asked before the costlier tests
    if found is None or described_names(tok) is not None or table.lex.is_event_noun(_lower_lemma(tok)):
        return False  # "the newspaper Pagina Doce", "Okafor, a Stanford professor"
    start, agent = found
    owners = _group_owners(table, tok) or [k for t in table.doc[start:tok.i] for k in _group_owners(table, t)] \
        or _leaders(table, tok) or _complement_owners(table, focus, tok) \
        or _named_group(table, focus, tok, agent.sector) or _home_state(table, tok, agent) or _fled_state(table, tok)
    for owner in dict.fromkeys(owners):
        table.mention(owner, tok, "group", counted=False, sector=agent.sector)
        if agent.sector:
            focus.named_group(agent.sector, owner)
    return bool(owners)


def sector_anaphor(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """A definite group noun that no owner names ("these terrorists", "the militants", "the government",
    "the police") is the owner whose group of the same sector was named within :data:`SECTOR_REACH`
    sentences ("ISIL fighters took the town ... defeat these terrorists"; "the Peruvian government ...
    the government said").

    Irregular armed men (:data:`IRREGULAR_SECTORS`) are an organization's only. A state's government
    word after its name ("the Peruvian State", "the Peru Government") names its government too. When two
    owners of that sector were last named in the same sentence, the noun is left unread.

    Parameters
    ----------
    table
        The actor table; the noun is linked to the owner (uncounted) with the group's sector.
    focus
        The owners of groups named so far (:attr:`Focus.sector_owners`).
    tok
        A noun that no earlier handler took.

    Returns
    -------
    bool
        True when the noun was read as such a group.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["these", "terrorists", "fled"], heads=[1, 2, 2],
    ...           deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"], tags=["DT", "NNS", "VBD"],
    ...           lemmas=["these", "terrorist", "flee"])
    >>> table = ActorTable(doc)
    >>> sector_anaphor(table, Focus(sentence=4, sector_owners={"militants": {"org:isil": 2}}), doc[1])
    True
    >>> found = table.finish()
    >>> found.of(doc[1]), found.sector_of_index(1)
    (('org:isil',), 'militants')
    """
    if tok.i in table.consumed or tok.pos_ not in NOUN_POS or tok.dep_ == "compound":
        return False
    lemma = _lower_lemma(tok)
    if lemma in load_org_words().words("government_word") and tok.i > _sentence_start(tok):
        before = [k for k in table.of_index(tok.i - 1) if keys.is_state(k)]
        if before:  # "the Peruvian State": the state's government is named
            focus.named_group("government", before[0])
            return False
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children):
        return False
    found = agent_at(tok)
    if found is None and lemma in load_org_words().words("government_word"):
        found = (tok.i, Agent(lemma, "government"))  # "the state", "the administration"
    if found is None or found[0] != tok.i or not found[1].sector:
        return False  # "the army rebels" is no bare group
    sector = found[1].sector
    if sector in IRREGULAR_SECTORS and tok.tag_ not in PLURAL_TAGS:
        return False  # "the militant" is one man
    if owner_of(table, tok) or any(c.dep_ == "prep" for c in tok.children):
        return False  # "the rebels of the north", "its fighters"
    owners = [(k, sent) for k, sent in focus.sector_owners.get(sector, {}).items()
              if focus.sentence - sent <= SECTOR_REACH and (keys.is_org(k) or sector not in IRREGULAR_SECTORS)]
    if not owners or (len(owners) > 1 and owners[-2][1] == owners[-1][1]):
        return False  # nobody's, or two owners named together last
    target = owners[-1][0]
    table.mention(target, tok, "group", counted=False, sector=sector)
    focus.named_group(sector, target)
    return True


def home_government(table: ActorTable, focus: Focus, tok: Token) -> bool:
    """"the government", "the authorities" alone when no state's government was named before: the state the
    article is about, named more often than any other so far and within :data:`SECTOR_REACH` sentences.

    Parameters
    ----------
    table
        The actor table; the noun is linked to the state (uncounted) with the sector ``government``.
    focus
        How often each state was named (:attr:`Focus.states_named`).
    tok
        A noun that no earlier handler took.

    Returns
    -------
    bool
        True when the noun was read as the state's government.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["The", "government", "left"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
    ...           tags=["DT", "NN", "VBD"], pos=["DET", "NOUN", "VERB"], lemmas=["the", "government", "leave"])
    >>> table = ActorTable(doc)
    >>> home_government(table, Focus(sentence=3, states_named={"state:PER": (3, 2), "state:CHL": (1, 2)}), doc[1])
    True
    >>> table.of(doc[1])
    ('state:PER',)
    """
    if tok.i in table.consumed or tok.pos_ != "NOUN" or tok.dep_ == "compound" or table.of(tok) \
            or _lower_lemma(tok) not in load_org_words().words("government_word"):
        return False
    if [c.lower_ for c in tok.children if c.dep_ != "prep"] != ["the"] \
            or any(table.of(o) for p in tok.children if p.dep_ == "prep" for o in p.subtree):
        return False  # "the new government", "the government of Mali", "its government": not the article's
    if focus.sector_owners.get("government"):
        return False  # a state's government was named: sector_anaphor's, or another state's
    own = _clause_subjects(table, tok) if tok.dep_ in PRONOUN_OBJECT_DEPS else set()
    ranked = sorted(((n, k) for k, (n, sent) in focus.states_named.items()
                     if focus.sentence - sent <= SECTOR_REACH and k not in own), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return False  # no state, or two named as often
    target = ranked[0][1]
    table.mention(target, tok, "group", counted=False, sector="government")
    focus.named_group("government", target)
    return True


#: The parts of speech some handler of :data:`HANDLERS` takes (each one tests for one of them first).
REFERENCE_POS = NOUN_POS | {"PRON"}
#: The handlers of :func:`resolve_references`, in the order they are tried (:class:`_Takers` tells, in this
#: order, which may take a token).
HANDLERS: tuple[Handler, ...] = (person_pronoun, thing_pronoun, plural_pronoun, pair_reference, org_anaphor,
                                 description_reference, name_head_reference, title_reference, group_reference,
                                 sector_anaphor, home_government)

_NO_DETS: frozenset[str] = frozenset()
# where _definite_determiners keeps a Doc's definite determiners in its user_data
_DETS_KEY = "graphkit.coref.definite_dets"


def _definite_determiners(doc: Doc) -> dict[int, frozenset[str]]:
    """Token index -> the definite determiners (:data:`DEFINITE_DETS`, lower case) among its ``det`` children, for
    the tokens that have one; found once per Doc from its arrays.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["The", "group", "left"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> _definite_determiners(doc)
    {1: frozenset({'the'})}
    """
    found = doc.user_data.get(_DETS_KEY)
    if found is None:
        dets: dict[int, set[str]] = {}
        forms, heads = lower_forms(doc), head_indices(doc)
        for i in [i for i, dep in enumerate(dep_labels(doc)) if dep == "det"]:
            if forms[i] in DEFINITE_DETS and heads[i] != i:
                dets.setdefault(heads[i], set()).add(forms[i])
        found = doc.user_data[_DETS_KEY] = {i: frozenset(words) for i, words in dets.items()}
    return found


class _Takers:
    """Which handlers of :data:`HANDLERS` may take a token, told by its words and tags alone (its part of speech,
    tag, whether it is a compound, its text, lower form and lower-case lemma, its definite determiners), by the
    tests each handler makes first: a handler left out would return False without doing anything. Made once
    per document, with the word classes those tests read.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> takers = _Takers(ActorTable(English()("x")))
    >>> takers("PRON", "PRP", False, "She", "she", "she", frozenset()) == (person_pronoun,)
    True
    >>> [h.__name__ for h in takers("NOUN", "NN", False, "rebel", "rebel", "rebel", frozenset({"the"}))]
    ['name_head_reference', 'group_reference', 'sector_anaphor']
    >>> [h.__name__ for h in takers("NOUN", "NN", False, "tree", "tree", "tree", frozenset({"the"}))]  # no group
    ['name_head_reference']
    """

    def __init__(self, table: ActorTable) -> None:
        lex = table.lex
        self.may_end_title = lex.may_end_title
        self.pair_nouns = lex.words("pair_noun")
        self.org_anaphors = lex.words("org_anaphor")
        self.government_words = load_org_words().words("government_word")
        self.word_value = lex.word_value
        self.description_nouns = lex.words("description_noun")
        self.ends_agent = load_agents().ends_form
        self._chosen: dict[tuple[bool, ...], tuple[Handler, ...]] = {}
        self._known: dict[tuple, tuple[Handler, ...]] = {}  # a word of the document met again

    def __call__(self, pos: str, tag: str, compound: bool, text: str, lower: str, lemma: str,
                 definite: frozenset[str]) -> tuple[Handler, ...]:
        key = (pos, tag, compound, text, lemma, definite)  # the lower form is the text's
        chosen = self._known.get(key)
        if chosen is None:
            chosen = self._known[key] = self._choose(pos, tag, compound, text, lower, lemma, definite)
        return chosen

    def _choose(self, pos: str, tag: str, compound: bool, text: str, lower: str, lemma: str,
                definite: frozenset[str]) -> tuple[Handler, ...]:
        # "the Alliance" (a name), "the group"
        anaphor = (tag == "NNP" and lower in self.org_anaphors) \
            or (pos == "NOUN" and tag == "NN" and lemma in self.org_anaphors)
        if pos not in NOUN_POS:  # only the pronoun handlers and org_anaphor read a token that is no noun
            pron = pos == "PRON"
            may = (pron and lower in PERSON_PRONOUNS, pron and lower in THING_PRONOUNS,
                   pron and lower in PLURAL_PRONOUNS, False, anaphor, False, False, False, False, False, False)
        else:
            noun = pos == "NOUN"
            government = not compound and lemma in self.government_words
            # agent_at finds no group at a noun whose lemma and form end no agent form
            agent = self.ends_agent(lemma) or self.ends_agent(lower)
            may = (False, False, False,
                   noun and lemma in self.pair_nouns,  # pair_reference
                   anaphor,  # org_anaphor
                   noun and not compound and lemma in self.description_nouns  # description_reference (a
                   and bool(self.word_value("description_noun", lemma)),  # noun of no kind is none)
                   not compound and tag not in PLURAL_TAGS and "the" in definite,  # name_head_reference
                   self.may_end_title(text),  # title_reference
                   noun and not compound and agent,  # group_reference
                   government or (noun and not compound and bool(definite) and agent),  # sector_anaphor
                   noun and government)  # home_government
        chosen = self._chosen.get(may)
        if chosen is None:
            chosen = self._chosen[may] = tuple(h for h, ok in zip(HANDLERS, may) if ok)
        return chosen


def person_governments(table: ActorTable) -> None:
    """Pass: "Scholz's government", "the Assad regime": the person's state when the article links the person
    to one, else the person.

    Parameters
    ----------
    table
        The actor table after :func:`resolve_references`; the group noun
        (``person_group_noun`` word class) is linked, uncounted.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Scholz", "'s", "government", "fell"], heads=[2, 0, 3, 3],
    ...           deps=["poss", "case", "nsubj", "ROOT"], tags=["NNP", "POS", "NN", "VBD"],
    ...           lemmas=["Scholz", "'s", "government", "fall"])
    >>> table = ActorTable(doc)
    >>> table.mention("person:olaf scholz", doc[0], "name")
    >>> table.affiliate("person:olaf scholz", "state:DEU", "Chancellor", doc[0])
    >>> person_governments(table)
    >>> table.of(doc[2])
    ('state:DEU',)
    """
    states: dict[str, str] = {}
    for aff in table.affiliations:
        if keys.is_person(aff.member) and keys.is_state(aff.group):
            states.setdefault(aff.member, aff.group)
    group_nouns = table.lex.words("person_group_noun")
    for i, lemma in enumerate(lower_lemmas(table.doc)):
        if lemma not in group_nouns:
            continue
        tok = table.doc[i]
        if tok.tag_ != "NN" or table.of(tok):
            continue
        for child in tok.children:
            people = [k for k in table.of(child) if keys.is_person(k)]
            if child.dep_ in POSSESSOR_DEPS and child.i < tok.i and people:
                table.mention(states.get(people[0], people[0]), tok, "group", counted=False)
                break


def is_subject(tok: Token) -> bool:
    """Whether a token is (part of) the subject of its clause ("President Scholz", "Scholz, the chancellor").

    Parameters
    ----------
    tok
        A token of a parsed document.

    Returns
    -------
    bool
        True for a nominal subject (active or passive), and for a compound,
        appositive or conjunct of one.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Scholz", "left"], heads=[1, 1], deps=["nsubj", "ROOT"])
    >>> is_subject(doc[0]), is_subject(doc[1])
    (True, False)
    """
    return _subject_at(tok.doc, tok.i)


def _subject_at(doc: Doc, i: int) -> bool:
    """:func:`is_subject` of the token at index ``i``, read from the Doc's dependency lists.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["President", "Scholz", "left"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"])
    >>> [_subject_at(doc, i) for i in range(3)]
    [True, True, False]
    """
    deps = dep_labels(doc)
    return deps[i] in NOMINAL_SUBJECT_DEPS or (deps[i] in SUBJECT_LINK_DEPS
                                               and deps[head_indices(doc)[i]] in NOMINAL_SUBJECT_DEPS)


def _lower_lemma(tok: Token) -> str:
    """``lemma_of(tok).lower()``, read from the Doc's lemma list (found once per Doc).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Troops", "left"], lemmas=["Troop", "leave"])
    >>> _lower_lemma(doc[0])
    'troop'
    """
    return lower_lemmas(tok.doc)[tok.i]


def _sentence_start(tok: Token) -> int:
    """``tok.sent.start`` read from the Doc's sentence index, without making the sentence's Span.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> nlp = English(); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Peru thanked Chile. Norway warned Sweden.")
    >>> _sentence_start(doc[5]) == doc[5].sent.start == 4
    True
    """
    which, starts, _ = sentence_bounds(tok.doc)
    return starts[which[tok.i]]


def _refer(table: ActorTable, tok: Token, target: str | None, kind: MentionKind, subjects: list[str]) -> None:
    """Make ``tok`` a mention of ``target`` (if any); a subject joins this sentence's subjects."""
    if target:
        table.mention(target, tok, kind)
        if is_subject(tok):
            subjects.append(target)


#: Verbs whose subject "it" is most often no thing named before: "it is ...", "it seems that", "it takes time".
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "happen", "remain", "take", "matter", "become", "look"})


def _opens_sentence(tok: Token) -> bool:
    """A subject pronoun that opens its sentence's first clause ("It later sued Peru", "They said ..."), of a
    verb that is no expletive's ("It is likely that ..." names nothing)."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.pos_ not in ("VERB", "AUX") or _lower_lemma(head) in EXPLETIVE_VERBS:
        return False
    deps, tags = dep_labels(tok.doc), coarse_tags(tok.doc)
    return not any(deps[j] in NOMINAL_SUBJECT_DEPS or tags[j] == "VERB" for j in range(_sentence_start(tok), tok.i))


def _previous_subject(table: ActorTable, tok: Token, *, plural: bool = False) -> tuple[list[str], Token | None]:
    """The states and organizations the previous sentence's main subject names: one for "it" (a singular subject
    naming one); for "they" two or more, or one read through a plural group ("Chilean officials"); with the
    subject's token."""
    start = _sentence_start(tok)
    if start == 0:
        return [], None
    root = tok.doc[start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1:
        return [], None
    subj = subjects[0]
    found = list(dict.fromkeys(k for t in (subj, *subj.conjuncts) for k in table.of(t)))
    if not found or not all(keys.is_state_or_org(k) for k in found):
        return [], None  # a person, or nobody named: "it" is something else
    many = len(found) >= 2 or subj.tag_ in PLURAL_TAGS
    return (found, subj) if many == plural else ([], None)


def _title_qualifiers(span: Span) -> set[str]:
    """The words before a title that qualify the office ("Planning" of "the Planning Minister"), lower case."""
    return {t.lower_ for t in span if t.dep_ not in ("det", "predet", "punct") and t.pos_ in ("PROPN", "NOUN", "ADJ")}


def _head_title_holder(table: ActorTable, focus: Focus, role: str, qualifiers: set[str]) -> str | None:
    """"the minister", "the Planning Minister": the person in focus whose office ends with that title and has
    its qualifiers ("Planning Minister Julio Vega"), a subject of this sentence or the previous one first,
    else the one named most recently within :data:`PRONOUN_REACH` sentences; nobody when two fit as well."""
    words = role.lower().split()

    def fits(person: str) -> bool:
        return any(r.lower().split()[-len(words):] == words and qualifiers <= set(r.lower().split())
                   for r in table.roles(person))

    for tier in (focus.this_subjects[::-1], focus.last_subject_people):
        found = list(dict.fromkeys(p for p in tier if fits(p)))
        if found:
            return found[0] if len(found) == 1 else None
    recent = [p for p in reversed(focus.recent_people)
              if fits(p) and focus.sentence - focus.people_sent.get(p, -99) <= PRONOUN_REACH]
    if len(recent) > 1 and focus.people_sent.get(recent[0]) == focus.people_sent.get(recent[1]):
        return None  # two such office holders named together: either may be meant
    return recent[0] if recent else None


def _clause_subjects(table: ActorTable, tok: Token) -> set[str]:
    """Actors that are the subject of the clause a token belongs to."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {k for c in verb.children if c.dep_ == "nsubj" for k in table.of(c)}


def _salient(this_subjects: list[str], prev_subjects: list[str], recent: list[str], last_seen: dict[str, int],
             sentence: int, reach: int) -> str | None:
    """Salience order: a subject earlier in this sentence, the subject of the previous sentence, then the actor
    named most recently (``recent``, most recent last), if named within ``reach`` sentences."""
    if this_subjects:
        return this_subjects[-1]
    if prev_subjects:
        return prev_subjects[0]
    for key in reversed(recent):
        if sentence - last_seen.get(key, -99) <= reach:
            return key
    return None


def _is_org_anaphor(table: ActorTable, tok: Token) -> bool:
    """"the group", "the coalition", "the movement": a definite noun for an organization, owned by nobody."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and _lower_lemma(tok) in table.lex.words("org_anaphor") \
        and tok.i not in table.consumed and tok.dep_ != "compound" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and owner_of(table, tok) is None


def _thing_antecedent(table: ActorTable, tok: Token) -> str | None:
    """"it"/"its": the nearest state or organization subject before it in the same sentence."""
    best = None
    doc = tok.doc
    deps = dep_labels(doc)
    for j in range(_sentence_start(tok), tok.i):  # read by index: a Token only where an actor is named
        named = table.of_index(j)
        found = [k for k in named if keys.is_state_or_org(k)] if named else ()
        if found and (_subject_at(doc, j) or deps[j] in ("dobj", "pobj")):
            best = found[0] if len(found) == 1 else best
            if _subject_at(doc, j):
                subj = found[0] if len(found) == 1 else None
                best = subj or best
    return best


def _group_owners(table: ActorTable, tok: Token) -> list[str]:
    """The states and organizations modifying a group noun; a possessive pronoun ("its soldiers") is left
    out: it mostly means the subject, whose own people are no target."""
    return [k for k in owners_of(table, tok)
            if not any(c.pos_ == "PRON" and c.tag_ != "WP$" and k in table.of(c) for c in tok.children)]


def _leaders(table: ActorTable, tok: Token) -> list[str]:
    """"Vietnamese-led forces", "a US-led coalition": the states and organizations before a hyphenated
    "led" modifying the group noun lead it, and it acts for them."""
    return [k for c in tok.children if c.dep_ in MODIFIER_DEPS and c.lower_ == "led" and c.i < tok.i
            and c.i > 0 and c.nbor(-1).text == "-"
            for t in c.children if t.i < c.i and t.pos_ in NOUN_POS | {"ADJ"}
            for k in (table.state_or_org(t),) if k]


def _home_state(table: ActorTable, tok: Token, agent: Agent) -> list[str]:
    """"rebels in the Ivory Coast", "students throughout Indonesia", "rioters in the Egyptian capital": a group
    of a home sector (:data:`HOME_SECTORS`, or a ``home_group`` of the word classes: "security forces in
    Ghana") that nothing else owns is the state its place phrase names or modifies; any group is where it is
    based ("a radio station based in Quito", "a firm headquartered in Lima")."""
    based = [c for c in tok.children if c.dep_ == "acl" and _lower_lemma(c) in BASE_PARTICIPLES]
    if not based and agent.sector not in HOME_SECTORS and agent.form not in table.lex.words("home_group"):
        return []
    places = [o for h in based or [tok] for p in h.children if p.dep_ == "prep" and p.lower_ in GROUP_PLACE_PREPS
              for o in p.children if o.dep_ == "pobj"]
    found = [table.state_or_org(t) for t in places] + [k for t in places for k in owners_of(table, t)]
    return [k for k in dict.fromkeys(found) if k and keys.is_state(k)]


def _fled_state(table: ActorTable, tok: Token) -> list[str]:
    """"refugees fleeing Chad", "civilians escaping the war in Sudan": people fleeing a state (or what goes on
    in it: ``flight_verb`` of the word classes) are its people."""
    flights = [c for c in tok.children if c.dep_ == "acl" and _lower_lemma(c) in table.lex.words("flight_verb")]
    fled = [o for c in flights for o in c.children if o.dep_ == "dobj"]
    found = [table.state_or_org(o) for o in fled] + [table.state_or_org(p) for o in fled + flights for c in o.children
                                                     if c.dep_ == "prep" and c.lower_ in GROUP_PLACE_PREPS
                                                     for p in c.children if p.dep_ == "pobj"]
    return [k for k in dict.fromkeys(found) if k and keys.is_state(k)]


def _complement_owners(table: ActorTable, focus: Focus, tok: Token) -> list[str]:
    """"the government of Mali", "officials from the EU", "members of the Polish government": the states and
    organizations of the group noun's "of"/"from"/"at" phrase (a group noun there is read first)."""
    out = []
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in GROUP_OWNER_PREPS:
            for o in p.children:
                if o.dep_ == "pobj":
                    for t in (o, *o.conjuncts):
                        if not table.of(t):
                            group_reference(table, focus, t)
                        key = table.state_or_org(t)
                        if key:
                            out.append(key)
    return out


def _named_group(table: ActorTable, focus: Focus, tok: Token, sector: str) -> list[str]:
    """The organization a capitalised modifier of a group noun names, when it names no actor yet: an
    acronym before armed men ("AQAP militants", not "IT workers") is an organization of that name;
    "Alliance troops" is the organization in focus whose name has that word, else one named so."""
    if _lower_lemma(tok) in table.lex.words("weapon_noun"):
        return []  # "BUK missiles": a weapon's name
    for child in tok.children:
        if child.dep_ not in MODIFIER_DEPS or child.i > tok.i or table.of(child) or child.i in table.consumed:
            continue
        word = child.text
        if _is_acronym(word) and child.ent_type_ in ("NORP", "ORG", "") and sector in ARMED_SECTORS \
                and load_agents().sector(word) is None and not state_forms(table.gaz, word):
            key = table.actor(keys.org_key(word), word, ORGANIZATION)
            for t in table.doc:  # every mention of the group the tagger did not take for a name
                if t.text == word and not table.of(t) and t.i not in table.consumed:
                    table.mention(key, t, "name")
            return [key]
        if child.lower_ in table.lex.words("org_anaphor") and word[:1].isupper() and child.i > _sentence_start(child):
            return [_org_by_word(table, focus, child)]
    return []


def _org_by_word(table: ActorTable, focus: Focus, tok: Token) -> str:
    """The organization in focus whose name has the capitalised word ("Alliance", "the Entente"), chosen by
    salience as descriptions are (two as salient: neither), else one named by the word alone; the token is
    mentioned as it."""
    named = most_salient([c for c in _org_candidates(focus)
                          if table.has(c.key) and tok.lower_ in table.label(c.key).lower().split()])
    key = named or table.actor(keys.org_key(tok.text), tok.text, ORGANIZATION)
    table.mention(key, tok, "anaphor" if named else "name")
    return key


def _is_capitalised_org_word(table: ActorTable, tok: Token) -> bool:
    """"the Entente", "the Alliance": an ``org_anaphor`` written as a name of its own, alone after "the"."""
    return tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.lower_ in table.lex.words("org_anaphor") \
        and tok.i not in table.consumed and not table.of(tok) and tok.dep_ != "compound" \
        and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" \
        and not any(c.tag_ in PROPER_TAGS or c.dep_ in ("compound", "amod", "poss") for c in tok.children) \
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ in PROPER_TAGS)


def _is_acronym(word: str) -> bool:
    """"AQAP", "PKK", "M23": capitals (and digits) only, three characters and two letters at least."""
    letters = [c for c in word if c.isalpha()]
    return len(word) >= 3 and len(letters) >= 2 and all(c.isupper() or c.isdigit() for c in word)


#: Roles in which an indefinite or owned description ("a rival firm", "his firm") brings an unnamed organization in.
UNNAMED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative"})
#: Numbers of a plural description ("the two companies", "both firms").
GROUP_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _org_candidates(focus: Focus) -> list[Candidate]:
    """Organizations in focus, most salient first: subjects of this sentence (latest first), of the previous
    one, then those named within :data:`DESCRIPTION_REACH` sentences, most recent first."""
    out: dict[str, Candidate] = {}
    for tier, found in ((0, reversed(focus.this_org_subjects)), (1, focus.last_subject_orgs)):
        for key in found:
            out.setdefault(key, Candidate(key, tier, focus.recent_orgs.get(key, focus.sentence)))
    for key in reversed(list(focus.recent_orgs)):
        sent = focus.recent_orgs[key]
        if focus.sentence - sent > DESCRIPTION_REACH:
            break
        out.setdefault(key, Candidate(key, 2, sent))
    return list(out.values())


def _described_group(focus: Focus, tok: Token, kind: str, states: set[str], excluded: set[str]) -> tuple[str, ...]:
    """"the firms", "the two companies": the organizations last named together within
    :data:`DESCRIPTION_REACH` sentences, as many as the description counts, each of its kind."""
    count = next((GROUP_NUMBERS[c.lower_] for c in tok.children if c.lower_ in GROUP_NUMBERS), None)
    for group, sent in reversed(focus.org_groups):
        if focus.sentence - sent > DESCRIPTION_REACH:
            break
        profiles = [focus.profiles.get(k) for k in group]
        if (count is None or len(group) == count) and not excluded & set(group) \
                and all(agrees(kind, p, untyped=_lower_lemma(tok) in UNTYPED_HEADS) for p in profiles) \
                and all(not states or states & p.states for p in profiles if p):
            return group
    return ()


def _coordinated_orgs(table: ActorTable, tok: Token) -> tuple[str, ...]:
    """Organizations named together ("Acme, Norvik and Q-Telco"), read at each conjunct: every conjunct must
    name one."""
    if tok.dep_ != "conj":
        return ()
    deps, heads, children = dependency_tree(tok.doc)
    return _coordinated_orgs_at(table, deps, heads, children, tok.i)


def _coordinated_orgs_at(table: ActorTable, deps: list[str], heads: list[int], children: list[Sequence[int]],
                         i: int) -> tuple[str, ...]:
    """:func:`_coordinated_orgs` of the conjunct at index ``i``, read from the Doc's dependency columns."""
    first = heads[i]
    while deps[first] == "conj":
        first = heads[first]
    found = [[k for k in table.of_index(t) if keys.is_org(k)] for t in _coordination(deps, children, first) if t <= i]
    if not all(len(f) == 1 for f in found):
        return ()
    return tuple(dict.fromkeys(f[0] for f in found))


def _coordination(deps: list[str], children: list[Sequence[int]], first: int) -> list[int]:
    """``[first, *(t.i for t in doc[first].conjuncts)]`` for a token that is no conjunct itself, read from the
    dependency columns: its conjuncts breadth first, each word's right-hand ``conj`` children in order.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from graphkit.syntax import dependency_tree
    >>> doc = Doc(English().vocab, words=["Peru", ",", "Chile", "and", "Bolivia", "met"], heads=[5, 0, 0, 2, 2, 5],
    ...           deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT"])
    >>> deps, _, children = dependency_tree(doc)
    >>> _coordination(deps, children, 0), [t.i for t in doc[0].conjuncts]
    ([0, 2, 4], [2, 4])
    """
    out = [first]
    for word in out:  # grows as it is read, as Token.conjuncts' queue does
        for child in children[word]:
            if child > word and deps[child] == "conj":
                out.append(child)
    return out


def _coordinated_pair_at(table: ActorTable, head: int, i: int) -> tuple[str, str] | None:
    """Two actors joined by "and" ("Chile and Peru"), remembered for "both governments": the conjunct at index
    ``i`` and its head at ``head``."""
    first = table.of_index(head)
    second = table.of_index(i)
    if len(first) == 1 and len(second) == 1 and first[0] != second[0]:
        return first[0], second[0]
    return None
