"""Write the name lists of the guard's 'blind27' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as text (no code of
    # it is run): onexcz/czech-names at 584f273
    mkdir -p /tmp/b27src/cz
    for f in boys girls; do
        git -C <clone of onexcz/czech-names> show 584f273:public/data/$f.csv \
            > /tmp/b27src/cz/$f.csv
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind27_names.py /tmp/b27src /tmp/ssa/raw-data

Run on main at 3400ed7 (a later change to the guard's lists can change the draw); its output
(blind27_first_names.tsv, blind27_last_names.tsv) is committed.

The set is the twenty-seventh to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the
Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names and
ivkeapp/serbian-dictionary-api) are not read. Its names come from a source no earlier set and
no guard list used, the given names registered in Czechia:

- the two data files of onexcz/czech-names at 584f273 (its last commit; both added in
  632039a, girls.csv changed since only in 573bdde, which added one name), a small web page
  for choosing a child's name: ``public/data/boys.csv`` (2,282 boys' names) and
  ``public/data/girls.csv`` (2,822 girls' names), one name a line in capitals, with the Czech
  háčky and čárky. The repository states no licence (no licence file; its README is Vite's
  template and its package.json is private and names none); no licence stated: names are
  facts, read as data (the files are read as text, no code of it is run), and nothing is
  shipped but the drawn names. Its ``neutral.csv`` (some 4,200 names, many of them
  Greenlandic, Turkish and others no Czech list of given names holds) is not read, nor its
  per-year folders.

A first name's group is its file (male, female), not its bearer's origin. Only names written
in the Czech alphabet are read (a to z and á č ď é ě í ň ó ř š ť ú ů ý ž): names with ł, ľ,
ö, ü, ş and other letters of neighbouring languages, spaces or apostrophes are not.

The source has no surnames. Surnames are formed as Czech surnames commonly are, from a given
name of ``boys.csv`` written the Czech way (three to eight letters of the Czech alphabet, with
one of its marks or a Slavic ending, SLAVIC_ENDINGS: the register's list holds foreign names
too, and a Czech suffix on those gives no Czech surname) by Czech surname morphology
(SUFFIXES):

- the stem: the name without its final vowel; a mobile e or ě before a final l, k, c or n
  after a consonant drops (as Pavel gives Pavl-), in names of five letters or more;
- before the front suffixes -ek and -ík the stem's last consonant softens as in Czech
  (k č, h ž, ch š, g ž, r after a consonant ř);
- the masculine surname is the stem with -ek, -ík, -ák, -ka (diminutive and agent suffixes)
  or -ů (the old possessive genitive plural, "of the family of", as written in Czech
  surnames, the commonest surname form of the -ův family of possessives): -ka is not added
  to a stem ending in k, nor -ák or -ka to one ending in j;
- the feminine surname is the masculine one with -ová (-ek and -ka lose their e and a: -ková;
  -ík -íková, -ák -áková); a -ů surname is the same for women and is only masculine here.

Groups: ``male`` (the masculine forms) and ``female`` (the -ová forms). A given name gives at
most one drawn surname, and no drawn surname's given name is drawn as a first name.

Names are typed with one capital. Staff in Sweden write Czech names both with and without
their diacritics: after the draw a name with č ř š ž ě ů á í é ý ď ť ň ó ú keeps them with a
chance of one in two (KEEP_DIACRITICS), otherwise every mark is dropped (č as c, ř r, ů u and
so on). A name is drawn only if, in lower case, it is unknown with its diacritics and without
them: every name is dropped that is an entry of any file in src/iub/privacy/data, a US SSA
baby name with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind25's
included) or a word of benchmarks/_guard_corpus.py outside this set's templates; names
shorter than three letters are dropped, and a fixed number is then drawn per group with a
fixed seed. The blind26 set was written at the same time on another branch; its lists were
not there to bar and are not read, and its templates, like this set's own, are left out of the
module's words (OWN_TEMPLATES), so that the draw stays the same once both are merged.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261231
# The files' commit; the files read are ``cz/boys.csv`` and ``cz/girls.csv`` in the source
# folder.
SOURCE_COMMIT = "584f273"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either (nor
# blind26's, written at the same time; whichever of the two comes first in the module, the
# match runs from it to the end of the sets).
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
    "blind11_",
    "blind12_",
    "blind13_",
    "blind14_",
    "blind15_",
    "blind16_",
    "blind17_",
    "blind18_",
    "blind19_",
    "blind20_",
    "blind21_",
    "blind22_",
    "blind23_",
    "blind24_",
    "blind25_",
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind2[67]\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"male": 150, "female": 100}
FILES = {"male": "boys.csv", "female": "girls.csv"}
KEEP_DIACRITICS = 1 / 2
CZECH = re.compile(r"[a-záčďéěíňóřšťúůýž]+")
CZECH_MARKS = frozenset("áčďéěíňóřšťúůýž")
VOWELS = frozenset("aeiouyáéěíóúůý")
# Masculine surname suffixes (Czech diminutive, agent and possessive forms).
SUFFIXES = ("ek", "ík", "ák", "ka", "ů")
# Endings of Slavic given names written without a mark (Bohuslav, Ctibor, Pavel ...).
SLAVIC_ENDINGS = ("slav", "mil", "bor", "voj", "hor", "ek", "el")
# The softening of a stem's last consonant before -ek and -ík.
SOFTEN = (("ch", "š"), ("k", "č"), ("h", "ž"), ("g", "ž"))


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of Czech letters, three or more, unknown."""
    if len(name) < 3 or CZECH.fullmatch(name.lower()) is None:
        return False
    return not {name.lower(), folded(name)} & barred


