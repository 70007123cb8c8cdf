"""House rules a reviewer would otherwise check by eye: no test that cannot fail, no long function.

These run in the test suite (and so in .ci/run): a tautological assertion or a function over
the length limit fails the build instead of waiting for a review to find it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
PACKAGE = ROOT / "meetings_app"
DEMO = PACKAGE / "demo"
MAX_FUNCTION_LINES = 100


def _is_constant(node: ast.expr, constants: set[str]) -> bool:
    """Whether `node` has the same truth value however the code under test behaves."""
    if isinstance(node, ast.Constant | ast.JoinedStr | ast.Lambda):
        return True
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return bool(node.elts)  # a non-empty display is true whatever it holds
    if isinstance(node, ast.Dict):
        return bool(node.keys)
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return _is_constant(node.operand, constants)
    return False


def _module_constants(tree: ast.Module) -> set[str]:
    """Names bound once at module level to something always true: imports, classes, functions."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
    for node in ast.walk(tree):  # imports inside a test function are just as constant
        if isinstance(node, ast.Import | ast.ImportFrom) and node not in tree.body:
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def _why_tautological(test: ast.expr, constants: set[str]) -> str | None:
    """The reason an assertion on `test` can never fail, or None when it can."""
    if _is_constant(test, constants):
        return "asserts on a constant"
    if (
        isinstance(test, ast.BoolOp)
        and isinstance(test.op, ast.Or)
        and any(isinstance(v, ast.Constant) and v.value for v in test.values)
    ):
        return "`or` with a true constant"
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        same = ast.dump(test.left) == ast.dump(test.comparators[0])
        if same and isinstance(test.ops[0], ast.Eq | ast.Is | ast.GtE | ast.LtE | ast.In):
            return "compares a value with itself"
    return None


def tautologies(source: str) -> Iterator[tuple[int, str]]:
    """(line, reason) for every `assert` in `source` that cannot fail."""
    tree = ast.parse(source)
    constants = _module_constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            reason = _why_tautological(node.test, constants)
            if reason:
                yield node.lineno, reason


def _function_lengths(path: Path) -> Iterator[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            yield f"{node.name}:{node.lineno}", (node.end_lineno or node.lineno) - start + 1


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("assert True", "asserts on a constant"),
        ("assert 'always'", "asserts on a constant"),
        ("assert (x, 'message')", "asserts on a constant"),
        ("from PySide6.QtCore import QPointF\nassert QPointF", "asserts on a constant"),
        ("assert f() is None or True", "`or` with a true constant"),
        ("assert x.y == x.y", "compares a value with itself"),
    ],
)
def test_the_checker_catches_each_kind_of_tautology(source: str, reason: str) -> None:
    assert [why for _, why in tautologies(source)] == [reason]


@pytest.mark.parametrize(
    "source",
    ["assert x", "assert f() is None", "assert x == y", "assert not x", "assert x or y"],
)
def test_the_checker_leaves_real_assertions_alone(source: str) -> None:
    assert list(tautologies(source)) == []


def test_no_assertion_in_the_tests_is_tautological() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {reason}"
        for path in sorted(TESTS.rglob("*.py"))
        for line, reason in tautologies(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_function_outside_the_demo_is_longer_than_the_limit() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} {name}: {length} lines"
        for path in sorted(PACKAGE.rglob("*.py"))
        if DEMO not in path.parents
        for name, length in _function_lengths(path)
        if length > MAX_FUNCTION_LINES
    ]
    assert offenders == []
