"""Builds the running application from the configuration: source, engine, service, window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.camera import FrameSource, source_from_spec
from kiosk.camera.devices import CameraDevice
from kiosk.flow import FlowSettings
from kiosk.resources import assets_dir
from kiosk.submission import ApiSubmitter, Submitter
from kiosk.ui.workers import Analyzer

DEMO_CLIP = "demo/walk_up.mp4"


def demo_clip_path() -> str:
    return str(assets_dir() / DEMO_CLIP)


def choose_source(
    spec: str | None,
    cfg: Any,
    *,
    loop: bool,
    cameras: Callable[[], list[CameraDevice]] | None = None,
) -> tuple[FrameSource, str]:
    """The camera to use and a note for the log. No camera configured: the first webcam —
    or, with ``camera.prefer_external`` (the default), an external camera listed after the
    computer's own (kiosk.camera.devices.preferred_camera), chosen by its stable id; none
    plugged in: the bundled demo clip, so a newcomer sees the whole flow."""
    from kiosk.camera.devices import list_cameras, preferred_camera
    from kiosk.camera.webcam import webcam_exists

    chosen = spec if spec not in (None, "") else cfg.camera.source
    note = ""
    if chosen in (None, "") and cfg.camera.prefer_external:
        found = (cameras or list_cameras)()
        pick = preferred_camera(found)
        if pick is not None and pick is not found[0] and pick.external:
            chosen = pick.stable_id
            note = (
                f"no camera configured: using the external camera {pick.name} [{pick.stable_id}]"
                f" rather than {found[0].name} [{found[0].stable_id}]"
            )
    if chosen in (None, "") and not webcam_exists(0):
        chosen = demo_clip_path()
        loop = True
        note = "no webcam found: playing the bundled demo clip"
    source = source_from_spec(chosen, width=cfg.camera.width, height=cfg.camera.height, loop=loop)
    return source, note


def flow_settings(cfg: Any, kiosk: bool) -> FlowSettings:
    """The flow's timing from the ``[ui]`` section (the rest keeps the flow's defaults)."""
    return FlowSettings(
        kiosk_mode=kiosk,
        hold_s=cfg.ui.steady_seconds,
        walk_away_s=cfg.ui.idle_reset_s,
        result_timeout_s=cfg.ui.result_timeout_s,
        consent_required=cfg.consent.enabled,
    )


def engine_factory(cfg: Any) -> Callable[[], Analyzer]:
    def make() -> Analyzer:
        from kiosk.quality.engine import QualityEngine
        from kiosk.quality.thresholds import QualityThresholds

        thresholds = QualityThresholds.from_overrides(dict(cfg.quality))
        return QualityEngine(thresholds, streaming=True)

    return make


@dataclass
class Parts:
    source: FrameSource
    make_analyzer: Callable[[], Analyzer]
    submitter: Submitter
    settings: FlowSettings
    note: str = ""
    audit: Any = None  # kiosk.audit.AuditTrail: set by `kiosk run`, not by tests


def build_parts(
    cfg: Any, *, kiosk: bool, camera: str | None, once: bool, source: FrameSource | None = None
) -> Parts:
    """``source``: already chosen (and claimed) by the caller; else chosen here."""
    note = ""
    if source is None:
        source, note = choose_source(camera, cfg, loop=not once)
    return Parts(
        source=source,
        make_analyzer=engine_factory(cfg),
        submitter=ApiSubmitter(cfg),
        settings=flow_settings(cfg, kiosk),
        note=note,
    )
