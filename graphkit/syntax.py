"""The grammar both extraction stages read: dependency labels, tags and closed-class words, as named sets.

Open-class words (which nouns name an act, which verbs are causative ...)
are knowledge and live in ``graphkit/data/word_classes.tsv``
(:meth:`graphkit.lexicon.Lexicon.words`); what stays here is the grammar of
English as spaCy's English pipelines label it (ClearNLP dependency labels,
Penn Treebank tags) and the function words a rule tests for.

A rule that tests a word's lemma reads it with
:func:`graphkit.lemmas.lemma_of` (``lemma_of(tok).lower() in ...``), never
``tok.lemma_``: graphkit's pipeline computes a lemma only when it is asked
for (see :mod:`graphkit.lemmas`), so ``tok.lemma_`` of a token nobody asked
about is empty.

Examples
--------
>>> "dative" in OBJECT_DEPS, "poss" in OWNER_DEPS
(True, True)
"""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

# -- dependency labels ----------------------------------------------------------------------

#: Subjects of an active verb.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Nominal subjects of an active or a passive verb (what a pronoun may stand for).
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Children that make a verb passive.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
#: Objects of a verb: direct and indirect.
OBJECT_DEPS = frozenset({"dobj", "dative"})
#: Auxiliaries, which are never actions of their own.
AUX_DEPS = frozenset({"aux", "auxpass"})
#: Prepositions hung on a head (the passive agent "by" is ``agent``).
PREP_DEPS = frozenset({"prep", "agent"})
#: Where a second preposition of a coordination may hang ("with A and with B").
PREP_CHAIN_DEPS = frozenset({"prep", "agent", "dative", "conj"})
#: Modifiers that name who a noun belongs to ("Kenya's", "Chilean", "U.K.", "Kast's").
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: Modifiers of a noun that may name which one it is ("navy ships", "army-backed").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: A possessor or a noun in front ("Scholz's government", "the Assad regime").
POSSESSOR_DEPS = frozenset({"poss", "compound"})
#: How a relative clause or appositive hangs on the noun it is about.
CLAUSE_ATTACHMENT_DEPS = frozenset({"relcl", "appos"})
#: Object slots a pronoun "him"/"her" can fill.
PRONOUN_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
#: Links through which a name still stands in a subject ("President Scholz", "Scholz, the chancellor").
SUBJECT_LINK_DEPS = frozenset({"compound", "appos", "conj"})
#: Children of a verb that say it has its own object or complement.
OWN_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "prep"})
#: Complement clauses of a verb.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
#: Slots of a verb that say what its subject is ("is a correspondent", "was named publisher").
PREDICATE_DEPS = frozenset({"attr", "oprd"})
#: Modifiers after a role noun that carry where the role is held ("a militant active with ...").
POSTMODIFIER_DEPS = frozenset({"amod", "acl"})
#: Children of a common noun that may give its name ("the party, the Acme Party", "the Acme company").
NAMING_DEPS = frozenset({"appos", "compound", "nmod"})
#: Links of a noun in its clause: a word tagged a verb under one of them is read as a noun ("Kennedy assassin X").
NOMINAL_DEPS = frozenset({"compound", "appos", "attr", "nsubj", "nsubjpass", "dobj", "pobj", "dative"})
#: How an adjective or a noun predicate hangs on its copula or verb ("is ready to", "found X guilty of").
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "attr"})
#: Links by which a noun describes what it hangs on rather than stands as an argument ("Okafor, a Stanford
#: professor"; "X is a Stanford professor").
DESCRIPTOR_DEPS = frozenset({"appos", "attr"})

# -- tags and parts of speech ---------------------------------------------------------------

#: Part-of-speech tags of proper nouns.
PROPER_TAGS = frozenset({"NNP", "NNPS"})

