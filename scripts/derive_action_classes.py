#!/usr/bin/env python
"""Derive graphkit's CAMEO tables (verb -> PLOVER class, verb + object -> PLOVER class) from PETRARCH-2's
CAMEO verb dictionary and PLOVER's CAMEO -> PLOVER table.

Run from the project root, with ``../shared`` beside it::

    .venv/bin/python scripts/derive_action_classes.py            # rewrite the three tables
    .venv/bin/python scripts/derive_action_classes.py --check    # exit 1 when a table is not what it would write
    .venv/bin/python scripts/derive_action_classes.py --report   # where CAMEO and action_classes.tsv disagree

It writes, under ``graphkit/data/``:

``cameo_verbs.tsv``
    verb lemma -> its class, and the dictionary blocks it belongs to;
``cameo_objects.tsv``
    block + head of the direct object (a noun, or a synonym set ``&weapon``) -> class;
``cameo_nouns.tsv``
    noun -> the synonym sets it is a member of.

What it does:

1. Reads ``CAMEO2PLOVER-2021.txt`` (``042: CONSULT, visit, ...``): CAMEO code -> PLOVER category. A code
   the table lacks takes its parent's (``0214`` -> ``021``). CAMEO's ``01`` (public statements) and
   ``02`` (appeals), which PLOVER does not list, are graphkit's ``communicate`` and ``request``
   (verbal cooperation); ``---`` (no event) is ``ignore``. The quad is PLOVER's quad of the category,
   except ``request``: an appeal (``02``) is verbal cooperation, a demand (``10``) verbal conflict.
   Easing a curfew or a state of emergency is a concession, as PLOVER's own gold-standard records
   code it (:data:`CODE_OVERRIDES`); easing economic sanctions stays a retreat, as the table says.
2. Reads the verb blocks of ``CAMEO.2.0.txt``: ``---  VERB  [code]`` opens a block; each verb line
   (``HURRY {HURRIES HURRYING HURRIED}``, ``+CALL_OFF [160]``) is a verb of the block; ``- * OBJECT
   [code]`` is a pattern that, as in PETRARCH, holds for every verb of the block. ``&CLASS`` names a
   synonym set of the dictionary, ``{A B}`` a phrase (its last word is its head).
3. Lemmatizes every form as ``en_core_web_sm`` does in context (its attribute ruler and rule
   lemmatizer, given the tag): a verb's base form, and its inflections (as written, else the regular
   ones), so "staged" -> "stag" gets a row of its own; an object noun, a plural as a plural
   ("sanctions" -> "sanction"). Phrasal verbs are "verb particle"; a verb + preposition is left out.
4. A verb's class is its own code's, else the block's when it is the block's primary verb, else the
   block's only when most of the block's verbs that ``action_classes.tsv`` classifies share the
   block's quad (a block is a synonym set with every sense of each word: "differ" sits in a block of
   cooperation). A verb in several blocks takes the class most of them give; a tie gives none.
5. A block + object class is the class most of its patterns with that object give: patterns of the
   object alone ("lift sanctions") outvote those that also ask for a preposition or a modifier ("lift
   a ban on trade", "stage mock attacks"), which count only when there are none; a tie gives none.
   A row that says no more than every verb of the block says alone is left out.
6. graphkit's own ``action_classes.tsv`` wins over a verb row here: a verb it lists gets no class in
   ``cameo_verbs.tsv`` (``--report`` prints where CAMEO would say otherwise).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"
CAMEO = REFERENCE / "petrarch2" / "CAMEO.2.0.txt"
PLOVER = REFERENCE / "CAMEO2PLOVER-2021.txt"
DATA = ROOT / "graphkit" / "data"
sys.path.insert(0, str(ROOT))

from graphkit.lexicon import (ACTION_FILE, CAMEO_NOUN_FILE, CAMEO_NOUN_HEADER, CAMEO_OBJECT_FILE,  # noqa: E402
                              CAMEO_OBJECT_HEADER, CAMEO_VERB_FILE, CAMEO_VERB_HEADER, CATEGORY_QUADS, NO_CLASS,
                              Lexicon)
from graphkit.syntax import MODALS  # noqa: E402
from graphkit.tables import read_text  # noqa: E402

#: CAMEO root codes PLOVER does not list, as graphkit classes.
UNLISTED_ROOTS = {"01": ("communicate", "neutral"), "02": ("request", "verbal-cooperation")}
#: The quad of ``request`` by CAMEO root: an appeal cooperates, a demand is conflict.
REQUEST_QUADS = {"02": "verbal-cooperation", "10": "verbal-conflict"}
#: Codes PLOVER's table files elsewhere than PLOVER's own gold-standard records code them: easing a
#: curfew or a state of emergency is a concession there ("lifted the curfew"), as easing other
#: administrative sanctions (081) is in the table.
CODE_OVERRIDES = {"0813": ("concede", "verbal-cooperation"), "0814": ("concede", "verbal-cooperation")}
#: Words that, after a verb, are its particle ("put up barricades", "set off bombs", "call off"); not those that
#: are mostly prepositions ("in", "on", "over"): graphkit joins a verb and its preposition into one lemma when
#: a row has the pair, and "gave him documents in his meeting" is no "give in".
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "forward", "aside", "together"})
#: Words that open a phrase saying the opposite of its head ("give {no reason}").
NEGATIONS = frozenset({"no", "not", "without", "non"})
_NO_EVENT = "---"
_BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]")
_VERB = re.compile(r"^(?P<form>\+?[A-Z][A-Z'_-]*)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?")
_PATTERN = re.compile(r"^-\s+(?P<body>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#\s*(?P<verbs>.*))?$")
_WORD = re.compile(r"^[a-z][a-z'-]*$")

_MIT = """\
# Derived from CAMEO.2.0.txt, the CAMEO verb dictionary of the PETRARCH-2 event coder
# (openeventdata/petrarch2, commit 676801cd), under the MIT License:
#   The MIT License (MIT)
#   Copyright (c) 2015 Open Event Data Alliance
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction,
#   including without limitation the rights to use, copy, modify, merge, publish, distribute,
#   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
#   furnished to do so, subject to the following conditions: The above copyright notice and this
#   permission notice shall be included in all copies or substantial portions of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
# and from CAMEO2PLOVER-2021.txt, the CAMEO -> PLOVER table of the PLOVER project
# (openeventdata/PLOVER; PLOVER manual draft 0.8, edited by Philip Schrodt, 17 September 2021),
# under the Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
# https://creativecommons.org/licenses/by-sa/4.0/); this table is shared under the same licence.
"""
_REGENERATE = """\
#
# Derived by scripts/derive_action_classes.py from ../shared/reference/petrarch2/CAMEO.2.0.txt,
# ../shared/reference/CAMEO2PLOVER-2021.txt and graphkit/data/action_classes.tsv; regenerate with
# `.venv/bin/python scripts/derive_action_classes.py`, never edit by hand (edit action_classes.tsv).
#
"""
_VERBS_INTRO = """\
# graphkit CAMEO verbs: the class CAMEO gives a verb graphkit's own action_classes.tsv lacks, and the
# blocks of CAMEO's verb dictionary the verb belongs to (whose object classes, in cameo_objects.tsv,
# hold for it).
#
# Columns (tab separated; "#" lines and blank lines are ignored):
#   lemma     the verb as spaCy's English lemmatizer (en_core_web_sm) gives it, a phrasal verb as
#             "verb particle" ("call off"); inflections it lemmatizes to another word ("staged" ->
#             "stag") have rows of their own
#   category  as in action_classes.tsv (PLOVER's categories, communicate); "-" when CAMEO gives the
#   quad      verb no class of its own, or graphkit's table classifies it (its row wins)
#   groups    the blocks, comma separated ("grant,add"), "-" for none
"""
_OBJECTS_INTRO = """\
# graphkit CAMEO verb + object classes: a verb of a block of CAMEO's verb dictionary whose direct
# object has this head has this class, whatever the verb's own row says ("lift" + "curfew" is a
# concession, "halt" + "aid" a sanction).
#
# Columns (tab separated; "#" lines and blank lines are ignored):
#   group     a block (cameo_verbs.tsv lists its verbs)
#   object    the lemma of the object's head noun, or a synonym set ("&weapon", cameo_nouns.tsv),
#             after the verb's particle when it has one ("up barricade": "put up barricades")
#   category  as in action_classes.tsv (ignore: CAMEO codes no event for the pair); request is
#   quad      verbal-cooperation for an appeal (CAMEO 02), verbal-conflict for a demand (CAMEO 10)
"""
_NOUNS_INTRO = """\
# graphkit CAMEO nouns: the members of the synonym sets of CAMEO's verb dictionary that
# cameo_objects.tsv names ("&weapon": rifle, missile, ...), as the head nouns spaCy lemmatizes.
#
# Columns (tab separated; "#" lines and blank lines are ignored):
#   noun      the lemma of a head noun
#   sets      the synonym sets it belongs to, comma separated
"""


# -- PLOVER ----------------------------------------------------------------------------------------

def read_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category (lower case) of ``CAMEO2PLOVER-2021.txt``."""
    table: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m and len(m.group(1)) > 2:  # the two-digit headings repeat (08: CONCEDE, 08: RETREAT)
            table[m.group(1)] = m.group(2).lower()
    return table


