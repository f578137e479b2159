"""Build ``first_names_world.txt``: first names from the US Social Security Administration.

    git -C <clone of hackerb9/ssa-baby-names> archive 0b1a131 raw-data | tar x -C /tmp/ssa
    python scripts/build_world_names.py /tmp/ssa/raw-data

Why: the guard's Swedish lists (Isof's top 500, SCB's call names with 20 or more bearers) miss
the first names of people born abroad or to parents born abroad, who are many among the young
people a Swedish social service meets. The SSA's national baby-name files (every name given to
five or more babies in a year in the US, 1880-2020; a US government work, public domain) hold
most of the world's names in Latin letters, spelled as immigrants spell them. No evaluation
set of the guard draws from this source: the blind5 set drops every SSA name with 20 or more
bearers (benchmarks/data/make_blind5_names.py), so ``MIN_BEARERS`` must stay at 20 or above.

Kept: names with ``MIN_BEARERS`` or more babies over all years and both sexes, of three
letters or more, letters only, in lower case, minus every word of ``common_words.txt``,
``informal.txt`` and ``not_names.txt``, every place and organisation, the hand-written ``SKIP`` words, and the
names the other two first-name lists already hold. The file keeps each name's number of
babies, for the reader only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"
MIN_BEARERS = 100
# Words in Swedish notes that the SSA also records as names: abbreviations ("reg.nr", "tel"),
# loan words ("case", "via", "chill"), languages ("dari"), countries and regions, which staff
# write often and the Swedish lexicon does not hold as lower-case words.
_SKIP_TEXT = """
    reg tel mob adr avd lgh via case law chill nice cool fail sorry party crush happy lucky
    baby honey sugar angel rich pink cash boss king star sky guy love
    somalia eritrea etiopien syrien irak iran afghanistan turkiet kenya uganda nigeria ghana
    india indien pakistan bangladesh kina china japan asia asien afrika africa america amerika
    europa europe england london paris berlin italia italy spanien spain grekland
    kosovo bosnien serbien kroatien polen ukraina ryssland rumänien bulgarien libanon
    palestina jordan egypten marocko tunisien libyen sudan jemen kurdistan dakota carolina
    virginia georgia florida texas nevada arizona montana alabama indiana tennessee kentucky
    dari farsi urdu hindi pashto somali tigrinja tigrinya amharic arabic persian kurdish
    turkish bengali punjabi tamil sorani kurmanji
"""
SKIP = frozenset(_SKIP_TEXT.split())


def _entries(name: str) -> set[str]:
    """Lower-case first column of one of the guard's lists."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].lower() for line in lines if line and not line.startswith("#")}


def main(directory: Path) -> None:
    """Read the yearly SSA files and write the filtered list."""
    totals: Counter[str] = Counter()
    for path in sorted(directory.glob("yob*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _sex, count = line.split(",")
            totals[name.lower()] += int(count)
    drop: set[str] = set()
    for name in (
        "common_words.txt",
        "informal.txt",
        "not_names.txt",
        "places.txt",
        "organisations.txt",
        "first_names.txt",
        "first_names_wide.txt",
    ):
        drop |= _entries(name)
    kept = {
        name: count
        for name, count in totals.items()
        if count >= MIN_BEARERS
        and len(name) >= 3
        and name.isalpha()
        and name not in drop
        and name not in SKIP
    }
    header = (
        "# First names given to 100 or more babies in the US, 1880-2020 (Social Security\n"
        "# Administration, national baby-name files, public domain), lower case, with that\n"
        "# number; minus ordinary Swedish words, non-names, places, organisations and the\n"
        "# names first_names.txt and first_names_wide.txt hold. scripts/build_world_names.py\n"
    )
    rows = "".join(f"{name}\t{kept[name]}\n" for name in sorted(kept))
    (DATA / "first_names_world.txt").write_text(header + rows, encoding="utf-8")
    print(f"first_names_world.txt: {len(kept)} names")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
