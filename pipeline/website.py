"""Build the site aside, then swap it in: a failed or killed build never leaves site/ empty.

  python -m pipeline site [--config mkdocs.yml]

Runs ``mkdocs build --strict`` into a staging folder beside ``site/`` (run the docs stage
first: the site is made of its pages), adds the package's Markdown files, which the site
serves as they are (``README.md``, ``LICENSE-DATA.md``, ``CHANGELOG.md``: as pages, mkdocs
would render them instead), and only then replaces ``site/`` by two renames, putting the
previous site back if the second fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT, docs
from .errors import PipelineError, Problem

SITE_DIR = "site"
STAGING_PREFIX = ".site-staging-"
CONFIG = "mkdocs.yml"


def served_markdown(generated: Path) -> dict[str, Path]:
    """The package's Markdown files under the generated downloads, by path in the site."""
    files = Path(generated) / docs.DOWNLOADS
    return {f"{generated.name}/{docs.DOWNLOADS}/{path.relative_to(files).as_posix()}": path
            for path in sorted(files.rglob("*.md"))}


def swap_in(built: Path, target: Path, previous: Path) -> None:
    """Replace ``target`` by ``built``; on failure the previous ``target`` is put back."""
    if target.exists():
        os.rename(target, previous)
    try:
        os.rename(built, target)
    except BaseException:
        if previous.exists():
            os.rename(previous, target)
        raise


def build(root: Path = ROOT, *, config: str = CONFIG, site_dir: Path | None = None) -> str:
    """Build the site of the project at ``root`` into ``site_dir`` (default ``root/site``);
    returns mkdocs's log. Raises a :class:`PipelineError` naming the warnings when the strict
    build fails, leaving the previous site as it was."""
    root = Path(root)
    target = Path(site_dir or root / SITE_DIR)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=target.parent))
    try:
        built = staging / SITE_DIR
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / config),
             "-d", str(built)], cwd=root, capture_output=True, text=True, check=False,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        log = result.stdout + result.stderr
        if result.returncode != 0:
            reasons = [line for line in log.splitlines() if "WARNING" in line or "ERROR" in line]
            raise PipelineError([Problem("site-build-failed", line.strip(), file=config)
                                 for line in reasons or log.splitlines()[-3:]],
                                "the site was not built; the previous site is unchanged")
        for path, source in served_markdown(root / "docs" / docs.OUT_DIR.name).items():
            (built / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, built / path)
        swap_in(built, target, staging / "previous")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return log


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--config", default=CONFIG, help="the MkDocs configuration file")


def main(args: argparse.Namespace) -> int:
    build(config=args.config)
    count = sum(1 for path in (ROOT / SITE_DIR).rglob("*") if path.is_file())
    print(f"site: {count} files in {SITE_DIR}/ (built aside and swapped in)", file=sys.stderr)
    return 0
