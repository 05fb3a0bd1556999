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
(:func:`pipeline.cache.step_version`: the code and the builders' versions). What a build was
made from is kept in its folder (:data:`STAMP`): the key of everything every page depends on
(configuration, its inherited ``site.yml``, code and builders) and the SHA-256 of each file
under ``docs/``. ``--force`` builds anyway. Run the docs stage first: the site is made of its
pages.

**Incremental builds (MkDocs).** When only files under ``docs/`` changed since the build the
site shows (same key) and none was removed, the new build starts as a copy of that one
(bytes copied: a hard link would let a write reach the live site) and MkDocs, through its
Python API, renders only the pages whose Markdown changed and copies only the changed files;
404.html and the sitemap are made again, and the search index is the previous one with the
entries of the re-rendered pages replaced, in the order a full build writes them. A changed
file the docs stage generated that is not a page (the package's data, hundreds of megabytes)
is hard-linked into the build rather than copied: the docs stage only ever replaces its
files whole, and so does this build, so no write reaches a linked file. The
result is byte-identical to a full build of the same inputs (tested): a page's HTML depends
only on its Markdown, the fixed navigation and the configuration, all in the key; a page
that includes snippets (``--8<--``) also depends on the files the build does not publish
(``exclude_docs``), which are hashed into its digest. MkDocs' own ``build --dirty`` is not
used: it decides by modification times, it drops every page it does not render from the
search index, and its warning fails a ``--strict`` build. A removed file, another builder
(Zensical) or ``--force`` makes a full build.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import msgspec

from . import ROOT, cache, package
from .errors import PipelineError, Problem
from .fileio import die_with_parent, link_file

SITE_DIR = "site"
CONFIG = "mkdocs.yml"
BUILDERS = ("mkdocs", "zensical")
#: In a build's folder: what it was built from (JSON: the key and each docs file's SHA-256).
STAMP = ".inputs.json"
#: What the site is made of, by pattern under the project root, besides the configuration.
INPUTS = ["docs/**/*"]
#: The docs stage's folder under docs/ (files only ever replaced whole, never written into).
GENERATED = "generated"
#: What mkdocs.yml inherits (under docs/), written by the docs stage: part of every page.
INHERITED = f"{GENERATED}/site.yml"
#: Set to a step's name (:data:`STEPS`) to kill the build there with SIGKILL, as a power cut
#: or an OOM killer would: the tests show that ``site/`` stays complete at every step.
KILL_AT_ENV = "PIPELINE_SITE_KILL_AT"
STEPS = ("built", "copied", "linked")
#: Where incremental builds keep Material's compiled templates (Jinja's bytecode cache).
TEMPLATE_CACHE = "build/cache/site-templates"
#: Where the digests of the files under docs/ are remembered (:class:`fileio.DigestMemo`).
DIGESTS_DIR = "build/cache"
#: Messages of the incremental build (they go to the log the build returns).
LOG = logging.getLogger("mkdocs.pipeline")
#: A new link, made beside ``site`` and then renamed over it.
LINK_PREFIX = ".site-link-"


def versions_dir(target: Path) -> Path:
    """Where the builds behind the link ``target`` are kept (beside it: renames stay on one
    file system)."""
    return target.parent / f".{target.name}-versions"


def inputs(root: Path, config: str, builder: str) -> dict:
    """What a build of the site is made from: ``key`` hashes what every page depends on (the
    builder, the step key, the configuration and the ``site.yml`` it inherits); ``sources``
    is the SHA-256 of each file under ``docs/``, by path under it."""
    sources = {path.removeprefix("docs/"): digest for path, digest
               in package.file_digests(root, INPUTS, root / DIGESTS_DIR).items()}
    for page, included in snippets(root / "docs", sources).items():
        # A page's HTML is also made of the files it includes.
        sources[page] = cache.key(sources[page], [sources.get(path) for path in included])
    configuration = package.file_digests(root, [config])
    key = cache.key(cache.step_version("site"), builder, sorted(configuration.items()),
                    sources.get(INHERITED))
    return {"key": key, "sources": sources}


#: pymdownx.snippets' one-line form, ``--8<-- "path"``, and its marker in any other form.
SNIPPET_LINE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["'])([^"']+)\1\s*$""", re.M)
SNIPPET_MARK = re.compile(r"-{1,}8<-{1,}")


def snippets(docs_dir: Path, sources: dict[str, str]) -> dict[str, list[str]]:
    """The files each page that includes snippets includes, by path under ``docs_dir``;
    a page using another form of the syntax is taken to include every file."""
    found = {}
    for path in sources:
        if not path.endswith(".md") or path.startswith("generated/"):
            # Generated pages include none: their scraped text is escaped, "<" included
            # (pipeline/markup.py), so it never holds the marker.
            continue
        text = (docs_dir / path).read_text(encoding="utf-8")
        marks = len(SNIPPET_MARK.findall(text))
        if marks:
            lines = [match.group(2) for match in SNIPPET_LINE.finditer(text)]
            found[path] = lines if len(lines) == marks else sorted(sources)
    return found


def built_from(target: Path) -> dict | None:
    """What the build ``target`` shows was made from (:func:`inputs`), None when there is
    no complete build."""
    try:
        return json.loads((target / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def changed_sources(previous: dict | None, current: dict) -> set[str] | None:
    """The files under ``docs/`` to build again on top of the previous build, None when a
    full build is needed: no previous build, another key, or a file removed (a page left
    would keep a link to it that a full build refuses)."""
    if not previous or previous.get("key") != current["key"]:
        return None
    before = previous.get("sources", {})
    if not set(before) <= set(current["sources"]):
        return None
    return {path for path, digest in current["sources"].items() if before.get(path) != digest}


def served_markdown(generated: Path) -> dict[str, Path]:
    """The package's Markdown files under the generated downloads, by path in the site."""
    from . import docs  # only when building: the docs stage's module is slow to import

    files = Path(generated) / docs.DOWNLOADS
    return {f"{generated.name}/{docs.DOWNLOADS}/{path.relative_to(files).as_posix()}": path
            for path in sorted(files.rglob("*.md"))}


def _reached(step: str) -> None:
    if os.environ.get(KILL_AT_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def run_builder(root: Path, config: str, builder: str, out: Path,
                changed: set[str] | None = None,
                started: subprocess.Popen | None = None) -> str:
    """``builder``'s strict build of ``config`` into ``out``; returns its log. Both builders
    take the output folder from ``CORPUS_SITE_DIR`` (see mkdocs.yml); Zensical only one
    inside the project. ``changed`` (MkDocs only): ``out`` holds the previous build, and only
    these files under ``docs/`` are built again, by ``started``
    (:func:`started_incremental`)."""
    if changed is not None:
        log = "".join(started.communicate(json.dumps({"out": str(out),
                                                      "changed": sorted(changed)})))
        returncode = started.returncode
    else:
        result = subprocess.run(
            [sys.executable, "-m", builder, "build", "--strict", "-f", str(root / config)],
            cwd=root, capture_output=True, text=True, check=False, preexec_fn=die_with_parent,
            env={**os.environ, "CORPUS_SITE_DIR": str(out), "NO_MKDOCS_2_WARNING": "1"})
        log, returncode = result.stdout + result.stderr, result.returncode
    if returncode != 0:
        reasons = [line for line in log.splitlines() if "WARNING" in line or "ERROR" in line]
        raise PipelineError([Problem("site-build-failed", line.strip(), file=config)
                             for line in reasons or log.splitlines()[-3:]],
                            "the site was not built; the previous site is unchanged")
    return log


@contextlib.contextmanager
def started_incremental(root: Path, config: str, wanted: bool):
    """An incremental MkDocs build (:func:`incremental_main`) started before this process
    knows what it will render: MkDocs is imported and the configuration read (half a
    second) while the docs are hashed. In a process of its own, as a full build: MkDocs
    reads paths relative to the working directory (snippets) and sets up logging for the
    process. Killed on leaving, unless it was given its work."""
    if not wanted:
        yield None
        return
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pipeline.website import incremental_main; "
         "sys.exit(incremental_main(sys.argv[1:]))", str(root / config),
         str(root / TEMPLATE_CACHE)],
        cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=die_with_parent, env={
            **os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": os.pathsep.join(filter(
                None, [str(Path(__file__).parent.parent), os.environ.get("PYTHONPATH")]))})
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            process.communicate()


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


def spare_build(target: Path) -> Path | None:
    """The newest complete build that ``target`` does not show: the base of the next build,
    updated in place (no reader sees it), so that no build copies or deletes a whole site."""
    live = target.resolve()
    kept = versions_dir(target)
    complete = [path for path in (kept.iterdir() if kept.is_dir() else [])
                if path.resolve() != live and (path / STAMP).is_file()]
    return max(complete, key=lambda path: (path / STAMP).stat().st_mtime_ns, default=None)


def remove_others(target: Path, spare: Path | None = None) -> None:
    """Every build but the one ``target`` shows and ``spare``, and links left by a killed
    build."""
    live = target.resolve()
    kept = versions_dir(target)
    for path in sorted(kept.iterdir() if kept.is_dir() else []):
        if path.resolve() not in (live, spare and spare.resolve()):
            shutil.rmtree(path, ignore_errors=True)
    for link in target.parent.glob(f"{LINK_PREFIX}*"):
        link.unlink(missing_ok=True)


def copy_build(previous: Path, new: Path, skip: frozenset[str] = frozenset()) -> None:
    """The previous build's files into ``new``, as copies (the live site's files are never
    shared with the build that writes over them), but for the paths in ``skip``."""
    def skipped(folder: str, names: list[str]) -> list[str]:
        base = Path(folder).relative_to(previous).as_posix()
        return [name for name in names if (name if base == "." else f"{base}/{name}") in skip]

    shutil.copytree(previous, new, dirs_exist_ok=True, copy_function=shutil.copyfile,
                    ignore=skipped)


def build(root: Path = ROOT, *, config: str = CONFIG, site_dir: Path | None = None,
          builder: str = "mkdocs", force: bool = False) -> str | None:
    """Build the site of the project at ``root`` as ``site_dir`` (default ``root/site``), a
    link to the build; returns the builder's log, or None when the site was already built
    from these inputs. Only the changed pages are built when the previous build allows it
    (see the module's docstring). Raises a :class:`PipelineError` naming the warnings when
    the strict build fails, leaving the previous site as it was."""
    root = Path(root)
    target = Path(site_dir or root / SITE_DIR).absolute()
    incremental = not force and builder == "mkdocs"
    with started_incremental(root, config, incremental) as started:
        made_from = inputs(root, config, builder)
        previous = built_from(target)
        if not force and previous == made_from:
            remove_others(target, spare_build(target))  # what a killed build left behind
            return None
        new, changed = _base(target, made_from, builder, incremental=incremental)
        try:
            log = run_builder(root, config, builder, new, changed, started)
            _reached("built")
            for path, source in served_markdown(root / "docs" / "generated").items():
                (new / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, new / path)
            (new / STAMP).write_text(json.dumps(made_from, sort_keys=True, indent=0) + "\n",
                                     encoding="utf-8")
            _reached("copied")
            live = target.resolve() if target.exists() else None
            switch_to(target, new)
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
    _reached("linked")
    remove_others(target, keep_spare(target, live, made_from) if builder == "mkdocs" else live)
    return log


def keep_spare(target: Path, previous: Path | None, made_from: dict) -> Path:
    """The build to keep beside the one ``target`` shows, as the base of the next
    incremental build: the previous one when it was made from the same key (what every
    page depends on), else a copy of the new one, made now, so that the next build that
    changes a few pages copies none (the first after a forced or first build would
    otherwise copy the whole site). The copy's stamp is written last: a copy cut short is
    never taken for a build; the other builds are removed first, so that no more than two
    sites are ever on disk at once."""
    live = target.resolve()
    if previous is not None and previous.resolve() != live \
            and (built_from(previous) or {}).get("key") == made_from["key"]:
        return previous
    remove_others(target)
    spare = Path(tempfile.mkdtemp(prefix="mkdocs-", dir=versions_dir(target)))
    spare.chmod(0o755)
    copy_build(live, spare, frozenset({STAMP}))
    shutil.copyfile(live / STAMP, spare / STAMP)
    return spare


def _base(target: Path, made_from: dict, builder: str, *,
          incremental: bool) -> tuple[Path, set[str] | None]:
    """The folder to build in and the files to build again there (None: everything). Best,
    the spare build (:func:`spare_build`) brought up to date in place; else a copy of the
    build ``target`` shows; else an empty folder."""
    spare = spare_build(target) if incremental else None
    changed = changed_sources(built_from(spare), made_from) if spare else None
    if changed is not None:
        (spare / STAMP).unlink()  # incomplete until the end: never taken for a build
        return spare, changed
    versions_dir(target).mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f"{builder}-", dir=versions_dir(target)))
    new.chmod(0o755)  # served as a checked-out folder is: readable by a web server's user
    changed = changed_sources(built_from(target), made_from) if incremental else None
    if changed is not None:
        # A changed file that is not a page is published at its own path: not copied.
        copy_build(target.resolve(), new, frozenset(
            {STAMP, *(path for path in changed if not path.endswith(".md"))}))
    return new, changed


