"""Builds the real app (real engine, real threads, the sandbox over loopback) for UI tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.audit import AuditTrail
from kiosk.camera.video import VideoFileSource
from kiosk.config import Config, ConsentConfig
from kiosk.flow import FlowSettings
from kiosk.submission import ApiSubmitter
from kiosk.ui.app import engine_factory
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from scripts.make_demo_clip import NEVER_GOOD, Key, write_clip

ROOT = Path(__file__).resolve().parent.parent
WALK_UP_CLIP = ROOT / "assets" / "demo" / "walk_up.mp4"
# Short hold and freeze keep the tests quick; the flow's timing is tested in test_flow.
FAST = FlowSettings(hold_s=0.6, freeze_s=0.2, walk_away_s=3.0, result_timeout_s=1.5)
GOOD_ONLY = (Key(0.0, 0.40, 0.5, 0.45), Key(2.5, 0.40, 0.5, 0.45))

AppFactory = Callable[..., tuple[FlowController, MainWindow]]


class RecordingPlayer:
    """Stands in for the speaker: which cue was asked for, and in which state of the flow."""

    def __init__(self) -> None:
        self.cues: list[str] = []
        self.closed = False

    def play(self, kind: str) -> None:
        self.cues.append(kind)

    def close(self) -> None:
        self.closed = True


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "walk_up": WALK_UP_CLIP,
        "never_good": write_clip(folder / "never_good.avi", NEVER_GOOD, (640, 360)),
        "good": write_clip(folder / "good.avi", GOOD_ONLY, (640, 360)),
    }


@pytest.fixture
def make_app(qtbot: Any) -> Iterator[AppFactory]:
    made: list[tuple[FlowController, MainWindow]] = []

    def make(
        clip: Path,
        *,
        kiosk: bool = False,
        scenario: str = "normal",
        settings: FlowSettings = FAST,
        loop: bool = False,
        source: Any = None,
        sound: bool = False,
        consent: ConsentConfig | None = None,
        audit: AuditTrail | None = None,
        speech: Any = None,
    ) -> tuple[FlowController, MainWindow]:
        cfg = Config()
        submitter = ApiSubmitter(cfg)
        submitter.sandbox.set_scenario(scenario)
        submitter.sandbox.slow_s = 2.0  # "slow" answers: long enough to cancel, short to wait
        src = source or VideoFileSource(clip, loop=loop)
        if kiosk:
            settings = dataclasses.replace(settings, kiosk_mode=True)
        if consent is not None:
            settings = dataclasses.replace(settings, consent_required=consent.enabled)
        controller = FlowController(src, engine_factory(cfg), submitter, settings, audit=audit)
        window = MainWindow(
            controller,
            kiosk=kiosk,
            sound=sound,
            cue_player=RecordingPlayer(),
            consent=consent,
            speech=speech,
        )
        qtbot.addWidget(window)
        window.resize(1280, 760)
        window.show()
        controller.start()
        made.append((controller, window))
        return controller, window

    yield make
    for controller, window in made:
        controller.shutdown()
        window.allow_close = True
