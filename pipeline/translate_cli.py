"""Translate Arabic sentences to English offline with Argos Translate, via translations/.

  python -m pipeline translate [--offline] [--model PATH] [--require-translations]
                               [--threads N] [--batch-size N]

Reads build/articles/*.json (from the clean stage), updates the translation memory in
translations/ and writes build/sentences/<article_id>.json. Without a model the English is
left empty and the coverage is reported; --require-translations makes that an error.
Environment: ARGOS_PACKAGES_DIR (Argos's packages folder), PIPELINE_ARGOS_MODEL (a local
.argosmodel file), PIPELINE_OFFLINE=1 (never use the network).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import ROOT, schemas, translate
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
                        help="CTranslate2 threads (default 0: one per core)")
    parser.add_argument("--batch-size", type=int, default=32,
                        help="sentences per model batch (default 32)")
    parser.add_argument("--force", action="store_true",
                        help="redo all work, even where inputs and code are unchanged")
    parser.add_argument("--articles", type=Path, default=ARTICLES_DIR, help=argparse.SUPPRESS)


def read_articles(directory: Path) -> list[dict]:
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise PipelineError(Problem(
            "missing-input", "no article records; run `python -m pipeline clean --all` first",
            file=str(directory)))
    articles, problems = [], []
    for path in paths:
        try:
            article = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(Problem("invalid-json", f"not JSON: {error}", file=str(path)))
            continue
        problems += schemas.problems(article, "article", file=str(path))
        articles.append(article)
    if problems:
        raise PipelineError(problems, f"invalid article records in {directory}")
    return articles


def main(args: argparse.Namespace) -> int:
    translate.run(read_articles(args.articles), offline=args.offline, model_path=args.model,
                  require=args.require_translations, threads=args.threads,
                  batch_size=args.batch_size, cache_dir=CACHE_DIR, force=args.force)
    return 0
