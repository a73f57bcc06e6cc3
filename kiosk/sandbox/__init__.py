"""A local stand-in for the IDmeta service (real HTTP on loopback), with fault scenarios."""

from __future__ import annotations

from kiosk.sandbox.analysis import Analyzer, EngineWorker
from kiosk.sandbox.scenarios import SCENARIOS, Scenario
from kiosk.sandbox.server import (
    SANDBOX_TOKEN,
    SANDBOX_TRUST_FLOW_ID,
    RequestRecord,
    SandboxServer,
)

__all__ = [
    "SANDBOX_TOKEN",
    "SANDBOX_TRUST_FLOW_ID",
    "SCENARIOS",
    "Analyzer",
    "EngineWorker",
    "RequestRecord",
    "SandboxServer",
    "Scenario",
]
