"""Build ``common_forms.txt``: the inflected Swedish word forms the guard cannot derive itself.

The guard's lexicon (``common_words.txt``) holds hunspell-sv's base forms, and
``iub.privacy.guard._words`` strips common endings to recognise "samtalet" or "ringde". Strong
verbs ("dog", "bjöd", "hölls"), s-passives ("användes", "övervägdes"), superlatives
("viktigaste") and plurals with a vowel change ("böcker") escape that stripping; a lower-case
word the guard cannot place is treated as a possible name, so each such gap is a false alarm.
hunspell's own affix rules produce every form: this script expands the dictionary with
``unmunch`` (Debian's hunspell-tools) and keeps the forms the stripper does not reach.

Run by hand when hunspell-sv changes (the product reads only the text file):

    apt-get install hunspell-sv hunspell-tools
    .venv/bin/python scripts/build_word_forms.py

Left out: entries hunspell-sv marks forbidden ('%') or never alone ('¤'), capitalised entries
(proper nouns), and every word any of the guard's name lists holds, so that a surname such as
"lindgren", which hunspell also derives as a word, stays a name.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

from iub.privacy.guard._lexicon import listed_names, read_list
from iub.privacy.guard._words import CommonWords

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "iub" / "privacy" / "data" / "common_forms.txt"
HUNSPELL = Path("/usr/share/hunspell/sv_SE")
_SKIP_FLAGS = ("%", "¤")
HEADER = """\
Inflected Swedish word forms that the guard's ending stripper does not derive from
common_words.txt: hunspell-sv 1:7.5.0-1 (LibreOffice sv_SE, Göran Andersson), LGPL-3.0,
expanded with unmunch; lower-case entries only, minus every name of the guard's name lists.
Built by scripts/build_word_forms.py."""


def _lower_entries(dic: Path) -> list[str]:
    """Return the dictionary's lower-case, allowed entries, with their affix flags."""
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]
    kept = []
    for line in lines:
        word, _, flags = line.partition("/")
        if any(flag in flags for flag in _SKIP_FLAGS):
            continue
        if word and word[0].islower() and not re.search(r"[\d.]", word):
            kept.append(line)
    return kept


def expand(base: Path) -> set[str]:
    """Return every lower-case form unmunch derives from the allowed lower-case entries."""
    entries = _lower_entries(base.with_suffix(".dic"))
    with tempfile.TemporaryDirectory() as tmp:
        dic = Path(tmp) / "lower.dic"
        dic.write_text(f"{len(entries)}\n" + "\n".join(entries) + "\n", encoding="utf-8")
        output = subprocess.run(
            ["unmunch", str(dic), str(base.with_suffix(".aff"))],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8", errors="replace")
    return {w for w in output.split() if w.isalpha() and w.islower()}


def main() -> None:
    """Write the forms the stripper misses; print how many."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, default=HUNSPELL, help="path without suffix")
    args = parser.parse_args()
    stripper = CommonWords(read_list("common_words.txt"))
    names = listed_names()
    forms = {
        form for form in expand(args.hunspell) if form not in names and not stripper.inflected(form)
    }
    lines = [f"# {line}" for line in HEADER.splitlines()]
    TARGET.write_text("\n".join([*lines, *sorted(forms)]) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(forms)} forms")


if __name__ == "__main__":
    main()
