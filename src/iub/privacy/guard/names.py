"""Person names: gazetteer hits, names in a naming context, and unknown capitalised words.

Swedish capitalises only proper nouns and sentence starts, so a capitalised word in the
middle of a sentence is a strong hint. The detector scores each capitalised token:

- 0.85 ``name.gazetteer``: an Isof first name or Skatteverket surname (also as a genitive,
  "Annas", or as part of a hyphenated name, "Kling-Melin"). At a sentence start a name that is
  also an ordinary word ("Saga", "Bo", "Björn") is only reported, at 0.45
  ``name.initial_ambiguous``, when a finite verb follows ("Saga läste"), because "Bo kvar"
  and "Stig in" are not about people.
- 0.6 ``name.context``: an unknown capitalised word after a naming word in the same sentence
  (mamma, sonen, styvfadern, heter, fru, herr, kontaktperson, med, och, att, hur ...).
- 0.6 for an unknown word in a position only a name takes: ``name.genitive_context`` ("Omids
  pappa"), ``name.apposition`` ("Zetterlund (styvpappa)"), ``name.initial_subject`` ("Aziz
  berättade"), ``name.coordination`` ("Parisa och Michel"); and ``name.lowercase_context``
  for a known name typed in lower case after a naming word ("heter fatima").
- 0.85 ``name.gazetteer_upper``: a known name in capitals ("ANNA").
- 0.6 ``name.listed``: a word in SCB's wider list of call names (20 or more bearers) or in
  the US SSA's baby names (``first_names_world.txt``, never trusted over a word form) that is
  no ordinary word, typed in lower case anywhere ("träffade kadri") or capitalised at a
  sentence start ("Majlinda kom"); a lower-case word with a surname shape that no list
  knows counts too (Swedish -sson/-berg/-gren/-lund/-qvist, Finnish -nen/-la/-lä, Slavic
  -ov/-ova/-ski/-ska/-ić, Armenian -yan, Turkish -oğlu, Persian -zadeh, Arabic al-/abu-).
- 0.6 for a lower-case word in a place only a person takes: ``name.lowercase_full`` (a known
  first name and a word no lexicon knows, "maria kettunen"), ``name.lowercase_genitive``
  ("lisas pappa", "kyllikkis mamma"), ``name.lowercase_unknown`` after a verb that takes a
  person ("gav bukola broschyren", "följde tamuna"), after "till"/"med"/"mellan" that follow
  a verb of speaking or meeting ("sa till olufemi"), in apposition ("uusitalo (pappa)"),
  joined by a plus sign ("x+y satt ihop") or right after another name.
- 0.6 ``name.shouted_listed``: a single word in capitals that a first-name list knows ("ZOE
  sjuk"), unless it is an acronym (``_ACRONYMS``: BUP, LSS, SOL, IFO, KBT ...) or a word; 0.4
  ``name.shouted_unknown`` for one of four letters or more that no lexicon knows.
- 0.4 ``name.lowercase_alone``: a lower-case word no lexicon knows alone after a comma.
- 0.6 ``name.foreign_letters``: a word with a letter Swedish never writes ("bačić",
  "Øystein", "şükrü"), unless a lexicon knows it or a place preposition comes before.
- 0.6 ``name.lowercase_pair``: two unknown lower-case words in a row ("ubaxo warsame").
- 0.4 ``name.lowercase_subject``: an unknown word before a listed finite verb inside a
  run-on line ("lugn idag zubeyda vill inte"); 0.4 ``name.lowercase_remark``: one before a
  remark in parentheses ("ubaxo (ny)").
- 0.4 ``name.lowercase_anywhere``: any other lower-case word that no lexicon knows in any
  form (the base forms of ``common_words.txt`` with endings stripped, the forms hunspell
  derives in ``common_forms.txt``, or a compound of them), that is no slip of the keyboard,
  abbreviation, acronym or loan verb in the past tense, has a vowel and ends as one of the
  listed names ends ("sen kom zubeyda"): the writer is asked, it never blocks on its own.
  A word cut short ("medd", "förhandsbed": ``CommonWords.truncated``) and, from eleven
  letters, a compound one swap away ("tanldäkartid") are ordinary words, not names.
- 0.4 ``name.initial_unknown``: a capitalised word at a sentence start that would count as
  ``name.lowercase_anywhere`` in lower case ("Zubeyda trött idag"): the capital says
  nothing there.
- 0.6 ``name.context`` also for a capitalised word, even an ordinary one, that is the object
  of a verb taking a person or of "mellan"/"med" after a verb of meeting ("följde Mara",
  "bråk mellan Lotte o ..."). A word that is ordinary only as a split into short parts
  ("Taj|udinn") counts as unknown; a verb mistyped by one swap still counts as a verb.
- 0.4 ``name.unknown_capitalised``: any other capitalised word inside a sentence that is
  neither an ordinary word, a place, an acronym nor allow-listed; the writer is asked to
  confirm it.
- 0.6 ``name.capitalised_pair``: two capitalised words in a row inside a sentence, neither an
  ordinary word, an English word, a place, a brand, an acronym, a medicine or a slip of a
  word, one of them unknown in any form ("beviljat Stenvan Delmuer skyddad"): a full name
  although each word alone may read as a word's letters below.

Some shapes mark a thing, not a person, whatever the context (except a strong naming word
for a medicine): an acronym with an ending ("SIP:en"), a capital between small letters
("PayPal", "NetEnt"; not "McDonald"), a word before or being a company word ("Hoist
Finance", "Ikano Bank"), a word right after an article or possessive ("äger en Audi", "sin
iPhone"; not "min", minutes, nor "vår", spring), a medicine's generic name by its INN stem
("Pregabalin", "atomoxetin"), one more thing joined by "o" to a known thing ("Oxazepam o
Propiomazin", a company the allow-list masked), and acronyms or long words mistyped by one
swap ("AUIDT", "Jounralanteckningen"). A company the allow-list masked between a naming word
and a word takes the naming context away ("hos Unibet, Kambi" asks, it does not block). A
word after "lex" is a law ("lex Sarah"), and a holiday named like a woman is the holiday after
a word of time, work or celebration ("gick Valborg", "inför Lucia"), whatever the name lists
hold. A capitalised word after a unit's or a title's noun is that thing's name ("boendet
Gläntan", "appen Nomo"), and so is the capitalised word after it ("appen Povitryana
Tryvoha") unless a verb follows. After "i" and a verb of writing or reading a word is a system
or a document ("skrev i Wilma"), and a capitalised genitive there is whose record it is (0.6
``name.genitive_context``: "står i Zubeydas akt").

A word no name list holds is a dish, a drink, a feast or a language, not a person, where the
words around say so (``_drop_things``): after a verb of cooking, serving, drinking, chewing
or buying ("lagade kelumba", "drack cha", "köpte gochujang"), after "bjöd (hela gruppen) på"
or a container ("en flaska cachaça"), after "på" and a shift ("kvällspass på"), after
"pratar bara", in its own letters after a relative's genitive ("dotterns quinceañera"), after a
word of celebrating or a time during or before a feast ("firade Songkran", "inför Nowruz"),
after "på" that follows "tolk" or a word of text ("tolk på kurmanji"), joined by "och" to a
Swedish food or language ("kaffe och pão de queijo", "oromo och engelska"), or as a compound
whose head is one ("egusisoppa", "tigrinjatalande"). A genitive before a noun, a subject
before a verb and two people after "mellan" stay people. So are, whatever the lists hold, a
bank's name ("Khan Bank", "Bank Hapoalim"), a feast's English name ("Jamhuri Day"), a feast
inside a sentence before "firas", a country's genitive unless a family word follows ("Ugandas
självständighetsdag"), the second word of a place of two after "i" ("i Beer Sheva"), and a
place of research or study after "på" ("forskar på Chalmers").

Last, a word's letters (``_shape``): a question (0.4) about a word whose letters read plainly
as a Swedish word's ("akut nödbitsånd", "testa säkrmfri"), or a block (0.6) on such a word that
no name list holds ("Hemtjansten kom inte"), is dropped, unless a family or role word or a
verb of speaking and its preposition marks the word as a person ("storasyster Komnen",
"pratade med Ängsbo") or it ends as a surname ends.

A hit then grows over the capitalised words next to it ("Anna Berg", "Zlatko Andersson",
and "Sadeq Jama" although "jama" is a word). Single words in capitals of four letters or more
are also read in lower case ("följde TAMUNA"); shorter ones are mostly acronyms.

No name list is taken from Faker's person providers or from SCB's surname statistics: the
benchmark's holdout and unseen sets draw their names from those sources, and would stop
measuring anything (``benchmarks/data/README.md``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import _shape
from ._allow import MASK as _MASK
from ._lexicon import Lexicon, load
from ._types import Detection
from ._words import CommonWords

_TOKEN = re.compile(r"[^\W\d_]+(?:['’:\-][^\W\d_]+)*")
# Letters that Swedish words never carry but names from Sweden's neighbours and larger
# immigrant languages do: Norwegian/Danish ø æ, Polish ł ń ś ź ż ę ą ó, South Slavic ć č š ž
# đ, Turkish ş ğ ı ç, Hungarian ő ű, Czech ř ě ů, transliterations ā ī ū ē, and the accents of
# French, Spanish and Portuguese. "é", "ü" and "ï" are left out: "idé", "müsli", "naïv" are
# Swedish.
# (No re.IGNORECASE: it would fold Turkish "ı" into every "i".)
_FOREIGN_LOWER = "øæłńśźżęąóćčšžđşğıçñőűřěůťďňľāīūēëôâêîûàèìòùáíúýãõß"
_FOREIGN_UPPER = "".join(c.upper() for c in _FOREIGN_LOWER if len(c.upper()) == 1 and c != "ı")
_FOREIGN_LETTERS = re.compile("[" + _FOREIGN_LOWER + _FOREIGN_UPPER + "]")
# An acronym with a Swedish ending after a colon ("SIP:en", "LSS:are", "BBIC:s", "Nka:s"):
# Swedish sets a colon before the ending of an abbreviation only, never of a name.
_ACRONYM_WITH_ENDING = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9]{1,5}:[a-zåäö]{1,5}")
_SENTENCE_BREAK = frozenset('.!?;:\n\r•*"“”()[]')


def _wordset(words: str) -> frozenset[str]:
    """Return the whitespace-separated words of a literal block as a set."""
    return frozenset(words.split())


SCORE_GAZETTEER = 0.85
SCORE_CONTEXT = 0.6
SCORE_AMBIGUOUS_INITIAL = 0.45
SCORE_UNKNOWN = 0.4
# Below these margins (``_shape``: per-letter log-likelihood as a name less as a word) a word
# reads as an ordinary word: no question about it, and no block on it unless a list knows it.
# Chosen on the spent sets (docs/privacy.md, "A word's letters"): at -0.5 about 2 % of the
# name words of every set read as words, and so does half of what first runs asked about.
_WORDLIKE_TO_ASK = -0.5
_WORDLIKE_TO_BLOCK = -0.7
# Rules whose evidence is the word's own letters or a list, not its context alone.
_NEVER_BY_LETTERS = frozenset(("name.foreign_letters", "name.listed", "name.shouted_listed"))

# Words after which the next capitalised word is almost certainly a person.
_STRONG_CONTEXT = _wordset(
    """
    mamma mamman mammas mor modern moderns mamsen morsan pappa pappan pappas far fadern
    faderns farsan styvmamma styvpappa bonusmamma bonuspappa son sonen sonens dotter dottern
    dotterns barnet barnen bror brodern brorsan lillebror storebror syster systern syrran
    lillasyster storasyster mormor morfar farmor farfar moster mostern faster fastern
    morbror farbror kusin kusinen partner partnern sambo sambon make maken maka makan fru frun
    herr man mannen hustru hustrun pojkvän pojkvännen flickvän flickvännen kompis kompisen
    kompisar vän vännen väninnan granne grannen grannar kontaktperson kontaktpersonen
    handläggare handläggaren klient klienten deltagare deltagaren elev eleven lärare läraren
    mentor mentorn kurator kuratorn läkare läkaren terapeut terapeuten behandlare behandlaren
    socialsekreterare socialsekreteraren gode goda förmyndare förvaltare ombud ombudet
    vårdnadshavare vårdnadshavaren ex exet exmake exfru expojkvän exflickvän chef chefen
    heter hette kallas kallad kallade namn namnet namngav tjej tjejen kille killen pojken
    flickan barnbarn barnbarnet svärmor svärfar svåger svägerska familjen
    förnamn förnamnet efternamn efternamnet smeknamn smeknamnet
    socialsekr socsekr handl ssk usk kontaktpers
    """
)
# Genitives of relations: the word after one is what the relative has ("sonens gaming").
_KIN_GENITIVES = frozenset(
    word for word in _STRONG_CONTEXT if word.endswith("s") and word[:-1] in _STRONG_CONTEXT
)
# Nouns that name a name: "hans efternamn är Anka" makes the word after "är" a name.
_NAME_NOUNS = _wordset("namn namnet förnamn förnamnet efternamn efternamnet smeknamn smeknamnet")
# Weaker hints: enough to report an unknown word, not an ordinary one.
# A capitalised word right after a subordinator is the subject of its clause; pronouns
# are lower case there, so it is a proper noun ("hur Dragan har det").
_WEAK_CONTEXT = _wordset(
    "med och enligt hos samt eller tillsammans träffade ringde mötte att hur när eftersom "
    "medan innan men som då m o enl"
)
# Definite endings that make a long ordinary-looking word a noun ("Habiliteringen").
_DEFINITE = ("en", "et", "na", "arna", "erna", "orna")
# Verbs after which the next word is a name whatever it looks like ("mamma heter lena").
_NAMING_VERBS = _wordset("heter hette kallas kallades")
# Words that may stand between a naming word and the name ("mamma till Omid").
_BRIDGES = _wordset("till åt som nu numera också även")
# Heads of compounds that name a unit, service, group, programme or place, never a person
# ("Beroendeenheten", "Vårdcentralen", "Skolhälsovården", "Föräldraprogrammet").
_INSTITUTION_HEADS = (
    "enheten", "enhet", "mottagningen", "mottagning", "centralen", "central", "centrum",
    "vården", "psykiatrin", "psykiatri", "tjänsten", "tjänst", "skolan", "skola", "gruppen",
    "grupp", "huset", "programmet", "program", "gården", "boendet", "boende", "kliniken",
    "klinik", "avdelningen", "avdelning", "förvaltningen", "förvaltning", "nämnden", "nämnd",
    "verket", "myndigheten", "kontoret", "föreningen", "förening", "förbundet", "förbund",
    "teamet", "hemmet", "jouren", "kyrkan", "församlingen", "linjen", "stödet", "sjukhuset",
    "kansliet", "stegen", "akuten", "hälsan", "omsorgen", "servicen", "lyftet", "torget",
    "biblioteket", "skolorna", "klubben", "laget", "materialet", "metoden", "modellen",
    # places people go to: a bath, a sports hall, an arena, a park ("Eriksdalsbadet")
    "badet", "hallen", "arenan", "parken",
    # roads and where they meet ("Essingeleden", "Norrortsleden", "Södra länken")
    "leden", "länken", "trafikplatsen",
)  # fmt: skip
# After these an unknown capitalised word is more likely a place ("bor i Tensta").
_LOCATIVE = _wordset("i på från till mot vid utanför nära inom via genom ur")
# Finite verbs that make a sentence-initial ambiguous name a subject ("Saga läste").
_FINITE_VERBS = _wordset(
    """
    är var har hade sa sade säger vill ville ska skulle kan kunde kom kommer går gick får
    fick tog tar bor bodde mår mådde ser såg gör gjorde vet visste blev blir läste skriver
    skrev sitter satt står stod sover sov äter åt dricker drack tycker tyckte verkar verkade
    behöver behövde känner kände brukar började börjar slutade flyttade ringde berättar
    berättade säg önskar önskade pratar pratade gråter grät skrattar skrattade ringer
    spelar läser skriker hjälper jobbar arbetar studerar bråkar slår hotar vägrar undrar
    frågar svarar använder dricker röker missbrukar saknar älskar hatar ljuger kräver
    """
)
# Verbs of speaking or getting in touch: a known first name next to one is a person even in
# lower case or when it is also an ordinary word ("lisa berättade", "Olle sa", "ringde sara").
_SPEECH_VERBS = _wordset(
    """
    berättade berättar sa sade säger frågade frågar undrade undrar ringde ringer svarade
    svarar pratade pratar skrev skriver mejlade mejlar sms:ade smsade menade menar tyckte
    tycker uppgav uppger beskrev beskriver förklarade förklarar nämnde nämner sms:ar
    """
)
# Family words: a known first name right after one is a person ("mamma lena", "sonen ali").
_FAMILY = _wordset(
    """
    mamma mamman mor modern pappa pappan far fadern styvmamma styvpappa bonusmamma
    bonuspappa son sonen dotter dottern bror brodern brorsan lillebror storebror syster
    systern syrran lillasyster storasyster mormor morfar farmor farfar moster faster morbror
    farbror kusin kusinen sambo sambon make maken maka makan fru frun man mannen hustru
    pojkvän pojkvännen flickvän flickvännen barnbarn barnbarnet svärmor svärfar svåger
    svägerska kompis kompisen vän vännen väninnan granne grannen
    """
)
# Abbreviations staff use in notes, which no dictionary lists ("ngt bättre", "grp träff").
_NOTE_ABBREVIATIONS = _wordset(
    """
    ngt ngn ngr ngra grp uppf ang enl tsm mkt pga ev ggr skattn tel hänv delt resp dvs ist
    bla tex sen me va iaf iom pers fam mamman pappan föräld tfn mob fsk åk inkl exkl ca
    pnr personnr samordningsnr samordn regnr adr nr orgnr telnr mobnr dnr ärendenr kundnr
    fortf forts bekr beh bet dagl fm em förm gm jmf mha mvh osv pga fom tom tex bla dvs fö fd
    st kl obs inkl vanl vard sthlm gbg soc socialsekr sekr adm admin info komm tjm tjl tjg
    vb vh vhs lgh bost ekon ekb försörjn sjukskr sjukpenn aktiv akt insp rek utr tid tidsbok
    oki okey okej nice hemtj handl ekbist bist soctj socsekr org
    """
)
_MAX_SLIP = 40
# Typed on a phone or a keyboard without Swedish letters: å and ä become a, ö becomes o.
_UNDOT = str.maketrans("åäöé", "aaoe")
_DOTTED = re.compile("[åäöé]")
# An inflected form this long restored with å, ä or ö tells that a note was typed without them.
_UNDOTTED_HINT = 5
_UNDOTTED_LONG = 10
# Function words and spoken adverbs typed without å, ä or ö: evidence of the keyboard even
# on their own, and never a person ("ringde fran toaletten", "sa nat om", "ikvall ska vi").
_UNDOTTED_FUNCTION_WORDS = _wordset(
    "fran nat nan nagon nagot nagra nagonting ocksa aven annu dar nar sjalv sjalva varfor"
    " forst sjalvklart overallt hemifran darfor ikvall igar isafall nanting nanstans nangang"
    " nansin"
    # verbs staff type on a phone without å, ä and ö ("aker till akuten", "barnen alskar dem")
    " aker alskar maste sager kanner vantar traffar lamnar forstar behover hander glom folja"
)
# Two-letter words that are words only with their å restored ("svarat pa 3 dagar"): signs of
# the keyboard like longer ones. "ar" and "sa" are words as they stand; "da" is left out, as a
# particle of names too ("da Silva").
_UNDOTTED_SHORT = frozenset(("pa",))
_SHAPE_MIN = 4
# Swedish endings on English verbs: "ghostat", "chillade", "streamar", "googlad".
_LOAN_VERB_ENDINGS = ("ade", "at", "ar", "ad", "a", "ande", "ing")
_LONG_SLIP = 11
# No single name is longer than this ("Kristoffersson", "Hämäläinen-Virtanen" is two): a
# longer word one swap away from a compound of three parts is that compound mistyped.
_LONGEST_NAME = 14
# A capitalised word inside a sentence this long that is one slip from an ordinary word is
# that word mistyped; shorter ones may be names ("Eiln" is no "Elin" typed wrong).
_SLIP_CAPITALISED = 12
_SLIP_INFLECTED = 9
# A lower-case word this long one swap from a compound of long parts is that compound mistyped.
_SLIP_COMPOUND = 10
# A word in capitals this long one slip from an ordinary word is that word, even after a
# naming word ("VÅLDSUTSATT MAN, ASMBON SLOG": "sambon").
_SLIP_SHOUTED = 6
# The micro sign and Greek mu start units of measure ("µmol/l", "μg"), never a name.
_MICRO = frozenset("µμ")
_SLIP_UNDOTTED = 6
# A lower-case word this long one swap from an English word is that word
# mistyped, for the rules that ask ("stalikng"); shorter ones are too often names.
_SLIP_LOAN = 6
# Words whose verdict is kept per detector before the store is emptied (bounds memory).
_WORD_CACHE_LIMIT = 100_000
# A capitalised word this long one swap from a place is that place mistyped ("Kumal").
_SLIP_PLACE = 5
_LONGEST_ACRONYM = 8
# An ordinary word this long, capitalised, is a thing ("Oxazepam"); shorter ones may be names
# that are also words ("Mara", "Disa").
_PLAIN_THING = 7
# An acronym this short in capitals is an agency or a company ("MKB", "HSB", "ABF").
_LONGEST_THING_ACRONYM = 4
# A single word in capitals this long is read in lower case too ("följde TAMUNA till bussen");
# shorter ones are mostly acronyms (BUP, LSS, SFI).
_SHOUTED_SINGLE = 4
# Acronyms of the social services, health care and schools, and other words staff type in
# capitals that are no names ("BUP", "LSS", "SoL" typed "SOL", "IFO", "KBT", "ADHD", "BBIC").
_ACRONYMS = _wordset(
    "BUP LSS SOL IFO KBT DBT LVU LVM HVB SIS SFI SFB OSL ADHD ADD ODD ASD NPF PTSD OCD BBIC"
    " HBTQ HBTQI RFSL BRIS ECPAT UMO MVH OBS SMS ASAP CSN SIP VC FK AF EU FN GDPR IVO JO"
    " BVC MVC UM UMA EKB HLR BB SU KS SÖS NÄL HSL HSLF SKR SCB FHM PBL VUX SVA SVE IUP"
    " EHT ELEVHÄLSAN AKUT OK IRL DM TV PC IT"
    # Assessment instruments and methods of addiction care and social work (ÅP: relapse
    # prevention, "återfallsprevention")
    " AUDIT DUDIT ADDIS ASI CRA MI AA NA CAN ACT FACT IBIC ESL HAP PMO MST FFT NVR ART ÅP"
    # Psychiatric intensive care (not "IVA" or "AVA", which are names too)
    " PIVA"
    # Screening and rating scales staff score in notes (gambling, mood, trauma, children's
    # strengths, dementia, fall risk, violence risk); none that is also a name ("SARA")
    " PGSI NODS SOGS PHQ EPDS MADRS BDI PCL SDQ MMSE MOCA RUDAS DFRI SAVRY AUDITC KASAM GAF"
    # Agencies by their short forms (Skatteverket, Kronofogden, Migrationsverket) and the
    # Social Insurance Agency's assessment of work capacity
    " SKV KFM MIV SASSAM SYV PEG KOL"
    # More agencies staff name by their short forms: weather warnings, civil contingencies,
    # public service television, data protection, youth, special needs education, family law
    " SMHI MSB SVT IMY MUCF SPSM MFOF"
)
_VOWELS = frozenset("aeiouyåäöéü")
# Names in the wide list with this many bearers count even when they read as an inflected word.
_TRUSTED_BEARERS = 250
# Word forms that are also common names in the wide list: never a name without context.
_LISTED_WORDS = _wordset(
    "eden vida vilda finn line tone rima lia lotten ala elle tea valle hulda bent max tim jan"
    " per mats ute"
)
# Surname endings that no ordinary Swedish word has once the common-word lexicon is asked
# ("lindqvist", "kovačević", "hosseinzadeh", "yılmazoğlu", "virtanen", "mikkelsen").
# The morphology is general, not a list of the names seen: Swedish compounds of nature words
# (-berg, -gren, -lund, -holm, -blad, -blom, -stedt, -vall, -borg, -fors, -mark), Finnish -nen
# (after a vowel: "mannen" is a man) and -la/-lä, Polish -ski/-ska/-cki/-wicz/-czyk, Russian and
# Bulgarian -ov/-ova/-ev/-eva/-enko, South Slavic -ić, Armenian -yan, Georgian -shvili/-dze,
# Lithuanian -auskas/-aitis, Greek -opoulos, Turkish -oğlu, Persian -zadeh/-pour, Icelandic
# -dóttir, Danish/Norwegian -sen. A word counts only when no lexicon knows it in any form.
_SURNAME_ENDINGS = (
    "sson", "ström", "qvist", "kvist", "quist", "berg", "gren", "lund", "holm", "blad", "blom",
    "stedt", "vall", "borg", "fors", "mark", "dahl", "ovic", "ović", "evic", "vić", "ić",
    "zadeh", "pour", "oglu", "oğlu", "inen", "onen", "anen", "enen", "unen", "änen", "önen",
    "ynen", "ala", "ola", "ila", "ela", "ulla", "älä", "ilä", "elä", "ylä", "ski", "cki", "dzki",
    "wska", "lska", "ńska", "cka", "wicz", "czyk", "ow", "ov", "ova", "ev", "eva",
    "enko", "yan", "shvili", "dze", "auskas", "aitis", "opoulos", "dottir", "dóttir", "sen",
)  # fmt: skip
# Language and nationality words end like a Polish surname ("tigrinska", "bosniska").
_NOT_SURNAME_ENDINGS = ("iska", "nska", "nnen")
# Arabic and Somali family-name particles glued to the name ("al-rashid", "abu-bakr").
_SURNAME_PREFIXES = ("al-", "el-", "abu-", "bin-", "ibn-", "ould-")
# Verbs (any tense, as staff write them) whose object is a person: the next unknown word is a
# name ("gav bukola broschyren", "följde tamuna till bussen", "hälsa neval att").
_PERSON_VERBS = _wordset(
    """
    gav ge ger följde följer följa hälsa hälsade hälsar ringt ringa ringer sms:at smsat sms:a
    mejlat mejla mejlade träffade träffat träffa träffar mötte möter möta hämtade hämtat
    hämta hämtar besökte besöker besöka hjälpte hjälper hjälpa tröstade skjutsade väckte
    kramade bjöd saknar lämnade frågat frågade kontaktade kontaktat bad påminde påminn
    """
)
# Prepositions that put a person after a verb of speaking or meeting ("sa till olufemi",
# "pratade med kowalczyk", "bråk mellan x o y").
_PERSON_PREPOSITIONS = _wordset("till åt med m me mellan hos för")
# Words before such a preposition that make its object a person.
_MEETING = _wordset(
    """
    pratade pratat prata pratar bråk bråkade bråkat åkte gick kom lekte satt spelade var bor
    bodde samtal samtalet möte mötet träff sa sade berättade ringde skrev mejlade
    """
)
# "och" as staff write it ("sindy o nikolaus kom").
_COORDINATORS = _wordset("o och")
# Weak hints before an unknown lower-case word: enough to ask, not to block ("m kyllikki").
_WEAK_LOWER = _wordset("m med enl enligt hos ang angående")
# Words before which an ordinary word stays ordinary ("en dag sa hon", "samma stig").
_DETERMINERS = _wordset(
    "en ett den det denna detta varje någon något samma förra nästa sista första hela "
    "min mitt din ditt sin sitt vår vårt er ert hans hennes deras ingen inget"
)
_CAMEL_CASE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[A-ZÅÄÖ][a-zåäö0-9]+)+")
# Stems that end the WHO's international nonproprietary names of medicines, in Swedish
# spelling: benzodiazepines (-azepam, -zolam), antipsychotics (-apin, -peridol, -peridon,
# -piprazol), antidepressants (-oxetin, -alopram), antihistamines (-azin, -izin), stimulants
# (-fenidat, -fetamin), opioids (-kodon, -morfin), antiepileptics (-trigin, -racetam,
# -abalin), and the usual cardiovascular, antibiotic and stomach stems.
_INN_STEMS = (
    "azepam", "zolam", "apin", "epin", "peridol", "peridon", "piprazol", "oxetin", "alopram",
    "azin", "izin", "fenidat", "fetamin", "kodon", "morfin", "trigin", "racetam", "abalin",
    "tiazol", "prosat", "sulfiram", "facin", "piklon", "pidem", "prazol", "olol", "sartan",
    "statin", "cillin", "mycin", "micin", "oxacin", "tidin", "triptan", "profen", "barbital",
)  # fmt: skip
_MEDICINE_MIN = 8
# Units named by what follows them ("häktet Kronoberg", "HVB-hemmet Solstrålen"); not
# schools and clinics, after which staff often start a new sentence without a full stop.
_UNIT_NOUNS = _wordset(
    """
    häktet anstalten kriminalvårdsanstalten institutionen sis-hemmet sis-institutionen
    hvb-hemmet behandlingshemmet stödboendet boendet
    korttidsboendet äldreboendet gruppbostaden servicebostaden härbärget jourboendet
    kvinnojouren familjehemmet utredningshemmet
    dagverksamheten dagcentralen träffpunkten mötesplatsen fritidsgården vårdcentralen
    hälsocentralen vc bvc mvc hvb
    behandlingshem hvb-hem stödboende korttidsboende äldreboende gruppbostad servicebostad
    härbärge jourboende utredningshem kvinnojour tjejjouren
    """
)
# Nouns in the definite form that name a thing by its title: the capitalised word after one
# is an app's, a book's, a show's or a service's name ("appen Nomo", "boken Stark"), not a
# person's.
_TITLE_NOUNS = _wordset(
    """
    appen app:en spelet sajten hemsidan webbsidan programmet podden podcasten boken filmen
    serien tv-serien tv-programmet låten kanalen tjänsten plattformen tidningen tidskriften
    """
)
# Verbs of writing, reading and registering: "i" after one takes a system or a document
# ("skrev i Wilma", "dokumenterat i Procapita").
_RECORD_VERBS = _wordset(
    """
    skrev skriver skrivit skriva står stod stått läste läser läst läsa kollade kollar kolla
    kollat syns syntes finns fanns dokumenterat dokumenterade dokumenterar dokumentera
    registrerat registrerade registrerar registrera journalfört journalförde antecknat
    antecknade lade la lagt lägger inlagt rapporterat rapporterade meddelade meddelat
    """
)
# Holidays named like a woman ("Valborg", "Lucia"), and the words before or after that make
# them the holiday: words of time, of working a shift and of celebrating.
_HOLIDAY_NAMES = frozenset({"Valborg", "Lucia"})
_HOLIDAY_BEFORE = _wordset(
    "under inför infor efter före fore kring runt sedan sen gick jobbade arbetade jobbar"
    " arbetar firade fira firar firat"
)
_HOLIDAY_AFTER = _wordset("kväll kvall natt afton firande firandet helgen eld elden tåg tåget")
# Words after which an unknown word is a holiday or a festival, whatever its culture:
# celebrating it, or a time during or before it ("firade Songkran", "under ramadan", "inför
# Nowruz"). Unlike the holidays named like a woman above, a listed name is left out: staff
# write "firade Amira" of a birthday.
_FESTIVAL_BEFORE = _wordset("firade fira firar firat firas under inför infor")
# Verbs of cooking, serving, drinking and chewing, which take a dish, a drink or a leaf: an
# unknown word in lower case right after one is that thing ("lagade egusi", "drack cha",
# "tuggar miraa"), never a person; a verb after it makes it a subject again ("slutat dricka
# olvadine kom"). Eating is left out: "åt" is also "for" ("en plats åt Olvadine").
_FOOD_VERBS = _wordset(
    """
    lagade lagat lagar bakade bakat bakar serverade serverat serverar smakade smakat grillade
    grillat grillar kokade kokat kokar stekte stekt stekta kokt kokta friterade friterat
    drack tuggar tuggade tuggat
    """
)
# Verbs of treating someone, whose "på" takes what is served ("bjöd på pastéis").
_TREAT_VERBS = _wordset("bjöd bjod bjuder bjudit bjöds bjods bjuda")
# Containers and measures: what follows one is their contents ("en flaska cachaça").
_MEASURE_NOUNS = _wordset(
    """
    flaska flaskor glas kopp koppar burk burkar påse påsar paket tallrik tallrikar skål
    skålar portion portioner liter kilo låda lådor kartong kartonger bit bitar skiva skivor
    """
)
# The particles inside a dish's name of several words ("pão de queijo", "pollo al ajillo").
_DISH_PARTICLES = _wordset("de da do di del al el la")
# "pratar bara bangla", "talar flytande wolof": a verb of speaking a language, an adverb of
# how much, then the language.
_SPEAKING_LANGUAGE = _wordset("pratar talar pratade talade kan förstår forstar")
_LANGUAGE_ADVERBS = _wordset("bara mest flytande helst lite också ocksa")
# "de pratar makua hemma": a personal pronoun, a verb of speaking and a word right after it.
# Swedish speaks with a person ("pratar med"), so the word is what is spoken; after any other
# word the verb may come before its subject ("idag pratade Olvadine mest").
_SPEAKERS = _wordset("jag du han hon hen vi ni de dom man båda alla")
_SPEAKING = _wordset("pratar talar pratade talade")
# Swedish adjectives of origin and kind ("amharisk tolk", "filippinsk mat", "nepalesiskt
# te"): no name of the guard's lists or of any evaluation set ends so.
_ADJECTIVE_ENDINGS = ("isk", "iskt", "insk", "inskt", "ansk", "anskt")
# Words whose "på" takes a language ("tolk på kurmanji", "broschyren på oromo").
_LANGUAGE_BEFORE = _wordset(
    """
    tolk tolken tolkning tolkningen tolkar tolkade info information informationen broschyr
    broschyren broschyrer material materialet brev brevet text texten översatt översatta
    översättning skrivet skriven skrivna pratar pratade talar talade sånger böcker sagor
    filmer undertexter
    """
)
# Words that end a bank's or a lender's name: the capitalised word before one is that
# company's, even if a name list holds it ("Khan Bank", "Equity Bank").
_BANK_WORDS = _wordset(
    "Bank Banken Finance Finans Kredit Credit Capital Holding Inkasso Collection"
)
# Passive verbs of celebrating, after a feast's name inside a sentence ("sen firas
# Durgapujan" is not caught, "att Durgapujan firas" is).
_FEAST_PASSIVES = _wordset("firas firades firats")
# English words that end a feast's name ("Jamhuri Day", "New Year's Eve").
_FEAST_TAILS = frozenset({"Day", "Eve"})
# Buying is done to things: "köpa gochujang", "handlade injera".
_BUY_VERBS = _wordset("köpa köpte köper köpt kopa kopte koper kopt handla handlade handlar")
# Food, drink and tobacco in Swedish: an unknown word joined to one by "och" is more of the same
# ("kaffe och pão de queijo", "kimbap och dumplings"), unless a verb follows it ("fika och
# olvadine berättade").
_FOOD_NOUNS = _wordset(
    """
    mat maten kaffe te teet fika fikat kakor kaka kakan bullar bulle bröd ris frukt godis
    glass tårta saft läsk juice mjölk soppa gryta smörgåsar smörgås mackor macka kex choklad
    chips pizza kebab korv potatis pasta nudlar sallad grönsaker kött fisk kyckling frukost
    lunch middag mellanmål efterrätt dessert dumplings tilltugg snacks kokos socker honung
    kardemumma bönor linser mjöl ost yoghurt nötter dadlar kryddor vitlök lök ägg tobak snus
    cigaretter alkohol sprit vin öl
    """
)
# Languages interpreters are booked for that Swedish does not write with -ska: one joined by
# "och" to another is a language too ("bengali och sylheti").
_LANGUAGES = _wordset(
    "bengali dari urdu hindi swahili pashto kurmanji sorani farsi tigrinja punjabi tamil"
    " amhariska oromo somali lingala wolof twi"
)
# Heads of compounds that name a dish, a feast, its music or its dress, a language's speakers,
# a church or a shop: an unknown word that ends in one after four letters or more is that
# thing ("egusisoppa", "bollywoodtema", "tigrinjatalande", "oromoföreningen"). No
# name of any list ends so; "ris" and "mat" are left out ("Deloris", "Halimat"), and so is
# "dans", a genitive's end ("Gulfidans bror").
_THING_HEADS = tuple(
    _wordset(
        """
        soppa soppan gryta grytan kakor kakorna bullar bullarna tema temat fest festen
        firande firandet middag middagen buffé buffén lunch lunchen rätt rätten tårta tårtan
        bröd brödet sås såsen paj pajen glass kyckling frukost marknad marknaden musik
        musiken dansen dräkt dräkter dräkten kläder maten godis kaka kakan bulle talande
        språkig språkiga språkigt tolk tolken kurs kursen förening föreningen kyrka kyrkan
        moské moskén festival festivalen butik butiken restaurang restaurangen sång sånger
        sången film filmen serie serien
        """
    )
)
# Prepositions after which a word is a place, never a person.
_PLACE_PREPOSITIONS = _wordset("i utanför inom")
# Prepositions of where and whither, as typed with and without å, ä and ö ("fran chennai").
_LOCATIVE_TYPED = _LOCATIVE | _wordset("fran pa nara utanfor")
# Prepositions of where, outside, inside or at, that take a building and never a person
# ("bredvid" does take a person and is left out).
_OUTSIDE_PREPOSITIONS = _wordset("utanför innanför ovanför nedanför utanfor innanfor vid")
# Words of work besides those with "jobb" or "praktik" in them, before "på" and a workplace.
_WORK_WORDS = _wordset(
    "arbetar arbetat arbete arbetet anställd anställning anställningen lärling tjänst tjänsten "
    "tjänster tjanst tjansten tjanster forskar forskade forskat forskare doktorand studerar "
    "studerade studerat pluggar pluggade pluggat"
)
# Prefixes of names that carry a capital inside ("McDonald", "DeAndre", "LaToya").
_NAME_PREFIXES = ("Mc", "Mac", "De", "Da", "Di", "Du", "La", "Le", "Van", "Von", "Fitz", "Ab", "El")
# Words that end a company's or an agency's name: the capitalised word before one is part of
# that name, not a person ("Hoist Finance", "Ikano Bank", "Stena Fastigheter").
_COMPANY_WORDS = _wordset(
    """
    AB Bank Banken Finance Finans Kredit Credit Capital Kapital Invest Group Gruppen Holding
    Inkasso Collection Ekonomi Försäkring Försäkringar Fastigheter Fastighet Bostäder
    Bostad Energi Apotek Sverige Sweden Nordic Nordics International Consulting Care Omsorg
    Assistans Spel Casino Bet Pay Lån Leasing Bil Bilar Motor Tele Mobil Telecom Hem
    Partner Partners Bemanning Rekrytering Kompetens Utbildning Solutions Services
    """
)
# Words that start a bank's name, in the languages of clients' banks abroad.
_COMPANY_HEADS = _wordset("Bank Banco Banca Banque Banka Bankası")
# Articles and possessives: a capitalised word right after one is a thing, not a person.
# Not "min" (also minutes: "90 min Aziz") nor "vår" (also spring: "i vår Zeren").
_ARTICLES = _wordset("en ett sin sitt sina mitt mina ditt dina vårt våra deras")
# Punctuation after a sentence-initial word that sets it apart as a person ("Lisa, 45 år",
# "Lisa (15 år)", "Olle: vill sluta", "Sara - mamma till två").
_SET_APART = (", ", " (", ": ", " - ")
# Past tense only: present-tense -ar/-er also ends plural nouns ("nummer", "bilar").
_FINITE_ENDINGS = ("ade", "dde", "tte")
# Inflected pronouns and determiners hunspell derives by affix; some are also first names
# ("Hans", "Inga"), and they start many sentences.
_FUNCTION_WORDS = _wordset(
    "jag du han hon den det vi ni de man en ett "
    "hans hennes deras dess sin sitt sina min mitt mina din ditt dina vår vårt våra ert era "
    "inga ingen inget alla många några dem honom henne oss dig mig sig ej icke"
)
_PAST_TENSE = ("ade", "erade")
# Compounds of these are relations too ("styvfadern", "extrapappan", "fostermamman").
_KINSHIP_ENDINGS = (
    "pappa", "pappan", "mamma", "mamman", "fadern", "brodern", "systern", "dottern",
    "föräldern", "förälder", "sonen",
)  # fmt: skip
# Letters in a syllable of a hyphenated name whose later syllables are in lower case.
_SYLLABLE = 5
_APPOSITION_GAPS = frozenset({" ", " (", ", ", " - ", "-"})
# Ordinary abbreviations that start with a capital letter in notes.
# ("Tom" is left out: it is also a first name.)
_ABBREVIATIONS = _wordset(
    "Dnr Tel Tfn Mob Kl Ca Obs Nr Lgh Ref Mvh Sfs Kap Jfr Pga Bl Ex Fr Mm Osv Etc Ok Pnr "
    "Personnr Samordningsnr Ang Enl Grp Uppf Ngt Tsm Mkt Ev Skattn Hänv"
)


@dataclass(slots=True)
class _Token:
    """One word of the text with what the scorer needs to know about it."""

    start: int
    end: int
    word: str
    initial: bool  # first word of a sentence
    glued: bool  # separated from the previous token by exactly one space
    labelled: bool  # the break before it is only a colon ("Kontaktperson: Zlatko")


@dataclass(frozen=True, slots=True)
class _WordIndex:
    """The word sets a name detector derives from the lexicon, built once per lexicon.

    Building them takes about a second (most of it the lexicon typed without å, ä and ö), so
    every detector of a process shares them; each keeps its own verdicts per word.
    """

    wide: dict[str, int]
    brands: frozenset[str]
    place_words: frozenset[str]
    place_slips: frozenset[str]
    brand_slips: frozenset[str]
    place_heads: frozenset[str]
    place_tails: frozenset[str]
    lower_names: frozenset[str]
    any_names: frozenset[str]
    place_names: frozenset[str]
    common_words: frozenset[str]
    undotted_words: frozenset[str]
    name_endings: frozenset[str]


@cache
def _word_index(lexicon: Lexicon) -> _WordIndex:
    """Derive the name detector's word sets from the lexicon (see ``_WordIndex``)."""
    wide = {
        name: int(bearers)
        for name, _tab, bearers in (row.partition("\t") for row in lexicon.wide_first_names)
    }
    # The SSA's names (first_names_world.txt) join the wide list as rare names: US counts
    # say nothing about Sweden, so none is trusted when it also reads as an inflected
    # Swedish word or a typo of one ("_TRUSTED_BEARERS" is never reached).
    for row in lexicon.world_first_names:
        name = row.partition("\t")[0]
        if name not in _NOTE_ABBREVIATIONS and name not in _FUNCTION_WORDS:
            wide.setdefault(name, 1)
    # Single-word agencies, companies and apps: a slip of one is no name ("Kronofogdne").
    brands = lexicon.not_names | {
        name.lower() for name in lexicon.organisations if " " not in name and len(name) >= 4
    }
    # Places of one word, in lower case: a slip of one is no name ("Kumal", "Izmri").
    place_words = frozenset(
        place.lower()
        for place in lexicon.places | lexicon.world_places
        if " " not in place and len(place) >= _SLIP_PLACE
    )
    # First and last words of the places of two words ("Addis Abeba", "Mazar-e Sharif"):
    # only beside one of these is a pair of words looked up.
    pairs = [
        place.split(" ") for place in lexicon.world_places | lexicon.geo_places if " " in place
    ]
    # Lower-case forms of every known name: most lower-case words leave at this check.
    lower_names = frozenset(name.lower() for name in (*lexicon.first_names, *lexicon.last_names))
    # Places that are also Swedish first names or surnames ("Iran", "Eritrea") are places
    # only after a place preposition ("kom från Iran"); elsewhere they stay names.
    swedish_names = lower_names | {
        row.partition("\t")[0].lower() for row in lexicon.wide_first_names
    }
    common_words = (
        lexicon.common_words
        | lexicon.not_names
        | _FUNCTION_WORDS
        | _FINITE_VERBS
        | _NOTE_ABBREVIATIONS
        | _STRONG_CONTEXT
        | _PERSON_VERBS
        | _SPEECH_VERBS
    )
    return _WordIndex(
        wide=wide,
        brands=brands,
        place_words=place_words,
        # Every way to type a place or a brand with two neighbouring letters swapped: a swap
        # undoes itself, so a word is a slip of one exactly when it is in these.
        place_slips=frozenset(
            slip for place in place_words for slip in _slips(place)[0] if slip != place
        ),
        brand_slips=frozenset(
            slip for brand in brands if len(brand) <= _MAX_SLIP for slip in _slips(brand)[0]
        ),
        place_heads=frozenset(parts[0] for parts in pairs),
        place_tails=frozenset(parts[-1] for parts in pairs),
        lower_names=lower_names,
        # Every name of the four lists in lower case: a word's letters never outweigh these.
        any_names=lower_names
        | {
            row.partition("\t")[0].lower()
            for row in (*lexicon.wide_first_names, *lexicon.world_first_names)
        },
        # The countries, capitals and regions built from sources ("places_geo.txt") are
        # places only there too: a person may be called by one ("Lima", "Santiago").
        place_names=(lexicon.world_places & swedish_names)
        | (lexicon.geo_places - lexicon.world_places),
        common_words=common_words,
        # The same words as typed on a phone without å, ä and ö ("hjalpa", "kvallsbesoket"):
        # only a word that has none of those letters is looked up there.
        undotted_words=frozenset(word.translate(_UNDOT) for word in common_words),
        # How names end: a lower-case word that ends as none of some 45,000 names does
        # ("fortf", "ngt") is an abbreviation or a slip, not a name.
        name_endings=frozenset(
            name.partition("\t")[0].lower()[-2:]
            for names in (
                lexicon.first_names,
                lexicon.last_names,
                lexicon.wide_first_names,
                lexicon.world_first_names,
            )
            for name in names
        ),
    )


