"""One table per construction: each sentence (written for these tests) and the
exact action edges it must give, as (source, action, target, negated, modality)."""
from __future__ import annotations

import pytest

A, H, R = "asserted", "hypothetical", "reported"


def edges(read, text):
    found, actions = read(text)
    label = lambda key: found.actors[key].label  # noqa: E731
    return {(label(a.source), a.action, label(a.target), a.negated, a.modality) for a in actions}


ACTIVE_PASSIVE = [
    ("Germany criticized Russia on Tuesday.", {("Germany", "criticize", "Russia", False, A)}),
    ("Ukraine was attacked by Russia overnight.", {("Russia", "attack", "Ukraine", False, A)}),
    ("Brazil condemned Venezuela and Nicaragua.",
     {("Brazil", "condemn", "Venezuela", False, A), ("Brazil", "condemn", "Nicaragua", False, A)}),
    ("Egypt and Jordan condemned Syria.",
     {("Egypt", "condemn", "Syria", False, A), ("Jordan", "condemn", "Syria", False, A)}),
]

OBJECTS = [
    # indirect and prepositional objects; a light verb gives the event noun
    ("Turkey issued a stern warning to Greece.", {("Turkey", "warning", "Greece", False, A)}),
    ("French President Emmanuel Macron conveyed to Chancellor Olaf Scholz his concerns about the plan.",
     {("Emmanuel Macron", "convey", "Olaf Scholz", False, A)}),
    ("Japan took action against North Korea.", {("Japan", "action", "North Korea", False, A)}),
    ("Canada reaffirmed German support for Ukraine.",
     {("Canada", "reaffirm", "Ukraine", False, A), ("Germany", "support", "Ukraine", False, A)}),
    ("Norway rejected a proposed plan targeting Sweden.", {("Norway", "reject", "Sweden", False, A)}),
]

EVENT_NOUNS = [
    ("The report followed a Russian attack on Ukrainian power plants.", {("Russia", "attack", "Ukraine", False, A)}),
    ("Analysts warned of possible retaliation from Syria targeting Turkish bases.",
     {("Syria", "retaliation", "Turkey", False, H)}),
    ("Talks between Serbia and Kosovo collapsed.",
     {("Serbia", "talk", "Kosovo", False, A), ("Kosovo", "talk", "Serbia", False, A)}),
    # what Chile says: reported
    ("Chile said it would not sign the pact while under attack from Peru.",
     {("Peru", "attack", "Chile", False, R)}),
    ("Spain raised the issue during talks with Morocco.", {("Spain", "talk", "Morocco", False, A)}),
]

COORDINATION_RECIPROCAL = [
    ("India and China should negotiate a border deal.",
     {("India", "negotiate", "China", False, H), ("China", "negotiate", "India", False, H)}),
    ("Armenia and Azerbaijan launched strikes against each other.",
     {("Armenia", "strike", "Azerbaijan", False, A), ("Azerbaijan", "strike", "Armenia", False, A)}),
    ("Tensions between Ethiopia and Eritrea rose, with both countries launching raids against each other.",
     {("Ethiopia", "raid", "Eritrea", False, A), ("Eritrea", "raid", "Ethiopia", False, A)}),
    # joint force on a common enemy makes allies; joint words do not, nor force withheld
    ("Chad and Niger shelled the Taliban.",
     {("Chad", "shell", "Taliban", False, A), ("Niger", "shell", "Taliban", False, A),
      ("Chad", "ally", "Niger", False, A), ("Niger", "ally", "Chad", False, A)}),
    ("Chad and Niger condemned the Taliban.",
     {("Chad", "condemn", "Taliban", False, A), ("Niger", "condemn", "Taliban", False, A)}),
    ("Chad and Niger did not attack the Taliban.",
     {("Chad", "attack", "Taliban", True, A), ("Niger", "attack", "Taliban", True, A)}),
    # help against someone, or protection from someone, opposes them: no help goes to them
    ("Canada and Poland united against Russia.",
     {("Canada", "oppose", "Russia", False, A), ("Poland", "oppose", "Russia", False, A)}),
    ("Ghana shielded the villagers from the Taliban's raids.", {("Ghana", "oppose", "Taliban", False, A)}),
    # two names joined by a hyphen before a mutual act: the parser hangs the first on the second
    ("Aid workers fled the Ethiopia-Eritrea war.",
     {("Ethiopia", "war", "Eritrea", False, A), ("Eritrea", "war", "Ethiopia", False, A)}),
]

CONTROL_COMPLEMENT = [
    # verbs of help are object control: who is helped does what follows
    ("Norway is assisting the Malian government to destroy the Taliban.",
     {("Norway", "assist", "Mali", False, A), ("Mali", "destroy", "Taliban", False, A)}),
    ("U.S. President Joe Biden asked Ukrainian President Volodymyr Zelensky not to strike Russian territory.",
     {("Joe Biden", "ask", "Volodymyr Zelensky", False, A), ("Volodymyr Zelensky", "strike", "Russia", True, A)}),
    # what a demand or proposal asks for has not happened: hypothetical
    ("Germany insisted Serbia recognize Kosovo.",
     {("Germany", "insist", "Serbia", False, A), ("Serbia", "recognize", "Kosovo", False, H)}),
    ("Hungary refused to allow Sweden to join.", {("Hungary", "allow", "Sweden", True, A)}),
    ("Austria proposed that Greece and Turkey hold talks.",
     {("Austria", "propose", "Greece", False, A), ("Austria", "propose", "Turkey", False, A),
      ("Greece", "talk", "Turkey", False, H), ("Turkey", "talk", "Greece", False, H)}),
]

RELATIVE_PRONOUN = [
    ("Britain proposed new sanctions, which Russia rejected.", {("Russia", "reject", "United Kingdom", False, A)}),
    ("Chancellor Olaf Scholz arrived in Warsaw. He issued a warning to Russia.",
     {("Olaf Scholz", "warning", "Russia", False, A)}),
]

NEGATION_MODALITY = [
    ("Poland did not invite Belarus to the summit.", {("Poland", "invite", "Belarus", True, A)}),
    ("Analysts said China could mount an attack on Taiwan.", {("China", "attack", "Taiwan", False, H)}),
    ("Russia reportedly threatened Moldova.", {("Russia", "threaten", "Moldova", False, R)}),
    ("According to officials, Serbia expelled Croatian diplomats.", {("Serbia", "expel", "Croatia", False, R)}),
    ("Poland said Belarus will not be allowed to join the talks.", {("Poland", "allow", "Belarus", True, H)}),
]