def code_class(code: str, plover: dict[str, str]) -> tuple[str, str] | None:
    """The graphkit ``(category, quad)`` of a CAMEO code (its source side: ``042:043`` is ``042``).

    None for a code no class is known for (or an empty source side: ``[:173]``).
    """
    code = code.split(":", 1)[0].strip()
    if code in CODE_OVERRIDES:
        return CODE_OVERRIDES[code]
    if code == _NO_EVENT:
        return ("ignore", "neutral")
    if not code.isdigit():
        return None
    root = code[:2]
    for n in range(len(code), 2, -1):
        category = plover.get(code[:n])
        if category is not None:
            allowed = CATEGORY_QUADS[category]
            quad = REQUEST_QUADS[root] if category == "request" else next(iter(allowed))
            return (category, quad)
    return UNLISTED_ROOTS.get(root)


# -- the verb dictionary -----------------------------------------------------------------------------

@dataclass
class Verb:
    """One verb line: its words, its inflections as written, and its own code."""

    words: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]
    code: str | None


@dataclass
class Pattern:
    """One ``- * ...`` line: what follows the verb, its code and the verbs its comment names."""

    words: tuple[str, ...]  # after the "*", lower case; "(" and ")" kept as separate items
    code: str
    named: frozenset[str]


@dataclass
class Block:
    """A ``---  VERB  [code]`` block."""

    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def _words(form: str) -> tuple[str, ...]:
    return tuple(w for w in form.lstrip("+").lower().strip("_").split("_") if w)


