"""Names found by where they stand in a staff note, not by a list (issue 13, sixth round).

Each rule has cases it must catch and ordinary lines it must leave alone. The names are made
up for these tests; none is drawn from an evaluation set of ``benchmarks/guard.py``.
"""

from __future__ import annotations

import pytest

from .conftest import spans

CAUGHT: list[tuple[str, str]] = [
    # an East Asian given name of two syllables of up to six letters, hyphenated, is judged
    # as the same name written as one word (made-up names)
    ("Dol-hyeon på boendestödet går på semester", "Dol-hyeon"),
    ("Kyeong-mu har tagit ett lån", "Kyeong-mu"),
    ("Dol-hyeons föräldrar bor i Busan", "Dol-hyeons"),
    ("idag kom tong-rim och nam-gyeol", "nam-gyeol"),
    ("pyeol-sun vill byta grupp", "pyeol-sun"),
    # a genitive after "i" is a person's, though "i" takes a place ("i nagpur")
    ("utmätning i zubeydas lön från maj", "zubeydas"),
    ("pratade med lindberg igår", "lindberg"),
    # An acronym that is also a name stays a name at a sentence start; a name in capitals
    # after a family word stays one although it is two slips from a word.
    ("Uma har ringt om tiden", "Uma"),
    # A name in apposition before a family word is still one; only a known place is not.
    ("träffade Zubeyda, mamman till pojken", "Zubeyda"),
    # A name with its capital one key late is still a name.
    ("pratade med aMria igår", "aMria"),
    ("fru KAMINSKA ringde", "KAMINSKA"),
    # An organisation's name typed with one swap is still the organisation, but a name in
    # its place is not: only one word of a phrase may differ, and never the whole phrase.
    ("kontakt med Svea Sjöberg om skulden", "Sjöberg"),
    ("Mini Mraia Nilsson kom till gruppen", "Nilsson"),
    # A name one swap from a word is still a name: only words of twelve letters or more
    # are read as slips when capitalised inside a sentence, never a surname's shape.
    ("gruppen, sen kom Serafiina o mamman", "Serafiina"),
    ("kontakt med Hallström idag", "Hallström"),
    # one swap from a place ("Kumla"), but a verb of speaking marks a person
    ("pratade med Kumal om skulderna", "Kumal"),
    ("pratade med Ängsbo igår", "Ängsbo"),
    ("sindy o nikolaus kom", "nikolaus"),
    # one word that reads as a word with its ö restored ("början") is no sign of the
    # keyboard; with others it is, but a name after a verb of speaking stays a name
    ("pratade med borjan igår", "borjan"),
    ("tack for hjalpen sa zubeyda", "zubeyda"),
    # "på" after a verb of visiting or speaking is no workplace
    ("hälsade på Max i Kista", "Max"),
    ("pratade med Max på jobbet", "Max"),
    # "familjen" before a capitalised word marks a family's surname, however much its
    # letters read as a word's
    ("alla i familjen Wersäng var sjuka", "Wersäng"),
    ("ringde till familjen Bersäll igår", "Bersäll"),
    # "vid" takes a place, "bredvid" a person
    ("satt bredvid Zubeyda i gruppen", "Zubeyda"),
    # a genitive after "i" and a verb of writing or reading is whose record it is; a name
    # after "kär i" is a person
    ("står i Zubeydas akt sedan maj", "Zubeydas"),
    ("läste i Lisas journal", "Lisas"),
    ("han är kär i Wilma", "Wilma"),
    # a note run on after a thing's or a unit's name into a person's
    ("äger en Volvo Zubeyda kom sen", "Zubeyda"),
    ("ska till bvc Kasimir Drelvok, ny i grp", "Kasimir Drelvok"),
    # a name after a list of things, with a verb after it, is a person
    ("skulder hos Klarna, Svea o Lisa ringde", "Lisa"),
    # a given name of short syllables joined by a hyphen, the later ones in lower case
    ("dottern Lo-qin ringde igår", "Lo-qin"),
    ("har mejlat om att Mei-lun har en tid", "Mei-lun"),
    # a holiday's name is a woman's after a verb of visiting or speaking
    ("hälsade på Valborg idag", "Valborg"),
    ("pratade med Lucia om skolan", "Lucia"),
    ("kontakt med kvinnojouren, Blenda sa att hon kan komma", "Blenda"),
    # "från" and "på" take people too
    ("fick sms från Ilhan igår", "Ilhan"),
    ("hälsade på Lindberg i helgen", "Lindberg"),
    ("SIP:en klar, pratade med Nordling", "Nordling"),
    ("90 min Zubeyda sen, vill byta skola", "Zubeyda"),
    ("pratade med McDonald igår", "McDonald"),
    ("bor i Tensta o Zubeyda kom sen", "Zubeyda"),
    ("SOC o Zubeyda kom", "Zubeyda"),
    ("kontakt med ICA o Zubeyda kom", "Zubeyda"),
    ("ZUBEYDAs mamma ringde", "ZUBEYDAs"),
    ("i vår Zeren berättar att hon slutar", "Zeren"),
    ("träffade sina stenqvist på fritids", "stenqvist"),
    # A letter Swedish never writes marks a foreign name, wherever it stands.
    ("idag kom şükrü, glad", "şükrü"),
    ("bråk m dražen på rasten", "dražen"),
    ("Øystein ringde", "Øystein"),
    ("hon o małgośka satt ihop", "małgośka"),
    # A verb that takes a person wants its object, capitalised or not.
    ("bråk mellan Lotte o en annan kille", "Lotte"),
    # an instrument's acronym after a family word is a name; a listed name without a vowel
    ("mamma ADDIS ringde", "ADDIS"),
    ("pratade med mhd igår", "mhd"),
    # beside a person, or a person's genitive after "utanför"
    ("satt bredvid Max i bussen", "Max"),
    ("stod utanför Lisas dörr", "Lisas"),
    # a genitive before a family word is a person, however word-like its letters
    ("Marbekts pappa har inte hämtat honom", "Marbekts"),
    ("följde Mara till bussen", "Mara"),
    ("hälsa Hanne att vi saknar henne", "Hanne"),
    # A word that is ordinary only as a split into short parts is still unknown.
    ("Kanuudin grät i slutet", "Kanuudin"),
    # A subject inside a run-on line, before a finite verb; a verb mistyped still counts.
    ("lugn grp idag zubeyda vill inte åka hem", "zubeyda"),
    ("trött idag. Olvadine grtä i slutet", "Olvadine"),
    # Two unknown words in a row are a first name and a surname.
    ("ny i grp: ubaxo warsame", "ubaxo warsame"),
    # An unknown word with a remark in parentheses.
    ("ubaxo (ny) kom sent", "ubaxo"),
    # After a comma an unknown word stays a name; a cut-short word needs a family of words.
    ("trygga m mamman, Zubeyda kom sen", "Zubeyda"),
    # Any lower-case word no lexicon knows in any form, that ends as names end: asked about.
    ("sen kom zubeyda, vi ritade", "zubeyda"),
    ("lugnt idag utom olvadine", "olvadine"),
    # At a sentence start the capital says nothing: judged as in lower case.
    ("Zubeyda trött idag", "Zubeyda"),
    ("bra möte. Olvadine mkt ledsen", "Olvadine"),
    # A relative's genitive still marks a name as the subject of a verb; Max is still a name.
    ("mammas ghazal kom", "ghazal"),
    ("Max kom idag o var glad", "Max"),
    # A place that is also a Swedish name is a person unless a place preposition precedes.
    ("Eritrea, 34 år, ny i grp", "Eritrea"),
    # Around a dish, a drink or a feast a person stays a person: a genitive, a listed name,
    # a subject of a verb, two people joined by "och" after "mellan", a run-on sentence.
    ("inför Olvadines besök städade mamman", "Olvadines"),
    ("familjen firade Lisa som fyllde 40", "Lisa"),
    ("fika o olvadine berättade om skolan", "olvadine"),
    ("umgänge mellan olvadine och biologiska pappan", "olvadine"),
    ("mamman lagade maten Olvadine kom sen", "Olvadine"),
    ("föräldrarna ville skriva under olvadine var arg", "olvadine"),
    # after a whole place, or as a subject after a place's first word, a name stays a name
    ("arbetsgivaren är en pizzeria i Alby Olvadine!! glömde jackan", "Olvadine"),
    ("vi var i Tavrosh Olvadine berättade om resan", "Olvadine"),
    # a country's genitive before a family word is a person's
    ("Ugandas mamma ringde i morse", "Ugandas"),
    # a person celebrated at the start of a sentence stays a person
    ("Olvadine firas i morgon, hon fyller 40", "Olvadine"),
    # a verb of drinking that ends a clause run on into the next one's subject
    ("han ville sluta dricka olvadine i åk 7", "olvadine"),
    ("vi drack kaffe olvadine berättade om skolan", "olvadine"),
    # a verb of speaking after a word that is no pronoun may come before its subject; a
    # person after a feast is no second word of it when a verb follows
    ("idag pratade kelumba mest om skolan", "kelumba"),
    ("familjen firade Eid Olvadine kom sen", "Olvadine"),
    # a listed name after a thing and "och" stays a name, and so does a word a verb follows;
    # a top-500 name after a listed feast stays a name
    ("bjöd på kelumba och Lisa kom sen", "Lisa"),
    ("bjöd på kelumba och olvadine berättade om skolan", "olvadine"),
    ("firade Eid Amira och mamman", "Amira"),
]

