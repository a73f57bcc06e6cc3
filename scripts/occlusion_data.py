"""Training crops for the occlusion model: landmark-aligned 64x64 faces with labels.

    python -m scripts.occlusion_data [--out PATH]

Two kinds of source, both real photographs:

- the real-photo development set (eval/real/manifest.json), labelled by eye: good selfies
  (eyes and lower face visible), masks and scarves (lower face covered), sunglasses (eyes
  covered), hands and objects (some part covered — which part is not recorded, so only
  the "any" output learns from them);
- folder-labelled public collections (FOLDER_SOURCES below), e.g. real-world masked
  faces, whose labels are the collection's own.

Each photo is analysed by the kiosk's own face finder (landmarks), and the face cut out by
kiosk.quality.face_crop.aligned_face — the very crop the engine feeds the model. Faces
with an inter-eye distance under 14 px are skipped (too little detail to learn from).
Every crop carries its source repository, so training can be cross-validated by source.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from kiosk.quality import landmarks as lm
from kiosk.quality.engine import QualityEngine
from kiosk.quality.face_crop import CROP_SIZE, aligned_face
from kiosk.quality.native_log import route_native_stderr_to_null
from scripts.real_set import _git_dir, cache_dir, decode, fetch_bytes, load_manifest

UNKNOWN = -1
MIN_IED = 14.0


@dataclass(frozen=True)
class FolderSource:
    repo: str
    commit: str
    prefix: str
    labels: tuple[int, int, int]  # eyes, lower face, any part: 1 covered, 0 visible, -1 unknown
    licence: str
    limit: int = 0  # at most this many files (every n-th), 0 for all
    # A JSON file (eval/occlusion/) of labels by eye for some of the files, which then
    # replace the collection's own: see _labels_by_eye.
    labels_file: str = ""
    # Use only the files labelled by eye in labels_file (a hand-picked selection).
    only_labelled: bool = False


FOLDER_SOURCES = (
    # Real-World Masked Face Dataset, part 1: photos of people wearing masks, gathered by
    # its authors from the web (their README); lower face covered, eyes not recorded.
    FolderSource(
        "X-zhangyang/Real-World-Masked-Face-Dataset",
        "HEAD",
        "RWMFD_part_1/",
        (UNKNOWN, 1, 1),
        "unknown (research dataset; not redistributed)",
    ),
    # Women in niqab (eyes visible, lower face covered), from a hijab-detection project's
    # raw web photos; many are small or in groups and are skipped by the size limit.
    FolderSource(
        "dalabdgw/Hijab_Detection",
        "c3f4e150279d730fef6f8d664ead08a0fdaf04cb",
        "data_preprocessing/raw_data/niqab/",
        (0, 1, 1),
        "unknown (web photos per the repository README; not redistributed)",
    ),
    # Faces of public figures (LFW, in grey) and Indian film actors (IMFDB crops), by the
    # facial-expressions project: the lower face is visible in all but a handful; the
    # eyes are not labelled (some wear sunglasses).
    FolderSource(
        "muxspace/facial_expressions",
        "HEAD",
        "images/",
        (UNKNOWN, 0, UNKNOWN),
        "unknown (LFW / IMFDB research images; not redistributed)",
        limit=2500,
        labels_file="lfw_labels.json",
    ),
    # The same collection's hardest faces outside that selection: the 401 that the
    # previous model scored above 0.3 for any part, labelled by eye (thick spectacle
    # frames, beards, open mouths and shadows that are not covers; sunglasses, hands and
    # microphones that are).
    FolderSource(
        "muxspace/facial_expressions",
        "HEAD",
        "images/",
        (UNKNOWN, 0, UNKNOWN),
        "unknown (LFW / IMFDB research images; not redistributed)",
        labels_file="lfw_hard_labels.json",
        only_labelled=True,
    ),
)

# FairFace faces (CC BY 4.0, race-balanced, in the wild), labelled by eye for this model:
# mostly uncovered, a few with sunglasses or a cup, microphone or hand over the mouth.
FAIRFACE_LABELS = Path(__file__).resolve().parent.parent / "eval/occlusion/fairface_labels.json"


def _by_eye(name: str, d: dict[str, Any]) -> tuple[int, int, int] | None:
    """(eyes, lower, any) for one file of a labels-by-eye record (None: skipped). Every
    labels file (eval/occlusion/*.json) lists the covered and skipped files; every other
    file it names was looked at and is an uncovered face."""
    if name in d["skipped"]:
        return None
    if name in d["eyes_covered"]:
        return (1, 0, 1)
    if name in d["lower_covered"]:
        return (0, 1, 1)
    return (0, 0, 0)


def _fairface_items() -> list[tuple[str, str, str, tuple[int, int, int]]]:
    """(repo, commit, path, labels) for every FairFace image not skipped: here every file
    of the collection was looked at, so the record lists only the covered and skipped."""
    d = json.loads(FAIRFACE_LABELS.read_text(encoding="utf-8"))
    git = _git_dir(d["repo"])
    names = subprocess.run(
        ["git", f"--git-dir={git}", "ls-tree", "-r", "--name-only", d["commit"], "fairface/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    out = []
    for n in names:
        labels = _by_eye(n, d) if n.split("/")[-1].startswith("fairface_") else None
        if labels is not None:
            out.append((d["repo"], d["commit"], n, labels))
    return out


def _labels_by_eye(fs: FolderSource) -> dict[str, tuple[int, int, int] | None]:
    """Labels by eye for the files of a folder source that were looked at (None: skipped).
    The faces looked at carry glasses of every kind, caps and hands at the chin; knowing
    that their eyes are visible is what teaches the model that clear glasses are not a
    cover."""
    if not fs.labels_file:
        return {}
    d = json.loads((FAIRFACE_LABELS.parent / fs.labels_file).read_text(encoding="utf-8"))
    prefix = d["prefix"]
    return {
        (name if name.startswith(prefix) else prefix + name): _by_eye(name, d)
        for name in d["looked_at"]
    }


# Hand-picked pools, labelled by eye, each file a list of sources (repo, commit, prefix and
# the lists of _by_eye): faces a model got wrong or nearly wrong, found by scanning
# collections outside the development set (mined_labels.json), and older faces with grey
# beards and weathered skin, which a model that catches real hands tends to refuse
# (older_labels.json), and FairFace faces of every age and skin tone that the previous
# model was unsure of or refused (fairface_mined_labels.json: real hands, food, cups and
# microphones at the mouth, sunglasses, and uncovered faces it took for covered). Only
# the files looked at are used.
POOL_FILES = ("mined_labels.json", "older_labels.json", "fairface_mined_labels.json")


def labelled_items(path: Path) -> list[tuple[str, str, str, tuple[int, int, int]]]:
    """(repo, commit, path in the repository, labels) of every face a labels-by-eye record
    (eval/occlusion/*.json) looked at and did not skip."""
    out = []
    for d in json.loads(path.read_text(encoding="utf-8")):
        for n in d["looked_at"]:
            labels = _by_eye(n, d)
            if labels is not None:
                out.append((d["repo"], d["commit"], d["prefix"] + n, labels))
    return out


def _pool_items() -> list[tuple[str, str, str, tuple[int, int, int]]]:
    out = []
    for name in POOL_FILES:
        path = FAIRFACE_LABELS.parent / name
        if path.exists():
            out += labelled_items(path)
    return out


# (eyes, lower, any) per category of the development set.
CATEGORY_LABELS: dict[str, tuple[int, int, int]] = {
    "good": (0, 0, 0),
    "eyes_closed": (0, 0, 0),
    "mask": (0, 1, 1),
    "scarf_over_face": (UNKNOWN, 1, 1),
    "sunglasses": (1, 0, 1),
    "hand_over_face": (UNKNOWN, UNKNOWN, 1),
    "object_over_face": (UNKNOWN, UNKNOWN, 1),
}


def _faces(engine: QualityEngine, img: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The main face's landmarks and the image they are in, looking again on a padded copy
    for tight crops."""
    for pad in (0.0, 0.35):
        work = img
        if pad:
            p = int(pad * max(img.shape[:2]))
            work = cv2.copyMakeBorder(img, p, p, p, p, cv2.BORDER_REPLICATE)
        rgb = cv2.cvtColor(work, cv2.COLOR_BGR2RGB)
        face, *_ = engine._find_face(rgb, None)
        if face is not None:
            ied = float(np.hypot(*(face.points[lm.LEFT_IRIS] - face.points[lm.RIGHT_IRIS])))
            if ied < MIN_IED:
                return None
            return face.points, work
    return None


def _crop(engine: QualityEngine, img: np.ndarray) -> np.ndarray | None:
    found = _faces(engine, img)
    if found is None:
        return None
    pts, work = found
    return aligned_face(work, pts, CROP_SIZE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=cache_dir() / "occlusion-train.npz")
    parser.add_argument(
        "--pools-only", action="store_true", help="only the hand-picked pools (POOL_FILES)"
    )
    args = parser.parse_args()
    route_native_stderr_to_null()
    crops: list[np.ndarray] = []
    labels: list[tuple[int, int, int]] = []
    sources: list[str] = []
    ids: list[str] = []
    seen: set[str] = set()
    with QualityEngine() as engine:
        for e in load_manifest():
            seen.add(e.sha256)  # never train on a development-set photo twice
            if args.pools_only or e.category not in CATEGORY_LABELS or e.split == "holdout":
                continue
            try:
                img = decode(fetch_bytes(e))
            except Exception as exc:  # a missing snapshot: report and go on
                print(f"{e.id}: {exc}", file=sys.stderr)
                continue
            if e.crop:
                x, y, w, h = e.crop
                img = img[max(0, y) : y + h, max(0, x) : x + w]
            c = _crop(engine, img)
            if c is None:
                continue
            crops.append(c)
            labels.append(CATEGORY_LABELS[e.category])
            sources.append(e.source.get("repo") or e.source.get("package", "?"))
            ids.append(e.id)
        items: list[tuple[str, str, str, tuple[int, int, int]]] = []
        if not args.pools_only:
            items += _fairface_items()
        items += _pool_items()
        for fs in FOLDER_SOURCES if not args.pools_only else ():
            names = subprocess.run(
                [
                    "git",
                    f"--git-dir={_git_dir(fs.repo)}",
                    "ls-tree",
                    "-r",
                    "--name-only",
                    fs.commit,
                    fs.prefix,
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split("\n")
            names = [n for n in names if n]
            if fs.limit and len(names) > fs.limit:
                names = names[:: len(names) // fs.limit][: fs.limit]
            by_eye = _labels_by_eye(fs)
            if fs.only_labelled:
                names = [n for n in names if n in by_eye]
            for n in names:
                known = by_eye.get(n, fs.labels)
                if known is not None:
                    items.append((fs.repo, fs.commit, n, known))
        for repo, commit, name, item_labels in items:
            shown = subprocess.run(
                ["git", f"--git-dir={_git_dir(repo)}", "show", f"{commit}:{name}"],
                capture_output=True,
                check=False,
            )
            if shown.returncode != 0:
                continue  # not in the snapshot (files of 4 MiB and more are left out)
            data = shown.stdout
            if hashlib.sha256(data).hexdigest() in seen:
                continue  # in the development set already
            try:
                img = decode(data)
            except Exception:
                continue
            if img is None:
                continue
            c = _crop(engine, img)
            if c is None:
                continue
            crops.append(c)
            labels.append(item_labels)
            sources.append(repo)
            ids.append(f"{repo}:{name}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        x=np.stack(crops),
        y=np.array(labels, np.int8),
        source=np.array(sources),
        id=np.array(ids),
    )
    print(f"{len(crops)} crops -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
