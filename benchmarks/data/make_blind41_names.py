"""Write the name lists of the guard's 'blind41' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of it
    # is run, nothing installed): manasivaraiya/bengali-female-vs-male-names at 541dc3e
    mkdir -p /tmp/b41src
    git -C <clone of manasivaraiya/bengali-female-vs-male-names> show 541dc3e:db/male.txt \
        > /tmp/b41src/male.txt
    git -C <clone of manasivaraiya/bengali-female-vs-male-names> show 541dc3e:db/female.txt \
        > /tmp/b41src/female.txt
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind41_names.py /tmp/b41src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind41_first_names.tsv, blind41_last_names.tsv) is committed. Drawn again before its first
run, on main at e1f988c, with the names of blind40, blind42, blind43 and blind44 (written at
the same time, merged first) excluded: one name was in blind42 too. The first draw reproduced
byte for byte with the lists of f9d3f63 before.

The set is the forty-first to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name,
shantdashjian/armenian-names, shuheilocale/japanese-personal-name-dataset,
JumpStartGeorgia/Georgian-Names, ajalamarvellous/Yoruba-Names, datasets-br/prenomes and
Tremocex/ALL_NAMES_PORTUGAL) are not read. Its names come from a source no earlier set and no
guard list used, Bengali names of Bangladesh and West Bengal (people from Bangladesh live and
work in Sweden):

- ``db/male.txt`` and ``db/female.txt`` of manasivaraiya/bengali-female-vs-male-names at
  541dc3e (its last commit; male.txt last changed in c3873d5, female.txt in a4ed62c), a fork of
  faruk-ahmad/bengali-female-vs-male-names: a dataset for classifying names by sex, one name a
  line in Bengali script, 1,029 male lines (given names, and full names of Bangladeshi and
  Bengali writers, musicians, actors and scientists) and 1,001 female lines (given names; the
  fork dropped their surnames), collected by its author from Wikipedia and baby-name web
  sites. MIT (the repository's LICENSE file). The CSV built from them and the notebooks are
  not read.

Names are written in Latin letters as Bangladeshi and Indian passports commonly write Bengali
names (``to_latin``): the inherent vowel as a, dropped at the end of a word after a single
consonant and, read from the end, inside a word between a vowel and a single consonant that
keeps its own vowel (Rahman, Akbar, but Milan), and before a vowel letter;
consonants as they are commonly spelt (ক k, খ kh, চ and ছ ch, জ j, য z, য় y, ত and ট t, দ
and ড d, শ and ষ sh, ফ f, ভ bh, ড় r, ং ng), ্য after a consonant as y, ্ব after s, sh, j, d,
t or dh as w (Swapan, Biswas), ক্ব as k; vowel signs a, i, u, e, o, oi, ou, ri; "oya" as "owa"
(a word's first "oya" as "wa"), a word's first "iy" as "y" and "iu" as "yu".
Words with other letters (hyphenated names) are not read; spellings that come out alike are
one name. First names: male, the one-word lines of ``male.txt`` and the first words of its
longer lines that are no title or prefix (``PREFIXES``: Mohammad, Abu, Abdul, Syed, Khandakar
and the like); female, every line of ``female.txt``; a name in both is drawn at most once.
Surnames: family, the last words of ``male.txt``'s longer lines (Bengali family names and the
second names Bangladeshis pass on as family names); father, the male first names, as many
Bangladeshi families take a father's given name as their family name; none also drawn as a
first name.

Names are typed with one capital, as a Swedish writer copies them. A name is drawn only if, in
lower case, it is unknown: every name is dropped that is an entry or a word of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind38's included) or a word of benchmarks/_guard_corpus.py outside the
templates of the sets written at the same time (OWN_TEMPLATES), each with and without
diacritics; names shorter than three letters are dropped, and a fixed number is then drawn per
group with a fixed seed. The blind39, blind40 and blind42 to blind44 sets were written at the
same time on other branches; their lists were not there to bar and are not read, and their
templates, like this set's own, are left out of the module's words, so that the draw stays the
same once all are merged.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270114
# The repository's commit; the files read are in the source folder.
SOURCE = ("manasivaraiya/bengali-female-vs-male-names", "541dc3e", "male.txt", "female.txt")
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 39)),
    # written at the same time and merged first; a name in both came to light at the merge
    "blind40_",
    "blind42_",
    "blind43_",
    "blind44_",
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(?:39|4[0-4])\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"male": 140, "female": 160}
LAST_GROUPS = {"family": 90, "father": 160}
LATIN = re.compile(r"[a-z]+")

# Bengali script to Latin letters, as Bengali names are commonly spelt in passports.
CONSONANTS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "ch", "জ": "j",
    "ঝ": "jh", "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t",
    "থ": "th", "দ": "d", "ধ": "dh", "ন": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "bh",
    "ম": "m", "য": "z", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh", "স": "s", "হ": "h",
    "\u09dc": "r", "\u09dd": "rh", "\u09df": "y", "ৎ": "t",
}  # fmt: skip
VOWELS = {
    "অ": "a", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e",
    "ঐ": "oi", "ও": "o", "ঔ": "ou",
}  # fmt: skip
SIGNS = {
    "া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi",
    "ো": "o", "ৌ": "ou",
}  # fmt: skip
VIRAMA = "্"
NUKTA = {"\u09a1": "\u09dc", "\u09a2": "\u09dd", "\u09af": "\u09df"}
SILENT = "ঁঃ\u200c\u200d"
# Titles and prefixes that open a full name and are no given name on their own.
PREFIXES = {
    "মোহাম্মদ", "মুহম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "আবু", "আবুল", "আবদুল", "আব্দুল",
    "আব্দুর", "আবদুর", "আবদুশ", "আব্দুস", "সৈয়দ", "খন্দকার", "খোন্দকার", "কাজী", "শেখ",
    "মীর", "মৌলভী", "মুন্সী", "এম", "এস", "এ", "এটিএম", "আল",
}  # fmt: skip


def _units(word: str) -> list[list] | None:
    """The word as units [kind, consonants, vowel]: V a vowel, C a consonant cluster, N ং."""
    word = unicodedata.normalize("NFC", word)
    for base, full in NUKTA.items():
        word = word.replace(base + "\u09bc", full)
    word = word.replace("ক্ব", "ক")
    units: list[list] = []
    i = 0
    while i < len(word):
        char = word[i]
        if char in VOWELS:
            units.append(["V", [], VOWELS[char]])
            i += 1
        elif char in CONSONANTS:
            cluster = [char]
            i += 1
            while i + 1 < len(word) and word[i] == VIRAMA and word[i + 1] in CONSONANTS:
                cluster.append(word[i + 1])
                i += 2
            if i < len(word) and word[i] == VIRAMA:
                units.append(["C", cluster, ""])
                i += 1
            elif i < len(word) and word[i] in SIGNS:
                units.append(["C", cluster, SIGNS[word[i]]])
                i += 1
            else:
                units.append(["C", cluster, None])
        elif char == "ং":
            units.append(["N", [], "ng"])
            i += 1
        elif char in SILENT:
            i += 1
        else:
            return None
    return units


def _cluster(cluster: list[str]) -> str:
    """A cluster's letters: ্য after a consonant as y, ্ব after s, sh, j, d, t or dh as w."""
    out = ""
    for k, char in enumerate(cluster):
        if char == "য" and k:
            out += "y"
        elif char == "ব" and k and cluster[k - 1] in "সশজদতধ":
            out += "w"
        elif char == "ক" and k + 1 < len(cluster) and cluster[k + 1] == "ষ":
            out += "k"
        else:
            out += CONSONANTS[char]
    return out


