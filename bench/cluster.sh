#!/usr/bin/env bash
# Cluster drill: two MaintFlow nodes (java -jar, ports PORT_A / PORT_B) on one scratch MariaDB database, a
# GreenMail SMTP server as the mail relay, load in flight (bench/ClusterLoad.java: intake plus staff steps through
# /engine-rest on both nodes), and KILLS times a random node killed with `kill -9` at a random moment and started
# again. Then the cluster settles (at most lock time + 60 s, so jobs a dead node had locked run elsewhere) and the
# script prints counts and checks the invariants: every request ended or waits at a user task, none lost, no job
# left locked, no incident, no notification pending, none delivered twice. Exits non-zero if one fails.
# Loopback only; bounded (each wait has a limit; 10-15 minutes with the defaults on a busy 2-core machine); the EXIT
# trap stops both nodes, the load and GreenMail and drops the scratch database and user. Never stops MariaDB.
# Run as root on the CI machine (socket auth), from anywhere: bench/cluster.sh   (docs/cluster.md)
set -euo pipefail
cd "$(dirname "$0")/.."

readonly PORT_A=${PORT_A:-18101}
readonly PORT_B=${PORT_B:-18102}
readonly SMTP_PORT=${SMTP_PORT:-18125}
readonly MAIL_API_PORT=${MAIL_API_PORT:-18180}
readonly KILLS=${KILLS:-4}
readonly WORKERS=${WORKERS:-4}
readonly WARMUP_SECONDS=${WARMUP_SECONDS:-15}
readonly TAIL_SECONDS=${TAIL_SECONDS:-15}
# Production value (config/application.yml); the drill keeps it unless told otherwise, so the recovery it
# measures is the one production gets.
readonly LOCK_TIME_MS=${LOCK_TIME_MS:-120000}
# With more than one node, back off briefly after an acquisition conflict. Camunda needs both values: with
# max-backoff 0 the back-off stays 0 (docs/cluster.md).
readonly BACKOFF_MS=${BACKOFF_MS:-50}
readonly MAX_BACKOFF_MS=${MAX_BACKOFF_MS:-500}
readonly SETTLE_SECONDS=$((LOCK_TIME_MS / 1000 + 60))
# A restart on a busy 2-core machine has taken close to 4 minutes.
readonly START_SECONDS=480
readonly DB=maintflow_cluster
readonly DB_USER=maintflow_cluster
readonly GREENMAIL_VERSION=2.1.3
readonly WORK=$(mktemp -d /tmp/maintflow-cluster.XXXXXX)
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
LINK_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
declare -A PORT=([A]=$PORT_A [B]=$PORT_B)
declare -A PID=([A]="" [B]="")
LOAD_PID=""
MAIL_PID=""
JAR=""

log() { printf '%s %s\n' "$(date +%T)" "$*"; }
q() { mariadb -N "$DB" -e "$1"; }

cleanup() {
  set +e
  [[ -n "$LOAD_PID" ]] && kill "$LOAD_PID" 2>/dev/null
  for node in A B; do
    [[ -n "${PID[$node]}" ]] && kill "${PID[$node]}" 2>/dev/null
  done
  for node in A B; do
    [[ -n "${PID[$node]}" ]] && timeout 30 tail --pid="${PID[$node]}" -f /dev/null
    [[ -n "${PID[$node]}" ]] && kill -9 "${PID[$node]}" 2>/dev/null
  done
  [[ -n "$MAIL_PID" ]] && kill "$MAIL_PID" 2>/dev/null
  mariadb -e "DROP DATABASE IF EXISTS ${DB}; DROP USER IF EXISTS '${DB_USER}'@'127.0.0.1';"
  log "cleaned up (nodes and GreenMail stopped, scratch database dropped); logs in ${WORK}"
}
trap cleanup EXIT
# A signal (timeout, Ctrl-C) ends the script through exit, so the EXIT trap cleans up.
trap 'exit 143' TERM INT

port_free() { ! ss -ltn "( sport = :$1 )" | grep -q LISTEN; }
for port in "$PORT_A" "$PORT_B" "$SMTP_PORT" "$MAIL_API_PORT"; do
  port_free "$port" || { log "port ${port} is in use; set PORT_A/PORT_B/SMTP_PORT/MAIL_API_PORT"; exit 2; }
