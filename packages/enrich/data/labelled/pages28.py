# 30th batch (b30) of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging code and the docs were not opened). Texts are copied as stored (headline and the
# first one or two sentences of the lead; where the stored excerpt has no headline the first sentence
# stands in for it, lead=True). Only pages whose host name (without "www." or "m.") starts with g-m
# (gazeta.ru, gazetaprawna.pl, hrw.org, iom.int, kommersant.ru, kauno/klaipeda.diena.lt, lrytas.lt,
# lrt.lt, meduza.io, migazin.de, ...). Stories from odd years were preferred where a choice existed.
# Themes: pushbacks and daily border reports (Lithuania/Poland-Belarus), asylum statistics and policy
# (Germany, Israel, Ireland, Russia), deportations and returns (US-India, UK-Jamaica, Lithuania-Iraq,
# Syria), labour migration (Russian patents, Central Asian workers, Korea's EPS, caporalato, Polish
# work visas, OFWs), emigration and return (Lithuanians, Poles, Russian relocants, ethnic Kazakhs),
# citizenship (ius scholae, Lithuanian dual citizenship, Russian deprivation law), reception and
# housing (direct provision, Rukla, Calais camps, homeless asylum seekers in Ireland, Moscow
# "rubber flats"), children (ius scholae, unaccompanied minors moved from the Canaries), education
# (refugee pupils, foreign students), climate displacement
# (Bangladesh, Karakalpakstan), IDPs (Ukraine), Karabakh refugees, deaths and sea rescue (Mediterranean,
# Malta, Canaries), labour exploitation (caporalato), UAE visa amnesty, Mexican caravans.
# Languages: en 20, ru 20, pl 14, lt 12, de 4, es 4, fr 3, it 3.
# Not about migration (traps, 10): SAP data migration (de), migration to domestic software in Russia
# (ru), bird migration before winter (fr), outbound tourism of Russians and of Poles (ru, pl), record
# tourist arrivals in Spain (es), a horse shelter ("schronisko", "pensjonariusze") moving site (pl), an
# animal shelter ("prieglauda") open day (lt), cigarette smuggling by balloon from Belarus (lt),
# Jamaicans stranded in Britain by COVID closures flown home (en).
# Labelled from the topic names read as plain English and two rules: 1. A country (ISO 3166 alpha-3) is
# labelled when the title or summary names it, its adjective or its people - on every item, migration or
# not - not when it is only part of an organisation's name or is reached only via a city or region.
# 2. A topic is labelled when the item is about migration (of people) and its title or summary
# explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - Pushbacks/"apgręžti"/"neįleisti" at the Belarus border = irregular-migration-and-smuggling +
#   border-management; a record or year-on-year count adds statistics-and-data. I add statistics-and-data
#   for aggregate figures (totals, shares, trends), not for the head count of a single incident.
# - Returns of own emigrants (Tajik, Uzbek labour migrants going home, ethnic Kazakh "kandasy", Filipino
#   OFWs repatriated) = emigration-and-diaspora (+ labour-migration where workers are named), as in
#   earlier batches; return-and-readmission is kept for removals and voluntary departures of foreigners
#   (US-India deportation flight, UK-Jamaica deportees, Iraqis leaving Lithuania, UAE amnesty "leave
#   voluntarily") and for return in the plain sense of IDPs/refugees going back (Ukrainian IDPs, Syrians).
# - Jamaicans stranded abroad during COVID flown home = trap (nobody migrates), like the US-citizens case
#   of batch 28. Snowden applying to the migration service for asylum in Russia is an asylum application,
#   so asylum-procedures (not a trap, unlike diplomatic asylum inside an embassy).
# - Russian relocants and anti-war Russians abroad ("россиян ... по всему миру") = emigration-and-diaspora.
# - "war in Ukraine" / "Russian-occupied" / "Russia invaded Ukraine" name the countries, so UKR/RUS are
#   labelled even when the migrants are of a third country. England, Calais, Chiapas, Canarias, Kraków,
#   Moscow, Bishkek, Kathmandu, Nagorno-Karabakh, Hauts-de-Seine, Rukla, Podbrodzie are cities or regions
#   and give no country; "UK"/"Britain"/"Jungtinė Karalystė" give GBR; "UAE" gives ARE; "South Korea"
#   and "Korea" give KOR; "Brytyjskie media" (an adjective) gives GBR.
# - Applying for refugee status or "international protection" = asylum-procedures; people "fleeing war
#   and persecution" / "uchodźcy" / "беженцы" = refugees-and-resettlement; both when both are named.
# - Ukrainians crossing into Poland in 2022 (border-post counts) = refugees + border-management +
#   statistics; a border-post scene naming only the crossing and Ukrainian relatives = border-management.
# - Karabakh "вынужденные переселенцы" entering Armenia = refugees (they crossed a border), not internal
#   displacement. "6 million have already been displaced" by climate = climate-and-displacement only
#   (internal is not said); Karakalpakstan drought migration = climate-and-displacement.
# - Homeless asylum seekers (Ireland) and tents/informal camps (Calais) = housing; "резиновые квартиры"
#   raid = housing + irregular migration; Canada's immigration cap "pressure on housing" = housing, and
#   "immigration and education policies" (international students) = education.
# - Sea arrivals by small boat (Lampedusa "barchini", Canary "pateras", Malta) = irregular migration;
#   rescue by Salvamento Marítimo / Armed Forces of Malta = deaths-and-search-and-rescue; named minors add
#   children. Deaths "on the job" of migrant workers (South Korea) = deaths-and-search-and-rescue.
# - Escapes from Lithuanian camps/centres for refugees = reception + detention; the Foreigners'
#   Registration Centre in Pabradė named as where the returnees lived = reception.
# - Penalties for employers hiring foreigners illegally = employment + irregular migration; the Polish
#   employer's work declaration guide = labour-migration + law + employment.
# - Direct provision challenged in the High Court = reception + law-and-policy.
# - Latvia's language exam for keeping residence permits was not used (already in an earlier batch).
# - Where a stored excerpt started mid-article I took its first sentence as title (lead=True) even when it
#   begins with a pronoun or a quote (l24.lt, klaipeda.diena.lt), and kept stored spacing and typos.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b30', 30)

