"""A head turned away from the camera is told to face it, not that nobody is there or
that it is covered.

MediaPipe's models often find no face in profile, or a box they cannot fit a mesh to
(which alone reads "covered"); the YuNet last look (kiosk.quality.last_look) then looks,
and its keypoints say whether the head is turned. The five photos are real FairFace
heads turned away (tests/data/SOURCES.md), framed as a 1280x720 camera would see a
person standing at the kiosk.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.quality.engine import QualityEngine
from kiosk.quality.last_look import LastLookDetector
from kiosk.quality.models import bundled_models
from kiosk.quality.rules import Rule
from tests import framegen as fg

TURNED = sorted((Path(__file__).parent / "data" / "turned").glob("*.jpg"))


def _framed(path: Path) -> np.ndarray:
    """The 448-px photo at 0.6 of a 1280x720 frame's height (the head ~0.4), on a wall."""
    return fg.on_wall((path, 430, (1280 - 430) // 2, 150))


@pytest.fixture(scope="module")
def engine() -> Iterator[QualityEngine]:
    with QualityEngine() as e:
        yield e


def test_there_are_real_profiles_to_judge() -> None:
    assert len(TURNED) == 5


@pytest.mark.parametrize("path", TURNED, ids=[p.name for p in TURNED])
def test_a_head_in_profile_is_asked_to_face_the_camera(engine: QualityEngine, path: Path) -> None:
    report = engine.analyze(_framed(path))
    assert report.failures[:1] == (Rule.FACE_ANGLE,), report.failures
    assert report.hint == "Face the camera"  # not "Keep your head straight"
    assert Rule.NO_FACE not in report.failures and Rule.FACE_OBSCURED not in report.failures
    assert report.face is not None  # the box is shown around the head


@pytest.mark.parametrize("path", TURNED, ids=[p.name for p in TURNED])
def test_the_finder_sees_each_profile(path: Path) -> None:
    finder = LastLookDetector(bundled_models().last_look_detector)
    found = finder.find(cv2.cvtColor(_framed(path), cv2.COLOR_BGR2RGB))
    assert found is not None and found.turned and found.looks_turned()
    assert 400 < found.x + found.w / 2 < 880 and 150 < found.y + found.h / 2 < 580


def test_the_last_look_marks_frontal_faces_not_turned_and_finds_nothing_in_scenes() -> None:
    finder = LastLookDetector(bundled_models().last_look_detector)
    for name in fg.ALL_PHOTOS:
        found = finder.find(cv2.cvtColor(fg.good(name), cv2.COLOR_BGR2RGB))
        assert found is not None and not found.turned, name
    for scene in ("coffee.png", "chelsea.png", "rocket.jpg", "brick.png"):
        rgb = cv2.cvtColor(fg.scene(scene, (1280, 720)), cv2.COLOR_BGR2RGB)
        assert finder.find(rgb) is None, scene
    assert finder.find(np.zeros((0, 0, 3), np.uint8)) is None


def test_an_empty_scene_is_still_no_face(engine: QualityEngine) -> None:
    for scene in ("coffee.png", "chelsea.png", "rocket.jpg", "brick.png"):
        report = engine.analyze(fg.scene(scene, (1280, 720)))
        assert report.failures[:1] == (Rule.NO_FACE,), (scene, report.failures)


def test_a_frontal_face_both_mediapipe_detectors_miss_is_judged_not_faceless(
    engine: QualityEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A masked face under a cap can be missed by both MediaPipe detectors (real set: 3
    of 101 masks). Their misses are forced here on a real portrait (MediaPipe finds it
    otherwise); the last look's frontal box plus a mesh fitted inside it then carries
    the judgement, and the face is analysed like any other."""
    monkeypatch.setattr(engine._models, "analyse", lambda rgb, ts: (None, []))
    monkeypatch.setattr(engine._models, "analyse_mirrored", lambda rgb: (None, []))
    report = engine.analyze(fg.good("obama.jpg"))
    assert report.passed, report.failures
    assert report.face is not None and report.face.detector_score >= 0.75
    # Without a mesh in the box (nothing a face could be fitted to) it stays "no face".
    monkeypatch.setattr(engine._models, "landmarks_in_crop", lambda rgb, box: None)
    assert engine.analyze(fg.good("obama.jpg")).failures[:1] == (Rule.NO_FACE,)


def test_the_staff_panel_shows_no_made_up_angles_for_a_box_without_landmarks(
    engine: QualityEngine, qtbot
) -> None:
    """A turned head found only as a box has no measured yaw, pitch, roll or eye distance:
    staff see "–", not "+0° +0° +0°" (a frontal face's reading)."""
    from kiosk.ui.staff_panel import StaffPanel

    panel = StaffPanel()
    qtbot.addWidget(panel)
    turned = engine.analyze(_framed(TURNED[0]))
    assert turned.face is not None and not turned.face.measured
    panel.update_metrics(turned, 30.0, 30.0)
    assert panel.metric_values["pose"].text() == "–"
    assert panel.metric_values["size"].text() == "–"
    frontal = engine.analyze(fg.good("obama.jpg"))
    assert frontal.face is not None and frontal.face.measured
    panel.update_metrics(frontal, 30.0, 30.0)
    assert "°" in panel.metric_values["pose"].text()
    assert panel.metric_values["size"].text().endswith(" px")


REAL = sorted((Path(__file__).parent / "data" / "real").glob("*.jpg"))[:6]


def _side_by_side(front: Path, turned: Path) -> np.ndarray:
    """Two people next to each other before the kiosk: a frontal face and, beside it,
    someone in profile (each photo 400 px, 40 px apart, on a wall)."""
    side, gap = 400, 40
    x0, y0 = (1280 - 2 * side - gap) // 2, 720 - side - 40
    return fg.on_wall((front, side, x0, y0), (turned, side, x0 + side + gap, y0))


def test_a_second_person_in_profile_is_counted(engine: QualityEngine) -> None:
    """The landmarker cannot fit a profile, so a bystander turned away was confirmed by
    nothing and the frame passed (5 of these 30 pairings did); YuNet confirms the box."""
    missed = [
        f"{front.name}+{turned.name}"
        for front in REAL
        for turned in TURNED
        if engine.analyze(_side_by_side(front, turned)).failures[:1] != (Rule.MULTIPLE_FACES,)
    ]
    assert not missed


def test_a_head_turned_40_degrees_is_not_told_to_uncover(engine: QualityEngine) -> None:
    """Turned this far, the far eye is behind the nose; the occlusion model reads that as a
    covered eye (0.43 here), so beyond 40 degrees only the lower face is judged for cover.
    A real FairFace three-quarter view (tests/data/SOURCES.md)."""
    path = Path(__file__).parent / "data" / "three_quarter" / "fairface_0523.jpg"
    report = engine.analyze(_framed(path))
    assert report.failures[:1] == (Rule.FACE_ANGLE,), report.failures
    assert report.hint == "Face the camera"
