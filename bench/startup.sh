#!/usr/bin/env bash
# Start-up of `java -jar` on H2, launch to ready (GET /actuator/health answers 200), three ways side by side:
#   fat jar      java -jar target/maintflow-*.jar                  (what `mvn package` builds)
#   extracted    java -jar target/startup/app/maintflow-*.jar      (Spring Boot's `-Djarmode=tools extract` layout:
#                plain jars on the class path instead of jars nested in the fat jar)
#   CDS          the extracted layout with a class data sharing archive from one training run
#                (-XX:SharedArchiveFile=target/startup/app.jsa; Spring Boot's CDS support, spring.context.exit)
#   AOT cache    the extracted layout on a JDK 25 with its ahead-of-time cache from one training run
#                (JEP 483/514/515: classes loaded and linked, method profiles, -XX:AOTCache=target/startup/app.aot);
#                only when a JDK 25 is found (BENCH_JAVA25, else /usr/lib/jvm/*-25-*/bin/java). The jar is the same
#                Java 17 build; only the JVM that runs it differs.
# Each run on a fresh H2 file database (schema creation and deployment included, as on a first start), in
# alternating rounds so all three see the same machine. Prints each run and a median / min / max table.
#   mvn -B -q -DskipTests -DskipLint=true package && bench/startup.sh [rounds, default 5]
#   bench/startup.sh 0     # only extract and train: then start with the CDS line the README gives
set -euo pipefail
cd "$(dirname "$0")/.."

readonly ROUNDS=${1:-5}
readonly PORT=${BENCH_STARTUP_PORT:-18080}
readonly READY_SECONDS=120
FAT_JAR=$(ls target/maintflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -n "$FAT_JAR" ]] || { echo "no target/maintflow-*.jar: run mvn -DskipTests package first" >&2; exit 1; }
readonly WORK=target/startup
readonly APP_JAR=$WORK/app/$(basename "$FAT_JAR")
readonly ARCHIVE=$WORK/app.jsa
readonly AOT_CACHE=$WORK/app.aot
JAVA25=${BENCH_JAVA25:-$(ls /usr/lib/jvm/*-25-*/bin/java 2>/dev/null | head -1 || true)}
declare -A TIMES

# The archive and the cache are only valid for this exact class path, so they are rebuilt whenever the jar is newer.
prepare() {
  if [[ -f "$ARCHIVE" && "$ARCHIVE" -nt "$FAT_JAR" && ( -z "$JAVA25" || -f "$AOT_CACHE" ) ]]; then
    return
  fi
  rm -rf "$WORK" && mkdir -p "$WORK"
  java -Djarmode=tools -jar "$FAT_JAR" extract --destination "$WORK/app" >/dev/null
  local data; data=$(mktemp -d)
  echo "[startup] CDS training run (starts the context once and exits)"
  java -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port=0 --spring.datasource.url="jdbc:h2:file:$data/maintflow" >"$WORK/training.log" 2>&1
  rm -rf "$data"
  if [[ -n "$JAVA25" ]]; then
    data=$(mktemp -d)
    echo "[startup] AOT cache training run on $JAVA25"
    "$JAVA25" -XX:AOTCacheOutput="$AOT_CACHE" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
      --server.port=0 --spring.datasource.url="jdbc:h2:file:$data/maintflow" >"$WORK/aot-training.log" 2>&1
    rm -rf "$data"
  fi
}

# One start with the given java binary; prints the seconds from launch until the health endpoint answers.
once() {
  local data log pid begin java_bin=$1
  shift
  data=$(mktemp -d); log=$data/log
  begin=$(date +%s%N)
  "$java_bin" "$@" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$data/maintflow" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "localhost:$PORT/actuator/health"; do
    if ! kill -0 "$pid" 2>/dev/null || (( ($(date +%s%N) - begin) / 1000000000 > READY_SECONDS )); then
      tail -20 "$log" >&2; kill "$pid" 2>/dev/null || true; exit 1
    fi
    sleep 0.05
  done
  local elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  printf '%d.%03d' $((elapsed / 1000)) $((elapsed % 1000))
}

run() {
  local name=$1; shift
  local seconds; seconds=$(once "$@")
  TIMES[$name]="${TIMES[$name]:-} $seconds"
  echo "[startup] round $round $name ${seconds} s"
}

stats() {
  tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR]=$1} END {printf "%8.2f %8.2f %8.2f", v[int((NR+1)/2)], v[1], v[NR]}'
}

if curl -s -o /dev/null "localhost:$PORT"; then
  echo "port $PORT is taken (BENCH_STARTUP_PORT)" >&2; exit 1
fi
prepare
if (( ROUNDS == 0 )); then
  echo "java -XX:SharedArchiveFile=$ARCHIVE -jar $APP_JAR"
  [[ -z "$JAVA25" ]] || echo "$JAVA25 -XX:AOTCache=$AOT_CACHE -jar $APP_JAR"
  exit 0
fi
for round in $(seq 1 "$ROUNDS"); do
  run "fat jar" java -jar "$FAT_JAR"
  run "extracted" java -jar "$APP_JAR"
  run "CDS" java -XX:SharedArchiveFile="$ARCHIVE" -jar "$APP_JAR"
  [[ -z "$JAVA25" ]] || run "AOT cache" "$JAVA25" -XX:AOTCache="$AOT_CACHE" -jar "$APP_JAR"
done
fat_median=$(stats "${TIMES[fat jar]}" | awk '{print $1}')
echo
echo "start-up to ready, H2, $(nproc) CPUs, $(date -u +%F), $ROUNDS rounds"
printf '%-12s %8s %8s %8s %10s\n' "java -jar" median min max "vs fat jar"
names=("fat jar" "extracted" "CDS")
[[ -z "$JAVA25" ]] || names+=("AOT cache")
for name in "${names[@]}"; do
  line=$(stats "${TIMES[$name]}")
  printf '%-12s %s %10.2f\n' "$name" "$line" "$(awk -v m="$(awk '{print $1}' <<<"$line")" -v f="$fat_median" 'BEGIN {print m / f}')"
done