add('en', 'https://www.lrt.lt/en/news-in-english/19/1462043/lithuania-pushes-back-180-migrants-to-belarus-after-adopting-new-policy',
    'Lithuania pushes back 180 migrants to Belarus after adopting new policy',
    'Around 180 irregular migrants have been pushed back from the Lithuanian border since Tuesday midnight, according to the chief of the Border Guard Service (VSAT), Rustamas Liubajevas.',
    [IM, BOR], ['LTU', 'BLR'])
add('en', 'https://www.laprensalatina.com/lithuania-allows-asylum-applications-at-its-embassy-in-belarus/',
    'Lithuania allows asylum applications at its embassy in Belarus',
    'Riga, Sep 22 (EFE).- Lithuania on Wednesday said it would welcome asylum applications at its embassy in Minsk, after closing its borders with Belarus to stem a flow of migrants mainly coming from the Middle East, according to the state-run BNS.',
    [AS, BOR], ['LTU', 'BLR'])
add('lt', 'https://kauno.diena.lt/naujienos/kriminalai/nusikaltimai/i-lietuva-neileisti-septyni-neteiseti-migrantai-1722649',
    'Į Lietuvą neįleisti septyni neteisėti migrantai',
    'Pastarąją parą pasienyje su Baltarusija Lietuvos pareigūnai į šalį neįleido septynių neteisėtai sieną bandžiusių kirsti asmenų, penktadienį pranešė Valstybės sienos apsaugos tarnyba (VSAT).',
    [IM, BOR], ['LTU', 'BLR'])
add('lt', 'https://www.lrytas.lt/lietuvosdiena/aktualijos/2025/11/01/news/pasienyje-su-baltarusija-apgrezti-63-migrantai-rekordinis-skaicius-per-trejus-metus-40121559/',
    'Pasienyje su Baltarusija apgręžti 63 migrantai – rekordinis skaičius per trejus metus',
    'Pasienyje su Baltarusija penktadienį apgręžti 63 neteisėti migrantai.',
    [IM, BOR, ST], ['BLR'])
add('ru', 'http://mk.ru/economics/2015/02/04/migrantam-mogut-obyavit-amnistiyu.html',
    'Как неоднократно подчеркивали власти, с 2015 года единственной формой, по которой иностранцы из безвизовых стран могут получить право на работу как у физических, так и у юрлиц в России, становится новый патент.',
    'Новый патент действителен на территории выдавшего его субъекта, стоимость также устанавливают регионы.',
    [LAB, LAW], ['RUS'], lead=True)
add('ru', 'https://kuban24.tv/item/fms-v-rossii-nahodyatsya-2-6-mln-ukraintsev-130259',
    'ФМС: в России находятся 2,6 млн украинцев',
    'Из юго-восточных областей в РФ перебрались порядка 1,1 млн человек. За получением статуса беженца и разрешением на временное проживание в миграционную службу обратились 605 тыс. украинцев.',
    [REF, AS, VIS, ST], ['RUS', 'UKR'])
add('ru', 'https://kommersant.ru/gallery/3007249',
    'Таджикский вопрос',
    'Последние десять лет Таджикистан был для России одним из главных поставщиков дешевой рабочей силы. Теперь трудовые мигранты, денежные переводы которых составляют почти половину ВВП страны, возвращаются домой.',
    [LAB, EMI], ['TJK', 'RUS'])
add('ru', 'https://lifepvl.kz/2023/07/30/gruziny-o-relokantah-vtoraya-chast',
    'Редакция информагентства «Наша жизнь» продолжает публикации о судьбах простых людей, которые были вынуждены покинуть Россию после начала войны в Украине.',
    'Не только Казахстан принял релокантов, они разъехались по миру. Наши корреспонденты уже рассказали, как их приняли в Сербии, Польше.',
    [EMI], ['RUS', 'UKR', 'KAZ', 'SRB', 'POL'], lead=True)
add('pl', 'https://www.gazetaprawna.pl/wiadomosci/artykuly/9717986,polska-zaczyna-uszczelniac-system-wizowy-fikcyjni-studenci-i-pracowni.html',
    'Bardziej restrykcyjne zasady przyznawania wiz pracowniczych i kary dla pracodawców zatrudniających nielegalnie obcokrajowców – to niektóre ze zmian będących pokłosiem afery wizowej, którymi zajmie się dziś Sejm',
    'Polska staje się państwem przyjmującym migrantów, a stosunkowo niewielki odsetek obywateli decyduje się wyjechać z kraju.',
    [VIS, LAB, LAW, EMP, IM, EMI], ['POL'], lead=True)
add('pl', 'https://monitor-press.info/pl/categories/polska-i-swiat/33140-juz-10-procent-krakowian-to-cudzoziemcy-wsrod-nich-ukraincy-bialorusini-wlosi-i-inni',
    'Już 10 procent krakowian to cudzoziemcy. Wśród nich: Ukraińcy, Białorusini, Włosi i inni',
    'Co dziesiąty mieszkaniec Krakowa jest już cudzoziemcem. Oficjalnie zameldowanych jest ponad 20 tys.',
    [ST], ['UKR', 'BLR', 'ITA'])
add('pl', 'https://lublin.se.pl/lubelskie-tyle-osob-odprawiono-przejsciach-granicznych-z-ukraina-dane-z-ostatniej-doby-aa-f3Yd-Z6Lt-Ceh4.html',
    'Lubelskie. Tyle osób odprawiono na przejściach granicznych z Ukrainą. Dane z ostatniej doby',
    'Wojna na Ukrainie sprawiła, że Polskę zalewa fala uchodźców. - W ciągu ostatniej doby na przejściach granicznych z Ukrainą w województwie lubelskim odprawiono 46 143 osoby, z czego 15 269 osób w Dorohusku – poinformował PAP w poniedziałek (28.02.2022) rzecznik Nadbużańskiego Oddziału Straży Granicznej kpt. Dariusz Sienicki.',
    [REF, BOR, ST], ['UKR', 'POL'])
