"""Release the built package: propose the SemVer bump, write the CHANGELOG entry and the zip.

  python -m pipeline release --dry-run      # show the proposed version and changelog entry
  python -m pipeline release                # release with the proposed bump
  python -m pipeline release --bump major   # or override: --version 2.0.0

A package with Arabic sentences lacking English for their current text, or with stale
post-edits awaiting review, is refused; --allow-incomplete releases it anyway, stating
the coverage.
"""

from __future__ import annotations

import argparse

from . import release, versioning


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--dry-run", action="store_true",
                        help="only show the proposal and the changelog entry")
    parser.add_argument("--allow-incomplete", action="store_true",
                        help="release even if Arabic sentences lack current English or have "
                             "stale post-edits; the CHANGELOG entry and datapackage.json "
                             "state the coverage")
    override = parser.add_mutually_exclusive_group()
    override.add_argument("--bump", choices=versioning.BUMPS, help="override the proposed bump")
    override.add_argument("--version", help="release exactly this version (MAJOR.MINOR.PATCH)")


def main(args: argparse.Namespace) -> int:
    result = release.run(version=args.version, bump=args.bump, dry_run=args.dry_run,
                         allow_incomplete=args.allow_incomplete)
    if result["previous"]:
        print(f"proposed bump: {result['proposed']} "
              f"({result['previous']} -> {result['version']})\n")
    else:
        print(f"first release: {result['version']}\n")
    print(result["changelog"])
    if not args.dry_run:
        print(f"released {result['version']}: {result['archive']}\n"
              f"sha256 {result['archive_sha256']}")
    return 0
