"""Actors: find every mention of a person, state or organization in a parsed
article and resolve the mentions to one actor each, with the roles that link
people to states and organizations.

The pipeline over one spaCy ``Doc``:

1. candidate spans from NER, with headline and byline words dropped
   ("HARBOUR TALKS", "Context:") and names the tagger cut short made
   whole ("José Antonio" + "Kast");
2. each span typed by what it is, not by the model's label alone: an
   international organization under any of its names ("WTO", "World
   Trade Organization"), a state institution (also with its state in front:
   "German Bundestag"), a state form (name, demonym, capital), an
   organization of its state, a name also seen as a PERSON a person; an
   acronym in brackets after a name ("Movement for Democratic Change (MDC)")
   is that name, and a short name of an organization joins its longer name
   ("Treasury" / "National Treasury");
3. a gazetteer scan for state and organization names the model missed, and
   bodies of a state named by their owner ("Kenya's foreign ministry",
   "the Chilean army");
4. people clustered: full name, surname alone, a family name written first
   ("Wen Jiabao ... Wen"), title + name, and the titles, "whose" appositives
   and "counterpart" phrases that link them to states and organizations;
5. in reading order, references that need context: titles alone ("the
   president"), pronouns, "both governments", "the coalition", agents of a
   state ("French officials"), a person's government ("Scholz's government").

Everything returned is plain data (no spaCy objects) except the token map
that :mod:`graphkit.actions` reads from the same ``Doc``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from nameparser import HumanName
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, load_lexicon
from .states import Gazetteer, load_gazetteer

#: Actor types of the graph contract.
PERSON, STATE, ORGANIZATION, LOCATION = "person", "state", "organization", "location"

#: NER labels graphkit reads; dates, numbers, money etc. never make a node.
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})

#: Pronouns that stand for one person.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
#: Pronouns that stand for a state or organization (only within one sentence).
THING_PRONOUNS = frozenset({"it", "its", "itself"})
#: Heads of plural anaphors that stand for two actors just named ("both governments").
#: Sentences back that "both governments" may reach for the two actors it means.
PAIR_REACH = 2
PAIR_NOUNS = frozenset({"country", "nation", "side", "state", "government", "neighbor", "neighbour", "rival",
                        "adversary", "power"})
#: Dependency labels of a modifier that names who a noun belongs to.
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: Determiners of a title that name nobody in particular ("a senior general").
INDEFINITE = frozenset({"a", "an", "another", "some", "any", "every", "each", "no", "one"})
#: Sentences back that a person pronoun may reach.
PRONOUN_REACH = 3
#: Sentences back that "the group", "the coalition" may reach.
ORG_REACH = 3
#: Part-of-speech tags of proper nouns.
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: Last words that make a capitalised run an organization's name, not the qualifier of an office
#: ("Communist Party leader" keeps its party; "Digital Affairs Minister" is one title).
ORG_HEAD_WORDS = frozenset({
    "party", "council", "forces", "force", "army", "front", "movement", "union", "organization", "organisation",
    "agency", "command", "court", "bank", "company", "corporation", "group", "ministry", "department", "office",
    "committee", "commission", "guard", "guards", "assembly", "parliament", "congress", "senate", "league",
    "alliance", "brigade", "brigades", "service", "services", "authority", "police", "navy", "bureau", "institute",
    "university", "association", "federation", "fund", "programme", "program", "network", "news", "tribunal",
    "platform", "coalition",
})
#: Common nouns that make the name they head an organization ("the national news agency Bernama").
ORG_KIND_NOUNS = frozenset({
    "agency", "company", "firm", "broadcaster", "newspaper", "network", "outlet", "channel", "daily", "group",
    "party", "bank", "militia", "movement", "organization", "organisation", "carrier", "airline", "conglomerate",
    "manufacturer", "contractor", "insurer", "lender", "miner", "producer",
})
#: Definite nouns that stand for the organization in focus ("the coalition", "the movement", "the group").
ORG_ANAPHORS = frozenset({"group", "organization", "organisation", "alliance", "bloc", "agency", "movement",
                          "militia", "coalition"})
#: Group nouns that a person's possessive turns into the person's state ("Scholz's government").
PERSON_GROUP_NOUNS = frozenset({"government", "administration", "regime", "cabinet"})
#: Participles that give a person another name ("Gen X, better known as Y").
KNOWN_AS = frozenset({"know", "nickname"})
#: What the qualifier of an office is called as an organization: "Commerce Secretary" ->
#: "Commerce Department", "Navy chief" -> "Navy", "Foreign Secretary" -> "Foreign Office".
DEPARTMENT_SUFFIXES = ("", " department", " ministry", " office")
#: Nouns a name modifies when it is a weapon system ("Leopard tanks", "HIMARS launchers").
WEAPON_NOUNS = frozenset({"system", "missile", "battery", "launcher", "interceptor", "jet", "tank", "rocket",
                          "howitzer", "drone", "warplane"})
#: Body roles that name a state's national armed forces ("Germany's military" is the Bundeswehr).
ARMED_FORCES_ROLES = frozenset({"Military", "Army"})
#: Words that join the qualifiers of one office ("Trade and Industry Minister").
JOINERS = frozenset({"and", "&"})
#: Compass words that stand for the one state of the article named after them ("the South" of "South Africa").
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})
# where _doc_text keeps a Doc's text in its user_data
_TEXT_KEY = "graphkit.text"
#: Mention kinds that are no name of their actor (never kept as an alias).
NAMELESS_KINDS = frozenset({"pronoun", "pair", "group", "anaphor"})

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+")
_APOS = MappingProxyType({"\u2019": "'", "\u2018": "'"})


@dataclass(frozen=True)
class Mention:
    """One place in one document that refers to an actor."""

    doc_id: str
    actor: str
    text: str
    start_char: int
    end_char: int
    kind: str  # name | demonym | capital | institution | body | pronoun | title | pair | group | anaphor


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
    it refers to (two for "Peru-Chile"); :mod:`graphkit.actions` reads it.
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
    >>> clean("the  Netherlands’s")
    'Netherlands'
    """
    for a, b in _APOS.items():
        text = text.replace(a, b)
    text = _WS.sub(" ", text).strip()
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"\s*'s?$", "", text) if text.endswith(("'s", "s'")) else text
    return text.strip(" ,.;:-\u2013\u2014\"'*")


def person_key(name: str) -> str:
    """A key for a person's name: its parts in lower case, accents, dots and hyphens dropped.

    Spelling variants of one name get one key: "Moon Jae-in" and "Moon Jae In",
    "Sebastián Piñera" and "Sebastian Pinera", "P. Chidambaram" and "P Chidambaram".

    Examples
    --------
    >>> person_key("Olaf Scholz")
    'person:olaf scholz'
    >>> person_key("Moon Jae-in") == person_key("Moon Jae In") == 'person:moon jae in'
    True
    >>> person_key("Sebastián Piñera")
    'person:sebastian pinera'
    """
    words = _fold(" ".join(_name_parts(name))).lower().replace(".", " ").replace("-", " ")
    return "person:" + " ".join(words.split())


