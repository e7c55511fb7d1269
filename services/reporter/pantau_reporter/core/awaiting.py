"""Whether the workflow's stored state awaits a request: the reporter never acts on content alone.

A request (``SignatureRequested``, ``DeliveryRequested``, ``NotaInitialled``) only says what to do;
the cycle as the workflow stored it says whether it was asked for. Pure code: the shell loads the
``CycleState`` in the handler's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from pantau_contracts.sop import DeliveryRequested, NotaInitialled, SignatureRequested

Request = SignatureRequested | DeliveryRequested | NotaInitialled


@dataclass(frozen=True)
class Visit:
    """One visit of a step, as the workflow recorded who acted on it."""

    step: int
    actor_id: int | None
    completed: bool
    outcome: str | None = None


@dataclass(frozen=True)
class CycleState:
    """A cycle as the workflow stored it: where it is and which draft version it recorded."""

    instance_id: str
    step: int
    phase: str
    status: str
    nota_version: int
    visits: tuple[Visit, ...] = ()

    @property
    def open_visit(self) -> Visit | None:
        return self.visits[-1] if self.visits and not self.visits[-1].completed else None


# The step and phase the workflow is in while it waits for the reporter to sign or deliver.
_WAITING = {SignatureRequested: (6, "menandatangani"), DeliveryRequested: (7, "menyampaikan")}


def refusal(state: CycleState | None, request: Request) -> str | None:
    """Return why the stored state does not await ``request``, or None when it does."""
    if state is None:
        return "the cycle does not exist"
    if state.status != "berjalan":
        return f"the cycle is {state.status}"
    if request.version != state.nota_version:
        return f"version {request.version} is not the draft the workflow recorded (v{state.nota_version})"
    if isinstance(request, NotaInitialled):
        return _paraf_refusal(state, request)
    return _step_refusal(state, request)


def _step_refusal(state: CycleState, request: SignatureRequested | DeliveryRequested) -> str | None:
    step, phase = _WAITING[type(request)]
    if (state.step, state.phase) != (step, phase):
        return f"the cycle is at step {state.step} ({state.phase}), not awaiting step {step} ({phase})"
    visit = state.open_visit
    if visit is None or visit.step != step or visit.actor_id != request.by:
        return f"user {request.by} is not who the workflow recorded acting on step {step}"
    return None


def _paraf_refusal(state: CycleState, request: NotaInitialled) -> str | None:
    visits = [v for v in state.visits if v.step == request.step]
    last = visits[-1] if visits else None
    if last is None or not last.completed or last.outcome != "selesai" or last.actor_id != request.by:
        return f"the workflow recorded no paraf of step {request.step} by user {request.by}"
    return None


class NotAwaitedError(ValueError):
    """The stored cycle does not wait for what was asked."""


def signing_refusal(state: CycleState | None, version: int, role: str, signer_role: str) -> str | None:
    """Return why the cycle does not wait for a signature of ``version`` by an official of ``role``.

    Used when the Kepala Dinas signs with a passphrase, before the workflow hears of it: the cycle
    must be at step 6 waiting for the signature, on the draft version the workflow recorded.
    """
    if state is None:
        return "the cycle does not exist"
    if state.status != "berjalan":
        return f"the cycle is {state.status}"
    if (state.step, state.phase) != (6, "menunggu_tanda_tangan"):
        return f"the cycle is at step {state.step} ({state.phase}), not waiting for the signature"
    if version != state.nota_version:
        return f"version {version} is not the draft the workflow recorded (v{state.nota_version})"
    if role != signer_role:
        return f"an official of role {role} does not sign the nota ({signer_role} does)"
    return None
