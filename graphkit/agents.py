"""Agents: role nouns that stand for the state or organization modifying them, and their sector.

"Somali troops", "Kenyan officials", "FARC guerrillas", "a Chilean newspaper": the
noun names people (or an outlet, a weapon) acting for their group, in a
sector of it (CAMEO's idea of an agent: government, military, police,
rebels, media, civilians ...). The table ``graphkit/data/agents.tsv`` holds
the nouns; most rows are derived from PETRARCH-2's ``Phoenix.agents.txt``
by ``scripts/derive_agents.py`` (MIT licence, notice in the table's header),
the rest are graphkit's own.

Examples
--------
>>> agents = load_agents()
>>> agents.sector("soldier"), agents.sector("security force"), agents.sector("port")
('military', 'military', None)
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable

from spacy.tokens import Token

from .errors import TableError
from .lemmas import lower_lemmas
from .syntax import DESCRIPTOR_DEPS, NOMINAL_SUBJECT_DEPS, lower_forms
from .tables import read_rows

__all__ = ["AGENT_FILE", "Agent", "Agents", "described_names", "load_agents"]

#: The packaged table, inside ``graphkit/data``.
AGENT_FILE = "agents.tsv"
_HEADER = ("form", "sector", "source")
#: The sector column's mark for a group noun of no particular sector ("allies").
_NO_SECTOR = "-"


@dataclass(frozen=True)
class Agent:
    """One row of the agent table.

    Attributes
    ----------
    form
        The noun, lower case and lemmatized ("soldier"), or a phrase ending in it ("riot police").
    sector
        The sector of the group it acts for ("military"); ``""`` for none in particular.

    Examples
    --------
    >>> Agent("soldier", "military").sector
    'military'
    """

    form: str
    sector: str


class Agents:
    """The agent table, looked up by form or at a token of a parsed text.

    Parameters
    ----------
    rows
        The table's rows; a form given twice keeps its first row.

    Examples
    --------
    >>> agents = Agents([Agent("soldier", "military"), Agent("riot police", "police")])
    >>> agents.sector("Soldier"), agents.longest
    ('military', 2)
    """

    def __init__(self, rows: Iterable[Agent]) -> None:
        table: dict[str, Agent] = {}
        for row in rows:
            table.setdefault(row.form, row)
        self._rows = MappingProxyType(table)
        #: The most words of a form.
        self.longest = max((len(form.split()) for form in table), default=1)
        # last words of every form: most nouns are rejected without building a phrase
        self._heads = frozenset(form.rsplit(" ", 1)[-1] for form in table)

    def sector(self, form: str) -> str | None:
        """The sector of a form, ``""`` for a group noun of no sector, None for no agent.

        Parameters
        ----------
        form
            A noun or phrase as the table spells it (case does not matter).

        Returns
        -------
        str or None

        Examples
        --------
        >>> load_agents().sector("ally"), load_agents().sector("villa")
        ('', None)
        """
        row = self._rows.get(" ".join(form.lower().split()))
        return None if row is None else row.sector

    def ends_form(self, word: str) -> bool:
        """Whether some form of the table ends in ``word``: :meth:`at` finds nothing at a noun whose lemma and
        lower-case form both do not.

        Parameters
        ----------
        word
            A lemma or a word, in lower case.

        Returns
        -------
        bool

        Examples
        --------
        >>> agents = Agents([Agent("soldier", "military"), Agent("riot police", "police")])
        >>> agents.ends_form("police"), agents.ends_form("riot"), agents.ends_form("soldiers")
        (True, False, False)
        """
        return word in self._heads

    def at(self, head: Token) -> tuple[int, Agent] | None:
        """The longest agent phrase ending at a noun: its first token's index and its row.

        The head is looked up by lemma, then as written ("gunmen" -> "gunman"; "media"); words
        before it as written, in lower case ("riot police", "security forces").

        Parameters
        ----------
        head
            A noun of a parsed document.

        Returns
        -------
        tuple of (int, Agent) or None
            None when no form of the table ends at ``head``.

        Examples
        --------
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["Malian", "security", "forces"],
        ...           lemmas=["Malian", "security", "force"])
        >>> start, agent = load_agents().at(doc[2])
        >>> start, agent.form, agent.sector, load_agents().at(doc[0])
        (1, 'security force', 'military', None)
        """
        i, doc = head.i, head.doc
        # the lemma and the form off the Doc's columns: most nouns end no form, and a Token's own are string lookups
        forms = lower_forms(doc)
        lemma, written = lower_lemmas(doc)[i], forms[i]
        for last in (lemma,) if lemma == written else (lemma, written):
            if last not in self._heads:
                continue
            for size in range(min(self.longest, i + 1), 0, -1):
                start = i - size + 1
                form = " ".join(forms[start:i] + [last])
                row = self._rows.get(form)
                if row is not None:
                    return start, row
        return None

    def __len__(self) -> int:
        return len(self._rows)


def described_names(noun: Token) -> list[Token] | None:
    """The names a noun describes rather than stands for its owner, or None when it describes none.

    "the newspaper Pagina Doce", "rebel leader Ali": the name that follows; "Pagina Doce, the
    Argentine newspaper", "X is a newspaper": the noun describes what it hangs on, named elsewhere (an empty
    list).

    Parameters
    ----------
    noun
        A noun of a parsed document.

    Returns
    -------
    list of Token or None

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "newspaper", "Tribuna", "said"], heads=[1, 3, 1, 3],
    ...           deps=["det", "nsubj", "appos", "ROOT"], pos=["DET", "NOUN", "PROPN", "VERB"])
    >>> [t.text for t in described_names(doc[1])], described_names(doc[2]), described_names(doc[3])
    (['Tribuna'], [], None)
    """
    if noun.dep_ in DESCRIPTOR_DEPS:
        return []
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or nxt.ent_type_ in ("DATE", "TIME"):
        return None
    name = nxt
    while name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    # "a proposal Togo rejected": the name is the subject of a clause of its own
    return None if name.dep_ in NOMINAL_SUBJECT_DEPS else [nxt]


def parse_agents(table: str | os.PathLike = AGENT_FILE) -> list[Agent]:
    """The rows of an agent table.

    Parameters
    ----------
    table
        ``"agents.tsv"`` (the packaged table) or a path.

    Returns
    -------
    list of Agent

    Raises
    ------
    TableError
        On a malformed row (an empty form or sector).

    Examples
    --------
    >>> any(a.form == "rebel" and a.sector == "rebels" for a in parse_agents())
    True
    """
    rows = []
    for number, (form, sector, _source) in read_rows(table, _HEADER):
        if not form or not sector:
            raise TableError(f"{AGENT_FILE}:{number}: empty form or sector")
        rows.append(Agent(form, "" if sector == _NO_SECTOR else sector))
    return rows


@functools.lru_cache(maxsize=1)
def load_agents() -> Agents:
    """The agent table shipped in ``graphkit/data``, parsed once per process.

    Returns
    -------
    Agents
        One shared instance (cached): do not change it.

    Examples
    --------
    >>> load_agents() is load_agents(), len(load_agents()) > 1000
    (True, True)
    """
    return Agents(parse_agents())


# where agent_at keeps the agent phrases found at a Doc's tokens in its user_data
_AT_KEY = "graphkit.agents.at"


def agent_at(token: Token) -> tuple[int, Agent] | None:
    """``load_agents().at(token)``, found once per token of a Doc: coreference and the action readers ask it of the
    same nouns.

    Parameters
    ----------
    token
        A token of a parsed document.

    Returns
    -------
    tuple of (int, Agent) or None
        As :meth:`Agents.at` (kept in ``doc.user_data``).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Somali", "troops"], lemmas=["Somali", "troop"])
    >>> agent_at(doc[1]) == load_agents().at(doc[1]) != None, agent_at(doc[0])
    (True, None)
    """
    user_data = token.doc.user_data
    found = user_data.get(_AT_KEY)
    if found is None:
        found = user_data[_AT_KEY] = {}
    i = token.i
    if i not in found:
        found[i] = load_agents().at(token)
    return found[i]
