"""The command line works in every Nox session, including those without the translate
extra (numpy, CTranslate2, SentencePiece, Argos Translate are not installed there)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline import ROOT
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
