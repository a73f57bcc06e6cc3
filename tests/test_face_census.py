"""A second person the full-range BlazeFace does not see at all is still counted.

The frame: a real boy at the kiosk and, beside him, a real smiling man with glasses,
somewhat further back (tests/data/SOURCES.md, FairFace, CC BY 4.0). BlazeFace gives no
box on the man, so nothing could confirm him; YuNet's count (kiosk.quality.census) does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.quality import census
from kiosk.quality.engine import QualityEngine
from kiosk.quality.last_look import LastLookDetector
from kiosk.quality.models import bundled_models
from kiosk.quality.rules import Rule
from tests.framegen import on_wall

REAL = Path(__file__).parent / "data" / "real"


def _frame(with_second: bool) -> np.ndarray:
    main = (REAL / "fairface_0045.jpg", 400, 200, 280)
    if not with_second:
        return on_wall(main)
    return on_wall(main, (REAL / "fairface_0321.jpg", 280, 660, 400))


@pytest.fixture(scope="module")
def still() -> Iterator[QualityEngine]:
    with QualityEngine() as e:
        yield e


def test_blazeface_gives_no_box_on_the_second_person(still: QualityEngine) -> None:
    rgb = cv2.cvtColor(_frame(True), cv2.COLOR_BGR2RGB)
    _, boxes = still._models.analyse(rgb, None)
    assert not [d for d in boxes if d.x + d.w / 2 > 640]  # what makes this frame hard


def test_a_second_person_blazeface_misses_is_counted(still: QualityEngine) -> None:
    alone = still.analyze(_frame(False))
    assert alone.passed, alone.failures
    both = still.analyze(_frame(True))
    assert both.failures[:1] == (Rule.MULTIPLE_FACES,)
    assert both.faces == 2


def test_on_live_video_the_count_follows_within_a_few_frames() -> None:
    """Streaming: YuNet looks at one frame in census.EVERY, so a person stepping in is
    counted within that many frames and the count clears as soon after they leave."""
    with QualityEngine(streaming=True) as live:
        t = 0

        def verdicts(with_second: bool, n: int) -> list[bool]:
            nonlocal t
            out = []
            for _ in range(n):
                t += 33
                r = live.analyze(_frame(with_second), timestamp_ms=t)
                out.append(Rule.MULTIPLE_FACES in r.failures)
            return out

        assert not any(verdicts(False, 8))
        stepped_in = verdicts(True, 3 * census.EVERY)
        assert all(stepped_in[census.EVERY :]), stepped_in  # counted, and stays counted
        left = verdicts(False, 3 * census.EVERY)
        assert not any(left[census.EVERY :]), left


def _standing_back() -> np.ndarray:
    """Three real people a step back, their faces about a seventh of the frame high."""
    names = ("fairface_0045.jpg", "fairface_0321.jpg", "fairface_0108.jpg")
    frame = on_wall(*((REAL / n, 140, 380 + k * 220, 300 + k * 15) for k, n in enumerate(names)))
    return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)


def test_people_standing_back_are_counted_by_a_closer_look() -> None:
    """When the main face is small, the other people are small too: at YuNet's usual 320
    pixels they are unsure faces, at the census's closer look sure ones."""
    detector = LastLookDetector(bundled_models().last_look_detector)
    count = census.FaceCensus(detector, streaming=False)
    rgb = _standing_back()
    assert count.boxes(rgb, someone=True, small=False) == []  # what makes this frame hard
    assert len(count.boxes(rgb, someone=True, small=True)) == 3
