"""News-corpus publishing workflow: sources -> clean -> translate -> validate -> package -> docs."""

import os
from pathlib import Path

__version__ = "0.1.0"

#: The environment variable that moves :data:`ROOT` (read here only).
ROOT_ENV = "PIPELINE_ROOT"

#: The project's root: sources/, schemas/, translations/, build/, package/ and docs/ are
#: under it. Every stage resolves its default inputs and outputs from here, so the CLI
#: works from any working directory. It is the checkout this package is in, unless
#: PIPELINE_ROOT names another folder (as OWID etl's BASE_DIR does): this code then
#: builds that copy of the project.
ROOT = Path(os.environ.get(ROOT_ENV) or Path(__file__).parent.parent).resolve()

#: The published data package: one folder under the root holding :data:`DESCRIPTOR` and
#: :data:`DATA_DIR`, so that a single atomic rename publishes the two together
#: (pipeline/package.py, ``publish``). Every reader and writer of it uses these names.
PACKAGE_DIR = "package"
#: The package's descriptor and its data folder, inside :data:`PACKAGE_DIR` (and at the top
#: of a release archive): the descriptor's resource paths are ``data/...``.
DESCRIPTOR = "datapackage.json"
DATA_DIR = "data"
