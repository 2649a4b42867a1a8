"""The agent table (role noun -> sector) and the script that derives it from PETRARCH-2's dictionary."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.agents import Agent, Agents, load_agents

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCRIPT = ROOT / "scripts" / "derive_agents.py"


def _script():
    spec = importlib.util.spec_from_file_location("derive_agents", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("form,sector", [
    ("soldier", "military"), ("official", "government"), ("rebel", "rebels"), ("journalist", "media"),
    ("refugee", "refugees"), ("ally", ""), ("port", None), ("uprising", None), ("village", None),
])
def test_the_table_gives_each_role_noun_its_sector(form, sector):
    assert load_agents().sector(form) == sector


def test_the_longest_phrase_ending_at_the_noun_wins(nlp):
    agents = Agents([Agent("force", "military"), Agent("riot force", "police")])
    doc = nlp("Riot forces and naval forces left.")
    assert [(start, a.form) for start, a in (agents.at(doc[1]), agents.at(doc[4]))] == [(0, "riot force"), (4, "force")]


def test_the_script_reads_agents_expands_persons_and_keeps_only_head_final_phrases(tmp_path, nlp):
    source = tmp_path / "agents.txt"
    source.write_text("# a comment\n!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
                      "LANCER [~MIL]\nGATEKEEP!PERSON! [~COP]\nHALL_OF_RECORDS [~GOV]\nX/Y-9 [~MIL]\n"
                      "AMBUSH [~REB]\nWATCHERS_IN [IGO~]\nHARBOUR_LANCER [~MIL]\nHARBOUR_CLERK {} [~BUS]\n",
                      encoding="utf-8")
    module = _script()
    rows = module.phoenix_rows(source, module._lemmatizer(), lambda form: form == "ambush")
    assert rows == [("lancer", "military"), ("gatekeepman", "police"), ("gatekeepmen", "police"),
                    ("gatekeepwoman", "police"), ("gatekeepwomen", "police"), ("gatekeepperson", "police"),
                    ("harbour lancer", "military"), ("harbour clerk", "business")]
    table = tmp_path / "agents.tsv"
    table.write_text("form\tsector\tsource\nclerk\tgovernment\tgraphkit\n", encoding="utf-8")
    text = module.derive(source, table)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    # graphkit's rows are kept; "harbour lancer" adds nothing to "lancer"; the MIT notice is in the header
    assert rows == [["clerk", "government", "graphkit"], ["gatekeepman", "police", "phoenix"],
                    ["gatekeepmen", "police", "phoenix"], ["gatekeepperson", "police", "phoenix"],
                    ["gatekeepwoman", "police", "phoenix"], ["gatekeepwomen", "police", "phoenix"],
                    ["harbour clerk", "business", "phoenix"], ["lancer", "military", "phoenix"]]
    assert "Copyright (c) 2014 Open Event Data Alliance" in text and "MIT License" in text


@pytest.mark.skipif(not (SHARED / "reference" / "petrarch2" / "Phoenix.agents.txt").exists(),
                    reason="needs ../shared/reference")
def test_the_packaged_table_is_what_the_script_derives():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
