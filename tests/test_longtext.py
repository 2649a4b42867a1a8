"""One long text is read in bounded pieces: whole, with the article's offsets, and without a max_length error."""
from __future__ import annotations

import pytest

import graphkit
from graphkit import BuildReport, Document
from graphkit import nlp as gk_nlp
from graphkit.nlp import batches, split_document, text_pieces

# (text, limit, the pieces expected): where a piece ends, best first.
PIECES = [
    # whole paragraphs: the last blank line in reach
    ("Chile met Peru.\n\nBolivia met Chile.\n\nPeru met Ecuador.", 40,
     ["Chile met Peru.\n\nBolivia met Chile.\n\n", "Peru met Ecuador."]),
    # a paragraph break near the start wins over a sentence end further on
    ("Short one.\n\nA much longer paragraph. It goes on. And on.", 40,
     ["Short one.\n\n", "A much longer paragraph. It goes on. ", "And on."]),
    # one paragraph of lines: after the last line that ends like a sentence
    ("Oslo spoke first.\nStockholm replied at length\nand Helsinki agreed.", 50,
     ["Oslo spoke first.\n", "Stockholm replied at length\nand Helsinki agreed."]),
    # one paragraph, one line: after the last sentence end
    ("Kenya thanked Uganda. Uganda thanked Kenya. Both signed.", 30,
     ["Kenya thanked Uganda. ", "Uganda thanked Kenya. ", "Both signed."]),
    # a hard-wrapped paragraph with no sentence end: after the last line break
    ("the talks went on and on\nwith no end in sight at all", 30,
     ["the talks went on and on\n", "with no end in sight at all"]),
    # no break at all but spaces: after the last space
    ("alpha beta gamma delta epsilon", 14, ["alpha beta ", "gamma delta ", "epsilon"]),
    # not even a space: cut where the limit says
    ("x" * 25, 10, ["x" * 9, "x" * 9, "x" * 7]),
]


@pytest.mark.parametrize("text, limit, expected", PIECES)
def test_pieces_end_at_the_best_break_in_reach(text, limit, expected):
    got = list(text_pieces(text, limit))
    assert [piece for _, piece in got] == expected
    assert all(len(piece) < limit for _, piece in got)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in got)


def test_batches_are_cut_by_size_as_well_as_count():
    items = [("a" * n, i) for i, n in enumerate([60, 30, 30, 100, 5, 5])]
    assert [[i for _, i in b] for b in batches(items, count=32, chars=100)] == [[0, 1], [2], [3], [4, 5]]
    assert [[i for _, i in b] for b in batches(items, count=2, chars=1000)] == [[0, 1], [2, 3], [4, 5]]


def test_a_piece_is_the_document_at_its_place():
    doc = Document("long.txt", "Peru thanked Chile.\n\nNorway warned Sweden.", title="T", date="2024-05-01",
                   source="/x/long.txt")
    pieces = list(split_document(doc, 25))
    assert [(p.id, p.title, p.date, p.source, p.offset) for p in pieces] == [
        ("long.txt", "T", "2024-05-01", "/x/long.txt", 0), ("long.txt", "T", "2024-05-01", "/x/long.txt", 21)]
    assert "".join(p.text for p in pieces) == doc.text


def _filler(n: int) -> str:
    """``n`` paragraphs that cost the parser little (one sentence, then a long run of spaces)."""
    return "".join("Nothing new was reported." + " " * 2000 + "\n\n" for _ in range(n))


def test_a_text_several_pieces_long_is_read_whole(nlp, monkeypatch):
    """The regression: a text of 3.5 pieces, longer than the pipeline's max_length, is read to its end."""
    text = "Norway criticized Sweden on Monday.\n\n" + _filler(170) + "Peru thanked Chile on Friday."
    assert len(text) > 3.4 * gk_nlp.PIECE_CHARS
    monkeypatch.setattr(nlp, "max_length", 2 * gk_nlp.PIECE_CHARS)  # a whole-text parse would raise
    extractions = list(graphkit.extract_documents([Document("long.txt", text)], nlp=nlp))
    assert len(extractions) == 4 and {e.doc_id for e in extractions} == {"long.txt"}
    actions = [a for e in extractions for a in e.actions]
    assert [(a.source, a.action, a.target) for a in actions] == [
        ("state:NOR", "criticize", "state:SWE"), ("state:PER", "thank", "state:CHL")]
    assert text[actions[-1].start_char:actions[-1].end_char] == "thanked"  # the article's offsets
    for e in extractions:
        for m in e.mentions:
            assert text[m.start_char:m.end_char] == m.text


# Each paragraph is a piece when pieces are shorter than 80 characters.
PEOPLE_ACROSS_PIECES = ("Swedish Prime Minister Ulf Kristersson criticized Norway on Monday.\n\n"
                        "He also praised Finland and its government for their help on Tuesday.\n\n"
                        "Kristersson later warned Russia over the border dispute in the far north.")


def test_a_name_joins_across_pieces_a_pronoun_does_not(nlp, monkeypatch):
    monkeypatch.setattr(gk_nlp, "PIECE_CHARS", 80)
    assert len(list(split_document(Document("d", PEOPLE_ACROSS_PIECES)))) == 3
    G = graphkit.graph_from_texts({"d": PEOPLE_ACROSS_PIECES}, nlp=nlp)
    pm = "person:ulf kristersson"
    assert G.has_edge(pm, "state:NOR") and G.has_edge(pm, "state:RUS")  # "Kristersson" joins the full name
    assert "person:kristersson" not in G
    assert "state:FIN" not in G or G.in_degree("state:FIN") == 0  # "He" has no antecedent in its piece
    assert G.nodes[pm]["doc"] == "d"


def test_pieces_are_cached_and_counted_as_one_document(nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(gk_nlp, "PIECE_CHARS", 80)
    path = tmp_path / "long.txt"
    path.write_text(PEOPLE_ACROSS_PIECES, encoding="utf-8")
    first, again = BuildReport(), BuildReport()
    G1 = graphkit.build_graph([path], nlp=nlp, cache=tmp_path / "cache", report=first)
    G2 = graphkit.build_graph([path], nlp=nlp, cache=tmp_path / "cache", report=again)
    assert (first.read, first.parsed, first.cached) == (1, 1, 0)
    assert (again.read, again.parsed, again.cached) == (1, 0, 1)
    assert sorted(G1.edges(keys=True, data=True)) == sorted(G2.edges(keys=True, data=True))
