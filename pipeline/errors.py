"""Structured problems, in the manner of frictionless: a code, a location and a message."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input.

    ``file`` and ``record`` say where; ``pointer`` is a JSON pointer inside the record
    (empty for the whole record); ``code`` is a short machine-readable kind.
    """

    code: str
    message: str
    file: str = ""
    record: str = ""
    pointer: str = ""

    def __str__(self) -> str:
        """``file (record R) at /pointer: [code] message``, each part only when known."""
        where = " ".join(part for part in (
            self.file, f"(record {self.record})" if self.record else "",
            f"at {self.pointer}" if self.pointer else "") if part)
        return f"{where}: [{self.code}] {self.message}" if where else \
            f"[{self.code}] {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


class PipelineError(Exception):
    """A stage failed; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem, summary: str = ""):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.summary = summary or f"{len(self.problems)} problem(s)"
        super().__init__(self.report())

    def report(self) -> str:
        lines = [self.summary]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)
