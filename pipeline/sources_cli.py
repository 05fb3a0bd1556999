"""Manage raw sources: add a capture, accept a deliberate change, or verify the manifest.

  python -m pipeline sources add PAGE.txt --outlet "…" --url URL --retrieved YYYY-MM-DD

A page the cleaner cannot read or finds no article in is refused with the reason;
--force adds it anyway (the build will then report it until the cleaner handles it).
A page that is not valid UTF-8 (or UTF-16, or Windows-1256 Arabic) is refused naming the
byte offset of the first bad byte (with --force, the build replaces the bad bytes and says
so in the article's notes); a page over the size limit is refused
(PIPELINE_MAX_PAGE_BYTES, 5 MB by default). The same bytes as a listed source are refused
naming both files; --force adds them marked duplicate_of that source (not cleaned twice).
--outlet and --notes are cleaned like page text (no control or bidi characters).
  python -m pipeline sources verify
  python -m pipeline sources accept FILE
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import sources, textnorm


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
                     help="add the capture even if the cleaner finds no article in it, or "
                          "if a listed source has the same bytes (marked duplicate_of it)")
    actions.add_parser("verify", help="check every raw file against the manifest")
    accept = actions.add_parser("accept", help="re-pin a source whose bytes changed on purpose")
    accept.add_argument("file")


def main(args: argparse.Namespace) -> int:
    if args.action == "add":
        page = Path(args.file)
        if not args.force and page.is_file() and page.stat().st_size <= sources.max_page_bytes():
            # A capture the build cannot use is refused now rather than at the next build;
            # strictly decoded first, as the build would replace bad bytes.
            from .clean import adhoc_source, clean_source

            textnorm.decode(page.read_bytes(), file=args.file)
            clean_source(page.read_bytes(), source=adhoc_source(page))
        record = sources.add(args.file, outlet=args.outlet, url=args.url,
                             retrieved=args.retrieved, notes=args.notes, force=args.force)
        duplicate = f", a duplicate of {record['duplicate_of']}" if record["duplicate_of"] else ""
        print(f"added {record['id']} ({record['bytes']} bytes, sha256 {record['sha256']}"
              f"{duplicate})")
    elif args.action == "accept":
        record = sources.accept(args.file)
        print(f"accepted new bytes for {record['id']}: sha256 {record['sha256']}")
    else:
        records = sources.read_manifest()
        sources.verify(records)
        print(f"{len(records)} sources match the manifest")
    return 0
