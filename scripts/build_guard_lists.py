"""Build the identity guard's word lists once, from public name statistics and a Swedish lexicon.

Run by hand when a source changes (the product never imports Faker or reads hunspell at run
time; it reads the plain text files this script writes to ``src/iub/privacy/data/``):

    pip install faker            # temporarily, into any venv
    apt-get install hunspell-sv  # the LibreOffice Swedish dictionary (LGPL-3)
    python scripts/build_guard_lists.py

Why each list exists:
- ``first_names.txt`` / ``last_names.txt``: Faker's sv_SE person provider, whose lists are
  Isof's top-500 first names (2023) and Skatteverket's top-500 surnames (2025).
- ``common_words.txt``: lower-case stems from hunspell-sv, so that "bo", "stig" and "vilja" are
  known to be ordinary words when they start a sentence.
- ``places.txt``: localities and municipalities from ``src/iub/data/geo`` (CC0) and Faker's
  city list, so that "i Farsta" is a place, not a person.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"
GEO = ROOT / "src" / "iub" / "data" / "geo"
HUNSPELL = Path("/usr/share/hunspell/sv_SE.dic")

# hunspell-sv flags: '%' marks a forbidden word, '¤' a stem that never stands alone.
_SKIP_FLAGS = ("%", "¤")


def _write(name: str, words: set[str], header: str) -> None:
    """Write one sorted list with a provenance header, one entry a line."""
    path = DATA / name
    lines = [f"# {line}" for line in header.strip().splitlines()]
    path.write_text("\n".join([*lines, *sorted(words)]) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)} entries")


def _faker_lists() -> tuple[set[str], set[str], set[str]]:
    """Return first names, surnames and cities from Faker's sv_SE providers."""
    from faker.providers.address.sv_SE import Provider as Address
    from faker.providers.person.sv_SE import Provider as Person

    first = set(Person.first_names_female) | set(Person.first_names_male)
    last = set(Person.last_names)
    return first, last, set(Address.cities)


def _hunspell_common_words(dic: Path) -> set[str]:
    """Return the lower-case entries of the hunspell dictionary, without affix flags."""
    words: set[str] = set()
    with dic.open(encoding="utf-8") as handle:
        next(handle)  # the first line is the entry count
        for line in handle:
            word, _, flags = line.rstrip("\n").partition("/")
            if any(flag in flags for flag in _SKIP_FLAGS):
                continue
            if not word or not word[0].islower() or re.search(r"[\d.]", word):
                continue
            words.add(word)
    return words


def _places(cities: set[str], first_names: set[str]) -> set[str]:
    """Return Swedish localities and municipality names, minus those that are first names."""
    places = set(cities)
    with (GEO / "postal_to_municipality.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            places.add(row["locality"].strip().title())
    with (GEO / "municipalities.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            places.add(row["municipality_name_short"].strip())
    # A locality that is also a common first name ("Maria") must not hide the person.
    return {p for p in places if p and p not in first_names}


def main() -> None:
    """Write every list; fail loudly if a source is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, default=HUNSPELL)
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    first, last, cities = _faker_lists()
    _write(
        "first_names.txt",
        first,
        "Swedish first names: Isof top-500 female and male (2023), via Faker sv_SE (MIT).",
    )
    _write(
        "last_names.txt",
        last,
        "Swedish surnames: Skatteverket top-500 (2025), via Faker sv_SE (MIT).",
    )
    _write(
        "common_words.txt",
        _hunspell_common_words(args.hunspell),
        "Lower-case Swedish words: hunspell-sv (LibreOffice sv_SE, Göran Andersson), LGPL-3.",
    )
    _write(
        "places.txt",
        _places(cities, first),
        "Swedish localities and municipalities: sjbrg/swedish-geodata (CC0), Faker sv_SE cities.",
    )


if __name__ == "__main__":
    main()
