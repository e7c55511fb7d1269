# Shared settings of the local stacks; sourced by up.sh, down.sh and test.sh.
# Usage: STACK=dev|test . deploy/local/common.sh
# Both stacks run Kafka with SASL/SCRAM and production's ACLs (KAFKA_AUTH=scram, see stack.sh);
# KAFKA_AUTH=none starts one unauthenticated listener instead. STACK_DIR, KAFKA_PORT and PG_PORT
# may be set to run a second stack of the same kind beside the first (ports below 32768).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK=${STACK:-dev}
export KAFKA_AUTH=${KAFKA_AUTH:-scram}
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
STACK_DIR=${STACK_DIR:-$ROOT/.run/$STACK}
mkdir -p "$STACK_DIR"
STACK_DIR=$(cd "$STACK_DIR" && pwd)
export STACK_DIR
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
export PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
export PYTHON="$ROOT/.venv/bin/python"

# Export the KAFKA_* variables of a client of the stack's Kafka that authenticates as USER (admin
# unless named): SASL/SCRAM when the broker's storage was made with KAFKA_AUTH=scram, PLAINTEXT
# otherwise, whatever the caller's environment said. The password comes from the stack's users
# file (stack.sh makes it, readable by its owner only) and is never printed.
kafka_client_env() {
  local user=${1:-admin}
  unset KAFKA_SECURITY_PROTOCOL KAFKA_SASL_MECHANISM KAFKA_SASL_USERNAME KAFKA_SASL_PASSWORD \
    KAFKA_SASL_PASSWORD_FILE KAFKA_SSL_CAFILE KAFKA_SSL_CERTFILE KAFKA_SSL_KEYFILE
  [ "$(kafka_auth)" = scram ] || return 0
  KAFKA_SASL_PASSWORD=$(awk -v user="$user" '$1 == user { print $2 }' "$STACK_DIR/kafka/users")
  [ -n "$KAFKA_SASL_PASSWORD" ] || { echo "no Kafka user $user in $STACK_DIR/kafka/users" >&2; return 1; }
  export KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT KAFKA_SASL_MECHANISM=SCRAM-SHA-512
  export KAFKA_SASL_USERNAME=$user KAFKA_SASL_PASSWORD
}

# Print how the stack's Kafka storage was formatted (none or scram): what a running broker takes.
kafka_auth() {
  cat "$STACK_DIR/kafka/auth" 2>/dev/null || echo none
}

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
  # A webhook receiver tried on this machine; production allows no internal address to a webhook.
  export PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES="127.0.0.1/32"
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
  read -r PANTAU_APP_SECRET_DEMO_LOGIN_USER PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD < "$STACK_DIR/demo-login"
  export PANTAU_APP_SECRET_DEMO_LOGIN_USER PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD
}
