#!/usr/bin/env python
"""Rewrite every ``X.lemma_`` read in graphkit's code to ``lemma_of(X)`` (graphkit.lemmas), adding the import.

graphkit computes lemmas on demand (see graphkit/lemmas.py): a token's ``lemma_``
is empty in graphkit's pipeline. Run this after merging code that reads
``token.lemma_``; ``tests/test_lemmas.py`` fails while any such read is left::

    .venv/bin/python scripts/use_lemma_accessor.py          # rewrites graphkit/ in place, lists the files
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"
#: A token expression (a name, attribute chain or one call) followed by ``.lemma_``.
READ = re.compile(r"(\b[\w.]+(?:\([^()]*\))?)\.lemma_\b")
ACCESSOR = "graphkit/lemmas.py"


def rewrite(path: Path) -> bool:
    """Rewrite one module; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    new = READ.sub(r"lemma_of(\1)", text)
    if new == text:
        return False
    if not re.search(r"^from \.+lemmas import .*\blemma_of\b", new, re.M):
        depth = len(path.relative_to(PACKAGE).parts)  # graphkit/x.py -> ".", graphkit/actors/x.py -> ".."
        new = _add_import(new, "." * depth, "lemmas", "lemma_of")
    path.write_text(new, encoding="utf-8")
    return True


def _add_import(text: str, dots: str, module: str, name: str) -> str:
    """``text`` with ``from <dots><module> import <name>`` among its relative imports, in isort's order
    (more dots first, then by module name), else after its last import."""
    line = f"from {dots}{module} import {name}\n"
    imports = list(re.finditer(r"^from (\.+)([\w.]*) import [^\n(]*(?:\([^)]*\))?\n", text, re.M))
    for m in imports:
        if (-len(m.group(1)), m.group(2)) > (-len(dots), module):
            return text[:m.start()] + line + text[m.start():]
    if imports:
        return text[:imports[-1].end()] + line + text[imports[-1].end():]
    others = list(re.finditer(r"^(?:from|import) [^\n(]*(?:\([^)]*\))?\n", text, re.M))
    at = others[-1].end() if others else 0
    return text[:at] + line + text[at:]


def main() -> int:
    changed = [p for p in sorted(PACKAGE.rglob("*.py"))
               if p.relative_to(PACKAGE.parent).as_posix() != ACCESSOR and rewrite(p)]
    for p in changed:
        print(p.relative_to(PACKAGE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
