"""Head pose from MediaPipe's facial transformation matrix."""

from __future__ import annotations

import math

import numpy as np


def pose_from_matrix(matrix: np.ndarray, pitch_offset_deg: float) -> tuple[float, float, float]:
    """(yaw, pitch, roll) in degrees. The matrix maps the canonical face (y up) into camera
    space; frontal faces read a few degrees of pitch, removed by ``pitch_offset_deg``."""
    r = matrix[:3, :3]
    pitch = math.degrees(math.atan2(r[2, 1], r[2, 2])) - pitch_offset_deg
    yaw = math.degrees(math.atan2(-r[2, 0], math.hypot(r[0, 0], r[1, 0])))
    roll = math.degrees(math.atan2(r[1, 0], r[0, 0]))
    return yaw, pitch, roll


def roll_from_eyes(right_eye: tuple[float, float], left_eye: tuple[float, float]) -> float:
    """In-plane tilt from the eye line (image y down): + means clockwise on screen."""
    dx = left_eye[0] - right_eye[0]
    dy = left_eye[1] - right_eye[1]
    return math.degrees(math.atan2(dy, dx))
