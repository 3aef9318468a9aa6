# 27th batch of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging code and the docs were not opened). Texts are copied as stored (title = headline,
# summary = first one or two sentences of the lead); where the stored page had no headline, its first
# sentence stands in for it (lead=True). Only pages whose host name (without "www.") starts with a-m.
# Themes: migration news of any kind from many countries and years (asylum and detention in Australia,
# PNG, Poland and Lithuania; deportations from Russia and Mexico; smuggling and Lampedusa arrivals; trafficking;
# seasonal and labour migration to the UK, Russia and Poland; Lithuanian and Polish emigration and diaspora;
# Russian relocants; Syrian refugees in Lebanon; temporary asylum in Russia and Temporary Protected Status in the US;
# family reunification in Germany and Russia; migrant children and schools; health; housing; xenophobia;
# climate and internal displacement; asylum statistics in France; Frontex).
# Languages: en 21, ru 19, pl 15, lt 12, fr 3, de 3, it 3, es 3 (79 items). Host names (without "www.") a-m only.
# Not about migration (traps, 11): bird migration (3 en, 2 lt storks - one calls storks "tolimieji migrantai"),
# cigarette smuggling (2 pl, 1 lt, the lt one names a driver's Polish visa), data migration to the cloud (1 pl),
# "asylum" as a mental hospital (2 en). Their topics are empty, their countries still labelled.
# Labelled from the topic names read as plain English and two rules: (1) a country (ISO 3166 alpha-3)
# is labelled when the title or summary names it, its adjective or its people, on every item, migration
# or not, not when it is only part of an organisation's name or is reached only via a city or region;
# (2) a topic is labelled when the item is about migration (of people) and its title or summary
# explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - Expulsion/deportation/"выдворение"/"zobowiązanie do powrotu": RET for removals from inside the country;
#   being turned back at the border line is BOR, not RET.
# - Boats wrecked at sea with migrants/refugees on board: DEA; REF only when the text calls them refugees.
# - Housing of asylum seekers or refugees in hotels, centres, hotspots or state accommodation: REC; HOU for
#   ordinary housing (rented flats, "резиновые квартиры", slums/camps described as housing).
# - Work permits ("патент", "zezwolenie na pracę") for labour migrants: LAB (plus LAW when a law or bill is
#   reported, ST when numbers are the point), not VIS; seasonal worker visa schemes: LAB and VIS.
# - Floods, storms, sea-level rise that displace people: CLI (with IDP when the displacement is within a
#   country or the text says "internally displaced").
# - Russian "временное убежище" (temporary asylum) and US Temporary Protected Status count as TP, like the EU
#   temporary protection of Ukrainians.
# - Lithuanians/Poles abroad, returns home, diaspora communities, dual citizenship for emigrants: EMI (and CIT
#   when citizenship is named).
# - Xenophobia against Ukrainians in Poland, anti-migrant mood in Russia: DIS even where the lead does not
#   repeat the word "migrant"; "Tolerancija Lietuvoje" with foreigner numbers: ST and DIS.
# - A city (Darwin, Moscow, Tijuana, Cape May, "Ciudad de México") never yields a country; "Home Office",
#   "UFSB/ФСБ России", "МИД России", "Ambasada RP" are organisation names and yield no country by themselves.
# - "Anglija"/England and "JK" are labelled GBR; "Europe", "Latin America", "Central Asia" yield no country.
# - Aggregator or tag-page headlines ("Weekly media wrap - 16 May 2016") are kept as the stored headline;
#   where a page had only a lead, its first sentence is the title (lead=True), even when long.
# - Footnote marks and source prefixes in the stored lead ("[1]", "CentralAsia (CA) - ") are kept as stored;
#   the source label "РБК" before one headline was dropped; utm_ tracking parameters were stripped.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b27', 27)

