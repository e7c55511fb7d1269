# Shared settings of the local stacks; sourced by up.sh, down.sh and test.sh.
# Usage: STACK=dev|test . deploy/local/common.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK=${STACK:-dev}
if [ "$STACK" = test ]; then
  export KAFKA_PORT=${KAFKA_PORT:-29092} PG_PORT=${PG_PORT:-25432}
  export PANTAU_WEB_PORT=${PANTAU_WEB_PORT:-28080} PANTAU_REPORTER_PORT=${PANTAU_REPORTER_PORT:-28081}
  export PANTAU_DEMO_FLEET_PORT=${PANTAU_DEMO_FLEET_PORT:-28090}
  export PG_FSYNC=off
else
  export KAFKA_PORT=${KAFKA_PORT:-19092} PG_PORT=${PG_PORT:-15432}
  export PANTAU_WEB_PORT=${PANTAU_WEB_PORT:-8080} PANTAU_REPORTER_PORT=${PANTAU_REPORTER_PORT:-8081}
  export PANTAU_DEMO_FLEET_PORT=${PANTAU_DEMO_FLEET_PORT:-18090}
  # The launcher's local mail sink (unless PANTAU_NOTIFY_SMTP_HOST names a real relay).
  export PANTAU_DEMO_MAIL_PORT=${PANTAU_DEMO_MAIL_PORT:-18025}
fi
export STACK_DIR="$ROOT/.run/$STACK"
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
export PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
export PYTHON="$ROOT/.venv/bin/python"
mkdir -p "$STACK_DIR"

# Settings of the services of the dev stack (the tests give each test its own).
dev_service_env() {
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/pantau"
  export PANTAU_PUBLIC_URL="http://127.0.0.1:$PANTAU_WEB_PORT"
  export PANTAU_REPORTER_URL="http://127.0.0.1:$PANTAU_REPORTER_PORT"
  export PANTAU_DATA_DIR="$STACK_DIR/data"
  # Demo fleet host names (*.bekasikota.go.id) resolve to the local fleet, like curl --resolve;
  # the fleet's loopback address is allow-listed for the checker's private-address guard.
  export PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1"
  export PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32"
  # The demo lets the Kabid start the first cycle by hand; production starts one each month.
  export PANTAU_WORKFLOW_MONTHLY_DAY=${PANTAU_WORKFLOW_MONTHLY_DAY:-0}
  # The one local workflow's static group membership: restarted after a crash, it takes its
  # partitions back at once (a second replica would need an id of its own).
  export PANTAU_WORKFLOW_INSTANCE_ID=${PANTAU_WORKFLOW_INSTANCE_ID:-workflow-1}
  if [ ! -s "$STACK_DIR/secret-key" ]; then
    (umask 077; "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(48))' > "$STACK_DIR/secret-key")
  fi
  PANTAU_SECRET_KEY=$(cat "$STACK_DIR/secret-key")
  export PANTAU_SECRET_KEY
  # The demo fleet's login-protected applications accept this account; the checker reads it
  # through the registry's secret references (env:...). Made per machine, never committed.
  if [ ! -s "$STACK_DIR/demo-login" ]; then
    (umask 077; "$PYTHON" -c 'import secrets; print("pemeriksa.pantau", secrets.token_urlsafe(12))' > "$STACK_DIR/demo-login")
  fi
  read -r PANTAU_DEMO_LOGIN_USER PANTAU_DEMO_LOGIN_PASSWORD < "$STACK_DIR/demo-login"
  export PANTAU_DEMO_LOGIN_USER PANTAU_DEMO_LOGIN_PASSWORD
}
