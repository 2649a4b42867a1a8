"""The fast paths of the candidate pass (:mod:`graphkit.actors.mentions`) decide what the plain reading of the
same words would: each test reads sentences written for it both ways and compares the answers.

The fast paths read the Doc's columns (entity bounds, lower forms, tags, dependency labels, the text) where the
plain reading makes Token and Span objects, and skip a test only where a necessary condition of it fails.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from graphkit.actors import mentions
from graphkit.actors.lookup import opens_participle_clause, strip_span
from graphkit.lemmas import lemma_of
from graphkit.lexicon import load_lexicon

SENTENCES = [
    "Entering Parliament, Mr Varga thanked the Norland Workers Council of Estavia (NWC) for its support.",
    "Asked about the strike, Ms Okafor of the Irish Freedom Party said talks with Portugal would resume.",
    "In the Morning Ledger Mr Halden wrote that Sen. Lina Moss's Growth Fund had backed the Tory MEP Ana Ruiz.",
    "TRADE TALKS\nContext:\nOutlook: Chile and Peru signed the deal.\nThe Gulf Cooperation Council of the region "
    "met in Doha, and Leopard tanks were sent to Ukraine by Germany.",
    "Joao Vidal, better known as JV, led the Union for Democratic Renewal (UDR) until the People's Liberation Army "
    "marched on the capital of Kenya.",
    "Andres Lobo, known as AL, met the Norland Workers Council (NWC) in Lisbon.",
    "Leaving Brussels, the Belgian foreign minister met Crown Prince Haakon and President Emmanuel Macron of France "
    "on Monday; the Alliance for Change of Benin said it was pleased.",
]


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    return [nlp(text) for text in SENTENCES]


def _plain_entity_spans(doc: Doc, lex) -> list[Span]:
    """entity_spans as it read each entity's Token objects and Spans (doc.ents, tok.lower_, ent[-1], ...)."""
    words = mentions.load_org_words()
    titles = mentions._programme_title_tokens(doc, words)
    heads = lex.words("org_head_word")
    ents = list(doc.ents)
    out: list[Span] = []
    skip_until = 0
    for n, ent in enumerate(ents):
        if ent.start < skip_until or titles and any(i in titles for i in range(ent.start, ent.end)):
            continue
        label = ent.label_
        if len(ent) > 1 and opens_participle_clause(lex, ent[0]):
            ent, label = doc[ent.start + 1:ent.end], "LOC" if label == "PERSON" else label
        glued = mentions._glued_honorific(doc, ent.start, ent.end, lex)
        if glued is not None:
            out.append(Span(doc, ent.start, glued, label="ORG" if label == "PERSON" else label))
            out.append(Span(doc, glued, ent.end, label="PERSON"))
            continue
        bracket = next((t.i for t in ent[1:] if t.text == "("), None)
        if bracket is not None:
            ent = doc[ent.start:bracket]
        owner = next((t.i for t in ent[:-1] if (t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s"))
                      and doc[t.i + 1].text[:1].isupper()), None)
        if owner is not None and (label == "PERSON" or label == "ORG" and mentions._titled(doc[ent.start:owner], lex)):
            out.append(Span(doc, ent.start, owner + 1, label=label))
            out.append(Span(doc, owner + 1, ent.end, label="ORG"))
            continue
        if label == "PERSON":
            out.extend(mentions._party_before_person(ent, words))
            continue
        if label == "ORG" and out and out[-1].end == ent.start and out[-1].label_ in ("GPE", "NORP") \
                and ent[-1].lower_ == "party" and out[-1][-1].dep_ in ("compound", "amod") \
                and (ent.start <= out[-1][-1].head.i < ent.end or out[-1][-1].head == ent.root.head):
            ent = doc[out.pop().start:ent.end]
        end = ent.end
        place = ents[n + 1] if n + 1 < len(ents) and ents[n + 1].label_ in ("GPE", "LOC") else None
        if label == "ORG" and place is not None and (
                ent[-1].lower_ == "of" and place.start == end
                or ent[-1].lower_ in heads and end + 1 < len(doc) and doc[end].lower_ == "of"
                and place.start in (end + 1, end + 2) and doc[end + 1].lower_ in ("the", place[0].lower_)):
            end = skip_until = place.end
        out.append(Span(doc, ent.start, end, label=label))
    return out


def _hand_made() -> list[Doc]:
    """Docs whose entities are set by hand: the repairs the model's own tags may never call for."""
    from spacy.lang.en import English
    vocab = English().vocab
    made = []
    doc = Doc(vocab, words=["Reading", "Ana", "Ruiz", "spoke", "in", "the", "Irish", "Freedom", "Party", "of", "Norland",
                            "(", "IFP", ")", "office"],
              tags=["VBG", "NNP", "NNP", "VBD", "IN", "DT", "JJ", "NNP", "NNP", "IN", "NNP", "-LRB-", "NNP", "-RRB-", "NN"],
              pos=["VERB", "PROPN", "PROPN", "VERB", "ADP", "DET", "ADJ", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT",
                   "PROPN", "PUNCT", "NOUN"],
              heads=[3, 2, 3, 3, 3, 8, 8, 8, 4, 8, 9, 8, 8, 8, 3],
              deps=["advcl", "compound", "nsubj", "ROOT", "prep", "det", "amod", "compound", "pobj", "prep", "pobj",
                    "punct", "appos", "punct", "dobj"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-NORP", "B-ORG", "I-ORG", "I-ORG", "B-GPE",
                    "O", "O", "O", "O"])
    made.append(doc)
    rows = [  # word, tag, coarse tag, head, label, entity
        ("the", "DT", "DET", 3, "det", "O"), ("Irish", "JJ", "ADJ", 3, "amod", "B-NORP"),
        ("Freedom", "NNP", "PROPN", 3, "compound", "B-ORG"), ("Party", "NNP", "PROPN", 10, "nsubj", "I-ORG"),
        ("and", "CC", "CCONJ", 3, "cc", "O"), ("Lina", "NNP", "PROPN", 6, "compound", "B-PERSON"),
        ("Moss", "NNP", "PROPN", 9, "poss", "I-PERSON"), ("'s", "POS", "PART", 6, "case", "I-PERSON"),
        ("Growth", "NNP", "PROPN", 9, "compound", "I-PERSON"), ("Fund", "NNP", "PROPN", 3, "conj", "I-PERSON"),
        ("met", "VBD", "VERB", 10, "ROOT", "O"), ("the", "DT", "DET", 12, "det", "B-ORG"),
        ("Group", "NNP", "PROPN", 10, "dobj", "I-ORG"), ("of", "IN", "ADP", 12, "prep", "I-ORG"),
        ("Five", "NNP", "PROPN", 13, "pobj", "I-ORG"), ("(", "-LRB-", "PUNCT", 16, "punct", "I-ORG"),
        ("G5", "NNP", "PROPN", 12, "appos", "I-ORG"), (")", "-RRB-", "PUNCT", 16, "punct", "O"),
        ("and", "CC", "CCONJ", 12, "cc", "O"), ("the", "DT", "DET", 20, "det", "B-ORG"),
        ("Ledger", "NNP", "PROPN", 12, "conj", "I-ORG"), ("Mr", "NNP", "PROPN", 22, "compound", "I-ORG"),
        ("Halden", "NNP", "PROPN", 20, "appos", "I-ORG"), ("with", "IN", "ADP", 10, "prep", "O"),
        ("the", "DT", "DET", 26, "det", "O"), ("Workers", "NNP", "PROPN", 26, "compound", "B-ORG"),
        ("Council", "NNP", "PROPN", 23, "pobj", "I-ORG"), ("of", "IN", "ADP", 26, "prep", "O"),
        ("Estavia", "NNP", "PROPN", 27, "pobj", "B-GPE"),
    ]
    words, tags, pos, heads, deps, ents = (list(column) for column in zip(*rows))
    made.append(Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents))
    return made


