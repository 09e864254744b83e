#!/usr/bin/env bash
# `npm run org:up`: a scratch org with Lodestar deployed, personas assigned and sample data loaded.
# Needs a Dev Hub: `sf org login web --set-default-dev-hub --alias devhub` once, beforehand.
# Usage: npm run org:up [-- <alias> [<duration days>]]
set -euo pipefail
cd "$(dirname "$0")/../.."
export SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true SF_SKIP_NEW_VERSION_CHECK=true
alias_name="${1:-lodestar}"
days="${2:-7}"
sf() { npx --no-install sf "$@"; }

echo "Building (LWC TypeScript to JavaScript)..."
npm run build --silent

echo "Creating scratch org '$alias_name' for $days days..."
sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name" \
    --set-default --duration-days "$days" --wait 15

echo "Deploying the package source, then the dev-only metadata..."
sf project deploy start --source-dir force-app --target-org "$alias_name" --wait 30
if find dev -name '*-meta.xml' -print -quit | grep -q .; then
    sf project deploy start --source-dir dev --target-org "$alias_name" --wait 30
fi

echo "Assigning the Lodestar permission sets to you..."
sf org assign permset --name Lodestar_Admin --name Lodestar_CSM --target-org "$alias_name"

# The committed sample data is as of a fixed date and has no namespace prefix; the org gets a copy as of today
# (usage older than a factor's staleness window would not count), with the lodestar__ prefix the package has.
echo "Generating the sample data as of today, with the lodestar namespace..."
data_dir=$(mktemp -d)
npm run --silent sample-data -- --as-of "$(date -u +%F)" --namespace lodestar --out "$data_dir"
echo "Loading the sample data (about 22,000 records; the CLI takes a few minutes)..."
sf data import tree --plan "$data_dir/sample-plan.json" --target-org "$alias_name"
echo "Not loaded by the tree import: users, CSM and owner assignments (users.json) and executive sponsors"
echo "(post-load.json); see dev/data/README.md."

sf org open --target-org "$alias_name" --path "lightning/app/lodestar__Lodestar"
