"""The learned occlusion measure: its input crop, the bundled model, and how the verdict
uses it (precedence, light on visible skin, size of a turned head)."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.quality.engine import QualityEngine
from kiosk.quality.face_crop import (
    _CANONICAL,
    CROP_SIZE,
    aligned_face,
    anchor_points,
    similarity,
)
from kiosk.quality.models import bundled_models
from kiosk.quality.occlusion_model import OcclusionModel
from kiosk.quality.rules import PRECEDENCE, Rule
from kiosk.quality.thresholds import QualityThresholds
from tests import framegen as fg

LIMIT = QualityThresholds().max_occlusion_score


def _landmarks(engine: QualityEngine, frame: np.ndarray) -> np.ndarray:
    import cv2

    face, *_ = engine._find_face(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB), None)
    assert face is not None
    return face.points


def test_similarity_maps_points_exactly_when_they_are_similar():
    src = np.array([[10, 20], [50, 22], [31, 60]], np.float32)
    angle, scale, shift = np.radians(12), 1.7, np.array([5.0, -3.0])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    dst = (src @ rot.T) * scale + shift
    m = similarity(src, dst.astype(np.float32))
    mapped = np.c_[src, np.ones(3)] @ m.T
    assert np.allclose(mapped, dst, atol=1e-3)


@pytest.mark.parametrize("name", ["obama.jpg", "grace_hopper.jpg"])
def test_the_crop_puts_eyes_and_mouth_at_fixed_places_whatever_size_and_roll(engine, name):
    crops = []
    for frame in (
        fg.compose(name, (1280, 720), 0.6),
        fg.compose(name, (640, 480), 0.25),
        fg.rotate(fg.good(name), 12),
    ):
        pts = _landmarks(engine, frame)
        crop = aligned_face(frame, pts)
        assert crop.shape == (CROP_SIZE, CROP_SIZE, 3)
        # Eyes and mouth land within 2 px of their fixed places in the crop.
        m = similarity(anchor_points(pts), _CANONICAL * CROP_SIZE)
        mapped = np.c_[anchor_points(pts), np.ones(3)] @ m.T
        assert np.abs(mapped - _CANONICAL * CROP_SIZE).max() < 2.0
        crops.append(crop.astype(np.float32).mean(axis=2))
    # The same face at three sizes and a roll gives nearly the same crop.
    for other in crops[1:]:
        corr = np.corrcoef(crops[0].ravel(), other.ravel())[0, 1]
        assert corr > 0.85, corr


def test_the_bundled_model_sees_uncovered_real_faces_as_visible(engine):
    model = OcclusionModel(bundled_models().occlusion)
    for name in fg.ALL_PHOTOS:
        frame = fg.good(name)
        cov = model.coverage(frame, _landmarks(engine, frame))
        assert cov.score <= LIMIT, (name, cov)


@pytest.mark.parametrize("cover", sorted(fg.COVERS))
def test_the_model_names_the_covered_part(engine, cover):
    model = OcclusionModel(bundled_models().occlusion)
    frame = fg.COVERS[cover](fg.good("obama.jpg"), "obama.jpg")
    cov = model.coverage(frame, _landmarks(engine, frame))
    assert cov.score > LIMIT, (cover, cov)
    if cover in ("white_mask", "blue_mask", "hand", "scarf"):
        assert cov.region == "lower face", cov
    if cover in ("sunglasses", "eye_bar"):
        assert cov.region == "eyes", cov


def test_a_cover_is_reported_before_pose_and_light():
    after = PRECEDENCE[PRECEDENCE.index(Rule.FACE_OBSCURED) + 1 :]
    assert {Rule.FACE_ANGLE, Rule.TOO_DARK, Rule.TOO_BRIGHT} <= set(after)


def test_a_white_mask_is_a_cover_not_over_exposure(engine):
    frame = fg.COVERS["white_mask"](fg.good("obama.jpg"), "obama.jpg")
    r = engine.analyze(frame)
    assert r.failures[0] is Rule.FACE_OBSCURED
    assert Rule.TOO_BRIGHT not in r.failures, r.checks


def test_keypoints_of_a_frontal_face_do_not_look_turned(engine):
    import cv2

    rgb = cv2.cvtColor(fg.good("obama.jpg"), cv2.COLOR_BGR2RGB)
    _, dets = engine._models.analyse(rgb, None)
    main = max(dets, key=lambda d: d.score)
    assert len(main.keypoints) == 6
    assert not main.looks_turned() and not main.looks_turned(strict=False)


def test_keypoints_of_a_profile_look_turned():
    from kiosk.quality.detectors import Detection

    # A head in profile facing image-left: the eyes close up, the nose passes the ear.
    profile = Detection(
        100,
        100,
        100,
        100,
        0.7,
        ((130, 140), (142, 140), (105, 165), (125, 185), (175, 150), (170, 150)),
    )
    assert profile.looks_turned()
    frontal = Detection(
        100,
        100,
        100,
        100,
        0.9,
        ((130, 140), (168, 140), (150, 165), (150, 185), (105, 150), (195, 150)),
    )
    assert not frontal.looks_turned()
