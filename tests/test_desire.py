"""Verbs of wanting: wanting an act of another actor is demanding it of them, and their act has not happened."""
from __future__ import annotations

import pytest


def _edges(read, text):
    _, actions = read(text)
    return {(a.source, a.action, a.target, a.category, a.quad, a.negated, a.modality) for a in actions}


@pytest.mark.parametrize("text,demand,act", [
    # the doer as the subject of an infinitive complement
    ("Peru wants Chile to attack Bolivia.",
     ("state:PER", "want", "state:CHL", "request", "verbal-conflict", False, "asserted"),
     ("state:CHL", "attack", "state:BOL", "assault", "material-conflict", False, "hypothetical")),
    # the doer as the object before the infinitive
    ("Ghana needs Togo to open the border with Benin.",
     ("state:GHA", "need", "state:TGO", "request", "verbal-conflict", False, "asserted"), None),
    ("Kenya does not want Uganda to join the Arab League.",
     ("state:KEN", "want", "state:UGA", "request", "verbal-conflict", True, "asserted"),
     ("state:UGA", "join", "org:arab league", "cooperate", "material-cooperation", False, "hypothetical")),
])
def test_wanting_an_act_of_another_is_a_demand_of_them(read, text, demand, act):
    got = _edges(read, text)
    assert demand in got
    if act is not None:
        assert act in got


@pytest.mark.parametrize("text", [
    "Peru wants to join NATO.",          # its own act: no demand of anyone
    "Peru wants peace with Chile.",       # no act asked of an actor
    "Peru expects Chile to win the vote.",  # expecting is a forecast, not a demand
    "Peru might want Chile to leave.",    # a guess at a wish: nobody demands anything
])
def test_wanting_without_a_doer_is_no_demand(read, text):
    _, actions = read(text)
    assert not [a for a in actions if a.action in ("want", "expect") and a.category == "request"]