ORDINARY: list[str] = [
    "resa till Kraków i sommar",
    # an English loan word with two letters swapped, alone after a comma
    "ringde soc, stalikng på nätet fortsätter",
    # a place with two letters swapped ("Kumla")
    "flyttade fr Kumal i nov, söker bostad",
    # "x o y" before a masked organisation and a verb: no two people as the subject
    "om nudes o nätsex, Ungdomsmottagningen var med",
    # a short head before a long known word; a landlord; a rating scale
    "betalar av på elskulden varje månad",
    "Willhem har skickat ny hyresavi",
    "gjorde PGSI idag, 14 poäng",
    # an agency's genitive mistyped
    "Kronofogdnes handläggare ringde",
    # a unit's name after its acronym or noun
    "läkaren på VC Ängsbo föreslår ny tid",
    "går till dagverksamheten Ängsbo 3 dgr/v",
    # typed on a phone without å, ä and ö: words with their letters restored
    "ok hon lamnar in papprena imorn, tack for hjalpen",
    "ringde fran toaletten, vill ha hjalp",
    "sa nat om att fk drar in bidraget",
    "hemtjänsten har missat besoket igen, dottern jatteledsen",
    # an electricity debt in capitals; a treatment home after its mistyped noun; a compound
    # set apart by a comma; an English compound; a shelter named like a person; a loan word
    "ELSKULD HOS TIBBER 8 430 KR",
    "Kontraktsvård, behanldingshem Vårnäs i 6 mån",
    "Elevhälsomöte, mentorn beskriver trötthet",
    "take-home blir inte aktuellt än",
    "Kvinnojouren Frida har plats i tre veckor",
    "skickar pengar via hawala till släkten",
    # a workplace after a word of work and "på", even one named like a person
    "Har fått sommarjobb på Max i Kista",
    # a company after "eller" and another company; a hotel chain in capitals; a unit acronym
    "rekommenderat Folksam eller If före nästa ansökan",
    "HOTELL VIA SCANDIC I TVÅ NÄTTER",
    "patienten till PIVA i natt",
    # two English words in a row are no first name and surname
    "livet känns som 'a never ending grind' just nu",
    # a note abbreviation at a sentence start
    "Hemtj ringde, brukaren mår bra",
    # a shelter named like a woman after its noun; a company word after a company ("Partner"
    # is also a spouse); a lender after "hos"; a job interview typed without å
    "skyddat boende på Kvinnojouren Blenda i 4 veckor",
    "Deltar i Rusta och matcha hos Jobtech Partner, leverantören rapporterar bra närvaro",
    "en kredit hos Northmill o en hos Anyfin",
    "fick jobbintervju pa Pressbyran imorn",
    # elder care and sleep words, an agency's short form, an English word of chat
    "ansökan om säbo, väntetid ca 3 mån",
    "stödsamtal om insomni varannan vecka",
    "HANDLÄGGNINGSTID 6–8 VECKOR ENLIGT SKV",
    "sorry kom inte igår, bussen gick inte",
    # a youth clinic of the Maria model; a word's genitive though the word is also a name
    "Uppföljning vid Maria Skåne: beteendeterapi mot cannabis",
    "magsjuk idag, barnets handläggare byttes igen",
    # a word of the surname lists after a preposition that takes only a place
    "familjen har bott i Moria ett år",
    "sorry sen, pendeln stannade i flemingsberg",
    # the Social Insurance Agency's assessment; a long word typed without its ä
    "FK:s SASSAM styrker nedsatt arbetsförmåga",
    "hemtjansten kom inte idag, ringde ingen",
    "vi pratade om naïv konst",
    "vi åt crème brûlée på fikat",
    "ringde Försäkringskassan om beslut",
    "träffade Socialtjänsten i tisdags",
    "Föreningens orgnr är 556677-8899.",
    "hans tfn är ändrat",
    "planering (forts) nästa gång",
    "gick hem tidigt idag (sjuk)",
    "en dag vill hon bara sova",
    "följde med till bussen",
    "bråk mellan syskonen o mamma",
    # Forms hunspell derives that the ending stripper does not (common_forms.txt).
    "mötet hölls i tisdags, inget övervägdes",
    "metoden användes, han dog i fjol, hon bjöd på fika",
    "det viktigaste är att hon kommer",
    # Abbreviations, acronyms, loan verbs and medicines staff write.
    "fortf trött, ang sömn",
    "BBIC klar",
    "han ghostade henne, vejpade mkt",
    "adhd-utredning pågår, ok:at av mamma",
    "tar xanax o voxra enl läkare",
    # Words cut short, compounds mistyped, and capitalised words after a role word that
    # start a new clause (issue 13: the false alarms of the sixth set).
    "medd skickat, förhandsbed klar, aktivitetsersättn sökt",
    "ingen kontakt m ex-maken enl henne",
    "tandläkaritd bokad, budgetrådigvn nästa v",
    "alla kallade, Ej kommit",
    "Kallelse skickad via Mina meddelanden",
    "trygga m mamman Barnsamtal genomfört",
    "trygga m mamman, Beviljad kontaktfamilj",
    "fick gå hem o hämta Ramadan snart",
    # The false alarms of the seventh set: spoken forms, nested compounds, medicines mistyped,
    # abbreviations of role words mistyped, days cut short.
    "ses imorn kl 10, iaf om hon orkar",
    "info om föräldrastödsgruppen o anhörigstödsgruppen",
    "tar Cocnerta o Suubtex enl ordination",
    "hadnl ringer upp",
    "mötet flyttat till tors mamma kommer då",
    # The false alarms of the eighth set: creditors and shops, streaming services, English
    # loan words and verbs, a relative's possessions, instruments in capitals, cut words.
    "avbetalningsplan m Intrum sen feb, handlar på Klarna o Temu",
    "Ringde Lowell tillsammans o fick anstånd",
    "säga upp nån av streamingtjänsterna (HBO Max, Viaplay)",
    "orolig för sonens gaming typ 10h om dagen",
    "han har ghostat henne, chillade mer idag",
    "AUDIT o DUDIT gjorda",
    "pratade m barnen Fortf osäker om han vill",
    "info om biverkn av medicinen",
    # The false alarms of the ninth set: places clients come from and city districts, slang
    # verbs, instruments read in lower case, agencies and school platforms mistyped, and a
    # compound with a short head ("skärm|fri").
    "familjen kom från Herat 2016, sen Izmir, nu bor dom i Tensta",
    "flydde från Addis Abeba, bodde i Banja Luka förut",
    "kom från Iran o Eritrea",
    "han gejmar hela nätterna, vill ha skärmfri kväll",
    "AUDIT, DUDIT gjorda",
    "skrivit till Kronofogdne o Försäkrnigskassan, kolla Vklass",
    # The false alarms of the tenth set: gambling, housing, energy, interpreting, medicines,
    # nicotine and learning apps.
    "spelskulder hos Unibet, LeoVegas o Betsson",
    "söker på Blocket o Qasa varje kväll, köpoäng hos Boplats",
    "autogiro på el (Tibber)",
    "tolk per telefon genom Semantix",
    "dosetten m Donepezil o Waran står orörd",
    "snusar Velo, pluggar m Khan Academy på sin iPad",
    # The false alarms of the eleventh set: acronyms with a Swedish ending, instruments and
    # long compounds mistyped by one swap, a compound ending as a surname ends, loan nouns.
    "SIP:en uppdateras, LSS:en beviljad, BBIC:s mall ifylld",
    "AUIDT o DUDTI gjorda idag",
    "tremånadersfristen går ut i mars",
    "uppdaterade Jounralanteckningen igår",
    "bokade Uppöfljning om två veckor",
    "spelar på utländskt casino ringer inte tillbaka",
    # No article or possessive comes before a person's name: what follows one is a thing.
    "Avslag då sökanden äger en Audi värd mer än ett prisbasbelopp",
    "hon äger en audi, köpte sin samsung på kredit",
    "HAN HAR SÅLT SIN AUDI",
    # A capital inside a word marks a brand; a company word ends a company's name.
    "betalat med PayPal o MobilePay, spelat med NetEnt",
    "kontakt med Hoist Finance ang skulden",
    # "o" joins one more thing of the kind before it: a medicine, a company masked by the
    # allow-list.
    "fick Oxazepam o Propiomazin till natten",
    "spelskulder hos Unibet o Kambi",
    # A medicine's generic name ends in one of the WHO's stems, in any case.
    "han tar Pregabalin varje kväll, fått hydroxizin av läkaren",
    "insatt på Karbamazepin, sen Levetiracetam",
    # The false alarms of the twelfth set, read after its first run: an abbreviation's
    # genitive in any case, a unit named after its noun, a compound of three parts or a
    # compound mistyped at a sentence start, companies as a coordinated subject.
    "tipsade om Nka:s webbinarium om unga omsorgsgivare",
    "besöksrummet på häktet Kroonberg var upptaget",
    "köper för 500 i veckan Föräldrastödskursen startar i höst",
    "Elevhläsoteam träffas på torsdag",
    "mamman nöjd, MKB o Wallenstam säger nej pga betalningsanmärkning",
    # Typed in haste (2026-12-07): an organisation of two words or more with two letters of
    # one word swapped, a compound mistyped so, a word typed without å, ä and ö mistyped so
    # in a note typed that way.
    "avbetalningen t Svea Eknoomi missad i okt",
    "tipsad om Rdöa Korsets träffpunkt",
    "Sparbanekn Skåne godtar inte fullmakten",
    "förlängning begärs hos Mini Mraia",
    "barnsmatal på skolan, 9-åringen ritade",
    "Orosanmälan från BVC: viktukrvan planar ut",
    "fick nej pa lagneheten igen, sager att det inte racker",
    "orkar inte med tonaringne langre skrev mamman, hon vagrar ga till skolan",
    # The false alarms of the eighteenth set, read after its first run: a one-word company
    # of the allow-list mistyped, in capitals too; one word typed without å, ä and ö for the
    # rules that ask, mistyped too; a word in capitals one slip from a family word; a unit of
    # measure; an acronym with one capital; a funeral cooperative.
    "SÄNG O SPIS KÖPS PÅ IKAE",
    "racker appen fran sewdbank eller maste ja ha papper",
    "kronofogden tar halva lonen, hur ska man leva",
    "kan ni hjlapa mig me elrakningen",
    "VÅLDSUTSATT MAN, ASMBON SLOG MED EN STEKPANNA",
    "PEth 0,42 µmol/l vid provet",
    "Syv har hjälpt honom välja elprogrammet",
    "BISTÅND TILL ENKEL BEGRAVNING VIA FONUS",
    # The false alarms of the nineteenth set, read after its first run: a place before a
    # family word in apposition, "org.nr", a parking company named like a person, a feeding
    # tube in capitals, a long word typed without å, ä and ö and mistyped, alone in its note.
    "överklagat till migrationsdomstolen i Göteborg, mannen har gått 8 av 15 gånger",
    "HVB-hemmet med org.nr 558570-3712 har fakturerat juni dubbelt",
    "11 obetalda p-avgifter från Aimo Park, sammanlagt 8 200 kr",
    "sondmat via PEG, distriktssköterskan kommer måndag",
    "pappa ramlade igen o ehmtjansten kom inte i morse",
    # Typed in haste (benchmarks/guard_typos.py): a place with its capital one key late, a
    # long compound typed without å, ä and ö and mistyped, at the start of a line.
    "begäran om överflyttning från öGteborg enl 2 a kap. 10 § SoL",
    "hemtjnasten har missat kvallsbesoket 2 gg",
    # The false alarms of the twentieth set, read after its first run: a scale's acronym
    # after a letter and a hyphen, a word typed without å, ä and ö that ends as surnames do,
    # a parcel carrier, an optician, a treatment home, a bath.
    "självmordstankar utan plan enl C-SSRS, säkerhetsplan gjord",
    "kommer inte ikvall, barnvakten kom aldrig",
    "förlorade jobbet som budbilsförare hos Bring",
    "Ansökan om 12 veckor på Vängsjöberg, 2 900 kr/dygn",
    "hänvisas till billigare bågar på Specsavers mamma vill inte",
    "han vill gå på AIK-matcher o till Eriksdalsbadet",
    # an instrument in capitals that a name list holds; a word without a vowel; a two-letter
    # word typed without its å ("pa") as a sign of the keyboard
    "ADDIS gjord, måttligt beroende enl DSM-5",
    "fick inte med mtrl till mötet, mejlar det",
    "har inte svarat pa 2 dagar, aker dit imorgon",
    # a restaurant after "utanför"; a security company, a pizzeria named like a person or
    # after an Italian city, a spreadsheet, a self-help fellowship (the twenty-second set)
    "bråk utanför Max vid 20-tiden",
    "Securitas väktare tog hand om det",
    "pizza från Bella Napoli efter matchen",
    "beställde från Pizzeria Napoli",
    "vi gick igenom hennes Excel",
    "föreslog SMART Recovery på nätet",
    # an agency's acronym and a colour word; a book's title; a country after a mistyped
    # "från"; a place ending in s before a family word (the twenty-third set)
    "SMHI har gått ut med orange varning",
    "paret hade läst Hold me tight inför samtalet",
    "hon är fårn Kenya, han från Syrien",
    "kontakt med skolan i Alingsås killen sover på lektionerna",
    # a restaurant after "vid"; an app after "appen"; an acronym joined to a word by a hyphen,
    # in capitals; a spoken adverb typed without its ä; an amusement park; a digital care
    # service (the twenty-fourth and twenty-fifth sets)
    "kvällsrunda: ungdomar vid Max och stationen",
    "hon loggar varje dag i appen Zentro, 20 dagar nu",
    "MÖTE MED IFO-CHEFEN OM GRUPPEN",
    "tre deltagare ikvall ska vi kora anda",
    "sommarresa till Gröna Lund med familjerna",
    "erbjöd samtal via Visiba, klienten tackade nej",
    # relapse prevention's acronym joined to a word
    "sen, ÅP-GRUPP kl 18",
    # a law after "lex"; a holiday named like a woman after a word of working or of time; a
    # dementia named after its describer; an author of a book groups read; a children's song;
    # a play centre (the twenty-sixth and twenty-seventh sets)
    "LEX MARIA-ANMÄLAN GJORD",
    "nattvandrarna jobbade Valborg i parken",
    "barnen övade inför Lucia hela veckan",
    "hennes pappa har Lewy body-demens",
    "gruppen läste Jesper Juuls bok om tonåringar",
    "vi sjöng Imse vimse spindel med barnen",
    "träffades på Leos lekland i lördags",
    # eponymous diseases, a tobacco brand, a football league and a ride app, found by an
    # audit of what notes name, not by a set
    "han har Duchennes muskeldystrofi",
    "pappan har fått Guillain-Barrés syndrom",
    "han röker Marlboro",
    "han följer Allsvenskan",
    "han kör Bolt och Uber",
    # a school platform after "i" and a verb of writing; a children's hospital, a foundation,
    # a store and a series named in notes
    "mentorn skrev i Wilma om frånvaron",
    "akuten på Drottning Silvias barnsjukhus",
    "hänvisad till Ericastiftelsen",
    "de åkte till Gekås i Ullared",
    "hon tittar på Greys Anatomy",
    # an app's name of two words after "appen"; news in easy Swedish; a children's song
    # (the twenty-eighth set)
    "flyglarm i appen Dorvana Trelika fortf påslaget",
    "läraren tipsade om Lexin-appen och 8 Sidor",
    "barnen sjöng Imse vimse i ringen",
    # a compound whose three t's are spelt as two ("chatt" + "tid"); a name of a list's
    # things between two things (the twenty-ninth set)
    "han fick chattid på torsdag",
    "de betalar för Netflix, Max o Spotify",
    "skulder hos Klarna, Svea, Qliro",
    # a hyphenated word the lexicon holds whole; a gamers' association, a telecom operator
    # and board games (the thirtieth set)
    "har Wi-fi hemma men ingen dator",
    "ville starta en förening, tipsade om Sverok.",
    "hjälpte till att ringa Tre om abonnemanget",
    "vi spelade Dixit och Ticket to Ride",
    # countries, capitals and Swedish regions after a place preposition (places_geo.txt)
    "de åkte till Kreta i somras, första resan på länge",
    "mormor bor kvar i Charkiv",
    "semester på Öland med barnen",
    "familjen kommer från Guatemala",
    "pappan jobbar i London sedan i våras",
    # a country of two words, which read as a first name and a surname
    "hon kom från Sierra Leone som 12-åring",
    "har släkt i Costa Rica",
    # dishes, festivals and loan words of clients' countries, in lower case
    "bjöd på masala chai och kakor efter gruppen",
    "hon lagar kimbap och bibimbap till kalaset",
    "familjen firade songkran med vattenlek",
    "pongal firas i januari hemma hos dem",
    "kvällen hade bollywoodtema och alla dansade",
    # a lower-case word after "i" or "vid" is a place, and a known place after "från" too
    "min man e pa jobbresa i nagpur, kommer ensam",
    "signalfel vid lindberg, tåget står",
    "svarmor kommer fran mumbai i maj",
    # a road typed in lower case
    "olycka pa roslagsleden, star still",
    # "på" after a word of work: a workplace, though a surname too
    "Hon har sökt en tjänst på Ericsson i Kista",
    # hyphenated words of short parts that are words, abbreviations or acronyms
    "de hade vab-dag",
    "fick info om Sluta-röka-linjen",
    "satt i zoom-möte",
    "skickat e-post igår",
    # a verb typed without å, ä and ö shows the keyboard on its own
    "mamma ringde, aker till akuten nu",
    "tusen tack, barnen alskar presenterna",
    # Brazilian and West African dishes and drinks, and a Brazilian state
    "bjöd på pão de queijo och kaffe",
    "han drack en flaska cachaça i veckan",
    "obrigada för hjälpen",
    "vi bakade brigadeiros till avslutningen",
    "mamman lagade egusisoppa till kalaset",
    "släkten bor kvar i Minas Gerais",
    # dishes, drinks, feasts and languages no list holds, named by the words around them
    # (made-up words): cooking, serving, buying, a treat, a measure, a feast, a language
    "pappan lagade kelumba till hela gruppen",
    "hon hade bakat tavrosh till fikat",
    "mamman bjöd på kelumba och te",
    "han köpte kelumba på marknaden",
    "han har gått ner till en flaska tavrosh i veckan",
    "familjen firade Pindalo med släkten",
    "Inför Pindalo vill de ha ett uppehåll i samtalen",
    "under pindalo fastar pappan",
    "vi tog med kaffe och kelumba till gruppen",
    "hon säljer kelumba och dumplings",
    "bjöd på kelumba de tavrosh efter gruppen",
    "kan vi få en tolk på moqeta nästa gång",
    "informationen finns på moqeta och engelska",
    # a compound whose head is a dish, a feast, a language's speakers or a shop
    "mamman lagar kelumbasoppa på fredagar",
    "familjen är moqetatalande",
    "Pindalofesten blev lyckad",
    # a bank abroad named after "Bank"; the second word of a place of two after "i"; a verb
    # of cooking typed with two letters swapped (made-up words)
    "han har kvar ett lån hos Bank Kelumbim och undrar om KFM ser det",
    "hon jobbade på sjukhuset i Beer Tavrosh förut",
    "mamma har bakta kelumba till alla",
    "vi lagaed kelumba i köket",
    # Jewish and Mexican feasts, dishes and greetings (not_names.txt)
    "fika med rugelach som en mamma tagit med",
    "han vill köpa biljetter till brorsonens bar mitzva",
    "hon vill dricka mindre inför dotterns quinceañera i maj",
    "muchas gracias för hjälpen",
    # a bank named like a person, a feast's English name, a country's genitive, a verb of
    # celebrating typed with a slip (made-up words where no list need hold them)
    "kreditkortet från Lind Bank drar en årsavgift",
    "kommer ni på Kelumba Day på lördag",
    "familjen firar Ugandas självständighetsdag i oktober",
    "de firaed Pindalo med släkten",
    # East African and Mongolian dishes and greetings, a Mongolian city (lists)
    "någon hade stekt mandazi hemma",
    "mormor skickade mössor från Ulaanbaatar, de kom i går",
    # a place of research or study after "på"; a feast inside a sentence before "firas"; a
    # verb typed without ö that shows the keyboard on its own; a Bengali snack (list)
    "Pappan forskar på Lindqvist sedan två år",
    "de berättade att Kelumban firas i en hyrd lokal",
    "glom inte vinterjackorna ni lovade barnen",
    "en deltagare hade med sig shingara till fikat",
    # a treat with its guests between ("bjöd hela gruppen på"), a shift's workplace, a thing
    # of a relative's in its own letters, a language after "pratar bara", a language or a
    # food joined by "och" to one, a drink or a leaf after "drack" or "tuggar", a dish after
    # a participle of cooking (made-up words)
    "en mamma bjöd hela gruppen på kelumba ur en jättegryta",
    "har kvallspass pa tavrosh hela veckan",
    "hon vill dricka mindre inför dotterns tavroña i maj",
    "hon pratar bara moqeta",
    "fler tolkar på bengali och moqeta behövs",
    "pitha med kokos och kelumba",
    "kvinnogruppen drack kelumba med kardemumma",
    "han tuggar kelumba med vänner",
    "någon hade stekt kelumba hemma",
    # eggs are food too; Greek dishes, dances and thanks (lists)
    "familjecentralen bjöd på röda ägg och kelumba",
    "Tre killar ville lära sig syrtaki inför skolavslutningen",
    "efcharisto poli för allt",
    # the language a pronoun speaks, a thing joined to tobacco, a feast of two capitalised
    # words whose second is a listed name (made-up words), an adjective of origin
    "De pratar moqeta hemma och portugisiska med grannarna.",
    "Vi pratade om tobak och kelumba, han tuggar varje dag",
    "Familjen firade Tavrosh Gabi i kyrkan",
    "vi tog amharisk tolk eftersom hon förstår det",
    # more of a thing joined by "och" (made-up words); a listed feast's second word, even a
    # listed name
    "Kollegan bjuder på kelumba tavrosh och moqeta flan på fredagen",
    "Familjen firade Simbang Gabi i katolska kyrkan",
    "familjen firade Songkran Gabi hos mormor",
]


