"""Indices into MediaPipe's 478-point face mesh used by the measurements."""

from __future__ import annotations

# Iris centres (refined landmarks). "Right" is the person's right eye: image left.
RIGHT_IRIS = 468
LEFT_IRIS = 473
# Eye corners: outer, inner.
RIGHT_EYE_CORNERS = (33, 133)
LEFT_EYE_CORNERS = (263, 362)
MOUTH_CORNERS = (61, 291)
UPPER_LIP_TOP = 0
LOWER_LIP_BOTTOM = 17
NOSE_BRIDGE = 168
# Between the brows: skin for nearly everyone, below where fringes and hat brims reach.
GLABELLA = 9
RIGHT_CHEEK = 205
LEFT_CHEEK = 425
RIGHT_UPPER_CHEEK = 118
LEFT_UPPER_CHEEK = 347
RIGHT_BROW = 105
LEFT_BROW = 334
