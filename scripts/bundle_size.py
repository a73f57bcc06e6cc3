"""The frozen app's unpacked size against the figure recorded in packaging/size-budget.json.

`python -m scripts.bundle_size [DIST]` prints the size and fails (exit 1) when it grew by
more than 5% over the recorded figure; `--record` writes the current size as the new figure
(do that when a growth is understood and accepted, and update docs/performance.md).
Sizes are the files' own sizes (symlinks counted once, as links), so they do not depend on
the file system's block size.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_FILE = ROOT / "packaging" / "size-budget.json"
DEFAULT_DIST = ROOT / "dist" / "kiosk"
ALLOWED_GROWTH = 0.05


def unpacked_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_symlink() or p.is_file())


def check(size: int, recorded: int, allowed: float = ALLOWED_GROWTH) -> tuple[bool, str]:
    limit = int(recorded * (1 + allowed))
    growth = (size - recorded) / recorded * 100
    verdict = "within" if size <= limit else "OVER"
    text = (
        f"unpacked size {size / 1e6:.1f} MB: {growth:+.1f}% against the recorded "
        f"{recorded / 1e6:.1f} MB ({verdict} the {allowed:.0%} allowance, "
        f"limit {limit / 1e6:.1f} MB)"
    )
    return size <= limit, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=DEFAULT_DIST)
    parser.add_argument("--budget", type=Path, default=BUDGET_FILE)
    parser.add_argument("--record", action="store_true", help="record the current size")
    args = parser.parse_args(argv)
    if not args.dist.is_dir():
        print(f"bundle size: {args.dist} not found (run `make package`)", file=sys.stderr)
        return 2
    size = unpacked_bytes(args.dist)
    if args.record:
        budget = json.loads(args.budget.read_text()) if args.budget.exists() else {}
        budget["unpacked_bytes"] = size
        args.budget.write_text(json.dumps(budget, indent=2) + "\n")
        print(f"bundle size: recorded {size / 1e6:.1f} MB in {args.budget.name}")
        return 0
    recorded = int(json.loads(args.budget.read_text())["unpacked_bytes"])
    ok, text = check(size, recorded)
    print(f"bundle size: {text}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
