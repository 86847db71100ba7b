#!/usr/bin/env bash
# Adds one EF Core migration to a module for every provider (ADR 0004: one migration set per provider).
# Usage: scripts/add-migration.sh <Module> <MigrationName>      e.g. scripts/add-migration.sh Breaches AddAssessment
#        scripts/add-migration.sh DeadLetters <MigrationName>    (the dead-letter store in src/Shared)
#        scripts/add-migration.sh Audit <MigrationName>          (the audit trail in src/Shared)
#        scripts/add-migration.sh Identity <MigrationName>       (organisations and API keys in src/Shared)
#        scripts/add-migration.sh Idempotency <MigrationName>    (stored answers of idempotent POSTs in src/Shared)
#        scripts/add-migration.sh ReportingQuartz <MigrationName> (Quartz's job-store tables in the reporting schema, ADR 0015)
set -euo pipefail
module=${1:?module, e.g. Breaches}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
declare -A connection=(
  [Sqlite]="Data Source=$(mktemp -d)/design.db"
  [PostgreSql]="Host=127.0.0.1;Database=design;Username=design"
  [SqlServer]="Server=127.0.0.1;Database=design;Trusted_Connection=False;User Id=design;Password=design;TrustServerCertificate=True"
)
project="src/Modules/$module"
context="${module}DbContext"
data="Data"
namespace="ComplianceHub.$module.Data.Migrations"
if [ "$module" = "DeadLetters" ]; then
  project="src/Shared"; context="DeadLetterDbContext"; data="DeadLetters/Data"; namespace="ComplianceHub.Shared.DeadLetters.Data.Migrations"
elif [ "$module" = "Audit" ]; then
  project="src/Shared"; context="AuditDbContext"; data="Audit/Data"; namespace="ComplianceHub.Shared.Audit.Data.Migrations"
elif [ "$module" = "Identity" ]; then
  project="src/Shared"; context="IdentityDbContext"; data="Identity/Data"; namespace="ComplianceHub.Shared.Identity.Data.Migrations"
elif [ "$module" = "ReportingQuartz" ]; then
  project="src/Modules/Reporting"; context="QuartzTablesDbContext"; data="Schedules/Quartz/Data"; namespace="ComplianceHub.Reporting.Schedules.Quartz.Data.Migrations"
elif [ "$module" = "Idempotency" ]; then
  project="src/Shared"; context="IdempotencyDbContext"; data="Http/Idempotency/Data"; namespace="ComplianceHub.Shared.Http.Idempotency.Data.Migrations"
fi
snapshot="${context}ModelSnapshot.cs"
stash=$(mktemp -d)
trap 'rm -rf "$stash"' EXIT
for provider in Sqlite PostgreSql SqlServer; do
  echo "== $module: $name ($provider)"
  # EF Core finds "the" snapshot file by name anywhere in the project: hide the other providers' snapshots.
  for other in Sqlite PostgreSql SqlServer; do
    if [ "$other" != "$provider" ] && [ -f "$project/$data/Migrations/$other/$snapshot" ]; then
      mv "$project/$data/Migrations/$other/$snapshot" "$stash/$other.cs"
    fi
  done
  Database__Provider=$provider ConnectionStrings__ComplianceHub="${connection[$provider]}" \
  Storage__DataDirectory="$(mktemp -d)" Security__BootstrapAdminKey="design-time-key-not-used-for-anything-0000" \
    dotnet dotnet-ef migrations add "$name" \
      --project "$project" --startup-project src/Host \
      --context "$context" \
      --output-dir "$data/Migrations/$provider" \
      --namespace "$namespace.$provider"
  written=$(find "$project" -name "$snapshot" -not -path "*/obj/*" | head -n 1)
  mkdir -p "$project/$data/Migrations/$provider"
  if [ "$written" != "$project/$data/Migrations/$provider/$snapshot" ]; then
    mv "$written" "$project/$data/Migrations/$provider/$snapshot"
    find "$project" -type d -empty -not -path "*/obj/*" -delete
  fi
  for other in Sqlite PostgreSql SqlServer; do
    if [ -f "$stash/$other.cs" ]; then mv "$stash/$other.cs" "$project/$data/Migrations/$other/$snapshot"; fi
  done
done
