#!/usr/bin/env bash
# The test command (README): installs the real servers the integration tests start (RabbitMQ 3.10 and
# PostgreSQL 15 from Debian), builds with warnings as errors, runs every test project, prints a summary line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

missing=()
[ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]} (Debian packages)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration=${CONFIGURATION:-Release}
echo "== Build ($configuration)"
started=$SECONDS
dotnet build ComplianceHub.sln -c "$configuration" --nologo -v quiet

echo "== Build took $((SECONDS - started)) s"
echo "== Tests"
timings=()
log=$(mktemp)
results=$(mktemp -d)
trap 'rm -rf "$log" "$results"' EXIT
set +e
# One test assembly at a time: on a 2-core machine, assemblies run side by side starve each other (a test
# host missed the runner's handshake, and a child host its start-up probe, when they did).
export VSTEST_CONNECTION_TIMEOUT=${VSTEST_CONNECTION_TIMEOUT:-300}
# A test process lives a minute: dynamic PGO's instrumented tier costs it more than it returns (DataSubjectRequests'
# tests took 37-44 s without it against 50 s with it, interleaved; docs/benchmarks.md). Child hosts set it themselves.
export DOTNET_TieredPGO=${DOTNET_TieredPGO:-0}
status=0
for project in tests/*/*.Tests.csproj tests/*/*ArchitectureTests.csproj tests/*/*IntegrationTests.csproj; do
  [ -f "$project" ] || continue
  started=$SECONDS
  dotnet test "$project" -c "$configuration" --no-build --nologo \
    --logger "trx;LogFileName=$(basename "$project" .csproj).trx" --results-directory "$results" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  timings+=("$(printf '%5d s  %s' $((SECONDS - started)) "$(basename "$project" .csproj)")")
done
set -e

# Where the time went: the slowest tests of the run, from the runner's result files.
echo "== Slowest tests"
cat "$results"/*.trx 2>/dev/null | grep -o 'testName="[^"]*"[^>]*duration="[0-9:.]*"' \
  | sed -E 's/testName="([^"]*)".*duration="([0-9]+):([0-9]+):([0-9.]+)"/\2 \3 \4 \1/' \
  | awk '{ t = $1 * 3600 + $2 * 60 + $3; $1 = $2 = $3 = ""; sub(/^ +/, ""); printf "%7.1f s  %s\n", t, $0 }' \
  | sort -rn | head -20 || true

echo "== Time per test assembly"
printf '%s\n' "${timings[@]}"

# One line a CI can read whatever the runner: the sums of every test assembly's result line.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
