"""Occlusion models on a random sample of unseen faces, labelled by eye.

    python -m scripts.occlusion_val [MODEL.onnx ...]   (default: the bundled model)

The sample (eval/occlusion/fairface_val_labels.json) is 900 of FairFace's validation
faces drawn at random, never trained on, chosen by no model. It is where a candidate
occlusion model is judged before the real set's holdout is looked at: a model that
catches more covers by refusing more honest faces shows it here. For each model it
prints the share of uncovered faces passed, per FairFace race group (the dataset's own
labels), and the covers caught, at the engine's limit. The raw model score is used (the
engine's extra rules for closed eyes and far-turned heads are not applied).
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import numpy as np

from kiosk.quality.engine import QualityEngine
from kiosk.quality.models import bundled_models
from kiosk.quality.native_log import route_native_stderr_to_null
from kiosk.quality.occlusion_model import OcclusionModel
from kiosk.quality.thresholds import QualityThresholds
from scripts.occlusion_data import FAIRFACE_LABELS, _crop, labelled_items
from scripts.real_set import _from_github, decode

LABELS = FAIRFACE_LABELS.parent / "fairface_val_labels.json"
RACE_LABELS = "fairface_label_val.csv"  # FairFace's own labels, in the same repository


def _labelled_crops() -> tuple[list[np.ndarray], list[bool], list[str]]:
    """(aligned crops, covered?, race group) of the sample's faces not skipped and found."""
    items = labelled_items(LABELS)
    repo, commit = items[0][0], items[0][1]
    table = _from_github({"repo": repo, "commit": commit, "path": RACE_LABELS}).decode()
    race = {r["file"]: r["race"] for r in csv.DictReader(io.StringIO(table))}
    crops, covered, groups = [], [], []
    with QualityEngine() as engine:
        for repo, commit, path, labels in items:
            crop = _crop(
                engine, decode(_from_github({"repo": repo, "commit": commit, "path": path}))
            )
            if crop is None:
                continue
            crops.append(crop)
            covered.append(labels[2] == 1)
            # The record's names are relative to its prefix ("fair_face/"), as the table's are.
            groups.append(race.get(path.split("/", 1)[1], "?"))
    return crops, covered, groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path)
    args = parser.parse_args()
    route_native_stderr_to_null()
    limit = QualityThresholds().max_occlusion_score
    crops, covered, groups = _labelled_crops()
    cov = np.array(covered)
    print(f"{len(crops)} faces found and labelled: {int(cov.sum())} covered, limit {limit:g}")
    for path in args.models or [bundled_models().occlusion]:
        model = OcclusionModel(path)
        refused = np.array([model.coverage_of_crop(c).score > limit for c in crops])
        row = [
            f"uncovered passed {100 * (~refused[~cov]).mean():.1f}% (n={int((~cov).sum())})",
            f"covered caught {int(refused[cov].sum())}/{int(cov.sum())}",
        ]
        for g in sorted(set(groups)):
            sel = np.array([x == g for x in groups]) & ~cov
            row.append(f"{g} {100 * (~refused[sel]).mean():.1f}% (n={int(sel.sum())})")
        print(f"{path.name}: " + " | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
