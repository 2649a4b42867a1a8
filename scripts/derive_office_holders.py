#!/usr/bin/env python
"""Derive ``graphkit/data/office_holders.tsv`` from the PETRARCH-2 actor dictionaries.

Run from the project root (with ``../shared`` beside it)::

    .venv/bin/python scripts/derive_office_holders.py            # writes graphkit/data/office_holders.tsv
    .venv/bin/python scripts/derive_office_holders.py --check    # exit 1 when the table is out of date

It reads ``Phoenix.Countries.actors.txt`` and ``Phoenix.International.actors.txt`` of
``../shared/reference/petrarch2`` (openeventdata/petrarch2, MIT licence): blocks of a name line,
``+ALIAS`` lines and ``[CODE DATES]`` lines, where CODE is a CAMEO country (``USA``) or ``IGO``
code followed by a sector (``USAGOV``, ``AFGELI``, ``IGOUNO``) and DATES a range (``950101-960626``,
``>090120``, ``<090120``, two- or four-digit years) or nothing (always).

It keeps the people who held a government, elite or military role in a state, or served an
intergovernmental organization graphkit knows, and writes one row per name form, state or
organization and role, with the date ranges joined by ``|``. A name form is kept only when it is a
person's full name: titles and state words in front are stripped ("US_PRESIDENT_BARACK_OBAMA" is
"Barack Obama"), and what is left must be two or more name words that are no organization word, state
name or demonym ("THE_OBAMA_ADMINISTRATION", "AFGHAN_ARMY" go).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.actors.keys import person_key  # noqa: E402
from graphkit.lexicon import load_lexicon  # noqa: E402
from graphkit.states import load_gazetteer  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "petrarch2"
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
OUT = ROOT / "graphkit" / "data" / "office_holders.tsv"

#: Sector codes (after the country) kept, and the role each gives.
SECTOR_ROLES = {"GOV": "Government", "ELI": "Elite", "MIL": "Military"}
#: The role of a person coded with an intergovernmental organization.
IGO_ROLE = "Official"
#: A two-word name is too common to be one person when its first word begins at least this many names of the
#: dictionaries and its last word ends at least COMMON_SURNAME of them ("James Smith", "Daniel Martinez").
COMMON_GIVEN_NAME = 25
COMMON_SURNAME = 5
#: CAMEO country codes that are not the ISO 3166 alpha-3 code of the same state.
CAMEO_TO_ISO = {"ROM": "ROU", "ZAR": "COD", "DRC": "COD", "SRB": "SRB", "TMP": "TLS", "BYE": "BLR", "KSV": "XKX"}

_CODE = re.compile(r"\[([A-Z]{3,})\s*([^\]]*)\]")
_WORD = re.compile(r"^[A-Za-z][A-Za-z.'\-]*$")

HEADER = """# graphkit office holders: people who held a government, elite or military role in a state, or served an
# intergovernmental organization, with the dates they held it.
#
# Derived by scripts/derive_office_holders.py from Phoenix.Countries.actors.txt and
# Phoenix.International.actors.txt of the PETRARCH-2 event coder (openeventdata/petrarch2, commit 676801cd),
# which carry this notice:
#
#   The MIT License (MIT)
#   Copyright (c) 2014 Open Event Data Alliance
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction, including
#   without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
#   copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
#   following conditions: The above copyright notice and this permission notice shall be included in all
#   copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
#   KIND, EXPRESS OR IMPLIED.
#
# Regenerate: .venv/bin/python scripts/derive_office_holders.py (reads ../shared/reference/petrarch2).
#
# Columns (tab separated):
#   name    a person's full name as graphkit keys it (lower case, accents, dots and hyphens dropped)
#   type    state or organization
#   group   the state's ISO 3166 alpha-3 code, or the organization's label in graphkit's gazetteer
#   role    Government, Elite, Military (CAMEO sectors GOV, ELI, MIL) or Official (of an organization)
#   period  when the role was held: ranges FROM..UNTIL (ISO dates, either side may be open) joined by "|";
#           "-" for always
"""


def parse_date(text: str, end: bool) -> str | None:
    """A CAMEO date (YYMMDD or YYYYMMDD) as an ISO date; None when it cannot be read."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = text[2:4], text[4:6]
    elif len(text) == 8:
        year, month, day = int(text[:4]), text[4:6], text[6:8]
    else:
        return None
    month = month if month != "00" else ("12" if end else "01")
    day = day if day != "00" else ("31" if end else "01")
    return f"{year:04d}-{month}-{day}"


def parse_period(text: str) -> str | None:
    """A CAMEO date range as FROM..UNTIL ("" for always); None when it cannot be read."""
    text = text.strip()
    if not text:
        return ""
    if text.startswith(">"):
        start = parse_date(text[1:], False)
        return None if start is None else f"{start}.."
    if text.startswith("<"):
        until = parse_date(text[1:], True)
        return None if until is None else f"..{until}"
    if "-" in text:
        a, b = text.split("-", 1)
        start, until = parse_date(a, False), parse_date(b, True)
        return None if start is None or until is None else f"{start}..{until}"
    return None


