"""Validation: metaschemas, formats, every record of every stage, every problem reported."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest
from corpus_fixture import EPOCH, article, make_repo, manifest_row, sentences

from pipeline import ROOT, errors, schemas, validate
from pipeline.errors import PipelineError
from pipeline.fileio import canonical_json

A, B = "010_aaaaaaaaaaaaaaaa", "011_bbbbbbbbbbbbbbbb"


def _walk(schema: dict, where: str):
    for name, prop in schema.get("properties", {}).items():
        yield f"{where}/{name}", prop
        yield from _walk(prop, f"{where}/{name}")
        if isinstance(prop.get("items"), dict):
            yield from _walk(prop["items"], f"{where}/{name}[]")


def _problems(root, **kwargs) -> list:
    with pytest.raises(PipelineError) as caught:
        validate.run(root=root, check_built_package=False, **kwargs)
    return caught.value.problems


def test_every_schema_passes_its_metaschema_and_documents_every_field():
    assert schemas.check_metaschemas() == []
    for name in schemas.names():
        schema = schemas.load(name)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].endswith(f"/{name}.schema.json")
        assert schema["title"] and schema["description"]
        for where, prop in _walk(schema, name):
            assert prop.get("title") and prop.get("description"), f"{where} is undocumented"


@pytest.mark.parametrize(("field", "value"), [
    ("url", "not a uri"), ("retrieved", "2024-13-45"), ("retrieved", "01/02/2024")])
def test_formats_are_really_checked(field, value):
    record = {**manifest_row(A), field: value}
    found = schemas.problems(record, "source", file="manifest.csv")
    assert [(p.code, p.pointer, p.record) for p in found] == [("schema-format", f"/{field}", A)]


def test_valid_records_pass_and_are_counted(tmp_path):
    make_repo(tmp_path)
    summary = validate.run(root=tmp_path, check_built_package=False).summary
    assert summary["articles"] == 2 and summary["sources"] == 2
    assert summary["paragraphs"] == 3 and summary["sentences"] == 5
    assert summary["problems"] == []


def test_every_violation_is_reported_with_file_record_and_pointer(tmp_path):
    make_repo(tmp_path)
    bad = article(A)
    bad["title"] = 42                      # wrong type
    del bad["language"]                    # missing required field
    bad["body"][1]["index"] = "one"        # wrong type, nested in the body
    bad["published"]["date"] = "2022-02-30"  # not a date
    (tmp_path / "build/articles" / f"{A}.json").write_text(canonical_json(bad))
    bad_sentences = sentences(B)
    bad_sentences[1]["english"] = 7
    bad_sentences[1]["translation_status"] = "guessed"
    (tmp_path / "build/sentences" / f"{B}.json").write_text(canonical_json(bad_sentences))

    found = {(p.file, p.record, p.pointer, p.code) for p in _problems(tmp_path)}
    article_file, sentence_file = f"build/articles/{A}.json", f"build/sentences/{B}.json"
    assert {
        (article_file, A, "/title", "schema-type"),
        (article_file, A, "", "schema-required"),
        (article_file, A, "/body/1/index", "schema-type"),
        (article_file, A, "/published/date", "schema-format"),
        (sentence_file, f"{B}-p000-s01", "/english", "schema-type"),
        (sentence_file, f"{B}-p000-s01", "/translation_status", "schema-enum"),
    } <= found
    report = PipelineError(_problems(tmp_path)).report()
    assert '"language" is a required property' in report


def test_links_between_records_are_checked(tmp_path):
    make_repo(tmp_path)
    record = article(A)
    record["body"][1]["id"] = f"{A}-p007"
    (tmp_path / "build/articles" / f"{A}.json").write_text(canonical_json(record))
    items = sentences(B)
    items[0]["paragraph_id"] = f"{B}-p009"
    items[1]["text_sha256"] = "0" * 64
    items.append(dict(items[1]))
    (tmp_path / "build/sentences" / f"{B}.json").write_text(canonical_json(items))
    found = {(p.record, p.pointer, p.code) for p in _problems(tmp_path)}
    assert {(A, "/body/1/id", "id-mismatch"),
            (f"{B}-p000-s00", "/paragraph_id", "unknown-reference"),
            (f"{B}-p000-s01", "/text_sha256", "id-mismatch"),
            (f"{B}-p000-s01", "/id", "duplicate-id")} <= found


def test_missing_or_unparsable_inputs_are_named(tmp_path):
    make_repo(tmp_path)
    (tmp_path / "build/sentences" / f"{B}.json").unlink()
    (tmp_path / "build/articles" / "999_x.json").write_text("{not json")
    found = {(p.file, p.code) for p in _problems(tmp_path)}
    assert (f"build/sentences/{B}.json", "missing-input") in found
    assert ("build/articles/999_x.json", "invalid-json") in found


@pytest.mark.skipif("translation" not in schemas.names(), reason="no translation schema yet")
def test_translation_memory_lines_are_validated(tmp_path):
    make_repo(tmp_path)
    memory = tmp_path / "translations"
    memory.mkdir()
    (memory / f"{A}.jsonl").write_text(
        json.dumps({"sentence_id": f"{A}-p000-s00"}) + "\n\n{broken\n", encoding="utf-8")
    found = {(p.file, p.record, p.code) for p in _problems(tmp_path)}
    assert (f"translations/{A}.jsonl line 1", f"{A}-p000-s00", "schema-required") in found
    assert (f"translations/{A}.jsonl line 3", "", "invalid-json") in found


def test_repository_translation_memory_is_valid():
    assert validate.check_translations(ROOT / "translations") == []


def test_report_file_lists_every_problem(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    make_repo(tmp_path)
    (tmp_path / "build/articles" / f"{A}.json").write_text(canonical_json({"id": A}))
    report = tmp_path / "report.json"
    problems = _problems(tmp_path, report_path=report)
    written = json.loads(report.read_text(encoding="utf-8"))["problems"]
    assert written == [problem.to_dict() for problem in problems] and len(written) > 1


def test_memories_found_valid_are_not_read_again_until_they_change(tmp_path):
    memory = tmp_path / "translations" / "a.jsonl"
    memory.parent.mkdir()
    memory.write_text('{"sentence_id": 1}\n', encoding="utf-8")  # invalid entry
    def check() -> list:
        known = validate.KnownValid(tmp_path / "cache")
        found = validate.check_translations(memory.parent, tmp_path, known)
        known.save()
        return found

    assert check()
    assert json.loads((tmp_path / "cache/validate.json").read_text())["items"] == {}
    memory.write_text("", encoding="utf-8")  # an empty memory is valid
    assert check() == []
    assert '"translations/a.jsonl"' in (tmp_path / "cache/validate.json").read_text()
    memory.write_text("{broken\n", encoding="utf-8")  # changed by hand: read again
    found = check()
    assert [p.code for p in found] == ["invalid-json"]
    assert found[0].file == "translations/a.jsonl line 1"


def test_records_known_valid_are_checked_again_when_they_or_their_article_change(tmp_path):
    make_repo(tmp_path)
    cache_dir = tmp_path / "build/cache"
    validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    known = json.loads((cache_dir / "validate.json").read_text(encoding="utf-8"))["items"]
    assert f"build/articles/{A}.json" in known and f"build/sentences/{A}.json" in known

    # The article loses the paragraph its sentences point to; the sentence file is as it was.
    bad = article(A)
    bad["body"] = bad["body"][1:]
    for index, paragraph in enumerate(bad["body"]):
        paragraph.update(index=index, id=f"{A}-p{index:03d}")
    (tmp_path / "build/articles" / f"{A}.json").write_text(canonical_json(bad),
                                                           encoding="utf-8")
    problems = _problems(tmp_path, cache_dir=cache_dir)
    assert any(p.file == f"build/sentences/{A}.json" for p in problems)


def _codes_reported_by_the_pipeline() -> set[str]:
    """Every problem code in pipeline/ (``Problem("code", ...)`` or ``code=``), a
    formatted one as its family (``schema-*``)."""
    found = set()
    for path in sorted((ROOT / "pipeline").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call)
                    and "Problem" in (getattr(node.func, "id", None),
                                      getattr(node.func, "attr", None))):
                continue
            code = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "code"), None)
            if isinstance(code, ast.Constant):
                found.add(code.value)
            elif isinstance(code, ast.JoinedStr) and isinstance(code.values[0], ast.Constant):
                found.add(code.values[0].value + "*")
            else:
                found.add(ast.unparse(code))  # not a literal: fails the test below, by name
    return found


def test_every_problem_code_is_registered_and_every_registered_code_is_used():
    used = _codes_reported_by_the_pipeline()
    assert sorted(c for c in used if errors.describe(c.rstrip("*") or c) is None) == [], \
        "add these codes to errors.CODES"
    families = {code.split("-", 1)[0] + "-*" for code in used}
    assert sorted(set(errors.CODES) - used - families) == [], \
        "no stage reports these codes any more"


def test_the_registry_renders_as_a_markdown_table_with_every_code():
    table = errors.codes_markdown().splitlines()
    assert table[:2] == ["| code | problem | meaning |", "| --- | --- | --- |"]
    assert [line.split("`")[1] for line in table[2:]] == list(errors.CODES)
    assert errors.describe("schema-required") == errors.CODES["schema-*"]
    assert errors.describe("frictionless-type-error") == errors.CODES["frictionless-*"]
    assert errors.describe("no-such-code") is None


def test_a_build_parses_only_the_files_that_changed_and_reads_the_rest_on_demand(tmp_path):
    make_repo(tmp_path)
    cache_dir = tmp_path / "build/cache"
    B = "011_bbbbbbbbbbbbbbbb"
    first = validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    assert sorted(first.inputs.loaded) == [("articles", A), ("articles", B),
                                           ("sentences", A), ("sentences", B)]
    again = validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    assert again.inputs.loaded == {}  # hashed, found unchanged, not parsed
    assert again.summary == first.summary
    # The records are read when asked for, and are those checked.
    assert again.inputs.articles == first.inputs.articles
    assert again.inputs.sentences == first.inputs.sentences

    changed = article(A)
    changed["title"] = "A corrected title"
    (tmp_path / "build/articles" / f"{A}.json").write_text(canonical_json(changed),
                                                           encoding="utf-8")
    third = validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    # The sentences' key covers their article's file: both are checked again.
    assert sorted(third.inputs.loaded) == [("articles", A), ("sentences", A)]
    # A file changed after it was checked is not taken as checked.
    (tmp_path / "build/sentences" / f"{B}.json").write_text("[]\n", encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        third.inputs.record("sentences", B)
    assert [p.code for p in caught.value.problems] == ["input-changed"]


def test_a_first_build_asks_for_every_record_file_ahead_and_a_later_one_for_none(
        tmp_path, monkeypatch):
    make_repo(tmp_path)
    cache_dir = tmp_path / "build/cache"
    asked = []
    monkeypatch.setattr(validate.os, "posix_fadvise", lambda descriptor, offset, length,
                        advice: asked.append(os.readlink(f"/proc/self/fd/{descriptor}")),
                        raising=False)
    monkeypatch.setattr(validate, "start_prefetch", _here)  # the child's work, run here
    validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    assert sorted(Path(path).relative_to(tmp_path).as_posix() for path in asked) == sorted(
        f"build/{kind}/{article_id}.json" for kind in ("articles", "sentences")
        for article_id in (A, B))
    asked.clear()
    validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir)
    assert asked == []  # found valid before: hashed from their stat, not read
    validate.run(root=tmp_path, check_built_package=False, cache_dir=cache_dir, force=True)
    assert len(asked) == 4


def _here(build_dir):
    validate.prefetch(build_dir)


def test_prefetching_runs_in_a_child_process_that_exits_cleanly(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.json").write_text("{}")
    pid = validate.start_prefetch(tmp_path)
    assert pid is not None and pid != os.getpid()
    assert os.waitpid(pid, 0)[1] == 0  # it exited cleanly
