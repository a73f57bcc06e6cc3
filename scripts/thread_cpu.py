"""CPU time of each thread of this process (Linux: /proc/self/task), for the benchmarks:
where an idle kiosk's CPU goes. Threads Python started are named by their Python name;
native ones (OpenCV's, MediaPipe's, FFmpeg's) by their OS name."""

from __future__ import annotations

import os
import threading
from pathlib import Path

TASKS = Path("/proc/self/task")


def thread_cpu_s() -> dict[int, tuple[str, float]]:
    """Thread id -> (OS name, user + system CPU seconds); empty off Linux."""
    if not TASKS.is_dir():
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[str, float]] = {}
    for task in TASKS.iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue  # the thread has ended
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        out[int(task.name)] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return out


def busiest(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], wall_s: float
) -> list[tuple[str, float]]:
    """(thread, % of one core) between two readings, busiest first; threads with the same
    name (a native pool's workers) added up."""
    python_names = {t.native_id: t.name for t in threading.enumerate()}
    totals: dict[str, float] = {}
    for tid, (name, cpu) in after.items():
        used = cpu - before.get(tid, (name, 0.0))[1]
        label = python_names.get(tid) or f"native:{name}"
        totals[label] = totals.get(label, 0.0) + used
    rows = [(label, 100.0 * used / max(wall_s, 1e-9)) for label, used in totals.items()]
    return sorted(rows, key=lambda row: -row[1])
