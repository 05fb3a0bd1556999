"""Run every stage in order: sources -> clean -> translate -> validate -> package -> docs pages.

  python -m pipeline build [--offline] [--force] [--model FILE] [--require-translations]

Each stage skips work whose inputs have not changed (see pipeline/cache.py); ``--force``
redoes everything. The site itself is built by ``mkdocs build`` in ``nox -s build``.
"""

from __future__ import annotations

import argparse
import sys
import time

from . import clean


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--force", action="store_true", help="redo work the cache would skip")


def main(args: argparse.Namespace) -> int:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    report = clean.run(force=args.force)
    timings["clean"] = time.perf_counter() - started
    print(f"clean: {len(report.articles)} articles ({report.cleaned} cleaned, "
          f"{report.reused} unchanged)", file=sys.stderr)
    print("build: " + ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in timings.items()),
          file=sys.stderr)
    return 0