REPORTED_SPEECH = [
    # what someone says is reported, wherever the verb of saying stands; the act of saying is not
    ("The envoy said Peru attacked Chile.", {("Peru", "attack", "Chile", False, R)}),
    ("The envoy said that Peru had attacked Chile.", {("Peru", "attack", "Chile", False, R)}),
    ("Peru attacked Chile, the envoy said.", {("Peru", "attack", "Chile", False, R)}),
    ("Peru attacked Chile, says the envoy.", {("Peru", "attack", "Chile", False, R)}),
    ("Peru, the envoy claimed, had attacked Chile.", {("Peru", "attack", "Chile", False, R)}),
    ("Peru shelled Chilean towns last week, officials alleged on Monday.", {("Peru", "shell", "Chile", False, R)}),
    ("Witnesses insisted that Peru had invaded Chile.", {("Peru", "invade", "Chile", False, R)}),
    ("The envoy's statement that Peru attacked Chile angered Lima.", {("Peru", "attack", "Chile", False, R)}),
    ("Peru is alleged to have bombed Chile.", {("Peru", "bomb", "Chile", False, R)}),
    ("Bolivia told Ecuador that Peru had attacked Chile.",
     {("Bolivia", "tell", "Ecuador", False, A), ("Peru", "attack", "Chile", False, R)}),
    # negation is kept; a modal makes it hypothetical, which wins: it has not happened
    ("The envoy said Peru did not attack Chile.", {("Peru", "attack", "Chile", True, R)}),
    ("The envoy said Peru would attack Chile.", {("Peru", "attack", "Chile", False, H)}),
    # not reports: a demand (mandative subjunctive), a participle, a clause of time
    ("Bolivia insisted that Peru withdraw from Chile.",
     {("Bolivia", "insist", "Peru", False, A), ("Peru", "withdraw", "Chile", False, H)}),
    ("Peru attacked Chile, claiming self-defence.", {("Peru", "attack", "Chile", False, A)}),
    ("Peru attacked Chile after the envoy said so.", {("Peru", "attack", "Chile", False, A)}),
    # an actor reporting force another used accuses them; denying it or a modal accuses nobody
    ("Chile claimed that Peru had attacked Bolivia.",
     {("Chile", "claim", "Peru", False, A), ("Peru", "attack", "Bolivia", False, R)}),
    ("Chile denied that Peru had attacked Bolivia.", {("Peru", "attack", "Bolivia", False, R)}),
    ("Chile said Peru could attack Bolivia.", {("Peru", "attack", "Bolivia", False, H)}),
]

NO_ACTION = [
    # co-occurrence is never an action; nor is a verb the action table does not know
    "The Group of Eight comprises Canada, France and Japan.",
    "Germany and France are members of the European Union.",
    "The weather in Spain and Portugal was hot this summer.",
    "Officials from Kenya and Uganda attended the meeting.",
    # a bid to cut a thing is not aimed at whoever won that thing
    "Peru vetoed a bid to cut the subsidy secured by Chile.",
]

@pytest.mark.parametrize("text", NO_ACTION)
def test_cooccurrence_is_no_action(read, text):
    assert edges(read, text) == set()


def test_action_carries_class_evidence_and_offsets(read):
    text = "Peru sharply criticized Bolivia. Later that day Chile praised Argentina."
    found, actions = read(text)
    by_word = {a.action: a for a in actions}
    crit, praise = by_word["criticize"], by_word["praise"]
    assert (crit.category, crit.quad) == ("accuse", "verbal-conflict")
    assert praise.quad == "verbal-cooperation"
    assert crit.evidence == "Peru sharply criticized Bolivia."
    assert text[crit.start_char:crit.end_char] == "criticized"
    assert text[praise.start_char:praise.end_char] == "praised"


INTENTIONS_AND_PHRASAL = [
    # a verb of intention is aimed where its infinitive points; the infinitive stays hypothetical
    ("Russia threatened to attack Moldova.",
     {("Russia", "threaten", "Moldova", False, A), ("Russia", "attack", "Moldova", False, H)}),
    ("Ghana called on Togo to release the prisoners.", {("Ghana", "call on", "Togo", False, A)}),
    ("Police cracked down on protesters after Belarus retaliated against Lithuania.",
     {("Belarus", "retaliate", "Lithuania", False, A)}),
]


REACTIONS_AND_AGREEMENTS = [
    ("Indian and Pakistani troops exchanged fire along the border.",
     {("India", "exchange", "Pakistan", False, A), ("Pakistan", "exchange", "India", False, A)}),
    ("Qatar brokered a truce between Israel and Hamas.",
     {("Qatar", "broker", "Israel", False, A), ("Qatar", "broker", "Hamas", False, A),
      ("Israel", "truce", "Hamas", False, A), ("Hamas", "truce", "Israel", False, A)}),
    ("North Korea fired a missile, drawing condemnation from Japan.",
     {("Japan", "condemnation", "North Korea", False, A)}),
    ("Serbia and Kosovo signed an agreement in Brussels.",
     {("Serbia", "agreement", "Kosovo", False, A), ("Kosovo", "agreement", "Serbia", False, A)}),
]


AUTHORS_MEDIATORS_AGENTS = [
    # saying no to an act is aimed at its author; mediation at both parties; a participle's agent acts
    ("France condemned the Russian invasion of Ukraine.",
     {("France", "condemn", "Russia", False, A), ("Russia", "invasion", "Ukraine", False, A)}),
    ("Norway and Oman are mediating between Sudan and Chad.",
     {(m, "mediate", p, False, A) for m in ("Norway", "Oman") for p in ("Sudan", "Chad")}),
    ("The tariffs, imposed by Washington last year, hit Mexican exports.",
     {("United States", "hit", "Mexico", False, A)}),
]


ACTS_AND_THEIR_AUTHORS = [
    # saying no to an act is aimed at its author, named or recalled
    ("Chile rejected repeated offers of talks from Bolivia.", {("Chile", "reject", "Bolivia", False, A)}),
    ("Russia shelled Ukrainian ports. Poland condemned the attack.",
     {("Russia", "shell", "Ukraine", False, A), ("Poland", "condemn", "Russia", False, A)}),
    ("Serbia shelled Kosovo. The strikes were condemned by Albania.",
     {("Serbia", "shell", "Kosovo", False, A), ("Albania", "condemn", "Serbia", False, A)}),
    ("Japan welcomed the Australian decision.", {("Japan", "welcome", "Australia", False, A)}),
    ("Peru backed Chile's call for an inquiry.", {("Peru", "back", "Chile", False, A)}),
    ("Russia launched a wave of drone strikes on Ukrainian cities.", {("Russia", "strike", "Ukraine", False, A)}),
    # a complement that states a fact is content, not a target (and reported: Rutte says it)
    ("Mark Rutte told reporters that Russia had struck Ukraine.", {("Russia", "strike", "Ukraine", False, R)}),
]

CLAUSES_AND_COORDINATION = [
    ("Ghana called for an inquiry, a proposal Togo rejected.",
     {("Togo", "reject", "Ghana", False, A)}),
    ("Egypt and Turkey are reported to have supplied Libya with drones.",
     {("Egypt", "supply", "Libya", False, R), ("Turkey", "supply", "Libya", False, R)}),
    ("Latvia spoke with Estonia and with Finland.",
     {("Latvia", "speak", "Estonia", False, A), ("Latvia", "speak", "Finland", False, A)}),
    ("Chadian troops opened fire on Sudanese posts without provocation.",
     {("Chad", "fire", "Sudan", False, A)}),
]

