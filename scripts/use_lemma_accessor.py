#!/usr/bin/env python
"""Rewrite every ``X.lemma_`` read in graphkit's code to ``lemma_of(X)`` (graphkit.lemmas), adding the import.

graphkit computes lemmas on demand (see graphkit/lemmas.py): a token's ``lemma_``
is empty in graphkit's pipeline. Run this after merging code that reads
``token.lemma_``; ``tests/test_lemmas.py`` fails while any such read is left::

    .venv/bin/python scripts/use_lemma_accessor.py          # rewrites graphkit/ in place, lists the files
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"
ACCESSOR = "graphkit/lemmas.py"


def lemma_reads(source: str) -> list[ast.Attribute]:
    """Every ``<expression>.lemma_`` read in ``source`` (code only: docstrings and comments are not reads)."""
    return [node for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr == "lemma_" and isinstance(node.ctx, ast.Load)]


def rewrite(path: Path) -> bool:
    """Rewrite one module; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    reads = lemma_reads(text)
    if not reads:
        return False
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode("utf-8")))
    data = text.encode("utf-8")

    def at(lineno: int, col: int) -> int:  # ast offsets are UTF-8 byte columns
        return starts[lineno - 1] + col

    # innermost last, so an outer read's span still holds its inner read's rewritten text: rewrite from the end
    for node in sorted(reads, key=lambda n: (at(n.lineno, n.col_offset), -at(n.end_lineno, n.end_col_offset)),
                       reverse=True):
        begin, end = at(node.value.lineno, node.value.col_offset), at(node.end_lineno, node.end_col_offset)
        inner = data[begin:at(node.value.end_lineno, node.value.end_col_offset)]
        data = data[:begin] + b"lemma_of(" + inner + b")" + data[end:]
    new = data.decode("utf-8")
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