add('en', 'https://www.iom.int/news/mediterranean-migrant-arrivals-reach-72263-2019-deaths-reach-1041',
    'Mediterranean Migrant Arrivals Reach 72,263 in 2019; Deaths Reach 1,041',
    'Geneva – IOM reports that 72,263 migrants and refugees have entered Europe by sea through 2 October, roughly a 14 per cent decrease from the 84,345 arriving during the same period last year.',
    [DEA, ST, IM, REF], [])
add('en', 'https://www.hrw.org/news/2009/12/16/slow-movement',
    'Migrants drowning at sea after being turned away from shore.',
    'Children detained with adults and at risk of physical and sexual abuse. Workers cheated out of wages and confined to their workplace.',
    [DEA, DET, CH, EMP, LAB], [], lead=True)
add('en', 'http://jewishjournal.com/tag/holot/',
    'Illegal migrants released from detention barred from Tel Aviv, Eilat',
    'Some 1,200 illegal migrants who will be released from a Negev detention facility will not be allowed to settle in Tel Aviv or Eilat. The migrants, mostly asylum seekers from Eritrea and Sudan, will receive a temporary residence permit when they leave the Holot center that will prevent them from entering the two cities, where the majority of illegal migrants from Africa are living.',
    [DET, IM, AS, VIS], ['ERI', 'SDN'])
add('en', 'http://www.haaretz.com/opinion/1.759129',
    'Three Years of Holot',
    'Israel cannot take in an unlimited number of asylum-seekers, but Israel can and must accept the 40,000 Africans living here today | Editorial',
    [AS], ['ISR'])
add('en', 'https://www.iom.int/node/80066',
    'Under a Changing Sky',
    '9 Million people will migrate due to climatic factors 2011-2050. 6 million have already been displaced.',
    [CLI, ST], [])
add('en', 'https://kyivindependent.com./tag/idp',
    '150,000 Ukrainian IDPs have returned to occupied regions, MP says',
    'Inadequate support from the state is part of what prompts people to return to Russian-occupied areas, lawmaker Maksym Tkachenko said.',
    [IDP, RET, ST], ['UKR', 'RUS'])
add('de', 'http://interaktiv.morgenpost.de/fluechtlinge-in-deutschland',
    'Das Bundesinnenministerium rechnet bis Jahresende mit rund 800.000 Asylbewerbern in Deutschland, Vizekanzler Sigmar Gabriel (SPD) erwartet nun sogar bis zu einer Million.',
    'Von Januar bis Ende August wurden offiziell 256.938 Asylanträge gestellt.',
    [AS, ST], ['DEU'], lead=True)
add('de', 'https://www.migazin.de/tag/abschiebung/',
    'Dobrindt will „Sichere“ Herkunftsstaaten per Rechtsverordnung',
    'Die Bundesregierung setzt in der Asylpolitik auf eine Reihe von Verschärfungen. Jetzt wurden über zwei Maßnahmen beraten: Abschiebehaft ohne Anwalt und Bestimmung „sicherer“ Herkunftsstaaten am Bundesrat vorbei.',
    [AS, LAW, DET, RET], [])
add('de', 'https://it-onlinemagazin.de/datenmigration-als-strategische-disziplin',
    'Die Datenmigration gilt auf dem Weg zu SAP S/4HANA vielen als lästiges Pflichtprogramm.',
    'Doch dieser Blickwinkel greift zu kurz: In Wahrheit entscheidet sie maßgeblich über Erfolg oder Scheitern einer Transformation.',
    [], [], lead=True)
add('fr', 'https://hanslucas.com/rtutenges/photo/49884',
    'CALAIS, LÀ OÙ LES RÊVES DES MIGRANTS SE BRISENT',
    "Plus de 1.500 exilés sont dispersés dans des camps informels à la lisère de Calais. Ils vivent dans une extrême précarité en attendant de rejoindre l'Angleterre.",
    [HOU, IM], [])
add('fr', 'https://www.hegalaldia.org/la-migration-hivernale/',
    'On y est, c’est le moment pour les oiseaux migrateurs de se préparer pour leur grand voyage.',
    'Ceux-ci ont pu profiter du printemps et de l’été pour élever leurs jeunes, ainsi que des jours longs avec une température agréable de la saison estivale.',
    [], [], lead=True)
add('es', 'https://www.laprovincia.es/canarias/2021/09/23/arriban-tres-pateras-127-personas-57583662.html',
    'Salvamento Marítimo rescata tres pateras en 72 horas, con 127 migrantes a bordo, entre ellos 16 mujeres y 26 menores.',
    'Durante la madrugada del miércoles, noventa y cinco migrantes de origen subsahariano llegaron al sur de Tenerife y Gran Canaria en dos embarcaciones, según fuentes de Salvamento Marítimo y del 112 de Canarias.',
    [DEA, IM, CH], [], lead=True)
add('it', 'https://www.lastampa.it/economia/2016/02/23/news/il-caporalato-controlla-400-mila-lavoratori-1.36568087',
    'Il “caporalato” controlla 400 mila lavoratori',
    'L’80% sono stranieri. Si superano le dodici ore di lavoro a 2,50 euro l’una',
    [LAB, EMP, ST], [])
add('it', 'https://www.iodonna.it/attualita/costume-e-societa/2022/03/04/cittadinanza-ius-scholae-italiani-per-diritto-non-solo-di-fatto-riforma/',
    'Si chiama “Ius scholae” e significa che i circa 800 mila bambini figli di immigrati, nati e cresciuti in Italia, potranno diventare italiani a tutti gli effetti.',
    'A una condizione, però: che abbiano fatto almeno un ciclo di 5 anni di scuola.',
    [CIT, CH, EDU], ['ITA'], lead=True)