class NameDetector:
    """Find person names with gazetteers, a common-word lexicon and naming context."""

    def __init__(self, lexicon: Lexicon) -> None:
        index = _word_index(lexicon)
        self._first = lexicon.first_names
        self._last = lexicon.last_names
        self._wide = index.wide
        self._places = lexicon.places
        self._not_names = lexicon.not_names
        self._brands = index.brands
        self._english = lexicon.english_words
        self._world_places = lexicon.world_places | lexicon.geo_places
        self._may_be_name_cache: dict[tuple[str, bool], bool] = {}
        self._undotted_hint_cache: dict[str, bool] = {}
        # What is known of the note being read, per thread (a detector serves many threads).
        self._note = threading.local()
        self._place_words = index.place_words
        self._place_slips = index.place_slips
        self._brand_slips = index.brand_slips
        self._place_heads = index.place_heads
        self._place_tails = index.place_tails
        self._lower_names = index.lower_names
        self._any_names = index.any_names
        self._shape = _shape.load()
        self._place_names = index.place_names
        # Each detector keeps its own verdicts per word; the word sets are shared.
        self._common = CommonWords(index.common_words)
        self._undotted = CommonWords(index.undotted_words)
        self._name_endings = index.name_endings

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per run of adjacent name tokens.

        Words typed in capitals ("ERIK JOHANSSON KOM") are read a second time in lower case,
        so that the lower-case rules apply to them too; the guard keeps the longer span.
        """
        yield from self._detect(text)
        shouted = _lower_shouted(text)
        if shouted is not None:
            yield from self._detect(shouted)

    def _detect(self, text: str) -> Iterator[Detection]:
        """Score every word of ``text`` and merge the hits into runs."""
        tokens = _Tokens(text)
        scores: dict[int, tuple[float, str]] = {}
        words = tokens.words
        self._note.undotted = self._undotted_hints(words)
        for index, word in enumerate(words):
            score: tuple[float, str] | None = None
            if self._world_place(tokens, index):
                continue
            if word[0].isupper():
                # laws, holidays and records only for capitalised words: asking every word
                # would build every token, which the lazy tokens exist to avoid
                if _law_or_holiday(tokens, index) or _in_a_record(tokens, index):
                    continue
                if self._record_of_person(tokens, index):
                    scores[index] = (SCORE_CONTEXT, "name.genitive_context")
                    continue
                if _capitalised(word):
                    score = self._score(tokens, index)
                elif word.isupper() and len(word) >= 3:
                    score = self._score_shouted(tokens, index)
            elif not word[0].islower():
                score = _score_caseless(tokens, index)
            else:
                score = self._score_lower(tokens, index, scores)
            if score is not None and not self._reads_as_word(tokens, index, score):
                scores[index] = score
        self._score_capitalised_pairs(tokens, scores)
        if _FOREIGN_LETTERS.search(text):
            self._score_foreign(tokens, scores)
        self._drop_things(tokens, scores)
        yield from self._runs(tokens, scores)

    def _score_capitalised_pairs(
        self, tokens: _Tokens, scores: dict[int, tuple[float, str]]
    ) -> None:
        """Score two capitalised words in a row inside a sentence, neither of them a word,
        place, company or acronym, as a first name and a surname ("beviljat Stenvan Delmuer
        skyddad"): each alone may read as a word's letters, but a pair is how names are
        written, and things of two such words are listed (``organisations.txt``)."""
        words = tokens.words
        capitalised = [bool(word) and word[0].isupper() for word in words]
        for index in range(len(words) - 1):
            following = index + 1
            if not (capitalised[index] and capitalised[following]):
                continue  # most words: the cheap test first, tokens are built lazily
            if index in scores and following in scores:
                continue
            word, other = words[index], words[following]
            if not (_capitalised(word) and _capitalised(other)):
                continue
            if tokens[index].initial or not tokens[following].glued:
                continue
            if tokens.gap(following) != " " or _names_a_thing(tokens, index):
                continue
            if f"{word.lower()} {other.lower()}" in self._world_places:
                continue  # "Sierra Leone", "Costa Rica", "Gotska Sandön"
            if (
                self._pair_part(word)
                and self._pair_part(other)
                and (self._unknown_word(word.lower()) or self._unknown_word(other.lower()))
            ):
                scores.setdefault(index, (SCORE_CONTEXT, "name.capitalised_pair"))
                scores.setdefault(following, (SCORE_CONTEXT, "name.capitalised_pair"))

    def _drop_things(self, tokens: _Tokens, scores: dict[int, tuple[float, str]]) -> None:
        """Drop the hits that the words around name as a thing: a dish, a drink, a feast, a
        language, a bank or a place.

        Notes name what clients eat and celebrate in their own languages ("mamman lagade
        egusi", "familjen firar Songkran", "en flaska cachaça"); no list can hold every such
        word, but the verb or the measure before it, or the compound's head, says what it is.
        A word a name list holds stays ("firade Amira"), and so does a genitive before a noun
        ("inför Olvadines besök"). A pair's other half goes with it ("lagade kelumba tavrosh"),
        and so does a word after a particle ("pão de queijo"), and a word "och" joins to the
        thing ("bjuder på lechon kawali och leche flan"), unless a name list holds it or a
        verb follows it.
        """
        joined: set[int] = set()
        for index in sorted(scores):
            if index not in scores:
                continue
            if index not in joined and not self._thing_by_context(tokens, index):
                continue
            last = index
            rule = scores.pop(index)[1]
            if rule.endswith("_pair") and scores.get(index + 1, (0.0, ""))[1] == rule:
                del scores[index + 1]
                last = index + 1
            elif self._second_word_of_thing(tokens, index, scores):
                del scores[index + 1]  # "firade Simbang Gabi": one feast's name, listed or not
                last = index + 1
            if index + 1 < len(tokens) and tokens.words[index + 1] in _FEAST_PASSIVES:
                scores.pop(index + 1, None)  # "Durgapujan firas": not a name after a name
            following = index + 2  # "pão de queijo": a dish of two words and a particle
            if (
                following in scores
                and tokens.words[index + 1] in _DISH_PARTICLES
                and tokens[index + 1].glued
                and tokens[following].glued
            ):
                del scores[following]
                last = following
            if self._joined_to_thing(tokens, last, scores):
                joined.add(last + 2)

    def _joined_to_thing(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> bool:
        """Say whether "och" joins a scored word to the thing that ends at ``index``: more of
        the same ("lechon kawali och leche flan"), unless a name list holds it ("bjöd på
        kaffe och Lisa") or a verb follows it ("kelumba och olvadine berättade")."""
        coordinator, other = index + 1, index + 2
        if other not in scores or tokens.words[coordinator] not in _COORDINATORS:
            return False
        if not (tokens[coordinator].glued and tokens[other].glued):
            return False
        word = tokens.words[other].lower()
        return word not in self._any_names and not self._starts_a_clause(tokens, other)

    def _after_listed_feast(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a capitalised word follows a capitalised non-name of ``not_names.txt``
        after a word of celebrating ("firade Simbang Gabi"), is no top-500 name ("firade Eid
        Amira och mamman") and no verb follows it ("firade Eid Olvadine kom sen")."""
        if index < 2 or not (tokens[index].glued and tokens[index - 1].glued):
            return False
        previous = tokens.words[index - 1]
        return (
            previous[:1].isupper()
            and tokens.words[index][:1].isupper()
            and previous.lower() in self._not_names
            and tokens.words[index - 2].lower() in _FESTIVAL_BEFORE
            and tokens.words[index].lower() not in self._lower_names
            and not self._starts_a_clause(tokens, index)
        )

    def _second_word_of_thing(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> bool:
        """Say whether the capitalised word after a capitalised thing is the second word of
        its name ("Simbang Gabi", "Pohela Boishakh"), not a person after it: one space apart,
        and no top-500 name (0.85) nor a word that starts a clause."""
        following = index + 1
        if following not in scores or not tokens.words[index][:1].isupper():
            return False
        if scores[following][0] >= SCORE_GAZETTEER or not tokens[following].glued:
            return False
        return _capitalised(tokens.words[following]) and not self._starts_a_clause(
            tokens, following
        )

    def _thing_by_context(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a scored word is a thing by the words around it or by its head (see
        ``_drop_things``); the bank, feast-name and place-genitive tests hold even for a word
        a name list has, the others only for a word none has."""
        words = tokens.words
        word = words[index].lower()
        following = index + 1
        after = words[following] if following < len(tokens) and tokens[following].glued else ""
        if after in _BANK_WORDS and words[index][0].isupper():
            return True  # "Khan Bank", "Equity Bank": a bank named like a person
        if after in _FEAST_PASSIVES and not tokens[index].initial and word not in self._any_names:
            return True  # "i år firas Durgapujan" is a feast; "Olvadine firas" may be a person
        if after in _FEAST_TAILS or (
            words[index] in _FEAST_TAILS and tokens[index].glued and words[index - 1][:1].isupper()
        ):
            return True  # "Jamhuri Day", "Madaraka Day": a feast's name in English
        if word.endswith("s") and self._place_genitive(word) and not _is_strong(after.lower()):
            return True  # "Ugandas självständighetsdag": a country's; not "Kenyas mamma"
        if self._after_listed_feast(tokens, index):
            return True  # "firade Simbang Gabi": a listed feast's second word, listed or not
        if word in self._any_names or _surname_shape(word):
            return False
        if (
            word.endswith("s")
            and following < len(tokens)
            and tokens[following].glued
            and tokens.words[following].islower()
            and tokens.words[following] not in _COORDINATORS
        ):
            return False  # "inför Olvadines besök", "Þorlákurs bror": a person's genitive
        if len(word) >= 8 and word.endswith(_THING_HEADS):
            return any(word.endswith(head) and len(word) - len(head) >= 4 for head in _THING_HEADS)
        if index == 0 or not tokens[index].glued or tokens[index].initial:
            return False
        before = tokens.words[index - 1].lower()
        before = _typed_thing_words().get(before, before)  # "lagaed", "firaed": slips
        earlier = tokens.words[index - 2].lower() if index >= 2 and tokens[index - 1].glued else ""
        if self._starts_a_clause(tokens, index) and not tokens[index - 1].initial:
            # "fortsätta dricka Ercevik i åk 7": run on into a new sentence; but a verb is
            # second after a phrase that opens one ("Inför Nowruz vill de ...")
            return False
        if before in _FESTIVAL_BEFORE:
            return not (before == "under" and earlier.startswith("skriv"))  # "skriva under"
        if before in _MEASURE_NOUNS:
            return True
        if before in ("på", "pa") and (
            earlier in _TREAT_VERBS
            or earlier in _LANGUAGE_BEFORE
            or self._treat_before(tokens, index - 1)
            or (_work_word(earlier) and tokens.words[index].islower())
        ):
            return True  # "bjöd på pastéis", "bjöd hela gruppen på X", "kvällspass på X"
        if before in _KIN_GENITIVES and _FOREIGN_LETTERS.search(word):
            return True  # "dotterns quinceañera": what a relative has, in its own letters
        if before in _LANGUAGE_ADVERBS and earlier in _SPEAKING_LANGUAGE:
            return True  # "pratar bara bangla", "talar flytande wolof"
        if before in _SPEAKING and earlier in _SPEAKERS:
            return True  # "de pratar makua hemma"; not "idag pratade Olvadine mest"
        if not tokens.words[index].islower():
            return False  # "bakar Semla": a new sentence or a brand, the lists decide
        return before in _FOOD_VERBS or before in _BUY_VERBS or self._joined_to_food(tokens, index)

    def _place_genitive(self, word: str) -> bool:
        """Say whether a word is a country's or a city's genitive ("Kenyas", "Kampalas"), its
        place no name of any list ("Jordans" stays a person's)."""
        base = word[:-1]
        return base in self._world_places and base not in self._any_names

    @staticmethod
    def _treat_before(tokens: _Tokens, index: int) -> bool:
        """Say whether a verb of treating comes two to four words before this "på", in the
        same clause ("bjöd hela gruppen på"): what follows "på" is what was served."""
        for back in range(2, 5):
            at = index - back
            if at < 0 or not all(tokens[i].glued for i in range(at + 1, index + 1)):
                return False
            if tokens.words[at].lower() in _TREAT_VERBS:
                return True
        return False

    @staticmethod
    def _starts_a_clause(tokens: _Tokens, index: int) -> bool:
        """Say whether a finite verb or a verb of speaking follows the word: its subject."""
        following = index + 1
        if following >= len(tokens) or not tokens[following].glued:
            return False
        return _finite(_untypo(tokens.words[following]))

    def _joined_to_food(self, tokens: _Tokens, index: int) -> bool:
        """Say whether "och" joins a word to a food, a drink or a language ("kimbap och
        dumplings", "tigrinja och svenska")."""
        words = tokens.words
        following = index + 1
        if (
            following + 1 < len(tokens)
            and words[following] in _COORDINATORS
            and tokens[following].glued
            and tokens[following + 1].glued
            and self._food(words[following + 1].lower())
            and not self._before_a_noun(tokens, following + 1)
            and words[index - 1].lower() != "mellan"
        ):
            return True
        if index < 3 or words[index - 1].lower() not in _COORDINATORS:
            return False
        if words[index - 3].lower() == "mellan":
            return False  # "mellan X och biologiska mamman": two people
        return tokens[index - 1].glued and self._food(words[index - 2].lower())

    def _before_a_noun(self, tokens: _Tokens, index: int) -> bool:
        """Say whether an ordinary word follows, so that the word is an adjective ("biologiska
        mamman"), not a language ("och engelska")."""
        following = index + 1
        if following >= len(tokens) or not tokens[following].glued:
            return False
        after = tokens.words[following].lower()
        return after in self._common and after not in _FUNCTION_WORDS and len(after) > 3

    def _food(self, word: str) -> bool:
        """Say whether a known word is food or drink, as itself or as a compound's head, or a
        language ("kaffe och pão", "på oromo och engelska")."""
        if word in _FOOD_NOUNS:
            return True
        if (len(word) >= 6 and word.endswith("ska") and word in self._common) or word in _LANGUAGES:
            return True
        return word in self._common and any(
            word.endswith(head) and len(word) > len(head) + 2
            for head in _FOOD_NOUNS
            if len(head) >= 4
        )

    def _pair_part(self, word: str) -> bool:
        """Say whether a capitalised word may be one half of a name written out in full."""
        lower = word.lower()
        return (
            len(word) >= 3
            and "-" not in word
            and not self._common.exact(lower)
            and lower not in self._english
            and _title(word) not in self._places
            and lower not in self._brands
            and word.upper() not in _ACRONYMS
            and not _medicine_shaped(lower)
            and not _institution(word)
            and word not in _COMPANY_WORDS
            and not self._slip_of_word(word)  # "Kvinnjoouren Blenda": a shelter mistyped
        )

    def _record_of_person(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a capitalised genitive after "i" and a verb of writing or reading
        names whose record it is ("står i Zubeydas akt", "läste i Kovačs journal"): a
        person, unless it is a known place or company ("skrev i Alingsås tidning")."""
        words = tokens.words
        word = words[index]
        if len(word) < 4 or word[-1] != "s" or not _capitalised(word):
            return False
        if index + 1 >= len(words) or not words[index + 1].islower():
            return False
        if not _in_a_record(tokens, index, genitive=True):
            return False
        base = word[:-1]
        return (
            _title(word) not in self._places
            and _title(base) not in self._places
            and base.lower() not in self._brands
            and not self._common.exact(base)
        )

    def _reads_as_word(self, tokens: _Tokens, index: int, score: tuple[float, str]) -> bool:
        """Say whether a word the rules score on its context alone has a word's letters.

        A question (0.4) about a word whose letters read plainly as a word's, or a block
        (0.6) on such a word that no name list holds, is dropped: "akut nödbitsånd",
        "testa säkrmfri söndag", "Hemtjansten kom inte" (``_shape``). A known name, a word
        with a surname's ending, a word in a foreign alphabet and a word that a family or
        role word marks as a person (``_marked_as_person``) are never dropped.
        """
        rank, rule = score
        word = tokens.words[index]
        if rank == SCORE_UNKNOWN:
            limit = _WORDLIKE_TO_ASK
        elif rank == SCORE_CONTEXT and rule not in _NEVER_BY_LETTERS:
            lower = word.lower()
            if lower in self._any_names or _surname_shape(lower):
                return False
            limit = _WORDLIKE_TO_BLOCK
        else:
            return False
        if self._marked_as_person(tokens, index):
            return False
        return self._shape.margin(word) < limit

    def _marked_as_person(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a family or role word stands just before the word or in parentheses
        just after it, the word (no place) is a genitive before one, or a verb of speaking or
        meeting and its preposition stand before it ("storasyster Komnen", "Nygård (pappa)",
        "Marbekts pappa", "pratade med Ängsbo")."""
        words = tokens.words
        if _genitive_of_person(tokens, index) and _title(words[index]) not in self._places:
            return True  # "Marbekts pappa", but not "i Alingsås killen sover"
        if index and tokens[index].glued:
            before = _untypo(words[index - 1].lower())
            if before in _STRONG_CONTEXT or before.endswith(_KINSHIP_ENDINGS):
                return True
        if (
            index + 1 < len(tokens)
            and tokens.gap(index + 1) == " ("
            and words[index + 1].lower() in _STRONG_CONTEXT
        ):
            return True
        return self._after_person_preposition(tokens, index)

    def _world_place(self, tokens: _Tokens, index: int) -> bool:
        """Say whether the word is a district, country or city of origin ("Tensta", "Herat").

        One that is also a Swedish name ("Iran", "Eritrea") is a place only after a place
        preposition or coordinated with a place ("kom från Iran", "Syrien o Eritrea");
        "Iran ringde" is a person.
        """
        words = tokens.words
        lower = words[index].lower()
        # a place of two words ("Addis Abeba", "Banja Luka", "Amerikanska Samoa", "New Delhi")
        if lower in self._place_heads and index + 1 < len(words):
            pair = f"{lower}{tokens.gap(index + 1)}{words[index + 1].lower()}"
            if pair in self._world_places:
                return True
        if lower in self._place_tails and index > 0:
            pair = f"{words[index - 1].lower()}{tokens.gap(index)}{lower}"
            if pair in self._world_places:
                return True
        if lower not in self._world_places:
            return False
        if lower not in self._place_names:
            return True
        if index == 0:
            return False
        before = words[index - 1].lower()
        if before in _COORDINATORS and index > 1:
            before = "i" if words[index - 2].lower() in self._world_places else ""
        return before in _LOCATIVE  # "kom från Iran", "från Syrien o Eritrea"

    def _score_foreign(self, tokens: _Tokens, scores: dict[int, tuple[float, str]]) -> None:
        """Raise to a name every word with a letter Swedish never writes ("dražen", "Øystein").

        Such a word is no Swedish word, and in a Swedish staff note it is almost always a
        person's name ("şükrü grät", "hon o małgośka", "lärare đurić"). Places, the
        non-names list and loan words the lexicon knows in any form ("café") stay ordinary.
        """
        for index, word in enumerate(tokens.words):
            found = scores.get(index)
            if (found is not None and found[0] >= SCORE_CONTEXT) or len(word) < 3:
                continue
            if not _FOREIGN_LETTERS.search(word) or (word.isupper() and len(word) < 4):
                continue
            if (
                index
                and tokens.words[index - 1].lower() in _LOCATIVE
                and not self._after_person_preposition(tokens, index)
            ):
                continue  # "resa till Kraków": a place
            if self._world_place(tokens, index):
                continue  # "åkte till Genève": a place, although people are visited too
            lower = word.lower()
            parts = lower.split("-")
            if any(_title(part) in self._places or part in _NOTE_ABBREVIATIONS for part in parts):
                continue
            if all(part in self._common for part in parts):
                continue
            scores[index] = (SCORE_CONTEXT, "name.foreign_letters")

    def _score_lower(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> tuple[float, str] | None:
        """Score a word typed in lower case: staff often write "erik johansson kom"."""
        words = tokens.words
        if index in scores:
            return scores[index]  # the surname of a full name already scored
        if self._capital_slipped(words[index]):
            return None  # "öGteborg", "vAanza": a place or a company, its capital one key late
        genitive = self._lowercase_genitive(tokens, index)
        if genitive is not None:
            return genitive
        if words[index] not in self._lower_names:
            return self._score_lower_unknown(tokens, index, scores)
        full = self._lowercase_full_name(tokens, index) or self._lowercase_first_and_shape(
            tokens, index
        )
        if full:
            scores[index + 1] = (SCORE_GAZETTEER, "name.lowercase_full")
            return SCORE_GAZETTEER, "name.lowercase_full"
        if index and words[index - 1].lower() in _STRONG_CONTEXT:
            found = self._score_lowercase(tokens, index)
            if found is not None:
                return found
        speaker = self._lowercase_speaker(tokens, index)
        if speaker is not None:
            return speaker
        if index and index - 1 in scores and self._lowercase_surname(tokens, index):
            return SCORE_CONTEXT, "name.lowercase_context"  # "heter lena svensson"
        if _after_place_preposition(tokens, index) or _outside_a_place(tokens, index):
            return None  # "signalfel vid karlberg": a place that is also a surname
        if words[index] not in _LISTED_WORDS and self._unknown_word(words[index]):
            return SCORE_CONTEXT, "name.listed"  # "zahra", "nilsson": no word in any form
        return None

    def _score_lower_unknown(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> tuple[float, str] | None:
        """Score a lower-case word no list knows, by the words around it.

        Staff type rare names in lower case too ("mamman kyllikki vill", "sindy ringde",
        "sindy o nikolaus kom"). A word that is no ordinary word (nor a slip of the keyboard
        away from one), no place and no abbreviation is a name after a family or naming word,
        before a verb of speaking, after one, or coordinated with such a name; after "med"
        or "enligt", before a finite verb inside a run-on line, before a remark in
        parentheses, or with nothing around it at all, the writer is asked to confirm (0.4).
        """
        words = tokens.words
        word = words[index]
        if "-" in word and self._syllable_name(word.split("-")):
            word = word.replace("-", "")  # "mi-yeon", "hak-su": judged as "miyeon" would be
        if not self._may_be_name(word):
            return None  # most lower-case words: every rule below ends at the same test
        before = _untypo(words[index - 1].lower()) if index and tokens[index].glued else ""
        after = words[index + 1] if index + 1 < len(tokens) and tokens[index + 1].glued else ""
        marked = False  # a context that marks a person, not only a sentence position
        if before in _ARTICLES and not _surname_shape(word):
            return None  # "äger en audi", "sin samsung": a thing, not a person
        if before in _KIN_GENITIVES:
            before = ""  # "sonens gaming", "mammas jobb": what a relative has, not a name
        if (
            before in _STRONG_CONTEXT
            or before in _PERSON_VERBS
            or self._after_person_preposition(tokens, index)
            or _lower_apposition(tokens, index)
            or _plus_joined(tokens, index)
            or (index - 1 in scores and scores[index - 1][0] >= SCORE_CONTEXT and before)
            or before.endswith(_KINSHIP_ENDINGS)
            or _untypo(after) in _SPEECH_VERBS
            or before in _SPEECH_VERBS
            or (before in _COORDINATORS and index - 2 in scores and scores[index - 2][0] >= 0.5)
            or (after in _COORDINATORS and self._coordinated_speaker(tokens, index))
        ):
            rule, marked = (SCORE_CONTEXT, "name.lowercase_unknown"), True
        elif self._subject_of_verb(tokens, index, scores):
            rule = (SCORE_CONTEXT, "name.lowercase_unknown")  # "yolanda dahir hämtade"
        elif self._runs_into_verb(tokens, index):
            # Staff run sentences together ("lugn grp idag zubeyda vill inte"): an unknown word
            # before a finite verb is a subject even inside a line; ask (0.4).
            rule = (SCORE_UNKNOWN, "name.lowercase_subject")
        elif self._unknown_pair(tokens, index):
            # Two words in a row that no lexicon knows, nor as a slip of the keyboard, are a
            # first name and a surname ("ny i grp: ubaxo warsame").
            scores[index + 1] = (SCORE_CONTEXT, "name.lowercase_pair")
            return SCORE_CONTEXT, "name.lowercase_pair"
        elif index + 1 < len(tokens) and tokens.gap(index + 1) == " (":
            # An unknown word with a remark in parentheses ("aalee (ny)"): ask (0.4).
            rule = (SCORE_UNKNOWN, "name.lowercase_remark")
        elif tokens[index].initial and _set_apart(tokens, index, age=True):
            rule, marked = (SCORE_CONTEXT, "name.lowercase_unknown"), True  # "dany, 42 år, ny"
        elif self._listed(word):
            if _after_place_preposition(tokens, index) or _outside_a_place(tokens, index):
                return None  # "stannade i flemingsberg", "signalfel vid karlberg": a place
            return SCORE_CONTEXT, "name.listed"  # "träffade kadri på stan"
        elif len(word) >= _SHOUTED_SINGLE and _after_comma(tokens, index):
            # A word no lexicon knows, alone at the start of a line or after a comma, is how
            # staff jot a name down ("tamuna mkt ledsen", "ringde, kiaron sjuk"): ask (0.4).
            rule = (SCORE_UNKNOWN, "name.lowercase_alone")
        elif before in _WEAK_LOWER:
            rule = (SCORE_UNKNOWN, "name.lowercase_unknown")
            if word in self._common:  # compounds too: "ang sömnproblem" is no name
                return None
        elif self._name_shaped(word):
            # A lower-case word that no lexicon knows in any form, that is no slip of the
            # keyboard and ends as names end is, in a staff note, most often a name typed in
            # haste ("sen kom zubeyda"): ask (0.4). Loan words are left out below. After a
            # preposition that takes a place ("i pune", "vid karlberg"), or one of direction
            # before a known place ("fran chennai"), it is a place, and so is a unit's or a
            # road's compound ("pa essingeleden").
            if (
                _after_place_preposition(tokens, index) and not word.endswith("s")
            ) or _outside_a_place(tokens, index):
                return None  # but "utmätning i kyrills lön" is a person's genitive
            if before in _LOCATIVE_TYPED and word in self._world_places:
                return None
            if _institution(word):
                return None  # a unit, a place or a road typed in lower case ("essingeleden")
            rule = (SCORE_UNKNOWN, "name.lowercase_anywhere")
        else:
            return None
        if not (
            self._unknown_word(word) or self._listed(word) or (marked and self._wide_name(word))
        ):
            return None
        if rule[0] < SCORE_CONTEXT and (
            self._loan_word(word) or self._slip_of_compound(word) or self._undotted_alone(word)
        ):
            return None  # asking rules only: "gaming", "ghostat", "streamingtjänsterna"
        return rule

    def _ordinary_after_role(self, tokens: _Tokens, index: int, parts: list[str]) -> bool:
        """Say whether a capitalised word after a role word is plainly ordinary all the same.

        A real compound ("Barnsamtal") is a new sentence staff forgot to mark, and after a
        comma a word of any inflected form ("mamman, Beviljad ...") starts a new clause; an
        unknown word or a name stays a name ("mamman, Zubeyda, ...").
        """
        if all(self._common.long_compound(part) for part in parts):
            return True
        if all(self._common.truncated(part) for part in parts):
            return True  # "barnen Fortf osäker": a word cut short, not a name
        return tokens.gap(index).strip() == "," and all(
            self._common.inflected(part) for part in parts
        )

    def _spurious_split(self, parts: list[str]) -> bool:
        """Say whether a word is ordinary only as a split into short parts ("Taj|udinn").

        Such a split says nothing: a foreign name that happens to split is still unknown.
        A real compound has a head of four letters or more ("Beroende|enheten").
        """
        return any(
            not self._common.inflected(part) and not self._common.long_compound(part)
            for part in parts
        )

    def _person_object(self, tokens: _Tokens, index: int) -> bool:
        """Say whether the word is the object of a verb that takes a person, or of the
        preposition after a verb of speaking or meeting ("gav Kawkab", "bråk mellan Lotte")."""
        if not index or tokens[index].initial or not tokens[index].glued:
            return False
        if tokens.words[index].lower() in self._not_names:
            return False  # "hämta Ramadan": a holiday, an app, a medicine
        before = _untypo(tokens.words[index - 1].lower())
        return before in _PERSON_VERBS or self._after_person_preposition(tokens, index)

    def _runs_into_verb(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a listed finite verb follows a word that no determiner comes before."""
        following = index + 1
        if following >= len(tokens) or not tokens[following].glued:
            return False
        verb = _untypo(tokens.words[following])
        if verb not in _FINITE_VERBS and verb not in _SPEECH_VERBS:
            return False
        if not _pronounceable(tokens.words[index]):
            return False  # "orgnr är", "tfn är": an abbreviation, not a name
        return not index or tokens.words[index - 1].lower() not in _DETERMINERS

    def _syllable_name(self, parts: list[str]) -> bool:
        """Say whether a lower-case hyphenated word is two syllables of a given name, no part
        of it a word, an English word, an acronym or an abbreviation ("mi-yeon", not
        "vab-dag")."""
        return _syllables(parts) and not any(
            part in self._common
            or part in self._english
            or part.upper() in _ACRONYMS
            or part in _NOTE_ABBREVIATIONS
            for part in parts
        )

    def _name_shaped(self, word: str) -> bool:
        """Say whether a lower-case word is pronounceable, ends as some name ends, and is no
        word in any form, inflected or compounded."""
        return (
            len(word) >= _SHAPE_MIN  # three letters are mostly abbreviations ("reg", "kap")
            and word.islower()
            and _pronounceable(word)
            and word[-2:] in self._name_endings
            and word.upper() not in _ACRONYMS  # "BBIC klar", read once more in lower case
            and not any(mark in word for mark in "-:'’")  # "adhd-utredning", "ok:at"
            and not self._common.inflected(word)
            and not self._common.long_compound(word)
            and not self._loan_word(word)
            and not word.endswith(_ADJECTIVE_ENDINGS)
        )

    def _loan_word(self, word: str) -> bool:
        """Say whether a lower-case word is English, an English verb with a Swedish ending
        ("ghostat", "chillade", "streamar"), or a compound ending in a long Swedish word
        ("streaming|tjänsterna", "gaming|kvällen").

        Consulted only by the rules that ask (0.4): a name is found by its lists and its
        context, never because it is no loan word.
        """
        english = self._english
        if word in english:
            return True
        for ending in _LOAN_VERB_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= _SHAPE_MIN and stem in english:
                return True
        if self._common.known_tail(word):
            return True
        return self._mistyped_loan(word)

    def _mistyped_loan(self, word: str) -> bool:
        """Say whether a word is an English word with two letters swapped ("stalikng").

        Consulted only by the rules that ask, like ``_loan_word``: a name that happens to be
        one swap from such a word is still found by its lists and its context.
        """
        if not _SLIP_LOAN <= len(word) <= _MAX_SLIP or _surname_shape(word):
            return False
        english = self._english
        return any(v in english for v in _slips(word)[0])

    def _unknown_pair(self, tokens: _Tokens, index: int) -> bool:
        """Say whether this word and the next are both unknown lower-case words of 3+ letters."""
        following = index + 1
        if following >= len(tokens) or not tokens[following].glued:
            return False
        word, other = tokens.words[index], tokens.words[following]
        if len(word) < 3 or len(other) < 3 or not other.islower():
            return False
        if word in self._english and other in self._english:
            return False  # "a never ending grind": English, which the lexicon of names lacks
        if not (_pronounceable(word) and _pronounceable(other)):
            return False
        return self._unknown_word(word) and self._unknown_word(other)

    def _wide_name(self, word: str) -> bool:
        """Say whether a word is in the wide list of first names and is no word as it stands.

        With a context that marks a person ("lei sa att", "pappa jörn", "m maxim") such a name
        counts even when it also reads as an inflected word or a typo of one.
        """
        lower = word.lower()
        if self._typed_undotted(lower) and self._undotted.exact(lower):
            return False  # "ringde fran toaletten": "från", typed without its å
        return lower in self._wide and lower not in _LISTED_WORDS and not self._common.exact(lower)

    def _listed(self, word: str) -> bool:
        """Say whether a word is in the wide list of first names or ends like a surname.

        The word must not be an ordinary word in any inflected form ("nian"), a slip of the
        keyboard away from one ("taems"), a place, an abbreviation or a function word; a
        surname ending counts only on a word no lexicon knows in any form.
        """
        lower = word.lower()
        if len(lower) < 3 or lower in _FUNCTION_WORDS or lower in _FINITE_VERBS:
            return False
        if lower in _SPEECH_VERBS or lower in _NOTE_ABBREVIATIONS or _title(lower) in self._places:
            return False
        bearers = self._wide.get(lower) or (
            self._wide.get(lower[:-1], 0) if lower[-1] == "s" else 0
        )
        if bearers:
            # A rarer name that reads as an inflected word ("nian") or as a typo of one
            # ("taems") is no name; a common one ("mert", "silas") is, unless it is a word
            # form staff write ("vilda djur", "finn ut").
            if lower in _LISTED_WORDS or lower[:-1] in _LISTED_WORDS:
                return False
            if word.islower() and self._s_verb(lower):
                return False  # "ska firas", "finns ingen oro": a verb, not Firas or Finn
            if bearers >= _TRUSTED_BEARERS:
                return True
            return not (self._common.inflected(lower) or self._slip_of_word(lower))
        # a word typed without å, ä or ö ends as it may, and is no surname ("ikvall")
        return (
            _surname_shape(lower) and self._unknown_word(lower) and not self._undotted.exact(lower)
        )

    def _s_verb(self, lower: str) -> bool:
        """Say whether a word is the s-form of a verb the lexicon knows ("firas", "finns")."""
        if len(lower) < 4 or not lower.endswith("s"):
            return False
        stem = lower[:-1]
        return self._common.exact(stem) or self._common.exact(stem + "a")

    def _subject_of_verb(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> bool:
        """Say whether an unknown word (or two) starts a sentence and a finite verb follows."""
        words = tokens.words
        after = index + 1
        if after < len(tokens) and tokens[after].glued and not _finite(words[after]):
            # "yolanda dahir hämtade": a second unknown word before the verb
            if after + 1 >= len(tokens) or not tokens[after + 1].glued:
                return False
            if not (_finite(words[after + 1]) and self._unknown_word(words[after])):
                return False
        elif after >= len(tokens) or not tokens[after].glued:
            return False
        return tokens[index].initial or (index - 1 in scores and tokens[index].glued)

    def _may_be_name(self, word: str) -> bool:
        """Say whether a lower-case word passes the test every rule of
        ``_score_lower_unknown`` ends with: unknown, listed, or in the wide list of names.

        The answer depends on the word alone, so it is kept (a note repeats the same ordinary
        words, and so do a day's notes); the rules' contexts are looked at only when it holds.
        """
        key = (word, self._typed_undotted(word))
        known = self._may_be_name_cache.get(key)
        if known is None:
            if len(self._may_be_name_cache) >= _WORD_CACHE_LIMIT:
                self._may_be_name_cache.clear()
            known = self._unknown_word(word) or self._listed(word) or self._wide_name(word)
            self._may_be_name_cache[key] = known
        return known

    def _unknown_word(self, word: str) -> bool:
        """Say whether a lower-case word is no word, place or typo of a word the lists know."""
        if len(word) < 3 or word in _FUNCTION_WORDS or word in _FINITE_VERBS or ":" in word:
            return False  # a colon marks an abbreviation's ending ("ok:at", "sms:ade")
        if word.isascii() and not _VOWELS.intersection(word):
            return False  # "mtrl", "sthlm", "bgl": no vowel, an abbreviation; a name has one
        if word.upper() in _ACRONYMS:
            return False  # "DUDIT", read once more in lower case
        if self._acronym_mistyped(word):
            return False  # "auidt": an acronym mistyped
        if _medicine_shaped(word):
            return False  # "pregabalin", "atomoxetin": a medicine's generic name
        if len(word) > 5 and word.endswith(_PAST_TENSE):
            return False  # a loan verb in the past tense ("vejpade", "ghostade")
        if "-" in word and all(
            part in self._common or part in self._english or part.upper() in _ACRONYMS
            for part in word.split("-")
            if part
        ):
            return False  # "ex-maken", "sms-kontakt", "ifo-chefen": each part a word or acronym
        if self._common.truncated(word):
            return False  # "medd", "förhandsbed": a word cut short
        if word in _SPEECH_VERBS or word in _NOTE_ABBREVIATIONS or _title(word) in self._places:
            return False
        if self._common.inflected(word) or self._common.long_compound(word):
            return False
        if self._typed_undotted(word) and self._undotted_word(word):
            return False
        if word[0] in _MICRO:
            return False  # "µmol/l", "μg": a unit of measure
        if word[1:2] == "-":
            return False  # "c-ssrs", "e-tjänst": a letter before a hyphen starts no name
        if len(word) > _UNDOTTED_LONG and self._slip_of_compound(word):
            return False  # "hemtjnasten": a long compound mistyped, in any note
        return not (self._slip_of_word(word) or self._slip_of_not_name(word))

    def _undotted_word(self, word: str) -> bool:
        """Say whether a word is an ordinary word typed without its å, ä or ö ("lamnar",
        "hemtjansten", "jattearg"); asked only in a note typed so (``_typed_undotted``)."""
        if not ("a" in word or "o" in word) or _DOTTED.search(word):
            return False
        undotted = self._undotted
        return undotted.inflected(word) or undotted.long_compound(word)

    def _undotted_hints(self, words: list[str]) -> frozenset[str]:
        """The note's lower-case words that are words only with å, ä or ö restored ("fran",
        "hjalpa", "nat"): a sign that the note, or part of it, was typed without them."""
        return frozenset(word for word in words if self._undotted_hint(word))

    def _undotted_hint(self, word: str) -> bool:
        """Say whether one word is such a sign; kept per word, as ``_may_be_name`` is, since
        every word of every note is asked."""
        known = self._undotted_hint_cache.get(word)
        if known is None:
            if len(self._undotted_hint_cache) >= _WORD_CACHE_LIMIT:
                self._undotted_hint_cache.clear()
            common, undotted = self._common, self._undotted
            known = (
                (len(word) >= 3 or word in _UNDOTTED_SHORT)
                and word.islower()
                and not common.exact(word)
                and (
                    undotted.exact(word)
                    or (
                        len(word) >= _UNDOTTED_HINT
                        and not common.inflected(word)
                        and undotted.inflected(word)
                    )
                )
            )
            self._undotted_hint_cache[word] = known
        return known

    def _typed_undotted(self, word: str) -> bool:
        """Say whether the note being read shows, by some word other than this one, that it
        was typed without å, ä and ö.

        Only then is an unknown word read as a word with its letters restored: in other
        notes a word that would be an inflected word so may be a name ("pratade med borjan"),
        and one such word alone is no evidence of the keyboard.
        """
        hints: frozenset[str] = getattr(self._note, "undotted", frozenset())
        if bool(hints) and (
            len(hints) > 1 or word not in hints or word in _UNDOTTED_FUNCTION_WORDS
        ):
            return True
        # a long word is evidence of itself: no name of ten letters or more reads as a
        # Swedish word or compound once its å, ä and ö are restored ("hemtjansten")
        return (
            len(word) >= _UNDOTTED_LONG
            and not _surname_shape(word)
            and (self._undotted.inflected(word) or self._undotted.long_compound(word))
        )

    def _slip_of_word(self, word: str) -> bool:
        """Say whether the word is an ordinary word mistyped ("skoaln", "rignde")."""
        if len(word) > _MAX_SLIP:
            return False  # no typo of a dictionary word is that long; keeps time linear
        swapped, dropped = _slips(word.lower())
        if len(word) >= _LONG_SLIP:
            # a compound mistyped ("tanldäkartid", "budgetrådigvn"); a name this long is
            # rarely a compound one swap away
            common = self._common
            return any(
                v in common
                or common.truncated(v)
                or (len(word) > _LONGEST_NAME and common.long_compound(v))
                for v in swapped
            ) or any(common.exact(v) for v in dropped)
        return any(self._common.inflected(v) for v in swapped) or any(
            self._common.exact(v) for v in dropped
        )

    def _capital_slipped(self, word: str) -> bool:
        """Say whether a word is a known place, company or word with its first two letters
        swapped, capital and all ("öGteborg", "aBnkID"); a name so typed stays a name."""
        if len(word) < _SLIP_PLACE or not word[1].isupper() or not word[2:].islower():
            return False
        fixed = (word[1] + word[0] + word[2:]).lower()
        return (
            fixed in self._place_words
            or fixed in self._brands
            or (self._common.inflected(fixed) and fixed not in self._any_names)
        )

    def _undotted_alone(self, word: str) -> bool:
        """Say whether a word of five letters or more is an inflected word once its å, ä or ö
        is restored ("halva lonen"), for the rules that ask: one such word is no evidence of
        the keyboard for the rules that block ("pratade med borjan"). The same word mistyped
        too ("ni hjapler till") is left to ask: excusing it cost names on the spent sets."""
        return (
            len(word) >= _UNDOTTED_HINT
            and not _DOTTED.search(word)
            and self._undotted.inflected(word)
        )

    def _slip_of_compound(self, word: str) -> bool:
        """Say whether a lower-case word is a compound, or a word typed without å, ä and ö,
        with two letters swapped ("barnsmatal", "hjlapa" in a note typed so).

        Read by the rules that ask, and for a word of more than ten letters by every rule
        (``_unknown_word``): a shorter rare name is as often one swap from such a word.
        """
        if len(word) > _MAX_SLIP:
            return False
        swapped = _slips(word)[0]
        common = self._common
        if len(word) >= _SLIP_COMPOUND and any(common.long_compound(v) for v in swapped):
            return True
        if _DOTTED.search(word):
            return False
        # a long word is evidence of itself, as the word spelt right is ("ehmtjansten"); a
        # shorter one counts only in a note typed without å, ä and ö
        if len(word) < _UNDOTTED_LONG and not (
            len(word) >= _SLIP_UNDOTTED and self._typed_undotted(word)
        ):
            return False
        undotted = self._undotted
        return any(undotted.inflected(v) or undotted.long_compound(v) for v in swapped)

    def _listed_with_thing(self, tokens: _Tokens, index: int) -> bool:
        """Say whether "och"/"o" joins the word to a known thing before it: a medicine, app,
        company, acronym or unit ("Lendo o Zmarta", "Oxazepam o Propiomazin").

        Staff list things of one kind together; a name is joined to a name, which the
        name rules find on their own. When a verb follows, "o" may join two clauses ("bor i
        Tensta o Zubeyda kom"): then only two things that start the sentence count ("MKB o
        Wallenstam säger nej").
        """
        if index < 1 or _genitive_of_person(tokens, index):
            return False
        joiner = tokens.words[index - 1].lower()
        if (joiner not in _COORDINATORS and joiner != "eller") or not tokens[index].glued:
            return False  # after a comma a new clause starts as often as a list goes on
        verb_follows = _followed_by_verb(tokens, index)
        gap = tokens.gap(index - 1)
        if _MASK in gap:
            # the allow-list masked a company before "o" ("Unibet o Kambi"); with a verb
            # after, it must start the sentence or a clause ("…, MKB o Wallenstam säger nej")
            return not verb_follows or tokens[index - 1].initial or "," in gap
        other = index - 2
        if other < 0 or not tokens[index - 1].glued:
            return False
        word = tokens.words[other]
        if verb_follows and (not tokens[other].initial or word.isupper()):
            return False  # "SOC o Zubeyda kom": an acronym may stand for staff
        return self._thing(word)

    def _between_things(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a capitalised word stands in a list between two known things, a comma
        before it and a comma, "o", "och" or "eller" after it ("Viaplay, Max o Spotify",
        "Klarna, Svea, Qliro"): staff list things of one kind, so it is one more of them,
        even when a name list holds it. A thing may be one the allow-list masked. A person
        listed among companies is rare; a name between two names is found by the name
        rules."""
        words = tokens.words
        if index < 1:
            return False
        before = tokens.gap(index)
        if not before.endswith(", "):
            return False
        if not (_MASK in before or (before == ", " and self._thing(words[index - 1]))):
            return False
        after = index + 1
        if after == len(words):
            return tokens.tail(index).startswith(", " + _MASK)  # "Klarna, Svea, Qliro" at the end
        gap = tokens.gap(after)
        joiner = words[after].lower()
        if gap == " " and (joiner in _COORDINATORS or joiner == "eller"):
            gap = tokens.gap(after + 1) if after + 1 < len(words) else tokens.tail(after)
            after += 1
            if _MASK in gap:
                return True  # "Viaplay, Max o Spotify" with Spotify masked
            return gap == " " and after < len(words) and self._thing(words[after])
        if gap.startswith(",") and _MASK in gap:
            return True
        return gap == ", " and self._thing(words[after])

    def _thing(self, word: str) -> bool:
        """Say whether a capitalised word is a known thing, not a person: a medicine, app or
        company of the lists, an acronym, a unit, a brand's shape or a long ordinary word."""
        if not _capitalised(word) and not word.isupper():
            return False
        if self._gazetteer(word.title()):
            return False
        lower = word.lower()
        if word.isupper():
            return 2 <= len(word) <= _LONGEST_THING_ACRONYM and lower not in self._wide
        return (
            lower in self._brands
            or (
                len(lower) >= _PLAIN_THING and self._common.exact(lower) and lower not in self._wide
            )
            or _institution(word)
            or _camel_case(word)
            or word in _COMPANY_WORDS
        )

    @staticmethod
    def _acronym_mistyped(word: str) -> bool:
        """Say whether a word of four to eight letters is an acronym with two letters
        swapped ("AUIDT", "dudti")."""
        return 3 < len(word) <= _LONGEST_ACRONYM and any(
            variant.upper() in _ACRONYMS for variant in _slips(word.lower())[0]
        )

    def _long_compound_word(self, word: str) -> bool:
        """Say whether a capitalised word of twelve letters or more is a compound of long
        parts ("Föräldra|stöds|kursen"); no name that long splits so."""
        return len(word) >= _SLIP_CAPITALISED and self._common.long_compound(word)

    def _swapped_long_word(self, word: str) -> bool:
        """Say whether a long capitalised word is an ordinary word with two letters swapped.

        Stricter than ``_slip_of_word``: only a swap, only to a word or a compound of long
        parts, and never for a word that ends as a surname ("Hallström", "Anderton").
        """
        lower = word.lower()
        if not _SLIP_INFLECTED <= len(lower) <= _MAX_SLIP or _surname_shape(lower):
            return False
        common = self._common
        if len(lower) < _SLIP_CAPITALISED:
            return any(common.inflected(v) for v in _slips(lower)[0])
        return any(common.inflected(v) or common.long_compound(v) for v in _slips(lower)[0])

    def _slip_of_not_name(self, word: str) -> bool:
        """Say whether a capitalised word is a medicine, app, holiday, agency or company
        mistyped by one swap ("Cocnerta", "Kronofogdne", "Försäkrnigskassan")."""
        if len(word) > _MAX_SLIP:
            return False  # keeps time linear in a garbage "word" of 200 kB
        lower = word.lower()
        if lower in self._brand_slips:
            return True
        # the genitive of one: "Försäkrnigskassans handläggare"
        return lower.endswith("s") and lower[:-1] in self._brand_slips

    def _slip_of_place(self, word: str) -> bool:
        """Say whether a capitalised word is a place mistyped by one swap ("Kumal", "Izmri")."""
        if not _SLIP_PLACE <= len(word) <= _MAX_SLIP:
            return False
        return word.lower() in self._place_slips

    def _coordinated_speaker(self, tokens: _Tokens, index: int) -> bool:
        """Say whether "x o y" is followed by a verb ("sindy o nikolaus kom")."""
        if index + 3 >= len(tokens):
            return False
        other, verb = tokens.words[index + 2], tokens.words[index + 3]
        return (
            tokens[index + 3].glued  # "nudes o nätsex, Ungdomsmottagningen var": no subject
            and other.islower()
            and (_finite(verb) or verb in _SPEECH_VERBS)
            and (other in self._lower_names or self._unknown_word(other))
            and not tokens[index + 2].initial
        )

    def _after_person_preposition(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a preposition after a verb of speaking or meeting comes just before.

        "sa till olufemi", "pratade med kowalczyk", "bråk mellan x o y": the object is a
        person; "gick till skolan" is ruled out later, because "skolan" is a word.
        """
        if index < 2 or not tokens[index].glued or not tokens[index - 1].glued:
            return False
        words = tokens.words
        if words[index - 1].lower() not in _PERSON_PREPOSITIONS:
            return False
        verb = _untypo(words[index - 2].lower())
        return verb in _MEETING or verb in _SPEECH_VERBS or verb in _PERSON_VERBS

    def _lowercase_genitive(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score a lower-case genitive before a family word ("lisas pappa", "kyllikkis mamma").

        The stem must be a known first name or surname, or no word at all: "barnens mamma"
        and "hans mamma" stay ordinary.
        """
        word = tokens.words[index]
        if len(word) < 4 or not word.endswith("s") or index + 1 >= len(tokens):
            return None
        following = tokens[index + 1]
        if not following.glued or not _is_strong(following.word.lower()):
            return None
        stem = word[:-1]
        if stem in _FUNCTION_WORDS or word in _FUNCTION_WORDS or self._common.exact(word):
            return None  # "hans mamma"; "tors" (torsdag) is no genitive of Tor
        if stem in self._wide and stem not in self._lower_names and self._common.inflected(stem):
            return None  # "barnets handläggare": a word's genitive, though "Barnet" is a name
        if stem in self._lower_names or stem in self._wide or self._unknown_word(stem):
            return SCORE_CONTEXT, "name.lowercase_genitive"
        return None

    def _lowercase_first_and_shape(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a known first name is followed by a word that can only be a surname.

        "maria kettunen", "anna sundelin": the second word is no ordinary word in any form.
        A first name that is also a word ("bo", "klara") needs a surname-shaped second word
        ("bo lindqvist"), so that "klara xyz" typed in haste stays ordinary.
        """
        if index + 1 >= len(tokens) or not tokens[index + 1].glued:
            return False
        word, following = tokens.words[index], tokens.words[index + 1]
        if word in _FUNCTION_WORDS or _title(word) not in self._first or not following.islower():
            return False
        if following in _SPEECH_VERBS or _finite(following):
            return False
        if not self._unknown_word(following):
            return False
        return not self._common.exact(word) or _surname_shape(following)

    def _lowercase_full_name(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a lower-case first name and surname stand together ("maria nilsson").

        At least one of the two must not be an ordinary word, so that "bo berg" (live on a
        mountain) stays ordinary while "erik johansson" and "anna berg" are names.
        """
        if index + 1 >= len(tokens):
            return False
        word, following = tokens.words[index], tokens.words[index + 1]
        if not following.islower() or word in _FUNCTION_WORDS:
            return False
        first, last = _title(word), _title(following)
        if first not in self._first or last not in self._last:
            return False
        if following in _FUNCTION_WORDS or following in _FINITE_VERBS:
            return False
        if self._common.exact(word) and self._common.exact(following):
            return False
        return tokens[index + 1].glued

    def _lowercase_speaker(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score a lower-case first name next to a family word or a verb of speaking.

        "ringde sara", "sara berättade", "mamma lena ringde" and, at the start of a sentence,
        "lisa berättade" (lisa is also a word: relief) are people. A first name that is also an
        ordinary word needs the sentence start, or a family word before and a verb after, and
        never follows a determiner ("en dag sa hon").
        """
        words = tokens.words
        word = words[index]
        if word in _FUNCTION_WORDS or _title(word) not in self._first:
            return None
        before = words[index - 1].lower() if index else ""
        after = words[index + 1] if index + 1 < len(tokens) else ""
        glued_after = bool(after) and tokens[index + 1].glued
        speech_after = glued_after and after in _SPEECH_VERBS
        if not self._common.exact(word):
            if speech_after or before in _SPEECH_VERBS or before in _FAMILY:
                return SCORE_CONTEXT, "name.lowercase_speaker"
            return None
        if before in _DETERMINERS:
            return None
        if speech_after and (tokens[index].initial or before in _FAMILY):
            return SCORE_CONTEXT, "name.lowercase_speaker"
        if before in _FAMILY and glued_after and _finite(after) and not tokens[index].initial:
            return SCORE_CONTEXT, "name.lowercase_speaker"
        return None

    def _score_shouted(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score a word in capitals ("ANNA"): a name if the gazetteer knows it as one.

        A known name that is also an ordinary word ("LENA") counts after a naming word or
        next to another name in capitals ("LENA SVENSSON").
        """
        word = tokens.words[index]
        title = word.title()
        if not self._gazetteer(title):
            if _after_article(tokens, index):
                return None  # "ÄGER EN AUDI": a thing, not a person
            if _context(tokens, index) == "strong" and not (
                self._common.inflected(title)
                or (len(word) >= _SLIP_SHOUTED and self._slip_of_word(word.lower()))
            ):
                return SCORE_CONTEXT, "name.context"  # "fru KAMINSKA ringde", not "MAN, ASMBON"
            if word in _ACRONYMS:
                return None  # "ADDIS gjord": an instrument, though a name list holds "Addis"
            if len(word) > 3 and self._listed(word):
                return SCORE_CONTEXT, "name.listed"  # "HAFSA ringde"
            return self._score_shouted_unknown(tokens, index)
        if not self._common.exact(title):
            return SCORE_GAZETTEER, "name.gazetteer_upper"
        if _context(tokens, index) == "strong" or self._shouted_name_next(tokens, index):
            return SCORE_CONTEXT, "name.gazetteer_upper"
        return None

    def _score_shouted_unknown(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score a word in capitals that the top-500 lists do not know, in a lower-case note.

        Staff who type the rest of a note in lower case write a name in capitals to set it
        apart ("ringde KIARON", "ZHO kom inte"): such a word is no acronym when a first-name
        list knows it (three letters are enough then: "ZOE", "DEV") and, from four letters
        on, when no lexicon knows it in any form and it has a vowel; the writer is asked to
        confirm those (0.4). Acronyms staff use ("BUP", "LSS", "ADHD", "BBIC") and words in
        capitals for emphasis ("VIKTIGT", "ÅTERBUD") never count, nor words in a run of
        capitals ("RING SOC"), which the lower-cased reading handles.
        """
        word = tokens.words[index]
        lower = word.lower()
        if word in _ACRONYMS or len(word) < 3 or self._in_shouted_run(tokens, index):
            return None
        if self._acronym_mistyped(word):
            return None  # "AUIDT": an instrument's acronym mistyped
        if lower in _NOTE_ABBREVIATIONS or _title(lower) in _ABBREVIATIONS:
            return None
        if _title(lower) in self._places or self._common.inflected(lower):
            return None
        if lower in self._wide and lower not in _LISTED_WORDS:
            return SCORE_CONTEXT, "name.shouted_listed"
        if len(word) < _SHOUTED_SINGLE or not _VOWELS.intersection(lower):
            return None
        if self._unknown_word(lower):
            return SCORE_UNKNOWN, "name.shouted_unknown"
        return None

    def _in_shouted_run(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a neighbouring word in the same line is in capitals too."""
        for other in (index - 1, index + 1):
            if 0 <= other < len(tokens) and "\n" not in tokens.gap(max(index, other)):
                neighbour = tokens.words[other]
                if len(neighbour) >= 2 and neighbour.isupper():
                    return True
        return False

    def _shouted_name_next(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a neighbouring word is a known name in capitals that is no word."""
        for other in (index - 1, index + 1):
            if not 0 <= other < len(tokens):
                continue
            word = tokens.words[other]
            if not word.isupper() or len(word) < 3 or not tokens[max(index, other)].glued:
                continue
            title = word.title()
            if self._gazetteer(title) and not self._common.exact(title):
                return True
        return False

    def _lowercase_surname(self, tokens: _Tokens, index: int) -> bool:
        """Say whether a lower-case surname follows a lower-case name ("lena svensson")."""
        token = tokens[index]
        word = token.word
        if not token.glued or not word.islower():
            return False
        title = word[0].upper() + word[1:]
        return title in self._last and not self._common.exact(word)

    def _score_lowercase(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score a lower-case word after a naming word ("heter anna", "mamma fatima").

        After "heter", "hette" or "kallas" a known name counts even when it is also an
        ordinary word ("mamma heter lena"); after a kinship word it must not be one ("Hans
        mamma lena ringde" is about a smooth mother, as far as the guard can tell).
        """
        if tokens[index].initial:
            return None
        word = tokens.words[index]
        title = word[0].upper() + word[1:]
        if not (title in self._first or title in self._last):
            return None
        if not self._common.exact(word) or tokens.words[index - 1].lower() in _NAMING_VERBS:
            return SCORE_CONTEXT, "name.lowercase_context"
        return None

    def _gazetteer(self, word: str) -> bool:
        """Say whether a word, its genitive base or any hyphenated part is a known name."""
        for part in word.split("-"):
            if part in self._first or part in self._last:
                return True
            if (
                len(part) > 2
                and part[-1] == "s"
                and (part[:-1] in self._first or part[:-1] in self._last)
            ):
                return True
        return False

    def _score(self, tokens: _Tokens, index: int) -> tuple[float, str] | None:
        """Score one capitalised token, or return None if it is not a name."""
        token = tokens[index]
        word = token.word
        context = _context(tokens, index)
        if _at_workplace(tokens, index) and context != "strong":
            return None  # "sommarjobb på Max i Kista": an employer, even one named like a person
        if _outside_a_place(tokens, index) and context != "strong":
            return None  # "bråk utanför Max": a restaurant or shop, even one named like a person
        if self._between_things(tokens, index) and context != "strong":
            return None  # "Viaplay, Max o Spotify": one more streaming service, not a person
        if self._gazetteer(word):
            return self._score_gazetteer(tokens, index, context)
        if (
            _continues_a_thing(tokens, index)
            and context != "strong"
            and not _followed_by_verb(tokens, index)  # "äger en Volvo Zubeyda kom": run on
        ):
            return None  # "appen Povitryana Tryvoha": the second word of the thing's name
        if _medicine_shaped(word.lower()) and context != "strong":
            return None  # "tar Pregabalin", "Hydroxizin": a medicine's generic name
        if _after_unit_noun(tokens, index):
            return None  # "häktet Kronoberg", "boendet Gläntan": the unit's own name
        if (
            _camel_case(word)
            or _before_company_word(tokens, index)
            or _after_company_head(tokens, index)
            or word in _COMPANY_WORDS
        ):
            return None  # "PayPal", "NetEnt", "Hoist Finance", "Bank Hapoalim": a company
        if self._listed_with_thing(tokens, index):
            return None  # "Oxazepam o Propiomazin", "Unibet, Kambi": one more of the same kind
        if _after_article(tokens, index) and not _surname_shape(word.lower()):
            return None  # "äger en Audi", "sin iPhone": a thing, since no article precedes a name
        if word.lower() in _FUNCTION_WORDS:
            return None  # "alla kallade, Ej kommit": a capitalised "ej" is no one
        if _ACRONYM_WITH_ENDING.fullmatch(word):
            return None  # "SIP:en", "BBIC:s": an acronym inflected, never a person
        if (
            word.upper() in _ACRONYMS
            and context != "strong"
            and word.lower() not in self._any_names
        ):
            return None  # "Syv har hjälpt", "Lss beviljat": an acronym typed with one capital
        if self._slip_of_not_name(word):
            # "Cocnerta", "Suubtex": a medicine mistyped, treated as the medicine itself
            return (SCORE_CONTEXT, "name.context") if context == "strong" else None
        if self._slip_of_place(word):
            # "fr Kumal i nov": a place mistyped; a person's word or verb still marks a name
            # ("pratade med Kumal")
            if context is not None or self._person_object(tokens, index):
                return SCORE_CONTEXT, "name.context"
            return None
        if (
            _genitive_of_person(tokens, index)
            and word[:-1] not in self._common
            and word.lower() not in self._brands  # "på Specsavers mamma vill": a shop
        ):
            return SCORE_CONTEXT, "name.genitive_context"
        in_place = _title(word) in self._places and _after_place_preposition(tokens, index)
        if (
            _apposition(tokens, index)
            and not in_place  # "i Göteborg, mannen har …": the place, then a new clause
            and (
                (word not in self._common and not self._common.long_compound(word))
                or (tokens.gap(index + 1) == " (" and not self._common.exact(word))
            )
        ):
            return SCORE_CONTEXT, "name.apposition"  # "Zetterlund (styvpappa)", "Nygård (pappa)"
        if _plus_joined(tokens, index) and not self._common.inflected(word):
            return SCORE_CONTEXT, "name.coordination"  # "Aalee+Riitta satt ihop"
        if _joined_by_ampersand(tokens, index):
            return None  # "Friskis & Svettis", "Ernst & Young": a company, not people
        if len(word) > 5 and word.endswith(_PAST_TENSE):
            return None  # a verb in the past tense ("Mailade", "Googlade"), not a name
        parts = word.split("-")
        if len(parts) > 1 and self._common.exact(word):
            return None  # "Wi-fi", "E-sport": a hyphenated word the lexicon holds whole
        if _institution(parts[-1]):
            return None  # "Beroendeenheten", "Vårdcentralen": a unit, not a person
        if any(part in self._places or part in _ABBREVIATIONS for part in parts):
            return (SCORE_CONTEXT, "name.context") if context == "strong" else None
        if len(parts) == 1 and word.lower() in _NOTE_ABBREVIATIONS:
            return None  # "barnen Fortf osäker": an abbreviation capitalised, not a name
        if all(self._common.exact(part) for part in parts):
            if context == "strong" or (len(parts) == 1 and self._person_object(tokens, index)):
                # "följde Mara till bussen", "hälsa Hanne": a word, but capitalised where a
                # verb that takes a person wants its object
                return SCORE_CONTEXT, "name.context"
            return None
        if len(parts) == 1 and self._listed(word) and not self._common.exact(word):
            if _after_place_preposition(tokens, index):
                return None  # "har bott i Moria", "tältet i Hornsberg": a place
            return SCORE_CONTEXT, "name.listed"  # "Majlinda kom", "Ilhan": no ordinary word
        if (
            token.initial
            and len(parts) == 1
            and self._wide_name(word)
            and (_set_apart(tokens, index, age=True) or _followed_by_speech(tokens, index))
        ):
            return SCORE_CONTEXT, "name.initial_speaker"  # "Lei sa att", "Maxim, 42 år"
        if context == "strong" and self._ordinary_after_role(tokens, index, parts):
            return None  # "m mamman Barnsamtal genomfört", "mamman, Beviljad kontaktfamilj"
        if all(part in self._common for part in parts) and not self._spurious_split(parts):
            # Ordinary only once an ending is stripped or a compound split ("Disa" = dis + a):
            # trust it unless a naming word or a coordinated name says otherwise. After "med"
            # or "och" a real compound ("Föräldrastegen") stays an ordinary word.
            if context == "strong" or (context == "weak" and not self._looks_derived(parts)):
                return SCORE_CONTEXT, "name.context"
            if len(parts) == 1 and self._person_object(tokens, index):
                return SCORE_CONTEXT, "name.context"  # "bråk mellan Lotte o en annan kille"
            if self._coordinated_with_name(tokens, index):
                return SCORE_CONTEXT, "name.coordination"
            return None
        if context is not None or self._person_object(tokens, index):
            return SCORE_CONTEXT, "name.context"
        if token.initial:
            if self._slip_of_word(word):
                return None  # "Syskno går": a slip of the keyboard, not a name
            if _set_apart(tokens, index, age=True):
                return SCORE_CONTEXT, "name.initial_apposition"  # "Aziz, 45 år, ..."
            if _followed_by_verb(tokens, index) or self._coordinated_with_name(tokens, index):
                # An unknown word as the subject of a sentence ("Aziz berättade") is a name.
                return SCORE_CONTEXT, "name.initial_subject"
            lower = word.lower()
            if self._swapped_long_word(word):
                return None  # "Elevhläsoteam": a compound mistyped at a sentence start
            syllables = _syllables(parts)
            if syllables:
                lower = "".join(parts).lower()  # "Mi-hwa" is judged as "Mihwa" would be
            if (len(parts) == 1 or syllables) and (
                self._name_shaped(lower) and self._unknown_word(lower)
            ):
                # At a sentence start the capital says nothing: judged as in lower case
                # ("Zubeyda trött idag"), the writer is asked.
                return SCORE_UNKNOWN, "name.initial_unknown"
            return None
        if _after_locative(tokens, index):
            return None
        if self._swapped_long_word(word) or self._long_compound_word(word):
            # "Jounralanteckning", "Avvikesle": a word mistyped; "Föräldrastödskursen": a
            # compound of three parts that starts a sentence staff ran on
            return None
        return SCORE_UNKNOWN, "name.unknown_capitalised"

    def _score_gazetteer(
        self, tokens: _Tokens, index: int, context: str | None
    ) -> tuple[float, str] | None:
        """Score a known first name or surname, wary only of sentence-initial ordinary words."""
        token = tokens[index]
        if context == "strong" or not token.initial:
            return SCORE_GAZETTEER, "name.gazetteer"
        base = token.word.split("-")[0]
        if base.endswith("s") and not self._common.exact(base) and base[:-1]:
            base = base[:-1] if (base[:-1] in self._first or base[:-1] in self._last) else base
        if not self._common.exact(base):
            return SCORE_GAZETTEER, "name.gazetteer"
        if self._coordinated_with_name(tokens, index):
            return SCORE_CONTEXT, "name.coordination"  # "Hans och Hugo kom"
        if base.lower() in _FUNCTION_WORDS:
            return None  # "Hans mamma", "Inga barn": a pronoun, not a person
        if base in self._first and _set_apart(tokens, index):
            return SCORE_CONTEXT, "name.initial_apposition"  # "Lisa, 45 år", "Lisa (15 år)"
        if base in self._first and _followed_by_speech(tokens, index):
            return SCORE_CONTEXT, "name.initial_speaker"  # "Lisa berättade", "Olle sa att"
        if _genitive_of_person(tokens, index) or _followed_by_verb(tokens, index):
            return SCORE_AMBIGUOUS_INITIAL, "name.initial_ambiguous"
        return None

    def _looks_derived(self, parts: list[str]) -> bool:
        """Say whether an ordinary-looking word is plainly a compound or a definite noun.

        "Föräldrastegen" (föräldra + stegen) and "Habiliteringen" (habilitering + en) are
        ordinary words even after "med" or "och"; "Disa" (dis + a) may well be a name.
        """
        return any(
            self._common.long_compound(part) or (len(part) >= 8 and part.endswith(_DEFINITE))
            for part in parts
        )

    def _coordinated_with_name(self, tokens: _Tokens, index: int) -> bool:
        """Say whether "och" and a known name follow ("Parisa och Michel kom")."""
        if index + 2 >= len(tokens):
            return False
        conjunction = tokens[index + 1]
        other = tokens[index + 2]
        if conjunction.word not in _COORDINATORS or conjunction.initial or other.initial:
            return False
        if not _capitalised(other.word):
            return False
        if self._gazetteer(other.word):
            return True
        # Two unknown words joined and followed by a verb: "Kitty o Sindy kom".
        return other.word not in self._common and _followed_by_verb(tokens, index + 2)

    def _runs(self, tokens: _Tokens, scores: dict[int, tuple[float, str]]) -> Iterator[Detection]:
        """Merge each hit with the adjacent capitalised words that belong to the same name."""
        count = len(tokens)
        consumed = -1
        for index in sorted(scores):
            if index <= consumed:
                continue
            hit = scores[index]
            first = index
            while first - 1 > consumed and (
                first - 1 in scores or self._extends(tokens, first - 1, backward=True)
            ):
                if not tokens[first].glued:
                    break
                first -= 1
            last = index
            best = hit
            while last + 1 < count and tokens[last + 1].glued:
                if (
                    last + 1 not in scores
                    and not self._extends(tokens, last + 1, backward=False)
                    and not self._continues_name(tokens, last + 1, scores)
                ):
                    break
                last += 1
                other = scores.get(last)
                if other is not None and other[0] > best[0]:
                    best = other
            if (
                last > first
                and best[0] < SCORE_GAZETTEER
                and any(self._gazetteer(tokens[i].word) for i in range(first, last + 1))
            ):
                best = (SCORE_GAZETTEER, "name.gazetteer")
            elif last > first and best[0] < SCORE_CONTEXT:
                best = (SCORE_CONTEXT, "name.full_name")
            yield Detection(tokens[first].start, tokens[last].end, "name", best[0], best[1])
            consumed = last

    def _continues_name(
        self, tokens: _Tokens, index: int, scores: dict[int, tuple[float, str]]
    ) -> bool:
        """Say whether a capitalised word is the surname of the name just before it.

        "Sadeq Jama": "Jama" is also a word, but after a name that blocks, a capitalised word
        in the same sentence that is no place, unit, verb or abbreviation is the surname, as
        after a known first name ("Kalle Anka"), and redaction must not leave it behind.
        """
        token = tokens[index]
        word = token.word
        previous = scores.get(index - 1)
        if previous is None or previous[0] < SCORE_CONTEXT or token.initial:
            return False
        if not _capitalised(word) or not _surname_shaped(word) or word in _ABBREVIATIONS:
            return False
        return word not in self._places

    def _extends(self, tokens: _Tokens, index: int, *, backward: bool) -> bool:
        """Say whether a neighbouring token continues a name ("Anna Berg", "Zlatko Nilsson")."""
        token = tokens[index]
        word = token.word
        if not _capitalised(word) or (not backward and token.initial):
            return False
        if self._gazetteer(word):
            return True
        if word in _ABBREVIATIONS or _ACRONYM_WITH_ENDING.fullmatch(word):
            return False  # "Nka:s webbinarium": an abbreviation's genitive begins no name
        if backward:
            if _names_a_thing(tokens, index) and not _after_unit_noun(tokens, index):
                # "appen Povitryana Tryvoha": the thing's name, not a first name; after a
                # unit's short name a note often runs on into a person's ("vc Ida Berg")
                return False
            return word not in self._common and word not in self._places
        if tokens[index - 1].word in self._first and _surname_shaped(word):
            # After a first name, a capitalised word is the surname even when it is also an
            # ordinary word ("Kalle Anka", "Johan Fisk"): redaction must not leave it behind.
            return True
        return word not in self._common or word in self._places


class _Tokens:
    """The words of a text, each turned into a ``_Token`` only when a rule looks at it.

    Most words are lower case and never need their sentence position, so building a token
    for each of them would be most of the detector's cost.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._matches = list(_TOKEN.finditer(text))
        self.words = [match.group(0) for match in self._matches]
        self._built: dict[int, _Token] = {}

    def __len__(self) -> int:
        return len(self._matches)

    def __getitem__(self, index: int) -> _Token:
        token = self._built.get(index)
        if token is None:
            token = self._build(index)
            self._built[index] = token
        return token

    def gap(self, index: int) -> str:
        """Return the text between a token and the one before it."""
        if index == 0:
            return self._text[: self._matches[0].start()]
        return self._text[self._matches[index - 1].end() : self._matches[index].start()]

    def tail(self, index: int) -> str:
        """Return the text after the last token (up to a few characters)."""
        return self._text[self._matches[index].end() : self._matches[index].end() + 8]

    def _build(self, index: int) -> _Token:
        """Work out one token's sentence position and its gap to the previous word."""
        match = self._matches[index]
        start = match.start()
        if index == 0:
            gap = self._text[:start]
            initial = True
        else:
            gap = self._text[self._matches[index - 1].end() : start]
            initial = any(char in _SENTENCE_BREAK for char in gap)
        labelled = initial and ":" in gap and not any(char in ".!?;\n" for char in gap)
        return _Token(start, match.end(), match.group(0), initial, gap == " ", labelled)


def _after_comma(tokens: _Tokens, index: int) -> bool:
    """Say whether a comma alone separates the word from the one before it."""
    return index > 0 and tokens.gap(index).strip() == ","


def _surname_shape(lower: str) -> bool:
    """Say whether a lower-case word ends (or starts) like a surname ("järvinen", "al-rashid")."""
    if len(lower) < 6:
        return False
    if lower.startswith(_SURNAME_PREFIXES):
        return True
    return lower.endswith(_SURNAME_ENDINGS) and not lower.endswith(_NOT_SURNAME_ENDINGS)


def _surname_shaped(word: str) -> bool:
    """A capitalised word that could be a surname: not a function word, verb or institution."""
    lower = word.lower()
    return not (lower in _FUNCTION_WORDS or lower in _FINITE_VERBS or _institution(word))


def _capitalised(word: str) -> bool:
    """Say whether a token looks like a proper noun (not an acronym such as LVU or SoL)."""
    if not word[0].isupper() or word.isupper():
        return False
    head = word.split("-")[0]
    uppers = sum(1 for char in head if char.isupper())
    if uppers >= 2 and len(head) <= 5:
        return False
    # "Björn-figurerna": a capitalised word glued to an ordinary one is a compound; but a
    # short capitalised syllable joined to short lower-case ones is a name written as East
    # Asian given names are ("Yi-yu", "Tao-zhong"), which the word rules still test.
    parts = word.split("-")
    if len(head) <= _SYLLABLE and all(len(part) <= _SYLLABLE for part in parts[1:]):
        return all(part.isalpha() for part in parts)
    if _syllables(parts):
        return True  # two syllables of up to six letters: "Gyeong-ho", "Do-hyeong"
    return all(part[:1].isupper() for part in parts)


def _syllables(parts: list[str]) -> bool:
    """Say whether a hyphenated word is two short syllables, the second in lower case, as
    East Asian given names are written ("Mi-hwa", "Gyeong-ho", "Yi-yu")."""
    return (
        len(parts) == 2
        and all(part.isalpha() and len(part) <= _SYLLABLE + 1 for part in parts)
        and parts[1].islower()
    )


def _institution(word: str) -> bool:
    """Say whether a word is a compound naming a unit or service ("Beroendeenheten")."""
    lower = word.lower()
    if not lower.endswith(_INSTITUTION_HEADS):
        return False
    return any(lower.endswith(head) and len(lower) >= len(head) + 3 for head in _INSTITUTION_HEADS)


@cache
def _typed_markers() -> dict[str, str]:
    """Map each slip of a naming word or person verb to the word ("stoarsyster", "flöjde").

    Staff type fast: a role word with two letters swapped still marks the name after it. A
    slip that is itself an ordinary word in any form ("mötet" is a slip of "mötte") is left
    out, so that it keeps its own meaning.
    """
    markers = _STRONG_CONTEXT | _PERSON_VERBS | _SPEECH_VERBS | _FINITE_VERBS
    return _slips_to_words(markers, short=_FINITE_VERBS)


@cache
def _typed_thing_words() -> dict[str, str]:
    """Map each slip of a verb of cooking, serving, buying or celebrating to the verb
    ("lagaed", "bakta", "firaed"), leaving out slips that are words in their own right."""
    return _slips_to_words(_FOOD_VERBS | _BUY_VERBS | _FESTIVAL_BEFORE)


def _slips_to_words(words: frozenset[str], short: frozenset[str] = frozenset()) -> dict[str, str]:
    """Map each slip of two swapped letters of a word of five letters or more (four for a word
    in ``short``) to the word, unless the slip is an ordinary word or one of ``words``."""
    common = _ordinary_words()
    typed: dict[str, str] = {}
    for word in words:
        if len(word) < (4 if word in short else 5):
            continue
        for slip in _slips(word)[0]:
            if slip != word and slip not in common and slip not in words:
                typed[slip] = word
    return typed


@cache
def _ordinary_words() -> CommonWords:
    """The lexicon's words, non-names and finite verbs, as the slip maps test them."""
    lexicon = load()
    return CommonWords(lexicon.common_words | lexicon.not_names | _FINITE_VERBS)


def _untypo(word: str) -> str:
    """Return the naming word or person verb a slip stands for, or the word itself."""
    return _typed_markers().get(word, word)


def _is_strong(word: str) -> bool:
    """Say whether a lower-case word names a relation or role ("styvfadern", "bonusmamman")."""
    return word in _STRONG_CONTEXT or word.endswith(_KINSHIP_ENDINGS)


def _context(tokens: _Tokens, index: int) -> str | None:
    """Return "strong" or "weak" if a naming word comes just before, in the same sentence.

    A naming word two words back counts only across a bridge ("mamma till Omid", "sonen
    som Lena"); across any other word the capitalised word is an object, not a name ("pappan
    har Parkinson", "sonen spelar Fotboll").
    """
    if index == 0 or (tokens[index].initial and not tokens[index].labelled):
        return None
    if _MASK in tokens.gap(index):
        return None  # "hos Unibet, Kambi": an allow-listed company stands between
    word = _untypo(tokens[index - 1].word.lower())
    if _is_strong(word):
        return "strong"
    if word in _WEAK_CONTEXT or word in _PERSON_VERBS:
        return "weak"
    if word in {"är", "var"} and index >= 2 and tokens[index - 2].word.lower() in _NAME_NOUNS:
        return "strong"
    if word not in _BRIDGES or index < 2:
        return None
    if tokens[index - 1].initial and not tokens[index - 1].labelled:
        return None
    return "strong" if _is_strong(tokens[index - 2].word.lower()) else None


def _medicine_shaped(lower: str) -> bool:
    """Say whether a lower-case word ends in a stem of the WHO's international
    nonproprietary names, as Swedish spells them ("klonazepam", "olanzapin", "atomoxetin").

    No name of eight letters or more ends so; a medicine's brand name ("Concerta") is
    no INN and stays in ``not_names.txt``.
    """
    return len(lower) >= _MEDICINE_MIN and lower.endswith(_INN_STEMS)


def _after_unit_noun(tokens: _Tokens, index: int) -> bool:
    """Say whether a unit's noun in the definite form comes just before ("häktet
    Kronoberg", "anstalten Hall", "boendet Gläntan"), or a noun that names a thing by its
    title ("appen Nomo", "podden Spelberoendet"): what follows is the unit's or the thing's
    name."""
    if index == 0 or tokens[index].initial or not tokens[index].glued:
        return False
    before = tokens.words[index - 1].lower()
    if before in _UNIT_NOUNS or before in _TITLE_NOUNS:
        return True
    # the noun mistyped ("behanldingshem Vårnäs", "appne Nomo")
    return len(before) >= _SLIP_INFLECTED and any(
        v in _UNIT_NOUNS or v in _TITLE_NOUNS for v in _slips(before)[0]
    )


def _law_or_holiday(tokens: _Tokens, index: int) -> bool:
    """Say whether a capitalised word names a law or a holiday by the words around it, not a
    person, though a name list holds it: a word after "lex" ("lex Sarah", "LEX
    SARAH-RAPPORT", "lex Maria") and a holiday named like a woman after a word of time or of
    working or celebrating it ("gick Valborg", "inför Lucia", "Valborg kväll"). "på" is left
    out: staff write "hälsade på Valborg" of a person."""
    words = tokens.words
    if index and words[index - 1].lower() == "lex" and tokens[index].glued:
        return True
    word = words[index]
    if word.split("-")[0].title() not in _HOLIDAY_NAMES:
        return False
    before = words[index - 1].lower() if index and tokens[index].glued else ""
    after = words[index + 1].lower() if index + 1 < len(tokens) and tokens[index + 1].glued else ""
    return before in _HOLIDAY_BEFORE or after in _HOLIDAY_AFTER


def _names_a_thing(tokens: _Tokens, index: int) -> bool:
    """Say whether the words before a capitalised word make it a thing's or a place's name,
    whatever follows ("appen Povitryana Tryvoha", "jobbar på Coor Service", "en Audi A4",
    "utanför Max Burgers"): checked before two such words are read as a full name."""
    return (
        _after_unit_noun(tokens, index)
        or _after_article(tokens, index)
        or _outside_a_place(tokens, index)
        or _at_workplace(tokens, index)
        or _law_or_holiday(tokens, index)
        or _in_a_record(tokens, index)
    )


def _continues_a_thing(tokens: _Tokens, index: int) -> bool:
    """Say whether the capitalised word just before, in the same sentence, is a thing's name
    by the words before it, so that this word is the rest of it ("appen Povitryana
    Tryvoha", "jobbar på Coor Service")."""
    if index == 0 or tokens[index].initial or not tokens[index].glued:
        return False
    if tokens.gap(index) != " " or not _capitalised(tokens.words[index - 1]):
        return False
    if index >= 2 and tokens.words[index - 2].lower() in _UNIT_NOUNS:
        return False  # "ska till vc Kasimir Drelvok": a unit's short name, then a person's
    return _names_a_thing(tokens, index - 1)


def _in_a_record(tokens: _Tokens, index: int, *, genitive: bool = False) -> bool:
    """Say whether a word follows "i" after a verb of writing, reading or registering ("skrev
    i Wilma", "står i Unikum", "dokumenterat i Lifecare"): a school platform, a case system
    or a document, not a person, though a name list may hold it. A genitive is a person's
    record ("läste i Lisas journal") and is left to the other rules."""
    if index < 2 or not tokens[index].glued or not tokens[index - 1].glued:
        return False
    words = tokens.words
    if words[index][-1] in "sS" and not genitive:
        return False
    return words[index - 1].lower() == "i" and _untypo(words[index - 2].lower()) in _RECORD_VERBS


def _after_place_preposition(tokens: _Tokens, index: int) -> bool:
    """Say whether a preposition that takes only a place comes just before ("i", "utanför"),
    or before the first word of two capitalised ones: "bott i Moria", "pendeln stannade i
    flemingsberg", "i Beer Sheva". "på", "till" and "från" are left out,
    since staff write "hälsade på Lindberg", "skickade till Ilhan" and "sms från Kadri"."""
    if index == 0 or not tokens[index].glued:
        return False
    words = tokens.words
    if words[index - 1].lower() in _PLACE_PREPOSITIONS:
        return True
    # the second word of a place of two ("i Beer Sheva", "i Rio Branco"), not a genitive
    # ("i Anna Lindhs namn"), nor a word after a whole place ("i Alby Olvadine!!") or a
    # subject run on after one ("i Beer Olvadine kom")
    return (
        index >= 2
        and tokens[index - 1].glued
        and words[index - 2].lower() in _PLACE_PREPOSITIONS
        and _capitalised(words[index - 1])
        and _capitalised(words[index])
        and not words[index].endswith("s")
        and _title(words[index - 1]) not in load().places
        and not _followed_by_verb(tokens, index)
    )


def _outside_a_place(tokens: _Tokens, index: int) -> bool:
    """Say whether "utanför", "innanför", "ovanför", "nedanför" or "vid" comes just before:
    these take a building or a place ("bråk utanför Max", "innanför Åhléns", "ungdomar vid
    Max och torget"), not a person. A word ending in s may be a person's genitive ("utanför
    Lisas dörr") and is left to the other rules."""
    if index == 0 or not tokens[index].glued or tokens.words[index][-1] in "sS":
        return False
    return tokens.words[index - 1].lower() in _OUTSIDE_PREPOSITIONS


def _at_workplace(tokens: _Tokens, index: int) -> bool:
    """Say whether "på" after a word of work comes just before ("jobbar på Coor", "praktik på
    Max"): what follows is the workplace. "hos" is left out: staff write "praktik hos en
    frisör" but also "bor hos Ali"."""
    if index < 2 or tokens[index].initial or not tokens[index].glued:
        return False
    if tokens.words[index - 1] not in ("på", "pa") or not tokens[index - 1].glued:
        return False
    return _work_word(tokens.words[index - 2].lower())


def _work_word(word: str) -> bool:
    """Say whether a word is one of work, study or a shift ("jobbar", "praktik", "forskar",
    "kvällspass", "nattskift"), after which "på" takes a workplace."""
    return (
        "jobb" in word
        or "praktik" in word
        or word in _WORK_WORDS
        or (len(word) > 5 and word.endswith(("pass", "passet", "skift", "skiftet")))
    )


def _camel_case(word: str) -> bool:
    """Say whether a word has a capital inside it between small letters, as brands do
    ("PayPal", "LeoVegas"); names do only after a prefix ("McDonald", "DeAndre": not
    counted), and a name in capitals with a genitive "s" ("SUHAYLs") is no brand."""
    return _CAMEL_CASE.fullmatch(word) is not None and not word.startswith(_NAME_PREFIXES)


def _after_company_head(tokens: _Tokens, index: int) -> bool:
    """Say whether a word that starts a bank's name comes just before ("Bank Hapoalim",
    "Banco Azteca"): the word is the bank's name."""
    if index == 0 or not tokens[index].glued:
        return False
    return tokens.words[index - 1] in _COMPANY_HEADS


def _before_company_word(tokens: _Tokens, index: int) -> bool:
    """Say whether a capitalised company word follows ("Hoist Finance", "Ikano Bank")."""
    following = index + 1
    if following >= len(tokens) or not tokens[following].glued:
        return False
    return tokens.words[following] in _COMPANY_WORDS


def _after_article(tokens: _Tokens, index: int) -> bool:
    """Say whether an article or possessive comes just before, in the same clause ("en
    Audi", "sin Samsung"); Swedish puts none before a person's name."""
    if index == 0 or tokens[index].initial or not tokens[index].glued:
        return False
    return tokens.words[index - 1].lower() in _ARTICLES


def _joined_by_ampersand(tokens: _Tokens, index: int) -> bool:
    """Say whether an ampersand joins this word to a neighbour, as in company names."""
    before = tokens.gap(index) if index > 0 else ""
    after = tokens.gap(index + 1) if index + 1 < len(tokens) else ""
    return "&" in before or "&" in after


def _genitive_of_person(tokens: _Tokens, index: int) -> bool:
    """Say whether the token is a genitive before a kinship or role word ("Omids pappa")."""
    token = tokens[index]
    if not token.word.endswith("s") or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.glued and following.word in _STRONG_CONTEXT


def _apposition(tokens: _Tokens, index: int) -> bool:
    """Say whether a role word follows in apposition ("Zetterlund (styvpappa)", "Ali, sonen")."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = tokens.gap(index + 1)
    return gap in _APPOSITION_GAPS and _is_strong(following.word.lower())


def _plus_joined(tokens: _Tokens, index: int) -> bool:
    """Say whether a plus sign joins the word to a neighbour, as staff pair people ("x+y")."""
    before = tokens.gap(index) if index > 0 else ""
    after = tokens.gap(index + 1) if index + 1 < len(tokens) else ""
    return before == "+" or after == "+"


def _lower_apposition(tokens: _Tokens, index: int) -> bool:
    """Say whether a role word stands in parentheses or between commas after a lower-case word.

    "uusitalo (pappa)", "mbeki, styvpappa, kom": a single comma is not enough in lower case,
    where it often joins two clauses ("går i nian, föräldern undrade").
    """
    if not _apposition(tokens, index):
        return False
    gap = tokens.gap(index + 1)
    if gap == " (":
        return True
    after = tokens.gap(index + 2) if index + 2 < len(tokens) else tokens.tail(index + 1)
    return gap == ", " and after.startswith((",", ")"))


def _after_locative(tokens: _Tokens, index: int) -> bool:
    """Say whether a place preposition comes just before ("bor i Tensta"), or before the
    place's first word ("i Beer Sheva")."""
    if index == 0 or tokens[index].initial:
        return False
    return tokens[index - 1].word in _LOCATIVE or _after_place_preposition(tokens, index)


def _followed_by_verb(tokens: _Tokens, index: int) -> bool:
    """Say whether a finite verb follows, which makes a sentence-initial word a subject."""
    if index + 1 >= len(tokens) or tokens[index + 1].initial:
        return False
    word = tokens[index + 1].word
    if not word.islower():
        return False
    return _finite(word)


def _pronounceable(word: str) -> bool:
    """Say whether a word has a vowel and does not end like "-nr" (nummer): abbreviations
    often have none ("tfn") or end so ("orgnr", "lghnr")."""
    if word.lower().endswith("nr"):
        return False
    return any(char in _VOWELS for char in word.lower()) or bool(_FOREIGN_LETTERS.search(word))


def _title(word: str) -> str:
    """The word with its first letter in capitals, as the gazetteers spell names."""
    return word[:1].upper() + word[1:]


def _finite(word: str) -> bool:
    """Say whether a lower-case word is a finite verb ("ringde", "sa", "kom"), or a slip of
    the keyboard away from one ("grtä", "hödre")."""
    if (
        word in _FINITE_VERBS
        or word in _SPEECH_VERBS
        or (len(word) > 4 and word.endswith(_FINITE_ENDINGS))
    ):
        return True
    typed = _untypo(word)
    return typed is not word and (typed in _FINITE_VERBS or typed in _SPEECH_VERBS)


def _set_apart(tokens: _Tokens, index: int, *, age: bool = False) -> bool:
    """Say whether punctuation sets a sentence-initial word apart ("Lisa, 45 år", "Lisa (15").

    With ``age``, only an age or a number may follow ("Aziz, 45 år", "Aziz (15)"): an unknown
    word that is not a known name needs that much more to be called one.
    """
    gap = tokens.gap(index + 1) if index + 1 < len(tokens) else tokens.tail(index)
    if not gap.startswith(_SET_APART):
        return False
    if not age:
        return True
    if not gap.startswith((", ", " (")):
        return False  # "pnr: 19121212-1212" is a label, not a name
    rest = gap[2:].lstrip("( ")
    return rest[:1].isdigit()


def _followed_by_speech(tokens: _Tokens, index: int) -> bool:
    """Say whether a verb of speaking follows ("Olle sa", "Lisa berättade")."""
    if index + 1 >= len(tokens) or not tokens[index + 1].glued:
        return False
    return tokens.words[index + 1] in _SPEECH_VERBS


def _score_caseless(tokens: _Tokens, index: int) -> tuple[float, str] | None:
    """Score a word in a script without capitals (Arabic, Hebrew ...) in a Swedish note.

    After a naming word it is a name ("mamma فاطمة"); elsewhere the writer is asked.
    """
    if index and _is_strong(tokens.words[index - 1].lower()):
        return SCORE_CONTEXT, "name.context"
    return SCORE_UNKNOWN, "name.unknown_capitalised"


def _lower_shouted(text: str) -> str | None:
    """Return the text with words in capitals lowered, or None if there are none.

    Runs of two or more words are lowered, and single words of ``_SHOUTED_SINGLE`` letters or
    more ("TAMUNA"); shorter single words and known acronyms stay (BUP, LSS, ADDIS).

    Lowering keeps every offset (checked), so findings on the copy index the text itself.
    """
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        shouted = len(word) >= 2 and word.isupper()
        if shouted and count and "\n" not in text[end : match.start()]:
            end = match.end()
            count += 1
            continue
        if count >= 2 or (count == 1 and _shouted_single(text[start:end])):
            runs.append((start, end))
        start, end, count = (match.start(), match.end(), 1) if shouted else (-1, -1, 0)
    if count >= 2 or (count == 1 and _shouted_single(text[start:end])):
        runs.append((start, end))
    if not runs:
        return None
    pieces: list[str] = []
    cursor = 0
    for run_start, run_end in runs:
        pieces.append(text[cursor:run_start])
        pieces.append(text[run_start:run_end].lower())
        cursor = run_end
    pieces.append(text[cursor:])
    lowered = "".join(pieces)
    return lowered if len(lowered) == len(text) else None


def _shouted_single(word: str) -> bool:
    """Say whether a word in capitals alone is read once more in lower case: one long enough
    to be a name, and no acronym staff use ("ADDIS gjord" stays an instrument)."""
    return len(word) >= _SHOUTED_SINGLE and word not in _ACRONYMS


def _slips(word: str) -> tuple[list[str], list[str]]:
    """Return the word with two neighbouring letters swapped, or one letter dropped.

    "rignde" is "ringde" mistyped, not a name: a word one slip away from an ordinary word is
    taken to be that word.
    """
    swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    dropped = [word[:i] + word[i + 1 :] for i in range(len(word))] if len(word) >= 7 else []
    return swapped, dropped
