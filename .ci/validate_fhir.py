#!/usr/bin/env python3
"""Validate skinquiz's FHIR QuestionnaireResponse export for every persona of a pack.

Usage: validate_fhir.py --binary .build/debug/skinquiz --pack Data/microneedling

Needs: pip install fhir.resources==8.3.0 fhirpathpy==2.2.4 pyyaml

Each export is checked three ways: the fhir.resources R5 and
R4B models (there is no R4 model; R4B is closest, R5 also rejects empty answers), FHIRPath for
the status value set and invariant qrs-1 (both models accept violations of those), and our own
rules against the pack. First, mutations of a known-good export must each be rejected, so a
broken or lenient validator fails CI instead of passing everything. Prints one line per
failing persona, then "fhir: N passed, M failed"; exit 0 only if everything passed.
"""

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml
from fhir.resources.questionnaireresponse import QuestionnaireResponse as QR_R5
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse as QR_R4B
from fhirpathpy import evaluate
from pydantic import ValidationError

# 2026-01-01T10:00:00Z, so `authored` is reproducible.
SOURCE_DATE_EPOCH = "1767261600"
EXPECTED_AUTHORED = "2026-01-01T10:00:00Z"

# FHIRPath checks the pydantic models do not perform. fhirpathpy returns a collection:
# [True] when the expression holds, [False] when not, [] when an operand is missing
# (e.g. no status), so anything but [True] is a failure.
FHIRPATH_CHECKS = {
    "status value set": "QuestionnaireResponse.status in ('in-progress' | 'completed' | "
    "'amended' | 'entered-in-error' | 'stopped')",
    "qrs-1": "QuestionnaireResponse.descendants().where($this.linkId.exists())"
    ".all((answer.exists() and item.exists()).not())",
}


class Pack:
    """The parts of a pack the export depends on."""

    def __init__(self, directory: Path):
        # BaseLoader keeps every scalar a string: option ids like `no`, `yes` or `18_21` would
        # otherwise become booleans or the integer 1821.
        def load(name):
            with open(directory / name, encoding="utf-8") as f:
                return yaml.load(f, Loader=yaml.BaseLoader)

        meta = load("pack.yaml")
        self.url, self.version = meta["url"], meta["version"]
        questions = load("questions.yaml")["questions"]
        self.order = [q["id"] for q in questions]
        self.kind = {q["id"]: q["kind"] for q in questions}
        self.options = {q["id"]: {o["id"] for o in q["options"]} for q in questions}
        self.tests = load("tests.yaml")["tests"]

    def answers_json(self, answers: dict) -> dict:
        """A persona's answers as the answers file wants them: str for single, list for multi."""
        def shape(qid, value):
            return [value] if self.kind.get(qid) == "multi" and isinstance(value, str) else value

        return {qid: shape(qid, value) for qid, value in answers.items()}


def check_models(res: dict) -> list[str]:
    reasons = []
    for label, model in (("R5", QR_R5), ("R4B", QR_R4B)):
        try:
            model.model_validate(res)
        except ValidationError as e:
            errs = [f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()]
            reasons.append(f"{label} model: {'; '.join(errs[:3])} ({len(errs)} errors)")
        except Exception as e:  # a malformed resource can break the model in other ways
            reasons.append(f"{label} model: {type(e).__name__}: {e}")
    return reasons


def check_fhirpath(res: dict) -> list[str]:
    reasons = []
    for label, expression in FHIRPATH_CHECKS.items():
        try:
            result = evaluate(res, expression)
        except Exception as e:
            reasons.append(f"FHIRPath {label}: evaluation error {type(e).__name__}: {e}")
            continue
        if result != [True]:
            reasons.append(f"FHIRPath {label} is {result}, expected [True]")
    return reasons


