"""Roles: the titles, appositives, "whose" clauses and verbs that link people to states and organizations.

* :func:`left_roles` (called for each person name by
  :mod:`~graphkit.actors.people`): titles and state modifiers before a name
  or in an appositive ("French President Emmanuel Macron", "Scholz,
  Germany's chancellor", "Polish Digital Affairs Minister Krzysztof
  Gawkowski", "his Chilean counterpart, Gabriel Boric");
* :func:`whose_affiliations` (a pass): "Scholz, whose Social Democratic
  Party ..." makes the person a member of the party;
* :func:`leadership_role`: verbs that state a role rather than an act
  ("X, who heads the council", "the movement is led by X"), read by
  :mod:`graphkit.actions` and kept as affiliations.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lemmas import lemma_of, lower_lemmas
from ..lexicon import Lexicon, Title
from ..sentences import sentence_start
from ..syntax import (CLAUSE_ATTACHMENT_DEPS, EMPLOYER_PREPOSITIONS, EXAMPLE_PREPOSITIONS, INSIDE_PREPOSITION,
                      JOB_PREPOSITIONS, JOINERS, NAME_LINKS, NAME_PREPOSITIONS, NAMING_DEPS, NOMINAL_SUBJECT_DEPS,
                      OWNER_DEPS, PLURAL_TAGS, POSTMODIFIER_DEPS, PREDICATE_DEPS, PREP_DEPS, PROPER_TAGS,
                      QUALIFIER_POS, RELATIVE_PRONOUNS, ROLE_AS, ROLE_PREPOSITIONS, SEAT_PREPOSITION, VERB_POS,
                      coarse_tags, dep_labels, doc_text, fine_tags, token_offsets)
from . import keys
from .lookup import owner_in, owner_of, state_forms, title_at, title_between, whose_antecedent
from .records import ORGANIZATION, TEXT
from .table import ActorTable

__all__ = ["described_by_role", "leadership_role", "left_roles", "membership_affiliations", "role_affiliations",
           "whose_affiliations"]

#: Title kinds that name a position a person holds somewhere (honorifics and bodies do not).
HELD_KINDS = frozenset({"office", "role", "group"})
#: Sentences back that "the agency" of "a spokeswoman for the agency" may reach for the organization it names.
DEFINITE_ORG_REACH = 3


def leadership_role(lex: Lexicon, lemma: str, source: str, target: str, negated: bool) -> str | None:
    """The role a verb of leadership states between a person and a state or organization ("heads" ->
    "Head"), or None when the reading is an act ("X did not lead Y" is no role).

    Parameters
    ----------
    lex
        The lexicon (its ``leadership_verb`` word class gives the role).
    lemma
        The action word read.
    source, target
        The keys of who acts and of whom it is aimed at.
    negated
        Whether the reading is negated.

    Returns
    -------
    str or None
        The role, for a person leading a state or organization; else None.

    Examples
    --------
    >>> from graphkit.lexicon import load_lexicon
    >>> leadership_role(load_lexicon(), "head", "person:ana ruiz", "org:labour party", False)
    'Head'
    >>> leadership_role(load_lexicon(), "head", "state:FRA", "org:nato", False) is None
    True
    """
    role = lex.word_value("leadership_verb", lemma)
    if role and keys.is_person(source) and not negated and keys.is_state_or_org(target):
        return role
    return None


def left_roles(table: ActorTable, key: str, name_span: Span, inner_titles: list[Title]) -> None:
    """Read the titles and state modifiers before a name, or in an appositive.

    "French President Emmanuel Macron", "Germany's Chancellor, Olaf Scholz",
    "Scholz, Germany's chancellor", "Polish Digital Affairs Minister Krzysztof Gawkowski",
    "the AU, whose commission chairperson, Moussa Faki", "his Chilean counterpart, Gabriel Boric".

    Parameters
    ----------
    table
        The actor table; the title words are consumed, offices and honorifics
        become roles of the person, and an office with a state or
        organization in front an affiliation to it.
    key
        The person's key.
    name_span
        The words of the name (titles inside the entity span excluded).
    inner_titles
        Titles that were inside the entity span ("President Macron" tagged whole).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["French", "President", "Emmanuel", "Macron", "spoke"],
    ...           sent_starts=[True, False, False, False, False])
    >>> table = ActorTable(doc)
    >>> table.mention("state:FRA", doc[0], "demonym")
    >>> left_roles(table, "person:emmanuel macron", doc[2:4], [])
    >>> table.roles("person:emmanuel macron"), [(a.group, a.role) for a in table.affiliations]
    (('President',), [('state:FRA', 'President')])
    """
    doc, lex = table.doc, table.lex
    lo = sentence_start(doc, name_span.start)  # name_span.sent.start, without the sentence's Span
    # Titles inside the entity span ("President Macron" tagged whole) sit before name_span.
    offices: list[str] = [t.role for t in inner_titles if t.kind == "office"]
    jobs: list[Title] = [t for t in inner_titles if t.kind == "role"]  # "Acme attorney Jane Doe"
    group: str | None = None
    pos = name_span.start
    while pos > lo and doc[pos - 1].i in table.consumed and table.state_or_org(doc[pos - 1]) is None:
        pos -= 1
    i = pos
    while i > lo:
        prev = doc[i - 1]
        if prev.tag_ == "POS" and i - 2 >= lo:
            i -= 1
            continue
        found = title_at(lex, doc, i, lo)
        if found is not None and found[1].kind != "body":
            start, title = found
            role = title.role
            if title.kind == "office":
                qualified = _qualifiers_before(table, start, lo)
                if qualified < start:  # "Digital Affairs" + "Minister"
                    role, start = f"{doc[qualified:start].text} {title.role}", qualified
            if title.kind != "honorific":
                start = _modifiers_before(table, start, i, lo)  # "senior policy" of "senior policy adviser"
            table.consumed.update(range(start, i))
            if title.kind == "office" and role not in offices:
                offices.append(role)
            elif title.kind == "honorific":
                table.role(key, role)
            elif _is_job(title, doc[i - 1]) and i == pos:
                jobs.append(title)  # "Acme attorney", "a CIA official" right before the name
            i = start
            continue
        if prev.text == ")" and i < pos:
            state = _bracketed_org(table, i - 1, lo)  # "Acme (Acme Party of Labour) leader Ana Ruiz"
            if state is not None:
                group, i = group or state[0], state[1]
                continue
        state = table.state_or_org(prev) or _definite_org(table, prev) or _known_org(table, i, lo) or (
            _acronym_org(table, i, lo) if offices or jobs else None)  # "ACME-TV correspondent Ana Ruiz"
        if state is not None:
            group = group or state
            i -= 1
            while i > lo and doc[i - 1].i in table.consumed and table.state_or_org(doc[i - 1]) == state:
                i -= 1
            continue
        break
    # Appositive: "Germany's Chancellor, Olaf Scholz" or "Scholz, Germany's chancellor".
    root = name_span.root
    appos_titles = []
    if root.dep_ == "appos":
        appos_titles.append(root.head)
    appos_titles.extend(c for c in root.children if c.dep_ == "appos")
    for head in appos_titles:
        found = title_at(lex, doc, head.i + 1, max(lo, head.i - 3))
        if found is None or found[1].kind != "office":
            continue
        start, title = found
        table.consumed.update(range(start, head.i + 1))
        table.mention(key, doc[start:head.i + 1], "title")
        if title.role not in offices:
            offices.append(title.role)
        group = group or owner_of(table, head) or owner_in(table, doc[start:head.i + 1])
    offices = [_counterpart_role(table, name_span, key) if role == "Counterpart" else role for role in offices]
    for role in dict.fromkeys(offices):
        table.role(key, role)
        table.offices.setdefault(key, []).append(role)
        if group:
            table.affiliate(key, group, role, name_span[0])
            state = table.state_of_org(group) if _state_body(table, group) else None
            if state is not None:  # "Kenya's Treasury Secretary": of the Treasury and of Kenya
                table.affiliate(key, state, role, name_span[0])
        body = _organization_of_office(table, role, group)
        if body is not None:
            table.affiliate(key, body, role, name_span[0])  # "Commerce Secretary" -> the Commerce Department
    for job in jobs:
        table.role(key, job.role)
        if group and _held_at(job, group):
            table.affiliate(key, group, job.role, name_span[0])


def _qualifiers_before(table: ActorTable, start: int, lo: int) -> int:
    """Where the qualifiers of an office begin: "[Digital Affairs] Minister" after a state ("Polish"), capitalised
    proper nouns that name no actor and end in no organization word; ``start`` when there are none."""
    doc = table.doc
    i = start
    while i > lo and (_qualifier_word(table, doc[i - 1]) or (doc[i - 1].lower_ in JOINERS and i < start)):
        i -= 1
    while i < start and doc[i].lower_ in JOINERS:
        i += 1  # a run never starts with "and"
    before = i - 2 if i - 2 >= lo and doc[i - 1].tag_ == "POS" else i - 1
    if i == start or before < lo or doc[start - 1].lower_ in table.lex.words("org_head_word"):
        return start
    owner = table.state_or_org(doc[before])
    return i if owner is not None and keys.is_state(owner) else start


def _known_org(table: ActorTable, end: int, lo: int) -> str | None:
    """An organization of the gazetteer written in lower case right before a title ("European commission
    president"), registered under its own name; None when the words before ``end`` name none."""
    doc = table.doc
    text, starts = doc_text(doc), token_offsets(doc)[0]
    for size in (3, 2):
        first = max(lo, end - size)
        if end - first < size or not text[starts[first]:starts[first] + 1].isupper():
            continue  # too few words, or the first in lower case: told from the text before any Token is made
        span = doc[first:end]
        if len(span) < size or any(t.i in table.consumed or table.of(t) or not t.is_alpha for t in span) \
                or not span[0].text[:1].isupper():
            continue
        org = table.gaz.organization(" ".join(w[:1].upper() + w[1:] for w in span.text.split()))
        if org is not None:
            key = table.actor(keys.org_key(org.label), org.label, ORGANIZATION)
            table.mention(key, span, "name")
            table.consumed.update(range(span.start, span.end))
            return key
    return None


def _acronym_org(table: ActorTable, end: int, lo: int) -> str | None:
    """An organization named by an acronym no pass made an actor of, right before a title ("ACME-TV
    correspondent"): capitals (joined by hyphens) that name nothing yet and are no title; registered as an
    organization."""
    doc = table.doc
    start = end
    while start > lo and doc[start - 1].ent_type_ in ("", "ORG", "NORP") and not table.of(doc[start - 1]) \
            and doc[start - 1].i not in table.consumed and (
            (doc[start - 1].is_alpha and doc[start - 1].is_upper and len(doc[start - 1]) > 1)
            or (doc[start - 1].text == "-" and start < end)):
        start -= 1
    while start < end and not doc[start].is_alpha:
        start += 1
    span = doc[start:end]
    if not len(span) or table.lex.title(span.text) is not None or state_forms(table.gaz, span.text):
        return None
    return _register_org(table, span)


def _register_org(table: ActorTable, span: Span) -> str:
    """An organization named by words the tagger missed ("ACME-TV", "the Coalition"), registered and mentioned."""
    key = table.actor(keys.org_key(span.text), span.text, ORGANIZATION)
    table.plain_orgs.add(key)
    table.mention(key, span, "name")
    table.consumed.update(range(span.start, span.end))
    return key


def _bracketed_org(table: ActorTable, close: int, lo: int) -> tuple[str, int] | None:
    """A state or organization named in or right before a bracket that ends at token ``close`` ("Acme (Acme Party
    of Labour)", "the Acme Party (AP)"), and where its words begin; None when there is none."""
    doc = table.doc
    for open_ in range(close - 1, max(lo, close - 8) - 1, -1):
        if doc[open_].text == "(":
            inside = [k for i in range(open_ + 1, close) if (k := table.state_or_org(doc[i]))]
            before = table.state_or_org(doc[open_ - 1]) if open_ > lo else None
            key = before or (inside[0] if inside else None)
            if key is None:
                return None
            start = open_ - 1 if before else open_
            while start > lo and table.state_or_org(doc[start - 1]) == key:
                start -= 1
            return key, start
    return None


def _state_body(table: ActorTable, key: str) -> bool:
    """An organization that is part of a state: a body named by its role ("Kenya's Treasury") or a known
    institution ("Pentagon"); a party or company named with its state is not."""
    return keys.is_org(key) and bool(keys.iso3(key) or table.gaz.institution(table.label(key)))


def _org_word(table: ActorTable, tok: Token) -> bool:
    """A word that names a kind of organization ("commission", "party", "agency")."""
    lemma, lex = lemma_of(tok).lower(), table.lex
    return any(lemma in lex.words(word_class) for word_class in ("org_head_word", "org_kind_noun", "org_anaphor"))


def _modifiers_before(table: ActorTable, start: int, end: int, lo: int) -> int:
    """Where the lower-case modifiers of a title begin: "senior policy" of "Acme senior policy adviser", words
    that modify the title and name no actor; ``start`` when there are none."""
    doc = table.doc
    i = start
    while i > lo:
        tok = doc[i - 1]
        if not (tok.is_alpha and tok.is_lower and tok.pos_ in QUALIFIER_POS and tok.i not in table.consumed
                and not table.of(tok) and tok.i < tok.head.i < end) or _org_word(table, tok):
            break
        i -= 1
    return i


def _qualifier_word(table: ActorTable, tok: Token) -> bool:
    # an acronym ("UKIP MEP") names an organization, not the field of an office
    return tok.is_alpha and tok.text[:1].isupper() and not (tok.is_upper and len(tok) > 1) \
        and tok.tag_ in PROPER_TAGS and not table.of(tok) \
        and tok.ent_type_ != "PERSON" and not state_forms(table.gaz, tok.text) \
        and title_between(table.lex, tok.doc, tok.i, tok.i + 1) is None


def _organization_of_office(table: ActorTable, role: str, group: str | None) -> str | None:
    """The organization of the article an office names by its qualifier, of the holder's state: "Commerce
    Secretary" -> "Commerce Department", "Navy Chief" -> "Navy", "Foreign Minister" -> "Foreign Ministry"."""
    words = role.split()
    if len(words) < 2 or "of" in words or (group is not None and not keys.is_state(group)):
        return None
    qualifier = " ".join(words[:-1]).lower()
    names = {qualifier} | {f"{qualifier} {suffix}" for suffix in table.lex.words("department_suffix")}
    hits = [k for k in table.keys_of_type(ORGANIZATION)
            if table.bare_names.get(k, table.label(k)).lower() in names
            and (group is None or table.state_of_org(k) in (None, group))]
    return hits[0] if len(hits) == 1 else None


def _counterpart_role(table: ActorTable, name_span: Span, key: str) -> str:
    """"his Chilean counterpart, Gabriel Boric": the office of the person named before in this or the two
    previous sentences that has one (Milei's "President"), else "Counterpart"."""
    doc = table.doc
    lo = sentence_start(doc, name_span.start)  # name_span.sent.start, without making Spans
    for _ in range(2):
        if lo > 0:
            lo = sentence_start(doc, lo - 1)
    for i in range(name_span.start - 1, lo - 1, -1):
        for other in table.of_index(i):
            roles = [r for r in table.offices.get(other, ()) if r != "Counterpart"]
            if keys.is_person(other) and other != key and roles:
                return roles[0]
    return "Counterpart"


def whose_affiliations(table: ActorTable) -> None:
    """"Scholz, whose Social Democratic Party ...": the person is a member of the organization.

    Parameters
    ----------
    table
        The actor table after the people pass; the person before "whose" is
        affiliated (as ``member``) to the organization "whose" modifies.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Scholz", ",", "whose", "Labour", "party", "won"],
    ...           heads=[5, 0, 4, 4, 5, 5], deps=["nsubj", "punct", "poss", "compound", "nsubj", "ROOT"],
    ...           tags=["NNP", ",", "WP$", "NNP", "NN", "VBD"], pos=["PROPN", "PUNCT", "PRON", "PROPN", "NOUN", "VERB"])
    >>> table = ActorTable(doc)
    >>> table.mention("person:olaf scholz", doc[0], "name"); table.mention("org:labour party", doc[3:5], "name")
    >>> whose_affiliations(table)
    >>> [(a.member, a.group, a.role) for a in table.affiliations]
    [('person:olaf scholz', 'org:labour party', 'member')]
    """
    if "whose" not in doc_text(table.doc).lower():
        return  # most articles have none; spare a pass over every token
    for i, tag in enumerate(fine_tags(table.doc)):
        if tag != "WP$":
            continue  # only "whose" has an antecedent (whose_antecedent)
        tok = table.doc[i]
        antecedent = whose_antecedent(tok)
        if antecedent is None:
            continue
        people = [k for k in table.of(antecedent) if keys.is_person(k)]
        named = [tok.head, *(c for c in tok.head.children if c.dep_ == "compound")]  # "whose Labour party"
        orgs = [k for t in named for k in table.of(t) if keys.is_org(k)]
        if people and orgs:
            table.affiliate(people[0], orgs[0], "member", tok.head)



def role_affiliations(table: ActorTable) -> None:
    """Pass: the organizations (and states) a role noun ties a named person to, wherever the role is said.

    * an appositive: "Jane Doe, a spokeswoman for the agency", "Jane Doe, head of cargo checks for
      the Acme Authority", "Jane Doe, leader of the Green Party", "Jane Doe, an Acme vice president";
    * a predicate: "Jane Doe is a correspondent for Reuters", "Jane Doe was named editor of the
      Herald", "Jane Doe serves as adviser to the Acme Institute";
    * the name's own complement: "Jane Doe at the Acme Institute", "Jane Doe of the Acme Society"
      (a state only for a person with an office: "President Ana Ruiz of Peru");
    * a verb of work: "Jane Doe works for Acme", "Jane Doe covers the talks for Reuters", "Jane Doe,
      who teaches at Acme University".

    The role is the title's ("Spokeswoman"), ``member`` for a bare name complement, or the verb's
    (``employment_verb``). A role of kind ``role`` (a job: "lawyer", "analyst") never ties its holder to
    a state: "an Israeli lawyer" is no member of Israel. Runs after the references are resolved, so
    "the agency" is the agency the article named.

    Parameters
    ----------
    table
        The actor table after :func:`~graphkit.actors.coref.resolve_references`.

    Examples
    --------
    >>> from graphkit.actors import find_actors
    >>> from graphkit.nlp import load_pipeline
    >>> found = find_actors(load_pipeline()("Tomas Berg, a spokesman for the Acme Corporation, declined to comment."))
    >>> [(a.member, a.group, a.role) for a in found.affiliations]
    [('person:tomas berg', 'org:acme corporation', 'Spokesman')]
    """
    doc, lex = table.doc, table.lex
    employers = lex.words("employment_verb")
    pos = coarse_tags(doc)
    for i, tag in enumerate(pos):
        if tag != "PROPN" or not table.of_index(i):
            continue  # no name of anyone (_named_person), told without making the Token object
        tok = doc[i]
        person = _named_person(table, tok)
        if person is None:
            continue
        unplaced: list[str] = []  # roles that speak for an organization, said with no organization
        heads = _role_heads(table, tok)
        for head, title in heads:
            group = _role_group(table, head, title)
            if group is not None:
                table.affiliate(person, group, title.role, head)
            else:
                unplaced.append(title.role)
        for head, group in _described_at(table, tok, {h.i for h, _ in heads}):
            table.affiliate(person, group, lemma_of(head).title(), head)
        speakers = lex.words("speaking_role")
        unplaced = [r for r in unplaced + table.offices.get(person, []) + list(table.roles(person))
                    if r.lower() in speakers]
        group = _speaking_for(table, tok) if unplaced and not _placed(table, person) else None
        if group is not None:  # "Acme will cut jobs, said Ana Ruiz, a company official"
            table.affiliate(person, group, unplaced[0], tok)
        group = _name_complement(table, tok, person)
        for other in tok.conjuncts if group is None else ():
            # "Ana Ruiz and Li Wei of Acme"; not "Ana Ruiz and Li Wei, director of ... at Acme"
            if other.i > tok.i and _named_person(table, other) is not None \
                    and not any(c.dep_ == "appos" for c in other.children):
                group = _name_complement(table, other, person)
                break
        if group is not None:
            offices = table.offices.get(person, ())
            table.affiliate(person, group, offices[0] if offices else "member", tok)
        for role, body in _office_bodies(table, tok, person):
            table.affiliate(person, body, role, tok)
        group = _employer(table, tok)
        if group is not None:
            table.affiliate(person, group, "member", tok)
        led = _led_by(table, tok)
        if led is not None:  # "the Acme Front, represented by Ana Ruiz"
            table.affiliate(person, led[0], led[1], tok)
        if tok.dep_ == "poss":  # "Ana Ruiz's Green Party"
            group = next((k for k in table.of(tok.head) if keys.is_org(k)), None)
            if group is not None:
                table.affiliate(person, group, "member", tok)
        verb = _clause_verb(tok)
        board = next((g for p in verb.children if p.dep_ in PREP_DEPS and p.lower_ == SEAT_PREPOSITION
                      for g in [_actor_in_phrase(table, p, 1)] if g and keys.is_org(g)), None) \
            if verb is not None and lemma_of(verb).lower() in lex.words("seat_verb") else None
        if board is not None:  # "Ana Ruiz, who has been on the Acme board since May"
            table.affiliate(person, board, "member", verb)
        if verb is not None and lemma_of(verb).lower() in employers:
            role = lex.word_value("employment_verb", lemma_of(verb).lower())
            for prep in (p for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children):
                if prep.dep_ in PREP_DEPS and prep.lower_ in EMPLOYER_PREPOSITIONS:
                    group = _actor_in_phrase(table, prep, 1)
                    if group is not None and (prep.lower_ != "in" or keys.is_org(group)):
                        table.affiliate(person, group, role, verb)
                        break
    _parent_affiliations(table)


def _twin_names(table: ActorTable) -> dict[str, str]:
    """Organizations named twice in a row, one in brackets ("UFP (United Farmers' Party)", "the Acme Party
    (AP)") that the passes kept apart: each -> the other."""
    doc, twins = table.doc, {}
    text, (starts, ends) = doc_text(doc), token_offsets(doc)
    for i in range(1, len(doc) - 1):
        if text[starts[i]:ends[i]] != "(":
            continue  # told from the text: a Token object only for a bracket
        tok = doc[i]
        before = next((k for k in table.of(doc[tok.i - 1]) if keys.is_org(k)), None)
        inside = next((k for k in table.of(doc[tok.i + 1]) if keys.is_org(k)), None)
        if before is None:
            before = _spelled_org(table, tok)  # "the Acme Front in Peru (AFP)": the tagger cut the name
        if before is not None and inside is None:
            inside = _bracketed_name(table, tok)  # "the HP (Harvest Party)": a name the tagger missed
        if before is not None and inside is not None and before != inside:
            twins.setdefault(before, inside)
            twins.setdefault(inside, before)
    return twins


def _spelled_org(table: ActorTable, opening: Token) -> str | None:
    """The organization whose name, with what follows it up to the bracket at ``opening``, the acronym in
    the brackets spells ("al-Acme in Peru (AAP)"): the tagger ended the name early."""
    doc = table.doc
    acronym = doc[opening.i + 1].text.lower()
    if not acronym.isalpha() or len(acronym) < 2:
        return None
    for start in range(opening.i - 1, max(sentence_start(doc, opening.i), opening.i - 2 * len(acronym)) - 1, -1):
        initials = "".join(t.text[0] for t in doc[start:opening.i] if t.is_alpha and not (t.is_lower and t.is_stop))
        if initials.lower() == acronym:
            return next((k for k in table.of(doc[start]) if keys.is_org(k)), None)
    return None


def _bracketed_name(table: ActorTable, opening: Token) -> str | None:
    """The organization named in brackets that open at ``opening`` when no pass typed it: an acronym, or
    capitalised words ending in an organization word ("(Harvest Party)"); registered as one."""
    doc = table.doc
    close = next((t.i for t in doc[opening.i + 1:opening.i + 9] if t.text == ")"), None)
    if close is None or close == opening.i + 1:
        return None
    span = doc[opening.i + 1:close]
    if any(table.of(t) or t.i in table.consumed for t in span):
        return None
    words = [t for t in span if t.is_alpha]
    acronym = len(span) == 1 and span[0].is_upper and len(span[0]) > 1
    named = bool(words) and all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in words) \
        and words[-1].text[:1].isupper() \
        and words[-1].lower_ in table.lex.words("org_head_word")
    return _register_org(table, span) if acronym or named else None