done
mariadb -e 'select 1' >/dev/null || { log "MariaDB does not answer (this drill never starts or stops it)"; exit 2; }

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  log "building the jar (mvn package, tests and lint skipped)"
  timeout 600 mvn -B -q -DskipTests -DskipLint=true package > "${WORK}/build.log" 2>&1 \
    || { log "build failed, see ${WORK}/build.log"; exit 1; }
fi
JAR=$(ls target/maintflow-*.jar | grep -v -e sources -e original | head -1)
if [[ ! -f target/greenmail/greenmail-standalone-${GREENMAIL_VERSION}.jar ]]; then
  timeout 300 mvn -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:${GREENMAIL_VERSION} \
    -DoutputDirectory=target/greenmail > "${WORK}/greenmail-fetch.log" 2>&1
fi

mariadb -e "DROP DATABASE IF EXISTS ${DB}; DROP USER IF EXISTS '${DB_USER}'@'127.0.0.1';
  CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
  CREATE USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
  GRANT ALL ON ${DB}.* TO '${DB_USER}'@'127.0.0.1';"

log "starting GreenMail (SMTP 127.0.0.1:${SMTP_PORT}, API 127.0.0.1:${MAIL_API_PORT})"
java -Xmx256m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
  -jar "target/greenmail/greenmail-standalone-${GREENMAIL_VERSION}.jar" > "${WORK}/greenmail.log" 2>&1 &
MAIL_PID=$!

# Profiles test,mysql: demo staff (cs1, eng1 … password demo) and demo customers, on MariaDB; the mysql profile's
# guard still demands a real admin password, link secret and URL flags. Both nodes run the same jar and config.
start_node() {
  local node=$1
  MAINTFLOW_DB_URL="jdbc:mysql://127.0.0.1:3306/${DB}?sendFractionalSeconds=false&nullCatalogMeansCurrent=true" \
  MAINTFLOW_DB_USER="$DB_USER" MAINTFLOW_DB_PASSWORD="$DB_PASSWORD" \
  MAINTFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" MAINTFLOW_LINK_SECRET="$LINK_SECRET" \
  MAINTFLOW_SMTP_HOST=127.0.0.1 MAINTFLOW_SMTP_PORT="$SMTP_PORT" \
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="${PORT[$node]}" --server.address=127.0.0.1 \
      --spring.profiles.active=test,mysql \
      --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_TIME_MS" \
      --camunda.bpm.job-execution.backoff-time-in-millis="$BACKOFF_MS" \
      --camunda.bpm.job-execution.max-backoff="$MAX_BACKOFF_MS" \
      >> "${WORK}/node-${node}.log" 2>&1 &
  PID[$node]=$!
  echo "=== started pid ${PID[$node]} at $(date +%T)" >> "${WORK}/node-${node}.log"
}

await_ready() {
  local node=$1 started=$SECONDS
  until curl -s --max-time 2 "http://127.0.0.1:${PORT[$node]}/actuator/health" | grep -q '"UP"'; do
    kill -0 "${PID[$node]}" 2>/dev/null || { log "node ${node} died while starting, see ${WORK}/node-${node}.log"; exit 1; }
    ((SECONDS - started < START_SECONDS)) || { log "node ${node} not up within ${START_SECONDS} s"; exit 1; }
    sleep 1
  done
  log "node ${node} (pid ${PID[$node]}, port ${PORT[$node]}) ready after $((SECONDS - started)) s"
}

# One after the other on the empty database: Camunda's schema creation is not safe against a concurrent start.
for node in A B; do
  start_node "$node"
  await_ready "$node"
done
until curl -s --max-time 2 "http://127.0.0.1:${MAIL_API_PORT}/api/service/readiness" | grep -q running; do
  kill -0 "$MAIL_PID" 2>/dev/null || { log "GreenMail did not start, see ${WORK}/greenmail.log"; exit 1; }
  sleep 1
done

log "load running (${WORKERS} workers on both nodes); ${KILLS} kills follow"
java bench/ClusterLoad.java "$WORK" 1200 "$WORKERS" "http://127.0.0.1:${PORT_A}" "http://127.0.0.1:${PORT_B}" \
  > "${WORK}/load.out" 2>&1 &