add('it', 'https://ilmanifesto.it/i-barchini-arrivano-nonostante-salvini',
    'Approdano direttamente sul molo quando cala il buio.',
    'Sono barchini da dieci, quindici persone. La capitaneria spesso si limita alle operazioni di sbarco in banchina quando ormai sono sottocosta.',
    [IM], [], lead=True)
add('ru', 'https://lite.mir24.tv/amp/news/13913870',
    'Бишкек, 14 февраля. Условия труда мигрантов в России, как правило, тяжелые.',
    'Основная проблема – бесправие. Власти пытаются вывести людей из тени.',
    [LAB, EMP], ['RUS'], lead=True)
add('ru', 'https://media-mig.ru/industry/predpolagaemyj-obnovlennyj-migracionnyj-rezhim-v-rf-predusmatrivaet-smjagchenie-migracionnogo-rezhima-dlja-zhelatelnyh-inostrancev-uzhestochenie-dlja-ostalnyh-i-superpolnomochija-mvd-rf/',
    'В конце 2020 г. МВД России представило новую редакцию концепции проекта нормативного федерального закона в сфере миграции (ред. от 9 ноября 2020 г.), реализация отдельных положений которого уже осуществлена.',
    'В целом законопроект нацелен на повышение миграционных стандартов и укрепление двух оснований нового миграционного режима: упрощение процедур легализации в РФ при усиленном надзоре за всей сферой.',
    [LAW, VIS], ['RUS'], lead=True)
add('ru', 'https://kabar.kg/news/v-uzbekistan-s-nachala-goda-vernulis-svyshe-219-tysiach-trudovykh-migrantov',
    'Бишкек, 07.07.20 /Кабар/. В Узбекистан с начала года вернулись 219,6 тысячи трудовых мигрантов, сообщает Podrobno.uz со ссылкой на данные Минтруда страны.',
    'В частности, 122,8 тысячи узбекистанцев вернулись из России, 63,6 тысячи – из Казахстана, 7,1 тысячи – из Турции, 3,3 тысячи – из Южной Кореи.',
    [LAB, EMI, ST], ['UZB', 'RUS', 'KAZ', 'TUR', 'KOR'], lead=True)
add('lt', 'http://www.lzdraugija.lt/2012/06/ar-emigracija-pasieke-dugna/',
    'Krizė ir emigracija – labiausiai mūsų visuomenę bauginantys žodžiai.',
    'Pernai visuomenę labai sukrėtė  į spaudą prasprūdę  Statistikos departamento dar neapdoroti  visuotinio surašymo duomenys, esą Lietuvoje nebeliko nė trijų milijonų gyventojų.',
    [EMI, ST], ['LTU'], lead=True)
add('lt', 'http://www.kaunas.lt/seniunijos/migracijos-departamento-informacija-3/',
    'Migracijos departamento informacija',
    'Užsienietis dokumentą apie gyvenamąją patalpą galės pateikti ir atsiimdamas leidimą laikinai gyventi.',
    [VIS], [])
add('lt', 'https://klaipeda.diena.lt/naujienos/kaunas/miesto-pulsas/kauno-darbo-rinkoje-gauseja-svetimsaliu-1179339',
    'Šiuo metu Kauno mieste yra registruota 19,2 tūkst. užsienio šalių piliečių, Kauno rajone – 6,9 tūkst. užsieniečių.',
    'Prieš metus Kaune užsiregistravusių užsienio šalių piliečių buvo 18,4 tūkst., Kauno rajone – 6,2 tūkst.',
    [ST], [], lead=True)
add('pl', 'https://kobieta.onet.pl/wiadomosci/ukraina-pelne-niepokoju-oczekiwanie-na-granicy/g29g2e4',
    'W czwartkowy wieczór po polskiej stronie przejścia granicznego w pobliżu Dorohuska nie ma tłumów ludzi.',
    'Około 20 samochodów zaparkowanych na poboczu drogi; ich właściciele siedzą za kierownicą lub stoją przy drodze, wszyscy rozmawiają przez telefony komórkowe, wszystkich łączy ten sam cel: chcą odebrać swoich ukraińskich krewnych.',
    [BOR], ['POL', 'UKR'], lead=True)
add('fr', 'https://www.lutte-ouvriere.org/journal/article/travailleurs-immigresnbsp-regularisations-entravees-190009.html',
    'Travailleurs immigrés  : régularisations entravées',
    'Le ministère de l’Intérieur vient de publier les chiffres des régularisations pour les neuf premiers mois de 2025 : leur nombre baisse drastiquement, de 42 %, et même jusqu’à 62 % pour certains départements comme les Hauts-de-Seine, où le préfet se vante d’appliquer à la lettre la circulaire Retailleau de janvier 2025.',
    [LAB, VIS, ST, LAW], [])
add('de', 'https://integral-online.de/index.php/362-die-wichtigsten-asylzahlen-2019.html',
    'Die wichtigsten Asylzahlen 2019',
    'Immer weniger Flüchtlinge erreichen Deutschland. Die Zahl der Asylanträge ist im Vergleich zum Vorjahr gesunken, wie bereits in den zwei Jahren zuvor.',
    [AS, ST, REF], ['DEU'])
add('en', 'http://humanrights.ie/tag/reception-and-integration-agency/',
    'Direct Provision in the Irish High Court: The Decision',
    'This post summarises some of the main grounds of challenge to the direct provision system in the case and the findings of Mr Justice Colm Mac Eochaidh only.',
    [REC, LAW], ['IRL'])
add('ru', 'https://www.lada.kz/kazakhstan-news/145984-svyshe-milliona-etnicheskikh-kazakhov-vnov-na-rodine.html',
    'В 2025 году на историческую родину вернулись 13 202 этнических казаха, получившие статус кандaса , сообщает Lada.kz со ссылкой на Министерство труда и социальной защиты населения,',
    'С момента обретения независимости в Казахстан вернулись 1 млн 161,2 тыс. этнических казахов.',
    [EMI, ST], ['KAZ'], lead=True)
