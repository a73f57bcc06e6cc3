"""Fleet metrics: the endpoint's own answers, and a REAL Prometheus server (the Debian
`prometheus` package, installed by .ci/run) scraping a running `kiosk run` on loopback
and answering a PromQL query for the verification count."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kiosk.metrics import KioskMetrics, MetricsServer, parse_listen
from tests import uiapp
from tests.test_run import ROOT, kiosk_env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only


def get(url: str, timeout: float = 5) -> tuple[int, bytes]:
    """(status, body); (0, b"") while nothing listens yet."""
    try:
        with _direct.open(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b""


def test_listen_addresses():
    assert parse_listen("127.0.0.1:9464") == ("127.0.0.1", 9464)
    assert parse_listen("[::1]:9000") == ("::1", 9000)
    with pytest.raises(ValueError):
        parse_listen("localhost")


def test_the_endpoint_serves_metrics_and_health():
    metrics = KioskMetrics("lobby-2")
    health = {"camera": True, "engine": True, "service": True}
    server = MetricsServer("127.0.0.1:0", metrics, lambda: health).start()
    try:
        metrics.observe_attempt(
            {"outcome": "verified", "submit_s": 0.8, "time_to_capture_s": 3.2, "requests": 3}
        )
        metrics.observe_attempt({"outcome": "abandoned", "rule": "face_obscured", "side": "device"})
        status, body = get(f"http://{server.address}/metrics")
        text = body.decode()
        assert status == 200
        assert 'kiosk_verifications_total{outcome="verified"} 1.0' in text
        assert 'kiosk_rejections_total{rule="face_obscured",side="device"} 1.0' in text
        assert "kiosk_submit_seconds_count 1.0" in text
        assert "kiosk_time_to_capture_seconds_count 1.0" in text
        assert 'kiosk_build_info{kiosk_id="lobby-2",version=' in text
        status, body = get(f"http://{server.address}/healthz")
        assert status == 200 and json.loads(body) == {"ok": True, **health}
        health["camera"] = False
        status, body = get(f"http://{server.address}/healthz")
        assert status == 503 and json.loads(body)["camera"] is False
    finally:
        server.stop()


MONITORING = ROOT / "packaging" / "monitoring"


def dashboard_queries() -> list[str]:
    board = json.loads((MONITORING / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p["targets"]]
    return [e.replace("$instance", ".*") for e in exprs]


def test_the_alert_rules_are_valid_for_promtool():
    promtool = shutil.which("promtool") or "/usr/bin/promtool"
    if not Path(promtool).exists():
        pytest.skip("promtool comes with the Debian prometheus package")
    proc = subprocess.run(
        [promtool, "check", "rules", str(MONITORING / "alerts.yml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS: 5 rules found" in proc.stdout


def _annotations(alert: str, labels: dict[str, str]) -> dict[str, str]:
    """The alert's annotations in alerts.yml, as Prometheus renders them for ``labels``."""
    import re

    text = (MONITORING / "alerts.yml").read_text()
    block = text.split(f"- alert: {alert}\n", 1)[1].split("- alert:", 1)[0]
    found = dict(re.findall(r'^\s+(summary|description): "(.*)"$', block, re.MULTILINE))
    return {
        k: re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], v)
        for k, v in found.items()
    }


def _fires(alert: str, at: str, *labels: dict[str, str]) -> dict:
    return {
        "eval_time": at,
        "alertname": alert,
        "exp_alerts": [
            {"exp_labels": lab, "exp_annotations": _annotations(alert, lab)} for lab in labels
        ],
    }


