"""A hand over the mouth or an eye (kiosk.quality.hand_cover): where a hand counts as a
cover, how often live video looks for one, and a real photo's hand told "uncover".

The geometry tests put 21 hand points on a real face's mesh (Obama's portrait, found by
MediaPipe's face landmarker), in the shapes real hands took on the evaluation set: fingers
across the lips with the wrist below the chin, a V sign beside the mouth, a hand the model
found on the face itself (its wrist on the cheek).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.quality import landmarks as lm
from kiosk.quality.detectors import FaceModels
from kiosk.quality.engine import QualityEngine
from kiosk.quality.hand_cover import HandCheck, covered_region
from kiosk.quality.models import bundled_models
from kiosk.quality.rules import Rule
from tests.framegen import on_wall

DATA = Path(__file__).parent / "data"
PALE_FINGERS = DATA / "covered" / "fairface_train_24630.jpg"


@pytest.fixture(scope="module")
def mesh() -> np.ndarray:
    bgr = cv2.imread(str(DATA / "photos" / "obama.jpg"))
    assert bgr is not None
    models = FaceModels(streaming=False)
    try:
        face, _ = models.analyse(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    finally:
        models.close()
    assert face is not None
    return face.points.astype(np.float64)


def face_box(mesh: np.ndarray) -> tuple[float, float, float, float]:
    x0, y0 = mesh.min(axis=0)
    x1, y1 = mesh.max(axis=0)
    return float(x0), float(y0), float(x1 - x0), float(y1 - y0)


def hand(wrist: np.ndarray, tips: list[np.ndarray]) -> np.ndarray:
    """21 points: the wrist, then four points on the way to each of five fingertips."""
    points = [wrist]
    for tip in tips:
        points += [wrist + (tip - wrist) * t for t in (0.55, 0.7, 0.85, 1.0)]
    return np.array(points[:21], np.float64)


def off(point: np.ndarray, dx: float, dy: float) -> np.ndarray:
    return point + np.array([dx, dy])


def ied(mesh: np.ndarray) -> float:
    return float(np.hypot(*(mesh[lm.LEFT_IRIS] - mesh[lm.RIGHT_IRIS])))


def test_fingers_across_the_lips_from_below_the_chin_cover_the_mouth(mesh):
    chin, box = mesh[152], face_box(mesh)
    wrist = off(chin, 0.0, 1.2 * ied(mesh))  # the arm comes up from below the face
    lips = mesh[list(lm.MOUTH_CORNERS)]
    tips = [lips[0] + (lips[1] - lips[0]) * t for t in np.linspace(0, 1, 5)]
    found = covered_region(hand(wrist, tips), 0.9, mesh, box)
    assert found is not None and found.region == "mouth"


def test_a_palm_over_one_eye_covers_the_eye(mesh):
    eye = mesh[list(lm.RIGHT_EYE_CORNERS)].mean(axis=0)
    e = ied(mesh)
    wrist = off(eye, -2.5 * e, 0.8 * e)  # from the side, outside the face
    spread = ((-0.2, -0.1), (0, 0), (0.1, 0.05), (0.15, 0.1), (-0.1, 0.05))
    tips = [off(eye, dx * e, dy * e) for dx, dy in spread]
    found = covered_region(hand(wrist, tips), 0.8, mesh, face_box(mesh))
    assert found is not None and found.region == "eye"


def test_a_v_sign_beside_the_mouth_is_not_a_cover(mesh):
    corner = mesh[lm.MOUTH_CORNERS[1]]
    e = ied(mesh)
    wrist = off(corner, 0.9 * e, 1.6 * e)
    tips = [off(corner, 0.45 * e + dx * e, -0.3 * e) for dx in (0.0, 0.15, 0.3, 0.4, 0.5)]
    assert covered_region(hand(wrist, tips), 0.95, mesh, face_box(mesh)) is None


def test_a_hand_whose_wrist_is_on_the_face_is_not_a_cover(mesh):
    """Faces read as hands (a nose and an eye as fingers) have their wrist on the face."""
    lips = mesh[list(lm.MOUTH_CORNERS)]
    wrist = off(mesh[lm.RIGHT_IRIS], 0.0, 0.6 * ied(mesh))  # on the cheek
    tips = [lips[0] + (lips[1] - lips[0]) * t for t in np.linspace(0, 1, 5)]
    assert covered_region(hand(wrist, tips), 0.92, mesh, face_box(mesh)) is None


def test_an_unsure_hand_is_not_a_cover(mesh):
    chin = mesh[152]
    wrist = off(chin, 0.0, 1.2 * ied(mesh))
    lips = mesh[list(lm.MOUTH_CORNERS)]
    tips = [lips[0] + (lips[1] - lips[0]) * t for t in np.linspace(0, 1, 5)]
    assert covered_region(hand(wrist, tips), 0.45, mesh, face_box(mesh)) is None


def _pale_fingers_frame(side: int) -> np.ndarray:
    return on_wall((PALE_FINGERS, side, 450, 150))


@pytest.fixture(scope="module")
def still() -> Iterator[QualityEngine]:
    with QualityEngine() as e:
        yield e


def test_a_real_hand_over_the_mouth_is_told_uncover_first(still):
    """An older man's cupped hands over his mouth (FairFace, CC BY 4.0), which the
    occlusion model alone passes (tests/test_real_covers.py): framed at 460 px (2x) the
    landmarker finds his hand reaching past the photo's lower edge, where his arm is."""
    report = still.analyze(_pale_fingers_frame(460))
    assert report.failures[:1] == (Rule.FACE_OBSCURED,), report.failures
    obscured = next(c for c in report.checks if c.rule is Rule.FACE_OBSCURED)
    assert obscured.detail == "a hand over the mouth"
    assert report.extras["hand.score"] >= 0.5


