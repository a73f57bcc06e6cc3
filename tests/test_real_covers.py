"""Real uncovered faces pass — older faces with white beards, and the young faces an
earlier model refused; real sunglasses, a real hand and real things at the mouth are told
"uncover your face" first.

FairFace photos (tests/data/SOURCES.md, CC BY 4.0), each framed as a camera would see a
person at the kiosk. The `val_` photos were never trained on (FairFace's validation
images outside every label file); the two hands over the mouth are among the occlusion
model's training covers (eval/occlusion/older_labels.json): they guard against a
retrained model that loses real hands again, and one of them it still misses (a known
limit, docs/quality-rules.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from kiosk.quality.engine import QualityEngine
from kiosk.quality.rules import Rule
from tests.framegen import on_wall

COVERED = Path(__file__).parent / "data" / "covered"
UNCOVERED = {
    "fairface_val_193.jpg": "grey beard, keffiyeh",
    "fairface_val_3418.jpg": "white beard, cap",
    "fairface_val_3631.jpg": "white moustache, glasses, cap, dark skin",
    "fairface_val_4268.jpg": "white beard, smiling",
    # Refused by the model bundled until 2026-12-02 (0.60-0.70 for the lower face).
    "fairface_val_4283.jpg": "boy, fingers at the cheek, not over the mouth",
    "fairface_val_346.jpg": "smiling boy",
    "fairface_val_2811.jpg": "smiling woman, scarf at the neck",
}
COVERS = {
    "fairface_val_1091.jpg": "white-framed sunglasses",
    "fairface_val_2157.jpg": "dark sunglasses over a white beard",
    "fairface_train_1441.jpg": "a hand with a cigarette over the mouth",
    "fairface_val_2666.jpg": "a microphone held over half the mouth",
    "fairface_val_2679.jpg": "a cake held in the mouth",
}


def _framed(name: str) -> np.ndarray:
    """The 224-pixel photo at 380 pixels (1.7x) on a plain wall, where a person stands."""
    return on_wall((COVERED / name, 380, 450, 170))


@pytest.fixture(scope="module")
def still() -> Iterator[QualityEngine]:
    with QualityEngine() as e:
        yield e


@pytest.mark.parametrize("name", sorted(UNCOVERED))
def test_a_real_uncovered_face_is_not_called_covered(still: QualityEngine, name: str) -> None:
    report = still.analyze(_framed(name))
    assert report.faces == 1
    assert Rule.FACE_OBSCURED not in report.failures, (UNCOVERED[name], report.failures)


@pytest.mark.parametrize("name", sorted(COVERS))
def test_a_real_cover_is_told_first(still: QualityEngine, name: str) -> None:
    report = still.analyze(_framed(name))
    assert report.failures[:1] == (Rule.FACE_OBSCURED,), (COVERS[name], report.failures)


@pytest.mark.xfail(strict=True, reason="known limit: pale fingers over a pale face's mouth")
def test_pale_fingers_over_the_mouth_are_still_missed(still: QualityEngine) -> None:
    """Strict: the day a model catches this hand, this test says so and the limit in
    docs/quality-rules.md is to be struck. At this framing the hand landmarker puts the
    hand's wrist on the chin (the arm is outside the tight photo) and so declines it;
    framed larger, where its wrist falls below the face, it is caught
    (tests/test_hand_cover.py)."""
    report = still.analyze(_framed("fairface_train_24630.jpg"))
    assert report.failures[:1] == (Rule.FACE_OBSCURED,), report.failures
