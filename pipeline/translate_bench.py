"""Translation speed: the stage's decoding against Argos Translate's per-paragraph loop.

Both sides run the same tiny genuine Argos packages (``pipeline/testing_model.py``),
trained on the corpus at two vocabulary sizes (``VOCABULARIES``: about 400 and about
8,000 SentencePiece pieces), over the same Arabic sentences, and must give the same
English. Each side is timed at one thread and at every thread layout in ``layouts()``,
and compared best setting against best setting:

* the stage: ``translate.translate_texts`` over the distinct sentences (length-sorted,
  token-sized batches, ``<unk>`` replaced only where it occurs);
* Argos's loop: ``translate.translate_per_paragraph``, one ``translate_batch`` call per
  paragraph with Argos 1.11's options (what ``argostranslate.translate`` does after
  sentence splitting; ``nox -s parity`` runs the real library, see ``pipeline.parity``).

``nox -s bench`` calls ``translation_step`` on its largest corpus.
"""

from __future__ import annotations

import json
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from . import argos_model, translate
from .segment import segment_article
from .testing_model import build_package, corpus_lines

#: Label -> (most SentencePiece pieces, whether pieces may span words). A few thousand
#: words of text support only about 5,000 word-internal pieces; letting pieces span
#: words reaches the size of a real model's vocabulary.
VOCABULARIES = {"400 pieces": (400, False), "8,000 pieces": (8000, True)}
#: Timed runs per setting; the fastest counts (the machine is shared, noise only adds).
REPEATS = 5


def fastest(run: Callable[[], list]) -> tuple[float, float, list]:
    """Least wall-clock and least CPU seconds of REPEATS runs of ``run``, and its output.
    CPU time (this process, all its threads) is what other programs on a shared machine
    disturb least: at one thread it is the cost of the work itself."""
    return fastest_in_turn([run])[0]


