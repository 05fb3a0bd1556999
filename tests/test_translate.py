"""Translate stage, against a tiny but genuine Argos package built at test time.

The package (pipeline/testing_model.py) copies its input piece by piece and swaps the
words of its LEXICON, so what a correct pipeline must produce is known in advance.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import argos_model, schemas, translate, translate_cli
from pipeline.errors import PipelineError
from pipeline.fileio import sha256_bytes
from pipeline.testing_model import LEXICON, build_package

ARABIC = [
    "وضعت حماس اللمسات الأخيرة على مصالحتها في موسكو.",
    "شاركت إيران في المحادثات، وشجعت النظام على قبول الاتفاق مع روسيا؟",
    "عادت العلاقات بين حماس وسوريا بعد قطيعة طويلة.",
]
ENGLISH = "Hamas and Damascus restored relations. The talks took months."


def expected_english(arabic: str) -> str:
    """What the tiny model must output: the text with each lexicon word swapped."""
    return re.sub("|".join(LEXICON), lambda m: LEXICON[m.group(0)], arabic)


def make_article(article_id: str, language: str, texts: list[str]) -> dict:
    """A schema-valid article record."""
    date = {"date": "2022-09-25", "original": "25 سبتمبر، 2022", "calendar": "gregorian",
            "precision": "day", "note": None}
    article = {
        "id": article_id, "source_file": f"{article_id}.txt", "source_sha256": "0" * 64,
        "encoding": "utf-8", "title": "عنوان", "standfirst": None, "outlet": None,
        "author": None, "language": language, "published": date, "updated": date,
        "evidence": {"title": {"line": 1, "rule": "nearest_headline"},
                     "published": {"line": 2, "rule": "dateline"},
                     "updated": {"line": 2, "rule": "update_label"},
                     "author": None, "standfirst": None},
        "body": [{"id": f"{article_id}-p{i:03d}", "article_id": article_id, "index": i,
                  "kind": "paragraph", "language": language, "text": text}
                 for i, text in enumerate(texts)],
        "removed": [],
    }
    assert schemas.problems(article, "article") == []
    return article


def corpus() -> list[dict]:
    return [
        make_article("001_ar", "ar", [f"{ARABIC[0]} {ARABIC[1]}", ARABIC[2]]),
        make_article("004_en", "en", [ENGLISH]),
    ]


@pytest.fixture(scope="session")
def package_file(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def argos_dir(tmp_path, monkeypatch) -> Path:
    directory = tmp_path / "argos-packages"
    directory.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    monkeypatch.delenv(argos_model.MODEL_ENV, raising=False)
    monkeypatch.delenv(argos_model.OFFLINE_ENV, raising=False)
    return directory


@pytest.fixture
def installed(argos_dir, package_file, tmp_path) -> argos_model.ModelInfo:
    argos_model.install_archive(package_file)
    return argos_model.locate(offline=True, model_path=None, lock_path=tmp_path / "lock.json")


def stage(tmp_path, articles=None, **options):
    settings = dict(offline=True, model_path=None, require=False, threads=1, batch_size=8,
                    translations_dir=tmp_path / "translations",
                    sentences_dir=tmp_path / "sentences", progress=False, log=lambda m: None)
    settings.update(options)
    articles = corpus() if articles is None else articles
    return translate.run({a["id"]: a for a in articles}, **settings)


def memory(tmp_path, article_id="001_ar") -> list[dict]:
    return translate.read_memory(tmp_path / "translations" / f"{article_id}.jsonl")


def records(tmp_path, article_id) -> list[dict]:
    return json.loads((tmp_path / "sentences" / f"{article_id}.json").read_text("utf-8"))


# ---------------------------------------------------------------- the model itself


def test_package_is_deterministic(tmp_path, package_file):
    assert build_package(tmp_path).read_bytes() == package_file.read_bytes()


def english_of(model, texts, **options) -> list[str]:
    return [t.english for t in translate.translate_texts(model, texts, **options)]


def test_lexicon_swaps_and_batched_matches_argos_loop(installed):
    model = translate.load_model(installed, threads=1)
    batched = english_of(model, ARABIC, batch_tokens=40)
    assert batched == [expected_english(text) for text in ARABIC]
    assert "Hamas" in batched[0] and "Moscow" in batched[0]
    assert translate.translate_per_paragraph(model, [ARABIC[:2], ARABIC[2:]]) == [
        batched[:2], batched[2:]]
    again = translate.load_model(installed, layout=(2, 1))
    assert english_of(again, ARABIC) == batched
    assert model.calls == 3 + 3


def test_early_stop_keeps_only_proven_hypotheses_and_changes_no_output(installed, monkeypatch):
    model = translate.load_model(installed, threads=1)
    tokenized = [model.package.tokenizer.encode(text) for text in ARABIC]
    order = sorted(range(len(ARABIC)), key=lambda i: len(tokenized[i]))
    full = [[] for _ in ARABIC]
    assert translate._decode_pass(model, tokenized, order, 4096, full, early_stop=False) == []
    cut = [[] for _ in ARABIC]  # the tiny model's best ends with its source: all proven
    assert translate._decode_pass(model, tokenized, order, 4096, cut, early_stop=True) == []
    assert cut == full
    # Stopped before any translation ends, nothing is proven and all are decoded in full.
    monkeypatch.setattr(translate, "EARLY_STOP_RATIO", 0.2)
    monkeypatch.setattr(translate, "EARLY_STOP_MARGIN", 0)
    cut = [[] for _ in ARABIC]
    assert translate._decode_pass(model, tokenized, order, 4096, cut, early_stop=True) == order
    assert english_of(model, ARABIC) == [expected_english(text) for text in ARABIC]


@pytest.mark.parametrize("hypotheses, scores, proven", [
    # ended at 3 tokens; beams alive at the stop (10) are far worse even at full length
    ([["a"] * 3, ["b"] * 10, ["c"] * 10, ["d"] * 9], [-1.0, -9.0, -9.5, -9.9], True),
    # a beam alive at the stop could still end, much longer, with a better score
    ([["a"] * 3, ["b"] * 10, ["c"] * 10, ["d"] * 10], [-1.0, -1.5, -2.0, -2.0], False),
    # the best is itself cut at the stop (or ended on the stop's last step)
    ([["a"] * 10, ["b"] * 3], [-0.5, -9.0], None),
    ([["a"] * 9, ["b"] * 3], [-0.5, -9.0], None),
    # a tie with the runner-up: their order is not the search's to keep
    ([["a"] * 3, ["b"] * 4, ["c"] * 10, ["d"] * 10], [-1.0, -1.0, -20.0, -20.0], False),
    # a beam not returned ranks below the last shown, which bounds it
    ([["a"] * 3, ["b"] * 4, ["c"] * 5, ["d"] * 6], [-1.0, -8.0, -8.0, -1.1], False),
])
def test_proven_best_needs_the_best_to_beat_every_possible_rival(hypotheses, scores, proven):
    found = translate.proven_best(hypotheses, scores, stop=10, max_length=256,
                                  length_penalty=0.2)
    assert found == (hypotheses[0] if proven else None)
    assert translate.proven_best(hypotheses, scores, 10, 256, 0.0) is None


def test_unknown_pieces_are_replaced_as_argos_replaces_them(installed):
    text = "وصل ☃ إلى دمشق ڤ اليوم."  # two characters the tokenizer never saw
    model = translate.load_model(installed, threads=1)
    raw = model.translator.translate_batch([model.package.tokenizer.encode(text)], beam_size=4)
    assert raw[0].hypotheses[0].count("<unk>") == 2  # the model does emit unknown pieces
    [found] = translate.translate_texts(model, [text, *ARABIC])[:1]
    assert found.english == expected_english(text)
    assert translate.translate_per_paragraph(model, [[text]]) == [[found.english]]


def test_output_cut_at_the_decoding_limit_is_flagged_truncated(installed):
    model = translate.load_model(installed, threads=1)
    fits, cut = " ".join(["حماس"] * 127), " ".join(["حماس"] * 200)  # 254 and 400 pieces
    found = translate.translate_texts(model, [fits, cut])
    assert found[0].english == expected_english(fits)
    assert "truncated" not in found[0].quality_flags
    assert len(found[1].english.split()) == translate.MAX_DECODING_LENGTH // 2 < 200
    assert "truncated" in found[1].quality_flags
    sentence = {"id": "001_ar-p000-s00", "text": cut, "text_sha256": "0" * 64}
    entry = translate.machine_entry(sentence, found[1])
    assert schemas.problems(entry, "translation") == []
    assert "truncated" in translate.entry_flags(entry)
    assert "truncated" not in translate.entry_flags(dict(entry, status="post-edited"))


def test_installed_package_is_found_under_argos_packages_dir(installed, argos_dir):
    assert installed.origin == "installed"
    assert installed.path.parent == argos_dir
    assert installed.version == "0.1-tiny"
    assert installed.name == f"translate-ar_en-0.1-tiny-{installed.sha256[:12]}"
    assert re.fullmatch("[0-9a-f]{64}", installed.sha256)


# ---------------------------------------------------------------- the stage


def test_stage_translates_every_arabic_sentence_with_provenance(tmp_path, installed, no_network):
    report = stage(tmp_path)
    assert (report.source_sentences, report.translated, report.coverage) == (3, 3, 1.0)
    assert report.model_calls == 3
    arabic = records(tmp_path, "001_ar")
    assert [r["english"] for r in arabic] == [expected_english(t) for t in ARABIC]
    assert {r["translation_status"] for r in arabic} == {"machine"}
    assert {r["translation_model_version"] for r in arabic} == {"0.1-tiny"}
    english = records(tmp_path, "004_en")
    assert [(r["english"], r["translation_status"]) for r in english] == [
        ("Hamas and Damascus restored relations.", "original"),
        ("The talks took months.", "original")]
    entries = memory(tmp_path)
    assert len(entries) == 3
    for entry in entries:
        assert schemas.problems(entry, "translation") == []
        assert entry["model_sha256"] == installed.sha256
        assert entry["decoding"]["beam_size"] >= 1
        assert entry["decoding"]["replace_unknowns"] is True
    assert not (tmp_path / "translations" / "004_en.jsonl").exists()
    lock = json.loads((tmp_path / "translations" / "model-lock.json").read_text())
    assert lock["models"] == [{"name": installed.name, "version": "0.1-tiny",
                               "sha256": installed.sha256,
                               **{f"{lib}_version": v for lib, v in installed.runtime.items()}}]
    # Every sentence record is valid; untranslated Arabic (script left) is flagged.
    for record in arabic + english:
        assert schemas.problems(record, "sentence") == []
    assert all("source_script_in_output" in r["quality_flags"] for r in arabic)


def test_rebuild_makes_zero_model_calls_and_identical_files(tmp_path, installed):
    stage(tmp_path)
    before = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.json*"))}
    report = stage(tmp_path)
    assert report.model_calls == 0 and report.coverage == 1.0
    assert {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.json*"))} == before


def _post_edit(tmp_path, sentence_id: str, target: str) -> None:
    path = tmp_path / "translations" / "001_ar.jsonl"
    lines = []
    for line in path.read_text("utf-8").splitlines():
        entry = json.loads(line)
        if entry["sentence_id"] == sentence_id:
            entry.update(target=target, status="post-edited")
        lines.append(json.dumps(entry, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_post_edit_survives_rebuild_and_model_change(tmp_path, installed, package_file):
    stage(tmp_path)
    edited = "Hamas put the final touches to its reconciliation in Moscow."
    _post_edit(tmp_path, "001_ar-p000-s00", edited)
    report = stage(tmp_path)
    assert report.model_calls == 0
    assert records(tmp_path, "001_ar")[0]["english"] == edited
    assert records(tmp_path, "001_ar")[0]["translation_status"] == "post-edited"

    # A new model version: machine entries are retranslated, the post-edit is not.
    newer = build_package(tmp_path / "newer", version="0.2-tiny")
    argos_model.install_archive(newer)
    report = stage(tmp_path)
    assert report.model.version == "0.2-tiny"
    assert report.model_calls == 2
    entries = {e["sentence_id"]: e for e in memory(tmp_path)}
    assert entries["001_ar-p000-s00"]["target"] == edited
    assert entries["001_ar-p000-s00"]["model_version"] == "0.1-tiny"
    assert {entries[i]["model_version"] for i in ("001_ar-p000-s01", "001_ar-p001-s00")} == {
        "0.2-tiny"}


def test_stale_post_edit_is_kept_and_shown_but_never_published_as_english(
        tmp_path, installed, argos_dir):
    stage(tmp_path)
    edited = "Hamas restored relations with Syria after a long rupture."
    _post_edit(tmp_path, "001_ar-p001-s00", edited)
    changed = corpus()
    new_text = "عادت العلاقات بين حماس وسوريا بعد قطيعة استمرت عشر سنوات."
    changed[0]["body"][1]["text"] = new_text
    report = stage(tmp_path, changed)
    assert report.stale == ["001_ar-p001-s00"]
    assert report.model_calls == 1 and report.coverage == 1.0
    record = records(tmp_path, "001_ar")[2]
    assert (record["translation_status"], record["english"], record["stale_post_edit"]) == (
        "machine", expected_english(new_text), edited)
    by_status = {e["status"]: e for e in memory(tmp_path) if e["sentence_id"] == record["id"]}
    assert by_status["stale"]["target"] == edited
    assert by_status["stale"]["source_text"] == ARABIC[2]
    assert by_status["machine"]["source_text"] == new_text

    # No model and no machine English for the new text: the English is empty, not stale.
    for child in argos_dir.iterdir():
        shutil.rmtree(child)
    path = tmp_path / "translations" / "001_ar.jsonl"
    path.write_text("".join(line + "\n" for line in path.read_text("utf-8").splitlines()
                            if new_text not in line), encoding="utf-8")
    report = stage(tmp_path, changed)
    record = records(tmp_path, "001_ar")[2]
    assert (record["translation_status"], record["english"], record["stale_post_edit"]) == (
        "missing", None, edited)
    assert (report.translated, report.source_sentences) == (2, 3)
    assert translate.coverage_summary(records(tmp_path, "001_ar"))["stale_post_edits"] == 1
    with pytest.raises(PipelineError, match="require-translations"):
        stage(tmp_path, changed, require=True)

    # The old text comes back: the post-edit applies again.
    report = stage(tmp_path)
    record = records(tmp_path, "001_ar")[2]
    assert (record["translation_status"], record["english"], record["stale_post_edit"]) == (
        "post-edited", edited, None)
    assert report.stale == [] and report.coverage == 1.0


def test_no_model_leaves_english_empty_and_reports_coverage(tmp_path, argos_dir, no_network):
    messages = []
    report = stage(tmp_path, log=messages.append)
    assert (report.translated, report.source_sentences, report.coverage) == (0, 3, 0.0)
    assert report.model is None and report.model_calls == 0
    text = "\n".join(messages)
    assert "NO TRANSLATION MODEL" in text and "--model" in text and "(0%)" in text
    arabic = records(tmp_path, "001_ar")
    assert {(r["english"], r["translation_status"]) for r in arabic} == {(None, "missing")}
    assert records(tmp_path, "004_en")[0]["translation_status"] == "original"
    with pytest.raises(PipelineError, match="require-translations"):
        stage(tmp_path, require=True)


def test_committed_translations_are_used_without_a_model(tmp_path, installed, argos_dir):
    stage(tmp_path)
    for child in argos_dir.iterdir():  # the model goes away (e.g. a fresh clone)
        shutil.rmtree(child)
    report = stage(tmp_path)
    assert report.model is None and report.coverage == 1.0 and report.model_calls == 0


def test_offline_environment_variable_blocks_the_download(tmp_path, argos_dir, no_network,
                                                         monkeypatch):
    monkeypatch.setenv(argos_model.OFFLINE_ENV, "1")
    assert stage(tmp_path, offline=False).model is None


def test_cli_reads_and_validates_article_records(tmp_path):
    (tmp_path / "001_ar.json").write_text(json.dumps(corpus()[0]), encoding="utf-8")
    assert list(translate_cli.read_articles(tmp_path)) == ["001_ar"]
    (tmp_path / "002_bad.json").write_text(json.dumps({"id": "002_bad"}), encoding="utf-8")
    with pytest.raises(PipelineError, match=r"002_bad\.json"):
        translate_cli.read_articles(tmp_path)
    with pytest.raises(PipelineError, match="clean --all"):
        translate_cli.read_articles(tmp_path / "empty")


def test_model_flag_installs_a_local_archive(tmp_path, argos_dir, package_file, no_network):
    report = stage(tmp_path, model_path=str(package_file))
    assert report.model.origin == "file" and report.coverage == 1.0
    assert (argos_dir / "translate-ar_en-tiny" / "metadata.json").exists()


# ---------------------------------------------------------------- quality flags


@pytest.mark.parametrize(("target", "flag"), [
    ("Hamas met officials in موسكو today.", "source_script_in_output"),
    ("the the the the talks", "repetition"),
    ("in the talks in the talks in the talks", "repetition"),
    ("Yes.", "length_ratio"),
    ("   ", "empty_output"),
])
def test_quality_flags(target, flag):
    source = "وضعت حماس اللمسات الأخيرة على مصالحتها في موسكو."
    assert flag in translate.quality_flags(source, target)
    enum = schemas.load("translation")["properties"]["quality_flags"]["items"]["enum"]
    assert set(translate.quality_flags(source, target)) <= set(enum)


def _repeats_by_definition(text: str) -> bool:
    """The repetition flag's definition, gram by gram: ``limit`` copies in a row."""
    words = re.findall(r"\w+", text.lower())
    return any(all(words[start + k * size:start + (k + 1) * size] == words[start:start + size]
                   for k in range(limit))
               for size, limit in translate.REPEAT_LIMITS.items()
               for start in range(len(words) - size * limit + 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["in", "the", "talks", "Moscow", "a"]), max_size=30))
