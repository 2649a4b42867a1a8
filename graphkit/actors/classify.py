"""Typing spans: what each name is (a state, an institution, an organization, a place) and which actor.

Passes of :func:`graphkit.actors.find_actors`, after
:mod:`~graphkit.actors.mentions`:

* :func:`type_spans` types each non-PERSON entity by what it is, not by the
  model's label alone: an international organization under any of its names
  ("WTO", "World Trade Organization"), a state institution (also with its
  state in front: "German Bundestag"), a state form (name, demonym,
  capital), an organization of its state, a name also seen as a PERSON a
  person; an acronym in brackets after a name ("Movement for Democratic
  Change (MDC)") is that name;
* :func:`merge_name_variants`: a short name of an organization joins its
  longer name ("Treasury" / "National Treasury");
* :func:`scan_gazetteer`: state and organization names the model missed.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lemmas import lemma_of
from ..lexicon import Lexicon
from ..names import clean
from ..states import StateForm
from ..syntax import (JOINERS, PROPER_TAGS, coarse_tags, dep_labels, doc_text, entity_bounds, entity_types,
                      head_indices, lower_forms, token_offsets, words_text)
from . import keys
from .lookup import (capitalised_tokens, city_office_place, name_text, office_at, owner_of, span_text, state_forms, state_prefix, title_at,
                     title_between)
from .mentions import acronym_letters, conjoined_with, is_junk_org, span_label
from .orgwords import OrgWords, load_org_words
from .records import LOCATION, ORGANIZATION, STATE
from .table import ActorTable

__all__ = ["add_organization", "add_party", "add_state", "merge_name_variants", "names_no_state", "names_party", "register_state", "scan_gazetteer",
           "type_spans"]


def type_spans(table: ActorTable) -> None:
    """Pass: type every non-PERSON candidate span, or hand it to the people when it is a name the article
    gives a person ("Kast" tagged ORG; "Scholz" in "Macron and Scholz" tagged GPE).

    Parameters
    ----------
    table
        The actor table, after :func:`~graphkit.actors.mentions.find_candidates`;
        this pass registers the actors and mentions of ``table.candidates.others``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors.mentions import find_candidates
    >>> table = ActorTable(load_pipeline()("Kenyan officials met the World Trade Organization in Nairobi."))
    >>> find_candidates(table); type_spans(table)
    >>> [(m.text, m.actor, m.kind) for m in table.finish().mentions]  # doctest: +NORMALIZE_WHITESPACE
    [('Kenyan', 'state:KEN', 'demonym'), ('World Trade Organization', 'org:world trade organization', 'name'),
     ('Nairobi', 'state:KEN', 'capital')]
    """
    gaz, found = table.gaz, table.candidates
    person_tokens = {i for span in found.people for i in range(span.start, span.end)}
    org_texts = frozenset(name_text(s) for s in found.others if span_label(s) == "ORG")
    deferred: list[Span] = []
    for span in found.others:
        span = _without_title_before_name(table, span)
        text = name_text(span)
        if text.lower() in table.person_aliases or (
                not state_forms(gaz, text) and gaz.institution(text) is None and gaz.organization(text) is None
                and (text.lower() in found.known_names or conjoined_with(span, person_tokens))):
            found.people.append(span)
            continue
        if text in found.weapons:
            continue  # "Leopard tanks": a weapon, not an actor
        if text in found.acronyms and found.acronyms[text].start != span.start:
            deferred.append(span)  # "MDC": typed as the name it abbreviates, once that is typed
            continue
        key = _add_other(table, span, text, org_texts)
        if key is not None:
            table.span_keys[(span.start, span.end)] = key
    _add_acronyms(table, deferred, found.acronyms)


def _without_title_before_name(table: ActorTable, span: Span) -> Span:
    """An organization tagged with the title of the person named next ("[FAA Administrator] Ana Ruiz"): the
    organization's words alone, the title left to the person."""
    doc = span.doc
    if span.end >= len(doc) or entity_types(doc)[span.end] != "PERSON":
        return span
    for size in (3, 2, 1):
        if size < len(span):
            title = title_between(table.lex, doc, span.end - size, span.end)
            if title is not None and title.kind in ("office", "role"):
                return span[:-size]
    return span


