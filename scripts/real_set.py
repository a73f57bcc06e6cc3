"""The real-photo development set: bring each image from its recorded source into a local
cache, check its sha256, and build a camera-like 1280x720 frame from it.

    python -m scripts.real_set [--merge] [--rebuild]

The manifest (eval/real/manifest.json) records, for every image, where it comes from (a
public GitHub repository at a commit, or a PyPI / npm package version), its sha256, its
licence, and the label given by eye. Most of these photos may not be redistributed, so the
images themselves never enter this repository: they are read from local snapshots of the
repositories (``KIOSK_EVAL_MIRRORS``, default /work/.mirror, one bare git directory per
``owner+name/repo``) or downloaded from the package registry, into ``KIOSK_EVAL_CACHE``
(default ~/.cache/idmeta-kiosk/eval-real).

Frames: a person at a kiosk stands where their face fills about a third to a half of the
picture's height, whatever the photo's own framing (a tight face crop, a full-length
shot). So the labelled region (the whole photo, or the crop given in the manifest) is
scaled until its largest face — found by the full-range face detector, used here only as
a tape measure, never for a label — is 0.30-0.50 of 720 px (a per-image value), never up
by more than 2x (a webcam's own resolution limits detail), and the 1280x720 window is
centred on that face as a camera pointed at the person would be; what lies outside the
photo is a plain, slightly noisy backdrop. Groups, empty scenes and photos without a
detected face are fitted to the frame whole. Each frame is encoded once as JPEG at quality
90, as a webcam's MJPEG stream would be.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "eval" / "real" / "manifest.json"
PARTS = ROOT / "eval" / "real" / "parts"
FRAME_W, FRAME_H = 1280, 720
MAX_UPSCALE = 2.0


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "idmeta-kiosk" / "eval-real"
    return Path(os.environ.get("KIOSK_EVAL_CACHE", default))


def mirrors_dir() -> Path:
    return Path(os.environ.get("KIOSK_EVAL_MIRRORS", "/work/.mirror"))


@dataclass(frozen=True)
class Entry:
    id: str
    source: dict[str, str]
    sha256: str
    expect: str
    category: str
    rule: str | None
    subgroups: tuple[str, ...]
    crop: tuple[int, int, int, int] | None
    split: str
    note: str
    licence: str

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entry:
        crop = d.get("crop")
        return cls(
            id=d["id"],
            source=d["source"],
            sha256=d["sha256"].lower(),
            expect=d["expect"],
            category=d["category"],
            rule=d.get("rule"),
            subgroups=tuple(d.get("subgroups", ())),
            crop=tuple(int(v) for v in crop) if crop else None,  # type: ignore[arg-type]
            split=d.get("split", "dev"),
            note=d.get("note", ""),
            licence=d.get("licence", "unknown"),
        )


def load_manifest(path: Path = MANIFEST) -> list[Entry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Entry.from_json(d) for d in data["images"]]


# Sources kept out of the occlusion model's training entirely, so that the figures on them
# are those of photographs from places the model has never seen: multi-ethnic portraits,
# UTKFace's older faces, glasses and headscarves, the London face set, masks photographed
# outside China, sunglasses in cars, selfies and web photos with hands and phones, and
# groups, turned heads and empty rooms from a dozen unrelated repositories. Everything
# else is "dev": used for tuning and, except turned heads, groups, dim photos and empty
# scenes, for training.
HOLDOUT_SOURCES = frozenset(
    {
        "fbplab/MEBeauty-database",
        "vyivanov/ds-masters_hack-1",
        "Shamsmedhat/niqaby",
        "2201AI24/driver_drowsiness_System",
        "Studio-Projektowe/Face-recognition-with-occlusion",
        "se4ai2223-uniba/glassDetection",
        "debruine/webmorphR.stim",
        "CMU-Perceptual-Computing-Lab/openpose",
        "vardanagarwal/Proctoring-AI",
        "StanfordVL/taskonomy",
        "mattans/AgeProgression",
        "877286291/smoking_calling_detection",
        "kracekumar/facetouch",
        "EliSchwartz/imagenet-sample-images",
        "NVlabs/planercnn",
        "PeikeLi/Self-Correction-Human-Parsing",
        "Piotr-cloud/SmartAnonymizationSystem",
        "TencentARC/GFPGAN",
        "ejcgt/attention-target-detection",
        "hysts/pytorch_mpiigaze_demo",
        "iperov/DeepFaceLive",
        "jashwanth0712/profile-face-Identification",
        "lionelmessi6410/Scene-Recognition-with-Bag-of-Words",
        "neuralchen/SimSwap",
        "tomas-gajarsky/facetorch",
        "yakhyo/uniface",
        # 300-W indoor/outdoor web photos (hands and a flower over faces), 2026-12-02.
        "ZhecanJamesWang/Occluded-Face-Detection",
        # Hands over faces, 2026-12-02 (the shush course photos went to development).
        "SiMoM0/HandsDetection",
        "joaogouveia89/nailbitting-alerter",
        "cj-mills/icevision-openvino-unity-tutorial",
        "cj-mills/miniai-data-aug-experiments-unity",
        # Stanford 40 Actions photos (drinking, smoking, phoning, brushing teeth...): the
        # largest set of real objects over faces, so that the held-out figure means something.
        "dicky1207/dashboard_stanford40",
    }
)


def source_name(d: dict[str, Any]) -> str:
    src = d["source"]
    return str(src.get("repo") or src.get("package"))


def merge_parts(parts: Path = PARTS, manifest: Path = MANIFEST) -> int:
    """Merge eval/real/parts/*.json into the manifest; the first entry per sha256 wins.
    Each entry's split follows its source (HOLDOUT_SOURCES)."""
    seen: dict[str, dict[str, Any]] = {}
    dropped = 0
    for part in sorted(parts.glob("*.json")):
        for d in json.loads(part.read_text(encoding="utf-8")):
            key = d["sha256"].lower()
            if key in seen:
                dropped += 1
                continue
            d["split"] = "holdout" if source_name(d) in HOLDOUT_SOURCES else "dev"
            seen[key] = d
    images = sorted(seen.values(), key=lambda d: d["id"])
    manifest.write_text(
        json.dumps({"version": 1, "images": images}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"manifest: {len(images)} images ({dropped} duplicates by sha256 dropped)")
    return len(images)


# --- sources ------------------------------------------------------------------------------


class SourceError(RuntimeError):
    pass


def _git_dir(repo: str) -> Path:
    base = mirrors_dir() / repo.replace("/", "+")
    for candidate in (base / "repo", base / "repo" / ".git", base):
        if (candidate / "HEAD").exists() or (candidate / "objects").exists():
            return candidate
    raise SourceError(f"no local snapshot of {repo} under {mirrors_dir()}")


def _from_github(src: dict[str, str]) -> bytes:
    git = _git_dir(src["repo"])
    out = subprocess.run(
        ["git", f"--git-dir={git}", "show", f"{src['commit']}:{src['path']}"],
        capture_output=True,
        check=False,
    )
    if out.returncode != 0:
        raise SourceError(f"{src['repo']}@{src['commit'][:10]}:{src['path']}: not in snapshot")
    return out.stdout


def _package_file(src: dict[str, str]) -> Path:
    """The package archive named in the manifest (``file``), downloaded once."""
    store = cache_dir() / "packages"
    store.mkdir(parents=True, exist_ok=True)
    target = store / src["file"]
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        if src["kind"] == "pypi":
            cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp]
            if src["file"].endswith(".whl"):
                # The exact wheel recorded (its tags name the platform).
                *_, py, abi, plat = src["file"][:-4].split("-")
                cmd += ["--only-binary=:all:"]
                if plat != "any":
                    cmd += ["--python-version", py.removeprefix("cp"), "--abi", abi]
                    cmd += ["--platform", plat.split(".")[0], "--implementation", "cp"]
            else:
                cmd += ["--no-binary=:all:"]
            cmd.append(f"{src['package']}=={src['version']}")
        else:
            cmd = ["npm", "pack", "--silent", f"{src['package']}@{src['version']}"]
        subprocess.run(cmd, cwd=tmp, check=True, capture_output=True)
        got = Path(tmp) / src["file"]
        if not got.exists():
            raise SourceError(f"{src['package']}=={src['version']}: {src['file']} not downloaded")
        got.replace(target)
    return target


def _from_package(src: dict[str, str]) -> bytes:
    archive = _package_file(src)
    member = src["path"]
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            return zf.read(member)
    with tarfile.open(archive) as tf:
        f = tf.extractfile(member)
        if f is None:
            raise SourceError(f"{archive.name}: {member} is not a file")
        return f.read()


def fetch_bytes(entry: Entry) -> bytes:
    """The image's exact bytes, from the cache or its source; sha256 checked."""
    raw = cache_dir() / "raw" / entry.sha256
    if raw.exists():
        return raw.read_bytes()
    kind = entry.source["kind"]
    data = _from_github(entry.source) if kind == "github" else _from_package(entry.source)
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise SourceError(f"{entry.id}: sha256 {digest[:12]} != manifest {entry.sha256[:12]}")
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_bytes(data)
    return data


# --- frames -------------------------------------------------------------------------------


def decode(data: bytes) -> np.ndarray:
    """Decode with the EXIF orientation applied (phone photos are often stored sideways)."""
    img: Any = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        # GIF and other formats OpenCV cannot read: fall back to imageio's decoders.
        import imageio.v3 as iio

        arr = iio.imread(io.BytesIO(data), index=0)
        img = cv2.cvtColor(arr[..., :3], cv2.COLOR_RGB2BGR)
    return img


def backdrop(seed: int) -> np.ndarray:
    """A plain wall: a soft vertical gradient in a muted colour with sensor-like noise."""
    rng = np.random.default_rng(seed)
    base = rng.uniform(90, 190, size=3)
    ramp = np.linspace(-18, 18, FRAME_H, dtype=np.float32)[:, None, None]
    wall = np.broadcast_to(base[None, None, :] + ramp, (FRAME_H, FRAME_W, 3)).astype(np.float32)
    wall = wall + rng.normal(0, 3, wall.shape).astype(np.float32)
    return np.clip(wall, 0, 255).astype(np.uint8)


_DETECTOR: Any = None


def _largest_face(img: np.ndarray) -> tuple[float, float, float, float] | None:
    """The largest face box (x, y, w, h) the full-range detector finds, for framing."""
    global _DETECTOR
    import mediapipe as mp
    from mediapipe.tasks.python import BaseOptions, vision

    from kiosk.quality.models import bundled_models

    if _DETECTOR is None:
        opts = vision.FaceDetectorOptions(
            base_options=BaseOptions(model_asset_path=str(bundled_models().full_range_detector)),
            min_detection_confidence=0.5,
        )
        _DETECTOR = vision.FaceDetector.create_from_options(opts)
    # Detect on a copy padded by half its size, then by more: tight face crops are found
    # too (a face filling the whole photo is too big for the full-range detector).
    h, w = img.shape[:2]
    for pad in (max(h, w) // 2, max(h, w), 2 * max(h, w)):
        padded = cv2.copyMakeBorder(
            img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(128, 128, 128)
        )
        rgb = np.ascontiguousarray(cv2.cvtColor(padded, cv2.COLOR_BGR2RGB))
        result = _DETECTOR.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb))
        boxes = [d.bounding_box for d in result.detections]
        if boxes:
            b = max(boxes, key=lambda b: b.width * b.height)
            return (b.origin_x - pad, b.origin_y - pad, b.width, b.height)
    return None


def build_frame(entry: Entry, img: np.ndarray) -> np.ndarray:
    if entry.crop:
        x, y, w, h = entry.crop
        H, W = img.shape[:2]
        img = img[max(0, y) : min(H, y + h), max(0, x) : min(W, x + w)]
    h, w = img.shape[:2]
    # Scenes and groups are framed whole: zooming on one face would push the others out.
    face = _largest_face(img) if entry.category not in ("empty", "group") else None
    if face is None:
        scale = min(FRAME_W / w, FRAME_H / h, MAX_UPSCALE)
        cx, cy = w / 2, h / 2
        at = (FRAME_W / 2, FRAME_H / 2)
    else:
        fx, fy, fw, fh = face
        # A detector box spans brows to chin: ~0.75 of the head a landmark mesh spans.
        target = 0.30 + 0.20 * (int(entry.sha256[8:12], 16) / 0xFFFF)
        scale = min(target * FRAME_H / (fh / 0.75), MAX_UPSCALE)
        cx, cy = fx + fw / 2, fy + fh / 2
        at = (FRAME_W / 2, FRAME_H * 0.46)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    placed = cv2.resize(img, (nw, nh), interpolation=interp)
    frame = backdrop(int(entry.sha256[:8], 16))
    # Where the photo's (scaled) point (cx, cy) lands in the frame; paste the overlap.
    ox, oy = round(at[0] - cx * scale), round(at[1] - cy * scale)
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(FRAME_W, ox + nw), min(FRAME_H, oy + nh)
    if x1 > x0 and y1 > y0:
        frame[y0:y1, x0:x1] = placed[y0 - oy : y1 - oy, x0 - ox : x1 - ox]
    ok, enc = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    out: Any = cv2.imdecode(enc, cv2.IMREAD_COLOR)
    return out


def frame_path(entry: Entry) -> Path:
    # Keyed by what the frame is made from, not by the id: ids are renumbered as parts are
    # rewritten, and a stale frame under a reused id would be judged against a new label.
    crop = "x".join(map(str, entry.crop)) if entry.crop else "whole"
    framing = "fit" if entry.category in ("empty", "group") else "face"
    # v2: faces found with the wider padding of _largest_face (tight close-ups).
    return cache_dir() / "frames" / f"{entry.sha256[:20]}-{crop}-{framing}-v2.jpg"


def frames(entries: list[Entry], rebuild: bool = False) -> Iterator[tuple[Entry, Path | str]]:
    """Yield (entry, frame path) or (entry, error message) for every entry."""
    for e in entries:
        out = frame_path(e)
        if out.exists() and not rebuild:
            yield e, out
            continue
        try:
            frame = build_frame(e, decode(fetch_bytes(e)))
        except (SourceError, OSError, subprocess.CalledProcessError, ValueError) as exc:
            yield e, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(out), frame, [cv2.IMWRITE_JPEG_QUALITY, 97])
        yield e, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", action="store_true", help="merge parts/*.json first")
    parser.add_argument("--rebuild", action="store_true", help="rebuild every frame")
    args = parser.parse_args()
    if args.merge:
        merge_parts()
    entries = load_manifest()
    ok = bad = 0
    for e, result in frames(entries, args.rebuild):
        if isinstance(result, Path):
            ok += 1
        else:
            bad += 1
            print(f"{e.id}: {result}", file=sys.stderr)
    print(f"frames: {ok} built or cached in {cache_dir() / 'frames'}, {bad} unavailable")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
