#!/usr/bin/env python3
"""Cross-check the pack's readability with textstat, a standard Flesch-Kincaid implementation.

Usage: readability.py Data/microneedling

Needs: pip install textstat==0.7.3 pyphen==0.18.1 pyyaml

`skinquiz check` measures every finding's text, verdict's text and question's help with its own
syllable rules (README, "Readability"). This grades the same texts, and the intro texts too,
with textstat, so the pack meets the limit however it is counted: every text at or below
`readability.max_grade` (default 8) and no sentence over `max_sentence_words` (default 25).
Prints each text over a limit as file:line: id: grade, then a summary; exit 0 only if none is.
"""

import re
import sys
from importlib.metadata import version
from pathlib import Path

import textstat
import yaml


def located_texts(path, keys):
    """Yields (line, owner, key, text) for every mapping value under one of `keys`."""
    loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
    root = loader.get_single_node()

    def walk(node, owner):
        if isinstance(node, yaml.MappingNode):
            ident = next(
                (v.value for k, v in node.value if k.value in ("id", "name")
                 and isinstance(v, yaml.ScalarNode)), owner)
            for key, value in node.value:
                if key.value in keys and isinstance(value, yaml.ScalarNode):
                    yield key.start_mark.line + 1, ident, key.value, value.value
                else:
                    yield from walk(value, ident)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from walk(item, owner)

    yield from walk(root, path.stem)


def longest_sentence(text):
    """The words in the longest sentence; a word holds a letter or a digit, as in the check."""
    sentences = re.split(r"(?<=[.!?])[\"'”’)]*\s+", text)
    return max(
        (len([w for w in s.split() if any(c.isalnum() for c in w)]) for s in sentences),
        default=0)


def main():
    pack = Path(sys.argv[1])
    settings = yaml.safe_load((pack / "pack.yaml").read_text()).get("readability") or {}
    max_grade = float(settings.get("max_grade", 8))
    max_words = int(settings.get("max_sentence_words", 25))
    sources = [
        ("pack.yaml", {"text", "about", "disclaimer", "privacy"}),
        ("questions.yaml", {"help"}),
        ("findings.yaml", {"text"}),
    ]
    checked, failed, worst = 0, 0, (0.0, "")
    for name, keys in sources:
        path = pack / name
        for line, owner, key, text in located_texts(path, keys):
            grade = textstat.flesch_kincaid_grade(text)
            words = longest_sentence(text)
            checked += 1
            worst = max(worst, (grade, f"{owner} {key}"))
            if grade > max_grade or words > max_words:
                failed += 1
                print(f"{path}:{line}: {owner} {key}: grade {grade}, "
                      f"longest sentence {words} words")
    print(
        f"readability (textstat {version('textstat')}): {checked} texts, {failed} over grade {max_grade:g} or {max_words} words; "
        f"hardest {worst[1]} at {worst[0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
