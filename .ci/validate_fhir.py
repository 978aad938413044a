#!/usr/bin/env python3
"""Validate skinquiz's FHIR exports: the pack's Questionnaire, and every persona's response.

Usage: validate_fhir.py --binary .build/debug/skinquiz --pack Data/microneedling [--pack DIR...]

Needs: pip install fhir.resources==8.3.0 fhirpathpy==2.2.4 pyyaml

Each export is checked three ways: the fhir.resources R5 and
R4B models (there is no R4 model; R4B is closest, R5 also rejects empty answers), FHIRPath for
the status value set and invariant qrs-1 (both models accept violations of those), and our own
rules against the pack. First, mutations of a known-good export must each be rejected, so a
broken or lenient validator fails CI instead of passing everything. Prints one line per
failing persona, then "fhir: N passed, M failed"; exit 0 only if everything passed.

The Questionnaire (`skinquiz questionnaire`) is checked by the R4B model, and its skip logic is
proved against the program: for every persona, the items a FHIR form enables (each enableWhen
decided as FHIR R4 says, each SDC enableWhenExpression by fhirpathpy over that persona's
QuestionnaireResponse as %resource) are exactly the questions SkinQuiz asked, the items of the
response; and every answer in the response is one of its item's answerOptions. FHIRPath checks
the invariants que-1, que-2, que-6 and que-12, which the model does not. Mutations of the
Questionnaire (an invalid status, a repeated linkId, a required help item, enableBehavior or all
skip logic dropped, every expression negated) must each be caught.
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
from fhir.resources.R4B.questionnaire import Questionnaire as Q_R4B
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse as QR_R4B
from fhirpathpy import evaluate
from fhirpathpy.models import models as fhirpath_models
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

        self.directory = directory
        meta = load("pack.yaml")
        self.id, self.url, self.version = meta["id"], meta["url"], meta["version"]
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


def check_fhirpath(res: dict, checks: dict = FHIRPATH_CHECKS) -> list[str]:
    """Each expression of `checks` must be [True] over `res`."""
    reasons = []
    for label, expression in checks.items():
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


def export(binary: str, pack: Pack, answers: dict, workdir: Path, index: int):
    """Run the binary on one answers file: (parsed export, None) or (None, reason)."""
    path = workdir / f"persona-{index:03d}.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return run_json([binary, "--answers", str(path), "--format", "fhir",
                     "--pack", str(pack.directory)])


def run_json(command: list[str]):
    """Run the binary: (its output parsed as JSON, None) or (None, reason)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    try:
        # stdin is not a terminal, so the binary never falls back to asking questions.
        proc = subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"could not run {command[0]}: {e}"
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        return None, f"{command[1]}: exit {proc.returncode}: {err[0] if err else '(no stderr)'}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as e:
        return None, f"{command[1]}: output is not JSON: {e}"


# FHIR R4's Questionnaire invariants that the R4B model does not enforce, over every item
# (que-12 as intended: R4 wrote "> 2", corrected to "> 1" in R4B).
QUESTIONNAIRE_FHIRPATH = {
    "que-1": "Questionnaire.repeat(item).all((type = 'group' implies item.empty().not()) and "
    "(type = 'display' implies item.empty()))",
    "que-2": "Questionnaire.repeat(item).linkId.isDistinct()",
    "que-6": "Questionnaire.repeat(item).all(type != 'display' or "
    "(required.empty() and repeats.empty()))",
    "que-12": "Questionnaire.repeat(item).all(enableWhen.count() > 1 implies "
    "enableBehavior.exists())",
}
QUESTIONNAIRE_SKIP_LOGIC = ("enableWhen", "enableBehavior")
ENABLE_WHEN_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
)


def questionnaire(binary: str, pack: Pack):
    """`skinquiz questionnaire --pack DIR`: (parsed Questionnaire, None) or (None, reason)."""
    return run_json([binary, "questionnaire", "--pack", str(pack.directory)])