def fastest_in_turn(runs: list[Callable[[], list]]) -> list[tuple[float, float, list]]:
    """``fastest`` for several ``runs`` taking turns (A B A B ...), so that each meets
    the same load as it drifts."""
    walls: list[list[float]] = [[] for _ in runs]
    cpus: list[list[float]] = [[] for _ in runs]
    outputs: list[list] = [[] for _ in runs]
    for _ in range(REPEATS):
        for number, run in enumerate(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            outputs[number] = run()
            walls[number].append(time.perf_counter() - wall)
            cpus[number].append(time.process_time() - cpu)
    return [(min(w), min(c), o) for w, c, o in zip(walls, cpus, outputs, strict=True)]


def layouts() -> list[tuple[int, int]]:
    """CTranslate2 (inter_threads, intra_threads) settings tried: one thread, then all
    cores as parallel batches and as threads within one batch."""
    cores = os.cpu_count() or 1
    return list(dict.fromkeys([(1, 1), (cores, 1), (1, cores)]))


def build_packages(dest: Path, articles_dir: Path) -> dict[str, argos_model.ModelInfo]:
    """The test package at each vocabulary size, trained on ``articles_dir``'s paragraphs,
    unpacked under ``dest`` (not installed: the caller's Argos folder is left alone)."""
    lines = corpus_lines(articles_dir)
    found = {}
    for number, (label, (size, span)) in enumerate(VOCABULARIES.items()):
        archive = build_package(Path(dest) / f"vocab-{number}", training_lines=lines,
                                vocab_size=size, pieces_span_words=span)
        with zipfile.ZipFile(archive) as opened:
            opened.extractall(archive.parent)
        found[label] = argos_model.model_info(archive.with_suffix(""), origin="file")
    return found


def arabic_paragraphs(articles_dir: Path, max_paragraphs: int | None = None
                      ) -> list[list[str]]:
    """The Arabic sentences of the article records in ``articles_dir``, by paragraph."""
    paragraphs: dict[str, list[str]] = {}
    for path in sorted(Path(articles_dir).glob("*.json")):
        for sentence in segment_article(json.loads(path.read_text(encoding="utf-8"))):
            if sentence["language"] == translate.SOURCE_LANGUAGE:
                paragraphs.setdefault(sentence["paragraph_id"], []).append(sentence["text"])
        if max_paragraphs is not None and len(paragraphs) >= max_paragraphs:
            break
    return list(paragraphs.values())[:max_paragraphs]


def time_sides(info: argos_model.ModelInfo, groups: list[list[str]],
               layout: tuple[int, int]) -> dict:
    """Seconds of each side at one thread layout, and their outputs, sentence by sentence."""
    texts = list(dict.fromkeys(text for group in groups for text in group))
    model = translate.load_model(info, layout=layout)
    translate.translate_texts(model, texts[:1])  # warm-up: first-call allocations
    (stage_seconds, stage_cpu, english), (loop_seconds, loop_cpu, looped) = fastest_in_turn([
        lambda: [t.english for t in translate.translate_texts(model, texts)],
        lambda: [e for group in translate.translate_per_paragraph(model, groups) for e in group]])
    by_text = dict(zip(texts, english, strict=True))
    stage_output = [by_text[text] for group in groups for text in group]
    return {"stage": stage_seconds, "argos_loop": loop_seconds,
            "stage_cpu": stage_cpu, "argos_loop_cpu": loop_cpu,
            "equal": sum(a == b for a, b in zip(stage_output, looped, strict=True)),
            "different": sum(a != b for a, b in zip(stage_output, looped, strict=True))}


def compare(info: argos_model.ModelInfo, groups: list[list[str]]) -> dict:
    """Both sides at one thread and each at its best layout, with the speed-ups."""
    sentences = sum(len(group) for group in groups)
    timed = {layout: time_sides(info, groups, layout) for layout in layouts()}
    one = timed[(1, 1)]
    best_stage = min(timed, key=lambda layout: timed[layout]["stage"])
    best_loop = min(timed, key=lambda layout: timed[layout]["argos_loop"])

    def figures(stage: dict, loop: dict, stage_layout, loop_layout) -> dict:
        return {
            "stage_layout": list(stage_layout), "argos_loop_layout": list(loop_layout),
            "stage_sentences_per_second": round(sentences / stage["stage"], 1),
            "argos_loop_sentences_per_second": round(sentences / loop["argos_loop"], 1),
            "speedup": round(loop["argos_loop"] / stage["stage"], 2),
            "cpu_speedup": round(loop["argos_loop_cpu"] / stage["stage_cpu"], 2),
            "equal": stage["equal"], "different": stage["different"],
            "same_output": stage["different"] == 0 and loop["different"] == 0,
        }

    return {
        "sentences": sentences, "paragraphs": len(groups),
        "pieces": info_pieces(info),
        "one_thread": figures(one, one, (1, 1), (1, 1)),
        "best": figures(timed[best_stage], timed[best_loop], best_stage, best_loop),
        "seconds_by_layout": {f"{inter}x{intra}": {k: round(v, 4) for k, v in t.items()}
                              for (inter, intra), t in timed.items()},
    }


def info_pieces(info: argos_model.ModelInfo) -> int:
    """Size of the package's SentencePiece vocabulary."""
    import sentencepiece as spm

    return spm.SentencePieceProcessor(
        model_file=str(info.path / "sentencepiece.model")).get_piece_size()


def translation_step(root: str, seed_articles: str, max_paragraphs: int) -> dict:
    """``nox -s bench``'s translation figures: the corpus at ``root`` (its first
    ``max_paragraphs`` Arabic paragraphs), packages trained on ``seed_articles``."""
    groups = arabic_paragraphs(Path(root) / "build" / "articles", max_paragraphs)
    packages = build_packages(Path(root) / "translate-bench-packages", Path(seed_articles))
    load_before = os.getloadavg()[0]
    found = {label: compare(info, groups) for label, info in packages.items()}
    return {"by_vocabulary": found,
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def summary_lines(result: dict) -> list[str]:
    """One line per vocabulary and thread setting, for the benchmark's table."""
    lines = []
    for label, found in result["by_vocabulary"].items():
        for setting in ("one_thread", "best"):
            f = found[setting]
            lines.append(
                f"translation, {label} ({found['pieces']}), {setting.replace('_', ' ')}: "
                f"stage {f['stage_sentences_per_second']}/s (threads {f['stage_layout']}), "
                f"Argos loop {f['argos_loop_sentences_per_second']}/s "
                f"(threads {f['argos_loop_layout']}), {f['speedup']}x"
                + f" (CPU time {f['cpu_speedup']}x)"
                + f", {f['equal']} equal / {f['different']} different of {found['sentences']}")
    if "load_average" in result:
        lines.append(f"translation: load average (1 min) before and after: "
                     f"{result['load_average']}")
    return lines
