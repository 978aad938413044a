// The engine benchmarks, run by Benchmarks/run (release build only):
//
//   skinquiz-bench peer    [--n 10000000] [--pool 100000] [--runs 3] [--pack Benchmarks/peer-pack]
//   skinquiz-bench shipped [--runs 7] [--pack Data/microneedling]
//   skinquiz-bench check   [--runs 5] [--pack Data/microneedling] [--copies K]
//   skinquiz-bench all     (the three, with their defaults)
//   skinquiz-bench batch-input --n N [--seed 42] [--pack Data/microneedling]
//
// `peer` evaluates the peer workload (Benchmarks/peer-workload/rules.json, converted to a pack by
// Benchmarks/peer-pack.py) with `Engine.evaluate`: the profiles come from a port of profiles.py's
// splitmix64 generator, a pool of distinct profiles is built once and cycled, like
// bench_rules.py does, and the FNV-1a checksum of the fired rule ids over the pool is printed so
// that it can be compared with `python3 profiles.py POOL`. `shipped` times the shipped pack's
// persona tests with and without explanations; `check` times `PackChecker.check`, with `--copies K`
// on a pack of K copies of the pack (Fixtures' SyntheticPack: ids suffixed, each copy's conditions
// reading its own questions, no tests), to see how the proofs scale.
//
// `batch-input` benchmarks nothing: it writes N lines of random complete answers for
// `skinquiz batch`, which Benchmarks/batch times (BatchInput.swift).
//
// Each benchmark prints one JSON object on a line of standard output (medians of --runs runs,
// and every run), and a line for people on standard error.

let options = Options(Array(CommandLine.arguments.dropFirst()))
switch options.command {
case "peer": peer(options)
case "shipped": shipped(options)
case "check": check(options)
case "batch-input": batchInput(options)
default:
  peer(options)
  shipped(options)
  check(options)
}