def stem(name: str) -> str | None:
    """The stem a Czech surname is formed on, or None if the name gives none."""
    word = name.lower()
    if word[-1] in VOWELS:
        word = word[:-1]
    if re.search(r"[^aeiouyáéěíóúůý][eě][lkcn]$", word) and len(word) >= 5:
        word = word[:-2] + word[-1]
    if len(word) < 2 or word[-1] in VOWELS:
        return None
    return word


def soft(word: str) -> str:
    """The stem with its last consonant softened, as before -ek and -ík."""
    for hard, softened in SOFTEN:
        if word.endswith(hard):
            return word[: -len(hard)] + softened
    if re.search(r"[^aeiouyáéěíóúůý]r$", word):
        return word[:-1] + "ř"
    return word


def surnames(given: str) -> dict[str, str]:
    """The masculine surnames formed from one given name, each with its feminine form ('')."""
    base = stem(given)
    if base is None:
        return {}
    out: dict[str, str] = {}
    for suffix in SUFFIXES:
        if suffix == "ka" and base.endswith("k"):
            continue
        if suffix in ("ák", "ka") and base.endswith("j"):
            continue
        word = (soft(base) if suffix in ("ek", "ík") else base) + suffix
        if suffix in ("ek", "ka"):
            feminine = word[:-2] + "ková"
        elif suffix == "ů":
            feminine = ""
        else:
            feminine = word + "ová"
        out[typed(word)] = typed(feminine) if feminine else ""
    return out


def czech_base(given: str) -> bool:
    """True if a boys' name is written the Czech way, so a surname may be formed from it."""
    word = given.lower()
    if not 3 <= len(word) <= 8 or CZECH.fullmatch(word) is None:
        return False
    return bool(CZECH_MARKS & set(word)) or word.endswith(SLAVIC_ENDINGS)


def read(source: Path, group: str) -> set[str]:
    """The names of one file of the source, with one capital."""
    path = source / "cz" / FILES[group]
    names = {typed(n) for n in path.read_text(encoding="utf-8").splitlines() if n.strip()}
    if not names:
        raise SystemExit(f"no names read from {path}")
    return names


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, dict[str, str]]]:
    """The first-name pools per file, and per boys' name the surnames formed from it."""
    first = {g: read(source, g) for g in FIRST_GROUPS}
    boys = {b for b in first["male"] if czech_base(b)}
    return first, {b: surnames(b) for b in sorted(boys)}


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: with its diacritics and without them."""
    return {name.lower(), folded(name)}


def draw_first(
    rng: random.Random, pool: dict[str, set[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per file; ``taken`` grows with them.

    Names are taken in a shuffled order, skipping one that is typed like a name already taken
    (two spellings of one name), so no two drawn names fold to the same word.
    """
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        order = sorted(n for n in pool[group] if usable(n, known | taken))
        rng.shuffle(order)
        pick: list[str] = []
        for name in order:
            if len(pick) < count and not forms(name) & taken:
                pick.append(name)
                taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable first names in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random,
    formed: dict[str, dict[str, str]],
    firsts: list[tuple[str, str]],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw the surnames: per group, one form of a shuffled given name, at most once each."""
    drawn_first = {folded(n) for n, _ in firsts}
    givens = [g for g in formed if folded(g) not in drawn_first]
    rng.shuffle(givens)
    used: set[str] = set()
    drawn: list[tuple[str, str]] = []
    for group, count in LAST_GROUPS.items():
        pick: list[str] = []
        for given in givens:
            if len(pick) == count:
                break
            if given in used:
                continue
            masculine = formed[given]
            options = sorted(masculine if group == "male" else {f for f in masculine.values() if f})
            options = [o for o in options if usable(o, known | taken)]
            if not options:
                continue
            name = rng.choice(options)
            pick.append(name)
            used.add(given)
            taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable surnames in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def as_typed(rng: random.Random, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each drawn name as one writer types it: with its diacritics, or without them."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        if CZECH_MARKS & set(name.lower()) and rng.random() >= KEEP_DIACRITICS:
            name = typed(folded(name))
        out.append((name, group))
    return out


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind27' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: public/data/boys.csv and girls.csv of onexcz/czech-names at {commit},\n"
        "# given names registered in Czechia (no licence stated; names read as data, no code\n"
        "# run). Surnames formed from its boys' names by Czech surname morphology (-ek, -ík,\n"
        "# -ák, -ka, -ů; women -ová). Typed as staff in Sweden type, with or without the\n"
        "# diacritics; drawn by benchmarks/data/make_blind27_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind27_first_names.tsv", "First names", firsts),
        ("blind27_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, formed = pools(source)
    counts = {f"first/{g}": sum(usable(n, known) for n in first[g]) for g in FIRST_GROUPS}
    counts["last/male"] = sum(any(usable(m, known) for m in f) for f in formed.values())
    counts["last/female"] = sum(
        any(usable(w, known) for w in f.values() if w) for f in formed.values()
    )
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, formed = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, first_pool, known, taken)
    lasts = draw_last(rng, formed, firsts, known, taken)
    write_lists(as_typed(rng, firsts), as_typed(rng, lasts), known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
