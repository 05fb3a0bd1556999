"""The raw sources and their manifest: immutability, adding, accepting a deliberate change."""

import os
import shutil
import subprocess
import sys

import pytest

from pipeline import ROOT, ROOT_ENV, schemas, sources
from pipeline.errors import PipelineError
from pipeline.fileio import sha256_file


def test_manifest_matches_every_seed_byte_for_byte():
    records = sources.read_manifest()
    assert len(records) >= 5
    sources.verify(records)
    for record in records:
        assert schemas.problems(record, "source") == []
        assert sha256_file(ROOT / "sources" / record["file"]) == record["sha256"]
        assert record["retrieved"] is None or len(record["retrieved"]) == 10


def test_changed_source_stops_with_instructions_then_can_be_accepted(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Title\n\nBody text.\n", encoding="utf-8")
    record = sources.add(page, outlet="Example", retrieved="2024-01-31", sources_dir=tmp_path)
    assert record["bytes"] == page.stat().st_size
    page.write_text("Title\n\nEdited body text.\n", encoding="utf-8")
    with pytest.raises(PipelineError) as raised:
        sources.verify(sources.read_manifest(tmp_path), tmp_path)
    problem = raised.value.problems[0]
    assert problem.code == "source-changed" and problem.record == "page"
    assert "python -m pipeline sources accept page.txt" in problem.message
    sources.accept("page.txt", tmp_path)
    sources.verify(sources.read_manifest(tmp_path), tmp_path)


def test_a_missing_source_or_a_folder_in_its_place_stops_naming_the_file(tmp_path):
    for name in ("gone.txt", "folder.txt"):
        (tmp_path / name).write_text(f"{name}\n\nBody text.\n", encoding="utf-8")
        sources.add(tmp_path / name, outlet="Example", sources_dir=tmp_path)
    (tmp_path / "gone.txt").unlink()
    (tmp_path / "folder.txt").unlink()
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(PipelineError) as raised:
        sources.verify(sources.read_manifest(tmp_path), tmp_path)
    assert sorted((p.code, p.file, p.record) for p in raised.value.problems) == [
        ("source-missing", str(tmp_path / "folder.txt"), "folder"),
        ("source-missing", str(tmp_path / "gone.txt"), "gone")]


def test_add_refuses_bad_metadata_and_duplicates(tmp_path):
    page = tmp_path / "incoming" / "p.txt"
    page.parent.mkdir()
    page.write_text("x", encoding="utf-8")
    with pytest.raises(PipelineError) as raised:
        sources.add(page, retrieved="31/01/2024", sources_dir=tmp_path)
    assert raised.value.problems[0].pointer == "/retrieved"
    assert not (tmp_path / "manifest.csv").exists()
    sources.add(page, sources_dir=tmp_path)
    with pytest.raises(PipelineError, match="already exists"):
        sources.add(page, sources_dir=tmp_path)


def test_invalid_manifest_is_reported_with_its_line(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "id,file,sha256,bytes,outlet,url,retrieved,notes,duplicate_of\n"
        "x,x.txt,nothex,12,,,,,\n", "utf-8")
    with pytest.raises(PipelineError) as raised:
        sources.read_manifest(tmp_path)
    assert raised.value.problems[0].file == "manifest.csv line 2"
    assert raised.value.problems[0].pointer == "/sha256"


@pytest.mark.parametrize(("content", "code"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 20, "binary"),
    (b"Home\nNews\nSport\nContact\n", "no-article"),
])
def test_the_add_command_refuses_a_page_the_build_could_not_use(tmp_path, content, code):
    # Run on a copy of the project (PIPELINE_ROOT): a failure must not touch sources/.
    root = tmp_path / "project"
    for name in ("sources", "schemas"):
        shutil.copytree(ROOT / name, root / name)
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    before = sources.manifest_path(root / "sources").read_bytes()
    result = subprocess.run([sys.executable, "-m", "pipeline", "sources", "add", str(page)],
                            env={**os.environ, ROOT_ENV: str(root)}, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 1
    assert f"[{code}]" in result.stderr and "page.txt" in result.stderr
    assert sources.manifest_path(root / "sources").read_bytes() == before
    assert not (root / "sources" / "page.txt").exists()
