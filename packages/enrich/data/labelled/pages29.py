# 31st batch (b31) of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging code, the demonym lists and the docs were not opened). Texts are copied as stored
# (headline and the first one or two sentences of the lead; where the stored excerpt has no headline the
# first sentence stands in for it, lead=True). Only pages whose host name (without "www." or "m.")
# starts with n, o, p, q, r or s; sub-domains and mirrors count by their own first letter (ru.respublika.lt,
# new.etaplius.lt, slaski.strazgraniczna.pl, ru24.pro, serchupai.serchup.app, newsbite.mooo.com,
# opqibi.sageret.fr, news.economicfreedomfighters.org, opendemocracy.ghost.io, rus.ozodlik.org,
# pasauliolietuvis.lt, skandinavija.today). Even years were preferred where a choice existed; the years
# still run from 2009 to 2025. 27 first-draft items that repeated a URL or title of earlier batches (or
# told the same story) were replaced before the run.
# Themes: deportation flights and expulsion regimes (UK, RU, Mayotte), church asylum in Germany,
# asylum law and its suspension at the Polish-Belarusian border, reception centres and hotels (RU,
# LT, FR, IT, US child shelters), refugees (Rohingya in Bangladesh and Indonesia, Sudanese in Chad,
# Ukrainians in RU/PL/FR/DE, Belarusians and Afghans), internal displacement (Kursk evacuees) and
# disaster displacement, labour migration (patents, taxi bans, raids on undocumented workers, ZUS
# registrations, LT third-country workers, visa scandal, Italian regularisation, Kyrgyz workers to Korea,
# Nigerian health workers), emigration and return of emigrants (Poles in the UK and Kazakhstan,
# Lithuanians in Norway and returning with children, Russian relocants and emigration statistics,
# compatriot resettlement), remittances (Mexico), citizenship (simplified Russian citizenship, Syrians
# naturalised in Hamburg), trafficking (UK-Romania), deaths at sea and at the border (Lampedusa,
# Senegalese pirogue, Bialowieza forest, Uzbek workers in a fire), detention (Albania centres,
# Manus/Nauru, Wedrzyn), children and education (RU language tests, Lithuanian returnee children),
# xenophobia (after Crocus, attacks in PL, South Africa, hotel protests), student visa cap (CA),
# temporary protection (PL), regularisation (Peru), irregular crossings (LT/PL border, Darien, Mexico
# caravan, Mayotte, Andaman Sea).
# Languages: en 20, ru 22, pl 14, lt 9, de 4, fr 4, es 3, it 3 (fewer lt than asked: most lt pages on
# n-s hosts were already used by earlier batches; ru and en make up the difference).
# Not about migration (traps, 10): bird migration (lt storks, lt autumn bird-watching weekend, de
# cranes), reindeer changing migration routes (ru), wildebeest "great migration" (en), monarch
# butterflies (en), data/cloud migration (pl), software technology migration (ru), cigarette smuggling
# found by the Polish Border Guard in a train (pl), outbound tourism of Russians (ru). They get no
# topics; countries as named (POL, LTU, BLR "Weißrussland", MEX, RUS).
# Labelled from the topic names read as plain English and two rules: 1. A country (ISO 3166 alpha-3) is
# labelled when the title or summary names it, its adjective or its people - on every item, migration or
# not - not when it is only part of an organisation's name or is reached only via a city or region.
# 2. A topic is labelled when the item is about migration (of people) and its title or summary
# explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - Deportations, "режим высылки", "forced return", "rimpatrio" = return-and-readmission;
#   "нелегальные мигранты", "nielegalne przekroczenie", boat crossings (Lampedusa, Mediterranean pirogue,
#   Andaman Sea), the Darien Gap, the caravan in Mexico and turning migrants back at the border =
#   irregular-migration-and-smuggling; border guards or a state of emergency at the border =
#   border-management. Police raids on undocumented migrant workers = irregular migration, plus
#   labour-migration only where their work is named ("работали незаконно").
# - Detention centres (CPR in Albania, Manus Island, the closed centre in Wedrzyn) and children "held"
#   in US shelters = detention; the shelters are also reception.
# - Returns of emigrants home (Poles from the UK, Polish repatriates from Kazakhstan, Lithuanians with
#   children, Russians back from "релокация", compatriots resettling to Russia) =
#   emigration-and-diaspora, not return-and-readmission; Ukrainian refugees hoping "to eventually
#   return" = refugees + return (return in the plain sense).
# - Remittances = emigration-and-diaspora; deaths of Uzbek workers in a fire on a building site =
#   deaths + labour-migration.
# - A body of an Afghan found near the Belarusian border (Bialowieza) is read as a migrant death even
#   though the word "migrant" is not in the title or summary: deaths only, no irregular-migration.
# - Xenophobic attacks (PL, South Africa), a survey after the Crocus attack and protests at migrant
#   hotels = discrimination-and-xenophobia (+ reception for the hotels). Police checks of migrant
#   dormitories after Crocus = irregular-migration only.
# - Kursk evacuees placed in ПВР inside Russia = internal-displacement + reception.
# - Organisation names give no country: Norwegian Refugee Council, "МВД России", "Совбеза РФ" (RUS
#   comes there from "российских школах"), ВСУ, "Minister of Immigration, Refugees and Citizenship",
#   the TV channel "Россия 24". But a country's government named as such ("Правительство Литвы",
#   "Кабмин Литвы") is read as naming Lithuania. Darfur, Donbass, Serengeti, Masai Mara, Lampedusa,
#   Mayotte, Bhashan Char, Chiapas, Aceh, Moscow, Hamburg, Krasnoyarsk, the EU, Africa, Asia, Central Asia
#   and Central America give no country.
# - Ukrainians who "cherchent l'asile" in France are read as seeking refuge (refugees), not as an asylum
#   procedure; people asking for refugee "status" in Russia = refugees + asylum-procedures;
#   "Kirchenasyl" protecting refugees from deportation = asylum + return + refugees.
# - Temporary protection explicitly named (TP registrations in Poland) = temporary-protection; the
#   Peruvian regularisation of Venezuelans = visas-and-residence + irregular-migration + law.
# - A student-visa cap over housing-market concerns = visas + education + housing + law.
# - Children named (niños, устройство детей, детей мигрантов, vaikai, migrant children) = children; a
#   health triage on the pier or health workers leaving = health; job placement help = employment.
# - Number-led stories (counts, records, shares) get statistics-and-data; a raid that merely gives a
#   number of people held does not.
# - Where the stored excerpt started with a rubric, tag list, byline, photo caption, promo link or a
#   sub-heading, I skipped it and took the headline and the lead paragraph (e.g. the ngs24 reindeer item
#   skips a one-line dek; the polityka item skips a photo caption).
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json
P = []
add = page_adder(P, 'b31', 31)
add('en', 'https://novaramedia.com/2020/11/18/deportation-flights-to-the-eu-have-increased-threefold-as-the-uk-rushes-to-return-asylum-seekers-before-brexit/',
    'Deportation Flights to the EU Have Increased Threefold, As the UK Rushes to Return Asylum Seekers Before Brexit',
    'The UK has chartered almost as many removal flights to the EU this year as in the past three years combined, in an attempt to remove the maximum number of asylum seekers before Brexit, Novara Media can reveal.',
    [RET, AS, ST], ['GBR'])
