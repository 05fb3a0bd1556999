"""Translate stage, against a tiny but genuine Argos package built at test time.

The package (pipeline/testing_model.py) copies its input piece by piece and swaps the
words of its LEXICON, so what a correct pipeline must produce is known in advance.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import urllib.request
import zipfile
from pathlib import Path

import pytest

from pipeline import argos_model, schemas, translate, translate_cli
from pipeline.errors import PipelineError
from pipeline.testing_model import LEXICON, TRAINING_LINES, build_package

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
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network call attempted: {args}")
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.fixture
def installed(argos_dir, package_file, tmp_path) -> argos_model.ModelInfo:
    argos_model.install_archive(package_file, lock_path=tmp_path / "lock.json")
    return argos_model.locate(offline=True, model_path=None, lock_path=tmp_path / "lock.json")


def stage(tmp_path, articles=None, **options):
    settings = dict(offline=True, model_path=None, require=False, threads=1, batch_size=8,
                    translations_dir=tmp_path / "translations",
                    sentences_dir=tmp_path / "sentences", progress=False, log=lambda m: None)
    settings.update(options)
    return translate.run(corpus() if articles is None else articles, **settings)


def memory(tmp_path, article_id="001_ar") -> list[dict]:
    return translate.read_memory(tmp_path / "translations" / f"{article_id}.jsonl")


def records(tmp_path, article_id) -> list[dict]:
    return json.loads((tmp_path / "sentences" / f"{article_id}.json").read_text("utf-8"))


# ---------------------------------------------------------------- the model itself


def test_package_is_deterministic(tmp_path, package_file):
    assert build_package(tmp_path).read_bytes() == package_file.read_bytes()


def test_lexicon_swaps_and_batched_matches_argos_loop(installed):
    model = translate.load_model(installed, threads=1)
    batched = translate.translate_corpus_batched(model, ARABIC, batch_size=2, progress=False)
    assert batched == [expected_english(text) for text in ARABIC]
    assert "Hamas" in batched[0] and "Moscow" in batched[0]
    assert translate.translate_per_paragraph(model, [ARABIC[:2], ARABIC[2:]]) == [
        batched[:2], batched[2:]]
    again = translate.load_model(installed, threads=1)
    assert translate.translate_corpus_batched(again, ARABIC, progress=False) == batched
    assert model.calls == 3 + 3


def test_installed_package_is_found_under_argos_packages_dir(installed, argos_dir):
    assert installed.origin == "installed"
    assert installed.path.parent == argos_dir
    assert (installed.name, installed.version) == ("translate-ar_en", "0.1-tiny")
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
    assert lock["models"] == [{"name": "translate-ar_en", "version": "0.1-tiny",
                               "sha256": installed.sha256}]
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
    argos_model.install_archive(newer, lock_path=tmp_path / "translations" / "model-lock.json")
    report = stage(tmp_path)
    assert report.model.version == "0.2-tiny"
    assert report.model_calls == 2
    entries = {e["sentence_id"]: e for e in memory(tmp_path)}
    assert entries["001_ar-p000-s00"]["target"] == edited
    assert entries["001_ar-p000-s00"]["model_version"] == "0.1-tiny"
    assert {entries[i]["model_version"] for i in ("001_ar-p000-s01", "001_ar-p001-s00")} == {
        "0.2-tiny"}


def test_changed_source_turns_post_edit_stale_never_dropped(tmp_path, installed):
    stage(tmp_path)
    edited = "Hamas restored relations with Syria after a long rupture."
    _post_edit(tmp_path, "001_ar-p001-s00", edited)
    changed = corpus()
    changed[0]["body"][1]["text"] = "عادت العلاقات بين حماس وسوريا بعد قطيعة استمرت عشر سنوات."
    report = stage(tmp_path, changed)
    assert report.stale == ["001_ar-p001-s00"]
    assert report.model_calls == 1  # the new text gets a machine translation to compare
    record = records(tmp_path, "001_ar")[2]
    assert (record["translation_status"], record["english"]) == ("stale", edited)
    by_status = {e["status"]: e for e in memory(tmp_path) if e["sentence_id"] == record["id"]}
    assert by_status["stale"]["target"] == edited
    assert by_status["stale"]["source_text"] == ARABIC[2]
    assert by_status["machine"]["source_text"] == changed[0]["body"][1]["text"]

    # The old text comes back: the post-edit applies again.
    stage(tmp_path)
    record = records(tmp_path, "001_ar")[2]
    assert (record["translation_status"], record["english"]) == ("post-edited", edited)


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
    assert translate_cli.read_articles(tmp_path)[0]["id"] == "001_ar"
    (tmp_path / "002_bad.json").write_text(json.dumps({"id": "002_bad"}), encoding="utf-8")
    with pytest.raises(PipelineError, match=r"002_bad\.json"):
        translate_cli.read_articles(tmp_path)
    with pytest.raises(PipelineError, match="clean --all"):
        translate_cli.read_articles(tmp_path / "empty")


def test_model_flag_installs_a_local_archive(tmp_path, argos_dir, package_file, no_network):
    report = stage(tmp_path, model_path=str(package_file))
    assert report.model.origin == "file" and report.coverage == 1.0
    assert (argos_dir / "translate-ar_en-tiny" / "metadata.json").exists()


# ---------------------------------------------------------------- untrusted archives


def _zip(path: Path, members: dict[str, bytes], links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return path


METADATA = json.dumps({"from_code": "ar", "to_code": "en", "package_version": "9"}).encode()


@pytest.mark.parametrize(("members", "links", "code"), [
    ({"pkg/metadata.json": METADATA, "pkg/../../evil.py": b"x"}, (), "archive-path-traversal"),
    ({"pkg/metadata.json": METADATA, "/etc/evil": b"x"}, (), "archive-absolute-path"),
    ({"pkg/metadata.json": METADATA, "pkg/model": b"/etc/passwd"}, ("pkg/model",),
     "archive-link"),
    ({"pkg/metadata.json": METADATA, "other/x": b"x"}, (), "archive-layout"),
    ({"pkg/model.bin": b"x"}, (), "archive-layout"),
])
def test_malicious_archive_is_refused_before_extraction(tmp_path, argos_dir, members, links,
                                                        code):
    archive = _zip(tmp_path / "evil.argosmodel", members, links)
    assert code in {p.code for p in argos_model.archive_problems(archive)}
    with pytest.raises(PipelineError, match=code):
        argos_model.install_archive(archive, lock_path=tmp_path / "lock.json")
    assert list(argos_dir.iterdir()) == []
    assert not (tmp_path.parent / "evil.py").exists()


def test_unpacked_size_is_bounded(tmp_path):
    archive = _zip(tmp_path / "big.argosmodel",
                   {"pkg/metadata.json": METADATA, "pkg/blob": b"\0" * 5000})
    assert argos_model.archive_problems(archive, max_bytes=10_000) == []
    assert "archive-too-large" in {
        p.code for p in argos_model.archive_problems(archive, max_bytes=4000)}


def test_lock_refuses_a_different_file_under_the_same_name(tmp_path, argos_dir, package_file):
    lock = tmp_path / "translations" / "model-lock.json"
    stage(tmp_path, model_path=str(package_file))
    other = build_package(tmp_path / "other", training_lines=[*TRAINING_LINES, "سطر إضافي"])
    for child in argos_dir.iterdir():
        shutil.rmtree(child)
    with pytest.raises(PipelineError, match="model-lock-mismatch"):
        argos_model.install_archive(other, lock_path=lock)
    assert list(argos_dir.iterdir()) == []


def test_only_the_missing_sentence_splitter_import_is_tolerated(tmp_path, argos_dir,
                                                                package_file, monkeypatch):
    from argostranslate import package

    def broken(path):
        raise ModuleNotFoundError("No module named 'numpy'", name="numpy")
    monkeypatch.setattr(package, "install_from_path", broken)
    with pytest.raises(ModuleNotFoundError):
        argos_model.install_archive(package_file, lock_path=tmp_path / "lock.json")


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
