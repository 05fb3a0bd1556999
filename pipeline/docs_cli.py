"""Generate the site's data pages (docs/generated/) from the published data package.

  python -m pipeline docs [--out DIR]

Reads package/ (datapackage.json and data/; run the package stage first), validates it, and
writes the overview, one page per article, the data dictionary, downloads and changelog pages;
nothing when none of its inputs changed (``--force`` makes everything again). The site
itself is then built by `python -m pipeline site` (see `nox -s docs`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import docs


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--out", type=Path, default=docs.OUT_DIR,
                        help="folder for the generated pages (default docs/generated)")
    parser.add_argument("--force", action="store_true",
                        help="generate every page, chart and archive even if nothing changed")


def main(args: argparse.Namespace) -> int:
    summary = docs.run(out_dir=args.out, force=args.force)
    print(f"docs: {summary['files']} files for {summary['articles']} articles "
          f"({summary['written']} written, {summary['deleted']} deleted); package "
          f"{summary['validation']}, translation coverage {summary['coverage']}")
    return 0
