"""News-corpus publishing workflow: sources -> clean -> translate -> validate -> package -> docs."""

from pathlib import Path

__version__ = "0.1.0"

#: Repository root: the parent of the ``pipeline`` package. Every stage resolves its
#: default inputs and outputs from here, so the CLI works from any working directory.
ROOT = Path(__file__).resolve().parent.parent
