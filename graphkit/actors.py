"""Actors: find every mention of a person, state or organization in a parsed
article and resolve the mentions to one actor each, with the roles that link
people to states and organizations.

The pipeline over one spaCy ``Doc``:

1. candidate spans from NER, a gazetteer scan for state names the model
   missed, and hyphenated pairs ("U.S.-Iran");
2. each span typed by what it is, not by the model's label alone: a state
   form (name, demonym, capital) is a state, a known institution an
   organization of its state, a name also seen as a PERSON a person;
3. people clustered: full name, surname alone, title + name;
4. in reading order, references that need context: titles alone ("the
   president"), pronouns, "both countries", agents of a state
   ("U.S. officials").

Everything returned is plain data (no spaCy objects) except the token map
that :mod:`graphkit.actions` reads from the same ``Doc``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from nameparser import HumanName
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, load_lexicon
from .states import Gazetteer, load_gazetteer

#: Actor types of the graph contract.
PERSON, STATE, ORGANIZATION, LOCATION = "person", "state", "organization", "location"

#: NER labels graphkit reads; dates, numbers, money etc. never make a node.
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}

#: Pronouns that stand for one person.
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
#: Pronouns that stand for a state or organization (only within one sentence).
THING_PRONOUNS = {"it", "its", "itself"}
#: Heads of plural anaphors that stand for two actors just named ("both countries").
PAIR_NOUNS = {"country", "nation", "side", "state", "government", "neighbor", "neighbour", "rival", "adversary", "power"}
#: Dependency labels of a modifier that names who a noun belongs to.
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
#: Determiners of a title that name nobody in particular ("a senior general").
INDEFINITE = {"a", "an", "another", "some", "any", "every", "each", "no", "one"}
#: Sentences back that a person pronoun may reach.
PRONOUN_REACH = 3

_WS = re.compile(r"\s+")
_APOS = {"\u2019": "'", "\u2018": "'"}


@dataclass(frozen=True)
class Mention:
    """One place in one document that refers to an actor."""

    doc_id: str
    actor: str
    text: str
    start_char: int
    end_char: int
    kind: str  # name | demonym | capital | institution | pronoun | title | pair | group


@dataclass(frozen=True)
class Actor:
    """One real-world actor as one document sees it."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    iso3: str = ""


@dataclass(frozen=True)
class Affiliation:
    """A person or organization belonging to, or leading, a state or organization."""

    doc_id: str
    member: str
    group: str
    role: str
    evidence: str
    start_char: int


@dataclass
class DocActors:
    """Actors of one document, and which tokens refer to which actors.

    ``token_actors`` maps a token index of the parsed ``Doc`` to the actor keys
    it refers to (two for "U.S.-Iran"); :mod:`graphkit.actions` reads it.
    """

    doc_id: str
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    token_actors: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def of(self, token: Token) -> tuple[str, ...]:
        """Actor keys the token refers to (empty when none)."""
        return self.token_actors.get(token.i, ())


def clean(text: str) -> str:
    """Normalise apostrophes and white space; drop a leading "the" and a trailing possessive.

    Examples
    --------
    >>> clean("the  United States’s")
    'United States'
    """
    for a, b in _APOS.items():
        text = text.replace(a, b)
    text = _WS.sub(" ", text).strip()
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"\s*'s?$", "", text) if text.endswith(("'s", "s'")) else text
    return text.strip(" ,.;:-\u2013\u2014\"'*")


def person_key(name: str) -> str:
    """A key for a person's name: first and last name, lower case.

    Examples
    --------
    >>> person_key("Benjamin Netanyahu")
    'person:benjamin netanyahu'
    """
    return "person:" + " ".join(_name_parts(name)).lower()


def _name_parts(name: str) -> list[str]:
    parsed = HumanName(name)
    parts = [p for p in (parsed.first, parsed.middle, parsed.last) if p]
    return parts or name.split()