def test_entity_spans_read_from_columns_as_from_tokens(nlp, docs):
    """entity_spans, reading entity bounds and word columns, repairs the entities as the Token reading does."""
    lex = load_lexicon()
    seen = 0
    for doc in [*docs, *_hand_made()]:
        fast = [(s.start, s.end, s.label_) for s in mentions.entity_spans(doc, lex)]
        plain = [(s.start, s.end, s.label_) for s in _plain_entity_spans(doc, lex)]
        assert fast == plain, doc.text
        seen += len(fast)
    assert seen >= 30
    repaired = [(s.text, s.label_) for s in mentions.entity_spans(_hand_made()[1], lex)]
    assert repaired == [("Irish Freedom Party", "ORG"), ("Lina Moss 's", "PERSON"), ("Growth Fund", "ORG"),
                        ("the Group of Five", "ORG"), ("the Ledger", "ORG"), ("Mr Halden", "PERSON"),
                        ("Workers Council of Estavia", "ORG")]  # each repair of entity_spans made once
    assert [(s.text, s.label_) for s in mentions.entity_spans(_hand_made()[0], lex)][0] == ("Ana Ruiz", "LOC")


def test_participle_precheck_is_necessary(nlp, docs):
    """A word that opens a participle clause is tagged a verb or ends in "-ing" or "-ed": the test entity_spans
    makes before opens_participle_clause."""
    lex = load_lexicon()
    opened = 0
    for doc in docs:
        for tok in doc:
            if opens_participle_clause(lex, tok):
                opened += 1
                assert tok.pos_ == "VERB" or tok.lower_.endswith(mentions._PARTICIPLE_ENDINGS)
    assert opened >= 2  # "Entering", "Asked", "Leaving"


