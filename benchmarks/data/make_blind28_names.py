"""Write the name lists of the guard's 'blind28' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as text (no code of it
    # is read or run): anastasiia-mozg/Ukrainian-Names-Database at e7e9fc0,
    # data/results/ukrainian_names_database.jsonl; of each of its 905 lines the fields
    # entry_id, name, description.sex and variant_info.official_vars, copied into a TSV
    # (entry_id, sex, name, official variants joined by commas) at /tmp/b28src/entries.tsv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind28_names.py /tmp/b28src/entries.tsv /tmp/ssa/raw-data

Run on main at 71e47cf (a later change to the guard's lists can change the draw); its output
(blind28_first_names.tsv, blind28_last_names.tsv) is committed.

The set is the twenty-eighth to measure client names typed in Latin script that no list of the
guard holds. People from Ukraine are one of the largest groups of newcomers in Sweden, most of
them since 2022. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the
Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, snaerth/icelandic-names and onexcz/czech-names) are not read.
Its names come from a source no earlier set and no guard list used, a dictionary of Ukrainian
given names:

- ``data/results/ukrainian_names_database.jsonl`` of anastasiia-mozg/Ukrainian-Names-Database
  at e7e9fc0 (the file's only stored version), 905 entries parsed from the academic dictionary
  *Vlasni imena liudei* (Skrypnyk and Dziatkivska, Kyiv 2005) after OCR: per entry the
  documentary name in Cyrillic, its sex (male 498, female 407) and its official variants.
  Its companion ``transliterated_ukrainian_names_database.jsonl`` gives each form's official
  transliteration (Ukraine's national system of 2010, KMU 2010, as passports write it) and
  the other spellings of its ``uk_en`` lists (g for h, -iy and -ij for -ii, ya and ja for ia,
  yu and ju for iu ...); the names here are written by ``latin_uk`` of make_blind7_names.py,
  which implements KMU 2010 and gives the file's official transliteration for every form
  checked (OFFICIAL, its first entries). The repository's READMEs state no licence and it has
  no licence file: no licence stated; read as data, nothing shipped but the drawn names. The
  file was read through a code index (no clone could be had); the four fields above were
  copied by hand, with its few OCR errors corrected (a doubled letter, Latin letters among the
  Cyrillic, an accent mark) and OCR junk forms left out; its diminutive ("unofficial")
  variants and etymologies are not read.

A first name's group is the source's sex (male, female), not its bearer's origin. Every
documentary name and official variant is a first name of its entry's sex.

The source has no surnames. Surnames are formed as Ukrainian surnames commonly are, from a
male documentary name or official variant (SUFFIXES, on the Cyrillic name, then written by
KMU 2010):

- the stem: the name without a final а, о or я; a final ь drops and makes the stem soft; a
  final й drops and the stem ends in its vowel (Андрій gives Андрі-);
- -енко (-єнко after a vowel; "son of"), -ук/-юк and -чук (diminutive and patronymic),
  -ович (-йович after a vowel, -евич after a soft stem; the patronymic), -ів (-їв after a
  vowel; the possessive), -ов (-єв after a vowel, -ев after a soft stem; the Russian-style
  possessive common in the east) and -ко: -чук only after a vowel and one of н р л м в,
  -юк and -ко only after a vowel and one consonant (not к г х ч ш щ ж), -ов and -ів not after
  a stem of one syllable and two consonants;
- the women's form: -ова/-єва/-ева for -ов/-єв/-ев; every other form is the same for women.

Groups: ``male`` (masculine forms, 150) and ``female`` (a form a woman bears: -ова/-єва/-ева
or an unchanged one, 100). A given name gives at most one drawn surname, and no drawn
surname's given name is drawn as a first name.

Names are typed with one capital. Staff in Sweden copy the passport spelling most often, but
type some names as the name is said to them: after the draw a name is typed in an
English-style spelling of the source's ``uk_en`` kind (г g, й y, я ya, ю yu, є ye, ї yi) with
a chance of ENGLISH and in a j-spelling of that kind (й j, я ja, ю ju, є je, ї ji) with a
chance of J_SPELLING, if that changes it. A name is drawn only if, in lower case, it is
unknown in all three spellings: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed
in EARLIER_SETS (blind27's included) or a word of benchmarks/_guard_corpus.py outside this
set's templates; names shorter than three letters are dropped, and a fixed number is then
drawn per group with a fixed seed. The blind29 set was written at the same time on another
branch; its lists were not there to bar and are not read, and its templates, like this set's
own, are left out of the module's words (OWN_TEMPLATES), so that the draw stays the same once
both are merged.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded, latin_uk
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270101
SOURCE = "anastasiia-mozg/Ukrainian-Names-Database"
SOURCE_COMMIT = "e7e9fc0"
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 28)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind2[89]\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"male": 150, "female": 100}
ENGLISH = 1 / 4
J_SPELLING = 1 / 8
# The source's official transliterations of its first entries' forms, which latin_uk must give.
OFFICIAL = {
    "Абакум": "Abakum",
    "Август": "Avhust",
    "Августин": "Avhustyn",
    "Авенір": "Avenir",
    "Аверкій": "Averkii",
    "Авер'ян": "Averian",
    "Авило": "Avylo",
    "Авксентій": "Avksentii",
    "Агапій": "Ahapii",
    "Андріян": "Andriian",
    "Адріан": "Adrian",
    "Адольф": "Adolf",
}
CYRILLIC = re.compile(r"[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя']+")
VOWELS = frozenset("аеєиіїоуюя")
HARD_END = frozenset("кгхчшщж")
ENGLISH_MAP = {"г": "g", "й": "y", "я": "ya", "ю": "yu", "є": "ye", "ї": "yi"}
J_MAP = {"й": "j", "я": "ja", "ю": "ju", "є": "je", "ї": "ji"}


def _cyr(name: str) -> str:
    """A source form in lower case with one kind of apostrophe."""
    return name.strip().lower().replace("’", "'").replace("ʼ", "'")


def spelled(name: str, table: dict[str, str]) -> str:
    """A Cyrillic name in Latin letters by KMU 2010 with ``table``'s letters instead."""
    out = []
    for char in _cyr(name):
        out.append(table[char] if char in table else latin_uk(char).lower())
    text = "".join(out).replace("'", "")
    return text[:1].upper() + text[1:]