class _Builder:
    """Collects actors, mentions and token links for one document."""

    def __init__(self, doc: Doc, doc_id: str, gaz: Gazetteer, lex: Lexicon) -> None:
        self.doc, self.doc_id, self.gaz, self.lex = doc, doc_id, gaz, lex
        self.out = DocActors(doc_id)
        self._aliases: dict[str, dict[str, int]] = {}
        self._roles: dict[str, list[str]] = {}
        self._labels: dict[str, tuple[str, str, str]] = {}  # key -> (label, type, iso3)
        self.consumed: set[int] = set()  # tokens already part of a name, title or state form
        self._affil_seen: set[tuple[str, str, str]] = set()

    # -- registration -------------------------------------------------------
    def actor(self, key: str, label: str, type_: str, iso3: str = "") -> str:
        if key not in self._labels or (type_ == PERSON and len(label) > len(self._labels[key][0])):
            self._labels[key] = (label, type_, iso3)
        return key

    def mention(self, key: str, span: Span | Token, kind: str, *, counted: bool = True) -> None:
        first = span[0] if isinstance(span, Span) else span
        last = span[-1] if isinstance(span, Span) else span
        for i in range(first.i, last.i + 1):
            keys = self.out.token_actors.get(i, ())
            if key not in keys:
                self.out.token_actors[i] = keys + (key,)
        if counted:
            text = span.text
            self.out.mentions.append(Mention(self.doc_id, key, text, first.idx, last.idx + len(last), kind))
            if kind not in ("pronoun", "pair", "group"):
                alias = clean(text)
                if alias:
                    bucket = self._aliases.setdefault(key, {})
                    bucket[alias] = bucket.get(alias, 0) + 1

    def role(self, key: str, role: str) -> None:
        roles = self._roles.setdefault(key, [])
        if role not in roles:
            roles.append(role)

    def affiliate(self, member: str, group: str, role: str, token: Token) -> None:
        if member == group or (member, group, role) in self._affil_seen:
            return
        self._affil_seen.add((member, group, role))
        sent = token.sent
        self.out.affiliations.append(
            Affiliation(self.doc_id, member, group, role, sent.text.strip(), token.idx))

    def finish(self) -> DocActors:
        for key, (label, type_, iso3) in self._labels.items():
            aliases = tuple(sorted(self._aliases.get(key, {})))
            self.out.actors[key] = Actor(key, label, type_, aliases, tuple(self._roles.get(key, ())), iso3)
        self.out.mentions.sort(key=lambda m: (m.start_char, m.actor))
        return self.out


# -- finding and typing spans --------------------------------------------------

def _strip_span(span: Span) -> Span:
    """Drop leading determiners/punctuation and trailing possessives from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _state_forms(gaz: Gazetteer, text: str) -> list:
    """State forms in ``text``: the whole, or each part of a hyphenated pair ("U.S.-Iran")."""
    form = gaz.lookup(text)
    if form is not None:
        return [form]
    if "-" in text:
        parts = [gaz.lookup(p) for p in text.split("-") if p]
        if len(parts) >= 2 and all(parts):
            return parts
    return []


def _title_at(lex: Lexicon, doc: Doc, end: int, lo: int) -> tuple[int, object] | None:
    """The longest title (of up to 4 tokens) ending just before token ``end``, not before ``lo``."""
    for size in (4, 3, 2, 1):
        start = end - size
        if start < lo:
            continue
        span = doc[start:end]
        if any(t.is_punct and t.text not in (".", "-") for t in span):
            continue
        title = lex.title(span.text)
        if title is not None:
            return start, title
    return None


def _starts_with_person_title(span: Span, lex: Lexicon, gaz: Gazetteer) -> bool:
    """A span such as "Chancellor Olaf Scholz": an office or honorific, then a capitalised name."""
    if span.label_ == "PERSON":
        return True
    doc = span.doc
    for size in (3, 2, 1):
        # the title just before the span: "Chancellor [Olaf Scholz]" with only the name tagged
        if span.start - size >= 0 and span[0].text[:1].isupper() and span[-1].pos_ == "PROPN":
            title = lex.title(doc[span.start - size:span.start].text)
            if title is not None and title.kind in ("office", "honorific") and not _state_forms(gaz, span.text) \
                    and gaz.institution(span.text) is None:
                return True
    for size in (3, 2, 1):
        if size < len(span):
            title = lex.title(span[:size].text)
            if title is not None and title.kind in ("office", "honorific"):
                rest = span[size:]
                return rest[0].text[:1].isupper() and not _state_forms(gaz, rest.text) \
                    and gaz.institution(rest.text) is None and rest[-1].pos_ == "PROPN"
    return False


def _conjoined_with(span: Span, person_tokens: set[int]) -> bool:
    """A one-word name joined by "and" to a person's name is a person too."""
    root = span.root
    if len(span) > 2 or root.pos_ != "PROPN":
        return False
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(t.i in person_tokens and t.ent_type_ == "PERSON" for t in linked)


