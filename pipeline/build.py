"""Run every stage in order: sources -> clean -> translate -> validate -> package -> docs pages.

  python -m pipeline build [--offline] [--force] [--model FILE] [--require-translations]
                           [--scheduler local:N | tcp://HOST:PORT | FILE]

Each stage skips work whose inputs have not changed (see pipeline/cache.py); ``--force``
redoes everything. The site itself is built by ``mkdocs build`` in ``nox -s build``.
A failing stage stops the build before the package is touched, so the last good package
(``package/``: ``datapackage.json`` and ``data/``) stays as it was. One build at a time runs
in a checkout: a second one waits for ``build/build.lock`` (see :func:`fileio.build_lock`),
then first puts right what a killed build left (:func:`package.recover`).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from . import ROOT, clean, docs, package, sources, translate, translate_cli, validate
from .errors import PipelineError
from .fileio import build_lock, os_problem


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    # Another checkout's data with this code: the benchmark's copy of the real corpus.
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    translate_cli.configure(parser)  # the translate stage's options (and --force), declared once


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    started = time.perf_counter()
    yield
    timings[stage] = time.perf_counter() - started


def run(args: argparse.Namespace, log: Callable[[str], None] = print, *, root: Path = ROOT,
        site: bool = True, reports: dict | None = None, cluster=None) -> dict[str, float]:
    """Every stage in order, on the repository at ``root``; returns seconds per stage.

    ``site=False`` stops after the package (the benchmark times the pages on its own);
    ``reports``, when given, receives each stage's report or summary by stage name;
    ``cluster``, a connected one (pipeline/distributed.py), cleans and translates on Dask;
    without it, ``args.scheduler`` (``--scheduler``) names one to reach for those two
    stages only: it is closed before validate, so its housekeeping does not slow the rest.
    """
    root = Path(root)
    with build_lock(root / "build"):
        try:
            package.recover(root)
            return _stages(args, log, root, site, {} if reports is None else reports, cluster)
        except OSError as error:  # disk full, permission: one line naming the path
            raise PipelineError(os_problem(error), "build stopped; package/ holds the last "
                                "package published, whole") from error


def _stages(args: argparse.Namespace, log: Callable[[str], None], root: Path, site: bool,
            reports: dict, cluster) -> dict[str, float]:
    timings: dict[str, float] = {}
    with _timed(timings, "cluster"), contextlib.ExitStack() as stack:
        if cluster is None:
            cluster = stack.enter_context(translate_cli.cluster(args.scheduler))
        timings |= _clean_and_translate(args, log, root, reports, cluster)
    timings["cluster"] -= timings["clean"] + timings["translate"]
    if not cluster:
        del timings["cluster"]
    _publish(args, log, root, site, reports, timings)
    return timings


def _clean_and_translate(args: argparse.Namespace, log: Callable[[str], None], root: Path,
                         reports: dict, cluster) -> dict[str, float]:
    build_dir = root / "build"
    timings: dict[str, float] = {}
    with _timed(timings, "clean"):
        cleaned = reports["clean"] = clean.run(
            sources_dir=root / "sources", out_dir=build_dir / "articles",
            cache_dir=build_dir / "cache", force=args.force,
            clean_pages=cluster and cluster.clean_pages())
    log(f"clean: {len(cleaned.articles)} articles ({cleaned.cleaned} cleaned, "
        f"{cleaned.reused} unchanged)")
    pruned = sources.prune_build_files(sources.read_manifest(root / "sources"),
                                       build_dir / "articles", build_dir / "sentences")
    if pruned:
        log(f"pruned the build files of removed sources: {', '.join(pruned)}")
    with _timed(timings, "translate"):
        reports["translate"] = translate.run(
            cleaned.articles, offline=args.offline, model_path=args.model,
            require=args.require_translations, threads=args.threads,
            batch_size=args.batch_size, translations_dir=root / "translations",
            sentences_dir=build_dir / "sentences", cache_dir=build_dir / "cache",
            force=args.force, article_digests=cleaned.digests, log=log,
            translate_pending=cluster and cluster.translator(
                cleaned.articles, lock_path=root / "translations" / translate.LOCK_NAME,
                threads=args.threads, batch_size=args.batch_size),
            segment=cluster.segmenter() if cluster else translate.segment_here)
    return timings


def _publish(args: argparse.Namespace, log: Callable[[str], None], root: Path, site: bool,
             reports: dict, timings: dict[str, float]) -> None:
    build_dir = root / "build"
    with _timed(timings, "validate"):
        # The previous package is not checked here: a schema change would fail it before
        # the new one is made. package.run validates the new package before publishing.
        validated = validate.run(root=root, check_built_package=False,
                                 cache_dir=build_dir / "cache", force=args.force)
        reports["validate"] = validated.summary
    with _timed(timings, "package"):
        summary = reports["package"] = package.run(root=root, inputs=validated.inputs)
    log(f"package: version {summary['version']}, {summary['articles']} articles, "
        f"{summary['sentences']} sentences "
        f"({'updated' if summary['changed'] else 'unchanged'})")
    if site:
        with _timed(timings, "docs"):
            reports["docs"] = docs.run(root=root, force=args.force)


def main(args: argparse.Namespace) -> int:
    timings = run(args, log=lambda message: print(message, file=sys.stderr), root=args.root)
    print("build: " + ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in timings.items()),
          file=sys.stderr)
    return 0
