"""Hand-built quality reports and service answers for tests that need no engine, and
stand-ins for the camera, the engine and the service where a test runs none of them."""

from __future__ import annotations

from typing import NoReturn

import numpy as np

from kiosk.flow import Outcome, SubmitResult
from kiosk.quality.report import FaceGeometry, QualityReport, RuleCheck
from kiosk.quality.rules import DEFAULT_HINTS, PRECEDENCE, Rule


def face_geometry(x: float = 540, y: float = 220, w: float = 200, h: float = 260) -> FaceGeometry:
    cx, cy = x + w / 2, y + h * 0.4
    return FaceGeometry(
        box=(x, y, w, h),
        left_eye=(cx + w * 0.2, cy),
        right_eye=(cx - w * 0.2, cy),
        ied_px=w * 0.4,
        yaw=1.0,
        pitch=-2.0,
        roll=0.5,
    )


def report(
    *failures: Rule,
    frame_id: int = 1,
    faces: int | None = None,
    sharpness: float = 100.0,
    width: int = 1280,
    height: int = 720,
) -> QualityReport:
    """A report failing exactly ``failures`` (ordered by precedence); none = a good frame."""
    ordered = tuple(r for r in PRECEDENCE if r in failures)
    if faces is None:
        faces = 0 if Rule.NO_FACE in ordered else 2 if Rule.MULTIPLE_FACES in ordered else 1
    checks = tuple(RuleCheck(r, 0.0, "", r not in ordered) for r in PRECEDENCE)
    return QualityReport(
        width=width,
        height=height,
        faces=faces,
        face=face_geometry() if faces else None,
        checks=checks,
        failures=ordered,
        hint=DEFAULT_HINTS[ordered[0]] if ordered else None,
        brightness=120.0,
        sharpness=sharpness,
        elapsed_ms=21.0,
        frame_id=frame_id,
    )


def answer(outcome: Outcome, **kw: object) -> SubmitResult:
    return SubmitResult(outcome=outcome, **kw)  # type: ignore[arg-type]


class IdleSource:
    """A camera for a controller that is never started."""

    description = "idle"
    fps = 30.0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        raise AssertionError("not started")

    def close(self) -> None: ...


class NoService:
    """The service, where nothing may be submitted."""

    label = "sandbox"
    is_sandbox = True

    def submit(
        self, frame_bgr: np.ndarray, operator_ref: str | None, cancel: object
    ) -> SubmitResult:
        raise AssertionError("nothing is submitted here")

    def close(self) -> None: ...


def no_engine() -> NoReturn:
    raise AssertionError("no analysis runs here")
