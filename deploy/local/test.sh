#!/usr/bin/env bash
# make test / test-integration / test-e2e: start a private stack (own ports and data under
# .run/test), run the tests against it, and stop it again.
set -euo pipefail
STACK=test . "$(dirname "$0")/common.sh"
cd "$ROOT"
"$ROOT/deploy/local/stack.sh" start
trap '"$ROOT/deploy/local/stack.sh" stop' EXIT
export DATABASE_URL="$PG_ADMIN_URL"
"$ROOT/.venv/bin/pytest" "$@"
