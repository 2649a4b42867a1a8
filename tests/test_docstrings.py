"""Every public function, class and method of graphkit has a NumPy-style docstring with a runnable example.

"Public" is any module-level function or class, and any method of such a
class, whose name does not start with ``_`` (so dunder methods are not
public). Modules are read with :mod:`ast`, not imported, so a module that
fails to import is still checked. What is checked:

* a docstring is there;
* its sections are NumPy sections, in the order of :data:`ORDER`
  (networkx's: Parameters, Returns or Yields, Raises, Examples, Notes;
  classes may add Attributes after Parameters);
* an ``Examples`` section holds a ``>>>`` line;
* every parameter (not ``self``/``cls``) of a function, a method or the
  ``__init__`` of a class is named in ``Parameters``; a dataclass names
  each of its fields somewhere in its docstring (an Attributes section or a
  sentence);
* a function that returns something has ``Returns``, a generator ``Yields``;
* every public signature carries type hints.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"

#: NumPy sections graphkit uses, in the order they must come.
ORDER = ("Parameters", "Attributes", "Returns", "Yields", "Raises", "Examples", "Notes")

#: Qualified public names exempt from the docstring rules -> why. Empty today: the click commands of
#: ``cli.py`` need no exemption, since their help text ends at click's form feed (``\f``) and their
#: NumPy sections follow it.
EXEMPT: dict[str, str] = {}

_HEADER = re.compile(r"^(\S[^\n]*)\n(-{3,})[ \t]*$", re.M)


@dataclass(frozen=True)
class Item:
    """One public definition: where it is, its qualified name and its node."""

    path: str
    qualname: str
    node: ast.AST

    def __str__(self) -> str:
        return f"{self.path}:{self.node.lineno} {self.qualname}"


def _public(name: str) -> bool:
    return not name.startswith("_")


def _items() -> list[Item]:
    found = []
    for file in sorted(PACKAGE.rglob("*.py")):
        path = file.relative_to(PACKAGE.parent).as_posix()
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and _public(node.name):
                found.append(Item(path, node.name, node))
                if isinstance(node, ast.ClassDef):
                    for sub in node.body:
                        if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and _public(sub.name):
                            found.append(Item(path, f"{node.name}.{sub.name}", sub))
    return found


ITEMS = _items()


def sections(doc: str) -> dict[str, str]:
    """The NumPy sections of a (cleaned) docstring: title -> body, in order."""
    heads = [m for m in _HEADER.finditer(doc) if len(m.group(2)) >= len(m.group(1).rstrip()) - 1]
    return {m.group(1).strip(): doc[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(doc)]
            for i, m in enumerate(heads)}


def documented(parameters: str) -> set[str]:
    """Names a Parameters section documents: its unindented lines, ``a, b : type`` giving both."""
    names: set[str] = set()
    for line in parameters.splitlines():
        if line.strip() and not line[:1].isspace():
            names.update(n.strip().lstrip("*") for n in line.split(" : ", 1)[0].split(","))
    return names


def _arguments(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = func.args
    out = [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, (a.vararg, a.kwarg))]
    return [arg for arg in out if arg.arg not in ("self", "cls")]


def _decorators(node: ast.AST) -> set[str]:
    names = set()
    for d in getattr(node, "decorator_list", ()):
        d = d.func if isinstance(d, ast.Call) else d
        names.add(d.attr if isinstance(d, ast.Attribute) else getattr(d, "id", ""))
    return names


def _own_nodes(node: ast.AST):
    """The nodes of a function's body, not those of functions defined inside it."""
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            yield child
            yield from _own_nodes(child)


def _init(cls: ast.ClassDef) -> ast.FunctionDef | None:
    return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)


def _fields(cls: ast.ClassDef) -> list[str]:
    return [n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            and _public(n.target.id) and "ClassVar" not in ast.unparse(n.annotation)]