def _add_other(table: ActorTable, span: Span, text: str, org_texts: frozenset[str] = frozenset()) -> str | None:
    """Type a non-PERSON entity; return the actor it names (None: no actor). ``org_texts``: the names the
    article's candidates type as organizations."""
    label = span_label(span)
    words = load_org_words()
    longer = _name_cut_before_its_head(table, span)
    if longer is not None:
        span, text = longer, f"{text} {longer[-1].text.capitalize()}"
    key = _expanded_organization(table, span)
    if key is not None:
        return key
    org = table.gaz.organization(text)
    if org is not None:
        return _add_known_org(table, span, org.label)
    key = _add_institution(table, span, text)
    if key is not None:
        return key
    if _is_body_name(table, span):
        return None  # "Interior Ministry", "Chilean Army": _add_bodies names them with their state
    if label == "ORG" and (_inside_title(table, span) or _qualifies_office(table, span)):
        return None  # "Defense" of "Secretary of Defense", "Polish Digital Affairs" of "... Minister"
    key = _government_of_state(table, span, words)
    if key is not None or _is_lone_government_word(span, words):
        table.consumed.update(range(span.start, span.end))
        return key  # "the Peru Government" is the state; a lone "State" no node
    forms = state_forms(table.gaz, text) or _compass_state(table, span, text)
    if forms and all(f.kind == "capital" for f in forms) and city_office_place(table.lex, span):
        forms = []  # "the Mayor of London": the city, not the state; typed as a place below
        label = "GPE"
    if forms:
        table.consumed.update(range(span.start, span.end))
        if names_no_state(table, span, words):
            return None  # "Canadian dollars", "Turkish" of "Turkish Cypriot"
        added = [add_state(table, form, span) for form in forms]
        return added[-1]
    # a party's full form the model took for a place ("New Labour" tagged like "New York") is the party too
    party = words.party(text) if label in ("ORG", "NORP", "GPE", "LOC") else None
    if party is not None and not names_party(table, span, words):
        return None  # "Democratic Gov. Ana Ruiz": the office is her state's, and the word no party of its own
    if party is not None:
        before = span.start - 1
        if before >= 0 and before not in table.consumed and words.party(f"{table.doc[before].text} {text}"):
            span = table.doc[before:span.end]  # "Liberal" + "Democrat"
        return add_party(table, span, words.party(span_text(span)) or party)
    if label == "NORP":
        return None  # a nationality or group with no state of its own makes no node
    if label in ("ORG", "FAC"):
        title = table.lex.title(text)
        if is_junk_org(span) or (title is not None and title.kind != "group") \
                or all(words.member_role(t.text) is not None for t in span):
            return None  # a bare office ("Secretary-General"), member ("MEP") or a common noun is no organization
        key = _named_within(table, span, words, org_texts)
        return key if key is not None else _add_plain_org(table, span, text)
    if label in ("GPE", "LOC") and (any(c.isdigit() for c in text) or _named_as_organization(span, table.lex)
                                    or not table.lex.words("org_head_word").isdisjoint(text.lower().split()[1:])):
        return _add_plain_org(table, span, text)  # "G20"; "the news agency Bernama"; "the Lakeside City Council"
    if label in ("GPE", "LOC"):
        if not text[:1].isupper() or span[-1].pos_ == "ADJ" or span[-1].tag_ == "JJ":
            return None  # "Southeast Asian politics": an adjective of a region is no actor
        key = table.actor(keys.location_key(text), text, LOCATION)
        table.mention(key, span, "name")
        table.consumed.update(range(span.start, span.end))
        return key
    return None


def add_organization(table: ActorTable, span: Span) -> str | None:
    """Type words the model did not tag that name an organization, as an ORG entity would be typed.

    Parameters
    ----------
    table
        The actor table after :func:`type_spans`.
    span
        The words ("Q-Telco", "Freedom Party").

    Returns
    -------
    str or None
        The organization (a party under its canonical name, a known one under its label); None when the
        words make no organization (a bare title, a heading).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("Talks with Norvik Holdings and the Labour Party"))
    >>> add_organization(table, table.doc[2:4]), add_organization(table, table.doc[6:8])
    ('org:norvik holdings', 'org:labour party')
    """
    return _add_other(table, Span(span.doc, span.start, span.end, label="ORG"), name_text(span))