# ---------------------------------------------------------------- incremental MkDocs build


class _Incremental:
    """A plugin added to MkDocs at run time (never in mkdocs.yml, which Zensical reads too)
    for a build on top of the previous one: MkDocs' ``dirty`` mode, with "modified" meaning
    "in ``changed``" instead of a modification time, and the search index merged. The base
    build has no file to delete: it was made from files all still there (a removed file
    makes a full build, :func:`changed_sources`)."""

    def __init__(self, changed: set[str], site_dir: Path, template_cache: Path):
        self.changed, self.template_cache = changed, template_cache
        index = site_dir / SEARCH_INDEX
        self.previous = _by_page(msgspec.json.decode(index.read_bytes())["docs"]) \
            if index.is_file() else {}
        self.files = None

    def on_files(self, files, config):
        # Only Material's search index is merged: with another search plugin, every page
        # is rendered again (into the copy, whose stale files are still removed).
        everything = any(_is_search(plugin) and not _is_material(plugin)
                         for plugin in config.plugins.values())
        docs_dir = os.path.join(os.path.abspath(config.docs_dir), "")
        generated = os.path.join(docs_dir, GENERATED, "")
        for file in files:  # thousands: plain strings, not paths
            built = everything or (file.src_uri in self.changed and (
                file.abs_src_path or "").startswith(docs_dir)) or not os.path.isfile(
                file.abs_dest_path)
            file.is_modified = (lambda built=built: built)
            if built and (file.abs_src_path or "").startswith(generated) \
                    and not file.is_documentation_page():
                file.copy_file = functools.partial(_link_generated, file)
        self.files = files
        return files

    def on_env(self, env, config, files):
        """Material's templates compiled once, not at every build: most of the time of a
        build that renders a few pages."""
        import jinja2

        self.template_cache.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(self.template_cache))
        return env

    def on_nav(self, nav, config, files):
        """A page in the navigation without a title of its own there shows its Markdown's
        title on every page: then every page is rendered."""
        if any("title" not in vars(page) for page in nav.pages):
            for file in files:
                file.is_modified = lambda: True
        return nav

    def on_post_build(self, config):
        """Runs before the search plugin's: its entries are those of the rendered pages."""
        pages = self.files.documentation_pages(inclusion=_included())
        rendered = [file for file in pages if file.is_modified()]
        LOG.info("pipeline: rendered %d of %d pages again, on top of an earlier build",
                 len(rendered), len(pages))
        search = next((plugin for plugin in config.plugins.values() if _is_material(plugin)
                       and _is_search(plugin)), None)
        if search is not None:
            made = _by_page(search.search_index.entries)
            search.search_index.entries = [
                entry for file in pages
                for entry in (made if file.is_modified() else self.previous).get(file.page.url,
                                                                                 [])]

    on_post_build.mkdocs_priority = 100


