"""Lemmas read on demand: the one way graphkit code reads a token's lemma is :func:`lemma_of`.

spaCy's lemmatizer computes a lemma for every token of every document, in
Python; graphkit reads the lemmas of a small share of them (candidate verbs,
event nouns, a few nouns a rule tests). :func:`graphkit.nlp.load_pipeline`
therefore disables the pipeline's ``lemmatizer`` and adds the component
``graphkit_lemmas`` in its place, which computes nothing: it gives each Doc
the pipeline's :class:`OnDemandLemmas`, and :func:`lemma_of` asks it for the
lemma of the tokens graphkit reads, with the same lemmatizer's own rules
and tables (rule or lookup mode), cached per token text, part of speech and
morphology. A lemma the attribute ruler set ("be" of "'s") is kept, as the
lemmatizer keeps it. The lemmas are those the lemmatizer would have written:
``GRAPHKIT_FULL_PIPELINE=1`` runs it on every token instead, and the tests
compare the graphs of both.

On a Doc without the hook (made by hand, or by a pipeline graphkit did not
load, or whose lemmatizer is of another kind and left running),
:func:`lemma_of` is ``token.lemma_``.

Examples
--------
>>> from graphkit.nlp import load_pipeline
>>> doc = load_pipeline()("Peru warned Chile.")
>>> lemma_of(doc[1])
'warn'
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

#: Name of the pipeline component that hands each Doc its lemmas on demand.
COMPONENT = "graphkit_lemmas"
#: Key of the hook in ``Doc.user_hooks``: hooks are neither serialized with the Doc (``to_bytes``, ``DocBin``)
#: nor read by spaCy under a name it does not know.
HOOK = "graphkit_lemma"
# where lower_lemmas keeps a Doc's lemmas in its user_data (lowered, and as the lemmatizer gives them)
_LOWER_KEY = "graphkit.lower_lemmas"
_LEMMAS_KEY = "graphkit.lemmas"


def lemma_of(token: Token) -> str:
    """The lemma of ``token``; graphkit code reads lemmas through this, never through ``token.lemma_``.

    Parameters
    ----------
    token
        A token of any Doc.

    Returns
    -------
    str
        What the pipeline's lemmatizer gives ``token`` (computed now, when
        the pipeline defers it), else ``token.lemma_``.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Officials said the talks were useful.")
    >>> [lemma_of(t) for t in doc][:5]
    ['official', 'say', 'the', 'talk', 'be']
    """
    if token.lemma:  # the lemmatizer's, the attribute ruler's, or one this function wrote before
        return token.lemma_
    hook = token.doc.user_hooks.get(HOOK)
    return token.lemma_ if hook is None else hook(token)


def lower_lemmas(doc: Doc) -> list[str]:
    """``lemma_of(tok).lower()`` of every token of ``doc``, in order, found once per Doc.

    A pass that looks at every token only for the few whose lemma is in a
    word class reads the lemmas here and makes the Token objects of those
    few alone; the lemmas come from the pipeline's lemmatizer as
    :func:`lemma_of` gives them, read off the Doc's arrays where they are
    known already (set, or cached for the run).

    Parameters
    ----------
    doc
        A parsed document.

    Returns
    -------
    list of str
        ``lower_lemmas(doc)[i] == lemma_of(doc[i]).lower()`` (kept in ``doc.user_data`` after the first call).

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Peru warned Chile's envoys.")
    >>> lower_lemmas(doc)
    ['peru', 'warn', 'chile', "'s", 'envoy', '.']
    """
    found = doc.user_data.get(_LOWER_KEY)
    if found is None:
        hook = doc.user_hooks.get(HOOK)
        if isinstance(hook, OnDemandLemmas):
            lemmas = hook.of_doc(doc)
            doc.user_data[_LEMMAS_KEY] = (hook, lemmas)  # for the hook's next calls on this Doc
        else:
            lemmas = [lemma_of(t) for t in doc]
        found = doc.user_data[_LOWER_KEY] = [lemma.lower() for lemma in lemmas]
    return found


def lower_lemma(token: Token) -> str:
    """``lemma_of(token).lower()``, read off :func:`lower_lemmas` (no lemma computed, written or lowered per call).

    Parameters
    ----------
    token
        A token of any Doc.

    Returns
    -------
    str
        Its lemma in lower case.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> doc = load_pipeline()("Peru warned Chile's envoys.")
    >>> lower_lemma(doc[1]), lower_lemma(doc[4])
    ('warn', 'envoy')
    """
    return lower_lemmas(token.doc)[token.i]


def defers(component: object) -> bool:
    """Whether ``component``'s lemmas can be computed on demand instead: a spaCy ``Lemmatizer`` as it ships.

    Parameters
    ----------
    component
        A pipeline component.

    Returns
    -------
    bool
        True for spaCy's ``Lemmatizer`` and its language subclasses (rule or
        lookup mode), whose ``__call__`` lemmatizes every token with
        ``lemmatize``, when it keeps the lemmas set before it (as the
        attribute ruler's); False for anything else, which is left to run.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> defers(nlp.get_pipe("lemmatizer")), defers(nlp.get_pipe("ner"))
    (True, False)
    """
    return isinstance(component, Lemmatizer) and type(component).__call__ is Lemmatizer.__call__ \
        and callable(getattr(component, "lemmatize", None)) and not component.overwrite


class OnDemandLemmas:
    """A lemmatizer's lemmas, computed for a token when asked, written to it, and cached for the run.

    Parameters
    ----------
    lemmatizer
        The pipeline's spaCy ``Lemmatizer`` (see :func:`defers`); it need
        not run in the pipeline.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> lemmas = OnDemandLemmas(nlp.get_pipe("lemmatizer"))
    >>> doc = nlp("Chile rejected the demands.")
    >>> [lemmas(t) for t in doc] == [t.lemma_ for t in doc]
    True
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatize = lemmatizer.lemmatize
        # (orth, pos, morph) -> lemma: what the lemmatizer's rules read of a token, so one entry serves every
        # token that has them. Strings, not StringStore ids: nothing here outlives a memory zone wrongly.
        self._cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, token: Token) -> str:
        """The lemma the lemmatizer would give ``token``, written to ``token.lemma_`` as it would write it.

        Written, the next :func:`lemma_of` of the token reads it as fast as
        a lemma the lemmatizer wrote (inside a memory zone the string is
        freed with the zone's, as the lemmatizer's are).

        Parameters
        ----------
        token
            A token parsed by the pipeline up to the lemmatizer's place.

        Returns
        -------
        str
            The lemma: the one already set (by the attribute ruler), else
            the lemmatizer's first form.

        Examples
        --------
        >>> from graphkit.nlp import load_pipeline
        >>> nlp = load_pipeline(full=True)
        >>> OnDemandLemmas(nlp.get_pipe("lemmatizer"))(nlp("Peru warned Chile.")[1])
        'warn'
        """
        if token.lemma:  # the lemmatizer keeps a lemma set before it (the attribute ruler's): see defers
            return token.lemma_
        known = token.doc.user_data.get(_LEMMAS_KEY)  # every lemma of the Doc, once lower_lemmas asked of_doc
        if known is not None and known[0] is self:
            found = known[1][token.i]
        else:
            key = (token.orth, token.pos, token.morph.key)
            found = self._cache.get(key)
            if found is None:
                found = self._cache[key] = self._lemmatize(token)[0]
        token.lemma_ = found
        return found


    def of_doc(self, doc: Doc) -> list[str]:
        """The lemma of every token of ``doc``, as :meth:`__call__` gives each, in order.

        A lemma set on the token, or cached for its form, part of speech
        and morphology, is read from the Doc's arrays without making its
        Token object.

        Parameters
        ----------
        doc
            A document parsed by the pipeline up to the lemmatizer's place.

        Returns
        -------
        list of str
            One lemma per token.

        Examples
        --------
        >>> from graphkit.nlp import load_pipeline
        >>> nlp = load_pipeline(full=True)
        >>> doc = nlp("Chile rejected the demands.")
        >>> OnDemandLemmas(nlp.get_pipe("lemmatizer")).of_doc(doc) == [t.lemma_ for t in doc]
        True
        """
        if not len(doc):
            return []
        strings = doc.vocab.strings
        out: list[str] = []
        for i, (lemma, orth, pos, morph) in enumerate(doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()):
            if lemma:
                out.append(strings[lemma])
                continue
            found = self._cache.get((orth, pos, morph))
            out.append(found if found is not None else self(doc[i]))
        return out