def _add_plain_org(table: ActorTable, span: Span, text: str) -> str:
    """An organization named by the article's own words ("Le Monde", "Kenyan Treasury"), with its state; a
    party is no member of its state."""
    key = table.actor(keys.org_key(text), text, ORGANIZATION)
    size, _ = _name_state_prefix(table, span)
    table.bare_names[key] = name_text(span[size:]) if size else text
    table.plain_orgs.add(key)
    state = _org_state(table, span)
    if state is not None and text.split()[-1].lower() != "party":
        table.affiliate(key, state, "member", span[0])
    table.mention(key, span, "name")
    table.consumed.update(range(span.start, span.end))
    return key


def _add_known_org(table: ActorTable, span: Span, label: str) -> str:
    """An organization of the gazetteer, named by ``span``."""
    key = table.actor(keys.org_key(label), label, ORGANIZATION)
    table.bare_names[key] = label
    table.mention(key, span, "name")
    table.consumed.update(range(span.start, span.end))
    return key


def add_party(table: ActorTable, span: Span | Token, name: str) -> str:
    """A political party named by its family ("the Tories", "Labour"): one node under its canonical name.

    Parameters
    ----------
    table
        The actor table.
    span
        The words that name the party.
    name
        Its canonical name (:meth:`~graphkit.actors.orgwords.OrgWords.party`).

    Returns
    -------
    str
        The party's key; it is a plain organization (a longer name of the article may take it in).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("the Tories and Labour"))
    >>> add_party(table, table.doc[1:2], "Conservative Party"), add_party(table, table.doc[3:4], "Labour Party")
    ('org:conservative party', 'org:labour party')
    >>> sorted(table.finish().actors["org:conservative party"].aliases)
    ['Tories']
    """
    key = table.actor(keys.org_key(name), name, ORGANIZATION)
    table.bare_names[key] = name
    table.plain_orgs.add(key)
    table.mention(key, span, "name")
    first, last = (span.start, span.end) if isinstance(span, Span) else (span.i, span.i + 1)
    table.consumed.update(range(first, last))
    return key


def names_party(table: ActorTable, span: Span, words: OrgWords | None = None) -> bool:
    """Whether a party word names its party when names are typed: not before an office of a state
    ("Democratic Gov. Ana Ruiz", "Republican Sen. ..."), whose holder governs for the state, not the party;
    not yet before a person's name ("Democrat Ana Ruiz", read once the people are known, so that an office
    given to her elsewhere is not taken for a party office); before a party's own office ("Labour leader"), a
    member ("Tory MEP") or anything else it does.

    Parameters
    ----------
    table
        The actor table.
    span
        The party word(s).
    words
        The organization words (default: graphkit's own).

    Returns
    -------
    bool
        False before a state's office or a person's name, True otherwise.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("Democratic Gov. Ana Ruiz met Labour leader Tom Ives."))
    >>> names_party(table, table.doc[0:1]), names_party(table, table.doc[6:7])
    (False, True)
    """
    words = words or load_org_words()
    after = table.doc[span.end] if span.end < len(table.doc) else None
    if after is not None and after.ent_type_ == "PERSON" and words.member_role(after.text) is None \
            and title_between(table.lex, after.doc, after.i, after.i + 1) is None:
        return False  # "Democrat Ana Ruiz": read after the people (organizations.party_members)
    office = office_at(table.lex, table.doc, span.end)
    return office is None or words.party_office(office.role) or words.party_office(office.form)


def _name_state_prefix(table: ActorTable, span: Span) -> tuple[int, StateForm | None]:
    """The state named at the start of an organization's name ("Kenyan" of "Kenyan Treasury"); a capital
    starting a name ("London Club") is part of the name, not its owner."""
    size, form = state_prefix(table.gaz, span)
    return (0, None) if form is not None and form.kind == "capital" else (size, form)


