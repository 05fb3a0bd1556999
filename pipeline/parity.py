"""``nox -s parity``: the translate stage against the real ``argostranslate`` 1.11.

Run where the full library is installed with its own dependencies (the nox session's
virtualenv: stanza, spaCy, MiniSBD, CPU torch). For each test package of
``pipeline.translate_bench.VOCABULARIES`` (about 400 and about 8,000 pieces, trained on
the corpus), the corpus's Arabic paragraphs are translated

* by Argos, as its users do: ``argostranslate.translate.translate(paragraph, "ar", "en")``
  for each paragraph (Argos splits it into sentences itself), and each sentence alone;
* by the stage: segmentation, then ``translate.translate_texts`` over the distinct
  sentences;

and the English is compared sentence by sentence and paragraph by paragraph (the
stage's sentences joined by a space). Each side is timed, in a process of its own, at
one thread and at every layout of ``translate_bench.layouts()`` (Argos's through its
ARGOS_INTER_THREADS and ARGOS_INTRA_THREADS settings), the sides taking turns over
ROUNDS rounds, and compared best against best: wall-clock and CPU seconds (the machine
may be shared), with the load average.

Argos's sentence splitting runs offline: ARGOS_CHUNK_TYPE=SPACY with a spaCy pipeline
shipped inside the test package (``spacy/``, a blank Arabic pipeline to which Argos adds
spaCy's rule-based sentencizer). Its default splitter, MiniSBD, and spaCy's multilingual
model, which sbd.py fetches at import when no cached copy exists, both come from the
network; the fetch is switched off since the package's own pipeline is what is used.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT, argos_model, clean, translate, translate_bench
from .segment import segment_article

SOURCE, TARGET = argos_model.FROM_CODE, argos_model.TO_CODE
#: Rounds of both sides at every layout; each side's fastest run of all counts.
ROUNDS = 2


def read_articles(articles_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(articles_dir).glob("*.json"))]


def corpus(articles: list[dict]) -> tuple[list[str], list[list[dict]]]:
    """The Arabic paragraphs of the article records and, for each, its sentences."""
    sentences: dict[str, list[dict]] = {}
    for article in articles:
        for sentence in segment_article(article):
            sentences.setdefault(sentence["paragraph_id"], []).append(sentence)
    paragraphs = [p for a in articles for p in a["body"] if p["language"] == SOURCE]
    return [p["text"] for p in paragraphs], [sentences[p["id"]] for p in paragraphs]


def add_sentence_splitter(package_dir: Path) -> None:
    """Ship a blank Arabic spaCy pipeline in the package, for ARGOS_CHUNK_TYPE=SPACY."""
    import spacy

    spacy.blank(SOURCE).to_disk(package_dir / "spacy")


def argos_side(articles_dir: Path) -> dict:
    """In a child process whose environment selects the package and threads."""
    from argostranslate import networking

    networking.cache_spacy = lambda: None  # see the module docstring
    from argostranslate import translate as argos

    paragraphs, sentences = corpus(read_articles(articles_dir))
    argos.translate(paragraphs[0], SOURCE, TARGET)  # warm-up: loads the model
    seconds, cpu, english = translate_bench.fastest(
        lambda: [argos.translate(text, SOURCE, TARGET) for text in paragraphs])
    alone = [argos.translate(s["text"], SOURCE, TARGET)
             for group in sentences for s in group if s["language"] == SOURCE]
    return {"seconds": seconds, "cpu_seconds": cpu, "paragraphs": english, "sentences": alone}


def stage_side(articles_dir: Path, package_dir: Path, layout: tuple[int, int]) -> dict:
    """The stage's segmentation and translation of the same paragraphs."""
    model = translate.load_model(argos_model.model_info(package_dir), layout=layout)
    articles = read_articles(articles_dir)
    paragraphs, _ = corpus(articles)
    translate.translate_texts(model, paragraphs[:1])  # warm-up

    def run() -> list[str]:  # segmentation included: Argos splits sentences too
        _, sentences = corpus(articles)
        texts = list(dict.fromkeys(s["text"] for group in sentences for s in group
                                   if s["language"] == SOURCE))
        found = dict(zip(texts, translate.translate_texts(model, texts), strict=True))
        return [found[s["text"]].english for group in sentences for s in group
                if s["language"] == SOURCE]

    seconds, cpu, english = translate_bench.fastest(run)
    return {"seconds": seconds, "cpu_seconds": cpu, "sentences": english}


def _child(side: str, articles_dir: Path, package_dir: Path, layout: tuple[int, int],
           home: Path) -> dict:
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(package_dir.parent),
               ARGOS_CHUNK_TYPE="SPACY", ARGOS_DEVICE_TYPE="cpu",
               ARGOS_INTER_THREADS=str(layout[0]), ARGOS_INTRA_THREADS=str(layout[1]),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.parity", "--child", side, "--articles",
         str(articles_dir), "--package", str(package_dir), "--layout",
         f"{layout[0]}x{layout[1]}"],
        env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"parity: {side} side failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _fastest_runs(side: str, rounds: list[dict]) -> dict:
    """A side's runs of every round, layout by layout: the least wall and CPU seconds
    (each the least of its child's repeats), and the output, which must not vary."""
    merged = {}
    for layout in rounds[0]:
        runs = [found[layout][side] for found in rounds]
        if any(run["sentences"] != runs[0]["sentences"] for run in runs):
            raise SystemExit(f"parity: the {side} side's English varies between runs")
        merged[layout] = dict(runs[0], seconds=min(r["seconds"] for r in runs),
                              cpu_seconds=min(r["cpu_seconds"] for r in runs))
    return merged


