"""Write the name lists of the guard's 'blind11' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install mimesis==22.2.0 \
        gender-guesser==0.4.0 habesha-names==0.2.0     # never into the product's dependencies
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/gen/bin/python benchmarks/data/make_blind11_names.py /tmp/ssa/raw-data

Run on main at 137141d (a later change to the guard's lists can change the draw); its output
(blind11_first_names.tsv, blind11_last_names.tsv) is committed.
The set is the eleventh to measure client names typed in Latin script that no list of the
guard holds; it takes none an earlier set took. Sources and pools are blind9's (``pools()`` of
``make_blind9_names.py``), from packages no guard list was ever built from: mimesis 22.2.0
(MIT), the ``nam_dict.txt`` data file of gender-guesser 0.4.0 (GNU FDL; its GPLv3 code is not
used) and habesha-names 0.2.0 (MIT).

Dropped before the draw, compared in lower case with and without diacritics: every entry of
every file in src/iub/privacy/data, every US SSA baby name with 20 or more bearers, every
name of the sets listed in EARLIER_SETS (blind10's included) and every word of
benchmarks/_guard_corpus.py outside this set's templates. A fixed number is then drawn per
group of origin with a fixed seed. Three Arabic and Persian first names remain, so three are
drawn and more Central Asian and Eritrean ones; fathers' given names serve as surnames; no
Swedish first names are drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_blind8_names import draw_lists, known_names
from make_blind9_names import pools

SEED = 20261215
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    "blind5_",
    "blind6_",
    "blind7_",
    "blind8_",
    "blind9_",
    "blind10_",
)
OWN_TEMPLATES = r"(?s)# A fourteenth set, \"blind11\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "arabic-persian": 3,
    "central-asian": 55,
    "eritrean-ethiopian": 62,
    "balkan": 50,
    "turkish-kurdish": 50,
    "ukrainian": 35,
    "polish": 22,
    "finnish": 23,
}
LAST_GROUPS = {
    "swedish": 30,
    "finnish": 35,
    "polish": 45,
    "balkan": 15,
    "turkish": 10,
    "ukrainian": 30,
    "arabic-patronymic": 15,
    "eritrean-patronymic": 70,
}


def main(ssa_dir: Path) -> None:
    """Draw the two lists (from blind9's pools) and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    draw_lists("blind11", SEED, pools(), (FIRST_GROUPS, LAST_GROUPS), known)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
