"""Benchmark translation on a local Dask cluster against this process (nox session).

  python -m pipeline bench-distributed [--sizes 1000,10000] [--workers 1,2] [--no-builds]
                                       [--no-rates] [--json PATH]

For each size, a synthetic corpus (pipeline/bench.py) is cleaned, and its distinct Arabic
sentences are translated with the tiny test model in this process (1 thread, then all)
and on local clusters of 1 and 2 workers of one CTranslate2 thread each: sentences per
second, cluster start and model upload times. Then a forced full build in this process
(its best thread setting) and on the largest cluster, which must give the same files.
``--no-rates`` skips the translation rates (a quarter of an hour at 10,000 articles) and
builds in this process with all cores, the best setting on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from .bench_cli import _sizes


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--sizes", type=_sizes, default=[1000],
                        help="numbers of articles, comma-separated (default 1000)")
    parser.add_argument("--workers", type=_sizes, default=[1, 2],
                        help="local cluster sizes, comma-separated (default 1,2)")
    parser.add_argument("--no-builds", dest="builds", action="store_false",
                        help="time translation only, not full builds")
    parser.add_argument("--no-rates", dest="rates", action="store_false",
                        help="time full builds only (this process with all cores)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every figure here")


def main(args: argparse.Namespace) -> int:
    from . import distributed  # Dask: only for this command

    workdir = Path(tempfile.mkdtemp(prefix="pipeline-bench-dask-"))
    try:
        results = distributed.bench(args.sizes, workdir, workers=tuple(args.workers),
                                    builds=args.builds, rates=args.rates,
                                    log=lambda message: print(message, file=sys.stderr))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    text = json.dumps(results, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0
