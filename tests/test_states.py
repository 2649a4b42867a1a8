"""Tests for graphkit.states: the state and institution gazetteer (no spaCy model needed)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graphkit.states import (
    EXTRAS_PATH,
    INSTITUTIONS_PATH,
    FORM_KINDS,
    ORGANIZATION_KINDS,
    ORGANIZATIONS_PATH,
    Gazetteer,
    Institution,
    Organization,
    State,
    StateForm,
    load_gazetteer,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def check(gaz: Gazetteer, text: str, iso3: str | None, kind: str | None) -> None:
    found = gaz.lookup(text)
    if iso3 is None:
        assert found is None, f"{text!r} should not match, got {found}"
        return
    assert found is not None, f"{text!r} should match {iso3}"
    assert (found.state.iso3, found.kind) == (iso3, kind), f"{text!r} -> {found}"


# ------------------------------------------------------------------ lookup tables

NAMES = [
    ("United States", "USA", "name"),
    ("United States of America", "USA", "name"),
    ("America", "USA", "name"),
    ("United Kingdom", "GBR", "name"),
    ("Britain", "GBR", "name"),
    ("Great Britain", "GBR", "name"),
    ("Russia", "RUS", "name"),
    ("Iran", "IRN", "name"),
    ("Israel", "ISR", "name"),
    ("South Korea", "KOR", "name"),
    ("North Korea", "PRK", "name"),
    ("Czech Republic", "CZE", "name"),
    ("Czechia", "CZE", "name"),
    ("Ivory Coast", "CIV", "name"),
    ("Côte d'Ivoire", "CIV", "name"),
    ("Cote d'Ivoire", "CIV", "name"),
    ("Congo", "COD", "name"),
    ("Democratic Republic of Congo", "COD", "name"),
    ("Republic of the Congo", "COG", "name"),
    ("Republic of Congo", "COG", "name"),
    ("Myanmar", "MMR", "name"),
    ("Burma", "MMR", "name"),
    ("Vatican", "VAT", "name"),
    ("Holy See", "VAT", "name"),
    ("Palestine", "PSE", "name"),
    ("Kosovo", "XKX", "name"),
    ("Taiwan", "TWN", "name"),
    ("Netherlands", "NLD", "name"),
    ("Holland", "NLD", "name"),
    ("Jordan", "JOR", "name"),
    ("Georgia", "GEO", "name"),
    ("Chad", "TCD", "name"),
    ("Guinea", "GIN", "name"),
    ("Niger", "NER", "name"),
    ("Nigeria", "NGA", "name"),
    ("Turkey", "TUR", "name"),
    ("Djibouti", "DJI", "name"),
    ("Singapore", "SGP", "name"),
]

ABBREVIATIONS = [
    ("US", "USA", "name"),
    ("U.S.", "USA", "name"),
    ("U.S", "USA", "name"),  # final dot taken by the tokenizer as sentence end
    ("USA", "USA", "name"),
    ("U.S.A.", "USA", "name"),
    ("UK", "GBR", "name"),
    ("U.K.", "GBR", "name"),
    ("UAE", "ARE", "name"),
    ("U.A.E.", "ARE", "name"),
    ("DPRK", "PRK", "name"),
    ("PRC", "CHN", "name"),
    ("ROK", "KOR", "name"),
    ("DRC", "COD", "name"),
    ("KSA", "SAU", "name"),
]

THE_AND_POSSESSIVES = [
    ("the United States", "USA", "name"),
    ("The United States", "USA", "name"),
    ("the U.S.", "USA", "name"),
    ("the US", "USA", "name"),
    ("the United Kingdom", "GBR", "name"),
    ("the UK", "GBR", "name"),
    ("Iran's", "IRN", "name"),
    ("Iran’s", "IRN", "name"),
    ("Britain’s", "GBR", "name"),
    ("the U.S.'s", "USA", "name"),
    ("America's", "USA", "name"),
    ("Americans'", "USA", "plural_demonym"),
    ("Israelis’", "ISR", "plural_demonym"),
    ("the Netherlands", "NLD", "name"),
    ("The Gambia", "GMB", "name"),
    ("Côte d’Ivoire's", "CIV", "name"),
    ("  the   United\n States  ", "USA", "name"),
    ("Saint John's", "ATG", "capital"),  # the apostrophe is part of the form
]

DEMONYMS = [
    ("Israeli", "ISR", "demonym"),
    ("Iranian", "IRN", "demonym"),
    ("American", "USA", "demonym"),
    ("British", "GBR", "demonym"),
    ("Saudi", "SAU", "demonym"),
    ("Emirati", "ARE", "demonym"),
    ("Russian", "RUS", "demonym"),
    ("Chinese", "CHN", "demonym"),
    ("Swiss", "CHE", "demonym"),
    ("French", "FRA", "demonym"),
    ("Indian", "IND", "demonym"),  # not the British Indian Ocean Territory
    ("Congolese", "COD", "demonym"),
    ("Dominican", "DOM", "demonym"),
    ("Turkish", "TUR", "demonym"),
    ("Ukrainian", "UKR", "demonym"),
    ("Palestinian", "PSE", "demonym"),
    ("Thai", "THA", "demonym"),
    ("Philippine", "PHL", "demonym"),
    ("Filipino", "PHL", "demonym"),
    ("Argentine", "ARG", "demonym"),
    ("Djiboutian", "DJI", "demonym"),
    ("Kosovar", "XKX", "demonym"),
    ("North Korean", "PRK", "demonym"),
]

PLURAL_DEMONYMS = [
    ("Americans", "USA", "plural_demonym"),
    ("Israelis", "ISR", "plural_demonym"),
    ("Iranians", "IRN", "plural_demonym"),
    ("Britons", "GBR", "plural_demonym"),
    ("Brits", "GBR", "plural_demonym"),
    ("Saudis", "SAU", "plural_demonym"),
    ("Emiratis", "ARE", "plural_demonym"),
    ("Russians", "RUS", "plural_demonym"),
    ("Ukrainians", "UKR", "plural_demonym"),
    ("Palestinians", "PSE", "plural_demonym"),
    ("Germans", "DEU", "plural_demonym"),
    ("Filipinos", "PHL", "plural_demonym"),
    ("New Zealanders", "NZL", "plural_demonym"),
    ("Turks", "TUR", "plural_demonym"),
    ("Danes", "DNK", "plural_demonym"),
    ("Poles", "POL", "plural_demonym"),
    ("Spaniards", "ESP", "plural_demonym"),
    ("Greeks", "GRC", "plural_demonym"),
    ("South Koreans", "KOR", "plural_demonym"),
    ("Batswana", "BWA", "plural_demonym"),
    ("Chineses", None, None),
    ("Motswanas", None, None),
    ("Britishs", None, None),
]

CAPITALS = [
    ("Tehran", "IRN", "capital"),
    ("Washington", "USA", "capital"),
    ("Washington D.C.", "USA", "capital"),
    ("Washington, D.C.", "USA", "capital"),
    ("Moscow", "RUS", "capital"),
    ("Beijing", "CHN", "capital"),
    ("Kyiv", "UKR", "capital"),
    ("Kiev", "UKR", "capital"),
    ("London", "GBR", "capital"),
    ("Jerusalem", "ISR", "capital"),
    ("Ramallah", "PSE", "capital"),
    ("Astana", "KAZ", "capital"),
    ("Nur-Sultan", "KAZ", "capital"),
    ("Bogotá", "COL", "capital"),
    ("Bogota", "COL", "capital"),
    ("Malé", "MDV", "capital"),
    ("Mexico City", "MEX", "capital"),
    ("Kuwait City", "KWT", "capital"),
    ("La Paz", "BOL", "capital"),
    ("Pristina", "XKX", "capital"),
    ("Kuwait", "KWT", "name"),  # a country name, not the capital
    ("Brussels", None, None),  # as a metonym: the EU
    ("Victoria", None, None),
    ("Douglas", None, None),  # capital of a territory (Isle of Man): not a form
    ("Hamilton", None, None),
    ("San Juan", None, None),
]

OFFICIAL_NAMES = [
    ("Islamic Republic of Iran", "IRN", "name"),
    ("Russian Federation", "RUS", "name"),
    ("Türkiye", "TUR", "name"),
    ("Turkiye", "TUR", "name"),
    ("Republic of Türkiye", "TUR", "name"),
    ("People's Republic of China", "CHN", "name"),
    ("People’s Republic of China", "CHN", "name"),
    ("Republic of China", "TWN", "name"),
    ("Democratic People's Republic of Korea", "PRK", "name"),
    ("Republic of Korea", "KOR", "name"),
    ("Kingdom of Saudi Arabia", "SAU", "name"),
    ("Federal Republic of Germany", "DEU", "name"),
    ("State of Israel", "ISR", "name"),
    ("Syrian Arab Republic", "SYR", "name"),
    ("Viet Nam", "VNM", "name"),
    ("North Macedonia", "MKD", "name"),
    ("Eswatini", "SWZ", "name"),
    ("Swaziland", "SWZ", "name"),
    ("Timor-Leste", "TLS", "name"),
    ("Cabo Verde", "CPV", "name"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR", "name"),
]

CASE_RULES = [
    ("us", None, None),
    ("Us", None, None),
    ("uk", None, None),
    ("Uk", None, None),
    ("usa", None, None),
    ("u.s.", None, None),
    ("Dprk", None, None),
    ("china", None, None),
    ("turkey", None, None),
    ("chad", None, None),
    ("jordan", None, None),
    ("japan", None, None),
    ("georgia", None, None),
    ("guinea", None, None),
    ("israeli", None, None),
    ("americans", None, None),
    ("united States", None, None),
    ("United states", None, None),
    ("CHINA", "CHN", "name"),
    ("UNITED STATES", "USA", "name"),
    ("TURKEY", "TUR", "name"),
    ("United States Of America", "USA", "name"),
    ("Lao", "LAO", "name"),
    ("LAO", None, None),  # three letters: exact only
]

DANGEROUS = [
    ("IN", None, None),
    ("IT", None, None),
    ("IS", None, None),
    ("TO", None, None),
    ("ME", None, None),
    ("AS", None, None),
    ("BE", None, None),
    ("NO", None, None),
    ("AM", None, None),
    ("OR", None, None),
    ("ID", None, None),
    ("CAN", None, None),
    ("AND", None, None),
    ("ARE", None, None),
    ("PER", None, None),
    ("ISR", None, None),
    ("IRN", None, None),
    ("GB", None, None),
    ("FR", None, None),
    ("Island", None, None),
    ("Male", None, None),
    ("Reunion", None, None),
    ("San Jose", None, None),
    ("Wales", None, None),
    ("Welsh", None, None),
    ("Scotland", None, None),
    ("Central African", None, None),
    ("Channel Islander", None, None),  # Guernsey and Jersey: ambiguous, dropped
    ("Korean", None, None),
    ("Persian", None, None),
    ("", None, None),
    ("the", None, None),
    ("   ", None, None),
    ("'s", None, None),
    ("Iran-Iraq", None, None),
    ("Yugoslavia", None, None),  # defunct Serbia and Montenegro entry dropped
]

TERRITORY_FORMS = [
    ("Puerto Rico", "PRI", "name"),
    ("Greenland", "GRL", "name"),
    ("Hong Kong", "HKG", "name"),
    ("Guam", "GUM", "name"),
    ("Bermuda", "BMU", "name"),
    ("Western Sahara", "ESH", "name"),
    ("Réunion", "REU", "name"),
    ("Macao", "MAC", "name"),
    ("Puerto Rican", "PRI", "demonym"),
    ("American Samoa", "ASM", "name"),
]


@pytest.mark.parametrize(
    ("text", "iso3", "kind"),
    NAMES + ABBREVIATIONS + THE_AND_POSSESSIVES + DEMONYMS + PLURAL_DEMONYMS + CAPITALS + OFFICIAL_NAMES
    + CASE_RULES + DANGEROUS + TERRITORY_FORMS,
)
def test_lookup(gaz: Gazetteer, text: str, iso3: str | None, kind: str | None) -> None:
    check(gaz, text, iso3, kind)


def test_lookup_returns_stored_form(gaz: Gazetteer) -> None:
    found = gaz.lookup("the U.S.’s")
    assert found == StateForm(State("USA", "United States"), "name", "U.S.")
    assert gaz.lookup("UNITED STATES").form == "United States"


def test_lookup_rejects_non_strings(gaz: Gazetteer) -> None:
    assert gaz.lookup(None) is None  # type: ignore[arg-type]
    assert gaz.institution(42) is None  # type: ignore[arg-type]


# ------------------------------------------------------------------ states


@pytest.mark.parametrize(
    ("iso3", "name", "sovereign"),
    [
        ("USA", "United States", True),
        ("GBR", "United Kingdom", True),
        ("RUS", "Russia", True),
        ("IRN", "Iran", True),
        ("KOR", "South Korea", True),
        ("PRK", "North Korea", True),
        ("MMR", "Myanmar", True),
        ("VAT", "Vatican City", True),
        ("MKD", "North Macedonia", True),
        ("SWZ", "Eswatini", True),
        ("PSE", "Palestine", True),
        ("XKX", "Kosovo", True),
        ("TWN", "Taiwan", True),
        ("PRI", "Puerto Rico", False),
        ("GRL", "Greenland", False),
        ("HKG", "Hong Kong", False),
        ("GUM", "Guam", False),
        ("BMU", "Bermuda", False),
        ("ESH", "Western Sahara", False),
        ("VGB", "British Virgin Islands", False),
    ],
)
def test_state(gaz: Gazetteer, iso3: str, name: str, sovereign: bool) -> None:
    assert gaz.state(iso3) == State(iso3, name, sovereign)


def test_state_lookup_is_case_insensitive_and_strict(gaz: Gazetteer) -> None:
    assert gaz.state("usa") == gaz.state("USA")
    assert gaz.state("XXX") is None
    assert gaz.state("") is None
    assert gaz.state("SCG") is None  # defunct Serbia and Montenegro
    assert gaz.state("ANT") is None  # defunct Netherlands Antilles


def test_territories_are_not_sovereign(gaz: Gazetteer) -> None:
    for text in ("Puerto Rico", "Greenland", "Hong Kong", "Guam", "Bermuda", "Western Sahara"):
        assert gaz.lookup(text).state.sovereign is False, text


def test_every_state_is_well_formed(gaz: Gazetteer) -> None:
    states = gaz.states()
    assert len({s.iso3 for s in states}) == len(states)
    for s in states:
        assert isinstance(s, State)
        assert len(s.iso3) == 3 and s.iso3.isascii() and s.iso3.isupper(), s
        assert s.name and s.name == s.name.strip(), s
        assert "," not in s.name and "(" not in s.name, s
        assert gaz.state(s.iso3) is s
    # 193 UN members, two observers (Vatican City, Palestine), Taiwan and Kosovo.
    assert sum(s.sovereign for s in states) == 197


def test_every_form_state_is_a_known_state(gaz: Gazetteer) -> None:
    for f in gaz.forms():
        assert gaz.state(f.state.iso3) == f.state


def test_every_sovereign_state_has_its_name_as_form(gaz: Gazetteer) -> None:
    for s in gaz.states():
        found = gaz.lookup(s.name)
        assert found is not None and found.state == s, s


# ------------------------------------------------------------------ forms()


def test_forms_are_deterministic_and_clean(gaz: Gazetteer) -> None:
    forms = gaz.forms()
    assert forms == gaz.forms()
    assert forms == Gazetteer().forms()
    assert forms is not gaz.forms()  # a copy: callers cannot change the gazetteer
    assert forms == sorted(forms, key=lambda f: (f.form.casefold(), f.form, f.state.iso3, f.kind))
    assert 1000 < len(forms) < 2500
    for f in forms:
        assert isinstance(f, StateForm)
        assert f.form and f.form == f.form.strip() and "  " not in f.form, f
        assert not f.form.lower().startswith("the "), f
        assert f.kind in FORM_KINDS, f
        assert "\u2019" not in f.form, f


def test_forms_are_unique_case_insensitively(gaz: Gazetteer) -> None:
    keys = [f.form.casefold() for f in gaz.forms()]
    assert len(keys) == len(set(keys))


def test_every_form_looks_itself_up(gaz: Gazetteer) -> None:
    for f in gaz.forms():
        assert gaz.lookup(f.form) == f, f


def test_no_bare_codes_except_the_news_ones(gaz: Gazetteer) -> None:
    codes = {f.form for f in gaz.forms() if f.form.isupper() and f.form.isalpha() and len(f.form) <= 4}
    assert codes == {"US", "USA", "UK", "UAE", "DPRK", "PRC", "ROK", "ROC", "KSA", "NZ", "DRC"}


def test_every_kind_is_present(gaz: Gazetteer) -> None:
    assert {f.kind for f in gaz.forms()} == set(FORM_KINDS)


# ------------------------------------------------------------------ institutions

INSTITUTIONS = [
    ("State Department", "State Department", "USA", "ministry"),
    ("Department of State", "State Department", "USA", "ministry"),
    ("the State Department's", "State Department", "USA", "ministry"),
    ("Pentagon", "Pentagon", "USA", "ministry"),
    ("the Pentagon", "Pentagon", "USA", "ministry"),
    ("White House", "White House", "USA", "executive"),
    ("the White House’s", "White House", "USA", "executive"),
    ("CIA", "CIA", "USA", "intelligence"),
    ("FBI", "FBI", "USA", "law_enforcement"),
    ("Congress", "Congress", "USA", "legislature"),
    ("Kremlin", "Kremlin", "RUS", "executive"),
    ("the Kremlin", "Kremlin", "RUS", "executive"),
    ("Duma", "State Duma", "RUS", "legislature"),
    ("State Duma", "State Duma", "RUS", "legislature"),
    ("Downing Street", "Downing Street", "GBR", "executive"),
    ("Foreign Office", "Foreign Office", "GBR", "ministry"),
    ("Élysée", "Élysée", "FRA", "executive"),
    ("Elysee", "Élysée", "FRA", "executive"),
    ("Knesset", "Knesset", "ISR", "legislature"),
    ("IDF", "Israel Defense Forces", "ISR", "armed_forces"),
    ("Israel Defense Forces", "Israel Defense Forces", "ISR", "armed_forces"),
    ("Mossad", "Mossad", "ISR", "intelligence"),
    ("Shin Bet", "Shin Bet", "ISR", "intelligence"),
    ("IRGC", "IRGC", "IRN", "military"),
    ("Revolutionary Guards", "IRGC", "IRN", "military"),
    ("Islamic Revolutionary Guard Corps", "IRGC", "IRN", "military"),
    ("Bundestag", "Bundestag", "DEU", "legislature"),
    ("PLA", "People's Liberation Army", "CHN", "armed_forces"),
    ("People's Liberation Army", "People's Liberation Army", "CHN", "armed_forces"),
    ("People’s Liberation Army", "People's Liberation Army", "CHN", "armed_forces"),
]


@pytest.mark.parametrize(("text", "label", "iso3", "kind"), INSTITUTIONS)
def test_institution(gaz: Gazetteer, text: str, label: str, iso3: str, kind: str) -> None:
    assert gaz.institution(text) == Institution(label, iso3, kind)


@pytest.mark.parametrize(
    "text",
    ["Senate", "Parliament", "Foreign Ministry", "House of Commons", "National Assembly", "Supreme Court",
     "Defence Ministry", "cia", "pentagon", "congress", "kremlin", "Pla", "Iran", ""],
)
def test_not_an_institution(gaz: Gazetteer, text: str) -> None:
    assert gaz.institution(text) is None


def test_institution_forms(gaz: Gazetteer) -> None:
    pairs = gaz.institution_forms()
    assert pairs == gaz.institution_forms()
    assert pairs == sorted(pairs, key=lambda p: (p[0].casefold(), p[0], p[1].iso3, p[1].label))
    names = [name for name, _ in pairs]
    assert len({n.casefold() for n in names}) == len(names)
    assert "Elysee" in names and "Élysée" in names
    for name, inst in pairs:
        assert name and isinstance(inst, Institution)
        assert gaz.state(inst.iso3) is not None and gaz.state(inst.iso3).sovereign, inst
        assert gaz.institution(name) == inst
        assert inst.kind in {"ministry", "armed_forces", "military", "intelligence", "legislature", "executive",
                             "law_enforcement", "central_bank", "agency", "council"}, inst


def test_armed_forces_are_one_institution_per_state(gaz: Gazetteer) -> None:
    assert gaz.armed_forces("CHN") == Institution("People's Liberation Army", "CHN", "armed_forces")
    assert gaz.armed_forces("ISR").label == "Israel Defense Forces"
    assert gaz.armed_forces("IRN") is None  # the IRGC is one force, not Iran's armed forces
    assert gaz.armed_forces("GBR") is None  # the Royal Navy is one branch


def test_two_armed_forces_for_one_state_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "institutions.tsv"
    bad.write_text("name\tiso3\tlabel\tkind\nAlpha Force\tFRA\tAlpha\tarmed_forces\n"
                   "Beta Force\tFRA\tBeta\tarmed_forces\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already has armed forces"):
        Gazetteer(institutions_path=bad)


# ------------------------------------------------------------------ international organizations

ORGANIZATIONS = [
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("the United Nations'", "United Nations"),
    ("EU", "European Union"),
    ("E.U.", "European Union"),
    ("the European Union’s", "European Union"),
    ("NATO", "NATO"),
    ("Nato", "NATO"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("AU", "African Union"),
    ("OAS", "Organization of American States"),
    ("Organisation of American States", "Organization of American States"),
    ("G7", "G7"),
    ("G-7", "G7"),
    ("Group of Seven", "G7"),
    ("G-20", "G20"),
    ("Security Council", "UN Security Council"),
    ("UNSC", "UN Security Council"),
    ("U.N. Security Council", "UN Security Council"),
    ("WFP", "World Food Programme"),
    ("World Food Program", "World Food Programme"),
    ("IAEA", "International Atomic Energy Agency"),
    ("ICC", "International Criminal Court"),
    ("WHO", "World Health Organization"),
    ("Arab League", "Arab League"),
    ("League of Arab States", "Arab League"),
    ("GCC", "Gulf Cooperation Council"),
]


@pytest.mark.parametrize(("text", "label"), ORGANIZATIONS)
def test_organization(gaz: Gazetteer, text: str, label: str) -> None:
    found = gaz.organization(text)
    assert found is not None and found.label == label, (text, found)


@pytest.mark.parametrize("text", ["un", "Un", "who", "Who", "eu", "nato", "u.n.", "security council", "Iran",
                                  "State Department", ""])
def test_not_an_organization(gaz: Gazetteer, text: str) -> None:
    assert gaz.organization(text) is None


def test_organization_forms(gaz: Gazetteer) -> None:
    pairs = gaz.organization_forms()
    assert pairs == sorted(pairs, key=lambda p: (p[0].casefold(), p[0], p[1].label))
    owners: dict[str, set[Organization]] = {}
    for name, org in pairs:
        owners.setdefault(name.casefold(), set()).add(org)
    assert all(len(orgs) == 1 for orgs in owners.values())  # "NATO" and "Nato" name one organization
    for name, org in pairs:
        assert isinstance(org, Organization) and org.kind in ORGANIZATION_KINDS
        assert gaz.organization(name) == org
        assert gaz.lookup(name) is None and gaz.institution(name) is None, name  # no form names two things


def test_organizations_file_is_well_formed(gaz: Gazetteer) -> None:
    assert ORGANIZATIONS_PATH.read_text(encoding="utf-8").startswith("#")  # the column documentation
    rows = _rows(ORGANIZATIONS_PATH)
    assert rows[0] == ["form", "label", "kind"]
    for form, label, kind in rows[1:]:
        assert gaz.organization(form) == Organization(label, kind)
    labels = {label for _, label, _ in rows[1:]}
    assert all(gaz.organization(label) is not None for label in labels)  # every label is a form too


def test_bad_organizations_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "organizations.tsv"
    bad.write_text("form\tlabel\tkind\nXYZ\tXyz Union\tclub\n", encoding="utf-8")
    with pytest.raises(ValueError, match="club"):
        Gazetteer(organizations_path=bad)
    bad.write_text("form\tlabel\tkind\nXYZ\tXyz Union\tforum\nXYZ\tOther Union\tforum\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already names"):
        Gazetteer(organizations_path=bad)


# ------------------------------------------------------------------ data files


def _rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_extras_file_is_well_formed() -> None:
    text = EXTRAS_PATH.read_text(encoding="utf-8")
    assert text.startswith("#")  # the column documentation
    rows = _rows(EXTRAS_PATH)
    assert rows[0] == ["form", "iso3", "kind", "note"]
    for row in rows[1:]:
        assert len(row) == 4, row
        assert row[2] in {"name", "demonym", "plural_demonym", "capital", "exclude", "territory"}, row


def test_extras_rows_take_effect(gaz: Gazetteer) -> None:
    for form, iso3, kind, note in _rows(EXTRAS_PATH)[1:]:
        if kind in FORM_KINDS:
            found = gaz.lookup(form)
            assert found is not None and (found.state.iso3, found.kind) == (iso3, kind), (form, found)
            if note.startswith("canonical"):
                assert gaz.state(iso3).name == form
        elif kind == "exclude" and form != "*":
            found = gaz.lookup(form)
            assert found is None or (iso3 and found.state.iso3 != iso3), (form, found)
        elif kind == "territory":
            assert gaz.state(iso3).sovereign is False, iso3


def test_institutions_file_is_well_formed(gaz: Gazetteer) -> None:
    rows = _rows(INSTITUTIONS_PATH)
    assert rows[0] == ["name", "iso3", "label", "kind"]
    assert 40 <= len(rows) - 1 <= 80
    for name, iso3, label, kind in rows[1:]:
        assert gaz.institution(name) == Institution(label, iso3, kind)


def test_bad_extras_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "extras.tsv"
    bad.write_text("form\tiso3\tkind\tnote\nFoo\tUSA\tnickname\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="nickname"):
        Gazetteer(extras_path=bad)
    bad.write_text("form\tiso3\tkind\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        Gazetteer(extras_path=bad)


def test_custom_extras_file(tmp_path: Path) -> None:
    extras = tmp_path / "extras.tsv"
    extras.write_text(
        "# test\nform\tiso3\tkind\tnote\nYankees\tUSA\tplural_demonym\t\nIran\tIRN\texclude\t\n", encoding="utf-8"
    )
    gaz = Gazetteer(extras_path=extras)
    assert gaz.lookup("Yankees").state.iso3 == "USA"
    assert gaz.lookup("Iran") is None
    assert gaz.lookup("Tehran").state.iso3 == "IRN"


# ------------------------------------------------------------------ misc


def test_load_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_dataclasses_are_frozen(gaz: Gazetteer) -> None:
    with pytest.raises(AttributeError):
        gaz.state("USA").name = "X"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        gaz.lookup("Iran").kind = "X"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        gaz.institution("CIA").iso3 = "X"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        gaz.organization("UN").label = "X"  # type: ignore[misc]


def test_many_lookups(gaz: Gazetteer) -> None:
    words = ("Iran", "said", "the", "U.S.", "Britons", "Tehran", "Pentagon", "on", "Monday") * 2000
    hits = sum(gaz.lookup(w) is not None for w in words)
    assert hits == 4 * 2000  # "Pentagon" is an institution, not a state form


def test_name_start_filter_keeps_every_known_name(gaz: Gazetteer) -> None:
    """The cheap first-word test may only rule out words that start no name: every state form, institution
    and organization, as spaCy tokenizes it (with or without "the"), passes at its first token."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    names = [f.form for f in gaz.forms()] + [n for n, _ in gaz.institution_forms()] \
        + [n for n, _ in gaz.organization_forms()]
    assert len(names) > 1000
    missed = [name for name in names
              if not gaz.may_start_name(tokenizer(name)[0].text) or not gaz.may_start_name(tokenizer("The " + name)[0].text)]
    assert missed == []
    assert not gaz.may_start_name("Tuesday") and not gaz.may_start_name("Officials")