# en
add('en','https://annamariacom.blogspot.com/2010/09/darwin-detention-centre-breakout.html',"Darwin Detention Centre Breakout","Eighty two Afghan asylum-seekers pushed over two electrified fences at the Darwin Immigration Centre yesterday - one inside the centre, the other on the perimiter, both carrying 11,000 volts.",[DET,AS],['AFG'])
add('en','https://asyluminsight.com/round-ups/tag/PNG',"Weekly media wrap - 16 May 2016","Papua New Guinea’s immigration department announced that ‘no asylum seeker or refugee is in detention’, as they are able to leave the Manus Island centre during the day. They must then return to camp in the evening.",[DET,AS,REF],['PNG'])
add('en','https://labourexploitation.org/news/government-must-act-to-prevent-exploitation-on-the-uks-seasonal-workers-scheme/',"Government must act to prevent exploitation on the UK’s Seasonal Workers’ Scheme","Over three years after the UK piloted the Seasonal Worker Scheme in 2019, risks of worker exploitation remain unaddressed as the scheme has been rapidly expanded from 2,481 visas in 2019 to up to 57,000 visas in 2023.",[LAB,VIS,ST],['GBR'])
add('en','http://bbs.cortex-media.info/magical.fish/0/feeds/news/opendemocracy/2025/08/2025-08%2520Seasonal%2520workers-no%2520halt%2520to%2520exploitation%2520as%2520visa%2520scheme%2520expands',"Seasonal workers: no halt to exploitation as visa scheme expands","In February 2025, the UK government announced the Seasonal Worker Scheme would be extended for a further five years. The scheme has existed since 2019.",[LAB,VIS,LAW],['GBR'])
add('en','https://malaysia.news.yahoo.com/climate-change-forces-fijian-villages-140000487.html',"Climate change forces Fijian villages to relocate due to rising water levels.","Serua Island is one of hundreds of coastal villages in the Pacific Islands being forced to relocate a community because of rising sea levels.",[CLI,IDP],['FJI'])
add('en','http://freeb.infomigrants.net/en/post/58546/uk-missing-children',"New research has found that 118 unaccompanied children housed in Home Office-run hotels remain unaccounted for.","Experts said the findings highlight the compounded precarity faced by unaccompanied children seeking asylum.",[CH,AS,REC,ST],[],True)
add('en','https://www.krtv.com/the-struggle-to-locate-migrant-children-missing-from-us-homes',"The struggle to locate migrant children missing from US homes","Thousands of migrant kids have disappeared from their U.S. sponsors' homes, finds investigation by Scripps News and Center for Public Integrity.",[CH],['USA'])
add('en','https://www.migrationwatchuk.org/media-reports-visit/2228',"More than 100 unaccompanied child migrants go missing from hotels","116 children - some as young as 11 - disappeared between July 2021 and August 2022, after temporarily being put in hotels by the Home Office.",[CH,REC,ST],[])
# en traps (bird migration)
add('en','https://cmboviewfromthefield.blogspot.com/2018/11/morning-flight-wednesday-october-31-2018.html',"Perhaps the greatest mystery remaining in field ornithology is what nocturnal migration physically looks like in the moment, something that captures the imagination of birders across the globe.","I feel like I got a glimpse of what that spectacle must look like this morning, as a stupendous “onward” migration occurred across Cape May this morning.",[],[],True)
add('en','https://indianadunesbirding.wordpress.com/2013/05/20/1-location-400000-birds/',"1 Location, 400,000 Birds","Monday, May 20 brought one of the warmest day of the season.",[],[])
add('en','http://capemaybrit.blogspot.com/2010/11/ultimate-migration.html',"Ultimate Migration!","It’s hard to know what to call this weekend; how to give a title to a blog about one of the most awesome weekend’s birding ever at Cape May.",[],[])

# ru
add('ru','https://centralasia.media/news:2412591?from=rss',"В России мигранты с доходом ниже прожиточного минимума не смогут получить рабочий патент","CentralAsia (CA) - В России трудовые мигранты не смогут получить или продлить патент на работу, если их доход будет ниже прожиточного минимума.",[LAB,LAW],['RUS'])
add('ru','https://amp.fakty.ua/217383-tolko-za-nedelyu-udalos-spasti-bolee-semi-tysyach-nelegalov-kotorye-edva-ne-utonuli-v-sredizemnom-more',"Только за неделю удалось спасти более семи тысяч нелегалов, которые едва не утонули в Средиземном море","Международная организация по миграции бьет тревогу — после закрытия так называемого балканского маршрута тысячи беженцев из Северной Африки вновь пытаются попасть в Европу морским путем. Они обращаются за помощью к контрабандистам, которые переправляют их на переполненных суденышках через Средиземное море.",[DEA,IM,REF],[])
add('ru','https://argumenti.ru/world/2011/05/105919',"Катер с 500 беженцами на борту сел на мель вблизи порта итальянского острова Лампедуза.","Многих пассажиров, в том числе женщин и детей, выбросило в море.",[DEA,REF],['ITA'],True)
add('ru','https://amp.rbc.ru/rbcnews/rbcfreenews/5748bb069a7947283b3aa229',"При крушении лодки в Средиземном море погибли более 40 беженцев","Не менее 45 беженцев погибли при крушении судна в Средиземном море, сообщает Reuters со ссылкой на береговую охрану Италии.",[DEA,REF],['ITA'])

# lt
add('lt','https://www.delfi.lt/news/daily/lithuania/varenos-rajono-miskuose-5-dienas-praleide-migrantai-isvezti-i-uzkarda-ju-grazinimas-i-baltarusija-komplikuotas.d?id=89028917',"Apie neteisėtai sieną kirtusius migrantus, esančius Lietuvoje, pranešė „Sienos“ grupės savanoriai, padedantys atvykėliams iš Baltarusijos.","Pasak jų, migrantai į Lietuvą pateko dar šeštadienį ir nuo to laiko gyvena Varėnos rajono miškuose.",[IM],['LTU','BLR'],True)

# en (2)
add('en','https://www.daily8.com/en/article/036c1368b6fc7ce8ec2da070f8f8a3d7',"‘I don't want to be here. But we can't go home': what life is like for people forced to flee floods and fighting","In 2024, the number of internally displaced people around the world reached 83.4m, the highest figure ever recorded.",[IDP,CLI,ST],[])
add('en','https://www.dw.com/en/covid-refugees-internally-displaced-climate-migration-conflict/a-53255435',"Corona crisis worses situation for refugees, IDPs","Forced from their homes by floods, storms and wars, internally displaced people across the world are now at risk of the pandemic. Distancing rules and hygiene are hard to practise without a safe home.",[IDP,REF,HEA,CLI],[])
add('en','https://www.geoversity.io/stories/470059/12-challenges-in-protecting-displaced-people-from-flood-risk',"12 challenges in protecting displaced people from flood risk","Recent research sought to identify the main challenges in reducing the risk and impact of floodings on displaced people.",[CLI,IDP],[])

