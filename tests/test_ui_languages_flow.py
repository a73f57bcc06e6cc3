"""Issue 11's "done when": a person goes from attract to result in each of the nine
languages with spoken guidance on — the real kiosk window (offscreen), the real engine on a
simulated camera (a short generated walk-up clip), the sandbox over loopback, the audit
trail on disk and a fake speech engine. The language is chosen on the attract screen's
picker, as a person does; the consent notice (the demo notice, in all nine languages), every
phrase said, every guidance banner and the result screen must be in that language (not an
English fallback), and the consent given reaches the create request and the audit trail
with that language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.audit import AuditTrail, read_day
from kiosk.flow import FlowModel, Outcome, State, SubmitResult
from kiosk.ui import i18n, texts
from kiosk.ui.speech import SpeechGuide
from scripts import screen_catalogue as catalogue
from scripts.make_demo_clip import Key, write_clip
from tests import uiapp
from tests.test_ui_flow import run_through

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(60)

LANGUAGES = tuple(i18n.LANGUAGES)
# Too far for three seconds (the consent notice, then the guidance: move closer), then a
# step forward and still.
SHORT_WALK_UP = (
    Key(0.0, 0.16, 0.5, 0.42),
    Key(3.0, 0.16, 0.5, 0.42),
    Key(3.4, 0.40, 0.5, 0.45),
    Key(7.0, 0.40, 0.5, 0.45),
)


class FakeEngine:
    """A voice for every language; records what is said."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []  # text, language

    def has_voice(self, language: str) -> bool:
        return True

    def say(self, text: str, language: str, volume: float) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        pass


@pytest.fixture(scope="module")
def short_walk_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_clip(tmp_path_factory.mktemp("lang") / "walk_up.avi", SHORT_WALK_UP, (960, 540))


VERIFIED = SubmitResult(Outcome.VERIFIED)
# "Hold still" lasts longer than a phrase must hold to be said (the guidance before it may
# be short: the clip plays on while the consent notice is read), and the result stays long
# enough to be said after the last phrase (one every 2 s).
SETTINGS = dataclasses.replace(uiapp.FAST, hold_s=1.2, result_timeout_s=6.0)


def phrases() -> set[str]:
    """Everything the kiosk can say or show on the way, in the current language."""
    said = {texts.hint_text(h) for h in texts.ENGINE_HINTS}
    said |= {texts.hold_still(), texts.captured_text(), texts.submitting_text()}
    said.add(f"{texts.result_title(VERIFIED)}. {texts.next_step(VERIFIED, True)}")
    return said


@pytest.fixture(scope="module")
def english(qapp: Any) -> set[str]:
    assert i18n.current_language() == "en"
    return phrases()


@pytest.mark.parametrize("code", LANGUAGES)
def test_attract_to_result_in_each_language_with_spoken_guidance(
    qtbot, make_app, short_walk_up, english, tmp_path, code
):
    engine = FakeEngine()
    guide = SpeechGuide(engine, lambda _k: None)
    audit = AuditTrail(tmp_path, "lobby-2", "kiosk")
    notice = catalogue.CONSENT
    try:
        controller, window = make_app(
            short_walk_up, kiosk=True, speech=guide, settings=SETTINGS, consent=notice, audit=audit
        )
        assert controller.model.state is State.ATTRACT
        picker = window.language_bar
        qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)  # the list opens ...
        picker.actions_by_code[code].trigger()  # ... and the person touches the language
        picker.menu.close()
        assert i18n.current_language() == code
        # Qt posts the LanguageChange: the widgets take the new words a moment later.
        qtbot.waitUntil(lambda: picker.button.text().startswith(i18n.LANGUAGES[code]))
        expected = phrases()
        result_line = f"{texts.result_title(VERIFIED)}. {texts.next_step(VERIFIED, True)}"
        if code != "en":
            assert not expected & english, f"{code}: English left in {expected & english}"

        banners: list[str] = []
        shown: dict[str, str] = {}

        def seen(model: FlowModel) -> None:  # after the window has shown the model
            message = window.preview.message()
            if message is not None:
                banners.append(message[1])
            if model.state is State.RESULT and not shown:
                view = window.result_view
                shown.update(
                    title=view.title.text(), step=view.step.text(), detail=view.detail.text()
                )

        controller.modelChanged.connect(seen)
        qtbot.waitUntil(lambda: controller.model.state is State.CONSENT, timeout=10_000)
        view = window.consent_view
        assert view is not None and view.notice.text() == notice.text[code]
        agree = view.accept_button.text()
        qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
        (answer,) = run_through(qtbot, controller)
        assert answer.outcome is Outcome.VERIFIED
        qtbot.waitUntil(lambda: any(t == result_line for t, _ in engine.said), timeout=5000)
    finally:
        i18n.set_language("en")

    said = [t for t, _ in engine.said]
    assert {lang for _, lang in engine.said} == {code}
    assert set(said) <= expected, f"{code}: said {set(said) - expected}"
    assert said[-1] == result_line
    assert len(said) >= 2, f"{code}: said {said}, shown {banners}"  # guidance, then result
    assert banners and set(banners) <= expected, f"{code}: shown {set(banners) - expected}"
    assert shown["title"] == texts_in(code, lambda: texts.result_title(VERIFIED))
    assert shown["step"] == texts_in(code, lambda: texts.next_step(VERIFIED, True))
    sandbox = controller.submitter.sandbox
    (meta,) = [dict(v["metadata"] or {}) for v in sandbox.verifications.values()]
    assert meta["consent_language"] == code and meta["consent_method"] == "touch"
    assert meta["consent_version"] == notice.version
    (line,) = [r for r in read_day(tmp_path, dt.date.today()) if r["outcome"] == "verified"]
    assert line["consent_language"] == code and line["consent_at"] == meta["consent_at"]
    if code != "en":
        assert agree != "I agree"
        assert not set(said) & english and not set(banners) & english
        assert shown["detail"] and "simulated result" not in shown["detail"]  # translated
        assert shown["title"] != "VERIFIED" and "proceed" not in shown["step"]


def texts_in(code: str, make: Any) -> str:
    """``make()`` in language ``code`` (the app is back in English afterwards)."""
    assert i18n.set_language(code)
    try:
        return str(make())
    finally:
        i18n.set_language("en")
