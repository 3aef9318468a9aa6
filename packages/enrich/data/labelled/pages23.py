# 25th batch of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging code and the docs were not opened). Texts are copied as stored (title = headline,
# or the first sentence with lead=True when the stored excerpt has no headline; summary = the next one
# or two sentences of the lead); nothing translated or written by hand; tracking parameters stripped.
# Themes: migration news of any kind written for a general audience; only stories from odd years
# (2015-2025) where the year is visible (even years are left to batch b26).
# Languages: en, ru, pl, lt, fr, de, es, it.
# Not about migration (traps): see the items with empty topics (animal migration, data migration,
# smuggling of goods, asylum in another sense, sports transfers, tourism and similar).
# Labelled from the topic names read as plain English and two rules:
#  1. A country (ISO 3166 alpha-3) is labelled when the title or summary names it, its adjective or its
#     people - on every item, migration or not - not when it is only part of an organisation's name or
#     is reached only via a city or region.
#  2. A topic is labelled when the item is about migration (of people) and its title or summary
#     explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - Only title + summary count; what the rest of the page says (seen in the excerpt) is ignored.
# - Boats arriving without permission (pateras, cayucos, barchini, small boats) count as irregular
#   migration even when the word "irregular" is missing; rescues at sea count as search and rescue.
# - Numbers of arrivals, applications or people given as the point of the story -> statistics-and-data.
# - Centres that house asylum seekers or newly arrived people -> reception; a closed centre that holds
#   people by court order -> detention.
# - Deportation, expulsion, "vyslan", "abgeschoben" -> return-and-readmission.
# - Leaving one's country to work abroad -> emigration-and-diaspora plus labour-migration when work is
#   the stated purpose; foreign workers arriving -> labour-migration.
# - England / Angleterre is read as the United Kingdom (GBR); Europe, the EU, Africa, Central Asia,
#   the Balkans, Kurdistan are not countries; islands and cities (Lampedusa, Canarias, Calais) are not.
# - Tag or listing pages are used only where the stored excerpt gives one clear dated news item, which
#   is the one copied.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b25', 25)

# --- en

# --- ru
add('ru','https://news.ru/usa/v-ssha-pokazali-pervyh-deportirovannyh-na-ukrainu-bezhencev',"В США показали первых депортированных на Украину беженцев","Служба иммиграционного и таможенного контроля США (ICE) сообщила о депортации украинских беженцев. Ведомство опубликовало снимок, на котором видны шесть человек, трое из которых – в форме.",[RET,REF],['USA','UKR'])
add('ru','https://eadaily.com/ru/news/2019/05/12/za-tri-mesyaca-iz-germanii-byli-deportirovany-5613-chelovek',"За первый квартал текущего года из Германии были депортированы 5613 человек.","Такие данные предоставило Министерство внутренних дел ФРГ, сообщает издание медиагруппы Funke. Больше всего мигрантов были высланы в Италию, Албанию и Грузию.",[RET,ST],['DEU','ITA','ALB','GEO'],True)
add('ru','https://ritmeurasia.ru/news--2025-03-01--srednjaja-azija-ischet-novye-rynki-truda-78840',"19 февраля глава российского МИД С. Лавров на правительственном часе в Госдуме выступил против введения визового режима с южными странами СНГ, одновременно подчеркнув необходимость жесткого контроля над миграцией.","А ведь его усиление уже вынуждает государства Средней Азии приспосабливаться к новой для себя ситуации, пытаясь перенаправить трудовых мигрантов в другие страны мира.",[VIS,LAB,LAW],['RUS'],True)
add('ru','https://uzmetronom.agency/2025/07/25/sistema-suprotiv-haosa.html',"Современная трудовая миграция – не просто перемещение рабочей силы, а сложный многоуровневый процесс, требующий внимания со стороны государственных институтов, бизнеса и общества.","Узбекистан и Россия исторически связаны прочными трудовыми потоками, которые с 1990-х годов до недавнего времени оставались преимущественно стихийными.",[LAB],['UZB','RUS'],True)