def _link_generated(file, dirty: bool = False) -> None:
    """MkDocs' ``File.copy_file`` for a file the docs stage generated (the package's data
    among them: hundreds of megabytes): hard-linked, not copied (:func:`fileio.link_file`).
    The docs stage only ever replaces its files whole, and every file this build replaces
    in the site is replaced whole too (this function), so no write reaches a linked file;
    what was at the path before is never written into (it may be a link of an older file)."""
    os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
    if not link_file(Path(file.abs_src_path), Path(file.abs_dest_path)):
        Path(file.abs_dest_path).unlink(missing_ok=True)
        shutil.copyfile(file.abs_src_path, file.abs_dest_path)


def _is_search(plugin) -> bool:
    return hasattr(plugin, "search_index")


def _is_material(plugin) -> bool:
    return type(plugin).__module__.startswith("material.")


#: Where the search plugin writes its index, in the site.
SEARCH_INDEX = "search/search_index.json"


def _included():
    from mkdocs.structure.files import InclusionLevel

    return InclusionLevel.is_included


def _by_page(entries: list[dict]) -> dict[str, list[dict]]:
    """Search entries by the URL of their page (a location is the page's URL, or it with a
    ``#`` and the section's id)."""
    pages: dict[str, list[dict]] = {}
    for entry in entries:
        pages.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    return pages


class _DirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build, which would fail the strict build; this one is
    not dirty in that sense: the pages it leaves are exactly those a full build makes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def incremental_main(argv: list[str]) -> int:
    """``mkdocs build --strict`` of config ``argv[0]`` on top of a previous build, told on
    stdin (JSON) where that build is (``out``) and which files under docs/ to render again
    (``changed``); compiled templates are kept in ``argv[1]``. Imports MkDocs and reads
    the configuration before that comes (:func:`started_incremental`)."""
    from mkdocs import config as mkdocs_config
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.exceptions import Abort

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())
    settings = mkdocs_config.load_config(argv[0], strict=True)
    work = json.load(sys.stdin)
    settings["site_dir"] = work["out"]
    settings.plugins["pipeline/incremental"] = _Incremental(set(work["changed"]),
                                                           Path(work["out"]), Path(argv[1]))
    settings.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build.build(settings, dirty=True)
    except Abort as error:
        print(f"ERROR   -  {error}", file=sys.stderr)
        return 1
    finally:
        settings.plugins.on_shutdown()
    return 0


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
