#!/usr/bin/env bash
# Load test of the dashboard on the embedded default (SQLite) with a generated national history.
# Publishes Instroom.Web in Release, generates YEARS years of weekly national deliveries into a SQLite file with the
# operator command (`genereer --jaren N --importeer`, once; kept in bench/out), starts the app on 127.0.0.1, waits until
# the app's background has computed the weeks' disclosure, signs in (INSTROOM_USER + INSTROOM_PASSWORD, a ready cookie in
# INSTROOM_COOKIE, or the first administrator's one-time password, changed once), checks that every page answers 200 to
# the signed-in user (not a redirect to the sign-in page), and runs wrk at 1, 8 and
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
# Plain http on loopback for wrk: the antiforgery cookie may then go without Secure (the session cookie stays Secure
# and is sent by hand, see the sign-in below). Never set outside a benchmark.
export Instroom__Authentication__AllowHttp=true

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
# Appended, not overwritten: the first administrator's one-time password is printed only at the first start.
echo "== $(date -u +%FT%TZ) start" >>"$OUT/web.log"
(cd "$APP" && ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production exec dotnet Instroom.Web.dll) >>"$OUT/web.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "web app did not start; see $OUT/web.log" >&2; exit 1; }

# Sign in as a user would, over plain http on loopback: the session and antiforgery cookies are Secure (__Host-), so
# curl's cookie jar would drop them; they are taken from the Set-Cookie headers instead. Without INSTROOM_USER, the
# first administrator is used: its one-time password from the app's first start (web.log), changed once to a password
# kept in bench/out (not in the repository) for the next runs.
set_cookie() { grep -i "^set-cookie: $1=" "$2" | tail -1 | sed 's/^[^:]*: *\([^;]*\);.*/\1/' | tr -d '\r'; }
form_token() { grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/' | head -1; }
sign_in() { # user password → prints "antiforgery; session" cookies, empty when refused
  local page token af session
  page=$(curl -fs -D "$OUT/h-get" "$BASE/aanmelden")
  token=$(echo "$page" | form_token)
  af=$(set_cookie '\(__Host-\)\?instroom-af' "$OUT/h-get")
  curl -s -o /dev/null -D "$OUT/h-post" -H "Cookie: $af" -X POST "$BASE/aanmelden" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "UserName=$1" --data-urlencode "Password=$2"
  session=$(set_cookie '__Host-instroom' "$OUT/h-post")
  [ -n "$session" ] && echo "$af; $session"
}
COOKIE="${INSTROOM_COOKIE:-}"
if [ -z "$COOKIE" ]; then
  USER_NAME="${INSTROOM_USER:-beheerder}"
  SAVED="$OUT/beheerder-wachtwoord"
  PASSWORD="${INSTROOM_PASSWORD:-$( [ -f "$SAVED" ] && cat "$SAVED" || true)}"
  [ -n "$PASSWORD" ] && COOKIE=$(sign_in "$USER_NAME" "$PASSWORD" || true)
  if [ -z "$COOKIE" ] && [ -z "${INSTROOM_USER:-}" ]; then
    once=$(grep -o 'eenmalig wachtwoord: *[^ ]*' "$OUT/web.log" | awk '{ print $3 }' | tail -1)
    [ -n "$once" ] || { echo "no password for beheerder: give INSTROOM_USER/INSTROOM_PASSWORD, or delete $DB for a first start" >&2; exit 1; }
    COOKIE=$(sign_in beheerder "$once")
    PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    page=$(curl -fs -H "Cookie: $COOKIE" "$BASE/wachtwoord-wijzigen")
    curl -s -o /dev/null -D "$OUT/h-change" -H "Cookie: $COOKIE" -X POST "$BASE/wachtwoord-wijzigen" \
      --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)" --data-urlencode "CurrentPassword=$once" \
      --data-urlencode "NewPassword=$PASSWORD" --data-urlencode "ConfirmPassword=$PASSWORD"
    (umask 077; echo "$PASSWORD" > "$SAVED")
    COOKIE=$(sign_in beheerder "$PASSWORD")
  fi
  [ -n "$COOKIE" ] || { echo "sign-in as $USER_NAME failed" >&2; exit 1; }
fi
HEADER=(-H "Cookie: $COOKIE")

# The app computes each week's disclosure in the background after the data changed (a freshly generated database:
# every week, a few minutes); measuring meanwhile would measure that. The trend page says so while weeks are missing.
echo "== wait for the weeks' disclosure — load $(loadavg)"
start=$(date +%s)
while true; do
  # Into a variable first: with pipefail, grep -q closing the pipe early would fail curl and end the wait.
  page=$(curl -fs "${HEADER[@]}" "$BASE/trends?indicator=instroomlijst&gebied=NL&periode=104")
  [[ "$page" == *instroom-trend-pending* ]] || break
  [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "disclosure still not computed after 30 minutes" >&2; exit 1; }
  sleep 10
done
echo "   $(( $(date +%s) - start )) s — load $(loadavg)"

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
  [ "$status" = 200 ] || { echo "$name answers $status, not 200: the load test would measure an error or a redirect" >&2; exit 1; }
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
