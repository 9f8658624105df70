# Quantiles of one Micrometer timer between two scrapes of /actuator/prometheus, per method and uri (what a
# Prometheus histogram_quantile over increase() would say): the buckets of every status summed, the quantile
# interpolated linearly inside its bucket.
#
#   awk -v metric=http_server_requests_seconds -f bench/histogram.awk before.prom after.prom
#
# One line per method and uri that counted requests between the scrapes (the actuator's own left out):
#   method <TAB> uri <TAB> count <TAB> p50 ms <TAB> p95 ms <TAB> p99 ms <TAB> not 2xx <TAB> share within 100 ms (%)
function label(line, name,   start, rest) {
  start = index(line, name "=\"")
  if (start == 0) return ""
  rest = substr(line, start + length(name) + 2)
  return substr(rest, 1, index(rest, "\"") - 1)
}
function value(line) { return substr(line, match(line, /} [^ ]+$/) + 2) + 0 }
function bound(le) { return le == "+Inf" ? 1e300 : le + 0 }
function quantile(key, q,   n, i, target, below, lower, c) {
  n = bucket_count
  target = q * delta[key, "+Inf"]
  below = 0; lower = 0
  for (i = 1; i <= n; i++) {
    c = delta[key, les[i]]
    if (c >= target) {
      if (les[i] == "+Inf") return lower * 1000
      if (c == below) return bound(les[i]) * 1000
      return (lower + (bound(les[i]) - lower) * (target - below) / (c - below)) * 1000
    }
    below = c; lower = bound(les[i])
  }
  return lower * 1000
}
FNR == 1 { file++ }
index($0, metric "_bucket{") == 1 || index($0, metric "_count{") == 1 {
  uri = label($0, "uri")
  if (uri ~ /^\/actuator/) next
  key = label($0, "method") "\t" uri
  sign = (file == 1 ? -1 : 1)
  if (index($0, metric "_count{") == 1) {
    counted[key] += sign * value($0)
    if (label($0, "status") !~ /^2/) failed[key] += sign * value($0)
    next
  }
  le = label($0, "le")
  if (!(le in seen)) { seen[le] = 1; les[++bucket_count] = le }
  delta[key, le] += sign * value($0)
  keys[key] = 1
}
END {
  # buckets in increasing order (insertion sort: about 70 of them)
  for (i = 2; i <= bucket_count; i++) {
    v = les[i]
    for (j = i - 1; j >= 1 && bound(les[j]) > bound(v); j--) les[j + 1] = les[j]
    les[j + 1] = v
  }
  for (key in keys) {
    if (delta[key, "+Inf"] <= 0) continue
    printf "%s\t%d\t%.1f\t%.1f\t%.1f\t%d\t%.1f\n", key, counted[key], quantile(key, 0.5), quantile(key, 0.95),
      quantile(key, 0.99), failed[key], ((key, "0.1") in delta ? 100 * delta[key, "0.1"] / delta[key, "+Inf"] : -1)
  }
}