def _fold(text: str) -> str:
    """Remove accents ("Sebastián" -> "Sebastian")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 13)  # nameparser is slow and names repeat across articles; bounded, pure
def _name_parts(name: str) -> tuple[str, ...]:
    parsed = HumanName(name)
    parts = tuple(p for p in (parsed.first, parsed.middle, parsed.last) if p)
    return parts or tuple(name.split())


def _surnames(name: str) -> set[str]:
    """The surname of a full name in lower case, also without a lower-case particle ("al-Assad" -> "assad")."""
    last = _name_parts(name)[-1].lower()
    out = {last}
    head, _, rest = _name_parts(name)[-1].partition("-")
    if rest and head.islower():
        out.add(rest.lower())
    return out


def _possessive(name: str) -> str:
    """"Kenya's", "Philippines'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


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
        self.span_keys: dict[tuple[int, int], str] = {}  # entity span -> the actor it was typed as
        self.bare_names: dict[str, str] = {}  # org key -> its name without its state ("Treasury" of "Kenyan Treasury")
        self.plain_orgs: set[str] = set()  # orgs named only by the article's own words (may join a longer name)
        self.bodies: list[tuple[int, str, str]] = []  # (head token, key, role) of bodies ("Kenya's Foreign Ministry")
        self.offices: dict[str, list[str]] = {}  # person key -> offices read from titles
        self.person_aliases: dict[str, Span] = {}  # "amlo" -> the span of the full name it stands for

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
            if kind not in NAMELESS_KINDS:
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

    def state_of_org(self, key: str) -> str | None:
        """The state an organization of this document is affiliated to."""
        return next((a.group for a in self.out.affiliations if a.member == key and a.group.startswith("state:")), None)

    def merge_into(self, old: str, new: str) -> None:
        """Make every trace of actor ``old`` one of ``new`` (two names of one organization)."""
        for i, keys in list(self.out.token_actors.items()):
            if old in keys:
                self.out.token_actors[i] = tuple(dict.fromkeys(new if k == old else k for k in keys))
        self.out.mentions = [replace(m, actor=new) if m.actor == old else m for m in self.out.mentions]
        for alias, n in self._aliases.pop(old, {}).items():
            bucket = self._aliases.setdefault(new, {})
            bucket[alias] = bucket.get(alias, 0) + n
        for role in self._roles.pop(old, []):
            self.role(new, role)
        self._labels.pop(old, None)
        self.plain_orgs.discard(old)
        self.bare_names.pop(old, None)
        self.span_keys = {span: (new if k == old else k) for span, k in self.span_keys.items()}
        old_affiliations, self.out.affiliations, self._affil_seen = self.out.affiliations, [], set()
        for aff in old_affiliations:
            member = new if aff.member == old else aff.member
            group = new if aff.group == old else aff.group
            if member != group and (member, group, aff.role) not in self._affil_seen:
                self._affil_seen.add((member, group, aff.role))
                self.out.affiliations.append(replace(aff, member=member, group=group))

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
    """State forms in ``text``: the whole, or each part of a pair joined by a hyphen or slash ("Peru-Chile",
    "PARIS/BERLIN")."""
    form = gaz.lookup(text)
    if form is not None:
        return [form]
    if "-" in text or "/" in text:
        parts = [gaz.lookup(p) for p in re.split(r"\s*[-/]\s*", text) if p]
        if len(parts) >= 2 and all(parts):
            return parts
    return []


def _state_prefix(gaz: Gazetteer, span: Span) -> tuple[int, object | None]:
    """How many leading tokens of a span name one sovereign state ("Kenyan" of "Kenyan Treasury"), and its form."""
    for size in (3, 2, 1):
        if size < len(span):
            forms = _state_forms(gaz, span[:size].text)
            if len(forms) == 1 and forms[0].state.sovereign:
                return size, forms[0]
    return 0, None


def _title_at(lex: Lexicon, doc: Doc, end: int, lo: int) -> tuple[int, object] | None:
    """The longest title (of up to 4 tokens) ending just before token ``end``, not before ``lo``."""
    if end <= lo or not lex.may_end_title(doc[end - 1].text):
        return None
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


def _office_at(lex: Lexicon, doc: Doc, start: int) -> object | None:
    """An office title (of up to 3 tokens) starting at token ``start``."""
    for size in (3, 2, 1):
        if start + size <= len(doc):
            title = lex.title(doc[start:start + size].text)
            if title is not None and title.kind == "office":
                return title
    return None


def _starts_with_person_title(span: Span, lex: Lexicon, gaz: Gazetteer) -> bool:
    """A span such as "Chancellor Olaf Scholz": an office or honorific, then a capitalised name."""
    if span.label_ == "PERSON":
        return True
    doc = span.doc
    for size in (3, 2, 1) if span.start and lex.may_end_title(doc[span.start - 1].text) else ():
        # the title just before the span: "Chancellor [Olaf Scholz]" with only the name tagged
        if span.start - size >= 0 and span[0].text[:1].isupper() and span[-1].pos_ == "PROPN" \
                and "\n" not in doc[span.start - size:span.start].text_with_ws:  # a headline's last word
            title = lex.title(doc[span.start - size:span.start].text)
            if title is not None and title.kind in ("office", "honorific") and not _state_forms(gaz, span.text) \
                    and gaz.institution(span.text) is None and gaz.organization(span.text) is None:
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
    """Headings, bullets and common nouns the small model mistakes for organizations."""
    if "\n" in span.text or not any(t.is_alpha for t in span):
        return True
    if not any(t.text[:1].isupper() for t in span if t.is_alpha):
        return True  # "navy" in "12 navy ships": a common noun, not a name
    # Title-case runs of ordinary words ("Latest Updates") are headings, not organizations.
    return all(t.pos_ in ("NOUN", "ADJ", "VERB", "ADP", "DET", "CCONJ") and not t.text.isupper() for t in span)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _line_of(span: Span) -> str:
    """The line of the article a span sits on."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start:end if end >= 0 else len(text)]


def _is_heading(span: Span, gaz: Gazetteer) -> bool:
    """Headline, heading and byline words the tagger takes for names: "HARBOUR TALKS", "Context:",
    "Compiled by ..."."""
    text = clean(span.text)
    if _state_forms(gaz, text) or gaz.institution(text) or gaz.organization(text):
        return False
    words = [t for t in span if t.is_alpha]
    line_words = len(_WORD.findall(_line_of(span)))
    common = len(span) == 1 and span[0].tag_ not in PROPER_TAGS
    if span[0].ent_type_ == "PERSON":
        # an all-capitals run, a word the tagger does not call a proper noun, or the only word of its line
        if (len(words) >= 2 and all(t.text.isupper() for t in words)) or common or line_words == 1:
            return True
    if line_words == 1 and len(words) == 1:
        return True  # a one-word line ("Context") heads a section, whatever the tagger calls it
    return common and line_words <= 4  # "Outlook:" heading a bullet


def _title_case_line(span: Span) -> bool:
    """A headline in title case ("Scholz Slams Budget Deal"), where every word looks like a name."""
    words = _WORD.findall(_line_of(span))
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _extends_name(tok: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A token that can continue a person's name: a capitalised proper noun that is no state, institution,
    organization or title, on the same line."""
    prev = tok.doc[tok.i - 1]
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in PROPER_TAGS \
        and tok.ent_type_ in ("", "GPE", "ORG", "NORP", "LOC") and "\n" not in prev.whitespace_ \
        and not _state_forms(gaz, tok.text) and gaz.institution(tok.text) is None \
        and gaz.organization(tok.text) is None and lex.title(tok.text) is None