# ru (2)
add('ru','https://forum.zaymex.ru/threads/te-kto-sebya-ne-nashel-kto-i-kak-do-sih-por-zhivet-v-pvr-dlya-bezhencev.26293',"«Те, кто себя не нашел»: кто и как до сих пор живет в ПВР для беженцев","В пунктах временного размещения (ПВР) на конец октября находилось как минимум 24,8 тыс. беженцев из Украины, ДНР, ЛНР, Запорожской и Херсонской областей, следует из ответов региональных властей на запросы РБК.",[REF,REC,ST],['UKR'])
add('ru','https://inferno.news/post/bd04e19e-8a72-11f0-a2da-fa163e17bf82',"Русский язык как барьер: как тесты для детей мигрантов превращают школу в инструмент их исключения из общества","С 1 апреля 2025 года в России действует новый порядок приёма детей мигрантов в школы: без успешного прохождения языкового теста — вход закрыт. Эта мера вызывает критику правозащитников и противоречит международным нормам, превращая российскую школу из пространства интеграции в механизм сегрегации по этническому признаку.",[EDU,CH,DIS,INT,LAW],['RUS'])

# pl
add('pl','https://www.gazetaprawna.pl/wiadomosci/kraj/artykuly/9681866,etat-w-walce-z-wyzyskiem-cudzoziemcow.html',"Planowane zmiany w zasadach zatrudniania cudzoziemców mają zmniejszyć pole do nadużyć.","W oficjalnych statystykach przypadki wyzysku są nieliczne. Działacze organizacji pozarządowych przekonują, że bazy danych pokazują promil rzeczywistości.",[LAB,EMP,LAW],[],True)
add('pl','https://www.europesays.com/pl/150780',"Przybycie setek tysięcy Polaków do Wielkiej Brytanii głęboko zmieniło oblicze tego kraju.","Teraz jednak coraz więcej z nich opuszcza Zjednoczone Królestwo i wraca do Polski — w poszukiwaniu lepszego życia, bezpieczeństwa, a w niektórych przypadkach także mniejszych obciążeń podatkowych.",[EMI],['POL','GBR'],True)
add('pl','https://www.eswinoujscie.pl/2016/01/23/praca-i-pobyt-wbrew-przepisom/',"Decyzje o zobowiązaniu do powrotu i czynności podjęte w tym kierunku wobec czternastu cudzoziemców to efekt kontroli legalności pobytu i zatrudnienia przeprowadzonych w ostatnim tygodniu przez funkcjonariuszy Morskiego Oddziału Straży Granicznej.","Strażnicy graniczni ze Szczecina decyzje zobowiązujące do powrotu wręczyli obywatelowi Rosji i Nigerii.",[RET,IM,LAB],['RUS','NGA'],True)
add('pl','https://eswinoujscie.pl/2018/07/02/straz-graniczna-przeterminowane-pobyty-brak-wiz-i-nielegalna-praca',"17 cudzoziemców przebywających w Polsce naruszyło prawo.","Otrzymali decyzje o zobowiązaniu do powrotu. To efekt przeprowadzonych w minionym tygodniu przez funkcjonariuszy Morskiego Oddziału Straży Granicznej kontroli legalności pobytu i zatrudnienia.",[RET,IM],['POL'],True)
add('pl','https://www.eswinoujscie.pl/2019/04/07/straz-graniczna-decyzje-i-mandaty-za-nielegalny-pobyt-i-prace/',"22 cudzoziemców przebywających w Polsce naruszyło prawo.","Każdy otrzymał decyzję o zobowiązaniu do powrotu. To efekt przeprowadzonych w tygodniu przez funkcjonariuszy Morskiego Oddziału Straży Granicznej kontroli legalności pobytu i zatrudnienia.",[RET,IM],['POL'],True)
add('pl','https://gdansk.dlawas.info/wiadomosci/nielegalna-praca-cudzoziemcy-zobowiazani-do-powrotu/cid,8401,a',"Trzynastu cudzoziemców, którzy naruszyli obowiązujące w Polsce prawo otrzymało w tygodniu od Komendantów Placówek Straży Granicznej w Szczecinie, Ustce, Kołobrzegu, Gdyni i Gdańsku decyzje o zobowiązaniu do powrotu.","Dotyczą one 12 obywateli Ukrainy i Rosjanina. Głównymi nieprawidłowościami było nielegalne wykonywanie pracy, brak ważnych wiz, cel pobytu niezgodny z deklarowanym, a nawet posługiwanie się sfałszowanym dokumentem w celu wyłudzenia wizy.",[RET,IM,VIS,LAB],['POL','UKR','RUS'],True)
# pl traps (cigarette smuggling, data migration)
add('pl','https://akadera.bialystok.pl/podlaskie-pod-augustowem-zatrzymano-przemytnikow-papierosow/',"Tysiąc paczek nielegalnych papierosów przechwycili funkcjonariusze KAS z Suwałk.","Kontrabandę mundurowi znaleźli w dwóch samochodach zatrzymanych do kontroli w pobliżu Augustowa.",[],[],True)
add('pl','https://akadera.bialystok.pl/podlaskie-45-tys-paczek-nielegalnych-papierosow-w-wywrotce/',"Funkcjonariusze KAS z Budziska przechwycili 45 tys. paczek nielegalnych papierosów.","Znaleźli je w wywrotce zatrzymanej do kontroli na krajowej ósemce.",[],[],True)
add('pl','https://main.pl/migracja-danych-co-powstrzymuje-firmy-przed-zmiana-dostawcy',"Rozpoczęcie procesu migracji danych wiąże się z całą serią dylematów i potencjalnych ryzyk: co, jeśli kluczowe usługi zostaną choć na chwilę wstrzymane?","Czy poufne dane pozostaną bezpieczne w nowym środowisku?",[],[],True)

