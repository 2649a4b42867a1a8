#!/usr/bin/env python
"""Derive ``graphkit/data/agents.tsv`` (role noun -> sector) from PETRARCH-2's ``Phoenix.agents.txt``.

Run from the project root, with ``../shared`` beside it::

    .venv/bin/python scripts/derive_agents.py            # rewrite graphkit/data/agents.tsv
    .venv/bin/python scripts/derive_agents.py --check    # exit 1 when the table is not what it would write

What it does:

1. Reads every agent line of ``Phoenix.agents.txt`` (``ARMY [~MIL]``, ``RIOT_POLICE {} [~COP]``,
   ``POLICE!PERSON! [~COP]``), expands the ``!PERSON!`` substitution set (policeman, policewoman,
   ...), and keeps phrases of at most three words of letters that end in their head noun (no
   "COURT_OF_APPEALS", no "F/A-18"); the last word is lemmatized by spaCy as a noun, so plural
   entries ("GENERALS", "GUNMEN") and plural mentions in the text meet on one form.
2. Maps the agent code's primary sector (its first three letters: ``~GOVMED`` is a government
   agent) to a sector name (:data:`SECTORS`); religious codes are ``religion``; rows whose code
   is an actor code (``[IGO~]``) and forms that name an act in ``action_classes.tsv``
   ("uprising", "insurgency") or a place or building (:data:`NOT_AGENTS`) are left out.
3. Keeps graphkit's own rows (source ``graphkit``: group nouns the dictionary lacks, "officials",
   "forces", or that graphkit reads with another sector) as they are; they win over a Phoenix
   row of the same form. A form listed twice by Phoenix keeps its first sector.
4. Drops a phrase whose shorter ending already gives the same sector ("army unit" when "unit"
   is no agent stays; "rebel soldier" goes only if "soldier" were ``rebels``), so the table holds
   only what the lookup needs.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.agents.txt"
TABLE = ROOT / "graphkit" / "data" / "agents.tsv"
sys.path.insert(0, str(ROOT))

#: CAMEO agent codes (the first three letters of a code) -> graphkit's sector names.
SECTORS = {
    "GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "UAF": "militants",
    "OPP": "opposition", "JUD": "judiciary", "LEG": "legislature", "BUS": "business", "MED": "media",
    "CVL": "civilians", "PPL": "civilians", "CRM": "criminals", "SPY": "intelligence", "EDU": "education",
    "HLH": "health", "LAB": "labor", "AGR": "agriculture", "REF": "refugees", "PTY": "party", "ELI": "elites",
    "ENV": "environment", "NGO": "ngo", "HRI": "human rights", "RAD": "radicals", "DEV": "development",
    "MUS": "religion", "CHR": "religion", "JEW": "religion", "REL": "religion", "HIN": "religion",
    "BUD": "religion",
}
#: Phoenix agents that graphkit does not read as a group acting for its owner: places and buildings,
#: which are hit or visited, not actors ("a Malian village"); acts ("a Kurdish revolt"); words that
#: are mostly something else in news ("deputy" of a parliament, a mobile phone "carrier"); adjectives.
NOT_AGENTS = frozenset({
    "insurgence", "insurgency", "rebellion", "revolt", "uprising", "deputy", "carrier",
    "barracks", "chancery", "college", "community", "conservatory", "consulate", "diocese", "archdiocese",
    "embassy", "hospital", "infirmary", "kindergarden", "kindergarten", "monastery", "neighborhood",
    "neighbourhood", "preschool", "prison", "sanatarium", "sanatorium", "sanitarium", "school", "schoolhouse",
    "settlement", "university", "village", "kingdom", "polity", "governance", "religion", "retired",
    "state-owned", "semi-official", "naval", "islamic", "jewish", "hebrew",
})
_PERSON = ("man", "men", "woman", "women", "person")
#: Words that make a phrase no "modifiers + head noun" ("court of appeals", "ambassador to").
_FUNCTION_WORDS = frozenset({"of", "the", "for", "to", "at", "in", "on", "and", "or", "with", "from", "by", "as",
                             "a", "an", "de", "without", "their", "its"})
_WORD = re.compile(r"^[a-z][a-z'-]*$")
_LINE = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{[^}]*\})?\s*\[(?P<code>[^\]}]*)[\]}]")
HEADER = ("form", "sector", "source")
_MIT = """\
# The rows of source "phoenix" are derived from Phoenix.agents.txt of the PETRARCH-2 event coder
# (openeventdata/petrarch2, commit 676801cd), under the MIT License:
#   The MIT License (MIT)
#   Copyright (c) 2014 Open Event Data Alliance
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction,
#   including without limitation the rights to use, copy, modify, merge, publish, distribute,
#   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
#   furnished to do so, subject to the following conditions: The above copyright notice and this
#   permission notice shall be included in all copies or substantial portions of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""
_INTRO = """\
# graphkit agents: role nouns that stand for the state or organization modifying them, with the
# sector of that group ("Somali troops" is Somalia, sector military; "FARC guerrillas" is FARC).
#
# Columns (tab separated; "#" lines and blank lines are ignored):
#   form    the noun as spaCy lemmatizes it, lower case; a phrase of up to three words ends in its
#           head noun, only the last word lemmatized ("security force", "riot police")
#   sector  the sector the group acts in (CAMEO's agent codes, named: government, military,
#           police, rebels, militants, opposition, judiciary, legislature, business, media,
#           civilians, ...), or "-" for a group noun of no particular sector ("allies", "side")
#   source  phoenix: derived from PETRARCH-2's dictionary; graphkit: written here, kept as is when
#           the table is regenerated and preferred over a phoenix row of the same form
#
# Regenerate with `.venv/bin/python scripts/derive_agents.py` (it reads
# ../shared/reference/petrarch2/Phoenix.agents.txt and keeps the graphkit rows).
#
"""