def _name_cut_before_its_head(table: ActorTable, span: Span) -> Span | None:
    """The name the model cut before its head noun written in lower case: "the EU [parliament]", "the US State
    [department]", when with it the words name a known organization or institution."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    # the tests of the word after it and of its last word, read from the Doc's columns (spaCy's is_lower is
    # str.islower of the word)
    end, last = span.end, span.end - 1
    if coarse_tags(doc)[end] != "NOUN" or dep_labels(doc)[last] != "compound" \
            or head_indices(doc)[last] != end or not words_text(doc, end, end + 1).islower():
        return None
    head = doc[end]
    longer = Span(doc, span.start, span.end + 1, label=span_label(span))
    name = f"{name_text(span)} {head.text.capitalize()}"
    size, _ = state_prefix(table.gaz, longer)
    rest = " ".join(name.split()[size:]) if size else name
    known = table.gaz.organization(name) or table.gaz.institution(name) or table.gaz.institution(rest)
    parent = table.gaz.organization(span[0].text) if span[0].text.isupper() else None
    if known is None and parent is not None:
        tail = " ".join(name.split()[1:])
        words = parent.label.split()
        known = next((o for n in range(len(words), 0, -1)
                      if (o := table.gaz.organization(f"{' '.join(words[:n])} {tail}")) is not None), None)
    return longer if known is not None else None


def _expanded_organization(table: ActorTable, span: Span) -> str | None:
    """A known organization named as news writes it: with the acronym of its parent in front ("EU Parliament"
    is the "European Parliament", "UN Refugee Agency" the "United Nations Refugee Agency"), with its head in
    lower case or an adjective of the sentence before it ("Outgoing European parliament president ...")."""
    doc = span.doc
    for start in range(span.start, span.end - 1):
        if start > span.start and doc[start - 1].tag_ != "JJ":
            break  # only adjectives may be dropped: "Outgoing" of "Outgoing European parliament president"
        if start > span.start or any(t.is_lower for t in span[1:]):
            org = table.gaz.organization(" ".join(t.text[:1].upper() + t.text[1:] for t in doc[start:span.end]))
            if org is not None:
                return _add_known_org(table, doc[start:span.end], org.label)
    if len(span) < 2 or not span[0].text.isupper():
        return None
    parent = table.gaz.organization(span[0].text)
    if parent is None:
        return None
    rest = " ".join(t.text[:1].upper() + t.text[1:] for t in span[1:])
    parent_words = parent.label.split()
    for size in range(len(parent_words), 0, -1):
        org = table.gaz.organization(f"{' '.join(parent_words[:size])} {rest}")
        if org is not None:
            return _add_known_org(table, span, org.label)
    return None


def _government_of_state(table: ActorTable, span: Span, words: OrgWords) -> str | None:
    """"the Peru Government", "the Freedonian State", "Ruritanian authorities" tagged as one name: the state."""
    if len(span) < 2 or span[-1].lower_ not in words.words("government_word"):
        return None
    forms = state_forms(table.gaz, span_text(span[:-1]))
    if len(forms) != 1 or not forms[0].state.sovereign:
        return None
    key = register_state(table, forms[0])
    table.mention(key, span, "group")
    return key


def _is_lone_government_word(span: Span, words: OrgWords) -> bool:
    """"State" in "a State loan", "the Cabinet": a capitalised common word, no name."""
    return len(span) == 1 and lower_forms(span.doc)[span.start] in words.words("government_word")


def names_no_state(table: ActorTable, span: Span | Token, words: OrgWords | None = None) -> bool:
    """A state form that names no actor here: a currency's state ("US dollars") or an ethnic qualifier of
    another state's people ("Turkish" of "the Turkish Cypriot leader").

    Parameters
    ----------
    table
        The actor table.
    span
        The words of the state form.
    words
        The organization words (currency nouns; default: graphkit's own).

    Returns
    -------
    bool
        True when the words should be consumed without a mention of the state.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> table = ActorTable(load_pipeline()("The Turkish Cypriot leader paid 5m Canadian dollars."))
    >>> [names_no_state(table, table.doc[i:i + 1]) for i in (1, 2, 7)]
    [True, False, True]
    """
    words = words or load_org_words()
    doc = table.doc
    last = span[-1].i if isinstance(span, Span) else span.i
    # read from the Doc's columns and text (spaCy's is_alpha is str.isalpha of the word)
    head = head_indices(doc)[last]
    if dep_labels(doc)[last] in ("compound", "amod", "nmod") and head > last \
            and lower_forms(doc)[head] in words.words("currency_noun"):
        return True
    after = words_text(doc, last + 1, last + 2) if last + 1 < len(doc) else None
    if after is None or not after[:1].isupper() or not after.isalpha():
        return False
    mine = state_forms(table.gaz, words_text(doc, last, last + 1))
    theirs = state_forms(table.gaz, after)
    return len(mine) == 1 and len(theirs) == 1 and mine[0].kind == theirs[0].kind == "demonym" \
        and mine[0].state.iso3 != theirs[0].state.iso3


def _named_within(table: ActorTable, span: Span, words: OrgWords, org_texts: frozenset[str]) -> str | None:
    """An organization span that names a known organization with words around it:

    * a broadcaster's channel, station or service ("RTV News", "RTV Radio 2", "ABC One"): the broadcaster,
      when its name is an acronym or an organization of the article, and no state;
    * a member or office after the name ("Dravo MEP", "Norvik spokesman"): the organization;
    * a place before the name of an organization of the article ("Lisbon Dravo"): the organization.
    """
    doc = span.doc
    media = words.words("media_word")
    cut = len(span)
    while cut > 1 and (span[cut - 1].lower_ in media or span[cut - 1].like_num):
        cut -= 1
    if cut < len(span):
        base = name_text(span[:cut])
        if (base.isupper() and len(base) >= 2 or base in org_texts) and not state_forms(table.gaz, base) \
                and span[:cut][-1].lower_ not in media:
            org = table.gaz.organization(base)
            return _add_known_org(table, span, org.label) if org is not None else _add_plain_org(table, span, base)
    last = span[-1]
    if len(span) >= 2 and span[-2].text[:1].isupper() and span[-2].is_alpha \
            and (words.member_role(last.text) is not None or office_at(table.lex, doc, last.i) is not None):
        rest = Span(doc, span.start, span.end - 1, label="ORG")
        return _add_other(table, rest, name_text(rest), org_texts)
    for size in (1, 2):
        if size < len(span) and name_text(span[size:]) in org_texts \
                and state_forms(table.gaz, span_text(span[:size])):
            rest = Span(doc, span.start + size, span.end, label="ORG")
            table.consumed.update(range(span.start, span.start + size))
            return _add_other(table, rest, name_text(rest), org_texts)
    return None


def _add_institution(table: ActorTable, span: Span, text: str) -> str | None:
    """A known state institution, also named with its state in front ("German Bundestag"). Named with
    another state as owner ("Germany's Foreign Office") it is that state's own institution of that name."""
    inst, size, prefix = table.gaz.institution(text), 0, None
    if inst is None:
        size, prefix = state_prefix(table.gaz, span)
        if not size:
            return None  # no state in front: nothing left to look up (most names)
        words = text.split()
        rest = " ".join(words[size:]) if len(words) == len(span) else name_text(span[size:])
        inst = table.gaz.institution(rest)
    if inst is None:
        return None
    owner = register_state(table, prefix) if prefix is not None else _state_before(table, span)
    if owner is not None and owner != keys.state_key(inst.iso3):
        key = table.actor(keys.org_key(inst.label, keys.iso3(owner)), inst.label, ORGANIZATION)
        group: str | None = owner
    else:
        key = table.actor(keys.org_key(inst.label), inst.label, ORGANIZATION)
        state = table.gaz.state(inst.iso3)
        group = table.actor(keys.state_key(state.iso3), state.name, STATE, state.iso3) if state is not None else None
    table.bare_names[key] = inst.label
    table.mention(key, span, "institution")
    table.consumed.update(range(span.start, span.end))
    if group is not None:
        table.affiliate(key, group, "member", span[0])
    return key


def _state_before(table: ActorTable, span: Span) -> str | None:
    """A sovereign state named right before a span, as possessive or modifier ("Germany's [Foreign Office]")."""
    doc, end = span.doc, span.start
    if end > 0 and doc[end - 1].tag_ == "POS":
        end -= 1
    for size in (3, 2, 1):
        if end - size >= 0 and not any(t.is_punct and t.text != "." for t in doc[end - size:end]):
            forms = state_forms(table.gaz, span_text(doc[end - size:end]))
            if len(forms) == 1 and forms[0].state.sovereign:
                return register_state(table, forms[0])
    return None


def _is_body_name(table: ActorTable, span: Span) -> bool:
    """An ORG span that is a body of a state by its head noun ("Interior Ministry", "Chilean Army",
    "Constitutional Court"), not a proper name that merely ends in one ("Free Syrian Army")."""
    size, _ = state_prefix(table.gaz, span)
    start = span.start + size  # where the words after the state begin
    if start >= span.end:
        return False
    # the title first: most names end in none (a lookup once per Doc), and only a body's words are read one by one
    found = title_at(table.lex, span.doc, span.end, start)
    if found is None or found[1].kind != "body":
        return False
    return not any(state_forms(table.gaz, words_text(span.doc, i, i + 1)) for i in range(start, span.end))


def _inside_title(table: ActorTable, span: Span) -> bool:
    """An ORG span that is part of a longer title: "Defense" of "Secretary of Defense"."""
    doc = table.doc
    for start in range(max(span.start - 3, 0), span.start + 1):
        for end in range(span.end, min(span.end + 3, len(doc)) + 1):
            if (start, end) != (span.start, span.end):
                title = title_between(table.lex, doc, start, end)
                if title is not None and title.kind in ("office", "honorific"):
                    return True
    return False


def _qualifies_office(table: ActorTable, span: Span) -> bool:
    """An ORG span of qualifier words between a state and an office: "Polish Digital Affairs" of "Polish
    Digital Affairs Minister Krzysztof Gawkowski". The state in front is still read as a state."""
    size, prefix = state_prefix(table.gaz, span)
    rest = span[size:]
    if not len(rest) or office_at(table.lex, table.doc, span.end) is None or rest[-1].lower_ in table.lex.words("org_head_word"):
        return False
    if not all(t.text[:1].isupper() and t.tag_ in PROPER_TAGS or t.lower_ in JOINERS for t in rest if t.is_alpha) \
            or rest[0].lower_ in JOINERS:
        return False
    if prefix is not None:
        add_state(table, prefix, span[:size])
        table.consumed.update(range(span.start, span.start + size))
        return True
    return _state_before(table, span) is not None


def _compass_state(table: ActorTable, span: Span, text: str) -> list:
    """A compass word ("the South" in an article about South Africa): the one state of the article whose name
    starts with that word."""
    if text not in table.lex.words("compass_word") or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return []
    forms = {}
    for start, end, _ in entity_bounds(span.doc):
        for form in state_forms(table.gaz, clean(words_text(span.doc, start, end))):
            if form.state.sovereign and form.state.name.split()[0] == text and len(form.state.name.split()) > 1:
                forms.setdefault(form.state.iso3, form)
    if len(forms) != 1:
        return []
    form = next(iter(forms.values()))
    return [replace(form, kind="name")]


def _named_as_organization(span: Span, lex: Lexicon) -> bool:
    """A name headed by a kind of organization: "the national news agency Bernama", "broadcaster NHK"."""
    return any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and lemma_of(c).lower() in lex.words("org_kind_noun")
               for c in span.root.children)


