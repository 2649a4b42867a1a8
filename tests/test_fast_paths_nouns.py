"""The fast paths of event nouns and coreference decide what the plain Token reading would, on sentences written
for these tests: the "against" phrase of a noun's clause read off the index columns, the agent phrase at a noun
read off the lemma and form columns, and the group handler left out for a noun that ends no agent form.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Token

from graphkit.actions import nouns
from graphkit.actions.reader import ActionReader, uniq
from graphkit.actors import find_actors
from graphkit.actors.coref import _definite_determiners, _Takers
from graphkit.actors.table import ActorTable
from graphkit.agents import agent_at, load_agents
from graphkit.lemmas import lemma_of, lower_lemmas
from graphkit.lexicon import load_lexicon
from graphkit.syntax import VERB_POS, coarse_tags, fine_tags, lower_forms

AGAINST = [
    "Chad launched air strikes in support of Niger using drones against rebel positions near the border.",
    "Kenya sent troops in support of Somalia against militants who had fought against Ethiopian forces.",
    "Peru said that Chile had protested against the Bolivian plan, and it backed Ecuador against Colombia.",
    "The Malian army, backed by French advisers, fought against jihadists and against bandits in the north.",
    "Protests against the treaty spread after Ghana voted against the Togolese proposal at the summit.",
    "Turkish support for the Kurdish offensive against Syrian troops angered Iran, which warned against escalation.",
    "Against the advice of its allies, Serbia deployed police units against protesters in Belgrade.",
]

GROUPS = [
    "Somali troops and Kenyan police clashed with al-Shabaab militants near the port on Tuesday.",
    "Riot police dispersed the protesters, and security forces arrested two opposition leaders.",
    "The rebels said government soldiers had shelled the villages; the army denied the reports.",
    "Nigerian officials met Chadian diplomats, while the gunmen released the farmers they had seized.",
]


def _plain_opposed(r: ActionReader, noun: Token) -> list[str]:
    """The Token reading of :func:`nouns._opposed_in_clause`: the clause's subtree walked, its "against"
    phrases outside clauses of their own read."""
    clause = noun
    while clause.head.i != clause.i and not (clause.pos_ in VERB_POS and clause.dep_ not in nouns._PHRASE_VERB_DEPS):
        clause = clause.head
    found: list[str] = []
    for prep in clause.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "against":
            continue
        path = [t for t in prep.ancestors if t.i != clause.i and clause.is_ancestor(t)]
        if any(t.dep_ in nouns._OWN_CLAUSE_DEPS for t in [prep, *path]):
            continue
        found += [k for o in prep.children if o.dep_ == "pobj" for k in r.refers(o, acts=True, things=True)]
    return uniq(found)


@pytest.fixture(scope="module")
def against_docs(nlp):
    return [nlp(text) for text in AGAINST]


def test_opposed_in_clause_reads_what_the_subtree_walk_reads(against_docs):
    """For every token, the same actors in the same order, and the same sectors remembered."""
    lex = load_lexicon()
    named = 0
    for doc in against_docs:
        actors = find_actors(doc, "d")
        fast, plain = ActionReader(doc, actors, lex), ActionReader(doc, actors, lex)
        for tok in doc:
            found = nouns._opposed_in_clause(fast, tok)
            assert found == _plain_opposed(plain, tok), (doc.text, tok.text)
            named += bool(found)
        assert fast.sectors == plain.sectors
    assert named >= 5  # the sentences do name actors after "against"


def test_under_clause_skips_clauses_of_their_own(nlp):
    """An "against" inside a relative clause is under the noun's clause but not read; one of the clause is."""
    doc = nlp("Kenya sent troops in support of Somalia against militants who had fought against Ethiopian forces.")
    from graphkit.syntax import dependency_tree
    deps, heads, _ = dependency_tree(doc)
    first, second = [t.i for t in doc if t.lower_ == "against"]
    root = [t.i for t in doc if t.dep_ == "ROOT"][0]
    assert nouns._under_clause(deps, heads, first, root)
    assert not nouns._under_clause(deps, heads, second, root)
    assert not nouns._under_clause(deps, heads, root, first)


def _plain_agent_at(head: Token):
    """:meth:`Agents.at` read off the Token: its lemma, its lower form and the words before it."""
    agents = load_agents()
    i, doc = head.i, head.doc
    lemma, written = lemma_of(head).lower(), head.lower_
    for last in (lemma,) if lemma == written else (lemma, written):
        for size in range(min(agents.longest, i + 1), 0, -1):
            start = i - size + 1
            sector = agents.sector(" ".join([t.lower_ for t in doc[start:i]] + [last]))
            if sector is not None:
                return start, sector
    return None


def test_agent_at_reads_what_the_tokens_say(nlp):
    found = 0
    for doc in map(nlp, GROUPS + AGAINST):
        for tok in doc:
            fast = load_agents().at(tok)
            assert (None if fast is None else (fast[0], fast[1].sector)) == _plain_agent_at(tok), tok.text
            assert agent_at(tok) == fast
            found += fast is not None
    assert found >= 10


