"""Train the occlusion model on landmark-aligned face crops; export it to ONNX.

    python scripts/train_occlusion.py DATA.npz [DATA2.npz ...] --out assets/models/...onnx
        [--cv] [--exclude-sources FILE] [--epochs N] [--seed S] [--fingers F] [--boost B]
        [--swap S]

Runs in its own environment with PyTorch (CPU) and OpenCV; the kiosk itself never imports
torch: it runs the exported ONNX graph through OpenCV's dnn module.

The model reads a 64x64 aligned face (kiosk.quality.face_crop) and gives three
probabilities: the eyes covered, the lower face (nose, mouth, chin) covered, any part
covered. Labels unknown for a crop (-1) do not contribute to the loss.

Augmentation is what a webcam and a landmark fit add — small shifts, rotations and
scales, light, colour, blur, noise, grey — plus, on good faces, drawn covers (dark or
mirrored lenses over the eyes; a patch of cloth-like texture or of the face's own skin
over the lower face or an eye; with ``--fingers`` also drawn fingers and a palm) so that
the model learns "is this region a visible face region" rather than "is this a surgical
mask". ``--swap`` (off in the bundled recipe: it caught more real hands but refused more
uncovered faces in the wild, docs/quality-rules.md) puts one band of another real crop
into uncovered faces. Evaluation is only ever on real covers.

``--cv`` trains one model per fold of sources (every crop scored by a model that never
saw its source) and prints the cross-validated accuracy per label.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import torch
from torch import nn

SIZE = 64
EYES = ((0.34, 0.34), (0.66, 0.34))  # canonical eye centres (kiosk.quality.face_crop)
MOUTH = (0.50, 0.66)


class OcclusionNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()

        def conv(i: int, o: int) -> list[nn.Module]:
            return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU()]

        # 64 -> 32 -> 16 -> 8 -> 4; about 17 M multiply-adds, ~1 ms in OpenCV's dnn.
        self.features = nn.Sequential(
            *conv(3, 16),
            nn.MaxPool2d(2),
            *conv(16, 32),
            nn.MaxPool2d(2),
            *conv(32, 48),
            *conv(48, 48),
            nn.MaxPool2d(2),
            *conv(48, 64),
            nn.MaxPool2d(2),
        )
        self.head = nn.Sequential(
            nn.Flatten(), nn.Dropout(0.3), nn.Linear(64 * 4 * 4, 64), nn.ReLU(), nn.Linear(64, 3)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


# --- augmentation -------------------------------------------------------------------------


def _affine(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    ang = rng.uniform(-8, 8)
    sc = rng.uniform(0.9, 1.1)
    tx, ty = rng.uniform(-3, 3, 2)
    m = cv2.getRotationMatrix2D((SIZE / 2, SIZE / 2), ang, sc)
    m[:, 2] += (tx, ty)
    return cv2.warpAffine(img, m, (SIZE, SIZE), borderMode=cv2.BORDER_REPLICATE)


def _photometric(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    f: Any = img.astype(np.float32)
    if rng.random() < 0.8:
        gain = rng.uniform(0.55, 1.35)
        bias = rng.uniform(-25, 25)
        f = f * gain + bias
    if rng.random() < 0.5:
        f = f * rng.uniform(0.85, 1.15, 3)[None, None, :]  # white balance
    if rng.random() < 0.3:
        g = rng.uniform(0.6, 1.6)
        f = 255.0 * (np.clip(f, 0, 255) / 255.0) ** g
    if rng.random() < 0.2:
        gray = f @ np.array([0.114, 0.587, 0.299], np.float32)
        f = np.repeat(gray[..., None], 3, axis=2)
    if rng.random() < 0.25:
        k = rng.choice([3, 5])
        f = cv2.GaussianBlur(f, (int(k), int(k)), 0)
    elif rng.random() < 0.12:  # out of focus or moving: blur is not a cover
        f = cv2.GaussianBlur(f, (0, 0), rng.uniform(1.2, 2.6))
    if rng.random() < 0.4:
        f = f + rng.normal(0, rng.uniform(1, 6), f.shape)
    out: Any = np.clip(f, 0, 255).astype(np.uint8)
    if rng.random() < 0.3:
        _, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(40, 90))])
        out = cv2.imdecode(enc, cv2.IMREAD_COLOR)
    return out


def _texture(rng: np.random.Generator, pool: np.ndarray) -> np.ndarray:
    """A 64x64 cover texture: a flat colour with noise, stripes, or a piece of another
    crop's border (hair, background, clothes)."""
    kind = rng.integers(0, 3)
    if kind == 0:
        col = rng.uniform(0, 255, 3)
        t = np.ones((SIZE, SIZE, 3), np.float32) * col + rng.normal(
            0, rng.uniform(2, 15), (SIZE, SIZE, 3)
        )
    elif kind == 1:
        col1, col2 = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
        yy, xx = np.mgrid[0:SIZE, 0:SIZE]
        period = rng.uniform(3, 12)
        ang = rng.uniform(0, np.pi)
        wave = (np.sin((xx * np.cos(ang) + yy * np.sin(ang)) / period * 2 * np.pi) > 0)[..., None]
        t = np.where(wave, col1, col2).astype(np.float32)
    else:
        src = pool[rng.integers(len(pool))]
        corner = src[:16, :16] if rng.random() < 0.5 else src[-16:, :16]
        t = cv2.resize(corner, (SIZE, SIZE), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    return np.clip(t, 0, 255).astype(np.uint8)


def _skin_texture(
    img: np.ndarray, rng: np.random.Generator, pool: np.ndarray | None = None
) -> np.ndarray:
    """Cheek skin — the face's own, or another person's — stretched, with finger-like
    shading: a hand."""
    if pool is not None and rng.random() < 0.5:
        img = pool[rng.integers(len(pool))]
    cheek = img[int(0.45 * SIZE) : int(0.6 * SIZE), int(0.12 * SIZE) : int(0.28 * SIZE)]
    t = cv2.resize(cheek, (SIZE, SIZE)).astype(np.float32)
    t *= rng.uniform(0.8, 1.2)
    if rng.random() < 0.7:
        xx = np.mgrid[0:SIZE, 0:SIZE][1 if rng.random() < 0.5 else 0]
        period = rng.uniform(7, 12)
        t *= (0.85 + 0.15 * np.cos(xx / period * 2 * np.pi))[..., None]
    return np.clip(t, 0, 255).astype(np.uint8)


def _blend(img: np.ndarray, cover: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = cv2.GaussianBlur(mask.astype(np.float32), (3, 3), 0)[..., None]
    return (img * (1 - m) + cover * m).astype(np.uint8)


def _lenses(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    mask = np.zeros((SIZE, SIZE), np.uint8)
    rx, ry = rng.uniform(6, 10), rng.uniform(4.5, 8)
    for ex, ey in EYES:
        c = (int(ex * SIZE + rng.uniform(-1, 1)), int(ey * SIZE + rng.uniform(-1, 2)))
        cv2.ellipse(mask, c, (int(rx), int(ry)), 0, 0, 360, 1, -1)
    if rng.random() < 0.6:  # dark lenses
        lens = np.ones((SIZE, SIZE, 3), np.float32) * rng.uniform(5, 60)
        lens = lens * rng.uniform(0.7, 1.3, 3) + rng.normal(0, 3, lens.shape)
    else:  # mirrored: a bright gradient with a colour tint
        yy = np.mgrid[0:SIZE, 0:SIZE][0].astype(np.float32)
        lens = (rng.uniform(80, 230) - yy * rng.uniform(0.5, 2.5))[..., None] * rng.uniform(
            0.6, 1.2, 3
        )
    cover = np.clip(lens, 0, 255).astype(np.uint8)
    out = _blend(img, cover, mask)
    frame_col = tuple(int(v) for v in rng.uniform(0, 80, 3))
    for ex, ey in EYES:
        cv2.ellipse(
            out, (int(ex * SIZE), int(ey * SIZE)), (int(rx), int(ry)), 0, 0, 360, frame_col, 1
        )
    return out


def _lower_cover(img: np.ndarray, rng: np.random.Generator, pool: np.ndarray) -> np.ndarray:
    mask = np.zeros((SIZE, SIZE), np.uint8)
    top = rng.uniform(0.45, 0.6) * SIZE
    xs = rng.uniform(0.05, 0.2) * SIZE, rng.uniform(0.8, 0.95) * SIZE
    pts = np.array(
        [
            [xs[0], top + rng.uniform(-4, 4)],
            [xs[1], top + rng.uniform(-4, 4)],
            [xs[1], SIZE],
            [xs[0], SIZE],
        ],
        np.int32,
    )
    shape = rng.random()
    cx, cy = MOUTH[0] * SIZE + rng.uniform(-6, 6), MOUTH[1] * SIZE + rng.uniform(-2, 4)
    if shape < 0.4:  # a partial cover: mouth only, a hand from one side
        cv2.ellipse(
            mask,
            (int(cx), int(cy)),
            (int(rng.uniform(12, 22)), int(rng.uniform(8, 14))),
            rng.uniform(-30, 30),
            0,
            360,
            1,
            -1,
        )
    else:
        cv2.fillPoly(mask, [pts], 1)
    cover = _skin_texture(img, rng, pool) if rng.random() < 0.45 else _texture(rng, pool)
    return _blend(img, cover, mask)


def _eye_cover(img: np.ndarray, rng: np.random.Generator, pool: np.ndarray) -> np.ndarray:
    """Something over one or both eyes: a hand (a skin-coloured blob reaching well past the
    eye, never an eyelid-sized patch, which would teach the model that closed eyes are
    covered), hair, a card or cloth."""
    mask = np.zeros((SIZE, SIZE), np.uint8)
    which = rng.integers(0, 3)  # right, left, both
    skin = rng.random() < 0.5
    for i, (ex, ey) in enumerate(EYES):
        if which in (i, 2):
            big = (
                (rng.uniform(14, 20), rng.uniform(10, 15))
                if skin
                else (
                    rng.uniform(9, 14),
                    rng.uniform(7, 11),
                )
            )
            cv2.ellipse(
                mask,
                (int(ex * SIZE + rng.uniform(-2, 2)), int(ey * SIZE + rng.uniform(-3, 1))),
                (int(big[0]), int(big[1])),
                rng.uniform(-30, 30),
                0,
                360,
                1,
                -1,
            )
    cover = _skin_texture(img, rng, pool) if skin else _texture(rng, pool)
    return _blend(img, cover, mask)


def _fingers(img: np.ndarray, rng: np.random.Generator, pool: np.ndarray) -> tuple[np.ndarray, int]:
    """Real hands over a face are fingers, not blobs: one to four parallel, rounded,
    skin-coloured bands (the face's own skin or another person's), each shaded like a
    cylinder with a dark seam between them and a palm at their base, laid over the mouth,
    over one eye or across the nose. Returns the crop and which label it covers
    (0 eyes, 1 lower face)."""
    target = rng.random()
    if target < 0.6:  # over the mouth, from below or from a side
        cx, cy = MOUTH[0] * SIZE + rng.uniform(-5, 5), MOUTH[1] * SIZE + rng.uniform(-2, 4)
        covers = 1
    elif target < 0.85:  # over one eye
        ex, ey = EYES[int(rng.integers(0, 2))]
        cx, cy = ex * SIZE + rng.uniform(-2, 2), ey * SIZE + rng.uniform(-1, 2)
        covers = 0
    else:  # across the nose and both eyes
        cx, cy = 0.5 * SIZE + rng.uniform(-3, 3), 0.42 * SIZE + rng.uniform(-2, 3)
        covers = 0
    n = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.2, 0.25, 0.35]))
    width = rng.uniform(5.0, 8.0)
    length = rng.uniform(18.0, 30.0) if n > 1 else rng.uniform(14.0, 22.0)
    # Fingers point up (a hand from below) or sideways; a lone finger over the lips stands.
    sideways = n > 1 and rng.random() >= 0.5
    ang = rng.uniform(-0.5, 0.5) + (float(rng.choice([-1.3, 1.3])) if sideways else 0.0)
    along = np.array([np.sin(ang), -np.cos(ang)])  # from the base towards the tips
    across = np.array([along[1], -along[0]])
    # Mostly the person's own skin, without the drawn finger stripes of _skin_texture.
    src = img if rng.random() < 0.8 else pool[rng.integers(len(pool))]
    x0 = int((0.24 if rng.random() < 0.5 else 0.63) * SIZE)  # below an eye, beside the nose
    cheek = src[int(0.45 * SIZE) : int(0.56 * SIZE), x0 : x0 + int(0.13 * SIZE)]
    skin = cv2.resize(cheek, (SIZE, SIZE)).astype(np.float32) * rng.uniform(0.8, 1.15)
    mask = np.zeros((SIZE, SIZE), np.float32)
    shade = np.ones((SIZE, SIZE), np.float32)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    offset = (n - 1) / 2.0
    tips_at = rng.uniform(0.25, 0.55) * length  # how far past the target the tips reach
    for k in range(n):
        mid = np.array([cx, cy]) + across * (k - offset) * width * rng.uniform(0.95, 1.1)
        tip = mid + along * (tips_at + rng.uniform(-2, 2) - abs(k - offset) * 1.5)
        base = tip - along * length
        # Distance of every pixel to the segment base-tip: a capsule of radius width/2.
        seg = tip - base
        t = np.clip(((xx - base[0]) * seg[0] + (yy - base[1]) * seg[1]) / (seg @ seg), 0, 1)
        dx, dy = xx - (base[0] + t * seg[0]), yy - (base[1] + t * seg[1])
        r = np.sqrt(dx * dx + dy * dy) / (width / 2)
        inside = r < 1.0
        mask[inside] = 1.0
        # Rounded: darker towards the finger's edges, a seam where fingers meet.
        shade[inside] = np.minimum(shade[inside], 1.0 - 0.22 * r[inside] ** 2)
    if n > 1 and rng.random() < 0.8:  # the palm, beyond the bases
        pc = np.array([cx, cy]) + along * (tips_at - length - rng.uniform(4, 10))
        cv2.ellipse(
            mask,
            (int(pc[0]), int(pc[1])),
            (int(width * (n / 2 + 0.8)), int(rng.uniform(8, 14))),
            float(np.degrees(np.arctan2(across[1], across[0]))),
            0,
            360,
            1.0,
            -1,
        )
    soft: np.ndarray = cv2.GaussianBlur(shade, (0, 0), 0.6)
    cover = np.clip(skin * soft[..., None], 0, 255).astype(np.uint8)
    return _blend(img, cover, mask), covers