ARGUMENTS_IN_EVERY_SLOT = [
    # an argument that names no actor points at the one it belongs to: possessor, modifier, "of" phrase
    ("Norway will support Iceland's efforts to join the alliance.", {("Norway", "support", "Iceland", False, H)}),
    ("Chile backed a Peruvian resolution on fishing rights.", {("Chile", "back", "Peru", False, A)}),
    ("Austria praised the plan of Slovenia.", {("Austria", "praise", "Slovenia", False, A)}),
    ("Uruguay agreed to Argentine mediation.", {("Uruguay", "agree", "Argentina", False, A)}),
    ("Chile welcomed thousands of Peruvian refugees.", {("Chile", "welcome", "Peru", False, A)}),
    # an act as subject stands for its author; with force, an instrument and a thing hit for their owners
    ("The Serbian offensive killed Croatian soldiers.", {("Serbia", "kill", "Croatia", False, A)}),
    ("Armenian shells hit Azerbaijani villages.", {("Armenia", "hit", "Azerbaijan", False, A)}),
    ("Georgian outposts were shelled by Russia.", {("Russia", "shell", "Georgia", False, A)}),
    # a thing of force is the one who fired it
    ("Shells fired by Armenia killed two Azerbaijani soldiers.", {("Armenia", "kill", "Azerbaijan", False, A)}),
    ("Belarus fired the rockets that hit Lithuanian farms.", {("Belarus", "hit", "Lithuania", False, A)}),
    # things are not their state acting, nor acted on but by force
    ("Germany bought Polish coal.", set()),
    ("Turkey reopened Ukrainian ports.", set()),
]

GROUPS_ACT_FOR_THEIR_STATE = [
    ("Somali troops attacked Kenyan police.", {("Somalia", "attack", "Kenya", False, A)}),
    ("The government of Mali expelled French diplomats.", {("Mali", "expel", "France", False, A)}),
    ("Lebanese and Jordanian officials met Qatar.",
     {("Lebanon", "meet", "Qatar", False, A), ("Jordan", "meet", "Qatar", False, A)}),
    ("Ghanaian officials said they would expel Togolese traders.", {("Ghana", "expel", "Togo", False, H)}),
    # a group named only by an acronym or a capitalised coalition word is that organization
    ("AQAP militants attacked Yemeni soldiers.", {("AQAP", "attack", "Yemen", False, A)}),
    ("On Monday, Alliance aircraft struck Serbian positions.", {("Alliance", "strike", "Serbia", False, A)}),
    # forces an actor leads act for it
    ("Ghanaian-led forces attacked Togolese militias.", {("Ghana", "attack", "Togo", False, A)}),
    # a group noun describing a name is that name
    ("The Argentine newspaper Pagina Doce criticized Chile.", {("Pagina Doce", "criticize", "Chile", False, A)}),
]


PREDICATE_CHAINS = [
    # modal, aspectual, control verbs and adjectives hand their subject down, with modality and negation
    ("Denmark is ready to recognize Kosovo.", {("Denmark", "recognize", "Kosovo", False, H)}),
    ("Ecuador said it will support Peru.", {("Ecuador", "support", "Peru", False, H)}),
    ("The Americans claimed that they had bombed Syria.", {("United States", "bomb", "Syria", False, R)}),
    ("Iceland declined to meet Norway.", {("Iceland", "meet", "Norway", True, A)}),
    ("Sweden has begun to withdraw its troops from Mali.", {("Sweden", "withdraw", "Mali", False, A)}),
    ("Finland's decision to expel Russian diplomats surprised analysts.",
     {("Finland", "expel", "Russia", False, A)}),
    ("Peru accused Chile of attacking Bolivia.",
     {("Peru", "accuse", "Chile", False, A), ("Chile", "attack", "Bolivia", False, R)}),
    # a coordinated subject the parser hung on the passive auxiliary; a participle read as the copula's complement
    # (who fight a common enemy together are allies: verb.co-belligerents)
    ("Chad and Niger are committed to defeating Boko Haram.",
     {("Chad", "defeat", "Boko Haram", False, A), ("Niger", "defeat", "Boko Haram", False, A),
      ("Chad", "ally", "Niger", False, A), ("Niger", "ally", "Chad", False, A)}),
    # a whole the subject acts in ("as part of", "as a member of") acts with it, when it names an actor itself
    ("Spain, as part of NATO, is committed to providing Mali with aid.",
     {("Spain", "provide", "Mali", False, A), ("NATO", "provide", "Mali", False, A)}),
    ("Chile, as part of Russia's plan, attacked Peru.", {("Chile", "attack", "Peru", False, A)}),
    ("Ghana, Togo and the Government of Benin are committed to fighting Boko Haram.",
     {(a, "fight", "Boko Haram", False, A) for a in ("Ghana", "Togo", "Government of Benin")}
     | {(a, "ally", b, False, A) for a in ("Ghana", "Togo", "Government of Benin")
        for b in ("Ghana", "Togo", "Government of Benin") if a != b}),
]

SUPPORT_VERBS = [
    # a support verb with an event noun, or a giving verb with what it gives: the indirect object or to/for
    ("Japan will give Vietnam a loan.", {("Japan", "loan", "Vietnam", False, H)}),
    ("Canada agreed to provide 20 million dollars of aid for Haiti.", {("Canada", "aid", "Haiti", False, H)}),
    ("Ireland offered troops to Lebanon.", {("Ireland", "aid", "Lebanon", False, H)}),
    ("Turkey conducted 12 air strikes against Syria.", {("Turkey", "strike", "Syria", False, A)}),
    # a participle on the light verb's act is done by the light verb's subject; coordinated prepositions share it
    ("Norway conducted raids coordinated with Chad.", {("Norway", "coordinate", "Chad", False, A)}),
    # "fight", "struggle" name an act of force too
    ("France backed Mali in the fight against the Taliban.",
     {("France", "back", "Mali", False, A), ("France", "fight", "Taliban", False, A),
      ("Mali", "fight", "Taliban", False, A)}),  # whom the help goes to fights too (noun.helped-side)
    ("Norway staged raids coordinated with and in support of Mali's authorities.",
     {("Norway", "support", "Mali", False, A)}),
    ("Kenya received military aid from Japan.", {("Japan", "aid", "Kenya", False, A)}),
    ("Brazil and Chile are seeking to deepen their partnership.",
     {("Brazil", "partnership", "Chile", False, H), ("Chile", "partnership", "Brazil", False, H)}),
    ("The US, China, and Norway met on Tuesday.",
     {(a, "meet", b, False, A) for a in ("United States", "China", "Norway")
      for b in ("United States", "China", "Norway") if a != b}),
    ("Evidence against Russia was presented by Norway.", {("Norway", "present", "Russia", False, A)}),
    ("The decision by the London Club to write off Peru's debt was welcomed.",
     {("London Club", "write off", "Peru", False, A)}),
    ("Brazil and Chile will work together on mining.",
     {("Brazil", "work", "Chile", False, H), ("Chile", "work", "Brazil", False, H)}),
    # the owners of one subject are not two parties to a deal
    ("The EU's Luxembourg presidency hopes to strike a deal.", set()),
    ("An alliance of Chile, Peru and Bolivia will patrol the coast.",
     {(a, "alliance", b, False, A) for a in ("Chile", "Peru", "Bolivia") for b in ("Chile", "Peru", "Bolivia")
      if a != b}),
]