add('pl', 'https://natropie.zhp.pl/index.php/kryzys-i-pomoc-na-granicy/',
    'Kryzys i pomoc na granicy',
    'Od tygodni w mediach pojawiają się doniesienia o kryzysie na polsko-białoruskiej granicy. W pasie o szerokości 3 km od granicy z Białorusią obowiązuje stan wyjątkowy.',
    [BOR], ['POL', 'BLR'])
add('de', 'http://www.spiegel.de/politik/deutschland/spiegel-zahl-der-abschiebungen-bleibt-vermutlich-niedrig-a-1083058.html',
    'Flüchtlingskrise: Zahl der Abschiebungen bleibt vermutlich niedrig',
    'Die Zahl der Abschiebungen abgelehnter Asylbewerber könnte nach SPIEGEL-Informationen in diesem Jahr hinter der Quote von 2015 zurückbleiben. Die EU bereitet sich derweil auf neue Flüchtlingsrouten vor.',
    [RET, AS, ST, REF], [])
add('en', 'https://www.refugeecouncil.org.au/atcr-report-2022/',
    'The UN refugee agency UNHCR pleaded with resettlement states not to forget refugees in protracted situations across Africa, the Middle East and Asia when 250 delegates from across the globe gathered in Geneva for the 2022 Annual Tripartite Consultations on Resettlement (ATCR).',
    'For the first time in the ATCR’s 28 years, the number of refugees identified by UNHCR as being in urgent need of resettlement exceeded 2 million – a 36% increase on last year’s projection.',
    [REF, ST], [], lead=True)
add('en', 'https://sfg.media/en/a/dozens-of-migrants-die-off-lampedusa',
    'At least 27 migrants have died after two boats attempting to cross the Mediterranean from Libya to Italy capsized.',
    'Around 60 people were rescued off the coast of the island of Lampedusa, but the search for others still missing continues.',
    [DEA, IM], ['LBY', 'ITA'], lead=True)
add('en', 'https://nrc.no/news/2017/october/disasters-will-displace-14-million-people-every-year',
    'Drought, storms and floods displaced over 24 million people within their own countries in 2016 alone.',
    'A new report from the Norwegian Refugee Council’s Internal Displacement Monitoring Centre (IDMC) features the first ever model forecasting internal displacement over the next decades. The forecast comes as the world copes with a record-breaking hurricane season and severe floods across Bangladesh, India and Nepal.',
    [IDP, CLI, ST], ['BGD', 'IND', 'NPL'], lead=True)
add('ru', 'https://smotrim.ru/amp/article/2745828',
    'В регионах открыто большое количество пунктов размещения беженцев',
    'В российских регионах подготовлены пункты временного размещения беженцев из Донбасса и Украины. У них есть возможность воспользоваться мерами поддержки, среди которых – социальные льготы, устройство детей, помощь в поиске работы.',
    [REF, REC, CH, EMP], ['RUS', 'UKR'])
add('ru', 'https://opendemocracy.ghost.io/rossiyane-vozvrasschayutsya-iz-relokatsii-babich',
    '"Ни страха, ни надежды": почему россияне возвращаются из релокации',
    'Уехав из России в 2022 году, десятки тысяч россиян сейчас возвращаются на родину. Для некоторых это возвращение становится вынужденной мерой – принимающие страны отказывают им в праве на пребывание.',
    [EMI, VIS], ['RUS'])
add('it', 'https://newsitalynews.it/cronaca/2023/09/05/ripresa-sbarchi-lampedusa-130-migranti',
    'A partire dalla mezzanotte, Lampedusa ha visto l’arrivo di quattro imbarcazioni con 130 migranti a bordo, provenienti da diverse nazionalità, tra cui marocchini, tunisini, sudanesi, ivoriani, gambiani, somali e malesi.',
    'Secondo le testimonianze, i gruppi sarebbero partiti da Shebba e da Sfax, in Tunisia. Dopo un primo triage sanitario al molo Favarolo, tutti sono stati trasferiti all’hotspot dell’isola, dove si trovano già 388 persone.',
    [IM, REC, HEA], ['MAR', 'TUN', 'SDN', 'CIV', 'GMB', 'SOM', 'MYS'], lead=True)
add('fr', 'https://sortiraparis.com/actualites/a-paris/articles/272627-guerre-en-ukraine-13-500-refugies-deja-accueillis-en-france-comment-sont-ils-pris-en-charge',
    'Selon les déclarations du gouvernement, ce lundi 14 mars, 13 500 réfugiés ukrainiens étaient arrivés en France.',
    "De nombreux citoyens fuient la guerre et cherchent l'asile dans les pays d'Europe plus à l'Ouest.",
    [REF, ST], ['UKR', 'FRA'], lead=True)
