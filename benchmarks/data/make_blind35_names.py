"""Write the name lists of the guard's 'blind35' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as CSV (no code of it
    # is run, nothing installed): shuheilocale/japanese-personal-name-dataset at 9046343
    mkdir -p /tmp/b35src
    for f in first_name_man_org first_name_man_opti first_name_woman_org \
            first_name_woman_opti last_name_org; do
        git -C <clone of shuheilocale/japanese-personal-name-dataset> \
            show 9046343:japanese_personal_name_dataset/dataset/$f.csv > /tmp/b35src/$f.csv
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind35_names.py /tmp/b35src /tmp/ssa/raw-data

Run on main at 9355c3b (a later change to the guard's lists can change the draw); its output
(blind35_first_names.tsv, blind35_last_names.tsv) is committed.

The set is the thirty-fifth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name and
shantdashjian/armenian-names) are not read. Its names come from a source no earlier set and no
guard list used, Japanese given names and family names (people from Japan, and Swedes'
Japanese spouses, live in Sweden, most of them in Stockholm):

- the data files of shuheilocale/japanese-personal-name-dataset at 9046343 (its last commit;
  the files last changed in 26c3a8e), a dataset of Japanese personal names published on PyPI
  as japanese-personal-name-dataset (MIT): ``first_name_man_org.csv`` (5,638 readings of male
  given names) and ``first_name_woman_org.csv`` (3,339 female), each a row of a reading in
  hiragana, a romanisation and the name's spellings in kanji; ``first_name_man_opti.csv`` (702)
  and ``first_name_woman_opti.csv`` (241), its author's pick of the well-known names among
  them; and ``last_name_org.csv`` (1,999 family names: kanji, estimated bearers, reading in
  hiragana, romanisation), whose README names the rankings of myoji-yurai.net (名字由来net) as
  the source. Checked for derivation: a list of readings of names, not a library of fake data
  (its package also has functions that pick a random name from the lists; its code is neither
  read nor run) and none of the forbidden sources. Names are facts, read as data (the files
  are parsed as CSV, only their hiragana read), and nothing is shipped but the drawn names.

Names are written as staff in Sweden copy them from a Japanese passport or residence permit:
in the Hepburn romanisation of Japanese passports, from the source's hiragana (its own
romanisation, which writes long vowels unevenly, is not read): shi, chi, tsu, fu, ji, sha,
cho, jo; ん as n, as m before b, m and p (Homma); っ doubling the next consonant, t before ch;
long vowels not written (おう and おお as o, うう as u: Sato, Ono, Yuki), other vowel pairs
kept (Keiko, Ishii). A reading where such a long vowel is followed by a bare vowel (いのうえ,
こういち: one vowel or two?), one with a small kana other than ゃ, ゅ, ょ and one beginning
with ん or っ are not read. Passports may write a long o as "oh" (Satoh, Ohno): after the draw
a name with a long o is typed so with a chance of one in OH_SHARE (not before an h: Kohei,
never Kohhei); both spellings must be unknown for it to be drawn. Readings that come out as
one spelling are one name. Groups = the file drawn from for first names (``male-popular`` 100
from the male opti file, ``male`` 50 from the rest of the male file; ``female-popular`` 75 and
``female`` 75 likewise; a name in two files is drawn at most once), and the family names'
bearers (``common`` 125: COMMON_BEARERS or more bearers, all kanji of one spelling summed;
``other`` 125), not the bearer's origin.

A name is drawn only if, in lower case, every spelling of it is unknown: every name is dropped
that is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or more
bearers, a name of the sets listed in EARLIER_SETS (blind34's included) or a word of
benchmarks/_guard_corpus.py outside the templates of the sets written at the same time
(OWN_TEMPLATES); names shorter than three letters are dropped, and a fixed number is then drawn
per group with a fixed seed. The blind36, blind37 and blind38 sets were written at the same
time on other branches; their lists were not there to bar and are not read, and their
templates, like this set's own, are left out of the module's words, so that the draw stays the
same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270108
# The repository's commit; the files read are in the source folder.
SOURCE_COMMIT = "9046343"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 35)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind3[5-8]\".*?(?=\nTEMPLATE_SETS = )"
# First-name group: (its file, the file whose names it leaves out, how many are drawn).
FIRST_GROUPS = {
    "male-popular": ("first_name_man_opti", None, 100),
    "male": ("first_name_man_org", "first_name_man_opti", 50),
    "female-popular": ("first_name_woman_opti", None, 75),
    "female": ("first_name_woman_org", "first_name_woman_opti", 75),
}
SURNAME_FILE = "last_name_org"
LAST_GROUPS = {"common": 125, "other": 125}
COMMON_BEARERS = 30000
OH_SHARE = 5
MIN_LETTERS = 3

_ROWS = {
    "": "あいうえお",
    "k": "かきくけこ",
    "g": "がぎぐげご",
    "s": "さしすせそ",
    "z": "ざじずぜぞ",
    "t": "たちつてと",
    "d": "だぢづでど",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
    "m": "まみむめも",
    "r": "らりるれろ",
}
_IRREGULAR = {"し": "shi", "ち": "chi", "つ": "tsu", "ふ": "fu", "じ": "ji", "ぢ": "ji", "づ": "zu"}
MORA: dict[str, str] = {}
for _consonant, _row in _ROWS.items():
    for _kana, _vowel in zip(_row, "aiueo", strict=True):
        MORA[_kana] = _IRREGULAR.get(_kana, _consonant + _vowel)
MORA.update({"や": "ya", "ゆ": "yu", "よ": "yo", "わ": "wa", "を": "o"})
for _kana in "きぎにひびぴみりしじち":
    for _small, _vowel in {"ゃ": "a", "ゅ": "u", "ょ": "o"}.items():
        _stem = MORA[_kana][:-1]
        MORA[_kana + _small] = _stem + _vowel if _kana in "しじち" else _stem + "y" + _vowel
_UNIT = re.compile(r"[きぎにひびぴみりしじち][ゃゅょ]|[^ゃゅょ]")
_VOWELS = set("あいうえお")


def hepburn(kana: str, oh: bool = False) -> str | None:
    """A reading in hiragana in the Hepburn of Japanese passports; None if it is not read.

    ``oh`` writes a long o as "oh", as a passport may.
    """
    units = _UNIT.findall(kana)
    if not units or "".join(units) != kana or units[0] in ("ん", "っ"):
        return None
    out: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        follow = units[i + 1] if i + 1 < len(units) else ""
        if unit == "ん":
            out.append("m" if MORA.get(follow, "")[:1] in ("b", "m", "p") else "n")
        elif unit == "っ":
            nxt = MORA.get(follow, "a")
            if nxt[0] in "aiueo":
                return None
            out.append("t" if nxt.startswith("ch") else nxt[0])
        elif unit in MORA:
            roman = MORA[unit]
            if (roman[-1] == "o" and follow in ("う", "お")) or (
                roman[-1] == "u" and follow == "う"
            ):
                if i + 2 < len(units) and units[i + 2] in _VOWELS:
                    return None
                after = MORA.get(units[i + 2], "") if i + 2 < len(units) else ""
                out.append(roman + ("h" if oh and roman[-1] == "o" and after[:1] != "h" else ""))
                i += 2
                continue
            out.append(roman)
        else:
            return None
        i += 1
    return "".join(out)


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    return name[:1].upper() + name[1:]


def spellings(kana: str) -> set[str]:
    """Every spelling a reading may be typed in, in lower case (empty if it is not read)."""
    plain = hepburn(kana)
    if plain is None:
        return set()
    return {plain, hepburn(kana, oh=True) or plain}


def usable(kana: str, barred: set[str]) -> bool:
    """True if a reading may be drawn: read, three or more letters, every spelling unknown."""
    forms = spellings(kana)
    if not forms or min(len(f) for f in forms) < MIN_LETTERS:
        return False
    return not (forms | {folded(f) for f in forms}) & barred


def read_given(source: Path, file: str) -> dict[str, str]:
    """The readings of a first-name file, by their plain spelling (the first reading kept)."""
    found: dict[str, str] = {}
    with (source / f"{file}.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            plain = hepburn(row[0].strip()) if row else None
            if plain:
                found.setdefault(plain, row[0].strip())
    if not found:
        raise SystemExit(f"no names read from {source / file}.csv")
    return found


def read_family(source: Path) -> dict[str, tuple[str, int]]:
    """The family names by plain spelling: a reading and the bearers of all its kanji."""
    found: dict[str, tuple[str, int]] = {}
    with (source / f"{SURNAME_FILE}.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            plain = hepburn(row[2].strip())
            if plain:
                kana, bearers = found.get(plain, (row[2].strip(), 0))
                found[plain] = (kana, bearers + int(row[1]))
    if not found:
        raise SystemExit(f"no family names read from {source / SURNAME_FILE}.csv")
    return found


def first_pools(source: Path) -> dict[str, dict[str, str]]:
    """The readings of each first-name group, by plain spelling."""
    pools: dict[str, dict[str, str]] = {}
    for group, (file, minus, _count) in FIRST_GROUPS.items():
        names = read_given(source, file)
        left = read_given(source, minus) if minus else {}
        pools[group] = {p: k for p, k in names.items() if p not in left}
    return pools


def last_pools(source: Path) -> dict[str, dict[str, str]]:
    """The readings of each family-name group, by plain spelling."""
    pools: dict[str, dict[str, str]] = {group: {} for group in LAST_GROUPS}
    for plain, (kana, bearers) in read_family(source).items():
        pools["common" if bearers >= COMMON_BEARERS else "other"][plain] = kana
    return pools


def draw(
    rng: random.Random,
    pools: dict[str, dict[str, str]],
    counts: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``counts[g]`` usable readings per group, each typed; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in counts.items():
        pool = sorted(k for k in pools[group].values() if usable(k, known | taken))
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable names in {group}")
        for kana in rng.sample(pool, count):
            forms = spellings(kana)
            taken |= forms | {folded(f) for f in forms}
            oh = len(forms) > 1 and rng.randrange(OH_SHARE) == 0
            drawn.append((typed(hepburn(kana, oh=oh) or ""), group))
    return drawn


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({n.lower() for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind35' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the data files of shuheilocale/japanese-personal-name-dataset at {commit}\n"
        "# (Japanese given names and family names, their hiragana readings written in the\n"
        "# Hepburn of Japanese passports; MIT; names read as data, no code run, only drawn\n"
        "# names ship). Drawn by benchmarks/data/make_blind35_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind35_first_names.tsv", "First names", firsts),
        ("blind35_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    counts: dict[str, int] = {}
    for group, pool in {**first_pools(source), **last_pools(source)}.items():
        counts[f"read/{group}"] = len(pool)
        counts[f"usable/{group}"] = sum(usable(k, known) for k in pool.values())
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    rng = random.Random(SEED)
    taken: set[str] = set()
    first_counts = {group: count for group, (_f, _m, count) in FIRST_GROUPS.items()}
    firsts = draw(rng, first_pools(source), first_counts, known, taken)
    lasts = draw(rng, last_pools(source), LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
