"""The soak in short (CI): the real app, headless, against the sandbox, with service faults
and camera unplugs injected — every submission ends in a result, every cycle comes back to
the attract screen, threads and file descriptors stay flat, the log stays clean.
`make soak` runs the long version (scripts/soak.py; figures in docs/reliability.md)."""

from __future__ import annotations

import sys

import pytest

from scripts.soak import SERVICE_FAULTS, soak

pytestmark = [pytest.mark.timeout(180), pytest.mark.slow]


def test_a_short_chaotic_soak_ends_every_attempt_and_leaks_nothing(qapp) -> None:
    report = soak(cycles=18, chaos=True, seed=3, warmup_cycles=5, unplug_chance=0.3)
    report.max_rss_growth_mb = 80.0  # warm-up is not over in 18 cycles; the long run checks 30
    figures = report.to_json()
    assert figures["failures"] == [], figures
    assert report.cycles == 18 and not report.stuck_cycles
    assert report.submissions >= 18 and report.submissions == report.results + report.cancelled
    assert report.unplugs >= 2, "the camera was never unplugged"
    assert len(report.faults) >= 6, report.faults  # several kinds of fault were played
    assert set(report.faults) <= {*SERVICE_FAULTS, "normal"}
    assert any(k.startswith("error") for k in report.outcomes), report.outcomes
    assert report.outcomes.get("verified", 0) >= 1, report.outcomes  # and it recovers
    assert report.thread_growth <= 2 and report.fd_growth <= 4
    assert report.audit_lines >= report.results
    # `kiosk report`'s summary of the run's own audit lines agrees with what the app said.
    summary = report.audit_summary
    assert summary["attempts"] == report.audit_lines
    assert summary["by_outcome"].get("verified", 0) == report.outcomes.get("verified", 0)
    errors = {
        k[len("error (") : -1]: n for k, n in report.outcomes.items() if k.startswith("error")
    }
    assert summary["by_error_kind"] == errors, (summary["by_error_kind"], errors)
    assert summary["submit"]["count"] == report.results and summary["submit"]["median_s"] > 0
    if sys.platform.startswith("linux"):  # the figures that tell a leak from the allocator
        assert figures["heap_in_use_mb_end"] is not None and figures["anon_growth_mb"] is not None
        assert report.trimmed_mb is not None
