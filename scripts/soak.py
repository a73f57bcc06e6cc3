"""`make soak`: the real app, headless, for N minutes of capture → submit → result cycles
with faults injected, checking that nothing leaks and every attempt ends.

What runs is the app as `kiosk run --mode kiosk` builds it — FlowController (capture and
analysis workers, the real quality engine), the kiosk-mode MainWindow (offscreen), the
ApiSubmitter against the built-in sandbox over loopback HTTP, the JSON-lines log and the
audit trail (in a temporary folder) — with shortened timers. The camera is simulated: a
30 fps source showing a person (a real photograph framed at kiosk distance, with sensor
noise) while the driver wants someone in front of it and an empty room otherwise.

Each cycle: an empty room until the attract screen, a person until the first result, the
person leaves, back to attract. Chaos (``--chaos``, the default): for each cycle a service
fault is picked — 5xx, 502 once, 429, HTML or garbage instead of JSON, an empty body, a
slow answer past the read timeout, a dropped connection, a 401, a 413 once, a quality
rejection — and now and then the camera is unplugged for a moment (reads fail) and
plugged in again, mid-cycle.

Checked at the end (exit 1 if any fails): every submission ended in a result (or a
cancellation), every cycle came back to attract, RSS grew by at most ``--max-rss-mb``
after warm-up, the thread and file-descriptor counts stayed flat, and the log holds
neither the token nor anything that looks like image data.

    python -m scripts.soak [--minutes 10 | --cycles 500] [--no-chaos] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Faults the sandbox plays for one cycle, with their weights; "verified" is a good answer.
SERVICE_FAULTS: dict[str, int] = {
    "verified": 10,
    "server_error": 2,
    "bad_gateway_once": 2,
    "unavailable_once": 1,
    "rate_limited": 2,
    "html": 2,
    "garbage": 2,
    "empty": 1,
    "wrong_types": 1,
    "slow": 2,  # past the read timeout set below
    "drop": 2,
    "too_large_once": 1,
    "not_found_once": 1,
    "face_too_small": 1,  # a quality rejection by the service: guidance, then a retake
    "unauthorized": 1,  # 401: out of service, the key held back, then rechecked
}
UNPLUG_CHANCE = 0.12  # of a cycle: the camera is unplugged for a moment
CYCLE_TIMEOUT_S = 60.0


class SimulatedCamera:
    """A FrameSource: a person or an empty room at 30 fps, unpluggable. Thread-safe."""

    description = "simulated camera"
    fps = 30.0

    def __init__(self, person: list[np.ndarray], empty: list[np.ndarray]) -> None:
        from kiosk.camera.pacing import Pacer

        self._person, self._empty = person, empty
        self.present = False
        self._unplugged_until = 0.0
        self._pacer = Pacer(self.fps)
        self._i = 0
        self.reads = 0
        self.opens = 0

    def unplug(self, seconds: float) -> None:
        self._unplugged_until = time.monotonic() + seconds

    @property
    def unplugged(self) -> bool:
        return time.monotonic() < self._unplugged_until

    def open(self) -> None:
        from kiosk.camera.source import CameraProblem, CameraUnavailable

        if self.unplugged:
            raise CameraUnavailable("camera not found (unplugged)", problem=CameraProblem.NOT_FOUND)
        self.opens += 1
        self._pacer.restart()

    def read(self) -> np.ndarray:
        from kiosk.camera.source import CameraProblem, CameraUnavailable

        if self.unplugged:
            raise CameraUnavailable(
                "the camera was unplugged", problem=CameraProblem.UNPLUGGED, advice="Plug it in"
            )
        self._pacer.wait()
        frames = self._person if self.present else self._empty
        self._i += 1
        self.reads += 1
        return frames[self._i % len(frames)].copy()

    def close(self) -> None: ...


def _frames() -> tuple[list[np.ndarray], list[np.ndarray]]:
    from tests import framegen as fg

    rng = np.random.default_rng(11)

    def noisy(frame: np.ndarray) -> list[np.ndarray]:
        out = []
        for _ in range(8):
            noise = rng.normal(0.0, 3.0, frame.shape).astype(np.int16)
            out.append(np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8))
        return out

    return noisy(fg.good("obama.jpg", (1280, 720))), noisy(fg.scene("coffee.png", (1280, 720)))


# --- process figures -------------------------------------------------------------------


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # peak only, off Linux
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def anon_mb() -> float | None:
    """Resident anonymous memory (heap, stacks, private mappings): RSS without the shared
    libraries' pages, which the kernel drops and reloads as the machine needs (Linux)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def os_threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def open_fds() -> int:
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return -1


@dataclass
class Sample:
    cycle: int
    t: float
    rss_mb: float
    threads: int
    py_threads: int
    fds: int
    anon_mb: float | None = None
    heap_in_use_mb: float | None = None  # C heap blocks handed out (glibc), kiosk.memory
    heap_held_mb: float | None = None  # the C heap's arenas, free space included


