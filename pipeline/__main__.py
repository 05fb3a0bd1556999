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
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also log the details (cache decisions, skipped checks)")
    subparsers = parser.add_subparsers(dest="stage", required=True, metavar="STAGE")
    for name, module_name in STAGES.items():
        module = importlib.import_module(module_name, __package__)
        sub = subparsers.add_parser(name, help=module.__doc__.strip().splitlines()[0],
                                    description=module.__doc__)
        module.configure(sub)
        sub.set_defaults(main=module.main)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(message)s", stream=sys.stderr)
    try:
        return args.main(args)
    except PipelineError as error:
        logging.getLogger("pipeline").error("error: %s", error.report())
        return 1


if __name__ == "__main__":
    sys.exit(main())
