"""The code's shape, as the contributing notes promise it: short functions."""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
LONGEST = 80  # lines from `def` to the last line, docstring included


def test_no_function_in_the_package_is_over_80_lines():
    long = [f"{path.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path in sorted(PIPELINE.glob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > LONGEST]
    assert not long, long


def test_no_module_level_name_in_the_package_is_defined_twice():
    # (a second definition shadows the first for every rule that reads it, silently: one
    # name, one meaning)
    twice = []
    for path in sorted(PIPELINE.glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [target.id for target in targets if isinstance(target, ast.Name)]
            else:
                continue
            twice += [f"{path.name}:{node.lineno} {name}" for name in names if name in seen]
            seen.update(names)
    assert not twice, twice