# --- pl
add('pl','https://superbiz.se.pl/wiadomosci/ile-placimy-za-utrzymanie-cudzoziemcow-w-polsce-imponujaca-kwot-aa-BWw5-pSHu-3tK8.html',"W okresie od stycznia do kwietnia 2023 r., Urząd do Spraw Cudzoziemców (UdsC) rozpatrzył wnioski o udzielenie ochrony międzynarodowej dla 3,3 tys. osób, z których 1,5 tys. otrzymało pozytywne decyzje, głównie obywatele Białorusi i Ukrainy.","Warto zauważyć, że w czasie procedury uchodźczej cudzoziemcy nie mają prawa do pracy zarobkowej.",[AS,ST,EMP],['BLR','UKR'],True)
add('pl','http://www.fronda.pl/a/dobra-zmiana-polacy-juz-nie-chca-emigrowac,85929.html',"Coraz mniej Polaków wyraża chęć wyemigrowania za granicę w celach zarobkowych.","Widać w tym względzie wyraźną zmianę w stosunku do lat poprzednich. Jedynie 8 proc. Polaków chciałoby wyjechać za granicę, by tam podjąć się pracy zarobkowej.",[EMI,LAB,ST],['POL'],True)
add('pl','https://wiadomosci.onet.pl/kraj/udsc-w-osrodkach-dla-uchodzcow-jest-obecnie-500-wolnych-miejsc/dvzt7q',"Obecnie w Polsce jest 11 ośrodków dla uchodźców.","Przebywają w nich osoby, które ubiegają się o nadanie status uchodźcy - w tym momencie w przeważającej liczbie są to Rosjanie i Ukraińcy. Obecnie w ośrodkach tych jest 500 wolnych miejsc.",[REC,AS,REF],['POL','RUS','UKR'],True)
add('pl','https://www.rmf24.pl/fakty/polska/news-mniej-wnioskow-o-nadanie-statusu-uchodzcy,nId,286650',"Mniej obcokrajowców chce być oficjalnie uchodźcami w Polsce.","W pierwszym półroczu bieżącego roku złożono tylko 2,6 tys. takich wniosków. W całym zeszłym roku - ponad 10 tysięcy.",[AS,ST],['POL'],True)
add('pl','https://www.yxz.pl/z-bristolu-do-krakowa-coraz-wiecej-polakow-wybiera-prace-w-kraju-83351.html',"Saldo migracji w pierwszym półroczu tego roku wyniosło +5,6 tys. osób – wynika z danych Głównego Urzędu Statystycznego.","Oznacza, że więcej Polaków wróciło do kraju, niż z niego wyjechało. Mimo to wciąż około 1,5 mln polskich obywateli przebywa za granicą.",[EMI,ST],['POL'],True)

# --- lt

# --- fr
add('fr','https://www.francebleu.fr/infos/faits-divers-justice/migrants-un-vaste-reseau-de-passeurs-demanteles-pres-de-calais-1637600089',"Ce lundi 22 novembre, le gouvernement a annoncé de nouveaux moyens pour lutter contre les réseaux de passeurs sur les côtes de la Manche.","Des moyens supplémentaires pour aider les forces de l'ordre à lutter contre \"l'immigration clandestine\" alors même qu'un vaste réseau de passeurs a été démantelé dans le Calaisis mardi dernier.",[IM],[],True)
add('fr','https://www.tf1.fr/tf1/jt-20h/videos/migrants-un-reseau-de-passeurs-demantele-19889837.html',"Migrants : un réseau de passeurs demantelé","Dans un quartier de Madrid, des hommes, accusés de trafic de migrants ont été arrêtés. Les migrants ont été transportés à travers l'Europe, cachés dans des camions.",[IM],[])

# --- de
add('de','https://migazin.de/tag/familiennachzug/page/12',"Familiennachzug aus Afghanistan und Eritrea nur gering","Es gibt keinen relevanten Familiennachzug zu afghanischen Flüchtlingen. Zwischen 2015 und 2017 wurden 30.000 afghanische Flüchtlinge anerkannt, nur jeder Zehnte erhielt ein Visum für den Familiennachzug.",[FR,REF,ST,VIS],['AFG','ERI'])

# --- es
add('es','https://www.atlanticohoy.com/sociedad/uno-de-cada-10-inmigrantes-que-llega-a-canarias-es-un-menor-que-viaja-solo_1116568_102.html',"Uno de cada 10 inmigrantes que llega a Canarias es un menor que viaja solo","Uno de cada diez inmigrantes llegados a Canarias desde enero de 2020 hasta finales de abril de este año es un menor que viaja solo, sin la compañía de sus padres ni de ningún pariente que se responsabilice de él, según datos facilitados por la Policía y el Ministerio del Interior.",[CH,ST],[])