add('pl', 'https://sprawnykomputer.pl/migracja-danych-i-systemow-do-chmury/',
    'Migracja danych i systemów do chmury to proces, który wymaga starannego planowania, dobrania odpowiedniej strategii oraz analizy doświadczeń innych firm, które już przeszły przez ten proces.',
    'W niniejszym artykule przyjrzymy się kilku kluczowym aspektom migracji do chmury, które mogą pomóc firmom w podjęciu odpowiednich decyzji i sprawnym przeprowadzeniu procesu.',
    [], [], lead=True)
add('en', 'https://www.steveshamesphotos.com/gallery/great-migration/',
    'The Great Migration/River Crossings',
    'The main ingredient in the "great migration" is several million wildebeest. This is basically a trek by large herds of animals seeking out the best grass to eat, from the southern Serengeti, up to Masai Mara.',
    [], [])
add('lt', 'https://ru.respublika.lt/lt/naujienos/lietuva/kitos-lietuvos-zinios/ar-girdejote-gandrai-sugrizta',
    'Ar girdėjote: gandrai sugrįžta!',
    'To laukiu kasmet, kiekvieną pavasarį... sugrįžtančių gandrų! Labai norėčiau žinią apie savo pamatytus gandrus pranešti visiems, bet gaunasi kitaip - tai man ją praneša, pasako mano draugai, pasklidę visoje Lietuvoje.',
    [], ['LTU'])
add('en', 'https://www.onenewspage.com/n/Front+Page/1zlv34nnxh/Bangladesh-Rohingya-relocation-to-isolated-island-criticized-by.htm',
    'Bangladesh Rohingya relocation to isolated island criticized by rights groups',
    "Bangladesh has transferred hundreds of Rohingya refugees to Bhashan Char, a low-lying island in the Bay of Bengal prone to cyclones and floods. International aid groups complain they weren't involved in the move.",
    [REF], ['BGD'])
add('en', 'https://reader360.net/inside-squalid-australia-refugee-camp/',
    'Many asylum seekers trying to get to Australia by boat have their refugee claims processed offshore in Papua New Guinea or Nauru – and are resettled there rather than in Australia.',
    'An Australian NGO got access to the controversial Manus Island detention centre on PNG. The centre was recently closed – but about 600 men have refused to leave for alternative accommodation, fearing they will be attacked by locals.',
    [AS, REF, DET, IM], ['AUS', 'PNG', 'NRU'], lead=True)
add('en', 'https://newsbite.mooo.com/www.theaustralian.com.au/world/the-times/hotels-for-migrants-face-wave-of-protests/news-story/a66c70c6233038761adccdecfe34549e',
    'Hotels for migrants face wave of protests',
    'Riots and violence are feared as it emerged a record 111,000 people claimed asylum in the UK during Keir Starmer’s first year in office.',
    [REC, DIS, AS, ST], ['GBR'])
add('en', 'https://serchupai.serchup.app/what-its-like-to-cross-the-deadly-darien-gap/',
    "What It's Like to Cross the Deadly Darién Gap",
    'Sandwiched between Panama and Colombia, the hazardous strip of jungle is a necessary risk for thousands of migrants trying to reach the U.S—Mexico border.',
    [IM], ['PAN', 'COL', 'USA', 'MEX'])
add('en', 'https://nbtlive.ng/?p=3379',
    'Nigeria’s health sector is bleeding talent.',
    'Every week, stories emerge of doctors, nurses, and other professionals leaving the country for better opportunities abroad. This “japa” wave is not just a social trend — it is a public health emergency.',
    [EMI, LAB, HEA], ['NGA'], lead=True)
add('en', 'https://www.religiousworlds.com/in-chad-in-the-sudanese-refugee-camps/',
    'In Chad, in the Sudanese refugee camps',
    'After decades of civil war punctuated by brief periods of respite, Sudan has been torn apart since April 2023 by a new internal struggle, this time between the Sudanese Armed Forces (FAS), in power in Khartoum, and the Rapid Support Forces ( FSR), a paramilitary group accused of war crimes, particularly in the Darfur area, in the east of the country. Fleeing the violence of the fighting, the burning of villages and sexual abuses, nearly 550,000 Sudanese came to take refuge on the other side of the border with Chad, around the town of Adré.',
    [REF, ST], ['TCD', 'SDN'])
add('ru', 'https://news.ru/amp/russia/v-moskve-idet-massovaya-proverka-migrantov-pervye-itogi-terakta-v-krokuse',
    'В Москве идет массовая проверка мигрантов. Первые итоги теракта в «Крокусе»',
    'Сотрудники правоохранительных органов после теракта в концертном зале «Крокус Сити Холл» устроили массовые рейды по общежитиям в Москве, где проживают мигранты, сообщает Telegram-канал «112».',
    [IM], [])
add('ru', 'https://rus.ozodlik.org/amp/29887017.html',
    'В результате пожара в Екатеринбурге погибли четверо узбекистанцев',
    'Как сообщило Генеральное консульство Узбекистана в Екатеринбурге, в ночь на 17 апреля на одном из строительных объектов города погибли четверо уроженцев Сурхандарьинской области.',
    [DEA, LAB], ['UZB'])
add('ru', 'https://m.ru24.pro/kursk/385509546',
    'Эвакуированных курян разместили в ПВР восьми регионов России',
    'На приграничных территориях региона уже пятый день продолжаются бои с ВСУ. Местные жители были вынуждены срочно эвакуироваться, чтобы не подвергать свои жизни опасности.',
    [IDP, REC], ['RUS'])
add('ru', 'http://narod-novosti.ru/?p=488352',
    'В Астраханской области мигрантам запретили работать в такси',
    'В Астраханской области мигрантам запретили работать водителями такси и другого пассажирского транспорта. Запрет установлен постановлением главы региона Игоря Бабушкина.',
    [LAB, EMP, LAW], [])
