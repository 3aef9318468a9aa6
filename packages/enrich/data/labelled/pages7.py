# Ninth batch of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, while the term files were being tuned and before
# the tagger was run on any of them. Themes chosen for spread rather than by keyword: asylum and
# detention (hunger strikes, guarded centres, Lithuanian court practice), reception (Rukla, barges
# and hotels, new centres in Poland), resettlement from Turkey, temporary protection of Ukrainians,
# integration courses (Sweden, Russia's adaptation courses, Polish for Ukrainians), labour migration
# (seasonal permits in Lithuania, patents in Russia, remittances to Tajikistan, Kyrgyzstan and the
# Philippines, UK care workers), family reunification (Germany, UK dependants), citizenship (dual
# citizenship in Lithuania, Polish and Russian naturalisation), smuggling and trafficking, borders
# (Finland's closed crossings, the Polish barrier), returns (Frontex charter to Georgia, removal to
# Cameroon, Rwanda flights), children (unaccompanied minors in Lithuania, Poland and the US), deaths
# and rescue (Lampedusa, the Belarus border), statistics (Eurostat, UNHCR Global Trends, surveys of
# Ukrainians in Poland), health, education (foreign students, Ukrainian pupils), employment,
# housing, discrimination (riots at UK asylum hotels, an attack on a Colombian in Warsaw), climate
# displacement (Somalia, Tuvalu, World Bank projections), internal displacement (Ukraine),
# emigration and diaspora (Russian relocants, Lithuanians in Iceland, Polonia, Nigeria's japa).
# 72 items about migration and 12 that are not (cigarette smuggling at borders, animal shelters,
# an IT migration at a bank, bank outages, Visa's earnings, basketball, cranes) to test precision.
# Texts are copied as stored: the headline and one or two sentences of the lead (titleFrom 'lead'
# when the stored excerpt had no headline and its first sentence stands in for it); a dateline
# ("FOSTER CITY, Calif.--(BUSINESS WIRE)--"), a site suffix (" | UK news") and tracking parameters
# (utm_*, ?all) dropped from a few. No URL or title repeats one in items.jsonl or pages*.json
# (checked by this script). Not in items.jsonl: to be measured once, later.
# Labelling conventions (as in batch 8, plus):
# - statistics-and-data only when figures are framed as data, statistics, a report, a survey or a
#   study in the title or summary (a "[RAPORT]" genre tag on an investigative piece is not);
# - shelters and centres run by the state: reception, + housing when the text says people are
#   housed there; a guarded centre or custody: detention; an aspect that only describes the people
#   ("laikinai apgyvendinti migrantai", temporarily housed migrants) is not labelled;
# - remittances of migrant workers and work permits or patents: labour-migration;
# - return-and-readmission is removal or return organised by a state; refugees saying whether they
#   plan to go home are not labelled with it;
# - a government or parliament decision, bill, budget line or treaty on the matter: law-and-policy;
# - a language or adjective counts for the country ("lietuvių kalba", "русского", "polskiego"), and
#   so does an abbreviation ("JK", "U.K.", "U.S. $", "RP", "КР", "ФРГ"); regions and cities do not,
#   nor does an abbreviation of a body's name that does not spell the country ("ГПСУ").
import json
import re

P = []


def add(lang, url, title, summary, topics, countries, lead=False):
    P.append(dict(lang=lang, batch='b9', title=title, summary=summary, topics=topics, countries=countries,
                  prov=dict(kind='page', url=url, titleFrom='lead' if lead else 'headline',
                            note='stored public web page (search tool, pages corpus); batch 9, unseen')))