def _extend_person(span: Span, gaz: Gazetteer, lex: Lexicon) -> Span:
    """A name the tagger cut short ("José Antonio" PERSON + "Kast"): extend it over up to two following
    capitalised words that its last word is a compound of."""
    doc = span.doc
    end = span.end
    while end < min(span.end + 2, len(doc)) and _extends_name(doc[end], gaz, lex) \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    if end == span.end or (end < len(doc) and doc[end].ent_iob_ == "I") or _title_case_line(span):
        return span  # nothing to add, or it would cut another entity in two
    return doc[span.start:end]


def _facility_organization(ent: Span, gaz: Gazetteer) -> bool:
    """A name tagged as a facility that is an organization: a known one ("White House") or one ending in an
    organization word ("the opposition Civic Platform")."""
    text = clean(ent.text)
    return ent.label_ == "FAC" and bool(text) and (
        gaz.institution(text) is not None or gaz.organization(text) is not None
        or text.split()[-1].lower() in ORG_HEAD_WORDS)


def _is_state_word(span: Span, gaz: Gazetteer) -> bool:
    """A one-word PERSON span that is a state: its name or capital, or a demonym modifying a common noun."""
    forms = _state_forms(gaz, clean(span.text)) if len(span) == 1 else []
    root = span.root
    modifier = root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN"
    return any(f.kind in ("name", "capital") or (f.kind == "demonym" and modifier) for f in forms)