@pytest.mark.parametrize(("note", "name"), CAUGHT)
def test_caught(note: str, name: str) -> None:
    """The name, and nothing else, is reported."""
    found = [text for kind, text in spans(note) if kind == "name"]
    assert any(name in text or text in name for text in found), found


@pytest.mark.parametrize("note", ORDINARY)
def test_ordinary(note: str) -> None:
    """An ordinary line stays clean."""
    assert [span for span in spans(note) if span[0] == "name"] == []


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Skatteverket har beviljat Stenvan Delmuer skyddad folkbokföring", "Stenvan Delmuer"),
        ("metadon till Molgan Delmuer hämtas på mottagningen", "Molgan Delmuer"),
    ],
)
def test_two_capitalised_words_inside_a_sentence_block_as_one_name(note: str, name: str) -> None:
    """Two capitalised words in a row, neither a word, place or company, are a full name
    that blocks whole, although one of them alone reads as a word's letters."""
    from iub.privacy import analyze

    found = [(note[f.start : f.end], f.score >= 0.5) for f in analyze(note) if f.kind == "name"]
    assert found == [(name, True)]


def test_word_forms_hold_no_name() -> None:
    """No word form or English word the guard reads as a word is a name its lists hold."""
    from iub.privacy.guard._lexicon import listed_names, read_list

    forms = read_list("common_forms.txt")
    english = read_list("english_words.txt")
    assert len(forms) > 30_000
    assert len(english) > 50_000
    assert not (forms | english) & listed_names()


