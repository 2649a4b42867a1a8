"""Organizations the model did not tag, and the members of parties.

Passes of :func:`graphkit.actors.find_actors`:

* :func:`find_untagged_organizations`, after the names are typed: a
  capitalised name joined by "and" to an organization ("the airlines Norvik and
  Q-Telco"), a party named by its family ("the Tories", "Labour") or by a
  capitalised run ending in "Party" ("Freedom Party"), a name the article
  describes as an organization ("oil producer Sibvex", "Ryvex boss Ana Ruiz"),
  and every other mention of an organization's name the model left untagged
  ("Norvik chairman Ana Ruiz");
* :func:`party_members`, after the people: "Conservative Ana Ruiz", "Tory MEP
  Ana Ruiz" make her a member of the party; "Labour MPs" stand for the party.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.tokens import Span, Token

from ..sentences import sentence_start
from ..syntax import PLURAL_TAGS, PROPER_TAGS, doc_text, entity_types, fine_tags, lower_forms
from . import keys
from .classify import add_organization, add_party, names_party
from .lookup import capitalised_tokens, opens_participle_clause, state_forms, title_between
from .mentions import article_words, organization_cue
from .orgwords import OrgWords, load_org_words
from .records import ORGANIZATION
from .table import ActorTable

__all__ = ["find_untagged_organizations", "party_members"]

#: Entity labels a word of an untagged organization may carry (the model's own organizations are typed).
_FREE_LABELS = ("", "NORP")
#: Labels of no actor the model also gives to an organization's acronym it typed elsewhere in the article
#: ("the group MNLA" read as a product): a repeated acronym is still the organization.
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "CARDINAL"})



def find_untagged_organizations(table: ActorTable) -> None:
    """Pass: organizations named by words the model did not tag as one.

    Parameters
    ----------
    table
        The actor table after :func:`~graphkit.actors.classify.type_spans`; each
        organization found is registered and mentioned, its words consumed.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import PASSES
    >>> table = ActorTable(load_pipeline()("The Tories and Labour clashed. Veltro Holdings chairman Ana Ruiz left."))
    >>> _ = [step(table) for step in PASSES[:PASSES.index(find_untagged_organizations) + 1]]
    >>> sorted(m.actor for m in table.finish().mentions if m.actor.startswith("org:"))
    ['org:conservative party', 'org:labour party', 'org:veltro holdings']
    """
    words = load_org_words()
    _conjoined_organizations(table)
    _parties(table, words)
    _described_organizations(table, words)
    _repeated_names(table)
    _spelled_out_acronyms(table)


def _unread(table: ActorTable, tok: Token) -> bool:
    """A token no pass has read."""
    return tok.i not in table.consumed and not table.of(tok)


def _free(table: ActorTable, tok: Token) -> bool:
    """A token no pass has read and the model gave no name of its own."""
    return _unread(table, tok) and tok.ent_type_ in _FREE_LABELS


def _name_word(table: ActorTable, tok: Token) -> bool:
    """A capitalised proper noun that may be part of an organization's name: free, no state, no title, no
    member ("MEPs")."""
    return _free(table, tok) and tok.text[:1].isupper() and tok.tag_ in PROPER_TAGS \
        and not state_forms(table.gaz, tok.text) and title_between(table.lex, tok.doc, tok.i, tok.i + 1) is None \
        and load_org_words().member_role(tok.text) is None and tok.lower_ not in table.candidates.known_names \
        and not opens_participle_clause(table.lex, tok)


def _compound_span(table: ActorTable, head: Token) -> Span | None:
    """The untagged name ``head`` ends: it and the capitalised words and hyphens compounded to it ("Q-Telco")."""
    doc = table.doc
    start = head.i
    while start > sentence_start(doc, head.i) and doc[start - 1].head.i == head.i and (
            doc[start - 1].dep_ == "compound" and _name_word(table, doc[start - 1])
            or doc[start - 1].text == "-" and start - 2 >= 0 and _name_word(table, doc[start - 2])):
        start -= 1
    if doc[start].text == "-":
        return None
    return doc[start:head.i + 1]


def _conjoined_organizations(table: ActorTable) -> None:
    """"the airlines Norvik and Q-Telco": an untagged name joined by "and" to an organization is one."""
    doc = table.doc
    for (start, end), key in sorted(table.span_keys.items()):
        if not keys.is_org(key):
            continue  # told from the key before the root's Token object is made: most names are states
        first = doc[start:end].root
        if first.ent_type_ != "ORG" or first.dep_ == "conj" or key in table.of(first.head):
            continue  # not the head of an organization's name ("... of State, County and ...")
        for tok in first.conjuncts:
            if tok.i < first.i or not _name_word(table, tok) or tok.i + 1 < len(doc) \
                    and doc[tok.i + 1].tag_ in PROPER_TAGS or any(c.dep_ == "poss" for c in tok.children):
                continue  # "X and its MEPs": a name takes no possessive
            span = _compound_span(table, tok)
            if span is not None:
                add_organization(table, span)


def _parties(table: ActorTable, words: OrgWords) -> None:
    """Parties named by their family ("the Tories", "Labour", "Liberal Democrat peer") and untagged
    capitalised runs ending in "Party" ("Freedom Party")."""
    doc = table.doc
    found = article_words(doc)
    if "party" not in found and found.isdisjoint(words.party_first_words):
        return  # (no union of the word sets made per Doc)
    for i in capitalised_tokens(doc):  # told from the text: no Token object for a word in lower case
        tok = doc[i]
        if not _free(table, tok):
            continue
        if tok.lower_ == "party" and tok.tag_ in PROPER_TAGS:
            _party_run(table, tok)
            continue
        found = _party_words(table, tok, words)
        if found is not None and _party_use(table, found[0]):
            add_party(table, *found)


def _party_words(table: ActorTable, tok: Token, words: OrgWords,
                 free: Callable[[ActorTable, Token], bool] = _free) -> tuple[Span, str] | None:
    """The party form (one or two ``free`` capitalised words, and a "Party" after them) starting at ``tok``,
    and the party's canonical name."""
    doc = table.doc
    if tok.lower_ not in words.party_first_words:
        return None
    for size in (2, 1):
        span = doc[tok.i:tok.i + size]
        name = words.party(span.text) if len(span) == size else None
        if name is not None and all(free(table, t) and t.text[:1].isupper() for t in span):
            if span.end < len(doc) and doc[span.end].lower_ == "party":
                span = doc[span.start:span.end + 1]
            return span, name
    return None


