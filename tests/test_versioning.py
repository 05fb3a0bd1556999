"""SemVer versions: parsing, precedence and bumps (the ``semver`` package underneath)."""

from __future__ import annotations

import json

import pytest

from pipeline import versioning
from pipeline.errors import PipelineError


@pytest.mark.parametrize("text", ["1.0.0-01", "01.0.0", "1.0", "v1.0.0", "1.0.0-", "", None])
def test_what_semver_forbids_is_refused_with_a_clear_error(text):
    with pytest.raises(PipelineError) as caught:
        versioning.parse(text)
    assert [p.code for p in caught.value.problems] == ["bad-version"]
    assert "is not a SemVer version" in caught.value.report()


def test_versions_compare_with_pre_release_precedence():
    # The order given in the SemVer 2.0.0 specification, section 11.
    ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
               "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.1.0-dev", "1.1.0"]
    assert sorted(ordered, key=versioning.parse) == ordered
    assert versioning.parse("1.0.0-dev") < versioning.parse("1.0.0")


@pytest.mark.parametrize(("version", "bump", "expected"), [
    ("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4")])
def test_bumps(version, bump, expected):
    assert versioning.bumped(version, bump) == expected


def test_the_last_release_is_the_highest_by_precedence_not_by_name(tmp_path):
    for version in ("1.9.0", "1.10.0", "1.10.0-rc.1", "not-a-version"):
        (tmp_path / f"{version}.json").write_text(json.dumps({"version": version}),
                                                  encoding="utf-8")
    assert sorted(versioning.release_records(tmp_path)) == ["1.10.0", "1.10.0-rc.1", "1.9.0"]
    assert versioning.last_release(tmp_path)["version"] == "1.10.0"
