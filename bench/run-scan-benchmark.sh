#!/usr/bin/env bash
# The full-scan benchmark (README "Performance"): synthetic exports of 100, 1,000 and 10,000 apps scanned by the real
# command line with every format, beside the XmlReader floor; then a one-app scan's start-up. It measures two builds:
#   1. the Release build run with `dotnet` (what `dotnet run` and `dotnet tool install` give), and
#   2. the self-contained single-file Linux binary (`dotnet publish`, ReadyToRun), unless --no-publish is given.
# Extra arguments go to `healthreview-bench scan` (e.g. --reuse /tmp/hr-bench to keep the exports, --apps 100,1000).
set -euo pipefail
cd "$(dirname "$0")/.."

publish=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-publish" ]]; then publish=0; else args+=("$arg"); fi
done

dotnet build -c Release src/HealthReview.Cli -v quiet -nologo
dotnet build -c Release bench/HealthReview.Benchmarks -v quiet -nologo
bench=(dotnet bench/HealthReview.Benchmarks/bin/Release/net10.0/healthreview-bench.dll scan)

echo "== Release build (dotnet healthreview.dll), $(date -u +%Y-%m-%d)"
"${bench[@]}" --cli src/HealthReview.Cli/bin/Release/net10.0/healthreview.dll "${args[@]}"

if [[ $publish == 1 ]]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  dotnet publish src/HealthReview.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true -o "$out" -v quiet -nologo
  echo
  echo "== single-file binary (dotnet publish -r linux-x64 --self-contained -p:PublishSingleFile=true)"
  "${bench[@]}" --cli "$out/healthreview" "${args[@]}"
fi
