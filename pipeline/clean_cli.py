"""Clean pages into article records: print them (FILE…) or write the corpus (--all).

  python -m pipeline clean PAGE.txt [PAGE.txt …]   print record(s) as JSON, write nothing
  python -m pipeline clean --all [--force]         clean every source into build/articles/
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from . import clean, schemas, sources
from .errors import PipelineError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("files", nargs="*", metavar="FILE", help="pages to clean and print")
    parser.add_argument("--all", action="store_true",
                        help="clean every source in sources/manifest.csv into build/articles/")
    parser.add_argument("--force", action="store_true", help="redo work the cache would skip")


def _manifest_records() -> dict[str, dict]:
    try:
        return {record["file"]: record for record in sources.read_manifest()}
    except PipelineError:
        return {}  # debugging a page must not depend on a healthy manifest


def main(args: argparse.Namespace) -> int:
    if args.all == bool(args.files):
        print("error: give FILE arguments or --all (not both)", file=sys.stderr)
        return 2
    if args.all:
        report = clean.run(force=args.force)
        print(f"clean: {len(report.articles)} articles ({report.cleaned} cleaned, "
              f"{report.reused} unchanged)", file=sys.stderr)
        return 0
    known = _manifest_records()
    printed, failures = [], []
    for name in args.files:
        path = Path(name)
        try:
            if not path.is_file():
                raise PipelineError(clean.Problem("not-found", "no such file", file=name))
            record = known.get(path.name) if path.resolve().parent == sources.SOURCES_DIR \
                else None
            article = clean.clean_source(path.read_bytes(),
                                         source=record or clean.adhoc_source(path))
            found = schemas.problems(article, "article", file=name)
            if found:
                raise PipelineError(found, f"{name}: record does not match its schema")
            printed.append(article)
        except PipelineError as error:
            failures.append(name)
            for problem in error.problems:  # name the file as the user gave it
                print(f"error: {replace(problem, file=name)}", file=sys.stderr)
    if printed:
        json.dump(printed[0] if len(args.files) == 1 else printed, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failures:
        print(f"clean: {len(failures)} of {len(args.files)} file(s) failed: "
              f"{', '.join(failures)}", file=sys.stderr)
        return 1
    return 0
