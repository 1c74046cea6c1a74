#!/usr/bin/env bash
# Load test of the standalone server on loopback with wrk (Debian: apt-get install -y wrk).
#
#   backcast-server/load-test.sh [DURATION] [CONNECTIONS]      (defaults: 20s, 20; 2 wrk threads, 1 for 1 connection)
#
# Starts backcast-server/target/backcast-server.jar in demo mode on a fresh H2 database in a
# temporary folder, on 127.0.0.1 and a free port, with the status page's rate limit off
# (--status-rate-limit off: wrk is one client address asking for one token, which the limit
# would answer with 429 after 60 requests). Logs in as admin, makes a share link of the demo
# plan through the REST API, warms both pages up, then runs
#   wrk -t2 -cCONNECTIONS -dDURATION --latency http://127.0.0.1:PORT/s/TOKEN          (status page, no login)
#   wrk -t2 -cCONNECTIONS -dDURATION --latency -H 'Cookie: …' http://127.0.0.1:PORT/plans/1   (plan page)
# and prints wrk's report and the server's CPU time per request for each. The server is stopped
# and the folder removed on exit, whatever happens. Build the jar first:
#   mvn -B -q -pl backcast-server -am install -DskipTests
set -euo pipefail
cd "$(dirname "$0")"

DURATION=${1:-20s}
CONNECTIONS=${2:-20}
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
JAR=target/backcast-server.jar
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -q -pl backcast-server -am install -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
PASSWORD=load-test-$RANDOM$RANDOM
BACKCAST_ADMIN_PASSWORD=$PASSWORD java ${JAVA_OPTS:-} -jar "$JAR" demo --host 127.0.0.1 --port "$PORT" \
  --data "$WORK/data" --status-rate-limit off >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 60); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 1; done
curl -sf "$BASE/healthz" >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }

# log in as admin (the form's pre-session token from its cookie), read the CSRF token, share the demo plan
JAR_FILE=$WORK/cookies
curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" >/dev/null
curl -s -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null --data-urlencode username=admin --data-urlencode "password=$PASSWORD" \
  --data-urlencode "csrf=$(awk '/backcast_login/{print $7}' "$JAR_FILE")" "$BASE/login"
SESSION=$(awk '/backcast_session/{print $7}' "$JAR_FILE")
CSRF=$(curl -s -b "$JAR_FILE" "$BASE/rest/backcast/1.0/session" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
PLAN=$(curl -s -b "$JAR_FILE" "$BASE/rest/backcast/1.0/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
TOKEN=$(curl -s -b "$JAR_FILE" -H "X-Backcast-CSRF: $CSRF" -H 'Content-Type: application/json' \
  -d '{"label":"Acme Manufacturing"}' "$BASE/rest/backcast/1.0/plans/$PLAN/share-links" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
STATUS_URL=$BASE/s/$TOKEN
PLAN_URL=$BASE/plans/$PLAN
for url in "$STATUS_URL" "$PLAN_URL"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: backcast_session=$SESSION" "$url")
  [ "$code" = 200 ] || { echo "$url answered $code" >&2; exit 1; }
done

cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / tck}' "/proc/$SERVER_PID/stat"; }

run() { # run NAME URL [wrk options]
  local name=$1 url=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$@" "$url" >/dev/null   # warm-up: JIT, caches, connection pool
  local before after report requests
  before=$(cpu_ms)
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  after=$(cpu_ms)
  requests=$(echo "$report" | awk '/requests in/{print $1}')
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $* $url" | sed "s#$TOKEN#TOKEN#g; s#$SESSION#SESSION#g"
  echo "$report" | sed "s#$TOKEN#TOKEN#g"
  awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN { printf "server CPU: %.2f ms per request\n", (a - b) / n }'
  echo
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs; $(java -version 2>&1 | head -n 1)"
echo
# the plan page first: it lists the share link with its views, which the status page run adds by the ten thousand
run "plan page" "$PLAN_URL" -H "Cookie: backcast_session=$SESSION"
run "status page" "$STATUS_URL"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -E 'WARN|ERROR' "$WORK/server.log" | grep -v 'HikariPool' >/dev/null; then
  echo "server warnings and errors:"; grep -E 'WARN|ERROR' "$WORK/server.log" | head -n 20
fi