def read_cameo(path: Path) -> tuple[dict[str, list[tuple[str, ...]]], list[Block]]:
    """The synonym sets (``&CLASS`` -> phrases) and the verb blocks of the dictionary."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs, current_set = True, None
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.split()[0]
                synsets[current_set] = []
            elif line.startswith("+") and current_set is not None:
                words = _words(line.split()[0].split("#")[0])
                if words:
                    synsets[current_set].append(words)
            continue
        block = _BLOCK.match(line)
        if block:
            blocks.append(Block(block.group("name"), block.group("code").strip()))
            continue
        if not blocks or line.startswith("~"):
            continue  # the transformations at the end are not verb patterns
        if line.startswith("-"):
            m = _PATTERN.match(line)
            if m:
                body = m.group("body").replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
                named = frozenset(w.strip().lower() for w in re.split(r"[,\s]+", m.group("verbs") or "") if w.strip())
                blocks[-1].patterns.append(Pattern(tuple(body.lower().split()), m.group("code").strip(), named))
            continue
        m = _VERB.match(line.split(";")[0])
        if m:
            forms = tuple(_words(f) for f in (m.group("forms") or "").split() if _words(f))
            code = m.group("code").strip() if m.group("code") is not None else None
            blocks[-1].verbs.append(Verb(_words(m.group("form")), forms, code))
    return synsets, blocks


# -- lemmas --------------------------------------------------------------------------------------

def _lemmatizer() -> tuple[Callable[[str, str], str], frozenset[str]]:
    """``lemma(word, tag)`` with the project's spaCy pipeline's rule lemmatizer, and the verbs it knows."""
    from spacy.tokens import Doc

    from graphkit.nlp import load_pipeline

    nlp = load_pipeline()
    lemmatizer, rules = nlp.get_pipe("lemmatizer"), nlp.get_pipe("attribute_ruler")

    def lemma(word: str, tag: str) -> str:
        # the attribute ruler gives the tag its part of speech and morphology, as in the pipeline
        return lemmatizer(rules(Doc(nlp.vocab, words=[word], tags=[tag])))[0].lemma_.lower()

    return lemma, frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])


def regular_forms(base: str) -> list[tuple[str, str]]:
    """The regular inflections of a verb with their tags ("stage" -> "stages", "staged", "staging")."""
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        s, ed, ing = base + "s", base + "d", base[:-1] + "ing"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        s, ed, ing = base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        s, ed, ing = base + "es", base + "ed", base + "ing"
    else:
        s, ed, ing = base + "s", base + "ed", base + "ing"
    return [(s, "VBZ"), (ed, "VBD"), (ed, "VBN"), (ing, "VBG")]


def _form_tags(form: str) -> tuple[str, ...]:
    """The tags an inflection as written may carry ("gave": past; "given": past participle)."""
    return ("VBG",) if form.endswith("ing") else ("VBZ",) if form.endswith("s") else ("VBD", "VBN")


def noun_lemma(word: str, lemma: Callable[[str, str], str]) -> str:
    """A noun as spaCy lemmatizes it in context: a plural-looking word as a plural ("sanctions")."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "news"))
    return lemma(word, "NNS" if plural else "NN")