@dataclass
class SoakReport:
    cycles: int = 0
    seconds: float = 0.0
    submissions: int = 0
    results: int = 0
    cancelled: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    unplugs: int = 0
    stuck_cycles: list[str] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    warmup_cycles: int = 0
    log_problems: list[str] = field(default_factory=list)
    audit_lines: int = 0
    max_rss_growth_mb: float = 30.0
    trimmed_mb: float | None = None  # anonymous RSS a final malloc_trim gave back
    audit_summary: dict[str, Any] = field(default_factory=dict)  # `kiosk report`'s figures

    def after_warmup(self) -> list[Sample]:
        return [s for s in self.samples if s.cycle >= self.warmup_cycles] or self.samples

    @property
    def rss_growth_mb(self) -> float:
        s = self.after_warmup()
        return max(x.rss_mb for x in s) - s[0].rss_mb if s else 0.0

    def growth(self, figure: str) -> float | None:
        """Largest value after warm-up over the first, of a Sample field (None: unknown)."""
        values = [getattr(x, figure) for x in self.after_warmup()]
        if not values or any(v is None for v in values):
            return None
        return float(max(values) - values[0])

    @property
    def thread_growth(self) -> int:
        """Fewest threads in the last five samples over the fewest in the first five after
        warm-up: a leaked thread stays, a finishing submission's does not."""
        s = self.after_warmup()
        return min(x.threads for x in s[-5:]) - min(x.threads for x in s[:5]) if s else 0

    @property
    def fd_growth(self) -> int:
        s = self.after_warmup()
        return min(x.fds for x in s[-5:]) - min(x.fds for x in s[:5]) if s else 0

    @property
    def rss_second_half_mb(self) -> float:
        """RSS growth over the second half of the samples after warm-up: a leak keeps
        growing, a warming allocator levels off."""
        s = self.after_warmup()
        half = s[len(s) // 2 :]
        return half[-1].rss_mb - half[0].rss_mb if len(half) > 1 else 0.0

    def failures(self) -> list[str]:
        out = []
        if self.cycles == 0:
            out.append("no cycle completed")
        if self.submissions != self.results + self.cancelled:
            out.append(
                f"{self.submissions} submissions but {self.results} results "
                f"+ {self.cancelled} cancelled"
            )
        if self.stuck_cycles:
            out.append(f"{len(self.stuck_cycles)} cycles did not end: {self.stuck_cycles[:3]}")
        if self.rss_growth_mb > self.max_rss_growth_mb:
            out.append(f"RSS grew {self.rss_growth_mb:.1f} MB after warm-up")
        if self.thread_growth > 2:
            out.append(f"{self.thread_growth} more threads than after warm-up")
        if self.fd_growth > 4:
            out.append(f"{self.fd_growth} more file descriptors than after warm-up")
        out += self.log_problems
        return out

    def to_json(self) -> dict[str, Any]:
        s = self.after_warmup()
        return {
            "cycles": self.cycles,
            "seconds": round(self.seconds, 1),
            "cycles_per_minute": round(self.cycles / max(self.seconds, 1e-9) * 60, 1),
            "submissions": self.submissions,
            "results": self.results,
            "cancelled": self.cancelled,
            "outcomes": self.outcomes,
            "service_faults": self.faults,
            "camera_unplugs": self.unplugs,
            "stuck_cycles": self.stuck_cycles,
            "warmup_cycles": self.warmup_cycles,
            "rss_mb_after_warmup": round(s[0].rss_mb, 1) if s else None,
            "rss_mb_end": round(self.samples[-1].rss_mb, 1) if self.samples else None,
            "rss_growth_mb": round(self.rss_growth_mb, 1),
            "rss_growth_second_half_mb": round(self.rss_second_half_mb, 1),
            "anon_mb_after_warmup": _round(s[0].anon_mb) if s else None,
            "anon_growth_mb": _round(self.growth("anon_mb")),
            "heap_in_use_mb_after_warmup": _round(s[0].heap_in_use_mb) if s else None,
            "heap_in_use_mb_end": _round(self.samples[-1].heap_in_use_mb) if s else None,
            "heap_in_use_growth_mb": _round(self.growth("heap_in_use_mb")),
            "heap_held_growth_mb": _round(self.growth("heap_held_mb")),
            "freed_by_final_trim_mb": _round(self.trimmed_mb),
            "threads_after_warmup": s[0].threads if s else None,
            "threads_end": self.samples[-1].threads if self.samples else None,
            "thread_growth": self.thread_growth,
            "fd_growth": self.fd_growth,
            "fds_after_warmup": s[0].fds if s else None,
            "fds_end": self.samples[-1].fds if self.samples else None,
            "audit_lines": self.audit_lines,
            "audit_report": {
                k: self.audit_summary.get(k)
                for k in ("attempts", "by_outcome", "by_error_kind", "time_to_capture", "submit")
            },
            "failures": self.failures(),
        }


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


# --- the run ---------------------------------------------------------------------------


def soak(
    *,
    minutes: float | None = None,
    cycles: int | None = None,
    chaos: bool = True,
    seed: int = 1,
    warmup_cycles: int | None = None,
    progress: bool = False,
    unplug_chance: float = UNPLUG_CHANCE,
) -> SoakReport:
    """Run the app for ``minutes`` (or ``cycles``); the figures and what went wrong."""
    from PySide6.QtWidgets import QApplication

    from kiosk.audit import AuditTrail, summarise
    from kiosk.config import ApiConfig, Config
    from kiosk.flow import FlowSettings, State
    from kiosk.logs import close_logging, read_lines, setup_logging
    from kiosk.memory import heap_mb, release_free_memory
    from kiosk.sandbox import SANDBOX_TOKEN
    from kiosk.submission import ApiSubmitter
    from kiosk.ui.app import engine_factory
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.runner import make_app

    rnd = random.Random(seed)
    report = SoakReport()
    end_at = time.monotonic() + minutes * 60 if minutes is not None else None
    want = cycles if cycles is not None else 10**9
    report.warmup_cycles = (
        warmup_cycles if warmup_cycles is not None else max(5, min(100, (cycles or 400) // 10))
    )
    app: QApplication = make_app()
    person, empty = _frames()
    camera = SimulatedCamera(person, empty)
    tmp = tempfile.TemporaryDirectory(prefix="kiosk-soak-")
    folder = Path(tmp.name)
    log_path = setup_logging("soak", "info", folder)
    audit = AuditTrail(folder, "soak", "kiosk")
    # The sandbox's slow answer (2.5 s) is past this read timeout: a real timeout each time.
    cfg = Config(api=ApiConfig(read_timeout_s=1.5, connect_timeout_s=1.0, total_timeout_s=20.0))
    submitter = ApiSubmitter(cfg)
    sandbox = submitter.sandbox
    sandbox.slow_s = 2.5
    sandbox.retry_after_s = 1
    settings = FlowSettings(
        kiosk_mode=True,
        hold_s=0.3,
        steady_grace_s=0.2,
        freeze_s=0.1,
        walk_away_s=0.8,
        result_timeout_s=0.4,
        service_guidance_s=0.5,
    )
    controller = FlowController(camera, engine_factory(cfg), submitter, settings, audit=audit)
    # A refused key puts the kiosk out of service; its recheck shortened like the timers.
    submitter.credential.recheck_s = 3.0
    controller._auth_check.setInterval(500)
    window = MainWindow(controller, kiosk=True)
    window.allow_close = True
    window.resize(1366, 768)
    window.show()
    answered: list[Any] = []
    cancelled: list[Any] = []
    controller.answered.connect(answered.append)
    controller.cancelled.connect(cancelled.append)
    controller.start()

    def spin(seconds: float) -> None:
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            app.processEvents()
            time.sleep(0.003)

    def spin_until(condition: Any, timeout: float) -> bool:
        stop = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > stop:
                return False
            app.processEvents()
            time.sleep(0.003)
        return True

    started = time.monotonic()
    spin_until(lambda: controller.analysis.analyses > 0, 120.0)  # the engine has loaded
    spin_until(lambda: controller.model.state is State.ATTRACT, 30.0)
    n = 0
    try:
        while n < want and (end_at is None or time.monotonic() < end_at):
            n += 1
            fault = rnd.choices(list(SERVICE_FAULTS), list(SERVICE_FAULTS.values()))[0]
            if not chaos:
                fault = "verified"
            if n == 1:
                # The sandbox judges faces with an engine of its own, made at its first use
                # (a fault scenario that falls through to it): made in warm-up, not later.
                fault = "normal"
            report.faults[fault] = report.faults.get(fault, 0) + 1
            sandbox.set_scenario(fault)
            # Every draw is made whatever happens next, so the seed alone decides the
            # faults and the unplugs (not how fast this machine plays a cycle); the unplug
            # comes early enough that even a quick cycle (hold still, capture) has it.
            wants_unplug = rnd.random() < unplug_chance
            unplug_at: float | None = rnd.uniform(0.1, 0.8)
            unplug_for = rnd.uniform(0.5, 2.0)
            if not (chaos and wants_unplug):
                unplug_at = None
            results_before = len(answered)
            camera.present = True
            cycle_start = time.monotonic()
            unplugged = False
            while len(answered) == results_before:  # until this person's first result
                if time.monotonic() - cycle_start > CYCLE_TIMEOUT_S:
                    report.stuck_cycles.append(f"{n}:{fault}:{controller.model.state.value}")
                    break
                if (
                    unplug_at is not None
                    and not unplugged
                    and time.monotonic() - cycle_start > unplug_at
                ):
                    camera.unplug(unplug_for)
                    report.unplugs += 1
                    unplugged = True
                spin(0.01)
            camera.present = False  # the person walks away
            sandbox.set_scenario("verified")
            back = spin_until(
                lambda: (
                    controller.model.state is State.ATTRACT
                    and controller.model.in_flight is None
                    and not camera.unplugged
                ),
                CYCLE_TIMEOUT_S,
            )
            if not back:
                report.stuck_cycles.append(
                    f"{n}:{fault}:never back ({controller.model.state.value})"
                )
            report.cycles = n
            if n % 5 == 0 or n == report.warmup_cycles:
                spin(0.3)  # transient threads (a finished submission, HTTP handlers) end
                heap = heap_mb()
                report.samples.append(
                    Sample(
                        n,
                        time.monotonic() - started,
                        rss_mb(),
                        os_threads(),
                        threading.active_count(),
                        open_fds(),
                        anon_mb(),
                        heap[0] if heap else None,
                        heap[1] if heap else None,
                    )
                )
                if progress:
                    last = report.samples[-1]
                    print(
                        f"cycle {n:4d}  {last.t / 60:5.1f} min  RSS {last.rss_mb:6.1f} MB  "
                        f"anon {last.anon_mb or 0:6.1f}  in use {last.heap_in_use_mb or 0:6.1f}"
                        f"  threads {last.threads:3d}  fds {last.fds:3d}  results {len(answered)}",
                        flush=True,
                    )
    finally:
        spin_until(lambda: controller.model.in_flight is None, 30.0)
        report.seconds = time.monotonic() - started
        report.submissions = controller.model.submission
        report.results = len(answered)
        report.cancelled = len(cancelled)
        # How much of the process is free memory the allocator holds (kiosk.memory).
        anon_before = anon_mb()
        if release_free_memory() and anon_before is not None:
            report.trimmed_mb = anon_before - (anon_mb() or anon_before)
        for result in answered:
            key = result.outcome.value + (f" ({result.error_kind})" if result.error_kind else "")
            report.outcomes[key] = report.outcomes.get(key, 0) + 1
        controller.shutdown()
        window.close()
        window.deleteLater()
        controller.deleteLater()
        app.processEvents()
        app.sendPostedEvents(None, 0)
        close_logging()
        report.log_problems = _check_log(log_path, SANDBOX_TOKEN)
        report.audit_lines = sum(
            len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("audit-*.jsonl")
        )
        # What `kiosk report` makes of the run's audit lines (all days: a run past midnight).
        rows = [e for p in sorted(folder.glob("audit-*.jsonl")) for e in read_lines(p)]
        report.audit_summary = summarise(rows)
        tmp.cleanup()
    return report


_IMAGE_DATA = re.compile(r"data:image|/9j/[A-Za-z0-9+/]{40}|[A-Za-z0-9+/]{400}")


def _check_log(path: Path, token: str) -> list[str]:
    problems = []
    text = ""
    for p in sorted(path.parent.glob(path.name + "*")):
        text += p.read_text(encoding="utf-8", errors="replace")
    if token in text:
        problems.append("the token is in the log")
    if _IMAGE_DATA.search(text):
        problems.append("image data in the log")
    for line in text.splitlines():
        try:
            json.loads(line)
        except ValueError:
            problems.append(f"a log line is not JSON: {line[:80]}")
            break
    return problems


def machine() -> str:
    return (
        f"{platform.machine()} {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=None)
    parser.add_argument("--cycles", type=int, default=None)
    parser.add_argument("--no-chaos", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-rss-mb", type=float, default=30.0)
    parser.add_argument("--json", action="store_true", help="print only the JSON figures")
    args = parser.parse_args(argv)
    if args.minutes is None and args.cycles is None:
        args.minutes = 10.0
    from kiosk.quality.native_log import route_native_stderr_to_null

    route_native_stderr_to_null()
    if not args.json:
        print(f"soak: {machine()}; chaos {'off' if args.no_chaos else 'on'}", flush=True)
    report = soak(
        minutes=args.minutes,
        cycles=args.cycles,
        chaos=not args.no_chaos,
        seed=args.seed,
        progress=not args.json,
    )
    report.max_rss_growth_mb = args.max_rss_mb
    figures = report.to_json()
    if args.json:
        print(json.dumps(figures))
    else:
        print(json.dumps(figures, indent=2))
        print(
            "soak: "
            + ("PASS" if not figures["failures"] else "FAIL: " + "; ".join(figures["failures"]))
        )
    return 0 if not figures["failures"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
