#!/usr/bin/env bash
# Local real parts for Pantau: Apache Kafka (KRaft, one node) and PostgreSQL on 127.0.0.1.
# Usage: stack.sh {start|stop|status|kafka-start|kafka-stop|pg-start|pg-stop|jars} ; configured by STACK_DIR, KAFKA_PORT, PG_PORT.
# KAFKA_AUTH=scram: Kafka takes only authenticated clients, SASL/SCRAM ones on KAFKA_PORT (and over
# TLS on KAFKA_PORT + 2, with the CA in $STACK_DIR/kafka/tls/ca.crt), and grants what production's ACLs grant
# (kafka/scram.properties.in, kafka_acls.py); the passwords are in $STACK_DIR/kafka/users, and
# each in a file of its own, $STACK_DIR/kafka/secrets/<user> (for KAFKA_SASL_PASSWORD_FILE).
# The departments (KAFKA_DEPARTMENTS) authenticate with a client certificate instead, as in
# production: mutual TLS on KAFKA_PORT + 3, certificate and key in
# $STACK_DIR/kafka/tls/clients/pd-<id>/user.crt and user.key (CN=pd-<id>, of the stack's CA).
# KAFKA_AUTH_CHANGE says what to do with a storage formatted for another KAFKA_AUTH: refuse (the
# default), reformat (drop its topics: the test stack's data is throwaway) or migrate (from none to
# scram: add the SCRAM users through the old listener once, keeping the topics and offsets).
# Idempotent: starting a running stack does nothing; data stays in $STACK_DIR between runs.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STACK_DIR=${STACK_DIR:?set STACK_DIR}
KAFKA_PORT=${KAFKA_PORT:-19092}
CONTROLLER_PORT=$((KAFKA_PORT + 1))
PG_PORT=${PG_PORT:-15432}
KAFKA_AUTH=${KAFKA_AUTH:-none}
KAFKA_AUTH_CHANGE=${KAFKA_AUTH_CHANGE:-refuse}
PYTHON=${PYTHON:-$HERE/../../.venv/bin/python}
# One directory per pom: a changed release resolves next to the jars a running broker still uses.
KAFKA_LIB="$HERE/kafka/lib/$(sha1sum "$HERE/kafka/pom.xml" | cut -c1-12)"
mkdir -p "$STACK_DIR"
STACK_DIR=$(cd "$STACK_DIR" && pwd)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

