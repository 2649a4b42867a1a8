"""Actors: find every mention of a person, state or organization in a parsed article and resolve the
mentions to one actor each, with the roles that link people to states and organizations.

:func:`find_actors` runs the passes of :data:`PASSES` in order over one
:class:`~graphkit.actors.table.ActorTable`; each pass lives in the module
named for its job:

========================  =====================================================================
module                    job
========================  =====================================================================
``records``               the plain records: Mention, Actor, Affiliation, DocActors
``keys``                  building actor keys and reading them back
``table``                 the actor table the passes share (public methods only)
``lookup``                state forms, titles and owners at a place in the text
``mentions``              candidate spans from NER; headlines and bylines dropped
``classify``              typing spans: state, institution, organization, location
``organizations``         untagged organizations, parties and their members
``orgwords``              the words that type a name as an organization (``org_words.tsv``)
``bodies``                bodies of a state named by their role ("Kenya's foreign ministry")
``people``                person names clustered into one actor each
``roles``                 titles, appositives, "whose", leadership verbs -> affiliations
``coref``                 pronouns, titles alone, "both governments", "the coalition"
``descriptions``          what "the firm", "the Indian firm", "the party" may mean: kinds and ties of organizations
========================  =====================================================================

Everything returned is plain data (no spaCy objects) except the token map
that :mod:`graphkit.actions` reads from the same ``Doc``.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..names import clean
from ..states import Gazetteer
from . import bodies, classify, coref, mentions, organizations, people, roles
from .keys import person_key
from .records import LOCATION, ORGANIZATION, PERSON, STATE, Actor, Affiliation, DocActors, Mention
from .table import ActorTable

__all__ = ["PASSES", "LOCATION", "ORGANIZATION", "PERSON", "STATE", "Actor", "ActorTable", "Affiliation",
           "DocActors", "Mention", "clean", "find_actors", "person_key"]

#: A pass reads and extends the actor table of one document.
Pass = Callable[[ActorTable], None]

#: The passes of :func:`find_actors`, in the order they run.
PASSES: tuple[Pass, ...] = (
    mentions.find_candidates,      # NER spans: people and the rest; headlines, bylines, weapons out
    people.find_described_people,  # "Harlow, a professor at ...", "Ana Ruiz, 47,": people whatever the tagger said
    people.find_killing_parties,   # "Okonkwo shot Brandt", "the murder of Brandt": people whatever the tagger said
    classify.type_spans,           # states, institutions, organizations, places; acronyms
    organizations.find_untagged_organizations,  # "Norvik and Q-Telco", "the Tories", "Norvik chairman"
    classify.merge_name_variants,  # "Treasury" is the "National Treasury"; "BSRC" the "Baltic ... Corporation"
    people.find_untagged_surnames,  # a surname the model did not tag
    classify.scan_gazetteer,       # state and organization names the model missed
    bodies.add_bodies,             # "Kenya's foreign ministry", "the ministry"
    bodies.add_committees,         # "the Lords science committee"
    people.add_people,             # person names clustered; their titles -> roles and affiliations
    organizations.party_members,   # "Tory MEP Ana Ruiz", "Labour MPs"
    roles.whose_affiliations,      # "Scholz, whose party ..."
    coref.resolve_references,      # pronouns, "the president", "both governments", "the group"
    coref.person_governments,      # "Scholz's government"
    roles.role_affiliations,       # "Ana Ruiz, a spokeswoman for the agency", "Ana Ruiz at the Acme Institute"
    roles.membership_affiliations,  # "the coalition includes France and Jordan", "Turkey, a member of NATO"
    people.known_people,           # a full name the text ties to nothing: the office holder table's states
)


def find_actors(doc: Doc, doc_id: str = "", *, gazetteer: Gazetteer | None = None,
                lexicon: Lexicon | None = None) -> DocActors:
    """Find and resolve the actors of one parsed article.

    Parameters
    ----------
    doc
        A spaCy ``Doc`` with NER and a dependency parse.
    doc_id
        The document id stored in every mention.
    gazetteer, lexicon
        Knowledge tables (default: graphkit's own, loaded once).

    Returns
    -------
    DocActors
        Actors keyed by a stable key (``state:FRA``, ``person:emmanuel macron``,
        ``org:le monde``, ``org:foreign ministry@KEN``, ``location:sahel``),
        their mentions, affiliations, and the token -> actor map.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> found = find_actors(nlp("French President Emmanuel Macron met Macron's allies in Paris."))
    >>> sorted(a.label for a in found.actors.values())
    ['Emmanuel Macron', 'France']
    """
    table = ActorTable(doc, doc_id, gazetteer, lexicon)
    for step in PASSES:
        step(table)
    return table.finish()
