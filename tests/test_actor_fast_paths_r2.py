"""Fast paths of the actor passes, second round: each reads what the plain code read (a regular expression, a Token
or Span attribute, a sentence's Span) another way; each test compares both readings on sentences written for it.
"""
from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from graphkit.actors import lookup, mentions, organizations, roles
from graphkit.actors.classify import _is_body_name
from graphkit.actors.table import ActorTable
from graphkit.lexicon import load_lexicon
from graphkit.names import clean
from graphkit.sentences import index_sentences

SENTENCES = [
    "The Interior Ministry of Veldora said on Monday that Deputy Prime Minister Ana Ruiz had met the Chilean Army.",
    "\u201cWe will not yield,\u201d the Norland Workers\u2019 Council\u2019s spokesman told reporters in Lisbon.",
    "Senator Joao Vidal, 54, told the Senate that the U.S.-backed plan for the Sahel was \u2014 in his words \u2014 dead.",
    "The head of the Free Syrian Army, Gen. Omar Haddad, met officials of the Estavian Finance Ministry in Doha.",
    "Acme Holdings said its chairman, Mr Lobo, resigned; Acme Holdings shares fell 4% and acme_holdings trended.",
    "The minister of state for Europe met the Secretary-General. The Secretary of Defense, Lina Moss, "
    "said the Ministry of Defence agreed.",
]

#: Texts for article_words: letters outside ASCII, curly quotes, digits, underscores.
TEXTS = [
    "The Tories won, the Tories said.",
    "\u201cTalks in T\u00fcrkiye\u201d \u2014 the \u00c9lys\u00e9e said; 3rd_party G20 summit\u2019s end.",
    "Plain ASCII only: NATO-led, U.S.-backed, 2024's deal_maker.",
    "Curly \u2018quotes\u2019 and dashes \u2013 only \u2026 no letters beyond ASCII.",
    "Stra\u00dfe and \u0130stanbul and \u03a3\u0399\u03a3\u03a5\u03a6\u039f\u03a3 and \u0645\u0631\u062d\u0628\u0627 \u0663\u0664",
]


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    out = [nlp(text) for text in SENTENCES]
    for doc in out:
        index_sentences(doc)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_article_words_as_the_regular_expression_reads_them(text):
    from spacy.lang.en import English
    doc = English()(text)
    assert mentions.article_words(doc) == frozenset(re.findall(r"[^\W\d_]+", doc.text.lower()))


def test_name_text_is_clean_span_text(docs):
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start, min(start + 5, len(doc)) + 1):
                span = doc[start:end]
                assert lookup.name_text(span) == clean(span.text)
                assert lookup.name_text(span) == clean(span.text)  # the memo's answer too


@pytest.mark.parametrize("text", [
    "Acme said Acme Holdings and Acme's unit, not AcmeCorp or _Acme or Acme2, met \u00c9Acme and Acme.",
    "Acme", "AcmeAcme Acme", "x Acme_ Acme- -Acme Acme\u00e9 \u00e9Acme Acme\u0663",
])
def test_whole_word_matches_are_the_regular_expression_s(text):
    for name in ("Acme", "Acme Holdings", "Acme Acme", "A"):
        expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        assert organizations._whole_word_matches(text, name) == expected


def _plain_title_ending(lex, doc: Doc, end: int, lo: int):
    """_title_ending as it read Token objects and a Span."""
    if not lex.may_end_title(doc[end - 1].text):
        return None
    for size in (4, 3, 2, 1):
        start = end - size
        if start < lo:
            continue
        if any(t.is_punct and t.text not in (".", "-") for t in doc[start:end]):
            continue
        title = lookup.title_between(lex, doc, start, end)
        if title is not None:
            return start, title
    return None


def test_title_ending_reads_the_columns_as_the_tokens(docs):
    lex = load_lexicon()
    found = 0
    for doc in docs:
        for end in range(1, len(doc) + 1):
            for lo in range(0, end):
                plain = _plain_title_ending(lex, doc, end, lo)
                assert lookup._title_ending(lex, doc, end, lo) == plain
                found += plain is not None
    assert found  # the sentences hold titles


def _plain_is_body_name(table: ActorTable, span) -> bool:
    """_is_body_name with its tests in their first order (each word's state forms, then the title)."""
    size, _ = lookup.state_prefix(table.gaz, span)
    start = span.start + size
    if start >= span.end or any(lookup.state_forms(table.gaz, span.doc[i].text) for i in range(start, span.end)):
        return False
    found = lookup.title_at(table.lex, span.doc, span.end, start)
    return found is not None and found[1].kind == "body"


def test_is_body_name_tests_the_title_first(docs):
    bodies = 0
    for doc in docs:
        table = ActorTable(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 5, len(doc)) + 1):
                plain = _plain_is_body_name(table, doc[start:end])
                assert _is_body_name(table, doc[start:end]) == plain
                bodies += plain
    assert bodies  # "Interior Ministry", "Finance Ministry", ...


def test_sentence_starts_are_the_sentences_spans(docs):
    from graphkit.sentences import sentence_start
    for doc in docs:
        for start in range(len(doc)):
            assert sentence_start(doc, start) == doc[start:start + 1].sent.start == doc[start].sent.start
    assert any(len(list(doc.sents)) > 1 for doc in docs)


