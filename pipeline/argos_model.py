"""Find, install, download and pin the Argos Translate ar->en package.

The model is looked for in this order:

1. an ar->en package already installed in Argos's packages directory
   (``ARGOS_PACKAGES_DIR``, else Argos's default ``~/.local/share/argos-translate/packages``);
2. a local ``.argosmodel`` file given with ``--model`` or ``PIPELINE_ARGOS_MODEL``;
3. a download from the Argos package index, with a short timeout, unless the network is
   switched off (``--offline`` or ``PIPELINE_OFFLINE=1``).

Archives are untrusted: every member is checked (no absolute path, no ``..``, no link, one
top-level folder, bounded unpacked size) before Argos's own ``install_from_path`` unpacks it.

Every model used is pinned in ``translations/model-lock.json`` by name, version and
content digest; a package with a known name and version but different files is refused.
The digest (``tree_sha256``) covers the package's files, not the zip container, so an
archive and the folder it unpacks to have the same digest.

argostranslate is imported lazily: ``python -m pipeline`` must start without the
``translate`` extra, and ``argostranslate.translate`` (which imports stanza) is never used.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, atomic_write_text, canonical_json

FROM_CODE, TO_CODE = "ar", "en"
MODEL_ENV = "PIPELINE_ARGOS_MODEL"
OFFLINE_ENV = "PIPELINE_OFFLINE"
NETWORK_TIMEOUT = 15  # seconds, per request
MAX_UNPACKED_BYTES = 2 << 30  # real Argos packages are a few hundred MB at most
MAX_MEMBERS = 10_000
# argostranslate.package.install_from_path imports argostranslate.translate *after*
# unpacking (to clear a cache); that imports these sentence-splitting libraries, which the
# --no-deps install leaves out on purpose. Their absence is harmless here.
SBD_MODULES = frozenset({"stanza", "minisbd"})

HOW_TO_PROVIDE = (
    "To add the Arabic->English model, either install an Argos Translate ar->en package "
    "into ARGOS_PACKAGES_DIR (e.g. `argospm install translate-ar_en` on a machine with "
    "network), or pass a downloaded file with `--model PATH.argosmodel` (or set "
    f"{MODEL_ENV}=PATH), or run without --offline so it is downloaded from the Argos index."
)


@dataclass(frozen=True)
class ModelInfo:
    """The package the stage will use, with the provenance recorded for each translation."""

    name: str
    version: str
    sha256: str
    path: Path
    origin: str  # "installed", "file" or "download"


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def packages_dir() -> Path:
    """Argos's packages directory. argostranslate reads ARGOS_PACKAGES_DIR only once, at
    import; reading it here too honours a value set later (tests, long-lived processes)."""
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"])
    from argostranslate import settings

    return Path(settings.package_data_dir)


def package_name(from_code: str, to_code: str) -> str:
    """argospm's name for a translate package, e.g. ``translate-ar_en``."""
    return f"translate-{from_code}_{to_code}"


