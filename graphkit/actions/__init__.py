"""Actions: who did what to whom, read from the dependency parse.

Two kinds of trigger are read, in document order:

* verbs (:mod:`~graphkit.actions.verbs`: "Kenya rejected the offer", "the
  summit was postponed by Peru", "issued an ultimatum to Belgrade");
* event nouns (:mod:`~graphkit.actions.nouns`: "an Ethiopian attack on
  Eritrea", "negotiations between Kenya and Ethiopia").

Each construction is one small rule; :data:`RULES` lists every rule name
(what :attr:`Action.rule` and the graph edge's ``rule`` attribute carry)
with a sentence it reads and the edges it yields. Each action carries
negation and modality (:mod:`~graphkit.actions.mood`), the class of the
action word (:mod:`graphkit.lexicon`), the sentence it was read from and
character offsets.

Verbs that state a role rather than an act ("X, who heads the council")
become affiliations of the document's actors, not actions
(:func:`graphkit.actors.roles.leadership_role`).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from ..actors import Affiliation, DocActors
from ..actors.roles import leadership_role
from ..lexicon import Lexicon, load_lexicon
from ..syntax import AUX_DEPS, NOUN_POS, VERB_POS
from .nouns import read_noun
from .reader import ActionReader
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Action, Modality
from .verbs import read_verb

__all__ = ["ASSERTED", "HYPOTHETICAL", "REPORTED", "RULES", "Action", "Modality", "find_actions"]

#: Every rule: (name, a sentence it reads, the edges it yields there as "source -action-> target").
#: The tests read each sentence and check that these edges, with this rule, are found.
RULES: tuple[tuple[str, str, str], ...] = (
    ("light-verb.event-noun", "Russia launched an attack on Ukraine.", "Russia -attack-> Ukraine"),
    ("light-verb.verb-target", "Turkey issued an ultimatum to Syria.", "Turkey -ultimatum-> Syria"),
    ("light-verb.participle-object", "Iran launched strikes targeting Israeli bases.", "Iran -strike-> Israel"),
    ("light-verb.reciprocal", "Armenia and Azerbaijan launched strikes against each other.",
     "Armenia -strike-> Azerbaijan; Azerbaijan -strike-> Armenia"),
    ("light-verb.mutual", "Greece and Albania held talks in Tirana.",
     "Greece -talk-> Albania; Albania -talk-> Greece"),
    ("verb.passive-agent", "Ukraine was attacked by Russia overnight.", "Russia -attack-> Ukraine"),
    ("verb.passive-act-author", "Serbia shelled Kosovo. The strikes were condemned by Albania.",
     "Albania -condemn-> Serbia"),
    ("verb.object", "Germany criticized Russia on Tuesday.", "Germany -criticize-> Russia"),
    ("verb.dative", "Canada granted Haiti asylum.", "Canada -grant-> Haiti"),
    ("verb.relative-head", "Chile praised the Peruvian officials Bolivia had detained.", "Bolivia -detain-> Peru"),
    ("verb.relative-antecedent", "Britain proposed new sanctions, which Russia rejected.",
     "Russia -reject-> United Kingdom"),
    ("verb.object-owner", "Russia shelled Ukrainian ports.", "Russia -shell-> Ukraine"),
    ("verb.act-author", "France condemned the Russian invasion of Ukraine.", "France -condemn-> Russia"),
    ("verb.recalled-author", "Russia shelled Ukrainian ports. Poland condemned the attack.",
     "Poland -condemn-> Russia"),
    ("verb.act-aim", "Canada reaffirmed German support for Ukraine.", "Canada -reaffirm-> Ukraine"),
    ("verb.object-aim", "Japan denounced the campaign against China.", "Japan -denounce-> China"),
    ("verb.prep-object", "Latvia spoke with Estonia and with Finland.",
     "Latvia -speak-> Estonia; Latvia -speak-> Finland"),
    ("verb.reciprocal", "India and China should negotiate a border deal.",
     "India -negotiate-> China; China -negotiate-> India"),
    ("verb.directive-complement", "Germany insisted Serbia recognize Kosovo.", "Germany -insist-> Serbia"),
    ("verb.intention", "Russia threatened to attack Moldova.", "Russia -threaten-> Moldova"),
    ("verb.control-complement", "Japan asked the envoys to visit China.", "Japan -ask-> China"),
    ("noun.between", "Talks between Serbia and Kosovo collapsed.",
     "Serbia -talk-> Kosovo; Kosovo -talk-> Serbia"),
    ("noun.compound-pair", "Indian and Pakistani talks resumed.", "India -talk-> Pakistan; Pakistan -talk-> India"),
    ("noun.prep-target", "The report followed a Russian attack on Ukrainian power plants.",
     "Russia -attack-> Ukraine"),
    ("noun.of-target", "France condemned the Russian invasion of Ukraine.", "Russia -invasion-> Ukraine"),
    ("noun.participle-object", "Analysts warned of possible retaliation from Syria targeting Turkish bases.",
     "Syria -retaliation-> Turkey"),
    ("noun.under", "Chile said it would not sign the pact while under attack from Peru.", "Peru -attack-> Chile"),
    ("noun.clause-subject", "Spain raised the issue during talks with Morocco.", "Spain -talk-> Morocco"),
    ("noun.mutual", "Serbia and Kosovo signed an agreement in Brussels.",
     "Serbia -agreement-> Kosovo; Kosovo -agreement-> Serbia"),
    ("noun.reaction", "North Korea fired a missile, drawing condemnation from Japan.",
     "Japan -condemnation-> North Korea"),
    ("noun.reciprocal", "Raids by Ethiopia and Eritrea against each other continued.",
     "Ethiopia -raid-> Eritrea; Eritrea -raid-> Ethiopia"),
)


def find_actions(doc: Doc, actors: DocActors, *, lexicon: Lexicon | None = None) -> Iterator[Action]:
    """Yield every action between two actors of one parsed article, in document order.

    A verb of leadership that states a role ("X, who heads the council")
    yields no action: it is added to ``actors.affiliations`` instead (once,
    however often the document is read), so this stage and
    :func:`graphkit.build_graph` give the same edges.

    Parameters
    ----------
    doc
        The parsed article.
    actors
        What :func:`graphkit.actors.find_actors` found in it.
    lexicon
        The lexicon (default: graphkit's own).

    Yields
    ------
    Action
        One per source, action word and target read.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import find_actors
    >>> nlp = load_pipeline()
    >>> doc = nlp("Germany sharply criticized Hungary on Monday.")
    >>> [(a.source, a.action, a.target, a.rule) for a in find_actions(doc, find_actors(doc))]
    [('state:DEU', 'criticize', 'state:HUN', 'verb.object')]
    """
    lex = lexicon or load_lexicon()
    r = ActionReader(doc, actors, lex)
    marked = actors.token_actors
    for sent in doc.sents:
        if not any(i in marked for i in range(sent.start, sent.end)):
            continue  # every action has an actor of its own sentence as its source: none here
        for tok in sent:
            if tok.pos_ in VERB_POS and tok.dep_ not in AUX_DEPS:
                found = read_verb(r, tok)
            elif tok.pos_ in NOUN_POS and tok.i not in r.handled_nouns and lex.is_event_noun(tok.lemma_.lower()):
                found = read_noun(r, tok)
            else:
                continue
            for action in found:
                role = leadership_role(lex, action.action, action.source, action.target, action.negated)
                if role is None:
                    yield action
                else:
                    actors.add_affiliation(Affiliation(action.doc_id, action.source, action.target, role,
                                                       action.evidence, action.start_char))