def blocks(path: Path):
    """(name forms, codes) of every block of a PETRARCH actor file; a code is (code, dates)."""
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = _CODE.findall(line)
        head = _CODE.sub("", line).strip()
        if line[:1].isspace() or line.lstrip().startswith("["):
            codes.extend(found)
            continue
        if head.startswith("+"):
            names.append(head[1:].strip())
            codes.extend(found)
            continue
        if names:
            yield names, codes
        names, codes = [head], list(found)
    if names:
        yield names, codes


class NameFilter:
    """Turns a dictionary name form into a person's full name, or None."""

    def __init__(self) -> None:
        self.lex = load_lexicon()
        self.gaz = load_gazetteer()
        self.org_words = set()
        for word_class in ("org_head_word", "org_kind_noun", "person_group_noun", "org_anaphor"):
            self.org_words |= self.lex.words(word_class)
        for title in self.lex.title_forms():
            if title.kind in ("group", "body"):
                self.org_words.update(title.form.replace("-", " ").split())
        self.org_words |= {"the", "of", "and", "for", "in", "de facto", "acting", "former", "ex", "new"}

    def _state_word(self, word: str) -> bool:
        form = self.gaz.lookup(word)
        return form is not None and form.kind != "capital"

    def person(self, form: str) -> str | None:
        words = [w for w in form.replace("_", " ").split() if w]
        if not words or not all(_WORD.match(w) for w in words):
            return None
        words = [w.title() for w in words]
        changed = True
        while changed and words:  # strip titles and state words in front: "US President", "Acting Minister"
            changed = False
            for size in (4, 3, 2, 1):
                head = " ".join(words[:size])
                if size <= len(words) and (self.lex.title(head) is not None or self._state_word(head)
                                           or head.lower() in self.org_words):
                    words, changed = words[size:], True
                    break
        if len(words) < 2 or any(w.lower() in self.org_words or self._state_word(w) for w in words):
            return None
        if any(self.lex.title(w) is not None and self.lex.title(w).kind in ("group", "body") for w in words):
            return None
        key = person_key(" ".join(words))
        name = key.split(":", 1)[1]
        return name if len(name.split()) >= 2 else None


def igo_labels(path: Path, gaz) -> dict[str, str]:
    """IGO code -> the label of the organization graphkit knows that the dictionary names under that code."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for names, codes in blocks(path):
        for code, dates in codes:
            if code.startswith("IGO") and not dates.strip():
                for name in names:
                    org = gaz.organization(name.replace("_", " ").strip())
                    if org is not None:
                        votes[code][org.label] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def derive(reference: Path) -> str:
    names = NameFilter()
    igo = igo_labels(reference / SOURCES[1], names.gaz)
    rows: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for source in SOURCES:
        for forms, codes in blocks(reference / source):
            held = []
            for code, dates in codes:
                period = parse_period(dates)
                if period is None:
                    continue
                if code.startswith("IGO"):
                    label = igo.get(code)
                    if label is not None:
                        held.append(("organization", label, IGO_ROLE, period))
                    continue
                country, sector = code[:3], code[3:6]
                iso = CAMEO_TO_ISO.get(country, country)
                state = names.gaz.state(iso)
                if sector in SECTOR_ROLES and state is not None and state.sovereign:
                    held.append(("state", state.iso3, SECTOR_ROLES[sector], period))
            if not held:
                continue
            people = {p for p in (names.person(f) for f in forms) if p}
            for person in people:
                for type_, group, role, period in held:
                    periods = rows[(person, type_, group, role)]
                    if period not in periods:
                        periods.append(period)
    people = {person for person, *_ in rows}
    given = Counter(p.split()[0] for p in people)
    family = Counter(p.split()[-1] for p in people)
    common = {p for p in people if len(p.split()) == 2
              and given[p.split()[0]] >= COMMON_GIVEN_NAME and family[p.split()[-1]] >= COMMON_SURNAME}
    lines = [HEADER, "name\ttype\tgroup\trole\tperiod"]
    for (person, type_, group, role), periods in sorted(rows.items()):
        if person not in common:
            lines.append(f"{person}\t{type_}\t{group}\t{role}\t{merge_periods(periods)}")
    return "\n".join(lines) + "\n"


def merge_periods(periods: list[str]) -> str:
    """Ranges FROM..UNTIL merged where they overlap, joined by "|"; "-" when one is always."""
    if "" in periods:
        return "-"
    spans = sorted((p.split("..")[0] or "0000-00-00", p.split("..")[1] or "9999-99-99") for p in periods)
    merged = [list(spans[0])]
    for start, until in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], until)
        else:
            merged.append([start, until])
    return "|".join(f"{'' if a == '0000-00-00' else a}..{'' if b == '9999-99-99' else b}" for a, b in merged)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", type=Path, default=REFERENCE, help="the petrarch2 folder of ../shared/reference")
    ap.add_argument("--check", action="store_true", help="only say whether the table is up to date")
    args = ap.parse_args()
    text = derive(args.reference)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is out of date")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