add('ru', 'https://meduza.io/feature/2024/03/13/kreml-sobiraetsya-presledovat-rossiyan-vystupayuschih-protiv-voyny-po-vsemu-miru-v-kakie-strany-luchshe-ne-ezdit-bolshoy-gid-meduzy',
    'Кремль собирается преследовать россиян, выступающих против войны, по всему миру. В какие страны лучше не ездить? Большой гид «Медузы»',
    'Чем дольше длится война в Украине, тем (к сожалению) увереннее себя чувствуют российские власти — в том числе во внешней политике. Многие страны, которые изначально придерживались нейтралитета или поддерживали Киев, теперь готовы расширять контакты с Кремлем из соображений собственной выгоды.',
    [EMI], ['RUS', 'UKR'])
add('ru', 'https://www.kommersant.ru/amp/gallery/3024199',
    'Турпоток на вырост',
    'Заменить Турцию и Египет пока не получается. Даже резкий рост популярности туров на Кипр, Грецию и Тунис вряд ли поможет туроператорам восстановить былые объемы перевозок.',
    [], ['TUR', 'EGY', 'CYP', 'GRC', 'TUN'])
add('ru', 'https://ict-online.ru/interview/Pavel-Teslenko-Infosistemy-Dzhet-Lidiruyut-v-perekhode-na-otechestvennyye-produkty-kompanii-s-razvitym-vnutrennim-IT-konturom-i-zrelymi-praktikami-vnedreniya-310303',
    '— Павел, по вашей оценке, насколько успешно проходит миграция на отечественное ПО, с какими задачами уже справились большинство компаний, а в чем возникают сложности?',
    '— Миграция на отечественное ПО в части ИТ-инфраструктуры для российских компаний проходит достаточно успешно. Наиболее беспроблемно организации переходят на системы виртуализации и мониторинга.',
    [], ['RUS'], lead=True)
add('ru', 'https://gameasphalt.ru/siriiskih-bezhencev-prinuzhdayut-vernutsya-no-dorogi-nazad-dlya-nih/',
    'Сирийских беженцев принуждают вернуться — но дороги назад для них нет. Возвращение беженцев: сирийцы потянулись на родину',
    'За время войны из Сирии уехали свыше 11 миллионов человек. Только с начала этого года в страны Европы почти полмиллиона беженцев.',
    [REF, RET, ST], ['SYR'])
add('en', 'https://www.japantimes.co.jp/news/2022/04/04/world/russia-war-migrants-mixed-reception-georgia/',
    'A few days after Russia invaded Ukraine, Dimitry, an IT worker from St. Petersburg, was confronted with a stark choice: move to Tbilisi or lose his job.',
    'With Western nations imposing sanctions on Russia, the multinational he worked for told staff it would be closing its Russian operations and moving to the Georgian capital.',
    [EMI, LAB], ['RUS', 'UKR', 'GEO'], lead=True)
add('en', 'https://khaleejjournal.com/uaes-three-month-amnesty-for-visa-rule-violators-to-start-on-august-1/',
    'UAE’s Three-Month Amnesty for Visa Rule Violators to Start on August 1',
    'The UAE will permit a three month general amnesty to foreign violators of the country’s residency laws starting from August 1. The violators will have the option to pay nominal fees or leave the UAE voluntarily without prosecution.',
    [VIS, IM, RET, LAW], ['ARE'])
add('en', 'https://mb.com.ph/2023/3/27/number-of-ofws-to-be-repatriated-could-exceed-100000-duterte',
    'Number of OFWs to be repatriated could exceed 100,000 —Duterte',
    'President Duterte said that the number of overseas Filipino workers (OFWs) to be repatriated may breach the six-digit mark due to the COVID-19 pandemic.',
    [EMI, LAB, ST], ['PHL'])
add('en', 'https://www.latimes.com/world-nation/story/2023-10-30/south-korea-labor-crisis-migrant-workers-unsafe-conditions',
    'Facing a labor crisis, South Korea turns to migrants. Why are they more likely to die on the job?',
    'In Bangladesh, Ajit Roy graduated from college with a chemistry degree, hoping to become a doctor or civil servant. But a run of bad luck derailed those dreams, sending him to look for work overseas.',
    [LAB, DEA], ['KOR', 'BGD'])
add('en', 'http://www.independent.com.mt/articles/2019-06-05/local-news/Armed-Forces-rescue-63-migrants-6736209117',
    'Updated: Armed Forces rescue more than 350 migrants',
    'More than 270 migrants were brought to Malta on Wednesday after rescue missions by the Armed Forces of Malta, with another 99 men, women and children expected to land later today.',
    [DEA, IM], ['MLT'])
add('en', 'https://gantnews.com/2015/03/09/a-migrant-workers-journey-ends-with-a-coffin-and-mourning',
    'At Kathmandu’s Tribhuvan International Airport, hundreds of migrant workers line up daily at the immigration counters, clutching newly printed passports and boarding passes.',
    'Many of them, though, are clueless as to where they’re headed.',
    [LAB, EMI], [], lead=True)
add('en', 'https://gurubaa.com/canada-balances-immigration-needs-with-labor-force-requirements',
    'Canada is taking steps to manage its immigration and education policies.',
    'The Canadian government plans to stabilize the number of new permanent residents at 500,000 in 2026. This move comes after years of increasing immigration levels, which have put pressure on housing and infrastructure.',
    [VIS, LAW, ST, HOU, EDU], ['CAN'], lead=True)
add('pl', 'https://kresy.pl/wydarzenia/msw-litwy-z-obozow-ucieklo-ponad-700-migrantow/',
    'Według danych litewskiego resortu spraw wewnętrznych, od początku roku ze specjalnych obozów i ośrodków dla uchodźców zbiegło ponad 700 migrantów.',
    'Z tej liczby znaleziono tylko 146 osób.',
    [REC, DET, ST], ['LTU'], lead=True)
