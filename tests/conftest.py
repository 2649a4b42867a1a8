"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from graphkit.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def read(nlp):
    """Parse a text and return (actors, actions) of the one document."""
    from graphkit.actions import find_actions
    from graphkit.actors import find_actors

    def run(text: str, doc_id: str = "t"):
        doc = nlp(text)
        found = find_actors(doc, doc_id)
        return found, list(find_actions(doc, found))

    return run


@pytest.fixture(scope="session")
def graph_of(nlp):
    """Build a graph from {doc_id: text} with the session pipeline."""
    from graphkit import graph_from_texts

    def run(texts):
        return graph_from_texts(texts, nlp=nlp)

    return run
