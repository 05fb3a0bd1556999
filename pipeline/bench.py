"""Benchmarks: synthetic corpora of growing size through every stage (``nox -s bench``).

A synthetic corpus recombines the seed pages' real paragraphs and titles with generated
page furniture (menus, share bars, related lists, footers), dates, bylines and outlets,
deterministically from a seed, in a temporary directory that is deleted afterwards.
Each article gets its own dated lead-in on some paragraphs, so the number of distinct
sentences to translate grows with the corpus, as it would with real news.

Measured for each size: the clean stage (throughput and peak memory), the cost of JSON
Schema validation per article, batched against per-paragraph translation with the tiny
test Argos package, a forced full build split per stage, a no-op rebuild and a rebuild
after adding one article. Each of these steps runs :data:`REPEATS` times (forced builds from
the same state, each +1 build adding a new article) and the fastest run is kept, with every
run's time: on this shared machine one run of a stage can be a third slower than the next.
The sizes take turns, round after round, so that a slow spell falls on all of them alike.
Every build makes the site as ``nox -s build`` does: the docs stage's pages, then the
MkDocs site (``website.build``), each timed as a stage. Every build runs in a fresh
process, so its peak memory and timings are its own.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import math
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import (
    PACKAGE_DIR,
    ROOT,
    build,
    clean,
    docs,
    release,
    schemas,
    sources,
    translate,
    translate_bench,
    website,
)
from .fileio import canonical_json, sha256_bytes
from .testing_model import build_package, corpus_lines

LOG = logging.getLogger(__name__)

SEED = 20221019
#: Paragraphs this long are prose to the clean stage and never compared as boilerplate.
MIN_PARAGRAPH_WORDS = 20
HEADLINE_WORDS = 17
#: Share of paragraphs given a dated lead-in of their own: new sentences to translate.
LEAD_SHARE = 0.15
#: CTranslate2 threads for the builds. On this 2-core machine one thread is several times
#: faster than CTranslate2's default (0: one per core) for the tiny test model, whose
#: matrices are too small to share; the comparison below measures both.
BUILD_THREADS = 1
EPOCH = "1714564800"  # SOURCE_DATE_EPOCH of synthetic packages
#: Runs of each step per size (clean, forced full, no-op and +1 builds): each figure is the
#: fastest run, each stage's exponent compares the stage at its best at both sizes
#: (see :func:`fastest`).
REPEATS = 2
#: Passes of the rules over the same pages: the figure is the fastest pass.
RULES_PASSES = 3

MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
OUTLET_WORDS = {
    "ar": (["وكالة", "صحيفة", "موقع", "شبكة"],
           ["الأنباء", "الشرق", "الغد", "الرأي", "المستقبل", "الحدث", "النهار", "الساحل"]),
    "en": (["The", "Daily", "Global", "Middle East"],
           ["Herald", "Monitor", "Observer", "Review", "Times", "Dispatch", "Post", "Wire"]),
}
NAMES = {
    "ar": (["أحمد", "سارة", "محمد", "ليلى", "عمر", "هدى", "خالد", "رنا"],
           ["الحسن", "يوسف", "العلي", "منصور", "درويش", "حداد", "سليمان", "نصار"]),
    "en": (["Adam", "Sara", "James", "Lina", "Omar", "Emma", "Karim", "Nora"],
           ["Hassan", "Smith", "Haddad", "Brown", "Mansour", "Clark", "Nasser", "Wright"]),
}
FURNITURE = {
    "ar": {
        "home": "الرئيسية", "sections": ["أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات",
                                        "تقارير", "رأي", "فيديو"],
        "by": "بقلم", "share": "شارك: فيسبوك تويتر واتساب تيليجرام", "related": "اقرأ أيضا",
        "tags": "الوسوم", "rights": "جميع الحقوق محفوظة", "lead": "وفي {day} {month} {year}، ",
        "date": "{day} {month} {year} - {hour:02d}:{minute:02d}",
    },
    "en": {
        "home": "Home", "sections": ["News", "Politics", "Economy", "Sport", "Culture", "World",
                                    "Opinion", "Video", "Analysis"],
        "by": "By", "share": "Share: Facebook Twitter WhatsApp Email", "related": "Read also",
        "tags": "Tags", "rights": "All rights reserved", "lead": "On {month} {day}, {year}, ",
        "date": "{month} {day}, {year} {hour:02d}:{minute:02d}",
    },
}


# ---------------------------------------------------------------- synthetic corpora


@dataclass(frozen=True)
class Material:
    """Real text from the seed pages, by language: titles and long paragraphs."""

    titles: dict[str, list[str]]
    paragraphs: dict[str, list[str]]


def seed_material(sources_dir: Path = sources.SOURCES_DIR) -> Material:
    """Clean the seed pages and keep their titles and paragraphs, by language."""
    titles: dict[str, list[str]] = {}
    paragraphs: dict[str, list[str]] = {}
    for record in sources.read_manifest(sources_dir):
        article = clean.clean_source((Path(sources_dir) / record["file"]).read_bytes(),
                                     source=record)
        titles.setdefault(article["language"], []).append(article["title"])
        paragraphs.setdefault(article["language"], []).extend(
            p["text"] for p in article["body"]
            if p["kind"] == "paragraph" and len(p["text"].split()) >= MIN_PARAGRAPH_WORDS)
    return Material(titles, paragraphs)


def outlets(count: int = 40) -> list[tuple[str, str]]:
    """(language, name) of ``count`` synthetic outlets, four in five Arabic like the seeds."""
    found = []
    for index in range(count):
        language = "en" if index % 5 == 4 else "ar"
        kinds, names = OUTLET_WORDS[language]
        found.append((language, f"{kinds[index % len(kinds)]} {names[index // len(kinds) % 8]} "
                                f"{index + 1}"))
    return found


def synthetic_page(material: Material, index: int, seed: int = SEED) -> tuple[str, str]:
    """The text of synthetic page ``index`` and its outlet; the same arguments give the same
    page. Real seed paragraphs between generated furniture of the page's outlet."""
    rng = random.Random(f"{seed}:{index}")
    language, outlet = rng.choice(outlets())
    words = FURNITURE[language]
    months = MONTHS[language]

    def date_text(template: str) -> str:
        return template.format(day=rng.randint(1, 28), month=rng.choice(months),
                               year=rng.randint(2011, 2024), hour=rng.randint(0, 23),
                               minute=rng.randint(0, 59))

    def headline() -> str:
        # A seed title and the opening words of a seed paragraph, HEADLINE_WORDS long: over
        # fifteen words, a headline is never taken for an outlet's repeated furniture;
        # under twenty, it is not taken for running text.
        title = rng.choice(material.titles[language]).split()[:HEADLINE_WORDS - 2]
        opening = rng.choice(material.paragraphs[language]).split()[:HEADLINE_WORDS - len(title)]
        return f"{' '.join(title)} .. {' '.join(opening).rstrip('.،,:')}"

    first, last = NAMES[language]
    sections = words["sections"]
    body = []
    for paragraph in rng.sample(material.paragraphs[language],
                                k=min(rng.randint(4, 12), len(material.paragraphs[language]))):
        lead = date_text(words["lead"]) if rng.random() < LEAD_SHARE else ""
        body.append(lead + paragraph)
    lines = [
        f"{outlet} | {words['home']}",
        " ".join(sections[(index % 3):(index % 3) + 6]),
        "",
        headline(),
        "",
        date_text(words["date"]),
        f"{words['by']} {rng.choice(first)} {rng.choice(last)}",
        "",
        *[item for paragraph in body for item in (paragraph, "")],
        words["share"],
        words["related"],
        *[f"• {headline()}" for _ in range(3)],
        f"{words['tags']}: {' '.join(rng.sample(sections, 3))}",
        f"© {rng.randint(2015, 2024)} {outlet}. {words['rights']}",
    ]
    return "\n".join(lines) + "\n", outlet


