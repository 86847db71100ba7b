#!/usr/bin/env bash
# The long form of the long runs (the suite and CI run a short form: 300 breaches, 2,000 hostile requests): the host
# killed three times, RabbitMQ dropping every client, PostgreSQL restarting, two hosts on one database, each with
# 2,000 breaches; and 10,000 malformed requests across every operation.
# Usage: scripts/fault-runs.sh [--messages N] [--requests N] [--rounds R]   (builds first; real servers as in scripts/test.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
messages=2000
requests=10000
rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) messages=${2:?}; shift 2 ;;
    --requests) requests=${2:?}; shift 2 ;;
    --rounds) rounds=${2:?}; shift 2 ;;
    *) echo "unknown argument: $1 (use --messages N, --requests N, --rounds R)" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CH_FAULT_RUN_MESSAGES=$messages CH_HOSTILE_INPUT_REQUESTS=$requests
dotnet build tests/ComplianceHub.IntegrationTests -c Release --nologo -v quiet
status=0
for round in $(seq 1 "$rounds"); do
  echo "== Long runs, round $round of $rounds: $messages breaches per fault run, $requests hostile requests (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet test tests/ComplianceHub.IntegrationTests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~ComplianceHub.IntegrationTests.DurableMessagingTests|FullyQualifiedName~ComplianceHub.IntegrationTests.HostileInputTests" || status=1
done
exit "$status"
