"""Build ``places_geo.txt``: the world's countries and capitals, and Sweden's regions.

    git clone https://github.com/umpirsky/country-list /tmp/country-list
    git -C /tmp/country-list checkout 4d8f875
    git clone https://github.com/annexare/Countries /tmp/countries
    git -C /tmp/countries checkout 99f4946
    python scripts/build_geo_places.py /tmp/country-list /tmp/countries

Why: notes name where a family comes from, where it went in the summer and where a relative
lives ("åkte till Kreta", "mormor bor kvar i Charkiv", "semester på Öland"). The hand-written
``places_world.txt`` holds the countries and cities of origin staff name most; a country,
capital, Swedish province or island it lacked was read after "till" or "om" as a person. This
list is built from sources, not from any evaluation set's notes:

- every country and territory in Swedish, from the Unicode CLDR names as packaged in
  umpirsky/country-list (``data/sv/country.csv``, MIT), with a short form where the name is
  two countries or has a parenthesis ("Bosnien och Hercegovina" also gives nothing new,
  "Myanmar (Burma)" gives "Myanmar" and "Burma");
- every capital, as annexare/Countries spells it in English (``dist/countries.min.json``,
  MIT), since staff copy an English spelling as often as a Swedish one;
- by hand (``_SWEDEN`` and ``_ABROAD`` below): Sweden's provinces and counties, islands,
  lakes, mountains and holiday areas, the Swedish names of capitals and large cities, the
  Ukrainian and other cities newcomers now come from, and the places families travel to.

Places of three words or more are left out: the name detector looks places up one word or
two at a time. So is every place that is a name of an evaluation set of ``benchmarks/guard.py``
(``benchmarks/data``), in lower case with and without diacritics: those sets were drawn to hold
no entry of the guard's lists, and a test keeps them so (``tests/privacy/test_benchmark.py``).
Rerun the script after a new set lands.

Unlike ``places_world.txt``, every entry is a place only after a place preposition ("kom från
Lima", "åkte till Kreta"; ``guard/names.py``, ``_world_place``): people are called by
cities' and countries' names too, and such a list can never hide a person who is named
("Santiago ringde", "kompisen Odesa").
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "iub" / "privacy" / "data" / "places_geo.txt"
EVALUATION_NAMES = ROOT / "benchmarks" / "data"
COUNTRY_LIST_COMMIT = "4d8f87526c891a7b110b530eabf910c3f7468ad6"
COUNTRIES_COMMIT = "99f49467c2f6571d0f0cc94268f4da81b65dc178"

_SWEDEN = """
    Skåne, Blekinge, Halland, Småland, Öland, Gotland, Västergötland, Östergötland, Bohuslän,
    Dalsland, Värmland, Närke, Södermanland, Sörmland, Uppland, Västmanland, Dalarna,
    Gästrikland, Hälsingland, Härjedalen, Jämtland, Medelpad, Ångermanland, Västerbotten,
    Norrbotten, Lappland, Norrland, Svealand, Götaland, Roslagen, Bergslagen, Österlen,
    Tornedalen, Sápmi, Västra Götaland, Kalmar län, Stockholms län, Skåne län,
    Höga kusten, Bjärehalvön, Kullaberg, Kullen, Söderåsen, Hallandsåsen, Romeleåsen,
    Kinnekulle, Billingen, Omberg, Tiveden, Kolmården, Tyresta, Fulufjället, Sarek, Padjelanta,
    Kebnekaise, Abisko, Riksgränsen, Björkliden, Hemavan, Tärnaby, Storlien, Funäsdalen,
    Vemdalen, Sälen, Idre, Branäs, Romme, Orsa, Rättvik, Mora, Leksand, Tällberg, Siljan,
    Vänern, Vättern, Mälaren, Hjälmaren, Storsjön, Torneträsk, Bolmen, Åsnen, Ringsjön,
    Fårö, Gotska Sandön, Ven, Orust, Tjörn, Marstrand, Koster, Styrsö, Donsö, Vrångö, Brännö,
    Värmdö, Ingarö, Utö, Sandhamn, Möja, Ljusterö, Vaxholm, Grinda, Arholma, Landsort,
    Hallands Väderö, Hanö, Visingsö, Sturkö, Tjurkö, Aspö, Hasslö,
    Östersjön, Västerhavet, Kattegatt, Skagerrak, Öresund, Bottenviken, Bottenhavet,
    Norrström, Dalälven, Klarälven, Göta älv, Ljusnan, Indalsälven, Torneälven,
    Stockholms skärgård, Göteborgs skärgård, Skansen, Djurgården, Slottsskogen,
    Kungsträdgården, Humlegården, Hagaparken, Ekoparken, Skatås, Delsjön, Pildammsparken,
    Ribersborg, Kungsparken, Stadsparken, Folkets park
