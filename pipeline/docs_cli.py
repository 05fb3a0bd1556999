"""Generate the site's data pages (docs/generated/) from the published data package.

  python -m pipeline docs [--out DIR]

Reads datapackage.json and data/ (run the package stage first), validates them, and writes
the overview, one page per article, the data dictionary, downloads and changelog pages.
The site itself is then built with `mkdocs build --strict` (see `nox -s docs`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import docs


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--out", type=Path, default=docs.OUT_DIR,
                        help="folder for the generated pages (default docs/generated)")


def main(args: argparse.Namespace) -> int:
    summary = docs.run(out_dir=args.out)
    print(f"docs: {summary['files']} files for {summary['articles']} articles "
          f"({summary['written']} written, {summary['deleted']} deleted); package "
          f"{summary['validation']}, translation coverage {summary['coverage']}")
    return 0
