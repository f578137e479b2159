"""Build ``name_shape.tsv``: the character models that tell a name's letters from a word's.

Run by hand when a word or name list changes (the product reads only the text file):

    .venv/bin/python scripts/build_name_shape.py

Names: every entry of the guard's four name lists (``listed_names``). Words: every entry of
the Swedish lexicon (hunspell-sv's lower-case entries, their unmunched forms, the hand-written
informal words), the same typed without å, ä and ö, and the English word list; letters only.
No evaluation set of ``benchmarks/guard.py`` is read. Each row is a gram of one to four
characters (``^`` pads a word's start, ``$`` marks its end) and its count in each class.
"""

from __future__ import annotations

from pathlib import Path

from iub.privacy.guard._lexicon import listed_names, load
from iub.privacy.guard._shape import DATA_FILE, count_grams

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "iub" / "privacy" / "data" / DATA_FILE
UNDOT = str.maketrans("åäöé", "aaoe")
HEADER = """\
Character 1- to 4-gram counts of the guard's name lists (column 2) and word lists (column 3),
for iub.privacy.guard._shape. Built by scripts/build_name_shape.py from the files of this
folder; the word counts derive from common_words.txt and common_forms.txt (LGPL-3.0, see
README.md) and english_words.txt (SCOWL's notice is in that file's header)."""


def main() -> None:
    """Count the grams of both classes and write them, sorted, with the header."""
    lexicon = load()
    names = {name.lower() for name in listed_names() if name.isalpha()}
    swedish = {word.lower() for word in lexicon.common_words if word.isalpha()}
    words = (
        swedish
        | {word.translate(UNDOT) for word in swedish}
        | {word.lower() for word in lexicon.english_words if word.isalpha()}
    )
    in_names, in_words = count_grams(sorted(names)), count_grams(sorted(words))
    rows = [
        f"{gram}\t{in_names.get(gram, 0)}\t{in_words.get(gram, 0)}"
        for gram in sorted(set(in_names) | set(in_words))
    ]
    header = "\n".join(f"# {line}" for line in HEADER.splitlines())
    TARGET.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} grams from {len(names)} names and {len(words)} words -> {TARGET}")


if __name__ == "__main__":
    main()
