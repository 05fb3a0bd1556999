"""Benchmark every stage on synthetic corpora of growing size (``nox -s bench``).

  python -m pipeline bench [--sizes 100,1000,10000] [--json PATH]

Corpora are generated from the seed pages in a temporary folder, deleted afterwards.
Prints a table (Markdown) and the targets met or missed; --json writes every figure.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of numbers: {text!r}") from error
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers of articles")
    return sizes


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--sizes", type=_sizes, default=[100, 1000, 10000],
                        help="numbers of articles, comma-separated (default 100,1000,10000)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every figure here")
    parser.add_argument("--translate-paragraphs", type=int, default=100, metavar="N",
                        help="paragraphs in the batched/per-paragraph comparison (default 100)")
    parser.add_argument("--seed", type=int,
                        help="corpus generator seed (default: the benchmark's fixed seed)")
    parser.add_argument("--repeats", type=int, metavar="N",
                        help="forced full builds and clean steps per size; figures are the "
                             "fastest run's, every run's time is kept (default 2)")
    parser.add_argument("--no-real", dest="real", action="store_false",
                        help="skip the no-op build of a copy of the real corpus")


def main(args: argparse.Namespace) -> int:
    # Imported here: the benchmark needs the translate extra (numpy, CTranslate2), which
    # the sessions of the other stages do not install.
    from . import bench

    seed = bench.SEED if args.seed is None else args.seed
    repeats = bench.REPEATS if args.repeats is None else args.repeats
    result = bench.run(args.sizes, seed=seed, translate_paragraphs=args.translate_paragraphs,
                       real=args.real, repeats=repeats,
                       log=logging.getLogger("pipeline.bench").info)
    if args.json:
        bench.write_json(args.json, result)
    print(bench.table(result))
    return 0
