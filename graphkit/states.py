"""Sovereign states and their surface forms in news text.

Every way news text refers to a state maps to one :class:`State`: names and
abbreviations ("UK", "U.K.", "Britain"), demonyms used as modifiers
("Kenyan"), plural demonyms used as nouns ("Chileans", "Britons"),
capitals standing for governments ("Nairobi", "Warsaw") and alternative
names ("Hellenic Republic", "Burma"). Well-known state
institutions named without their state ("Bundestag", "Élysée", "Sejm") map
to an :class:`Institution`; international organizations under any of their
names ("WTO", "World Trade Organization", "World Trade Organisation") map to
one :class:`Organization`.

Sources
-------
Everything the ``countryinfo`` library covers comes from it (``name``,
``altSpellings``, ``demonym``, ``capital``, ``ISO``). Only what no library
has is written by hand, in ``data/states_extra.tsv`` (whose comment lines
document its columns), ``data/institutions.tsv`` and
``data/organizations.tsv``.

How the table is built
----------------------
1. countryinfo entries are merged by ISO alpha-3 code. Alternative spellings
   that are bare codes (all-caps, up to four letters: "IN", "NZL", "DRC"),
   that contain a comma or a parenthesis ("Korea, Republic of"), or that are
   in a non-Latin script are dropped; a leading "the" is removed from every
   form. Accented forms also get an accent-folded copy ("Bogotá" and
   "Bogota"). Capitals of territories are not forms (a territory has no
   government to stand for, and they include "Douglas" and "Stanley").
2. ``states_extra.tsv`` adds forms, sets display names, marks territories
   (``sovereign=False``) and excludes dangerous forms.
3. Every form has exactly one state and one kind. When one form
   (compared case-insensitively) has several candidates: a row of the extras
   file wins ("Congo", "Congolese" -> DR Congo; "Dominican" -> Dominican
   Republic); otherwise a sovereign state beats territories ("French" ->
   France, not Martinique or Réunion; "Norwegian" -> Norway, not Svalbard);
   if that still leaves two states the form is dropped ("Channel Islander").
   For one state the kind is chosen in the order: display name, demonym,
   capital, other name, plural demonym (so "Djibouti" is a name, "Thai" a
   demonym).
4. Plural demonyms are derived from the final demonyms by appending "s" to
   those ending in a vowel, "n" or "er" ("Kenyans", "Chileans",
   "New Zealanders"), but not to those ending in "-ese" or "-ish" or
   containing " and "; the irregular ones ("Britons" is derived from
   "Briton", "Brits", "Danes", "Turks") come from the extras file. Invariant
   demonyms ("Swiss", "Vietnamese", "French") are reported as ``demonym``.

Matching rule
-------------
:meth:`Gazetteer.lookup` accepts a surface form exactly as stored, tolerating
a leading "the ", a trailing possessive ("'s", "'", curly or straight),
curly apostrophes, runs of whitespace and a missing final dot of a dotted
abbreviation ("U.S"). Beyond an exact match:

* forms of up to three characters and all-caps codes without dots (up to
  five letters: "US", "UK", "NZ", "DRC") match only exactly, so "us" and
  "Us" are not the United States;
* every other form matches case-insensitively provided each word that is
  capitalised in the form is capitalised in the text: "UNITED STATES" and
  "United States Of America" match, "chad", "jordan" and "united States" do
  not. Dotted abbreviations follow this rule too ("u.s." does not match).

Common words that are also country names ("Jordan", "Georgia", "Chad",
"Turkey", "Guinea", "Niger") are kept when capitalised; telling the country
from the person or the US state is the caller's job (spaCy's entity label).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

from countryinfo import all_countries

from .errors import TableError
from .names import collapse_spaces, fold, straighten, strip_possessive, strip_the
from .tables import DATA_DIR, read_rows

__all__ = [
    "Gazetteer",
    "Institution",
    "Organization",
    "State",
    "StateForm",
    "load_gazetteer",
]

EXTRAS_PATH = DATA_DIR / "states_extra.tsv"
INSTITUTIONS_PATH = DATA_DIR / "institutions.tsv"
ORGANIZATIONS_PATH = DATA_DIR / "organizations.tsv"

#: The kinds a :class:`StateForm` can have.
FORM_KINDS = ("name", "demonym", "plural_demonym", "capital")
_EXTRA_KINDS = frozenset(FORM_KINDS) | {"exclude", "territory"}
_EXTRAS_HEADER = ("form", "iso3", "kind", "note")
_INSTITUTIONS_HEADER = ("name", "iso3", "label", "kind")
_ORGANIZATIONS_HEADER = ("form", "label", "kind")
#: The kinds of an :class:`Organization` (``data/organizations.tsv``).
ORGANIZATION_KINDS = frozenset({"intergovernmental", "agency", "court", "alliance", "forum", "bank", "ngo"})

# Candidate priorities within one state (lower wins).
_P_DISPLAY, _P_DEMONYM, _P_CAPITAL, _P_NAME, _P_PLURAL = range(5)
_KIND_PRIORITY = MappingProxyType(
    {"name": _P_NAME, "demonym": _P_DEMONYM, "capital": _P_CAPITAL, "plural_demonym": _P_PLURAL}
)

_WORD_SPLIT = re.compile(r"[\s\-]+")
_NAME_SPLIT = re.compile(r"[\s\-/']+")
_CODE = re.compile(r"[A-Z]{1,4}")
_SHORT_CODE = re.compile(r"[A-Z]{1,5}")


@dataclass(frozen=True)
class State:
    """A state (or, with ``sovereign=False``, a territory).

    Attributes
    ----------
    iso3 : str
        ISO 3166-1 alpha-3 code ("XKX" for Kosovo).
    name : str
        Common English name.
    sovereign : bool
        False for dependent territories (Puerto Rico, Greenland, Hong Kong),
        which graphkit types as locations.

    Examples
    --------
    >>> State("FRA", "France")
    State(iso3='FRA', name='France', sovereign=True)
    """

    iso3: str
    name: str
    sovereign: bool = True


@dataclass(frozen=True)
class StateForm:
    """One surface form of a state.

    Attributes
    ----------
    state : State
        The state the form refers to.
    kind : str
        "name", "demonym", "plural_demonym" or "capital".
    form : str
        The surface form as stored (not as found in the text).

    Examples
    --------
    >>> f = load_gazetteer().lookup("Chileans")
    >>> (f.state.iso3, f.kind, f.form)
    ('CHL', 'plural_demonym', 'Chileans')
    """

    state: State
    kind: str
    form: str


@dataclass(frozen=True)
class Institution:
    """A state institution named without its state ("Bundestag").

    Attributes
    ----------
    label : str
        Display name shared by all aliases ("Royal Air Force" for "RAF").
    iso3 : str
        The state's ISO alpha-3 code.
    kind : str
        "ministry", "armed_forces" (a state's national armed forces, at
        most one per state), "military" (a branch or force of its own),
        "intelligence", "legislature", "executive", "law_enforcement",
        "central_bank", "agency" or "council".

    Examples
    --------
    >>> load_gazetteer().institution("FCDO")
    Institution(label='Foreign Office', iso3='GBR', kind='ministry')
    """

    label: str
    iso3: str
    kind: str


@dataclass(frozen=True)
class Organization:
    """An international organization, whatever name the text gives it ("WTO", "World Trade
    Organisation", "the World Trade Organization").

    Attributes
    ----------
    label : str
        Canonical display name shared by all its forms ("World Trade Organization").
    kind : str
        One of :data:`ORGANIZATION_KINDS` ("intergovernmental", "agency", ...).

    Examples
    --------
    >>> load_gazetteer().organization("WTO")
    Organization(label='World Trade Organization', kind='agency')
    """

    label: str
    kind: str


@dataclass(frozen=True)
class _Candidate:
    form: str
    iso3: str
    kind: str
    priority: int
    extra: bool


#: Entries in each of a Gazetteer's lookup memos.
_MEMO_SIZE = 1 << 15

# ---------------------------------------------------------------- text helpers


def _normalize(text: str) -> str:
    """NFC, straight apostrophes, single spaces, stripped."""
    # a backtick stands for an apostrophe in names ("Cote d`Ivoire")
    return collapse_spaces(straighten(unicodedata.normalize("NFC", text)).replace("`", "'"))


def _first_word(text: str) -> str:
    """The first word of ``text`` as the lookup indexes key it (hyphens, slashes, apostrophes split words)."""
    words = _NAME_SPLIT.split(_key(_normalize(text)), maxsplit=1)
    return words[0]


def _is_latin(text: str) -> bool:
    """Whether every letter is Latin (IPA transcriptions are not)."""
    return all(
        not c.isalpha() or (unicodedata.name(c, "").startswith("LATIN") and not 0x250 <= ord(c) <= 0x2AF)
        for c in text
    )


def _key(text: str) -> str:
    return text.casefold()


def _exact_only(form: str) -> bool:
    """Short forms and all-caps codes match only exactly."""
    return len(form) <= 3 or ("." not in form and _SHORT_CODE.fullmatch(form) is not None)


def _case_ok(text: str, form: str) -> bool:
    """Whether ``text`` is ``form`` under the module's case rule."""
    if text == form:
        return True
    if _exact_only(form) or _key(text) != _key(form):
        return False
    text_words = _WORD_SPLIT.split(text)
    form_words = _WORD_SPLIT.split(form)
    if len(text_words) != len(form_words):
        return False
    return all(not f[:1].isupper() or t[:1].isupper() for t, f in zip(text_words, form_words))


def _variants(text: str) -> Iterator[str]:
    """The text and its tolerated variants, most literal first."""
    text = _normalize(text)
    if not text:
        return
    base = strip_the(text)
    seen: set[str] = set()
    for cand in (text, base):
        for v in (cand, strip_possessive(cand)):
            if v and v not in seen:
                seen.add(v)
                yield v
    if "." in base and not base.endswith("."):
        yield base + "."


def _clean_form(raw: object) -> str | None:
    """A countryinfo string as a form, or None when it is unusable."""
    if not isinstance(raw, str):
        return None
    form = strip_the(_normalize(raw))
    if not form or "," in form or "(" in form or not _is_latin(form):
        return None
    return form


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


# ---------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Surface forms of states and state institutions.

    Parameters
    ----------
    extras_path : path-like, optional
        The hand-written additions (default: the packaged
        ``data/states_extra.tsv``).
    institutions_path : path-like, optional
        The institutions table (default: the packaged
        ``data/institutions.tsv``).
    organizations_path : path-like, optional
        The international organizations table (default: the packaged
        ``data/organizations.tsv``).

    Raises
    ------
    TableError
        When a table cannot be read, or a row is malformed or contradicts
        another (the message names the file and the line).

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("the U.K.'s").state.name
    'United Kingdom'
    >>> gaz.lookup("Nairobi").kind
    'capital'
    >>> gaz.lookup("us") is None
    True
    >>> gaz.state("PRI")
    State(iso3='PRI', name='Puerto Rico', sovereign=False)

    Notes
    -----
    Building the tables takes a few tens of milliseconds; use
    :func:`load_gazetteer` for the shared, cached instance.
    """

    def __init__(
        self,
        extras_path: str | os.PathLike[str] | None = None,
        institutions_path: str | os.PathLike[str] | None = None,
        organizations_path: str | os.PathLike[str] | None = None,
    ) -> None:
        extras_path = Path(extras_path or EXTRAS_PATH)
        extras = read_rows(extras_path, _EXTRAS_HEADER)
        self._states, candidates, excluded = _build_states(extras, extras_path.name)
        resolved, dropped = _resolve(candidates, self._states, excluded, extras_path.name)
        resolved = _add_plurals(resolved, excluded)
        self._dropped = tuple(sorted(dropped))  # forms left out as ambiguous ("channel islander"), for inspection
        self._forms: dict[str, tuple[StateForm, ...]] = {}
        for key, (form, iso3, kind) in resolved.items():
            self._forms[key] = (StateForm(self._states[iso3], kind, form),)
        self._sorted_forms = sorted(
            (f for group in self._forms.values() for f in group),
            key=lambda f: (_key(f.form), f.form, f.state.iso3, f.kind),
        )
        self._institutions = _build_institutions(Path(institutions_path or INSTITUTIONS_PATH), self._states)
        self._organizations = _build_organizations(Path(organizations_path or ORGANIZATIONS_PATH))
        self._armed_forces = {inst.iso3: inst for group in self._institutions.values() for _, inst in group
                              if inst.kind == "armed_forces"}
        # Extraction asks about the same few thousand strings over and over; bounded memos keep the answers
        # (the indexes never change after this point) without letting memory grow with the corpus.
        self._lookup = lru_cache(maxsize=_MEMO_SIZE)(partial(_match, self._forms))
        self._institution = lru_cache(maxsize=_MEMO_SIZE)(partial(_match, self._institutions))
        self._organization = lru_cache(maxsize=_MEMO_SIZE)(partial(_match, self._organizations))
        self._first_words = frozenset(_first_word(key) for index in (self._forms, self._institutions,
                                                                     self._organizations) for key in index)
        self._may_start = lru_cache(maxsize=_MEMO_SIZE)(self._starts_some_name)

    # -- lookups

    def may_start_name(self, word: str) -> bool:
        """Whether some state form, institution or organization name can start with ``word``.

        A cheap test before trying the spans that start at a word: most
        capitalised words of an article start none.

        Parameters
        ----------
        word : str
            A token's text (any case; "the" always passes, since lookups drop it).

        Returns
        -------
        bool
            True also for "the", which lookups drop.

        Examples
        --------
        >>> [load_gazetteer().may_start_name(word) for word in ("Kenya", "The", "Wednesday")]
        [True, True, False]
        """
        return self._may_start(word)

    def _starts_some_name(self, word: str) -> bool:
        """:meth:`may_start_name` worked out (asked through a bounded memo)."""
        first = _first_word(word)
        return first == "the" or first in self._first_words  # lookups drop a leading "the"

    def lookup(self, text: str) -> StateForm | None:
        """The state form that ``text`` is, or None.

        Parameters
        ----------
        text : str
            A whole mention ("the United Kingdom", "Kenya's", "Chileans").

        Returns
        -------
        StateForm or None
            None unless the whole text is a known form under the module's
            matching rule (see the module docstring).

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.lookup("the United Kingdom").state.iso3
        'GBR'
        >>> gaz.lookup("Britain’s").state.iso3
        'GBR'
        >>> gaz.lookup("Kenyan").kind
        'demonym'
        >>> gaz.lookup("Burma").state.name
        'Myanmar'
        >>> gaz.lookup("US").state.iso3, gaz.lookup("us")
        ('USA', None)
        >>> gaz.lookup("chad") is None, gaz.lookup("Chad").state.iso3
        (True, 'TCD')
        >>> gaz.lookup("IN") is None
        True
        """
        return self._lookup(text) if isinstance(text, str) else None

    def state(self, iso3: str) -> State | None:
        """The state (or territory) with ISO alpha-3 code ``iso3``.

        Parameters
        ----------
        iso3 : str
            Alpha-3 code, any case.

        Returns
        -------
        State or None

        Examples
        --------
        >>> load_gazetteer().state("ken")
        State(iso3='KEN', name='Kenya', sovereign=True)
        >>> load_gazetteer().state("XXX") is None
        True
        """
        return self._states.get(iso3.strip().upper()) if isinstance(iso3, str) else None

    def institution(self, text: str) -> Institution | None:
        """The state institution that ``text`` names, or None.

        Same tolerance and case rule as :meth:`lookup`.

        Parameters
        ----------
        text : str
            A whole mention ("the Bundestag", "Élysée's").

        Returns
        -------
        Institution or None
            None for a name the table does not hold.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.institution("the Bundestag's")
        Institution(label='Bundestag', iso3='DEU', kind='legislature')
        >>> gaz.institution("RAF").label
        'Royal Air Force'
        >>> gaz.institution("Elysee").iso3
        'FRA'
        >>> gaz.institution("Senate") is None
        True
        """
        return self._institution(text) if isinstance(text, str) else None

    def armed_forces(self, iso3: str) -> Institution | None:
        """The national armed forces of a state, when the institutions table names them.

        "Germany's military" and "the German army" are these institutions.

        Parameters
        ----------
        iso3 : str
            Alpha-3 code of the state.

        Returns
        -------
        Institution or None

        Examples
        --------
        >>> load_gazetteer().armed_forces("DEU").label
        'Bundeswehr'
        >>> load_gazetteer().armed_forces("GBR") is None  # the Royal Navy is one branch, not the armed forces
        True
        """
        return self._armed_forces.get(iso3)

    def organization(self, text: str) -> Organization | None:
        """The international organization that ``text`` names, or None.

        Same tolerance and case rule as :meth:`lookup`.

        Parameters
        ----------
        text : str
            A whole mention: "the WTO", "African Union's" or "G-20".

        Returns
        -------
        Organization or None
            ``None`` for a name no row of ``organizations.tsv`` holds.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [gaz.organization(name).label for name in ("the AU's", "African Union")]
        ['African Union', 'African Union']
        >>> gaz.organization("Group of Twenty").label, gaz.organization("G-20").label
        ('G20', 'G20')
        >>> gaz.organization("who") is None, gaz.organization("WHO").label
        (True, 'World Health Organization')
        """
        return self._organization(text) if isinstance(text, str) else None

    # -- listings

    def forms(self) -> list[StateForm]:
        """Every state form, sorted by form (case-insensitively), then state.

        Use the ``form`` strings to build a spaCy ``PhraseMatcher``
        (``attr="LOWER"`` finds every case variant) and confirm each match
        with :meth:`lookup`, which applies the case rule.

        Returns
        -------
        list of StateForm

        Examples
        --------
        >>> forms = load_gazetteer().forms()
        >>> any(f.form == "Kenyans" for f in forms)
        True
        """
        return list(self._sorted_forms)

    def institution_forms(self) -> list[tuple[str, Institution]]:
        """Every institution name with its institution, sorted by name.

        Returns
        -------
        list of (str, Institution)
            Accent-folded names ("Elysee") beside the names as written.

        Examples
        --------
        >>> ("Sejm", Institution("Sejm", "POL", "legislature")) in load_gazetteer().institution_forms()
        True
        """
        pairs = [(form, inst) for group in self._institutions.values() for form, inst in group]
        return sorted(pairs, key=lambda p: (_key(p[0]), p[0], p[1].iso3, p[1].label))

    def organization_forms(self) -> list[tuple[str, Organization]]:
        """Every international organization form with its organization, sorted by form.

        Returns
        -------
        list of (str, Organization)

        Examples
        --------
        >>> ("OPEC", Organization("OPEC", "intergovernmental")) in load_gazetteer().organization_forms()
        True
        """
        pairs = [(form, org) for group in self._organizations.values() for form, org in group]
        return sorted(pairs, key=lambda p: (_key(p[0]), p[0], p[1].label))

    def states(self) -> list[State]:
        """Every state and territory, sorted by ISO code.

        Returns
        -------
        list of State

        Examples
        --------
        >>> sum(s.sovereign for s in load_gazetteer().states()) > 190
        True
        """
        return sorted(self._states.values(), key=lambda s: s.iso3)

    def __repr__(self) -> str:
        n_inst = sum(len(group) for group in self._institutions.values())
        n_org = sum(len(group) for group in self._organizations.values())
        return (f"Gazetteer({len(self._sorted_forms)} forms, {len(self._states)} states, {n_inst} institution names, "
                f"{n_org} organization names)")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once and shared.

    Returns
    -------
    Gazetteer

    Examples
    --------
    >>> load_gazetteer() is load_gazetteer()
    True
    >>> load_gazetteer().lookup("Hellenic Republic").state.name
    'Greece'
    """
    return Gazetteer()


# ---------------------------------------------------------------- building


def _match(index: Mapping[str, tuple[Any, ...]], text: str) -> Any:
    """Look ``text`` up in a key -> (StateForm, ...) or key -> ((form, Institution), ...) index."""
    if not isinstance(text, str):
        return None
    for variant in _variants(text):
        entries = index.get(_key(variant))
        if not entries:
            continue
        best = None
        for entry in entries:
            form, value = (entry.form, entry) if isinstance(entry, StateForm) else entry
            if variant == form:
                return value
            if best is None and _case_ok(variant, form):
                best = value
        if best is not None:
            return best
    return None


def _build_states(
    extras: list[tuple[int, list[str]]], source: str
) -> tuple[dict[str, State], list[_Candidate], list[tuple[str, str]]]:
    """States, form candidates and exclusions from countryinfo plus the extras rows."""
    dropped_entries: set[str] = set()
    territories: set[str] = set()
    canonical: dict[str, str] = {}
    excluded: list[tuple[str, str]] = []  # (key, iso3 or "")
    extra_rows: list[tuple[str, str, str]] = []
    for lineno, (form, iso3, kind, note) in extras:
        where = f"{source}:{lineno}"
        if kind not in _EXTRA_KINDS:
            raise TableError(f"{where}: kind {kind!r}; expected one of {sorted(_EXTRA_KINDS)}")
        if iso3 and not re.fullmatch(r"[A-Z]{3}", iso3):
            raise TableError(f"{where}: iso3 {iso3!r}; expected three capital letters")
        if kind == "exclude":
            if form == "*":
                if not iso3:
                    raise TableError(f"{where}: '*' exclusion needs an iso3")
                dropped_entries.add(iso3)
            else:
                excluded.append((_key(_normalize(form)), iso3))
            continue
        if not iso3:
            raise TableError(f"{where}: kind {kind!r} needs an iso3")
        if kind == "territory":
            territories.add(iso3)
            continue
        form = _normalize(form)
        if not form:
            raise TableError(f"{where}: empty form")
        if kind == "name" and note.startswith("canonical"):
            if iso3 in canonical:
                raise TableError(f"{where}: second canonical name {form!r} for {iso3} (first: {canonical[iso3]!r})")
            canonical[iso3] = form
        extra_rows.append((form, iso3, kind))

    names: dict[str, str] = {}
    candidates: list[_Candidate] = []

    def add(form: str | None, iso3: str, kind: str, priority: int, extra: bool) -> None:
        if not form:
            return
        candidates.append(_Candidate(form, iso3, kind, priority, extra))
        folded = fold(form)
        if folded != form:
            candidates.append(_Candidate(folded, iso3, kind, priority, extra))

    for country in all_countries():
        info = country.info()
        iso = info.get("ISO") or {}
        iso3 = (iso.get("alpha3") or "").strip().upper()
        if len(iso3) != 3 or iso3 in dropped_entries:
            continue
        name = _clean_form(info.get("name"))
        if name and iso3 not in names and "numeric" in iso:
            names[iso3] = name
        add(name, iso3, "name", _P_DISPLAY, False)
        for alt in info.get("altSpellings") or []:
            alt_form = _clean_form(alt)
            if alt_form and not _CODE.fullmatch(alt_form):
                add(alt_form, iso3, "name", _P_NAME, False)
        for raw in _as_list(info.get("demonym")):
            for part in re.split(r"[,/]", raw):
                add(_clean_form(part), iso3, "demonym", _P_DEMONYM, False)
        if iso3 not in territories:
            for raw in _as_list(info.get("capital")):
                for part in raw.split("/"):
                    add(_clean_form(part), iso3, "capital", _P_CAPITAL, False)
        names.setdefault(iso3, name or iso3)

    for form, iso3, kind in extra_rows:
        priority = _P_DISPLAY if canonical.get(iso3) == form else _KIND_PRIORITY[kind]
        add(form, iso3, kind, priority, True)

    for iso3, name in canonical.items():
        names[iso3] = name
    unknown = sorted({iso3 for _, iso3, _ in extra_rows} - set(names))
    if unknown:
        raise TableError(f"{source}: {', '.join(unknown)} neither in countryinfo nor given a canonical name")
    unknown = sorted(territories - set(names))
    if unknown:
        raise TableError(f"{source}: territory rows for unknown codes {', '.join(unknown)}")
    states = {iso3: State(iso3, name, iso3 not in territories) for iso3, name in names.items()}
    return states, candidates, excluded


def _is_excluded(form: str, iso3: str, excluded: Iterable[tuple[str, str]]) -> bool:
    key = _key(form)
    return any(key == ex_key and (not ex_iso or ex_iso == iso3) for ex_key, ex_iso in excluded)


def _resolve(
    candidates: list[_Candidate], states: dict[str, State], excluded: list[tuple[str, str]], source: str
) -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    """One (form, iso3, kind) per case-insensitive key; also the keys dropped as ambiguous."""
    groups: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        if not _is_excluded(cand.form, cand.iso3, excluded):
            groups.setdefault(_key(cand.form), []).append(cand)
    resolved: dict[str, tuple[str, str, str]] = {}
    dropped: list[str] = []
    for key, group in groups.items():
        extra = [c for c in group if c.extra]
        if extra:
            if len({c.iso3 for c in extra}) > 1:
                raise TableError(
                    f"{source}: form {extra[0].form!r} given to {', '.join(sorted({c.iso3 for c in extra}))}"
                )
            group = extra
        if len({c.iso3 for c in group}) > 1:
            group = [c for c in group if states[c.iso3].sovereign]
            if len({c.iso3 for c in group}) != 1:
                dropped.append(key)
                continue
        best = min(group, key=lambda c: (c.priority, not c.extra, c.form))
        resolved[key] = (best.form, best.iso3, best.kind)
    return resolved, dropped


def _plural(demonym: str) -> str | None:
    """The regular plural of a demonym, or None when it has no regular plural."""
    last = demonym.rsplit(" ", 1)[-1].lower()
    if " and " in demonym or last.endswith(("ese", "ish")):
        return None
    if last.endswith(("a", "e", "i", "o", "u", "n", "er")):
        return demonym + "s"
    return None


def _add_plurals(
    resolved: dict[str, tuple[str, str, str]], excluded: list[tuple[str, str]]
) -> dict[str, tuple[str, str, str]]:
    """``resolved`` plus derived plural demonyms for keys not yet taken."""
    out = dict(resolved)
    for form, iso3, kind in sorted(resolved.values()):
        if kind != "demonym":
            continue
        plural = _plural(form)
        if plural and _key(plural) not in out and not _is_excluded(plural, iso3, excluded):
            out[_key(plural)] = (plural, iso3, "plural_demonym")
    return out


def _build_institutions(path: Path, states: dict[str, State]) -> dict[str, tuple[tuple[str, Institution], ...]]:
    """key -> ((name, Institution), ...) from the institutions TSV."""
    index: dict[str, list[tuple[str, Institution]]] = {}
    armed_forces: dict[str, str] = {}
    for lineno, (name, iso3, label, kind) in read_rows(path, _INSTITUTIONS_HEADER):
        where = f"{path.name}:{lineno}"
        if iso3 not in states:
            raise TableError(f"{where}: iso3 {iso3!r} is not a known state code")
        if not name or not label or not kind:
            raise TableError(f"{where}: empty name, label or kind")
        if kind == "armed_forces" and armed_forces.setdefault(iso3, label) != label:
            raise TableError(f"{where}: {iso3} already has armed forces {armed_forces[iso3]!r}")
        inst = Institution(_normalize(label), iso3, kind)
        name = _normalize(name)
        for form in dict.fromkeys((name, fold(name))):
            entries = index.setdefault(_key(form), [])
            for other_form, other in entries:
                if other != inst and _key(other_form) == _key(form):
                    raise TableError(f"{where}: {form!r} already names {other}")
            if (form, inst) not in entries:
                entries.append((form, inst))
    return {key: tuple(entries) for key, entries in index.items()}


def _build_organizations(path: Path) -> dict[str, tuple[tuple[str, Organization], ...]]:
    """key -> ((form, Organization), ...) from the international organizations TSV."""
    index: dict[str, list[tuple[str, Organization]]] = {}
    for lineno, (form, label, kind) in read_rows(path, _ORGANIZATIONS_HEADER):
        where = f"{path.name}:{lineno}"
        if not form or not label:
            raise TableError(f"{where}: empty form or label")
        if kind not in ORGANIZATION_KINDS:
            raise TableError(f"{where}: kind {kind!r}; expected one of {sorted(ORGANIZATION_KINDS)}")
        org = Organization(_normalize(label), kind)
        form = _normalize(form)
        for variant in dict.fromkeys((form, fold(form))):
            entries = index.setdefault(_key(variant), [])
            for other_form, other in entries:
                if other != org:
                    raise TableError(f"{where}: {variant!r} already names {other}")
            if (variant, org) not in entries:
                entries.append((variant, org))
    return {key: tuple(entries) for key, entries in index.items()}
