"""A workflow killed with SIGKILL mid-cycle is replaced, and the cycle moves again at once.

Static group membership (PANTAU_WORKFLOW_INSTANCE_ID) lets the replacement take the killed
member's partitions as soon as it joins; without it they stay with the dead member until its
session times out. The session timeout here is long (85 s), and the replacement must answer a
command well before it could have expired: only static membership brings the partitions back
that soon. (The wait is an upper bound: it ends as soon as the answer is there.)
"""

from __future__ import annotations

import os
import signal
import uuid

import pytest
from pantau_testing import BIN, answer, eventually, running, send_command, start_and_dispose, workflow_env

from pantau_contracts.sop import StartCycle

pytestmark = pytest.mark.integration
SESSION_TIMEOUT_S = 85  # below faust's request timeout (90 s), which it must not exceed
BEFORE_THE_SESSION_EXPIRES_S = 40  # and before the rebalance timeout (60 s) would drop the dead member


def test_a_replacement_with_the_same_instance_id_takes_over_before_the_dead_session_expires(
    settings, people, web_relay, tmp_path
):
    env = workflow_env(settings) | {
        "PANTAU_WORKFLOW_INSTANCE_ID": "workflow-test-1",
        "PANTAU_WORKFLOW_SESSION_TIMEOUT_SECONDS": str(SESSION_TIMEOUT_S),
    }
    log = tmp_path / "workflow.log"
    with running([str(BIN / "pantau-workflow")], env, log) as killed:
        iid = start_and_dispose(settings, people)  # mid-cycle: step 3 waits for the results
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait(10)

    with running([str(BIN / "pantau-workflow")], env, log):
        command = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "setelah SIGKILL"))
        reply = eventually(
            lambda: answer(settings, command), timeout=BEFORE_THE_SESSION_EXPIRES_S, what="the replacement's answer"
        )
    assert reply["accepted"]
    assert iid != reply["instance_id"]
