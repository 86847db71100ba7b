#!/usr/bin/env bash
# Adds one EF Core migration to a module's context for every provider (ADR 0004: one migrations project per
# provider, src/Migrations/{Sqlite,PostgreSql,SqlServer}, a folder per module in each).
# Usage: scripts/add-migration.sh <Module> <MigrationName>      e.g. scripts/add-migration.sh Breaches AddAssessment
#        Modules: Breaches, DataSubjectRequests, Notifications, Reporting, Security (src/Modules);
#        DeadLetters, Audit, Identity, Idempotency (src/Platform); ReportingQuartz (Quartz's job-store tables, ADR 0015).
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
case "$module" in
  DeadLetters) context="DeadLetterDbContext" ;;
  ReportingQuartz) context="QuartzTablesDbContext" ;;
  *) context="${module}DbContext" ;;
esac
for provider in Sqlite PostgreSql SqlServer; do
  echo "== $module: $name ($provider)"
  # The configured provider picks the migrations assembly (MigrationsAssembly), so it must match --project.
  Database__Provider=$provider ConnectionStrings__ComplianceHub="${connection[$provider]}" \
  Storage__DataDirectory="$(mktemp -d)" Security__BootstrapAdminKey="design-time-key-not-used-for-anything-0000" \
    dotnet dotnet-ef migrations add "$name" \
      --project "src/Migrations/$provider" --startup-project src/Host \
      --context "$context" \
      --output-dir "$module" \
      --namespace "ComplianceHub.Migrations.$provider.$module"
done