def verb_lemmas(verb: Verb, lemma: Callable[[str, str], str]) -> tuple[str, set[str]] | None:
    """The lemma graphkit reads for a verb line, and the odd lemmas its inflections get.

    None when graphkit cannot read the verb as one lemma (a multi-word verb that is no verb + particle:
    a verb + preposition, "ask for", would change the lemma graphkit reads "ask" by).
    """
    words = verb.words
    if not words or not all(_WORD.match(w) for w in words):
        return None
    if len(words) > 2 or (len(words) == 2 and words[1] not in PARTICLES):
        return None
    head = lemma(words[0], "VB")
    tail = f" {words[1]}" if len(words) == 2 else ""
    forms = [(f[0], tag) for f in verb.forms if f and _WORD.match(f[0]) for tag in _form_tags(f[0])] \
        or regular_forms(words[0])
    odd = {lemma(form, tag) + tail for form, tag in forms} - {head + tail}
    return head + tail, odd


def object_heads(words: tuple[str, ...], lemma: Callable[[str, str], str]) -> tuple[str, list[str], bool]:
    """Read what follows the verb in a pattern: ``(particle, objects, plain)``.

    ``objects`` are noun lemmas or one synonym set (``"&weapon"``); ``particle`` is "" or the word
    between the verb and its object ("put up barricades"). ``plain`` is True when the pattern is the
    object alone; a phrase ("{mock attack}": its last word is the head) or a preposition after the object
    makes it a constrained pattern. No objects for a pattern of a preposition alone or with a subject.
    """
    items = [w for w in words if w not in ("$", "^", "%", "+")]
    if not items or items[0] != "*":
        return "", [], False
    items = items[1:]
    particle = ""
    if len(items) >= 2 and items[0] in PARTICLES and items[1] not in ("(", ")"):
        particle, items = items[0], items[1:]
    if not items or items[0] in ("(", ")"):
        return particle, [], False
    if items[0] == "{":
        close = items.index("}") if "}" in items else len(items)
        phrase, rest, plain = items[1:close], items[close + 1:], False
    else:
        # a run of words up to a preposition: "death penalty", "arms shipment"
        end = next((i for i, w in enumerate(items) if w in ("(", ")", "{")), len(items))
        phrase, rest = items[:end], items[end:]
        plain = len(phrase) == 1
    if not phrase or phrase[0] in NEGATIONS:
        return particle, [], False  # "{no concession}" says the opposite of "concession"
    head = phrase[-1].strip("_")
    if head.startswith("&"):
        return particle, [head], plain and not rest
    return particle, ([noun_lemma(head, lemma)] if _WORD.match(head) else []), plain and not rest


