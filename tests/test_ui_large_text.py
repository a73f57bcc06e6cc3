"""ui.large_text: every screen's text 1.3 times as large — the app's stylesheet, each
screen's own styles, the words painted on the preview — and still at AA contrast."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.config import Config, parse_config
from kiosk.flow import FlowSettings, State
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.runner import use_large_text
from kiosk.ui.theme import LARGE_TEXT_SCALE, STYLESHEET, enlarge, scale_css
from kiosk.ui.workers import FramePacket
from tests.fakes import IdleSource, NoService, no_engine
from tests.test_ui_contrast import RESULTS, frame, models, poor_contrast
from tests.test_ui_settings import open_dialog


def test_the_setting_is_read_saved_and_off_by_default(qtbot):
    assert not Config().ui.large_text
    assert parse_config("[ui]\nlarge_text = true\n").ui.large_text
    dialog = open_dialog(qtbot, cameras=list)
    dialog.large_text.setChecked(True)
    assert dialog.try_save()
    assert dialog.saved_configs[-1].ui.large_text


def test_scale_css_scales_every_font_size():
    assert scale_css("a { font-size: 20px; } b { font-size:10px }", 1.3) == (
        "a { font-size: 26px; } b { font-size: 13px }"
    )
    assert "font-size: 18px" in scale_css(STYLESHEET, LARGE_TEXT_SCALE)  # 14 px body text


def test_large_text_enlarges_every_screen_once_and_keeps_contrast(qtbot, qapp):
    before = qapp.styleSheet()
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    win = MainWindow(controller, kiosk=True)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    normal_banner = win.preview._banner_box(None)[1]
    try:
        use_large_text(win)
        use_large_text(win)  # twice: still 1.3, not 1.69
        assert "font-size: 73px" in win.result_view.title.styleSheet()  # 56 px
        assert "font-size: 18px" in qapp.styleSheet()
        assert win.preview.text_scale == LARGE_TEXT_SCALE
        assert win.preview._banner_box(None)[1] > normal_banner * 1.25
        assert win.help is not None and "font-size: 29px" in win.help.styleSheet()  # 22 px
        for name in ("attract", "aligning", *(f"result_{r}" for r in RESULTS)):
            model = models(kiosk=True)[name]
            controller.model = model
            win.preview.show_frame(FramePacket(frame(), 1, 0.0))
            win.show_model(model)
            QApplication.processEvents()
            assert poor_contrast(win) == [], name
            if model.state is State.RESULT:  # the words fit: nothing cut off
                title = win.result_view.title
                assert title.sizeHint().width() <= win.result_view.width()
        enlarge(win, LARGE_TEXT_SCALE)
        assert "font-size: 73px" in win.result_view.title.styleSheet()
    finally:
        qapp.setStyleSheet(before)
        win.allow_close = True
        if win.guard is not None:
            win.guard.remove()


def test_a_long_error_in_large_text_on_a_short_stage_is_never_cut(qtbot, qapp):
    """The error headline, its next step and the details all keep their height on a stage
    shorter than 1366x768 beside the staff panel: the badge gives way, the words do not."""
    from kiosk.ui.result_view import ResultView
    from scripts.screen_catalogue import RESULTS as SCREENS

    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLESHEET)
    view = ResultView(kiosk=False)
    qtbot.addWidget(view)
    enlarge(view, LARGE_TEXT_SCALE)
    view.resize(856, 600)
    view.show()
    try:
        for height in (600, 560, 520):
            view.resize(856, height)
            view.show_result(SCREENS["error_unexpected"], sandbox=True)
            QApplication.processEvents()
            for label in (view.title, view.step, view.detail):
                assert label.height() >= label.heightForWidth(label.width()), (
                    f"{height} px: {label.text()[:30]!r} cut"
                )
            assert view.badge.isHidden() or view.badge.width() >= 56
            assert view.retry_button.geometry().bottom() <= view.height()
    finally:
        qapp.setStyleSheet(before)