def to_latin(word: str) -> str | None:
    """A Bengali word in Latin letters, lower case; None if it has other letters."""
    units = _units(word)
    if not units:
        return None
    last = len(units) - 1
    # The inherent vowel, from the end: dropped after a single final consonant, and between a
    # vowel and a single consonant that keeps its own vowel (Rahman, Akbar, but Milan).
    for j in range(last, -1, -1):
        kind, cluster, vowel = units[j]
        if kind != "C" or vowel is not None:
            continue
        if j == 0:
            units[j][2] = "a"
        elif j == last:
            units[j][2] = "a" if len(cluster) > 1 else ""
        elif units[j + 1][0] == "V":
            units[j][2] = ""
        else:
            before, after = units[j - 1], units[j + 1]
            voiced = before[0] == "V" or (before[0] == "C" and before[2] != "")
            free = after[0] == "C" and len(after[1]) == 1 and after[2] != ""
            units[j][2] = "" if len(cluster) == 1 and voiced and free else "a"
    text = "".join(
        v if kind == "V" else "ng" if kind == "N" else _cluster(c) + (v or "")
        for kind, c, v in units
    )
    text = re.sub(r"^iy|^i(?=u)", "y", text)
    text = re.sub(r"^oya", "wa", text)
    text = text.replace("aoya", "awa").replace("oya", "owa")
    text = re.sub(r"^oy", "w", text)
    text = text.replace("ngg", "ng").replace("ngk", "nk").replace("shw", "sw")
    for double in ("aa", "ii", "uu"):
        text = text.replace(double, double[0])
    return text if LATIN.fullmatch(text) else None


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    return name[:1].upper() + name[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written and without diacritics."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    return len(name) >= 3 and not forms(name) & barred


def _lines(source: Path, file: str) -> list[list[str]]:
    """The source file's lines as lists of words."""
    text = (source / file).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip()]


def _names(words: list[str]) -> list[str]:
    """The words in Latin letters, typed, each once, in the file's order."""
    latin = (to_latin(w) for w in words)
    return list(dict.fromkeys(typed(n) for n in latin if n))


def read_pools(source: Path) -> dict[str, list[str]]:
    """The groups' names in the files' order: male, female, family; father as male."""
    male_lines = _lines(source, SOURCE[2])
    female_lines = _lines(source, SOURCE[3])
    male = [line[0] for line in male_lines if line[0] not in PREFIXES]
    family = [line[-1] for line in male_lines if len(line) > 1]
    female = [line[0] for line in female_lines if len(line) == 1]
    pools = {"male": _names(male), "female": _names(female), "family": _names(family)}
    pools["father"] = list(pools["male"])
    return pools


def draw(
    rng: random.Random,
    pools: dict[str, list[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        pool = sorted(n for n in pools[group] if usable(n, known | taken))
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name)
        drawn += [(n, group) for n in pick]
    return drawn


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind41' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: db/male.txt and db/female.txt of manasivaraiya/bengali-female-vs-male-names\n"
        "# at {commit} (Bengali names in Bengali script, collected from Wikipedia and baby-name\n"
        "# sites; MIT), written in Latin letters as passports commonly spell Bengali names;\n"
        "# names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind41_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind41_first_names.tsv", "First names", firsts),
        ("blind41_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def barred(ssa_dir: Path) -> set[str]:
    """``known_names`` and every word of every file in the guard's data folder."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            words = re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))
            known |= {w.lower() for w in words} | {folded(w) for w in words}
    return known


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    counts: dict[str, int] = {}
    for group, names in read_pools(source).items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    pools = read_pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw(rng, pools, FIRST_GROUPS, known, taken)
    lasts = draw(rng, pools, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
