"""Write the name lists of the guard's 'blind9' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install mimesis==22.2.0 \
        gender-guesser==0.4.0 habesha-names==0.2.0     # never into the product's dependencies
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/gen/bin/python benchmarks/data/make_blind9_names.py /tmp/ssa/raw-data

Run once, on main at 435dd08 (the guard's lists as they were then: a later change to them
changes the draw); its output (blind9_first_names.tsv, blind9_last_names.tsv) is committed. Like
blind6 to blind8, the set measures names of clients of Swedish social services, typed in
Latin script, that no list of the guard holds, and takes only names no earlier set took. Its
sources are blind8's, none of which any guard list was built from, read the same way
(``make_blind8_names.py``): mimesis 22.2.0 (MIT; Ukrainian names transliterated by KMU 2010),
Jörg Michael's ``nam_dict.txt`` as shipped in gender-guesser 0.4.0 (the data file: GNU Free
Documentation License; the package's GPLv3 code is not used), habesha-names 0.2.0 (MIT).

Every name the guard's lists (every file in src/iub/privacy/data), the US SSA baby names with
20 or more bearers, any other evaluation set's list (blind8's included) or any word of
benchmarks/_guard_corpus.py outside this set's own templates hold is dropped, compared in
lower case with and without diacritics; then a fixed number is drawn per group of origin
with a fixed seed. The earlier sets left few Arabic and Persian names, so this set draws fewer
of them and more Central Asian ones, and its patronymic surnames come from the male names of
the Arabia/Persia and Central Asia columns. It draws no Swedish first names: those no guard list
holds are, in these sources, old or dialect spellings no client bears today.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_blind8_names import _nam_dict, draw_lists, known_names, source_pools

SEED = 20261213
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = ("eval_", "holdout_", "unseen_", "blind5_", "blind6_", "blind7_", "blind8_")
OWN_TEMPLATES = r"(?s)# A twelfth set, \"blind9\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "arabic-persian": 30,
    "central-asian": 50,
    "eritrean-ethiopian": 55,
    "balkan": 45,
    "turkish-kurdish": 45,
    "ukrainian": 35,
    "polish": 20,
    "finnish": 20,
}
LAST_GROUPS = {
    "swedish": 30,
    "finnish": 30,
    "polish": 30,
    "balkan": 30,
    "turkish": 30,
    "ukrainian": 30,
    "arabic-patronymic": 25,
    "eritrean-patronymic": 45,
}


def pools() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """blind8's pools, with fathers' names from the Central Asian male names too."""
    first_pools, last_pools = source_pools()
    # Few Arabic and Persian male names are left: fathers' names come from Central Asia too.
    nam, nam_male = _nam_dict()
    last_pools["arabic-patronymic"] = (nam["arabia"] | nam["the_stans"]) & nam_male
    return first_pools, last_pools


def main(ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    draw_lists("blind9", SEED, pools(), (FIRST_GROUPS, LAST_GROUPS), known)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