def _org_state(table: ActorTable, span: Span) -> str | None:
    """The state an organization belongs to by its name or a modifier: "Kenyan Treasury",
    "Poland's Defense Ministry", "the Chilean military"."""
    size, form = _name_state_prefix(table, span)
    if form is not None:
        return register_state(table, form)
    owner = owner_of(table, span.root)
    return owner if owner and keys.is_state(owner) else None


def _add_acronyms(table: ActorTable, deferred: list[Span], acronyms: dict[str, Span]) -> None:
    """Acronyms defined in brackets ("(MDC)") are the name they abbreviate, tagged or not."""
    def key_of(acronym: str) -> str | None:
        full = acronyms[acronym]
        return table.span_keys.get((full.start, full.end))

    for span in deferred:
        text = name_text(span)
        key = key_of(text)
        if key is None:
            key = _add_other(table, span, text)
        else:
            table.mention(key, span, "name")
            table.consumed.update(range(span.start, span.end))
        if key is not None:
            table.span_keys[(span.start, span.end)] = key
    doc = table.doc
    text, (starts, ends) = doc_text(doc), token_offsets(doc)
    for i in range(len(doc)) if acronyms else ():
        word = text[starts[i]:ends[i]]  # the words told from the text: a Token object only for an acronym
        if word in acronyms and i not in table.consumed and not table.of_index(i):
            key = key_of(word)
            if key is not None:
                table.mention(key, doc[i], "name")
                table.consumed.add(i)


