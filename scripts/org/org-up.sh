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

if [ -f dev/data/sample-plan.json ]; then
    echo "Loading the sample data..."
    sf data import tree --plan dev/data/sample-plan.json --target-org "$alias_name"
else
    echo "No sample data plan (dev/data/sample-plan.json) yet; skipping the data load."
fi

sf org open --target-org "$alias_name" --path "lightning/app/lodestar__Lodestar"