def _is_junk_org(span: Span) -> bool:
    """Headings and bullets the small model mistakes for organizations."""
    if "\n" in span.text or not any(t.is_alpha for t in span):
        return True
    # Title-case runs of ordinary words ("Key Developments") are headings, not organizations.
    return all(t.pos_ in ("NOUN", "ADJ", "VERB", "ADP", "DET", "CCONJ") and not t.text.isupper() for t in span)


def find_actors(doc: Doc, doc_id: str = "", *, gazetteer: Gazetteer | None = None,
                lexicon: Lexicon | None = None) -> DocActors:
    """Find and resolve the actors of one parsed article.

    Parameters
    ----------
    doc
        A spaCy ``Doc`` with NER and a dependency parse.
    doc_id
        The document id stored in every mention.
    gazetteer, lexicon
        Knowledge tables (default: graphkit's own, loaded once).

    Returns
    -------
    DocActors
        Actors keyed by a stable key (``state:USA``, ``person:donald trump``,
        ``org:cbs news``, ``location:middle east``), their mentions,
        affiliations, and the token -> actor map.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> found = find_actors(nlp("French President Emmanuel Macron met Macron's allies in Paris."))
    >>> sorted(a.label for a in found.actors.values())
    ['Emmanuel Macron', 'France']
    """
    gaz = gazetteer or load_gazetteer()
    lex = lexicon or load_lexicon()
    b = _Builder(doc, doc_id, gaz, lex)

    person_spans: list[Span] = []
    other_spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        span = _strip_span(ent)
        if len(span) == 0:
            continue
        if ent.label_ == "PERSON":
            # A lone state name tagged PERSON ("Austria proposed ...") is the state.
            is_state = len(span) == 1 and any(f.kind in ("name", "capital") for f in _state_forms(gaz, span.text))
            (other_spans if is_state else person_spans).append(span)
        elif _starts_with_person_title(span, lex, gaz):
            person_spans.append(span)  # "Chancellor Olaf Scholz" tagged ORG
        else:
            other_spans.append(span)

    # Names the model calls PERSON anywhere in the article: a surname it tags
    # ORG or GPE elsewhere ("Trump" as ORG) is still that person.
    known_names: set[str] = set()
    for span in person_spans:
        name = _person_name(span, lex)
        if name is not None:
            known_names.add(name[1].lower())
            # every part of a full name: "Lula" of "Luiz Inacio Lula da Silva"
            known_names.update(w.lower() for w in name[1].split() if len(w) > 2 and w[:1].isupper())

    person_tokens = {i for span in person_spans for i in range(span.start, span.end)}
    for span in other_spans:
        text = clean(span.text)
        if not _state_forms(gaz, text) and gaz.institution(text) is None and (
                text.lower() in known_names or _conjoined_with(span, person_tokens)):
            person_spans.append(span)  # "Trump" tagged ORG; "Scholz" in "Macron and Scholz" tagged GPE
            continue
        _add_other(b, span, text)

    # A surname of the article the model did not tag at all is still that person.
    tagged = {i for span in person_spans + other_spans for i in range(span.start, span.end)}
    for tok in doc:
        if tok.i not in tagged and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() \
                and tok.lower_ in known_names and not tok.ent_type_:
            person_spans.append(doc[tok.i:tok.i + 1])
    _scan_gazetteer(b)
    _add_people(b, sorted(person_spans, key=lambda s: s.start))
    _resolve_in_order(b)
    return b.finish()