LOAD_PID=$!
sleep "$WARMUP_SECONDS"
# The victims alternate from a random first one, so both nodes die; the moments are random.
node=$([[ $((RANDOM % 2)) == 0 ]] && echo A || echo B)
for k in $(seq 1 "$KILLS"); do
  sleep $((5 + RANDOM % 16))
  log "kill ${k}/${KILLS}: kill -9 node ${node} (pid ${PID[$node]})"
  kill -9 "${PID[$node]}"
  wait "${PID[$node]}" 2>/dev/null || true
  # Written once the process is gone, after its last log line, with the node logs' clock and resolution: the
  # evidence that a send it had begun (and not logged as sent) was cut off by this kill (classify_repeats).
  echo "=== kill -9 pid ${PID[$node]} done at $(date +%FT%T.%3N)" >> "${WORK}/node-${node}.log"
  # What the dead node may have left half done: jobs locked (its locks stay until they expire) and mails not sent.
  log "  in flight right after the kill: jobs locked=$(q "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null"),\
 notifications pending=$(q "select count(*) from mf_notification where status = 'PENDING'")"
  sleep $((1 + RANDOM % 3))
  start_node "$node"
  await_ready "$node"
  node=$([[ "$node" == A ]] && echo B || echo A)
done
sleep "$TAIL_SECONDS"
touch "${WORK}/stop"
# SLA timers of the waiting requests keep firing (and raising mails) after the load: the mail checks cover what
# was raised up to this moment, the job checks look for jobs overdue by more than 30 s (max-wait is 2 s).
CUTOFF=$(mariadb -N -e "select now(6)")
timeout 60 tail --pid="$LOAD_PID" -f /dev/null || { log "load did not stop"; exit 1; }
wait "$LOAD_PID" || { log "load driver failed, see ${WORK}/load.out"; cat "${WORK}/load.out"; exit 1; }
LOAD_PID=""
cat "${WORK}/load.out"

# Settled: no job overdue or with an expired lock, no notification raised during the load waiting, no incomplete
# publication. A job a killed node had locked becomes free when its lock expires (lock time after acquisition),
# hence the limit.
log "settling (at most ${SETTLE_SECONDS} s)"
settle_started=$SECONDS
while true; do
  busy=$(q "select (select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1
              and (DUEDATE_ is null or DUEDATE_ <= now() - interval 30 second))
          + (select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ < now())
          + (select count(*) from mf_notification where status = 'PENDING' and created_at <= '${CUTOFF}')
          + (select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and PUBLICATION_DATE <= '${CUTOFF}')")
  [[ "$busy" == "0" ]] && break
  ((SECONDS - settle_started < SETTLE_SECONDS)) || { log "not settled after ${SETTLE_SECONDS} s (${busy} open)"; break; }
  sleep 5
done
log "settled after $((SECONDS - settle_started)) s"

# Every Message-ID a mailbox received more than once, classified by bench/cluster-repeats.awk from the nodes' send
# log lines and the kill markers: an unavoidable repeat (the first copy's node was kill -9ed between starting the send
# and its SENT commit; SMTP cannot make that exactly-once) or a real duplicate. Writes repeats.txt (one line each)
# and, per repeated Message-ID, the log lines of its notification and the kills in repeats/. Sets cut_off.
classify_repeats() {
  : > "${WORK}/repeats.txt"
  for node in A B; do
    gawk -v node="$node" '
      match($0, /^=== kill -9 pid ([0-9]+) done at (.*)$/, m) { print m[2] "\tK\t" node "\t" m[1] "\t-\t-"; next }
      match($0, /Sending notification ([0-9]+) \([^)]*\) as ([^ ]+) on node ([0-9]+)@/, m) {
        print substr($0, 1, 23) "\tS\t" node "\t" m[3] "\t" m[1] "\t" m[2]; next }
      match($0, /: Notification ([0-9]+) \([^)]*\) sent as ([^ ]+) by node ([0-9]+)@/, m) {
        print substr($0, 1, 23) "\t" (index($0, "another node had settled it") ? "W" : "E") "\t" node "\t" m[3] "\t" m[1] "\t" m[2]; next }
      match($0, /: Notification ([0-9]+) \([^)]*\) not sent by node ([0-9]+)@/, m) {
        print substr($0, 1, 23) "\tF\t" node "\t" m[2] "\t" m[1] "\t-" }
    ' "${WORK}/node-${node}.log"
  done | sort -s -t$'\t' -k1,1 > "${WORK}/send-events.tsv"
  # Sends a kill cut off (begun, neither sent nor failed, then the process killed), repeated or not: how often the
  # drill hit the window at all.
  cut_off=$(gawk -F'\t' '$2 == "S" { open[$5, $3 "/" $4] = 1; next }
    $2 == "K" { for (k in open) { split(k, a, SUBSEP); if (a[2] == $3 "/" $4) { cut++; delete open[k] } } next }
    { delete open[$5, $3 "/" $4] } END { print cut + 0 }' "${WORK}/send-events.tsv")
  sort "${WORK}/received.txt" | uniq -cd | awk '{print $1, $2, $3}' > "${WORK}/repeated-ids.txt"
  [[ -s "${WORK}/repeated-ids.txt" ]] || return 0
  mkdir -p "${WORK}/repeats"
  gawk -f bench/cluster-repeats.awk "${WORK}/repeated-ids.txt" "${WORK}/send-events.tsv" | sort > "${WORK}/repeats.txt"
  local verdict id box copies n reason
  while IFS=$'\t' read -r verdict id box copies n reason; do
    {
      echo "${verdict}: ${id} to ${box}, ${copies} copies, notification ${n}: ${reason}"
      grep -H -e "otification ${n} (" -e '^=== ' "${WORK}"/node-*.log | sed "s|${WORK}/||"
    } > "${WORK}/repeats/${id//[^A-Za-z0-9@.-]/_}.txt"
  done < "${WORK}/repeats.txt"
}

