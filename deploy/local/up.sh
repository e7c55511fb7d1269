#!/usr/bin/env bash
# make up: install what is needed, start Kafka, PostgreSQL, the four services, the demo
# fleet and a local mail sink, and print the URL, the demo accounts and where mail lands.
# Safe to run again: it starts what is not running and keeps the data.
set -euo pipefail
STACK=dev . "$(dirname "$0")/common.sh"
cd "$ROOT"
"$ROOT/deploy/local/stack.sh" start
dev_service_env
"$ROOT/.venv/bin/pantau-admin" migrate
"$ROOT/.venv/bin/pantau-admin" topics
"$ROOT/.venv/bin/pantau-reporter" demo-ca > /dev/null
if [ ! -f "$STACK_DIR/registry-imported" ] || [ "$ROOT/deploy/demo/registry.yaml" -nt "$STACK_DIR/registry-imported" ]; then
  "$ROOT/.venv/bin/pantau-checker" import "$ROOT/deploy/demo/registry.yaml"
  touch "$STACK_DIR/registry-imported"
fi
# After the registry: the department accounts belong to its Perangkat Daerah.
"$ROOT/.venv/bin/pantau-admin" demo-accounts --out "$STACK_DIR/demo-accounts.txt"
"$PYTHON" "$ROOT/deploy/local/launcher.py" up --run-dir "$STACK_DIR"
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
printf '\nLogs: %s/logs  ·  stop: make down\n' "$STACK_DIR"
