"""A whole site built by the real stages in a temporary project, for the docs tests.

The project holds two seed sources plus ``tests/hostile/900_hostile.txt``, a page whose title,
body and boilerplate carry ``<script>``, raw HTML, Markdown and Jinja syntax. It is cleaned,
translated with the tiny genuine Argos package of :mod:`pipeline.testing_model` (which
copies most of its Arabic input, so the English carries the hostile strings too), given one
post-edit and one stale post-edit, packaged, documented and built by ``python -m pipeline
site`` (``mkdocs build --strict`` aside, then swapped in). The build is made once per test
session and shared.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline import ROOT, argos_model, clean, docs, package, sources, translate, website
from pipeline.fileio import sha256_bytes
from pipeline.testing_model import build_package

#: Seed sources copied in besides the hostile page: one Arabic, one English (a few seconds
#: of translation with the tiny model; the whole corpus would take much longer).
SEEDS = ("000_d8b36e309c33177f", "004_4197719ec666b79c")
#: The Arabic seed left without English, as when no model is available.
UNTRANSLATED = SEEDS[0]
EPOCH = "1714564800"  # 2024-05-01T12:00:00Z
HOSTILE_FILE = Path(__file__).parent / "hostile" / "900_hostile.txt"
HOSTILE_ID = HOSTILE_FILE.stem
HOSTILE_OUTLET = '<b>Outlet</b> & "Co" **bold** [x](javascript:alert(5))'
#: What the post-edit of the hostile article's first sentence says.
POST_EDIT = "<script>window.__pwned=6</script> The *delegation* arrived in Damascus."


@dataclass(frozen=True)
class Site:
    root: Path  # the temporary project
    site_dir: Path  # mkdocs output
    build_log: str  # mkdocs's stdout + stderr

    def page(self, *parts: str) -> Path:
        return self.site_dir.joinpath(*parts, "index.html")


def _edit_memory(translations_dir: Path) -> None:
    """One post-edit, and one post-edit whose source text no longer matches (stale)."""
    path = translate.memory_path(translations_dir, HOSTILE_ID)
    entries = translate.read_memory(path)
    entries[0] = dict(entries[0], target=POST_EDIT, status="post-edited",
                      note="fixture post-edit")
    old_text = "نص قديم تغير منذ المراجعة."
    entries[1] = dict(entries[1], status="post-edited", source_text=old_text,
                      source_sha256=sha256_bytes(old_text.encode("utf-8")),
                      target="A reviewer's English for an older version of this sentence.")
    path.write_text(translate.dump_memory(entries), encoding="utf-8")


def build_site(root: Path) -> Site:
    for name in ("mkdocs.yml", "CHANGELOG.md", "README.md", "LICENSE", "LICENSE-DATA.md",
                 docs.CITATION):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "docs", root / "docs",
                    ignore=lambda folder, names: ["generated"] if Path(folder) == ROOT / "docs"
                    else [])
    seeds = sources.read_manifest(ROOT / "sources")
    (root / "sources").mkdir()
    for record in seeds:
        if record["id"] in SEEDS:
            shutil.copy(ROOT / "sources" / record["file"], root / "sources" / record["file"])
    sources.write_manifest([r for r in seeds if r["id"] in SEEDS], root / "sources")
    sources.add(HOSTILE_FILE, outlet=HOSTILE_OUTLET, url="https://news.example.org/hostile",
                retrieved="2024-04-30", notes="<script>window.__pwned=7</script> test page",
                sources_dir=root / "sources")
    build, translations = root / "build", root / "translations"
    with offline(root / "argos-packages") as patch:
        report = clean_all(root)
        model = build_package(root / "model")
        settings = dict(offline=True, model_path=str(model), require=True, threads=1,
                        translations_dir=translations, sentences_dir=build / "sentences",
                        progress=False, log=lambda message: None)
        translated = {aid: a for aid, a in report.articles.items() if aid != UNTRANSLATED}
        translate.run(translated, **settings)
        _edit_memory(translations)
        translate.run(translated, **settings)
        # One Arabic article translated with no model at all: its sentences have no English.
        patch.setenv("ARGOS_PACKAGES_DIR", str(root / "no-model"))
        translate.run({UNTRANSLATED: report.articles[UNTRANSLATED]},
                      **dict(settings, model_path=None, require=False))
        package.run(root=root)
        docs.run(root=root)
    log = website.build(root)
    return Site(root, root / website.SITE_DIR, log)


@contextmanager
def offline(packages_dir: Path) -> Iterator[pytest.MonkeyPatch]:
    """The environment of a reproducible offline build with Argos packages in
    ``packages_dir``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        patch.setenv("ARGOS_PACKAGES_DIR", str(packages_dir))
        patch.setenv(argos_model.OFFLINE_ENV, "1")
        patch.delenv(argos_model.MODEL_ENV, raising=False)
        yield patch


def clean_all(root: Path) -> clean.CleanReport:
    return clean.run(sources_dir=root / "sources", out_dir=root / "build" / "articles",
                     cache_dir=root / "build" / "cache")


#: Seed sources the fixture leaves out, added by the tests of incremental builds.
ADDED, SECOND_ADDED = "001_3f7b99a4779a30ac", "002_5f3d862c31007bb5"


def copy_project(site: Site, root: Path) -> Path:
    """A copy of the fixture's project, its site (a link to its build) included."""
    shutil.copytree(site.root, root, symlinks=True)
    return root


def add_source_and_rebuild(root: Path, source_id: str = ADDED) -> None:
    """Add a seed source to the project at ``root`` and run the stages again up to the
    site's pages (without a model: the new article's Arabic gets no English)."""
    record = next(r for r in sources.read_manifest(ROOT / "sources") if r["id"] == source_id)
    shutil.copy(ROOT / "sources" / record["file"], root / "sources" / record["file"])
    sources.write_manifest([*sources.read_manifest(root / "sources"), record], root / "sources")
    build = root / "build"
    with offline(root / "no-model"):
        report = clean_all(root)
        translate.run(report.articles, offline=True, model_path=None, require=False, threads=1,
                      translations_dir=root / "translations", sentences_dir=build / "sentences",
                      progress=False, log=lambda message: None)
        package.run(root=root)
        docs.run(root=root)


_BUILT: dict[str, Site] = {}


def shared_site(tmp_path_factory) -> Site:
    """The session's site, built on first use."""
    if "site" not in _BUILT:
        _BUILT["site"] = build_site(tmp_path_factory.mktemp("docs-site"))
    return _BUILT["site"]


def descriptor(root: Path) -> dict:
    return json.loads((root / package.DESCRIPTOR_PATH).read_text(encoding="utf-8"))