# lt
add('lt','https://www.anglija.lt/straipsniai/norvegijos_lietuviai_pritare_dvigubos_pilietybes_itvirtinimui.html',"Norvegijos lietuviai pritarė dvigubos pilietybės įtvirtinimui","Birželio 8 d. Osle įvyko pirmasis lietuviškų organizacijų ir visų aktyvių lietuvių Norvegijoje Kongresas.",[EMI,CIT],['NOR','LTU'])
add('lt','https://www.delfi.lt/mokslas/mokslas/profesorius-apzvelge-prekybos-zmonemis-tendencijas-dauges-priverstiniu-santuoku.d?id=85555861',"Manoma, kad nelegalus pelnas, gaunamas iš prekybos žmonėmis, viršija pelną, gaunamą iš nelegalios prekybos narkotinėmis ir psichotropinėmis medžiagomis.","Prekyba žmonėmis yra išskirtinis socialinis reiškinys, šiandieninėje visuomenėje neretai įvardijamas kaip moderni vergovės forma, pažeidžianti esmines žmogaus teises.",[TRA],[],True)
# lt trap (cigarette smuggling)
add('lt','https://diena.lt/naujienos/kriminalai/nusikaltimai/baltarusis-i-lietuva-gabeno-dideli-itariama-latvijoje-falsifikuotu-rukalu-krovini-1730575',"Antradienį vakare VSAT Pagėgių pasienio rinktinės Kriminalinės žvalgybos skyriaus ir Šiaulių pasienio užkardos pareigūnai magistraliniame kelyje Ryga–Pasvalys–Panevėžys ties Talačkonių kaimu (Pasvalio r.) sustabdė patikrinti krovininį mikroautobusą „Fiat Ducato“.","Panevėžio link, įtariama, iš Latvijos važiavusį automobilį su lietuviškais valstybinio numerio ženklais vairavo 45-erių Baltarusijos pilietis, turintis Lenkijos vizą.",[],['LVA','LTU','BLR','POL'],True)

# fr
add('fr','http://ldh-toulon.net/les-prefectures-sont-des-lieux-de.html',"les préfectures sont des lieux de plus en plus dangereux pour les sans-papiers","La Cimade publie les résultats d’une enquête qui met en évidence l’augmentation du nombre des arrestations aux guichets des préfectures [1].",[IM,DET],[])
add('fr','https://www.gisti.org/spip.php?article3597',"Les pièges de la préfecture","La loi Pasqua modifiant l’ordonnance de 1945 est claire, comme les instructions qui l’ont accompagnée : on ne régularise plus.",[VIS,LAW,IM],[])

# de
add('de','https://www.hallelife.de/nachrichten/aktuelles/details-aktuelles/land-bietet-kommunen-kapazitaeten-in-landesaufnahmeeinrichtungen-an/',"Das Ministerium für Inneres und Sport wird demnach per Erlass die Landkreise und kreisfreien Städte auffordern, die Unterbringung von Flüchtlingen bis spätestens zum 23. Dezember 2015 in entsprechendem anderweitigen Wohnraum sicherzustellen.","Anderenfalls stellt das Land freie Kapazitäten in Erstaufnahmeeinrichtungen zur Verfügung.",[REC,REF,HOU],[],True)

# it
add('it','https://www.ilpost.it/2023/08/27/sbarchi-migranti-lampedusa/',"Tra venerdì e sabato a Lampedusa, la piccola isola italiana più vicina alle coste della Tunisia che alla Sicilia, c’è stato uno dei più alti numeri di sbarchi nella storia recente dell’isola: solo venerdì sono arrivate più di 60 imbarcazioni e oltre 1.800 persone (Ansa scrive che finora il numero più alto di sbarchi in 24 ore era stato di 43 imbarcazioni).","Il giorno dopo, sabato, sono arrivate altre 45 imbarcazioni con oltre 1.700 migranti e richiedenti asilo.",[IM,AS,ST],['ITA','TUN'],True)
add('it','https://www.huffingtonpost.it/politica/2023/09/13/news/lampedusa_quasi_1300_persone_dalla_mezzanotte_morto_un_neonato_durante_uno_sbarco_mannino_e_la_sconfitta_delleuropa-13339606/',"Più di 100 sbarchi in poche ore, al momento 29 dalla mezzanotte di oggi.","A Lampedusa l'hotspot di contrada Imbriacola è al limite: oltre 6.000 persone in una struttura con una capienza massima più di 10 volte minore.",[IM,REC],[],True)
add('it','https://ilgiornalepopolare.it/category/notizie-flash/page/576',"Nuova ondata di sbarchi a Lampedusa: altri 1.200 migranti, hotspot pieno","Ennesima ondata di sbarchi a Lampedusa dove nel giro di 26 ore sono approdate altre 1.202 persone, 394 delle quali sbarcate solo durante la notte.",[IM,REC],[])

