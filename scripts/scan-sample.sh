#!/usr/bin/env bash
# Restores and builds HealthReview, then scans the bundled sample export and writes every report.
# Usage: scripts/scan-sample.sh [OUTPUT_DIR]   (default: ./healthreview-report)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-healthreview-report}"
dotnet build src/HealthReview.Cli -c Release -nologo -v quiet
# --fail-on none: the sample is meant to have findings; a CI pipeline would keep the default (high) and fail.
dotnet src/HealthReview.Cli/bin/Release/net10.0/healthreview.dll scan samples/acme-org \
  --config samples/acme-org/healthreview.yaml \
  --format console,json,sarif,junit,csv,markdown,html,pdf --output "$out" --fail-on none
