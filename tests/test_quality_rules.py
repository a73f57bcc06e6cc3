"""Each rule, measured on camera-like frames built from real photographs."""

from __future__ import annotations

import collections

import numpy as np
import pytest

from kiosk.quality.engine import QualityEngine
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from scripts.quality_cases import cases
from tests import framegen as fg

LIGHTING = {"too_dark", "too_bright"}


def _first(engine: QualityEngine, frame: np.ndarray) -> str:
    r = engine.analyze(frame)
    return "pass" if r.passed else str(r.failures[0])


@pytest.mark.parametrize("name", fg.ALL_PHOTOS)
@pytest.mark.parametrize("size", [(1280, 720), (640, 480)])
def test_well_placed_faces_pass_every_check(engine, name, size):
    r = engine.analyze(fg.good(name, size))
    assert r.passed, (r.failures, r.checks)
    assert r.faces == 1
    assert r.message is None and r.hint is None


@pytest.mark.parametrize(
    ("photos", "webcam"),
    [(fg.TUNING_PHOTOS, False), (fg.HOLDOUT_PHOTOS, False), (fg.HOLDOUT_PHOTOS, True)],
    ids=["tuning", "holdout", "holdout-webcam-noise"],
)
def test_every_rule_is_caught_first_on_nine_in_ten_frames(engine, photos, webcam):
    """The families of tests/framegen (scaled, shifted, cut, rotated, covered, second face,
    dark, bright, blurred, scenes) on photos used for tuning and on photos kept apart, the
    latter also through a webcam's colour cast, noise and JPEG compression."""
    hits: dict[str, list[bool]] = collections.defaultdict(list)
    misses = []
    for i, (label, desc, clean) in enumerate(cases(photos)):
        frame = fg.camera_like(clean, i) if webcam else clean
        r = engine.analyze(frame)
        got = "pass" if r.passed else str(r.failures[0])
        ok = got == label or (label in LIGHTING and label in r.failures)
        hits[label].append(ok)
        if not ok:
            misses.append(f"{desc}: wanted {label}, got {got}")
    assert all(hits["pass"]), misses  # a good frame must never be refused
    for label, results in hits.items():
        assert sum(results) / len(results) >= 0.9, (label, misses)


def test_a_far_away_face_is_too_small_not_missing(engine):
    r = engine.analyze(fg.compose("obama.jpg", (1280, 720), face_height=0.11))
    assert r.failures[0] is Rule.FACE_TOO_SMALL
    assert r.hint == "Move closer"
    assert r.message == SERVICE_MESSAGES[Rule.FACE_TOO_SMALL]


def test_a_bystander_means_only_one_person_please(engine):
    frame = fg.with_second_face(fg.good("obama.jpg"), "grace_hopper.jpg", 0.22, (0.87, 0.35))
    r = engine.analyze(frame)
    assert r.faces == 2
    assert r.failures[0] is Rule.MULTIPLE_FACES
    assert r.hint == "Only one person, please"


@pytest.mark.parametrize(
    ("main", "other", "height"),
    [
        ("grace_hopper.jpg", "biden.jpg", 0.35),
        ("biden.jpg", "obama.jpg", 0.25),
        ("astronaut.png", "obama3.jpg", 0.25),
    ],
)
def test_a_second_person_cheek_to_cheek_is_counted(engine, main, other, height):
    # Real couples and friends lean their heads together; the second face's box then
    # overlaps the main one and its landmark look used to land on the main face again.
    frame = fg.with_second_face(fg.good(main), other, height, (0.62, 0.4))
    r = engine.analyze(frame)
    assert r.faces == 2, (main, other)
    assert r.failures[0] is Rule.MULTIPLE_FACES


@pytest.mark.parametrize("cover", sorted(fg.COVERS))
def test_covered_faces_are_obscured_although_landmarks_come_back(engine, cover):
    frame = fg.COVERS[cover](fg.good("grace_hopper.jpg"), "grace_hopper.jpg")
    r = engine.analyze(frame)
    assert r.failures and r.failures[0] is Rule.FACE_OBSCURED, (cover, r.failures, r.extras)
    assert r.hint == "Uncover your face"


