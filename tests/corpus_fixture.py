"""Hand-made stage records for the validate/package/release tests.

A tiny repository layout in a temporary directory: a sources manifest, article records
under build/articles/ and sentence lists under build/sentences/, written the way the
clean and translate stages write them. The English here is fixture text marked
``post-edited`` (as a person would write it), never presented as model output.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline import DATA_DIR, DESCRIPTOR, PACKAGE_DIR, tables
from pipeline.fileio import canonical_json

EPOCH = "1714564800"  # 2024-05-01T12:00:00Z

ARTICLES = {
    "010_aaaaaaaaaaaaaaaa": {
        "outlet": "Example Daily", "url": "https://news.example.org/a", "language": "ar",
        "title": "حماس وسوريا: صفحة جديدة",
        "paragraphs": [("ar", "عاد الوفد إلى دمشق. وجرت لقاءات مطولة.",
                        ["The delegation returned to Damascus.", "Long meetings were held."]),
                       ("ar", "قال المتحدث إن العلاقات تتحسن.",
                        ["The spokesman said relations were improving."])],
    },
    "011_bbbbbbbbbbbbbbbb": {
        "outlet": None, "url": None, "language": "en",
        "title": "Hamas and Damascus, a decade on",
        "paragraphs": [("en", "Relations broke down in 2012. They were restored in 2022.",
                        None)],
    },
    "012_cccccccccccccccc": {
        "outlet": "Example Daily", "url": None, "language": "ar",
        "title": "زيارة إلى دمشق",
        "paragraphs": [("ar", "وصل الوفد صباح الأربعاء.",
                        ["The delegation arrived on Wednesday morning."])],
    },
}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split(text: str) -> list[str]:
    parts = [part.strip() for part in text.replace(". ", ".\n").splitlines()]
    return [part for part in parts if part]


def date_value(date: str | None) -> dict:
    return {"date": date, "original": date, "calendar": "gregorian" if date else None,
            "precision": "day" if date else None, "note": None if date else "not printed"}


def article(article_id: str) -> dict:
    spec = ARTICLES[article_id]
    body = [{"id": f"{article_id}-p{index:03d}", "article_id": article_id, "index": index,
             "kind": "paragraph", "language": language, "text": text}
            for index, (language, text, _) in enumerate(spec["paragraphs"])]
    return {
        "id": article_id, "source_file": f"{article_id}.txt", "source_sha256": sha256(article_id),
        "encoding": "utf-8", "title": spec["title"], "standfirst": None,
        "outlet": spec["outlet"], "author": None, "language": spec["language"],
        "published": date_value("2022-10-19"), "updated": date_value(None),
        "evidence": {"title": {"line": 2, "rule": "above_dateline"},
                     "published": {"line": 3, "rule": "dateline"},
                     "updated": None, "author": None, "standfirst": None},
        "body": body, "removed": [{"line": 1, "text": "Home | News", "reason": "menu"}],
    }


def sentences(article_id: str) -> list[dict]:
    found = []
    for index, (language, text, english) in enumerate(ARTICLES[article_id]["paragraphs"]):
        paragraph_id = f"{article_id}-p{index:03d}"
        for number, sentence in enumerate(split(text)):
            found.append({
                "id": f"{paragraph_id}-s{number:02d}", "article_id": article_id,
                "paragraph_id": paragraph_id, "paragraph_index": index,
                "sentence_index": number, "language": language, "text": sentence,
                "text_sha256": sha256(sentence),
                "english": sentence if english is None else english[number],
                "translation_status": "original" if english is None else "post-edited",
                "translation_model": None, "translation_model_version": None,
                "quality_flags": [], "stale_post_edit": None,
            })
    return found


def manifest_row(article_id: str) -> dict:
    spec = ARTICLES[article_id]
    return {"id": article_id, "file": f"{article_id}.txt", "sha256": sha256(article_id),
            "bytes": 100, "outlet": spec["outlet"], "url": spec["url"],
            "retrieved": "2024-04-30" if spec["url"] else None, "notes": ""}


def add_article(root: Path, article_id: str) -> None:
    (root / "build" / "articles").mkdir(parents=True, exist_ok=True)
    (root / "build" / "sentences").mkdir(parents=True, exist_ok=True)
    (root / "build" / "articles" / f"{article_id}.json").write_text(
        canonical_json(article(article_id)), encoding="utf-8")
    (root / "build" / "sentences" / f"{article_id}.json").write_text(
        canonical_json(sentences(article_id)), encoding="utf-8")
    manifest = root / "sources" / "manifest.csv"
    rows = tables.loads_records(manifest.read_text(encoding="utf-8"), "source") \
        if manifest.exists() else []
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(tables.dumps_records(
        sorted([*rows, manifest_row(article_id)], key=lambda r: r["id"]), "source"),
        encoding="utf-8")


def make_repo(root: Path, article_ids=("010_aaaaaaaaaaaaaaaa", "011_bbbbbbbbbbbbbbbb")) -> Path:
    for article_id in article_ids:
        add_article(root, article_id)
    return root


def snapshot_files(root: Path) -> dict[str, bytes]:
    """Every published file (package/: descriptor and data/) with its bytes."""
    folder = root / PACKAGE_DIR
    paths = [folder / DESCRIPTOR, *sorted((folder / DATA_DIR).rglob("*"))]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in paths if p.is_file()}
