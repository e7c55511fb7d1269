#!/usr/bin/env bash
# make test / test-integration / test-e2e: start a private stack (own ports and data under
# .run/test), run the tests against it, and stop it again.
# Its Kafka takes SASL/SCRAM only (KAFKA_AUTH=scram, see common.sh): the tests and every service
# they start authenticate as the stack's admin, a super user, since each test has topics of its
# own prefix that production's ACLs do not name (tests/integration/kafka_acl holds the ACLs to
# account). The stack's data is throwaway: a storage formatted for another KAFKA_AUTH is
# re-formatted. A Kafka already running on the port is used as it is, with what it was started for.
set -euo pipefail
STACK=test . "$(dirname "$0")/common.sh"
export KAFKA_AUTH_CHANGE=${KAFKA_AUTH_CHANGE:-reformat}
cd "$ROOT"
"$ROOT/deploy/local/stack.sh" start
trap '"$ROOT/deploy/local/stack.sh" stop' EXIT
if [ "$(kafka_auth)" != "$KAFKA_AUTH" ]; then
  echo "[test] Kafka on $KAFKA_BOOTSTRAP_SERVERS was already running with KAFKA_AUTH=$(kafka_auth): the tests use it so"
  export KAFKA_AUTH=$(kafka_auth)  # and so does a test that restarts it (tests/integration/workflow/test_faults.py)
fi
kafka_client_env admin
export DATABASE_URL="$PG_ADMIN_URL"
# Two workers (pytest-xdist, PANTAU_TEST_WORKERS; 0 runs in this process): most tests wait on Kafka,
# a subprocess or a browser, so two share the two cores. Each file stays on one worker, the browser
# tests on one (tests/conftest.py). The tests that stop and start this stack's Kafka or PostgreSQL
# run after, alone (marker stack_faults); pytest's 5 is "none of them among the paths given".
"$ROOT/.venv/bin/pytest" -n "${PANTAU_TEST_WORKERS:-2}" --dist loadfile -m "not stack_faults" "$@"
"$ROOT/.venv/bin/pytest" -m stack_faults "$@" || [ $? -eq 5 ]