def _add_state(b: _Builder, form, span: Span | Token, *, counted: bool = True) -> str:
    state = form.state
    if state.sovereign:
        key = b.actor(f"state:{state.iso3}", state.name, STATE, state.iso3)
    else:
        key = b.actor(f"location:{state.name.lower()}", state.name, LOCATION, state.iso3)
    b.mention(key, span, form.kind, counted=counted)
    return key


def _add_other(b: _Builder, span: Span, text: str) -> None:
    """Type a non-PERSON entity: institution, state form, organization or location."""
    label = span.root.ent_type_ or span[0].ent_type_
    inst = b.gaz.institution(text)
    if inst is not None:
        key = b.actor(f"org:{inst.label.lower()}", inst.label, ORGANIZATION)
        b.mention(key, span, "institution")
        b.consumed.update(range(span.start, span.end))
        state = b.gaz.state(inst.iso3)
        if state is not None:
            group = b.actor(f"state:{state.iso3}", state.name, STATE, state.iso3)
            b.affiliate(key, group, "member", span[0])
        return
    forms = _state_forms(b.gaz, text)
    if forms:
        for form in forms:
            _add_state(b, form, span)
        b.consumed.update(range(span.start, span.end))
        return
    if label == "NORP":
        return  # a nationality or group with no state of its own makes no node
    if label == "ORG":
        title = b.lex.title(text)
        if _is_junk_org(span) or (title is not None and title.kind != "group"):
            return  # a named ministry ("Defense Ministry") is an organization; a bare office is not
        key = b.actor(f"org:{text.lower()}", text, ORGANIZATION)
        state = _org_state(b, span)
        if state is not None:
            b.affiliate(key, state, "member", span[0])
    elif label == "GPE" and any(c.isdigit() for c in text):
        key = b.actor(f"org:{text.lower()}", text, ORGANIZATION)  # "G7", "G20": groups of states
    elif label in ("GPE", "LOC"):
        if not text[:1].isupper() or span[-1].pos_ == "ADJ" or span[-1].tag_ == "JJ":
            return  # "Middle Eastern politics": an adjective of a region is no actor
        key = b.actor(f"location:{text.lower()}", text, LOCATION)
    else:
        return
    b.mention(key, span, "name")
    b.consumed.update(range(span.start, span.end))


def _org_state(b: _Builder, span: Span) -> str | None:
    """The state an organization belongs to by its name or a modifier: "U.S. Treasury",
    "Russia's Defense Ministry", "the Israeli military"."""
    for size in (3, 2, 1):
        if size < len(span):
            forms = _state_forms(b.gaz, span[:size].text)
            if len(forms) == 1 and forms[0].state.sovereign:
                key = f"state:{forms[0].state.iso3}"
                b.actor(key, forms[0].state.name, STATE, forms[0].state.iso3)
                return key
    owner = _owner_of(b, span.root)
    return owner if owner and owner.startswith("state:") else None


def _scan_gazetteer(b: _Builder) -> None:
    """State forms the NER missed: single tokens, hyphenated pairs and names of up to 4 words."""
    doc = b.doc
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in b.consumed or tok.ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
            i += 1
            continue
        if not tok.text[:1].isupper():
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.i in b.consumed for t in span):
                continue
            forms = _state_forms(b.gaz, span.text)
            if forms and (size > 1 or tok.pos_ in ("PROPN", "ADJ", "NOUN")):
                for form in forms:
                    _add_state(b, form, span)
                b.consumed.update(range(span.start, span.end))
                i += size
                matched = True
                break
        if not matched:
            i += 1