def test_group_handlers_are_left_out_only_where_no_agent_ends(nlp):
    """``_Takers`` leaves ``group_reference`` out for a noun, and ``sector_anaphor`` for a definite noun of no
    government word, only when ``agent_at`` finds nothing there (what each handler needs), and keeps them for
    the group nouns of the sentences."""
    kept = 0
    government = _Takers(ActorTable(nlp("x"))).government_words
    for doc in map(nlp, GROUPS + AGAINST):
        takers = _Takers(ActorTable(doc))
        tags, fine, forms, lemmas = coarse_tags(doc), fine_tags(doc), lower_forms(doc), lower_lemmas(doc)
        definite = _definite_determiners(doc)
        for tok in doc:
            i = tok.i
            handlers = takers(tags[i], fine[i], tok.dep_ == "compound", tok.text, forms[i], lemmas[i],
                              definite.get(i, frozenset()))
            names = [h.__name__ for h in handlers]
            if tags[i] == "NOUN" and tok.dep_ != "compound" and "group_reference" not in names:
                assert agent_at(tok) is None, tok.text
            if tags[i] == "NOUN" and tok.dep_ != "compound" and i in definite and lemmas[i] not in government \
                    and "sector_anaphor" not in names:
                assert agent_at(tok) is None, tok.text
            kept += "group_reference" in names and agent_at(tok) is not None
            kept += "sector_anaphor" in names and i in definite and agent_at(tok) is not None
    assert kept >= 12


def test_opposed_in_clause_keeps_the_subtree_order_of_a_crossing_parse():
    """A parse whose arcs cross meets the "against" phrases out of index order: the fast path follows it."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphkit.actors import DocActors

    words = ["against", "Chad", "struck", "against", "Peru", "targets"]
    doc = Doc(English().vocab, words=words, heads=[5, 0, 2, 2, 3, 2], deps=["prep", "pobj", "ROOT", "prep", "pobj",
              "dobj"], pos=["ADP", "PROPN", "VERB", "ADP", "PROPN", "NOUN"])
    assert [t.i for t in doc[2].subtree] == [2, 3, 4, 0, 1, 5]  # the crossing arc: 0 hangs on 5, across the root
    actors = DocActors("d", token_actors={1: ("state:TCD",), 4: ("state:PER",)})
    r = ActionReader(doc, actors, load_lexicon())
    assert nouns._opposed_in_clause(r, doc[5]) == _plain_opposed(r, doc[5]) == ["state:PER", "state:TCD"]


BETWEEN = [
    "Talks between the Chilean state and mining company Andes Copper stalled on Monday.",
    "A dispute between Kenya's government and the oil firm, Petrolux, and Uganda grew worse.",
    "The dispute between the Nigerian state and oil company Deltapetro went to court.",
    "Talks between the Chilean state and mining company Andes Copper, a Canadian firm, stalled.",
    "Tension between the Nigerian state, oil company Deltapetro, grew.",
    "Clashes between Sudanese troops, Chadian rebels and Libyan militias were reported near the border.",
    "Sanctions imposed by Canada and a campaign targeting Russian banks angered Moscow.",
    "Its demand for Serbia to recognise Kosovo, and the strikes ordered by Belgrade against Albania, drew protests.",
    "Retaliation from Syria targeting Turkish bases followed the raid launched by Ankara.",
]


def _plain_merged_between(r: ActionReader, noun: Token) -> list[str]:
    """The Token reading of :func:`nouns._merged_between`."""
    doc = noun.doc
    sides: list[str] = []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ != "between":
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            part: list[str] = []
            end = max([o.i] + [a.i for a in o.children if a.dep_ == "appos"])
            for t in doc[o.left_edge.i:end + 1]:
                if t.lower_ == "and" or t.text == ",":
                    sides += part[-1:]
                    part = []
                elif r.actors.of(t):
                    part.append(r.actors.of(t)[0])
            sides += part[-1:]
    return uniq(sides) if len(uniq(sides)) >= 2 else []


def test_noun_readings_off_the_columns_match_the_token_readings(nlp):
    """"between" phrases split at their "and" and commas, and participles read only where an "acl" child is:
    the same actors as the Token readings (and the participles do name some)."""
    lex = load_lexicon()
    merged = participles = 0
    for doc in map(nlp, BETWEEN + AGAINST):
        actors = find_actors(doc, "d")
        fast, plain, other = (ActionReader(doc, actors, lex) for _ in range(3))
        for tok in doc:
            found = nouns._merged_between(fast, tok)
            assert found == _plain_merged_between(plain, tok), tok.text
            merged += bool(found)
            asked = {k for c in tok.children if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in c.children)
                     for o in c.children if o.dep_ == "dobj" for k in plain.np(o)}
            assert nouns.participle_object(fast, tok) == [(k, "noun.participle-object")
                                                          for k in plain.participle_objects(tok) if k not in asked]
            if not nouns._has_child(tok, nouns._CLAUSE_MODIFIER_DEPS):
                assert other.participle_agents(tok) == other.participle_objects(tok) == [], tok.text
            participles += bool(other.participle_agents(tok)) + bool(other.participle_objects(tok))
        assert fast.sectors == plain.sectors
    assert merged >= 4 and participles >= 3