KILLINGS = [
    # who killed whom in court and crime reporting
    ("John Smith was convicted of killing Peter Brown.", {("John Smith", "kill", "Peter Brown", False, A)}),
    ("The jury found John Smith guilty of murdering Peter Brown.",
     {("John Smith", "murder", "Peter Brown", False, A)}),
    ("Peter Brown was stabbed and badly wounded by John Smith.",
     {("John Smith", "stab", "Peter Brown", False, A), ("John Smith", "wound", "Peter Brown", False, A)}),
    ("John Smith, the accused killer of Peter Brown, escaped.", {("John Smith", "kill", "Peter Brown", False, R)}),
    ("Peter Brown was murdered on the orders of John Smith.", {("John Smith", "murder", "Peter Brown", False, A)}),
    ("John Smith fired the shots that killed Peter Brown.", {("John Smith", "kill", "Peter Brown", False, A)}),
    ("John Smith was the gunman who killed Peter Brown.", {("John Smith", "kill", "Peter Brown", False, A)}),
    ("John Smith was identified as the man who killed Peter Brown.",
     {("John Smith", "kill", "Peter Brown", False, A)}),
    ("John Smith is serving a life sentence for the slaying of Peter Brown.",
     {("John Smith", "slaying", "Peter Brown", False, A)}),
    # an arrest after a killing reports a suspicion; a conviction before it says when
    ("Police arrested John Smith after the murder of Peter Brown.", {("John Smith", "murder", "Peter Brown", False, R)}),
    ("John Smith was arrested in connection with the killing of Peter Brown.",
     {("John Smith", "killing", "Peter Brown", False, R)}),
    ("John Smith was convicted of fraud before the murder of Peter Brown.", set()),
    ("Peter Brown was assassinated by a band of rebels that included John Smith.",
     {("John Smith", "assassinate", "Peter Brown", False, A)}),
    ("Lucia Perez, killed in a Chilean raid, was buried.", {("Chile", "kill", "Lucia Perez", False, A)}),
    ("John Smith was tried and convicted for the assassination of Peter Brown.",
     {("John Smith", "assassination", "Peter Brown", False, A)}),
    ("John Smith was the gunman who killed Peter Brown and who later killed Mary Jones.",
     {("John Smith", "kill", "Peter Brown", False, A), ("John Smith", "kill", "Mary Jones", False, A)}),
    # bare names the tagger misses are people when they kill or are killed
    ("Okonkwo fatally shot Brandt outside the theatre.", {("Okonkwo", "shoot", "Brandt", False, A)}),
    # the "by" phrase the parser hangs on the place of the act is still its agent
    ("Tomas Brandt was shot on May 2, 1950, in the doorway of his Berlin office by Paul Ruiz.",
     {("Paul Ruiz", "shoot", "Tomas Brandt", False, A)}),
    ("Three villagers were killed in an attack by Peruvian troops.", set()),
    # a surname that is also a title is the person when killed or killing; "the Bishop" is the office
    ("Tom Okonkwo pleaded guilty to killing Bishop.", {("Tom Okonkwo", "kill", "Bishop", False, A)}),
    # an "of" phrase the parser hangs on the date after the act
    ("The city is known for the assassination in 1921 of Count Ellis Brandt by the anarchist Tom Okonkwo.",
     {("Tom Okonkwo", "assassination", "Count Ellis Brandt", False, A)}),
    # a date the parser made the subject: the name in apposition to it is
    ("At the winter games, 210 B.C., the general Gaius Varro was stabbed to death by Marcus Tullo.",
     {("Marcus Tullo", "stab", "Gaius Varro", False, A)}),
]

PROTESTS_AND_PLACED_GROUPS = [
    # a protest abroad is aimed at the state it is held in; at home it is aimed at nobody named
    ("Kenyan activists staged a protest in Kampala.", {("Kenya", "protest", "Uganda", False, A)}),
    ("Kenyan students held a rally in Nairobi.", set()),
    # a group that belongs where it is acts for the state of its "in" phrase
    ("Protesters in Tunisia denounced Libya.", {("Tunisia", "denounce", "Libya", False, A)}),
    ("The police in Kenya arrested two Somali men.", {("Kenya", "arrest", "Somalia", False, A)}),
    # prisoners and hostages stand for their state; whom a warrant is issued for is whom it seizes
    ("Chile freed 20 Peruvian prisoners.", {("Chile", "free", "Peru", False, A)}),
    ("Chile issued arrest warrants for two Peruvian men.", {("Chile", "warrant", "Peru", False, A)}),
]

DEMANDS_AND_GRIEVANCES = [
    ("Norway demanded the withdrawal of Russian troops from Georgia.", {("Norway", "demand", "Russia", False, A)}),
    ("Ghana complained to the African Union over Togolese border raids.",
     {("Ghana", "complain", "African Union", False, A), ("Ghana", "complain", "Togo", False, A)}),
    # "should" advises: no demand
    ("Norway said Chile should free the prisoners.", set()),
    ("Albania condemned and rejected the Serbian plan.",
     {("Albania", "condemn", "Serbia", False, A), ("Albania", "reject", "Serbia", False, A)}),
    ("Norway denied accusing Chile of fraud.", {("Norway", "accuse", "Chile", True, A)}),
    ("Mozambique on Thursday accepted demands from Malawi.", {("Mozambique", "accept", "Malawi", False, A)}),
    ("Norway concluded on Saturday that Chile must allocate greater resources.",
     {("Norway", "conclude", "Chile", False, A)}),
    ("The Kurdish party PKK issued a declaration demanding that Turkey provide information.",
     {("PKK", "demand", "Turkey", False, A)}),
    ("Senator Ana Ruiz is a fierce critic of Venezuela.", {("Ana Ruiz", "criticize", "Venezuela", False, A)}),
    ("Peru rejected an EU demand for Chile to recognise Bolivia.",
     {("Peru", "reject", "European Union", False, A), ("European Union", "demand", "Chile", False, A),
      ("Chile", "recognise", "Bolivia", False, A)}),
]


def test_an_intended_act_is_a_promise_or_a_threat(read):
    """PLOVER codes a promise to help as AGREE and an announced sanction as THREATEN."""
    _, actions = read("Japan will give Vietnam a loan. Poland plans to impose sanctions on Belarus. "
                      "Peru could attack Chile.")
    assert {(a.action, a.category, a.quad) for a in actions} == {
        ("loan", "agree", "verbal-cooperation"), ("sanction", "threaten", "verbal-conflict"),
        ("attack", "assault", "material-conflict")}


