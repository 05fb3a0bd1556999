"""The benchmark's corpus generator, and a tiny end-to-end run of the benchmark itself."""

from __future__ import annotations

import json
import os

from pipeline import bench, clean


def test_synthetic_pages_are_deterministic_varied_and_clean(tmp_path):
    material = bench.seed_material()
    assert bench.synthetic_page(material, 3) == bench.synthetic_page(material, 3)
    assert bench.synthetic_page(material, 3) != bench.synthetic_page(material, 4)
    assert bench.synthetic_page(material, 3, seed=1) != bench.synthetic_page(material, 3)
    records = bench.write_corpus(material, tmp_path, range(40))
    report = clean.run(sources_dir=tmp_path / "sources", out_dir=tmp_path / "articles",
                       cache_dir=tmp_path / "cache")
    assert len(report.articles) == len(records) == 40
    paragraphs = {text for texts in material.paragraphs.values() for text in texts}
    for article in report.articles.values():
        # The body is made of the seeds' real paragraphs (some with a dated lead-in) ...
        assert all(any(p["text"].endswith(text) for text in paragraphs) for p in article["body"])
        # ... and none of the generated furniture got into it.
        assert not any(p["text"].startswith(("©", "•")) for p in article["body"])
        assert article["published"]["date"] is not None


def test_benchmark_smoke_run_reports_every_figure(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "mine"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = bench.run([10, 12], workdir=tmp_path, translate_paragraphs=3, real=False,
                       isolate=False, log=lambda message: None)
    # The variables the benchmark sets for its builds are as they were once it is done.
    assert os.environ["ARGOS_PACKAGES_DIR"] == str(tmp_path / "mine")
    assert "SOURCE_DATE_EPOCH" not in os.environ
    assert [size["articles"] for size in result["sizes"]] == [10, 12]
    size = result["sizes"][-1]
    assert size["articles"] == 12
    assert set(size) >= {"clean", "full_build", "noop_build", "incremental_build",
                         "translation"}
    assert size["full_build"]["articles_cleaned"] == 12
    # Every step runs twice; the figures are the fastest run's, and each stage's exponent
    # compares the stage at its best, which no run beats.
    assert all(len(size[step]["seconds_each"]) == 2 for step in (
        "clean", "full_build", "noop_build", "incremental_build"))
    assert size["full_build"]["seconds"] == min(size["full_build"]["seconds_each"])
    assert all(0 <= best <= size["full_build"]["stages"][stage]
               for stage, best in size["full_build"]["stages_best"].items())
    assert size["full_build"]["sentences_translated"] > 0
    assert (size["noop_build"]["articles_cleaned"],
            size["noop_build"]["sentences_translated"]) == (0, 0)
    # Each +1 build adds a new article: the fastest is the first or the second.
    assert size["incremental_build"]["articles"] in (13, 14)
    assert size["incremental_build"]["seconds"] == min(size["incremental_build"]["seconds_each"])
    # Every build is timed with its site, as nox -s build makes it: stage by stage.
    assert all(tuple(size[build]["stages"]) == bench.STAGES
               for build in ("full_build", "noop_build", "incremental_build"))
    assert size["noop_build"]["package_blocks_rendered"] == 0
    assert size["incremental_build"]["package_blocks_rendered"] == 1
    assert 0 < size["noop_build"]["share_of_full_build_time"] < 1
    # Every stage's exponent between the two sizes, the site's too, is a target.
    assert {t["target"] for t in result["targets"]} >= {
        f"stage_exponent ({stage})" for stage in (f"full_build {s}" for s in bench.STAGES)}
    assert size["incremental_build"]["articles_cleaned"] >= 1
    assert all(found[setting]["same_output"]
               for found in size["translation"]["by_vocabulary"].values()
               for setting in ("one_thread", "best"))
    assert {t["target"].split()[0] for t in result["targets"]} == set(bench.TARGETS) - {
        "real_noop_seconds"}
    bench.write_json(tmp_path / "bench.json", result)
    assert json.loads((tmp_path / "bench.json").read_text(encoding="utf-8")) == result
    assert "| 12 |" in bench.table(result)


def test_each_round_visits_every_size_and_the_fastest_run_is_kept():
    calls = []

    def run_one(size):
        calls.append(size)
        return {"seconds": {10: [3.0, 2.0], 20: [5.0, 6.0]}[size][calls.count(size) - 1]}

    found = bench._rounds([10, 20], 2, run_one)
    # Sizes take turns, so that a slow spell of the machine falls on both alike.
    assert calls == [10, 20, 10, 20]
    assert found == {10: {"seconds": 2.0, "seconds_each": [3.0, 2.0]},
                     20: {"seconds": 5.0, "seconds_each": [5.0, 6.0]}}