add('pl', 'https://www.gazetaprawna.pl/artykuly/1490506,ponad-stu-bialorusinow-przyjechalo-do-polski-w-trybie-humanitarnym.html',
    'Grodecki, który w Ministerstwie Spraw Wewnętrznych i Administracji zajmuje się m.in. sprawami zagranicznymi i polityką migracyjną, wyjaśnił PAP, że ruch humanitarny na polsko-białoruskiej granicy jest stabilny i nie można na razie mówić o masowości.',
    'W ramach tego ruchu między 18 sierpnia a 8 września do Polski przyjechało 116 Białorusinów.',
    [BOR, ST], ['POL', 'BLR'], lead=True)
add('pl', 'https://monikasmulewicz.pl/blog/500-vademecum-pracodawcy-oswiadczenie-o-powierzeniu-wykonywania-pracy-na-terytorium-polski/',
    'Vademecum pracodawcy. Oświadczenie o powierzeniu wykonywania pracy na terytorium Polski',
    'Pracodawco, planujesz zatrudnienie obcokrajowca? Najnowszy artykuł z serii "Vademecum pracodawcy" autorstwa Moniki Piątek to esencja wiedzy o oświadczeniu o powierzeniu pracy cudzoziemcowi.',
    [LAB, LAW, EMP], ['POL'])
add('pl', 'https://katowice.wyborcza.pl/katowice/7,35063,27493183,przyjezdzaja-na-zaproszenie-bialorusi-sa-wypierani-na-litwe.html?disableRedirects=true',
    'Aleksander Łukaszenka, w ramach odwetu za poparcie przez Litwę sankcji wobec Białorusi, wspieranie białoruskiej opozycji i udzielenie schronienia Swiatłanie Cichanouskiej, osłabia graniczne kontrole i sprzyja "wycieczkom" do Europy osób z krajów Afryki i Bliskiego Wschodu, które w Europie chcą znaleźć schronienie.',
    'Działania Łukaszenki spowodowały, że obecnie na Litwie przebywa około 4,5 tys. osób.',
    [BOR, IM, AS, ST], ['LTU', 'BLR'], lead=True)
add('pl', 'https://lodz.eska.pl/wakacje-w-kraju-czy-zagranica-te-kraje-polacy-najczesciej-odwiedzali-w-2023-roku-galeria-13-03-aa-FqTf-XyYk-i58L.html',
    'Wielu Polaków wybiera wyjazdy na zagraniczne wakacje.',
    'Przy znalezieniu odpowiedniej okazji takie wakacje mogą być atrakcyjne także pod kątem ceny. Do tego dochodzi szereg innych plusów jak pewna pogoda, zabytki, kuchnia czy poznawanie nowych kultur i zwyczajów.',
    [], ['POL'], lead=True)
add('pl', 'https://hejnakon.pl/?p=41163',
    '„PEGASUS” W NOWYM MIEJSCU',
    'Po wielu latach pensjonariusze schroniska dla koni „PEGASUS” przenoszą się z mazowieckich Musuł w okolice Połczyna Zdroju w województwie zachodniopomorskim. Przeprowadzka trwa od maja.',
    [], [])
add('lt', 'https://www.lrytas.lt/augintinis/pamatyk/2021/10/04/news/panevezio-gyvunu-prieglauda-sulauke-sveciu-ne-tusciomis-rankomis-20956266',
    'Kaip ir kiekvienais metais, Pasaulinei gyvūnų dienai paminėti, Panevėžio gyvūnų globos draugija surengė Atvirų durų dieną ir sulaukė visų keturkojų – šunų ir kačių – mylėtojų.',
    'Panevėžio gyvūnų globos draugijos vadovė Rūta Liberienė naujineų portalui JP džiaugėsi visais svečiais, o ypatingai gyrė tuos, kurie nepatingėjo atsivežti savo augintinių, kuriuos pasiėmė iš prieglaudos.',
    [], [], lead=True)
add('lt', 'https://lps.lt/uzbekijos-profesines-sajungos-buvo-supazindintos-su-darbo-migracijos-padetimi-lietuvoje',
    '2025 m. vasario 26 d. Lietuvos profesinė sąjunga „Solidarumas“ Vilniuje surengė Lietuvoje viešinčiai Uzbekijos profesinių sąjungų atstovų delegacijai susitikimą su Socialinių reikalų ir darbo viceministre Aušra Putk ir Migracijos departamento direktore Evelina Gudzinskaite, kuriame buvo pristatyta darbo migracijos Lietuvoje situacija.',
    'Prieš dvejus metus liberalizavus užsieniečių iš trečiųjų šalių įdarbinimą Lietuvoje jų skaičius žymiai išaugo ir sudaro apie 10 proc. visų Lietuvos gyventojų.',
    [LAB, ST], ['LTU', 'UZB'], lead=True)
add('lt', 'https://manomityba.lt/dual-citizenship',
    'Dual citizenship Lithuania — tai tema, kuri jau daugelį metų kelia intensyvias diskusijas tiek politiniu, tiek visuomeniniu lygmeniu.',
    'Daugelis lietuvių, išvykusių gyventi į užsienį, dažnai susiduria su dilema: ar įgyti kitos šalies pilietybę ir prarasti Lietuvos, ar likti tik Lietuvos piliečiu, net jei tai riboja jų teises ir galimybes užsienyje.',
    [CIT, EMI], ['LTU'], lead=True)
add('lt', 'https://www.lzinios.lt/amp/lietuva/rukla-pabegeliu-laukia-su-nerimu/208746',
    'Rukla pabėgėlių laukia su nerimu',
    'Užsieniečiai Ruklos gatvėse vietinių jau seniai nebestebina, tačiau dalis jų nerimauja, ar kitąmet kelis kartus išaugsiantis pabėgėlių skaičius dviejų tūkstančių gyventojų miesteliui netaps per didele našta.',
    [REF], [])