def tree_sha256(files: dict[str, bytes]) -> str:
    """Digest of a package's files: sorted relative paths, each with its SHA-256."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}\0{hashlib.sha256(files[name]).hexdigest()}\n".encode())
    return digest.hexdigest()


def _read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _archive_files(archive: zipfile.ZipFile, top: str) -> dict[str, bytes]:
    return {info.filename[len(top) + 1:]: archive.read(info)
            for info in archive.infolist() if not info.is_dir()}


# ---------------------------------------------------------------- archive safety


def archive_problems(path: Path, max_bytes: int = MAX_UNPACKED_BYTES) -> list[Problem]:
    """Every reason not to unpack the archive at ``path``; empty when it is safe."""
    name = str(path)
    if not zipfile.is_zipfile(path):
        return [Problem("archive-not-zip", "not a zip archive (.argosmodel)", file=name)]
    found, total, tops = [], 0, set()
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            found.append(Problem("archive-too-many-members",
                                 f"{len(members)} members (limit {MAX_MEMBERS})", file=name))
        for info in members:
            member = info.filename
            parts = PurePosixPath(member.replace("\\", "/")).parts
            mode = info.external_attr >> 16
            if member.startswith(("/", "\\")) or (len(member) > 1 and member[1] == ":"):
                found.append(Problem("archive-absolute-path", "absolute path",
                                     file=name, record=member))
            elif ".." in parts:
                found.append(Problem("archive-path-traversal", "path contains '..'",
                                     file=name, record=member))
            # Unix file type bits; zips made elsewhere leave them 0 (a plain file).
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
                found.append(Problem("archive-link", "symbolic link or special file",
                                     file=name, record=member))
            if parts:
                tops.add(parts[0])
            if len(parts) == 1 and not info.is_dir():
                found.append(Problem("archive-layout", "file outside the package folder",
                                     file=name, record=member))
            total += info.file_size
        if total > max_bytes:
            found.append(Problem("archive-too-large",
                                 f"unpacks to {total} bytes (limit {max_bytes})", file=name))
        if len(tops) != 1:
            found.append(Problem("archive-layout",
                                 f"expected one top-level package folder, found {len(tops)}",
                                 file=name))
        elif f"{next(iter(tops))}/metadata.json" not in archive.namelist():
            found.append(Problem("archive-layout", "no metadata.json in the package folder",
                                 file=name))
    return found


def _archive_identity(path: Path) -> tuple[str, dict, str]:
    """(top-level folder, metadata.json, content digest) of a checked archive."""
    with zipfile.ZipFile(path) as archive:
        top = archive.infolist()[0].filename.split("/")[0]
        metadata = json.loads(archive.read(f"{top}/metadata.json"))
        return top, metadata, tree_sha256(_archive_files(archive, top))


# ---------------------------------------------------------------- lock file


def read_lock(lock_path: Path) -> list[dict]:
    if not Path(lock_path).exists():
        return []
    try:
        return json.loads(Path(lock_path).read_text(encoding="utf-8"))["models"]
    except (ValueError, KeyError, TypeError) as error:
        raise PipelineError(Problem("lock-unreadable", str(error), file=str(lock_path))) from None


def check_lock(lock_path: Path, name: str, version: str, sha256: str, *, source: str) -> None:
    """Refuse a package whose name and version are pinned with a different digest."""
    for entry in read_lock(lock_path):
        if (entry["name"], entry["version"]) == (name, version) and entry["sha256"] != sha256:
            raise PipelineError(Problem(
                "model-lock-mismatch",
                f"{name} {version} has sha256 {sha256}, but {lock_path} pins {entry['sha256']}; "
                "a different file under the same name and version is refused. Give the new "
                "model a new version, or remove the old entry from the lock file on purpose.",
                file=source))


def record_lock(lock_path: Path, model: ModelInfo) -> None:
    """Add the model to the lock file (sorted, so the file is stable)."""
    entries = read_lock(lock_path)
    key = (model.name, model.version)
    if any((e["name"], e["version"]) == key for e in entries):
        return
    entries.append({"name": model.name, "version": model.version, "sha256": model.sha256})
    entries.sort(key=lambda e: (e["name"], e["version"]))
    atomic_write_text(lock_path, canonical_json({
        "description": "Argos Translate packages used for translations/, pinned by content "
                       "digest (SHA-256 over the package's files; see pipeline/argos_model.py).",
        "models": entries,
    }))


# ---------------------------------------------------------------- locating


def model_info(package_path: Path, origin: str = "installed") -> ModelInfo:
    """Name, version and content digest of the installed package folder ``package_path``."""
    metadata = json.loads((package_path / "metadata.json").read_text(encoding="utf-8"))
    return ModelInfo(
        name=package_name(metadata["from_code"], metadata["to_code"]),
        version=str(metadata.get("package_version", "")),
        sha256=tree_sha256(_read_tree(package_path)),
        path=package_path,
        origin=origin,
    )


def find_installed() -> Path | None:
    """Folder of the installed ar->en package with the highest version, or None."""
    from argostranslate import package
    from packaging.version import InvalidVersion, Version

    directory = packages_dir()
    if not directory.is_dir():
        return None

    def version_key(pkg):
        try:
            return (1, Version(pkg.package_version), str(pkg.package_path))
        except InvalidVersion:
            return (0, Version("0"), str(pkg.package_path))

    # Like package.get_installed_packages, but a stray folder without metadata.json is
    # skipped instead of aborting the search.
    installed = [package.Package(folder) for folder in sorted(directory.iterdir())
                 if (folder / "metadata.json").is_file()]
    candidates = [pkg for pkg in installed if (pkg.from_code, pkg.to_code) == (FROM_CODE, TO_CODE)]
    return max(candidates, key=version_key).package_path if candidates else None


def install_archive(path: Path, *, lock_path: Path) -> Path:
    """Check ``path`` and install it with Argos's package manager; return the package folder."""
    from argostranslate import package, settings

    path = Path(path)
    if not path.is_file():
        raise PipelineError(Problem("model-not-found", "no such .argosmodel file", file=str(path)))
    problems = archive_problems(path)
    if problems:
        raise PipelineError(problems, f"refusing to install {path}: unsafe or malformed archive")
    top, metadata, digest = _archive_identity(path)
    if (metadata.get("from_code"), metadata.get("to_code")) != (FROM_CODE, TO_CODE):
        raise PipelineError(Problem(
            "model-wrong-pair",
            f"package translates {metadata.get('from_code')}->{metadata.get('to_code')}, "
            f"not {FROM_CODE}->{TO_CODE}", file=str(path)))
    check_lock(lock_path, package_name(FROM_CODE, TO_CODE),
               str(metadata.get("package_version", "")), digest, source=str(path))
    # install_from_path unpacks into settings.package_data_dir, fixed at import time.
    settings.package_data_dir = packages_dir()
    settings.package_data_dir.mkdir(parents=True, exist_ok=True)
    try:
        package.install_from_path(path)
    except ModuleNotFoundError as error:
        if error.name not in SBD_MODULES:
            raise
    return settings.package_data_dir / top