IM = 'irregular-migration-and-smuggling'; RET = 'return-and-readmission'; AS = 'asylum-procedures'; REF = 'refugees-and-resettlement'
BOR = 'border-management'; LAW = 'law-and-policy'; ST = 'statistics-and-data'; DET = 'detention'; LAB = 'labour-migration'
TP = 'temporary-protection'; EMI = 'emigration-and-diaspora'; TRA = 'trafficking'; CH = 'children-and-unaccompanied-minors'
DEA = 'deaths-and-search-and-rescue'; INT = 'integration'; VIS = 'visas-and-residence'; CIT = 'citizenship'; IDP = 'internal-displacement'
REC = 'reception'; HOU = 'housing'; EMP = 'employment'; HEA = 'health'; EDU = 'education'; DIS = 'discrimination-and-xenophobia'
FR = 'family-reunification'; CLI = 'climate-and-displacement'
# ---- en
add('en','https://lithuaniatribune.com/tag/liberal-movement/page/19',"Lithuanian parliament gives initial backing to dual citizenship referendum","The Seimas of Lithuania on Tuesday gave its initial backing to a proposal to call a binding referendum on dual citizenship which would be held on the same day as the general elections next October.",[CIT,LAW],['LTU'])
add('en','https://www.taiwannews.com.tw/en/news/4132338',"Italian vessels rescue 47 migrants after small boat capsizes","ROME (AP) — Italy’s coast guard and border police motorboats rescued 47 migrants whose small wooden boat capsized in the Mediterranean Sea south of a tiny Italian island early Saturday.",[DEA],['ITA'])
add('en','https://www.theguardian.com/politics/2006/apr/17/immigrationasylumandrefugees.homeaffairs',"Second holding centre hit by hunger strike","More than 120 immigrants held at a detention centre in Gosport have begun a hunger strike in protest at conditions at the centre, with children as young as 15 said to be refusing food.",[DET,CH],[])
add('en','https://newsfashionblog.com/more-than-3000-hunger-strikes-at-immigration-centres-in-uk-since-2015-uk-news/',"More than 3,000 hunger strikes at immigration centres in UK since 2015","There have been more than 3,000 hunger strikes in UK immigration removal centres since 2015, according to the Home Office’s own figures.",[DET,ST],['GBR'])
add('en','https://qa.philstar.com/business/2018/02/21/1789708/ofw-remittances-where-they-come-from/amp',"OFW remittances: Where they come from","It turns out the Philippines today ranks as the third largest generator of international worker’s remittances, behind only India and China.",[LAB],['PHL','IND','CHN'])
add('en','https://sverigesradio.se/sida/artikel.aspx?programid=2054&artikel=3488363',"Swedish Society Classes for Immigrants","From the first of December the Swedish local councils will have to offer new immigrants a 60 hour course about the Swedish society.",[INT,LAW],['SWE'])
add('en','https://morningsweden.se/news-wb3w5poydw7v04ujtwcd/',"Quarter of a Million Somalis Forced to Leave Their Homes After Flooding","This year, Somalia has been hit by the worst drought in forty years, according to the country’s government.",[CLI,IDP],['SOM'])
add('en','https://balticword.com/red-cross-irregular-migrants-do-not-have-access-to-medical-care-in-lithuania/',"Red Cross: Irregular migrants do not have access to medical care in Lithuania","The Red Cross regularly monitors the camps and informs the responsible authorities of its observations.",[HEA,IM],['LTU'])
add('en','https://theworkersrights.com/tag/refugees-and-migrants',"Global Displacement Crisis: A Record 120 Million People Uprooted Worldwide","As the United Nations High Commissioner for Refugees (UNHCR) highlighted in its updated Global Trends report there has been a marked uptick in displacement globally. Both internally displaced persons and refugees account for 120 million",[REF,IDP,ST],[])
add('en','https://talk.tv/top-stories/8182/migrants-who-arrive-on-small-boats-and-claim-asylum-to-be-housed-on-barges',"Asylum seekers to be housed on barges and in on military bases","Illegal migrants are to be housed on large ferries and barges in a move to get them out of hotels",[AS,REC,HOU,IM],[])
add('en','https://www.ktsa.com/u-s-prepares-19000-beds-for-potential-migrant-children-influx/',"U.S. prepares 19,000 beds for potential migrant children influx","The U.S. is preparing for a potential spike in migrant children crossing the southern border without their parents, and has identified 19,000 beds at shelters and housing sites to prevent these minors from languishing in Border Patrol detention facilities, top Biden administration officials told CBS News.",[CH,REC,HOU,DET],['USA'])
add('en','https://inkl.com/news/australia-offers-refuge-to-tuvaluans-as-rising-sea-levels-threaten-pacific-archipelago',"As sea levels continue to rise due to global warming, Tuvalu, a small archipelago in the Pacific, is seeing its territory disappear underwater, threatening the survival of its more than 11,000 inhabitants.","A new treaty with Australia, however, will soon allow Tuvaluans to move to the largest country in Oceania, whose greenhouse gas emissions are partly responsible for the islanders’ plight.",[CLI,LAW],['TUV','AUS'],True)
add('en','https://guardian.ng/?p=2711577',"When the best minds leave home","In recent years, Nigeria has witnessed an alarming wave of emigration popularly referred to as the “japa” phenomenon.",[EMI],['NGA'])
add('en','https://www.infomigrants.net/en/post/55380/uk-bans-migrant-care-workers-from-bringing-family-members',"People who come to the UK to work in the social care sector are to be banned from bringing their children and partners on their visa.","The move is part of the British government's plan to slash immigration levels.",[LAB,VIS,FR,LAW],['GBR'],True)
add('en','https://www.dw.com/en/the-challenge-of-finding-jobs-for-refugees-in-germany/a-36574268',"Jobs for refugees","How easy is it for refugees to find jobs in Germany? The employment agency of Germany's most populous state is sounding the alarm over its inability to provide tens of thousands of refugees with work.",[EMP,REF],['DEU'])
add('en','https://www.yenisafak.com/en/world/number-of-first-time-asylum-applicants-in-eu-rose-over-60-last-year-eurostat-3662599',"Number of first-time asylum applicants in EU rose over 60% last year: Eurostat","Syria continues to be main country of citizenship of asylum seekers, says Eurostat",[AS,ST],['SYR'])
add('en','http://blog.thedailybeast.com/feds-arrest-six-in-record-human-trafficking-bust',"Feds Arrest Six in Record Human-Trafficking Bust","The Justice Department accused six people Thursday of luring 400 laborers from Thailand to the United States—and then forcing them to work.",[TRA,LAB],['THA','USA'])
add('en','https://en.yabiladi.com/articles/details/152710/far-right-riots-target-asylum-seeker.html',"Far-right riots target asylum seeker hotels in the UK","Two hotels housing asylum seekers in the United Kingdom were attacked by far-right demonstrators on Sunday amid ongoing anti-Muslim, anti-migration riots.",[DIS,AS,REC,HOU],['GBR'])
# ---- en, not about migration (precision)
add('en','https://galpost.com/lithuanian-customs-detained-at-the-border-with-russia-the-illicit-cargo-of-cigarettes-by-e-2-million-photo/4687/',"The Lithuanian customs officers detained on the border with the Kaliningrad oblast, at a checkpoint in Kybartai contraband cigarettes 2 million euros.","The Russian, who was carrying the cigarettes in the truck Renault, was detained for two days, reports Delfi.lt with reference to the Criminal service of the customs.",[],['LTU','RUS'],True)
add('en','https://www.complianceweek.com/regulatory-enforcement/tsb-bank-fined-592m-for-governance-lapses-in-botched-it-migration/32489.article',"TSB Bank was fined 48.65 million pounds (U.S. $59.2 million) by U.K. regulators Tuesday after a disastrous IT migration left customers unable to access cash or use online accounts for weeks.","All of TSB’s branches and a large proportion of its 5.2 million customers were affected by technical failures caused when the bank tried to switch to a new IT system in April 2018, according to the Financial Conduct Authority (FCA).",[],['GBR','USA'],True)
add('en','https://investor.visa.com/news/news-details/2015/Visa-Inc-Reports-Fiscal-Second-Quarter-2015-Net-Income-of-16-billion-or-063-per-Diluted-Share/default.aspx',"Visa Inc. (NYSE: V) today announced financial results for the Company’s fiscal second quarter 2015.","Net income for the quarter was $1.6 billion.",[],[],True)
# ---- lt
add('lt','http://www.delfi.lt/news/daily/lithuania/brexit-emigrantai-bus-priversti-atsisakyti-lietuvos-pilietybes.d?id=74044244',"Užsienyje gyvenantys lietuviai jau ne vienerius metus ieško įvairių būdų, kaip išlaikyti dvigubą pilietybę.","Šiuo daugeliui įtemptu metu, JK lietuvių bendruomenės atstovai iškėlė klausimą, kodėl būtent dabar yra svarbu išsaugoti Lietuvos Respublikos (LR) pilietybę?",[EMI,CIT],['LTU','GBR'],True)
add('lt','https://www.migracija.lt/-/atliekant-neteis%C4%97t%C5%B3-migrant%C5%B3-am%C5%BEiaus-nustatymo-tyrim%C4%85-nepilname%C4%8Diai-suauga',"Atliekant neteisėtų migrantų amžiaus nustatymo tyrimą, nepilnamečiai suauga","Ne visi į Lietuvos Respubliką neteisėtai atvykę užsieniečiai prašosi prieglobsčio – tokie užsieniečiai paprastai turi būti išsiunčiami iš Lietuvos Respublikos.",[IM,CH,AS,RET],['LTU'])
add('lt','https://m.kauno.diena.lt/naujienos/lietuva/salies-pulsas/lietuvoje-kudikio-susilauke-nelegali-migrante-dalis-vaiku-gyvena-netinkamomis-salygomis-1041143',"Lietuvoje kūdikio susilaukė nelegali migrantė: dalis vaikų gyvena netinkamomis sąlygomis","Kūdikio susilaukė į Lietuvą nelegaliai patekusi migrantė. Kaip tvirtina socialinės apsaugos ir darbo viceministrė Justina Jakštienė, motina ir naujagimis apgyvendinti Pabėgėlių priėmimo centre.",[IM,CH,REC,HOU],['LTU'])
add('lt','http://vtaki.lt/lt/naujienos/vaiko-teisiu-apsaugos-kontroliere-atliko-tyrima-del-nelydimu-nepilnameciu-padeties',"Vaiko teisių apsaugos kontrolierė atliko tyrimą dėl nelydimų nepilnamečių padėties","Vykdydama vaiko teisių užtikrinimo stebėseną, vaiko teisių apsaugos kontrolierė atliko tyrimą savo iniciatyva dėl nelydimų nepilnamečių užsieniečių padėties Lietuvoje, jiems atvykus į Lietuvos  Respubliką nuo 2021 m. liepos mėnesio bei paskelbus ekstremaliąją situaciją dėl masinio užsieniečių antplūdžio.",[CH],['LTU'])
add('lt','https://15min.lt/m/id/aktualu/lietuva/lietuva-su-ukraina-keisis-atvykstanciu-nelydimu-vaiku-sarasais-56-1651068',"Lietuva su Ukraina keisis atvykstančių nelydimų vaikų sąrašais","Lietuva ir Ukraina pasirašys susitarimą, kad nuo karo bėgantys nelydimi nepilnamečiai Lietuvoje apsistotų laikinai, abi šalys keisis jų sąrašais.",[CH,REF],['LTU','UKR'])
add('lt','https://new.etaplius.lt/naujiena/migracijos-departamentas-leidimai-laikinai-gyventi-ukrainieciams-galios-iki-2026uju-pavasario-315887',"Leidimai laikinai gyventi ukrainiečiams galios iki 2026-ųjų pavasario","Ukrainos karo pabėgėliams išduodami leidimai laikinai gyventi laikinosios apsaugos pagrindu galios iki 2026 metų kovo 4 dienos.",[TP,VIS,REF],['UKR'])
add('lt','https://www.tv3.lt/naujiena/verslas/simtai-uzsienieciu-lietuvoje-gauna-leidimus-dirbti-stai-kur-isidarbina-n1444184',"Šimtai užsieniečių Lietuvoje gauna leidimus dirbti: štai kur įsidarbina","Pirmąjį šių metų pusmetį trečiųjų šalių piliečiams buvo išduota 900 leidimų dirbti sezoninį darbą Lietuvoje.",[LAB],['LTU'])
add('lt','https://lt.news-pravda.com/lithuania/2024/07/01/9923.html',"Lietuva griežtina užsieniečių įdarbinimo taisykles","Nuo liepos 1 dienos norintys dirbti Lietuvoje turi gauti leidimų gyventi šalyje, praneša Migracijos departamentas.",[LAB,VIS,LAW],['LTU'])
add('lt','https://www.delfi.lt/news/daily/lithuania/migrantu-seimoms-geros-zinios-is-teismu-jiems-bus-neribojama-laisve.d?id=87744837',"Šiuo metu teismai užversti bylomis dėl migrantų sulaikymo, o Lietuvos vyriausiajame administraciniame teisme (LVAT) pamažu formuojama praktika, kaip reiktų elgtis įvairiais atvejais.","Gegužės 31 dieną be dokumentų į Lietuvą iš Baltarusijos neteisėtai pėsčiomis per miškus atkeliavusi irakiečių šeima su dviem mažamečiais vaikais pasiprašė prieglobsčio Lietuvoje.",[DET,IM,AS,CH],['LTU','BLR','IRQ'],True)
add('lt','https://kauno.diena.lt/naujienos/lietuva/salies-pulsas/nepaisant-protesto-lietuvoje-neteisetai-buves-ir-seima-sukures-kamerunietis-issiustas-i-kilmes-sali-1719122',"„Sprendimas Migracijos departamento dėl išsiuntimo yra įvykdytas ir užsienietis su palyda VSAT yra pakeliui į savo kilmės šalį. (...) Į Kamerūną, jungiamuoju skrydžiu per Stambulą“, – nurodė VSAT atstovas Giedrius Mišutis.","Pasak jo, kamerūnietį lydi trys pareigūnai, jų kelionė finansuojama už Europos Sąjungos pinigais.",[RET],['CMR'],True)
add('lt','http://www.baltai.lt/?p=21849',"Lietuvių bendruomenė – viena aktyviausių imigrantų bendruomenių Islandijoje","Esame įpratę daugiau girdėti apie vienas gausiausių išeivijos lietuvių bendruomenių, įsikūrusių, pavyzdžiui, JAV, Vokietijoje, Didžiojoje Britanijoje, tačiau netrukus įsitikinsime, kad ir ne tokiose didelėse ir ne taip mūsų tautiečių pamėgtose šalyse esama veiklių ir palaikyti tautiškumą pasiryžusių bendruomenių.",[EMI],['LTU','ISL','USA','DEU','GBR'])
add('lt','https://www.tv3.lt/naujiena/lietuva/seimo-kontrolieriai-lietuvoje-palankios-salygos-prekybai-zmonemis-n1442515',"Seimo kontrolierių teigimu, 18 iš 22 oficialiai nukentėjusiais pripažintų asmenų yra trečiųjų šalių piliečiai.","Visi šie asmenys patyrė išnaudojimą priverstiniam darbui transporto srityje, dažniausiai buvo atvykę iš Uzbekistano, Ukrainos, Tadžikistano, Kirgizijos, Rusijos ir Baltarusijos.",[TRA,LAB],['UZB','UKR','TJK','KGZ','RUS','BLR'],True)
add('lt','https://www.lzinios.lt/amp/lietuva/isnaudojima-prostitucijai-keicia-vertimas-nusikalstamoms-veikoms-vykdyti/246193',"Išnaudojimą prostitucijai keičia vertimas nusikalstamoms veikoms vykdyti","Lietuvos teisėsauga pradeda vis daugiau tyrimų dėl prekybos žmonėmis, o šių nusikaltimų pobūdis keičiasi: anksčiau vyravo merginų išvežimas prostitucijai, dabar labiau paplitęs žmonių veržimas į užsienį vogti ir daryti kitus nusikaltimus, sako Kauno apygardos prokuratūros prokurorė Gabija Večerinskienė.",[TRA],['LTU'])
add('lt','https://www.lrt.lt/naujienos/lietuvoje/2/1460166/migrantu-sveikatos-problemos-gula-ant-savivaldos-ir-mediku-peciu-nusiskundimu-visa-puokste-o-suteikiant-pagalba-pasipila-issukiai',"Sumušimai, pilvo skausmai, vabzdžių įkandimai, nutrintos kojos – dėl šių ir kitų sveikatos problemų dažniausiai skundžiasi neteisėtai į Lietuvą patekę ir čia laikinai apgyvendinti migrantai.","Merai neslepia, kad iššūkių užtikrinant tinkamas sveikatos paslaugas gausu, ypač kai nebeužtenka tik pirmosios pagalbos ir prireikia specialistų konsultacijų.",[HEA,IM],['LTU'],True)
add('lt','https://www.lzinios.lt/amp/lietuva/pabegeliai-sprunka-is-ruklos/232156',"Pabėgėliai sprunka iš Ruklos","Pabėgėlių priėmimo centrą Rukloje paliko dvi šeimos, kurios bandė išvykti iš Lietuvos.",[REF,REC],['LTU'])
add('lt','https://www.delfi.lt/news/daily/lithuania/beveik-po-metu-pertraukos-i-lietuva-perkelti-pabegeliai.d?id=79163037',"Kaip BNS sakė departamento vadovė Evelina Gudzinskaitė, pabėgėliai perkelti iš Turkijos stovyklų.","Pastarąjį kartą pabėgėliai į Lietuvą perkelti pernai gruodžio 21-ąją.",[REF],['TUR','LTU'],True)
add('lt','https://tv3.lt/gaires/studijas-europos',"Lietuvoje studijuoja 4,5 tūkst. užsieniečių","2011–2012 mokslo metų pradžioje šalies aukštosiose mokyklose studijavo 4,5 tūkst. studentų užsieniečių: universitetuose – 4,2 tūkst., kolegijose – 292, praneša Lietuvos statistikos departamentas.",[EDU,ST],['LTU'])
# ---- lt, not about migration (precision)
add('lt','https://traku-zeme.lt/vietoj-keleiviu-autobusas-is-baltarusijos-gabeno-kontrabanda/',"Vietoj keleivių autobusas iš Baltarusijos gabeno kontrabandą","Vilniaus teritorinės muitinės pareigūnai antradienį (vasario 10 d.) sulaikė cigarečių kontrabandą – pustrečio tūkstančio pakelių rūkalų aptikti išslapstyti iš Baltarusijos įvažiavusiame keleiviniame autobuse.",[],['BLR'])
add('lt','https://www.musustatymai.com/naujienos/medaliu-medziokle-tesiasi-kosmini-krepsini-zaides-velicka-lietuvai-paklojo-kilima-i-ec-ketvirtfinali',"Medalių medžioklė tęsiasi: kosminį krepšinį žaidęs Velička Lietuvai paklojo kilimą į EČ ketvirtfinalį!","Traumų ir nežinios darkyta Lietuvos krepšinio rinktinė dar kartą įrodė, kad jos negalima nurašyti.",[],['LTU'])
add('lt','https://www.atviraklaipeda.lt/?p=152822',"Savanoriavo gyvūnų prieglaudoje","Savanoriai iš organizacijos „High4“ gyvūnų prieglaudoje „Būk mano draugas“, įsikūrusioje Klaipėdos rajone, Glaudėnų kaime, padėjo tvarkyti aplinką, gyvūnų namus.",[],[])
# ---- ru
add('ru','https://censor.net/ru/news/3575931/vremennuyu-zaschitu-dlya-ukraintsev-v-litve-prodlili-do-2027-goda',"Правительство Литвы продлило временную защиту для граждан Украины до 4 марта 2027 года.","Ранее она действовала до 4 марта 2026 года.",[TP,LAW],['LTU','UKR'],True)
add('ru','https://vesti-ua.net/novosti/za-rubezhom/212269-germaniya-uvelichivaet-vyplaty-ukrainskim-bezhencam.html',"Германия увеличивает выплаты украинским беженцам","В Германии c 1 июня увеличат размер пособия для украинских беженцев, которых прибыло уже больше 400 тысяч с начала войны.",[REF,LAW],['DEU','UKR'])
add('ru','https://beztabu.net/v-odesskoj-oblasti-specnaz-gpsu-osvobodil-desyatki-rabov_n45922',"В Одесской области спецназ ГПСУ освободил десятки рабов","В пятницу, 15 июня, сотрудники правоохранительных органов освободили из незаконного удержания около 30 человек.",[TRA],[])
add('ru','https://rahmat.ru/novosti/rabota/stalo_izvestno__v_kakikh_rossiyskikh_regionakh_podorozhayut_patenty_dlya_migrantov',"Стало известно, в каких российских регионах подорожают патенты для мигрантов","С 1 января 2026 года в ряде регионов поднимется ежемесячная плата за патент трудовым мигрантам.",[LAB],['RUS'])
add('ru','https://eadaily.com/ru/news/2023/04/12/zhizn-na-chuzhbine-okazalas-nesladkoy-bezhavshie-v-gruziyu-speshat-nazad',"Бежавшие в Грузию от мобилизации россияне теперь спешат обратно, пишет ИА «Рес», анализируя ситуацию с беглецами в Закавказье.","Полгода прошло с того времени, когда десятки тысяч молодых россиян поспешили в страны Закавказья в надежде избежать частичной мобилизации, которая была объявлена на фоне специальной военной операции на Украине.",[EMI],['GEO','RUS','UKR'],True)
add('ru','https://re-russia.net/review/770/',"Три сектора релокантов в пяти странах: что происходит с новой российской диаспорой в Армении, Грузии, Турции, Казахстане и Кыргызстане","Не менее двух третей новой российской диаспоры проживает в пяти странах, примыкающих к России с юга, — в Армении, Грузии, Турции, Казахстане и Кыргызстане.",[EMI],['RUS','ARM','GEO','TUR','KAZ','KGZ'])
add('ru','https://migranews.ru/zakon-i-pravo/544-denezhnye-perevody-migrantov-sostavljajut-pochti-polovinu-vvp-tadzhikistana.html',"Денежные переводы мигрантов составляют почти половину ВВП Таджикистана","Всемирный банк зафиксировал рекордную зависимость экономики Таджикистана от денежных переводов трудовых мигрантов — 45% ВВП.",[LAB],['TJK'])
add('ru','https://rus.azattyk.org/a/26649883.html',"За восемь месяцев этого года трудовые мигранты перевели в Кыргызстан почти 1,5 миллиарда долларов.","Об этом «Азаттыку» сообщил заместитель председателя Национального банка КР Нурбек Жениш.",[LAB],['KGZ'],True)
add('ru','https://focus.ua/economics/730485-pomoshch-pereselencam-kto-iz-vpl-mozhet-rasschityvat-na-zhile',"В государственном бюджете Украины на 2026 год планируют увеличить поддержку внутренне перемещенных лиц (ВПЛ) на 1,5 миллиарда гривен.","Из них один миллиард направят на помощь для проживания, а еще 500 миллионов — на обеспечение жильем переселенцев в сельской местности.",[IDP,HOU,LAW],['UKR'],True)
add('ru','https://www.ng.ru/news/822034.html',"Не менее 20 мигрантов погибли при кораблекрушении у Лампедузы","Не менее 20 мигрантов считаются погибшими, еще 27 числятся пропавшими без вести в результате кораблекрушения у берегов итальянского острова Лампедуза.",[DEA],['ITA'])
add('ru','https://gazeta.fi/graniza/finlyandiya-zakroet-poslednij-kpp-na-finsko-russkoj-suhoputnoj-granicze',"Принятые ранее меры не остановили потока беженцев, прибывающих с территории Российской Федерации.","КПП Рая-Йоосепи будет закрыт в ночь со среды на четверг в 24.00.",[BOR,REF],['RUS'],True)
add('ru','https://novosti-n.org/news/read/158407.html',"Россия решила удаленно раздавать свои паспорта в Украине","Президент России Владимир Путин подписал закон, которым предлагается наделить главу государства полномочием определять категории иностранных граждан, имеющих право на получение российского гражданства в упрощенном порядке, сообщает РИА-новости.",[CIT,LAW],['RUS','UKR'])
add('ru','https://eadaily.com/ru/news/2025/05/26/vlasti-frg-namereny-ogranichit-vezd-bezhencev',"Власти ФРГ намерены ограничить въезд беженцев","Министр внутренних дел Германии Александр Добриндт планирует представить новый законопроект, согласно которому беженцы без определенного статуса больше не смогут подавать заявки на воссоединение с семьей.",[REF,FR,LAW],['DEU'])
add('ru','https://lenta.ru/news/2021/11/12/victiomofcold/amp',"Мальчик замерз насмерть в лагере мигрантов на польско-белорусской границе","В Польше сообщают о гибели 14-летнего мальчика из лагеря мигрантов на границе с Белоруссией.",[DEA,CH],['POL','BLR'])
add('ru','http://www.global-climate-change.ru/index.php/en?view=article&catid=108%3Aof-news-cat&id=7718%3Amigracia&tmpl=component&print=1&layout=default&page=',"Всемирный банк: изменение климата обернется массовой внутренней миграцией","В новом докладе эксперты Всемирного банка напоминают о стремительном глобальном потеплении, последствиями которого станут изнурительная жара, засухи, пожары, ураганы, проливные дожди и наводнения.",[CLI,IDP,ST],[])
add('ru','https://hosting.112.ua/ru/doslidzenna-pokazalo-kim-pracuut-ukrainci-u-polsi-ta-skilki-zaroblaut-48717',"Исследование показало, кем работают украинцы в Польше и сколько зарабатывают.","Многие украинские беженцы в Польше успешно адаптировались к местному рынку труда и проявили высокую экономическую активность, что было подтверждено результатами проведенного исследования.",[EMP,REF,ST],['UKR','POL'],True)
add('ru','https://www.the-warsaw.com/43866/80-ukrainskih-bezhencev-v-polshe-ne-planirujut-vozvrashhatsja-domoj-zhdut-okonchanija-vojny/',"Согласно опросу ООН, 65% украинцев, уехавших за границу из-за войны, не планируют возвращаться домой в ближайшее время.","Больше всего желающих остаться находится в Польше – около 80%.",[REF,ST],['UKR','POL'],True)
add('ru','https://m.saratovnews.ru/news/2014/01/24/bolshe-dvadcati-migrantov-proshli-kyrsy-kyltyrnoi-adaptacii',"Больше двадцати мигрантов прошли курсы культурной адаптации","Вчера руководители УФМС России по Саратовской области и Саратовского государственного университета подписали соглашение о сотрудничестве.",[INT],['RUS'])
# ---- ru, not about migration (precision)
add('ru','https://www.vesti.ru/article/2574201',"Смоленские пограничники задержали полмиллиона немаркированных пачек сигарет","Смоленские пограничники задержали полмиллиона пачек контрафактных сигарет. Машину с грузом передали сотрудникам полиции.",[],[])
add('ru','https://riavrn.ru/amp/klin-klinom-ne-vyshibesh',"Клин клином не вышибешь","Корреспонденты РИА «Воронеж» вместе со специалистами заповедника посчитали журавлей.",[],[])
add('ru','https://khabarovsk-news.ru/other/2026/01/17/57030.html',"За два года специалисты приюта «Добрый пёс» отловили почти 2,5 тысячи бездомных собак с улиц Хабаровска.","Ежегодно горожане усыновляют по 300–400 собак, но это значительно меньше, чем количество новых постояльцев.",[],[],True)