add('pl', 'https://www.polsatnews.pl/wiadomosc/2021-01-11/rosnie-liczba-cudzoziemcow-pracujacych-w-polsce-zdecydowana-wiekszosc-to-ukraincy/',
    'Na koniec 2020 roku w ZUS było zarejestrowanych 725 tysięcy cudzoziemców.',
    'Tyle osób zostało zgłoszonych do ubezpieczeń emerytalnych i rentowych. Prawie 75 proc. z nich to Ukraińcy.',
    [LAB, ST], ['UKR'], lead=True)
add('pl', 'https://www.newsweek.pl/polska/spoleczenstwo/polacy-w-kazachstanie-repatriacja-wyrzut-sumienia-panstwa/brbhpz5',
    'Polacy w Kazachstanie to najcięższy wyrzut sumienia polskiego państwa. Nawet Putin lepiej zadbał o naszych rodaków',
    'Przez 30 lat polskie państwo nie zrobiło niemal nic, by ściągnąć do macierzy dziesiątki tysięcy naszych rodaków mieszkających w Kazachstanie. Jak doszło do zaniedbań i czy można je naprawić – opowiada dr Robert Wyszyński, socjolog z Uniwersytetu Warszawskiego, od lat badający losy Polaków mieszkających w Kazachstanie.',
    [EMI], ['POL', 'KAZ'])
add('pl', 'https://oko.press/afera-wizowa-konsul',
    '“Różnymi sposobami starano się zwiększyć liczbę sprowadzanych do Polski pracowników.',
    'W praktyce chodziło o migrantów, bo nikt, kto płaci agentowi 20 tys. zł za pomoc w uzyskaniu wizy, nie przyjeżdża na rok, tylko na dłużej. W rok nie zdążyłby nawet tego odpracować.',
    [VIS, LAB], ['POL'], lead=True)
add('pl', 'https://www.rmf24.pl/polityka/news-jest-decyzja-ws-przedluzenia-czasowego-zawieszenia-prawa-do-,nId,8020375',
    'Sejm zgodził się na przedłużenie czasowego zawieszenia prawa do azylu na granicy z Białorusią, które ma obowiązywać od 23 września przez kolejnych 60 dni.',
    'Za przyjęciem wniosku głosowało 414 posłów, 11 było przeciw; nikt nie wstrzymał się od głosu.',
    [AS, LAW, BOR], ['BLR'], lead=True)
add('pl', 'https://slaski.strazgraniczna.pl/sm/aktualnosci/6615,Przewozili-w-pociagu-nielegalne-papierosy-warte-prawie-59-tysiecy-zlotych.html',
    '17 kwietnia funkcjonariusze Śląsko - Małopolskiego Oddziału Straży Granicznej ujawnili w pociągu relacji Warszawa – Praga papierosy bez polskich znaków akcyzy warte blisko 59 tysięcy złotych.',
    'W trakcie prowadzenia czynności służbowych w Katowicach, w pociągu relacji Warszawa – Praga, funkcjonariusze Placówki Straży Granicznej w Rudzie Śląskiej ujawnili 91 400 sztuk papierosów bez polskich znaków akcyzy skarbowej.',
    [], ['POL'], lead=True)
add('lt', 'https://rinkosaikste.lt/tag/rubai',
    'Kėdainiams migrantų antplūdis negresia',
    'Ekstremalios situacijos sąlygomis Vidaus reikalų ministerija parengė planą, pagal kurį artėjant šaltajam sezonui iš laikino apgyvendinimo vietų migrantai bus perkelti į tam specialiai ruošiamas tinkamas gyventi vietas. Lietuvoje numatyta įrengti šešias.',
    [REC], ['LTU'])
add('de', 'https://www.ndr.de/nachrichten/hamburg/Immer-mehr-Einbuergerungen-von-Syrern-in-Hamburg,einbuergerung196.html',
    'Immer mehr Einbürgerungen von Syrern in Hamburg',
    'In den vergangenen sechs Jahren sind mehrere Tausend syrische Staatsbürgerinnen und -bürger nach Deutschland geflüchtet. Viele von ihnen möchten bleiben und beantragen die deutsche Staatsbürgerschaft.',
    [CIT, REF], ['SYR', 'DEU'])
add('de', 'http://steppenrose.de/2017/10/13/zug-der-kraniche/',
    'Zug der Kraniche',
    'Kraniche leben von Frühling bis Spätsommer in Weißrussland, Sibirien und Nordeuropa. Sobald die Temperaturen dort sinken, verlassen sie diese Gebiete, um in wärmeren Regionen zu überwintern.',
    [], ['BLR'])
add('de', 'https://m.ru24.pro/pics/30685682',
    'Flucht ins Kirchenasyl',
    'Bischöfe bekräftigen die Möglichkeit, Ausländer vor Abschiebung zu bewahren. Derzeit werden 25 Flüchtlinge in Gemeinden vor staatlichem Zugriff geschützt.',
    [AS, RET, REF], [])
add('en', 'https://www.rfi.fr/en/africa/20230419-comoros-slams-france-over-clampdown-on-migration',
    'The Indian Ocean archipelago of the Comoros is urging France to step back from a looming operation that could see the forced return of illegal migrants from the neighbouring French island of Mayotte.',
    'Authorities in Mayotte are expected to launch Operation Wuambushu (Take Back) on Friday, after the end of Ramadan.',
    [RET, IM], ['COM', 'FRA'], lead=True)
add('fr', 'https://www.senenews.com/actualites/algerie-une-dizaine-de-senegalais-portes-disparus-apres-un-chavirement-de-pirogue_231256.html',
    'Les Sénégalais qui perdent la vie en haute mer, voulant regagner l’Europe, sont des centaines.',
    'La dernière vaque d’immigrants clandestins emportée par les vagues de la Méditerranée s’élève à une dizaine de jeunes, tous portés disparus. Au départ, ils étaient 38 personnes à embarquer à bord d’une pirogue en destination d’Espagne.',
    [DEA, IM], ['SEN', 'ESP'], lead=True)
