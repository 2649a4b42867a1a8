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

from ..lexicon import Lexicon
from ..names import clean
from ..states import StateForm
from ..syntax import JOINERS, PROPER_TAGS
from . import keys
from .lookup import office_at, owner_of, state_forms, state_prefix, title_at
from .mentions import conjoined_with, is_junk_org
from .records import LOCATION, ORGANIZATION, STATE
from .table import ActorTable

__all__ = ["add_state", "merge_name_variants", "register_state", "scan_gazetteer", "type_spans"]


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
    deferred: list[Span] = []
    for span in found.others:
        span = _without_title_before_name(table, span)
        text = clean(span.text)
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
        key = _add_other(table, span, text)
        if key is not None:
            table.span_keys[(span.start, span.end)] = key
    _add_acronyms(table, deferred, found.acronyms)


def _without_title_before_name(table: ActorTable, span: Span) -> Span:
    """An organization tagged with the title of the person named next ("[FAA Administrator] Ana Ruiz"): the
    organization's words alone, the title left to the person."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].ent_type_ != "PERSON":
        return span
    for size in (3, 2, 1):
        if size < len(span):
            title = table.lex.title(span[-size:].text)
            if title is not None and title.kind in ("office", "role"):
                return span[:-size]
    return span


def _add_other(table: ActorTable, span: Span, text: str) -> str | None:
    """Type a non-PERSON entity; return the actor it names (None: no actor)."""
    label = span.root.ent_type_ or span[0].ent_type_
    org = table.gaz.organization(text)
    if org is not None:
        key = table.actor(keys.org_key(org.label), org.label, ORGANIZATION)
        table.bare_names[key] = org.label
        table.mention(key, span, "name")
        table.consumed.update(range(span.start, span.end))
        return key
    key = _add_institution(table, span, text)
    if key is not None:
        return key
    if _is_body_name(table, span):
        return None  # "Interior Ministry", "Chilean Army": _add_bodies names them with their state
    if label == "ORG" and (_inside_title(table, span) or _qualifies_office(table, span)):
        return None  # "Defense" of "Secretary of Defense", "Polish Digital Affairs" of "... Minister"
    forms = state_forms(table.gaz, text) or _compass_state(table, span, text)
    if forms:
        added = [add_state(table, form, span) for form in forms]
        table.consumed.update(range(span.start, span.end))
        return added[-1]
    if label == "NORP":
        return None  # a nationality or group with no state of its own makes no node
    if label in ("ORG", "FAC"):
        title = table.lex.title(text)
        if is_junk_org(span) or (title is not None and title.kind != "group"):
            return None  # a bare office ("Secretary-General") or a common noun is no organization
        return _add_plain_org(table, span, text)
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


def _add_plain_org(table: ActorTable, span: Span, text: str) -> str:
    """An organization named by the article's own words ("Le Monde", "Kenyan Treasury"), with its state."""
    key = table.actor(keys.org_key(text), text, ORGANIZATION)
    size, _ = state_prefix(table.gaz, span)
    table.bare_names[key] = clean(span[size:].text) if size else text
    table.plain_orgs.add(key)
    state = _org_state(table, span)
    if state is not None:
        table.affiliate(key, state, "member", span[0])
    table.mention(key, span, "name")
    table.consumed.update(range(span.start, span.end))
    return key


def _add_institution(table: ActorTable, span: Span, text: str) -> str | None:
    """A known state institution, also named with its state in front ("German Bundestag"). Named with
    another state as owner ("Germany's Foreign Office") it is that state's own institution of that name."""
    inst, size, prefix = table.gaz.institution(text), 0, None
    if inst is None:
        size, prefix = state_prefix(table.gaz, span)
        inst = table.gaz.institution(clean(span[size:].text)) if size else None
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
            forms = state_forms(table.gaz, doc[end - size:end].text)
            if len(forms) == 1 and forms[0].state.sovereign:
                return register_state(table, forms[0])
    return None