def merge_name_variants(table: ActorTable) -> None:
    """One organization named short and long in one article: "Kenyan Treasury" (its state prefix stripped:
    "Treasury") is the "National Treasury", a name that starts or ends with it, if only one does.

    Parameters
    ----------
    table
        The actor table after :func:`type_spans`; only organizations named by
        the article's own words (``table.plain_orgs``) are merged away.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("Treasury ... National Treasury"))
    >>> for name in ("Treasury", "National Treasury"):
    ...     table.plain_orgs.add(table.actor(keys.org_key(name), name, "organization"))
    >>> merge_name_variants(table)
    >>> table.keys_of_type("organization")
    ['org:national treasury']
    """
    _merge_acronyms(table)
    orgs = {k: table.bare_names.get(k, table.label(k)) for k in table.keys_of_type(ORGANIZATION)}
    for key in sorted(table.plain_orgs):
        name = orgs.get(key, "")
        if not name[:1].isupper() or name.isupper():
            continue  # acronyms are names of their own
        low, size, state = name.lower(), len(name.split()), table.state_of_org(key)
        longer = [k for k, n in orgs.items() if k != key and (state is None or table.state_of_org(k) in (None, state))
                  and any(len(m.split()) > size and (m.lower().startswith(low + " ") or m.lower().endswith(" " + low))
                          for m in (n, table.label(k)))]
        if len(longer) == 1:
            table.merge_into(key, longer[0])
            del orgs[key]


