"""`make bench`: cost of the full on-device verdict against the bare FaceLandmarker call.

Both are measured in the same run on the same camera-like frames built from real photos,
so the ratio holds across machines. The app's own rates (fps shown, analyses/s, GUI stalls)
come from scripts/bench_app.py when it is present; its CPU use idle and streaming (% of one
core) and the time to a face's first guidance from scripts/bench_cpu.py.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable

import cv2
import mediapipe as mp
import numpy as np
from mediapipe.tasks.python import BaseOptions, vision

from kiosk.quality.engine import QualityEngine
from kiosk.quality.models import bundled_models
from kiosk.quality.native_log import native_stderr_silenced, route_native_stderr_to_null
from tests import framegen as fg

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))


def _frames(size: tuple[int, int]) -> list[np.ndarray]:
    # Each person stands for 20 frames, moving a little, as in front of the kiosk.
    frames = []
    for name in fg.ALL_PHOTOS:
        for i in range(20):
            frames.append(
                fg.compose(
                    name,
                    size,
                    0.42 + 0.002 * (i % 5),
                    (0.5 + 0.002 * (i % 7), 0.46 + 0.001 * (i % 3)),
                )
            )
    return frames


def _bare(streaming: bool) -> vision.FaceLandmarker:
    opts = vision.FaceLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(bundled_models().landmarker)),
        running_mode=vision.RunningMode.VIDEO if streaming else vision.RunningMode.IMAGE,
        num_faces=1,
        output_face_blendshapes=True,
        output_facial_transformation_matrixes=True,
    )
    with native_stderr_silenced():
        return vision.FaceLandmarker.create_from_options(opts)


def _time(fn: Callable[[int], object], rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        t = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t) * 1000)
    return out[5:]  # warm-up


def _p95(xs: list[float]) -> float:
    return float(np.percentile(xs, 95))


def _occlusion_cost() -> None:
    """The learned occlusion model on its own: aligned crop + network, per face."""
    from kiosk.quality.occlusion_model import OcclusionModel

    frames = _frames((1280, 720))[::10]
    model = OcclusionModel(bundled_models().occlusion)
    with QualityEngine() as eng:
        faces = []
        for f in frames:
            face, *_ = eng._find_face(cv2.cvtColor(f, cv2.COLOR_BGR2RGB), None)
            if face is not None:
                faces.append((f, face.points))
    times = _time(lambda i: model.coverage(*faces[i % len(faces)]), ROUNDS + 5)
    print(
        f"occlusion model (aligned crop + network, per face): median {statistics.median(times):.2f}"
        f" ms, p95 {_p95(times):.2f} ms"
    )


def _hand_cost() -> None:
    """The hand landmarker on its own (palm detector + hand model, a 1280x720 frame), and
    how often the engine pays it: only on faces the occlusion model had a doubt about, on
    live video at most every HandCheck.interval_ms. Counted over the bench's good faces
    (which should never need it) and over a real hand at the mouth."""
    from kiosk.quality.hand_cover import HandLandmarker

    rgbs = [cv2.cvtColor(f, cv2.COLOR_BGR2RGB) for f in _frames((1280, 720))]
    hands = HandLandmarker(bundled_models().hand_landmarker)
    times = _time(lambda i: hands.hands(rgbs[i % len(rgbs)]), ROUNDS + 5)
    hands.close()
    covered = fg.on_wall((fg.DATA / "covered" / "fairface_train_24630.jpg", 460, 450, 150))
    counts = []
    for label, frames in (("good faces", _frames((1280, 720))), ("a hand at the mouth", [covered])):
        with QualityEngine(streaming=True) as eng:
            for i in range(90):
                eng.analyze(frames[i % len(frames)], timestamp_ms=33 * (i + 1))
            counts.append(f"{label} {eng.hand_looks}")
    print(
        f"hand landmarker (1280x720 frame): median {statistics.median(times):.1f} ms, "
        f"p95 {_p95(times):.1f} ms; looks in 90 streaming frames (3 s): {', '.join(counts)}"
    )


def _last_look_cost() -> None:
    """YuNet's last look on a frame where MediaPipe found nothing (an empty scene), and
    the whole verdict on such a frame: the extra cost nobody in front of the camera pays."""
    from kiosk.quality.last_look import LastLookDetector
    from tests import framegen as fg

    scenes = [
        cv2.cvtColor(fg.scene(s, (1280, 720)), cv2.COLOR_BGR2RGB)
        for s in ("coffee.png", "chelsea.png", "rocket.jpg", "brick.png")
    ]
    look = LastLookDetector(bundled_models().last_look_detector)
    times = _time(lambda i: look.find(scenes[i % len(scenes)]), ROUNDS + 5)
    with QualityEngine() as eng:
        bgrs = [cv2.cvtColor(s, cv2.COLOR_RGB2BGR) for s in scenes]
        verdict = _time(lambda i: eng.analyze(bgrs[i % len(bgrs)]), ROUNDS // 2 + 5)
    print(
        f"last look (YuNet, 1280x720 scene, no face): median {statistics.median(times):.2f} ms,"
        f" p95 {_p95(times):.2f} ms; whole no-face verdict median "
        f"{statistics.median(verdict):.1f} ms"
    )


def _census_cost() -> None:
    """YuNet's count of other people on a frame with a face: paid on one analysed frame in
    census.EVERY on live video (so the median frame does not pay it; the mean does)."""
    from kiosk.quality import census
    from kiosk.quality.last_look import FINE_WIDTH, WIDTH, LastLookDetector

    rgbs = [cv2.cvtColor(f, cv2.COLOR_BGR2RGB) for f in _frames((1280, 720))]
    look = LastLookDetector(bundled_models().last_look_detector)
    # The usual look, then the closer one (only while the main face is too small).
    looks = (
        ("census (YuNet, 1280x720 frame with a face)", WIDTH),
        (f"census closer look ({FINE_WIDTH} px wide, main face too small)", FINE_WIDTH),
    )
    first = 0.0
    for label, width in looks:

        def find(i: int, w: int = width) -> object:
            return look.find_all(rgbs[i % len(rgbs)], census.MIN_SCORE, w)

        times = _time(find, ROUNDS + 5)
        med = statistics.median(times)
        first = first or med
        print(
            f"{label}: median {med:.2f} ms ({med / first:.1f}x), p95 {_p95(times):.2f} ms; "
            f"on live video {med / census.EVERY:.2f} ms a frame on average "
            f"(1 frame in {census.EVERY})"
        )


def main() -> None:
    route_native_stderr_to_null()
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"mediapipe {mp.__version__}"
    )
    print(
        f"{'mode':10} {'size':>9} {'verdict med':>12} {'p95':>7} {'bare med':>9} "
        f"{'p95':>7} {'ratio':>6} {'mean ratio':>10}"
    )
    for streaming in (True, False):
        for size in ((640, 480), (1280, 720)):
            frames = _frames(size)
            rgbs = [
                mp.Image(
                    image_format=mp.ImageFormat.SRGB,
                    data=np.ascontiguousarray(cv2.cvtColor(f, cv2.COLOR_BGR2RGB)),
                )
                for f in frames
            ]
            eng = QualityEngine(streaming=streaming)
            bare = _bare(streaming)
            ts = [0]

            def verdict(
                i: int, eng: QualityEngine = eng, frames: list = frames, ts: list = ts
            ) -> object:
                ts[0] += 33
                return eng.analyze(frames[i % len(frames)], timestamp_ms=ts[0])

            def bare_call(
                i: int,
                bare: vision.FaceLandmarker = bare,
                rgbs: list = rgbs,
                streaming: bool = streaming,
                ts: list = ts,
            ) -> object:
                ts[0] += 33
                # The bare call still needs the frame converted to RGB, as the engine does.
                if streaming:
                    return bare.detect_for_video(rgbs[i % len(rgbs)], ts[0])
                return bare.detect(rgbs[i % len(rgbs)])

            # Interleave the two so both see the same machine load.
            v, b = [], []
            for _ in range(2):
                v += _time(verdict, ROUNDS // 2)
                b += _time(bare_call, ROUNDS // 2)
            eng.close()
            with native_stderr_silenced():
                bare.close()
            mv, mb = statistics.median(v), statistics.median(b)
            print(
                f"{'streaming' if streaming else 'still':10} {size[0]:>4}x{size[1]:<4} "
                f"{mv:>10.1f}ms {_p95(v):>5.1f}ms {mb:>7.1f}ms {_p95(b):>5.1f}ms "
                f"{mv / mb:>5.2f}x {statistics.mean(v) / statistics.mean(b):>9.2f}x"
            )
    _occlusion_cost()
    _hand_cost()
    _last_look_cost()
    _census_cost()
    try:
        from scripts import bench_app
    except ImportError:
        return
    bench_app.main()
    # CPU use idle on the attract screen and streaming, as % of one core (issue 10).
    from scripts import bench_cpu

    bench_cpu.main([])


if __name__ == "__main__":
    main()
