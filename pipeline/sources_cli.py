"""Manage raw sources: add a capture, accept a deliberate change, or verify the manifest.

  python -m pipeline sources add PAGE.txt --outlet "…" --url URL --retrieved YYYY-MM-DD
  python -m pipeline sources verify
  python -m pipeline sources accept FILE
"""

from __future__ import annotations

import argparse

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
    actions.add_parser("verify", help="check every raw file against the manifest")
    accept = actions.add_parser("accept", help="re-pin a source whose bytes changed on purpose")
    accept.add_argument("file")


def main(args: argparse.Namespace) -> int:
    if args.action == "add":
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