# --- it
add('it','https://www.fanpage.it/attualita/lampedusa-naufraga-barchino-di-migranti-un-bambino-morto-e-un-altro-disperso-in-mare/',"Lampedusa, naufraga barchino di migranti , un bambino morto e un altro disperso in mare","Il naufragio è avvenuto circa 23 miglia Sud-Ovest da Lampedusa. Le motovedette della Guardia Costiera italiana hanno recuperato, in acqua, 43 persone e il cadavere di quello che sembra essere un minore.",[DEA,CH,IM],['ITA'])
add('it','https://ilmanifesto.it/migranti-200mila-partenze-da-tunisia-e-libia',"Nel corso del 2023 sono stati oltre 200mila i migranti partiti da Tunisia e Libia nel tentativo di raggiungere l’Europa via mare.","153mila persone sono riuscite ad arrivare in Italia (+55% rispetto allo stesso periodo dell’anno scorso).",[ST,IM],['TUN','LBY','ITA'],True)

# --- batch 2
add('en','https://bto.org.uk/community/blog/migration-blog-review-2021',"Migration blog review of 2021","Whilst 2021 was a stop-start year for many of us, the same could be said for migrating birds – but for very different reasons. Over the last 12 months we brought you a series of migration blogs – this time we take a look back at migration in spring and autumn 2021.",[],[])
add('en','https://bpbo.ca/it-is-on-spring-2021-migration-monitoring-has-begun/',"It is on! Spring 2021 migration monitoring has begun.","As I type these words, a windstorm is raging outside with the frequent snow squalls, as befits a typical late April day.",[],[])
add('ru','https://rul.by/magazine/60939.date.16-11-2009.html',"Контрабанда сигарет превращается в замыленный сериал","Каждую неделю к нам поступают новости с границы, регулярность и однотипность которых очень схожа с новыми сериями мыльной оперы. В минувшие выходные стражи рубежей задержали около 22 тысяч пачек сигарет на сумму более 42 миллионов рублей.",[],[])
add('en','https://world-today-news.com/children-of-families-of-illegal-migrants-and-afghan-translators-admitted-to-lithuania-start-special-classes-in-lithuania',"More than 200 children and adolescents between the ages of six and eighteen, divided into age groups, start training at illegal migrant accommodation in Rukla, Pabradė and Vilnius.","Initially, they will be taught the Lithuanian language, devoting three academic hours a day to it.",[EDU,CH,IM,REC],['LTU'],True)
add('lt','https://www.lrytas.lt/gamta/fauna/2023/03/11/news/lietuviai-jau-pastebejo-pirmuosius-gandrus-ornitologas-atsake-ar-greitai-ju-sulauksime-ir-daugiau-26382603',"„Nors orai tikrojo pavasario dar neprimena, tačiau to šaukliai jau pasirodė.","Laikoma, kad apytiksliai kovo 25 d. sugrįžta gandrai (gandro šventė), tačiau skirtingais metais visaip būna.",[],[],True)