log() { printf '[stack] %s\n' "$*"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {  # port, seconds, what[, pid of the process that opens it]
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    port_open "$1" && return 0
    if [ -n "${4:-}" ] && ! kill -0 "$4" 2>/dev/null; then
      log "$3 exited before it opened port $1; see $STACK_DIR/*/logs"
      return 1
    fi
    sleep 0.2
  done
  log "$3 did not open port $1 within $2 s; see $STACK_DIR/*/logs"
  return 1
}

kafka_jars() {
  if [ ! -f "$KAFKA_LIB/.complete" ]; then
    log "resolving Apache Kafka jars from Maven Central (cached afterwards)"
    (cd "$HERE/kafka" && mvn -q -B dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIB" -DincludeScope=runtime)
    touch "$KAFKA_LIB/.complete"
  fi
}

kafka_java() {  # log directory, java arguments...: run a JVM on the Kafka jars, logging to log4j2
  local logs=$1; shift
  java -cp "$KAFKA_LIB/*" -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -Dkafka.logs.dir="$logs" "$@"
}

kafka_users() {  # the stack's admin and production's principals, each with a password made here
  [ -s "$1" ] && return 0
  (umask 077; { echo admin; "$PYTHON" "$HERE/kafka_acls.py" users; } | while read -r name; do
    printf '%s %s\n' "$name" "$(openssl rand -hex 24)"
  done > "$1")
}

kafka_secrets() {  # users file, directory: one password file per user, as a client's KAFKA_SASL_PASSWORD_FILE
  local name password
  (umask 077; mkdir -p "$2" && while read -r name password; do
    printf '%s\n' "$password" > "$2/$name"
  done < "$1")
}

kafka_config() {  # directory: write server.properties (with the SASL overlay for KAFKA_AUTH=scram)
  local dir=$1 password
  (umask 077; sed -e "s#@DATA@#$dir/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CPORT@#$CONTROLLER_PORT#g" \
    "$HERE/kafka/server.properties.in" > "$dir/server.properties")
  [ "$KAFKA_AUTH" = scram ] || return 0
  kafka_users "$dir/users"
  kafka_secrets "$dir/users" "$dir/secrets"
  kafka_tls "$dir/tls"
  password=$(awk '$1 == "admin" { print $2 }' "$dir/users")
  sed -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CPORT@#$CONTROLLER_PORT#g" -e "s#@TLSPORT@#$((KAFKA_PORT + 2))#g" \
    -e "s#@MTLSPORT@#$((KAFKA_PORT + 3))#g" -e "s#@TLS@#$dir/tls#g" -e "s#@ADMIN_PASSWORD@#$password#g" \
    "$HERE/kafka/scram.properties.in" >> "$dir/server.properties"
}

kafka_tls() {  # directory: the stack's own CA (ca.crt) and the broker's key and certificate for 127.0.0.1
  [ -s "$1/broker.pem" ] && return 0
  mkdir -p "$1"
  (cd "$1" && umask 077 &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Pantau local Kafka CA" \
      -keyout ca.key -out ca.crt 2> /dev/null &&
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout broker.key -out broker.csr 2> /dev/null &&
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > broker.ext &&
    openssl x509 -req -in broker.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile broker.ext -out broker.crt 2> /dev/null &&
    cat broker.key broker.crt > broker.pem && chmod 644 ca.crt)
}

kafka_client_certs() {  # tls directory: a client certificate of the stack's CA per TLS user, as Strimzi's Secret
  local names name
  names=$("$PYTHON" "$HERE/kafka_acls.py" tls-users) || return 1
  for name in $names; do
    [ -s "$1/clients/$name/user.crt" ] || kafka_client_cert "$1" "$name" || return 1
  done
}

kafka_client_cert() {  # tls directory, user: user.key and user.crt (CN=<user>: its principal is User:CN=<user>)
  (umask 077 && mkdir -p "$1/clients/$2" && cd "$1/clients/$2" &&
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$2" \
      -keyout user.key -out user.csr 2> /dev/null &&
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n' > user.ext &&
    openssl x509 -req -in user.csr -CA ../../ca.crt -CAkey ../../ca.key -CAcreateserial -days 3650 \
      -extfile user.ext -out user.crt 2> /dev/null &&
    rm -f user.csr user.ext)
}

kafka_format() {  # directory: format the KRaft storage, with every SCRAM user for KAFKA_AUTH=scram
  local dir=$1 name password scram=()
  if [ "$KAFKA_AUTH" = scram ]; then
    while read -r name password; do scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$password]"); done < "$dir/users"
  fi
  log "formatting Kafka storage (KRaft${scram:+, SASL/SCRAM users})"
  [ -s "$dir/cluster-id" ] || kafka_java "$dir/logs" kafka.tools.StorageTool random-uuid > "$dir/cluster-id"
  # Its log lists the SCRAM users' salted keys: readable by the stack's owner only.
  (umask 077; kafka_java "$dir/logs" kafka.tools.StorageTool format -t "$(cat "$dir/cluster-id")" \
    -c "$dir/server.properties" "${scram[@]}" > "$dir/logs/format.log" 2>&1)
  echo "$KAFKA_AUTH" > "$dir/auth"
}

kafka_auth_change() {  # directory: the storage was formatted for another KAFKA_AUTH (KAFKA_AUTH_CHANGE)
  local dir=$1 made
  made=$(cat "$dir/auth" 2>/dev/null || echo none)
  case "$KAFKA_AUTH_CHANGE:$made:$KAFKA_AUTH" in
    reformat:*)
      log "Kafka's storage was formatted with KAFKA_AUTH=$made: re-formatting it for KAFKA_AUTH=$KAFKA_AUTH (its topics are dropped)"
      rm -rf "$dir/data" && mkdir -p "$dir/data" && kafka_format "$dir" ;;
    migrate:none:scram) kafka_migrate "$dir" ;;
    *)
      log "Kafka's storage in $dir was formatted with KAFKA_AUTH=$made, not $KAFKA_AUTH. Start it again with"
      log "KAFKA_AUTH=$made, or KAFKA_AUTH_CHANGE=reformat (drops its topics)$([ "$made:$KAFKA_AUTH" = none:scram ] && echo ' or KAFKA_AUTH_CHANGE=migrate (keeps them)')"
      return 1 ;;
  esac
}