add('fr', 'https://saint-herblain.fr/Actualites/Solidarites/L-accueil-solidaire-des-migrants',
    'L’accueil solidaire des migrants',
    'Deux centres d’accueil et d’orientation se sont implantés en 2016 à Saint-Herblain, pour moins d’une centaine de personnes au total.',
    [REC], [])
add('es', 'https://www.notimx.mx/2020/12/bbva-migracion-analisis-migracion-y.html',
    'BBVA: Migración. Análisis Migración y Remesas México: medios de envío y dólares en efectivo',
    'En los primeros diez meses de 2020, 99.0% de las remesas que llegaron a México fueron por transferencias electrónicas. En 2019, la proporción fue muy similar, de 98.5%.',
    [EMI, ST], ['MEX'])
add('es', 'https://nashvernisazh.com/es/news/6093',
    'Una caravana de migrantes, que incluye a más de 3.000 personas en su mayoría procedentes de países centroamericanos, se desplaza desde la ciudad de Tapachula, en el estado de Chiapas, en el sureste de México, hacia la frontera con Estados Unidos.',
    'El martes por la mañana temprano, estos migrantes partieron del Parque Bicentenario de Tapachula, donde familias enteras (mujeres y niños) viven en chozas, informa Milenio. Estos migrantes se han negado al trámite para legalizar su estatus en México.',
    [IM, CH, VIS], ['MEX', 'USA'], lead=True)
add('it', 'https://www.repubblica.it/politica/2023/11/21/news/albania_italia_centri_migranti_legge-420881689/?rss',
    'Roma — Quello che l’Italia andrà a realizzare in Albania sarà, come da subito chiarito dal ministro dell’Interno Matteo Piantedosi, un centro di trattenimento per richiedenti asilo provenienti da Paesi sicuri da sottoporre, entro 28 giorni, alle procedure accelerate di frontiera, ma un’ala della struttura sarà destinata a Cpr.',
    'E lì potranno essere ospitati i migranti a cui verrà negato il permesso di soggiorno e in attesa di rimpatrio, uno “status” per il quale potranno essere ulteriormente trattenuti per 18 mesi.',
    [DET, AS, RET, VIS], ['ITA', 'ALB'], lead=True)
add('en', 'https://www.nigerianbulletin.com/ams/canada-announces-35-cut-in-student-visas-implements-tougher-rules-for-grad-program-work-permits.2367/',
    "Canada's federal government, led by Minister of Immigration, Refugees, and Citizenship Marc Miller, has announced a cap on the number of student visas over the next two years.",
    'The objective is to address concerns about the impact of growing international student numbers on the housing market and target institutions identified as "bad actors."',
    [VIS, EDU, HOU, LAW], ['CAN'], lead=True)
add('en', 'https://orangeenvironment.com/number-of-monarch-butterflies-migrating-to-mexico-for-winter-is-on-the-decline/',
    'Number of monarch butterflies migrating to Mexico for winter is on the decline',
    'The trip remains one of the longest insect migrations known. Eastern monarch butterflies once migrated to a wintering site in Mexico that spanned 45 acres of forest.',
    [], ['MEX'])
add('en', 'https://rferl.org/amp/un-survey-ukrainian-refugees-host-countries-/31941534.html',
    'The UN refugee agency said a survey shows that about two-thirds of Ukrainians expect to stay in their host countries until hostilities subside back home, but most hope to eventually return.',
    '"They are anxious to reunite with friends and family and worry about those who stayed behind. Most want to wait until hostilities have subsided [before returning]," the UNHCR report released on July 13 said.',
    [REF, ST, RET], ['UKR'], lead=True)
add('en', 'https://reliefweb.int/report/poland/refugees-ukraine-poland-profiling-update-july-2022',
    'More than 7.1 million refugees from Ukraine have been recorded across Europe.',
    'Close to 1.4 million individuals registered for Temporary Protection in Poland as of 12 September 2022, the highest number among the EU countries.',
    [REF, TP, ST], ['UKR', 'POL'], lead=True)
add('ru', 'https://rf-smi.ru/russ/95311-mvd-razyasnyaet-poryadok-formirovaniya-i-funkcionirovaniya-reestra-kontroliruemyh-lic.html',
    'МВД разъясняет порядок формирования и функционирования реестра контролируемых лиц',
    'С 5 февраля 2025 года к иностранным гражданам, незаконно находящимся на территории Российской Федерации, будет применяться режим высылки, устанавливающий ограничения отдельных прав и свобод, а также иные меры федерального государственного контроля (надзора) в сфере миграции.',
    [IM, LAW, RET], ['RUS'])
add('ru', 'https://russkiymir.ru/news/49818/',
    'Правительство РФ поможет соотечественникам вернуться в Россию',
    'Кабинет министров РФ одобрил план мероприятий на 2013-2015 годы по оказанию помощи соотечественникам, собирающимся вернуться из-за рубежа в Россию. Предполагается переселение 25 тысяч человек в 2013 году и по 50 тысяч – в 2014-м и 2015-м.',
    [EMI, LAW, ST], ['RUS'])
add('ru', 'https://orientalexpress.info/news/kyz_migrants',
    'Южная Корея переманивает у России мигрантов из Кыргызстана',
    'Жители Таласской области Кыргызстана получат возможность трудоустроиться в Южной Корее по программе централизованного набора, передает Радио Азатлык.',
    [LAB], ['KOR', 'RUS', 'KGZ'])
add('ru', 'https://re-russia.net/expertise/0148/',
    'Между умеренной ксенофобией и низкой толерантностью: восприятие мигрантов после теракта в «Крокус Сити Холле»',
    'После теракта в «Крокус Сити Холле» число нападений на мигрантов из Центральной Азии и антимигрантских высказываний со стороны российских властей и политиков заметно выросло. В то же время данные опросов не фиксируют явного всплеска ксенофобии, которая остается на умеренном уровне, характерном для России последних лет.',
    [DIS, ST], ['RUS'])
