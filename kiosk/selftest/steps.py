"""The self-test's Qt-free checks: configuration, models, the sample verdict, a submission.

Each returns a few words for the summary line or raises SelfTestFailure.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kiosk.resources import assets_dir
from kiosk.selftest import SelfTestFailure

if TYPE_CHECKING:
    from kiosk.quality.report import QualityReport

SAMPLE_FILE = "good.jpg"
# The darkened copy: a fifth of the light, far below any sensible too_dark threshold, while
# the face stays detectable (so the verdict is "too dark", not "no face").
DARKEN_FACTOR = 0.15


def sample_path() -> Path:
    return assets_dir() / "selftest" / SAMPLE_FILE


@cache
def _sample_frame() -> np.ndarray:
    from kiosk.imageio import ImageLoadError, load_image

    try:
        return load_image(str(sample_path()))
    except ImageLoadError as exc:
        raise SelfTestFailure(f"sample frame unreadable: {exc}") from None


def check_configuration() -> str:
    """The configuration file (or the defaults) loads; never prints a value from it."""
    from kiosk.config import ConfigError, load_config

    try:
        cfg = load_config(use_credential_store=False)
    except ConfigError as exc:
        raise SelfTestFailure(str(exc)) from None
    where = str(cfg.path) if cfg.path is not None else "defaults"
    service = "sandbox" if cfg.api.uses_sandbox else "IDmeta service"
    return f"configuration loads ({where}, {service})"


def check_models() -> str:
    from kiosk.quality.models import MODEL_FILES, ModelError, verify_models

    try:
        verify_models()
    except ModelError as exc:
        raise SelfTestFailure(str(exc)) from None
    return f"{len(MODEL_FILES)} models match SHA256SUMS"


class SampleVerdict:
    """Judges the sample frame (default thresholds: this checks the installation, not the
    site's tuning) and keeps the report for the screens."""

    def __init__(self) -> None:
        self.report: QualityReport | None = None

    def frame(self) -> np.ndarray:
        return _sample_frame()

    def check(self) -> str:
        from kiosk.quality.engine import QualityEngine
        from kiosk.quality.rules import Rule

        frame = self.frame()
        dark = np.clip(frame.astype(np.float32) * DARKEN_FACTOR, 0, 255).astype(np.uint8)
        with QualityEngine() as engine:
            good = engine.analyze(frame, frame_id=1)
            darkened = engine.analyze(dark, frame_id=2)
        if not good.passed:
            failures = ", ".join(str(r) for r in good.failures) or "no reason given"
            raise SelfTestFailure(f"the sample frame did not pass ({failures})")
        if Rule.TOO_DARK not in darkened.failures:
            failures = ", ".join(str(r) for r in darkened.failures) or "it passed"
            raise SelfTestFailure(f"the darkened sample was not too_dark ({failures})")
        self.report = good
        return "sample frame passes, darkened fails too_dark"


def check_submission(frame: np.ndarray) -> str:
    """One whole verification (create, biometrics, finalize) against the in-process
    sandbox on 127.0.0.1, whatever service the configuration names."""
    from kiosk.api import IdmetaClient
    from kiosk.config import Config
    from kiosk.credentials import Secret
    from kiosk.sandbox import SANDBOX_TOKEN, SANDBOX_TRUST_FLOW_ID, EngineWorker, SandboxServer

    worker = EngineWorker()
    sandbox = SandboxServer(port=0, analyzer=worker).start()
    try:
        api = dataclasses.replace(
            Config().api,
            base_url=sandbox.base_url,
            token=Secret(SANDBOX_TOKEN),
            trust_flow_id=SANDBOX_TRUST_FLOW_ID,
        )
        with IdmetaClient(api) as client:
            result = client.verify(frame, operator_ref="self-test")
    finally:
        sandbox.stop()
        worker.close()
    if str(result.outcome) != "verified":
        why = result.message or result.error_kind or str(result.outcome)
        raise SelfTestFailure(f"sandbox submission ended {result.outcome}: {why}")
    return "sandbox submission verified"