#: Era abbreviations after a year ("44 B.C."), dots dropped: part of a date.
ERA_MARKERS = frozenset({"BC", "AD", "BCE", "CE"})
#: Tags of plural nouns.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Coarse parts of speech of verbs (spaCy tags "be", "have" and "do" AUX).
VERB_POS = frozenset({"VERB", "AUX"})
#: Coarse parts of speech of nouns.
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Coarse parts of speech of the lower-case words that qualify a title ("senior policy adviser").
QUALIFIER_POS = frozenset({"ADJ", "NOUN"})

# -- function words -------------------------------------------------------------------------

#: Pronouns that stand for one person.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
#: Pronouns that stand for a state or organization (only within one sentence).
THING_PRONOUNS = frozenset({"it", "its", "itself"})
#: Plural pronouns that may stand for a group or for actors named together as a subject before them ("them"
#: mostly means someone else: "X demanded the withdrawal of Y, calling them ...").
PLURAL_PRONOUNS = frozenset({"they", "their", "themselves"})
#: Determiners that name nobody in particular ("a senior general", "any court").
INDEFINITE = frozenset({"a", "an", "another", "some", "any", "every", "each", "no", "one"})
#: Pronouns that, as the subject of what a speaker says, stand for the speaker ("X said it will ...").
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
#: Prepositions whose gerund is done by the object of the verb they follow ("accused X of attacking",
#: "stopped X from sending"); after any other ("by", "after", "while") the verb's subject does it.
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "into", "with", "against", "to"})
#: Prepositions that place an act in time against another: who does one need not do the other ("arrested X after
#: the killing of Y", "after the attack on X, Y said").
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "until", "prior", "amid"})
#: Relative pronouns, resolved to the noun their clause modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "whose"})
#: Relative pronouns that only a person takes ("Ruiz, who heads ...").
PERSON_RELATIVES = frozenset({"who", "whom"})
#: Adverbs that make coordinated subjects act on each other ("India and Russia will work together").
TOGETHER_WORDS = frozenset({"together", "jointly"})
#: Words of a reciprocal object ("with one another", "against each other").
RECIPROCAL_WORDS = frozenset({"other", "another"})
#: Modal auxiliaries that make an action hypothetical.
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "will", "shall", "can", "'ll", "'d", "wo",
                    "ca"})
#: Auxiliaries of a clause that says someone must act ("China must drop"; "should" only advises).
OBLIGATION_AUX = frozenset({"must"})
#: Modal auxiliaries that commit to an act rather than speculate about it ("will support", "would allow").
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})
#: Clause markers of a condition.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Auxiliaries of a complement that asks for something ("should withdraw", "to disarm").
JUSSIVE_AUX = frozenset({"to", "should", "must"})
#: Words that join the qualifiers of one office ("Trade and Industry Minister").
JOINERS = frozenset({"and", "&"})
#: Conjunctions that, written in lower case, join two parts of one sentence: neither they nor the word after
#: them begin a sentence.
MID_SENTENCE_CONJUNCTIONS = frozenset({"and", "or", "nor"})
#: Lower-case words inside a name ("Party of the Green Future").
NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la"})
#: Prepositions that tie a role to where it is held ("chief of", "spokeswoman for", "researcher at", "an
#: official with", "an adviser from").
ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
#: Prepositions that tie a name to where its bearer works ("Ana Ruiz of Acme", "Ana Ruiz at the Acme Institute").
NAME_PREPOSITIONS = frozenset({"of", "at", "with", "from"})
#: Prepositions of an employer after a verb of work ("works for", "teaches at", "covers ... for", "served in";
#: "in" only for an organization); "with" is left out: "worked with NATO" is cooperation.
EMPLOYER_PREPOSITIONS = frozenset({"for", "at", "in"})
#: The preposition that introduces a role after a verb ("serves as chair").
ROLE_AS = "as"
#: Prepositions that make any noun in apposition to a name a job at an organization ("shearer for the Acme
#: Wizards", "a clerk at Acme"); "of" is left out ("a fan of Acme", "a critic of the plan").
JOB_PREPOSITIONS = frozenset({"for", "at", "with"})
#: The preposition of a seat on a board or committee ("has been on the board", "sits on the committee").
SEAT_PREPOSITION = "on"
#: The preposition of the organization a role is held inside ("an activist in the Green Party"); a state
#: named so is where the holder is, not whom it serves ("a correspondent in Moscow").
INSIDE_PREPOSITION = "in"
#: Prepositions that introduce examples of a group ("allies such as Turkey", "members including Poland").
EXAMPLE_PREPOSITIONS = frozenset({"as", "including", "like"})
#: Words that place a day relative to the day of speaking ("last Monday", "next Friday"): the date library
#: reads them itself; a bare day ("Monday") read on that very day is that day (:mod:`graphkit.dates`).
DEICTIC_DATE_WORDS = frozenset({"last", "past", "previous", "next", "this", "coming"})

