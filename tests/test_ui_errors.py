"""Error headlines follow the error kind — busy, service error, configuration, network,
unexpected answer — and so does the staff history (issue 8: all said "The service is not
reachable" / "Something went wrong"). The real app against the built-in sandbox's scenarios
over loopback."""

from __future__ import annotations

import pytest

from kiosk.flow import Outcome, State
from tests import uiapp
from tests.test_ui_flow import run_through, wait_for_state

clips = uiapp.clips  # fixture
make_app = uiapp.make_app  # fixture


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    ("scenario", "kind", "title", "says"),
    [
        ("rate_limited_always", "rate_limited", "Service busy", "busy"),
        ("server_error", "server", "Service error", "reported an error"),
        ("html", "protocol", "Unexpected answer", "did not come from the IDmeta API"),
        ("huge", "protocol", "Unexpected answer", "did not come from the IDmeta API"),
        ("drop", None, "Service not reachable", "not reachable"),
        ("unauthorized", "auth", "Configuration problem", "settings"),
    ],
)
def test_each_error_kind_has_its_own_headline_and_history(
    qtbot, make_app, clips, scenario, kind, title, says
):
    controller, window = make_app(clips["good"], scenario=scenario)
    answers = run_through(qtbot, controller, timeout=60_000)
    wait_for_state(qtbot, controller, State.RESULT)
    answer = answers[0]
    assert answer.outcome is Outcome.ERROR
    if kind is not None:
        assert answer.error_kind == kind
    view = window.result_view
    assert view.title.text() == title
    assert says in view.step.text()
    if title != "Service not reachable":
        assert "not reachable" not in view.step.text()
    assert window.panel is not None
    assert window.panel.history.item(0, 2).text() == title  # the history shows the kind


def test_every_error_kind_has_a_headline_of_its_own():
    from kiosk.ui import texts

    kinds = ["rate_limited", "server", "network", "protocol", "config", "validation", "internal"]
    titles = {texts.error_title(k) for k in kinds}
    assert len(titles) == len(kinds)
    assert texts.error_title("timeout") == texts.error_title("network")
    assert texts.error_title("auth") == texts.error_title("config")
