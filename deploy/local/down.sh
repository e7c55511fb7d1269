#!/usr/bin/env bash
# make down: stop the services and the stack; the data stays for the next make up.
set -euo pipefail
STACK=${STACK:-dev} . "$(dirname "$0")/common.sh"
dev_service_env
"$PYTHON" "$ROOT/deploy/local/launcher.py" down --run-dir "$STACK_DIR" > /dev/null
"$ROOT/deploy/local/stack.sh" stop
