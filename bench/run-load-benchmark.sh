#!/usr/bin/env bash
# Builds the benchmark in Release and runs the loading benchmark: a synthetic export of 10,000 apps, the XmlReader
# floor and ExportLoader, single-threaded and parallel. Extra arguments are passed on (e.g. --reuse DIR, --repetitions R).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/HealthReview.Benchmarks -- load --apps 10000 "$@"