# ---- pl
add('pl','https://wiadomosci.wp.pl/deportacje-imigrantow-z-wielkiej-brytanii-kosciol-o-haniebnej-polityce-rzadu-6786130608802368a',"Do pierwszego lotu do Rwandy miało dojść w połowie czerwca.","Według planów zatwierdzonych przez rząd Borisa Johnsona właśnie tam mają być wysyłane osoby ubiegające się o azyl w Wielkiej Brytanii.",[AS,RET,LAW],['RWA','GBR'],True)
add('pl','https://www.rp.pl/polityka/art43795241-nie-tak-latwo-juz-o-polskie-obywatelstwo-zmiany-jeszcze-w-tym-roku',"W 2025 r. do Kancelarii Prezydenta RP wpłynęło 5470 wniosków o nadanie obywatelstwa polskiego.","„Prezydent RP podjął 222 postanowienia, którymi nadał polskie obywatelstwo 999 osobom i odmówił nadania polskiego obywatelstwa 1335 osobom. Wszystkie te postanowienia zostały podjęte przed 1 sierpnia 2025 r.” – informuje „Rzeczpospolitą” KPRP.",[CIT],['POL'],True)
add('pl','https://www.cnmng.ca/tag/mlodzi/',"Młodzi Polacy emigrują głównie do Niemiec","Liczba emigrujących Polaków w ostatnich latach podwoiła się.",[EMI],['POL','DEU'])
add('pl','https://pl.next-preprod.aleteia.org/2024/05/02/polacy-za-granica-to-ok-20-mln-osob',"Nasi tam są! Gdzie poza Polską mieszka najwięcej Polaków?","Wiecie, że poza granicami naszego kraju kraju mieszka ok. 20 mln Polaków? Polska emigracja jest jedną z najliczniejszych na świecie.",[EMI],['POL'])
add('pl','https://krakow.naszemiasto.pl/juz-70-oddzialow-przygotowawczych-dla-uczniow-z-ukrainy-w/ar/c5-8737861',"- Mamy 105 tysięcy dzieci ukraińskich uchodźców w polskich szkołach. Ponad 10 tysięcy w oddziałach przygotowawczych - poinformował w środę minister edukacji i nauki Przemysław Czarnek.","Szef MEiN apelował o tworzenie oddziałów przygotowawczych dla uczniów z Ukrainy.",[CH,REF,EDU],['UKR','POL'],True)
add('pl','https://zachod.pl/724458/kurier-przewozacy-migrantow-zatrzymany-po-poscigu-na-a2/',"Na autostradzie A2 funkcjonariusze SG ze Świecka zatrzymali po pościgu Gruzina, który wiózł autem osobowym czterech nielegalnych migrantów.","Wcześniej nie zatrzymał się do kontroli – poinformowała we wtorek rzeczniczka Nadodrzańskiego Oddziału Straży Granicznej Joanna Konieczniak.",[IM],['GEO'],True)
add('pl','https://edukacja.rp.pl/uczelnie-wyzsze/art40759561-studencka-afera-wizowa-jak-rekrutacja-na-studia-w-polsce-stala-sie-przepustka-do-europy',"Studencka afera wizowa. Jak rekrutacja na studia w Polsce stała się przepustką do Europy","Bez znajomości polskiego i weryfikacji dokumentów o wykształceniu – polskie uczelnie od dekady, masowo, często bez jakiejkolwiek kontroli ściągają studentów cudzoziemców. Co drugi studiów nie kończy.",[VIS,EDU],['POL'])
add('pl','https://dev.tvrepublika.pl/Swiat/Lodz-z-320-imigrantami-dotarla-na-Wyspy-Kanaryjskie/151998',"Łódź z 320 imigrantami dotarła na Wyspy Kanaryjskie","„Podczas minionego weekendu na Wyspy Kanaryjskie przybyła łódź cayuco, na której znajdowało się 320 nielegalnych imigrantów. To rekordowa liczba osób na tego typu jednoczęściowej łodzi używanej przez Afrykańczyków” podały władze tego hiszpańskiego archipelagu.",[IM],['ESP'])
add('pl','https://serwisy.gazetaprawna.pl/samorzad/artykuly/8394527,mieszkania-dla-uchodzcow-z-ukrainy-samorzad-relokacja.html',"Idealnego rozwiązania na zapewnienie lokali przybyszom z Ukrainy nie ma – są lepsze i gorsze propozycje.","Jednak nawet połączenie wielu możliwości nie przyniesie efektów, jeśli samorządy nie otrzymają odpowiednio wysokiego wsparcia finansowego.",[HOU],['UKR'],True)
add('pl','https://forsal.pl/swiat/bezpieczenstwo/artykuly/8559268,polska-zakonczyla-budowe-zapory-na-granicy-z-bialorusia.html',"\"Polska skończyła budowę bariery ochronnej na granicy z Białorusią. Nielegalne przedostanie się do Polski jest obecnie niemożliwe. Polska granica jest dziś najlepiej chroniona w Europie\" – napisał Żaryn w sobotę na Twitterze.","Budowa zapory na granicy polsko-białoruskiej, której łączny koszt to ok. 1,6 mld zł, jest odpowiedzią na presję migracyjną, która przybierała na sile od wiosny 2021 roku.",[BOR,IM],['POL','BLR'],True)
add('pl','https://oko.press/maloletni-migranci-polska-granica-ani-prawa-ani-opieki',"Na granicy polsko-białoruskiej jest coraz więcej nieletnich migrantów bez opieki.","Tymczasem Straż Graniczna niechętnie współpracuje z prawnikami, sądy nie są przygotowane do prowadzenia spraw nieletnich, brakuje kuratorów i miejsc w domach dziecka [RAPORT]",[CH],['POL','BLR'],True)
add('pl','http://www.gazetaprawna.pl/artykuly/1030159,dzieci-cudzoziemskie-bez-opieki-trafiaja-do-pieczy-zastepczej.html',"W piątek funkcjonariusze Służby Celno-Skarbowej w Olsztynie znaleźli ukrytego w naczepie jadącej z Serbii ciężarówki imigranta.","Został on przekazany warmińsko-mazurskiej Straży Granicznej.",[IM],['SRB'],True)
add('pl','https://wiadomosci.wp.pl/zwloki-mezczyzny-w-puszczy-bialowieskiej-moga-nalezec-do-uchodzcy-6739817366174624a',"Zwłoki mężczyzny w Puszczy Białowieskiej. Mogą należeć do uchodźcy","Na terenie Puszczy Białowieskiej w pobliżu miejscowości Topiło znaleziono w poniedziałek zwłoki mężczyzny.",[DEA,REF],[])
add('pl','https://tvnwarszawa.tvn24.pl/informacje,news,w-ciagu-13-lat-pobili-mnie-trzy-razy-kolumbijczyk-zaatakowany-w-centrum,280859.html',"Kolumbijczyk został zaatakowany przed Pałacem Kultury i Nauki.","Jak twierdzi, od napastników usłyszał \"ty brudasie\" i dostał cios w twarz.",[DIS],['COL'],True)
add('pl','https://echokatolickie.pl/przybywa-uchodzcow/',"Przybywa uchodźców","Nowy, piąty już w Lubelskiem, ośrodek dla uchodźców powstał w Bezwoli koło Radzynia Podlaskiego.",[REF,REC],[])
add('pl','https://radio.opole.pl/index.php?idp=104&idx=483281&s=6',"Lubelskie/ W Strzeżonym Ośrodku dla Cudzoziemców w Białej Podlaskiej przebywa 137 osób","Do Strzeżonego Ośrodka dla Cudzoziemców w Białej Podlaskiej przybywa coraz więcej imigrantów. Tylko w sierpniu trafiło do niego ponad 150 osób.",[DET],[])
add('pl','https://www.polsatnews.pl/wiadomosc/2023-09-19/gruzini-stanowiacy-zagrozenie-na-pokladzie-samolotu-specjalna-operacja-strazy-granicznej/',"Jak przekazała we wtorek Straż Graniczna, jej funkcjonariusze zorganizowali specjalny lot czarterowy do Gruzji.","Nazwała to \"operacją powrotową\", której celem było \"przekazanie obywateli tego kraju, którzy nielegalnie przebywali na terytorium Polski\".",[RET,IM],['GEO','POL'],True)
add('pl','https://idzpodprad.pl/aktualnosci/bank-swiatowy-zapowiada-dziesiatki-milionow-uchodzcow/',"Najnowszy raport Banku Światowego przewiduje, że zmiany klimatyczne spowodują masowe migracje ludzi.","Szczególnie z Afryki.",[CLI,ST],[],True)
add('pl','http://radio.opole.pl/104,838742,kraj-i-swiat&dtx=&szukaj=&go=morelist&s=31',"Koszalin/ W lipcu rusza kurs języka polskiego dla ukraińskich uchodźców","W Centrum Migracji, działającym od pierwszego dnia wojny na Ukrainie przy koszalińskim oddziale Związku Ukraińców w Polsce, w lipcu rozpoczyna się kolejny bezpłatny kurs języka polskiego skierowany w szczególności do ukraińskich uchodźców.",[INT,REF],['POL','UKR'])
# ---- pl, not about migration (precision)
add('pl','https://www.rmf24.pl/regiony/bialystok/news-papierosy-ukryte-w-pietruszce-sluzby-udaremnily-gigantyczny-,nId,8044318',"Służby udaremniły przemyt niemal 50 tysięcy paczek papierosów na granicy polsko-litewskiej.","Przemytnicy próbowali wwieźć kontrabandę ukrytą w skrzynkach z natką pietruszki.",[],['POL','LTU'],True)
add('pl','https://warszawawpigulce.pl/masowy-paraliz-bankowosci-w-polsce-aplikacje-leza-a-blik-odmawia-posluszenstwa-co-sie-dzieje/',"Masowy paraliż bankowości w Polsce. Aplikacje „leżą”, a BLIK odmawia posłuszeństwa. Co się dzieje?","Poranek 29 stycznia 2026 roku przyniósł niemiłą niespodziankę milionom Polaków, którzy próbowali sprawdzić stan konta lub wykonać szybki przelew.",[],['POL'])
add('pl','https://www.rmf24.pl/fakty/polska/news-coraz-wiecej-zwierzat-czeka-na-adopcje-w-schroniskach-efekt-,nId,6199489',"Coraz więcej psów i kotów czeka na adopcję w schroniskach dla bezdomnych zwierząt.","Według wolontariuszy takich placówek, to efekt sezonu letniego.",[],[],True)


