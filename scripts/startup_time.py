"""Start-up of the frozen app (docs/performance.md): `python -m scripts.startup_time [EXE]`.

- first analysis: from spawning `kiosk run` (offscreen, empty configuration, the bundled
  demo clip as the camera) to its "first analysis" line (``KIOSK_TRACE_STARTUP=1``);
- `kiosk check` of one photo: the whole process, start to exit.

Each is run ``--runs`` times (the first warms the file cache and is not counted); the
median and the range are printed.
"""

from __future__ import annotations

import argparse
import os
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


def first_analysis_s(exe: Path) -> float:
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
                    return time.monotonic() - started
                if time.monotonic() - started > TIMEOUT_S:
                    break
        finally:
            proc.terminate()
            proc.wait(30)
    raise RuntimeError(f"{exe} never reported its first analysis")


def check_s(exe: Path) -> float:
    started = time.monotonic()
    subprocess.run(
        [str(exe), "check", str(PHOTO)], env=_env(), capture_output=True, check=True, timeout=120
    )
    return time.monotonic() - started


def _report(name: str, samples: list[float]) -> str:
    return (
        f"{name}: median {statistics.median(samples):.2f} s "
        f"(min {min(samples):.2f}, max {max(samples):.2f}, n={len(samples)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", nargs="?", type=Path, default=DEFAULT_EXE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    first_analysis_s(args.exe)  # warm the file cache
    print(_report("first analysis", [first_analysis_s(args.exe) for _ in range(args.runs)]))
    print(_report("kiosk check, one photo", [check_s(args.exe) for _ in range(args.runs)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