def _split_entities(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """NER spans graphkit reads, cleaned and split into names of people and the rest; headings dropped."""
    person_spans: list[Span] = []
    other_spans: list[Span] = []
    taken = 0  # tokens before this index already belong to an extended name
    for ent in doc.ents:
        if ent.start < taken or (ent.label_ not in NER_LABELS and not _facility_organization(ent, gaz)):
            continue
        span = _strip_span(ent)
        if len(span) == 0 or _is_heading(span, gaz):
            continue
        if ent.label_ == "PERSON":
            text = clean(span.text)
            # A lone state name tagged PERSON ("Austria proposed ...") or a demonym modifying a noun ("his
            # Ugandan counterpart") is the state; "OPEC" is OPEC.
            if _is_state_word(span, gaz) or gaz.organization(text) is not None:
                other_spans.append(span)
                continue
            span = _extend_person(span, gaz, lex)
            taken = span.end
            person_spans.append(span)
        elif _starts_with_person_title(span, lex, gaz):
            person_spans.append(span)  # "Chancellor Olaf Scholz" tagged ORG
        else:
            other_spans.append(span)
    return person_spans, other_spans


def _known_as(spans: list[Span], person_spans: list[Span]) -> dict[str, Span]:
    """Other names of a person: "Andrés Manuel López Obrador, better known as AMLO" -> {"amlo": that name}."""
    out: dict[str, Span] = {}
    for span in spans:
        prep = span.root.head
        verb = prep.head
        if span.root.dep_ != "pobj" or prep.lower_ != "as" or verb.lemma_ not in KNOWN_AS or verb.dep_ != "acl":
            continue
        owner = next((p for p in person_spans if p.start <= verb.head.i < p.end), None)
        if owner is not None:
            out[clean(span.text).lower()] = owner
    return out


def _acronym_definitions(doc: Doc) -> dict[str, Span]:
    """Acronyms an article defines in brackets after a name: "Movement for Democratic Change (MDC)" -> {"MDC": that name}."""
    out: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS or ent.end + 2 >= len(doc):
            continue
        opening, acronym, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        span = _strip_span(ent)
        if opening.text == "(" and closing.text == ")" and len(span) and _is_acronym_of(acronym.text, span):
            out.setdefault(acronym.text, span)
    return out


def _is_acronym_of(acronym: str, span: Span) -> bool:
    """Whether ``acronym`` abbreviates the name: all capitals, starting with the name's first initial and
    taking its letters from the name's initials in order ("WHO" of "World Health Organization")."""
    letters = [c for c in acronym if c.isalpha()]
    if not (2 <= len(acronym) <= 8 and acronym.isupper() and letters and acronym.replace("&", "").isalnum()):
        return False
    initials = [t.text[0] for t in span if t.is_alpha and t.text[:1].isupper()]
    if not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


def _weapon_names(spans: list[Span]) -> set[str]:
    """Names an article uses only to modify weapon nouns: "Leopard" of "additional Leopard tanks"."""
    uses: dict[str, list[bool]] = {}
    for span in spans:
        root = span.root
        weapon = root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in WEAPON_NOUNS
        uses.setdefault(clean(span.text), []).append(weapon)
    return {text for text, flags in uses.items() if all(flags)}


def _known_names(person_spans: list[Span], lex: Lexicon) -> set[str]:
    """Names the model calls PERSON anywhere in the article, and every part of each ("López" of
    "Andrés Manuel López Obrador"), in lower case."""
    names: set[str] = set()
    for span in person_spans:
        name = _person_name(span, lex)
        if name is not None:
            names.add(name[1].lower())
            names.update(w.lower() for w in name[1].split() if len(w) > 2 and w[:1].isupper())
            if len(name[1].split()) >= 2:
                names.update(_surnames(name[1]))  # "assad" of "al-Assad"
    return names


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
        Actors keyed by a stable key (``state:FRA``, ``person:emmanuel macron``,
        ``org:le monde``, ``org:foreign ministry@KEN``, ``location:sahel``),
        their mentions, affiliations, and the token -> actor map.

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

    person_spans, other_spans = _split_entities(doc, gaz, lex)
    b.person_aliases = _known_as(other_spans, person_spans)
    # Names the model calls PERSON anywhere in the article: a surname it tags
    # ORG or GPE elsewhere ("Kast" as ORG) is still that person.
    known_names = _known_names(person_spans, lex) | set(b.person_aliases)
    acronyms = _acronym_definitions(doc)
    weapons = _weapon_names(person_spans + other_spans)
    person_spans = [span for span in person_spans if clean(span.text) not in weapons]

    person_tokens = {i for span in person_spans for i in range(span.start, span.end)}
    deferred: list[Span] = []
    for span in other_spans:
        text = clean(span.text)
        if text.lower() in b.person_aliases or (
                not _state_forms(gaz, text) and gaz.institution(text) is None and gaz.organization(text) is None
                and (text.lower() in known_names or _conjoined_with(span, person_tokens))):
            person_spans.append(span)  # "Kast" tagged ORG; "Scholz" in "Macron and Scholz" tagged GPE
            continue
        if text in weapons:
            continue  # "Leopard tanks": a weapon, not an actor
        if text in acronyms and acronyms[text].start != span.start:
            deferred.append(span)  # "MDC": typed as the name it abbreviates, once that is typed
            continue
        key = _add_other(b, span, text)
        if key is not None:
            b.span_keys[(span.start, span.end)] = key
    _add_acronyms(b, deferred, acronyms)
    _merge_name_variants(b)

    # A surname of the article the model did not tag at all is still that person.
    tagged = {i for span in person_spans + other_spans for i in range(span.start, span.end)}
    for tok in doc:
        if tok.i not in tagged and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() \
                and tok.lower_ in known_names and not tok.ent_type_:
            person_spans.append(doc[tok.i:tok.i + 1])
    _scan_gazetteer(b)
    _add_bodies(b)
    _add_people(b, sorted(person_spans, key=lambda s: s.start))
    _whose_affiliations(b)
    _resolve_in_order(b)
    _person_governments(b)
    return b.finish()


def _add_state(b: _Builder, form, span: Span | Token, *, counted: bool = True) -> str:
    state = form.state
    if state.sovereign:
        key = b.actor(f"state:{state.iso3}", state.name, STATE, state.iso3)
    else:
        key = b.actor(f"location:{state.name.lower()}", state.name, LOCATION, state.iso3)
    b.mention(key, span, form.kind, counted=counted)
    return key


def _state_key(b: _Builder, form) -> str:
    """Register a sovereign state (no mention) and return its key."""
    return b.actor(f"state:{form.state.iso3}", form.state.name, STATE, form.state.iso3)


def _add_other(b: _Builder, span: Span, text: str) -> str | None:
    """Type a non-PERSON entity; return the actor it names (None: no actor)."""
    label = span.root.ent_type_ or span[0].ent_type_
    org = b.gaz.organization(text)
    if org is not None:
        key = b.actor(f"org:{org.label.lower()}", org.label, ORGANIZATION)
        b.bare_names[key] = org.label
        b.mention(key, span, "name")
        b.consumed.update(range(span.start, span.end))
        return key
    key = _add_institution(b, span, text)
    if key is not None:
        return key
    if _is_body_name(b, span):
        return None  # "Interior Ministry", "Chilean Army": _add_bodies names them with their state
    if label == "ORG" and (_inside_title(b, span) or _qualifies_office(b, span)):
        return None  # "Defense" of "Secretary of Defense", "Polish Digital Affairs" of "... Minister"
    forms = _state_forms(b.gaz, text) or _compass_state(b, span, text)
    if forms:
        keys = [_add_state(b, form, span) for form in forms]
        b.consumed.update(range(span.start, span.end))
        return keys[-1]
    if label == "NORP":
        return None  # a nationality or group with no state of its own makes no node
    if label in ("ORG", "FAC"):
        title = b.lex.title(text)
        if _is_junk_org(span) or (title is not None and title.kind != "group"):
            return None  # a bare office ("Secretary-General") or a common noun is no organization
        return _add_plain_org(b, span, text)
    if label in ("GPE", "LOC") and (any(c.isdigit() for c in text) or _named_as_organization(span)):
        return _add_plain_org(b, span, text)  # "G20"; "the news agency Bernama"
    if label in ("GPE", "LOC"):
        if not text[:1].isupper() or span[-1].pos_ == "ADJ" or span[-1].tag_ == "JJ":
            return None  # "Southeast Asian politics": an adjective of a region is no actor
        key = b.actor(f"location:{text.lower()}", text, LOCATION)
        b.mention(key, span, "name")
        b.consumed.update(range(span.start, span.end))
        return key
    return None


def _add_plain_org(b: _Builder, span: Span, text: str) -> str:
    """An organization named by the article's own words ("Le Monde", "Kenyan Treasury"), with its state."""
    key = b.actor(f"org:{text.lower()}", text, ORGANIZATION)
    size, _ = _state_prefix(b.gaz, span)
    b.bare_names[key] = clean(span[size:].text) if size else text
    b.plain_orgs.add(key)
    state = _org_state(b, span)
    if state is not None:
        b.affiliate(key, state, "member", span[0])
    b.mention(key, span, "name")
    b.consumed.update(range(span.start, span.end))
    return key


def _add_institution(b: _Builder, span: Span, text: str) -> str | None:
    """A known state institution, also named with its state in front ("German Bundestag"). Named with
    another state as owner ("Germany's Foreign Office") it is that state's own institution of that name."""
    inst, size, prefix = b.gaz.institution(text), 0, None
    if inst is None:
        size, prefix = _state_prefix(b.gaz, span)
        inst = b.gaz.institution(clean(span[size:].text)) if size else None
    if inst is None:
        return None
    owner = _state_key(b, prefix) if prefix is not None else _state_before(b, span)
    if owner is not None and owner != f"state:{inst.iso3}":
        key = b.actor(f"org:{inst.label.lower()}@{owner.split(':', 1)[1]}", inst.label, ORGANIZATION)
        group: str | None = owner
    else:
        key = b.actor(f"org:{inst.label.lower()}", inst.label, ORGANIZATION)
        state = b.gaz.state(inst.iso3)
        group = b.actor(f"state:{state.iso3}", state.name, STATE, state.iso3) if state is not None else None
    b.bare_names[key] = inst.label
    b.mention(key, span, "institution")
    b.consumed.update(range(span.start, span.end))
    if group is not None:
        b.affiliate(key, group, "member", span[0])
    return key


def _state_before(b: _Builder, span: Span) -> str | None:
    """A sovereign state named right before a span, as possessive or modifier ("Germany's [Foreign Office]")."""
    doc, end = span.doc, span.start
    if end > 0 and doc[end - 1].tag_ == "POS":
        end -= 1
    for size in (3, 2, 1):
        if end - size >= 0 and not any(t.is_punct and t.text != "." for t in doc[end - size:end]):
            forms = _state_forms(b.gaz, doc[end - size:end].text)
            if len(forms) == 1 and forms[0].state.sovereign:
                return _state_key(b, forms[0])
    return None


def _is_body_name(b: _Builder, span: Span) -> bool:
    """An ORG span that is a body of a state by its head noun ("Interior Ministry", "Chilean Army",
    "Constitutional Court"), not a proper name that merely ends in one ("Free Syrian Army")."""
    size, _ = _state_prefix(b.gaz, span)
    rest = span[size:]
    if not len(rest) or any(_state_forms(b.gaz, t.text) for t in rest):
        return False
    found = _title_at(b.lex, span.doc, span.end, rest.start)
    return found is not None and found[1].kind == "body"


def _inside_title(b: _Builder, span: Span) -> bool:
    """An ORG span that is part of a longer title: "Defense" of "Secretary of Defense"."""
    doc = b.doc
    for start in range(max(span.start - 3, 0), span.start + 1):
        for end in range(span.end, min(span.end + 3, len(doc)) + 1):
            if (start, end) != (span.start, span.end):
                title = b.lex.title(doc[start:end].text)
                if title is not None and title.kind in ("office", "honorific"):
                    return True
    return False


def _qualifies_office(b: _Builder, span: Span) -> bool:
    """An ORG span of qualifier words between a state and an office: "Polish Digital Affairs" of "Polish
    Digital Affairs Minister Krzysztof Gawkowski". The state in front is still read as a state."""
    size, prefix = _state_prefix(b.gaz, span)
    rest = span[size:]
    if not len(rest) or _office_at(b.lex, b.doc, span.end) is None or rest[-1].lower_ in ORG_HEAD_WORDS:
        return False
    if not all(t.text[:1].isupper() and t.tag_ in PROPER_TAGS or t.lower_ in JOINERS for t in rest if t.is_alpha) \
            or rest[0].lower_ in JOINERS:
        return False
    if prefix is not None:
        _add_state(b, prefix, span[:size])
        b.consumed.update(range(span.start, span.start + size))
        return True
    return _state_before(b, span) is not None


def _compass_state(b: _Builder, span: Span, text: str) -> list:
    """A compass word ("the South" in an article about South Africa): the one state of the article whose name
    starts with that word."""
    if text not in COMPASS_WORDS or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return []
    forms = {}
    for ent in span.doc.ents:
        for form in _state_forms(b.gaz, clean(ent.text)):
            if form.state.sovereign and form.state.name.split()[0] == text and len(form.state.name.split()) > 1:
                forms.setdefault(form.state.iso3, form)
    if len(forms) != 1:
        return []
    form = next(iter(forms.values()))
    return [replace(form, kind="name")]


def _named_as_organization(span: Span) -> bool:
    """A name headed by a kind of organization: "the national news agency Bernama", "broadcaster NHK"."""
    return any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_KIND_NOUNS
               for c in span.root.children)


