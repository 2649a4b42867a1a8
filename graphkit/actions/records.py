"""The record of the action stage: one :class:`Action` per reading, and its modality.

Examples
--------
>>> a = Action("d1", "state:FRA", "state:DEU", "praise", "VERB", False, ASSERTED, "support",
...            "verbal-cooperation", "France praised Germany.", 7, 14, "verb.object")
>>> a.rule, a.modality, a.source_sector
('verb.object', 'asserted', '')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

__all__ = ["ASSERTED", "HYPOTHETICAL", "REPORTED", "Action", "Modality", "with_fields"]

#: Whether the text says an action happened, might happen, or that someone says it happened.
Modality = Literal["asserted", "hypothetical", "reported"]
ASSERTED: Modality = "asserted"
HYPOTHETICAL: Modality = "hypothetical"
REPORTED: Modality = "reported"


@dataclass(frozen=True)
class Action:
    """One action read from one sentence: ``source`` did ``action`` to ``target``.

    ``rule`` names the construction it was read by (see the README's table of
    rules and :data:`graphkit.actions.RULES`); ``pos`` is ``VERB`` or ``NOUN``
    (an event noun); ``category`` and ``quad`` come from ``action_classes.tsv``;
    ``start_char``/``end_char`` are the offsets of the action word.

    Attributes
    ----------
    doc_id
        The document it was read in.
    source, target, action
        Actor keys of who acts and of whom it is aimed at, and the lemma of
        the action word ("attack", "hand over").
    negated, modality
        Whether the text says it did not (or will not) happen, and whether
        it is asserted, hypothetical or reported (:data:`Modality`).
    evidence
        The sentence it was read from.
    sentence
        The number of that sentence in the document (0-based; -1 when unknown).
    date, date_source, date_text
        When it happened (ISO ``YYYY-MM-DD``, ``""`` when unknown), where that
        came from (``sentence``, ``document`` or ``none``) and the date
        expression of its sentence it was read from (``""`` when none; see
        :mod:`graphkit.dates`).
    source_sector, target_sector
        When an end was read through a group noun standing for its state or
        organization ("Somali *troops*", "Kenyan *officials*"), the sector the
        group acts in (``"military"``, ``"government"``; :mod:`graphkit.agents`);
        else ``""``.

    Examples
    --------
    >>> a = Action("d1", "state:RUS", "state:UKR", "attack", "NOUN", False, HYPOTHETICAL, "assault",
    ...            "material-conflict", "Russia may launch an attack on Ukraine.", 21, 27, "light-verb.event-noun")
    >>> a.evidence[a.start_char:a.end_char], a.modality  # offsets are the document's; here it is one sentence
    ('attack', 'hypothetical')
    >>> a.negated = True
    Traceback (most recent call last):
    ...
    dataclasses.FrozenInstanceError: cannot assign to field 'negated'
    """

    doc_id: str
    source: str
    target: str
    action: str
    pos: str
    negated: bool
    modality: Modality
    category: str
    quad: str
    evidence: str
    start_char: int
    end_char: int
    rule: str
    sentence: int = -1
    date: str = ""
    date_source: str = "none"
    date_text: str = ""
    source_sector: str = ""
    target_sector: str = ""


_Record = TypeVar("_Record")
_new_object, _set_attribute = object.__new__, object.__setattr__


def with_fields(record: _Record, **changes: object) -> _Record:
    """``dataclasses.replace(record, **changes)`` without running ``__init__``: a copy with some fields changed.

    For a dataclass record with no ``__post_init__``, ``InitVar`` nor slots
    (:class:`Action`, the records of :mod:`graphkit.actors.records`): the copy's
    fields are the same objects in the same order, so it is equal, hashes and
    pickles the same as ``dataclasses.replace`` would make it, at a tenth of the
    cost (a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``).

    Parameters
    ----------
    record
        The record to copy.
    **changes
        New values of some of its fields.

    Returns
    -------
    same type as ``record``
        A new record (``record`` is left as it was).

    Raises
    ------
    TypeError
        When a change names no field of the record, as ``dataclasses.replace`` would.

    Examples
    --------
    >>> import dataclasses
    >>> a = Action("d1", "state:FRA", "state:DEU", "praise", "VERB", False, ASSERTED, "support",
    ...            "verbal-cooperation", "France praised Germany.", 7, 14, "verb.object")
    >>> b = with_fields(a, sentence=0, date_text="Monday")
    >>> b == dataclasses.replace(a, sentence=0, date_text="Monday"), (a.sentence, b.sentence)
    (True, (-1, 0))
    """
    fields = record.__dict__
    if not fields.keys() >= changes.keys():
        raise TypeError(f"{type(record).__name__} has no field {sorted(changes.keys() - fields.keys())[0]!r}")
    copy = _new_object(type(record))
    values = fields.copy()  # in field order; a change keeps its field's place
    values.update(changes)
    _set_attribute(copy, "__dict__", values)
    return copy