# --- Counts ------------------------------------------------------------------------------------------------
touch "${WORK}"/{created,closed,stuck,unanswered,refused}.txt
q "create table drill_created (ticket varchar(20) primary key); create table drill_closed (ticket varchar(20) primary key)"
load_tickets() {
  local table=$1 file=$2
  if [[ -s "$file" ]]; then
    q "insert into ${table} values $(sed "s/.*/('&')/" "$file" | paste -sd,)"
  fi
}
load_tickets drill_created "${WORK}/created.txt"
load_tickets drill_closed "${WORK}/closed.txt"

readonly PROC="PROC_DEF_KEY_ = 'MaintenanceRequestProcess'"
created=$(wc -l < "${WORK}/created.txt")
unanswered=$(wc -l < "${WORK}/unanswered.txt")
refused=$(wc -l < "${WORK}/refused.txt")
closed=$(wc -l < "${WORK}/closed.txt")
stuck=$(wc -l < "${WORK}/stuck.txt")
stored=$(q "select count(*) from mf_maintenance_request")
lost=$(q "select count(*) from drill_created c where not exists (select 1 from mf_maintenance_request r where r.ticket = c.ticket)")
processes=$(q "select count(*) from ACT_HI_PROCINST where ${PROC}")
ended=$(q "select count(*) from ACT_HI_PROCINST where ${PROC} and END_TIME_ is not null and STATE_ = 'COMPLETED'")
terminated=$(q "select count(*) from ACT_HI_PROCINST where ${PROC} and END_TIME_ is not null and STATE_ <> 'COMPLETED'")
at_task=$(q "select count(*) from ACT_HI_PROCINST p where ${PROC} and END_TIME_ is null
  and exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = p.PROC_INST_ID_)")
other=$(q "select count(*) from ACT_HI_PROCINST p where ${PROC} and END_TIME_ is null
  and not exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = p.PROC_INST_ID_)")
no_process=$(q "select count(*) from mf_maintenance_request r where not exists (select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = r.ticket)")
no_request=$(q "select count(*) from ACT_HI_PROCINST p where ${PROC} and not exists (select 1 from mf_maintenance_request r where r.ticket = p.BUSINESS_KEY_)")
twice=$(q "select count(*) from (select BUSINESS_KEY_ from ACT_HI_PROCINST where ${PROC} group by BUSINESS_KEY_ having count(*) > 1) d")
archived=$(q "select count(*) from mf_archive_record")
closed_not_archived=$(q "select count(*) from drill_closed c where not exists (select 1 from mf_maintenance_request r where r.ticket = c.ticket and r.status = 'ARCHIVED')
  or not exists (select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = c.ticket and p.END_TIME_ is not null)")
jobs=$(q "select count(*) from ACT_RU_JOB")
jobs_due=$(q "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= now() - interval 30 second)")
jobs_locked=$(q "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null")
jobs_lock_expired=$(q "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_EXP_TIME_ < now()")
jobs_no_retries=$(q "select count(*) from ACT_RU_JOB where RETRIES_ = 0")
incidents=$(q "select count(*) from ACT_RU_INCIDENT")
archive_jobs_run=$(q "select count(*) from ACT_HI_JOB_LOG where JOB_DEF_CONFIGURATION_ = 'async-before' and JOB_STATE_ = 2")
archive_jobs_failed=$(q "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1")
# An archive job normally runs within a second or two of its creation; one that waited a minute or more was
# locked by a node that died and ran elsewhere once that lock expired.
job_waits="select timestampdiff(second, min(case when JOB_STATE_ = 0 then TIMESTAMP_ end),
    max(case when JOB_STATE_ = 2 then TIMESTAMP_ end)) waited
  from ACT_HI_JOB_LOG where JOB_DEF_CONFIGURATION_ = 'async-before' group by JOB_ID_"