def test_a_company_between_a_naming_word_and_a_word_weakens_it_to_a_question() -> None:
    """An allow-listed company masked between "hos" and a word leaves no naming context: the
    writer is asked (0.4), nothing blocks."""
    from iub.privacy import BLOCKING, analyze

    found = [f for f in analyze("spelskulder hos Unibet, Kambi") if f.kind == "name"]
    assert [f.rule for f in found] == ["name.unknown_capitalised"]
    assert all(f.score < BLOCKING for f in found)


@pytest.mark.parametrize(
    ("note", "address"),
    [
        ("praktik på Coop Forum i Bandhagen 50 %, handledaren nöjd", None),
        ("arbetar Storgatan 50 procent", None),
        ("bor på Storgatan 12", "Storgatan 12"),
        ("Storgatan 12-14, 2 tr", "Storgatan 12-14"),
    ],
)
def test_a_share_is_no_house_number(note: str, address: str | None) -> None:
    """A number followed by "%" or "procent" after a place is a share, not an address."""
    found = [text for kind, text in spans(note) if kind == "address"]
    assert found == ([address] if address else [])


def test_unknown_word_alone_asks_but_does_not_block() -> None:
    """A word found only by its shape asks the writer (0.4); it never blocks on its own."""
    from iub.privacy import BLOCKING, analyze

    found = [f for f in analyze("sen kom zubeyda, vi ritade") if f.kind == "name"]
    assert [f.rule for f in found] == ["name.lowercase_anywhere"]
    assert all(f.score < BLOCKING for f in found)