def page_record(index: int, data: bytes, outlet: str) -> dict:
    """The manifest record of synthetic page ``index`` (named like the seeds: NNN_hash)."""
    source_id = f"{index:06d}_{sha256_bytes(data)[:16]}"
    return {"id": source_id, "file": f"{source_id}.txt", "sha256": sha256_bytes(data),
            "bytes": len(data), "outlet": outlet if index % 5 else None, "url": None,
            "retrieved": None, "notes": "Synthetic benchmark page (pipeline/bench.py)."}


def write_corpus(material: Material, root: Path, indices: range, seed: int = SEED) -> list[dict]:
    """Add synthetic pages ``indices`` to ``root/sources`` and its manifest."""
    sources_dir = Path(root) / "sources"
    sources_dir.mkdir(parents=True, exist_ok=True)
    records = sources.read_manifest(sources_dir, missing_ok=True)
    for index in indices:
        text, outlet = synthetic_page(material, index, seed)
        data = text.encode("utf-8")
        record = page_record(index, data, outlet)
        (sources_dir / record["file"]).write_bytes(data)
        records.append(record)
    sources.write_manifest(records, sources_dir)
    return records


# ---------------------------------------------------------------- measurement helpers


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"process": round(own, 1), "largest_child": round(children, 1)}


def _child_main(queue, func: Callable, args: tuple) -> None:
    try:
        queue.put(("ok", func(*args)))
    except BaseException as error:  # report it to the parent instead of dying silently
        queue.put(("error", f"{type(error).__name__}: {error}"))