def _person_name(span: Span, lex: Lexicon) -> tuple[int, str, list[str]] | None:
    """Split a PERSON span into (first name token, name, titles inside the span)."""
    doc = span.doc
    start, titles = span.start, []
    while start < span.end:
        found = None
        for size in (3, 2, 1):
            if start + size <= span.end:
                t = lex.title(doc[start:start + size].text)
                if t is not None:
                    found = (size, t)
                    break
        if found is None:
            break
        titles.append(found[1])
        start += found[0]
    name = " ".join(t.text for t in doc[start:span.end] if not t.is_punct or t.text == "-").strip()
    name = clean(name)
    if not name or not any(c.isalpha() for c in name) or name[:1].islower():
        return None
    return start, name, titles


def _state_of(b: _Builder, token: Token) -> str | None:
    """The state a token refers to, if any (it must already be a state mention)."""
    for key in b.out.token_actors.get(token.i, ()):
        if key.startswith(("state:", "org:")):
            return key
    return None


def _owners_of(b: _Builder, head: Token) -> list[str]:
    """Every state or organization modifying a noun, conjuncts included ("Indian and Pakistani troops")."""
    out: list[str] = []
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            for t in (child, *child.conjuncts):
                key = _state_of(b, t)
                if key and key not in out:
                    out.append(key)
    return out


def _owner_of(b: _Builder, head: Token) -> str | None:
    """A state or organization that owns a noun through a modifier ("Iran's", "Israeli", "U.S.")."""
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            key = _state_of(b, child)
            if key:
                return key
    return None


def _add_people(b: _Builder, spans: list[Span]) -> None:
    """Cluster person mentions: full names first, then surnames to the full name they belong to."""
    doc, lex = b.doc, b.lex
    parsed = []
    for span in spans:
        got = _person_name(span, lex)
        if got is None:
            continue
        start, name, titles = got
        parsed.append((span, start, name, titles))

    full: dict[str, str] = {}  # lower-case surname -> key of the last full name seen with it
    fulls_by_surname: dict[str, list[str]] = {}
    for span, start, name, titles in parsed:
        parts = _name_parts(name)
        if len(parts) >= 2:
            key = person_key(name)
            fulls_by_surname.setdefault(parts[-1].lower(), [])
            if key not in fulls_by_surname[parts[-1].lower()]:
                fulls_by_surname[parts[-1].lower()].append(key)

    for span, start, name, titles in parsed:
        parts = _name_parts(name)
        surname = parts[-1].lower()
        longer = _longer_name(name, parsed)
        if longer is not None:
            key = person_key(longer)
        elif len(parts) >= 2:
            key = person_key(name)
            full[surname] = key
        elif surname in full:
            key = full[surname]  # the person of that surname named most recently
        elif fulls_by_surname.get(surname):
            key = fulls_by_surname[surname][0]  # named in full only later in the article
        else:
            key = person_key(name)
        b.actor(key, name, PERSON)
        b.mention(key, doc[start:span.end] if start < span.end else span, "name")
        b.consumed.update(range(span.start, span.end))
        for t in titles:
            b.role(key, t.role)
        _left_roles(b, key, doc[start:span.end] if start < span.end else span, titles)


def _longer_name(name: str, parsed: list) -> str | None:
    """The one longer name of the article that ends with ``name`` ("Al Thani" in
    "Tamim bin Hamad Al Thani") or, for one word, has it inside ("Lula" in
    "Luiz Inacio Lula da Silva"), if exactly one does."""
    words = name.lower().split()
    if len(words) < 2:
        # a single word that is a given name or middle name of exactly one full name ("Lula")
        longer = {n for _, _, n, _ in parsed if len(n.split()) >= 3 and words[0] in n.lower().split()[:-1]}
        return longer.pop() if len(longer) == 1 else None
    longer = {n for _, _, n, _ in parsed if len(n.split()) > len(words) and n.lower().split()[-len(words):] == words}
    return longer.pop() if len(longer) == 1 else None


