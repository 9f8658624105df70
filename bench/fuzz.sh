#!/usr/bin/env bash
# The fuzz test of the test command (deploy's GatewayFuzzIT, docs/fuzzing.md) with another seed, more requests,
# or some requests replayed alone. It builds the applications (tests skipped), starts the platform with the run
# command on free ports with the gateway's rate limits off, fuzzes it through the gateway and stops it.
# Every jar is rebuilt (maven.jar.forceCreation): an unchanged module would keep a fat jar holding an older
# platform-support.
#   bench/fuzz.sh [--seed N] [--requests N] [--time-limit SECONDS] [--threads N] [--only I,J,...]
# e.g. bench/fuzz.sh --seed 7 --requests 50000 --time-limit 3600
#      bench/fuzz.sh --seed 20261207 --only 1234        (the line a failure printed)
set -euo pipefail
cd "$(dirname "$0")/.."
props=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) props+=("-Dfuzz.seed=$2"); shift 2 ;;
    --requests) props+=("-Dfuzz.requests=$2"); shift 2 ;;
    --time-limit) props+=("-Dfuzz.time-limit=$2"); shift 2 ;;
    --threads) props+=("-Dfuzz.threads=$2"); shift 2 ;;
    --only) props+=("-Dfuzz.only=$2"); shift 2 ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
exec ./mvnw -B -ntp verify -Dmaven.jar.forceCreation=true -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=GatewayFuzzIT -Dfailsafe.failIfNoSpecifiedTests=false ${props[@]+"${props[@]}"}
