"""Command line: ``python -m pipeline STAGE [options]``.

Each stage module exposes ``configure(parser)`` to declare its options and
``main(args) -> int`` to run; this file only dispatches, so stage logic stays in its module.
Messages go to the standard error through :mod:`logging`: ``--verbose`` adds the details
(why a stage redoes its work, what it skips); the standard output holds only what a
command prints as its result (a record, a table).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from .errors import PipelineError
from .fileio import os_problem

#: Stage name -> module (relative to this package), in pipeline order.
STAGES = {
    "sources": ".sources_cli",
    "clean": ".clean_cli",
    "translate": ".translate_cli",
    "validate": ".validate_cli",
    "package": ".package_cli",
    "release": ".release_cli",
    "docs": ".docs_cli",
    "site": ".website",
    "build": ".build",
    "bench": ".bench_cli",
    "bench-distributed": ".bench_distributed_cli",
    "evaluate": ".evaluate",
    "title-model": ".title_training",
}


def build_parser(stage: str | None = None) -> argparse.ArgumentParser:
    """The parser of every stage, or, given the ``stage`` a command runs, the parser that
    imports that stage's module alone: a build does not pay for the benchmark's or the
    evaluation's imports (the others are named, so a misspelt stage still lists them)."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also log the details (cache decisions, skipped checks)")
    subparsers = parser.add_subparsers(dest="stage", required=True, metavar="STAGE")
    for name, module_name in STAGES.items():
        if stage is not None and name != stage:
            subparsers.add_parser(name)
            continue
        module = importlib.import_module(module_name, __package__)
        sub = subparsers.add_parser(name, help=module.__doc__.strip().splitlines()[0],
                                    description=module.__doc__)
        module.configure(sub)
        sub.set_defaults(main=module.main)
    return parser


def stage_named(argv: list[str]) -> str | None:
    """The stage ``argv`` runs, when it names one (before it come only switches)."""
    stage = next((arg for arg in argv if not arg.startswith("-")), None)
    return stage if stage in STAGES else None


class StderrHandler(logging.StreamHandler):
    """Writes to ``sys.stderr`` as it is when a message is logged, not as it was when the
    handler was made: ``main`` may run several times in one process (tests, the benchmark),
    each time with another standard error."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)
        self.setFormatter(logging.Formatter("%(message)s"))

    @property
    def stream(self):
        return sys.stderr


def log_to_stderr(verbose: bool) -> logging.Logger:
    """The pipeline's logger, writing to the standard error once, whatever the root logger
    holds (``logging.basicConfig`` does nothing when a host configured it already)."""
    logger = logging.getLogger("pipeline")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not any(isinstance(handler, StderrHandler) for handler in logger.handlers):
        logger.addHandler(StderrHandler())
    return logger


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(stage_named(argv)).parse_args(argv)
    logger = log_to_stderr(args.verbose)
    try:
        return args.main(args)
    except PipelineError as error:
        logger.error("error: %s", error.report())
        return 1
    except OSError as error:  # disk full, permission, a file gone: one line, the path named
        logger.error("error: %s", os_problem(error))
        return 1


if __name__ == "__main__":
    sys.exit(main())
