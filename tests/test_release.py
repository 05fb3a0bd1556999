"""Releases: proposed SemVer bumps, generated CHANGELOG entries, refusals, reproducible zips."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from corpus_fixture import ARTICLES, EPOCH, add_article, make_repo, sentences, snapshot_files

from pipeline import (
    PACKAGE_DIR,
    ROOT,
    clean,
    package,
    release,
    release_cli,
    schemas,
    translate,
    versioning,
)
from pipeline.errors import PipelineError
from pipeline.fileio import canonical_json
from pipeline.markup import md_text

A, B, C = "010_aaaaaaaaaaaaaaaa", "011_bbbbbbbbbbbbbbbb", "012_cccccccccccccccc"
DOCUMENTS = ("README.md", "LICENSE", "LICENSE-DATA.md")


@pytest.fixture(autouse=True)
def fixed_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def new_repo(root: Path) -> Path:
    make_repo(root)
    for name in DOCUMENTS:
        shutil.copyfile(ROOT / name, root / name)
    (root / "CHANGELOG.md").write_text(
        "# Changelog\n\nNotes.\n\n## Unreleased\n\n- Hand-written note.\n", encoding="utf-8")
    package.run(root=root)
    return root


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Path:
    """A repository with a built package, released once as 1.0.0."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        root = new_repo(tmp_path_factory.mktemp("released"))
        release.run(root=root)
    return root


@pytest.fixture
def repo(released, tmp_path) -> Path:
    shutil.copytree(released, tmp_path, dirs_exist_ok=True)
    return tmp_path


def refusal(**kwargs) -> str:
    with pytest.raises(PipelineError) as caught:
        release.run(**kwargs)
    return caught.value.report()


def test_first_release_writes_changelog_record_archive_and_version(released):
    assert json.loads((released / package.DESCRIPTOR_PATH).read_text())["version"] == "1.0.0"
    changelog = (released / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## Unreleased") < changelog.index("## 1.0.0 — 2024-05-01")
    entry = changelog[changelog.index("## 1.0.0"):]
    assert "First release: 2 articles, 5 aligned sentences." in entry
    assert "Translation: 3 of 3 Arabic sentences have current English (100%)." in entry
    assert "Incomplete" not in entry
    assert f"`{A}` {md_text(ARTICLES[A]['title'])}" in entry and f"`{B}`" in entry
    assert "- Hand-written note." in entry  # unreleased notes move into the release
    record = json.loads((released / "releases/1.0.0.json").read_text(encoding="utf-8"))
    archive = released / "dist/hamas-syria-relations-1.0.0.zip"
    assert record["archive_sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest()


def test_unchanged_build_is_refused_and_rebuilding_keeps_the_released_version(repo):
    before = snapshot_files(repo)
    assert package.run(root=repo) == {**package.run(root=repo), "changed": False}
    assert package.run(root=repo)["version"] == "1.0.0"
    assert snapshot_files(repo) == before
    assert "nothing-to-release" in refusal(root=repo, dry_run=True)
    assert "identical to release 1.0.0" in refusal(root=repo)
    assert snapshot_files(repo) == before


def test_a_later_commit_does_not_change_the_released_descriptor(repo, monkeypatch):
    before = snapshot_files(repo)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))  # committed a day later
    assert package.run(root=repo)["created"] == json.loads(
        (repo / "releases/1.0.0.json").read_text(encoding="utf-8"))["created"]
    assert snapshot_files(repo) == before


def test_adding_a_source_proposes_a_minor_release_naming_the_new_article(repo):
    add_article(repo, C)
    assert package.run(root=repo)["version"] == "1.1.0-dev"
    preview = release.run(root=repo, dry_run=True)
    assert (preview["proposed"], preview["version"]) == ("minor", "1.1.0")
    assert preview["changes"]["articles_added"] == [C]
    assert not (repo / "releases/1.1.0.json").exists()
    result = release.run(root=repo)
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog[changelog.index("## 1.1.0"):changelog.index("## 1.0.0")]
    assert "Minor release: 3 articles, 6 aligned sentences." in entry
    assert f"### Articles added\n\n- `{C}` {md_text(ARTICLES[C]['title'])}" in entry
    assert "Sentences" not in entry  # the new article's sentences are part of "added"
    assert (repo / "dist/hamas-syria-relations-1.1.0.zip").exists()
    assert result["archive_sha256"] == json.loads(
        (repo / "releases/1.1.0.json").read_text())["archive_sha256"]
    assert "already been released" in refusal(root=repo, version="1.1.0")


def test_retranslated_sentence_is_a_patch(repo):
    items = sentences(A)
    items[0]["english"] = "The delegation went back to Damascus."
    (repo / "build/sentences" / f"{A}.json").write_text(canonical_json(items), encoding="utf-8")
    package.run(root=repo)
    preview = release.run(root=repo, dry_run=True)
    assert (preview["proposed"], preview["version"]) == ("patch", "1.0.1")
    assert preview["changes"]["sentences_retranslated"] == [f"{A}-p000-s00"]
    assert f"1 retranslated: `{A}-p000-s00`" in preview["changelog"]


