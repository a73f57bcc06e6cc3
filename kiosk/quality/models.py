"""The bundled models (MediaPipe's face models, the kiosk's own occlusion model, the
YuNet detector for turned heads and MediaPipe's hand landmarker), verified against
assets/models/SHA256SUMS before use."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.resources import assets_dir

LANDMARKER_FILE = "face_landmarker.task"
FULL_RANGE_DETECTOR_FILE = "face_detection_full_range_sparse.tflite"
OCCLUSION_FILE = "face_occlusion.onnx"
LAST_LOOK_DETECTOR_FILE = "yunet_s_dynamic.onnx"
HAND_LANDMARKER_FILE = "hand_landmarker.task"
MODEL_FILES = (
    LANDMARKER_FILE,
    FULL_RANGE_DETECTOR_FILE,
    OCCLUSION_FILE,
    LAST_LOOK_DETECTOR_FILE,
    HAND_LANDMARKER_FILE,
)


class ModelError(RuntimeError):
    """A model file is missing or corrupt; the message says which and what to do."""


@dataclass(frozen=True)
class ModelFiles:
    landmarker: Path
    full_range_detector: Path
    occlusion: Path
    last_look_detector: Path
    hand_landmarker: Path


def models_dir() -> Path:
    return assets_dir() / "models"


def _expected_hashes(folder: Path) -> dict[str, str]:
    sums = folder / "SHA256SUMS"
    try:
        lines = sums.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise ModelError(f"model checksum list missing: {sums}") from None
    out: dict[str, str] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2:
            out[parts[1].lstrip("*")] = parts[0].lower()
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_models(folder: Path | None = None) -> ModelFiles:
    """Check every model file exists and match their recorded sha256; raise ModelError if not."""
    folder = folder or models_dir()
    expected = _expected_hashes(folder)
    for name in MODEL_FILES:
        path = folder / name
        if name not in expected:
            raise ModelError(f"no checksum recorded for model {name} in {folder / 'SHA256SUMS'}")
        if not path.is_file():
            raise ModelError(f"model file missing: {path} (run `make models` to restore it)")
        if _sha256(path) != expected[name]:
            raise ModelError(f"model file corrupt (checksum mismatch): {path}")
    return ModelFiles(*(folder / name for name in MODEL_FILES))


@cache
def bundled_models() -> ModelFiles:
    """The verified bundled models; hashed once per process."""
    return verify_models()