# es
add('es','https://mundohispanico.com/noticias/mexico-deporta-98-migrantes',"Luego de que el presidente Donald Trump le pidió a México enviar de vuelta a sus países de origen “por cualquier medio necesario” a los migrantes que tratan de acceder a Estados Unidos, el país azteca tomó la drástica decisión de deportar a migrantes de la caravana.","México deportó a 98 migrantes que presuntamente protagonizaron una trifulca, al romper este domingo un cerco de la Policía Federal en la ciudad de Tijuana con el afán de cruzar la frontera con Estados Unidos, informó hoy el Instituto Nacional de Migración (INM).",[RET,BOR],['MEX','USA'],True)
add('es','https://diario.mx/Nacional/2018-11-25_27d3d27d/deportaran-a-migrantes-que-avanzaron-a-eu-/',"Ciudad de México— La Secretaría de Gobernación anunció que los migrantes que este domingo intentaron cruzar ilegalmente a Estados Unidos, tras burlar un cerco policial, serán deportados a sus países de origen.","Sin precisar número, la dependencia afirmó que dichas personas ya están plenamente identificadas.",[RET,IM],['USA'],True)
add('es','https://conexiondigital.com.do/index.php/2019/01/16/caravana-de-migrantes-de-2018-se-diluye-se-forma-una-nueva',"La caravana de migrantes que se convirtió en tema de campaña del presidente Donald Trump en las elecciones legislativas de noviembre, se ha reducido a unos cuantos cientos de integrantes después de que muchos de ellos decidieron regresar a Centroamérica o echar raíces en México.","Sin embargo, pese a la estricta postura migratoria del gobierno del presidente Trump, muchos otros — casi la mitad, de acuerdo a los registros de arrestos de la Patrulla Fronteriza — han intentado ingresar ilegalmente a Estados Unidos.",[IM],['MEX','USA'],True)

# ru (3)
add('ru','http://mirperemen.net/2019/10/tadzhikistancy-vybirayut-rossiyu-tadzhikistan-net/',"Таджикистанцы выбирают Россию. Таджикистан — нет","Результаты недавнего опроса научно-исследовательского института Нацбанка Таджикистана свидетельствуют о том, что более 70% таджикских семей живут за счет денежных переводов трудовых мигрантов.",[LAB,EMI,ST],['TJK','RUS'])
add('ru','https://www.m24.ru/news/proisshestviya/17022026/874600',"В Москве задержан организатор незаконной миграции из Латинской Америки, сообщили РИА Новости в Центре общественных связей ФСБ России.","По данным ведомства, была пресечена деятельность группы, которая помогала нелегально попадать в Россию гражданам одной из стран Латинской Америки и ряда государств ближнего зарубежья.",[IM],['RUS'],True)
add('ru','https://aif.ru/incidents/v_moskve_zaderzhali_devyat_chelovek_za_pomoshch_storonnikam_terroristov',"Представители ФСБ задержали девять человек в Москве.","По версии правоохранительных органов, эти люди причастны к организации канала легализации незаконных мигрантов в России.",[IM],['RUS'],True)
add('ru','https://ea-monitor.kz/?p=4653',"Мир вокруг неудержимо меняется, и отражением этого колеса перемен становится вхождение в повседневный лексикон новых слов, одним из которых стало «релокант».","Этим собирательным названием обозначают тех россиян, которые в силу обстоятельств покинули свою родину после начала войны в Украине.",[EMI],['RUS','UKR'],True)
add('ru','https://www.apsny.ge/2025/pol/1758042872.php',"Значительная часть российских эмигрантов, прибывших в Грузию, покинула страну или планирует - Out Rush","32% уже переехали в другие государства, а ещё 58% намерены последовать их примеру в течение следующего года.",[EMI,ST],['RUS','GEO'])
add('ru','http://labetik.ru/proper-nutrition/siriiskie-bezhency-vozvrashchenie-bezhencev-siriicy-potyanulis/',"Сирийские беженцы. Возвращение беженцев: сирийцы потянулись на родину","Глава МИД России Сергей Лавров заявил о существовании секретной директивы, которую секретариат ООН распространил среди структур организации.",[REF,RET],['SYR'])
add('ru','https://arabmir.net/bezhency-stati/siriyskie-bezhency-v-livane-esli-my-mogli-vernutsya-my-uzhe-vernulis',"Сирийские беженцы в Ливане: «Если бы мы могли вернуться, мы бы уже вернулись»","«Неформальные поселения», «лагеря», «приюты», «импровизированное жилье»: независимо от того, каким образом чиновники называют трущобы беженцев, все эти термины не слишком благозвучны для описания условий жизни сирийцев в Ливане.",[REF,RET,HOU],['SYR','LBN'])
add('ru','http://m.livejournal.com/read/user/antizoomby/995997',"Переполненные страхом, замешательством и надеждами сирийцы возвращаются в свою страну после многих лет вынужденной миграции в Ливан из-за войны в Сирии.","Большинство возвращенцев ничего не знают о том, что их ждёт в родных деревнях, которые они покинули много лет назад, и будут ли они жить в доме или палатке.",[RET,REF],['SYR','LBN'],True)
add('ru','https://www.hrw.org/ru/news/2025/03/17/russia-xenophobic-crackdown-central-asian-migrants',"Трудовые мигранты из стран Центральной Азии в России сталкиваются с ростом притеснений и насилия после приведшего к многочисленным жертвам нападения на московский «Крокус Сити Холл» 22 марта 2024 года, в котором обвиняют выходцев из Центральной Азии.","Экономика России в значительной степени зависима от труда мигрантов.",[DIS,LAB],['RUS'],True)