def check_questionnaire(q: dict, pack: Pack) -> list[str]:
    """The R4B model, FHIR's invariants in FHIRPath, and our rules: the header, and one choice
    item per question in order."""
    reasons = []
    try:
        Q_R4B.model_validate(q)
    except ValidationError as e:
        errs = [f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()]
        reasons.append(f"R4B Questionnaire model: {'; '.join(errs[:3])} ({len(errs)} errors)")
    except Exception as e:
        reasons.append(f"R4B Questionnaire model: {type(e).__name__}: {e}")
    reasons += check_fhirpath(q, QUESTIONNAIRE_FHIRPATH)
    expected = {"resourceType": "Questionnaire", "url": pack.url, "version": pack.version,
                "status": "active"}
    reasons += [f"{k} is {q.get(k)!r}, expected {v!r}"
                for k, v in expected.items() if q.get(k) != v]
    identifiers = [i.get("value") for i in q.get("identifier", []) if isinstance(i, dict)]
    if f"{pack.id}|{pack.version}" not in identifiers:
        reasons.append(f"no identifier {pack.id}|{pack.version}: {identifiers}")
    choices = [i.get("linkId") for i in question_items(q)]
    if choices != pack.order:
        reasons.append(f"choice items {choices} are not the questions {pack.order}")
    return reasons


def question_items(q: dict) -> list[dict]:
    items = q.get("item", []) if isinstance(q, dict) else []
    return [i for i in items if isinstance(i, dict) and i.get("type") == "choice"]


def codings(entries) -> list[tuple]:
    """(system, code) of each valueCoding in a list of answers or answerOptions."""
    return [(e["valueCoding"].get("system"), e["valueCoding"].get("code"))
            for e in entries or [] if isinstance(e, dict) and "valueCoding" in e]


def enable_when_holds(item: dict, kept: dict) -> bool:
    """FHIR R4 enableWhen: `=` on a Coding is some answer with its system and code; several
    combine by enableBehavior. An item a form disabled has no answers (`kept` has only enabled
    ones)."""
    values = []
    for condition in item["enableWhen"]:
        if condition.get("operator") != "=" or "answerCoding" not in condition:
            raise ValueError(f"{item.get('linkId')}: enableWhen this check cannot decide")
        coding = condition["answerCoding"]
        wanted = (coding.get("system"), coding.get("code"))
        values.append(wanted in kept.get(condition.get("question"), []))
    if len(values) == 1:
        return values[0]
    behaviour = item.get("enableBehavior")
    if behaviour not in ("all", "any"):
        raise ValueError(f"{item.get('linkId')}: several enableWhen without enableBehavior")
    return all(values) if behaviour == "all" else any(values)


def expression_holds(item: dict, expression: str, response: dict) -> bool:
    """SDC enableWhenExpression: FHIRPath over %resource, the response; true or false only."""
    result = evaluate(response, expression, {"resource": response}, fhirpath_models["r4"])
    if result not in ([True], [False]):
        raise ValueError(f"{item.get('linkId')}: expression gave {result}, not a boolean")
    return result == [True]


def enabled_items(q: dict, response: dict) -> list[str]:
    """The question items a FHIR form enables for `response`, in questionnaire order."""
    given = {i.get("linkId"): codings(i.get("answer")) for i in response.get("item", [])}
    kept, enabled = {}, []
    for item in question_items(q):
        expressions = [e["valueExpression"]["expression"] for e in item.get("extension", [])
                       if e.get("url") == ENABLE_WHEN_EXPRESSION]
        if expressions and "enableWhen" in item:
            raise ValueError(f"{item.get('linkId')}: both enableWhen and enableWhenExpression")
        if expressions:
            on = expression_holds(item, expressions[0], response)
        else:
            on = "enableWhen" not in item or enable_when_holds(item, kept)
        if on:
            enabled.append(item["linkId"])
            kept[item["linkId"]] = given.get(item["linkId"], [])
    return enabled


def check_skip_logic(q: dict, response: dict) -> list[str]:
    """The proof for one persona: the form enables exactly what SkinQuiz asked, and every
    answer is one of its item's options."""
    asked = [i.get("linkId") for i in response.get("item", [])]
    try:
        enabled = enabled_items(q, response)
    except Exception as e:
        return [f"skip logic: {type(e).__name__}: {e}"]
    reasons = []
    if enabled != asked:
        reasons.append(f"skip logic: a form enables {sorted(set(enabled) - set(asked))} that "
                       f"SkinQuiz did not ask, and not {sorted(set(asked) - set(enabled))}")
    options = {i.get("linkId"): set(codings(i.get("answerOption"))) for i in question_items(q)}
    for item in response.get("item", []):
        stray = set(codings(item.get("answer"))) - options.get(item.get("linkId"), set())
        if stray:
            reasons.append(f"{item.get('linkId')}: answers {sorted(stray)} are not its options")
    return reasons


