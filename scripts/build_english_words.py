"""Build ``english_words.txt``: English words, so that loan words in a note are not asked about.

Staff write English loan words in Swedish notes ("gaming", "feedback", "deadline",
"streaming"). The guard asks about a lower-case word that no Swedish lexicon knows
(``name.lowercase_anywhere`` and its kin, 0.4), so each loan word would be a false alarm.
This list is consulted only by those asking rules: a name that is also an English word
("rose", "hope") is found by the name lists and the context rules, never by its shape.

Run by hand when the word list changes (the product reads only the text file):

    apt-get install wamerican
    .venv/bin/python scripts/build_english_words.py

Kept: lower-case, letters-only words of four letters or more from SCOWL's American English
list as Debian packages it; left out: every word the guard's Swedish lexicon already holds and
every name of the guard's name lists, so that "maria" or "omar" can never be an English word.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iub.privacy.guard._lexicon import listed_names, read_list

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "iub" / "privacy" / "data" / "english_words.txt"
SOURCE = Path("/usr/share/dict/american-english")
HEADER = """\
English words (lower case, letters only, four letters or more) from SCOWL's American English
word list as packaged in Debian's wamerican 2020.12.07-2, minus Swedish lexicon words and
every name of the guard's name lists. Built by scripts/build_english_words.py.
Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
these word lists, the associated scripts, the output created from the scripts, and its
documentation for any purpose is hereby granted without fee, provided that the above
copyright notice appears in all copies and that both that copyright notice and this
permission notice appear in supporting documentation. Kevin Atkinson makes no
representations about the suitability of this array for any purpose. It is provided "as is"
without express or implied warranty."""


def main() -> None:
    """Write the list; print how many words it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    swedish = read_list("common_words.txt") | read_list("common_forms.txt")
    names = listed_names()
    words = {
        word
        for word in args.source.read_text(encoding="utf-8").split()
        if len(word) >= 4 and word.isalpha() and word.islower() and word.isascii()
    }
    kept = words - swedish - names
    lines = [f"# {line}" for line in HEADER.splitlines()]
    TARGET.write_text("\n".join([*lines, *sorted(kept)]) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(kept)} words")


if __name__ == "__main__":
    main()