def _left_roles(b: _Builder, key: str, name_span: Span, inner_titles: list) -> None:
    """Read the titles and state modifiers before a name, or in an appositive.

    "U.S. President Donald Trump", "Iran's Supreme Leader, Ayatollah Ali Khamenei",
    "Netanyahu, Israel's prime minister".
    """
    doc, lex = b.doc, b.lex
    lo = name_span.sent.start
    # Titles inside the entity span ("President Trump" tagged whole) sit before name_span.
    offices: list[str] = [t.role for t in inner_titles if t.kind == "office"]
    group: str | None = None
    pos = name_span.start
    while pos > lo and doc[pos - 1].i in b.consumed and _state_of(b, doc[pos - 1]) is None:
        pos -= 1
    i = pos
    while i > lo:
        prev = doc[i - 1]
        if prev.tag_ == "POS" and i - 2 >= lo:
            i -= 1
            continue
        found = _title_at(lex, doc, i, lo)
        if found is not None:
            start, title = found
            b.consumed.update(range(start, i))
            if title.kind == "office" and title.role not in offices:
                offices.append(title.role)
            elif title.kind == "honorific":
                b.role(key, title.role)
            i = start
            continue
        state = _state_of(b, prev)
        if state is not None:
            group = group or state
            i -= 1
            while i > lo and doc[i - 1].i in b.consumed and _state_of(b, doc[i - 1]) == state:
                i -= 1
            continue
        break
    # Appositive: "Iran's Supreme Leader, Ayatollah Ali Khamenei" or "Khamenei, Iran's supreme leader".
    root = name_span.root
    appos_titles = []
    if root.dep_ == "appos":
        appos_titles.append(root.head)
    appos_titles.extend(c for c in root.children if c.dep_ == "appos")
    for head in appos_titles:
        found = _title_at(lex, doc, head.i + 1, max(lo, head.i - 3))
        if found is None or found[1].kind != "office":
            continue
        start, title = found
        b.consumed.update(range(start, head.i + 1))
        b.mention(key, doc[start:head.i + 1], "title")
        if title.role not in offices:
            offices.append(title.role)
        group = group or _owner_of(b, head) or _owner_in(b, doc[start:head.i + 1])
    for role in offices:
        b.role(key, role)
        if group:
            b.affiliate(key, group, role, name_span[0])
    if group and not offices:
        pass  # a nationality alone ("Israeli Benjamin Netanyahu") is no affiliation role


def _owner_in(b: _Builder, span: Span) -> str | None:
    for tok in span:
        key = _owner_of(b, tok)
        if key:
            return key
    return None


# -- references that need context, in reading order -----------------------------