# --- batch 3
add('en','https://wp.bssnews.net/?p=147783',"Hundreds go on hunger strike at Australian detention centre","Hundreds of people being held at an immigrant detention centre in Australia have gone on hunger strike in a protest against their living conditions, detainees and activists told AFP Wednesday.",[DET],['AUS'])
add('en','https://www.breakingnewstime.com/uk-immigration-centres-record-218-hunger-strikers-in-three-months/?amp=1',"UK immigration centres record 218 hunger strikers in three months","More than 200 detainees in UK immigration centres staged hunger strikes in a three-month period, the Guardian has learned, prompting warnings of “desperation, frustration and helplessness” among asylum seekers arriving in Britain.",[DET,ST],['GBR'])
add('en','https://thewest.com.au/news/australia/detainees-continue-hunger-strike-ng-ya-183953',"Detainees continue hunger strike","Afghan asylum seekers are continuing a protest at the Curtin Detention Centre with some staying on hunger strike and hundreds not turning up at official meal times.",[DET,AS],['AFG'])
add('en','https://www.ifrc.org/fr/nouvelles/nouvelles/asia-pacific/pakistan/thousands-homeless-as-floods-wreak-havoc-in-pakistan-69276/',"Thousands homeless as floods wreak havoc in Pakistan","The roadside was populated with men and women, young and old, who had taken refuge on higher ground after rains washed away everything they ever owned. In the middle of the night, around 400 families fled from a flash flood caused by a torrential downpour, taking with them the few belongings they could salvage.",[IDP,CLI],['PAK'])
add('en','https://www.bbc.co.uk/news/uk-england-leeds-25159790',"Leeds human trafficking victims rescued","Seventeen people, including children, have been \"rescued\" as part of a human trafficking investigation. West Yorkshire Police said the people, mostly from Slovakia, were taken from 25 different addresses in south and west Leeds.",[TRA,CH],['SVK'])
add('en','https://www.yourerie.com/uncategorized/erie-gains-40-new-citizens-following-todays-naturalization-ceremony/',"Nearly 40 people became American citizens today during a naturalization ceremony.","Over 20 different countries were represented in this morning’s ceremony.",[CIT],['USA'],True)
add('en','https://www.therip.com/news/2017/10/04/uscis-holds-a-swearing-in-for-new-citizens/',"USCIS holds a swearing in for new citizens","A ceremony was held by the United States Citizenship and Immigration Services (USCIS) to celebrate the swearing in of 131 newly naturalized citizens on Sept. 21 at the Beale Memorial Library auditorium on Truxtun Avenue.",[CIT],[])
add('en','https://www.upday.com/uk/world/weekend-protests-target-asylum-hotels-as-cross-party-pressure-mounts/z8mezk7',"Weekend protests target asylum hotels as cross-party pressure mounts","Dozens of protests outside hotels housing asylum seekers are expected across England this weekend, as new figures show more than 32,000 asylum seekers remain in temporary accommodation. The demonstrations come amid mounting political pressure over the Government's immigration policies, with anti-migrant protests planned in Bournemouth, Cardiff and Leeds.",[REC,HOU,DIS,ST],['GBR'])
add('en','https://www.sunstar.com.ph/pampanga/a-salute-to-our-modern-day-heroes',"They are our modern-day heroes---the Overseas Filipino Workers and migrant Filipinos---who sacrifice the comforts of home to serve the country, via their remittances that remain a significant driver of economic activity.","According to the Bangko Sentral ng Pilipinas, Overseas Filipino Workers (OFWs) remittances showed continued growth in early to mid-2025, with a 2.7% increase in personal remittances to US$9.40 billion in the first quarter of 2025 and a 4% rise in cash remittances to US$2.66 billion in April 2025.",[EMI,LAB,ST],['PHL'],True)

# --- batch 4
add('ru','https://bloknot-rostov.ru/news/shest-novyh-punktov-vremennogo-razmeschenija-ukrainskih-bezhencev-otkryli-v-rostovskoj-oblasti-20150209',"Шесть новых пунктов временного размещения украинских беженцев открыли в Ростовской области","В Ростовской области за минувшие выходные, 10 и 11 февраля, открылись шесть новых пунктов временного размещения для украинских беженцев. В настоящее время в донском регионе работают 35 ПВР, в которых проживают почти 3,9 тысячи вынужденных переселенцев.",[REC,REF,ST],['UKR'])
add('ru','https://mediapuls.ru/ukraine/12592-v-rostove-otkryvayutsya-novye-punkty-priema-bezhencev-iz-ukrainy.html',"В Ростове открываются новые пункты приема беженцев из Украины","В связи с последними событиями на востоке Украины, в Ростовской области ожидают новой волны беженцев. За последние две недели открыты 27 новых пунктов временного размещения.",[REF,REC],['UKR'])
add('ru','https://www.vedomosti.ru/society/articles/2025/09/11/1138405-gosprogramma-po-pereseleniyu-sootechestvennikov-rasshirila-geografiyu-deistviya',"Госпрограмма по переселению соотечественников расширила географию действия","В госпрограмме по переселению соотечественников конкретизирован перечень лиц, которые могут принять в ней участие. Переселенцами теперь могут стать лица, которые родились и проживали в РСФСР или на территории, относившейся к СССР, в пределах нынешних госграниц России и в прошлом имели гражданство Советского Союза.",[LAW,EMI],['RUS'])
add('ru','https://mosds.mos.ru/presscenter/news/detail/8580262.html',"Правительство России утвердило план реализации в 2020-2022 годах госпрограммы по оказанию содействия добровольному переселению в РФ соотечественников, проживающих за рубежом.","Соответствующее распоряжение подписал премьер-министр России Дмитрий Медведев, сообщает пресс-служба кабинета министров.",[LAW,EMI],['RUS'],True)
add('ru','https://www.vedomosti.ru/opinion/columns/2025/09/16/1139479-kak-ustroeni-testi-po-russkomu-dlya-detei-migrantov',"Зачем нужны и как устроены тесты по русскому для детей мигрантов","Минпросвещения разработало гибкие правила для детей иностранных граждан, поступающих в российские школы. В случае неудачной попытки им предоставлена возможность проходить повторное тестирование на знание русского языка каждые три месяца.",[EDU,CH],['RUS'])
add('ru','https://daily.afisha.ru/relationship/19233-izbivali-i-zastavlyali-rabotat-istorii-lyudey-perezhivshih-trudovoe-rabstvo/',"«Избивали и заставляли работать»: истории людей, переживших трудовое рабство","Рабство запрещено во всех странах, но тем не менее люди все еще в него попадают. По данным Global Slavery Index, в 2018 году около 800 тыс. людей находились в рабстве в России.",[TRA],['RUS'])