def _is_body_name(table: ActorTable, span: Span) -> bool:
    """An ORG span that is a body of a state by its head noun ("Interior Ministry", "Chilean Army",
    "Constitutional Court"), not a proper name that merely ends in one ("Free Syrian Army")."""
    size, _ = state_prefix(table.gaz, span)
    rest = span[size:]
    if not len(rest) or any(state_forms(table.gaz, t.text) for t in rest):
        return False
    found = title_at(table.lex, span.doc, span.end, rest.start)
    return found is not None and found[1].kind == "body"


def _inside_title(table: ActorTable, span: Span) -> bool:
    """An ORG span that is part of a longer title: "Defense" of "Secretary of Defense"."""
    doc = table.doc
    for start in range(max(span.start - 3, 0), span.start + 1):
        for end in range(span.end, min(span.end + 3, len(doc)) + 1):
            if (start, end) != (span.start, span.end):
                title = table.lex.title(doc[start:end].text)
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
    for ent in span.doc.ents:
        for form in state_forms(table.gaz, clean(ent.text)):
            if form.state.sovereign and form.state.name.split()[0] == text and len(form.state.name.split()) > 1:
                forms.setdefault(form.state.iso3, form)
    if len(forms) != 1:
        return []
    form = next(iter(forms.values()))
    return [replace(form, kind="name")]


def _named_as_organization(span: Span, lex: Lexicon) -> bool:
    """A name headed by a kind of organization: "the national news agency Bernama", "broadcaster NHK"."""
    return any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in lex.words("org_kind_noun")
               for c in span.root.children)


def _org_state(table: ActorTable, span: Span) -> str | None:
    """The state an organization belongs to by its name or a modifier: "Kenyan Treasury",
    "Poland's Defense Ministry", "the Chilean military"."""
    size, form = state_prefix(table.gaz, span)
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
        text = clean(span.text)
        key = key_of(text)
        if key is None:
            key = _add_other(table, span, text)
        else:
            table.mention(key, span, "name")
            table.consumed.update(range(span.start, span.end))
        if key is not None:
            table.span_keys[(span.start, span.end)] = key
    for tok in table.doc if acronyms else ():
        if tok.text in acronyms and tok.i not in table.consumed and not table.of(tok):
            key = key_of(tok.text)
            if key is not None:
                table.mention(key, tok, "name")
                table.consumed.add(tok.i)


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
    orgs = {k: table.bare_names.get(k, table.label(k)) for k in table.keys_of_type(ORGANIZATION)}
    for key in sorted(table.plain_orgs):
        name = orgs.get(key, "")
        if not name[:1].isupper() or name.isupper():
            continue  # acronyms are names of their own
        low, size, state = name.lower(), len(name.split()), table.state_of_org(key)
        longer = [k for k, n in orgs.items() if k != key and len(n.split()) > size
                  and (n.lower().startswith(low + " ") or n.lower().endswith(" " + low))
                  and (state is None or table.state_of_org(k) in (None, state))]
        if len(longer) == 1:
            table.merge_into(key, longer[0])
            del orgs[key]


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
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in table.consumed or tok.ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
            i += 1
            continue
        if not tok.text[:1].isupper() or not table.gaz.may_start_name(tok.text):
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.i in table.consumed for t in span):
                continue
            forms = state_forms(table.gaz, span.text)
            org = table.gaz.organization(span.text) if size > 1 or tok.pos_ == "PROPN" else None
            if forms and (size > 1 or tok.pos_ in ("PROPN", "ADJ", "NOUN")):
                for form in forms:
                    add_state(table, form, span)
            elif org is not None:
                key = table.actor(keys.org_key(org.label), org.label, ORGANIZATION)
                table.bare_names[key] = org.label
                table.mention(key, span, "name")
            else:
                continue
            table.consumed.update(range(span.start, span.end))
            i += size
            matched = True
            break
        if not matched:
            i += 1


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