@pytest.mark.parametrize(
    ("word", "cut"),
    [
        ("medd", True),
        ("fortf", True),
        ("förhandsbed", True),
        ("aktivitetsersättn", True),
        ("minh", False),  # a name: no family of longer words starts with it
        ("rosalinda", False),  # ends in a vowel
        ("lindberg", False),  # ends like a surname
        ("möte", False),  # ends in a vowel
    ],
)
def test_truncated(word: str, cut: bool) -> None:
    """A word cut short is the stem of several longer words and ends in consonants."""
    from iub.privacy.guard._lexicon import load
    from iub.privacy.guard._words import CommonWords

    assert CommonWords(load().common_words).truncated(word) is cut


def test_world_places_hide_no_swedish_name_without_a_preposition() -> None:
    """Every district, country or city that is also a Swedish name is a place only after a
    place preposition; elsewhere the detector still reports it."""
    from iub.privacy.guard._lexicon import listed_names, load
    from iub.privacy.guard.names import NameDetector

    lexicon = load()
    detector = NameDetector(lexicon)
    names = listed_names()
    ambiguous = sorted(place for place in detector._place_names if place in names)
    assert ambiguous, "the check needs at least one place that is also a name"
    for place in ambiguous:
        title = place.title()
        assert [d.kind for d in detector.detect(f"{title} ringde igår")] == ["name"], title
        assert list(detector.detect(f"hon kom från {title} i fjol")) == [], title


def test_countries_capitals_and_regions_are_places_after_a_place_preposition() -> None:
    """Every entry of the built list of countries, capitals and Swedish regions is a place
    after "från", "till" or "i", two-word ones included ("Costa Rica", "Gotska Sandön")."""
    from iub.privacy.guard._lexicon import load, read_list
    from iub.privacy.guard.names import NameDetector

    detector = NameDetector(load())
    places = sorted(read_list("places_geo.txt"))
    assert len(places) > 500
    flagged = [
        place
        for place in places
        for line in (f"hon kom från {place} i fjol", f"de åkte till {place} i somras")
        if list(detector.detect(line))
    ]
    assert flagged == []


def test_a_place_of_the_built_list_is_still_a_person_where_a_person_stands() -> None:
    """The built list hides a place only after a place preposition: a person called by a
    city's name is still found as the subject, after "kompisen" or in a list of people."""
    assert [t for k, t in spans("Santiago ringde och bokade om") if k == "name"] == ["Santiago"]
    assert [t for k, t in spans("kompisen Odesa var med idag") if k == "name"] == ["Odesa"]
    assert [t for k, t in spans("Kreta ringde igår") if k == "name"] == ["Kreta"]
