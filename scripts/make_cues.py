"""Write the two short sound cues to assets/sounds/ with the stdlib (`python -m scripts.make_cues`).

- capture.wav: one short, bright "tick" (a photo was taken);
- result.wav: a rising two-note chime (the answer is on screen).

16-bit mono PCM at 22.05 kHz, a few kilobytes each, generated deterministically (the same
bytes every run), so the bundled files can be checked against this script.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATE = 22_050
CUES = ("capture", "result")


def _tone(freq: float, seconds: float, volume: float, decay: float) -> list[float]:
    """A sine with a 4 ms attack and an exponential decay (no clicks at either end)."""
    n = int(RATE * seconds)
    attack = int(RATE * 0.004)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, i / attack) * math.exp(-decay * t) * min(1.0, (n - i) / attack)
        # A little of the octave makes it sound like a chime rather than a test tone.
        wave_ = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        out.append(volume * env * wave_ / 1.25)
    return out


def samples(kind: str) -> list[float]:
    if kind == "capture":
        return _tone(1760.0, 0.09, 0.55, 38.0)
    if kind == "result":
        gap = [0.0] * int(RATE * 0.02)
        return _tone(880.0, 0.14, 0.5, 14.0) + gap + _tone(1318.5, 0.26, 0.5, 10.0)
    raise ValueError(f"unknown cue {kind!r}")


def wav_bytes(kind: str) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        pcm = b"".join(
            struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples(kind)
        )
        out.writeframes(pcm)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "sounds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for kind in CUES:
        path = args.out / f"{kind}.wav"
        path.write_bytes(wav_bytes(kind))
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
