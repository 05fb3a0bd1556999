"""Train the title model on every labelled page (``python -m pipeline title-model``).

  python -m pipeline title-model [--check]

Reads each NAME.txt with its NAME.truth.json in tests/pages, tests/heldout and
tests/heldout<N>; each candidate line (see pipeline.title_model.candidates) is labelled a
headline when it is the truth's title. Gradient-boosted trees (LightGBM, the optional extra
``train``: never a run-time dependency) learn to rank each page's lines, the headline first
(LambdaRank), fitted on one thread with fixed seeds, so the
same pages and LightGBM version give the same file, written to pipeline/title_model.json
with what it was trained on. ``--check`` only tells whether the stored model was trained
on the pages there now (it needs no LightGBM).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
from pathlib import Path

from . import ROOT, clean, evaluate, textnorm, title_model
from .errors import PipelineError, Problem
from .fileio import atomic_write_text

LOG = logging.getLogger(__name__)
TRAIN_MISSING = ("LightGBM is not installed: it is an optional extra, install it with "
                 "`pip install -e '.[train]'`")
#: LightGBM's settings (one thread and fixed seeds: the same file from the same pages).
PARAMETERS = {"objective": "lambdarank", "lambdarank_truncation_level": 5,
              "learning_rate": 0.15, "num_leaves": 31, "min_data_in_leaf": 40,
              "deterministic": True, "force_row_wise": True, "num_threads": 1,
              "seed": 20261206, "verbose": -1}
TREES = 100


def labelled_folders(root: Path = ROOT) -> list[Path]:
    """The folders of hand-labelled pages: the development set and every held-out set."""
    tests = root / "tests"
    held_out = sorted((path for path in tests.glob("heldout*") if path.is_dir()),
                      key=lambda path: int(path.name[7:] or -1))
    return [tests / "pages", *held_out]


def training_rows(folders: list[Path]) -> tuple[list[list[float]], list[int], list[int], str]:
    """Each page's candidate lines as feature vectors, their labels, how many candidates
    each page has (the model ranks a page's lines against each other), and the SHA-256 of
    every page and truth read (in order): what the model is trained on."""
    vectors, labels, pages, digest = [], [], [], hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            truth_path = path.with_name(path.stem + ".truth.json")
            data = path.read_bytes()
            digest.update(data + truth_path.read_bytes())
            title = evaluate.read_truth(truth_path)["title"]
            lines = clean.read_lines(textnorm.decode_replacing(data, file=path.name)[0])
            reading = clean.rules_reading(lines)
            if reading is None or title is None:
                continue
            view = title_model.PageView(lines, *reading)
            pages.append(len(view.span))
            for index in view.span:
                vectors.append(view.features(index))
                labels.append(int(lines[index].text == title))
    return vectors, labels, pages, digest.hexdigest()


def _node(node: dict) -> list | float:
    """A LightGBM tree's node as [feature, threshold, left, right], a leaf as its value."""
    if "leaf_value" in node:
        return node["leaf_value"]
    if node["decision_type"] != "<=":
        raise ValueError(f"unexpected split {node['decision_type']!r}")
    return [node["split_feature"], node["threshold"], _node(node["left_child"]),
            _node(node["right_child"])]


def trees(booster) -> list:
    """A booster's trees as title_model.json holds them (see title_model.scorer)."""
    return [_node(info["tree_structure"]) for info in booster.dump_model()["tree_info"]]


def _lightgbm():
    """LightGBM, the optional extra ``train``: imported only to train."""
    try:
        import lightgbm
    except ImportError:
        raise PipelineError(Problem("missing-extra", TRAIN_MISSING)) from None
    return lightgbm


def fit(vectors: list[list[float]], labels: list[int], pages: list[int]):
    """LightGBM's booster ranking each page's candidates (see training_rows)."""
    lightgbm = _lightgbm()
    import numpy  # (LightGBM's own dependency)

    data = lightgbm.Dataset(numpy.array(vectors), label=numpy.array(labels), group=pages)
    return lightgbm.train(PARAMETERS, data, num_boost_round=TREES)


def train(folders: list[Path]) -> dict:
    """The model, as title_model.json holds it, trained on the pages of ``folders``."""
    vectors, labels, pages, digest = training_rows(folders)
    return {"features": list(title_model.FEATURES), "trees": trees(fit(vectors, labels, pages)),
            "trained_on": {"pages_and_truths_sha256": digest, "pages": len(pages),
                           "candidate_lines": len(labels), "headline_lines": sum(labels)},
            "lightgbm": _lightgbm().__version__, "parameters": PARAMETERS | {"trees": TREES}}


def model_text(model: dict) -> str:
    """The model file's text: one tree a line, so a retrained model's diff is readable."""
    head = {key: value for key, value in model.items() if key != "trees"}
    rows = ",\n".join(json.dumps(tree, separators=(",", ":")) for tree in model["trees"])
    return json.dumps(head, indent=1, sort_keys=True)[:-2] + ',\n "trees": [\n' + rows + "\n]}\n"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--check", action="store_true",
                        help="only check that the stored model was trained on the pages now")


def main(args: argparse.Namespace) -> int:
    folders = labelled_folders()
    if args.check:
        stored = title_model.read_model().get("trained_on")
        now = training_rows(folders)[3]
        if not isinstance(stored, dict) or stored.get("pages_and_truths_sha256") != now:
            raise PipelineError(Problem(
                "stale-model", "the labelled pages changed since the title model was "
                "trained: run `python -m pipeline title-model`",
                file=title_model.MODEL_FILE.name))
        print("the title model was trained on the labelled pages there now")
        return 0
    model = train(folders)
    atomic_write_text(title_model.MODEL_FILE, model_text(model))
    LOG.info("title model: %d trees over %d candidate lines written to %s", len(model["trees"]),
             model["trained_on"]["candidate_lines"], title_model.MODEL_FILE.name)
    return 0