def _fetch(url: str, limit: int) -> bytes:
    with urllib.request.urlopen(url, timeout=NETWORK_TIMEOUT) as response:
        data = response.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{url}: more than {limit} bytes")
    return data


def download() -> Path:
    """Download the ar->en package from the Argos index into Argos's downloads folder."""
    from argostranslate import settings

    index = json.loads(_fetch(settings.remote_package_index, 16 << 20))
    for entry in index:
        if (entry.get("from_code"), entry.get("to_code")) == (FROM_CODE, TO_CODE):
            break
    else:
        raise OSError(f"no {FROM_CODE}->{TO_CODE} package in {settings.remote_package_index}")
    errors = []
    for link in entry.get("links", []):
        try:
            data = _fetch(link, MAX_UNPACKED_BYTES)
        except OSError as error:
            errors.append(f"{link}: {error}")
            continue
        target = Path(settings.downloads_dir) / f"{package_name(FROM_CODE, TO_CODE)}.argosmodel"
        atomic_write_bytes(target, data)
        return target
    raise OSError("; ".join(errors) or "the index lists no download link")


def locate(*, offline: bool, model_path: str | None, lock_path: Path,
           log=print) -> ModelInfo | None:
    """The model to use, installing or downloading it if needed; None when there is none.

    Only a missing model returns None; an unsafe archive or a lock mismatch raises.
    """
    offline = offline or env_flag(OFFLINE_ENV)
    model_path = model_path or os.environ.get(MODEL_ENV) or None
    installed = find_installed()
    if installed is not None:
        if model_path:
            log(f"translate: using the installed package in {installed}; {model_path} not "
                "installed (remove the installed package to switch models)")
        model = model_info(installed, "installed")
    elif model_path:
        model = model_info(install_archive(Path(model_path), lock_path=lock_path), "file")
    elif offline:
        return None
    else:
        try:
            archive = download()
        except (OSError, ValueError) as error:
            log(f"translate: could not download the model from the Argos index: {error}")
            return None
        model = model_info(install_archive(archive, lock_path=lock_path), "download")
    check_lock(lock_path, model.name, model.version, model.sha256, source=str(model.path))
    return model

