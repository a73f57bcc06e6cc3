"""The capture flow: an explicit, Qt-free state machine with a pure transition function.

attract → (consent →) aligning ⇄ steady → captured → submitting → result → attract; a service
quality rejection returns to aligning; a failed camera is the no_camera state; a part that
keeps failing (the engine, the service refusing the kiosk) is out_of_service until it works
again.
"""

from kiosk.flow.consent import ConsentRecord
from kiosk.flow.events import (
    Analysed,
    CameraBack,
    CameraLost,
    Cancel,
    CancelSubmit,
    CaptureNow,
    ConsentDeclined,
    ConsentGiven,
    Effect,
    Event,
    NextPerson,
    PlayCue,
    Retry,
    ServiceDown,
    ServiceUp,
    ShowResult,
    StartSubmit,
    SubmissionCancelled,
    SubmitFinished,
    Tick,
)
from kiosk.flow.machine import step
from kiosk.flow.model import (
    LIVE_STATES,
    Candidate,
    FlowModel,
    FlowSettings,
    Guidance,
    Outcome,
    State,
    SubmitResult,
    initial_model,
)

__all__ = [
    "LIVE_STATES",
    "Analysed",
    "CameraBack",
    "CameraLost",
    "Cancel",
    "CancelSubmit",
    "Candidate",
    "CaptureNow",
    "ConsentDeclined",
    "ConsentGiven",
    "ConsentRecord",
    "Effect",
    "Event",
    "FlowModel",
    "FlowSettings",
    "Guidance",
    "NextPerson",
    "Outcome",
    "PlayCue",
    "Retry",
    "ServiceDown",
    "ServiceUp",
    "ShowResult",
    "StartSubmit",
    "State",
    "SubmissionCancelled",
    "SubmitFinished",
    "SubmitResult",
    "Tick",
    "initial_model",
    "step",
]