jobs_taken_over=$(q "select count(*) from (${job_waits}) j where waited >= 60")
job_max_wait=$(q "select coalesce(max(waited), 0) from (${job_waits}) j")
definitions=$(q "select count(*) from ACT_RE_PROCDEF where KEY_ = 'MaintenanceRequestProcess'")
deployments=$(q "select count(*) from ACT_RE_DEPLOYMENT")
readonly RAISED="created_at <= '${CUTOFF}'"
notifications=$(q "select count(*) from mf_notification where ${RAISED}")
by_status=$(q "select concat(status, '=', count(*)) from mf_notification where ${RAISED} group by status order by status" | paste -sd' ')
pending=$(q "select count(*) from mf_notification where ${RAISED} and status = 'PENDING'")
failed=$(q "select count(*) from mf_notification where ${RAISED} and status = 'FAILED'")
customer_rows=$(q "select count(*) from mf_notification where ${RAISED} and recipient not like '%@maintflow.example'")
resent_rows=$(q "select count(*) from mf_notification where ${RAISED} and attempts > 1")
incomplete=$(q "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and PUBLICATION_DATE <= '${CUTOFF}'")
publications=$(q "select count(*) from EVENT_PUBLICATION where PUBLICATION_DATE <= '${CUTOFF}'")

# What the SMTP server received: every mailbox's messages, as "<mailbox> <Message-ID>" (the header, read from the
# raw message: the API's messageId field is empty).
mail_api="http://127.0.0.1:${MAIL_API_PORT}/api"
: > "${WORK}/received.txt"
for mailbox in $(curl -sf --max-time 10 "${mail_api}/user" | jq -r '.[].email'); do
  curl -sf --max-time 30 "${mail_api}/user/${mailbox}/messages/INBOX" \
    | jq -r --arg box "$mailbox" '.[] | .mimeMessage
        | "\($box) \(capture("(?:^|\\n)Message-ID:\\s*(?<id><[^>\\s]+>)"; "i").id // "none")"' \
    >> "${WORK}/received.txt"
done
received=$(wc -l < "${WORK}/received.txt")
classify_repeats
distinct_received=$(awk '{print $2}' "${WORK}/received.txt" | sort -u | wc -l)
duplicates=$(sort "${WORK}/received.txt" | uniq -d | wc -l)
customer_received=$(grep -vc '@maintflow.example <' "${WORK}/received.txt" || true)
customer_duplicates=$(sort "${WORK}/received.txt" | uniq -d | grep -vc '@maintflow.example <' || true)
unavoidable=$(grep -c '^unavoidable' "${WORK}/repeats.txt" || true)
real_duplicates=$(grep -c '^duplicate' "${WORK}/repeats.txt" || true)
# After reading the mailboxes: a mail is received a moment before its row is marked SENT.
q "select concat('<', idempotency_key, '@maintflow.example>') from mf_notification where ${RAISED} and status = 'SENT'" \
  | sort -u > "${WORK}/sent-ids.txt"
q "select concat('<', idempotency_key, '@maintflow.example>') from mf_notification" | sort -u > "${WORK}/row-ids.txt"
raised_later=$(q "select count(*) from mf_notification where not (${RAISED})")
awk '{print $2}' "${WORK}/received.txt" | sort -u > "${WORK}/received-ids.txt"
sent_not_received=$(comm -23 "${WORK}/sent-ids.txt" "${WORK}/received-ids.txt" | wc -l)
received_not_sent=$(comm -13 "${WORK}/row-ids.txt" "${WORK}/received-ids.txt" | wc -l)

printf '\n== cluster drill: 2 nodes, %s x kill -9, lock time %s ms, backoff %s/%s ms ==\n' "$KILLS" "$LOCK_TIME_MS" \
  "$BACKOFF_MS" "$MAX_BACKOFF_MS"
printf 'intake:        201=%s refused=%s unanswered(node killed)=%s; stored=%s; 201 but not stored (lost)=%s\n' \
  "$created" "$refused" "$unanswered" "$stored" "$lost"