def test_glasses_and_a_smile_are_not_a_cover(engine):
    # Grace Hopper wears glasses; Obama smiles with teeth showing.
    for name in ("grace_hopper.jpg", "obama.jpg"):
        check = engine.analyze(fg.good(name)).check(Rule.FACE_OBSCURED)
        assert check is not None and check.passed is True


@pytest.mark.parametrize(
    ("centre", "hint"),
    [((0.1, 0.5), "Move a little to your left"), ((0.9, 0.5), "Move a little to your right")],
)
def test_border_guidance_uses_the_persons_own_left_and_right(engine, centre, hint):
    # Near the image's left edge = on the person's right: they must move to their left.
    r = engine.analyze(fg.compose("obama.jpg", (1280, 720), 0.4, centre))
    assert r.failures[0] in (Rule.FACE_NEAR_BORDER, Rule.FACE_CROPPED)
    assert r.hint == hint


def test_a_face_filling_the_frame_is_told_to_move_back(engine):
    r = engine.analyze(fg.compose("obama.jpg", (640, 480), 0.95, (0.5, 0.5)))
    assert r.failures[0] in (Rule.FACE_CROPPED, Rule.FACE_NEAR_BORDER)
    assert r.hint == "Move back a little"


def test_a_half_cut_face_is_cropped_not_missing(engine):
    r = engine.analyze(fg.compose("obama.jpg", (1280, 720), 0.4, (0.0, 0.5)))
    assert r.failures[0] is Rule.FACE_CROPPED
    assert r.message == SERVICE_MESSAGES[Rule.FACE_CROPPED]


def test_a_tilted_head_is_told_to_keep_straight(engine):
    r = engine.analyze(fg.rotate(fg.good("obama.jpg"), 35))
    assert r.failures[0] is Rule.FACE_ANGLE
    assert r.face is not None and abs(r.face.roll) > 25
    assert r.hint == "Keep your head straight"


def test_rotation_moves_roll_by_the_same_angle(engine):
    base = engine.analyze(fg.good("obama.jpg")).face
    turned = engine.analyze(fg.rotate(fg.good("obama.jpg"), 10)).face
    assert base is not None and turned is not None
    assert abs(abs(turned.roll - base.roll) - 10) < 2.5


def test_dark_bright_and_blurred_frames_get_their_own_guidance(engine):
    base = fg.good("grace_hopper.jpg")
    dark = engine.analyze(fg.darken(base))
    assert Rule.TOO_DARK in dark.failures and dark.hint == "More light, please"
    blurred = engine.analyze(fg.blur(base, 0.03, 300))
    assert blurred.failures[0] is Rule.BLURRY and blurred.hint == "Hold still"