kafka_migrate() {  # directory: add the SCRAM users to a storage formatted without SASL, keeping its topics
  local dir=$1 name password
  log "adding the SASL/SCRAM users to Kafka's storage (formatted without SASL; topics and offsets stay)"
  KAFKA_AUTH=none kafka_config "$dir"
  kafka_run "$dir"
  wait_port "$KAFKA_PORT" 90 Kafka "$(cat "$dir/kafka.pid")"
  # As kafka_format does: the password is on the command line of a local JVM for a moment, and
  # the log that may repeat it is readable by the stack's owner only.
  while read -r name password; do
    (umask 077; kafka_java "$dir/logs" kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --alter --entity-type users --entity-name "$name" --add-config "SCRAM-SHA-512=[password=$password]" \
      >> "$dir/logs/migrate.log" 2>&1) ||
      { kafka_stop; log "adding the SCRAM user $name failed; see $dir/logs/migrate.log"; return 1; }
  done < "$dir/users"
  kafka_stop
  kafka_config "$dir"
  echo "$KAFKA_AUTH" > "$dir/auth"
}

kafka_run() {  # directory: start the broker on its server.properties, in the background
  local dir=$1
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -Dkafka.logs.dir="$dir/logs" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$dir/server.properties" > "$dir/logs/stdout.log" 2>&1 &
  echo $! > "$dir/kafka.pid"
}

kafka_start() {
  local dir="$STACK_DIR/kafka"
  if port_open "$KAFKA_PORT"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  kafka_jars
  mkdir -p "$dir/data" "$dir/logs"
  kafka_config "$dir"
  if [ ! -f "$dir/data/meta.properties" ]; then
    kafka_format "$dir"
  elif [ "$(cat "$dir/auth" 2>/dev/null || echo none)" != "$KAFKA_AUTH" ]; then
    kafka_auth_change "$dir"
  fi
  kafka_run "$dir"
  if [ "$KAFKA_AUTH" = scram ]; then  # while the broker starts; the broker itself needs only the CA
    kafka_client_certs "$dir/tls" || { kafka_stop; log "making the departments' client certificates failed"; return 1; }
  fi
  wait_port "$KAFKA_PORT" 90 Kafka "$(cat "$dir/kafka.pid")"
  if [ "$KAFKA_AUTH" = scram ]; then  # idempotent: an ACL that exists is left as it is
    "$PYTHON" "$HERE/kafka_acls.py" apply "127.0.0.1:$KAFKA_PORT" "$dir/users" > "$dir/logs/acls.log"
  fi
}

kafka_stop() {
  local pidf="$STACK_DIR/kafka/kafka.pid"
  [ -f "$pidf" ] || return 0
  local pid; pid=$(cat "$pidf")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping Kafka"
    kill "$pid"
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidf"
}

as_pg_owner() {  # PostgreSQL refuses to run as root: run it as the postgres user then.
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_dir() {  # where the cluster lives: in the stack, unless the postgres user cannot reach it
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$STACK_DIR"; then
    echo "/var/tmp/pantau-pg-$(printf '%s' "$STACK_DIR" | md5sum | cut -c1-12)"
  else
    echo "$STACK_DIR/pg"
  fi
}

pg_start() {
  local dir; dir=$(pg_dir)
  if port_open "$PG_PORT"; then log "PostgreSQL already running on 127.0.0.1:$PG_PORT"; return 0; fi
  [ -n "$PG_BIN" ] || { log "PostgreSQL server binaries not found (apt-get install postgresql)"; return 1; }
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "initialising PostgreSQL cluster"
    as_pg_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > /dev/null
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$dir -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start > /dev/null
  wait_port "$PG_PORT" 60 PostgreSQL
}

pg_stop() {
  local dir; dir=$(pg_dir)
  [ -f "$dir/data/postmaster.pid" ] || return 0
  log "stopping PostgreSQL"
  as_pg_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
}

case "${1:-}" in
  start) kafka_start & k=$!; pg_start; wait "$k" ;;
  stop) kafka_stop; pg_stop ;;
  kafka-start) kafka_start ;;
  kafka-stop) kafka_stop ;;
  pg-start) pg_start ;;
  pg-stop) pg_stop ;;
  jars) kafka_jars ;;
  status)
    port_open "$KAFKA_PORT" && log "Kafka: up (127.0.0.1:$KAFKA_PORT)" || log "Kafka: down"
    port_open "$PG_PORT" && log "PostgreSQL: up (127.0.0.1:$PG_PORT)" || log "PostgreSQL: down" ;;
  *) echo "usage: $0 {start|stop|status|kafka-start|kafka-stop|pg-start|pg-stop|jars}" >&2; exit 2 ;;
esac
