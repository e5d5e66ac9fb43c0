#!/usr/bin/env bash
# Database fault drill: MaintFlow on a scratch MariaDB database, an intake loop over loopback, MariaDB stopped for
# OUTAGE_SECONDS and started again, then the count of answers (201 / 503 / other) and consistency checks.
# Bounded: every step has a timeout; the EXIT trap always starts MariaDB again, stops MaintFlow, drops the scratch
# database and user. Refuses to run while other clients are connected to MariaDB (FORCE=1 overrides), because
# stopping the server would break their work. Run as root on the CI machine (socket auth): bench/db-fault.sh
set -euo pipefail
cd "$(dirname "$0")/.."

readonly PORT=${PORT:-18090}
readonly BEFORE_SECONDS=${BEFORE_SECONDS:-10}
readonly OUTAGE_SECONDS=${OUTAGE_SECONDS:-15}
readonly AFTER_SECONDS=${AFTER_SECONDS:-20}
readonly DB=maintflow_fault
readonly DB_USER=maintflow_fault
readonly WORK=$(mktemp -d /tmp/maintflow-db-fault.XXXXXX)
readonly BASE="http://127.0.0.1:${PORT}"
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
APP_PID=""
LOOP_PID=""

log() { printf '%s %s\n' "$(date +%T)" "$*"; }
mariadb_answers() { mariadb -e 'select 1' >/dev/null 2>&1; }

start_mariadb() {
  mariadb_answers && return 0
  log "starting MariaDB"
  install -d -o mysql -g mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mariadb_answers && return 0; sleep 1; done
  log "MariaDB did not answer within 60 s" >&2
  return 1
}

cleanup() {
  set +e
  [[ -n "$LOOP_PID" ]] && kill "$LOOP_PID" 2>/dev/null
  start_mariadb
  if [[ -n "$APP_PID" ]]; then
    # spring-boot:run forks the application JVM: stop the children first, then Maven.
    pkill -TERM -P "$APP_PID" 2>/dev/null
    kill "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  mariadb -e "DROP DATABASE IF EXISTS ${DB}; DROP USER IF EXISTS '${DB_USER}'@'127.0.0.1'; DROP USER IF EXISTS '${DB_USER}'@'localhost';"
  log "cleaned up (MariaDB running, scratch database dropped); logs in ${WORK}"
}
trap cleanup EXIT

intake_loop() {
  local body='{"customerCode":"C-WARRANTY","contactName":"Drill","contactEmail":"it@warranty.example","channel":"WEB","system":"ERP","title":"db fault drill","description":"intake during a database outage"}'
  while true; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 15 -X POST "${BASE}/api/requests" \
      -H 'Content-Type: application/json' -d "$body" >> "${WORK}/answers.txt" || echo "000 timeout" >> "${WORK}/answers.txt"
    sleep 0.2
  done
}

others=$(mariadb -N -e "select count(*) from information_schema.processlist where id <> connection_id() and user not in ('system user', 'event_scheduler') and command <> 'Daemon'")
if [[ "$others" != "0" && "${FORCE:-0}" != "1" ]]; then
  log "refusing: ${others} other client connection(s) to MariaDB; stopping it would break them (FORCE=1 overrides)"
  trap - EXIT
  exit 2
fi

start_mariadb
mariadb -e "CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
  CREATE USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
  GRANT ALL ON ${DB}.* TO '${DB_USER}'@'127.0.0.1';"

log "starting MaintFlow on ${BASE} (profiles test,mysql: demo customers, scratch database)"
MAINTFLOW_DB_URL="jdbc:mysql://127.0.0.1:3306/${DB}?sendFractionalSeconds=false&nullCatalogMeansCurrent=true" \
MAINTFLOW_DB_USER="$DB_USER" MAINTFLOW_DB_PASSWORD="$DB_PASSWORD" \
MAINTFLOW_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" \
MAINTFLOW_LINK_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  mvn -B -q -DskipLint=true -DskipTests spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=${PORT} --server.address=127.0.0.1 --spring.profiles.active=test,mysql" \
    > "${WORK}/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
  curl -s -o /dev/null --max-time 2 "${BASE}/actuator/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { log "MaintFlow did not start, see ${WORK}/app.log"; exit 1; }
  [[ $i == 180 ]] && { log "MaintFlow not up within 180 s"; exit 1; }
  sleep 1
done

log "intake loop running; MariaDB goes down in ${BEFORE_SECONDS} s for ${OUTAGE_SECONDS} s"
intake_loop & LOOP_PID=$!
sleep "$BEFORE_SECONDS"
log "stopping MariaDB"
mariadb-admin shutdown
sleep "$OUTAGE_SECONDS"
start_mariadb
log "MariaDB back; intake loop continues for ${AFTER_SECONDS} s"
sleep "$AFTER_SECONDS"
kill "$LOOP_PID"; wait "$LOOP_PID" 2>/dev/null || true; LOOP_PID=""

q() { mariadb -N "$DB" -e "$1"; }
created=$(grep -c '^201 ' "${WORK}/answers.txt" || true)
unavailable=$(grep -c '^503 ' "${WORK}/answers.txt" || true)
other=$(grep -vc -e '^201 ' -e '^503 ' "${WORK}/answers.txt" || true)
slowest=$(awk '{print $2}' "${WORK}/answers.txt" | sort -n | tail -1)
requests=$(q "select count(*) from mf_maintenance_request")
no_process=$(q "select count(*) from mf_maintenance_request r where not exists (select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = r.ticket)")
no_request=$(q "select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'MaintenanceRequestProcess' and not exists (select 1 from mf_maintenance_request r where r.ticket = p.BUSINESS_KEY_)")
incidents=$(q "select count(*) from ACT_RU_INCIDENT")

printf '\nanswers: 201=%s 503=%s other=%s (slowest %s s)\n' "$created" "$unavailable" "$other" "$slowest"
printf 'requests stored=%s (201 answers=%s), requests without process=%s, processes without request=%s, incidents=%s\n' \
  "$requests" "$created" "$no_process" "$no_request" "$incidents"
grep -v -e '^201 ' -e '^503 ' "${WORK}/answers.txt" | sort | uniq -c | head -5 || true
if [[ "$other" != "0" || "$no_process" != "0" || "$no_request" != "0" || "$requests" != "$created" ]]; then
  log "FAILED: see above and ${WORK}"
  exit 1
fi
log "OK"
