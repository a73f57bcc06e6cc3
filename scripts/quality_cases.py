"""The labelled case families used to tune and to check the engine (tests and `make eval`).

Every case is (label, frame): label is the rule that must come first, or "pass".
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from tests import framegen as fg

SIZES = ((1280, 720), (640, 480))


def cases(photos: tuple[str, ...]) -> Iterator[tuple[str, str, np.ndarray]]:
    """Yield (label, description, frame)."""
    for i, name in enumerate(photos):
        other = photos[(i + 1) % len(photos)] if len(photos) > 1 else "grace_hopper.jpg"
        if other == name:
            other = "grace_hopper.jpg" if name != "grace_hopper.jpg" else "obama.jpg"
        for size in SIZES:
            tag = f"{name}@{size[0]}x{size[1]}"
            for fh, c in (
                (0.35, (0.5, 0.45)),
                (0.45, (0.45, 0.5)),
                (0.55, (0.55, 0.48)),
                (0.3, (0.6, 0.42)),
            ):
                yield "pass", f"{tag} good h{fh} c{c}", fg.compose(name, size, fh, c)
            # Below ~0.08 of the frame height (35 px at 480p) faces read "no face": see docs.
            for fh in (0.09, 0.12):
                yield "face_too_small", f"{tag} small h{fh}", fg.compose(name, size, fh)
            w, h = size
            fh = 0.4
            bw = fg.face_box_in(name, size, fh, (0.5, 0.5))[2] / w
            for edge, c in (
                ("left", (bw / 2 + 0.01, 0.5)),
                ("right", (1 - bw / 2 - 0.01, 0.5)),
                ("top", (0.5, fh / 2 + 0.01)),
                ("bottom", (0.5, 1 - fh / 2 - 0.01)),
            ):
                yield "face_near_border", f"{tag} near {edge}", fg.compose(name, size, fh, c)
            for edge, c in (
                ("left", (0.0, 0.5)),
                ("right", (1.0, 0.5)),
                ("top", (0.5, 0.02)),
                ("bottom", (0.5, 0.98)),
                ("left-deep", (-0.02, 0.5)),
            ):
                yield "face_cropped", f"{tag} cut {edge}", fg.compose(name, size, fh, c)
            base = fg.good(name, size)
            # +-35 and 45, not 28: biden.jpg is itself tilted 10.6 degrees, so "rotated 28"
            # was a head tilted 17 degrees, the tilt real good selfies have.
            for deg in (35, -35, 45):
                yield "face_angle", f"{tag} rotated {deg}", fg.rotate(base, deg)
            for fh2, c2 in ((0.3, (0.85, 0.4)), (0.22, (0.15, 0.35))):
                yield (
                    "multiple_faces",
                    f"{tag} second face {fh2}",
                    fg.with_second_face(base, other, fh2, c2),
                )
            for cover, fn in fg.COVERS.items():
                yield "face_obscured", f"{tag} {cover}", fn(base, name)
            yield "too_dark", f"{tag} dark", fg.darken(base)
            yield "too_bright", f"{tag} bright", fg.overexpose(base)
            yield "blurry", f"{tag} blur", fg.blur(base, 0.03, 0.42 * h)
    for s in ("coffee.png", "chelsea.png", "rocket.jpg", "brick.png"):
        for size in SIZES:
            yield "no_face", f"{s}@{size[0]}", fg.scene(s, size)
    yield "no_face", "empty grey", np.full((720, 1280, 3), 110, np.uint8)