def set_members(synsets: dict[str, list[tuple[str, ...]]], lemma: Callable[[str, str], str]) -> dict[str, set[str]]:
    """``&set`` -> the lemmas of its one-word members (the head of "armed services" is any service)."""
    out: dict[str, set[str]] = {}
    for name, phrases in synsets.items():
        heads = {p[0].strip("_") for p in phrases if len(p) == 1}
        out[name.lower()] = {noun_lemma(h, lemma) for h in heads if _WORD.match(h)}
    return out


# -- derivation ----------------------------------------------------------------------------------

def _inherited_class(block: Block, bases: list[str], hand: dict[str, tuple[str, str]],
                     plover: dict[str, str]) -> tuple[str, str] | None:
    """The class a block gives the synonyms without a code of their own, or None.

    The dictionary's blocks are synonym sets with every sense of each word ("link", "attach" and
    "differ" share a block of cooperation); a block passes its class on only when most of its verbs
    that graphkit's own table classifies share its category.
    """
    if block.code == _NO_EVENT:
        return None
    cls = code_class(block.code, plover)
    known = [hand[b] for b in bases if b in hand and hand[b][0] not in ("ignore", "other")]
    if cls is None or not known:
        return None
    agree = sum(1 for k in known if k[0] == cls[0])
    return cls if 2 * agree > len(known) else None