class LemmaHook:
    """The component ``graphkit_lemmas``: gives each Doc the pipeline's :class:`OnDemandLemmas`.

    Parameters
    ----------
    lemmas
        The lemmas of the pipeline's (disabled) lemmatizer.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> isinstance(nlp.get_pipe(COMPONENT), LemmaHook), "lemmatizer" in nlp.pipe_names
    (True, False)
    """

    def __init__(self, lemmas: OnDemandLemmas) -> None:
        self.lemmas = lemmas

    def __call__(self, doc: Doc) -> Doc:
        """Hook the lemmas into ``doc`` (see :func:`lemma_of`).

        Parameters
        ----------
        doc
            A document the pipeline parsed.

        Returns
        -------
        spacy.tokens.Doc
            The same ``doc``, with its hook set.

        Examples
        --------
        >>> from graphkit.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> HOOK in nlp("Peru warned Chile.").user_hooks
        True
        """
        doc.user_hooks[HOOK] = self.lemmas
        return doc


@Language.factory(COMPONENT, default_config={"source": "lemmatizer"})
def make_lemma_hook(nlp: Language, name: str, source: str) -> LemmaHook:
    """Make the ``graphkit_lemmas`` component from the pipeline's lemmatizer ``source``.

    Parameters
    ----------
    nlp
        The pipeline; ``source`` may be disabled in it.
    name
        The component's name.
    source
        Name of the lemmatizer component whose rules and tables are used.

    Returns
    -------
    LemmaHook
        The component.

    Examples
    --------
    >>> from graphkit.nlp import load_pipeline
    >>> nlp = load_pipeline(full=True)
    >>> hook = make_lemma_hook(nlp, COMPONENT, "lemmatizer")
    >>> type(hook.lemmas).__name__
    'OnDemandLemmas'
    """
    return LemmaHook(OnDemandLemmas(nlp.get_pipe(source)))