def questionnaire_self_check(q: dict, pack: Pack, responses: list) -> list[str]:
    """Mutations of a good Questionnaire that the checks must each catch."""
    def status_done(m):
        m["status"] = "done"

    def link_id_repeated(m):
        help_item = question_items(m)[0]["item"][0]
        help_item["linkId"] = question_items(m)[1]["linkId"]

    def help_required(m):
        question_items(m)[0]["item"][0]["required"] = True

    def behavior_dropped(m):
        for item in question_items(m):
            item.pop("enableBehavior", None)

    def skip_logic_dropped(m):
        for item in question_items(m):
            for key in QUESTIONNAIRE_SKIP_LOGIC:
                item.pop(key, None)
            item.pop("extension", None)

    def expressions_negated(m):
        for item in question_items(m):
            for e in item.get("extension", []):
                if e.get("url") == ENABLE_WHEN_EXPRESSION:
                    value = e["valueExpression"]
                    value["expression"] = f"({value['expression']}).not()"

    has_expression = any(e.get("url") == ENABLE_WHEN_EXPRESSION
                         for i in question_items(q) for e in i.get("extension", []))
    mutations = [status_done, link_id_repeated, help_required, behavior_dropped,
                 skip_logic_dropped]
    if has_expression:
        mutations.append(expressions_negated)
    problems = []
    for mutate in mutations:
        mutated = copy.deepcopy(q)
        mutate(mutated)
        caught = check_questionnaire(mutated, pack) or any(
            check_skip_logic(mutated, r) for r in responses)
        if caught:
            print(f"self-check {pack.id} questionnaire {mutate.__name__}: caught")
        else:
            problems.append(f"self-check {pack.id} questionnaire {mutate.__name__}: ACCEPTED")
    return problems


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


def run_pack(binary: str, pack: Pack, workdir: Path) -> tuple[int, int]:
    """The response of every persona, and the Questionnaire: (passed, failed), a failed
    self-check counting as a failure."""
    first = pack.answers_json(pack.tests[0]["answers"])
    problems = self_check(export(binary, pack, first, workdir, 0)[0], pack, first)
    # None (skipped) means the first persona's export is rejected: its run below fails.
    if problems:
        print("\n".join(problems))
        print(f"validator self-check failed: personas of {pack.id} not run")
        return 0, 1
    form, reason = questionnaire(binary, pack)
    reasons = [reason] if form is None else check_questionnaire(form, pack)
    failed = 0
    if reasons:
        failed += 1
        print(f"FAIL {pack.id} questionnaire: {'; '.join(reasons)}")
        form = None
    passed, responses = 0, []
    for index, test in enumerate(pack.tests):
        answers = pack.answers_json(test["answers"])
        res, reason = export(binary, pack, answers, workdir, index)
        reasons = [reason] if res is None else [
            r for rs in validate(res, pack, answers).values() for r in rs
        ]
        if res is not None and form is not None:
            reasons += check_skip_logic(form, res)
            responses.append(res)
        if reasons:
            failed += 1
            print(f"FAIL {pack.id} {test['name']}: {'; '.join(reasons)}")
        else:
            passed += 1
    if form is not None:
        problems = questionnaire_self_check(form, pack, responses)
        for problem in problems:
            print(problem)
        failed += len(problems)
    return passed, failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the built skinquiz executable")
    parser.add_argument("--pack", required=True, type=Path, action="append",
                        help="a pack folder (repeat for several)")
    args = parser.parse_args()

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="skinquiz-fhir-") as tmp:
        for directory in args.pack:
            pack = Pack(directory)
            if not pack.tests:
                print(f"no tests in {directory / 'tests.yaml'}")
                return 1
            more_passed, more_failed = run_pack(args.binary, pack, Path(tmp))
            passed, failed = passed + more_passed, failed + more_failed
    print(f"fhir: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
