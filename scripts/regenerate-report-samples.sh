#!/usr/bin/env bash
# Regenerates reports-samples/ from samples/acme-org with a fixed clock. A test fails when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/HealthReview.Cli -c Release -nologo -v quiet
rm -rf reports-samples.tmp
dotnet src/HealthReview.Cli/bin/Release/net10.0/healthreview.dll scan samples/acme-org \
  --config samples/acme-org/healthreview.yaml \
  --format json,sarif,junit,csv,markdown,html,pdf \
  --output reports-samples.tmp --now 2026-11-23T09:00:00Z --fail-on none --quiet
rm -rf reports-samples && mv reports-samples.tmp reports-samples
ls -la reports-samples