add('lt', 'https://slaptai.lt/sekmadieni-neisileidome-60-ies-migrantu/',
    'Sekmadienį iš Baltarusijos neįleistų neteisėtų migrantų skaičius, lyginant su penktadieniu ir šeštadieniu, padidėjo dvidešimčia ir buvo didžiausias per visą praėjusią savaitę.',
    'Per praėjusią parą, nuo sekmadienio vidurnakčio iki pirmadienio, pasieniečiai į Lietuvą neleistinose vietose iš Baltarusijos neleido patekti maždaug šešiasdešimčiai migrantų. Nė vienas asmuo sekmadienį į Lietuvą neteisėtai nepateko.',
    [IM, BOR, ST], ['BLR', 'LTU'], lead=True)
add('lt', 'https://new.etaplius.lt/naujiena/planu-raseiniu-rajone-apgyvendinti-migrantus-atsisakyta-pasipriesinus-bendruomenei',
    'Planų Raseinių rajone apgyvendinti migrantus atsisakyta pasipriešinus bendruomenei',
    'Raseinių rajono Žaiginio miestelyje planuota apgyvendinti neteisėtus migrantus, tačiau planų atsisakyta pasipriešinus bendruomenei, BNS penktadienį sakė rajono meras.',
    [REC, IM], [])
add('it', 'https://risparmiosoldi.it/tag/spiegazioni',
    'Regolarizzazione colf e badanti: dal 1 settembre scatta l’operazione',
    'Dal primo settembre scatta l’operazione regolarizzazione colf e badanti. Le famiglie italiane potranno regolarizzare una colf e due badanti extracomunitarie a patto che siano alle loro dipendenze almeno dal 30 marzo 2009.',
    [LAB, IM, LAW], ['ITA'])
add('ru', 'https://scand.com/ru/company/blog/technology-migration-strategy',
    'Сегодня многие разработчики ПО и сервисные компании предлагают миграцию как универсальный инструмент модернизации.',
    'Это выглядит логичным шагом: переход на современные фреймворки, повышение производительности и более удобная поддержка кода.',
    [], [], lead=True)
add('en', 'https://www.scotsman.com/news/eight-arrested-for-human-trafficking-1-4816427',
    'London police have arrested eight people suspected of being part of an international human trafficking gang with ties to Romania.',
    'Police said the five men and three women were arrested in east London on Tuesday by the Modern Slavery and Kidnap Unit. They are being questioned.',
    [TRA], ['ROU'], lead=True)
add('en', 'https://www.npr.org/transcripts/676300525',
    'Almost 15,000 Migrant Children Now Held At Nearly Full Shelters',
    'With government shelters across the country nearing capacity, officials are considering a range of options from releasing the children more quickly to building more tent cities.',
    [CH, REC, DET, ST], [])
add('fr', 'https://opqibi.sageret.fr/flash-btp/actualites/11832-l-etat-veut-mobiliser-16-000-logements-pour-les-refugies-en-2019.html',
    'L\'Etat compte mobiliser 16.000 logements pour des réfugiés en 2019, un objectif "ambitieux" et destiné à favoriser leur intégration qui a été érigée en priorité par le chef de l\'Etat, selon une circulaire du 4 mars.',
    '"Le relogement des réfugiés reste une priorité gouvernementale pour 2019", souligne cette circulaire aux préfets et directeurs régionaux d\'administration, et signée des ministres de l\'Intérieur, de la Cohésion des territoires et du Logement.',
    [REF, HOU, INT, LAW], [], lead=True)
add('ru', 'https://nazaccent.ru/content/16108-pochti-400-nelegalov-zaderzhali-v-podmoskove',
    'В Истринском районе Подмосковья 21 мая задержали почти 400 нелегальных мигрантов, сообщил Интерфакс со ссылкой на пресс-службу ФМС.',
    'Среди задержанных оказалось 389 граждан из стран Средней Азии. Все они работали незаконно.',
    [IM, LAB], [], lead=True)
add('ru', 'http://sosedi2015.ru/issledovanie-dannye-rosstata-ob-emigracii-iz-strany-zanizheny-vshestero',
    'Данные Росстата об эмиграции из страны за последние годы занижены более чем вшестеро.',
    'Об этом сообщается в исследовании "Проекта". Согласно официальным данным, за 2012-2017 годы, то есть примерно за третий президентский срок Владимира Путина, Россию покинули 1,7 миллиона человек, в том числе как минимум 330 тысяч граждан страны.',
    [EMI, ST], ['RUS'], lead=True)
add('ru', 'https://newbur.ru/newsdetail/pribyli_pervye_vynuzhdennye_bezhentsy_s_ukrainy/',
    'Прибыли первые вынужденные беженцы с Украины',
    'Они не знали, куда их везут, а уехали, потому что боялись оставаться на родине.',
    [REF], ['UKR'])
add('ru', 'https://silver.ru/news/499592',
    'Мигранты смогут работать по одному патенту в двух регионах.',
    'Такой законопроект правительство внесло в Госдуму, пишет Парламентская газета. Если его утвердят, что иностранцы, получившие разрешение на работу на территории одного региона, смогут работать и в соседней области.',
    [LAB, LAW], [], lead=True)
add('ru', 'https://social.rt.com/blog/43607967041/MVD-v-Podmoskove-kvadrokopter-pomog-poymat-45-nelegalnyih-migran?utm_referrer=mirtesen.ru',
    'Официальный представитель МВД России Ирина Волк заявила, что в Московской области сотрудники правоохранительных органов во время рейда с помощью квадрокоптера нашли 45 нелегальных мигрантов, после чего их поймали и задержали.',
    'Как она отметила в Telegram, в полицию поступило сообщение, что на участке сельскохозяйственного назначения в деревне Яковлево нелегально находятся иностранные граждане.',
    [IM], [], lead=True)
