"""Nox sessions: thin wrappers that install what a stage needs and call ``python -m pipeline``.

``nox -s build`` runs every stage; ``nox -s tests`` runs the test suite.
Pass stage options after ``--``, e.g. ``nox -s build -- --offline``.

Every session installs exactly the versions in ``uv.lock`` (``uv sync --frozen``), so a
build today and a build next year use the same libraries. After changing a dependency in
pyproject.toml, re-lock with ``uv lock`` and commit uv.lock.
"""

import hashlib
import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["build"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "uv"

HERE = Path(__file__).parent
# The venv is synced again only when one of these changed (or the session's extras did).
LOCK_INPUTS = (HERE / "uv.lock", HERE / "pyproject.toml")
STAMP = "uv-lock.sha256"


def _digest(paths: list[Path], *extra: str) -> str:
    digest = hashlib.sha256("\0".join(extra).encode())
    for path in paths:
        digest.update(f"\0{path.relative_to(HERE).as_posix()}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def install(session: nox.Session, *extras: str, group: str = "") -> None:
    """Sync the session's venv with uv.lock: the project (editable) and ``extras``, or only
    the dependency ``group``. Nothing is run when the venv already matches the lock.

    argostranslate comes in with the "translate" extra without its declared dependencies
    (stanza -> torch -> multi-GB CUDA wheels): see [[tool.uv.dependency-metadata]].
    """
    venv = Path(session.virtualenv.location)
    options = ["--only-group", group] if group else [f"--extra={extra}" for extra in extras]
    key = _digest(list(LOCK_INPUTS), *options)
    stamp = venv / STAMP
    if stamp.exists() and stamp.read_text() == key:
        session.log(f"{venv.name}: already matches uv.lock, nothing to install")
        return
    session.run_install("uv", "sync", "--frozen", "--no-default-groups", "--compile-bytecode",
                        *options,
                        env={"UV_PROJECT_ENVIRONMENT": str(venv)}, external=True)
    stamp.write_text(key)


def build_site(session: nox.Session, *options: str) -> None:
    """The site, built aside and switched to, unless it was built from these very inputs
    (``python -m pipeline site``: the rule is the stages' one); ``-- --force`` rebuilds it."""
    force = ["--force"] if "--force" in session.posargs else []
    session.run("python", "-m", "pipeline", "site", *options, *force)


@nox.session
def build(session: nox.Session) -> None:
    """Every stage: sources -> clean -> translate -> validate -> package -> docs.

    ``nox -s build -- --scheduler local:2`` (or ``tcp://HOST:PORT``) cleans and translates
    on a Dask cluster (docs/scaling.md)."""
    scheduler = any(arg.startswith("--scheduler") for arg in session.posargs)
    install(session, "translate", "docs", *(["distributed"] if scheduler else []))
    session.run("python", "-m", "pipeline", "build", *session.posargs)
    build_site(session)


@nox.session
def clean(session: nox.Session) -> None:
    """Clean every source into an article record under build/articles/.

    ``nox -s clean -- PAGE.txt`` prints one page's record instead, writing nothing.
    """
    install(session)
    files = [arg for arg in session.posargs if not arg.startswith("-")]
    session.run("python", "-m", "pipeline", "clean", *([] if files else ["--all"]),
                *session.posargs)


@nox.session
def translate(session: nox.Session) -> None:
    """Translate Arabic sentences offline with Argos Translate into translations/ (needs clean)."""
    install(session, "translate")
    session.run("python", "-m", "pipeline", "translate", *session.posargs)


@nox.session
def validate(session: nox.Session) -> None:
    """Validate every record of every stage and the published package against the schemas."""
    install(session)
    session.run("python", "-m", "pipeline", "validate", *session.posargs)


@nox.session
def package(session: nox.Session) -> None:
    """Build, validate and atomically publish package/ (datapackage.json and data/)."""
    install(session)
    session.run("python", "-m", "pipeline", "package", *session.posargs)


@nox.session
def release(session: nox.Session) -> None:
    """Propose the SemVer bump, write the CHANGELOG entry and dist/<name>-<version>.zip.

    ``nox -s release -- --dry-run`` only shows the proposal; ``-- --bump major`` or
    ``-- --version X.Y.Z`` overrides it.
    """
    install(session)
    session.run("python", "-m", "pipeline", "release", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Generate the data pages from the published package, then build the site (strict)."""
    install(session, "docs")
    session.run("python", "-m", "pipeline", "docs", *session.posargs)
    build_site(session)


@nox.session
def bench(session: nox.Session) -> None:
    """Time every stage on synthetic corpora of 100, 1,000 and 10,000 articles.

    ``nox -s bench -- --sizes 100,1000 --json bench.json`` picks sizes and writes the figures.
    """
    install(session, "translate", "docs")
    session.run("python", "-m", "pipeline", "bench", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (unit, property, golden, package, translation and browser tests)."""
    install(session, "translate", "docs", "test", "distributed", "train")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff, over the package, tests and this file."""
    install(session, group="lint")
    session.run("ruff", "check", "pipeline", "tests", "noxfile.py")


#: The CPU build of torch (stanza's dependency), pinned so that pip never resolves the
#: multi-GB CUDA build from the index; this machine keeps it in its local wheel folder.
CPU_TORCH = "torch==2.13.0+cpu"
ARGOS = "argostranslate==1.11.0"


@nox.session
def parity(session: nox.Session) -> None:
    """The translate stage against the full argostranslate 1.11, installed with all its
    dependencies: equal/different English and both timings, two vocabulary sizes."""
    # --no-config: this project's [[tool.uv.dependency-metadata]] strips argostranslate's
    # own dependencies (stanza, MiniSBD, sacremoses, spaCy), which are what is compared
    # here. uv does not read pip's PIP_FIND_LINKS, where a machine may keep the CPU wheel.
    links = os.environ.get("UV_FIND_LINKS") or os.environ.get("PIP_FIND_LINKS", "")
    session.install("--no-config", "-e", ".[translate,parity]", ARGOS, CPU_TORCH,
                    env={"UV_FIND_LINKS": links} if links else {})
    session.run("python", "-m", "pipeline.parity", *session.posargs)


@nox.session(name="bench_distributed")
def bench_distributed(session: nox.Session) -> None:
    """Translation on local Dask clusters of 1 and 2 workers against this process.

    ``nox -s bench_distributed -- --sizes 1000,10000 --json dask.json``.
    """
    install(session, "translate", "distributed")
    session.run("python", "-m", "pipeline", "bench-distributed", *session.posargs)


@nox.session
def evaluate(session: nox.Session) -> None:
    """Score the cleaner beside trafilatura on the hand-marked pages of tests/pages/.

    ``nox -s evaluate -- --markdown`` prints only the summary table (docs/methodology.md).
    """
    install(session, "eval")
    session.run("python", "-m", "pipeline", "evaluate", "tests/pages", "--trafilatura",
                *session.posargs)


@nox.session(name="title_model")
def title_model(session: nox.Session) -> None:
    """Train the title model on every labelled page (pipeline/title_model.json); after a
    set of pages is added or a truth corrected (``-- --check`` only checks it is current)."""
    install(session, "train")
    session.run("python", "-m", "pipeline", "title-model", *session.posargs)


@nox.session
def zensical(session: nox.Session) -> None:
    """Build the same mkdocs.yml with Zensical, Material's successor, strictly (into
    build/zensical-site/), so that moving off Material stays a one-line change."""
    install(session, "docs", "zensical")
    session.run("python", "-m", "pipeline", "docs", *session.posargs)
    build_site(session, "--builder", "zensical", "--site-dir", "build/zensical-site")


@nox.session(venv_backend="none")
def floors(session: nox.Session) -> None:
    """The tests against the lowest versions pyproject.toml allows, which proves its floors.

    A copy of the checkout is locked with ``uv lock --resolution lowest-direct`` and
    synced into its own virtualenv; uv.lock itself is left alone. Pass pytest options
    after ``--``, e.g. ``nox -s floors -- tests/test_validate.py``.
    """
    work = Path(session.create_tmp()) / "floors"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(HERE, work, ignore=shutil.ignore_patterns(
        ".git", ".nox", ".venv", "build", "site", ".site-versions", "dist", "__pycache__"))
    session.chdir(work)
    session.run("uv", "lock", "--resolution", "lowest-direct")
    session.run("uv", "sync", "--frozen", "--no-default-groups", "--extra=translate",
                "--extra=docs", "--extra=test", env={"UV_PROJECT_ENVIRONMENT": ".venv"})
    session.run(".venv/bin/python", "-m", "pytest", "-p", "no:cacheprovider", *session.posargs)
