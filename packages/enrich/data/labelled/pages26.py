# 28th batch of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging code and the docs were not opened). Texts are copied as stored (headline and the
# first one or two sentences of the lead; where the stored excerpt has no headline the first sentence
# stands in for it, lead=True). Only pages whose host name (without "www.") starts with n-z or a digit.
# Themes: migration news of any kind (deportations, reception, asylum, labour patents, relocation and
# emigration, return of emigrants, deaths at sea, trafficking, temporary protection, statistics ...).
# Languages: en, ru, pl, lt, fr, de, es, it.
# Not about migration (traps): bird migration, stranded citizens flown home, and others marked below.
# Labelled from the topic names read as plain English and two rules: 1. A country (ISO 3166 alpha-3) is
# labelled when the title or summary names it, its adjective or its people - on every item, migration or
# not - not when it is only part of an organisation's name or is reached only via a city or region.
# 2. A topic is labelled when the item is about migration (of people) and its title or summary
# explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - "Deported"/"выдворили" of foreigners = return-and-readmission; "нелегальные мигранты" adds
#   irregular-migration-and-smuggling; held in "центры временного содержания" = detention.
# - Relocation of Russians after 2022 ("релоканты", "исход") = emigration-and-diaspora; returns of
#   Polish/Lithuanian emigrants home = emigration-and-diaspora (not return-and-readmission, which I keep
#   for removals of foreigners).
# - Russian work patents = labour-migration and law-and-policy when a change of rules is discussed.
# - A rights list under temporary protection (residence, labour market, housing, medical care,
#   schooling of children) gets each named topic.
# - Human-trafficking raids = trafficking even when no border crossing is named; minors named add
#   children-and-unaccompanied-minors.
# - "North American", "Latin American", "Central Asia", "Mediterranean" name no country; Dagestan,
#   Leeds, Moscow region are regions/cities and give no country.
# - US citizens stranded abroad flown home on ICE planes: not migration (trap), country USA.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b28', 28)

add('en','https://news-pravda.com/world/2024/02/03/298569.html',"The United States has resumed flights deporting illegal migrants to Mexico after almost two years","According to unnamed American and Mexican officials, the first plane with 100 Mexicans on board took off on January 30 from the United States to the city of Morelia.",[RET,IM],['USA','MEX'])
add('en','https://www.the-independent.com/bulletin/news/migrants-deportations-france-britain-returns-scheme-b2842781.html',"Total migrant deportations revealed as France returns scheme ‘ramps up’","Nineteen migrants have been deported to France on two flights, including one which took place on Thursday, as part of the Government's returns deal.",[RET,ST],['FRA'])
add('en','https://www.thenationalnews.com/world/uk-news/2022/11/06/overcrowded-uk-asylum-processing-centre-expected-to-be-back-within-capacity-in-days/',"Overcrowded UK asylum processing centre expected to be back within capacity in days","Number of migrants held at Manston reached 4,000, despite it being designed to house a maximum of 1,600",[AS,REC,DET],['GBR'])
add('en','https://www.vrt.be/vrtnws/en/2011/08/02/no_room_at_asylumreceptioncentres-1-1079850/',"No room at asylum reception centres","According to a report in Tuesday’s edition of the daily ‘De Morgen’, Belgium’s reception centres are once again unable to cope with the flow of asylum seekers.",[AS,REC],['BEL'])
add('en','https://www.straitstimes.com/world/europe/hundreds-of-migrants-feared-drowned',"Hundreds of migrants feared drowned","ROME • Hundreds of migrants attempting the perilous journey across the Mediterranean are feared to have drowned after their overcrowded fishing boat capsized off Libya, Italy's coast guard said yesterday.",[DEA],['LBY','ITA'])
add('en','https://www.tortoisemedia.com/2023/06/15/the-100-year-life-lost-at-sea/',"The aerial photos released by the Greek coastguard are blurry, but show dozens of people onboard a large vessel, their arms waving towards the camera.","A few hours later, the boat carrying migrants from Libya to Italy began veering from side to side, before capsizing and sinking about 50 miles southwest of Pylos in southern Greece at around 2am on Wednesday.",[DEA],['GRC','LBY','ITA'],True)
add('en','http://surinametimes.com/djibouti-130-feared-dead-after-two-migrant-boats-overturn',"Djibouti: 130 feared dead after two migrant boats overturn","At least 130 people are missing off the coast of Djibouti after two migrant boats capsized, amid new warnings from the UN that six people a day die on maritime smuggling routes to Europe and elsewhere.",[DEA,IM],['DJI'])
add('en','https://newsday.co.tt/2022/09/16/cops-arrest-2-men-rescue-women-girls-in-chaguanas-human-trafficking-raid/',"Cops arrest 2 men, rescue women, girls in Chaguanas human-trafficking raid","The police rescued six women and two children, all from Latin America, in an anti-crime exercise in the Central Division on Thursday.",[TRA,CH],[])
add('en','https://trinidadexpress.com/newsextra/eight-rescued-in-human-trafficking-raid-two-men-held/article_a65a3c3e-35dd-11ed-9b0f-fbf3c378aa44.html',"Eight Latin American females, including two minors, were rescued from a house in Chaguanas as two men, their captors, were arrested.","Several items of evidential value were also seized from the location, during the anti-crime exercise between 3 a.m. and 2 p.m. on Thursday.",[TRA,CH],[],True)
add('en','https://www.nydailynews.com/coronavirus/ny-coronavirus-americans-flown-back-ice-deportation-flights-20200328-ahsecjk65zhylfnkoejar5nkpy-story.html',"Nearly 300 U.S. citizens and residents returned home in Immigration and Customs Enforcement deportation flights this week.","According to the Arizona Republic, 279 people who were stranded in Central America because of the coronavirus pandemic flew back home in three ICE-chartered airplanes to cities in Arizona, Texas and Louisiana.",[],['USA'],True)
add('en','http://naturesblog.blogspot.com/2011/08/flocking-season.html',"By August, most North American birds have completed their breeding cycle; there are exceptions, of course, including goldfinches that take advantage of the late summer thistle crop, but many bird families are beginning to merge into their large flocks of autumn and winter.","These congregations may be for the purpose of migration or, in the case of our permanent residents, a means to improve survival during the lean months of the year.",[],[],True)