def _parent_affiliations(table: ActorTable) -> None:
    """"Chief of the Acme Ministry's Asia Department", "of Acme University's Law School": a person of an
    organization that another organization owns (its possessor) belongs to the owner too; one of an
    organization named twice ("UFP (United Farmers' Party) leader") to both names."""
    related: dict[str, list[str]] = {}
    for i, dep in enumerate(dep_labels(table.doc)):
        if dep == "poss":
            tok = table.doc[i]
            owner = next((k for k in table.of(tok) if keys.is_org(k)), None)
            owned = next((k for i in range(tok.i + 1, tok.head.i + 1) for k in table.of_index(i)
                          if keys.is_org(k) and k != owner), None)  # the first organization of the owned phrase
            if owner is not None and owned is not None:
                related.setdefault(owned, []).append(owner)
    for name, other in (_twin_names(table) if "(" in doc_text(table.doc) else {}).items():
        related.setdefault(name, []).append(other)
    for aff in list(table.affiliations) if related else ():
        if keys.is_person(aff.member) and aff.origin == TEXT:
            for group in related.get(aff.group, ()):
                token = table.doc.char_span(aff.start_char, aff.start_char + 1, alignment_mode="expand")[0]
                table.affiliate(aff.member, group, aff.role, token)


def _named_person(table: ActorTable, tok: Token) -> str | None:
    """The person whose name ``tok`` is the last word of (the head of the name), if any."""
    if tok.pos_ != "PROPN":
        return None
    people = [k for k in table.of(tok) if keys.is_person(k)]
    if not people or (tok.head.i != tok.i and people[0] in table.of(tok.head) and tok.head.pos_ == "PROPN"):
        return None
    return people[0]


