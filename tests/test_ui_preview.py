"""The GUI thread's work per camera frame stays small: one paint per frame shown, none per
frame while the picture is frozen, the freeze-frame scaled once, and the staff panel's labels
touched only when what they say changes."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtGui import QPaintEvent

from kiosk.flow import Candidate, FlowSettings, Guidance, State, initial_model
from kiosk.quality.rules import Rule
from kiosk.ui import preview as preview_module
from kiosk.ui.preview import PreviewWidget
from kiosk.ui.preview_image import prepare_display
from kiosk.ui.staff_panel import StaffPanel
from kiosk.ui.workers import FramePacket
from tests.fakes import report

FRAME = np.full((720, 1280, 3), 90, np.uint8)


class CountingPreview(PreviewWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


@pytest.fixture
def preview(qtbot):
    widget = CountingPreview()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def model_in(state: State, frame_id: int = 1):
    rep = report(Rule.FACE_TOO_SMALL, frame_id=frame_id)
    cand = Candidate(frame_id, FRAME, rep)
    return dataclasses.replace(
        initial_model(FlowSettings()),
        state=state,
        latest=cand,
        captured=cand if state in (State.CAPTURED, State.SUBMITTING) else None,
        guidance=Guidance.from_report(rep),
    )


def packet(i: int, widget: PreviewWidget) -> FramePacket:
    display = prepare_display(FRAME, widget.width(), widget.height(), True)
    return FramePacket(FRAME.copy(), i, 0.0, display)


def test_one_paint_per_camera_frame_however_many_analyses(qtbot, qapp, preview):
    preview.set_model(model_in(State.ALIGNING))
    qapp.processEvents()
    preview.paints = 0
    for i in range(10):
        preview.show_frame(packet(i, preview))
        qapp.processEvents()  # the frame is painted
        preview.set_model(model_in(State.ALIGNING, frame_id=i + 2))  # an analysis result
        qapp.processEvents()  # shown with the next frame, not by a paint of its own
    assert preview.paints == 10 and preview.frames_painted >= 10


def test_a_state_change_is_painted_at_once(qtbot, qapp, preview):
    preview.show_frame(packet(0, preview))
    preview.set_model(model_in(State.ALIGNING))
    qapp.processEvents()
    before = preview.paints
    preview.set_model(model_in(State.STEADY))
    qapp.processEvents()
    assert preview.paints == before + 1


def test_frozen_picture_is_not_repainted_per_frame_nor_rescaled(qtbot, qapp, preview, monkeypatch):
    scaled: list[int] = []
    real = preview_module.prepare_display

    def counting(*args, **kwargs):
        scaled.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(preview_module, "prepare_display", counting)
    preview.set_model(model_in(State.SUBMITTING))
    qapp.processEvents()
    paints = preview.paints
    for i in range(5):
        preview.show_frame(packet(i, preview))  # the camera keeps delivering
        qapp.processEvents()
    assert preview.paints == paints  # the spinner's timer animates it, not the camera
    for _ in range(5):
        preview.repaint()  # e.g. the spinner
    assert len(scaled) == 1  # the captured frame was scaled for the screen once


def test_staff_panel_touches_only_labels_whose_text_changes(qtbot):
    panel = StaffPanel()
    qtbot.addWidget(panel)
    rep = report(Rule.FACE_TOO_SMALL)
    panel.update_metrics(rep, 30.0, 24.0)
    changed: list[str] = []

    def spy(label, name: str) -> None:
        def set_text(text: str) -> None:
            changed.append(name)

        label.setText = set_text

    for key, label in panel.metric_values.items():
        spy(label, key)
    for rule, label in panel.check_labels.items():
        spy(label, str(rule))
    panel.update_metrics(rep, 30.0, 24.0)
    assert changed == []
    panel.update_metrics(report(frame_id=2), 30.0, 25.0)  # the face came closer
    assert sorted(changed) == ["face_too_small", "fps"]


def test_startup_objects_leave_the_garbage_collectors_reach_after_the_first_analysis(qtbot):
    """A full collection of everything loaded at start stalls the GUI for 40-100 ms."""
    import gc

    from kiosk.ui.controller import FlowController
    from kiosk.ui.runner import freeze_startup_objects_on_first_analysis
    from kiosk.ui.workers import AnalysisPacket
    from tests.fakes import IdleSource, NoService, no_engine

    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings())
    freeze_startup_objects_on_first_analysis(controller)
    assert gc.get_freeze_count() == 0
    try:
        controller.analysis.analysed.emit(AnalysisPacket(report(frame_id=1), FRAME, 0.0))
        frozen = gc.get_freeze_count()
        assert frozen > 10_000
        controller.analysis.analysed.emit(AnalysisPacket(report(frame_id=2), FRAME, 0.1))
        assert gc.get_freeze_count() <= frozen  # once: nothing newer was frozen
    finally:
        gc.unfreeze()  # the test session collects as usual
        controller.shutdown()