def in_fresh_process(func: Callable, *args):
    """Run ``func(*args)`` in a new interpreter (spawn): its own imports, caches and memory."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child_main, args=(queue, func, args))
    process.start()
    status, value = queue.get()
    process.join()
    if status != "ok":
        raise RuntimeError(f"benchmark step {func.__name__} failed: {value}")
    return value


def _here(func: Callable, *args):
    """Run ``func(*args)`` in this process (quick checks of the benchmark itself)."""
    return func(*args)


def _build_args(model: Path, force: bool) -> argparse.Namespace:
    return argparse.Namespace(force=force, offline=True, model=str(model),
                              require_translations=True, threads=BUILD_THREADS,
                              batch_size=translate.BATCH_TOKENS, scheduler=None)


def _seconds(clean_source: Callable, pages: list[tuple[bytes, dict]]) -> float:
    """Seconds to clean ``pages`` one after the other, in this process, its caches of lines
    met before emptied first: a second pass over the same pages would find every line in
    them, as no crawl does."""
    clean.forget_lines()
    started = time.perf_counter()
    for data, record in pages:
        clean_source(data, source=record)
    return time.perf_counter() - started


def fastest(runs: list[dict]) -> dict:
    """The fastest of repeated runs of one step, with every run's time and, for builds,
    each stage at its own best (``stages_best``): on a shared machine a stage's time
    varies by up to a third from run to run, and the exponents compare best with best."""
    best = dict(min(runs, key=lambda run: run["seconds"]))
    best["seconds_each"] = [run["seconds"] for run in runs]
    if "stages" in best:
        best["stages_best"] = {stage: min(run["stages"][stage] for run in runs)
                               for stage in best["stages"]}
    return best


def build_step(root: str, model: str, force: bool) -> dict:
    """One build of the corpus at ``root``, its site included as ``nox -s build`` makes
    it (the docs stage's pages, then the site), with what each stage did."""
    reports: dict = {}
    started = time.perf_counter()
    timings = build.run(_build_args(Path(model), force), log=lambda message: None,
                        root=Path(root), site=True, reports=reports)
    site_started = time.perf_counter()
    website.build(Path(root), force=force)
    timings["site"] = time.perf_counter() - site_started
    return {
        "seconds": round(time.perf_counter() - started, 3),
        "stages": {stage: round(seconds, 3) for stage, seconds in timings.items()},
        "articles": len(reports["clean"].articles),
        "articles_cleaned": reports["clean"].cleaned,
        "sentences": reports["translate"].sentences,
        "sentences_translated": reports["translate"].model_calls,
        "package_changed": reports["package"]["changed"],
        "package_blocks_rendered": reports["package"].get("blocks_rendered"),
        "peak_rss_mb": peak_rss_mb(),
    }


def clean_step(root: str, scratch: str) -> dict:
    """The clean stage alone, forced, into scratch folders; then validation on its own."""
    started = time.perf_counter()
    report = clean.run(sources_dir=Path(root) / "sources", out_dir=Path(scratch) / "articles",
                       cache_dir=Path(scratch) / "cache", force=True)
    seconds = time.perf_counter() - started
    rss = peak_rss_mb()
    # The rules alone and the schema check alone, on one core, for the split of the cost.
    sample = [report.articles[aid] for aid in sorted(report.articles)[:500]]
    by_id = {r["id"]: r for r in sources.read_manifest(Path(root) / "sources")}
    pages = [((Path(root) / "sources" / by_id[article["id"]]["file"]).read_bytes(),
              by_id[article["id"]]) for article in sample]
    rules = min(_seconds(clean.clean_source, pages) for _ in range(RULES_PASSES)) / len(sample)
    started = time.perf_counter()
    for article in sample:
        schemas.problems(article, "article")
    validation = (time.perf_counter() - started) / len(sample)
    return {
        "articles": len(report.articles),
        "seconds": round(seconds, 3),
        "articles_per_second": round(len(report.articles) / seconds, 1),
        "workers": os.cpu_count() if len(report.articles) >= clean.PARALLEL_MIN else 1,
        "peak_rss_mb": rss,
        "rules_ms_per_article_one_core": round(rules * 1000, 2),
        "schema_validation_ms_per_article_one_core": round(validation * 1000, 2),
    }


def copy_site_material(root: Path) -> None:
    """The hand-written pages and the site's configuration, into the corpus at ``root``."""
    # The site serves the whole package: its documents and citation too.
    for name in ("docs", "mkdocs.yml", *release.DOCUMENTS, docs.CITATION):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, Path(root) / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("generated"))
        elif source.exists():
            shutil.copyfile(source, Path(root) / name)