# --- batch 5
add('lt','https://dainavosgidas.lt/lietuva-renkasi-vis-daugiau-sezoniniu-darbuotoju-is-treciuju-saliu',"Lietuvą renkasi vis daugiau sezoninių darbuotojų iš trečiųjų šalių","Per pirmąjį šių metų ketvirtį Užimtumo tarnyba išdavė daugiausiai leidimų dirbti sezoninį darbą per pastaruosius penkerius metus. Jie dažniausiai buvo skirti vyrams, ketinantiems dirbti kelininkais.",[LAB,VIS,ST],['LTU'])
add('lt','https://www.traku-zeme.lt/uzimtumo-tarnyba-uzsienieciai-lietuvoje-daugiausiai-uzpildo-tuscias-vairuotoju-suvirintoju-betonuotoju-darbo-vietas/',"Per devynis šių metų mėnesius šalies įmonėse pradėjo dirbti beveik 62 tūkst. užsieniečių.","Užimtumo tarnybos duomenimis, tai – daugiau nei per visus 2022-uosius, kuomet iš viso buvo įdarbinta 61,4 tūkst. atvykėlių.",[LAB,EMP,ST],[],True)
add('lt','https://kauno.diena.lt/naujienos/verslas/ekonomika/uzimtumo-tarnyba-darbuotojai-treciuju-saliu-vis-populiaresni-1726616',"Užimtumo tarnyba: darbuotojai iš trečiųjų šalių – vis populiaresni","Užimtumo tarnyba šiemet trečiųjų šalių piliečiams išdavė 1,4 tūkst. leidimų dirbti sezoninį darbą Lietuvoje. Tarnybos teigimu, išduotų leidimų kiekis yra dvigubai didesnis nei prieš metus ir didžiausias per pastaruosius penkerius metus.",[LAB,VIS,ST],['LTU'])
add('pl','https://kurierwilenski.lt/2019/04/02/start-kampanii-informacyjnejws-podwojnego-obywatelstwa/',"12 maja br., razem z I turą wyborów prezydenckich, na Litwie odbędzie się referendum w sprawie zachowania obywatelstwa.","Chodzi o wypracowanie regulacji dotyczących możliwości zachowania litewskiego obywatelstwa przez te osoby, które opuściły Litwę i zdecydowały się przyjąć obywatelstwo kraju członkowskiego UE lub NATO.",[CIT,EMI],['LTU'],True)
add('pl','https://www.wnp.pl/rynki-zagraniczne/litwa-sejm-za-rok-odbedzie-sie-referendum-w-sprawie-podwojnego-obywatelstwa,712929.html',"W 2024 roku na Litwie odbędzie się referendum w sprawie rozszerzenia prawa do podwójnego obywatelstwa – postanowił we wtorek litewski Sejm.","Referendum zostanie zorganizowane 12 maja razem z wyborami prezydenckimi. Będzie to kolejna próba legalizacji posiadania obywatelstwa więcej niż jednego państwa.",[CIT,LAW],['LTU'],True)

