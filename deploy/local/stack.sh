#!/usr/bin/env bash
# Local real parts for Pantau: Apache Kafka (KRaft, one node) and PostgreSQL on 127.0.0.1.
# Usage: stack.sh {start|stop|status} ; configured by STACK_DIR, KAFKA_PORT, PG_PORT.
# Idempotent: starting a running stack does nothing; data stays in $STACK_DIR between runs.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STACK_DIR=${STACK_DIR:?set STACK_DIR}
KAFKA_PORT=${KAFKA_PORT:-19092}
CONTROLLER_PORT=$((KAFKA_PORT + 1))
PG_PORT=${PG_PORT:-15432}
KAFKA_LIB="$HERE/kafka/lib"
mkdir -p "$STACK_DIR"
STACK_DIR=$(cd "$STACK_DIR" && pwd)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

log() { printf '[stack] %s\n' "$*"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {  # port, seconds, what
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    port_open "$1" && return 0
    sleep 0.2
  done
  log "$3 did not open port $1 within $2 s; see $STACK_DIR/*/logs"
  return 1
}

kafka_jars() {
  if [ ! -f "$KAFKA_LIB/.complete" ]; then
    log "resolving Apache Kafka jars from Maven Central (cached afterwards)"
    (cd "$HERE/kafka" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime)
    touch "$KAFKA_LIB/.complete"
  fi
}

kafka_start() {
  local dir="$STACK_DIR/kafka"
  if port_open "$KAFKA_PORT"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  kafka_jars
  mkdir -p "$dir/data" "$dir/logs"
  sed -e "s#@DATA@#$dir/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CPORT@#$CONTROLLER_PORT#g" \
    "$HERE/kafka/server.properties.in" > "$dir/server.properties"
  if [ ! -f "$dir/data/meta.properties" ]; then
    log "formatting Kafka storage (KRaft)"
    java -cp "$KAFKA_LIB/*" -Dlog4j.configuration="file:$HERE/kafka/log4j.properties" -Dkafka.logs.dir="$dir/logs" \
      kafka.tools.StorageTool format -t "$(cat "$dir/cluster-id" 2>/dev/null || java -cp "$KAFKA_LIB/*" -Dlog4j.configuration="file:$HERE/kafka/log4j.properties" -Dkafka.logs.dir="$dir/logs" kafka.tools.StorageTool random-uuid | tee "$dir/cluster-id")" \
      -c "$dir/server.properties" > "$dir/logs/format.log" 2>&1
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$HERE/kafka/log4j.properties" -Dkafka.logs.dir="$dir/logs" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$dir/server.properties" > "$dir/logs/stdout.log" 2>&1 &
  echo $! > "$dir/kafka.pid"
  wait_port "$KAFKA_PORT" 90 Kafka
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