def _org_state(b: _Builder, span: Span) -> str | None:
    """The state an organization belongs to by its name or a modifier: "Kenyan Treasury",
    "Poland's Defense Ministry", "the Chilean military"."""
    size, form = _state_prefix(b.gaz, span)
    if form is not None:
        return _state_key(b, form)
    owner = _owner_of(b, span.root)
    return owner if owner and owner.startswith("state:") else None


def _add_acronyms(b: _Builder, deferred: list[Span], acronyms: dict[str, Span]) -> None:
    """Acronyms defined in brackets ("(MDC)") are the name they abbreviate, tagged or not."""
    def key_of(acronym: str) -> str | None:
        full = acronyms[acronym]
        return b.span_keys.get((full.start, full.end))

    for span in deferred:
        text = clean(span.text)
        key = key_of(text)
        if key is None:
            key = _add_other(b, span, text)
        else:
            b.mention(key, span, "name")
            b.consumed.update(range(span.start, span.end))
        if key is not None:
            b.span_keys[(span.start, span.end)] = key
    for tok in b.doc if acronyms else ():
        if tok.text in acronyms and tok.i not in b.consumed and not b.out.of(tok):
            key = key_of(tok.text)
            if key is not None:
                b.mention(key, tok, "name")
                b.consumed.add(tok.i)


def _merge_name_variants(b: _Builder) -> None:
    """One organization named short and long in one article: "Kenyan Treasury" (its state prefix stripped:
    "Treasury") is the "National Treasury", a name that starts or ends with it, if only one does."""
    orgs = {k: b.bare_names.get(k, label) for k, (label, type_, _) in b._labels.items() if type_ == ORGANIZATION}
    for key in sorted(b.plain_orgs):
        name = orgs.get(key, "")
        if not name[:1].isupper() or name.isupper():
            continue  # acronyms are names of their own
        low, size, state = name.lower(), len(name.split()), b.state_of_org(key)
        longer = [k for k, n in orgs.items() if k != key and len(n.split()) > size
                  and (n.lower().startswith(low + " ") or n.lower().endswith(" " + low))
                  and (state is None or b.state_of_org(k) in (None, state))]
        if len(longer) == 1:
            b.merge_into(key, longer[0])
            del orgs[key]


def _scan_gazetteer(b: _Builder) -> None:
    """State and organization names the NER missed: single tokens, hyphenated pairs and names of up to 4 words."""
    doc = b.doc
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in b.consumed or tok.ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
            i += 1
            continue
        if not tok.text[:1].isupper() or not b.gaz.may_start_name(tok.text):
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.i in b.consumed for t in span):
                continue
            forms = _state_forms(b.gaz, span.text)
            org = b.gaz.organization(span.text) if size > 1 or tok.pos_ == "PROPN" else None
            if forms and (size > 1 or tok.pos_ in ("PROPN", "ADJ", "NOUN")):
                for form in forms:
                    _add_state(b, form, span)
            elif org is not None:
                key = b.actor(f"org:{org.label.lower()}", org.label, ORGANIZATION)
                b.bare_names[key] = org.label
                b.mention(key, span, "name")
            else:
                continue
            b.consumed.update(range(span.start, span.end))
            i += size
            matched = True
            break
        if not matched:
            i += 1


# -- bodies of a state named by their owner -------------------------------------

def _add_bodies(b: _Builder) -> None:
    """Organizations named by a body noun of ``titles.tsv``: with their state ("Kenya's foreign ministry",
    "the Chilean army", "Peru's energy ministry") one node per body and state; bare ("the
    ministry") the body with that head noun the article named most recently (else next); a capitalised bare
    body no other one matches ("Navy chief ...") an organization of its own."""
    doc = b.doc
    bare: list[tuple[Span, Token, str]] = []
    for tok in doc:
        found = _body_at(b, tok)
        if found is None:
            continue
        span, role = found
        owner = _body_owner(b, tok, span.start)
        if owner is not None:
            _add_body(b, span, tok, role, owner)
        else:
            bare.append((span, tok, role))
    named = [x for x in bare if x[0][0].text[:1].isupper()]
    for span, tok, role in named + [x for x in bare if x not in named]:
        key = _bare_body(b, tok, role)
        if key is None and span[0].text[:1].isupper():
            key = b.actor(f"org:{role.lower()}", role, ORGANIZATION)
            b.bare_names[key] = role
            b.bodies.append((tok.i, key, role))
        if key is not None:
            b.mention(key, span, "body")
            b.consumed.update(range(span.start, span.end))


