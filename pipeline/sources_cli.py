"""Manage raw sources: add a capture, accept a deliberate change, or verify the manifest.

  python -m pipeline sources add PAGE.txt --outlet "…" --url URL --retrieved YYYY-MM-DD

A page the cleaner cannot read or finds no article in is refused with the reason;
--force adds it anyway (the build will then report it until the cleaner handles it).
  python -m pipeline sources verify
  python -m pipeline sources accept FILE
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import sources


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="copy a raw capture into sources/ and record it")
    add.add_argument("file")
    add.add_argument("--outlet")
    add.add_argument("--url")
    add.add_argument("--retrieved", help="capture date, YYYY-MM-DD (leave out if unknown)")
    add.add_argument("--notes", default="")
    add.add_argument("--force", action="store_true",
                     help="add the capture even if the cleaner finds no article in it")
    actions.add_parser("verify", help="check every raw file against the manifest")
    accept = actions.add_parser("accept", help="re-pin a source whose bytes changed on purpose")
    accept.add_argument("file")


def main(args: argparse.Namespace) -> int:
    if args.action == "add":
        if not args.force and Path(args.file).is_file():
            # A capture the build cannot use is refused now rather than at the next build.
            from .clean import adhoc_source, clean_source

            clean_source(Path(args.file).read_bytes(), source=adhoc_source(Path(args.file)))
        record = sources.add(args.file, outlet=args.outlet, url=args.url,
                             retrieved=args.retrieved, notes=args.notes)
        print(f"added {record['id']} ({record['bytes']} bytes, sha256 {record['sha256']})")
    elif args.action == "accept":
        record = sources.accept(args.file)
        print(f"accepted new bytes for {record['id']}: sha256 {record['sha256']}")
    else:
        records = sources.read_manifest()
        sources.verify(records)
        print(f"{len(records)} sources match the manifest")
    return 0
