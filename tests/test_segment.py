"""Sentence starts at line breaks: headlines, headings, bullets and datelines stay out of the next sentence."""
from __future__ import annotations

import pytest
from spacy.lang.en import English

from graphkit.segment import COMPONENT, line_break_starts

CASES = [
    ("Kenya warns Uganda\nOfficials met on Monday.", ["Officials"]),                      # headline without a stop
    ("Background\nTensions rose in the region.", ["Tensions"]),                            # one-word heading
    ("- *Talks*: Chile met Peru.\n- *Trade*: Peru thanked Chile.", ["-"]),                  # bullets
    ("First paragraph ends here.\n\nsecond paragraph starts lower case.", ["second"]),      # paragraph break
    ("The minister said the government would consider the proposal carefully before\n"
     "deciding whether to send troops to the border region next month.", []),             # wrapped prose
    ("The minister said the government would consider the proposal carefully before the\n"
     "Senate votes on it next month.", []),                                               # wrapped, capital next
]


@pytest.mark.parametrize("text,starts", CASES)
def test_line_breaks_start_sentences_only_where_a_line_is_finished(text, starts):
    doc = English()(text)
    assert [doc[i].text for i in line_break_starts(doc)] == starts


def test_the_pipeline_keeps_a_headline_out_of_the_next_sentence(nlp):
    assert COMPONENT in nlp.pipe_names
    doc = nlp("Minister warns Uganda\nKenyan officials criticized Tanzania on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Minister warns Uganda", "Kenyan officials criticized Tanzania on Monday."]


def _naive_starts(doc):
    """The rule read token by token (the component finds the same tokens from the text's line breaks)."""
    from graphkit.segment import HEADING_WORDS, LINE_END, _starts_like_sentence

    text, starts = doc.text, []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space or not prev.is_space or "\n" not in prev.text:
            continue
        before = text[text.rfind("\n", 0, prev.idx) + 1:prev.idx].strip()
        last = doc[tok.i - 2] if tok.i >= 2 else prev
        heading = len(before.split()) <= HEADING_WORDS and not last.is_stop and not before.endswith((",", "-"))
        if prev.text.count("\n") >= 2 or ((before.endswith(LINE_END) or heading) and _starts_like_sentence(tok.text)):
            starts.append(tok.i)
    return starts


_PIECES = ["Kenya", "warns", "the", "Officials", "met", ".", ",", "-", " ", "  ", "\n", "\n\n", " \n ", "\t",
           "said:", "* ", "\u2022", "\"Talks\"", "before", "Monday"]


@pytest.mark.parametrize("joiner", [" ", ""])
def test_line_breaks_found_from_the_text_match_a_token_by_token_reading(joiner):
    from hypothesis import given, settings, strategies as st

    tokenizer = English()

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(_PIECES), max_size=40).map(joiner.join))
    def check(text):
        doc = tokenizer(text)
        assert line_break_starts(doc) == _naive_starts(doc)

    check()


def test_a_lower_case_conjunction_and_the_word_after_it_begin_no_sentence(nlp):
    from graphkit.segment import joined_words

    doc = English()("Ghana and Togo in trade talks\n\nGhana and Togo are to work together. And so on.")
    assert [doc[i].text for i in joined_words(doc, [])] == ["and", "Togo", "and", "Togo"]
    parsed = nlp("Ghana and Togo in trade talks\n\nGhana and Togo are to work together on a series of deals.")
    assert [s.text.strip() for s in parsed.sents] == ["Ghana and Togo in trade talks",
                                                     "Ghana and Togo are to work together on a series of deals."]
