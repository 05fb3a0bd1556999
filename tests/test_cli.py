"""The command line works in every Nox session, including those without the translate
extra (numpy, CTranslate2, SentencePiece, Argos Translate are not installed there)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import ROOT, ROOT_ENV
from pipeline.__main__ import STAGES

# Importing a module whose sys.modules entry is None raises ImportError, as if missing.
WITHOUT_TRANSLATE_EXTRA = (
    "import runpy, sys\n"
    "for name in ('numpy', 'ctranslate2', 'sentencepiece', 'argostranslate'):\n"
    "    sys.modules[name] = None\n"
    "sys.argv = ['pipeline', *sys.argv[1:]]\n"
    "runpy.run_module('pipeline', run_name='__main__')\n"
)


@pytest.mark.parametrize("stage", [None, *STAGES])
def test_every_stage_parses_its_options_without_the_translate_extra(stage):
    args = [stage, "--help"] if stage else ["--help"]
    result = subprocess.run([sys.executable, "-c", WITHOUT_TRANSLATE_EXTRA, *args], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "usage: " in result.stdout


def _pipeline(*args: str, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=root,
                          env={**os.environ, ROOT_ENV: str(root)}, capture_output=True,
                          text=True, check=False)


def test_pipeline_root_moves_every_default_path_and_verbose_adds_the_details(tmp_path):
    for name in ("sources", "schemas"):
        shutil.copytree(ROOT / name, tmp_path / name)
    cache = tmp_path / "build/cache/clean.json"
    cache.parent.mkdir(parents=True)
    cache.write_text('{"items": {}, "step": "made by other code"}\n', encoding="utf-8")

    quiet = _pipeline("clean", "--all", root=tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    ids = [line.split(",")[0] for line in
           (tmp_path / "sources/manifest.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(p.stem for p in (tmp_path / "build/articles").iterdir()) == sorted(ids)
    assert "made again" not in quiet.stderr

    cache.write_text('{"items": {}, "step": "made by other code"}\n', encoding="utf-8")
    verbose = _pipeline("--verbose", "clean", "--all", root=tmp_path)
    assert verbose.returncode == 0, verbose.stderr
    assert "clean: the code, a schema or a library version changed" in verbose.stderr
    assert f"clean: {len(ids)} articles ({len(ids)} cleaned, 0 unchanged)" in verbose.stderr
