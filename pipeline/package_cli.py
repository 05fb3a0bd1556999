"""Build, validate and atomically publish the data package: package/ (descriptor + data/).

  python -m pipeline package
"""

from __future__ import annotations

import argparse

from . import package


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def main(args: argparse.Namespace) -> int:
    summary = package.run()
    state = "published" if summary["changed"] else "unchanged"
    print(f"package {summary['version']} ({summary['created']}) {state}: "
          f"{summary['articles']} articles, {summary['sentences']} sentences")
    return 0