add('ru','https://kaluganews.mirtesen.ru/blog/43674004802/30-nelegalnyih-migrantov-vyidvorili-kaluzhskie-sudebnyie-pristav',"Сотрудники управления Федеральной службы судебных приставов по Калужской области выдворили из региона и страны 30 нелегальных мигрантов.","Среди них было 16 граждан Таджикистана, 10 - Узбекистана, 2 - Киргизии и 2 - Нигерии.",[RET,IM],['TJK','UZB','KGZ','NGA'],True)
add('ru','http://respublic.net/2020/02/10/v-mahachkale-i-hasavjurte-zaderzhany-17-nelegalnyh-migrantov',"В Махачкале и Хасавюрте задержаны 17 нелегальных мигрантов","За прошедшие сутки на территории Дагестана, в рамках операции «Нелегальный мигрант», задержаны 17 нелегальных мигрантов: 9 человек — в Махачкале и 8 — в Хасавюрте. Среди нарушителей оказались: граждане Вьетнама, Китая, Киргизии, Узбекистана.",[IM],['VNM','CHN','KGZ','UZB'])
add('ru','https://m.sibkray.ru/news/2127/965223/',"«Испуганные патриоты»: сколько россиян реально сбежало из страны после 24 февраля","Сколько «испуганных патриотов» в действительности бежало из России? Глава Евразийского аналитического клуба Никита Мендкович выпустил исследование, где всех пересчитал.",[EMI,ST],['RUS'])
add('ru','https://qazaq-stan.press/relokanty-tri-goda-spystia-chast-1.html',"Релоканты три года спустя. Часть 1","Прошло 3 года с момента появления феномена релокации, эмиграции россиян в связи с началом спецоперации на Украине в 2022 году.",[EMI],['RUS','UKR'])
add('ru','https://echofm.online/statya-dnya/case-pyataya-volna-ishoda-iz-rossii-zhizn-mezhdu-avtokratiej-putina-i-evropejskoj-byurokratiej',"CASE: Пятая волна исхода из России: жизнь между автократией Путина и европейской бюрократией","Год назад CASE выпустил социологическое исследование российской эмиграции в четырех странах ЕС (Германия, Франция, Польша и Кипр).",[EMI],['RUS','DEU','FRA','POL','CYP'])

add('pl','https://wiadomosci.wp.pl/pomaga-uchodzcom-i-mowi-o-buncie-ukraincow-w-polsce-pulapka-rzadu-7020376289749952a',"Prawa przysługujące w ramach systemu tymczasowej ochrony to zezwolenie na pobyt, dostęp do rynku pracy, zakwaterowania i pomocy medycznej oraz dostęp dzieci do edukacji.","W całej UE ponad 4,2 mln osób z Ukrainy korzysta z mechanizmu tymczasowej ochrony. 1,2 mln osób żyje w Niemczech, a Polsce jest to 900 tys. osób.",[TP,VIS,EMP,HOU,HEA,EDU,CH,ST],['UKR','DEU','POL'],True)
add('pl','https://wprost.pl/1171',"Wielki powrót","Wracają z emigracji równie chętnie jak wyjeżdżali: najwięcej z Niemiec, Wielkiej Brytanii, Francji, Kanady, Szwecji i Stanów Zjednoczonych",[EMI],['DEU','GBR','FRA','CAN','SWE','USA'])