# The two bands of the aligned crop that a region swap exchanges: the eyes (with the brows
# and the top of the nose) and the lower face (nose tip, mouth, chin), with a soft seam.
# (Swapping the lower band alone, at the same rate for it, was tried: no better on hands,
# worse held out on bearded faces, and on the unseen mined FairFace faces: docs.)
SWAP_BANDS = ((0, 0.16, 0.50), (1, 0.48, 1.0))


def swap_donors(y: np.ndarray) -> dict[tuple[int, int], np.ndarray]:
    """Crops by (band, label): which crops can give a covered or an uncovered band."""
    return {(part, v): np.flatnonzero(y[:, part] == v) for part, _, _ in SWAP_BANDS for v in (0, 1)}


def _swap_region(
    img: np.ndarray,
    y: np.ndarray,
    rng: np.random.Generator,
    x_all: np.ndarray,
    donors: dict[tuple[int, int], np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """One band of this (uncovered) face replaced by the same band of another real crop —
    a real hand, mask or lens, or another person's real uncovered mouth or eyes, half and
    half — and that band's label taken from the donor. Because uncovered bands are swapped
    as often as covered ones, the seam itself says nothing: the model has to look at what
    is in the band. Real covers are few; this puts each one on many faces and lights."""
    part, top, bottom = SWAP_BANDS[int(rng.integers(0, len(SWAP_BANDS)))]
    want = 1 if rng.random() < 0.5 else 0
    pick = donors[(part, want)]
    if len(pick) == 0:
        return img, y
    j = int(pick[rng.integers(len(pick))])
    band = np.zeros((SIZE, SIZE), np.float32)
    band[int(top * SIZE) : int(bottom * SIZE)] = 1.0
    soft = cv2.GaussianBlur(band, (0, 0), rng.uniform(1.0, 2.5))[..., None]
    out = (img * (1 - soft) + x_all[j] * soft).astype(np.uint8)
    y = y.copy()
    y[part] = want
    if want == 1:
        y[2] = 1
    return out, y


def augment(
    img: np.ndarray,
    y: np.ndarray,
    rng: np.random.Generator,
    pool: np.ndarray,
    fingers: float = 0.0,
    swap: float = 0.0,
    donors: dict[tuple[int, int], np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """``fingers``: the share of drawn covers that are drawn fingers (0.2 for the bundled
    model: they catch real hands, and refuse white-bearded faces unless those are drawn
    more often, ``--boost``; docs/quality-rules.md). ``swap``: the share of uncovered faces
    given a band of another real crop (_swap_region)."""
    y = y.copy()
    if donors is not None and y[2] != 1 and rng.random() < swap:
        return _finish(*_swap_region(img, y, rng, pool, donors), rng)
    # Drawn covers go on faces not already covered; unknown labels become known.
    if y[2] != 1 and rng.random() < 0.45:
        if fingers > 0 and rng.random() < fingers:
            img, part = _fingers(img, rng, pool)
            y[part] = 1
        else:
            r = rng.random()
            if r < 0.4:
                img, y[0] = _lenses(img, rng), 1
            elif r < 0.75:
                img, y[1] = _lower_cover(img, rng, pool), 1
            else:
                img, y[0] = _eye_cover(img, rng, pool), 1
        y[2] = 1
    return _finish(img, y, rng)


def _finish(
    img: np.ndarray, y: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    img = _affine(img, rng)
    if rng.random() < 0.5:
        img = img[:, ::-1]
    return _photometric(np.ascontiguousarray(img), rng), y


# --- training -----------------------------------------------------------------------------


def to_tensor(batch: np.ndarray) -> torch.Tensor:
    # BGR uint8 NHWC -> float NCHW in [0, 1]; the ONNX graph takes the same (cv2.dnn blob).
    return torch.from_numpy(batch.astype(np.float32) / 255.0).permute(0, 3, 1, 2).contiguous()


def train(
    x: np.ndarray,
    y: np.ndarray,
    epochs: int,
    seed: int,
    fingers: float = 0.0,
    boost: np.ndarray | None = None,
    swap: float = 0.0,
) -> OcclusionNet:
    """``boost``: a factor per crop on how often it is drawn (1 for most)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = OcclusionNet()
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-3)
    steps = epochs * (len(x) // 64 + 1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps)
    # Balance: sample good faces and covers alike.
    covered = (y == 1).any(axis=1)
    weights = np.where(covered, 0.5 / max(1, covered.sum()), 0.5 / max(1, (~covered).sum()))
    if boost is not None:
        weights = weights * boost
    weights /= weights.sum()
    loss_fn = nn.BCEWithLogitsLoss(reduction="none")
    donors = swap_donors(y) if swap > 0 else None
    net.train()
    for epoch in range(epochs):
        total = 0.0
        for _ in range(len(x) // 64 + 1):
            idx = rng.choice(len(x), 64, p=weights)
            pairs = [augment(x[i], y[i], rng, x, fingers, swap, donors) for i in idx]
            xb = to_tensor(np.stack([p[0] for p in pairs]))
            yb = torch.from_numpy(np.stack([p[1] for p in pairs]).astype(np.float32))
            known = (yb >= 0).float()
            out = net(xb)
            loss = (loss_fn(out, yb.clamp(min=0)) * known).sum() / known.sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach())
        print(f"  epoch {epoch + 1}/{epochs} loss {total / (len(x) // 64 + 1):.4f}", flush=True)
    net.eval()
    return net


@torch.no_grad()
def predict(net: OcclusionNet, x: np.ndarray) -> np.ndarray:
    out = [torch.sigmoid(net(to_tensor(x[i : i + 256]))).numpy() for i in range(0, len(x), 256)]
    return np.concatenate(out)


def report(name: str, p: np.ndarray, y: np.ndarray, thr: float = 0.5) -> None:
    for k, label in enumerate(("eyes", "lower", "any")):
        known = y[:, k] >= 0
        pos, neg = known & (y[:, k] == 1), known & (y[:, k] == 0)
        tpr = (p[pos, k] > thr).mean() if pos.any() else float("nan")
        tnr = (p[neg, k] <= thr).mean() if neg.any() else float("nan")
        print(
            f"{name} {label}: covered caught {tpr:.3f} (n={pos.sum()}), "
            f"visible passed {tnr:.3f} (n={neg.sum()})"
        )


def export(net: OcclusionNet, out: Path) -> None:
    dummy = torch.zeros(1, 3, SIZE, SIZE)

    class WithSigmoid(nn.Module):
        def __init__(self, inner: OcclusionNet) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.sigmoid(self.inner(x))

    torch.onnx.export(
        WithSigmoid(net),
        dummy,
        str(out),
        input_names=["face"],
        output_names=["covered"],
        opset_version=13,
        dynamo=False,
    )
    print(f"exported {out} ({out.stat().st_size} bytes)")


def load(paths: list[Path]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ss, ids = [], [], [], []
    for p in paths:
        d = np.load(p)
        xs.append(d["x"])
        ys.append(d["y"])
        ss.append(d["source"])
        ids.append(d["id"])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ss), np.concatenate(ids)


# Uncovered faces a model that catches real hands tends to refuse (grey beards and
# moustaches, weathered skin): drawn more often with --boost.
ROOT = Path(__file__).resolve().parent.parent
BOOST_SUBGROUPS = ("beard", "older")
BOOST_POOLS = (ROOT / "eval/occlusion/older_labels.json",)


def _boost(ids: np.ndarray, y: np.ndarray, factor: float) -> np.ndarray:
    manifest = json.loads((ROOT / "eval/real/manifest.json").read_text(encoding="utf-8"))
    picked = {
        e["id"]
        for e in manifest["images"]
        if e["category"] == "good" and set(e["subgroups"]) & set(BOOST_SUBGROUPS)
    }
    for pool in BOOST_POOLS:
        if pool.exists():
            for d in json.loads(pool.read_text(encoding="utf-8")):
                picked |= {f"{d['repo']}:{d['prefix']}{n}" for n in d["looked_at"]}
    hit = np.array([i in picked for i in ids]) & ~(y == 1).any(axis=1)
    print(f"boost x{factor} on {int(hit.sum())} uncovered crops")
    return np.where(hit, factor, 1.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--exclude-sources", type=Path, help="file of repositories held out")
    ap.add_argument("--scores", type=Path, help="write cross-validated scores (npz)")
    ap.add_argument(
        "--drop-labelled",
        type=Path,
        help="labels file (eval/occlusion/*.json) whose faces are left out of this training",
    )
    ap.add_argument("--fingers", type=float, default=0.0, help="share of drawn fingers")
    ap.add_argument(
        "--swap", type=float, default=0.0, help="share of uncovered faces given a real band"
    )
    ap.add_argument(
        "--boost",
        type=float,
        default=1.0,
        help="draw uncovered faces of BOOST_SUBGROUPS (development set) and of the pools "
        "of BOOST_POOLS this many times as often",
    )
    args = ap.parse_args()
    torch.set_num_threads(2)
    x, y, src, ids = load(args.data)
    if args.exclude_sources:
        held = set(args.exclude_sources.read_text().split())
        keep = np.array([s not in held for s in src])
        x, y, src, ids = x[keep], y[keep], src[keep], ids[keep]
    if args.drop_labelled:
        d = json.loads(args.drop_labelled.read_text(encoding="utf-8"))
        dropped = {f"{d['repo']}:{n}" for n in d["looked_at"]}
        keep = np.array([i not in dropped for i in ids])
        x, y, src, ids = x[keep], y[keep], src[keep], ids[keep]
    print(f"{len(x)} crops from {len(set(src))} sources")
    boost = _boost(ids, y, args.boost) if args.boost != 1.0 else None
    if args.cv:
        names = sorted(set(src))
        # Sources into 3 folds of similar size, largest first.
        sizes = sorted(((int((src == n).sum()), n) for n in names), reverse=True)
        folds: list[list[str]] = [[], [], []]
        load_ = [0, 0, 0]
        for size, n in sizes:
            k = int(np.argmin(load_))
            folds[k].append(n)
            load_[k] += size
        scores = np.zeros((len(x), 3), np.float32)
        for k, fold in enumerate(folds):
            test = np.isin(src, fold)
            print(f"fold {k}: test sources {fold} ({test.sum()} crops)")
            b = None if boost is None else boost[~test]
            net = train(x[~test], y[~test], args.epochs, args.seed + k, args.fingers, b, args.swap)
            scores[test] = predict(net, x[test])
        report("cv", scores, y)
        if args.scores:
            np.savez(args.scores, scores=scores, y=y, source=src, id=ids)
    if args.out:
        net = train(x, y, args.epochs, args.seed, args.fingers, boost, args.swap)
        report("train", predict(net, x), y)
        export(net, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