def problems(item: Item) -> list[str]:
    """What is wrong with one item's docstring (empty when nothing)."""
    node = item.node
    doc = ast.get_docstring(node)
    if not doc:
        return ["no docstring"]
    out = []
    found = sections(doc)
    titles = list(found)
    unknown = [t for t in titles if t not in ORDER]
    if unknown:
        out.append(f"unknown sections {unknown}")
    known = [t for t in titles if t in ORDER]
    if known != sorted(known, key=ORDER.index) or len(set(known)) != len(known):
        out.append(f"sections out of order {known}")
    if ">>>" not in found.get("Examples", ""):
        out.append("no Examples section with a >>> line")
    if isinstance(node, ast.ClassDef):
        init = _init(node)
        args = [a.arg for a in _arguments(init)] if init is not None else []
        if "dataclass" in _decorators(node):
            prose = doc.replace(found.get("Examples", ""), "")  # a field used in an example is not described
            words = set(re.findall(r"\w+", prose))
            missing = [f for f in _fields(node) if f not in words]
            if missing:
                out.append(f"fields not described {missing}")
    else:
        args = [a.arg for a in _arguments(node)]
        own = list(_own_nodes(node))
        generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own)
        returns = node.returns is not None and ast.unparse(node.returns) not in ("None", "NoReturn")
        if generator and "Yields" not in found:
            out.append("no Yields")
        elif returns and not generator and "Returns" not in found and not _decorators(node) & {
                "property", "contextmanager", "cached_property"}:
            out.append("no Returns")
    missing = [a for a in args if a not in documented(found.get("Parameters", ""))]
    if missing:
        out.append(f"parameters not in Parameters {missing}")
    return out


def unannotated(item: Item) -> list[str]:
    """The parts of a public signature without a type hint."""
    node = item.node
    if isinstance(node, ast.ClassDef):
        node = _init(node)
        if node is None:
            return []
    out = [f"parameter {a.arg}" for a in _arguments(node) if a.annotation is None]
    if node.returns is None and node.name != "__init__":
        out.append("return")
    return out


def test_the_checker_reads_numpy_docstrings() -> None:
    """The checker itself: sections, their order and the names a Parameters section gives."""
    doc = "Summary.\n\nParameters\n----------\na, b : str\n    Two.\n*args\n    More.\n\nExamples\n--------\n>>> 1\n1"
    assert list(sections(doc)) == ["Parameters", "Examples"]
    assert documented(sections(doc)["Parameters"]) == {"a", "b", "args"}
    bad = ast.parse('def f(x: int, y: int) -> int:\n    """S.\n\n    Examples\n    --------\n    >>> 1\n    1\n\n'
                    '    Parameters\n    ----------\n    x\n        X.\n    """\n').body[0]
    assert problems(Item("m.py", "f", bad)) == ["sections out of order ['Examples', 'Parameters']", "no Returns",
                                                "parameters not in Parameters ['y']"]


def test_every_public_item_is_found() -> None:
    names = {item.qualname for item in ITEMS}
    assert {"build_graph", "Lexicon.classify", "ActorTable.mention", "write_graphml"} <= names
    assert not any(n.rsplit(".", 1)[-1].startswith("_") for n in names)


def test_public_docstrings_follow_the_numpy_style() -> None:
    offenders = [f"{item}: {'; '.join(p)}" for item in ITEMS if item.qualname not in EXEMPT
                 for p in [problems(item)] if p]
    assert not offenders, f"{len(offenders)} public definitions break the docstring style:\n" + "\n".join(offenders)


def test_public_signatures_have_type_hints() -> None:
    offenders = [f"{item}: {', '.join(u)}" for item in ITEMS for u in [unannotated(item)] if u]
    assert not offenders, f"{len(offenders)} public signatures lack type hints:\n" + "\n".join(offenders)


def test_exemptions_are_still_needed() -> None:
    stale = [name for name in EXEMPT if not any(item.qualname == name and problems(item) for item in ITEMS)]
    assert not stale, f"exempt but compliant (or gone): {stale}"
