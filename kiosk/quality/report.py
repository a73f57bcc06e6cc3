"""The typed result of analysing one frame."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.quality.rules import SERVICE_MESSAGES, Rule

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class FaceGeometry:
    """The main face, in pixels of the analysed (un-mirrored) frame."""

    box: tuple[float, float, float, float]  # x, y, width, height
    left_eye: Point  # the person's left eye (image right side)
    right_eye: Point  # the person's right eye (image left side)
    ied_px: float  # inter-eye distance, centre to centre
    yaw: float  # degrees, + = person turns to their left
    pitch: float  # degrees, + = chin up, calibrated to 0 for a frontal face
    roll: float  # degrees, + = head tilted towards the person's right shoulder (image clockwise)
    detector_score: float = 0.0
    # False for a detector box without landmarks: no angle or eye distance was measured
    # (the values above are placeholders) and the staff panel shows none.
    measured: bool = True


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """One rule's measurement. ``passed`` is None when it could not be evaluated."""

    rule: Rule
    value: float | None
    threshold: str
    passed: bool | None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class QualityReport:
    width: int
    height: int
    faces: int
    face: FaceGeometry | None
    checks: tuple[RuleCheck, ...]
    failures: tuple[Rule, ...]
    hint: str | None
    brightness: float | None = None
    sharpness: float | None = None
    elapsed_ms: float = 0.0
    frame_id: int = 0
    extras: dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def first_failure(self) -> Rule | None:
        return self.failures[0] if self.failures else None

    @property
    def message(self) -> str | None:
        """The service's exact message for the first failure, when it is a service rule."""
        first = self.first_failure
        if first is None:
            return None
        return SERVICE_MESSAGES.get(first)

    def check(self, rule: Rule) -> RuleCheck | None:
        for c in self.checks:
            if c.rule is rule:
                return c
        return None

    def metrics(self) -> dict[str, float | None]:
        f = self.face
        return {
            "ied_px": _r(f.ied_px) if f else None,
            "yaw": _r(f.yaw) if f else None,
            "pitch": _r(f.pitch) if f else None,
            "roll": _r(f.roll) if f else None,
            "brightness": _r(self.brightness),
            "sharpness": _r(self.sharpness),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "failures": [str(r) for r in self.failures],
            "message": self.message,
            "hint": self.hint,
            "faces": self.faces,
            "metrics": self.metrics(),
            "elapsed_ms": round(self.elapsed_ms, 2),
        }


def _r(v: float | None, nd: int = 2) -> float | None:
    return None if v is None else round(float(v), nd)
