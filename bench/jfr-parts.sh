#!/usr/bin/env bash
# Where a JVM's CPU went, from a JFR recording: each execution sample is attributed to the innermost frame of its
# stack that belongs to one of the parts below (docs/benchmarks.md, "The gateway's own cost").
#   bench/jfr-parts.sh <recording.jfr>
set -euo pipefail
jfr print --events jdk.ExecutionSample --stack-depth 200 "$1" | awk '
function part(f) {
  if (f ~ /nimbus|BigInteger|sun\.security\.rsa|RSACore|RSASignature/) return "RS256 signature and JWT parsing (nimbus, RSA)";
  if (f ~ /oauth2\.jwt|oauth2\.server\.resource/) return "Spring Security JWT decoder and converter";
  if (f ~ /springframework\.security/) return "Spring Security filters";
  if (f ~ /ch\.qos\.logback|org\.slf4j/) return "logging";
  if (f ~ /^brave\.|micrometer\.tracing/) return "Brave tracing";
  if (f ~ /io\.micrometer/) return "Micrometer observations and meters";
  if (f ~ /ratelimit|RateLimit|caffeine/) return "rate limiter";
  if (f ~ /resilience4j|circuitbreaker/) return "breaker, bulkhead, time limiter";
  if (f ~ /reactor\.netty\.http\.client|NettyRoutingFilter|NettyWriteResponseFilter/) return "proxying (routing, Netty client)";
  if (f ~ /reactor\.netty\.http\.server|HttpServerOperations/) return "Reactor Netty HTTP server";
  if (f ~ /io\.netty/) return "Netty I/O";
  if (f ~ /springframework\.cloud\.gateway/) return "gateway filters and predicates";
  if (f ~ /springframework\.web|springframework\.http/) return "Spring WebFlux";
  if (f ~ /vn\.onestop/) return "the platform'"'"'s own code";
  return "";
}
function flush() {
  if (frames == 0) return
  samples++; found = "JDK and Reactor operators, not attributable"
  for (i = 1; i <= frames; i++) { p = part(frame[i]); if (p != "") { found = p; break } }
  count[found]++; frames = 0
}
/jdk.ExecutionSample/ { flush() }
/^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<>]+\(/ { frame[++frames] = $1 }
END { flush(); for (p in count) printf "%5.1f%%  %s\n", 100 * count[p] / samples, p; printf "(%d samples)\n", samples }' | sort -rn