def _merge_acronyms(table: ActorTable) -> None:
    """An acronym the article uses for one of its long names without defining it: "BSRC" is the "Baltic
    Shipping and Rail Corporation" named elsewhere, "UKFP" the "UK Freedom Party" (letters: every capitalised
    word's initial, all the letters of a short word in capitals), when exactly one long name fits."""
    plain = [k for k in table.keys_of_type(ORGANIZATION) if k in table.plain_orgs]
    longs: dict[str, list[str]] = {}
    for key in plain:
        label = table.label(key)
        if len(label.split()) >= 2:
            for name in {label, table.bare_names.get(key, label)}:
                letters = acronym_letters(name.split())
                if len(letters) >= 2 and key not in longs.get(letters, []):
                    longs.setdefault(letters, []).append(key)
    for key in plain:
        label = table.label(key)
        if label.isupper() and label.isalpha() and len(longs.get(label, [])) == 1:
            table.merge_into(key, longs[label][0])


#: Entity labels of names the gazetteer scan leaves to the model.
_OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
#: Labels the small model at times gives a state's bare name ("occupies northern Cyprus" as a PRODUCT).
_MISLABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _state_mislabelled(table: ActorTable, tok: Token) -> bool:
    """Whether the entity ``tok`` is in is a state's name as a whole under a label no state has."""
    if tok.ent_type_ not in _MISLABELS:
        return False
    ent = next(((start, end) for start, end, _ in entity_bounds(tok.doc) if start <= tok.i < end), None)
    return ent is not None and any(f.kind == "name" for f in state_forms(table.gaz, words_text(tok.doc, *ent)))


def _party_to_named_act(table: ActorTable, tok: Token) -> bool:
    """A word joined by a hyphen to the next or last one before an event noun: inside the name of an event it
    names a party to it ("the Peru-Ecuador War", which the model tags an event or a facility)."""
    doc = tok.doc
    joined = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) \
        or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:  # "Peru" -> "Ecuador" -> "War"
        head = head.head
    return joined and head is not tok and table.lex.is_event_noun(lemma_of(head).lower())


def _misread_state(table: ActorTable, tok: Token) -> bool:
    """A state's name inside an entity the model gave another label: the whole entity ("occupies northern
    Cyprus" as a PRODUCT) or a side named in an event's name ("the Peru-Ecuador War" as an EVENT)."""
    return _state_mislabelled(table, tok) or (tok.ent_type_ in ("EVENT", "FAC", "WORK_OF_ART")
                                              and _party_to_named_act(table, tok))


