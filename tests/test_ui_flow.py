"""The whole app, offscreen: a clip in, the engine on its thread, the sandbox over loopback."""

from __future__ import annotations

import time

import pytest

from kiosk.flow import Outcome, State
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from tests import uiapp

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(90)


def wait_for_state(qtbot, controller, state: State, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: controller.model.state is state, timeout=timeout)


def run_through(qtbot, controller, expect_answers: int = 1, timeout: int = 25_000) -> list:
    answers: list = []
    controller.answered.connect(answers.append)
    qtbot.waitUntil(lambda: len(answers) >= expect_answers, timeout=timeout)
    return answers


@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_walk_up_clip_gives_one_auto_capture_and_verified(qtbot, make_app, clips, kiosk):
    controller, window = make_app(clips["walk_up"], kiosk=kiosk)
    seen: list[State] = []
    controller.modelChanged.connect(
        lambda m: seen.append(m.state) if not seen or seen[-1] is not m.state else None
    )
    answers = run_through(qtbot, controller)
    wait_for_state(qtbot, controller, State.RESULT)
    assert [a.outcome for a in answers] == [Outcome.VERIFIED]
    assert controller.submitter.sandbox.count("biometrics") == 1
    assert seen[:2] == [State.ATTRACT, State.ALIGNING]
    assert State.STEADY in seen and State.CAPTURED in seen
    assert window.stage.currentWidget() is window.result_view
    assert window.result_view.title.text() == "VERIFIED"
    assert "Sandbox" in window.result_view.detail.text()
    qtbot.wait(1500)  # the clip plays out: still exactly one submission
    assert controller.submitter.sandbox.count("biometrics") == 1
    if kiosk:  # the result resets by itself
        wait_for_state(qtbot, controller, State.ATTRACT, timeout=5000)
    else:
        assert window.panel is not None and window.panel.history.rowCount() == 1


def test_clip_with_no_acceptable_frame_never_submits(qtbot, make_app, clips):
    controller, _ = make_app(clips["never_good"])
    ended: list[bool] = []
    controller.sourceEnded.connect(lambda: ended.append(True))
    rules: set[Rule] = set()
    controller.modelChanged.connect(
        lambda m: rules.add(m.guidance.rule) if m.guidance and m.guidance.rule else None
    )
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert controller.submitter.sandbox.count() == 0
    assert controller.model.state is State.ALIGNING
    assert Rule.FACE_TOO_SMALL in rules and rules & {Rule.FACE_NEAR_BORDER, Rule.FACE_CROPPED}


@pytest.mark.parametrize(
    ("scenario", "outcome", "title"),
    [
        ("rejected", Outcome.NOT_VERIFIED, "Not verified"),
        ("review", Outcome.REVIEW, "Review needed"),
        ("server_error", Outcome.ERROR, "Service error"),
        ("unauthorized", Outcome.ERROR, "Configuration problem"),
    ],
)
def test_each_answer_has_its_own_result_screen(qtbot, make_app, clips, scenario, outcome, title):
    controller, window = make_app(clips["good"], scenario=scenario)
    answers = run_through(qtbot, controller)
    wait_for_state(qtbot, controller, State.RESULT)
    assert answers[0].outcome is outcome
    view = window.result_view
    assert view.title.text() == title and view.outcome is outcome
    if scenario == "server_error":
        assert view.retry_button.isVisibleTo(window)  # retry makes sense
        assert "Try again" in view.step.text()
    if scenario == "unauthorized":
        assert "token" in view.detail.text().lower()  # staff told what to fix
        assert "settings" in view.step.text().lower()


def test_service_quality_rejection_returns_to_guidance_with_its_words(qtbot, make_app, clips):
    controller, window = make_app(clips["good"], scenario="face_too_small")
    answers = run_through(qtbot, controller)
    assert answers[0].outcome is Outcome.QUALITY_REJECTED
    qtbot.waitUntil(lambda: controller.model.state is State.ALIGNING, timeout=3000)
    icon, text, detail, _ = window.preview.message()
    assert text == "Move closer" and icon == "closer"
    assert detail == SERVICE_MESSAGES[Rule.FACE_TOO_SMALL]


def test_service_error_is_shown_then_recovered_by_retry(qtbot, make_app, clips):
    controller, window = make_app(clips["good"], scenario="server_error", loop=True)
    answers = run_through(qtbot, controller)
    wait_for_state(qtbot, controller, State.RESULT)
    assert answers[0].outcome is Outcome.ERROR and answers[0].retryable
    controller.submitter.sandbox.set_scenario("verified")
    qtbot.mouseClick(window.result_view.retry_button, qtbot_button())
    run_through(qtbot, controller, expect_answers=1)
    wait_for_state(qtbot, controller, State.RESULT)
    assert window.result_view.title.text() == "VERIFIED"


def test_staff_cancel_ends_a_slow_submission_at_once(qtbot, make_app, clips):
    controller, window = make_app(clips["good"], scenario="slow", loop=True)
    sandbox = controller.submitter.sandbox
    sandbox.slow_s = 60.0  # the answer would come long after the test: only an abort ends it
    answers: list = []
    cancelled: list = []
    controller.answered.connect(answers.append)
    controller.cancelled.connect(lambda r: cancelled.append((time.time(), r)))
    wait_for_state(qtbot, controller, State.SUBMITTING)
    qtbot.waitUntil(lambda: sandbox.count("biometrics") == 1, timeout=10_000)
    qtbot.wait(300)  # the photo is with the service, waiting for its answer
    sandbox.set_scenario("verified")  # for the next capture
    assert window.panel is not None
    assert window.panel.cancel_button.isEnabled()
    clicked = time.monotonic()
    qtbot.mouseClick(window.panel.cancel_button, qtbot_button())
    assert controller.model.state is State.ATTRACT  # back to the start at the click
    # The request is abandoned at once (not at the answer, not at the read timeout).
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert time.monotonic() - clicked < 1.0
    ended_at, how = cancelled[0]
    assert how.outcome is Outcome.CANCELLED
    assert window.stage.currentWidget() is window.preview  # never an error screen
    assert window.panel.history.item(0, 2).text() == "Cancelled"
    # The person is still there and is captured again; that submission starts only
    # after the cancelled one has ended (never two in flight) and is answered.
    run_through(qtbot, controller, expect_answers=1)
    wait_for_state(qtbot, controller, State.RESULT)
    assert [a.outcome for a in answers] == [Outcome.VERIFIED]
    steps = [(r.step, r.at) for r in sandbox.requests]
    assert [step for step, _ in steps] == [
        "create",
        "biometrics",
        "create",
        "biometrics",
        "finalize",
    ]
    assert steps[2][1] >= ended_at  # the second create came after the first had ended
    assert [window.panel.history.item(row, 2).text() for row in range(2)] == [
        "VERIFIED",
        "Cancelled",
    ]


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
