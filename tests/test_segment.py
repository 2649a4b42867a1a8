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