def test_repetition_flag_matches_its_definition(words):
    text = " ".join(words)
    assert ("repetition" in translate.quality_flags("x" * 30, text)) == \
        _repeats_by_definition(text)


def test_good_translation_has_no_flags():
    source = "وضعت حماس اللمسات الأخيرة على مصالحتها في موسكو."
    assert translate.quality_flags(source, "Hamas put the final touches in Moscow.") == []


def test_invalid_memory_line_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "001_ar.jsonl"
    path.write_text('{"sentence_id": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(PipelineError) as error:
        translate.read_memory(path)
    report = error.value.report()
    assert "line 1" in report and "line 2" in report and str(path) in report


def test_injected_translator_gets_distinct_texts_and_gives_the_same_files(tmp_path, installed):
    stage(tmp_path / "default")
    calls = []

    def elsewhere(info, texts):  # what a distributed translator does on each worker
        calls.append(list(texts))
        return translate.translate_texts(translate.load_model(info, threads=1), texts)

    repeated = [*corpus(), make_article("002_ar", "ar", [ARABIC[2]])]
    report = stage(tmp_path / "injected", repeated, translate_pending=elsewhere)
    assert calls == [ARABIC] and report.model_calls == 3
    assert [r["english"] for r in records(tmp_path / "injected", "002_ar")] == [
        expected_english(ARABIC[2])]
    for name in ("translations/001_ar.jsonl", "sentences/001_ar.json"):
        assert (tmp_path / "injected" / name).read_bytes() == (
            tmp_path / "default" / name).read_bytes()


# ---------------------------------------------------------------- memory integrity


def test_conflicting_post_edits_are_an_error_naming_both_lines(tmp_path, installed):
    stage(tmp_path)
    path = tmp_path / "translations" / "001_ar.jsonl"
    lines = path.read_text("utf-8").splitlines()
    first = dict(json.loads(lines[0]), status="post-edited", target="One reviewer's English.")
    second = dict(first, target="Another reviewer's English.")
    text = "\n".join([json.dumps(first, ensure_ascii=False), *lines[1:],
                      json.dumps(second, ensure_ascii=False)]) + "\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PipelineError) as error:
        stage(tmp_path)
    report = error.value.report()
    assert "tm-conflict" in report and "lines 1 and 4" in report and str(path) in report
    assert path.read_text("utf-8") == text  # untouched


def test_source_hash_must_match_source_text(tmp_path, installed):
    stage(tmp_path)
    path = tmp_path / "translations" / "001_ar.jsonl"
    lines = path.read_text("utf-8").splitlines()
    wrong = dict(json.loads(lines[1]), source_text=ARABIC[0], status="post-edited")
    text = "\n".join([lines[0], json.dumps(wrong, ensure_ascii=False), lines[2]]) + "\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PipelineError, match="tm-source-hash") as error:
        stage(tmp_path)
    assert "line 2" in error.value.report()
    assert path.read_text("utf-8") == text


def test_removed_article_leaves_its_memory_orphaned_and_kept(tmp_path, installed):
    articles = [*corpus(), make_article("002_ar", "ar", ["التقى الوفد في موسكو."])]
    stage(tmp_path, articles)
    memory_file = tmp_path / "translations" / "002_ar.jsonl"
    kept = memory_file.read_bytes()
    messages = []
    report = stage(tmp_path, log=messages.append)  # 002_ar is gone
    assert report.orphaned == ["002_ar.jsonl"]
    assert "orphaned translation memory" in "\n".join(messages)
    assert memory_file.read_bytes() == kept
    # Its sentence file is pruned with the other build files of a removed source
    # (sources.prune_build_files, tests/test_hostile.py), not by a stage given a subset.
    assert report.coverage == 1.0


def test_bench_compares_both_paths_at_one_thread_and_best(installed):
    from pipeline import translate_bench

    found = translate_bench.compare(installed, [ARABIC[:2], ARABIC[2:]])
    for setting in ("one_thread", "best"):
        figures = found[setting]
        assert (figures["equal"], figures["different"]) == (3, 0) and figures["same_output"]
        assert figures["speedup"] > 0 and figures["cpu_speedup"] > 0
    assert found["one_thread"]["stage_layout"] == [1, 1]
    lines = translate_bench.summary_lines({"by_vocabulary": {"tiny": found},
                                           "load_average": [1.0, 1.0]})
    assert len(lines) == 3 and "3 equal / 0 different of 3" in lines[0]


def _sentence(article: str, index: int, text: str) -> dict:
    return {"id": f"{article}_ar-p000-s{index:02d}", "text": text, "language": "ar",
            "text_sha256": sha256_bytes(text.encode("utf-8"))}


def _machine(sentence: dict, english: str, model: str = "a" * 64) -> dict:
    provenance = {"engine": "argos-translate", "model_name": "test", "model_version": "1",
                  "model_sha256": model, "ctranslate2_version": "4", "decoding": {}}
    return translate.machine_entry(sentence, translate.Translation(english, [], provenance))


def test_an_incremental_plan_reads_only_the_lowest_holders_and_agrees_with_a_full_plan():
    shared, other = "نص مشترك بين المقالات", "نص آخر"
    # Unchanged articles 002, 003 and 005 hold English for the shared text, each its own;
    # 005 also for the other text, under an older model (not usable now).
    holders = {aid: [_machine(_sentence(aid, 0, shared), f"english of {aid}")]
               for aid in ("002", "003", "005")}
    holders["005"].append(_machine(_sentence("005", 1, other), "old", model="b" * 64))
    done = {aid: {"machine": sorted({e["source_sha256"][:translate.INDEX_DIGITS]
                                     for e in memory})} for aid, memory in holders.items()}
    # Article 004 is new: both texts; article 006 is being redone and holds the shared text.
    segmented = {"004": [_sentence("004", 0, shared), _sentence("004", 1, other)],
                 "006": [_sentence("006", 0, shared)]}
    memories = {"004": [], "006": [_machine(segmented["006"][0], "english of 006")]}
    read = []

    def memory_of(aid):
        read.append(aid)
        return holders[aid]

    own_plans = translate.plan_corpus(segmented, memories, {}, "a" * 64)
    others = translate.holders_to_read(own_plans, memories, done, "a" * 64, memory_of)
    assert read == ["002", "005"]  # the lowest holder of each text, and no more
    incremental = translate.plan_corpus(segmented, memories, others, "a" * 64)
    full = translate.plan_corpus(segmented, memories, holders, "a" * 64)
    assert incremental == full
    assert incremental["004"].use["004_ar-p000-s00"]["target"] == "english of 002"
    assert [s["text"] for s in incremental["004"].pending] == [other]
    # Its own sentence's entry comes first for 006, whoever else holds the text.
    assert incremental["006"].use["006_ar-p000-s00"]["target"] == "english of 006"
