"""Action classes, political titles and word classes, read once from ``graphkit/data/*.tsv``.

Four tab-separated tables ship with graphkit (read by :mod:`graphkit.tables`):

``action_classes.tsv``
    Maps the lemma of an action word (a verb such as "reject", or an event
    noun such as "airstrike") to a PLOVER category, a quad class and a set of
    syntactic flags. The comment block at the top of the file documents every
    column and flag. Written by hand; it wins over the derived table.
``cameo_verbs.tsv``, ``cameo_objects.tsv``, ``cameo_nouns.tsv``
    Derived from the CAMEO verb dictionary of PETRARCH-2 through PLOVER's
    CAMEO -> PLOVER table by ``scripts/derive_action_classes.py``
    (:class:`CameoClasses`): the verbs the hand table lacks, and the classes
    verbs take by the head of their object ("lift" + "curfew" is a
    concession, "halt" + "aid" a sanction).
``titles.tsv``
    Political titles ("prime minister", "gen."), roles at organizations
    ("attorney", "correspondent"), honorifics ("sheikh",
    "mr.") and group nouns ("officials", "forces").
``word_classes.tsv``
    Open-class words the extraction rules read by class: nouns that name an
    act, quantity nouns, verbs of leadership, causative verbs ...

:func:`load_lexicon` reads the tables once and returns a shared, read-only
:class:`Lexicon`. Build your own with :meth:`Lexicon.from_paths` (for
instance in tests); a malformed row raises :class:`graphkit.errors.GraphkitError`
naming the file, the line and the valid values.

Examples
--------
>>> lex = load_lexicon()
>>> lex.classify("reject")
('reject', 'verbal-conflict')
>>> lex.classify("airstrike", "NOUN")
('assault', 'material-conflict')
>>> lex.classify("lift", obj="curfew"), lex.classify("demand")
(('concede', 'verbal-cooperation'), ('request', 'verbal-conflict'))
>>> lex.has_flag("issue", "VERB", "light")
True
>>> lex.title("Gen").role
'General'
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping

from graphkit.errors import GraphkitError, TableError
from graphkit.tables import parse_rows, read_text

__all__ = [
    "ACTION_FILE",
    "CAMEO_NOUN_FILE",
    "CAMEO_NOUN_HEADER",
    "CAMEO_OBJECT_FILE",
    "CAMEO_OBJECT_HEADER",
    "CAMEO_VERB_FILE",
    "CAMEO_VERB_HEADER",
    "CATEGORIES",
    "CATEGORY_QUADS",
    "FLAGS",
    "NO_CLASS",
    "POS_TAGS",
    "QUADS",
    "TITLE_FILE",
    "TITLE_KINDS",
    "WORD_CLASSES",
    "WORD_FILE",
    "ActionClass",
    "CameoClasses",
    "Lexicon",
    "Title",
    "load_lexicon",
]

#: File names of the packaged tables, inside ``graphkit/data``.
ACTION_FILE = "action_classes.tsv"
CAMEO_VERB_FILE = "cameo_verbs.tsv"
CAMEO_OBJECT_FILE = "cameo_objects.tsv"
CAMEO_NOUN_FILE = "cameo_nouns.tsv"
TITLE_FILE = "titles.tsv"
WORD_FILE = "word_classes.tsv"

#: Classes of the word-class table; its comment block says what each holds.
WORD_CLASSES: tuple[str, ...] = (
    "act_noun",
    "quantity_noun",
    "hypothetical_modifier",
    "hypothetical_head",
    "prospect_noun",
    "reported_adverb",
    "reporting_verb",
    "reporting_noun",
    "city_office",
    "causative_verb",
    "leadership_verb",
    "role_verb",
    "employment_verb",
    "employer_verb",
    "seat_verb",
    "client_verb",
    "non_job_noun",
    "speaking_role",
    "office_body",
    "membership_verb",
    "member_noun",
    "pair_noun",
    "org_head_word",
    "org_kind_noun",
    "org_anaphor",
    "description_noun",
    "person_group_noun",
    "known_as_verb",
    "weapon_noun",
    "department_suffix",
    "armed_forces_role",
    "compass_word",
    "instrument_noun",
    "culprit_noun",
    "culprit_verb",
    "agent_noun",
    "patient_noun",
    "reported_modifier",
    "resource_noun",
    "giving_verb",
    "negative_head",
    "agency_noun",
    "intent_head",
    "from_target_verb",
    "receiving_verb",
    "joint_verb",
    "relation_noun",
    "measure_noun",
    "custody_noun",
    "argument_head",
    "killing_word",
    "readiness_head",
    "motion_noun",
    "protect_verb",
    "naming_verb",
    "judgement_word",
    "frame_noun",
    "home_group",
    "mission_noun",
    "buildup_verb",
    "flight_verb",
    "renewal_verb",
    "arrival_verb",
    "aid_force_word",
    "siding_verb",
    "desire_verb",
    "ending_verb",
)

#: Parts of speech of the action table.
POS_TAGS: tuple[str, ...] = ("VERB", "NOUN")

#: Action categories: PLOVER's sixteen (lower case, in PLOVER's order; a CAMEO demand is ``request``,
#: disapproval and investigation are ``accuse``, fighting is ``assault``), then graphkit's neutral
#: classes: ``communicate`` (statements), ``other`` (an act outside PLOVER), ``ignore`` (no act).
CATEGORIES: tuple[str, ...] = (
    "agree",
    "consult",
    "support",
    "concede",
    "cooperate",
    "aid",
    "retreat",
    "request",
    "accuse",
    "reject",
    "threaten",
    "protest",
    "sanction",
    "mobilize",
    "coerce",
    "assault",
    "communicate",
    "other",
    "ignore",
)

#: PLOVER quad classes plus ``neutral``.
QUADS: tuple[str, ...] = (
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
    "neutral",
)

#: Row flags; see the comment block of ``action_classes.tsv``.
FLAGS: tuple[str, ...] = (
    "light",
    "negative",
    "reciprocal",
    "object_control",
    "directive",
    "event",
)

#: Kinds of the title table.
TITLE_KINDS: tuple[str, ...] = ("office", "role", "honorific", "group", "body")

_VC, _MC, _VX, _MX, _NEU = QUADS

#: The quads each category may take: PLOVER's quad of the category, except ``request``, which is verbal
#: cooperation for an appeal (CAMEO 02: "urge", "appeal") and verbal conflict for a demand (CAMEO 10).
CATEGORY_QUADS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "agree": frozenset({_VC}),
        "consult": frozenset({_VC}),
        "support": frozenset({_VC}),
        "concede": frozenset({_VC}),
        "cooperate": frozenset({_MC}),
        "aid": frozenset({_MC}),
        "retreat": frozenset({_MC}),
        "request": frozenset({_VC, _VX}),
        "accuse": frozenset({_VX}),
        "reject": frozenset({_VX}),
        "threaten": frozenset({_VX}),
        "protest": frozenset({_MX}),
        "sanction": frozenset({_MX}),
        "mobilize": frozenset({_MX}),
        "coerce": frozenset({_MX}),
        "assault": frozenset({_MX}),
        "communicate": frozenset({_NEU}),
        "other": frozenset({_NEU}),
        "ignore": frozenset({_NEU}),
    }
)

# Flags that only make sense for one part of speech.
_FLAG_POS: Mapping[str, str] = MappingProxyType(
    {
        "light": "VERB",
        "object_control": "VERB",
        "directive": "VERB",
        "event": "NOUN",
    }
)

# spaCy coarse tags mapped onto the two table parts of speech.
_POS_ALIASES: Mapping[str, str] = MappingProxyType(
    {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
)

_ACTION_HEADER = ("lemma", "pos", "category", "quad", "flags")
#: Columns of the derived CAMEO tables (written by ``scripts/derive_action_classes.py``).
CAMEO_VERB_HEADER = ("lemma", "category", "quad", "groups")
CAMEO_OBJECT_HEADER = ("group", "object", "category", "quad")
CAMEO_NOUN_HEADER = ("noun", "sets")
#: An empty field of the CAMEO tables (a verb without a class of its own, or in no group).
NO_CLASS = "-"
#: Categories whose polarity no object class turns: verbs that judge an act, which graphkit aims at the
#: act's author where CAMEO aims them at its victim ("protest" + "arrest" is support for the arrested in
#: CAMEO), and uses of force, which stay force whatever is sent ("deploy" + "troops" is military aid in
#: CAMEO, also when the troops invade).
_POLARITY_KEPT = frozenset({"reject", "accuse", "protest", "threaten", "support", "agree", "cooperate",
                            "mobilize", "assault"})
#: ``ActionClass.origin`` of the rows of each table.
HAND, CAMEO = "graphkit", "cameo"
#: A table file given in place of a packaged one (None: the packaged one).
TablePath = str | os.PathLike | None

_TITLE_HEADER = ("form", "role", "kind")
_WORD_HEADER = ("word", "class", "value")
_NO_FLAGS = "-"
_UNKNOWN = ("other", "neutral")
#: What a memo of :class:`Lexicon` holds at most before it starts again: answers are per lemma or form, and a
#: long run meets ever new ones (memory stays flat).
_MEMO_SIZE = 100_000
#: A memo's "not known yet" (None is an answer).
_MISSING = object()
#: The class of a refused act of cooperation (CAMEO 12, "decline to ...").
_REFUSAL = ("reject", "verbal-conflict")


def _polarity(quad: str) -> str:
    """``"cooperation"``, ``"conflict"`` or ``"neutral"``."""
    return quad.rpartition("-")[2]


def _choices(values: Iterable[str]) -> str:
    return ", ".join(values)


def _normalize(text: str) -> str:
    """Lowercase *text* and collapse runs of whitespace to one space."""
    return " ".join(text.lower().split())


def _last_word(text: str) -> str:
    """The last word of *text*, lowercased, with dots, hyphens and spaces as separators ("" for none)."""
    lower = text.lower()
    if lower.isalpha():  # most tokens: one word, no separator in it
        return lower
    words = lower.replace(".", " ").replace("-", " ").split()
    return words[-1] if words else ""


def _normalize_form(text: str) -> str:
    """Normalize a title form: lowercase, single spaces, no spaces around hyphens."""
    return re.sub(r"\s*-\s*", "-", _normalize(text))


def _action_problem(
    lemma: str, pos: str, category: str, quad: str, flags: frozenset[str]
) -> str | None:
    """Return what is wrong with an action row, or None when it is valid."""
    if not lemma or lemma != _normalize(lemma):
        return (
            f"lemma {lemma!r} must be non-empty lowercase words separated by single spaces"
        )
    if pos not in POS_TAGS:
        return f"unknown pos {pos!r}; valid: {_choices(POS_TAGS)}"
    if category not in CATEGORY_QUADS:
        return f"unknown category {category!r}; valid: {_choices(CATEGORIES)}"
    if quad not in QUADS:
        return f"unknown quad {quad!r}; valid: {_choices(QUADS)}"
    allowed = CATEGORY_QUADS[category]
    if quad not in allowed:
        valid = _choices(q for q in QUADS if q in allowed)
        return f"quad {quad!r} does not fit category {category!r}; valid: {valid}"
    for flag in sorted(flags):
        if flag not in FLAGS:
            return f"unknown flag {flag!r}; valid: {_choices(FLAGS)} (or '-' for none)"
        needed = _FLAG_POS.get(flag)
        if needed is not None and needed != pos:
            return f"flag {flag!r} is only valid on {needed} rows, not {pos}"
    return None


def _title_problem(form: str, role: str, kind: str) -> str | None:
    """Return what is wrong with a title row, or None when it is valid."""
    if not form or form != _normalize_form(form):
        return f"form {form!r} must be non-empty lowercase words separated by single spaces"
    if not role or role != role.strip():
        return f"role {role!r} must be non-empty without surrounding spaces"
    if kind not in TITLE_KINDS:
        return f"unknown kind {kind!r}; valid: {_choices(TITLE_KINDS)}"
    return None


@dataclass(frozen=True)
class ActionClass:
    """One row of the action table.

    Parameters
    ----------
    lemma : str
        spaCy lemma, lowercase; phrasal verbs as "hand over".
    pos : str
        ``"VERB"`` or ``"NOUN"``.
    category : str
        One of :data:`CATEGORIES`.
    quad : str
        One of :data:`QUADS`, consistent with the category.
    flags : frozenset of str
        Subset of :data:`FLAGS`.
    origin : str, default "graphkit"
        The table the row comes from: ``"graphkit"`` (``action_classes.tsv``)
        or ``"cameo"`` (``cameo_verbs.tsv``, derived from CAMEO).

    Raises
    ------
    GraphkitError
        When a field has an invalid value.

    Examples
    --------
    >>> ActionClass("urge", "VERB", "request", "verbal-cooperation", frozenset({"object_control"}))
    ActionClass(lemma='urge', pos='VERB', category='request', quad='verbal-cooperation', flags=frozenset({'object_control'}), origin='graphkit')
    >>> ActionClass("warn", "VERB", "threaten", "neutral", frozenset())
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: [G000] quad 'neutral' does not fit category 'threaten'; valid: verbal-conflict
    """

    lemma: str
    pos: str
    category: str
    quad: str
    flags: frozenset[str]
    origin: str = HAND

    def __post_init__(self) -> None:
        if not isinstance(self.flags, frozenset):
            object.__setattr__(self, "flags", frozenset(self.flags))
        problem = _action_problem(self.lemma, self.pos, self.category, self.quad, self.flags)
        if problem is None and self.origin not in (HAND, CAMEO):
            problem = f"unknown origin {self.origin!r}; valid: {HAND}, {CAMEO}"
        if problem is not None:
            raise GraphkitError(problem)


@dataclass(frozen=True)
class Title:
    """One row of the title table.

    Parameters
    ----------
    form : str
        Lowercase surface form, possibly multiword or dotted ("gen.").
    role : str
        Canonical display form ("General").
    kind : str
        One of :data:`TITLE_KINDS`: ``"office"``, ``"role"`` (a job at an
        organization: "attorney", "correspondent"), ``"honorific"``, ``"group"``
        or ``"body"`` (a body of a state named by its role: "ministry", "army").

    Examples
    --------
    >>> Title("pm", "Prime Minister", "office")
    Title(form='pm', role='Prime Minister', kind='office')
    """

    form: str
    role: str
    kind: str

    def __post_init__(self) -> None:
        problem = _title_problem(self.form, self.role, self.kind)
        if problem is not None:
            raise GraphkitError(problem)


def _parse_actions(text: str, source: str) -> list[ActionClass]:
    rows: list[ActionClass] = []
    first_line: dict[tuple[str, str], int] = {}
    for number, (lemma, pos, category, quad, flag_field) in parse_rows(text, source, _ACTION_HEADER):
        if flag_field == _NO_FLAGS:
            flags: frozenset[str] = frozenset()
        else:
            names = [name.strip() for name in flag_field.split(",")]
            if "" in names:
                raise TableError(
                    f"{source}:{number}: empty flag in {flag_field!r}; write flags as "
                    f"'a,b' or '-' for none; valid: {_choices(FLAGS)}"
                )
            flags = frozenset(names)
        problem = _action_problem(lemma, pos, category, quad, flags)
        if problem is not None:
            raise TableError(f"{source}:{number}: {problem}")
        key = (lemma, pos)
        if key in first_line:
            raise TableError(
                f"{source}:{number}: duplicate row for {lemma!r} {pos}; "
                f"first given on line {first_line[key]}"
            )
        first_line[key] = number
        rows.append(ActionClass(lemma, pos, category, quad, flags))
    return rows


def _cameo_rows(text: str, source: str, header: tuple[str, ...]) -> Iterable[tuple[int, list[str]]]:
    """The rows of a CAMEO table, each key given once."""
    first_line: dict[str, int] = {}
    for number, fields in parse_rows(text, source, header):
        key = "\t".join(fields[:2] if header == CAMEO_OBJECT_HEADER else fields[:1])
        if key in first_line:
            raise TableError(f"{source}:{number}: duplicate row for {key!r}; first given on line {first_line[key]}")
        first_line[key] = number
        yield number, fields


def _names(value: str) -> tuple[str, ...]:
    return () if value == NO_CLASS else tuple(name.strip() for name in value.split(","))


@dataclass(frozen=True)
class CameoClasses:
    """The classes derived from CAMEO's verb dictionary (``scripts/derive_action_classes.py``).

    Parameters
    ----------
    verbs : tuple of ActionClass
        The class of each verb CAMEO classifies (origin ``"cameo"``).
    groups : mapping of str to tuple of str
        Verb lemma -> the blocks of the dictionary it belongs to.
    objects : mapping of (str, str) to (str, str)
        ``(block, object)`` -> ``(category, quad)``; the object is a noun
        lemma or a synonym set (``"&weapon"``), after the verb's particle when
        it has one (``"up barricade"``).
    nouns : mapping of str to tuple of str
        Noun lemma -> the synonym sets it belongs to.

    Examples
    --------
    >>> c = CameoClasses(groups={"halt": ("cancel",), "stop": ("cancel",)},
    ...                  objects={("cancel", "aid"): ("sanction", "material-conflict")})
    >>> c.object_class("stop", "aid"), c.object_class("stop", "work")
    (('sanction', 'material-conflict'), None)
    """

    verbs: tuple[ActionClass, ...] = ()
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    objects: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_text(cls, verbs: str, objects: str, nouns: str, *, verbs_source: str = CAMEO_VERB_FILE,
                  objects_source: str = CAMEO_OBJECT_FILE, nouns_source: str = CAMEO_NOUN_FILE) -> CameoClasses:
        """Read the three derived tables from their text.

        Parameters
        ----------
        verbs, objects, nouns : str
            Contents of ``cameo_verbs.tsv``, ``cameo_objects.tsv`` and ``cameo_nouns.tsv``.
        verbs_source, objects_source, nouns_source : str
            Names used in error messages.

        Returns
        -------
        CameoClasses

        Raises
        ------
        TableError
            For a malformed row, naming the file and the line.

        Examples
        --------
        >>> c = CameoClasses.from_text("lemma\\tcategory\\tquad\\tgroups\\nscuttle\\tretreat\\tmaterial-cooperation\\t-\\n",
        ...                            "group\\tobject\\tcategory\\tquad\\n", "noun\\tsets\\n")
        >>> c.verbs[0].category, c.verbs[0].origin
        ('retreat', 'cameo')
        """
        rows: list[ActionClass] = []
        groups: dict[str, tuple[str, ...]] = {}
        for number, (lemma, category, quad, names) in _cameo_rows(verbs, verbs_source, CAMEO_VERB_HEADER):
            if category != NO_CLASS or quad != NO_CLASS:
                problem = _action_problem(lemma, "VERB", category, quad, frozenset())
                if problem is not None:
                    raise TableError(f"{verbs_source}:{number}: {problem}")
                rows.append(ActionClass(lemma, "VERB", category, quad, frozenset(), CAMEO))
            if _names(names):
                groups[lemma] = _names(names)
        classes: dict[tuple[str, str], tuple[str, str]] = {}
        for number, (group, obj, category, quad) in _cameo_rows(objects, objects_source, CAMEO_OBJECT_HEADER):
            problem = _action_problem(obj, "VERB", category, quad, frozenset())
            if problem is not None:
                raise TableError(f"{objects_source}:{number}: {problem}")
            classes[(group, obj)] = (category, quad)
        sets = {noun: _names(names) for _, (noun, names) in _cameo_rows(nouns, nouns_source, CAMEO_NOUN_HEADER)}
        return cls(tuple(rows), MappingProxyType(groups), MappingProxyType(classes), MappingProxyType(sets))

    @classmethod
    def from_paths(cls, verbs: TablePath = None, objects: TablePath = None, nouns: TablePath = None) -> CameoClasses:
        """Read the three derived tables from files; ``None`` means the packaged one.

        Parameters
        ----------
        verbs, objects, nouns : path-like, optional
            ``cameo_verbs.tsv``, ``cameo_objects.tsv`` and ``cameo_nouns.tsv``
            (the packaged tables by default).

        Returns
        -------
        CameoClasses

        Examples
        --------
        >>> CameoClasses.from_paths().object_class("lift", "curfew")
        ('concede', 'verbal-cooperation')
        """
        (vt, vs), (ot, os_), (nt, ns) = (read_text(path if path is not None else name) for path, name in
                                          ((verbs, CAMEO_VERB_FILE), (objects, CAMEO_OBJECT_FILE),
                                           (nouns, CAMEO_NOUN_FILE)))
        return cls.from_text(vt, ot, nt, verbs_source=vs, objects_source=os_, nouns_source=ns)

    def has_object_classes(self, lemma: str) -> bool:
        """Whether the verb ``lemma`` (or the verb of a phrasal verb) is in a block with object classes: a
        cheap test before reading its object.

        Parameters
        ----------
        lemma : str
            The verb's lemma, lower case.

        Returns
        -------
        bool

        Examples
        --------
        >>> c = CameoClasses(groups={"halt": ("cancel",)})
        >>> c.has_object_classes("halt"), c.has_object_classes("halt up"), c.has_object_classes("say")
        (True, True, False)
        """
        return lemma in self.groups or lemma.partition(" ")[0] in self.groups

    def object_class(self, lemma: str, obj: str) -> tuple[str, str] | None:
        """The class of the verb ``lemma`` with a direct object headed by ``obj``, or None.

        A phrasal verb ("put up") is also looked up as its verb with the
        particle before the object ("put" + "up barricade"); a noun named
        itself wins over a synonym set it belongs to.

        Parameters
        ----------
        lemma : str
            The verb's lemma, lower case.
        obj : str
            The lemma of the object's head noun, lower case.

        Returns
        -------
        tuple of (str, str) or None

        Examples
        --------
        >>> c = CameoClasses(groups={"set": ("arrange",)}, nouns={"bomb": ("&weapon",)},
        ...                  objects={("arrange", "off &weapon"): ("assault", "material-conflict")})
        >>> c.object_class("set off", "bomb"), c.object_class("set", "bomb")
        (('assault', 'material-conflict'), None)
        """
        head, _, particle = lemma.partition(" ")
        sets = self.nouns.get(obj, ())
        for verb, prefix in ((lemma, ""), (head, f"{particle} ")) if particle else ((lemma, ""),):
            for group in self.groups.get(verb, ()):
                for key in (obj, *sets):
                    found = self.objects.get((group, prefix + key))
                    if found is not None:
                        return found
        return None


def _parse_titles(text: str, source: str) -> list[Title]:
    rows: list[Title] = []
    first_line: dict[str, int] = {}
    for number, (form, role, kind) in parse_rows(text, source, _TITLE_HEADER):
        problem = _title_problem(form, role, kind)
        if problem is not None:
            raise TableError(f"{source}:{number}: {problem}")
        if form in first_line:
            raise TableError(
                f"{source}:{number}: duplicate form {form!r}; first given on line "
                f"{first_line[form]}"
            )
        first_line[form] = number
        rows.append(Title(form, role, kind))
    return rows


def _known_class(word_class: str) -> str:
    """``word_class`` itself, when it is one of :data:`WORD_CLASSES`."""
    if word_class not in WORD_CLASSES:
        raise GraphkitError(f"unknown word class {word_class!r}; valid: {_choices(WORD_CLASSES)}")
    return word_class


def _parse_words(text: str, source: str) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    first_line: dict[tuple[str, str], int] = {}
    for number, (word, word_class, value) in parse_rows(text, source, _WORD_HEADER):
        if word_class not in WORD_CLASSES:
            raise TableError(f"{source}:{number}: unknown class {word_class!r}; valid: {_choices(WORD_CLASSES)}")
        if not word:
            raise TableError(f"{source}:{number}: empty word")
        if (word, word_class) in first_line:
            raise TableError(f"{source}:{number}: duplicate word {word!r} in {word_class}; first given on line "
                             f"{first_line[(word, word_class)]}")
        first_line[(word, word_class)] = number
        rows.append((word, word_class, "" if value == _NO_FLAGS else value))
    return rows


class Lexicon:
    """Action classes, titles and word classes, with lookups by lemma and by surface form.

    Parameters
    ----------
    actions : iterable of ActionClass
        Rows of the action tables; at most one per ``(lemma, pos)`` and origin.
        Where a hand-written row (origin ``"graphkit"``) and a derived one
        (``"cameo"``) share a key, the hand-written row is kept.
    titles : iterable of Title
        Rows of the title table; at most one per form.
    words : iterable of (word, class, value)
        Rows of the word-class table (:data:`WORD_CLASSES`).
    cameo : CameoClasses, optional
        The classes derived from CAMEO: its verb rows join ``actions`` (a
        hand-written row of the same verb wins), its object classes are read
        by :meth:`classify`.

    Raises
    ------
    GraphkitError
        On a duplicate ``(lemma, pos)`` of one origin, a duplicate verb + object or title form.

    Examples
    --------
    >>> lex = Lexicon(
    ...     [ActionClass("attack", "VERB", "assault", "material-conflict", frozenset()),
    ...      ActionClass("lift", "VERB", "other", "neutral", frozenset())],
    ...     [Title("gen.", "General", "office")],
    ...     cameo=CameoClasses(groups={"lift": ("lift",)},
    ...                        objects={("lift", "curfew"): ("concede", "verbal-cooperation")}),
    ... )
    >>> lex.classify("attack"), lex.classify("attack", "NOUN"), lex.classify("hum")
    (('assault', 'material-conflict'), ('assault', 'material-conflict'), ('other', 'neutral'))
    >>> lex.classify("lift", obj="curfew"), lex.classify("lift", obj="box")
    (('concede', 'verbal-cooperation'), ('other', 'neutral'))
    >>> lex.title("GEN").role
    'General'
    """

    def __init__(self, actions: Iterable[ActionClass] = (), titles: Iterable[Title] = (),
                 words: Iterable[tuple[str, str, str]] = (), cameo: CameoClasses | None = None) -> None:
        self._cameo = cameo if cameo is not None else CameoClasses()
        action_map: dict[tuple[str, str], ActionClass] = {}
        for row in (*actions, *self._cameo.verbs):
            key = (row.lemma, row.pos)
            before = action_map.get(key)
            if before is not None and before.origin == row.origin:
                raise GraphkitError(f"duplicate action row for {row.lemma!r} {row.pos}")
            if before is None or row.origin == HAND:
                action_map[key] = row  # the hand-written row wins over a derived one
        title_map: dict[str, Title] = {}
        for title in titles:
            if title.form in title_map:
                raise GraphkitError(f"duplicate title form {title.form!r}")
            title_map[title.form] = title
        dotless: dict[str, Title] = {}
        for form, title in title_map.items():
            dotless.setdefault(form.replace(".", ""), title)
        self._actions: Mapping[tuple[str, str], ActionClass] = MappingProxyType(action_map)
        self._titles: Mapping[str, Title] = MappingProxyType(title_map)
        self._dotless: Mapping[str, Title] = MappingProxyType(dotless)
        self._title_order: tuple[Title, ...] = tuple(
            sorted(title_map.values(), key=lambda t: (-len(t.form), t.form))
        )
        # Last words of every form, so a matcher can skip a position no title can end at
        # without building and normalizing the candidate spans first.
        self._title_ends: frozenset[str] = frozenset(_last_word(form) for form in title_map)
        classes: dict[str, dict[str, str]] = {}
        for word, word_class, value in words:
            classes.setdefault(word_class, {})[word] = value
        self._word_values: Mapping[str, Mapping[str, str]] = MappingProxyType(
            {c: MappingProxyType(v) for c, v in classes.items()})
        self._word_sets: Mapping[str, frozenset[str]] = MappingProxyType(
            {c: frozenset(v) for c, v in classes.items()})
        # the rules ask words() hundreds of thousands of times a run: a plain dict answers faster than the proxy
        self._word_set_dict: dict[str, frozenset[str]] = dict(self._word_sets)
        # answers already given, per lemma or form (the tables never change after loading); see _remember
        self._action_memo: dict[tuple[str, str], ActionClass | None] = {}
        self._class_memo: dict[tuple[str, str, str | None, bool], tuple[str, str]] = {}
        self._event_memo: dict[str, bool] = {}
        self._title_memo: dict[str, Title | None] = {}

    @classmethod
    def from_text(
        cls,
        actions: str,
        titles: str,
        *,
        words: str = "",
        cameo: CameoClasses | None = None,
        actions_source: str = ACTION_FILE,
        titles_source: str = TITLE_FILE,
        words_source: str = WORD_FILE,
    ) -> Lexicon:
        """Build a lexicon from the text of the TSV tables.

        Parameters
        ----------
        actions, titles : str
            Contents of an action table and a title table.
        words : str, optional
            Contents of a word-class table (none when empty).
        cameo : CameoClasses, optional
            The derived CAMEO classes (none by default).
        actions_source, titles_source, words_source : str
            Names used in error messages.

        Returns
        -------
        Lexicon

        Raises
        ------
        GraphkitError
            ``"<source>:<line>: <problem>; valid: ..."`` for a malformed row.

        Examples
        --------
        >>> lex = Lexicon.from_text(
        ...     "lemma\\tpos\\tcategory\\tquad\\tflags\\n"
        ...     "veto\\tVERB\\treject\\tverbal-conflict\\t-\\n",
        ...     "form\\trole\\tkind\\n",
        ... )
        >>> lex.classify("veto")
        ('reject', 'verbal-conflict')
        >>> Lexicon.from_text("lemma\\tpos\\tcategory\\tquad\\tflags\\nveto\\tVERB\\tnope\\tneutral\\t-\\n", "")
        Traceback (most recent call last):
        ...
        graphkit.errors.TableError: [G008] action_classes.tsv:2: unknown category 'nope'; valid: agree, consult, support, concede, cooperate, aid, retreat, request, accuse, reject, threaten, protest, sanction, mobilize, coerce, assault, communicate, other, ignore
        >>> Lexicon.from_text("lemma\\tpos\\tcategory\\tquad\\tflags\\n", "form\\trole\\tkind\\n",
        ...                   cameo=CameoClasses.from_paths()).classify("halt", obj="aid")
        ('sanction', 'material-conflict')
        """
        return cls(_parse_actions(actions, actions_source), _parse_titles(titles, titles_source),
                   _parse_words(words, words_source) if words else (), cameo)

    @classmethod
    def from_paths(cls, actions: TablePath = None, titles: TablePath = None, words: TablePath = None,
                   cameo: CameoClasses | None = None) -> Lexicon:
        """Build a lexicon from TSV files; ``None`` means the packaged table.

        Parameters
        ----------
        actions : path-like, optional
            An action table; defaults to ``graphkit/data/action_classes.tsv``.
        titles : path-like, optional
            A title table; defaults to ``graphkit/data/titles.tsv``.
        words : path-like, optional
            A word-class table; defaults to ``graphkit/data/word_classes.tsv``.
        cameo : CameoClasses, optional
            The derived CAMEO classes; defaults to the packaged tables (:meth:`CameoClasses.from_paths`).

        Returns
        -------
        Lexicon
            A new lexicon (not the shared one of :func:`load_lexicon`).

        Raises
        ------
        TableError
            When a file cannot be read or has a malformed row; the message
            names the file and the line.

        Examples
        --------
        >>> len(Lexicon.from_paths().title_forms()) == len(load_lexicon().title_forms())
        True
        """
        action_text, action_source = read_text(actions if actions is not None else ACTION_FILE)
        title_text, title_source = read_text(titles if titles is not None else TITLE_FILE)
        word_text, word_source = read_text(words if words is not None else WORD_FILE)
        return cls.from_text(action_text, title_text, words=word_text,
                             cameo=cameo if cameo is not None else CameoClasses.from_paths(),
                             actions_source=action_source, titles_source=title_source, words_source=word_source)

    @property
    def cameo(self) -> CameoClasses:
        """The classes derived from CAMEO that this lexicon reads (:class:`CameoClasses`).

        Examples
        --------
        >>> len(load_lexicon().cameo.objects) > 1000
        True
        """
        return self._cameo

    def __repr__(self) -> str:
        return (f"<Lexicon: {len(self._actions)} action rows, {len(self._cameo.objects)} verb + object classes, "
                f"{len(self._titles)} titles>")

    # -- actions ---------------------------------------------------------

    def action(self, lemma: str, pos: str) -> ActionClass | None:
        """Return the row for *lemma*, trying *pos* first and then the other part of speech.

        Parameters
        ----------
        lemma : str
            A lemma; case and extra spaces are ignored ("Hand  over" finds "hand over").
        pos : str
            ``"VERB"`` or ``"NOUN"``; spaCy's ``"AUX"`` counts as VERB and
            ``"PROPN"`` as NOUN. Any other tag tries VERB, then NOUN.

        Returns
        -------
        ActionClass or None
            None when neither part of speech has a row (the word is no action).

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.action("strike", "NOUN").flags >= {"event"}
        True
        >>> lex.action("ceasefire", "VERB").pos   # no VERB row: falls back to NOUN
        'NOUN'
        >>> lex.action("xyzzy", "VERB") is None
        True
        """
        found = self._action_memo.get((lemma, pos), _MISSING)
        if found is _MISSING:
            found = _remember(self._action_memo, (lemma, pos), self._action(lemma, pos))
        return found  # type: ignore[return-value]

    def _action(self, lemma: str, pos: str) -> ActionClass | None:
        """:meth:`action`, looked up in the tables."""
        key = _normalize(lemma)
        first = _POS_ALIASES.get(pos.upper())
        if first is None:
            order: tuple[str, ...] = POS_TAGS
        else:
            order = (first, "NOUN" if first == "VERB" else "VERB")
        for tag in order:
            row = self._actions.get((key, tag))
            if row is not None:
                return row
        return None

    def classify(self, lemma: str, pos: str = "VERB", obj: str | None = None, *,
                 negated: bool = False) -> tuple[str, str]:
        """Return ``(category, quad)`` for *lemma*; ``("other", "neutral")`` when unknown.

        Parameters
        ----------
        lemma : str
            The lemma of an action word.
        pos : str, default "VERB"
            Its part of speech, tried first (as in :meth:`action`).
        obj : str, optional
            The lemma of the head of a verb's direct object: its verb + object
            class (:meth:`CameoClasses.object_class`) wins over the verb's own
            row, unless the verb judges an act (reject, accuse, protest,
            threaten, support, agree, cooperate) or uses force (mobilize,
            assault) and the object class has the other polarity (graphkit
            aims a judgement at the act's author, CAMEO at its victim), or the
            row says the verb is never an action (``ignore``: "want", "see",
            "plan") and is no light verb ("give", "take": their objects name the act).
        negated : bool, default False
            Whether the actor declines the act ("refused to lift", "would not
            provide support"): declined cooperation is a rejection, as PLOVER
            and CAMEO code a refusal, ``("reject", "verbal-conflict")`` (not a
            request: "did not ask" refuses nothing).

        Returns
        -------
        tuple of (str, str)
            One of :data:`CATEGORIES` and one of :data:`QUADS`.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.classify("warn")
        ('threaten', 'verbal-conflict')
        >>> lex.classify("withdraw")
        ('retreat', 'material-cooperation')
        >>> lex.classify("halt"), lex.classify("halt", obj="aid")
        (('retreat', 'material-cooperation'), ('sanction', 'material-conflict'))
        >>> lex.classify("give", obj="grant"), lex.classify("want", obj="ceasefire")
        (('aid', 'material-cooperation'), ('ignore', 'neutral'))
        >>> lex.classify("demand", obj="support"), lex.classify("urge", obj="support")
        (('request', 'verbal-conflict'), ('request', 'verbal-cooperation'))
        >>> lex.classify("provide", negated=True), lex.classify("attack", negated=True)
        (('reject', 'verbal-conflict'), ('assault', 'material-conflict'))
        >>> lex.classify("photosynthesize")
        ('other', 'neutral')
        """
        memo = (lemma, pos, obj, negated)
        found = self._class_memo.get(memo)
        if found is None:
            found = _remember(self._class_memo, memo, self._classify(lemma, pos, obj, negated))
        return found

    def _classify(self, lemma: str, pos: str, obj: str | None, negated: bool) -> tuple[str, str]:
        """:meth:`classify`, read from the tables."""
        key = _normalize(lemma)
        row = self.action(key, pos)
        found = (row.category, row.quad) if row is not None else _UNKNOWN
        verb = _POS_ALIASES.get(pos.upper(), "VERB") == "VERB"
        if obj and verb and not (row is not None and row.category == "ignore" and "light" not in row.flags):
            by_object = self._cameo.object_class(key, _normalize(obj))
            if by_object is not None and not (row is not None and row.category in _POLARITY_KEPT
                                              and _polarity(by_object[1]) != _polarity(row.quad)):
                # the verb says whether a request is a demand or an appeal ("demanded support"), the object what
                found = found if row is not None and row.category == by_object[0] == "request" else by_object
        if negated and found[0] != "request" and _polarity(found[1]) == "cooperation":
            return _REFUSAL
        return found

    def has_flag(self, lemma: str, pos: str, flag: str) -> bool:
        """Tell whether the row of *lemma* (see :meth:`action`) carries *flag*.

        Parameters
        ----------
        lemma, pos : str
            The word and the part of speech to look it up under first.
        flag : str
            One of :data:`FLAGS`.

        Returns
        -------
        bool
            False as well when the lemma has no row.

        Raises
        ------
        GraphkitError
            When *flag* is not one of :data:`FLAGS`.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.has_flag("refuse", "VERB", "negative")
        True
        >>> lex.has_flag("talk", "NOUN", "reciprocal")
        True
        >>> lex.has_flag("talk", "VERB", "light")
        False
        """
        if flag not in FLAGS:
            raise GraphkitError(f"unknown flag {flag!r}; valid: {_choices(FLAGS)}")
        row = self._action_memo.get((lemma, pos), _MISSING)  # action(), without the call when it was asked before
        if row is _MISSING:
            row = self.action(lemma, pos)
        return row is not None and flag in row.flags  # type: ignore[union-attr]

    def is_ignored(self, lemma: str, pos: str = "VERB") -> bool:
        """Tell whether *lemma* is never an action between actors (category ``ignore``).

        Parameters
        ----------
        lemma : str
            A verb or noun lemma.
        pos : str, default "VERB"
            The part of speech to try first.

        Returns
        -------
        bool
            False for a word without a row.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.is_ignored("seem"), lex.is_ignored("attack")
        (True, False)
        """
        row = self.action(lemma, pos)
        return row is not None and row.category == "ignore"

    def is_event_noun(self, lemma: str) -> bool:
        """Tell whether *lemma* has a NOUN row flagged ``event``.

        Parameters
        ----------
        lemma : str
            A noun lemma; case and extra spaces are ignored.

        Returns
        -------
        bool
            Only the NOUN row counts: a verb lemma without one is no event noun.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.is_event_noun("Airstrike"), lex.is_event_noun("concern"), lex.is_event_noun("reject")
        (True, False, False)
        """
        found = self._event_memo.get(lemma)
        if found is None:
            row = self._actions.get((_normalize(lemma), "NOUN"))
            found = _remember(self._event_memo, lemma, row is not None and "event" in row.flags)
        return found

    def actions(self, pos: str | None = None) -> list[ActionClass]:
        """Return all action rows in table order, optionally only those of *pos*.

        Parameters
        ----------
        pos : str, optional
            ``"VERB"`` or ``"NOUN"`` (``"AUX"`` and ``"PROPN"`` count as those); None for every row.

        Returns
        -------
        list of ActionClass
            In the order of the tables' lines: ``action_classes.tsv``, then the
            derived verbs of ``cameo_verbs.tsv`` it lacks.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> len(lex.actions()) == len(lex.actions("VERB")) + len(lex.actions("NOUN"))
        True
        >>> {row.origin for row in lex.actions("NOUN")}
        {'graphkit'}
        """
        wanted = None if pos is None else _POS_ALIASES.get(pos.upper(), pos)
        return [row for row in self._actions.values() if wanted is None or row.pos == wanted]

    def with_flag(self, flag: str, pos: str | None = None) -> list[ActionClass]:
        """Return the rows carrying *flag*, optionally only those of *pos*.

        Parameters
        ----------
        flag : str
            One of :data:`FLAGS`.
        pos : str, optional
            Keep only the rows of this part of speech (as in :meth:`actions`).

        Returns
        -------
        list of ActionClass
            In table order.

        Raises
        ------
        GraphkitError
            For a flag the table does not define (the message lists them).

        Examples
        --------
        >>> sorted(row.lemma for row in load_lexicon().with_flag("directive"))[:3]
        ['advise', 'advocate', 'ask']
        """
        if flag not in FLAGS:
            raise GraphkitError(f"unknown flag {flag!r}; valid: {_choices(FLAGS)}")
        return [row for row in self.actions(pos) if flag in row.flags]

    # -- titles ----------------------------------------------------------

    def title(self, form: str) -> Title | None:
        """Return the title spelled *form*, or None.

        The lookup ignores case, extra spaces, spaces around hyphens and
        dots ("Gen", "gen.", "Lt Gen" and "Secretary - General" all match).

        Parameters
        ----------
        form : str
            The title as the text spells it.

        Returns
        -------
        Title or None
            None when no title has that spelling.

        Examples
        --------
        >>> load_lexicon().title("Prime  Minister")  # white space is normalized
        Title(form='prime minister', role='Prime Minister', kind='office')
        >>> lex = load_lexicon()
        >>> lex.title("Sheikh").kind, lex.title("officials").kind
        ('honorific', 'group')
        >>> lex.title("Lt Gen").role
        'Lieutenant General'
        >>> lex.title("plumber") is None
        True
        """
        found = self._title_memo.get(form, _MISSING)
        if found is _MISSING:
            found = _remember(self._title_memo, form, self._title(form))
        return found  # type: ignore[return-value]

    def _title(self, form: str) -> Title | None:
        """:meth:`title`, looked up in the table."""
        key = _normalize_form(form)
        found = self._titles.get(key)
        if found is None:
            found = self._dotless.get(key.replace(".", "").strip())
        if found is None:
            found = self._dotless.get(" ".join(key.replace(".", " ").split()))
        return found

    def may_end_title(self, word: str) -> bool:
        """Return whether some title can end with the word *word* (a cheap filter before :meth:`title`).

        Punctuation alone (".", "-") may end a spelled title and always passes.

        Parameters
        ----------
        word : str
            A token's text; case, dots and hyphens do not matter.

        Returns
        -------
        bool
            False only when no title form ends with that word.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.may_end_title("Minister"), lex.may_end_title("Gen."), lex.may_end_title("plumber")
        (True, True, False)
        """
        last = _last_word(word)
        return not last or last in self._title_ends

    def title_forms(self) -> list[Title]:
        """Return every title, longest form first (ties alphabetically).

        Longest-first order lets a matcher prefer "deputy prime minister"
        over "prime minister" and "minister".

        Returns
        -------
        list of Title

        Examples
        --------
        >>> forms = [t.form for t in load_lexicon().title_forms()]
        >>> forms.index("deputy prime minister") < forms.index("prime minister") < forms.index("minister")
        True
        """
        return list(self._title_order)

    # -- word classes ------------------------------------------------------

    def words(self, word_class: str) -> frozenset[str]:
        """The words of one class of the word-class table.

        Parameters
        ----------
        word_class : str
            One of :data:`WORD_CLASSES`.

        Returns
        -------
        frozenset of str
            Empty when the table has no row of that class.

        Raises
        ------
        GraphkitError
            For a class name that is not one of :data:`WORD_CLASSES` (a typo in a rule fails loudly).

        Examples
        --------
        >>> lex = load_lexicon()
        >>> "series" in lex.words("quantity_noun"), "attack" in lex.words("quantity_noun")
        (True, False)
        """
        found = self._word_set_dict.get(word_class)  # a class in the table is a known one: spare the check
        return found if found is not None else self._word_sets.get(_known_class(word_class), frozenset())

    def word_value(self, word_class: str, word: str) -> str | None:
        """The value the word-class table gives ``word`` in ``word_class`` (None when it is not in the class).

        Parameters
        ----------
        word_class : str
            One of :data:`WORD_CLASSES`.
        word : str
            The word, as the table writes it (lower case).

        Returns
        -------
        str or None
            ``""`` for a word of the class without a value (``-`` in the table).

        Raises
        ------
        GraphkitError
            As :meth:`words` does, for an unknown class.

        Examples
        --------
        >>> load_lexicon().word_value("leadership_verb", "head"), load_lexicon().word_value("leadership_verb", "hit")
        ('Head', None)
        """
        _known_class(word_class)
        return self._word_values.get(word_class, {}).get(word)

    # -- vocabularies ------------------------------------------------------

    @staticmethod
    def categories() -> list[str]:
        """Return the valid categories.

        Returns
        -------
        list of str
            :data:`CATEGORIES`, in table order.

        Examples
        --------
        >>> Lexicon.categories()[:3]
        ['agree', 'consult', 'support']
        """
        return list(CATEGORIES)

    @staticmethod
    def quads() -> list[str]:
        """Return the valid quad classes.

        Returns
        -------
        list of str
            :data:`QUADS`.

        Examples
        --------
        >>> Lexicon.quads()
        ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict', 'neutral']
        """
        return list(QUADS)


def _remember(memo: dict, key: object, value: object) -> object:
    """Keep ``value`` as ``memo``'s answer for ``key`` and return it; a full memo (:data:`_MEMO_SIZE`) starts again.

    Examples
    --------
    >>> memo = {}
    >>> _remember(memo, ("warn", "VERB"), "row"), memo
    ('row', {('warn', 'VERB'): 'row'})
    """
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the lexicon of the packaged tables, read on first use and then shared.

    Returns
    -------
    Lexicon
        The same object on every call: treat it as read-only.

    Raises
    ------
    GraphkitError
        When a packaged table is malformed.

    Examples
    --------
    >>> load_lexicon() is load_lexicon()
    True
    >>> load_lexicon().classify("negotiate")
    ('consult', 'verbal-cooperation')
    """
    return Lexicon.from_paths()