def _lemmatizer():
    """A function lemmatizing one noun with the project's spaCy pipeline."""
    from spacy.tokens import Doc

    from graphkit.nlp import load_pipeline

    nlp = load_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")

    def lemma(word: str) -> str:
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "business" is no plural
        doc = Doc(nlp.vocab, words=[word], pos=["NOUN"], tags=["NNS" if plural else "NN"],
                  morphs=["Number=Plur" if plural else "Number=Sing"])
        return lemmatizer(doc)[0].lemma_.lower()

    return lemma


def phoenix_rows(path: Path, lemma, is_act) -> list[tuple[str, str]]:
    """``(form, sector)`` pairs of the dictionary, in its order."""
    rows: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" in line.split("[")[0]:
            continue
        m = _LINE.match(line)
        if not m:
            continue
        code = m["code"].strip()
        if not code.startswith("~") or code[1:4] not in SECTORS:
            continue  # an actor code ("IGO~"), not a sector
        phrase = m["phrase"].strip().rstrip("_").lower().replace(" ", "_")
        for expanded in ([phrase.replace("!person!", p) for p in _PERSON] if "!person!" in phrase else [phrase]):
            words = [w for w in expanded.split("_") if w]
            if not 1 <= len(words) <= 3 or not all(_WORD.match(w) and w not in _FUNCTION_WORDS for w in words):
                continue
            form = " ".join(words[:-1] + [lemma(words[-1])])
            if form in NOT_AGENTS or words[-1] in NOT_AGENTS or is_act(form):
                continue
            rows.append((form, SECTORS[code[1:4]]))
    return rows


def own_rows(path: Path) -> list[tuple[str, str]]:
    """The graphkit rows of the current table."""
    if not path.exists():
        return []
    from graphkit.tables import parse_rows

    return [(form, sector) for _, (form, sector, source) in parse_rows(path.read_text(encoding="utf-8"), path.name,
                                                                       HEADER) if source == "graphkit"]


def derive(source: Path, table: Path) -> str:
    """The text of the table."""
    from graphkit.lexicon import load_lexicon

    lex = load_lexicon()
    own = dict(own_rows(table))
    sectors: dict[str, str] = {}
    for form, sector in phoenix_rows(source, _lemmatizer(), lex.is_event_noun):
        if form not in own:
            sectors.setdefault(form, sector)

    def shorter(form: str) -> str | None:
        words = form.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if tail in own or tail in sectors:
                return own.get(tail, sectors.get(tail))
        return None

    kept = {form: s for form, s in sectors.items() if shorter(form) != s}
    lines = [_INTRO + _MIT + "\n" + "\t".join(HEADER)]
    lines += [f"{form}\t{own[form]}\tgraphkit" for form in sorted(own)]
    lines += [f"{form}\t{kept[form]}\tphoenix" for form in sorted(kept)]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=SOURCE, help="Phoenix.agents.txt")
    ap.add_argument("--table", type=Path, default=TABLE, help="the table to write")
    ap.add_argument("--check", action="store_true", help="only say whether the table is up to date")
    args = ap.parse_args()
    if not args.source.exists():
        sys.exit(f"no dictionary at {args.source}")
    text = derive(args.source, args.table)
    if args.check:
        same = args.table.exists() and args.table.read_text(encoding="utf-8") == text
        print("agents.tsv is up to date" if same else "agents.tsv differs from what the script derives")
        sys.exit(0 if same else 1)
    args.table.write_text(text, encoding="utf-8")
    print(f"wrote {args.table} ({text.count(chr(10)) - text.count(chr(10) + '#') - 1} rows)")


if __name__ == "__main__":
    main()