add('lt', 'https://www.jonavoszinios.lt/naujiena/pabegeliu-priemimo-centre-gyvenanciu-uzsienieciu-vaiku-rugsejo-1-d',
    'Nauja šalis ir negirdėta kalba, nepažinta kultūra, ekonominė ir socialinė aplinka, nežinoma mokymosi sistema sukelia daugybę klausimų į Lietuvą atvykusiems pabėgėliams.',
    'Pabėgėlių priėmimo centro, įsikūrusio Rukloje ir jo padalinių, Naujininkų ir Girionių pabėgėlių stovyklų, darbuotojai padeda užsieniečiams ir jų mokyklinio amžiaus vaikams, integruotis ne tik į mokymosi įstaigas, bet ir į darbo rinką bei visuomenę.',
    [REF, REC, INT, EDU, CH, EMP], ['LTU'], lead=True)
add('pl', 'https://l24.lt/pl/polityka/item/99968-dzieci-urodzone-za-granica-zachowaja-obywatelstwo-litwy',
    'Za poprawką do Ustawy o obywatelstwie głosowało 88 posłów, jeden parlamentarzysta opowiedział się przeciwko.',
    'By poprawka weszła w życie, ma ją jeszcze podpisać prezydent kraju.',
    [CIT, LAW], [], lead=True)
add('es', 'https://imparcialoaxaca.mx/nacional/primera-caravana-migrante-de-2025-parte-de-tapachula-con-esperanza-y-desafios',
    'En los primeros minutos del jueves, cerca de dos mil migrantes emprendieron su marcha desde Tapachula, Chiapas, en busca de alcanzar la frontera con Estados Unidos antes de que Donald Trump asuma nuevamente la presidencia.',
    'Esta caravana, compuesta por hombres, mujeres y niños de diversas nacionalidades, representa un esfuerzo desesperado por dejar atrás condiciones adversas en sus países de origen.',
    [IM, CH], ['USA'], lead=True)
add('es', 'https://www.huffingtonpost.es/politica/espana-registra-nuevo-record-turistas-julio-gasto-esta-maximos.html',
    'España volvió a batir un récord de llegada de turistas, con 55,5 millones de entradas hasta julio (4,1 % más), que gastaron 76.074 millones (también en máximos históricos), lo que supone un aumento del 7,2 %, según ha publicado este lunes el Instituto Nacional de Estadística (INE).',
    'Los principales países emisores en los siete primeros meses del presente año fueron Reino Unido (con cerca de 11,0 millones y un aumento del 4,3 %), Francia (con más de 7,1 millones y un incremento del 1,7 %) y Alemania (con más de 6,9 millones, un 1,6 % más).',
    [], ['ESP', 'GBR', 'FRA', 'DEU'], lead=True)
add('es', 'https://www.moncloa.com/2021/03/10/canarias-traslada-menores-migrantes-no-acompanados-peninsula-662997/',
    'El Gobierno de Canarias ha procedido este miércoles al traslado a la Península de los primeros diez menores migrantes no acompañados tutelados por las islas, en concreto a Castilla y León –cinco en León y otros cinco en Palencia–, comunidad que prevé acoger a 25 jóvenes.',
    'Según informa la Consejería de Derechos Sociales, Igualdad, Diversidad y Juventud de Canarias, esto ha sido posible gracias al protocolo entre ambas autonomías por el que Castilla y León asume la tutela legal de los menores migrantes no acompañados, así como la guarda y custodia y su atención integral.',
    [CH, REC], [], lead=True)
add('ru', 'https://kun.uz/ru/news/2018/06/14/agentstvo-mintruda-vpervye-otpravilo-uzbekskih-migrantov-v-polsu',
    'Агентство Минтруда впервые отправило узбекских мигрантов в Польшу',
    'Агентство по вопросам внешней трудовой миграции впервые отправило узбекских мигрантов в Польшу. Об этом сообщает пресс-служба агентства.',
    [LAB], ['UZB', 'POL'])
add('ru', 'https://infoline.ua/ru/news/main/world/iz-nagornogo-karabaha-v-armeniyu-vehali-bolee-28-tysyach-chelovek_420803.html',
    'Из Нагорного Карабаха в Республику Армению въехали 28 120 вынужденных переселенца.',
    'Об этом пишет УНН, ссылаясь на заявление правительства Армении.',
    [REF, ST], ['ARM'], lead=True)
add('ru', 'https://www.gazeta.ru/social/news/2025/08/11/26469314.shtml',
    'Вступает в силу закон, расширяющий основания для прекращения действия приобретенного гражданства РФ, теперь причин для изъятия паспорта России будет более 80.',
    'Об этом сообщили в Telegram-канале Госдумы.',
    [CIT, LAW], ['RUS'], lead=True)
add('ru', 'https://iwpr.net/ru/global-voices/zasuha-v-karakalpakstane',
    'ЗАСУХА В КАРАКАЛПАКСТАНЕ',
    'Сильнейшая засуха, продолжающаяся второй год в Каракалпакстане – республике, входящей в состав Узбекистана, стала причиной миграции людей, которые оставляют свои дома и уезжают в поисках мест, где есть вода, а значит - возможность выжить.',
    [CLI], ['UZB'])
add('ru', 'https://imruz.tj/?p=17504',
    'Ежегодно границу России пересекают от 2,5 млн до 4,3 млн человек, или 10–15 % экономически активного населения Центральной Азии – в основном это рабочая сила низкой квалификации из сельских районов.',
    'Об этом пишет Центр геополитических исследований «Берлек-Единство».',
    [LAB, ST], ['RUS'], lead=True)
add('en', 'https://www.hindustantimes.com/cities/chandigarh-news/us-military-aircraft-carrying-104-deported-indians-lands-at-amritsar-airport-101738746363203.html',
    'US military aircraft carrying 104 deported Indians lands at Amritsar airport',
    'A US military aircraft carrying 104 illegal Indian immigrants landed at the Shri Guru Ramdas Ji International Airport in Amritsar at 1.55pm on Wednesday, sources said.',
    [RET, IM], ['USA', 'IND'])