def without_outputs(root: Path) -> Path:
    """The corpus at ``root`` as before its first build (sources and site material only),
    so that every forced full build does the same work: a kept translation memory would
    spare the second one every model call."""
    for name in ("build", "translations", PACKAGE_DIR, website.SITE_DIR, "docs"):
        shutil.rmtree(Path(root) / name, ignore_errors=True)
    copy_site_material(root)
    return root


def real_corpus_noop(workdir: Path, real_env: dict[str, str | None]) -> dict:
    """A no-op ``python -m pipeline build`` and ``python -m pipeline site`` of a copy of the
    real repository, as ``nox -R -s build`` runs them (minus nox's own start-up)."""
    copy = workdir / "real"
    for name in ("sources", "translations", "releases", "docs", PACKAGE_DIR, "mkdocs.yml",
                 *release.DOCUMENTS, docs.CITATION):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("generated"))
        elif source.exists():
            shutil.copyfile(source, copy / name)
    commands = [
        [sys.executable, "-m", "pipeline", "build", "--offline", "--root", str(copy)],
        [sys.executable, "-m", "pipeline", "site", "--root", str(copy)],
    ]
    # The real corpus runs as it would here: without the benchmark's tiny model.
    env = {key: value for key, value in {**os.environ, **real_env}.items() if value is not None}
    env["NO_MKDOCS_2_WARNING"] = "1"
    seconds = []
    for _ in range(2):  # the first run builds, the second is the no-op
        started = time.perf_counter()
        for command in commands:
            subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
        seconds.append(time.perf_counter() - started)
    return {"first_seconds": round(seconds[0], 3), "noop_seconds": round(seconds[1], 3)}