def _flash(img: np.ndarray, strength: float) -> np.ndarray:
    """A strong flash or studio light: mid-tones lifted towards white along a smooth
    curve, so skin gets very bright while only what was already white reaches 255."""
    x = img.astype(np.float32) / 255.0
    return np.clip(255.0 * (1.0 - (1.0 - x) ** strength), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("name", ["biden.jpg", "obama3.jpg"])
def test_a_brightly_lit_face_with_its_detail_kept_passes(engine, name):
    """Pale skin under a flash reads 236-240 with nothing burnt out, like a real
    passport-style photo of the development set that the old 230 limit refused; the same
    face pushed until the skin is white is still too bright."""
    base = fg.good(name)
    lit = engine.analyze(_flash(base, 5))
    bright = next(c for c in lit.checks if c.rule is Rule.TOO_BRIGHT)
    assert 233 <= bright.value <= 243, bright
    assert lit.passed, (lit.failures, bright)
    burnt = engine.analyze(_flash(base, 8))
    assert Rule.TOO_BRIGHT in burnt.failures and burnt.hint.startswith("Too bright")


@pytest.mark.parametrize("name", ["obama.jpg", "grace_hopper.jpg", "biden.jpg"])
def test_a_shine_between_the_eyes_is_not_over_exposure(engine, name):
    """An office light on a shiny forehead burns out the skin between the eyes while the
    cheeks keep their detail (a real webcam capture of the development set read 30% of
    its skin patches clipped): the face is not too bright. Clipping both is."""
    base = fg.good(name)
    face = engine.analyze(base).face
    assert face is not None
    (lx, ly), (rx, ry) = face.left_eye, face.right_eye
    cx, cy, ied = (lx + rx) / 2, (ly + ry) / 2, float(np.hypot(lx - rx, ly - ry))
    yy, xx = np.mgrid[0 : base.shape[0], 0 : base.shape[1]].astype(np.float32)
    # A highlight from the brow line down the nose bridge, a third of the eye distance wide.
    spot = np.exp(-(((xx - cx) / (0.22 * ied)) ** 2) - (((yy - cy) / (0.35 * ied)) ** 2))
    shone = np.clip(base + 400.0 * spot[..., None], 0, 255).astype(np.uint8)
    r = engine.analyze(shone)
    assert Rule.TOO_BRIGHT not in r.failures, [c for c in r.checks if c.rule is Rule.TOO_BRIGHT]
    assert engine.analyze(fg.overexpose(base)).failures[:1] == (Rule.TOO_BRIGHT,)


@pytest.mark.parametrize("scene", ["coffee.png", "chelsea.png", "rocket.jpg", "brick.png"])
def test_scenes_without_a_person_have_no_face(engine, scene):
    r = engine.analyze(fg.scene(scene))
    assert r.failures[0] is Rule.NO_FACE and r.faces == 0
    assert r.message == SERVICE_MESSAGES[Rule.NO_FACE]


def test_webcam_noise_in_a_dark_empty_room_grows_no_face(engine):
    # Brightened for detection, a dark scene's sensor noise scores 0.3 as a face and the
    # landmarker fits a tiny mesh to it: that is "no face", not "move closer".
    base = fg.scene("rocket.jpg")
    verdicts = [engine.analyze(fg.camera_like(base, i)) for i in range(30)]
    wrong = [i for i, r in enumerate(verdicts) if r.faces or r.failures[0] is not Rule.NO_FACE]
    assert not wrong, wrong


def test_report_carries_geometry_metrics_and_every_rule(engine):
    r = engine.analyze(fg.good("obama.jpg"))
    assert r.face is not None
    x, y, w, h = r.face.box
    assert 0 < x < 1280 and 0 < y < 720 and w > 100 and h > 200
    assert 80 < r.face.ied_px < 200
    # The person's right eye is on the image's left.
    assert r.face.right_eye[0] < r.face.left_eye[0]
    rules = {c.rule for c in r.checks}
    assert set(SERVICE_MESSAGES) <= rules | {Rule.NO_FACE}
    assert {Rule.TOO_DARK, Rule.TOO_BRIGHT, Rule.BLURRY} <= rules
    j = r.to_json()
    assert set(j["metrics"]) == {"ied_px", "yaw", "pitch", "roll", "brightness", "sharpness"}
    assert j["elapsed_ms"] > 0


def test_streaming_mode_gives_the_same_verdicts_as_still_mode(engine):
    frames = [
        fg.good("obama.jpg"),
        fg.compose("obama.jpg", (1280, 720), 0.1),
        fg.COVERS["white_mask"](fg.good("obama.jpg"), "obama.jpg"),
        fg.scene("coffee.png"),
        fg.good("obama.jpg"),
    ]
    with QualityEngine(streaming=True) as live:
        for i, f in enumerate(frames):
            live_r = live.analyze(f, timestamp_ms=i * 33, frame_id=i)
            still_r = engine.analyze(f)
            assert live_r.frame_id == i
            assert live_r.failures[:1] == still_r.failures[:1]


def test_streaming_mode_tolerates_repeated_timestamps():
    with QualityEngine(streaming=True) as live:
        f = fg.good("obama.jpg", (640, 480))
        assert live.analyze(f, timestamp_ms=5).passed
        assert live.analyze(f, timestamp_ms=5).passed  # made strictly increasing


def test_grayscale_and_rgba_photos_are_analysed(engine):
    import cv2

    gray = cv2.cvtColor(fg.good("obama.jpg"), cv2.COLOR_BGR2GRAY)
    assert engine.analyze(gray).faces == 1
    rgba = cv2.cvtColor(fg.good("obama.jpg"), cv2.COLOR_BGR2BGRA)
    assert engine.analyze(rgba).passed