def test_heading_words_read_from_the_text(nlp, docs):
    """_is_heading's words (alphabetic, all in capitals) and the count of the words of a line read from the text
    are those of the spans' tokens and of the line's words."""
    for doc in docs:
        for ent in doc.ents:
            span = strip_span(ent, ent.label_)
            if not len(span):
                continue
            count = mentions._line_word_count(span)
            assert count == min(len(mentions._line_words(span)), mentions._LINE_WORDS_COUNTED)
            text = mentions.doc_text(doc)
            starts, ends = mentions.token_offsets(doc)
            words = [w for w in (text[starts[i]:ends[i]] for i in range(span.start, span.end)) if w.isalpha()]
            assert words == [t.text for t in span if t.is_alpha]
    heading = docs[3]
    assert [mentions._line_word_count(heading[i:i + 1]) for i in (0, 3)] == [2, 1]  # "TRADE TALKS", "Context:"
    assert mentions._line_word_count(heading[-3:-2]) == mentions._LINE_WORDS_COUNTED  # a long line: counted to 5


def test_known_as_and_weapon_prechecks_are_necessary(nlp, docs):
    """A span whose root is the object of "as", or a compound, has a word that is: the column tests
    _known_as and _weapon_names make before reading the root."""
    roots = 0
    for doc in docs:
        for ent in doc.ents:
            root = ent.root
            if root.dep_ == "pobj" and root.head.lower_ == "as":
                roots += 1
                assert any(t.dep_ == "pobj" and t.head.lower_ == "as" for t in ent)
            if root.dep_ == "compound":
                roots += 1
                assert any(t.dep_ == "compound" for t in ent)
    assert roots >= 2  # "AL" after "known as"; "Leopard" of "Leopard tanks"


def test_known_as_and_weapons_as_the_plain_reading(nlp, docs):
    """The aliases and weapon names found with the prechecks are those every span's root gives."""
    lex = load_lexicon()
    aliases = weapons = 0
    for doc in docs:
        spans = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents]
        people = [s for s in spans if s.label_ == "PERSON"]
        others = [s for s in spans if s.label_ != "PERSON"]
        plain_alias = {}
        for span in others:
            prep, verb = span.root.head, span.root.head.head
            if span.root.dep_ == "pobj" and prep.lower_ == "as" and lemma_of(verb) in lex.words("known_as_verb") \
                    and verb.dep_ == "acl":
                owner = next((p for p in people if p.start <= verb.head.i < p.end), None)
                if owner is not None:
                    plain_alias[mentions.clean(span.text).lower()] = owner
        assert mentions._known_as(others, people, lex) == plain_alias
        aliases += len(plain_alias)
        uses: dict[str, list[bool]] = {}
        for span in spans:
            root = span.root
            uses.setdefault(mentions.clean(span.text), []).append(
                root.dep_ == "compound" and root.head.pos_ == "NOUN"
                and lemma_of(root.head).lower() in lex.words("weapon_noun"))
        assert mentions._weapon_names(spans, lex) == {t for t, flags in uses.items() if all(flags)}
        weapons += sum(all(flags) for flags in uses.values())
    assert aliases and weapons  # "AL" of "Andres Lobo"; "Leopard"


def test_capitalised_tokens_are_the_capitalised_words(nlp, docs):
    """The capitalised words the untagged-name passes read (scan_gazetteer, find_untagged_surnames,
    find_described_people, the parties) are those whose Token text starts with a capital."""
    from graphkit.actors.lookup import capitalised_tokens
    for doc in [*docs, nlp("Élysée aides met ÖVP and the SNP's leader in Zürich; 'Kast' said 1990s Chile was óptimo.")]:
        assert capitalised_tokens(doc) == [t.i for t in doc if t.text[:1].isupper()]
