#!/usr/bin/env python3
"""Turns the peer rules workload (Benchmarks/peer-workload/rules.json) into a SkinQuiz pack.

    python3 Benchmarks/peer-pack.py [--workload DIR] [--out Benchmarks/peer-pack] [--check]

Regenerating needs the Python peers (bench_rules.py, profiles.py: other people's code, not in
this repository) in --workload DIR; without them it stops and says so. The committed pack
itself is checked from a clone by `skinquiz check --pack Benchmarks/peer-pack`.

The pack (pack.yaml, questions.yaml, findings.yaml, sources.yaml, tests.yaml) expresses the same
40 rules over the same 15 fields, so the Swift engine does the same work as the Python peers and
gives the same FNV-1a checksum:

- a bool field is a single question with options yes / no (in that order);
- an enum field is a single question with one option per value, in the workload's order;
- an int field is a single question with one option per value, min..max, with ids
  `<field>_<value>` (ids cannot be only digits), so `age >= 25` becomes
  `age in [age_25, ..., age_75]`;
- the set field is a multi question with no exclusive option (an empty set is "not answered",
  on which every test is false, as `has` is on an empty set);
- eq / ne / in become `=` / `!=` / `in [..]`; lt, le, gt, ge on ints become `in [..]` of the values
  that satisfy them; has / has_any become `has` / `has any [..]`; all / any / not become
  and / or / not.

Each rule becomes a finding of kind `info`, id `r<NN>_<name>` (the Swift benchmark reads the rule
id from it), in rule order. There is one verdict, the fallback. The tests are profiles of the
workload's own generator (profiles.py, seed 42), chosen so that together they fire every rule;
their expectations are computed with the workload's closure reference.

The output is deterministic: running the script again reproduces the committed pack. With
--check it only compares and exits 1 when the committed pack differs.
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_WORKLOAD = os.path.join(ROOT, "Benchmarks", "peer-workload")

PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_ =!\[\],()<>.']*$")


def scalar(text):
    """A YAML scalar: plain when that is unambiguous, else JSON-quoted (valid YAML)."""
    if PLAIN.match(text) and text not in ("yes", "no", "true", "false", "null", "on", "off") \
            and ": " not in text and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def option_ids(name, spec):
    t = spec["type"]
    if t == "bool":
        return ["yes", "no"]
    if t in ("enum", "set"):
        return list(spec["values"])
    if t == "int":
        return ["%s_%d" % (name, v) for v in range(spec["min"], spec["max"] + 1)]
    raise ValueError(t)


def option_of(name, spec, value):
    """The option id for a field value."""
    t = spec["type"]
    if t == "bool":
        return "yes" if value else "no"
    if t == "int":
        if not spec["min"] <= value <= spec["max"]:
            raise ValueError("%s: %r out of range" % (name, value))
        return "%s_%d" % (name, value)
    if value not in spec["values"]:
        raise ValueError("%s: unknown value %r" % (name, value))
    return value


def condition(node, fields, top=True):
    """The SkinQuiz condition for a rules.json node. `top` is False inside and/or/not, where a
    compound child is put in parentheses."""
    def wrap(text):
        return text if top else "( " + text + " )"
    if "all" in node:
        return wrap(" and ".join(condition(c, fields, False) for c in node["all"]))
    if "any" in node:
        return wrap(" or ".join(condition(c, fields, False) for c in node["any"]))
    if "not" in node:
        return "not " + condition(node["not"], fields, False)
    f, op, v = node["f"], node["op"], node["v"]
    spec = fields[f]
    t = spec["type"]
    if t == "set":
        if op == "has":
            return "%s has %s" % (f, option_of(f, spec, v))
        if op == "has_any":
            return "%s has any [%s]" % (f, ", ".join(option_of(f, spec, x) for x in v))
        raise ValueError("set op %s" % op)
    if op == "eq":
        return "%s = %s" % (f, option_of(f, spec, v))
    if op == "ne":
        return "%s != %s" % (f, option_of(f, spec, v))
    if op == "in":
        return "%s in [%s]" % (f, ", ".join(option_of(f, spec, x) for x in v))
    if t == "int" and op in ("lt", "le", "gt", "ge"):
        test = {"lt": lambda x: x < v, "le": lambda x: x <= v,
                "gt": lambda x: x > v, "ge": lambda x: x >= v}[op]
        values = [x for x in range(spec["min"], spec["max"] + 1) if test(x)]
        if not values:  # never true on an answered question
            return "( %s = %s and not answered(%s) )" % (f, option_of(f, spec, spec["min"]), f)
        return "%s in [%s]" % (f, ", ".join(option_of(f, spec, x) for x in values))
    raise ValueError("%s op %s" % (t, op))


def title_of(name):
    return name.replace("_", " ").capitalize()


def finding_id(rule):
    return "r%02d_%s" % (rule["id"], rule["name"])


def flow(items):
    return "[" + ", ".join(scalar(x) for x in items) + "]"


def build(workload):
    sys.dont_write_bytecode = True  # leave the peers' folder without .pyc files
    missing = [f for f in ("bench_rules.py", "profiles.py")
               if not os.path.exists(os.path.join(workload, f))]
    if missing:
        raise SystemExit("peer-pack: %s holds no %s; pass --workload DIR, the Python peers' folder "
                         "that Benchmarks/run --peers takes (see Benchmarks/README.md)"
                         % (workload, " or ".join(missing)))
    sys.path.insert(0, workload)
    from bench_rules import load_rules, compile_closures  # noqa: E402
    from profiles import profiles  # noqa: E402
    doc = load_rules(os.path.join(ROOT, "Benchmarks", "peer-workload", "rules.json"))
    fields = doc["fields"]
    rules = doc["rules"]
    ids = [r["id"] for r in rules]
    if ids != list(range(1, len(rules) + 1)):
        raise SystemExit("peer-pack: rules.json ids are not 1..N in order")
    files = {}

    files["pack.yaml"] = "\n".join([
        "# Generated by Benchmarks/peer-pack.py from Benchmarks/peer-workload/rules.json.",
        "# Do not edit: run `python3 Benchmarks/peer-pack.py` instead.",
        "id: peer_workload",
        "version: 1.0.0",
        "title: Peer rules workload (benchmark only)",
        "url: urn:skinquiz:pack:peer-workload",
        "intro:",
        "  about: >-",
        "    A synthetic skin-care rule set used only to measure the engine against its peers",
        "    (40 rules over 15 fields). It is not advice.",
        "  disclaimer: This pack is a performance workload, not medical advice.",
        "  privacy: Nothing is saved or sent.",
        "verdicts:",
        "  - id: evaluated",
        "    title: Evaluated",
        "    text: The rules that apply are listed below.",
        "",
    ])

    q = ["# Generated by Benchmarks/peer-pack.py from rules.json: one question per field, in its order.",
         "questions:"]
    for name, spec in fields.items():
        t = spec["type"]
        kind = "multi" if t == "set" else "single"
        desc = {"bool": "yes or no", "enum": "one of %d values" % len(spec.get("values", [])),
                "int": "a whole number from %s to %s" % (spec.get("min"), spec.get("max")),
                "set": "any of %d values" % len(spec.get("values", []))}[t]
        q += ["  - id: %s" % name,
              "    kind: %s" % kind,
              "    text: %s" % scalar("%s?" % title_of(name)),
              "    help: %s" % scalar("Workload field '%s' (%s): %s." % (name, t, desc)),
              "    options:"]
        for oid in option_ids(name, spec):
            label = oid
            if t == "int":
                label = oid[len(name) + 1:]
            q += ["      - id: %s" % scalar(oid),
                  "        label: %s" % scalar(label.replace("_", " "))]
        q.append("")
    files["questions.yaml"] = "\n".join(q)

    fl = ["# Generated by Benchmarks/peer-pack.py: one info finding per rule, in rule order; the id's",
          "# number is the rule id.",
          "findings:"]
    for r in rules:
        fl += ["  - id: %s" % finding_id(r),
               "    kind: info",
               "    when: %s" % scalar(condition(r["when"], fields)),
               "    title: %s" % scalar(title_of(r["name"])),
               "    text: %s" % scalar("Rule %d of the peer workload (%s) holds." % (r["id"], r["name"])),
               ""]
    files["findings.yaml"] = "\n".join(fl)

    files["sources.yaml"] = "\n".join([
        "# Generated by Benchmarks/peer-pack.py: the workload's findings are info, which cite no source.",
        "sources: []",
        "",
    ])

    # Tests: the first three profiles with a non-empty set field, then the fewest more (greedy,
    # over the first 5,000 profiles) until every rule fires in some test.
    compiled = compile_closures(doc)
    set_fields = [n for n, s in fields.items() if s["type"] == "set"]
    pool = list(profiles(5000))
    fired = [[rid for rid, f in compiled if f(p)] for p in pool]
    usable = [k for k, p in enumerate(pool) if all(p[n] for n in set_fields)]
    chosen = usable[:3]
    covered = set().union(*(fired[k] for k in chosen))
    while len(covered) < len(rules):
        best = max(usable, key=lambda k: (len(set(fired[k]) - covered), -k))
        if not set(fired[best]) - covered:
            raise SystemExit("peer-pack: no profile among the first 5,000 fires rules %s"
                             % sorted(set(ids) - covered))
        chosen.append(best)
        covered |= set(fired[best])
    chosen.sort()
    by_id = {r["id"]: r for r in rules}
    t = ["# Generated by Benchmarks/peer-pack.py: profiles of profiles.py (seed 42) whose expectations",
         "# come from the workload's closure reference; together they fire every rule.",
         "tests:"]
    for k in chosen:
        p = pool[k]
        t += ["  - name: %s" % scalar("profile %d of seed 42" % k),
              "    answers:"]
        for name, spec in fields.items():
            if spec["type"] == "set":
                values = [v for v in spec["values"] if v in p[name]]
                t.append("      %s: %s" % (name, flow(values)))
            else:
                t.append("      %s: %s" % (name, scalar(option_of(name, spec, p[name]))))
        yes = fired[k]
        no = [r["id"] for r in rules if r["id"] not in yes]
        t += ["    expect:",
              "      verdict: evaluated",
              "      fires: %s" % flow([finding_id(by_id[i]) for i in yes]),
              "      not_fires: %s" % flow([finding_id(by_id[i]) for i in no]),
              ""]
    files["tests.yaml"] = "\n".join(t)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workload", default=os.environ.get("PEER_WORKLOAD", DEFAULT_WORKLOAD),
                    help="the Python peers' folder (the one Benchmarks/run --peers takes) with "
                    "bench_rules.py and profiles.py, the profile generator that picks the tests "
                    "(default: $PEER_WORKLOAD, else Benchmarks/peer-workload); the rules are the "
                    "repository's own copy in Benchmarks/peer-workload/rules.json")
    ap.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "peer-pack"))
    ap.add_argument("--check", action="store_true", help="compare with the pack in --out only")
    a = ap.parse_args()
    files = build(os.path.abspath(a.workload))
    if a.check:
        stale = [n for n, text in files.items()
                 if not os.path.exists(os.path.join(a.out, n))
                 or open(os.path.join(a.out, n), encoding="utf-8").read() != text]
        if stale:
            print("peer-pack: %s differ from the generated pack; run Benchmarks/peer-pack.py"
                  % ", ".join(stale), file=sys.stderr)
            sys.exit(1)
        print("peer-pack: %s is up to date" % os.path.relpath(a.out))
        return
    os.makedirs(a.out, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("peer-pack: wrote %s (%s)" % (os.path.relpath(a.out), ", ".join(files)))


if __name__ == "__main__":
    main()