def test_roles_read_sentence_starts(docs):
    """left_roles, _counterpart_role and _definite_org read the sentence's start off the index; they run on every
    name of the sentences without error and find the same titles as the plain readings above."""
    for doc in docs:
        table = ActorTable(doc)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                roles.left_roles(table, "person:x", ent, [])
                assert roles._counterpart_role(table, ent, "person:x") == "Counterpart"
        for tok in doc:
            roles._definite_org(table, tok)


PARTY_SENTENCES = [
    "Tory MEP Ana Ruiz and Labour MPs met Liberal Democrat peer Joao Vidal; Green councillor Lina Moss stayed away.",
    "Conservative Party MP Omar Haddad said Labour would lose; MEPs and peers did not vote.",
]


def _plain_party_before_person(ent, words):
    """_party_before_person as it read Token objects and Spans of the entity."""
    doc = ent.doc
    party = next((size for size in (2, 1) if size <= len(ent) and ent[0].text[:1].isupper()
                  and words.party(ent[:size].text) is not None), 0)
    start = ent.start + party
    while start < ent.end - 1 and words.member_role(doc[start].text) is not None:
        start += 1
    out = [mentions._labelled(doc[ent.start:ent.start + party], "ORG")] if party else []
    if start < ent.end and words.member_role(doc[ent.end - 1].text) is None:
        out.append(mentions._labelled(doc[start:ent.end], "PERSON"))
    return out


def test_party_before_person_reads_the_words_as_the_tokens(nlp):
    words = mentions.load_org_words()
    parties = 0
    for doc in [nlp(text) for text in PARTY_SENTENCES]:
        for start in range(len(doc) + 1):
            for end in range(start, min(start + 5, len(doc)) + 1):
                plain = _plain_party_before_person(doc[start:end], words)
                fast = mentions._party_before_person(doc[start:end], words)
                assert [(s.start, s.end, s.label_) for s in fast] == [(s.start, s.end, s.label_) for s in plain]
                parties += any(s.label_ == "ORG" for s in plain)
    assert parties


def test_known_org_reads_the_first_capital_from_the_text(nlp):
    """_known_org skips a run whose first word is in lower case before making its Span: the same answers, and the
    same actors registered, as the plain test on every end and start of the sentences."""
    sentences = ["The European commission president met the World health organization chief and the un envoy.",
                 "Asked about it, European Commission spokesman Joao Vidal and world bank economist Ana Ruiz agreed."]
    for text in sentences:
        fast_doc, plain_doc = nlp(text), nlp(text)
        fast, plain = ActorTable(fast_doc), ActorTable(plain_doc)
        found = []
        for end in range(1, len(fast_doc) + 1):
            for lo in range(0, end):
                found.append(_plain_known_org(plain, end, lo))
                assert roles._known_org(fast, end, lo) == found[-1]
        assert fast.finish() == plain.finish()
        assert any(found)  # "European commission", "World health organization", ...


def _plain_known_org(table, end, lo):
    """_known_org as it made each run's Span first."""
    from graphkit.actors import keys
    from graphkit.actors.records import ORGANIZATION
    doc = table.doc
    for size in (3, 2):
        span = doc[max(lo, end - size):end]
        if len(span) < size or any(t.i in table.consumed or table.of(t) or not t.is_alpha for t in span) \
                or not span[0].text[:1].isupper():
            continue
        org = table.gaz.organization(" ".join(w[:1].upper() + w[1:] for w in span.text.split()))
        if org is not None:
            key = table.actor(keys.org_key(org.label), org.label, ORGANIZATION)
            table.mention(key, span, "name")
            table.consumed.update(range(span.start, span.end))
            return key
    return None


def test_written_name_is_the_tokens_text(nlp):
    """person_name's name as written, read from the Doc's text, is the join of the tokens' text (white space only
    for punctuation other than a hyphen) on every run of words of sentences with quotes, hyphens, brackets, double
    spaces and line breaks."""
    texts = ["President Moon Jae-in met \u201cBig\u201d Omar  Haddad (the envoy), Ana Ruiz-Lobo's aide, and Gen.\n"
             "Lina Moss - the chief - in Seoul.", "Ana Ruiz", "Mr. O'Neil, 54,\n\nsaid: \u2018No.\u2019 "]
    for doc in [nlp(text) for text in texts]:
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                plain = "".join(t.whitespace_ if t.is_punct and t.text != "-" else t.text_with_ws
                                for t in doc[start:end])
                assert lookup._written_name(doc, start, end) == plain


def test_strip_span_tells_white_space_from_the_word(nlp):
    """strip_span reads white space off the word (str.isspace) rather than a column of tok.is_space: the same spans
    on every run of words of sentences with line breaks, double spaces, possessives and punctuation."""
    texts = ["The Norland Council\u2019s  \n chief, Ana Ruiz's\n\n aide; the Estavian Army .  \n",
             "A  \u00a0 Veldora Party \t(VP)\u2009 said.\n"]
    for doc in [nlp(text) for text in texts]:
        assert any(t.is_space for t in doc)
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                s, e = start, end
                while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
                    s += 1
                while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct or doc[e - 1].is_space):
                    e -= 1
                span = lookup.strip_span(doc[start:end])
                assert (span.start, span.end) == (s, e)
