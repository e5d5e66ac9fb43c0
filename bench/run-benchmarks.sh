#!/usr/bin/env bash
# The benchmark suite (src/test/java/com/maintflow/bench/BenchmarkSuite.java) on H2 and on a scratch MariaDB
# database in one run, so both columns of the table come from the same machine at the same time. Creates the
# database and a TCP user with a fresh password as .ci/run does (root via the socket), and always drops both on
# exit. MariaDB itself is never stopped. Every statement is aborted after BENCH_STATEMENT_SECONDS (default 60, the
# session variable max_statement_time): Camunda's Tasklist query can take minutes there (docs/benchmarks.md).
# Extra arguments go to Maven, e.g. -Dbench.openRequests=10000. BENCH_INNODB_BUFFER_POOL sets InnoDB's buffer pool
# for the run (default 2 GiB, bytes) and the old size is restored on exit.
#   bench/run-benchmarks.sh                      # H2 and MariaDB
#   BENCH_DB=mariadb bench/run-benchmarks.sh     # MariaDB only
#   BENCH_KEEP_DB=1 …                            # keep the scratch databases afterwards, to try SQL on them by hand
set -euo pipefail
cd "$(dirname "$0")/.."

readonly DB=maintflow_bench
readonly BARE_DB=maintflow_bench_bare
readonly DB_USER=maintflow_bench
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
# InnoDB's buffer pool for the run (docs/benchmarks.md: at 100,000 open tasks the data and indexes Tasklist reads
# are about 0.5 GB; MariaDB's default 128 MB makes every count read from disk). Restored on exit.
readonly BUFFER_POOL=${BENCH_INNODB_BUFFER_POOL:-2147483648}
ORIGINAL_BUFFER_POOL=$(mariadb -N -e 'SELECT @@innodb_buffer_pool_size')
# MariaDB's user statistics (rows written per table, StatementCensus) for the run; restored on exit.
ORIGINAL_USERSTAT=$(mariadb -N -e 'SELECT @@userstat')

cleanup() {
  # Kept databases are for SQL by hand (BENCH_KEEP_DB); the buffer pool may be set by hand again for that.
  mariadb -e "SET GLOBAL innodb_buffer_pool_size=${ORIGINAL_BUFFER_POOL}; SET GLOBAL userstat=${ORIGINAL_USERSTAT};"
  if [[ -n "${BENCH_KEEP_DB:-}" ]]; then
    echo "[bench] BENCH_KEEP_DB set: ${DB} and ${BARE_DB} kept for experiments (user ${DB_USER}, password ${DB_PASSWORD}); drop them by hand. Buffer pool back to ${ORIGINAL_BUFFER_POOL} bytes"
    return
  fi
  mariadb -e "DROP DATABASE IF EXISTS ${DB}; DROP DATABASE IF EXISTS ${BARE_DB}; DROP USER IF EXISTS '${DB_USER}'@'127.0.0.1'; DROP USER IF EXISTS '${DB_USER}'@'localhost';"
  echo "[bench] scratch databases ${DB}, ${BARE_DB} and user ${DB_USER} dropped; buffer pool back to ${ORIGINAL_BUFFER_POOL} bytes"
}
trap cleanup EXIT

# Case-sensitive collation, as Camunda expects on MySQL/MariaDB (same as .ci/run).
mariadb <<SQL
DROP DATABASE IF EXISTS ${DB};
CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB_USER}'@'localhost';
DROP DATABASE IF EXISTS ${BARE_DB};
CREATE DATABASE ${BARE_DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
GRANT ALL PRIVILEGES ON ${BARE_DB}.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON ${BARE_DB}.* TO '${DB_USER}'@'localhost';
SET GLOBAL innodb_buffer_pool_size=${BUFFER_POOL};
SET GLOBAL userstat=1;
FLUSH TABLE_STATISTICS;
SQL

# The bare Camunda engine the full flow and intake are compared with (BareEngine.java): same server, own database.
export BENCH_BARE_DB_URL="jdbc:mysql://127.0.0.1:3306/${BARE_DB}?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true"
export BENCH_BARE_DB_USER="$DB_USER" BENCH_BARE_DB_PASSWORD="$DB_PASSWORD"
# Flight Recorder's stacks are 64 frames deep by default, too shallow to reach MaintFlow's frames under Spring,
# Camunda and Hibernate (FlightRecorderProfile).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:FlightRecorderOptions:stackdepth=512"

MAINTFLOW_DB_URL="jdbc:mysql://127.0.0.1:3306/${DB}?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&sessionVariables=max_statement_time=${BENCH_STATEMENT_SECONDS:-60}" \
MAINTFLOW_DB_USER="$DB_USER" \
MAINTFLOW_DB_PASSWORD="$DB_PASSWORD" \
MAINTFLOW_ADMIN_USER=admin \
MAINTFLOW_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" \
MAINTFLOW_LINK_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  mvn -B -DskipLint=true -Pbench test-compile exec:java -Dbench.db="${BENCH_DB:-both}" "$@"