add('ru','https://news.rambler.ua/world/52286211-kabmin-uprostil-uchastie-repatriantov-v-programme-vozvrascheniya-sootechestvennikov/amp',"Кабмин упростил участие репатриантов в программе возвращения соотечественников","Правительство упростило репатриантам условия для участия в государственной программе содействия добровольному переселению в Россию. Им не придется подтверждать владение русским языком на уровне, достаточном для общения.",[EMI,LAW],['RUS'])
add('ru','https://rg.ru/2019/08/06/reg-dfo/kak-zhiteli-postradavshego-ot-pavodka-priamuria-budut-vozvrashchatsia-domoj.html',"Как жители пострадавшего от паводка Приамурья будут возвращаться домой","Я прилетел в Благовещенск в самый пик наводнения. Поехал на север за 140 километров в город Свободный. Там сейчас спасаются беженцы от большой воды.",[IDP,CLI],[])
add('ru','https://storage.googleapis.com/istories/stories/2024/07/15/v-rossii-proiskhodit-vse-bolshe-razrushitelnikh-navodnenii/index.html',"«Нас просто утопили». В России происходит все больше разрушительных наводнений","Потоп в Оренбуржье — очередной пример бездействия властей. Какие ошибки продолжают игнорировать чиновники и как можно их избежать — в исследовании «Важных историй»",[],['RUS'])
add('ru','https://russkiymir.ru/news/146819/',"Беженцы могут включаться в программу переселения соотечественников в Россию","Иностранные граждане, которые получили временное убежище на территории России, смогут включиться в госпрограмму переселения соотечественников, пишет «Российская газета».",[REF,AS,LAW],['RUS'])
add('de','https://pfaffenhofen-today.de/22508-flucht14122015',"Abschiebungen, Fehlbeleger und Nationalitäten: Aktuelle Daten zur Flüchtlings-Situation im Landkreis Pfaffenhofen","(ty) In der heutigen Sitzung des Kreistags wurden die neuesten Zahlen und Daten zur Flüchtlings-Situation im Landkreis Pfaffenhofen vorgestellt. Demnach waren zum 11. Dezember insgesamt 1290 erwachsene Asylbewerber sowie 95 unbegleitete minderjährige Flüchtlinge im Landkreis untergebracht.",[RET,REF,AS,CH,REC,ST],[])
add('de','https://wz.de./politik/inland/zahl-der-einbuergerungen-wieder-leicht-gestiegen_aid-30297371?output=webview',"Zahl der Einbürgerungen wieder leicht gestiegen","Wiesbaden (dpa) - Ausländer entscheiden sich wieder häufiger für einen deutschen Pass - die Zahl der Einbürgerungen in Deutschland liegt aber im Vergleich zu früheren Jahren nach wie vor auf niedrigem Niveau.",[CIT,ST],['DEU'])
add('de','https://wirtschaft.com/news/Irak/page/7',"Zahl der Einbürgerungen gestiegen","Die Zahl der Einbürgerungen in Deutschland ist im Jahr 2019 um 16.600 (15 Prozent) gegenüber dem Vorjahr gestiegen. Somit haben 2019 rund 128.900 Ausländer die deutsche Staatsbürgerschaft erhalten, teilte das Statistische Bundesamt (Destatis) am Mittwoch mit.",[CIT,ST],['DEU'])
add('it','https://www.zazoom.it/2022-08-27/sbarchi-a-raffica-duemila-migranti-in-24-ore-da-lampedusa-alla-puglia/11470210/',"Sbarchi a raffica a Lampedusa.","Per tutto il giorno le motovedette della Capitaneria di porto e della Guardia di finanza hanno fatto la spola dal molo Favaloro. Almeno 45 le carrette del mare intercettate al largo della più grande delle Pelagie con circa mille migranti giunti a partire dalla mezzanotte.",[IM,BOR],[],True)
add('it','https://www.nuovosud.it/articoli/206406-cronaca-agrigento/nellhotspot-di-lampedusa-rimasti-548-migranti',"Sono 548 i migranti ospiti all'hotspot di Lampedusa dove, durante la notte, non ci sono stati sbarchi.","Il mare, soprattutto nel canale di Sicilia, è molto mosso e questo nelle ultime ore sta rallentando let raversate da Tunisia e Libia.",[REC,IM],['TUN','LBY'],True)
add('it','https://www.zazoom.it/2023-06-24/sbarchi-a-raffica-a-lampedusa-in-1200-nellhotspot-arriva-anche-il-pattugliatore-cassiopea/13105077/',"Sbarchi a raffica a Lampedusa: più di mille migranti nell’hotspot","I trasferimenti non si fermano ma gli arrivi sono continui sull'isola di Lampedusa: nell'hotspot in poche ore si è arrivati a 1200 migranti",[IM,REC],[])
add('es','https://tribunadetenerife.com/crisis-de-menores-migrantes-en-canarias-un-llamado-a-la-accion',"La situación de los menores migrantes no acompañados en Canarias ha alcanzado niveles alarmantes, con un total de 1.227 niños, niñas y adolescentes que han solicitado asilo en las islas.","Este fenómeno ha sido objeto de atención por parte de las autoridades, quienes han expresado su preocupación por la falta de respuesta efectiva del Gobierno central ante esta crisis humanitaria.",[CH,AS,ST],[],True)
add('en','https://www.wearewater.org/en-in/insights/climate-displaced-non-returning-travelers/',"Climate Displaced. Non-returning Travelers?","Those who leave their land because of droughts and floods often do not return. They lived directly off land that has become barren.",[CLI,IDP],[])
# END
check(P, 'b28', 24, eu=True)
json.dump(P, open('pages26.json', 'w'), ensure_ascii=False, indent=0)
import collections

print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
