"""Real people of the kiosk's markets pass the on-device check.

The 28 photographs in tests/data/real are FairFace faces (CC BY 4.0, see SOURCES.md) from
the development set's licence-clean part: older people, darker skin, children, a turban,
a headscarf, a knit cap and a fedora, spectacles, moustaches and white beards, in the
light their photographers had. They are framed as a 1280x720 camera would see them by the
same code as `make eval-real` (scripts/real_set.py), and each must pass — or fail only
with the rule a person can follow and that the photo really breaks. Above all, none may be
called covered, too dark or faceless: that is the verdict that turned away honest
customers (issue 7), and the one nobody in front of the kiosk can fix.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.quality.engine import QualityEngine
from kiosk.quality.rules import Rule
from scripts.real_set import Entry, build_frame, load_manifest

REAL = Path(__file__).parent / "data" / "real"

# Looked at by eye: these three really break a rule, and that rule is what they are told.
EXPECTED_FAILURE = {
    "fairface_0455.jpg": Rule.FACE_ANGLE,  # head turned about 30 degrees (three-quarter)
    "fairface_0504.jpg": Rule.FACE_ANGLE,  # head tilted about 30 degrees onto the shoulder
    "fairface_0200.jpg": Rule.BLURRY,  # a small, soft snapshot enlarged twice over
}
NEVER_FOR_A_VISIBLE_FACE = {Rule.FACE_OBSCURED, Rule.TOO_DARK, Rule.NO_FACE, Rule.FACE_TOO_SMALL}


def _photos() -> list[tuple[Path, Entry]]:
    by_sha = {e.sha256: e for e in load_manifest()}
    out = []
    for p in sorted(REAL.glob("*.jpg")):
        entry = by_sha[hashlib.sha256(p.read_bytes()).hexdigest()]
        out.append((p, entry))
    return out


PHOTOS = _photos()


@pytest.fixture(scope="module")
def engine() -> Iterator[QualityEngine]:
    with QualityEngine() as e:
        yield e


def test_the_photos_are_the_manifests_good_selfies() -> None:
    assert len(PHOTOS) == 28
    assert all(e.expect == "pass" and e.licence.startswith("CC BY 4.0") for _, e in PHOTOS)
    groups = {g for _, e in PHOTOS for g in e.subgroups}
    assert {"older", "darker_skin", "young", "eyeglasses", "headscarf", "beard"} <= groups


@pytest.mark.parametrize(("path", "entry"), PHOTOS, ids=[p.name for p, _ in PHOTOS])
def test_a_real_person_passes_or_is_told_what_they_really_do(
    engine: QualityEngine, path: Path, entry: Entry
) -> None:
    img = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    report = engine.analyze(build_frame(entry, img))
    assert not NEVER_FOR_A_VISIBLE_FACE & set(report.failures), (entry.note, report.failures)
    expected = EXPECTED_FAILURE.get(path.name)
    if expected is None:
        assert report.passed, (entry.note, report.failures)
    else:
        assert report.failures[:1] == (expected,), (entry.note, report.failures)