def timed_rounds(articles_dir: Path, package_dir: Path, home: Path) -> tuple[dict, dict]:
    """Argos's and the stage's runs at every layout, in ROUNDS rounds of A B A B (Argos,
    stage, Argos, stage, ...), so that both sides meet the same load as it drifts."""
    rounds = []
    for _ in range(ROUNDS):
        rounds.append({layout: {side: _child(side, articles_dir, package_dir, layout, home)
                                for side in ("argos", "stage")}
                       for layout in translate_bench.layouts()})
    return _fastest_runs("argos", rounds), _fastest_runs("stage", rounds)


def _ratio(argos_run: dict, stage_run: dict) -> dict:
    return {"argos_seconds": round(argos_run["seconds"], 4),
            "stage_seconds": round(stage_run["seconds"], 4),
            "speedup": round(argos_run["seconds"] / stage_run["seconds"], 2),
            "argos_cpu_seconds": round(argos_run["cpu_seconds"], 4),
            "stage_cpu_seconds": round(stage_run["cpu_seconds"], 4),
            "cpu_speedup": round(argos_run["cpu_seconds"] / stage_run["cpu_seconds"], 2)}


def compare_package(articles_dir: Path, package_dir: Path, home: Path) -> dict:
    """Equal/different counts and both sides' timings for one package."""
    _, sentences = corpus(read_articles(articles_dir))
    load_before = os.getloadavg()[0]
    argos_runs, stage_runs = timed_rounds(articles_dir, package_dir, home)
    argos_out, stage_out = argos_runs[(1, 1)], stage_runs[(1, 1)]
    # A paragraph's English from the stage: its Arabic sentences' English, its other
    # sentences as they are, joined as SentencePiece joins the sentences Argos decodes.
    english = iter(stage_out["sentences"])
    joined = [" ".join(next(english) if s["language"] == SOURCE else s["text"] for s in group)
              for group in sentences]
    best_argos = min(argos_runs, key=lambda layout: argos_runs[layout]["seconds"])
    best_stage = min(stage_runs, key=lambda layout: stage_runs[layout]["seconds"])
    same = [a == b for a, b in zip(argos_out["sentences"], stage_out["sentences"], strict=True)]
    same_paragraphs = [a == b for a, b in zip(argos_out["paragraphs"], joined, strict=True)]
    return {
        "pieces": translate_bench.info_pieces(argos_model.model_info(package_dir)),
        "sentences": {"equal": sum(same), "different": len(same) - sum(same)},
        "paragraphs": {"equal": sum(same_paragraphs),
                       "different": len(same_paragraphs) - sum(same_paragraphs)},
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "one_thread": _ratio(argos_out, stage_out),
        "best": dict(_ratio(argos_runs[best_argos], stage_runs[best_stage]),
                     argos_layout=list(best_argos), stage_layout=list(best_stage)),
        "seconds_by_layout": {f"{inter}x{intra}": {
            "argos": round(argos_runs[(inter, intra)]["seconds"], 4),
            "stage": round(stage_runs[(inter, intra)]["seconds"], 4)}
            for inter, intra in translate_bench.layouts()},
        "examples_different": [
            {"argos": a, "stage": b} for a, b, ok in zip(
                argos_out["sentences"], stage_out["sentences"], same, strict=True) if not ok
        ][:3],
    }


def run(work: Path) -> dict:
    """Clean the corpus, build the packages and compare them all (see the module doc)."""
    articles_dir = work / "articles"
    clean.run(out_dir=articles_dir, cache_dir=work / "cache", force=True)
    infos = translate_bench.build_packages(work / "packages", articles_dir)
    results = {}
    for label, info in infos.items():
        add_sentence_splitter(info.path)
        results[label] = compare_package(articles_dir, info.path, work / "home")
    return results


def report_lines(results: dict) -> list[str]:
    lines = []
    for label, r in results.items():
        lines.append(
            f"parity, {label} ({r['pieces']}): sentences {r['sentences']['equal']} equal / "
            f"{r['sentences']['different']} different; paragraphs "
            f"{r['paragraphs']['equal']} equal / {r['paragraphs']['different']} different")
        one, best = r["one_thread"], r["best"]
        for name, f in (("1 thread", one), ("best", best)):
            threads = (f" (threads {f['argos_layout']})", f" (threads {f['stage_layout']})"
                       ) if "argos_layout" in f else ("", "")
            lines.append(
                f"  {name}: argostranslate {f['argos_seconds']} s{threads[0]}, stage "
                f"{f['stage_seconds']} s{threads[1]}: {f['speedup']}x (CPU time "
                f"{f['argos_cpu_seconds']} s against {f['stage_cpu_seconds']} s: "
                f"{f['cpu_speedup']}x)")
        lines.append(f"  load average (1 min) before and after: {r['load_average']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.parity", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write every figure here")
    parser.add_argument("--child", choices=["argos", "stage"], help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--package", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--layout", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        layout = tuple(int(n) for n in args.layout.split("x"))
        found = (argos_side(args.articles) if args.child == "argos"
                 else stage_side(args.articles, args.package, layout))
        print(json.dumps(found, ensure_ascii=False))
        return 0
    with tempfile.TemporaryDirectory(prefix="pipeline-parity-") as work:
        results = run(Path(work))
    print("\n".join(report_lines(results)))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    different = sum(r["sentences"]["different"] + r["paragraphs"]["different"]
                    for r in results.values())
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
