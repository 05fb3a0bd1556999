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
    """Every stage: sources -> clean -> translate -> validate -> package -> docs."""
    install(session, "translate", "docs")
    session.run("python", "-m", "pipeline", "build", *session.posargs)
    session.run("python", "-m", "pipeline", "site")  # mkdocs build --strict, aside, swapped in


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
    session.run("python", "-m", "pipeline", "site")  # mkdocs build --strict, aside, swapped in


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
    install(session, "translate", "docs", "test")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff, over the package, tests and this file."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "pipeline", "tests", "noxfile.py")


@nox.session
def zensical(session: nox.Session) -> None:
    """Build the same mkdocs.yml with Zensical, Material's successor, strictly (into
    build/zensical-site/), so that moving off Material stays a one-line change."""
    install(session, "docs", "zensical")
    session.run("python", "-m", "pipeline", "docs", *session.posargs)
    session.run("zensical", "build", "--strict", "-f", "mkdocs.yml",
                env={"CORPUS_SITE_DIR": "build/zensical-site"})
