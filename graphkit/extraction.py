"""One document's extraction: the plain data that leaves the spaCy stage.

Past this module nothing holds a spaCy ``Doc``: an :class:`Extraction` can be
pickled to another process, cached, or merged into a graph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .actions import Action, find_actions
from .actors import Actor, Affiliation, Mention, find_actors
from .dates import date_extraction, locate_dates
from .documents import Document
from .lexicon import Lexicon, load_lexicon
from .sentences import index_sentences
from .states import Gazetteer, load_gazetteer


@dataclass(frozen=True)
class Extraction:
    """Actors, mentions, affiliations and actions of one document.

    Attributes
    ----------
    doc_id, title, date, source, url
        The document's id, title, date, where it was read from and its web
        address (:class:`~graphkit.documents.Document`).
    actors
        Its actors (:class:`~graphkit.actors.Actor`), sorted by key.
    mentions, affiliations
        Its :class:`~graphkit.actors.Mention` records in reading order and its
        :class:`~graphkit.actors.Affiliation` records.
    actions
        The :class:`~graphkit.actions.Action` records read, in document order.
    mention_counts
        Actor key -> how many counted mentions the document has of it.

    Examples
    --------
    >>> import pickle
    >>> e = Extraction("d1", title="Talks", mention_counts={"state:FRA": 2})
    >>> pickle.loads(pickle.dumps(e)) == e, e.actions
    (True, ())
    """

    doc_id: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    actions: tuple[Action, ...] = ()
    mention_counts: dict[str, int] = field(default_factory=dict)


def extract(doc: Doc, document: Document, *, gazetteer: Gazetteer | None = None,
            lexicon: Lexicon | None = None) -> Extraction:
    """Read actors and actions from one parsed document.

    Parameters
    ----------
    doc
        The document parsed by the pipeline (:func:`graphkit.nlp.load_pipeline`).
    document
        The document it was parsed from: its id, title, date, source and url go into the result.
    gazetteer, lexicon
        Knowledge tables (default: the packaged ones, loaded once).

    Returns
    -------
    Extraction
        Plain data: no spaCy object is left in it. Each action carries its
        sentence number and date (:mod:`graphkit.dates`).

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> d = Document(id="x", text="Japan thanked Canada.")
    >>> e = extract(nlp(d.text), d)
    >>> [(a.source, a.action, a.target) for a in e.actions]
    [('state:JPN', 'thank', 'state:CAN')]
    """
    gaz = gazetteer or load_gazetteer()
    lex = lexicon or load_lexicon()
    index_sentences(doc)  # the passes ask tok.sent thousands of times
    found = find_actors(doc, document.id, gazetteer=gaz, lexicon=lex)
    actions = list(find_actions(doc, found, lexicon=lex))  # adds the roles verbs state to found.affiliations
    actions = locate_dates(doc, actions)
    counts = Counter(m.actor for m in found.mentions)
    return date_extraction(Extraction(
        doc_id=document.id, title=document.title, date=document.date, source=document.source, url=document.url,
        actors=tuple(found.actors[k] for k in sorted(found.actors)),
        mentions=tuple(found.mentions), affiliations=tuple(found.affiliations),
        actions=tuple(actions), mention_counts=dict(sorted(counts.items())),
    ))
