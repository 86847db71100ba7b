#!/usr/bin/env bash
# Adds one EF Core migration to a module for every provider (ADR 0004: one migration set per provider).
# Usage: scripts/add-migration.sh <Module> <MigrationName>      e.g. scripts/add-migration.sh Breaches AddAssessment
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
snapshot="${module}DbContextModelSnapshot.cs"
stash=$(mktemp -d)
trap 'rm -rf "$stash"' EXIT
for provider in Sqlite PostgreSql SqlServer; do
  echo "== $module: $name ($provider)"
  # EF Core finds "the" snapshot file by name anywhere in the project: hide the other providers' snapshots.
  for other in Sqlite PostgreSql SqlServer; do
    if [ "$other" != "$provider" ] && [ -f "$project/Data/Migrations/$other/$snapshot" ]; then
      mv "$project/Data/Migrations/$other/$snapshot" "$stash/$other.cs"
    fi
  done
  Database__Provider=$provider ConnectionStrings__ComplianceHub="${connection[$provider]}" \
  Storage__DataDirectory="$(mktemp -d)" Security__BootstrapAdminKey="design-time-key-not-used-for-anything-0000" \
    dotnet dotnet-ef migrations add "$name" \
      --project "src/Modules/$module" --startup-project src/Host \
      --context "${module}DbContext" \
      --output-dir "Data/Migrations/$provider" \
      --namespace "ComplianceHub.$module.Data.Migrations.$provider"
  written=$(find "$project" -name "$snapshot" -not -path "*/obj/*" | head -n 1)
  mkdir -p "$project/Data/Migrations/$provider"
  if [ "$written" != "$project/Data/Migrations/$provider/$snapshot" ]; then
    mv "$written" "$project/Data/Migrations/$provider/$snapshot"
    find "$project" -type d -empty -not -path "*/obj/*" -delete
  fi
  for other in Sqlite PostgreSql SqlServer; do
    if [ -f "$stash/$other.cs" ]; then mv "$stash/$other.cs" "$project/Data/Migrations/$other/$snapshot"; fi
  done
done
