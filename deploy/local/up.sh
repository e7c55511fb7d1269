#!/usr/bin/env bash
# make up: install what is needed, start Kafka, PostgreSQL, the four services, the demo
# fleet and a local mail sink, and print the URL, the demo accounts and where mail lands.
# Safe to run again: it starts what is not running and keeps the data.
# Kafka takes SASL/SCRAM only, with production's ACLs (KAFKA_AUTH=scram, see common.sh): the set-up
# steps run as the stack's admin, each service as its own principal (launcher.py --kafka-secrets).
# A storage made by an older, unauthenticated make up is migrated: its topics and offsets stay.
set -euo pipefail
STACK=dev . "$(dirname "$0")/common.sh"
export KAFKA_AUTH_CHANGE=${KAFKA_AUTH_CHANGE:-migrate}
cd "$ROOT"
"$ROOT/deploy/local/stack.sh" start
dev_service_env
kafka_client_env admin
principals=()
if [ "$(kafka_auth)" = scram ]; then
  principals=(--kafka-secrets "$STACK_DIR/kafka/secrets")
elif [ "$KAFKA_AUTH" = scram ]; then
  echo "[up] Kafka was already running without SASL (an older make up): make down && make up restarts it with SASL"
fi
"$ROOT/.venv/bin/pantau-admin" migrate
"$ROOT/.venv/bin/pantau-admin" topics
"$ROOT/.venv/bin/pantau-reporter" demo-ca > /dev/null
# The demo registry names the fleet's default port; a second stack's fleet listens on its own.
registry="$STACK_DIR/registry.yaml"
if [ ! -f "$STACK_DIR/registry-imported" ] || [ "$ROOT/deploy/demo/registry.yaml" -nt "$STACK_DIR/registry-imported" ] \
  || ! grep -q ":$PANTAU_DEMO_FLEET_PORT/" "$registry" 2>/dev/null; then
  sed "s/:18090\b/:$PANTAU_DEMO_FLEET_PORT/g" "$ROOT/deploy/demo/registry.yaml" > "$registry"
  "$ROOT/.venv/bin/pantau-checker" import "$registry"
  touch "$STACK_DIR/registry-imported"
fi
# After the registry: the department accounts belong to its Perangkat Daerah.
"$ROOT/.venv/bin/pantau-admin" demo-accounts --out "$STACK_DIR/demo-accounts.txt"
"$PYTHON" "$ROOT/deploy/local/launcher.py" up --run-dir "$STACK_DIR" "${principals[@]}"
cat <<MSG

Pantau berjalan / Pantau is running:  $PANTAU_PUBLIC_URL
Dasbor (setelah masuk):               $PANTAU_PUBLIC_URL/dasbor
Status layanan untuk warga:           $PANTAU_PUBLIC_URL/status
Verifikasi dokumen:                   $PANTAU_REPORTER_URL/verifikasi

Akun demo (satu per peran; operator.dinkes dan kepala.dinkes untuk Dinas Kesehatan) / demo accounts:
MSG
while read -r user password role; do
  printf '  %-16s kata sandi: %-18s (%s)\n' "$user" "$password" "$role"
done < "$STACK_DIR/demo-accounts.txt"
if [ -z "${PANTAU_NOTIFY_SMTP_HOST:-}" ]; then
  printf '\nSurel (notifikasi, peringatan SLA) tidak keluar dari mesin ini; tersimpan sebagai .eml di:\n  %s/mail\n' "$STACK_DIR"
fi
if [ "$(kafka_auth)" = scram ]; then
  printf '\nKafka %s (SASL/SCRAM-SHA-512); kata sandi tiap akun (admin, svc-*) di:\n  %s/kafka/secrets\n' \
    "$KAFKA_BOOTSTRAP_SERVERS" "$STACK_DIR"
  printf 'Sertifikat klien tiap Perangkat Daerah (pd-*, mTLS di 127.0.0.1:%s) di:\n  %s/kafka/tls/clients\n' \
    "$((KAFKA_PORT + 3))" "$STACK_DIR"
fi
printf '\nLogs: %s/logs  ·  stop: make down\n' "$STACK_DIR"