add('en', 'https://www.irishexaminer.com/news/arid-41102761.html',
    'More than 370 people seeking international protection in Ireland are homeless',
    'People fleeing war and persecution who arrive in Ireland and find themselves homeless are travelling across the country in a desperate bid to find shelter.',
    [AS, HOU, ST, REF], ['IRL'])
add('en', 'https://jis.gov.jm/jamaicans-stranded-in-the-uk-to-be-repatriated-today/',
    'Twenty-seven (27) Jamaicans who have been stranded in Britain will return home later today (April 21), as permission has been granted for them to land, despite the closure of our borders to incoming flights from the United Kingdom (UK).',
    'The incoming Boeing 777 aircraft will later on Thursday, (April 22) repatriate British nationals and residents to the UK.',
    [], ['JAM', 'GBR'], lead=True)
add('en', 'https://www.jamaicaobserver.com/news/deportees-from-england-to-arrive-in-jamaica-at-noon',
    'Deportees from England to arrive in Jamaica at noon',
    'The 17 Jamaicans who are being deported from the UK are scheduled to land on the island at 12 noon Tuesday (Feb 11).',
    [RET], ['JAM', 'GBR'])
add('lt', 'https://klaipeda.diena.lt/naujienos/kriminalai/nusikaltimai/ignalinos-rajone-aptikti-trys-balionai-su-baltarusiskomis-cigaretemis-1737087',
    '„Pasieniečių sandėliuose atsidūrė 9 tūkst. pakelių baltarusiškų rūkalų.',
    'Visi trys atvejai Ignalinos rajone. Paprastai balionai su cigaretėmis aptinkami pietų Lietuvoje.',
    [], ['BLR', 'LTU'], lead=True)
add('lt', 'https://lrytas.lt/lietuvosdiena/aktualijos/2021/07/04/news/emigrantams-jungtineje-karalysteje-iki-liepos-1-osios-teko-apsispresti-lietuvai-nemalonios-zinios-19960808',
    'Lietuva tapo valstybe, Jungtinėje Karalystėje netekusia didžiausios savo gyventojų dalies.',
    'Iki kovo 31-osios JK tarnybos gavo 245 240 Lietuvos piliečių prašymų gauti nuolatinio gyventojo statusą. Dauguma pareiškimų patenkinti.',
    [EMI, VIS, ST], ['LTU', 'GBR'], lead=True)
add('pl', 'https://mambiznes.news/firma-w-polsce/brak-pracownikow-w-polsce-wiekszosc-wyjechala-do-wielkiej-brytanii-i-niemiec/',
    'Nad Wisłą widać coraz większy problem z brakiem rąk do pracy.',
    'Największy problem mają przede wszystkim branża budowlana i transportowa. Brytyjskie media piszą o prawdziwym "exodusie" polskich pracowników na zachód.',
    [EMI, LAB], ['GBR', 'POL'], lead=True)
add('pl', 'https://l24.lt/pl/spoleczenstwo/item/369250-szesciu-kolejnych-migrantow-wyjechalo-z-litwy-do-iraku',
    'Potwierdził to Giedrius Mišutis, przedstawiciel Państwowej Straży Granicznej, twierdząc, że migranci mieszkający w Centrum Rejestracji Cudzoziemców w Podbrodziu, wyjechali dobrowolnie.',
    'W minioną niedzielę z Litwy do Iraku lotem czarterowym odleciało 98 Irakijczyków, którzy zgodzili się na powrót do ojczyzny. Był to pierwszy taki lot czarterowy z Litwy dla nielegalnych migrantów.',
    [RET, IM, REC], ['LTU', 'IRQ'], lead=True)
add('pl', 'https://klubjagiellonski.pl/2025/03/18/w-polsce-jest-az-107-tys-studentow-z-zagranicy-to-szansa-czy-moze-zagrozenie/',
    'W Polsce jest aż 107 tys. studentów z zagranicy. To szansa czy może zagrożenie?',
    'W Polsce rośnie liczba studentów zagranicznych – w minionym roku akademickim uczyło się ich już w naszym kraju ponad 107 tys. Studiują w równym stopniu na uczelniach prywatnych i publicznych, a najczęściej wybierane przez nich kierunki to zarządzanie, informatyka i kierunek lekarski.',
    [EDU, ST], ['POL'])
add('ru', 'https://www.m24.ru/articles/migranty/06032014/39279',
    '57 иностранцев были задержаны в ходе рейда по "резиновым квартирам" в районе Хорошево-Мневники, сообщает пресс-служба МВД.',
    'В проверке участвовали 9 оперативно-поисковых групп по 20 участковых, была проверена 481 квартира.',
    [IM, HOU], [], lead=True)
add('ru', 'https://migron.ru/stati/chto-takoye-reestr-kontroliruyemykh-lits',
    'Всё, что нужно знать про реестр контролируемых лиц',
    'Российские власти проводят системные мероприятия по наведению порядка в миграционных вопросах. Крупнейшим нововведением 2025 года стало создание единого реестра, в котором находятся данные о всех иностранцах, нарушивших правила пребывания в стране.',
    [LAW, IM], ['RUS'])
add('ru', 'https://iz.promo.vg/news/553817',
    'Свершилось: Эдвард Сноуден подал в Федеральную миграционную службу заявление о предоставлении ему убежища на территории России.',
    'Сделал он это, не покидая транзитной зоны Шереметьево: опекающий беглеца адвокат Анатолий Кучерена попросил представителя ФМС пройти в транзитную зону, где и были оформлены все необходимые бумаги.',
    [AS], ['RUS'], lead=True)

check(P, 'b30', 26, eu=True)
json.dump(P, open('pages28.json', 'w'), ensure_ascii=False, indent=0)
import collections
print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
