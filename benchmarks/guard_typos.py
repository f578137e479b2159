"""How often a word typed with two letters swapped makes the identity guard ask or block.

Staff type fast: every spent set's generator swaps two letters of one word in a quarter of
its lines (``_guard_corpus.Generator._typo``). This benchmark does it to every word of four
letters or more of every clean template, once each, at a position drawn with a fixed seed,
and counts the typed words the guard newly reports (a finding over the word that the line
spelt right does not have). A rule that reads a slip as a name shows up here whatever the
vocabulary of a set never seen, since slips of ordinary words are the same in any set.

    .venv/bin/python benchmarks/guard_typos.py [set ...]

The default sets are the short run's of ``benchmarks/guard.py`` (every set whose first run is
on record, and the tuning sets); a blind set is never read before its first run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from _guard_corpus import TEMPLATE_SETS, UNITS, Generator, Note
from guard import QUICK_SETS, THRESHOLD
from iub.privacy import Guard

SEED = 7
MIN_LETTERS = 4


def main() -> None:
    """Swap letters in every clean template's words and print the newly reported share."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(QUICK_SETS))
    args = parser.parse_args()
    unknown = [name for name in args.sets if name not in TEMPLATE_SETS]
    if unknown:
        raise SystemExit(f"unknown template set(s): {', '.join(unknown)}")
    guard = Guard(allow=UNITS, min_score=THRESHOLD)
    rng = random.Random(SEED)
    typed = reported = 0
    rules: Counter[str] = Counter()
    started = time.perf_counter()
    for name in args.sets:
        generator = Generator(1, templates=name)
        for template in generator.clean_templates:
            note = Note("")
            generator._fill(template, note, identifiers=False)
            words = note.text.split(" ")
            before = {(f.start, f.end) for f in guard.analyze(note.text)}
            offsets = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
            for i, word in enumerate(words):
                if not word.isalpha() or len(word) < MIN_LETTERS:
                    continue
                j = rng.randrange(len(word) - 1)
                if word[j] == word[j + 1]:
                    continue
                slip = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
                text = " ".join([*words[:i], slip, *words[i + 1 :]])
                start, end = offsets[i], offsets[i] + len(slip)
                typed += 1
                new = [
                    f
                    for f in guard.analyze(text)
                    if f.start < end and start < f.end and (f.start, f.end) not in before
                ]
                reported += bool(new)
                rules.update(f.rule for f in new)
    print("# Words typed with two letters swapped")
    print(f"\nSets: {', '.join(args.sets)}; seed {SEED}; {time.perf_counter() - started:.0f} s.\n")
    print("| typed words | newly reported | share |")
    print("|---|---|---|")
    print(f"| {typed:,} | {reported:,} | {reported / max(1, typed):.3f} |")
    print("\n| rule | findings |\n|---|---|")
    for rule, count in rules.most_common():
        print(f"| `{rule}` | {count} |")


if __name__ == "__main__":
    main()