"""
_ABROAD = """
    Peking, Köpenhamn, Aten, Rom, Bryssel, Lissabon, Alger, Kairo, Prag, Wien, Bern, Genève,
    Zürich, Paris, London, Madrid, Amsterdam, Haag, Rotterdam, Hamburg, München, Frankfurt,
    Stuttgart, Düsseldorf, Köln, Dresden, Leipzig, Barcelona, Valencia, Sevilla, Malaga,
    Marbella, Milano, Venedig, Turin, Neapel, Pisa, Verona, Bologna, Nice, Marseille, Lyon,
    Porto, Dublin, Edinburgh, Manchester, Liverpool, Birmingham, Glasgow, Reykjavik, Tallinn,
    Riga, Vilnius, Kaunas, Gdynia, Sopot, Szczecin, Lublin, Katowice, Budapest, Bratislava,
    Ljubljana, Split, Dubrovnik, Pula, Zadar, Novi Sad, Niš, Podgorica, Ohrid, Durrës, Vlorë,
    Prizren, Peja, Gjakova, Ferizaj, Mitrovica, Gjilan, Bitola, Tetovo, Kumanovo,
    Odesa, Zaporizjzja, Zaporizjia, Cherson, Kherson, Mykolajiv, Mykolaiv, Poltava, Sumy,
    Tjernihiv, Chernihiv, Vinnytsia, Ivano-Frankivsk, Ternopil, Uzjhorod, Donetsk, Luhansk,
    Bakhmut, Kramatorsk, Irpin, Butja, Bucha, Krim, Sevastopol, Donbas, Kiev,
    Sankt Petersburg, Murmansk, Kaliningrad, Tjetjenien, Dagestan, Kaukasus,
    Antalya, Alanya, Side, Bodrum, Marmaris, Fethiye, Kemer, Belek, Kusadasi, Konya, Bursa,
    Adana, Mersin, Trabzon, Hatay, Antakya, Kahramanmaras, Malatya, Batman, Mardin, Van,
    Dubai, Abu Dhabi, Doha, Muskat, Riyadh, Jeddah, Mecka, Medina, Sanaa, Aden, Taiz,
    Hurghada, Sharm el-Sheikh, Luxor, Assuan, Agadir, Marrakech, Casablanca, Rabat, Tanger,
    Mallorca, Ibiza, Menorca, Kanarieöarna, Gran Canaria, Teneriffa, Lanzarote, Fuerteventura,
    Kreta, Rhodos, Kos, Korfu, Cypern, Sicilien, Sardinien, Korsika, Madeira, Azorerna,
    Algarve, Toscana, Provence, Alperna, Balkan, Mellanöstern, Nordafrika, Östafrika,
    Västafrika, Afrikas horn, Afrika, Asien, Europa, Sydamerika, Nordamerika, Latinamerika,
    Oceanien, Skandinavien, Norden, Baltikum, Sibirien, Arktis, Medelhavet, Svarta havet,
    Phuket, Krabi, Koh Lanta, Koh Samui, Pattaya, Chiang Mai, Bali, Jakarta, Ho Chi Minh,
    Saigon, Kuala Lumpur, Tokyo, Osaka, Seoul, Busan, Shanghai, Hongkong, Kanton, Guangzhou,
    Shenzhen, Delhi, New Delhi, Mumbai, Bombay, Kolkata, Chennai, Bangalore, Goa, Kerala,
    Punjab, Kashmir, Colombo, Katmandu, Peshawar, Quetta, Rawalpindi, Faisalabad, Multan,
    Chittagong, Sylhet, New York, Los Angeles, Chicago, Miami, Florida, Kalifornien, Texas,
    Toronto, Vancouver, Montreal, Sydney, Melbourne, Rio, Rio de Janeiro, São Paulo,
    Buenos Aires, Santiago, Lima, Bogotá, Medellín, Quito, Havanna, Mexico City, Cancún,
    Mombasa, Kisumu, Dar es Salaam, Zanzibar, Arusha, Kinshasa, Goma, Lubumbashi, Abuja,
    Accra, Dakar, Bamako, Freetown, Monrovia, Johannesburg, Kapstaden, Durban, Harare,
    Lusaka, Maputo, Gondar, Mekele, Dire Dawa, Bahir Dar, Hawassa, Jijiga, Dessie,
    Beledweyne, Galkayo, Garowe, Bosaso, Berbera, Burao, Gode, Afgooye, Marka, Jowhar,
    Sulaimaniya, Halabja, Zakho, Kobani, Afrin, Hasakah, Daraa, Tartus, Jableh, Palmyra,
    Nablus, Hebron, Jenin, Betlehem, Haifa, Tel Aviv, Sidon, Tyros, Baalbek, Zahle,
    Irbid, Zarqa, Aqaba, Bahia, Minas Gerais, Pernambuco, Ceará, Paraná, Goiás, Amazonas,
    Salvador, Recife, Fortaleza, Belo Horizonte, Curitiba, Manaus, Florianópolis, Porto Alegre,
    Ibadan, Kano, Enugu, Port Harcourt, Benin City, Onitsha, Owerri, Abeokuta, Kaduna, Jos
