-- wrk script: the ceiling, GET /actuator/health/liveness (no key, no database). Prints p99.
function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, errors %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout))
end