add('ru', 'https://russkiymir.ru/news/306427/',
    'Более миллиона человек стали россиянами с 2019 года по упрощённой процедуре',
    'Более миллиона человек стали россиянами с 2019 года, воспользовавшись облегчённой процедурой оформления гражданства, сообщает ТАСС. По словам министра внутренних дел РФ Владимира Колокольцева, три года назад глава государства подписал указы об упрощённом приёме в гражданство в гуманитарных целях.',
    [CIT, ST, LAW], ['RUS'])
add('ru', 'https://ngs24.ru/text/gorod/2016/01/05/2347193',
    'Олени на севере изменили маршруты миграции и удивили ученых',
    'На севере Красноярского края олени по неизвестной причине изменили пути своей миграции. Об этом ученые рассказали в эфире телеканала «Россия 24».',
    [], [])
add('ru', 'https://redigo.ru/news/46025813-v-rossiyskom-soyuze-turindustrii-nazvali-dolyu-planiruyuschih-vyezdnoy-turizm-rossiyan/comments',
    'В Российском союзе туриндустрии назвали долю планирующих выездной туризм россиян',
    '75-80% выберут внутренний туризм, предполагают эксперты.',
    [], ['RUS'])
add('ru', 'https://pronovosti247.ru/medvedev-nazval-chislo-detej-migrantov-ploho-vladeyushhih-russkim/',
    'Медведев назвал число детей мигрантов, плохо владеющих русским',
    'В российских школах учатся более 200 тысяч детей мигрантов, но у свыше 40% из них недостаточно хороший уровень владения русским языком. Об этом заявил замглавы Совбеза РФ Дмитрий Медведев на совещании по вопросам совершенствования миграционного законодательства.',
    [CH, EDU, ST, LAW], ['RUS'])
add('ru', 'https://rusmonitor.com/kto-iz-afganczev-poluchit-ubezhishhe-v-rossii-ili-uzhe-ego-poluchil.html',
    'Есть ли в России беженцы из Афганистана и сколько людей могут обратиться за этим статусом в связи с событиями на родине?',
    'Об этом рассказала Евгения Лезова, консультанта по миграционным вопросам комитета «Гражданское содействие» в эфире «Настоящего времени»: «В Афганистане на данный момент приблизительно, по очень грубым подсчетам, 38 миллионов человек.',
    [REF, AS], ['RUS', 'AFG'], lead=True)
add('ru', 'https://ria24.today/news/kabmin-litvy-utverdil-razvorot-migrantov/13622700',
    'Кабмин Литвы утвердил разворот мигрантов, отказался от исключения',
    'Правительство Литвы в среду утвердило разворот мигрантов на границе, но отказалось от предусмотренного Сеймом исключения, опасаясь дополнительных стимулов для нелегальной миграции из Беларуси.',
    [IM, BOR, LAW], ['LTU', 'BLR'])
add('lt', 'https://pasauliolietuvis.lt/daina-bogdaniene-buna-taip-kad-lietuvis-atvaziuoja-i-norvegija-bet-patenka-i-ta-pacia-lietuva/',
    'Daina Bogdanienė. Būna taip, kad lietuvis atvažiuoja į Norvegiją, bet patenka į tą pačią Lietuvą',
    'Minint Lietuvos Nepriklausomybės atkūrimo dieną Lietuvos ambasadoje Osle, ambasadorė Izolda Bričkovskienė už ilgametį darbą plėtojant Lietuvos ir Norvegijos santykius ir lietuvių Norvegijoje telkimą įteikė buvusiai Lietuvos informacinio biuro darbuotojai ir Norvegijos lietuvių bendrijos pirmininkei Dainai Bogdanienei Užsienio reikalų ministerijos garbės ženklą „Lietuvos diplomatijos žvaigždė“.',
    [EMI], ['NOR', 'LTU'])
add('lt', 'https://www.plunge.lt/naujienos/telsiu-apskrities-imonese-dirba-nemazas-burys-darbuotoju-ne-es-pilieciu-2/',
    'Patikimų, patyrusių aukštos kvalifikacijos specialistų Lietuvoje nerandantys darbdaviai dažniau kreipia žvilgsnius į trečiąsias šalis ir ten ieško darbuotojų.',
    'Tačiau tokia galimybė yra tik tada, kai siekiant užpildyti laisvas darbo vietas bendromis darbdavio ir darbo biržos pastangomis nerandama tinkamo darbuotojo, Lietuvos ar kitos Europos Sąjungos šalies piliečio.',
    [LAB], ['LTU'], lead=True)
add('lt', 'https://www.ornitostogos.lt/naujienos/pauksciu-palydos-birvetoj-2020-10-03-turo-ataskaita',
    'Kiekvienais metais visame pasaulyje pirmasis spalio savaitgalis yra skirtas simboliniam vieno įspūdingiausių gamtos fenomenų – rudeninės paukščių migracijos, paminėjimui.',
    'Jo metu žmonės kviečiami stebėti ir registruoti išskrendančius paukščius ir tokiu būdu surinkti didelius duomenų kiekius bei tapti šio reiškinio liudininkais.',
    [], [], lead=True)
add('lt', 'https://pasauliolietuvis.lt/grizti-sunkiau-nei-isvaziuoti-kokius-sunkumus-tenka-iveikti-grizusiems-gyventi-i-lietuva-su-vaikais-ir-kas-padeda-tai-padaryti/?print=print',
    'Grįžti sunkiau, nei išvažiuoti: kokius sunkumus tenka įveikti grįžusiems gyventi į Lietuvą su vaikais ir kas padeda tai padaryti?',
    'Vis dažniau suspaudžia širdį galvojant apie Lietuvą, joje likusius tėvus, draugus ir vis pamąstote apie grįžimą į Lietuvą? Jūs ne vieni.',
    [EMI, CH], ['LTU'])
