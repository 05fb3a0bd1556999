"""Build the site aside, then switch to it in one atomic step.

  python -m pipeline site [--builder mkdocs|zensical] [--site-dir DIR] [--force]

``site/`` is a symbolic link to a complete build kept beside it in ``.site-versions/``. A
build is made in a new folder there: ``mkdocs build --strict`` (or Zensical's, which reads the
same ``mkdocs.yml``), then the package's Markdown files, which the site serves as they are
(``README.md``, ``LICENSE-DATA.md``, ``CHANGELOG.md``: as pages, a site generator would render
them instead). Only then is ``site`` switched to it, by renaming a new link over the old one,
which POSIX makes atomic: a build killed at any moment leaves ``site/`` showing a complete
site, the previous one or the new one. Older builds are removed afterwards.

The site is rebuilt only when what it is made of changed: the builder, ``mkdocs.yml``, every
file under ``docs/`` (the generated pages included) and the step key of the site
(:func:`pipeline.cache.step_version`: the code and the builders' versions). The key is kept
in the build's folder (:data:`STAMP`); ``--force`` builds anyway. Run the docs stage first:
the site is made of its pages.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT, cache, package
from .errors import PipelineError, Problem

SITE_DIR = "site"
CONFIG = "mkdocs.yml"
BUILDERS = ("mkdocs", "zensical")
#: In a build's folder: the key of the inputs it was built from.
STAMP = ".inputs.sha256"
#: What the site is made of, by pattern under the project root, besides the configuration.
INPUTS = ["docs/**/*"]
#: Set to a step's name (:data:`STEPS`) to kill the build there with SIGKILL, as a power cut
#: or an OOM killer would: the tests show that ``site/`` stays complete at every step.
KILL_AT_ENV = "PIPELINE_SITE_KILL_AT"
STEPS = ("built", "copied", "linked")
#: A new link, made beside ``site`` and then renamed over it.
LINK_PREFIX = ".site-link-"


def versions_dir(target: Path) -> Path:
    """Where the builds behind the link ``target`` are kept (beside it: renames stay on one
    file system)."""
    return target.parent / f".{target.name}-versions"


def inputs_key(root: Path, config: str, builder: str) -> str:
    digests = package.file_digests(root, [config, *INPUTS])
    return cache.key(cache.step_version("site"), builder, sorted(digests.items()))


def built_from(target: Path) -> str | None:
    """The inputs key of the build ``target`` shows, None when there is none."""
    try:
        return (target / STAMP).read_text(encoding="utf-8")
    except OSError:
        return None


def served_markdown(generated: Path) -> dict[str, Path]:
    """The package's Markdown files under the generated downloads, by path in the site."""
    from . import docs  # only when building: the docs stage's module is slow to import

    files = Path(generated) / docs.DOWNLOADS
    return {f"{generated.name}/{docs.DOWNLOADS}/{path.relative_to(files).as_posix()}": path
            for path in sorted(files.rglob("*.md"))}


def _reached(step: str) -> None:
    if os.environ.get(KILL_AT_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def run_builder(root: Path, config: str, builder: str, out: Path) -> str:
    """``builder``'s strict build of ``config`` into ``out``; returns its log. Both builders
    take the output folder from ``CORPUS_SITE_DIR`` (see mkdocs.yml); Zensical only one
    inside the project."""
    result = subprocess.run(
        [sys.executable, "-m", builder, "build", "--strict", "-f", str(root / config)],
        cwd=root, capture_output=True, text=True, check=False,
        env={**os.environ, "CORPUS_SITE_DIR": str(out), "NO_MKDOCS_2_WARNING": "1"})
    log = result.stdout + result.stderr
    if result.returncode != 0:
        reasons = [line for line in log.splitlines() if "WARNING" in line or "ERROR" in line]
        raise PipelineError([Problem("site-build-failed", line.strip(), file=config)
                             for line in reasons or log.splitlines()[-3:]],
                            "the site was not built; the previous site is unchanged")
    return log


def switch_to(target: Path, build: Path) -> None:
    """Point the link ``target`` at ``build`` in one rename. A folder left at ``target`` by
    an older version of this module is first moved among the builds (the only moment
    without a site, once)."""
    link = target.parent / f"{LINK_PREFIX}{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(build.relative_to(target.parent), target_is_directory=True)
    if target.is_dir() and not target.is_symlink():
        target.rename(Path(tempfile.mkdtemp(prefix="old-", dir=build.parent)) / target.name)
    os.replace(link, target)


def remove_others(target: Path) -> None:
    """Every build but the one ``target`` shows, and links left by a killed build."""
    live = target.resolve()
    kept = versions_dir(target)
    for path in sorted(kept.iterdir() if kept.is_dir() else []):
        if path.resolve() != live:
            shutil.rmtree(path, ignore_errors=True)
    for link in target.parent.glob(f"{LINK_PREFIX}*"):
        link.unlink(missing_ok=True)


def build(root: Path = ROOT, *, config: str = CONFIG, site_dir: Path | None = None,
          builder: str = "mkdocs", force: bool = False) -> str | None:
    """Build the site of the project at ``root`` as ``site_dir`` (default ``root/site``), a
    link to the build; returns the builder's log, or None when the site was already built
    from these inputs. Raises a :class:`PipelineError` naming the warnings when the strict
    build fails, leaving the previous site as it was."""
    root = Path(root)
    target = Path(site_dir or root / SITE_DIR).absolute()
    key = inputs_key(root, config, builder)
    if not force and built_from(target) == key:
        remove_others(target)  # what a build killed after switching left behind
        return None
    versions_dir(target).mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f"{builder}-", dir=versions_dir(target)))
    try:
        log = run_builder(root, config, builder, new)
        _reached("built")
        for path, source in served_markdown(root / "docs" / "generated").items():
            (new / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, new / path)
        (new / STAMP).write_text(key, encoding="utf-8")
        _reached("copied")
        switch_to(target, new)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    _reached("linked")
    remove_others(target)
    return log


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--config", default=CONFIG, help="the MkDocs configuration file")
    parser.add_argument("--builder", choices=BUILDERS, default="mkdocs",
                        help="the site generator (both read the same configuration)")
    parser.add_argument("--site-dir", type=Path,
                        help="where the site appears (a link to the build; default site/)")
    # Another checkout's site with this code: the benchmark's copy of the real corpus.
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help="build even if nothing changed")


def main(args: argparse.Namespace) -> int:
    site_dir = args.site_dir or args.root / SITE_DIR
    log = build(args.root, config=args.config, site_dir=site_dir, builder=args.builder,
                force=args.force)
    if log is None:
        print(f"site: {site_dir.name}/ is up to date ({args.config} and docs/ unchanged)",
              file=sys.stderr)
        return 0
    count = sum(1 for path in site_dir.rglob("*") if path.is_file())
    print(f"site: {count} files in {site_dir.name}/ ({args.builder}, built aside and "
          "switched to)", file=sys.stderr)
    return 0
