"""The `[ui]` timing settings reach the flow: hold, walk-away reset, result timeout — from
the configuration at start and from the settings dialog while running."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.config import Config, ConfigError, UiConfig
from kiosk.flow import Analysed, Outcome, State, SubmitFinished, Tick
from kiosk.quality.rules import Rule
from kiosk.ui.app import flow_settings
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.runner import _apply_settings
from tests.fakes import IdleSource, NoService, answer, no_engine, report
from tests.test_flow import Driver


def config(**ui: object) -> Config:
    return Config(ui=UiConfig(**ui))  # type: ignore[arg-type]


def test_walk_away_reset_follows_ui_idle_reset_s():
    d = Driver(flow_settings(config(idle_reset_s=10.0), kiosk=True))
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.frame(0.5, Rule.NO_FACE)  # the person has gone
    d.send(Tick(9.9))
    assert d.model.state is State.ALIGNING  # the old fixed 3 s would have reset by now
    d.send(Tick(10.1))
    assert d.model.state is State.ATTRACT


def test_the_default_walk_away_reset_is_a_few_seconds():
    d = Driver(flow_settings(Config(), kiosk=False))
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.frame(0.5, Rule.NO_FACE)
    d.send(Tick(2.9))
    assert d.model.state is State.ALIGNING
    d.send(Tick(3.1))
    assert d.model.state is State.ATTRACT


def test_idle_reset_out_of_range_is_named():
    with pytest.raises(ConfigError, match=r"ui\.idle_reset_s"):
        config(idle_reset_s=0.2)


def test_hold_follows_ui_steady_seconds():
    d = Driver(flow_settings(config(steady_seconds=2.5), kiosk=False))
    for i in range(25):
        d.frame(i * 0.1)
    assert d.model.state is State.STEADY
    d.send(Tick(2.55))
    assert d.model.state is State.CAPTURED


def test_kiosk_result_timeout_follows_ui_result_timeout_s():
    settings = dataclasses.replace(
        flow_settings(config(result_timeout_s=20.0), kiosk=True), freeze_s=0.5
    )
    d = Driver(settings)
    t = d.to_submitting()
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t))
    d.frame(t + 1)  # still standing there
    d.send(Tick(t + 19.9))
    assert d.model.state is State.RESULT
    d.send(Tick(t + 20.0))
    assert d.model.state is State.ATTRACT


def test_saved_settings_change_the_running_flows_timing(qtbot):
    clock = [100.0]
    cfg = Config()
    controller = FlowController(
        IdleSource(),
        no_engine,
        NoService(),
        flow_settings(cfg, kiosk=False),
        clock=lambda: clock[0],
    )
    window = MainWindow(controller, kiosk=False)
    qtbot.addWidget(window)
    new = dataclasses.replace(
        cfg, ui=dataclasses.replace(cfg.ui, idle_reset_s=30.0, steady_seconds=2.0)
    )
    _apply_settings(window, new)
    settings = controller.model.settings
    assert (settings.walk_away_s, settings.hold_s, settings.kiosk_mode) == (30.0, 2.0, False)
    # The person steps up and away: the reset now waits 30 s, not 3.
    controller.dispatch(Analysed(report(Rule.FACE_TOO_SMALL, frame_id=1), None, 100.0))
    controller.dispatch(Analysed(report(Rule.NO_FACE, frame_id=2), None, 100.5))
    controller.dispatch(Tick(110.0))
    assert controller.model.state is State.ALIGNING
    controller.dispatch(Tick(130.1))
    assert controller.model.state is State.ATTRACT
    controller.shutdown()