def test_live_video_looks_for_hands_four_times_a_second_and_carries_the_answer(mesh):
    covered = cv2.cvtColor(_pale_fingers_frame(460), cv2.COLOR_BGR2RGB)
    empty = np.full_like(covered, 128)
    models = FaceModels(streaming=False)
    try:
        face, _ = models.analyse(covered)
    finally:
        models.close()
    assert face is not None
    points = face.points.astype(np.float64)
    box = face_box(points)
    check = HandCheck(bundled_models().hand_landmarker, streaming=True)
    try:
        assert check.over_face(covered, points, box, now_ms=0.0) is not None
        # 100 ms later the same answer stands, without a look (the hand is still there)
        assert check.over_face(empty, points, box, now_ms=100.0) is not None
        assert check.looks == 1
        # 250 ms after the last look: a new one, which sees no hand
        assert check.over_face(empty, points, box, now_ms=260.0) is None
        assert check.looks == 2
        # 30 frames a second for one second: three or four looks, not thirty
        for frame in range(1, 31):
            check.over_face(empty, points, box, now_ms=260.0 + frame * 33.3)
        assert check.looks - 2 in (3, 4)
        # The person left: the next face is looked at at once, and its hand seen
        looks = check.looks
        check.forget()
        assert check.over_face(covered, points, box, now_ms=1270.0) is not None
        assert check.looks == looks + 1
    finally:
        check.close()


def test_a_still_frame_is_always_looked_at():
    check = HandCheck(bundled_models().hand_landmarker, streaming=False)
    frame = np.full((720, 1280, 3), 128, np.uint8)
    mesh = np.zeros((478, 2))
    try:
        for _ in range(3):
            check.over_face(frame, mesh, (0.0, 0.0, 10.0, 10.0), now_ms=0.0)
        assert check.looks == 3
    finally:
        check.close()


def test_a_face_the_occlusion_model_has_no_doubt_about_is_spared_the_look(still):
    """Most good selfies: the 40 ms hand look is paid only where the occlusion model had
    a doubt (engine.HAND_LOOK_FROM)."""
    before = still.hand_looks
    report = still.analyze(on_wall((DATA / "covered" / "fairface_val_4268.jpg", 380, 450, 170)))
    assert report.passed, report.failures
    assert report.extras["occlusion.any"] < 0.15
    assert still.hand_looks == before


def test_the_bundled_hand_model_is_the_wheels_two_files_as_make_models_zips_them():
    """`make models` re-derives hand_landmarker.task from the mediapipe wheel's palm and
    hand models: zipping the bundled file's own members again gives it byte for byte, so
    the sha256 in SHA256SUMS is reproducible from the two files NOTICE names."""
    import zipfile

    from scripts.fetch_models import task_bundle

    path = bundled_models().hand_landmarker
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    assert list(members) == ["hand_detector.tflite", "hand_landmarks_detector.tflite"]
    assert task_bundle(members) == path.read_bytes()