# lt traps (storks)
add('lt','https://m.delfi.lt/grynas/gamta/article.php?id=42539051',"Naktimis ūbauja pelėdos, dieną gieda zylės, kliuksi bukučiai, sausomis šakomis groja geniai.","Dar svarbesnė naujiena mums visiems – į namus, į Lietuvą skrenda gandrai.",[],['LTU'],True)
add('lt','https://m.delfi.lt/projektai/velykos/article.php?id=86742641',"M. Karlonas pasakoja, kad gandrai yra tolimieji migrantai ir paprastai žiemoja Afrikoje, o į Lietuvą grįžta apie kovo mėnesio vidurį.","Šiuo metu, anot jo, jau būtų galima suskaičiuoti gerą 10-tį sugrįžėlių.",[],['LTU'],True)

# de (2)
add('de','https://www.bundestag.de/presse/hib/2018_01/-/537820',"Berlin: (hib/STO) Die Fraktion Bündnis 90/Die Grünen dringt darauf, den Familiennachzug auch zu subsidiär schutzberechtigten Flüchtlingen zu ermöglichen.","In einem Antrag (19/454), der am Freitag erstmals auf der Tagesordnung des Bundestages steht, fordert sie die Bundesregierung auf, keine Initiativen zur Gesetzgebung mit dem Ziel der Verlängerung der Aussetzung des Familiennachzugs für solche Flüchtlinge mit eingeschränktem Schutzstatus zu ergreifen.",[FR,REF,LAW],[],True)
add('de','https://hoerfunkbund.com/category/eilmeldung/page/2',"„Getrennt auf Zeit – vereint ungewiss“: Bundestag stoppt Familiennachzug für subsidiär Geschützte","Der Bundestag hat am Freitag mit deutlicher Mehrheit einen Gesetzentwurf verabschiedet, der den Familiennachzug für Flüchtlinge mit subsidiärem Schutzstatus für zwei Jahre aussetzt. Betroffen sind insbesondere tausende syrische Familien, deren Angehörige seit Jahren auf ein Wiedersehen in Sicherheit hoffen.",[FR,REF,LAW],['SYR'])

# en (3)
add('en','https://kffhealthnews.org/news/migrant-health-clinics-immigration-debate/',"Migrant Health Clinics Caught In Crossfire Of Immigration Debate","SLOCOMB, Ala. — Many of the Mexican men and women picking green beans, peaches and strawberries in this lush, southeast corner of the state are fearful about seeking health care since a tough new immigration law was enacted last year.",[HEA,LAB,LAW],['MEX'])

# lt (3)
add('lt','https://lrytas.lt/lietuvosdiena/svietimas/2022/03/19/news/dauguma-nuo-karo-pabegusiu-ukrainieciu-vaiku-lietuvoje-renkasi-rusakalbes-mokyklas-22776129',"Daliai vaikų taip pat užtikrinama galimybė tęsti mokslus ukrainiečių kalba, bet jie vis tiek registruojami Lietuvos mokyklose.","Švietimo, mokslo ir sporto ministerijos penktadienio duomenimis, Lietuvoje registruota per 8,6 tūkst. vaikų iki 18 metų, tačiau į mokyklas kol kas registravosi kiek mažiau nei 1,5 tūkstančio.",[EDU,CH,ST],['LTU'],True)
add('lt','https://lithuania.news-pravda.com/world/2025/02/08/25104.html',"Tik atvykę ukrainiečių moksleiviai verčiami laikyti lietuvių kalbos egzaminą","Neseniai į Lietuvą atvykę 11 klasiokų šiemet neatleidžiami nuo lietuvių kalbos egzamino išlaikymo.",[EDU,CH,INT],['UKR','LTU'])

