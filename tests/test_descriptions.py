"""Actors named only by a description or a pronoun: "the firm", "the Chilean firm", "the two companies",
"the party", "the trade body", "Dalton's subsidiary", "the minister", "the government", and "It"/"They" opening
a sentence."""
from __future__ import annotations

import pytest

from graphkit.actors.descriptions import Candidate, OrgProfile, agrees, choose

#: (text, edges a reader checks: (source, action, target, modality)), the text's own words.
RESOLVED = [
    # the state modifier picks the firm tied to that state
    ("Brazilian steel giant Velmar and Chile's Koprex Group are in talks over a merger. "
     "The Chilean firm later criticised Argentina.",
     {("org:koprex group", "criticise", "state:ARG", "asserted")}),
    # a party named before
    ("The Scottish National Party chose a new leader on Monday. Later the party condemned Russia.",
     {("org:scottish national party", "condemn", "state:RUS", "asserted")}),
    # an international body
    ("Ukraine applied to join the World Trade Organization in 2010. The trade body welcomed Ukraine last week.",
     {("org:world trade organization", "welcome", "state:UKR", "asserted")}),
    # "X's subsidiary": the organization said to be controlled by X
    ("Koprex Energy, controlled by Dalton Group, runs the port. Dalton's subsidiary sued Chile last year.",
     {("org:koprex energy", "sue", "state:CHL", "asserted")}),
    # an object description is not its own clause's subject
    ("Velmar Corp praised Koprex Group on Monday. A week later, Velmar Corp sued the firm.",
     {("org:velmar corp", "sue", "org:koprex group", "asserted")}),
    # plural: the organizations named together before
    ("Peru criticised the airlines Velmar Air and Koprex Airways on Monday. Chile later fined the two companies.",
     {("state:CHL", "fin", "org:velmar air", "asserted"), ("state:CHL", "fin", "org:koprex airways", "asserted")}),
    ("Velmar Corp and Koprex Group bought the port in 2019. Later the firms criticised Chile.",
     {("org:velmar corp", "criticise", "state:CHL", "asserted"),
      ("org:koprex group", "criticise", "state:CHL", "asserted")}),
    # named with a noun of the same kind ("lender"), "the bank" is that one
    ("Brazilian lender Banco Velmar advised Peru last year. The bank later criticised Chile.",
     {("org:banco velmar", "criticise", "state:CHL", "asserted")}),
    # "the government" with no state's government named: the state the article names most
    ("Peru sued Chile on Monday. Peru also warned Bolivia. The government later criticised Brazil.",
     {("state:PER", "criticise", "state:BRA", "asserted")}),
    ("Peru sued Velmar Corp on Monday. The firm accused the government of theft.",
     {("org:velmar corp", "accuse", "state:PER", "asserted")}),
    # the last word of an organization's name alone
    ("The International Monetary Fund met Argentina on Monday. The Fund later criticised Brazil.",
     {("org:international monetary fund", "criticise", "state:BRA", "asserted")}),
    ("The European Union fined Peru. The Union later criticised Chile.",
     {("org:european union", "criticise", "state:CHL", "asserted")}),
    # "It"/"They" opening a sentence: the previous sentence's subject
    ("Koprex Energy signed a deal with Peru. It later criticised Chile.",
     {("org:koprex energy", "criticise", "state:CHL", "asserted")}),
    ("Chile and Peru signed a treaty in May. They later criticised Bolivia.",
     {("state:CHL", "criticise", "state:BOL", "asserted"), ("state:PER", "criticise", "state:BOL", "asserted")}),
    ("Chilean officials visited Lima. They criticised Bolivia.",
     {("state:CHL", "criticise", "state:BOL", "asserted")}),
    # a bare title: the office holder named before whose office ends with it, its qualifiers agreeing
    ("Finance Minister Ana Ruiz of Peru visited Chile on Monday. The minister criticised Bolivia.",
     {("person:ana ruiz", "criticise", "state:BOL", "asserted")}),
    ("Peru's Planning Minister Julio Vega visited Chile. The Planning Minister criticised Bolivia.",
     {("person:julio vega", "criticise", "state:BOL", "asserted")}),
]


@pytest.mark.parametrize("text,edges", RESOLVED)
def test_a_description_or_pronoun_is_the_actor_in_focus(read, text, edges):
    _, actions = read(text)
    got = {(a.source, a.action, a.target, a.modality) for a in actions}
    assert edges <= got