"""


def _hand(text: str) -> list[str]:
    """Split one of the hand-written comma lists."""
    return [entry.strip() for entry in text.split(",") if entry.strip()]


def _git_show(clone: Path, commit: str, path: str) -> str:
    """Return one file of a clone at a commit, so that a later upstream change is not read."""
    done = subprocess.run(
        ["git", "-C", str(clone), "show", f"{commit}:{path}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _countries(clone: Path) -> list[str]:
    """The Swedish names of every country and territory, with short forms."""
    rows = csv.DictReader(_git_show(clone, COUNTRY_LIST_COMMIT, "data/sv/country.csv").splitlines())
    names: list[str] = []
    for row in rows:
        name = row["value"]
        match = re.fullmatch(r"(.+) \((.+)\)", name)
        names += [match.group(1), match.group(2)] if match else [name]
    return names


def _capitals(clone: Path) -> list[str]:
    """Every capital, as the English-language dataset spells it."""
    data = json.loads(_git_show(clone, COUNTRIES_COMMIT, "dist/countries.min.json"))
    return [country["capital"] for country in data.values() if country.get("capital")]


def _folded(word: str) -> set[str]:
    """A word in lower case, with and without diacritics."""
    lower = word.lower()
    plain = unicodedata.normalize("NFKD", lower.translate(str.maketrans("ıłđ", "ild")))
    return {lower, "".join(c for c in plain if not unicodedata.combining(c))}


def _evaluation_names() -> set[str]:
    """Every name of the benchmark's evaluation sets, folded."""
    names: set[str] = set()
    for path in sorted(EVALUATION_NAMES.glob("*_names.*")):
        if path.suffix not in (".tsv", ".txt"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                names |= _folded(line.split("\t")[0])
    return names


def _usable(place: str) -> bool:
    """A place the name detector can look up: one or two words of letters, three or more."""
    words = place.split(" ")
    return (
        len(words) <= 2
        and len(place) >= 3
        and all(re.fullmatch(r"[^\W\d_][\w'’:-]*", w) for w in words)
    )


def main(country_list: Path, countries: Path) -> None:
    """Write the list, sorted, with a header that names the sources."""
    sections = {
        f"Countries and territories in Swedish: umpirsky/country-list@{COUNTRY_LIST_COMMIT[:7]}"
        " data/sv/country.csv (CLDR, MIT)": _countries(country_list),
        f"Capitals: annexare/Countries@{COUNTRIES_COMMIT[:7]} dist/countries.min.json (MIT)": (
            _capitals(countries)
        ),
        "Sweden's provinces, counties, islands, lakes, mountains and parks (hand-written)": (
            _hand(_SWEDEN)
        ),
        "Cities, regions and holiday places abroad, in Swedish where Swedish has a name"
        " (hand-written)": _hand(_ABROAD),
    }
    seen: set[str] = {"sverige"}
    evaluation = _evaluation_names()
    lines = [
        "# Countries, capitals and Swedish regions for the name detector's places",
        "# (scripts/build_geo_places.py; see its docstring). Do not edit by hand.",
    ]
    for title, places in sections.items():
        kept = sorted(
            {
                p
                for p in places
                if _usable(p) and p.lower() not in seen and not _folded(p) & evaluation
            }
        )
        seen |= {p.lower() for p in kept}
        lines += [f"# {title}", *kept]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(seen) - 1} places to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