def scan_gazetteer(table: ActorTable) -> None:
    """State and organization names the NER missed: single tokens, hyphenated pairs and names of up to 4 words.

    Parameters
    ----------
    table
        The actor table; tokens already consumed, or inside a PERSON, ORG or
        similar entity, are skipped. A single token must be tagged a proper
        noun, adjective or noun.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Talks", "in", "Nairobi", "with", "the", "United", "Kingdom", "and", "OPEC"],
    ...           pos=["NOUN", "ADP", "PROPN", "ADP", "DET", "PROPN", "PROPN", "CCONJ", "PROPN"])
    >>> table = ActorTable(doc)
    >>> scan_gazetteer(table)
    >>> [(m.text, m.actor) for m in table.finish().mentions]
    [('Nairobi', 'state:KEN'), ('United Kingdom', 'state:GBR'), ('OPEC', 'org:opec')]
    """
    doc = table.doc
    text, (starts, ends), labels, pos = doc_text(doc), token_offsets(doc), entity_types(doc), coarse_tags(doc)
    # only a capitalised word may start a name: most words are told from the text, without their Token objects
    capitalised = capitalised_tokens(doc)
    after = 0  # the words before this index are part of a name found
    for i in capitalised:
        if i < after or i in table.consumed:
            continue
        if (labels[i] in _OTHER_NAME_LABELS and not _misread_state(table, doc[i])) \
                or not table.gaz.may_start_name(text[starts[i]:ends[i]]):
            continue
        for size in (4, 3, 2, 1):
            if i + size > len(doc) or any(j in table.consumed for j in range(i, i + size)):
                continue
            words = words_text(doc, i, i + size)  # most tries name nothing: spare making their Spans
            forms = state_forms(table.gaz, words)
            org = table.gaz.organization(words) if size > 1 or pos[i] == "PROPN" else None
            if forms and (size > 1 or pos[i] in ("PROPN", "ADJ", "NOUN")):
                span = doc[i:i + size]
                for form in forms if not names_no_state(table, span) else ():
                    add_state(table, form, span)
            elif org is not None:
                key = table.actor(keys.org_key(org.label), org.label, ORGANIZATION)
                table.bare_names[key] = org.label
                table.mention(key, doc[i:i + size], "name")
            else:
                continue
            table.consumed.update(range(i, i + size))
            after = i + size
            break


def add_state(table: ActorTable, form: StateForm, span: Span | Token, *, counted: bool = True) -> str:
    """Register the state (or territory) of a state form and link a mention of it.

    Parameters
    ----------
    table
        The actor table.
    form
        The state form found (its ``kind`` becomes the mention's kind).
    span
        The words of the mention.
    counted
        False to link the words without recording a mention.

    Returns
    -------
    str
        The key: ``state:`` for a sovereign state, ``location:`` for a territory.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("Kenyans in Greenland"))
    >>> gaz = table.gaz
    >>> add_state(table, gaz.lookup("Kenyans"), table.doc[0]), add_state(table, gaz.lookup("Greenland"), table.doc[2])
    ('state:KEN', 'location:greenland')
    >>> [m.kind for m in table.finish().mentions]
    ['plural_demonym', 'name']
    """
    state = form.state
    if state.sovereign:
        key = table.actor(keys.state_key(state.iso3), state.name, STATE, state.iso3)
    else:
        key = table.actor(keys.location_key(state.name), state.name, LOCATION, state.iso3)
    table.mention(key, span, form.kind, counted=counted)
    return key


def register_state(table: ActorTable, form: StateForm) -> str:
    """Register a sovereign state (no mention) and return its key.

    Parameters
    ----------
    table
        The actor table.
    form
        A form of the state (its kind does not matter).

    Returns
    -------
    str
        The state's key.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> table = ActorTable(English()("German Bundestag"))
    >>> key = register_state(table, table.gaz.lookup("German"))
    >>> key, table.label(key), table.finish().mentions
    ('state:DEU', 'Germany', [])
    """
    return table.actor(keys.state_key(form.state.iso3), form.state.name, STATE, form.state.iso3)

