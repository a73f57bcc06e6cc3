"""`kiosk cameras [--json]`: the cameras this computer has, for IT staff."""

from __future__ import annotations

import argparse
import json

HELP = (
    "List the cameras found (name, stable id, index, built-in or external where that is"
    " known, and on Linux the frame sizes each offers); put a name or id in [camera] source. "
    "An empty list, exit 0, when there are none."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")


def run(args: argparse.Namespace) -> int:
    from kiosk.camera.devices import list_cameras

    cameras = list_cameras(resolutions=True)
    if args.json:
        print(json.dumps([c.as_json() for c in cameras]))
        return 0
    if not cameras:
        print("No camera found.")
        return 0
    for cam in cameras:
        sizes = ", ".join(f"{w}x{h}" for w, h in cam.resolutions)
        kind = "" if cam.external is None else "  external" if cam.external else "  built-in"
        line = f"{cam.index}: {cam.name}  [id {cam.stable_id}]{kind}"
        print(line + (f"  {sizes}" if sizes else "") + (f"  {cam.path}" if cam.path else ""))
    return 0