def _party_use(table: ActorTable, span: Span) -> bool:
    """Whether a party word names the party here: a noun of its own ("the Tories said"), or a modifier of a
    person, a member or office ("Tory MEP"), or a word like "government", "leader", "Party"; not part of another
    name ("Republican Guard", "Green Zone") nor a capitalised word opening a sentence ("Green shoots ..."),
    unless a member, an office or a name follows it there ("Labour MP Ana Ruiz said ...")."""
    if not names_party(table, span):
        return False
    doc = table.doc
    first, last = span[0], span[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    named = after is not None and (after.ent_type_ == "PERSON" or after.lower_ == "party"
                                   or title_between(table.lex, after.doc, after.i, after.i + 1) is not None
                                   or load_org_words().member_role(after.text) is not None
                                   or any(keys.is_person(k) for k in table.of(after)))
    if first.i == sentence_start(doc, first.i) and first.ent_type_ != "NORP" and not last.tag_.endswith("S") and not named:
        return False
    return after is None or not after.text[:1].isupper() or named


def _party_run(table: ActorTable, party: Token) -> None:
    """"Freedom Party", "UK Freedom Party": capitalised words before a capitalised "Party" the model
    did not tag."""
    doc = table.doc
    start = party.i
    while start > sentence_start(doc, party.i) and (
            _free(table, doc[start - 1]) and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
            and doc[start - 1].tag_ in PROPER_TAGS | {"JJ"}):
        start -= 1
    if start < party.i:
        add_organization(table, doc[start:party.i + 1])


def _described_organizations(table: ActorTable, words: OrgWords) -> None:
    """Untagged names the article describes as organizations (:func:`~graphkit.actors.mentions.organization_cue`):
    "oil producer Sibvex", "Ryvex boss Ana Ruiz", "Norvik Holdings"; a nationality is none ("Soviet chairman")."""
    doc = table.doc
    found = article_words(doc)
    if all(found.isdisjoint(cues) for cues in (words.org_nouns, words.trade_nouns, words.words("org_part_noun"),
                                                words.words("company_suffix"))):
        return  # no cue word in the article (no union of the word sets made per Doc)
    tags, labels = fine_tags(doc), entity_types(doc)
    for i, tag in enumerate(tags):
        if tag not in PROPER_TAGS or labels[i]:
            continue  # read from the Doc's columns: a Token object only for an untagged proper noun
        if i + 1 < len(doc) and tags[i + 1] in PROPER_TAGS:
            continue  # not the last word of an untagged name ("Norvik Energy"), told before the lookups below
        tok = doc[i]
        if not _name_word(table, tok) or tok.i + 1 < len(doc) and doc[tok.i + 1].like_num:
            continue  # not the last word of an untagged name ("Channel 4")
        span = _compound_span(table, tok)
        if span is not None and organization_cue(span, table.lex, words):
            add_organization(table, span)


def _repeated_names(table: ActorTable) -> None:
    """Every untagged mention of the name of an organization the article typed ("Norvik chairman Ana Ruiz"
    after "the firm Norvik"): the same words are the same organization, unless a capitalised word continues
    them into another name ("Norvik Energy")."""
    doc = table.doc
    text = doc_text(doc)
    names = {name: key for key in sorted(table.plain_orgs)
             for name in (table.label(key), table.bare_names.get(key, "")) if name[:1].isupper()
             and name.lower() not in table.candidates.known_names}
    for name in sorted(names, key=len, reverse=True):
        if name not in text:
            continue  # no match without the words (spares compiling the pattern and scanning the text with it)
        for start, end in _whole_word_matches(text, name):
            span = doc.char_span(start, end)
            if span is None or not all(_free(table, t) or _misread_acronym(table, t, name) for t in span) \
                    or span.end < len(doc) \
                    and doc[span.end].tag_ in PROPER_TAGS and doc[span.end].text[:1].isupper() \
                    and title_between(table.lex, doc, span.end, span.end + 1) is None:
                continue
            table.mention(names[name], span, "name")
            table.consumed.update(range(span.start, span.end))


def _whole_word_matches(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``re.finditer(rf"(?<!\\w){re.escape(name)}(?!\\w)", text)`` matches, found with ``str.find`` (no
    pattern compiled per name); ``\\w`` is ``str.isalnum`` or ``_``, as the ``re`` module reads it."""
    out: list[tuple[int, int]] = []
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            out.append((at, end))
            at = text.find(name, end if size else end + 1)  # the next match starts after this one, as finditer's
        else:
            at = text.find(name, at + 1)
    return out


def _is_word_char(c: str) -> bool:
    """A character ``re``'s ``\\w`` matches in a str pattern."""
    return c.isalnum() or c == "_"


#: Small words an organization's name may hold that its acronym skips ("Movement for Unity and Justice in the Sahel").
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "in", "on", "&"})


