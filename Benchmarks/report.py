#!/usr/bin/env python3
"""Turns the raw results of Benchmarks/run (one JSON object a line) into the table and results.json.

    python3 Benchmarks/report.py RAW.jsonl [--out Benchmarks/results.json] [--rounds N] [--cpu N]

Every figure is the median over the rounds of Benchmarks/run, which interleaves SkinQuiz with its
peers, so noise from the shared machine falls on all of them alike; ratios are between medians
of the same batch. Below the table, the tty part's programs against the floors (Benchmarks/floor.c,
Benchmarks/floors): first screen, VmHWM and stripped size, each also as a multiple of dialog's.
"""
import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys


def load(path):
    by = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                d = json.loads(line)
                by.setdefault(d["bench"], []).append(d)
    return by


def med(items, key):
    values = [d[key] for d in items if d.get(key) is not None]
    return statistics.median(values) if values else None


def spread(items, key):
    values = [d[key] for d in items if d.get(key) is not None]
    return [min(values), max(values), len(values)] if values else None


def fmt_rate(x):
    if x is None:
        return "-"
    return "%.2f M/s" % (x / 1e6) if x >= 1e5 else "%s /s" % format(round(x), ",")


def tool_version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout.splitlines()[0]
    except Exception:  # noqa: BLE001 - a missing tool is reported as such
        return None


# The programs of the tty part's floors table, in order: SkinQuiz, its peer, then the floors
# from the least a C program does up to full Foundation (Benchmarks/floor.c, Benchmarks/floors).
FLOORS = [
    ("skinquiz", "SkinQuiz, built-in pack (first screen: its welcome)"),
    ("dialog_menu", "dialog --menu, C + ncursesw"),
    ("floor_c", "C + ncursesw (Benchmarks/floor.c)"),
    ("floor_swift", "Swift + ncursesw, no Foundation"),
    ("floor_essentials", "floor_swift + FoundationEssentials (JSONEncoder, Date)"),
    ("floor_argparser", "floor_essentials + swift-argument-parser"),
    ("floor_foundation", "floor_swift + full Foundation (FileHandle.standardError)"),
]


def floor_entries(by, problems):
    """One entry per program of the tty part: first screen, VmHWM and stripped size, with the
    ratio of each to dialog's (medians of the same interleaved batch)."""
    sizes = {d["name"]: d for d in by.get("tty_size", [])}
    base = by.get("tty_dialog_menu", [])
    base_ms, base_kb = med(base, "paint_done_ms"), med(base, "hwm_kb")
    base_size = sizes.get("dialog_menu", {}).get("stripped_bytes")

    def ratio(a, b):
        return a / b if a is not None and b else None
    entries = []
    for name, what in FLOORS:
        items = by.get("tty_" + name, [])
        if not items:
            continue
        if name.startswith("floor_") and any(d.get("rc") != 0 for d in items):
            problems.append("%s: exit status other than 0 in some run" % name)
        ms, kb = med(items, "paint_done_ms"), med(items, "hwm_kb")
        size = sizes.get(name, {}).get("stripped_bytes")
        entries.append({
            "program": name, "what": what,
            "paint_done_ms": ms, "paint_done_x_dialog": ratio(ms, base_ms),
            "hwm_mib": kb / 1024 if kb is not None else None,
            "hwm_x_dialog": ratio(kb, base_kb),
            "stripped_bytes": size, "stripped_x_dialog": ratio(size, base_size),
            "detail": {"runs": len(items), "paint_done_ms": spread(items, "paint_done_ms"),
                       "hwm_kb": spread(items, "hwm_kb"),
                       "key_done_ms": statistics.median(
                           [x for d in items for x in d.get("key_done_ms", [])] or [0]),
                       "bytes": sizes.get(name, {}).get("bytes"),
                       "rcs": sorted({d.get("rc") for d in items}, key=str)}})
    return entries