def check_own(res: dict, pack: Pack, answers: dict) -> list[str]:
    """Our export rules, as Docs/result-json.md describes the FHIR output."""
    reasons = []
    if res.get("status") != "completed":
        reasons.append(f"status is {res.get('status')!r}, expected 'completed'")
    expected_q = f"{pack.url}|{pack.version}"
    if res.get("questionnaire") != expected_q:
        reasons.append(f"questionnaire is {res.get('questionnaire')!r}, expected {expected_q!r}")
    if res.get("authored") != EXPECTED_AUTHORED:
        reasons.append(f"authored is {res.get('authored')!r}, expected {EXPECTED_AUTHORED!r}")

    items = res.get("item", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return reasons + ["item is not a list of objects"]
    link_ids = [i.get("linkId") for i in items]
    unknown = [l for l in link_ids if l not in pack.kind]
    if unknown:
        reasons.append(f"linkId not a question of the pack: {unknown}")
    known = [l for l in link_ids if l in pack.kind]
    # Strictly increasing positions: pack order, and no question twice.
    positions = [pack.order.index(l) for l in known]
    if positions != sorted(set(positions)):
        reasons.append(f"items not in pack question order (or repeated): {known}")
    if set(link_ids) != set(answers):
        missing = sorted(set(answers) - set(link_ids))
        extra = sorted(set(link_ids) - set(answers) - set(unknown))
        reasons.append(f"items differ from answered questions: missing {missing}, extra {extra}")

    for item in items:
        qid = item.get("linkId")
        if qid not in pack.kind:
            continue
        entries = item.get("answer")
        if not isinstance(entries, list) or not entries:
            reasons.append(f"{qid}: no answers")
            continue
        codes = []
        for entry in entries:
            coding = entry.get("valueCoding") if isinstance(entry, dict) else None
            if not entry or not isinstance(coding, dict):
                reasons.append(f"{qid}: empty or non-Coding answer {entry!r}")
                continue
            code, system = coding.get("code"), coding.get("system", "")
            if code not in pack.options[qid]:
                reasons.append(f"{qid}: code {code!r} is not an option of the question")
            # Code system is "<pack url>:<qid>" (urn) or "<pack url>/<qid>" (FHIRRenderer).
            if not isinstance(system, str) or not system.endswith((f":{qid}", f"/{qid}")):
                reasons.append(f"{qid}: system {system!r} does not end with the question id")
            codes.append(code)
        chosen = answers.get(qid, [])
        chosen = chosen if isinstance(chosen, list) else [chosen]
        if Counter(codes) != Counter(chosen):
            reasons.append(f"{qid}: answers {codes} are not one per chosen option {chosen}")
    return reasons


def validate(res, pack: Pack, answers: dict) -> dict[str, list[str]]:
    """Every check's reasons for rejecting `res`, by check name (empty lists: accepted)."""
    if not isinstance(res, dict):
        return {"json": ["export is not a JSON object"]}
    return {
        "models": check_models(res),
        "fhirpath": check_fhirpath(res),
        "own rules": check_own(res, pack, answers),
    }


def export(binary: str, answers: dict, workdir: Path, index: int):
    """Run the binary on one answers file: (parsed export, None) or (None, reason)."""
    path = workdir / f"persona-{index:03d}.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    try:
        # stdin is not a terminal, so the binary never falls back to asking questions.
        proc = subprocess.run(
            [binary, "--answers", str(path), "--format", "fhir"],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"could not run {binary}: {e}"
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        return None, f"exit {proc.returncode}: {err[0] if err else '(no stderr)'}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as e:
        return None, f"output is not JSON: {e}"


def self_check(good, pack: Pack, answers: dict) -> list[str] | None:
    """Mutate a known-good export: the accepted mutations (None: nothing good to mutate)."""
    if good is None or any(validate(good, pack, answers).values()):
        # Mutations of a rejected export prove nothing; the persona run reports why it fails.
        print("self-check skipped: the first persona's export is not accepted")
        return None
    problems = []

    def status_done(r):
        r["status"] = "done"

    def answer_and_nested_item(r):
        r["item"][0]["item"] = [copy.deepcopy(r["item"][-1])]

    def unknown_link_id(r):
        r["item"][0]["linkId"] = "not_a_question"

    def empty_answer(r):
        r["item"][0]["answer"].append({})

    for mutate in (status_done, answer_and_nested_item, unknown_link_id, empty_answer):
        mutated = copy.deepcopy(good)
        mutate(mutated)
        caught = [name for name, reasons in validate(mutated, pack, answers).items() if reasons]
        if caught:
            print(f"self-check {mutate.__name__}: rejected by {', '.join(caught)}")
        else:
            problems.append(f"self-check {mutate.__name__}: mutation was ACCEPTED")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the built skinquiz executable")
    parser.add_argument("--pack", required=True, type=Path, help="the pack folder")
    args = parser.parse_args()

    pack = Pack(args.pack)
    if not pack.tests:
        print(f"no tests in {args.pack / 'tests.yaml'}")
        return 1
    with tempfile.TemporaryDirectory(prefix="skinquiz-fhir-") as tmp:
        workdir = Path(tmp)
        first = pack.answers_json(pack.tests[0]["answers"])
        problems = self_check(export(args.binary, first, workdir, 0)[0], pack, first)
        if problems:
            print("\n".join(problems))
            print("validator self-check failed: personas not run")
            return 1

        passed = failed = 0
        for index, test in enumerate(pack.tests):
            answers = pack.answers_json(test["answers"])
            res, reason = export(args.binary, answers, workdir, index)
            reasons = [reason] if res is None else [
                r for rs in validate(res, pack, answers).values() for r in rs
            ]
            if reasons:
                failed += 1
                print(f"FAIL {test['name']}: {'; '.join(reasons)}")
            else:
                passed += 1
    print(f"fhir: {passed} passed, {failed} failed")
    # A skipped self-check already means a failing persona; the flag keeps that explicit.
    return 0 if failed == 0 and problems is not None else 1


if __name__ == "__main__":
    sys.exit(main())