def spellings(name: str) -> set[str]:
    """The official spelling of a Cyrillic name and its two typed ones."""
    return {latin_uk(_cyr(name)), spelled(name, ENGLISH_MAP), spelled(name, J_MAP)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a Cyrillic name may be drawn: three or more letters, unknown in every spelling."""
    if CYRILLIC.fullmatch(_cyr(name)) is None or len(_cyr(name).replace("'", "")) < 3:
        return False
    return not forms(name) & barred


def forms(name: str) -> set[str]:
    """Every spelling of a Cyrillic name in lower case, with and without diacritics."""
    return {s.lower() for s in spellings(name)} | {folded(s) for s in spellings(name)}


def read(source: Path) -> dict[str, set[str]]:
    """The documentary names and official variants per sex, in Cyrillic."""
    pools: dict[str, set[str]] = {"male": set(), "female": set()}
    for line in source.read_text(encoding="utf-8").splitlines():
        _, sex, name, variants = line.split("\t")
        for form in [name, *filter(None, variants.split(","))]:
            if CYRILLIC.fullmatch(_cyr(form)):
                pools[sex].add(_cyr(form).capitalize())
    if not pools["male"] or not pools["female"]:
        raise SystemExit(f"no names read from {source}")
    return pools


def surnames(given: str) -> dict[str, str]:
    """The masculine surnames formed from one male name (Cyrillic), each with its women's form."""
    word = _cyr(given).replace("'", "")
    soft = False
    if word[-1] in "аоя":
        word = word[:-1]
    elif word[-1] in "ьй":
        soft = word[-1] == "ь"
        word = word[:-1]
    if len(word) < 3:
        return {}
    vowel_end = word[-1] in VOWELS
    one_consonant = not vowel_end and word[-2] in VOWELS
    out: dict[str, str] = {}

    def add(masculine: str, feminine: str | None = None) -> None:
        out[masculine.capitalize()] = (feminine or masculine).capitalize()

    add(word + ("єнко" if vowel_end else "енко"))
    if vowel_end:
        add(word + "йчук")
        add(word + "юк")
        add(word + "йович")
        add(word + "їв")
        add(word + "єв", word + "єва")
        add(word + "йко")
        return out
    if one_consonant and word[-1] in "нрлмв":
        add(word + "чук")
    if one_consonant and word[-1] not in HARD_END:
        add(word + "юк")
        add(word + "ко")
    add(word + ("евич" if soft else "ович"))
    if one_consonant or len(word) > 4:
        add(word + "ів")
        add(word + ("ев" if soft else "ов"), word + ("ева" if soft else "ова"))
    return out


def typed(rng: random.Random, name: str) -> str:
    """A drawn Cyrillic name as one writer types it: passport, English-style or j-spelling."""
    official = latin_uk(_cyr(name))
    roll = rng.random()
    if roll < ENGLISH:
        return spelled(name, ENGLISH_MAP)
    if roll < ENGLISH + J_SPELLING:
        return spelled(name, J_MAP)
    return official


def draw_first(
    rng: random.Random, pool: dict[str, set[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per sex; ``taken`` grows with their spellings."""
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        order = sorted(n for n in pool[group] if usable(n, known))
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
    males: set[str],
    firsts: list[tuple[str, str]],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw the surnames: per group, one form of a shuffled male name, at most once each."""
    drawn_first = {n for n, _ in firsts}
    givens = sorted(g for g in males if g not in drawn_first and surnames(g))
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
            formed = surnames(given)
            options = sorted(formed if group == "male" else set(formed.values()))
            options = [o for o in options if usable(o, known) and not forms(o) & taken]
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


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the typed names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind28' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: data/results/ukrainian_names_database.jsonl of {source} at\n"
        "# {commit}, a dictionary of Ukrainian given names (no licence stated; names read as\n"
        "# data, no code read or run), written in Latin letters by KMU 2010 as passports do,\n"
        "# some typed in the source's English-style or j-spellings. Surnames formed from its\n"
        "# male names by Ukrainian surname morphology (-enko, -chuk, -yuk, -ovych, -iv, -ov,\n"
        "# -ko; women -ova/-eva); drawn by benchmarks/data/make_blind28_names.py (seed {seed})\n"
        "# after dropping every name the guard's lists, the SSA baby names with 20 or more\n"
        "# bearers, any other evaluation set or _guard_corpus.py hold. Second column: the pool\n"
        "# drawn from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind28_first_names.tsv", "First names", firsts),
        ("blind28_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, source=SOURCE, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def check_official() -> None:
    """Stop unless latin_uk gives the source's official transliteration of the checked forms."""
    wrong = {k: latin_uk(_cyr(k)) for k, v in OFFICIAL.items() if latin_uk(_cyr(k)) != v}
    if wrong:
        raise SystemExit(f"latin_uk differs from the source's transliteration: {wrong}")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = read(source)
    counts = {f"first/{g}": sum(usable(n, known) for n in pools[g]) for g in FIRST_GROUPS}
    formed = [surnames(g) for g in pools["male"]]
    counts["last/male"] = sum(any(usable(m, known) for m in f) for f in formed)
    counts["last/female"] = sum(any(usable(w, known) for w in f.values()) for f in formed)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    check_official()
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = read(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, pools, known, taken)
    lasts = draw_last(rng, pools["male"], firsts, known, taken)
    typed_firsts = [(typed(rng, n), g) for n, g in firsts]
    typed_lasts = [(typed(rng, n), g) for n, g in lasts]
    write_lists(typed_firsts, typed_lasts, known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