def check(items):
    """Refuse the batch if a label is unknown or an item repeats an earlier URL or title."""
    tax = json.load(open('../taxonomy/taxonomy.json'))
    slugs = {t['slug'] for t in tax['topics']}
    codes = set()
    for f in ('../countries/countries.json', '../countries/extras.json'):
        codes |= set(re.findall(r'"([A-Z]{3})"', open(f).read()))
    norm = lambda u: re.sub(r'^https?://(www\.|m\.)?', '', u).rstrip('/').lower()
    seen_urls, seen_titles = set(), set()
    for line in open('items.jsonl'):
        d = json.loads(line)
        if d.get('batch') == 'b9':  # this batch, once it has joined items.jsonl
            continue
        seen_titles.add(d['title'].strip().lower())
        seen_urls.update(norm(u) for u in re.findall(r'https?://[^"\s]+', json.dumps(d.get('provenance', {}))))
    for i in range(1, 7):
        name = 'pages.json' if i == 1 else f'pages{i}.json'
        for d in json.load(open(name)):
            seen_titles.add(d['title'].strip().lower())
            seen_urls.add(norm(d['prov']['url']))
    errors = []
    for d in items:
        u, t = norm(d['prov']['url']), d['title'].strip().lower()
        if u in seen_urls:
            errors.append('repeated url: ' + d['prov']['url'])
        if t in seen_titles:
            errors.append('repeated title: ' + d['title'][:80])
        seen_urls.add(u)
        seen_titles.add(t)
        errors += ['unknown topic %s in %s' % (s, d['prov']['url']) for s in d['topics'] if s not in slugs]
        errors += ['unknown country %s in %s' % (c, d['prov']['url']) for c in d['countries'] if c not in codes]
        if len(set(d['topics'])) != len(d['topics']) or len(set(d['countries'])) != len(d['countries']):
            errors.append('duplicate label in ' + d['prov']['url'])
    if errors:
        raise SystemExit('\n'.join(errors))


check(P)
json.dump(P, open('pages7.json', 'w'), ensure_ascii=False, indent=0)
import collections

print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
