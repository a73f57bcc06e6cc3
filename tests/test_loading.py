"""Image decoding and model verification: clear one-line errors, never a crash."""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import pytest

from kiosk.imageio import ImageLoadError, decode_image_bytes, load_image, to_bgr8
from kiosk.quality.engine import QualityEngine
from kiosk.quality.models import ModelError, models_dir, verify_models
from kiosk.quality.rules import SERVICE_MESSAGES, Rule, rule_for_service_message
from kiosk.quality.thresholds import QualityThresholds


def test_rgba_photo_from_a_package_loads_as_bgr():
    img = load_image("tests/data/photos/obama2_rgba.png")
    assert img.dtype == np.uint8 and img.shape == (1200, 626, 3)


def test_sixteen_bit_and_grayscale_images_convert(tmp_path):
    g16 = (np.linspace(0, 65535, 64 * 64).reshape(64, 64)).astype(np.uint16)
    path = tmp_path / "g16.png"
    cv2.imwrite(str(path), g16)
    img = load_image(path)
    assert img.shape == (64, 64, 3) and img.dtype == np.uint8 and img.max() > 200
    assert to_bgr8(np.zeros((32, 32), np.float32)).shape == (32, 32, 3)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "image is empty"), (b"GIF89a garbage", "not a readable image")],
)
def test_bad_bytes_have_clear_messages(data, message):
    with pytest.raises(ImageLoadError, match=message):
        decode_image_bytes(data)


def test_a_tiny_image_is_refused():
    _ok, buf = cv2.imencode(".png", np.zeros((4, 4, 3), np.uint8))
    with pytest.raises(ImageLoadError, match="too small"):
        decode_image_bytes(buf.tobytes())


def test_bundled_models_match_their_checksums():
    files = verify_models()
    assert files.landmarker.name == "face_landmarker.task"
    assert files.occlusion.name == "face_occlusion.onnx"


def test_a_missing_occlusion_model_stops_the_start_with_its_name(tmp_path):
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    (folder / "face_occlusion.onnx").unlink()
    with pytest.raises(ModelError, match=r"missing.*face_occlusion.onnx"):
        verify_models(folder)


def test_a_corrupt_model_is_a_clear_error_at_start(tmp_path):
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    target = folder / "face_landmarker.task"
    data = bytearray(target.read_bytes())
    data[1000] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt"):
        verify_models(folder)


def test_a_missing_model_names_the_file(tmp_path):
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    (folder / "face_detection_full_range_sparse.tflite").unlink()
    with pytest.raises(ModelError, match=r"missing.*face_detection_full_range_sparse"):
        verify_models(folder)


def test_service_messages_map_back_tolerating_case_and_spaces():
    for rule, msg in SERVICE_MESSAGES.items():
        assert rule_for_service_message(f"  {msg.upper()}\n") is rule
        assert rule_for_service_message(msg.replace(". ", ".   ")) is rule
    assert rule_for_service_message("Something else went wrong") is None
    assert rule_for_service_message(None) is None
    assert len(SERVICE_MESSAGES) == 7 and Rule.TOO_DARK not in SERVICE_MESSAGES


def test_threshold_overrides_are_validated_by_name():
    th = QualityThresholds.from_overrides({"max_yaw_deg": 30})
    assert th.max_yaw_deg == 30.0 and th.max_roll_deg == QualityThresholds().max_roll_deg
    with pytest.raises(ValueError, match=r"quality\.max_yaw: unknown threshold"):
        QualityThresholds.from_overrides({"max_yaw": 30})
    with pytest.raises(ValueError, match="must be a number"):
        QualityThresholds.from_overrides({"max_yaw_deg": "wide"})


def test_an_override_changes_the_verdict(engine):
    from tests import framegen as fg

    frame = fg.rotate(fg.good("obama.jpg"), 20)
    assert engine.analyze(frame).failures[:1] == (Rule.FACE_ANGLE,)
    with QualityEngine(QualityThresholds.from_overrides({"max_roll_deg": 30})) as lenient:
        assert lenient.analyze(frame).passed


def test_a_message_printed_while_a_model_loads_is_not_lost():
    """Another thread's one-line error must reach the terminal even while MediaPipe's
    native chatter is being silenced on fd 2."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kiosk.quality.native_log import native_stderr_silenced\n"
        "with native_stderr_silenced():\n"
        "    print('kiosk run: the camera cannot be used', file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "kiosk run: the camera cannot be used" in proc.stderr
