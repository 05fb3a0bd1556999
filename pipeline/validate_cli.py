"""Validate every record of every stage against the JSON Schemas, and the built package.

  python -m pipeline validate               # schemas, manifest, build/, translations/, package
  python -m pipeline validate --no-package  # skip package/ (datapackage.json + data/)
  python -m pipeline validate --report build/validation-report.json
"""

from __future__ import annotations

import argparse
import logging

from . import validate

LOG = logging.getLogger(__name__)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--no-package", action="store_true",
                        help="do not validate the published package (package/)")
    parser.add_argument("--report", help="also write the structured report (JSON) to this file")


def main(args: argparse.Namespace) -> int:
    summary = validate.run(check_built_package=not args.no_package,
                           report_path=args.report).summary
    checked = "" if summary["package"] else " (package not checked)"
    LOG.info("valid: %s sources, %s articles, %s paragraphs, %s sentences%s",
             summary["sources"], summary["articles"], summary["paragraphs"],
             summary["sentences"], checked)
    return 0