def _body_at(b: _Builder, tok: Token) -> tuple[Span, str] | None:
    """The body phrase headed by ``tok`` and its role ("energy ministry" -> "Energy Ministry"), if
    ``tok`` heads one that names an organization here (not "navy ships", "army-backed", "a court")."""
    doc, lex = b.doc, b.lex
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or not lex.may_end_title(tok.text) \
            or tok.i in b.consumed or b.out.of(tok):
        return None
    found = _title_at(lex, doc, tok.i + 1, max(tok.sent.start, tok.i - 2))
    if found is None or found[1].kind != "body" or any(i in b.consumed for i in range(found[0], tok.i)):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return None  # "army-backed": part of an adjective
    if tok.dep_ in ("compound", "amod", "nmod") and _office_at(lex, doc, tok.i + 1) is None:
        return None  # "navy ships"; but "Navy chief", "ministry spokesman" name the body
    head = tok.head if tok.dep_ == "compound" else tok
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in (*tok.children, *head.children)):
        return None  # "a court": no body in particular
    start, title = found
    while start > tok.sent.start and start > found[0] - 2 and _body_modifier(b, doc[start - 1], tok):
        start -= 1
    words = [t.text[:1].upper() + t.text[1:] for t in doc[start:found[0]]]
    return doc[start:tok.i + 1], " ".join(words + [title.role])


def _body_modifier(b: _Builder, tok: Token, head: Token) -> bool:
    """A noun that names which body it is ("energy" of "energy ministry")."""
    return tok.dep_ == "compound" and head.i >= tok.head.i > tok.i and tok.pos_ in ("NOUN", "PROPN") \
        and tok.is_alpha and not b.out.of(tok) and tok.i not in b.consumed \
        and not _state_forms(b.gaz, tok.text) and b.lex.title(tok.text) is None


def _body_owner(b: _Builder, head: Token, start: int) -> str | None:
    """The state that owns a body: a possessive or modifier ("Kenya's", "Peruvian", "whose"), or a state
    named right before it ("the Chilean Army", tagged as one organization)."""
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < start:
            key = _state_of(b, _whose_antecedent(child) or child)
            if key is not None and key.startswith("state:"):
                return key
    doc = b.doc
    at = start - 1 if start > 0 and doc[start - 1].tag_ != "POS" else start - 2
    if at < 0 or at < head.sent.start:
        return None
    key = _state_of(b, doc[at])
    if key is not None:
        return key if key.startswith("state:") else None
    forms = _state_forms(b.gaz, doc[at].text) if at not in b.consumed else []
    if len(forms) == 1 and forms[0].state.sovereign:
        key = _add_state(b, forms[0], doc[at])  # the state inside an ORG span the scan skipped
        b.consumed.add(at)
        return key
    return None


def _add_body(b: _Builder, span: Span, head: Token, role: str, owner: str) -> str:
    """One node per body and state: "Kenya's Foreign Ministry", affiliated to Kenya; a state's army or
    military is its national armed forces when the institutions table names them ("Bundeswehr")."""
    iso3 = owner.split(":", 1)[1]
    forces = b.gaz.armed_forces(iso3) if role in ARMED_FORCES_ROLES else None
    if forces is not None:
        key = b.actor(f"org:{forces.label.lower()}", forces.label, ORGANIZATION)
        b.bare_names[key] = forces.label
    else:
        key = b.actor(f"org:{role.lower()}@{iso3}", f"{_possessive(b._labels[owner][0])} {role}", ORGANIZATION)
        b.bare_names[key] = role
    b.mention(key, span, "body")
    b.consumed.update(range(span.start, span.end))
    b.bodies.append((head.i, key, role))
    b.affiliate(key, owner, "member", head)
    return key


def _bare_body(b: _Builder, tok: Token, role: str) -> str | None:
    """The body a bare "the ministry" or "the Defense Ministry" is: the one with that role (or, for a bare
    head noun, that head noun) named most recently before it, else the next one."""
    word = role.split()[-1].lower()
    same = sorted((i, key) for i, key, r in b.bodies
                  if r == role or (len(role.split()) == 1 and r.split()[-1].lower() == word))
    before = [key for i, key in same if i < tok.i]
    after = [key for i, key in same if i > tok.i]
    return before[-1] if before else (after[0] if after else None)


# -- people ------------------------------------------------------------------------

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
    # the name as written: "Jae-in" keeps its hyphen, quotes and commas go
    name = "".join(t.whitespace_ if t.is_punct and t.text != "-" else t.text_with_ws for t in doc[start:span.end])
    name = clean(name)
    if not name or not any(c.isalpha() for c in name) or name[:1].islower():
        return None
    return start, name, titles


def _state_of(b: _Builder, token: Token) -> str | None:
    """The state or organization a token refers to, if any (it must already be a mention of it)."""
    for key in b.out.token_actors.get(token.i, ()):
        if key.startswith(("state:", "org:")):
            return key
    return None


def _whose_antecedent(tok: Token) -> Token | None:
    """What a "whose" is about: "the AU, whose commission chairperson ..." -> "AU"; None for other words.

    The name right before ", whose" when there is one (the parser often hangs the clause elsewhere),
    else the noun the relative clause or appositive is attached to."""
    if tok.tag_ != "WP$":
        return None
    doc = tok.doc
    before = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "," else tok.i - 1
    if before >= 0 and doc[before].pos_ in ("PROPN", "NOUN"):
        return doc[before]
    node = tok.head
    while node.dep_ not in ("relcl", "appos") and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ in ("relcl", "appos") else None


def _owners_of(b: _Builder, head: Token) -> list[str]:
    """Every state or organization modifying a noun, conjuncts included ("Chilean and Peruvian troops")."""
    out: list[str] = []
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            for t in (_whose_antecedent(child) or child, *child.conjuncts):
                key = _state_of(b, t)
                if key and key not in out:
                    out.append(key)
    return out


def _owner_of(b: _Builder, head: Token) -> str | None:
    """A state or organization that owns a noun through a modifier ("Kenya's", "Chilean", "U.K.", "whose")."""
    for child in head.children:
        if child.dep_ in OWNER_DEPS and child.i < head.i:
            key = _state_of(b, _whose_antecedent(child) or child)
            if key:
                return key
    return None