def table(header, lines):
    widths = [max(len(h), *(len(l[i]) for l in lines)) if lines else len(h)
              for i, h in enumerate(header)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
           "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(l, widths)) + " |" for l in lines]
    return "\n".join(out)


def floors_table(entries):
    def num(v, form):
        return "-" if v is None else form % v

    def times(v):
        return num(v, "%.2fx")
    header = ["program", "what", "first screen, ms", "x dialog", "VmHWM, MiB", "x dialog",
              "stripped, bytes", "x dialog"]
    return table(header, [[e["program"], e["what"], num(e["paint_done_ms"], "%.3f"),
                           times(e["paint_done_x_dialog"]), num(e["hwm_mib"], "%.1f"),
                           times(e["hwm_x_dialog"]),
                           "-" if e["stripped_bytes"] is None
                           else format(e["stripped_bytes"], ","),
                           times(e["stripped_x_dialog"])] for e in entries])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("--out", default="Benchmarks/results.json")
    ap.add_argument("--rounds", type=int, default=0)
    ap.add_argument("--cpu", default="1")
    a = ap.parse_args()
    by = load(a.raw)
    rows = []
    problems = []

    def row(figure, skinquiz, peer=None, peer_name=None, ratio=None, target=None, met=None,
            unit=None, detail=None):
        rows.append({"figure": figure, "skinquiz": skinquiz, "peer": peer, "peer_name": peer_name,
                     "ratio": ratio, "target": target, "met": met, "unit": unit,
                     "detail": detail})

    peers_given = (by.get("peers") or [{}])[0].get("given")
    if peers_given is False:
        print("bench: peers were not given (Benchmarks/run --peers DIR): the engine part timed "
              "SkinQuiz alone", file=sys.stderr)
    peer = by.get("peer", [])
    if peer:
        rate = med(peer, "evals_per_s")
        expected = (by.get("expected") or [{}])[0].get("fnv1a64")
        sums = sorted({d["fnv1a64"] for d in peer})
        if expected and sums != [expected]:
            problems.append("checksum %s differs from the expected %s" % (sums, expected))
        row("engine, peer workload (40 rules x 15 fields), evaluations/s", rate, unit="evals/s",
            target=">= 5,000,000", met=rate is not None and rate >= 5e6,
            detail={"runs": [d["evals_per_s"] for d in peer], "n": peer[0]["n"],
                    "pool": peer[0]["pool"], "fnv1a64": sums, "expected_fnv1a64": expected,
                    "ns_per_eval": med(peer, "ns_per_eval"), "vm_hwm_kb": med(peer, "vm_hwm_kb")})
        names = [("py_codegen", "Python codegen (one generated function)"),
                 ("py_closure", "Python closures (reference)"),
                 ("py_durable_rules", "durable_rules 2.0.28"),
                 ("py_business_rules", "business-rules 1.1.1"),
                 ("py_rule_engine", "rule-engine 5.1.0")]
        for key, name in names:
            items = by.get(key, [])
            if not items:
                continue
            p = med(items, "evals_per_s")
            bad = [d for d in items if d.get("mismatches_vs_closure")]
            if bad:
                problems.append("%s disagreed with the closure reference" % key)
            row("engine vs %s" % name, rate, p, name, rate / p if rate and p else None,
                target=">= 9x codegen (5 M/s vs 0.55 M/s)" if key == "py_codegen" else None,
                unit="evals/s",
                detail={"runs": [d["evals_per_s"] for d in items], "n": items[0]["n"],
                        "pool": items[0]["pool"], "build_ms": med(items, "build_ms"),
                        "vm_hwm_kb": med(items, "vm_hwm_kb")})
    shipped = by.get("shipped", [])
    if shipped:
        r = med(shipped, "result_us")
        e = med(shipped, "evaluate_us")
        row("shipped pack, full evaluation with explanations (Engine.result), us", r,
            target="<= 20", met=r <= 20, unit="us",
            detail={"runs": [x for d in shipped for x in d["runs_result_us"]],
                    "tests": shipped[0]["tests"]})
        row("shipped pack, evaluation without explanations (Engine.evaluate), us", e,
            target="<= 2", met=e <= 2, unit="us",
            detail={"runs": [x for d in shipped for x in d["runs_evaluate_us"]]})
    check = by.get("check", [])
    if check:
        c = med(check, "check_s")
        row("shipped pack, PackChecker.check (every proof), s", c, target="<= 1", met=c <= 1,
            unit="s", detail={"runs": [x for d in check for x in d["runs_check_s"]],
                              "load_and_check_s": med(check, "load_and_check_s")})
        if not all(d["sound"] for d in check):
            problems.append("the shipped pack is not sound")
    copies = {}
    for d in by.get("check_copies", []):
        copies.setdefault(d["copies"], []).append(d)
    for k in sorted(copies):
        items = copies[k]
        c = med(items, "check_s")
        row("%d copies of the shipped pack (%d questions, %d proof cases), PackChecker.check, s"
            % (k, items[0]["questions"], items[0]["proof_cases"]), c, unit="s",
            target="<= 2" if k == 16 else None, met=c <= 2 if k == 16 else None,
            detail={"runs": [x for d in items for x in d["runs_check_s"]]})
        if not all(d["sound"] for d in items):
            problems.append("%d copies of the shipped pack are not sound" % k)
    if 16 in copies and 64 in copies:
        # Time grows as copies^e between 16 and 64 copies; quadratic or better is the target.
        t16, t64 = med(copies[16], "check_s"), med(copies[64], "check_s")
        e = math.log(t64 / t16) / math.log(4) if t16 and t64 else None
        row("PackChecker.check growth from 16 to 64 copies, exponent", e, target="<= 2",
            met=e is not None and e <= 2)
    for key, figure, target, limit in [
            ("process_check", "`skinquiz check`, whole process, ms", "<= 1000", 1000),
            ("process_answers_json", "`skinquiz --answers FILE --format json`, whole process, ms",
             "<= 10", 10)]:
        items = by.get(key, [])
        if items:
            m = items[0]["median_ms"]
            row(figure, m, target=target, met=m <= limit, unit="ms",
                detail={"runs": len(items[0]["runs_ms"]), "min_ms": min(items[0]["runs_ms"]),
                        "max_ms": max(items[0]["runs_ms"])})
    size = by.get("binary_size", [])
    if size:
        row("release binary `skinquiz`, bytes", size[0]["bytes"], unit="bytes")
        row("release binary `skinquiz` stripped, bytes", size[0]["stripped_bytes"], unit="bytes")
    sq, dlg, flo = (by.get("tty_" + k, []) for k in ("skinquiz", "dialog_menu", "floor_c"))
    if sq and dlg:
        def keys(items, key):
            return [x for d in items for x in d.get(key, []) if x is not None]

        def tty_detail(items):
            return {"runs": len(items), "first_byte_ms": med(items, "first_byte_ms"),
                    "marker_ms": med(items, "marker_ms"),
                    "paint_done_ms": spread(items, "paint_done_ms"),
                    "marker_found": sum(1 for d in items if d.get("marker_found")),
                    "init_bytes": med(items, "init_bytes"), "exit_ms": med(items, "exit_ms"),
                    "key_bytes": statistics.median(keys(items, "key_bytes") or [0]),
                    "termios_restored": sum(1 for d in items if d.get("termios_restored")),
                    "rcs": sorted({d.get("rc") for d in items}, key=str)}
        swift_floors = [(name, by.get("tty_" + name, [])) for name, _ in FLOORS[3:]]
        for name, items in [("skinquiz", sq), ("dialog --menu", dlg), ("floor_c", flo)] + \
                swift_floors:
            if items and any(not d.get("marker_found") for d in items):
                problems.append("%s: marker not found in every run" % name)
            if items and any(not d.get("termios_restored") for d in items):
                problems.append("%s: terminal modes not restored in every run" % name)
        if any(d.get("before_marker_found") is False for d in sq):
            problems.append("skinquiz: Enter on the welcome did not show the first question")
        if any(0 in d.get("key_bytes", []) for d in sq):
            problems.append("skinquiz: a timed key repainted nothing")
        a_, b_ = med(sq, "paint_done_ms"), med(dlg, "paint_done_ms")
        detail = {"skinquiz": tty_detail(sq), "dialog": tty_detail(dlg),
                  "floor_c_paint_done_ms": med(flo, "paint_done_ms"),
                  "skinquiz_version_whole_ms": med(by.get("tty_skinquiz_version", []), "whole_ms"),
                  "enter_to_first_question_ms": statistics.median(keys(sq, "before_done_ms") or [0])}
        row("start to first fully drawn screen, 80x24 pty, ms", a_, b_, "dialog --menu",
            a_ / b_, "<= 1.5x dialog", a_ / b_ <= 1.5, "ms", detail)
        ka, kb = (statistics.median(keys(x, "key_done_ms")) for x in (sq, dlg))
        row("keypress (Down/Up on a question) to repaint done, pty, ms", ka, kb, "dialog --menu",
            ka / kb, "<= 1 ms median", ka <= 1, "ms",
            {"keys": len(keys(sq, "key_done_ms")), "max_ms": max(keys(sq, "key_done_ms")),
             "bytes_per_key": statistics.median(keys(sq, "key_bytes")),
             "dialog_bytes_per_key": statistics.median(keys(dlg, "key_bytes")),
             "floor_c_ms": statistics.median(keys(flo, "key_done_ms") or [0])})
        ha, hb = med(sq, "hwm_kb") / 1024, med(dlg, "hwm_kb") / 1024
        row("peak RSS (VmHWM) of an interactive run, MiB", ha, hb, "dialog --menu", ha / hb,
            "<= 10 MiB", ha <= 10, "MiB",
            {"skinquiz_kb": spread(sq, "hwm_kb"), "dialog_kb": spread(dlg, "hwm_kb"),
             "floor_c_kb": med(flo, "hwm_kb")})
    build = by.get("clean_build", [])
    if build:
        row("clean release build of skinquiz (static stdlib, empty scratch path), s",
            build[0]["seconds"], unit="s")

    def cell(v, unit):
        if v is None:
            return "-"
        if unit == "evals/s":
            return fmt_rate(v)
        if unit == "bytes":
            return format(int(v), ",")
        if unit == "s":
            return "%.3f" % v if v < 10 else "%.1f" % v
        return "%.3f" % v if v < 10 else "%.1f" % v
    floors = floor_entries(by, problems)
    skipped = by.get("tty_skipped", [])
    header = ["figure", "SkinQuiz", "peer", "ratio", "target", "met"]
    lines = []
    for r in rows:
        peer_cell = "-" if r["peer"] is None else cell(r["peer"], r["unit"])
        if r["peer"] is None and r["peer_name"]:
            peer_cell = r["peer_name"]
        lines.append([r["figure"], cell(r["skinquiz"], r["unit"]), peer_cell,
                      "-" if r["ratio"] is None else "%.1fx" % r["ratio"], r["target"] or "-",
                      {True: "yes", False: "NO", None: "-"}[r["met"]]])
    print(table(header, lines))
    if floors:
        print("\nStart-up, memory and size against the floors (tty part, one interleaved batch):\n")
        print(floors_table(floors))
    for d in skipped:
        print("skipped: %s (%s)" % (d["name"], d["reason"]))
    for p in problems:
        print("PROBLEM: " + p)
    doc = {"schema": "skinquiz.bench/1",
           "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "rounds": a.rounds, "pinned_cpu": a.cpu,
           "machine": {"cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                                    if l.startswith("model name")), None),
                       "cpus": os.cpu_count(), "kernel": platform.release()},
           "versions": {"swift": tool_version(["swift", "--version"]),
                        "python": platform.python_version(),
                        "hyperfine": tool_version(["hyperfine", "--version"]),
                        "dialog": (by.get("tty_versions") or [{}])[0].get("dialog")},
           "commands": {"all": "Benchmarks/run",
                        "engine": "taskset -c 1 skinquiz-bench peer --n N --pool 100000 --runs 1",
                        "peers": "only with Benchmarks/run --peers DIR: cd DIR && taskset -c 1 "
                                 "venv/bin/python bench_rules.py ENGINE --n N --pool P",
                        "shipped": "taskset -c 1 skinquiz-bench shipped --runs 3",
                        "check": "taskset -c 1 skinquiz-bench check --runs 3",
                        "check_copies": "taskset -c 1 skinquiz-bench check --copies K --runs 1 "
                                        "(K in $COPIES: 1 4 16 64)",
                        "process": "hyperfine -N --warmup 3 --runs 30 'skinquiz check' "
                                   "'skinquiz --answers FILE --format json'",
                        "tty": "python3 Benchmarks/tty.py --scenarios $BENCH_DIR/scen_tty.json "
                               "--runs 21 (scenarios written by Benchmarks/run: tty_scenarios; "
                               "floor_c from gcc -O2 Benchmarks/floor.c -lncursesw; the Swift "
                               "floors from swift build -c release --static-swift-stdlib "
                               "--package-path Benchmarks/floors --scratch-path .build-floors "
                               "--product NAME, stripped)",
                        "build": "rm -rf .build-bench && swift build -c release "
                                 "--static-swift-stdlib --scratch-path .build-bench "
                                 "--product skinquiz"},
           "peers_given": peers_given,
           "rows": rows, "floors": floors, "tty_skipped": skipped, "problems": problems}
    with open(a.out, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print("bench: wrote %s" % a.out, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
