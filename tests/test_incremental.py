"""Incremental builds: skipping unchanged work never changes a byte of the outputs.

A temporary repository holds the five seed pages; a synthetic page (pipeline/bench.py) is
added to it. Built step by step (seeds, then the new page, then nothing new) it must give
exactly the files a forced build of all six pages gives, and a build with nothing changed
must clean no article and send no sentence to the (tiny, genuine) Argos model.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
from pathlib import Path

import pytest

from pipeline import (
    PACKAGE_DIR,
    ROOT,
    argos_model,
    bench,
    build,
    cache,
    clean,
    docs,
    package,
    release,
    sources,
    versioning,
)
from pipeline.errors import PipelineError
from pipeline.testing_model import build_package, corpus_lines

OUTPUTS = ("build/articles", "build/sentences", PACKAGE_DIR, "translations")
#: The site's generated pages, made by builds that run the docs stage too.
PAGES = "docs/generated"


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    # A tokenizer trained on the seeds, as in the benchmark: words are one or two pieces,
    # not single letters, so the seeds translate in a second rather than ten.
    work = tmp_path_factory.mktemp("tiny")
    clean.run(out_dir=work / "articles", cache_dir=work / "cache", force=True)
    return build_package(work, training_lines=corpus_lines(work / "articles"), vocab_size=2000)


@pytest.fixture(autouse=True)
def environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", bench.EPOCH)
    monkeypatch.delenv(argos_model.MODEL_ENV, raising=False)


def seed_repo(root: Path) -> Path:
    shutil.copytree(sources.SOURCES_DIR, root / "sources")
    for name in (*release.DOCUMENTS, docs.CITATION):  # what the docs stage serves
        shutil.copy(ROOT / name, root / name)
    return root


def add_synthetic_page(root: Path) -> None:
    bench.write_corpus(bench.seed_material(), root, range(1))


def run_build(root: Path, model: Path, *, force: bool, site: bool = False) -> dict:
    args = argparse.Namespace(force=force, offline=True, model=str(model),
                              require_translations=True, threads=1, batch_size=32,
                              scheduler=None)
    reports: dict = {}
    build.run(args, log=lambda message: None, root=root, site=site, reports=reports)
    return reports


def snapshot(root: Path, names: tuple[str, ...] = OUTPUTS) -> dict[str, bytes]:
    found = {}
    for name in names:
        path = root / name
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        found |= {p.relative_to(root).as_posix(): p.read_bytes() for p in paths}
    return found


def test_incremental_and_forced_builds_give_identical_files(tmp_path, model):
    forced_root = seed_repo(tmp_path / "forced")
    add_synthetic_page(forced_root)
    forced = run_build(forced_root, model, force=True, site=True)

    root = seed_repo(tmp_path / "incremental")
    first = run_build(root, model, force=False, site=True)
    assert first["clean"].cleaned == 5
    add_synthetic_page(root)
    added = run_build(root, model, force=False, site=True)
    assert added["clean"].articles and len(added["clean"].articles) == 6
    assert 1 <= added["clean"].cleaned < 6  # the new page, not the seeds of other outlets
    assert added["translate"].model_calls > 0  # the new page's own sentences
    # ...and only those: its sentences already translated for a seed are found through
    # the cache's index of the memories, not sent to the model again.
    assert first["translate"].model_calls + added["translate"].model_calls \
        == forced["translate"].model_calls
    assert added["package"]["changed"]
    # The package renders and validates the new article's rows alone; the others' rows are
    # cut out of the published files.
    assert added["package"]["blocks_rendered"] == 1

    expected = snapshot(forced_root, (*OUTPUTS, PAGES))
    # The version is computed from the records written; releases read the files back.
    written = package.snapshot(package.read_inputs(root, root / "build", root / "sources"))
    assert versioning.snapshot(*package.package_records(root / PACKAGE_DIR)) == written
    assert sorted(snapshot(root, (*OUTPUTS, PAGES))) == sorted(expected)
    assert snapshot(root, (*OUTPUTS, PAGES)) == expected
    # The site's pages too: the docs stage made the new article's page, its neighbours',
    # its month's and the figures' again, and left the others.
    assert added["docs"]["changed"] and 0 < added["docs"]["written"] < len(expected)
    assert any(path.startswith("build/sentences/000000_") for path in expected)

    # Nothing changed: nothing is cleaned, translated or published again.
    noop = run_build(root, model, force=False)
    assert (noop["clean"].cleaned, noop["clean"].reused) == (0, 6)
    assert noop["translate"].model_calls == 0
    assert noop["translate"].reused == 6
    assert not noop["package"]["changed"]
    assert noop["package"]["blocks_rendered"] == 0
    assert snapshot(root, (*OUTPUTS, PAGES)) == expected
    # The docs stage keys article pages by the blocks' keys, while the package is the one
    # the package stage published.
    published = package.file_digests(root / PACKAGE_DIR, package.PUBLISHED_FILES)
    stage_cache = cache.StageCache("package", root / "build" / "cache")
    assert package.block_keys(root / "build" / "cache", published) == {
        item.removeprefix("blocks/"): entry["key"] for item, entry in
        stage_cache.entries.items() if item.startswith("blocks/")} != {}
    assert package.block_keys(root / "build" / "cache",
                              {**published, "datapackage.json": "0" * 64}) == {}

    # Forcing everything again on the incremental tree changes nothing either.
    run_build(root, model, force=True)
    assert snapshot(root, (*OUTPUTS, PAGES)) == expected


def test_a_post_edit_reaches_the_sentences_of_an_article_otherwise_unchanged(tmp_path, model):
    root = seed_repo(tmp_path / "repo")
    run_build(root, model, force=False)
    memory = root / "translations" / "001_3f7b99a4779a30ac.jsonl"
    entries = [json.loads(line) for line in memory.read_text(encoding="utf-8").splitlines()]
    edited = dict(entries[0], status="post-edited", target="A reviewer's English.")
    memory.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n"
                              for e in [edited, *entries[1:]]), encoding="utf-8")

    reports = run_build(root, model, force=False)
    assert reports["translate"].reused == 4  # only the edited article was looked at again
    assert reports["translate"].model_calls == 0
    sentences = json.loads((root / "build/sentences/001_3f7b99a4779a30ac.json").read_text(
        encoding="utf-8"))
    shown = next(s for s in sentences if s["id"] == edited["sentence_id"])
    assert (shown["english"], shown["translation_status"]) == (
        "A reviewer's English.", "post-edited")
    assert reports["package"]["changed"]
    assert reports["package"]["blocks_rendered"] == 1


def test_build_files_edited_by_hand_are_made_again(tmp_path, model):
    root = seed_repo(tmp_path / "repo")
    run_build(root, model, force=False)
    expected = snapshot(root)
    article = root / "build/articles/000_d8b36e309c33177f.json"
    article.write_text(article.read_text(encoding="utf-8").replace('"title": "', '"title": "X'),
                       encoding="utf-8")
    sentences = root / "build/sentences/004_4197719ec666b79c.json"
    sentences.write_text("[]\n", encoding="utf-8")

    reports = run_build(root, model, force=False)
    assert reports["clean"].cleaned == 1
    assert reports["translate"].reused == 4  # the re-cleaned record is as it was; not 004
    assert not reports["package"]["changed"]
    assert snapshot(root) == expected


def test_cleaning_in_worker_processes_gives_the_same_files(tmp_path, monkeypatch):
    root = seed_repo(tmp_path / "repo")
    bench.write_corpus(bench.seed_material(), root, range(6))

    def cleaned(name: str) -> dict[str, bytes]:
        out = tmp_path / name
        clean.run(sources_dir=root / "sources", out_dir=out / "articles",
                  cache_dir=out / "cache", force=True)
        return {p.name: p.read_bytes() for p in sorted((out / "articles").iterdir())}

    serial = cleaned("serial")
    # Two workers whatever the runner's cores, and proof that they were started.
    pools = []

    class CountedPool(clean.ProcessPoolExecutor):
        def __init__(self, workers, **options):
            pools.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(clean, "PARALLEL_MIN", 1)
    monkeypatch.setattr(clean.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(clean, "ProcessPoolExecutor", CountedPool)
    assert cleaned("parallel") == serial
    assert pools == [2]
    assert len(serial) == 11


@pytest.fixture
def bump_library(monkeypatch):
    """``bump_library(name)``: the installed version of ``name`` reads as a new one."""
    real = cache.library_version
    bumped: set[str] = set()

    def bump(name: str) -> None:
        bumped.add(name)
        cache.step_version.cache_clear()

    monkeypatch.setattr(cache, "library_version",
                        lambda name: f"{real(name)}+bumped" if name in bumped else real(name))
    yield bump
    cache.step_version.cache_clear()  # no step key made with a fake version outlives the test


@pytest.mark.parametrize("library", sorted({name for names in cache.LIBRARIES.values()
                                            for name in names}))
def test_a_library_version_is_in_the_step_key_of_exactly_the_stages_it_shapes(library,
                                                                              bump_library):
    before = {stage: cache.step_version(stage) for stage in cache.LIBRARIES}
    bump_library(library)
    changed = {stage for stage in cache.LIBRARIES if cache.step_version(stage) != before[stage]}
    assert changed == {stage for stage, names in cache.LIBRARIES.items() if library in names}
    assert changed  # every library listed shapes some stage


def test_a_library_upgrade_redoes_exactly_the_stages_that_use_it(tmp_path, model, bump_library):
    root = seed_repo(tmp_path / "repo")
    run_build(root, model, force=False)
    expected = snapshot(root)

    bump_library("hijridate")  # the clean stage converts Hijri dates with it
    reports = run_build(root, model, force=False)
    assert (reports["clean"].cleaned, reports["clean"].reused) == (5, 0)
    assert reports["translate"].reused == 5  # the records came out the same
    assert not reports["package"]["changed"]

    bump_library("pysbd")  # the translate stage splits sentences with it
    reports = run_build(root, model, force=False)
    assert (reports["clean"].cleaned, reports["clean"].reused) == (0, 5)
    assert reports["translate"].reused == 0
    assert reports["translate"].model_calls == 0  # the memory holds every sentence
    assert not reports["package"]["changed"]
    assert snapshot(root) == expected

    noop = run_build(root, model, force=False)
    assert (noop["clean"].reused, noop["translate"].reused) == (5, 5)


def test_a_memory_broken_by_hand_is_reported_although_it_was_valid_before(tmp_path, model):
    root = seed_repo(tmp_path / "repo")
    run_build(root, model, force=False)
    memory = root / "translations" / "003_3a1ba17e5626a42f.jsonl"
    memory.write_text(memory.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        run_build(root, model, force=False)
    assert "translations/003_3a1ba17e5626a42f.jsonl" in caught.value.report()


def test_a_loaded_cache_is_kept_out_of_full_collections_until_it_is_saved(tmp_path):
    stage_cache = cache.StageCache("package", tmp_path)
    stage_cache.save({f"blocks/{number}": {"key": str(number), "sizes": [number]}
                      for number in range(1000)})
    assert gc.get_freeze_count() == 0
    enabled = gc.isenabled()
    try:
        loaded = cache.StageCache("package", tmp_path)
        # Everything alive when it was loaded, its entries included, is frozen: the
        # collector, still on as it was, does not walk them at every full collection.
        assert gc.get_freeze_count() >= 1000 and gc.isenabled() == enabled
        assert len(loaded.entries) == 1000
        loaded.save(loaded.entries)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