#: (text, the action word): nobody is meant for sure, so no edge of that action.
UNRESOLVED = [
    # two firms named in one sentence, neither the subject: either may be meant
    ("A court in Lima heard claims against Velmar Corp and Koprex Group. The firm criticised Argentina.",
     "criticise"),
    # a person subject before: "It" is no organization
    ("President Ana Ruiz visited Chile. It criticised Bolivia.", "criticise"),
    # an expletive "it"
    ("Peru signed a deal with Chile. It is likely that the deal angers Bolivia.", "anger"),
    # another office than the one named
    ("Peru's Planning Minister Julio Vega visited Chile. The Defence Minister criticised Bolivia.", "criticise"),
    # a firm with no name came in after the named one: "the company" may be either
    ("Velmar Corp sued a rival company. The company denied the claims and criticised Chile.", "criticise"),
    # "the bank" may be no organization: it wants one named as a business, not one of no known kind
    ("Dalton Partners advised Peru last year. The bank later criticised Chile.", "criticise"),
    # two states named as often: whose government is not sure
    ("Peru's President Ana Ruiz visited Chile. The government later criticised Bolivia.", "criticise"),
    # two names end with the word, both subjects: either may be meant
    ("The International Monetary Fund and the Global Fund met Peru. The Fund later criticised Chile.", "criticise"),
    # "the body" alone is as often a corpse as an organization: only "the trade body", "the world body" is read
    ("The United Nations accused Peru of abuses. Later the body criticised Chile.", "criticise"),
    # "the party" with no party in focus: the firm is none
    ("Velmar Corp bought a port in Chile. Later the party condemned Russia.", "condemn"),
]


@pytest.mark.parametrize("text,action", UNRESOLVED)
def test_an_ambiguous_or_disagreeing_description_gives_no_edge(read, text, action):
    _, actions = read(text)
    assert [a for a in actions if a.action == action] == []


def test_a_firm_of_another_state_is_not_meant(read):
    # "the Chilean firm" with no firm tied to Chile: not the Brazilian one (its demonym may still stand for Chile)
    _, actions = read("Brazilian steel giant Velmar bought a port. The Chilean firm later criticised Argentina.")
    assert [a.source for a in actions if a.action == "criticise"] in ([], ["state:CHL"])


def test_two_as_salient_give_nobody():
    # two subjects of the previous sentence: either may be meant
    profiles = {"org:a": OrgProfile({"business"}), "org:b": OrgProfile({"business"})}
    subjects = [Candidate("org:a", 1, 3), Candidate("org:b", 1, 3)]
    assert choose("business", subjects, profiles, set(), set()) is None
    # a subject of the previous sentence wins over one named later as an object
    assert choose("business", [Candidate("org:a", 1, 3), Candidate("org:b", 2, 3)], profiles, set(), set()) == "org:a"


def test_kinds_agree_by_the_nouns_an_organization_is_named_with():
    assert agrees("business", OrgProfile({"subsidiary"})) == 2
    assert agrees("business", OrgProfile()) == 1  # "India's X": of no known kind, may be a firm
    assert agrees("party", OrgProfile()) == 0  # a party is known by its name
    assert agrees("business", OrgProfile({"body"})) == 0  # "the firm" is no international body
    # a firm named with its noun is preferred to one of no known kind, however salient
    profiles = {"org:a": OrgProfile(), "org:b": OrgProfile({"business"})}
    assert choose("business", [Candidate("org:a", 1, 4), Candidate("org:b", 2, 2)], profiles, set(), set()) == "org:b"


def test_a_bare_act_noun_recalls_no_act_before(read):
    # once "It" reads the previous subject, "threatened legal action" must not recall the shelling's author:
    # a noun with no determiner is no act named again ("condemned the attack" is)
    _, actions = read("Russia shelled Ukrainian ports. Poland condemned the attack. "
                      "Later Poland threatened legal action against any shipper.")
    got = {(a.source, a.action, a.target) for a in actions}
    assert ("state:POL", "condemn", "state:RUS") in got
    assert not [a for a in actions if a.action == "threaten"]


def test_acting_in_a_place_makes_no_allies(read):
    # the resolved "the firms" made two sources of one act read at its place; where they act is no common
    # enemy, so no alliance between them (a named target still makes one: rules.tsv's co-belligerents)
    _, actions = read("Chad and Niger shelled positions in Sudan.")
    got = {(a.source, a.action, a.target) for a in actions}
    assert ("state:TCD", "shell", "state:SDN") in got
    assert not [a for a in actions if a.action == "ally"]


def test_a_description_before_a_list_of_names_is_every_name(read):
    # "the oil producers A and B": the noun describes both names, each the target
    _, actions = read("Chile appealed to the oil producers Velmar and Koprex Energy to cut output.")
    targets = {a.target.split(":", 1)[1] for a in actions if a.source == "state:CHL" and a.action == "appeal"}
    assert targets == {"velmar", "koprex energy"}


def test_the_coalition_is_the_one_coalition_in_focus_or_one_of_its_own(read):
    # one coalition in focus: "the Coalition" written as a name is that one
    _, actions = read("Peru praised the Arab Coalition on Monday. The Coalition later criticised Chile.")
    assert [a.source for a in actions if a.action == "criticise"] == ["org:arab coalition"]
    # two: which one is meant is not said, so neither gets the act ("the Coalition" stays a name of its own)
    _, actions = read("Peru praised the Arab Coalition and the Western Coalition on Monday. "
                           "The Coalition later criticised Chile.")
    assert [a.source for a in actions if a.action == "criticise"] == ["org:coalition"]