def test_saying_someone_must_act_is_a_demand(read):
    _, actions = read("Norway declared on Monday that Chile must free the prisoners.")
    assert [(a.action, a.category, a.rule) for a in actions] == [("declare", "request", "verb.demand-complement")]


def test_a_nomination_to_lead_is_no_role_yet(read):
    found, actions = read("The senate debated Maria Lopez's nomination to head the Central Bank of Chile.")
    assert [a for a in found.affiliations if a.role == "Head"] == [] and actions == []


def test_leading_a_body_is_an_affiliation_in_the_stage_api_too(read):
    found, actions = read("Prime Minister Kristersson, who heads the Moderate Party, praised Finland.")
    assert [(a.action, found.actors[a.target].label) for a in actions] == [("praise", "Finland")]
    roles = {(found.actors[a.member].label, a.role, found.actors[a.group].label) for a in found.affiliations}
    assert ("Kristersson", "Head", "Moderate Party") in roles


def test_leading_a_body_is_an_affiliation_not_an_action(graph_of):
    G = graph_of({"a.txt": "Prime Minister Kristersson, who heads the Moderate Party, praised Finland."})
    kinds = {(G.nodes[u]["label"], d["kind"], d["action"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)}
    assert ("Kristersson", "affiliation", "Head", "Moderate Party") in kinds
    assert not [k for k in kinds if k[1] == "action" and k[2] == "head"]


def test_second_verb_hung_on_the_clause_keeps_the_speaker(read):
    # "who has ruled Belarus" states a role: an affiliation, not an action
    assert edges(read, "Lukashenko, who has ruled Belarus since 1994, denied that the vote was rigged and accused "
                       "Poland of meddling.") == {("Lukashenko", "accuse", "Poland", False, A)}


def test_a_move_that_drew_condemnation_is_the_act_before(read):
    assert edges(read, "Iran seized a tanker off its coast on Friday, a move that drew condemnation from Britain and "
                       "France.") == {("United Kingdom", "condemnation", "Iran", False, A),
                                      ("France", "condemnation", "Iran", False, A)}


#: Each construction's table, by what a failure would mean.
CONSTRUCTIONS = {
    "active_and_passive_voice": ACTIVE_PASSIVE,
    "direct_indirect_and_prepositional_objects": OBJECTS,
    "event_nouns_with_actor_modifiers": EVENT_NOUNS,
    "coordination_and_reciprocals": COORDINATION_RECIPROCAL,
    "control_and_complement_clauses": CONTROL_COMPLEMENT,
    "relative_clauses_and_pronouns": RELATIVE_PRONOUN,
    "negation_and_modality": NEGATION_MODALITY,
    "reported_speech": REPORTED_SPEECH,
    "intentions_and_phrasal_verbs": INTENTIONS_AND_PHRASAL,
    "reactions_brokered_and_signed_agreements": REACTIONS_AND_AGREEMENTS,
    "authors_mediators_and_participle_agents": AUTHORS_MEDIATORS_AGENTS,
    "acts_are_aimed_at_their_authors": ACTS_AND_THEIR_AUTHORS,
    "clauses_raising_and_coordinated_prepositions": CLAUSES_AND_COORDINATION,
    "predicate_chains_keep_subject_modality_and_negation": PREDICATE_CHAINS,
    "support_and_giving_verbs": SUPPORT_VERBS,
    "killings_in_crime_and_court_reporting": KILLINGS,
    "protests_abroad_and_groups_placed_by_in": PROTESTS_AND_PLACED_GROUPS,
    "demands_and_grievances": DEMANDS_AND_GRIEVANCES,
    "arguments_point_at_actors_in_every_slot": ARGUMENTS_IN_EVERY_SLOT,
    "groups_act_for_their_state": GROUPS_ACT_FOR_THEIR_STATE,
}


@pytest.mark.parametrize("text,expected", [
    pytest.param(text, expected, id=f"{name}-{i}")
    for name, table in CONSTRUCTIONS.items() for i, (text, expected) in enumerate(table)])
def test_construction(read, text, expected):
    assert edges(read, text) == expected


#: Sentences and the (source, action, target, source sector, target sector) of the actions they give.
SECTORS = [
    ("Somali troops attacked Kenyan police.", {("Somalia", "attack", "Kenya", "military", "police")}),
    ("The government of Mali expelled French diplomats.",
     {("Mali", "expel", "France", "government", "government")}),
    ("Ghanaian officials said they would expel Togolese traders.",
     {("Ghana", "expel", "Togo", "government", "business")}),
    ("Yemeni government forces shelled Saudi positions.", {("Yemen", "shell", "Saudi Arabia", "military", "")}),
    ("AQAP militants attacked Yemeni soldiers.", {("AQAP", "attack", "Yemen", "militants", "military")}),
    ("Uruguay agreed to Argentine mediation.", {("Uruguay", "agree", "Argentina", "", "")}),
]


@pytest.mark.parametrize("text,expected", SECTORS)
def test_an_end_read_through_a_group_keeps_its_sector(read, text, expected):
    found, actions = read(text)
    label = lambda key: found.actors[key].label  # noqa: E731
    assert {(label(a.source), a.action, label(a.target), a.source_sector, a.target_sector) for a in actions} == expected


def test_each_side_accuses_the_other(read):
    assert edges(read, "Clashes between Ethiopia and Eritrea continued. Each side accuses the other of violating the truce.") \
        == {("Ethiopia", "accuse", "Eritrea", False, A), ("Eritrea", "accuse", "Ethiopia", False, A),
            ("Ethiopia", "clash", "Eritrea", False, A), ("Eritrea", "clash", "Ethiopia", False, A)}


def test_both_sides_does_not_reach_far_back(read):
    found, actions = read("Ghana and Togo signed a trade pact in January. The weather was mild. Markets were calm. "
                          "Prices fell sharply. Canada later urged both sides to be patient.")
    assert not [a for a in actions if a.action == "urge"]


# -- every rule: its README example reads the edges it names, by that rule --------------------------

def _rule_rows():
    from graphkit.actions import RULES

    return RULES


@pytest.mark.parametrize("rule,text,yields", [pytest.param(*row, id=row[0]) for row in _rule_rows()])
def test_each_rule_reads_its_example(read, rule, text, yields):
    found, actions = read(text)
    got = {f"{found.actors[a.source].label} -{a.action}-> {found.actors[a.target].label}": a.rule for a in actions}
    expected = yields.split("; ")
    assert {edge: got.get(edge) for edge in expected} == {edge: rule for edge in expected}


def test_every_rule_in_the_code_is_listed_with_an_example():
    import re
    from pathlib import Path

    import graphkit.actions as actions

    source = "".join(p.read_text(encoding="utf-8") for p in Path(actions.__file__).parent.glob("*.py")
                     if p.name != "__init__.py")
    in_code = set(re.findall(r'"((?:verb|noun|light-verb)\.[a-z-]+)"', source))
    assert in_code == {name for name, _, _ in actions.RULES}


def test_the_readme_lists_every_rule_with_its_example():
    from pathlib import Path

    from graphkit.actions import RULES

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [name for name, text, _ in RULES if f"| `{name}` | {text} |" not in readme]
    assert missing == []


def test_a_verb_of_saying_inside_a_quotation_frames_nothing_outside_it():
    # the parse the model gives 'He told Ana: "you have told lies."': the quoted verb as root, the frame its ccomp
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphkit.actions.mood import reported_speech
    from graphkit.lexicon import load_lexicon

    words = ["He", "told", "Ana", ":", '"', "you", "have", "told", "lies", ".", '"']
    doc = Doc(English().vocab, words=words, heads=[1, 7, 1, 1, 1, 7, 7, 7, 7, 7, 7],
              deps=["nsubj", "ccomp", "dobj", "punct", "punct", "nsubj", "aux", "ROOT", "dobj", "punct", "punct"],
              tags=["PRP", "VBD", "NNP", ":", "``", "PRP", "VBP", "VBN", "NNS", ".", "''"],
              lemmas=["he", "tell", "Ana", ":", '"', "you", "have", "tell", "lie", ".", '"'])
    assert reported_speech(load_lexicon(), doc[1]) is False
    doc = Doc(English().vocab, words=['"', "Peru", "attacked", "Chile", ",", '"', "he", "said", "."],
              heads=[2, 2, 7, 2, 7, 7, 7, 7, 7], deps=["punct", "nsubj", "ccomp", "dobj", "punct", "punct", "nsubj",
                                                     "ROOT", "punct"],
              tags=["``", "NNP", "VBD", "NNP", ",", "''", "PRP", "VBD", "."],
              lemmas=['"', "Peru", "attack", "Chile", ",", '"', "he", "say", "."])
    assert reported_speech(load_lexicon(), doc[2]) is True


# -- threats, relations, measures in a place, demands with a detached clause ---------------------------------

@pytest.mark.parametrize("text,expected", [
    # withheld cooperation that is threatened is a threat, promised it stays a promise
    ("Ecuador threatened to withdraw its envoy from Colombia.", {("withdraw", "threaten")}),
    ("Ecuador agreed to withdraw its envoy from Colombia.", {("withdraw", "agree")}),
    # a relation's partner, not the owner of the relation
    ("Ghana severed its ties with Togo.", {("sever", "sanction")}),
    ("Ghana restored diplomatic relations with Togo.", {("restore", "support")}),
])
def test_threats_and_relations(read, text, expected):
    found, actions = read(text)
    got = {(a.action, a.category) for a in actions if found.actors[a.target].label in ("Colombia", "Togo")}
    assert expected <= got


def test_a_measure_is_aimed_at_where_it_holds_but_not_any_act(read):
    found, actions = read("Kenya eased emergency measures on Friday in Uganda. Kenya arrested five men in Uganda.")
    assert {(a.action, found.actors[a.target].label, a.rule) for a in actions} == {
        ("ease", "Uganda", "verb.measure-place")}


@pytest.mark.parametrize("text", [
    "Norway repeated its demand today that Iceland reopen the ports.",
    "Norway made a demand that Iceland reopen the ports.",
])
def test_a_demand_is_aimed_at_the_subject_of_its_clause_wherever_the_parser_hangs_it(read, text):
    found, actions = read(text)
    assert ("Norway", "Iceland", "request", "verbal-conflict") in {
        (found.actors[a.source].label, found.actors[a.target].label, a.category, a.quad) for a in actions}


@pytest.mark.parametrize("text,edge", [
    # who held them lets them go
    ("The prisoners, all Peruvians, were freed from Chilean custody.", ("Chile", "free", "Peru")),
    ("Five Peruvians were released from a Chilean jail on Monday.", ("Chile", "release", "Peru")),
    # an approximate number the parser splits off as "up" + "to ..." is still the object
    ("Somali troops kidnapped up to 16 Kenyan advisers.", ("Somalia", "kidnap", "Kenya")),
    ("Ghanaian soldiers beat up Togolese detainees.", ("Ghana", "beat up", "Togo")),
])
def test_custody_and_split_objects(read, text, edge):
    found, actions = read(text)
    assert edge in {(found.actors[a.source].label, a.action, found.actors[a.target].label) for a in actions}


def test_a_release_from_custody_with_no_owner_names_no_agent(read):
    found, actions = read("Five Peruvians were released from custody on Monday.")
    assert actions == []


@pytest.mark.parametrize("text,edge", [
    # a hunger strike is a protest, an air strike an attack
    ("Bolivian miners began a hunger strike to protest against Chile's decision.",
     ("Bolivia", "hunger strike", "Chile", "protest")),
    ("Bolivia launched air strikes on Chile.", ("Bolivia", "strike", "Chile", "assault")),
    # a purpose infinitive is done by the main subject
    ("Bolivian miners staged demonstrations to demand reforms by Chile's government.",
     ("Bolivia", "demand", "Chile", "request")),
])
def test_protests_and_their_purpose(read, text, edge):
    found, actions = read(text)
    assert edge in {(found.actors[a.source].label, a.action, found.actors[a.target].label, a.category)
                    for a in actions}


@pytest.mark.parametrize("text,edge", [
    ("Ghana deployed more troops in Togo.", ("Ghana", "deploy", "Togo", "verb.deployment-place")),
    # a share of a thing is the thing; help withheld from a programme is withheld from whom it is for
    ("Ghana suspended part of its aid programme for Togo.", ("Ghana", "suspend", "Togo", "verb.object-aim")),
])
def test_deployments_and_programmes(read, text, edge):
    found, actions = read(text)
    assert edge in {(found.actors[a.source].label, a.action, found.actors[a.target].label, a.rule) for a in actions}


def test_troops_deployed_in_a_region_name_no_target(read):
    _, actions = read("Ghana deployed more troops in the north.")
    assert actions == []


def test_counterparts_stand_for_whom_they_belong_to_not_for_the_speaker(read):
    found, actions = read("Kofi Mensah met his EU counterparts in Accra.")
    assert {(found.actors[a.source].label, a.action, found.actors[a.target].label) for a in actions} == {
        ("Kofi Mensah", "meet", "European Union")}


def test_a_date_the_parse_made_the_head_of_a_name_is_that_name(nlp):
    # "met with President Ana Ruiz Tuesday" parsed with the weekday as the object and the name as its compound
    from spacy.tokens import Doc

    from graphkit.actions.reader import ActionReader
    from graphkit.actors import DocActors
    from graphkit.lexicon import load_lexicon
    words = ["Peru", "met", "with", "Ana", "Ruiz", "Tuesday"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 5, 5, 2], deps=["nsubj", "ROOT", "prep", "compound",
              "compound", "pobj"], pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN"],
              ents=["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "B-DATE"])
    found = DocActors("d1", token_actors={0: ("state:PER",), 3: ("person:ana ruiz",), 4: ("person:ana ruiz",)})
    assert ActionReader(doc, found, load_lexicon()).refers(doc[5]) == ["person:ana ruiz"]


def categorized(read, text):
    """The edges read from ``text`` as (source, action, target, category)."""
    found, actions = read(text)
    return {(found.actors[a.source].label, a.action, found.actors[a.target].label, a.category) for a in actions}


@pytest.mark.parametrize("text,edge", [
    # the parser's slips: "up to" split from its verb, a recipient read as a participle's subject, a
    # subject left as the sentence's root with its verb hung on it as a clause
    ("Chile has granted political asylum to three Bolivian navy officers holed up in a consulate.",
     ("Chile", "asylum", "Bolivia", "aid")),
    ("Surgeons from three Canadian aid groups gathered and delivered $20,000 worth of medicine to Haiti.",
     ("Canada", "aid", "Haiti", "aid")),
    # a light verb's CAMEO class with its noun names the act: a protest lodged is an accusation
    ("Peru lodged a formal protest with Chile on Friday.", ("Peru", "protest", "Chile", "accuse")),
    # what force hits is also whom it is for
    ("A shelter for Sudanese refugees was shelled by Chadian militiamen.", ("Chad", "shell", "Sudan", "assault")),
])
def test_parser_slips_and_light_verb_pairs(read, text, edge):
    assert edge in categorized(read, text)


def test_an_approximate_number_hung_on_the_particle_still_counts_the_object():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphkit.actions.reader import approximate_object
    doc = Doc(English().vocab, words=["Mali", "abducted", "up", "to", "12", "engineers"], heads=[1, 1, 1, 2, 5, 3],
              deps=["nsubj", "ROOT", "prt", "prep", "nummod", "pobj"])
    assert approximate_object(doc[1]).text == "engineers"


@pytest.mark.parametrize("text,edge", [
    # an act on a thing, with nobody else named, is aimed at the state or territory where it is done
    ("Peru suspended food deliveries in Bolivia on Monday.", ("Peru", "suspend", "Bolivia", "sanction")),
    ("Chile will dismantle its outposts in the Gaza Strip next year.", ("Chile", "dismantle", "Palestine", None)),
    ("Ghana staged raids in Togo.", ("Ghana", "raid", "Togo", "assault")),
])
def test_an_act_on_a_thing_is_aimed_at_the_place_it_is_done_in(read, text, edge):
    got = categorized(read, text)
    assert edge in got or (edge[3] is None and edge[:3] in {g[:3] for g in got})


@pytest.mark.parametrize("text", [
    "Ghana suspended food deliveries in the north.",  # no state or territory named
    "Ghana suspended food deliveries in Accra.",  # its own capital: no other party
    "Ghana suspended aid to the Red Cross in Togo.",  # someone else named: the act is aimed there
])
def test_an_act_in_no_other_place_names_no_place(read, text):
    found, actions = read(text)
    assert "Togo" not in {found.actors[a.target].label for a in actions}
    assert all(found.actors[a.target].label != "Ghana" for a in actions)


@pytest.mark.parametrize("text,edge", [
    # a refusal is a rejection whatever is refused; giving in to a demand is a concession
    ("Chile has refused to deploy peacekeepers in Peru.", ("Chile", "deploy", "Peru", "reject")),
    ("Chile declined to respond to a letter from Peru.", ("Chile", "respond", "Peru", "reject")),
    ("The Kenyan government accepted demands from Somali clan leaders.", ("Kenya", "accept", "Somalia", "concede")),
    ("Chile accepted the Peruvian proposal.", ("Chile", "accept", "Peru", "agree")),
])
def test_refusals_and_concessions(read, text, edge):
    assert edge in categorized(read, text)


@pytest.mark.parametrize("text,edge", [
    # what is given to no actor goes to the state or territory its recipient is in
    ("Norway pledged 300 troops to the monitoring mission in Sudan.", ("Norway", "aid", "Sudan", "agree")),
    ("Brazil is willing to contribute up to 900 soldiers to a peacekeeping force in Haiti.",
     ("Brazil", "aid", "Haiti", "agree")),
])
def test_a_gift_to_no_actor_goes_where_its_recipient_is(read, text, edge):
    assert edge in categorized(read, text)


def test_a_participle_read_as_the_subject_hands_over_its_own_subject():
    # "The Acme Trust operating in Chad said ...": the parser makes "operating" the subject of "said"
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphkit.actions.reader import ActionReader
    from graphkit.actors import DocActors
    from graphkit.lexicon import load_lexicon
    doc = Doc(English().vocab, words=["Trust", "operating", "in", "Chad", "said"], heads=[1, 4, 1, 2, 4],
              deps=["nsubj", "nsubj", "prep", "pobj", "ROOT"], tags=["NNP", "VBG", "IN", "NNP", "VBD"],
              pos=["PROPN", "VERB", "ADP", "PROPN", "VERB"])
    r = ActionReader(doc, DocActors("d1", token_actors={0: ("org:acme trust",), 3: ("state:TCD",)}), load_lexicon())
    assert r.subjects(doc[4]) == ["org:acme trust"]


@pytest.mark.parametrize("text,edge", [
    # a demand is made of whoever is to grant what it is for; a protest is aimed where its purpose is
    ("Kenyan students pressed their demands for reforms from the Ugandan government.",
     ("Kenya", "press", "Uganda", "request")),
    ("Ghanaian farmers blocked roads on Monday to press their demands for higher prices from Togo.",
     ("Ghana", "block", "Togo", "protest")),
])
def test_demands_and_the_purpose_of_a_protest(read, text, edge):
    assert edge in categorized(read, text)


def test_an_object_put_after_its_judgement_is_still_the_object(read):
    # "condemned as a crime X's act": the parser hangs the object on the "as" phrase
    assert ("Peru", "condemn", "Chile", "accuse") in categorized(
        read, "Peru on Monday condemned as a brutal crime Chile's bombing of the northern villages.")


@pytest.mark.parametrize("text,edge", [
    # force an actor is readied for is a mobilization; force it only intends is a threat
    ("Chadian troops were poised to attack Sudan.", ("Chad", "attack", "Sudan", "mobilize")),
    ("Chad plans to attack Sudan.", ("Chad", "attack", "Sudan", "threaten")),
])
def test_readiness_for_force_is_a_mobilization(read, text, edge):
    assert edge in categorized(read, text)


@pytest.mark.parametrize("text,edge", [
    # an adjective and its noun may name the act together
    ("Hezbollah threatened to resume terrorist activity in Israel.",
     ("Hezbollah", "terrorist activity", "Israel", "threaten")),
    ("Bolivian miners launched a general strike against Chile.", ("Bolivia", "general strike", "Chile", "protest")),
])
def test_an_adjective_and_noun_name_the_act_together(read, text, edge):
    assert edge in categorized(read, text)


@pytest.mark.parametrize("text,edge", [
    # letting someone come, go or stay is aimed at them
    ("Kenya allowed the return of Somali refugees.", ("Kenya", "allow", "Somalia", "concede")),
    ("Chad accepted the deployment of French troops.", ("Chad", "accept", "France", "agree")),
])
def test_letting_someone_move_is_aimed_at_them(read, text, edge):
    assert edge in categorized(read, text)


@pytest.mark.parametrize("text,edge", [
    # "the Somali town of X" stands for Somalia; "from" hung on the object still names whom one leaves
    ("Kenya withdrew its troops from the Somali town of Kismayo.", ("Kenya", "withdraw", "Somalia", "retreat")),
    ("Red Cross helicopters evacuated the injured from the besieged Syrian city of Homs on Monday.",
     ("Red Cross", "evacuate", "Syria", "aid")),
])
def test_a_town_of_a_state_and_a_place_left(read, text, edge):
    assert edge in categorized(read, text)


#: Groups and places of political news that stand for a state, and acts aimed at the place they hold in or
#: at the parties a third one acts between: (text, (source, action, target, category), source sector or None
#: for not checked).
STATE_GROUPS_AND_PLACES = [
    # an ethnic demonym, a former name and a territory stand for their state
    ("Serb police detained two Croatian reporters on Friday.", ("Serbia", "detain", "Croatia", "coerce"), "police"),
    ("Thailand accused Kampuchean troops of shelling its villages.", ("Thailand", "accuse", "Cambodia", "accuse"), ""),
    ("Jordan sent medical aid to the West Bank.", ("Jordan", "aid", "Palestine", "aid"), ""),
    # security forces serve the state their "in" phrase names
    ("Last year security forces in Ghana shot dozens of Togolese protesters.", ("Ghana", "shoot", "Togo", "assault"),
     "military"),
    # a measure is aimed where its participle says it holds
    ("Chile lifted the curfew imposed in Bolivia.", ("Chile", "lift", "Bolivia", "concede"), ""),
    ("Chile shortened the lockdown imposed in Bolivia during the outbreak.", ("Chile", "shorten", "Bolivia", "concede"),
     ""),
    # any act on a state's post abroad is aimed at the host
    ("Peru opened an embassy in Quito last year.", ("Peru", "open", "Ecuador", "support"), ""),
    # building up armed forces is a mobilization, aimed where they are
    ("Peru bolstered its troops in Ecuador last month.", ("Peru", "bolster", "Ecuador", "mobilize"), None),
    # a third party's mediation is aimed at both parties it is between
    ("Kuwait launched a mediation between Chile and Peru.", ("Kuwait", "mediation", "Chile", "consult"), ""),
    ("Norway has begun a new mediation effort between Colombia and Venezuela.",
     ("Norway", "mediation", "Venezuela", "consult"), ""),
    # the weapons listed before the act are how it was done, the act is the event noun after them
    ("Lao-led militias launched mortar and rocket fire on Thai outposts.", ("Laos", "fire", "Thailand", "assault"),
     "militants"),
    # who leads an act owns it
    ("Chile condemned the Saudi-led offensive in Yemen.", ("Chile", "condemn", "Saudi Arabia", "accuse"), ""),
    # an act's own place comes before the threat's condition
    ("Chile threatened to close roads in Bolivia unless Peru paid.", ("Chile", "close", "Bolivia", "threaten"), ""),
    # people fleeing a state, or what goes on in it, are its people
    ("Japan donated $2 million to refugees fleeing the fighting in Chad.", ("Japan", "donate", "Chad", "aid"), ""),
    ("Norway sent aid to refugees fleeing Mali.", ("Norway", "aid", "Mali", "aid"), ""),
    # a group is where it is based
    ("A newspaper headquartered in Lima accused Chile of torture.", ("Peru", "accuse", "Chile", "accuse"), "media"),
    # a verb of being whose "on" phrase is an act does it
    ("Peruvian troops went on high alert near Ecuador.", ("Peru", "alert", "Ecuador", "mobilize"), "military"),
    # a request's for-clause names who is asked
    ("Chile is pressing for Peru to free the sailors.", ("Chile", "press", "Peru", "request"), ""),
    ("Canada called for Haiti to hold elections.", ("Canada", "call for", "Haiti", "request"), ""),
    # keeping a measure on imposes it again; a seat of government stands for its state
    ("Chile extended the curfew in Abidjan by a week.", ("Chile", "extend", "Ivory Coast", "coerce"), ""),
    ("Jordan condemned the restrictions imposed by Tel Aviv.", ("Jordan", "condemn", "Israel", "accuse"), ""),
    # who acts on themselves acts on the place
    ("A Chilean bomber blew himself up in Lima on Friday.", ("Chile", "blow up", "Peru", "assault"), None),
    # a concession with nobody named is aimed at whom the talks before it were with
    ("The Chilean Dockers Union called off its strike after talks with the Peruvian government.",
     ("Chilean Dockers Union", "call off", "Peru", "other"), None),
    # what the police and courts do to someone in a state, by nobody named, is that state's
    ("Three Bolivian nationals were detained in Chile on Sunday.", ("Chile", "detain", "Bolivia", "coerce"), ""),
    ("Two Bolivian tourists were put under arrest in Chile.", ("Chile", "arrest", "Bolivia", "coerce"), ""),
    # armed forces coming into a state are mobilized there; a motion's "of" phrase is who moves
    ("A battalion of Kenyan marines landed in Somalia on Friday.", ("Kenya", "land", "Somalia", "mobilize"), None),
    ("A fresh deployment of Ugandan soldiers landed in Somalia by air.", ("Uganda", "land", "Somalia", "mobilize"),
     "military"),
    ("Ghanaian peacekeeping soldiers landed in Mali on Sunday.", ("Ghana", "land", "Mali", "aid"), "military"),
    # force by an author, with nobody else named, is aimed at the state it is used in (or a part of it)
    ("Peruvian bombing in the south of Ecuador killed ten people.", ("Peru", "bombing", "Ecuador", "assault"), ""),
    # short names of states
    ("Croatia sent food aid to Bosnia.", ("Croatia", "aid", "Bosnia and Herzegovina", "aid"), ""),
]


@pytest.mark.parametrize("text,edge,sector", STATE_GROUPS_AND_PLACES)
def test_groups_and_places_stand_for_their_state(read, text, edge, sector):
    found, actions = read(text)
    label = lambda key: found.actors[key].label  # noqa: E731
    got = {(label(a.source), a.action, label(a.target), a.category): a.source_sector for a in actions}
    if edge[2] is None:  # any target
        got = {k[:2] + (None,) + k[3:]: v for k, v in got.items()}
    assert edge in got, got
    assert sector is None or got[edge] == sector


def test_a_strengthened_relation_is_no_mobilization(read):
    assert not any(a.category == "mobilize" for a in read("Peru strengthened its ties with Ecuador.")[1])


def test_a_killing_in_a_state_is_not_laid_on_that_state(read):
    # force by nobody named is no act of the state it happens in; only what its police and courts do is
    assert not read("Ten Bolivian tourists were killed in Chile on Sunday.")[1]


def test_a_leader_arriving_is_no_mobilization(read):
    assert not any(a.category == "mobilize" for a in read("The Kenyan president arrived in Somalia on Monday.")[1])
