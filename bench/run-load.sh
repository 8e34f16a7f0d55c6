#!/usr/bin/env bash
# Load test of the dashboard on the embedded default (SQLite) with a generated national history.
# Publishes Instroom.Web in Release, generates YEARS years of weekly national deliveries into a SQLite file with the
# operator command (`genereer --jaren N --importeer`, once; kept in bench/out), starts the app on 127.0.0.1, signs in
# (INSTROOM_USER + INSTROOM_PASSWORD through /aanmelden, or a ready cookie in INSTROOM_COOKIE), and runs wrk at 1, 8 and
# 32 connections against the overview, a region page, the trend data, a CSV export and a static file of the overview's
# size served by the same app. Prints p50/p99/requests per second, the ratios to the static file and the peak resident
# memory (VmHWM) of the web process. See docs/performance.md.
#
#   bench/run-load.sh                      # 5 years, 10 s per run
#   YEARS=1 DURATION=5 bench/run-load.sh   # quicker
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/out"
YEARS="${YEARS:-5}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-1 8 32}"
PORT="${PORT:-5199}"
REGION="${REGION:-JZ29}"
DB="$OUT/instroom-${YEARS}j.db"
APP="$OUT/app"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install -y wrk" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== publish (Release) — load $(loadavg)"
dotnet publish "$ROOT/Instroom.Web/Instroom.Web.csproj" -c Release -o "$APP" --nologo -v quiet >/dev/null

export ConnectionStrings__Instroom="Data Source=$DB"
export Instroom__Database__Provider=Sqlite
export Instroom__Demo__Enabled=false
export Instroom__Schedule__RunServer=false
export Logging__LogLevel__Default=Warning

if [ ! -f "$DB" ]; then
  rm -f "$DB.tmp" "$DB.tmp-wal" "$DB.tmp-shm"
  echo "== genereer --jaren $YEARS --importeer → $DB — load $(loadavg)"
  start=$(date +%s.%N)
  # Into a temporary file first, so an interrupted run never leaves a half-filled database that looks done.
  (cd "$APP" && ConnectionStrings__Instroom="Data Source=$DB.tmp" dotnet Instroom.Web.dll genereer --jaren "$YEARS" --importeer)
  [ -f "$DB.tmp-wal" ] && mv "$DB.tmp-wal" "$DB-wal"
  rm -f "$DB.tmp-shm"; mv "$DB.tmp" "$DB"
  echo "   $(echo "$(date +%s.%N) - $start" | bc) s — load $(loadavg)"
fi
echo "   database: $(du -m "$DB" | cut -f1) MiB"

echo "== start web app on $BASE"
(cd "$APP" && ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production exec dotnet Instroom.Web.dll) >"$OUT/web.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "web app did not start; see $OUT/web.log" >&2; exit 1; }

COOKIE="${INSTROOM_COOKIE:-}"
if [ -z "$COOKIE" ] && [ -n "${INSTROOM_USER:-}" ]; then
  JAR="$OUT/cookies.txt"; rm -f "$JAR"
  token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/aanmelden" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/' | head -1)
  curl -fs -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE/aanmelden" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Gebruikersnaam=$INSTROOM_USER" \
    --data-urlencode "Wachtwoord=$INSTROOM_PASSWORD"
  COOKIE=$(awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$JAR")
fi
HEADER=()
[ -n "$COOKIE" ] && HEADER=(-H "Cookie: $COOKIE")

TREND="/trends/gegevens?indicator=${TREND_INDICATOR:-zonder-vaste-jeugdbeschermer-aandeel}&gebied=$REGION&periode=104"
declare -A URL=(
  [statisch]="/bench/overzicht.html"
  [overzicht]="/"
  [regio]="/regios/$REGION"
  [trenddata]="$TREND"
  [csv]="/export/overzicht.csv"
)
ORDER=(statisch overzicht regio trenddata csv)

# The static file: the overview's own HTML, so the comparison is at the same size.
mkdir -p "$APP/wwwroot/bench"
curl -fs "${HEADER[@]}" "$BASE/" -o "$APP/wwwroot/bench/overzicht.html"
for name in "${ORDER[@]}"; do
  size=$(curl -fs "${HEADER[@]}" "$BASE${URL[$name]}" | wc -c)
  status=$(curl -s -o /dev/null -w '%{http_code}' "${HEADER[@]}" "$BASE${URL[$name]}")
  echo "   $name ${URL[$name]}: HTTP $status, $size bytes"
done

ms() { # wrk latency (e.g. 1.23ms, 850.00us, 1.01s) → milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A P50 P99 RPS
echo "== wrk, ${DURATION}s per run — load $(loadavg)"
for c in $CONNECTIONS; do
  threads=$(( c < 2 ? 1 : 2 ))
  for name in "${ORDER[@]}"; do
    result=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency "${HEADER[@]}" "$BASE${URL[$name]}")
    P50[$name,$c]=$(ms "$(echo "$result" | awk '$1 == "50%" { print $2 }')")
    P99[$name,$c]=$(ms "$(echo "$result" | awk '$1 == "99%" { print $2 }')")
    RPS[$name,$c]=$(echo "$result" | awk '/^Requests\/sec/ { print $2 }')
    errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ { print }' | tr '\n' ' ')
    printf '   %-9s c=%-2s p50 %8s ms  p99 %8s ms  %9s req/s %s\n' "$name" "$c" "${P50[$name,$c]}" "${P99[$name,$c]}" "${RPS[$name,$c]}" "$errors"
  done
done
HWM=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status")
LOAD_END=$(loadavg)

REPORT="$OUT/load-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Load test $(date -u +'%Y-%m-%d %H:%M UTC'), $YEARS jaar, $(nproc) cores, load average at the end $LOAD_END, database $(du -m "$DB" | cut -f1) MiB"
  echo
  echo "| pagina | verbindingen | p50 (ms) | p99 (ms) | req/s | req/s ÷ statisch | p99 ÷ statisch |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for c in $CONNECTIONS; do
    for name in "${ORDER[@]}"; do
      ratio=$(awk -v a="${RPS[$name,$c]}" -v b="${RPS[statisch,$c]}" 'BEGIN { printf "%.2f", a / b }')
      p99ratio=$(awk -v a="${P99[$name,$c]}" -v b="${P99[statisch,$c]}" 'BEGIN { printf "%.2f", a / b }')
      echo "| $name | $c | ${P50[$name,$c]} | ${P99[$name,$c]} | ${RPS[$name,$c]} | $ratio | $p99ratio |"
    done
  done
  echo
  echo "Peak resident memory of the web process (VmHWM): $HWM MiB"
} | tee "$REPORT"
echo "(saved as $REPORT)"