def _resolve_in_order(b: _Builder) -> None:
    doc, lex = b.doc, b.lex
    recent_people: list[str] = []  # most recent last
    last_subject_people: list[str] = []  # person subjects of the previous sentence
    last_pair: tuple[str, str] | None = None
    holders: dict[tuple[str, str | None], str] = {}  # (role, state) -> person key
    sent_index = 0
    people_sent: dict[str, int] = {}

    # Office holders known anywhere in the article, for "the president" before the name is repeated.
    for aff in b.out.affiliations:
        if aff.member.startswith("person:"):
            holders.setdefault((aff.role, aff.group), aff.member)
            holders.setdefault((aff.role, None), aff.member)
    for key, roles in b._roles.items():
        for role in roles:
            holders.setdefault((role, None), key)

    for sent in doc.sents:
        sent_index += 1
        this_subjects: list[str] = []
        for tok in sent:
            keys = b.out.token_actors.get(tok.i, ())
            if keys:
                people = [k for k in keys if k.startswith("person:")]
                for k in people:
                    if k in recent_people:
                        recent_people.remove(k)
                    recent_people.append(k)
                    people_sent[k] = sent_index
                    if _is_subject(tok):
                        this_subjects.append(k)
                pair = _coordinated_pair(b, tok)
                if pair:
                    last_pair = pair
                continue
            lower = tok.lower_
            if tok.pos_ == "PRON" and lower in PERSON_PRONOUNS:
                # "him"/"her" as an object never means the subject of its own clause ("Trump told him").
                own = _clause_subjects(b, tok) if tok.dep_ in ("dobj", "dative", "pobj") else set()
                target = _pick_person([p for p in this_subjects if p not in own],
                                      [p for p in last_subject_people if p not in own],
                                      [p for p in recent_people if p not in own], people_sent, sent_index)
                if target:
                    b.mention(target, tok, "pronoun")
                    if _is_subject(tok):
                        this_subjects.append(target)
                continue
            if tok.pos_ == "PRON" and lower in THING_PRONOUNS:
                target = _thing_antecedent(b, tok, sent)
                if target:
                    b.mention(target, tok, "pronoun")
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in PAIR_NOUNS and tok.tag_ in ("NNS", "NNPS") and last_pair:
                if any(c.lower_ in ("both", "two") for c in tok.children):
                    for key in last_pair:
                        b.mention(key, tok, "pair", counted=False)
                    continue
            if tok.i in b.consumed or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            found = _title_at(lex, doc, tok.i + 1, max(sent.start, tok.i - 3))
            if found is None:
                continue
            start, title = found
            if title.kind == "group":
                for owner in _owners_of(b, tok):
                    b.mention(owner, tok, "group", counted=False)
                continue
            if title.kind != "office":
                continue
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
                continue  # "a Chinese general", "ministers": nobody in particular
            owner = _owner_of(b, tok) or _owner_in(b, doc[start:tok.i + 1])
            if owner:
                holder = holders.get((title.role, owner))
            else:
                # "the president": the person with that role mentioned most recently
                holder = next((p for p in reversed(recent_people) if title.role in b._roles.get(p, ())),
                              holders.get((title.role, None)))
            if holder is not None:
                b.mention(holder, doc[start:tok.i + 1], "title")
                if holder in recent_people:
                    recent_people.remove(holder)
                recent_people.append(holder)
                if _is_subject(tok):
                    this_subjects.append(holder)
                continue
            if owner is not None and owner.startswith("state:"):
                # An office holder never named: "Oman's foreign minister".
                state_label = b._labels[owner][0]
                label = f"{state_label}'s {title.role}"
                key = b.actor(f"person:{label.lower()}", label, PERSON)
                b.mention(key, doc[start:tok.i + 1], "title")
                b.role(key, title.role)
                b.affiliate(key, owner, title.role, tok)
                holders[(title.role, owner)] = key
        last_subject_people = this_subjects


def _clause_subjects(b: _Builder, tok: Token) -> set[str]:
    """Actors that are the subject of the clause a token belongs to."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {k for c in verb.children if c.dep_ == "nsubj" for k in b.out.token_actors.get(c.i, ())}


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "appos", "conj") and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _pick_person(this_subjects: list[str], prev_subjects: list[str], recent: list[str],
                 people_sent: dict[str, int], sent_index: int) -> str | None:
    """Salience order: a person subject earlier in this sentence, the subject of the
    previous sentence, then the person named most recently (within a few sentences)."""
    if this_subjects:
        return this_subjects[-1]
    if prev_subjects:
        return prev_subjects[0]
    for key in reversed(recent):
        if sent_index - people_sent.get(key, -99) <= PRONOUN_REACH:
            return key
    return None


def _thing_antecedent(b: _Builder, tok: Token, sent: Span) -> str | None:
    """"it"/"its": the nearest state or organization subject before it in the same sentence."""
    best = None
    for t in sent:
        if t.i >= tok.i:
            break
        keys = [k for k in b.out.token_actors.get(t.i, ()) if k.startswith(("state:", "org:"))]
        if keys and (_is_subject(t) or t.dep_ in ("dobj", "pobj")):
            best = keys[0] if len(keys) == 1 else best
            if _is_subject(t):
                subj = keys[0] if len(keys) == 1 else None
                best = subj or best
    return best


def _coordinated_pair(b: _Builder, tok: Token) -> tuple[str, str] | None:
    """Two actors joined by "and" ("Iran and Israel"), remembered for "both countries"."""
    if tok.dep_ != "conj":
        return None
    first = b.out.token_actors.get(tok.head.i, ())
    second = b.out.token_actors.get(tok.i, ())
    if len(first) == 1 and len(second) == 1 and first[0] != second[0]:
        return first[0], second[0]
    return None