def _add_people(b: _Builder, spans: list[Span]) -> None:
    """Cluster person mentions: full names first, then surnames (or family names written first) to the full
    name they belong to."""
    doc, lex = b.doc, b.lex
    parsed = []
    for span in spans:
        got = _person_name(span, lex)
        if got is not None:
            start, name, titles = got
            parsed.append((span, start, name, titles))
    names = _NameIndex(parsed, {word: _person_name(span, lex) for word, span in b.person_aliases.items()})
    for span, start, name, titles in parsed:
        key = names.key(name)
        b.actor(key, name, PERSON)
        name_span = doc[start:span.end] if start < span.end else span
        b.mention(key, name_span, "name")
        b.consumed.update(range(span.start, span.end))
        for t in titles:
            b.role(key, t.role)
        _left_roles(b, key, name_span, titles)


class _NameIndex:
    """Which person each name of one article stands for.

    * a name with exactly one longer name ending with it ("Al Thani"), or a word inside exactly one long
      name ("López"), is that name;
    * a full name is itself, and remembered by its surname ("Assad" of "Bashar al-Assad");
    * a surname is the person of that surname named most recently, else the first named later;
    * a word that is no surname but the first word of a full name is that person, written family name
      first ("Wen" of "Wen Jiabao", "Moon" of "Moon Jae-in"); of several such names the one named first
      (a later namesake is written in full);
    * another name given in the text ("known as AMLO") is the person it was given to.
    """

    def __init__(self, parsed: list, aliases: dict[str, tuple | None]) -> None:
        self.parsed = parsed
        self.fulls = [name for _, _, name, _ in parsed if len(_name_parts(name)) >= 2]
        self.by_surname: dict[str, list[str]] = {}
        for name in self.fulls:
            for surname in _surnames(name):
                keys = self.by_surname.setdefault(surname, [])
                if person_key(name) not in keys:
                    keys.append(person_key(name))
        self.recent: dict[str, str] = {}
        self.aliases = {word: person_key(got[1]) for word, got in aliases.items() if got is not None}

    def key(self, name: str) -> str:
        parts = _name_parts(name)
        if name.lower() in self.aliases:
            return self.aliases[name.lower()]
        longer = _longer_name(name, self.parsed)
        if longer is not None:
            return person_key(longer)
        if len(parts) >= 2:
            for surname in _surnames(name):
                self.recent[surname] = person_key(name)
            return person_key(name)
        word = parts[-1].lower()
        if word in self.recent:
            return self.recent[word]
        if self.by_surname.get(word):
            return self.by_surname[word][0]
        first = [n for n in self.fulls if n.split()[0].lower() == word]
        return person_key(first[0] if first else name)


def _longer_name(name: str, parsed: list) -> str | None:
    """The one longer name of the article that ends with ``name`` ("Al Thani" in
    "Tamim bin Hamad Al Thani") or, for one word, has it inside ("López" in
    "Andrés Manuel López Obrador"), if exactly one does."""
    words = name.lower().split()
    if len(words) < 2:
        # a single word that is a given name or middle name of exactly one full name ("López")
        longer = {n for _, _, n, _ in parsed if len(n.split()) >= 3 and words[0] in n.lower().split()[:-1]}
        return longer.pop() if len(longer) == 1 else None
    longer = {n for _, _, n, _ in parsed if len(n.split()) > len(words) and n.lower().split()[-len(words):] == words}
    return longer.pop() if len(longer) == 1 else None


def _left_roles(b: _Builder, key: str, name_span: Span, inner_titles: list) -> None:
    """Read the titles and state modifiers before a name, or in an appositive.

    "French President Emmanuel Macron", "Germany's Chancellor, Olaf Scholz",
    "Scholz, Germany's chancellor", "Polish Digital Affairs Minister Krzysztof Gawkowski",
    "the AU, whose commission chairperson, Moussa Faki", "his Chilean counterpart, Gabriel Boric".
    """
    doc, lex = b.doc, b.lex
    lo = name_span.sent.start
    # Titles inside the entity span ("President Macron" tagged whole) sit before name_span.
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
        if found is not None and found[1].kind != "body":
            start, title = found
            role = title.role
            if title.kind == "office":
                qualified = _qualifiers_before(b, start, lo)
                if qualified < start:  # "Digital Affairs" + "Minister"
                    role, start = f"{doc[qualified:start].text} {title.role}", qualified
            b.consumed.update(range(start, i))
            if title.kind == "office" and role not in offices:
                offices.append(role)
            elif title.kind == "honorific":
                b.role(key, role)
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
    # Appositive: "Germany's Chancellor, Olaf Scholz" or "Scholz, Germany's chancellor".
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
    offices = [_counterpart_role(b, name_span, key) if role == "Counterpart" else role for role in offices]
    for role in dict.fromkeys(offices):
        b.role(key, role)
        b.offices.setdefault(key, []).append(role)
        if group:
            b.affiliate(key, group, role, name_span[0])
        body = _organization_of_office(b, role, group)
        if body is not None:
            b.affiliate(key, body, role, name_span[0])  # "Commerce Secretary" -> the Commerce Department


def _qualifiers_before(b: _Builder, start: int, lo: int) -> int:
    """Where the qualifiers of an office begin: "[Digital Affairs] Minister" after a state ("Polish"), capitalised
    proper nouns that name no actor and end in no organization word; ``start`` when there are none."""
    doc = b.doc
    i = start
    while i > lo and (_qualifier_word(b, doc[i - 1]) or (doc[i - 1].lower_ in JOINERS and i < start)):
        i -= 1
    while i < start and doc[i].lower_ in JOINERS:
        i += 1  # a run never starts with "and"
    before = i - 2 if i - 2 >= lo and doc[i - 1].tag_ == "POS" else i - 1
    if i == start or before < lo or doc[start - 1].lower_ in ORG_HEAD_WORDS:
        return start
    owner = _state_of(b, doc[before])
    return i if owner is not None and owner.startswith("state:") else start