def test_user_can_override_the_bump_but_not_reuse_or_lower_a_version(repo):
    add_article(repo, C)
    package.run(root=repo)
    assert "already been released" in refusal(root=repo, version="1.0.0")
    assert "not higher" in refusal(root=repo, version="0.9.0")
    assert "pre-release" in refusal(root=repo, version="1.1.0-dev")
    result = release.run(root=repo, bump="major")
    assert result["version"] == "2.0.0"
    assert "Major release (proposed: minor)" in result["changelog"]


def test_package_failing_validation_is_not_released(repo):
    add_article(repo, C)
    package.run(root=repo)
    path = repo / PACKAGE_DIR / "data/paragraphs.csv"
    path.write_bytes(path.read_bytes().replace(b",paragraph,", b",paragrahp,", 1))
    changelog = (repo / "CHANGELOG.md").read_bytes()
    assert "fails validation" in refusal(root=repo)
    assert (repo / "CHANGELOG.md").read_bytes() == changelog
    assert not (repo / "releases/1.1.0.json").exists()


def test_schema_changes_are_classified_for_readers():
    current = versioning.snapshot([], [], [])
    assert versioning.proposed_bump(versioning.diff(current, current)) is None
    old = copy.deepcopy(current)
    old["schemas"]["sentence"]["/retired"] = dict(old["schemas"]["sentence"]["/text"])
    assert versioning.proposed_bump(versioning.diff(old, current)) == "major"
    old = copy.deepcopy(current)
    old["schemas"]["sentence"]["/english"]["type"] = ["string"]
    assert versioning.diff(old, current)["schema_breaking"] == [
        "sentence/english: type ['string'] -> ['null', 'string']"]
    old = copy.deepcopy(current)
    del old["schemas"]["sentence"]["/quality_flags"]
    del old["schemas"]["sentence"]["/quality_flags/[]"]
    assert versioning.proposed_bump(versioning.diff(old, current)) == "minor"
    old = copy.deepcopy(current)
    old["schemas"]["source"]["/notes"]["doc"] = "reworded"
    assert versioning.proposed_bump(versioning.diff(old, current)) == "patch"
    assert set(current["schemas"]) == set(schemas.names())


def test_zip_is_byte_reproducible_and_self_checking(released, tmp_path):
    descriptor = json.loads((released / package.DESCRIPTOR_PATH).read_text())
    members = release.archive_members(released, descriptor,
                                      (released / package.DESCRIPTOR_PATH).read_bytes(), b"log\n")
    first = release.build_zip(members, "1.0.0", descriptor["created"])
    assert hashlib.sha256(first).digest() == hashlib.sha256(
        release.build_zip(dict(reversed(members.items())), "1.0.0", descriptor["created"])).digest()
    # A release made elsewhere from the same inputs gives the same archive.
    other = new_repo(tmp_path / "other")
    assert release.run(root=other)["archive_sha256"] == json.loads(
        (released / "releases/1.0.0.json").read_text())["archive_sha256"]
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        assert names == sorted(names)
        assert {info.date_time for info in infos} == {(2024, 5, 1, 12, 0, 0)}
        top = "hamas-syria-relations-1.0.0/"
        assert all(name.startswith(top) and ".." not in name for name in names)
        assert {f"{top}{n}" for n in ("datapackage.json", "data/sentences.csv", "README.md",
                                      "LICENSE", "LICENSE-DATA.md", "SHA256SUMS",
                                      "schemas/sentence.schema.json")} <= set(names)
        sums = archive.read(f"{top}SHA256SUMS").decode().splitlines()
        assert len(sums) == len(names) - 1
        for line in sums:
            digest, name = line.split("  ")
            assert hashlib.sha256(archive.read(top + name)).hexdigest() == digest


def test_release_needs_readme_and_licences(repo):
    add_article(repo, C)
    package.run(root=repo)
    (repo / "LICENSE-DATA.md").unlink()
    assert "LICENSE-DATA.md" in refusal(root=repo)
    assert not (repo / "releases/1.1.0.json").exists()


def test_changelog_shows_scraped_titles_inert():
    hostile = "x <script>alert(1)</script> [a](javascript:alert(2)) **b**"
    empty = {"articles": {}, "sentences": {}, "sources": {}, "schemas": {}}
    changes = {**versioning.diff(None, empty), "articles_added": ["h1"]}
    entry = release.changelog_entry("1.0.0", "2024-05-01", changes, "minor", "minor",
                                    {"h1": hostile}, (1, 1),
                                    translate.coverage_summary(sentences(A)))
    assert "<script>" not in entry and "](javascript:" not in entry and "**b**" not in entry


