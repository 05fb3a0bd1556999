"""Translate Arabic sentences to English offline with Argos Translate, via translations/.

  python -m pipeline translate [--offline] [--model PATH] [--require-translations]
                               [--threads N] [--batch-size N] [--scheduler ADDRESS]

Reads build/articles/*.json (from the clean stage), updates the translation memory in
translations/ and writes build/sentences/<article_id>.json. Without a model the English is
left empty and the coverage is reported; --require-translations makes that an error.
Environment: ARGOS_PACKAGES_DIR (Argos's packages folder), PIPELINE_ARGOS_MODEL (a local
.argosmodel file), PIPELINE_OFFLINE=1 (never use the network).
"""

from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from pathlib import Path

from . import ROOT, schemas, sources, translate
from .cache import CACHE_DIR
from .errors import PipelineError, Problem

ARTICLES_DIR = ROOT / "build" / "articles"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--offline", action="store_true",
                        help="never download the model (also PIPELINE_OFFLINE=1)")
    parser.add_argument("--model", metavar="PATH",
                        help="a local .argosmodel file to install if no ar->en package is "
                             "installed (also PIPELINE_ARGOS_MODEL)")
    parser.add_argument("--require-translations", action="store_true",
                        help="fail unless every Arabic sentence has English (for releases)")
    parser.add_argument("--threads", type=int, default=0,
                        help="cores for CTranslate2 (default 0: all)")
    parser.add_argument("--batch-size", type=int, default=translate.BATCH_TOKENS,
                        help="tokens per model batch, padding included "
                             f"(default {translate.BATCH_TOKENS})")
    parser.add_argument("--force", action="store_true",
                        help="redo all work, even where inputs and code are unchanged")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="translate (and, in a build, clean) on a Dask cluster: local:N "
                             "(N worker processes here), tcp://HOST:PORT of a running `dask "
                             "scheduler`, or its scheduler file; needs the 'distributed' "
                             "extra (see docs/scaling.md)")
    parser.add_argument("--articles", type=Path, default=ARTICLES_DIR, help=argparse.SUPPRESS)


@contextmanager
def cluster(address: str | None):
    """The Dask cluster of ``--scheduler`` (pipeline/distributed.py) while the block runs;
    None without it, and then Dask is not even imported."""
    if not address:
        yield None
        return
    from . import distributed

    with distributed.connect(address) as found:
        yield found


def read_articles(directory: Path) -> dict[str, dict]:
    """Every checked article record of ``directory``, by id."""
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise PipelineError(Problem(
            "missing-input", "no article records; run `python -m pipeline clean --all` first",
            file=str(directory)))
    articles, problems = {}, []
    for path in paths:
        try:
            article = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(Problem("invalid-json", f"not JSON: {error}", file=str(path)))
            continue
        problems += schemas.problems(article, "article", file=str(path))
        articles[path.stem] = article
    if problems:
        raise PipelineError(problems, f"invalid article records in {directory}")
    return articles


def main(args: argparse.Namespace) -> int:
    articles = read_articles(args.articles)
    sources.prune_build_files(sources.read_manifest(sources.SOURCES_DIR), translate.SENTENCES_DIR)
    with cluster(args.scheduler) as found:
        translate.run(articles, offline=args.offline, model_path=args.model,
                      require=args.require_translations, threads=args.threads,
                      batch_size=args.batch_size, cache_dir=CACHE_DIR, force=args.force,
                      translate_pending=found and found.translator(
                          articles, lock_path=translate.TRANSLATIONS_DIR / translate.LOCK_NAME,
                          threads=args.threads, batch_size=args.batch_size),
                      segment=found.segmenter() if found else translate.segment_here)
    return 0