# pl (1), en (1), ru (2)
add('pl','https://bip.brpo.gov.pl/pl/kmpt/wizytacja-ad-hoc-kmpt-w-strzezonym-osrodku-dla-cudzoziemcow-w-lesznowoli-protest-glodowy',"Wizytacja ad hoc KMPT w Strzeżonym Ośrodku dla Cudzoziemców w Lesznowoli - protest głodowy cudzoziemców umieszczonych w detencji.","W dniu 29 kwietnia 2022 r. przedstawiciel Krajowego Mechanizmu Prewencji Tortur Michał Żłobecki przeprowadził wizytację w Strzeżonym Ośrodku dla Cudzoziemców w Lesznowoli.",[DET],[])
add('en','https://www.lrt.lt/en/news-in-english/19/1610208/cold-water-and-3-square-metres-of-space-what-s-life-like-in-lithuania-s-prison-turned-migrant-cetre',"Poor food, no hot water, living in prison cells with no personal space.","These are some of the complaints of migrants accommodated in Lithuania's Kybartai Foreigners Registration Centre.",[DET,REC],['LTU'],True)
add('ru','https://megalodon.jp/ref/2018-1106-0447-23/https://rigort.livejournal.com:443/1987143.html',"В марте 2017 года после публикаций в “Ъ” Старооскольский городской суд оставил беженку из Луганска Елену Прокопенко жить в местной гостинице «Русь», бывшем пункте временного размещения для бежавших от войны в Донбассе.","Тогда ей разрешили остаться в России до 18 августа 2018 года, пока не истечет очередной срок ее временного убежища.",[TP,REF,HOU],['RUS'],True)
add('ru','https://memorialcenter.org/analytics/gosudarstvennaya-pomoshh-ukrainskim-bezhenczam-v-rf-v-2022-godu',"Государственная помощь украинским беженцам в РФ в 2022 году: обзор нормативных актов","Российская Федерация присоединилась к Конвенции 1951 года «О статусе беженцев» в 1992 году, и в 1993 году в России был впервые принят закон «О беженцах», который в 1997 году был радикально переработан и действует по сей день.",[REF,LAW,AS],['UKR','RUS'])

# en (2)
add('en','https://fortworthreports.org/judge-blocks-trump-administrations-ending-of-legal-protections-for-1-1-million-venezuelans-and-haitians',"A federal judge on Friday stopped the Trump administration from ending temporary legal protections that allow more than 1 million people from Haiti and Venezuela to live and work in the United States.","The ruling came from US District Judge Edward Chen in San Francisco.",[TP,LAW],['HTI','VEN','USA'],True)
add('en','https://bci24news.com/2025/03/dhs-sued-over-ending-deportation-protection-for-haitians-venezuelans',"President Donald Trump’s administration has illegally ended protection against deportation for nationals of Haiti and Venezuela, according to a new lawsuit.","The U.S. Department of Homeland Security (DHS) ending Temporary Protected Status (TPS) for hundreds of thousands of Venezuelans and moving to end the protection for numerous Haitians violates federal law, immigrant advocate groups said in the March 3 suit, which was lodged in federal court in Massachusetts.",[TP,RET,LAW],['HTI','VEN'],True)

# lt (3)
add('lt','https://www.lzinios.lt/amp/lietuva/emigrantu-skaicius-isaugo/236886',"Emigrantų skaičius išaugo","Išvykimą iš Lietuvos deklaravusių emigrantų skaičius pernai, lyginant su 2015-aisiais, išaugo, trečiadienį pranešė Statistikos departamentas.",[EMI,ST],['LTU'])
add('lt','https://www.bendra.lt/lt/diskriminacija-tautybes-pagrindu-covid19-akivaizdoje-uzsienietis-ne-prioritetas',"Diskriminacija tautybės pagrindu: COVID19 akivaizdoje – užsienietis – ne prioritetas","Halia – 26-erių ukrainietė, į Lietuvą prieš penkerius metus atvykusi legaliai dirbti tarptautinėje įmonėje FinTech.",[DIS,HEA,LAB],['UKR','LTU'])
add('lt','https://artscape.lt/projektas/susitinka-istorijos/tolerancija-lietuvoje/',"Tolerancija Lietuvoje","2020 m. sausio 1-ąją fiksuotas didžiausias Lietuvoje gyvenančių užsieniečių skaičius: Lietuvoje gyveno 78 081 užsienietis, kas sudarė 2,79 proc. bendro Lietuvos gyventojų skaičiaus.",[ST,DIS],['LTU'])

# pl (1)
add('pl','https://www.dziennik-polityczny.com/2022/11/04/polacy-za-ukraina-ale-przeciw-ukraincom-raport-z-badan-socjologicznych/',"Polacy za Ukrainą, ale przeciw Ukraińcom. Raport z badań socjologicznych","Mamy problem i to poważny. W sferze publicznej utrzymuje się przekonanie, że Polacy są pełni dobrej woli wobec Ukraińców.",[DIS],['POL','UKR'])