# ---------------------------------------------------------------- the translation gate


def test_fresh_clone_without_english_is_refused(tmp_path, monkeypatch):
    """What a fresh clone builds without a model: the committed sources and translation
    memory, cleaned, translated offline and packaged. That package is not released."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    build = tmp_path / "build"
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    for name in DOCUMENTS:
        shutil.copyfile(ROOT / name, tmp_path / name)
    articles = clean.run(sources_dir=ROOT / "sources", out_dir=build / "articles",
                         cache_dir=build / "cache").articles
    translate.run(articles, offline=True, model_path=None, require=False,
                  translations_dir=tmp_path / "translations", sentences_dir=build / "sentences",
                  progress=False, log=lambda message: None)
    package.run(root=tmp_path, build_dir=build, sources_dir=ROOT / "sources")
    table = tmp_path / PACKAGE_DIR / "data" / "sentences.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["language"] == "ar"]
    assert rows and not any(row["english"] for row in rows)  # the memory is empty
    stated = f"0 of {len(rows)} Arabic sentences have current English (0%; {len(rows)} missing)"
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    report = refusal(root=tmp_path)
    assert "[translations-incomplete]" in report and stated in report
    assert "--allow-incomplete" in report
    assert "translations-incomplete" in refusal(root=tmp_path, dry_run=True)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`0 of {len(rows)} Arabic sentences have current English`" in readme


def _make_incomplete(root: Path) -> None:
    """Article A loses the English of one sentence and has a stale post-edit on another."""
    items = sentences(A)
    items[0].update(english=None, translation_status="missing")
    items[2].update(english=None, translation_status="missing",
                    stale_post_edit="The spokesman said ties got better.")
    (root / "build/sentences" / f"{A}.json").write_text(canonical_json(items), encoding="utf-8")
    package.run(root=root)


def test_missing_or_stale_english_needs_allow_incomplete_and_is_stated(repo):
    _make_incomplete(repo)
    stated = ("1 of 3 Arabic sentences have current English (33%; 2 missing; 1 stale "
              "post-edit(s) awaiting review)")
    before = snapshot_files(repo), (repo / "CHANGELOG.md").read_bytes()
    report = refusal(root=repo)
    assert "[translations-incomplete]" in report and stated in report
    assert (snapshot_files(repo), (repo / "CHANGELOG.md").read_bytes()) == before
    assert not (repo / "releases/1.0.1.json").exists()

    result = release.run(root=repo, allow_incomplete=True)
    assert result["version"] == "1.0.1"
    entry = (repo / "CHANGELOG.md").read_text(encoding="utf-8").split("## 1.0.0")[0]
    assert f"Translation: {stated}. **Incomplete**: released with `--allow-incomplete`." in entry
    expected = {"sentences": 5, "source_sentences": 3, "translated": 1, "stale_post_edits": 1,
                "flagged": 0, "statuses": {"missing": 2, "original": 2, "post-edited": 1}}
    published = json.loads((repo / package.DESCRIPTOR_PATH).read_text())
    assert published["translation_coverage"] == expected
    with zipfile.ZipFile(repo / "dist/hamas-syria-relations-1.0.1.zip") as archive:
        shipped = json.loads(archive.read("hamas-syria-relations-1.0.1/datapackage.json"))
    assert shipped["translation_coverage"] == expected
    released = snapshot_files(repo)
    package.run(root=repo)  # a rebuild keeps the released descriptor, coverage included
    assert snapshot_files(repo) == released


def test_a_stale_post_edit_awaiting_review_alone_blocks_a_release(repo):
    items = sentences(A)
    items[2].update(english="The spokesman said relations improve.",
                    translation_status="machine",
                    stale_post_edit="The spokesman said ties got better.")
    (repo / "build/sentences" / f"{A}.json").write_text(canonical_json(items), encoding="utf-8")
    package.run(root=repo)
    report = refusal(root=repo)
    assert ("3 of 3 Arabic sentences have current English (100%; 1 stale post-edit(s) "
            "awaiting review)") in report and "[translations-incomplete]" in report


def test_stated_coverage_must_match_the_sentences_table(repo):
    _make_incomplete(repo)
    path = repo / package.DESCRIPTOR_PATH
    value = json.loads(path.read_text(encoding="utf-8"))
    value["translation_coverage"].update(translated=3, stale_post_edits=0)
    path.write_text(canonical_json(value), encoding="utf-8")
    assert "[package-inconsistent]" in refusal(root=repo, allow_incomplete=True)


def test_command_line_passes_allow_incomplete():
    import argparse

    parser = argparse.ArgumentParser()
    release_cli.configure(parser)
    assert parser.parse_args(["--allow-incomplete"]).allow_incomplete is True
    assert parser.parse_args([]).allow_incomplete is False
