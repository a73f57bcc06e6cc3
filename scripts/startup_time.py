"""Start-up of the frozen app (docs/performance.md): `python -m scripts.startup_time [EXE]`.

- first analysis: from spawning `kiosk run` (offscreen, empty configuration, the bundled
  demo clip as the camera) to its "first analysis" line (``KIOSK_TRACE_STARTUP=1``);
- `kiosk check` of one photo: the whole process, start to exit.

Each is run ``--runs`` times (the first warms the file cache and is not counted); the
median and the range are printed, with the median CPU time (user + system, which the other
work on a shared machine inflates far less than the wall time) and the load average before
and after. ``EXE`` may be the source install's ``.venv/bin/kiosk`` as well.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXE = ROOT / "dist" / "kiosk" / "kiosk"
PHOTO = ROOT / "tests" / "data" / "photos" / "obama.jpg"
TIMEOUT_S = 120.0


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_TRACE_STARTUP="1")
    env["KIOSK_CONFIG"] = os.devnull
    for var in ("KIOSK_API_BASE_URL", "KIOSK_API_TOKEN"):
        env.pop(var, None)
    return env


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds a running process has used so far (Linux; else NaN)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_analysis(exe: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from spawning `kiosk run` to its first analysis."""
    clip = ROOT / "assets" / "demo" / "walk_up.mp4"
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as runtime:
        env = dict(_env(), XDG_RUNTIME_DIR=runtime)
        proc = subprocess.Popen(
            [str(exe), "run", "--camera", str(clip)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stderr is not None
        try:
            for line in proc.stderr:
                if "first analysis" in line:
                    return time.monotonic() - started, _cpu_s(proc.pid)
                if time.monotonic() - started > TIMEOUT_S:
                    break
        finally:
            proc.terminate()
            proc.wait(30)
    raise RuntimeError(f"{exe} never reported its first analysis")


def first_analysis_s(exe: Path) -> float:
    return first_analysis(exe)[0]


def check(exe: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a whole `kiosk check` of one photo."""
    cpu_before = _children_cpu_s()
    started = time.monotonic()
    subprocess.run(
        [str(exe), "check", str(PHOTO)], env=_env(), capture_output=True, check=True, timeout=120
    )
    return time.monotonic() - started, _children_cpu_s() - cpu_before


def check_s(exe: Path) -> float:
    return check(exe)[0]


def _load() -> str:
    """The 1-minute load average (other work on the machine), or '?' off Linux."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def _report(name: str, samples: list[tuple[float, float]]) -> str:
    wall = [w for w, _ in samples]
    cpu = [c for _, c in samples]
    return (
        f"{name}: median {statistics.median(wall):.2f} s "
        f"(min {min(wall):.2f}, max {max(wall):.2f}, n={len(wall)}); "
        f"CPU median {statistics.median(cpu):.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", nargs="?", type=Path, default=DEFAULT_EXE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"{args.exe}: load average {_load()} at the start")
    first_analysis(args.exe)  # warm the file cache
    print(_report("first analysis", [first_analysis(args.exe) for _ in range(args.runs)]))
    print(_report("kiosk check, one photo", [check(args.exe) for _ in range(args.runs)]))
    print(f"load average {_load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
