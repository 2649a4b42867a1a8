"""Fast paths of the coreference pass, the actor table and the action records: each reads the Doc's columns or
builds a record without its ``__init__``, and each test compares it with the plain reading (Token attributes,
``dataclasses.replace``, the dataclass constructor) on sentences written for these tests.
"""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from graphkit.actions.records import ASSERTED, Action, with_fields
from graphkit.actors import PASSES, coref, keys
from graphkit.actors.coref import Focus, is_subject, resolve_references
from graphkit.actors.records import Mention
from graphkit.actors.table import ActorTable, _mention_record
from graphkit.dates import locate_dates
from graphkit.syntax import dependency_tree, entity_bounds, words_text

SENTENCES = [
    "Norvik Energy, Q-Telco and Baltia Steel signed a deal with Kenya and Uganda on Monday.",
    "Ghana, Togo and Benin held talks in Accra last Tuesday, and Nigeria and Niger sent envoys.",
    "The ministers of Peru and Chile met, talked and agreed to meet again on 9 November 2023.",
    "Acme Corp and Norvik Energy sued the regulator, while Kenya, Uganda, and Tanzania protested on Friday.",
    "President Ana Ruiz thanked Chile and Bolivia, and she praised Argentina and Brazil for their help.",
    "Kenyan troops and Somali police attacked rebels and militants near the border yesterday.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


def test_coordination_reads_what_token_conjuncts_gives(docs):
    """The conjuncts of a first conjunct, read from the dependency columns, are Token.conjuncts in its order."""
    checked = 0
    for doc in docs:
        deps, _, children = dependency_tree(doc)
        for tok in doc:
            if tok.dep_ == "conj":
                continue  # read only from a first conjunct, as _coordinated_orgs_at does
            assert coref._coordination(deps, children, tok.i) == [tok.i] + [t.i for t in tok.conjuncts]
            checked += bool(tok.conjuncts)
    assert checked >= 8  # the sentences have lists of two and three


def test_coordination_leaves_a_conjunct_on_the_left_out(nlp):
    """Token.conjuncts walks right-hand children only: a (mis)parsed conjunct before its head is no conjunct."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["Peru", "and", "Chile", "and", "Bolivia", "met"], heads=[2, 2, 5, 2, 2, 5],
              deps=["conj", "cc", "nsubj", "cc", "conj", "ROOT"])
    deps, _, children = dependency_tree(doc)
    assert coref._coordination(deps, children, 2) == [2] + [t.i for t in doc[2].conjuncts] == [2, 4]


def _plain_coordinated_orgs(table: ActorTable, tok) -> tuple[str, ...]:
    """The reading of _coordinated_orgs through Tokens, as it was written first."""
    if tok.dep_ != "conj":
        return ()
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    found = [[k for k in table.of(t) if keys.is_org(k)] for t in (first, *first.conjuncts) if t.i <= tok.i]
    if not all(len(f) == 1 for f in found):
        return ()
    return tuple(dict.fromkeys(f[0] for f in found))


def _plain_saw(focus: Focus, table: ActorTable, tok, found: tuple[str, ...]) -> None:
    """Focus.saw read through Tokens, as it was written first."""
    i, dep = tok.i, tok.dep_
    subject = is_subject(tok)
    sector = table.sector(tok)
    for k in found:
        if keys.is_state(k) and (i == 0 or k not in table.of_index(i - 1)):
            focus.states_named[k] = (focus.states_named.get(k, (0, 0))[0] + 1, focus.sentence)
        if keys.is_org(k):
            focus.recent_orgs.pop(k, None)
            focus.recent_orgs[k] = focus.sentence
            if subject:
                focus.this_org_subjects.append(k)
        if sector:
            focus.named_group(sector, k)
    for k in found:
        if keys.is_person(k):
            focus.person_named(k)
            if subject:
                focus.this_subjects.append(k)
    if dep != "conj":
        return
    first, second = table.of(tok.head), table.of(tok)
    if len(first) == 1 and len(second) == 1 and first[0] != second[0]:
        focus.last_pair, focus.pair_sent = (first[0], second[0]), focus.sentence
    group = _plain_coordinated_orgs(table, tok)
    if len(group) >= 2:
        if focus.org_groups and focus.org_groups[-1][1] == focus.sentence \
                and set(focus.org_groups[-1][0]) <= set(group):
            focus.org_groups.pop()
        focus.org_groups.append((group, focus.sentence))


def _named_table(doc) -> ActorTable:
    table = ActorTable(doc)
    for step in PASSES[:PASSES.index(resolve_references)]:
        step(table)
    return table


def test_saw_by_index_keeps_the_focus_the_token_reading_keeps(docs):
    """Every token naming an actor, seen by index and through its Token: the same focus, pairs and groups."""
    groups = pairs = 0
    for doc in docs:
        table = _named_table(doc)
        fast, plain = Focus(sentence=1), Focus(sentence=1)
        for tok in doc:
            found = table.of(tok)
            if found:
                fast.saw(table, tok, found)
                _plain_saw(plain, table, tok, found)
                assert coref._coordinated_orgs(table, tok) == _plain_coordinated_orgs(table, tok)
        assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
        groups += bool(fast.org_groups)
        pairs += fast.last_pair is not None
    assert groups >= 1 and pairs >= 3  # the readings were put to the test


def test_with_fields_makes_what_dataclasses_replace_makes():
    """Equal, hashed, pickled, shown and turned into a dict alike, still frozen, and the original untouched."""
    act = Action("d1", "state:GHA", "state:TGO", "accuse", "VERB", False, ASSERTED, "accuse", "verbal-conflict",
                 "Ghana accused Togo.", 6, 13, "verb.object", source_sector="government")
    for changes in ({"sentence": 2, "date_text": "Monday"}, {"date": "2024-05-06", "date_source": "document"},
                    {"sentence": 0, "date_text": ""}, {}):
        fast, plain = with_fields(act, **changes), dataclasses.replace(act, **changes)
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
        assert list(vars(fast)) == list(vars(plain))  # field order, which pickling keeps
        assert pickle.dumps(fast) == pickle.dumps(plain)
        assert fast is not act and type(fast) is Action
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.sentence = 5
    assert act.sentence == -1 and act.date_text == ""
    with pytest.raises(TypeError):
        with_fields(act, sentense=1)


def test_mention_record_is_the_dataclass_mention():
    """The table's Mention, built without __init__, is the one the constructor builds."""
    fast = _mention_record("d1", "state:KEN", "Kenya's", 10, 17, "name")
    plain = Mention("d1", "state:KEN", "Kenya's", 10, 17, "name")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert list(vars(fast)) == [f.name for f in dataclasses.fields(Mention)]
    assert pickle.dumps(fast) == pickle.dumps(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.kind = "pronoun"


def test_date_entity_text_read_off_the_doc_is_its_span_text(docs):
    """locate_dates reads a DATE entity's text from the Doc's text: the entity's Span.text."""
    dates = 0
    for doc in docs:
        for start, end, label in entity_bounds(doc):
            assert words_text(doc, start, end) == doc[start:end].text
            dates += label == "DATE"
    assert dates >= 5


def test_locate_dates_picks_the_day_of_each_sentence(nlp):
    """The dates the fast reading finds, on actions made by hand at the verbs."""
    doc = nlp("Chile met Peru. Kenya attacked Uganda on Monday, a week after talks on Friday. "
              "Ghana praised Togo in 2019.")
    acts = [Action("d", "state:A", "state:B", "meet", "VERB", False, ASSERTED, "meet", "verbal-cooperation",
                   doc.text, tok.idx, tok.idx + len(tok), "verb.object") for tok in doc if tok.pos_ == "VERB"]
    assert [(a.sentence, a.date_text) for a in locate_dates(doc, acts)] == [(0, ""), (1, "Monday"), (2, "")]


def test_org_profiles_read_from_the_named_tokens_alone(docs, monkeypatch):
    """org_profiles asks only the tokens that name an actor: the plain reading asks every token."""
    from graphkit.actors.descriptions import org_profiles

    profiled = 0
    for doc in docs:
        table = _named_table(doc)
        fast = org_profiles(table)
        with monkeypatch.context() as m:
            m.setattr(ActorTable, "named_indices", lambda self: list(range(len(self.doc))))
            plain = org_profiles(table)
        assert fast == plain and list(fast) == list(plain)
        assert table.named_indices() == [i for i in range(len(doc)) if table.of_index(i)]
        profiled += len(fast)
    assert profiled >= 4