def test_each_alert_rule_fires_when_it_should_and_only_then(tmp_path):
    """promtool's rule unit tests on made-up series: each of the five alerts fires for the
    kiosk in trouble, after its `for:`, and not for a healthy one (or out of hours)."""
    promtool = shutil.which("promtool") or "/usr/bin/promtool"
    if not Path(promtool).exists():
        pytest.skip("promtool comes with the Debian prometheus package")
    k1 = {"job": "kiosk", "instance": "k1"}
    page, ticket = {"severity": "page"}, {"severity": "ticket"}
    minutes = {
        "interval": "1m",
        "input_series": [
            {"series": 'up{job="kiosk",instance="k1"}', "values": "1 0x20"},
            {"series": 'up{job="kiosk",instance="k2"}', "values": "1x20"},
            {"series": 'kiosk_camera_up{job="kiosk",instance="k1"}', "values": "1 0x20"},
            {"series": 'kiosk_camera_up{job="kiosk",instance="k2"}', "values": "1x20"},
            {"series": 'kiosk_out_of_service{job="kiosk",instance="k1"}', "values": "0 1x20"},
            {"series": 'kiosk_out_of_service{job="kiosk",instance="k2"}', "values": "0x20"},
        ],
        "alert_rule_test": [
            {"eval_time": "3m", "alertname": "KioskDown", "exp_alerts": []},  # not yet 5 min
            _fires("KioskDown", "7m", {**k1, **page}),
            _fires("KioskCameraDown", "7m", {**k1, **page}),
            {"eval_time": "7m", "alertname": "KioskOutOfService", "exp_alerts": []},
            _fires("KioskOutOfService", "12m", {**k1, **page}),
        ],
    }
    # 1970-01-01 (the tests' time zero) was a Thursday: opening hours from 08:00 UTC.
    hours = {
        "interval": "1m",
        "input_series": [
            # k1 last verified someone at 01:00; k2 a moment ago, all along.
            {
                "series": 'kiosk_last_verification_timestamp_seconds{job="kiosk",instance="k1"}',
                "values": "3600x1300",
            },
            {
                "series": 'kiosk_last_verification_timestamp_seconds{job="kiosk",instance="k2"}',
                "values": "0+60x1300",
            },
        ],
        "alert_rule_test": [
            {"eval_time": "7h", "alertname": "KioskNoVerification", "exp_alerts": []},  # shut
            _fires("KioskNoVerification", "10h", {**k1, **ticket}),
            {"eval_time": "20h", "alertname": "KioskNoVerification", "exp_alerts": []},
        ],
    }
    # A week at 10 attempts an hour; k1's face_obscured rejections start 2 hours before the
    # end (every attempt), k2 rejects one attempt in ten all week.
    week = {
        "interval": "6m",
        "input_series": [
            {
                "series": 'kiosk_verifications_total{job="kiosk",instance="k1",outcome="x"}',
                "values": "0+1x1700",
            },
            {
                "series": 'kiosk_verifications_total{job="kiosk",instance="k2",outcome="x"}',
                "values": "0+1x1700",
            },
            {
                "series": 'kiosk_rejections_total{job="kiosk",instance="k1",rule="face_obscured",'
                'side="device"}',
                "values": "0x1680 1+1x20",
            },
            {
                "series": 'kiosk_rejections_total{job="kiosk",instance="k2",rule="face_obscured",'
                'side="device"}',
                "values": "0+0.1x1700",
            },
        ],
        "alert_rule_test": [
            {"eval_time": "168h", "alertname": "KioskRuleRejectionJump", "exp_alerts": []},
            _fires(
                "KioskRuleRejectionJump",
                "170h",
                {"instance": "k1", "rule": "face_obscured", **ticket},
            ),
        ],
    }
    spec = {
        "rule_files": [str(MONITORING / "alerts.yml")],
        "evaluation_interval": "1m",
        "tests": [minutes, hours, week],
    }
    path = tmp_path / "alerts_test.yml"
    path.write_text(json.dumps(spec, indent=1))  # JSON is YAML
    proc = subprocess.run(
        [promtool, "test", "rules", str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


PROMETHEUS = shutil.which("prometheus") or (
    "/usr/bin/prometheus" if Path("/usr/bin/prometheus").exists() else None
)


def query(prom: str, expr: str) -> list:
    url = f"http://{prom}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    status, body = get(url)
    if status != 200:
        return []
    answer = json.loads(body)
    return answer["data"]["result"] if answer.get("status") == "success" else []


def query_soon(prom: str, expr: str, timeout: float = 15.0) -> list:
    """``query`` until it answers (a gauge is sampled once a second, scraped once a second)."""
    deadline = time.monotonic() + timeout
    while True:
        found = query(prom, expr)
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


@pytest.mark.timeout(240)
@pytest.mark.skipif(
    PROMETHEUS is None and not sys.platform.startswith("linux"),
    reason="the prometheus package is Debian's",
)
def test_a_real_prometheus_scrapes_a_running_kiosk(tmp_path):
    assert PROMETHEUS is not None, "install the Debian package `prometheus` (.ci/run does)"
    kiosk_port, prom_port = free_port(), free_port()
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[api]\nkiosk_id = "lobby-2"\n[ui]\nmode = "kiosk"\nresult_timeout_s = 1.0\n'
        f'steady_seconds = 0.5\n[metrics]\nlisten = "127.0.0.1:{kiosk_port}"\n'
    )
    env = kiosk_env(
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_CONFIG=str(config),
        KIOSK_LOG_DIR=str(tmp_path / "logs"),
    )
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "run", "--camera", str(uiapp.WALK_UP_CLIP)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    (tmp_path / "prometheus.yml").write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        "scrape_configs:\n  - job_name: kiosk\n    static_configs:\n"
        f"      - targets: ['127.0.0.1:{kiosk_port}']\n"
    )
    prom = f"127.0.0.1:{prom_port}"
    prometheus = subprocess.Popen(
        [
            PROMETHEUS,
            f"--config.file={tmp_path / 'prometheus.yml'}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address={prom}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        verified: list = []
        while time.monotonic() < deadline and kiosk.poll() is None:
            verified = query(prom, 'sum(kiosk_verifications_total{outcome!="abandoned"})')
            if verified and float(verified[0]["value"][1]) >= 1:
                break
            time.sleep(1)
        assert kiosk.poll() is None, kiosk.stderr.read() if kiosk.stderr else ""
        assert verified and float(verified[0]["value"][1]) >= 1, "no verification scraped"
        up = query(prom, 'up{job="kiosk"}')
        assert up and up[0]["value"][1] == "1"
        info = query(prom, "kiosk_build_info")
        assert info and info[0]["metric"]["kiosk_id"] == "lobby-2"
        camera = query(prom, "kiosk_camera_up")
        assert camera and camera[0]["value"][1] == "1"
        # The gauges and histograms of a kiosk that has just verified someone, as scraped.
        for expr in (
            "kiosk_frames_shown_per_second > 0",
            "kiosk_frames_analysed_per_second > 0",
            "kiosk_analysis_ms > 0",
            "kiosk_last_verification_timestamp_seconds > time() - 600",
            "kiosk_out_of_service == 0",
            "kiosk_submit_seconds_count >= 1",
            "kiosk_time_to_capture_seconds_count >= 1",
        ):
            assert query_soon(prom, expr), f"no answer to {expr}"
        status, body = get(f"http://127.0.0.1:{kiosk_port}/healthz")
        assert status == 200 and json.loads(body)["ok"] is True
        # Every panel of the shipped dashboard is a query this Prometheus accepts.
        for expr in dashboard_queries():
            url = f"http://{prom}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
            status, body = get(url)
            assert status == 200 and json.loads(body)["status"] == "success", expr
    finally:
        prometheus.terminate()
        kiosk.terminate()
        prometheus.wait(20)
        kiosk.wait(20)