# pl (4)
add('pl','https://www.fronda.pl/a/Ujawniono-dane-ws-pozwolen-na-prace-w-Polsce,220730.html',"Trzeba przyznać, że dane opublikowane przez resort rodziny i polityki społecznej mogą szokować.","Dowiadujemy się z nich, że obywatele Ukrainy czy choćby Białorusi stanowią zaledwie niewielką część cudzoziemców, którym na przestrzeni ostatniego półrocza wydano pozwolenie na pracę w Polsce.",[LAB,ST],['UKR','BLR','POL'],True)
add('pl','https://kresy.pl/wydarzenia/filipinczycy-i-kolumbijczycy-dostali-w-2024-r-najwiecej-zezwolen-na-prace-w-polsce/',"To Filipińczycy i Kolumbijczycy dostali w 2024 roku najwięcej zezwoleń na pracę w Polsce, wyprzedzając pracowników z Indii i Nepalu – informuje Rzeczpospolita.","Rzeczpospolita poinformowała w ubiegłym tygodniu, że prawie 323 tys. zezwoleń na pracę w Polsce wydano w minionym roku cudzoziemcom spoza Unii Europejskiej.",[LAB,ST],['PHL','COL','POL','IND','NPL'],True)
add('pl','https://businessinsider.com.pl/gospodarka/rosnie-armia-cudzoziemcow-na-polskim-rynku-pracy-coraz-wiecej-z-indii-coraz-mniej-z/6g1tzpp',"Rośnie armia pracowników z zagranicy w Polsce. Coraz więcej z Indii, mniej z Gruzji","Polska jest dobrym miejscem do życia i pracy. Tak przynajmniej sądzą setki tysięcy osób z innych krajów, które to u nas znalazły zatrudnienie i mogą żyć na wyższej stopie, niż u siebie, w ojczystym kraju.",[LAB,EMP,ST],['POL','IND','GEO'])
add('pl','https://www.bankier.pl/wiadomosc/Polskie-obywatelstwo-wciaz-kusi-w-Londynie-Srednio-10-zapytan-dziennie-7607058.html',"Mimo że od referendum ws. brexitu minęły już ponad dwa lata, polska ambasada w Londynie codziennie otrzymuje średnio 10 nowych zapytań o możliwość nadania, poświadczenia lub przywrócenia obywatelstwa polskiego od mieszkańców Wielkiej Brytanii.","Placówka spodziewa się, że zainteresowanie będzie rosło.",[CIT,EMI],['POL','GBR'],True)

# fr (1)
add('fr','https://francesoir.fr/societe-faits-divers/la-france-comptabilise-33000-demandes-dasile-depuis-janvier',"La France comptabilise 33.000 demandes d'asile depuis janvier","La France a comptabilisé 33.000 demandes d'asile depuis janvier, une hausse de 18% sur un an qui traduit toutefois un ralentissement par rapport à la fin 2015, en pleine crise migratoire.",[AS,ST],['FRA'])

# en traps (asylum in the sense of mental hospital)
add('en','https://www.arcamax.com/healthandspirit/seniorliving/seniorlivingfeatures/s-2198645',"Travel Trending with Kathy Witt: Former 'insane asylums' repurposed as museums and hotels","How crazy is this? There are former \"insane asylums\" all over the U.S. that have been given new life as upscale hotels, art museums - even a medical history museum.",[],['USA'])
add('en','https://listorati.com/10-former-lunatic-asylums-now-put-to-other-uses',"10 Former Lunatic Asylums Now Put to Other Uses","The Victorian era saw hundreds of vast buildings spring up across the UK, Europe, and North America as governments sought to address the “epidemic” of madness that appeared to be growing in lockstep with the industrialization of the western world.",[],['GBR'])

# lt (1)
add('lt','https://www.anglija.lt/straipsniai/bbc-demesys-is-jk-didziule-kompensacija-gavusiam-lietuviui-21429',"BBC dėmesys – iš JK didžiulę kompensaciją gavusiam lietuviui","Jungtinėje Karalystėje jau kurį laiką vis pasigirsta kalbų apie nelegaliai sulaikomus imigrantus iš ES šalių. Vieno iš tokių emigrantų istoriją sekmadienį parodė visuomeninis britų transliuotojas BBC.",[DET,EMI],['GBR','LTU'])

# ru (2)
add('ru','https://d1len9mmddvt3u.cloudfront.net/amp/uchastkovyy-znaet-chto-my-tam-zhivem-my-daem-emu-deneg-chtoby-nas-ne-zabirali-migrant-rasskazyvaet-kak-zhivet-v-moskve-bez-registratsii/33159352.html',"Российские власти объявили, что начинают борьбу с \"резиновыми квартирами\".","Так называют жилища, где прописаны или проживают десятки человек, часто мигранты.",[HOU,LAW],['RUS'],True)
add('ru','https://expat.su/prochee/mozhno-li-migrantam-privozit-semju-v-rossiju-razbiraem-pravila-vezda-i-prozhivanija/',"Можно ли мигрантам привозить семью в Россию? Разбираем правила въезда и проживания","Мигранты, приезжающие в Россию на работу, часто хотят перевезти свою семью. Однако законодательство предусматривает разные условия для различных категорий иностранных граждан.",[FR,LAB,VIS,LAW],['RUS'])

# en (1)
add('en','https://frontex.europa.eu/media-centre/news/news-release/frontex-marks-two-years-as-the-european-border-and-coast-guard-agency-ECWley',"Frontex marks two years as the European Border and Coast Guard Agency","This week Frontex marks its two-year anniversary as the European Border and Coast Guard Agency. Over the last two years the agency has cemented its position as one of the cornerstones of the EU’s area of freedom, security and justice, becoming more and more operational on the ground at Europe’s external borders.",[BOR],[])

# END
check(P, 'b27', 24, eu=True)
json.dump(P, open('pages25.json', 'w'), ensure_ascii=False, indent=0)
import collections

print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