# ---------------------------------------------------------------- the benchmark


def _rounds(sizes: list[int], repeats: int, run_one: Callable[[int], dict]) -> dict[int, dict]:
    """``run_one(size)`` ``repeats`` times for each size, the fastest run of each kept. Each
    round visits every size in turn: a slow spell of the shared machine then falls on every
    size alike, instead of on the one that happened to run through it."""
    runs: dict[int, list[dict]] = {size: [] for size in sizes}
    for _ in range(repeats):
        for size in sizes:
            runs[size].append(run_one(size))
    return {size: fastest(found) for size, found in runs.items()}


def _share(build_figures: dict, full: dict) -> dict:
    return {**build_figures,
            "share_of_full_build_time": round(build_figures["seconds"] / full["seconds"], 4)}


def bench_sizes(sizes: list[int], workdir: Path, material: Material, model: Path, *,
                seed: int, translate_paragraphs: int, log: Callable[[str], None],
                isolate: bool = True, repeats: int = REPEATS) -> list[dict]:
    """Every figure at every size. Each step runs ``repeats`` times, sizes interleaved
    (:func:`_rounds`), and keeps its fastest run: forced full builds from the same empty
    state, no-op builds, and builds after adding one article (a new one each time)."""
    step = in_fresh_process if isolate else _here
    roots = {size: workdir / f"corpus-{size}" for size in sizes}
    results: dict[int, dict] = {}
    for size in sizes:
        started = time.perf_counter()
        write_corpus(material, roots[size], range(size), seed)
        results[size] = {"articles": size,
                         "generate_seconds": round(time.perf_counter() - started, 3)}
    for size, found in _rounds(sizes, repeats, lambda size: step(
            clean_step, str(roots[size]), str(workdir / f"scratch-{size}"))).items():
        results[size]["clean"] = found
        log(f"[{size}] clean: {found['articles_per_second']} articles/s")
    for size, found in _rounds(sizes, repeats, lambda size: step(
            build_step, str(without_outputs(roots[size])), str(model), True)).items():
        results[size]["full_build"] = found
        log(f"[{size}] full build: {found['seconds']} s {found['stages']}")
    if translate_paragraphs:
        largest = max(sizes)
        results[largest]["translation"] = step(
            translate_bench.translation_step, str(roots[largest]),
            str(workdir / "seed-articles"), translate_paragraphs)
        log("\n".join(f"[{largest}] {line}" for line
                      in translate_bench.summary_lines(results[largest]["translation"])))
    for size, found in _rounds(sizes, repeats, lambda size: step(
            build_step, str(roots[size]), str(model), False)).items():
        results[size]["noop_build"] = _share(found, results[size]["full_build"])
        log(f"[{size}] no-op build: {found['seconds']} s {found['stages']}")
    added = dict.fromkeys(sizes, 0)

    def plus_one(size: int) -> dict:
        index = size + added[size]
        added[size] += 1
        write_corpus(material, roots[size], range(index, index + 1), seed)
        return step(build_step, str(roots[size]), str(model), False)

    for size, found in _rounds(sizes, repeats, plus_one).items():
        incremental = _share(found, results[size]["full_build"])
        incremental["share_of_articles_cleaned"] = round(
            incremental["articles_cleaned"] / incremental["articles"], 5)
        results[size]["incremental_build"] = incremental
        log(f"[{size}] incremental build (+1 article): {incremental['seconds']} s "
            f"({incremental['share_of_full_build_time']:.1%} of the full build) "
            f"{incremental['stages']}")
        shutil.rmtree(roots[size], ignore_errors=True)
    return [results[size] for size in sizes]


