"""The Frictionless data package: derived schemas, official validation, determinism,
atomic publishing, and the README's loading snippet."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_fixture import EPOCH, add_article, article, make_repo, sha256, snapshot_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import (
    PACKAGE_DIR,
    ROOT,
    blocks,
    cache,
    fileio,
    package,
    schemas,
    tables,
    validate,
    versioning,
)
from pipeline.errors import PipelineError
from pipeline.fileio import canonical_json, sha256_bytes

A, B = "010_aaaaaaaaaaaaaaaa", "011_bbbbbbbbbbbbbbbb"


@pytest.fixture(autouse=True)
def fixed_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One package built from the fixture records; tests copy it rather than rebuild."""
    root = make_repo(tmp_path_factory.mktemp("built"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        package.run(root=root)
    return root


@pytest.fixture
def repo(built, tmp_path) -> Path:
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    return tmp_path


def descriptor(root: Path) -> dict:
    return json.loads((root / package.DESCRIPTOR_PATH).read_text(encoding="utf-8"))


def frictionless_cli(root: Path) -> subprocess.CompletedProcess:
    """The frictionless command of the interpreter running the tests, whatever is on PATH."""
    return subprocess.run([sys.executable, "-m", "frictionless", "validate",
                           package.DESCRIPTOR_PATH], cwd=root,
                          capture_output=True, text=True, check=False)


def test_table_schemas_are_derived_from_the_json_schemas():
    article_fields = {f["name"]: f for f in package.table_schema("article")["fields"]}
    date_value = schemas.load("date-value")
    # Nested date objects are flattened, keep their documentation, and get real types.
    for parent in ("published", "updated"):
        for child, prop in date_value["properties"].items():
            field = article_fields[f"{parent}_{child}"]
            assert prop["description"] in field["description"]
            assert field["title"].endswith(prop["title"])
    assert article_fields["published_date"]["type"] == "date"
    assert article_fields["published_calendar"]["constraints"]["enum"] == ["gregorian", "hijri"]
    # Lists of records stay out of the CSV; they live in data/articles.json.
    assert "body" not in article_fields and "removed" not in article_fields
    sentence = package.table_schema("sentence")
    fields = {f["name"]: f for f in sentence["fields"]}
    assert [f["name"] for f in sentence["fields"]] == schemas.fields("sentence")
    assert fields["quality_flags"]["type"] == "array"
    assert fields["quality_flags"]["arrayItem"]["constraints"]["enum"] == (
        schemas.load("sentence")["properties"]["quality_flags"]["items"]["enum"])
    assert fields["sentence_index"]["constraints"] == {"required": True, "minimum": 0}
    assert sentence["primaryKey"] == ["id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in sentence["foreignKeys"]} == {
        "article_id": "articles", "paragraph_id": "paragraphs"}
    source = {f["name"]: f for f in package.table_schema("source")["fields"]}
    assert source["url"]["format"] == "uri" and source["retrieved"]["type"] == "date"
    # A string that may legitimately be "" cannot be "required" in CSV, where "" is missing.
    assert "required" not in source["notes"].get("constraints", {})


def test_every_field_carries_its_schema_title_and_description():
    for _, record in package.TABLES:
        props = schemas.load(record)["properties"]
        for column in package.columns(record):
            prop = schemas.resolve(props[column.path[0]])
            assert prop["title"] in column.field["title"]
            assert prop["description"] in column.field["description"]


def test_patterns_keep_their_meaning_in_table_schema():
    for json_pattern, value in (("^[a-z]{2,3}$", "ar"), ("^[a-z]{2,3}$", "arab"),
                                ("[0-9]", "a1b"), ("[0-9]", "ab")):
        table_pattern = package._table_pattern(json_pattern)
        assert bool(re.fullmatch(table_pattern, value)) == bool(re.search(json_pattern, value))


def test_official_frictionless_cli_validates_the_package(repo):
    result = frictionless_cli(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    # ... and it is not a rubber stamp: a foreign key broken in the data makes the same
    # validator (called in-process, the CLI takes seconds to start) report it.
    path = repo / PACKAGE_DIR / "data/sentences.csv"
    text = path.read_text(encoding="utf-8").replace(f"{A}-p001,1", f"{A}-p009,1")
    path.write_text(text, encoding="utf-8")
    found = validate.check_package(repo / PACKAGE_DIR, repo)
    assert {p.code for p in found} == {"frictionless-hash-count", "frictionless-foreign-key"}


def test_descriptor_metadata_and_resources(repo):
    meta = descriptor(repo)
    assert meta["name"] == "hamas-syria-relations"
    assert meta["version"] == "1.0.0-dev"  # nothing released yet
    assert meta["created"] == "2024-05-01T12:00:00Z"
    assert {lic["name"] for lic in meta["licenses"]} >= {"CC-BY-4.0", "MIT"}
    assert any("publishers" in lic["title"] for lic in meta["licenses"])
    assert {"title": "Example Daily", "path": "https://news.example.org/a"} in meta["sources"]
    assert meta["contributors"] == [{"title": "The hamas-syria-relations corpus project",
                                  "role": "author"}]
    assert meta["title"] and meta["description"] and meta["keywords"]
    names = [resource["name"] for resource in meta["resources"]]
    assert names == ["sources", "articles", "paragraphs", "sentences", "articles-json"]
    for resource in meta["resources"]:
        data = (repo / PACKAGE_DIR / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == f"sha256:{hashlib.sha256(data).hexdigest()}"
        assert resource["encoding"] == "utf-8" and resource["mediatype"]
        assert resource["format"] in ("csv", "json")
        assert "schema" in resource if resource["format"] == "csv" else "recordSchema" in resource
    tables = {r["name"]: r for r in meta["resources"]}
    assert tables["sentences"]["dialect"]["delimiter"] == ","
    header = (repo / PACKAGE_DIR / "data/paragraphs.csv").read_text("utf-8").splitlines()[0]
    assert header.split(",") == schemas.fields("paragraph")


def test_json_resource_holds_the_full_nested_records(repo):
    records = json.loads((repo / PACKAGE_DIR / "data/articles.json").read_text(encoding="utf-8"))
    assert records == [article(A), article(B)]


def test_two_builds_are_byte_identical_and_rebuilding_changes_nothing(built, tmp_path):
    other = make_repo(tmp_path / "elsewhere")
    package.run(root=other)
    assert snapshot_files(other) == snapshot_files(built)
    times = {p: p.stat().st_mtime_ns for p in (other / PACKAGE_DIR / "data").iterdir()}
    assert package.run(root=other)["changed"] is False
    assert times == {p: p.stat().st_mtime_ns for p in (other / PACKAGE_DIR / "data").iterdir()}

    # A published file changed by hand is noticed although the inputs are unchanged.
    (other / PACKAGE_DIR / "data/sources.csv").write_text("id\n", encoding="utf-8")
    assert package.run(root=other)["changed"] is True
    assert snapshot_files(other) == snapshot_files(built)


def test_created_comes_from_git_never_from_the_clock(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    with pytest.raises(PipelineError, match="SOURCE_DATE_EPOCH"):
        package.created(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources/page.txt").write_text("x")
    env = {"GIT_AUTHOR_DATE": "2023-03-04T05:06:07Z", "GIT_COMMITTER_DATE": "2023-03-04T05:06:07Z",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "PATH": "/usr/bin:/bin"}
    for command in (["git", "init", "-q"], ["git", "add", "sources"],
                    ["git", "commit", "-q", "-m", "inputs"]):
        subprocess.run(command, cwd=tmp_path, env=env, check=True)
    assert package.created(tmp_path) == "2023-03-04T05:06:07Z"


def test_corrupt_record_fails_the_build_and_leaves_the_package_untouched(repo):
    before = snapshot_files(repo)
    bad = article(A)
    bad["body"][0]["index"] = "zero"    # wrong type
    del bad["outlet"]                   # missing required field
    (repo / "build/articles" / f"{A}.json").write_text(canonical_json(bad), encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        package.run(root=repo)
    report = caught.value.report()
    assert f"build/articles/{A}.json (record {A}) at /body/0/index: [schema-type]" in report
    assert '"outlet" is a required property' in report
    assert snapshot_files(repo) == before
    assert not list(repo.glob(".package-*"))


def test_package_failing_validation_is_never_published(repo, monkeypatch):
    """The second safety net: the staged package itself is validated before the swap."""
    before = snapshot_files(repo)
    derived = package.table_schema

    def wrong(record):
        schema = derived(record)
        for field in schema["fields"]:
            if field["name"] == "index":
                field["type"] = "boolean"
        return schema

    monkeypatch.setattr(package, "table_schema", wrong)
    # A patched function is not a change to the source files the stage's cache key hashes.
    (repo / "build/cache/package.json").unlink(missing_ok=True)
    with pytest.raises(PipelineError, match="failed validation and was not published"):
        package.run(root=repo)
    assert snapshot_files(repo) == before
    assert not list(repo.glob(f"{package.STAGING_PREFIX}*"))


def test_missing_sentences_stop_the_package(repo):
    before = snapshot_files(repo)
    shutil.rmtree(repo / "build/sentences")
    with pytest.raises(PipelineError, match="translate"):
        package.run(root=repo)
    assert snapshot_files(repo) == before


cell_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(cell_text, min_size=1, max_size=4),
       english=st.lists(st.one_of(st.none(), cell_text), min_size=4, max_size=4))
def test_sentences_survive_the_csv_round_trip(tmp_path_factory, texts, english):
    """Whatever the text (quotes, commas, line breaks, RTL marks), reading sentences.csv
    back gives the records exactly: releases compare packages through this path."""
    paragraph = f"{A}-p000"
    records = [{
        "id": f"{paragraph}-s{index:02d}", "article_id": A, "paragraph_id": paragraph,
        "paragraph_index": 0, "sentence_index": index, "language": "ar", "text": text,
        "text_sha256": sha256(text), "english": english[index],
        "translation_status": "missing" if english[index] is None else "machine",
        "translation_model": None, "translation_model_version": None,
        "quality_flags": ["repetition"] if index % 2 else [], "stale_post_edit": None,
    } for index, text in enumerate(texts)]
    root = tmp_path_factory.mktemp("roundtrip")
    files = package.data_files([article(A)], {A: records}, [])
    for path, data in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    facts = {path: {"bytes": len(data), "hash": f"sha256:{sha256_bytes(data)}"}
             for path, data in files.items()}
    resource = {r["name"]: r for r in package.resources(facts)}["sentences"]
    assert validate.resource_records(root, resource) == records


def readme_snippet() -> str:
    """The python block under the README's "Load the data" heading."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Load the data\n(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert section, 'README.md has no "## Load the data" section'
    block = re.search(r"^```python\n(.*?)^```", section[1], re.M | re.S)
    assert block, 'the "Load the data" section has no ```python block'
    return block[1]


def test_readme_snippet_loads_the_package_in_pandas_and_frictionless(repo, monkeypatch):
    monkeypatch.chdir(repo)
    namespace: dict = {}
    exec(compile(readme_snippet(), "README.md", "exec"), namespace)
    assert len(namespace["sentences"]) == 5
    assert set(namespace["bilingual"]["title"]) == {article(A)["title"], article(B)["title"]}
    assert [row["id"] for row in namespace["rows"]] == [
        f"{A}-p000-s00", f"{A}-p000-s01", f"{A}-p001-s00", f"{B}-p000-s00", f"{B}-p000-s01"]


def _add_row(root: Path, resource_name: str, change) -> None:
    """Append to a table a copy of its last row, changed by ``change``; fix the file facts."""
    value = descriptor(root)
    resource = next(r for r in value["resources"] if r["name"] == resource_name)
    path = root / PACKAGE_DIR / resource["path"]
    header, *rows = tables.cells(path.read_bytes().decode("utf-8"))
    row = dict(zip(header, rows[-1], strict=True))
    change(row)
    data = tables.dumps_cells([header, *rows, [row[name] for name in header]]).encode("utf-8")
    path.write_bytes(data)
    resource.update(bytes=len(data), hash=f"sha256:{hashlib.sha256(data).hexdigest()}")
    (root / package.DESCRIPTOR_PATH).write_text(canonical_json(value), encoding="utf-8")


@pytest.mark.parametrize(("resource_name", "change", "code", "pointer"), [
    ("sentences", lambda row: row.update(id=f"{B}-p000-s09", paragraph_index="zero"),
     "type-error", "/paragraph_index"),
    ("sentences", lambda row: None, "primary-key", ""),  # the same row twice
    ("sentences", lambda row: row.update(id=f"{B}-p000-s09", text='a "quoted"\nline',
                                         paragraph_index="zero"), "type-error",
     "/paragraph_index"),
    ("paragraphs", lambda row: row.update(id="x-p000", article_id="nowhere"), "foreign-key",
     ""),
])
def test_a_seeded_defect_is_reported_at_its_file_and_row(repo, tmp_path, resource_name,
                                                         change, code, pointer):
    changed = tmp_path / "changed"
    shutil.copytree(repo, changed)
    _add_row(changed, resource_name, change)
    path = f"{PACKAGE_DIR}/data/{resource_name}.csv"
    rows = len(tables.cells((changed / path).read_text("utf-8"))) - 1
    # The header is row 1: the row added last is row rows + 1.
    found = validate.check_package(changed / PACKAGE_DIR, changed, cache_dir=tmp_path / "cache")
    assert [(p.code, p.file, p.record.endswith(f"(row {rows + 1})"), p.pointer)
            for p in found] == [(f"frictionless-{code}", path, True, pointer)]
    assert f"\"{rows + 1}\"" in found[0].message  # the row number in the message too
    # Not remembered as valid: the same package is reported again.
    assert validate.check_package(changed / PACKAGE_DIR, changed,
                                  cache_dir=tmp_path / "cache") == found


def test_a_package_found_valid_is_checked_again_only_when_a_file_changes(repo, tmp_path):
    cache_dir = tmp_path / "cache"
    assert validate.check_package(repo / PACKAGE_DIR, repo, cache_dir=cache_dir) == []
    assert (cache_dir / "validate-package.json").exists()
    _add_row(repo, "sentences", lambda row: None)  # a duplicate row, file facts fixed
    assert [p.code for p in validate.check_package(repo / PACKAGE_DIR, repo,
                                                   cache_dir=cache_dir)] == [
        "frictionless-primary-key"]


def test_the_version_snapshot_of_the_records_equals_that_of_the_files_read_back(repo):
    # package.run versions the records it writes; release.py reads the published files.
    written = package.snapshot(package.read_inputs(repo, repo / "build", repo / "sources"))
    assert versioning.snapshot(*package.package_records(repo / PACKAGE_DIR)) == written
    assert written["articles"] and written["sentences"] and written["sources"]


C = "012_cccccccccccccccc"


def _blocks_with(root: Path, defect) -> blocks.Blocks:
    """The blocks of ``root`` once B is added between A and C (whose blocks are kept),
    B's block changed by ``defect(parts, keys)`` as it is rendered."""
    add_article(root, B)
    inputs = package.read_inputs(root, root / "build", root / "sources")
    stage_cache = cache.StageCache("package", root / "build/cache")
    layout = package.frames()
    kept = blocks.kept_parts(stage_cache, layout,
                             lambda path: (root / PACKAGE_DIR / path).read_bytes(),
                             stage_cache.entries[package.PUBLISHED]["files"])

    def render(source, record, sentences):
        parts, keys = package.block_parts(source, record, sentences)
        if record and record["id"] == B:
            defect(parts, keys)
        return parts, keys

    made = blocks.assemble(inputs, stage_cache, layout, render, kept)
    assert list(made.new) == [B] and sorted(kept) == [A, C]
    return made


def _replace(path: str, old: str, new: str, key_old: str | None = None):
    def defect(parts, keys):
        assert old.encode() in parts[path]
        parts[path] = parts[path].replace(old.encode(), new.encode())
        if key_old:
            keys[path] = [new.rstrip(",") if value == key_old else value
                          for value in keys[path]]
    return defect


def _repeat_last_row(parts, keys):
    path = "data/sentences.csv"
    parts[path] += parts[path].splitlines(keepends=True)[-1]
    keys[path] = [*keys[path], keys[path][-1]]


@pytest.mark.parametrize("defect", [
    _replace("data/sentences.csv", f"{B}-p000,0,1,", f"{B}-p000,zero,1,"),  # type
    _repeat_last_row,  # a key repeated within the block
    _replace("data/sentences.csv", f"{B}-p000,0,1,", f"{B}-p009,0,1,"),  # foreign key
    _replace("data/sentences.csv", f"{B}-p000-s01,", f"{A}-p000-s00,",  # a key of A's
             key_old=f"{B}-p000-s01"),
    _replace("data/paragraphs.csv", f"{B}-p000,{B},0,paragraph,en,",
             f"{B}-p000,{B},0,heading-1,en,"),  # a constraint
], ids=["type", "key-in-block", "foreign-key", "key-across-blocks", "enum"])
def test_new_blocks_are_validated_with_the_problems_of_the_whole_package(tmp_path, defect):
    root = make_repo(tmp_path / "repo", (A, C))
    package.run(root=root)
    made = _blocks_with(root, defect)
    whole, facts = tmp_path / "whole", {}
    for path, pieces in made.files.items():
        (whole / path).parent.mkdir(parents=True, exist_ok=True)
        facts[path] = package.write_pieces(whole / path, pieces)
    describe = functools.partial(package.descriptor, articles=made.outlets(),
                                 version="1.1.0-dev", created_at="2024-05-01T12:00:00Z",
                                 translation_coverage=made.coverage())
    (whole / "datapackage.json").write_text(canonical_json(describe(facts)), encoding="utf-8")
    expected = validate.check_package(whole, whole)
    assert expected  # the defect is there, after A's rows: B's rows are not the first
    assert all(re.search(r"\(row [3-9]\)$", problem.record) for problem in expected)
    with blocks.Checker(tmp_path) as checker:  # as the package stage uses it
        checker.submit(made, describe)
        assert checker.result() == expected


def test_kept_parts_lying_one_after_another_are_written_as_one_piece():
    frame = blocks.Frame(b"[", b",", b"]")
    published = frame.join([b"aa", b"bbb", b"c", b"dd"])  # [aa,bbb,c,dd]
    spans = [blocks.Span(published, *span) for span in frame.spans([2, 3, 1, 2],
                                                                     len(published))]
    # bbb and c are kept between two new parts; aa and dd are kept around them.
    parts = [spans[0], b"new", spans[1], spans[2], b"x", spans[3]]
    pieces = frame.pieces(blocks.runs(frame, parts))
    assert [bytes(piece) for piece in pieces] == [b"[", b"aa", b",", b"new", b",", b"bbb,c",
                                                  b",", b"x", b",", b"dd", b"]"]
    # A part of another file, or one not next to the run, starts a piece of its own.
    copy = blocks.Span(bytearray(published), spans[1].start, spans[1].end)
    assert [bytes(piece) for piece in blocks.runs(frame, [spans[0], copy])] == [b"aa", b"bbb"]
    assert [bytes(piece) for piece in blocks.runs(frame, [spans[0], spans[2]])] == [b"aa", b"c"]
    assert b"".join(frame.pieces(blocks.runs(frame, spans))) == published
    assert len(blocks.runs(frame, spans)) == 1


def test_a_build_renders_only_the_blocks_of_changed_sources(tmp_path, monkeypatch):
    root = make_repo(tmp_path / "repo", (A, C))
    assert package.run(root=root)["blocks_rendered"] == 2
    add_article(root, B)
    summary = package.run(root=root)
    assert (summary["changed"], summary["blocks_rendered"]) == (True, 1)
    incremental = snapshot_files(root)
    assert validate.check_package(root / PACKAGE_DIR, root) == []
    with monkeypatch.context() as patch:  # the docs stage's check: remembered, not redone
        patch.setattr(validate, "frictionless_problems", lambda *args, **kwargs: 1 / 0)
        assert validate.check_package(root / PACKAGE_DIR, root,
                                      cache_dir=root / "build/cache") == []

    forced = make_repo(tmp_path / "forced", (A, B, C))
    package.run(root=forced)
    assert incremental == snapshot_files(forced)
    # What the version is computed from, kept per block, is what releases read back.
    stage_cache = cache.StageCache("package", root / "build/cache")
    made = package.make_blocks(package.read_inputs(root, root / "build", root / "sources"),
                               stage_cache, root, stage_cache.entries[package.PUBLISHED]["files"])
    assert not made.new and {path: b"".join(pieces) for path, pieces in made.files.items()} == {
        path.removeprefix(f"{PACKAGE_DIR}/"): data for path, data in incremental.items()
        if path.startswith(f"{PACKAGE_DIR}/data/")}
    assert made.snapshot() == versioning.snapshot(*package.package_records(root / PACKAGE_DIR))
    assert made.coverage() == descriptor(root)["translation_coverage"]
    # A data file edited by hand: no block is cut out of it, every one is made again.
    path = root / PACKAGE_DIR / "data/sentences.csv"
    path.write_bytes(path.read_bytes().replace(b"Relations", b"Relation"))
    assert package.run(root=root)["blocks_rendered"] == 3
    assert snapshot_files(root) == incremental


def test_file_digests_are_remembered_by_stat_once_the_file_has_settled(tmp_path, monkeypatch):
    base, memo_dir = tmp_path / "files", tmp_path / "cache"
    base.mkdir()
    (base / "a.csv").write_bytes(b"one\n")
    truth = {"a.csv": sha256_bytes(b"one\n")}
    # Just written: its times may not show a change made within the same clock tick.
    assert package.file_digests(base, ["*"], memo_dir) == truth
    assert not (memo_dir / fileio.DIGESTS).exists()
    monkeypatch.setattr(fileio, "SETTLED_NS", -1)  # every file counts as settled
    assert package.file_digests(base, ["*"], memo_dir) == truth
    memo_path = memo_dir / fileio.DIGESTS
    memo = json.loads(memo_path.read_text(encoding="utf-8"))
    assert [entry[4] for entry in memo.values()] == [truth["a.csv"]]
    # While its stat is unchanged, the file is not read again: the remembered digest is
    # what is returned (here a false one, to show it).
    memo_path.write_text(json.dumps({name: [*entry[:4], "f" * 64]
                                     for name, entry in memo.items()}), encoding="utf-8")
    assert package.file_digests(base, ["*"], memo_dir) == {"a.csv": "f" * 64}
    (base / "a.csv").write_bytes(b"two!\n")  # a change: the file is hashed again
    assert package.file_digests(base, ["*"], memo_dir) == {"a.csv": sha256_bytes(b"two!\n")}
    memo_path.write_text("not json", encoding="utf-8")  # unreadable: everything is hashed
    assert package.file_digests(base, ["*"], memo_dir) == {"a.csv": sha256_bytes(b"two!\n")}
    assert package.file_digests(base, ["*"]) == {"a.csv": sha256_bytes(b"two!\n")}


def test_a_file_written_in_this_build_is_not_read_again_under_another_name(tmp_path,
                                                                          monkeypatch):
    """A published data file is seen again in the same build under other names: the
    package folder renamed into place, a hard link under docs/ (fileio.note_written)."""
    staged, memo_dir = tmp_path / "staging", tmp_path / "cache"
    staged.mkdir()
    pieces = [b"id,text\n", b"a,one\n", b"b,two\n"]
    written = package.write_pieces(staged / "t.csv", pieces)
    truth = sha256_bytes(b"".join(pieces))
    assert written["hash"] == f"sha256:{truth}"
    published = tmp_path / "package"
    staged.rename(published)
    reads = []
    monkeypatch.setattr(fileio, "sha256_file", lambda path: reads.append(path) or "x" * 64)
    assert package.file_digests(published, ["*"], memo_dir) == {"t.csv": truth}
    assert fileio.link_file(published / "t.csv", tmp_path / "docs/t.csv", truth)
    assert package.file_digests(tmp_path / "docs", ["*"], memo_dir) == {"t.csv": truth}
    assert reads == []  # never read back: the stat is the one the file had when written
    # Written again in place (as nothing of the build ever does): its size and times
    # change, so it is read again.
    (published / "t.csv").write_bytes(b"id,text\nc,three\n")
    assert package.file_digests(published, ["*"], memo_dir) == {"t.csv": "x" * 64}
    assert not fileio.link_file(published / "t.csv", tmp_path / "docs/u.csv", truth)
    assert len(reads) == 2 and not (tmp_path / "docs/u.csv").exists()