add('lt', 'https://skandinavija.today/?p=11178',
    'Ar kada bus įvertintas 10 ir daugiau metų svetur pragyvenusių ir į Lietuvą grįžusių jaunų šeimų pasiryžimas savo vaikus mokyti būti lietuviais, parodys laikas.',
    'Svetimoje šalyje jauni žmonės ne tik kala pinigus šeimos ateičiai Lietuvoje, bet ir moko ten gimusius savo vaikus gimtosios kalbos ir daro viską, kad jų vaikai neprarastų ryšio su Tėvyne.',
    [EMI, CH], ['LTU'], lead=True)
add('pl', 'https://noizz.pl/spoleczenstwo/wstrzasajace-doniesienia-z-osrodka-dla-cudzoziemcow-w-wedrzynie/w54268z',
    'Dziennikarze OKO.Press opisali dramatyczną sytuację w zamkniętym ośrodku dla cudzoziemców w Wędrzynie.',
    'Część przebywających w nim Afgańczyków i Syryjczyków próbowało popełnić samobójstwo. Niektórzy nawet kilkukrotnie.',
    [DET], ['AFG', 'SYR'], lead=True)
add('pl', 'https://oko.press/rasistowskie-ataki-jak-w-osiedlowym-sklepie-we-wroclawiu',
    'Nasilają się ataki na cudzoziemców.',
    'Nasir po prostu robił zakupy. Został zaatakowany – za to, jak wygląda.',
    [DIS], [], lead=True)
add('pl', 'https://www.rmf24.pl/fakty/polska/news-zwloki-przy-granicy-z-bialorusia-prokuratura-to-najprawdopod,nId,6670647',
    'Mężczyzna, którego zwłoki znalezione zostały w pobliżu granicy z Białorusią, na trudnodostępnym terenie w Puszczy Białowieskiej, to najprawdopodobniej 27-letni obywatel Afganistanu.',
    'W jego rzeczach znaleziono paszport. Zwłoki trafiły do zakładu medycyny sądowej.',
    [DEA], ['BLR', 'AFG'], lead=True)
add('pl', 'https://pch24.pl/75-tysiaca-repatriantow-czeka-na-powrot-do-macierzy-brakuje-dla-nich-mieszkan-i-pracy',
    'Polskie małżeństwo z Kazachstanu będzie mogło osiedlić się w Ciechanowie (woj. mazowieckie).',
    'Uchwałę o repatriacji w tej sprawie podjęła Rada Miasta. W całym kraju repatriacja idzie jednak niemrawo.',
    [EMI], ['POL', 'KAZ'], lead=True)
add('pl', 'https://www.onet.pl/informacje/onetwiadomosci/nie-zobaczymy-bialorusi-przez-dekady-oni-uciekli-do-polski-przed-represjami/7z99ebt,79cfc278',
    '"Nie zobaczymy Białorusi przez dekady". Oni uciekli do Polski przed represjami Łukaszenki',
    '9 sierpnia mija dokładnie rok od oszukanych wyborów prezydenckich na Białorusi. Po dramatycznych wydarzeniach, które rozegrały się podczas białoruskiej kampanii wyborczej — łapankach, aresztowaniach i przemocy KGB — coraz więcej osób ucieka z tego kraju.',
    [REF], ['BLR', 'POL'])
add('pl', 'https://www.polityka.pl/tygodnikpolityka/spoleczenstwo/2224296,1,polska-byla-tylko-przystankiem-uchodzcy-z-ukrainy-wybieraja-niemcy-co-trzeci-chce-tam-zostac-na-zawsze.read',
    'Polska była tylko przystankiem. Uchodźcy z Ukrainy wybierają Niemcy. Co trzeci chce tam zostać na zawsze',
    'Dane nie pozostawiają wątpliwości – Niemcy przyjęły 1 081 457 uchodźców z Ukrainy. Co więcej, aż jedna trzecia z nich zamierza zostać tam na zawsze, a drugie tyle do końca wojny.',
    [REF, ST], ['POL', 'UKR', 'DEU'])
add('pl', 'https://www.polishexpress.co.uk/ludzie-ich-mentalnosc-to-zupelnie-nie-dla-mnie-polka-o-nieudanym-powrocie-do-kraju',
    'Polacy od wielu lat mieszkający w Wielkiej Brytanii zastanawiają się nad powrotem do kraju.',
    'Jednak co mają do powiedzenia ci, którzy wyjechali do Polski i zdecydowali się na ponowny przyjazd na Wyspy?',
    [EMI], ['POL', 'GBR'], lead=True)
add('es', 'https://rostrosvenezolanos.com/inicia-proceso-de-regularizacion-migratoria-de-venezolanos-en-peru/?amp=1',
    'Inicia proceso de regularización migratoria de venezolanos en Perú',
    'Un gran número de migrantes venezolanos tendrán la oportunidad de tener sus documentos luego de casi 3 años en la irregularidad. Desde este viernes 9 de julio empezó en Perú el proceso de regularización migratoria de los venezolanos en Perú, con el que se pretende legalizar a más de 350 mil ciudadanos del 1.200.000 que se calcula hacen vida en esta país.',
    [VIS, IM, LAW], ['VEN', 'PER'])
add('en', 'https://news.economicfreedomfighters.org/index.php/en/news/story/xenophobic-attacks-hit-south-africa',
    'Xenophobic attacks hit South Africa',
    'At least 50 cars were either damaged or set alight, while several foreign and local-owned shops were looted or damaged. Police fired tear gas, rubber bullets and stun grenades in an attempt to quell the unrest on Monday.',
    [DIS], ['ZAF'])
add('en', 'https://www.rfa.org/english/news/myanmar/indonesia-rohingya-12262022144653.html',
    'Second boatload of Rohingya arrives in Indonesia in as many days',
    'About 185 gaunt and bone-tired Rohingya refugees landed on the coast of Pidie regency in Indonesia’s Aceh province Monday, police said, as reports emerged that another boatload of Rohingya may have sunk at sea.',
    [REF, IM], ['IDN'])
check(P, 'b31', 26, eu=True)
json.dump(P, open('pages29.json', 'w'), ensure_ascii=False, indent=0)
import collections
print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
