"""The documents a graph was read from: id, title, date, path and web address, kept in the graph.

A title given by ``--title-field``, a date by ``--date-field`` and an address
by ``--url-field`` (or an HTML page's own) reach the graph attribute
``document_table``, which GraphML and JSON carry and ``graphkit.read`` gives
back, and the HTML view (tests/test_browser.py shows them there).
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import cli
from graphkit.documents import Fields, iter_documents, web_url
from graphkit.graph import DOCUMENT_FIELDS, document_table

RECORDS = [
    {"uid": "n1", "headline": "Chile thanks Peru", "published": "16 June 2025", "link": "https://news.example/n1",
     "body": "Chile thanked Peru for its help on Monday."},
    {"uid": "n2", "headline": "Talks in Lima", "published": "2025-06-18", "link": "javascript:alert(1)",
     "body": "Bolivia met Peru in Lima."},
    {"uid": "n3", "body": "Ecuador criticized Colombia."},
]


@pytest.fixture
def news(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_titles_dates_and_links_of_the_input_are_kept_and_read_back(news, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(news), "--id-field", "uid", "--text-field", "body",
                                      "--title-field", "headline", "--date-field", "published", "--url-field", "link",
                                      "-q", "-o", str(tmp_path / "g.graphml"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    expected = [
        {"id": "n1", "title": "Chile thanks Peru", "date": "2025-06-16", "path": str(news),
         "url": "https://news.example/n1"},
        {"id": "n2", "title": "Talks in Lima", "date": "2025-06-18", "path": str(news), "url": ""},  # not http(s)
        {"id": "n3", "title": "Ecuador criticized Colombia.", "date": "", "path": str(news), "url": ""},
    ]
    for name in ("g.graphml", "g.json"):
        G = graphkit.read(tmp_path / name)
        assert isinstance(G.graph["document_table"], str)  # one scalar attribute, as GraphML needs
        assert document_table(G) == expected, name
    assert list(expected[0]) == list(DOCUMENT_FIELDS)


def test_an_html_page_gives_its_own_address(tmp_path):
    (tmp_path / "a.html").write_text(
        '<html><head><title>Peru and Chile</title><link rel="canonical" href="https://news.example/a">'
        '<meta property="og:url" content="https://other.example/a"></head><body><p>Peru thanked Chile.</p></body>',
        encoding="utf-8")
    (tmp_path / "b.htm").write_text(
        '<head><meta property="og:url" content=" http://news.example/b "></head><p>Chile warned Peru.</p>',
        encoding="utf-8")
    (tmp_path / "c.html").write_text('<link rel="canonical" href="/relative/c"><p>Peru met Chile.</p>',
                                     encoding="utf-8")
    docs = {d.id: d for d in iter_documents([tmp_path])}
    assert (docs["a.html"].title, docs["a.html"].url) == ("Peru and Chile", "https://news.example/a")
    assert docs["b.htm"].url == "http://news.example/b" and docs["c.html"].url == ""


@pytest.mark.parametrize("value, expected", [
    ("https://news.example/a?b=1#c", "https://news.example/a?b=1#c"),
    ("HTTP://NEWS.EXAMPLE/A", "HTTP://NEWS.EXAMPLE/A"),
    ("javascript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""),
    ("file:///etc/passwd", ""),
    ("//news.example/a", ""),
    ("https://", ""),
    ("https://news.example/a b", ""),
    ("https://news.example/\x00", ""),
    (None, ""),
    (42, ""),
])
def test_only_web_addresses_are_kept(value, expected):
    assert web_url(value) == expected


def test_a_record_without_the_fields_has_an_empty_row(news):
    docs = list(iter_documents([news], fields=Fields(text="body", id="uid", url="nothing")))
    assert [d.url for d in docs] == ["", "", ""]


def test_the_cache_relabels_path_and_address(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    page = '<link rel="canonical" href="https://news.example/a"><p>Peru thanked Chile.</p>'
    (tmp_path / "in" / "a.html").write_text(page, encoding="utf-8")
    first = graphkit.build_graph([tmp_path / "in"], nlp=nlp, cache=tmp_path / "cache")
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "b.html").write_text(page.replace("/a", "/b"), encoding="utf-8")
    report = graphkit.BuildReport()
    second = graphkit.build_graph([tmp_path / "again"], nlp=nlp, cache=tmp_path / "cache", report=report)
    assert report.cached == 1  # the same text: read from the cache, labelled as the document asking
    assert [(d["id"], d["url"]) for d in document_table(first)] == [("a.html", "https://news.example/a")]
    assert [(d["id"], d["path"], d["url"]) for d in document_table(second)] == [
        ("b.html", str(tmp_path / "again" / "b.html"), "https://news.example/b")]


def test_a_graph_without_a_table_lists_the_documents_it_cites():
    G = graphkit.graph_from_texts({"x": "Peru thanked Chile."})
    assert [d["id"] for d in document_table(G)] == ["x"]
    del G.graph["document_table"]
    assert document_table(G) == [dict.fromkeys(DOCUMENT_FIELDS, "") | {"id": "x"}]