def _role_heads(table: ActorTable, name: Token, *, predicates: bool = True) -> list[tuple[Token, Title]]:
    """Role nouns said of a name: its appositives ("Jane Doe, an attorney ...", "the attorney, Jane Doe")
    and conjuncts of them ("a farmer and treasurer of ..."), and (with ``predicates``) its predicate ("is
    a correspondent", "was named publisher", "serves as adviser")."""
    heads: list[Token] = []
    role_verbs = table.lex.words("role_verb")
    if predicates and name.dep_ == "compound" and name.head.i > name.i and name.head.dep_ == "dobj" \
            and lemma_of(name.head.head).lower() in role_verbs:
        heads.append(name.head)  # "named Ana Ruiz publisher of ...", parsed as one noun phrase
    if name.dep_ == "appos" and next(c for c in name.head.children if c.dep_ == "appos") == name:
        heads.append(name.head)  # "the minister, Ana Ruiz, and ..., Li Wei": the role is the first name's
        prep = name.head.head
        if name.head.dep_ == "pobj" and prep.lower_ in ROLE_PREPOSITIONS and prep.head.pos_ == "NOUN":
            heads.append(prep.head)  # "the chairman of the Acme Front, Ana Ruiz": hung on the organization
    heads.extend(c for c in name.children if c.dep_ == "appos")
    fronted = _fronted_description(name)
    if fronted is not None:
        heads.append(fronted)
    verb = _clause_verb(name)
    # "Ana Ruiz left Peru and is now a researcher at ...": verbs joined to the name's own, with no subject of
    # their own, say what the name is too
    verbs = [verb, *_shared_subject_verbs(verb)] if verb is not None else \
        [name.head] if name.dep_ == "dobj" else []  # "named Ana Ruiz publisher of"
    for verb in (v for v in verbs if lemma_of(v).lower() in role_verbs) if predicates else ():
        clauses = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c).lower() in role_verbs]
        for c in (c for clause in clauses for c in clause.children):  # "elected Ana Ruiz to be chairman of"
            if c.dep_ in PREDICATE_DEPS or (c.dep_ == "dobj" and name.dep_ == "dobj" and c.i > name.i):
                heads.append(c)  # "appointed Ana Ruiz the new chief of ...", parsed as two objects
            elif c.dep_ in PREP_DEPS and c.lower_ == ROLE_AS:
                heads.extend(g for g in c.children if g.dep_ == "pobj")
    # "a farmer and treasurer of ...": a description goes on through its conjuncts (a name does not), also
    # where the parser joined them to the object of its phrase ("professor at Acme College and president of ...")
    heads.extend(conj for h in list(heads) if h.pos_ == "NOUN" for conj in h.conjuncts if conj.i > h.i)
    heads.extend(conj for h in list(heads) if h.pos_ == "NOUN" for prep in h.children
                 if prep.dep_ in PREP_DEPS and prep.lower_ in ROLE_PREPOSITIONS
                 for obj in prep.children if obj.dep_ == "pobj"
                 for conj in obj.conjuncts if conj.i > obj.i and conj.pos_ == "NOUN")
    out = []
    for head in heads:
        title = _role_title(table, head)
        if title is not None:
            out.append((head, title))
    return out