printf 'driver:        driven to confirmed closure=%s, gave up on a step=%s\n' "$closed" "$stuck"
printf 'processes:     %s: ended=%s (archived records %s), waiting at a user task=%s, other running=%s, terminated=%s\n' \
  "$processes" "$ended" "$archived" "$at_task" "$other" "$terminated"
printf 'consistency:   requests without process=%s, processes without request=%s, tickets with 2+ processes=%s, closed but not archived=%s\n' \
  "$no_process" "$no_request" "$twice" "$closed_not_archived"
printf 'jobs:          left=%s (SLA timers), overdue 30 s+=%s, locked now=%s, lock expired=%s, retries 0=%s, incidents=%s\n' \
  "$jobs" "$jobs_due" "$jobs_locked" "$jobs_lock_expired" "$jobs_no_retries" "$incidents"
printf 'job log:       archive jobs done=%s, failed job attempts=%s, run only after a dead node'"'"'s lock expired=%s (longest wait %s s)\n' \
  "$archive_jobs_run" "$archive_jobs_failed" "$jobs_taken_over" "$job_max_wait"
printf 'deployment:    MaintenanceRequestProcess definitions=%s, deployments=%s (after %s node starts)\n' \
  "$definitions" "$deployments" "$((2 + KILLS))"
printf 'notifications: raised until the load stopped=%s (%s; to customers %s), sent more than one attempt=%s; publications=%s, incomplete=%s; raised later (SLA timers)=%s\n' \
  "$notifications" "$by_status" "$customer_rows" "$resent_rows" "$publications" "$incomplete" "$raised_later"
printf 'smtp:          received=%s (to customers %s), distinct Message-IDs=%s, delivered twice=%s (to customers %s), SENT not received=%s, received without a row=%s\n' \
  "$received" "$customer_received" "$distinct_received" "$duplicates" "$customer_duplicates" "$sent_not_received" "$received_not_sent"
printf 'repeats:       sends cut off by a kill=%s; delivered twice: unavoidable (sending node killed mid-send)=%s, real duplicates=%s (evidence in %s/repeats/)\n' \
  "$cut_off" "$unavoidable" "$real_duplicates" "$WORK"
gawk -F'\t' '{ printf "  %s %s to %s x%s (notification %s): %s\n", $1, $2, $3, $4, $5, $6 }' "${WORK}/repeats.txt"
grep -c 'kill -9' "${WORK}"/node-*.log | sed 's|.*/||' | paste -sd' ' | sed 's/^/kills:         /' || true
printf 'duration:      %s s\n' "$SECONDS"

failures=()
[[ "$lost" == 0 ]] || failures+=("lost requests")
# 503 (database pool busy) tells the customer to retry; any other refusal is a fault.
if grep -qv '^503 ' "${WORK}/refused.txt"; then
  failures+=("intake refused: $(grep -v '^503 ' "${WORK}/refused.txt" | cut -c1-120 | sort | uniq -c | paste -sd' ')")
fi
((stored >= created && stored <= created + unanswered)) || failures+=("stored requests outside [201, 201 + unanswered]")
[[ "$other" == 0 && "$terminated" == 0 ]] || failures+=("processes neither ended nor at a user task")
[[ "$no_process" == 0 && "$no_request" == 0 && "$twice" == 0 ]] || failures+=("request/process mismatch")
[[ "$closed_not_archived" == 0 ]] || failures+=("closed requests not archived")
[[ "$jobs_due" == 0 && "$jobs_lock_expired" == 0 && "$jobs_no_retries" == 0 && "$incidents" == 0 ]] || failures+=("jobs not done")
[[ "$definitions" == 1 ]] || failures+=("restarts deployed new process versions")
[[ "$pending" == 0 && "$failed" == 0 && "$incomplete" == 0 ]] || failures+=("notifications not delivered")
[[ "$sent_not_received" == 0 && "$received_not_sent" == 0 ]] || failures+=("SENT rows and received mails differ")
# A repeat whose first copy's node was killed mid-send is at-least-once mail working as designed (same Message-ID,
# receivers drop it); anything else delivered twice is a fault.
[[ "$real_duplicates" == 0 ]] || failures+=("notifications delivered twice (real duplicates): $(grep '^duplicate' "${WORK}/repeats.txt" | cut -f2 | paste -sd' ')")
[[ "$stuck" == 0 ]] || failures+=("driver gave up on ${stuck} step(s), see ${WORK}/stuck.txt")
if ((${#failures[@]} > 0)); then
  printf 'FAILED: %s\n' "${failures[@]}"
  exit 1
fi
log "OK"
