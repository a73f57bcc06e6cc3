"""`make eval-real`: the on-device check on the real-photo development set.

    python -m scripts.eval_real [--split dev|holdout|all] [--json OUT] [--only CATEGORY]

For every must-pass category and subgroup: n and how many pass. For every must-fail
category: n, how many have the expected rule among their failures ("caught") and first
("first"), and what came first instead. Frames come from scripts/real_set.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import cv2

from kiosk.quality.engine import QualityEngine
from kiosk.quality.native_log import route_native_stderr_to_null
from scripts.real_set import Entry, frames, load_manifest

PASS_SUBGROUPS = (
    "darker_skin",
    "eyeglasses",
    "headscarf",
    "beard",
    "older",
    "young",
    "hat",
    "varied_light",
)


def evaluate(entries: list[Entry]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with QualityEngine() as engine:
        for e, result in frames(entries):
            if not isinstance(result, Path):
                rows.append({"id": e.id, "error": result})
                continue
            img = cv2.imread(str(result), cv2.IMREAD_COLOR)
            if img is None:
                rows.append({"id": e.id, "error": f"unreadable frame {result}"})
                continue
            t0 = time.perf_counter()
            report = engine.analyze(img)
            rows.append(
                {
                    "id": e.id,
                    "failures": [str(r) for r in report.failures],
                    "ms": (time.perf_counter() - t0) * 1000,
                    "extras": report.extras,
                    "values": {str(c.rule): c.value for c in report.checks},
                    "yaw": report.face.yaw if report.face else None,
                }
            )
    return rows


def _pct(k: int, n: int) -> str:
    return f"{100.0 * k / n:5.1f}%" if n else "    -"


def _instead(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in c.most_common(4))


def table(entries: list[Entry], rows: list[dict[str, Any]]) -> str:
    by_id = {r["id"]: r for r in rows}
    out: list[str] = []
    goods = [e for e in entries if e.expect == "pass" and "error" not in by_id[e.id]]
    groups: list[tuple[str, list[Entry]]] = [("all good selfies", goods)]
    groups += [(f"  {g}", [e for e in goods if g in e.subgroups]) for g in PASS_SUBGROUPS]
    out.append("| must pass | n | passed | % | tripped instead |")
    out.append("|---|---:|---:|---:|---|")
    for name, es in groups:
        passed = [e for e in es if not by_id[e.id]["failures"]]
        instead = Counter(by_id[e.id]["failures"][0] for e in es if by_id[e.id]["failures"])
        out.append(
            f"| {name} | {len(es)} | {len(passed)} | {_pct(len(passed), len(es))} | "
            f"{_instead(instead)} |"
        )
    out.append("")
    out.append("| must fail | rule | n | caught | % | first | % | first instead |")
    out.append("|---|---|---:|---:|---:|---:|---:|---|")
    fails: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        if e.expect == "fail" and "error" not in by_id[e.id]:
            fails[e.category].append(e)
    covers = ("mask", "scarf_over_face", "sunglasses", "hand_over_face", "object_over_face")
    all_covers = [e for c in covers for e in fails.get(c, [])]
    order = [*covers, "all covers", "turned_head", "group", "dim", "eyes_closed", "empty"]
    for cat in order:
        es = all_covers if cat == "all covers" else fails.get(cat, [])
        if not es:
            continue
        rule = es[0].rule or ""
        caught = [e for e in es if e.rule in by_id[e.id]["failures"]]
        first = [e for e in es if by_id[e.id]["failures"][:1] == [e.rule]]
        instead = Counter(
            (by_id[e.id]["failures"] or ["passed"])[0]
            for e in es
            if by_id[e.id]["failures"][:1] != [e.rule]
        )
        label = f"**{cat}**" if cat == "all covers" else cat
        out.append(
            f"| {label} | {rule} | {len(es)} | {len(caught)} | {_pct(len(caught), len(es))} | "
            f"{len(first)} | {_pct(len(first), len(es))} | {_instead(instead)} |"
        )
    errors = [r for r in rows if "error" in r]
    if errors:
        out.append("")
        out.append(f"{len(errors)} images unavailable (not in the local cache or snapshots)")
    return "\n".join(out)


def composition(entries: list[Entry]) -> str:
    """Where the images come from: per source, the count per category, split and licence."""
    by_src: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_src[e.source.get("repo") or e.source.get("package", "?")].append(e)
    out = ["| source | split | images | categories | licence |", "|---|---|---:|---|---|"]
    for src, es in sorted(by_src.items(), key=lambda kv: -len(kv[1])):
        cats = Counter(e.category for e in es)
        commit = es[0].source.get("commit", es[0].source.get("version", ""))[:10]
        out.append(
            f"| {src}@{commit} | {es[0].split} | {len(es)} | "
            + ", ".join(f"{c} {n}" for c, n in cats.most_common())
            + f" | {es[0].licence[:60]} |"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=("dev", "holdout", "all"))
    parser.add_argument("--only", help="one category (or 'good')")
    parser.add_argument("--json", type=Path, help="write per-image results here")
    parser.add_argument("--composition", action="store_true", help="print the set's sources")
    args = parser.parse_args()
    route_native_stderr_to_null()
    entries = load_manifest()
    if args.split != "all":
        entries = [e for e in entries if e.split == args.split]
    if args.only:
        entries = [e for e in entries if e.category == args.only]
    if args.composition:
        print(composition(entries))
        return 0
    rows = evaluate(entries)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    n_pass = sum(e.expect == "pass" for e in entries)
    print(
        f"real set ({args.split}): {len(entries)} images, {n_pass} must pass, "
        f"{len(entries) - n_pass} must fail"
    )
    print(table(entries, rows))
    ms = sorted(r["ms"] for r in rows if "ms" in r)
    if ms:
        print(f"\nmedian {ms[len(ms) // 2]:.1f} ms per frame (still mode)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
