"""Dates: a document's date from its input, an action's date from its sentence (graphkit.dates).

Every sentence, page and dateline here was written for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.dates import dateline_date, document_date, html_date, resolve
from graphkit.documents import Document, iter_documents
from graphkit.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "dated"
SHARED_DEV = ROOT.parent / "shared" / "dev"

# --------------------------------------------------------------------------- one expression

#: (expression, document date, hypothetical?, the day it names or "")
EXPRESSIONS = [
    ("Monday", "2025-06-23", False, "2025-06-23"),          # read on a Monday: that day
    ("Monday's", "2025-06-25", False, "2025-06-23"),        # a possessive ("Monday's talks")
    ("Friday", "2025-06-23", False, "2025-06-20"),          # past by default
    ("Friday", "2025-06-23", True, "2025-06-27"),           # forward when hypothetical ("will meet on Friday")
    ("last Monday", "2025-06-23", False, "2025-06-16"),     # "last" is read by the library
    ("next Monday", "2025-06-23", False, "2025-06-30"),
    ("yesterday", "2025-06-23", False, "2025-06-22"),
    ("two days ago", "2025-06-23", False, "2025-06-21"),
    ("9 November", "2025-06-23", False, "2024-11-09"),
    ("9 November", "2025-06-23", True, "2025-11-09"),
    ("June 23", "2025-06-23", True, "2025-06-23"),
    ("3 March 2021", "2025-06-23", False, "2021-03-03"),
    ("3 March 2021", "", False, "2021-03-03"),              # a full date needs no document date
    ("Monday", "", False, ""),                              # a weekday does
    ("9 November", "", False, ""),
    ("last week", "2025-06-23", False, ""),                 # not one day
    ("July", "2025-06-23", False, ""),
    ("2023", "2025-06-23", False, ""),
    ("the 1990s", "2025-06-23", False, ""),
    ("decades", "2025-06-23", False, ""),
    ("", "2025-06-23", False, ""),
]


@pytest.mark.parametrize("text, base, future, expected", EXPRESSIONS)
def test_a_date_expression_names_one_day_or_none(text, base, future, expected):
    assert resolve(text, base, future=future) == expected


#: (a date field's value, the document date)
FIELD_VALUES = [
    ("2025-06-16", "2025-06-16"),
    ("20080804", "2008-08-04"),
    ("121108", "2012-11-08"),                     # YYMMDD, as KEDS/TABARI event data write it
    ("2025-06-16T23:30:00-05:00", "2025-06-16"),  # the local date as written
    ("2025-06-16 08:00", "2025-06-16"),
    ("June 16, 2025", "2025-06-16"),
    ("16 June 2025", "2025-06-16"),
    ("June 16", ""),                              # no year: no date, never this year
    ("yesterday", ""),
    ("soon", ""),
    ("", ""),
]


@pytest.mark.parametrize("value, expected", FIELD_VALUES)
def test_a_date_field_is_read_as_iso_or_not_at_all(value, expected):
    assert document_date(value) == expected


#: (an HTML page, its publication date)
PAGES = [
    ('<meta property="article:published_time" content="2024-02-03T10:00:00Z">', "2024-02-03"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-04"}</script>',
     "2024-02-04"),
    ('<script type="application/ld+json">[{"@graph": [{"author": "x"}, {"datePublished": "2024-02-05"}]}]</script>',
     "2024-02-05"),
    ('<span itemprop="datePublished" content="2024-02-06">6 Feb</span>', "2024-02-06"),
    ('<meta name="pubdate" content="20240207">', "2024-02-07"),
    ('<p>Posted <time datetime="2024-02-08T07:00">8 February</time></p>', "2024-02-08"),
    # the article's own metadata wins over a <time> of the page
    ('<time datetime="2020-01-01">old</time><meta property="article:published_time" content="2024-02-09">',
     "2024-02-09"),
    ('<script type="application/ld+json">{broken</script><time datetime="2024-02-10">x</time>', "2024-02-10"),
    ("<p>Kenya praised Uganda.</p>", ""),
]


@pytest.mark.parametrize("page, expected", PAGES)
def test_an_html_page_states_its_date(page, expected):
    assert html_date(page) == expected


#: (the head of a text, the title given apart, its date)
HEADS = [
    ("NAIROBI, June 16, 2025 (Reuters) - Kenya praised Uganda.", "", "2025-06-16"),
    ("NAIROBI, Kenya, June 16, 2025 (AP) \u2014 Kenya praised Uganda.", "", "2025-06-16"),
    ("NAIROBI, 16 June 2025 -- Kenya praised Uganda.", "", "2025-06-16"),
    ("NAIROBI, June 16 (Reuters) - Kenya praised Uganda.", "Kenya and Uganda, June 2025", "2025-06-16"),
    ("NAIROBI, June 16 (Reuters) - Kenya praised Uganda.", "", ""),    # a year from nowhere is no date
    ("Kenya praises Uganda\n\n2025-06-16\n\nKenya praised Uganda.", "", "2025-06-16"),
    ("Kenya praises Uganda\nPublished: 16 June 2025\nKenya praised Uganda.", "", "2025-06-16"),
    ("NAIROBI (Reuters) - Kenya praised Uganda.", "", ""),
    ("G7 backs the plan\n\nKenya praised Uganda on 16 June 2025.", "", ""),  # a date in the story is not the dateline
    ("Kenya praised Uganda.", "", ""),
]


@pytest.mark.parametrize("text, title, expected", HEADS)
def test_a_dateline_dates_a_text(text, title, expected):
    assert dateline_date(text, title) == expected


# --------------------------------------------------------------------------- inputs


def test_every_input_kind_carries_its_date(tmp_path):
    docs = {d.id: d.date for d in iter_documents([CORPUS])}
    assert docs["am-1"] == "2025-05-06"        # the JSONL date field
    assert docs["page.html"] == "2025-06-13"   # article:published_time (the local date as written)
    assert docs["dateline.txt"] == "2025-06-14"
    csv_path = tmp_path / "n.csv"
    csv_path.write_text('id,published,text\nc1,20250601,Kenya praised Uganda.\nc2,,"LIMA, 2 June 2025 - Peru met '
                        'Chile."\nc3,never,Peru met Chile.\n', encoding="utf-8")
    from graphkit.documents import Fields
    assert [(d.id, d.date) for d in iter_documents([csv_path], fields=Fields(date="published"))] == [
        ("c1", "2025-06-01"), ("c2", "2025-06-02"), ("c3", "")]


# --------------------------------------------------------------------------- actions

#: (document date, sentence I wrote, [(source, action, target, date, date_source)])
SENTENCES = [
    ("2025-06-23", "Peru attacked Chile on Monday.", [("state:PER", "attack", "state:CHL", "2025-06-23", "sentence")]),
    ("2025-06-23", "Peru warned Chile last Tuesday.", [("state:PER", "warn", "state:CHL", "2025-06-17", "sentence")]),
    ("2025-06-23", "On 9 November, Serbia criticized Kosovo.",
     [("state:SRB", "criticize", "state:XKX", "2024-11-09", "sentence")]),
    ("2025-06-23", "Japan will meet Canada on Friday.", [("state:JPN", "meet", "state:CAN", "2025-06-27", "sentence")]),
    ("2025-06-23", "Germany criticized Russia yesterday.",
     [("state:DEU", "criticize", "state:RUS", "2025-06-22", "sentence")]),
    ("2025-06-23", "Greece rejected Turkey's proposal on June 20.",
     [("state:GRC", "reject", "state:TUR", "2025-06-20", "sentence")]),
    ("2025-06-23", "Egypt's Monday talks with Sudan ended.",
     [("state:EGY", "talk", "state:SDN", "2025-06-23", "sentence")]),
    # each action takes the date nearest to it in the parse
    ("2025-06-23", "Russia shelled Ukraine on Sunday, a week after Poland condemned Belarus on Friday.",
     [("state:RUS", "shell", "state:UKR", "2025-06-22", "sentence"),
      ("state:POL", "condemn", "state:BLR", "2025-06-20", "sentence")]),
    # no day in the sentence: the document's date
    ("2025-06-23", "Japan thanked Canada.", [("state:JPN", "thank", "state:CAN", "2025-06-23", "document")]),
    ("2025-06-23", "Peru attacked Chile last week.", [("state:PER", "attack", "state:CHL", "2025-06-23", "document")]),
    ("2025-06-23", "Norway might sanction Iran in July.",
     [("state:NOR", "sanction", "state:IRN", "2025-06-23", "document")]),
    # no document date: only a full date in the sentence
    ("", "Chile praised Peru on 3 March 2021.", [("state:CHL", "praise", "state:PER", "2021-03-03", "sentence")]),
    ("", "Peru attacked Chile on Monday.", [("state:PER", "attack", "state:CHL", "", "none")]),
]


@pytest.mark.parametrize("day, text, expected", SENTENCES)
def test_each_action_is_dated_from_its_sentence_or_document(nlp, day, text, expected):
    ex = extract(nlp(text), Document("d", text, date=day))
    assert [(a.source, a.action, a.target, a.date, a.date_source) for a in ex.actions] == expected


def test_actions_carry_their_sentence_number(nlp):
    text = "Peru met Chile. The talks went well. Chile thanked Peru on Monday."
    ex = extract(nlp(text), Document("d", text, date="2025-06-25"))
    assert [(a.action, a.sentence, a.date_text, a.date) for a in ex.actions] == [
        ("meet", 0, "", "2025-06-25"), ("thank", 2, "Monday", "2025-06-23")]


def test_a_cached_text_is_dated_against_the_asking_document(nlp, tmp_path):
    """The same text under two dates: "on Monday" is a different Monday for each."""
    import graphkit

    text = "Peru attacked Chile on Monday."
    docs = [Document("a", text, date="2025-06-25"), Document("b", text, date="2025-07-02")]
    for _ in range(2):  # the second run reads both from the cache
        report = graphkit.BuildReport()
        found = list(graphkit.extract_documents(docs, nlp=nlp, cache=tmp_path / "cache", report=report))
        assert [(e.doc_id, [a.date for a in e.actions]) for e in found] == [("a", ["2025-06-23"]),
                                                                           ("b", ["2025-06-30"])]
    assert report.cached == 2


def test_a_graph_without_dates_carries_no_date_attribute(graph_of):
    G = graph_of({"a.txt": "Peru attacked Chile on Monday. Japan thanked Canada."})
    names = {"date", "first_date", "last_date", "dates"}
    assert not names & {k for _, d in G.nodes(data=True) for k in d}
    assert not names & {k for _, _, d in G.edges(data=True) for k in d}


@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="../shared/dev is not here")
@pytest.mark.parametrize("name", ["petr2.jsonl", "plover.jsonl"])
def test_every_action_of_the_dated_dev_sets_is_dated(nlp, name):
    import graphkit

    G = graphkit.build_graph([SHARED_DEV / name], nlp=nlp, fields=graphkit.Fields(date="date"))
    table = graphkit.events(G)
    assert len(table) > 20
    assert table["date"].notna().all() and set(table["date_source"]) == {"document", "sentence"}