def _qualifier_word(b: _Builder, tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.tag_ in PROPER_TAGS and not b.out.of(tok) \
        and tok.ent_type_ != "PERSON" and not _state_forms(b.gaz, tok.text) and b.lex.title(tok.text) is None


def _organization_of_office(b: _Builder, role: str, group: str | None) -> str | None:
    """The organization of the article an office names by its qualifier, of the holder's state: "Commerce
    Secretary" -> "Commerce Department", "Navy Chief" -> "Navy", "Foreign Minister" -> "Foreign Ministry"."""
    words = role.split()
    if len(words) < 2 or "of" in words or (group is not None and not group.startswith("state:")):
        return None
    qualifier = " ".join(words[:-1]).lower()
    names = {qualifier + suffix for suffix in DEPARTMENT_SUFFIXES}
    hits = [k for k, (label, type_, _) in b._labels.items()
            if type_ == ORGANIZATION and b.bare_names.get(k, label).lower() in names
            and (group is None or b.state_of_org(k) in (None, group))]
    return hits[0] if len(hits) == 1 else None


def _counterpart_role(b: _Builder, name_span: Span, key: str) -> str:
    """"his Chilean counterpart, Gabriel Boric": the office of the person named before in this or the two
    previous sentences that has one (Milei's "President"), else "Counterpart"."""
    doc = b.doc
    lo = name_span.sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for i in range(name_span.start - 1, lo - 1, -1):
        for other in b.out.token_actors.get(i, ()):
            roles = [r for r in b.offices.get(other, ()) if r != "Counterpart"]
            if other.startswith("person:") and other != key and roles:
                return roles[0]
    return "Counterpart"


def _owner_in(b: _Builder, span: Span) -> str | None:
    for tok in span:
        key = _owner_of(b, tok)
        if key:
            return key
    return None


def _whose_affiliations(b: _Builder) -> None:
    """"Scholz, whose Social Democratic Party ...": the person is a member of the organization."""
    if "whose" not in doc_text(b.doc).lower():
        return  # most articles have none; spare a pass over every token
    for tok in b.doc:
        antecedent = _whose_antecedent(tok)
        if antecedent is None:
            continue
        people = [k for k in b.out.of(antecedent) if k.startswith("person:")]
        named = [tok.head, *(c for c in tok.head.children if c.dep_ == "compound")]  # "whose Labour party"
        orgs = [k for t in named for k in b.out.of(t) if k.startswith("org:")]
        if people and orgs:
            b.affiliate(people[0], orgs[0], "member", tok.head)


# -- references that need context, in reading order -----------------------------

def _resolve_in_order(b: _Builder) -> None:
    """Mentions that need what came before: titles alone, pronouns, "both governments", "the coalition",
    group nouns of a state ("French officials")."""
    doc, lex = b.doc, b.lex
    recent_people: list[str] = []  # most recent last
    last_subject_people: list[str] = []  # person subjects of the previous sentence
    recent_orgs: dict[str, int] = {}  # organization -> sentence it was last named in (most recent last)
    last_subject_orgs: list[str] = []  # organization subjects of the previous sentence
    last_pair: tuple[str, str] | None = None
    pair_sent = 0
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
        this_org_subjects: list[str] = []
        for tok in sent:
            keys = b.out.token_actors.get(tok.i, ())
            if keys:
                for k in keys:
                    if k.startswith("org:"):
                        recent_orgs.pop(k, None)
                        recent_orgs[k] = sent_index
                        if _is_subject(tok):
                            this_org_subjects.append(k)
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
                    last_pair, pair_sent = pair, sent_index
                continue
            lower = tok.lower_
            if tok.pos_ == "PRON" and lower in PERSON_PRONOUNS:
                # "him"/"her" as an object never means the subject of its own clause ("Macron thanked him").
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
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in PAIR_NOUNS and last_pair and sent_index - pair_sent <= PAIR_REACH:
                # "both governments", "the two rivals", "each government": the two actors just named together
                plural = tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("both", "two") for c in tok.children)
                each = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children)
                if plural or each:
                    for key in last_pair:
                        b.mention(key, tok, "pair", counted=False)
                    continue
            if _is_org_anaphor(b, tok):
                target = _pick_org(this_org_subjects, last_subject_orgs, recent_orgs, sent_index)
                if target:
                    b.mention(target, tok, "anaphor")
                    if _is_subject(tok):
                        this_org_subjects.append(target)
                continue
            if tok.i in b.consumed or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            found = _title_at(lex, doc, tok.i + 1, max(sent.start, tok.i - 3))
            if found is None or found[1].kind == "body":
                continue  # bodies were named by _add_bodies
            start, title = found
            if title.kind == "group":
                for owner in _owners_of(b, tok):
                    b.mention(owner, tok, "group", counted=False)
                continue
            if title.kind != "office":
                continue
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
                continue  # "a Chilean general", "ministers": nobody in particular
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
                # An office holder never named: "Greece's foreign minister".
                state_label = b._labels[owner][0]
                label = f"{state_label}'s {title.role}"
                key = b.actor(f"person:{label.lower()}", label, PERSON)
                b.mention(key, doc[start:tok.i + 1], "title")
                b.role(key, title.role)
                b.affiliate(key, owner, title.role, tok)
                holders[(title.role, owner)] = key
        last_subject_people = this_subjects
        last_subject_orgs = this_org_subjects


def _clause_subjects(b: _Builder, tok: Token) -> set[str]:
    """Actors that are the subject of the clause a token belongs to."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {k for c in verb.children if c.dep_ == "nsubj" for k in b.out.token_actors.get(c.i, ())}


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ in ("compound", "appos", "conj") and tok.head.dep_ in ("nsubj", "nsubjpass"))


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


def _is_org_anaphor(b: _Builder, tok: Token) -> bool:
    """"the group", "the coalition", "the movement": a definite noun for an organization, owned by nobody."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in ORG_ANAPHORS \
        and tok.i not in b.consumed and tok.dep_ != "compound" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and _owner_of(b, tok) is None


def _pick_org(this_subjects: list[str], prev_subjects: list[str], recent: dict[str, int],
              sent_index: int) -> str | None:
    """Salience order for "the group": an organization subject earlier in this sentence, the subject of the
    previous sentence, then the organization named most recently (within a few sentences)."""
    if this_subjects:
        return this_subjects[-1]
    if prev_subjects:
        return prev_subjects[0]
    for key in reversed(recent):
        if sent_index - recent[key] <= ORG_REACH:
            return key
    return None


def _person_governments(b: _Builder) -> None:
    """"Scholz's government", "the Assad regime": the person's state when the article links the person to one,
    else the person."""
    states = {}
    for aff in b.out.affiliations:
        if aff.member.startswith("person:") and aff.group.startswith("state:"):
            states.setdefault(aff.member, aff.group)
    for tok in b.doc:
        if tok.lemma_.lower() not in PERSON_GROUP_NOUNS or tok.tag_ != "NN" or b.out.of(tok):
            continue
        for child in tok.children:
            people = [k for k in b.out.of(child) if k.startswith("person:")]
            if child.dep_ in ("poss", "compound") and child.i < tok.i and people:
                b.mention(states.get(people[0], people[0]), tok, "group", counted=False)
                break


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
    """Two actors joined by "and" ("Chile and Peru"), remembered for "both governments"."""
    if tok.dep_ != "conj":
        return None
    first = b.out.token_actors.get(tok.head.i, ())
    second = b.out.token_actors.get(tok.i, ())
    if len(first) == 1 and len(second) == 1 and first[0] != second[0]:
        return first[0], second[0]
    return None

