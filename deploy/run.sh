#!/usr/bin/env bash
# The run command: builds what is needed (Maven wrapper, no tests) and starts the whole platform on its
# embedded defaults: one embedded PostgreSQL with a database per service, and the gateway plus the three
# services as separate JVMs. Ctrl-C or SIGTERM stops everything. Settings: see README, "Configuration".
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${PLATFORM_SKIP_BUILD:-0}" != "1" ]; then
  echo "[run] building (./mvnw -q -DskipTests package) ..."
  ./mvnw -q -B -DskipTests package
fi
exec java ${LAUNCHER_JAVA_OPTS:-} -Dplatform.home="$PWD" -jar deploy/target/platform-launcher.jar