def _winner(votes: Counter) -> tuple[str, str] | None:
    """The class with the most votes; None for a tie."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@dataclass
class Derived:
    """What the derivation writes: verb rows, block + object rows, noun-set rows, and the report."""

    verbs: list[tuple[str, str, str, str]]
    objects: list[tuple[str, str, str, str]]
    nouns: list[tuple[str, str]]
    report: list[str]


def derive(cameo: Path = CAMEO, plover_path: Path = PLOVER) -> Derived:
    """Read the two reference files and graphkit's own table; return the rows of the three tables."""
    plover = read_plover(plover_path)
    synsets, blocks = read_cameo(cameo)
    lemma, known_verbs = _lemmatizer()
    hand_table = Lexicon.from_text(read_text(ACTION_FILE)[0], "form\trole\tkind\n")  # graphkit's rows alone
    hand = {row.lemma: (row.category, row.quad) for row in hand_table.actions("VERB")}
    members = set_members(synsets, lemma)

    verb_votes: dict[str, Counter] = defaultdict(Counter)
    odd_lemmas: dict[str, set[str]] = defaultdict(set)
    groups: dict[str, list[str]] = defaultdict(list)  # lemma -> blocks, in dictionary order
    group_verbs: dict[str, set[str]] = defaultdict(set)
    # (block, object) -> votes of the plain patterns and of the constrained ones
    object_votes: dict[tuple[str, str], tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    for block in blocks:
        name = block.name.lower()
        read: list[tuple[str, Verb, set[str]]] = []
        for verb in block.verbs:
            found = verb_lemmas(verb, lemma)
            if found is not None and found[0] not in MODALS:
                read.append((found[0], verb, found[1]))
                if name not in groups[found[0]]:
                    groups[found[0]].append(name)
                group_verbs[name].add(found[0])
        inherited = _inherited_class(block, [base for base, _, _ in read], hand, plover)
        for base, verb, odd in read:
            primary = "_".join(verb.words) == name
            cls = code_class(verb.code, plover) if verb.code else \
                code_class(block.code, plover) if primary else inherited
            if cls is not None and cls[0] != "ignore":
                verb_votes[base][cls] += 2 if verb.code or primary else 1
                for o in odd:
                    odd_lemmas[o].add(base)
        for pattern in block.patterns:
            cls = code_class(pattern.code, plover)
            if cls is None:
                continue
            particle, objects, plain = object_heads(pattern.words, lemma)
            for obj in objects:
                if obj.startswith("&") and not members.get(obj):
                    continue  # a set the dictionary does not define
                key = f"{particle} {obj}" if particle else obj
                object_votes[(name, key)][0 if plain else 1][cls] += 1

    report: list[str] = []
    classes: dict[str, tuple[str, str]] = {}
    for base, votes in verb_votes.items():
        cls = _winner(votes)
        if cls is None:
            continue
        if base in hand:
            if hand[base] != cls:
                report.append(f"verb {base}: graphkit {'/'.join(hand[base])}, CAMEO {'/'.join(cls)}")
            continue  # graphkit's own row wins
        classes[base] = cls
    # inflections spaCy lemmatizes to another verb it knows ("staged" -> "stag"), when that verb has no row
    for odd, bases in sorted(odd_lemmas.items()):
        found = {classes.get(b) or hand.get(b) for b in bases} - {None}
        if odd.split(" ")[0] in known_verbs and odd not in MODALS and odd not in hand and odd not in classes \
                and odd not in groups and len(found) == 1:
            classes[odd] = found.pop()

    objects: list[tuple[str, str, str, str]] = []
    for (name, key), (plain, constrained) in sorted(object_votes.items()):
        cls = _winner(plain) if plain else _winner(constrained)
        if cls is None or (cls[0] == "ignore" and not plain):
            continue  # a tie, or a phrase or preposition that only says what is no event
        own = {classes.get(v) or hand.get(v) for v in group_verbs[name]}
        if own == {cls}:
            continue  # no more than every verb of the block says alone
        objects.append((name, key, *cls))
    used_groups = {row[0] for row in objects}
    used_sets = {row[1].split(" ")[-1] for row in objects if row[1].split(" ")[-1].startswith("&")}
    verbs = []
    for base in sorted(set(classes) | {b for b, gs in groups.items() if set(gs) & used_groups}):
        category, quad = classes.get(base, (NO_CLASS, NO_CLASS))
        in_groups = [g for g in groups.get(base, []) if g in used_groups]
        verbs.append((base, category, quad, ",".join(in_groups) or NO_CLASS))
    nouns: dict[str, list[str]] = defaultdict(list)
    for name in sorted(used_sets):
        for noun in sorted(members.get(name, ())):
            nouns[noun].append(name)
    return Derived(verbs, objects, sorted((n, ",".join(s)) for n, s in nouns.items()), report)


def render(intro: str, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    """A table's text: its comments, the licence notices, the header and the rows."""
    lines = [intro + _REGENERATE + _MIT, "\t".join(header)]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def tables(derived: Derived) -> dict[Path, str]:
    """The text of each table file."""
    return {
        DATA / CAMEO_VERB_FILE: render(_VERBS_INTRO, CAMEO_VERB_HEADER, derived.verbs),
        DATA / CAMEO_OBJECT_FILE: render(_OBJECTS_INTRO, CAMEO_OBJECT_HEADER, derived.objects),
        DATA / CAMEO_NOUN_FILE: render(_NOUNS_INTRO, CAMEO_NOUN_HEADER, derived.nouns),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when a table differs from what would be written")
    ap.add_argument("--report", action="store_true", help="print where CAMEO and action_classes.tsv disagree")
    args = ap.parse_args(argv)
    for path in (CAMEO, PLOVER):
        if not path.exists():
            print(f"derive_action_classes: {path} not found (../shared beside the project?)", file=sys.stderr)
            return 2
    derived = derive()
    texts = tables(derived)
    if args.report:
        print("\n".join(derived.report))
    if args.check:
        stale = [path.name for path, text in texts.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        print(f"{', '.join(stale)}: differ from the derivation" if stale else "the CAMEO tables are up to date")
        return 1 if stale else 0
    if not args.report:
        for path, text in texts.items():
            path.write_text(text, encoding="utf-8")
        print(f"wrote {len(derived.verbs)} verbs, {len(derived.objects)} block + object classes, "
              f"{len(derived.nouns)} nouns of synonym sets to {DATA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
