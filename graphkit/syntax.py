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
#: Links by which a noun describes what it hangs on rather than stands as an argument ("Okafor, a Stanford
#: professor"; "X is a Stanford professor").
DESCRIPTOR_DEPS = frozenset({"appos", "attr"})

# -- tags and parts of speech ---------------------------------------------------------------

#: Part-of-speech tags of proper nouns.
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: Tags of plural nouns.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Coarse parts of speech of verbs (spaCy tags "be", "have" and "do" AUX).
VERB_POS = frozenset({"VERB", "AUX"})
#: Coarse parts of speech of nouns.
NOUN_POS = frozenset({"NOUN", "PROPN"})

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
#: Relative pronouns, resolved to the noun their clause modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "whose"})
#: Words of a reciprocal object ("with one another", "against each other").
RECIPROCAL_WORDS = frozenset({"other", "another"})
#: Modal auxiliaries that make an action hypothetical.
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "will", "shall", "can", "'ll", "'d", "wo",
                    "ca"})
#: Clause markers of a condition.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Auxiliaries of a complement that asks for something ("should withdraw", "to disarm").
JUSSIVE_AUX = frozenset({"to", "should", "must"})
#: Words that join the qualifiers of one office ("Trade and Industry Minister").
JOINERS = frozenset({"and", "&"})
#: Words that place a day relative to the day of speaking ("last Monday", "next Friday"): the date library
#: reads them itself; a bare day ("Monday") read on that very day is that day (:mod:`graphkit.dates`).
DEICTIC_DATE_WORDS = frozenset({"last", "past", "previous", "next", "this", "coming"})

# where doc_text keeps a Doc's text in its user_data
_TEXT_KEY = "graphkit.text"


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