def _shared_subject_verbs(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` by "and" that have no subject of their own ("left Peru and is now ...")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS
            and not any(g.dep_ in NOMINAL_SUBJECT_DEPS for g in c.children)]


def _fronted_description(name: Token) -> Token | None:
    """"A former Acme engineer, Dalton designed the bridge": a noun phrase that opens the sentence and ends
    in a comma just before its subject name describes that name, however the parser hung it (a second
    subject, a modifier, a clause of the verb, or the root with the verb as its clause)."""
    start, doc = name.left_edge.i, name.doc
    if name.dep_ not in NOMINAL_SUBJECT_DEPS or start - 1 <= sentence_start(doc, name.i) or doc[start - 1].text != ",":
        return None
    phrase = doc[sentence_start(doc, name.i):start - 1]
    head = phrase.root
    whole = all(t.head.i in range(phrase.start, phrase.end) for t in phrase if t != head)
    return head if whole and head.pos_ == "NOUN" else None


def described_by_role(table: ActorTable, name: Token) -> bool:
    """Whether a name has a role noun in apposition: "Harlow, a professor at ...", "the attorney, Ana Ruiz".

    Parameters
    ----------
    table
        The actor table (its lexicon's titles).
    name
        The head word of a name.

    Returns
    -------
    bool
        True when an appositive of the name (or the noun it is in apposition to) is a common noun with an
        office, role or one-person group title.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Harlow, an attorney for the firm, objected.")
    >>> described_by_role(ActorTable(doc), doc[0]), described_by_role(ActorTable(doc), doc[3])
    (True, False)
    """
    return any(head.pos_ == "NOUN" for head, _ in _role_heads(table, name, predicates=False))


def _role_title(table: ActorTable, head: Token) -> Title | None:
    """The office, role or group title a noun heads ("chief executive", "spokeswoman", "researchers",
    "official"), or None; a plural is read by its lemma, a group noun only when singular ("an official")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    found = title_at(table.lex, table.doc, head.i + 1, max(sentence_start(table.doc, head.i), head.i - 3))
    title = found[1] if found is not None else table.lex.title(lemma_of(head))
    if title is None or title.kind not in HELD_KINDS:
        return None
    return title if title.kind != "group" or _is_job(title, head) else None


def _is_job(title: Title, head: Token) -> bool:
    """A title a person holds at an organization: a role ("attorney"), or a group noun for one person
    ("official", "diplomat") in the singular."""
    return title.kind == "role" or (title.kind == "group" and head.tag_ == "NN")


def _held_at(title: Title, group: str) -> bool:
    """Whether a title ties its holder to ``group``: a job (kind ``role``) only to an organization."""
    return title.kind != "role" or not keys.is_state(group)


def _role_group(table: ActorTable, head: Token, title: Title) -> str | None:
    """Where a role noun is held: its owner ("an Acme engineer", "Acme's lawyer") or the state or
    organization of its of/for/at/with/from phrase, through one more phrase ("head of cargo checks
    for the Acme Authority") or a modifier after it ("a militant active with ...")."""
    owner = owner_of(table, head) or _definite_owner(table, head) or _modifier_org(table, head) or next(
        (k for c in head.children if c.dep_ == "appos" for k in table.of(c) if keys.is_org(k)), None) or next(
        (k for c in head.children if c.dep_ == "compound" and c.i == head.i - 1 and c.is_upper
         for k in [_acronym_org(table, c.i + 1, max(sentence_start(table.doc, head.i), c.i - 3))] if k), None)  # "a ZBX broker"
    if owner is not None and _held_at(title, owner) and keys.is_state(owner):
        return owner
    # "a Labour member of the Acme Council": the phrase says where the role is, before a party modifier
    complement = _role_complement(table, head, title, clients=owner is None)
    return complement if complement is not None or owner is None or not _held_at(title, owner) else owner


def _role_complement(table: ActorTable, head: Token, title: Title, *, clients: bool = True) -> str | None:
    """The state or organization of a role noun's phrase ("of", "for", "at", "with", "from"; "in" an
    organization), through one more phrase, a modifier after it or (with ``clients``) a participle
    ("representing Acme"): a role its owner names ("a Reuters reporter now advising Acme") stays there."""
    carriers = [head] + [c for c in head.children if c.dep_ in POSTMODIFIER_DEPS and c.i > head.i]
    if head.dep_ == "conj":
        carriers.append(head.head)  # "a farmer and treasurer of Acme": the phrase hangs on "farmer"
    for carrier in carriers:
        for prep in carrier.children:
            if prep.dep_ in PREP_DEPS and prep.lower_ in ROLE_PREPOSITIONS | {INSIDE_PREPOSITION}:
                group = _actor_in_phrase(table, prep, 2)
                if group is not None and _held_at(title, group) \
                        and (prep.lower_ != INSIDE_PREPOSITION or keys.is_org(group)):  # "an activist in the party"
                    return group
        if clients and carrier.dep_ == "acl" and lemma_of(carrier).lower() in table.lex.words("client_verb"):
            client = next((k for c in carrier.children if c.dep_ == "dobj" for k in table.of(c) if keys.is_org(k)),
                          None)
            if client is not None:  # "the attorney representing Acme"
                return client
    return None


def _actor_in_phrase(table: ActorTable, prep: Token, depth: int) -> str | None:
    """The state or organization a prepositional phrase names: its object, a name in apposition to it
    ("the strongest party, the Green Party"), "the agency" the article named, or (``depth`` > 1) a
    phrase of its object ("of cargo checks for the agency")."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        key = table.state_or_org(obj) or _definite_org(table, obj)
        owner = owner_of(table, obj)  # "the Acme Institute's physics department"
        if key is None and owner is not None and keys.is_org(owner):
            key = owner
        # "the strongest party, the Acme Party", "the smaller Acme company"
        for tok in (c for c in obj.children if c.dep_ in NAMING_DEPS) if key is None else ():
            key = table.state_or_org(tok) or _definite_org(table, tok)
            if key is not None:
                break
        if key is None or keys.is_state(key):
            # "Algeria's Acme (Challenge) political party": the party named deeper in the words before the noun,
            # rather than the state its owner names
            key = next((k for c in obj.lefts if c.dep_ in NAMING_DEPS for t in c.subtree for k in table.of(t)
                        if keys.is_org(k)), key)
        for tok in (obj, *(c for c in obj.children if c.dep_ in NAMING_DEPS)) if key is None else ():
            if tok.is_upper and tok.is_alpha and len(tok) > 1:  # "leader of the AUP", an acronym no pass typed
                key = _acronym_org(table, tok.i + 1, max(sentence_start(table.doc, tok.i), tok.i - 3))
                if key is not None:
                    break
        if key is not None:
            return key
        if depth > 1:
            for inner in obj.children:
                if inner.dep_ in PREP_DEPS and inner.lower_ in ROLE_PREPOSITIONS:
                    key = _actor_in_phrase(table, inner, depth - 1)
                    if key is not None:
                        return key
    return None


def _name_complement(table: ActorTable, name: Token, person: str) -> str | None:
    """"Jane Doe of the Acme Society", "Jane Doe at the Acme Institute": the organization of a phrase on
    the name itself; a state only for a person with an office ("President Ana Ruiz of Peru")."""
    for prep in name.children:
        if prep.dep_ in PREP_DEPS and prep.lower_ in NAME_PREPOSITIONS:
            group = _actor_in_phrase(table, prep, 1)
            if group is None:
                continue
            if table.offices.get(person) or (keys.is_org(group) and _named_as_organization(table, prep, group)):
                return group
    return None


def _named_as_organization(table: ActorTable, prep: Token, group: str) -> bool:
    """Whether "of X" names an organization rather than where someone lives ("Ana Ruiz, 30, of Oakdale"):
    "the X", a name with an organization word ("Acme Institute"), an acronym, or a known organization."""
    label = table.label(group)
    return any(c.dep_ == "det" for obj in prep.children for c in obj.children) \
        or not table.lex.words("org_head_word").isdisjoint(label.lower().split()) \
        or (label.isupper() and len(label) > 1) or table.gaz.organization(label) is not None


def _office_bodies(table: ActorTable, name: Token, person: str) -> list[tuple[str, str]]:
    """"Senator Ana Ruiz told the Senate ...": (office, body) for each office of the person held in a body
    (``office_body``) that the sentence of the name names."""
    out = []
    for role in table.roles(person):
        words = table.lex.word_value("office_body", role.lower())
        if not words:
            continue
        wanted = set(words.split("|"))
        bodies = [k for i in range(name.sent.start, name.sent.end) for k in table.of_index(i)
                  if keys.is_org(k) and wanted & set(table.label(k).lower().split())]
        if bodies:
            out.append((role, bodies[0]))
    return out


def _described_at(table: ActorTable, name: Token, titled: set[int]) -> list[tuple[Token, str]]:
    """"Chris Hale, shearer for the Acme Wizards": a noun of no title in apposition to a name, with a
    for/at/with phrase naming an organization, is a job there."""
    heads = [c for c in name.children if c.dep_ == "appos"]
    out = []
    for head in heads:
        if head.i in titled or head.pos_ != "NOUN" or head.tag_ != "NN" \
                or lemma_of(head).lower() in table.lex.words("non_job_noun"):
            continue
        for prep in head.children:
            if prep.dep_ in PREP_DEPS and prep.lower_ in JOB_PREPOSITIONS:
                group = _actor_in_phrase(table, prep, 1)
                if group is not None and keys.is_org(group):
                    out.append((head, group))
                    break
    return out


def _placed(table: ActorTable, person: str) -> bool:
    """Whether the text already ties the person to a state or organization."""
    return any(a.member == person and keys.is_state_or_org(a.group) for a in table.affiliations)


def _speaking_for(table: ActorTable, name: Token) -> str | None:
    """"Acme will cut jobs, said Ana Ruiz, a company spokeswoman": an official who says something about an
    organization, the subject of what is said, speaks for it."""
    verb = name.head
    if name.dep_ != "nsubj" or table.lex.classify(lemma_of(verb).lower())[0] != "communicate":
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            for subject in clause.children:
                if subject.dep_ in NOMINAL_SUBJECT_DEPS:
                    return next((k for k in table.of(subject) if keys.is_org(k)), None)
    return None


def _led_by(table: ActorTable, name: Token) -> tuple[str, str] | None:
    """"the Acme Front, led by Ana Ruiz", "the council, represented by Ana Ruiz": the organization a
    participle of leadership (``leadership_verb``) hangs on, and the role it gives."""
    by, verb = name.head, name.head.head
    if name.dep_ != "pobj" or by.dep_ != "agent" or verb.dep_ != "acl":
        return None
    role = table.lex.word_value("leadership_verb", lemma_of(verb).lower())
    group = next((k for k in table.of(verb.head) if keys.is_state_or_org(k)), None)
    return (group, role) if role and group is not None else None


def _employer(table: ActorTable, name: Token) -> str | None:
    """"Acme hired Ana Ruiz", "Acme named Ana Ruiz publisher", "Ana Ruiz was appointed by Acme": the
    organization that hires or appoints (``employer_verb``) the person."""
    noun = name.head if name.dep_ == "compound" and name.head.i > name.i else name
    if noun.dep_ not in ("dobj", "nsubjpass") or lemma_of(noun.head).lower() not in table.lex.words("employer_verb"):
        return None
    verb = noun.head
    hirers = [c for c in verb.children if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return next((k for h in hirers for k in table.of(h) if keys.is_org(k)), None)


def _clause_verb(name: Token) -> Token | None:
    """The verb a name is the subject of, directly, through the relative clause on it ("Jane Doe, who
    works for ..."), or of the participle on it ("Jane Doe, named chair of ...")."""
    if name.dep_ in NOMINAL_SUBJECT_DEPS:
        return name.head
    for clause in name.children:
        if clause.dep_ in CLAUSE_ATTACHMENT_DEPS and any(
                c.dep_ in NOMINAL_SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in clause.children):
            return clause
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            return clause  # "Ana Ruiz, considered to be a leader of ...", "Ana Ruiz, named chair of ..."
    return None


def _modifier_org(table: ActorTable, head: Token) -> str | None:
    """An organization modifying a role noun's modifier: "an Acme sales manager"."""
    for child in head.children:
        if child.dep_ in ("compound", "nmod") and child.i < head.i:
            for grand in child.children:
                if grand.dep_ in ("compound", "nmod") and grand.i < child.i:
                    key = table.state_or_org(grand)
                    if key is not None and keys.is_org(key):
                        return key
    return None


def _definite_owner(table: ActorTable, head: Token) -> str | None:
    """"the agency's spokeswoman": an organization named by a definite noun that owns the role noun."""
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i:
            return _definite_org(table, child)
    return None


def _definite_org(table: ActorTable, tok: Token) -> str | None:
    """"the agency", "the council", "the party": the organization named most recently (within
    :data:`DEFINITE_ORG_REACH` sentences) whose name has that word, for a definite common noun of an
    organization word (``org_head_word``, ``org_kind_noun``, ``org_anaphor``); for a kind of organization
    ("the newspaper", "the company") the organization named last when no name has the word."""
    lemma = lemma_of(tok).lower()
    lex = table.lex
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or not _org_word(table, tok):
        return None
    lo = sentence_start(table.doc, tok.i)  # tok.sent.start, and the sentences before, without making Spans
    for _ in range(DEFINITE_ORG_REACH - 1):
        if lo > 0:
            lo = sentence_start(table.doc, lo - 1)
    recent = [k for i in range(tok.i - 1, lo - 1, -1) for k in table.of_index(i) if keys.is_org(k)]
    named = next((k for k in recent if lemma in table.label(k).lower().split()), None)
    if named is None and lemma in lex.words("org_kind_noun") and recent:
        return recent[0]  # "the newspaper": the organization named last
    return named


def membership_affiliations(table: ActorTable) -> None:
    """Pass: states and organizations said to be members of an organization.

    * a verb of membership (``membership_verb``): "the coalition includes France and Jordan", "NATO
      members include Turkey", "the bloc, which comprises Chile and Peru", "the front, made up of the
      Acme Party and the Unity Party";
    * a noun of membership (``member_noun``) with "of" an organization: "Turkey, a member of NATO",
      "Turkey is a member of NATO", "the UK, as part of the coalition, sent ships".

    The affiliation's role is ``member``. A capitalised organization word the tagger missed as the group
    ("Coalition nations include ...") is registered as an organization.

    Parameters
    ----------
    table
        The actor table after the references are resolved ("which", "it").

    Examples
    --------
    >>> from graphkit.actors import find_actors
    >>> from graphkit.nlp import load_pipeline
    >>> found = find_actors(load_pipeline()("NATO members include Norway and Turkey."))
    >>> sorted((a.member, a.group, a.role) for a in found.affiliations)
    [('state:NOR', 'org:nato', 'member'), ('state:TUR', 'org:nato', 'member')]
    """
    lex = table.lex
    verbs, nouns = lex.words("membership_verb"), lex.words("member_noun")
    heads = {v.split()[0] for v in verbs}  # "make" of "make up": look for a particle only after these
    for i, lemma in enumerate(lower_lemmas(table.doc)):
        if lemma not in heads and lemma not in nouns:
            continue  # most tokens: spare making their Token objects
        tok = table.doc[i]
        if tok.pos_ in VERB_POS and lemma in heads:
            particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
            phrasal = f"{lemma} {particle}" if particle else lemma
            if phrasal in verbs:
                _members_by_verb(table, tok, lex.word_value("membership_verb", phrasal))
        elif tok.pos_ == "NOUN" and lemma in nouns:
            _member_by_noun(table, tok)


def _members_by_verb(table: ActorTable, verb: Token, prepositions: str) -> None:
    """"the coalition includes France and Jordan": each object a member of the subject's organization."""
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        subject = verb.head if verb.dep_ in ("relcl", "acl") else subject
    group = _organization_of(table, subject) if subject is not None else None
    if group is None:
        return
    wanted = set(prepositions.split("|")) if prepositions else set()
    heads = [c for c in verb.children if c.dep_ == "dobj"] if not wanted else [
        o for p in verb.children if p.dep_ in PREP_DEPS and p.lower_ in wanted for o in p.children if o.dep_ == "pobj"]
    for head in heads:
        for member in (head, *head.conjuncts):
            # "its Arab component, the Acme Coalition": the name in apposition
            for tok in (member, *(c for c in member.children if c.dep_ == "appos")):
                for key in table.of(tok):
                    if key != group and (keys.is_state_or_org(key) or keys.is_person(key)):
                        table.affiliate(key, group, "member", tok)


def _member_by_noun(table: ActorTable, noun: Token) -> None:
    """"Turkey, a member of NATO", "the UK, as part of the coalition": what the noun is said of is a member;
    "NATO allies such as Turkey", "our Coalition partners, especially the Turks": the examples are."""
    if noun.tag_ in PLURAL_TAGS:
        group = _organization_of(table, noun)
        examples = [o for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in EXAMPLE_PREPOSITIONS
                    for o in c.children if o.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "appos"]
        for tok in (m for e in examples for m in (e, *e.conjuncts)) if group is not None else ():
            for key in table.of(tok):
                if key != group and keys.is_state_or_org(key):
                    table.affiliate(key, group, "member", tok)
        return
    group = next((_organization_of(table, o) for p in noun.children if p.dep_ in PREP_DEPS and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None) or _owning_org(table, noun)
    if group is None:
        return
    if noun.dep_ == "appos":
        said_of = noun.head
    elif noun.dep_ in PREDICATE_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == ROLE_AS):
        verb = noun.head if noun.dep_ in PREDICATE_DEPS else noun.head.head
        while verb.dep_ in ("xcomp", "conj", "advcl") \
                and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        said_of = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if said_of is None and verb.pos_ == "NOUN":
            said_of = verb  # "the UK, as part of the coalition": the phrase hangs on the noun
    else:
        return
    if said_of is not None and not table.of(said_of):  # "the northern half of Malta is an EU member"
        said_of = next((o for p in said_of.children if p.dep_ in PREP_DEPS and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), said_of)
    for key in table.of(said_of) if said_of is not None else ():
        if key != group and keys.is_state_or_org(key):
            table.affiliate(key, group, "member", noun)


def _owning_org(table: ActorTable, noun: Token) -> str | None:
    """An organization modifying a noun ("an EU member", "a NATO ally")."""
    key = owner_of(table, noun)
    return key if key is not None and keys.is_org(key) else None


def _organization_of(table: ActorTable, tok: Token) -> str | None:
    """The organization a noun names, or that modifies a noun for its members ("NATO members", "Coalition
    nations"); a capitalised organization word the tagger missed there is registered as one."""
    key = table.state_or_org(tok) or _definite_org(table, tok)
    if key is not None:
        return key if keys.is_org(key) else None
    if lemma_of(tok).lower() not in table.lex.words("member_noun"):
        return None
    for child in tok.children:
        if child.dep_ in OWNER_DEPS and child.i < tok.i:
            key = table.state_or_org(child)
            if key is not None:
                return key if keys.is_org(key) else None
            if child.text[:1].isupper() and lemma_of(child).lower() in table.lex.words("org_head_word") \
                    and not child.ent_type_ and child.i not in table.consumed:
                return _register_org(table, table.doc[child.i:child.i + 1])
    return None