def _spelled_out_acronyms(table: ActorTable) -> None:
    """An acronym no pass has read whose letters begin the capitalised words of a name the article spells out
    ("MUJS" after "the Movement for Unity and Justice in the Sahel"): the organization of that name, which the model
    may have cut short; every unread mention of the acronym is it."""
    doc = table.doc
    text = doc_text(doc)
    # the all-capital words of three letters or more, told from the Doc's columns at once (spaCy's flags are
    # str.isalpha and str.isupper of the word; most tokens are none: no Token object is made for them)
    flags = doc.to_array([IS_ALPHA, IS_UPPER, LENGTH]) if len(doc) else numpy.zeros((0, 3), dtype="uint64")
    found = numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 1) & (flags[:, 2] >= 3))
    capitals = [doc[int(i)] for i in found]
    if not capitals:
        return
    defined = {t.text for t in capitals
               if 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"}
    for word in sorted({t.text for t in capitals if _is_bare_acronym(table, t)} - defined):  # "(AFP)": its own pass
        pattern = r"(?<![\w-])" + r"\s+(?:(?:of|and|the|for|in|on|&)\s+)*".join(
            rf"{c}[a-z]+" for c in word) + r"(?![\w-])"
        match = re.search(pattern, text)
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if match else None
        if span is None:
            continue
        owned = [k for t in span for k in table.of(t) if k.startswith("org:")]
        key = owned[0] if owned else table.actor(keys.org_key(span.text), span.text, ORGANIZATION)
        for t in capitals:
            if t.text == word and _is_bare_acronym(table, t):
                table.mention(key, t, "name")
                table.consumed.add(t.i)


def _is_bare_acronym(table: ActorTable, tok: Token) -> bool:
    """An all-capital word of three letters or more that names no actor and no state."""
    return len(tok.text) >= 3 and tok.text.isalpha() and tok.text.isupper() and _unread(table, tok) \
        and (tok.ent_type_ in _FREE_LABELS or tok.ent_type_ in _MISREAD_LABELS or tok.ent_type_ == "ORG") \
        and not state_forms(table.gaz, tok.text)


def _misread_acronym(table: ActorTable, tok: Token, name: str) -> bool:
    """An unread token of an all-capital name that the model tagged as no actor ("MNLA" a product)."""
    return name.isupper() and len(name) >= 2 and _unread(table, tok) and tok.ent_type_ in _MISREAD_LABELS


def party_members(table: ActorTable) -> None:
    """Pass: the members a party's name modifies through a member noun: "Tory MEP Ana Ruiz" is a member
    (an MEP) of the party; a plural member noun ("Labour MPs") stands for the party. A bare "Conservative
    Ana Ruiz" gives no affiliation: news writes it of voters and of office holders of the state alike.

    Parameters
    ----------
    table
        The actor table after the people pass; the member is affiliated with the
        role the member noun gives ("MEP"), else ``member``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> from graphkit.actors import PASSES
    >>> table = ActorTable(load_pipeline()("Tory MEP John Smith criticised Labour MPs."))
    >>> _ = [step(table) for step in PASSES[:PASSES.index(party_members) + 1]]  # up to and with this pass
    >>> [(a.member, a.group, a.role) for a in table.affiliations]
    [('person:john smith', 'org:conservative party', 'MEP')]
    >>> [m.actor for m in table.finish().mentions if m.text == "MPs"]
    ['org:labour party']
    """
    doc = table.doc
    words = load_org_words()
    parties = {k for k in table.keys_of_type("organization")
               if table.label(k).split()[-1] in ("Party", "Democrats") or words.party(table.label(k)) is not None}
    if not parties and not words.party_first_words & article_words(doc):
        return
    lowers = lower_forms(doc)
    for n, lower in enumerate(lowers):
        if lower not in words.party_first_words and not table.of_index(n):
            continue  # neither a party word nor a word of a name: no Token object made for it
        tok = doc[n]
        bare = _party_words(table, tok, words, _unread) if _unread(table, tok) else None
        if bare is not None and bare[0].end < len(doc) and any(keys.is_person(k) for k in table.of(doc[bare[0].end])) \
                and (tok.i > sentence_start(doc, tok.i) or tok.ent_type_ == "NORP"):
            add_party(table, *bare)  # "Democrat Ana Ruiz": the party, and no office of hers given to it
            continue
        found = [k for k in table.of(tok) if keys.is_org(k)]
        if not found or (tok.i + 1 < len(doc) and found[0] in table.of(doc[tok.i + 1])):
            continue  # not the last word of an organization's name
        party = found[0]
        if party not in parties:
            continue
        role, i = None, tok.i + 1
        while i < len(doc) and i < tok.i + 4 and not table.of(doc[i]):
            member = words.member_role(doc[i].text)
            if member is None and title_between(table.lex, doc, i, i + 1) is None:
                break
            role = role or member
            if member is not None and (doc[i].tag_ in PLURAL_TAGS or doc[i].lower_.endswith("s")) \
                    and i not in table.consumed:
                table.mention(party, doc[i], "group")  # "Labour MPs": the party as a group
            i += 1
        people = [k for k in table.of(doc[i]) if keys.is_person(k)] if i < len(doc) and role else []
        if people and not any(a.member == people[0] and a.group == party for a in table.affiliations):
            table.affiliate(people[0], party, role, doc[i])  # "Tory MEP Ana Ruiz"; a bare "Tory Ana Ruiz" says less