def scaling(results: list[dict], stage: Callable[[dict], float]) -> dict:
    """Exponent b of time ~ size**b between consecutive sizes (1 is linear)."""
    points = [(r["articles"], stage(r)) for r in results]
    exponents = [round(math.log(t2 / t1) / math.log(n2 / n1), 2)
                 for (n1, t1), (n2, t2) in itertools.pairwise(points)
                 if t1 > 0 and t2 > 0]
    worst = max(exponents, default=None)
    verdict = None if worst is None else (
        "linear or better" if worst <= MAX_EXPONENT
        else f"worse than linear (exponent up to {worst})")
    return {"exponents": exponents, "worst": worst, "verdict": verdict}


#: The full build's stages, in order; each must scale linearly (see :data:`TARGETS`).
STAGES = ("clean", "translate", "validate", "package", "docs", "site")
#: Exponents up to this count as linear (timings on a shared machine vary by ~10 %).
MAX_EXPONENT = 1.1


TARGETS = {
    "clean_articles_per_second": 1000,
    "clean_peak_rss_mb": 1024,
    "real_noop_seconds": 4,
    "incremental_share": 0.02,
    "noop_share": 0.02,
    "translation_speedup": 2,
    "stage_exponent": MAX_EXPONENT,
}


def targets(results: list[dict], real: dict | None, stages: dict[str, dict]) -> list[dict]:
    """Each target with the measured figure (at the largest size; for the exponents,
    the worst between consecutive sizes) and whether it is met."""
    largest = results[-1]
    clean_rss = max(largest["clean"]["peak_rss_mb"].values())
    rows = [
        ("clean_articles_per_second", largest["clean"]["articles_per_second"], ">="),
        ("clean_peak_rss_mb", clean_rss, "<"),
        ("incremental_share", largest["incremental_build"]["share_of_full_build_time"], "<="),
        ("noop_share", largest["noop_build"]["share_of_full_build_time"], "<="),
        *[(f"translation_speedup ({label}, {setting.replace('_', ' ')})",
           found[setting]["speedup"], ">=")
          for label, found in largest.get("translation", {}).get("by_vocabulary", {}).items()
          for setting in ("one_thread", "best")],
        *[(f"stage_exponent ({stage})", verdict["worst"], "<=")
          for stage, verdict in stages.items() if verdict["worst"] is not None],
    ]
    if real:
        rows.append(("real_noop_seconds", real["noop_seconds"], "<="))
    found = []
    for name, measured, how in rows:
        goal = TARGETS[name.split()[0]]
        met = {">=": measured >= goal, "<": measured < goal, "<=": measured <= goal}[how]
        found.append({"target": name, "goal": f"{how} {goal}", "measured": measured,
                      "articles": largest["articles"] if name != "real_noop_seconds" else 5,
                      "met": met})
    return found


