"""Nox sessions: thin wrappers that install what a stage needs and call ``python -m pipeline``.

``nox -s build`` runs every stage; ``nox -s tests`` runs the test suite.
Pass stage options after ``--``, e.g. ``nox -s build -- --offline``.
"""

import nox

nox.options.sessions = ["build"]
nox.options.reuse_existing_virtualenvs = True

# argostranslate declares stanza -> torch -> multi-GB CUDA wheels as dependencies, but
# translation here only needs argostranslate.package + CTranslate2 + SentencePiece, so
# it is installed on its own with --no-deps and its real runtime needs come from the
# "translate" extra.
ARGOS = "argostranslate==1.11.0"


def install(session: nox.Session, *extras: str) -> None:
    session.install("-e", f".[{','.join(extras)}]" if extras else ".")
    if "translate" in extras:
        session.install("--no-deps", ARGOS)


@nox.session
def build(session: nox.Session) -> None:
    """Every stage: sources -> clean -> translate -> validate -> package -> docs.

    ``nox -s build -- --scheduler local:2`` (or ``tcp://HOST:PORT``) cleans and translates
    on a Dask cluster (docs/scaling.md)."""
    scheduler = any(arg.startswith("--scheduler") for arg in session.posargs)
    install(session, "translate", "docs", *(["distributed"] if scheduler else []))
    session.run("python", "-m", "pipeline", "build", *session.posargs)
    session.run("mkdocs", "build", "--strict", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session
def clean(session: nox.Session) -> None:
    """Clean every source into an article record under build/articles/."""
    install(session)
    session.run("python", "-m", "pipeline", "clean", "--all", *session.posargs)


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
    """Build, validate and atomically publish datapackage.json and data/."""
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
    # The Material end-of-life notice (Zensical is the successor, see mkdocs.yml) is
    # printed on every build; it is known and not a build warning.
    session.run("mkdocs", "build", "--strict", env={"NO_MKDOCS_2_WARNING": "1"})


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
    install(session, "translate", "docs", "test", "distributed")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff, over the package, tests and this file."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "pipeline", "tests", "noxfile.py")


#: The CPU build of torch (stanza's dependency), pinned so that pip never resolves the
#: multi-GB CUDA build from the index; this machine keeps it in its local wheel folder.
CPU_TORCH = "torch==2.13.0+cpu"
ARGOS = "argostranslate==1.11.0"


@nox.session
def parity(session: nox.Session) -> None:
    """The translate stage against the full argostranslate 1.11, installed with all its
    dependencies: equal/different English and both timings, two vocabulary sizes."""
    session.install(CPU_TORCH)
    session.install("-e", ".[translate,parity]", ARGOS, CPU_TORCH)
    session.run("python", "-m", "pipeline.parity", *session.posargs)


@nox.session(name="bench_distributed")
def bench_distributed(session: nox.Session) -> None:
    """Translation on local Dask clusters of 1 and 2 workers against this process.

    ``nox -s bench_distributed -- --sizes 1000,10000 --json dask.json``.
    """
    install(session, "translate", "distributed")
    session.run("python", "-m", "pipeline", "bench-distributed", *session.posargs)
