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
from ..lemmas import lemma_of, lower_lemmas
from ..lexicon import Lexicon, load_lexicon
from ..syntax import AUX_DEPS, NOMINAL_DEPS, NOUN_POS, VERB_POS, coarse_tags, lower_forms
from ..tables import read_rows
from .nouns import read_agent_noun, read_noun
from .reader import ActionReader
from .records import ASSERTED, HYPOTHETICAL, REPORTED, Action, Modality
from .verbs import read_verb

__all__ = ["ASSERTED", "HYPOTHETICAL", "REPORTED", "RULES", "Action", "Modality", "find_actions"]

#: Every rule: (name, a sentence it reads, the edges it yields there as "source -action-> target"), from
#: ``graphkit/data/rules.tsv``. The tests read each sentence and check that these edges, with this rule, are found.
RULES: tuple[tuple[str, str, str], ...] = tuple(
    (rule, example, yields) for _, (rule, example, yields) in read_rows("rules.tsv", ("rule", "example", "yields")))


#: The parts of speech a verb or noun reader of :func:`find_actions` takes (an agent noun is read whatever its tag).
_READ_POS = VERB_POS | NOUN_POS


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
    agent_nouns = lex.words("agent_noun")
    lemmas, tags, forms, deps = lower_lemmas(doc), coarse_tags(doc), lower_forms(doc), r.labels
    for sent in doc.sents:
        if not any(i in marked for i in range(sent.start, sent.end)):
            continue  # every action has an actor of its own sentence as its source: none here
        for i in range(sent.start, sent.end):
            lemma, tag, form = lemmas[i], tags[i], forms[i]
            if tag not in _READ_POS and lemma not in agent_nouns and form not in agent_nouns:
                continue  # no verb, noun or agent noun: none of the readers below takes it
            # the token's form, part of speech and label read off the Doc's arrays: most nouns are no event
            if (form in agent_nouns or lemma in agent_nouns) \
                    and (tag not in VERB_POS or deps[i] in NOMINAL_DEPS or lex.action(lemma_of(doc[i]), "VERB") is None):
                found = read_agent_noun(r, doc[i])  # "Brown's assassin, Smith" (tagged a verb at times)
            elif tag in VERB_POS and deps[i] not in AUX_DEPS:
                found = read_verb(r, doc[i])
            elif tag in NOUN_POS and i not in r.handled_nouns and lex.is_event_noun(lemma):
                found = read_noun(r, doc[i])
            else:
                continue
            for action in found:
                role = leadership_role(lex, action.action, action.source, action.target, action.negated)
                if role is None:
                    yield action
                elif action.modality != HYPOTHETICAL:  # "nominated to head the council" states no role yet
                    actors.add_affiliation(Affiliation(action.doc_id, action.source, action.target, role,
                                                       action.evidence, action.start_char))