def stage_scaling(results: list[dict]) -> dict[str, dict]:
    """The exponents of every stage of the full build (site included), and of the full,
    no-op and +1-article builds."""
    found = {f"full_build {stage}": scaling(results, lambda r, stage=stage:
                                            r["full_build"]["stages_best"].get(stage, 0))
             for stage in STAGES}
    found["clean (alone)"] = scaling(results, lambda r: r["clean"]["seconds"])
    for build_name in ("full_build", "noop_build", "incremental_build"):
        found[build_name] = scaling(results, lambda r, name=build_name: r[name]["seconds"])
    return found


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    """``os.environ`` with ``values`` set, and as it was again afterwards."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _removed(folder: Path | None) -> Iterator[None]:
    """Delete ``folder`` (when given) afterwards, whatever happens."""
    try:
        yield
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def run(sizes: list[int], *, workdir: Path | None = None, seed: int = SEED,
        translate_paragraphs: int = 100, real: bool = True, repeats: int = REPEATS,
        isolate: bool = True, log: Callable[[str], None] = LOG.info) -> dict:
    """Run the benchmark at each size; returns every figure (see the module docstring).

    ``isolate=False`` runs every step in this process: faster, for testing the benchmark,
    but its peak memory figures are then the whole run's.
    """
    owned = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="pipeline-bench-"))
    real_env = {"ARGOS_PACKAGES_DIR": os.environ.get("ARGOS_PACKAGES_DIR")}
    # Synthetic packages are not in git: SOURCE_DATE_EPOCH dates them.
    with _environment(SOURCE_DATE_EPOCH=EPOCH,
                      ARGOS_PACKAGES_DIR=str(workdir / "argos-packages")), \
            _removed(workdir if owned else None):
        material = seed_material()
        # The tiny model's tokenizer is trained on the seed articles, as a real model's
        # vocabulary covers the language: most words are one or two pieces.
        seed_articles = workdir / "seed-articles"
        clean.run(out_dir=seed_articles, cache_dir=workdir / "seed-cache", force=True)
        model = build_package(workdir / "model", training_lines=corpus_lines(seed_articles),
                              vocab_size=2000)
        # Translation speed depends on the model, not on the corpus: compared once, on
        # the largest corpus, with both thread settings.
        results = bench_sizes(sorted(sizes), workdir, material, model, seed=seed,
                              translate_paragraphs=translate_paragraphs, log=log,
                              isolate=isolate, repeats=repeats)
        real_noop = real_corpus_noop(workdir, real_env) if real else None
        if real_noop:
            log(f"real corpus no-op build + site: {real_noop['noop_seconds']} s")
    return {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "seed": seed,
        "sizes": results,
        "real_corpus": real_noop,
        "scaling": stage_scaling(results),
        "targets": targets(results, real_noop, {
            stage: verdict for stage, verdict in stage_scaling(results).items()
            if stage.startswith("full_build ")}),
    }


def _stages(build_figures: dict) -> str:
    return " ".join(f"{k} {v:.2f}" for k, v in build_figures["stages"].items())


def table(result: dict) -> str:
    """The figures as a Markdown table, then the exponents and the targets."""
    rows = [["articles", "clean art/s", "clean RSS MB", "schema ms/art",
             "full build s", "per stage s", "no-op s (share)", "per stage s",
             "no-op re-cleaned/re-translated", "+1 article s (share)", "per stage s",
             "docs + site s/1000"]]
    for r in result["sizes"]:
        full, noop, inc = r["full_build"], r["noop_build"], r["incremental_build"]
        site = full["stages"].get("docs", 0) + full["stages"].get("site", 0)
        rows.append([
            str(r["articles"]), f"{r['clean']['articles_per_second']:.0f}",
            f"{max(r['clean']['peak_rss_mb'].values()):.0f}",
            f"{r['clean']['schema_validation_ms_per_article_one_core']:.1f}",
            f"{full['seconds']:.1f}", _stages(full),
            f"{noop['seconds']:.2f} ({noop['share_of_full_build_time']:.1%})", _stages(noop),
            f"{noop['articles_cleaned']}/{noop['sentences_translated']}",
            f"{inc['seconds']:.2f} ({inc['share_of_full_build_time']:.1%})", _stages(inc),
            f"{site * 1000 / r['articles']:.1f}",
        ])
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    lines.append("")
    translation = result["sizes"][-1].get("translation")
    lines += translate_bench.summary_lines(translation) if translation else []
    lines.append("")
    for name, verdict in result["scaling"].items():
        lines.append(f"scaling of {name}: {verdict['verdict']} (exponents {verdict['exponents']})")
    lines.append("")
    for target in result["targets"]:
        lines.append(f"target {target['target']} {target['goal']}: measured {target['measured']}"
                     f" at {target['articles']} articles: {'met' if target['met'] else 'MISSED'}")
    return "\n".join(lines)


def write_json(path: Path, result: dict) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(canonical_json(result), encoding="utf-8")