# --- batch 6
add('lt','https://www.lzinios.lt/amp/lietuva/graikijoje-neatsiranda-i-lietuva-norinciu-vykti-pabegeliu/210253',"Graikijoje neatsiranda į Lietuvą norinčių vykti pabėgėlių","Graikijoje kol kas neatsirado į Lietuvą persikelti norinčių pabėgėlių – pasak šioje šalyje viešinčio vidaus reikalų viceministro Elvino Jankevičiaus, nors Lietuva yra sutikusi vieną šeimą perkelti į Lietuvą artimiausiu metu, norinčių atvykti pabėgėlių rasti dar nepavyko.",[REF],['GRC','LTU'])
add('lt','https://pasauliolietuvis.lt/vestfoldo-lietuviu-bendruomene-ruosiasi-desimtmecio-jubiliejui-daug-graziu-darbu-ir-dar-daugiau-planu/',"Vestfoldo lietuvės – apie gyvenimą Norvegijoje ir aktyvią lietuvių bendruomenę","Lietuviai Norvegijoje yra antroji pagal dydį tautinė mažuma. Šioje šalyje daugėja lietuvių bendruomenių, bendrai veiklai jungiančių įvairių pomėgių, skirtingo amžiaus Norvegijos lietuvius ir prisidedančių prie lietuvybės puoselėjimo.",[EMI],['NOR','LTU'])
add('pl','https://www.tokfm.pl/Tokfm/7,103085,27554954,sady-przyklepuja-wnioski-strazy-granicznej-a-cudzoziemcy.html',"Już informowaliśmy kilkanaście dni temu, liczba miejsc w ośrodkach dla cudzoziemców dramatycznie maleje, bo Polska nie jest odpowiednio przygotowana na wzrost liczby migrantów.","Uruchomiono więc niedawno ośrodek na poligonie wojskowym w Wędrzynie, w którym można zakwaterować około 300 osób. Dziś mieszka tam 276 migrantów.",[DET,ST],['POL'],True)
add('pl','https://www.rdc.pl/aktualnosci/mazowsze/ptaki-masowo-odlatuja-na-zime-w-polsce-rozpoczela-sie-jesien_AtBh1TOsZcQW3b7oerac',"Ptaki masowo odlatują z Polski na zimę. „To znak, że rozpoczęła się jesień”","Zaczęła się kalendarzowa i astronomiczna jesień. Oznacza to, że ptaki masowo odlatują na zimę.",[],['POL'])
add('pl','https://www.rmf24.pl/regiony/olsztyn/news-ptaki-juz-czuja-jesien-trwaja-pierwsze-odloty-na-zimowiska,nId,6935508',"Mimo, że dla nas jest jeszcze środek lata - w świecie ptaków widać już jesień.","Niektóre gatunki rozpoczęły już odloty na zimowiska. Niedługo odlatywać zaczną też pierwsze bociany.",[],[],True)

# --- batch 7
add('ru','https://eadaily.com/ru/news/2021/09/02/glava-mvd-tadzhikistana-nazval-chislo-prinyatyh-respublikoy-afganskih-bezhencev',"Таджикистан не сможет принять на своей территории большой поток афганских беженцев.","Об этом заявил министр внутренних дел республики Рамазон Рахимзода на встрече с главой Управления верховного комиссара ООН по делам беженцев (УВКБ ООН) Мулугетой Зевди, передает сегодня, 2 сентября, ИА «Фергана» со ссылкой на пресс-службу МВД республики.",[REF,REC],['TJK','AFG'],True)
add('ru','https://asiaplustj.info/news/tajikistan/society/20211223/mi-ne-teryaem-nadezhdu-allah-pomozhet-nam-kak-zhivut-v-tadzhikistane-afganskie-bezhentsi',"Уже полгода, как МВД Таджикистана не выдает «красные паспорта» беженцам из Афганистана.","Отсутствие документа лишает их возможности найти легальную работу, учиться и подавать документы в третьи страны.",[REF,VIS,EMP,EDU],['TJK','AFG'],True)
add('ru','https://www.ca-news.info/2011/01/13/31',"Таджикистан: Афганские беженцы обретают безопасность, но стремятся поскорее покинуть территорию республики","Все больше и больше афганских беженцев, стремясь покинуть ставшие небезопасными родные места, направляют свои стопы в Таджикистан, хотя, возможно, и предпочли бы какое-нибудь другое место.",[REF],['TJK','AFG'])
add('ru','https://postasia.ru/a/185757',"Власти Таджикистана начали новую, по-видимому, более масштабную, чем предыдущие, волну депортаций афганских беженцев.","Как отмечает в своей публикации для The Central Asia (TCA) журналист Брюс Паньер, афганцы, нашедшие убежище в соседней стране, в последнее время стараются вести себя как можно незаметнее, опасаясь принудительной высылки на родину.",[RET,REF],['TJK','AFG'],True)
add('ru','https://nsn.fm/in-the-world/smi-ukrainskii-futbolist-poprosil-politicheskogo-ubezhischa-v-rossii',"СМИ: Украинский футболист попросил политического убежища в России","Игрок украинского футбольного клуба «Шахтер» Александр Распутько сбежал на территорию России. Об этом сообщил Telegram-канал «Брутальный футбол».",[AS],['UKR','RUS'])

# END
check(P, 'b25', 22, eu=True)
json.dump(P, open('pages23.json', 'w'), ensure_ascii=False, indent=0)
import collections

print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