# where doc_text keeps a Doc's text in its user_data, and coarse_tags its parts of speech
_TEXT_KEY = "graphkit.text"
_POS_KEY = "graphkit.pos"
_OFFSETS_KEY = "graphkit.offsets"
_LOWER_KEY = "graphkit.lower"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token on each access.

    Parameters
    ----------
    doc
        A document the pipeline parsed (or made by hand).

    Returns
    -------
    str
        Its text (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Peru thanked Chile.")
    >>> doc_text(doc) == doc.text and "graphkit.text" in doc.user_data
    True
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def known_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`doc_text` the text ``doc`` was parsed from, so it never joins the tokens again.

    spaCy's tokenizer loses nothing: ``nlp(text).text == text``. A caller
    holding the text it parsed hands it over here for free.

    Parameters
    ----------
    doc
        A document.
    text
        The text it was made from (``nlp(text)``, ``nlp.pipe([text, ...])``).

    Returns
    -------
    spacy.tokens.Doc
        The same ``doc``.

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> text = "Talks in  the United Kingdom ended.  "
    >>> doc_text(known_text(English()(text), text)) == text
    True
    """
    doc.user_data[_TEXT_KEY] = text
    return doc


def coarse_tags(doc: Doc) -> list[str]:
    """Every token's coarse part of speech (``tok.pos_``), in order, read once per Doc.

    A pass that visits every token only to skip most by their part of speech
    reads it here: ``doc[i]`` makes a new Token object on each access.

    Parameters
    ----------
    doc
        A tagged document (parts of speech are final once the pipeline has run).

    Returns
    -------
    list of str
        ``coarse_tags(doc)[i] == doc[i].pos_`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Peru", "thanked", "Chile"], pos=["PROPN", "VERB", "PROPN"])
    >>> coarse_tags(doc) == [t.pos_ for t in doc]
    True
    """
    tags = doc.user_data.get(_POS_KEY)
    if tags is None:
        tags = doc.user_data[_POS_KEY] = [POS_NAMES[p] for p in doc.to_array(POS).tolist()] if len(doc) else []
    return tags


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the Span: read from the Doc's text and token offsets.

    Parameters
    ----------
    doc
        A document.
    start, end
        Token indices, ``0 <= start < end <= len(doc)``.

    Returns
    -------
    str
        The words from token ``start`` up to (not including) token ``end``,
        with the spaces between them, none after (the offsets are kept in
        ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Talks in  the United Kingdom ended.")
    >>> words_text(doc, 3, 6) == doc[3:6].text == "the United Kingdom"
    True
    """
    starts, ends = token_offsets(doc)
    return doc_text(doc)[starts[start]:ends[end - 1]]


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Where every token starts and ends in ``doc_text(doc)``, read once per Doc.

    Parameters
    ----------
    doc
        A document.

    Returns
    -------
    tuple of two lists of int
        ``(starts, ends)``: ``doc_text(doc)[starts[i]:ends[i]] == doc[i].text`` (kept in ``doc.user_data``
        after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> token_offsets(English()("Peru thanked Chile."))
    ([0, 5, 13, 18], [4, 12, 18, 19])
    """
    offsets = doc.user_data.get(_OFFSETS_KEY)
    if offsets is None:
        if len(doc):
            columns = doc.to_array([IDX, LENGTH]).astype("int64")  # two columns added in numpy, not per token
            offsets = (columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist())
        else:
            offsets = ([], [])
        doc.user_data[_OFFSETS_KEY] = offsets
    return offsets


def lower_forms(doc: Doc) -> list[str]:
    """Every token's lower-case form (``tok.lower_``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A document.

    Returns
    -------
    list of str
        ``lower_forms(doc)[i] == doc[i].lower_`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> lower_forms(English()("Peru THANKED Chile."))
    ['peru', 'thanked', 'chile', '.']
    """
    forms = doc.user_data.get(_LOWER_KEY)
    if forms is None:
        strings = doc.vocab.strings
        forms = doc.user_data[_LOWER_KEY] = [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []
    return forms


# -- more per-Doc columns: each read once into a list (``doc[i].tag_`` and the like make a Token per access) --

_TAG_KEY = "graphkit.tags"
_DEP_KEY = "graphkit.deps"
_HEAD_KEY = "graphkit.heads"
# where dependency_tree keeps a Doc's labels, heads and children
_TREE_KEY = "graphkit.tree"


def fine_tags(doc: Doc) -> list[str]:
    """Every token's fine-grained tag (``tok.tag_``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A tagged document.

    Returns
    -------
    list of str
        ``fine_tags(doc)[i] == doc[i].tag_`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> fine_tags(Doc(English().vocab, words=["Peru", "left"], tags=["NNP", "VBD"]))
    ['NNP', 'VBD']
    """
    return _string_column(doc, _TAG_KEY, TAG)


def dep_labels(doc: Doc) -> list[str]:
    """Every token's dependency label (``tok.dep_``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A parsed document.

    Returns
    -------
    list of str
        ``dep_labels(doc)[i] == doc[i].dep_`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> dep_labels(Doc(English().vocab, words=["Peru", "left"], heads=[1, 1], deps=["nsubj", "ROOT"]))
    ['nsubj', 'ROOT']
    """
    return _string_column(doc, _DEP_KEY, DEP)


def head_indices(doc: Doc) -> list[int]:
    """Every token's head index (``tok.head.i``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A parsed document.

    Returns
    -------
    list of int
        ``head_indices(doc)[i] == doc[i].head.i`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Peru", "left", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    >>> head_indices(doc) == [t.head.i for t in doc] == [1, 1, 1]
    True
    """
    heads = doc.user_data.get(_HEAD_KEY)
    if heads is None:
        # HEAD is the offset to the head, stored unsigned: read it back as signed
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        heads = doc.user_data[_HEAD_KEY] = [i + offset for i, offset in enumerate(offsets)]
    return heads


def dependency_tree(doc: Doc) -> tuple[list[str], list[int], list[Sequence[int]]]:
    """Every token's dependency label, head and children as strings and indexes, read once per Doc.

    A rule that asks which labels the children of a word carry reads them
    here and makes the Token objects of the few children it wants alone
    (``tok.children`` makes one for every child, on every call).

    Parameters
    ----------
    doc
        A parsed document (or one made by hand with heads and labels).

    Returns
    -------
    tuple of three lists
        ``(deps, heads, children)``: ``deps[i] == doc[i].dep_`` (:func:`dep_labels`), ``heads[i] == doc[i].head.i``
        (:func:`head_indices`) and ``list(children[i]) == [c.i for c in doc[i].children]`` (in order; kept in
        ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Peru", "thanked", "Chile"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> dependency_tree(doc)
    (['nsubj', 'ROOT', 'dobj'], [1, 1, 1], [(), [0, 2], ()])
    """
    tree = doc.user_data.get(_TREE_KEY)
    if tree is None:
        deps, heads = dep_labels(doc), head_indices(doc)
        # a list for each token with children; the others (about half) share one empty tuple
        children: list[Sequence[int]] = [()] * len(heads)
        for i, h in enumerate(heads):
            if h != i:
                if children[h]:
                    children[h].append(i)  # type: ignore[union-attr]
                else:
                    children[h] = [i]
        tree = doc.user_data[_TREE_KEY] = (deps, heads, children)
    return tree


def _string_column(doc: Doc, key: str, attr: int) -> list[str]:
    """The strings of the column ``attr`` of every token, read once per Doc and kept in ``doc.user_data[key]``."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _strings_of(doc, doc.to_array(attr).tolist()) if len(doc) else []
    return found


def _flag_column(doc: Doc, key: str, attr: int) -> list[bool]:
    """The boolean column ``attr`` of every token, read once per Doc and kept in ``doc.user_data[key]``."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = (doc.to_array(attr) != 0).tolist() if len(doc) else []
    return found


def _strings_of(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of a column of string hashes, each distinct one looked up once (a tag set is small).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> doc = English()("Peru")
    >>> _strings_of(doc, [doc.vocab.strings.add(label) for label in ("nsubj", "ROOT", "nsubj")])
    ['nsubj', 'ROOT', 'nsubj']
    """
    strings = doc.vocab.strings
    known = {h: strings[h] for h in set(hashes)}
    return [known[h] for h in hashes]


_ENT_TYPES_KEY = "graphkit.ent_types"
_ENTS_KEY = "graphkit.ents"
_PUNCT_KEY = "graphkit.punct"
_SPACE_KEY = "graphkit.space"


def entity_types(doc: Doc) -> list[str]:
    """Every token's entity label (``tok.ent_type_``, ``""`` outside an entity), in order, read once per Doc.

    Parameters
    ----------
    doc
        A document whose entities are final (the pipeline's).

    Returns
    -------
    list of str
        ``entity_types(doc)[i] == doc[i].ent_type_`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> entity_types(Doc(English().vocab, words=["Peru", "thanked", "Chile"], ents=["B-GPE", "O", "B-GPE"]))
    ['GPE', '', 'GPE']
    """
    return _string_column(doc, _ENT_TYPES_KEY, ENT_TYPE)


def entity_bounds(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every entity of ``doc.ents``, in order, read once per Doc (spaCy builds a new
    Span for every entity on each access of ``doc.ents``).

    Parameters
    ----------
    doc
        A document whose entities are final (the pipeline's).

    Returns
    -------
    list of tuple of (int, int, str)
        ``Span(doc, start, end, label)`` is the entity (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Peru", "met", "New", "Zealand"], ents=["B-GPE", "O", "B-GPE", "I-GPE"])
    >>> entity_bounds(doc)
    [(0, 1, 'GPE'), (2, 4, 'GPE')]
    """
    found = doc.user_data.get(_ENTS_KEY)
    if found is None:
        found = doc.user_data[_ENTS_KEY] = [(e.start, e.end, e.label_) for e in doc.ents]
    return found


def punct_flags(doc: Doc) -> list[bool]:
    """Whether each token is punctuation (``tok.is_punct``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A document.

    Returns
    -------
    list of bool
        ``punct_flags(doc)[i] == doc[i].is_punct`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> punct_flags(English()("Peru, Chile."))
    [False, True, False, True]
    """
    return _flag_column(doc, _PUNCT_KEY, IS_PUNCT)


def space_flags(doc: Doc) -> list[bool]:
    """Whether each token is white space (``tok.is_space``), in order, read once per Doc.

    Parameters
    ----------
    doc
        A document.

    Returns
    -------
    list of bool
        ``space_flags(doc)[i] == doc[i].is_space`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from spacy.lang.en import English
    >>> space_flags(English()("Peru\\n\\nChile"))
    [False, True, False]
    """
    return _flag_column(doc, _SPACE_KEY, IS_SPACE)
