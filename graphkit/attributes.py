"""The attribute ruler's work, done once per kind of token instead of once per token.

spaCy's English pipelines set every token's coarse part of speech and
morphology (and some lemmas) in their ``attribute_ruler``: a Matcher of a
few hundred patterns, nearly all of one token (a *tag map*, ``{"TAG":
"NNS"}`` -> ``POS=NOUN``, ``MORPH=Number=Plur``, then exceptions, ``{"TAG":
"DT", "LOWER": "the"}`` -> ``Definite=Def``). Matching every pattern against
every token is about a tenth of the parse.

A one-token pattern reads only its token, and in these pipelines only its
``LOWER``, ``TAG``, ``DEP`` and ``IS_SPACE``; a lower-case form that no
pattern names (or matches by a regular expression) matches as any other
unnamed one does. So the component ``graphkit_attributes``
(:class:`AttributeTable`, which :func:`graphkit.nlp.load_pipeline` puts in
the ruler's place) sorts a Doc's tokens by that *kind* (tag, dependency,
space or not, and the form when a pattern names it), asks the ruler's own
Matcher patterns once per kind never seen before in the run, and writes the
result to all tokens with one ``Doc.from_array``. Patterns of several tokens
(or reading anything else) are matched as the ruler matches them; a token
one of them hits gets all its patterns applied again in the ruler's order,
so later patterns still win. The result is the ruler's, token for token.

Examples
--------
>>> from graphkit.nlp import load_pipeline
>>> doc = load_pipeline()("The talks failed.")
>>> [(t.pos_, str(t.morph)) for t in doc][:2]
[('DET', 'Definite=Def|PronType=Art'), ('NOUN', 'Number=Plur')]
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Name of the pipeline component.
COMPONENT = "graphkit_attributes"
#: What a pattern may set (by the ruler's attribute names), and the attribute ids written.
WRITES = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}
#: What a one-token pattern may read to be answered per kind of token: the columns of a kind, in order.
READS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_READ_IDS = (LOWER, TAG, DEP, IS_SPACE)
#: How a one-token pattern may test ``LOWER``.
_LOWER_TESTS = frozenset({"IN", "NOT_IN", "REGEX"})
#: How it may test the other attributes it reads.
_OTHER_TESTS = frozenset({"IN", "NOT_IN"})


def narrows(component: object) -> bool:
    """Whether ``component`` is an attribute ruler :class:`AttributeTable` can stand for.

    Parameters
    ----------
    component
        A pipeline component.

    Returns
    -------
    bool
        True for spaCy's ``AttributeRuler`` itself (a subclass may match or
        annotate otherwise) whose patterns set only :data:`WRITES`.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> narrows(nlp.get_pipe("attribute_ruler")), narrows(nlp.get_pipe("parser"))
    (True, False)
    """
    return type(component) is AttributeRuler and all(set(p["attrs"]) <= set(WRITES) for p in component.patterns)


def _reads_its_token(spec: dict) -> bool:
    """Whether one token of a pattern is tested by :data:`READS` alone, with tests :func:`_test_column` knows."""
    for name, test in spec.items():
        if name not in READS:
            return False  # an operator ("OP") or any other attribute: the Matcher's to read
        if isinstance(test, dict) and not set(test) <= (_LOWER_TESTS if name == "LOWER" else _OTHER_TESTS):
            return False
        if not isinstance(test, (str, bool, dict)):
            return False
    return True


def _one_token(pattern: dict) -> bool:
    """Whether a ruler pattern matches one token by :data:`READS` alone (see the module docstring)."""
    if pattern.get("index", 0) not in (0, -1):
        return False
    return all(len(alternative) == 1 and _reads_its_token(alternative[0]) for alternative in pattern["patterns"])


def _fixed_length(pattern: dict) -> bool:
    """Whether a ruler pattern matches a fixed number of tokens, each by :data:`READS` alone (no operator)."""
    lengths = {len(alternative) for alternative in pattern["patterns"]}
    return len(lengths) == 1 and 0 not in lengths \
        and all(_reads_its_token(spec) for alternative in pattern["patterns"] for spec in alternative)


def _test_column(column: numpy.ndarray, test, strings, texts: list[str], form_of: numpy.ndarray) -> numpy.ndarray:
    """Which values of one attribute ``column`` pass a pattern's ``test`` on it, as the Matcher tests them.

    ``texts``/``form_of`` (the column's distinct strings and each row's place among them) let a regular
    expression be tried once per distinct string.
    """
    if isinstance(test, bool):
        return column == int(test)
    if isinstance(test, str):
        return column == strings.add(test)
    ok = numpy.ones(len(column), dtype=bool)
    if "IN" in test:
        ok &= numpy.isin(column, numpy.array([strings.add(v) for v in test["IN"]], dtype=numpy.uint64))
    if "NOT_IN" in test:
        ok &= ~numpy.isin(column, numpy.array([strings.add(v) for v in test["NOT_IN"]], dtype=numpy.uint64))
    if "REGEX" in test:
        regex = re.compile(test["REGEX"])
        hit = numpy.array([bool(regex.search(text)) for text in texts], dtype=bool)
        ok &= hit[form_of.reshape(-1)]
    return ok


class AttributeTable:
    """The attribute ruler's result, found once per kind of token (see the module docstring).

    Parameters
    ----------
    ruler
        The pipeline's attribute ruler (see :func:`narrows`); it need not
        run in the pipeline.
    name
        This component's name.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> table = AttributeTable(nlp.get_pipe("attribute_ruler"))
    >>> doc = nlp("There is no deal.")
    >>> [t.pos_ for t in table(doc)]
    ['PRON', 'VERB', 'DET', 'NOUN', 'PUNCT']
    """

    def __init__(self, ruler: AttributeRuler, name: str = COMPONENT) -> None:
        vocab = ruler.vocab
        patterns = ruler.patterns
        self.name = name
        self._vocab = vocab
        self._indices = list(ruler.indices)
        # what each pattern writes, as the values set_token_attrs leaves on a token (read off a probe)
        self._writes: list[dict[int, int]] = []
        for i, pattern in enumerate(patterns):
            probe = Doc(vocab, words=["x"])[0]
            set_token_attrs(probe, ruler.attrs[i])
            got = {POS: probe.pos, MORPH: probe.morph.key, LEMMA: probe.lemma, TAG: probe.tag, DEP: probe.dep}
            self._writes.append({WRITES[a]: got[WRITES[a]] for a in pattern["attrs"]})
        self._columns = sorted({attr for writes in self._writes for attr in writes})
        # one Matcher for one-token patterns (asked once per kind), one for the rest (run on every Doc)
        self._single = Matcher(vocab)
        self._several = Matcher(vocab)
        # fixed-length patterns of several tokens, matched by comparing columns (the Matcher would make a
        # Token of every token of every Doc): (pattern id, its alternatives)
        self._fixed: list[tuple[int, list[list[dict]]]] = []
        self._ids: dict[int, int] = {}
        lowers: set[str] = set()
        regexes: list[re.Pattern] = []
        for i, pattern in enumerate(patterns):
            key = f"graphkit_attribute_{i}"
            self._ids[vocab.strings.add(key)] = i
            if _one_token(pattern):
                self._single.add(key, pattern["patterns"])
                for alternative in pattern["patterns"]:
                    test = alternative[0].get("LOWER")
                    if isinstance(test, str):
                        lowers.add(test)
                    elif isinstance(test, dict):
                        lowers.update(test.get("IN", ()), test.get("NOT_IN", ()))
                        if "REGEX" in test:
                            regexes.append(re.compile(test["REGEX"]))
            elif _fixed_length(pattern):
                self._fixed.append((i, pattern["patterns"]))
            else:
                self._several.add(key, pattern["patterns"])
        self._lowers = numpy.array(sorted(vocab.strings.add(w) for w in lowers), dtype=numpy.uint64)
        self._regexes = tuple(regexes)
        # kind -> the one-token pattern ids it matches, in the ruler's order: bounded by the tags, dependency
        # labels and named forms, not by the vocabulary
        self._kinds: dict[tuple[int, ...], tuple[tuple[int, ...], numpy.ndarray, numpy.ndarray]] = {}

    def _kind(self, doc: Doc, i: int, kind: tuple[int, ...]) -> tuple[tuple[int, ...], numpy.ndarray, numpy.ndarray]:
        """Token ``i``'s kind: its one-token patterns (ids, in order), which columns they set, to what values.

        Asked of the Matcher the first time the run meets the kind.
        """
        found = self._kinds.get(kind)
        if found is None:
            ids = tuple(sorted(self._ids[m] for m, _, _ in self._single(doc[i:i + 1], allow_missing=True)))
            found = self._kinds[kind] = (ids, *self._merged(ids))
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the attribute ruler would set.

        Parameters
        ----------
        doc
            A tagged and parsed document.

        Returns
        -------
        spacy.tokens.Doc
            The same ``doc``.

        Examples
        --------
        >>> from graphkit.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> [t.pos_ for t in nlp("Peru warned Chile.")]
        ['PROPN', 'VERB', 'PROPN', 'PUNCT']
        """
        if not len(doc) or not self._columns:
            return doc
        read = doc.to_array(list(_READ_IDS))
        # a form no pattern names reads as 0, so all such tokens of a tag and label are one kind
        forms, form_of = numpy.unique(read[:, 0], return_inverse=True)
        strings = doc.vocab.strings
        texts = [strings[f] for f in forms.tolist()]  # the forms' strings, for the regular expressions
        several = self._fixed_matches(doc, read, texts, form_of)  # before the forms are blanked below
        named = numpy.isin(forms, self._lowers)
        if self._regexes:
            named |= numpy.array([any(r.search(text) for r in self._regexes) for text in texts], dtype=bool)
        read[:, 0] = numpy.where(named[form_of.reshape(-1)], read[:, 0], 0)
        kinds, first, kind_of = numpy.unique(read, axis=0, return_index=True, return_inverse=True)
        kind_of = kind_of.reshape(-1)
        found = [self._kind(doc, i, tuple(row)) for row, i in zip(kinds.tolist(), first.tolist())]
        sets = numpy.stack([f[1] for f in found])[kind_of]
        before = doc.to_array(self._columns).reshape(len(doc), len(self._columns))
        after = numpy.where(sets, numpy.stack([f[2] for f in found])[kind_of], before)
        # a token that a pattern of several tokens hits: all its patterns again, in the ruler's order
        hits: dict[int, list[int]] = {}
        if len(self._several):
            several += [(self._ids[m], start, end) for m, start, end in self._several(doc, allow_missing=True)]
        for pattern, start, end in several:
            index = self._indices[pattern]
            hits.setdefault((start if index >= 0 else end) + index, []).append(pattern)
        for t, ids in hits.items():
            sets_t, values_t = self._merged(sorted(found[kind_of[t]][0] + tuple(ids)))
            after[t] = numpy.where(sets_t, values_t, before[t])
        doc.from_array(self._columns, after)
        return doc

    def _fixed_matches(self, doc: Doc, read: numpy.ndarray, texts: list[str],
                       form_of: numpy.ndarray) -> list[tuple[int, int, int]]:
        """``(pattern id, start, end)`` of every match of the fixed-length patterns, as the Matcher finds them
        (once per pattern and place, whichever alternatives match there)."""
        found: list[tuple[int, int, int]] = []
        strings = doc.vocab.strings
        for pattern, alternatives in self._fixed:
            size = len(alternatives[0])
            if size > len(doc):
                continue
            starts = numpy.zeros(len(doc) - size + 1, dtype=bool)
            for alternative in alternatives:
                ok = numpy.ones(len(doc) - size + 1, dtype=bool)
                for j, spec in enumerate(alternative):
                    for name, test in spec.items():
                        passed = _test_column(read[:, READS.index(name)], test, strings, texts, form_of)
                        ok &= passed[j:j + len(ok)]
                starts |= ok
            found += [(pattern, start, start + size) for start in numpy.flatnonzero(starts).tolist()]
        return found

    def _merged(self, ids) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Which columns the patterns ``ids``, applied in order, set, and to what (a later pattern wins)."""
        sets = numpy.zeros(len(self._columns), dtype=bool)
        values = numpy.zeros(len(self._columns), dtype=numpy.uint64)
        for i in ids:
            for attr, value in self._writes[i].items():
                j = self._columns.index(attr)
                sets[j], values[j] = True, value
        return sets, values


@Language.factory(COMPONENT, default_config={"source": "attribute_ruler"})
def make_attribute_table(nlp: Language, name: str, source: str) -> AttributeTable:
    """Make the ``graphkit_attributes`` component from the pipeline's attribute ruler ``source``.

    Parameters
    ----------
    nlp
        The pipeline; ``source`` may be disabled in it.
    name
        The component's name.
    source
        Name of the attribute ruler whose patterns are used.

    Returns
    -------
    AttributeTable
        The component.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> type(make_attribute_table(nlp, COMPONENT, "attribute_ruler")).__name__
    'AttributeTable'
    """
    return AttributeTable(nlp.get_pipe(source), name)
