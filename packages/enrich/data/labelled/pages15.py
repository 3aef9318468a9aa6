# Seventeenth batch of real news texts from the search tool's stored public web pages (pages corpus),
# collected and labelled by reading on 2026-11-24, before the tagger was run on any of them (the term
# files, the tagging sources and the country extras were not opened). Like batch 16 it estimates how a
# reader from outside the project labels: the labels come only from the topic slugs and their English
# labels in data/taxonomy/taxonomy.json, read as plain English, and from two rules: a country is labelled
# when the title or summary names it, its adjective or its people (on every item, also the items not
# about migration), not when it only appears inside an organisation's name or via a city or region; a
# topic is labelled when the item is about migration and its title or summary explicitly speaks of that
# aspect. The labels and headers of earlier batches were not read for conventions; items.jsonl and
# pages*.json were only searched to keep themes and URLs new (check() refuses repeats).
#
# How collected: `search` with corpus `pages`, queries written in each language for themes absent from
# the labelled set (each theme's key words grepped in items.jsonl and pages*.json first; a theme found
# there was dropped, even when the page itself was new); the headline and the first one or two sentences
# of the lead were copied as stored. Where the stored excerpt had no headline, the first sentence stands
# in for it (titleFrom "lead") and the next sentence is the summary.
#
# Themes (any region, many countries): Gambian returnees from Libya, Bhutanese refugees in Nepal,
# undocumented Bangladeshis in the Maldives (amnesty, repatriation), Samoa suspending seasonal work in
# Australia and New Zealand, South Africa's Zimbabwe exemption permits, overstaying Vietnamese in Japan,
# Sri Lanka's brain drain, Cuban migrants in Nicaragua, Vanuatu's citizenship sales, Yemeni asylum
# seekers on Jeju, Niger repealing its anti-smuggling law, Thailand deporting Uyghurs, South Korea's
# foreign workers, Malaysian immigration detention, Kuwait revoking citizenship, Kiribati relocation,
# Borno IDP camps closing, US military deportation flights to Guatemala; Russia's register of controlled
# persons, Kyrgyz workers to Korea, Russians moving to Serbia, the Belarus return commission, the Tomsk
# dormitory fire, Syrians returning from Turkey, Armenian citizenship, Moldova's emigration, Uzbek women
# trafficked to Malaysia, a Chinese man crossing to Russia on his way to New York, Georgia expelling
# irregular migrants, HIV screening of migrants in Belgorod, Israel replacing Palestinian workers, 200
# migrant children missing in Britain, Finland's president on dual citizenship for Russians, 22 states
# suing over the US birthright-citizenship order, Malta's golden passports, daily US deportation flights;
# Switzerland's population-cap referendum, visa-free travel for Kosovo, Lithuanians in Argentina and
# descendants of interwar emigrants, restoring Lithuanian citizenship to people of merit, a protest
# against deporting six Iraqis, a Lithuanian deported on a Luton-Kaunas flight; a rescue off Greece,
# Portugal's residence backlog, Slovak border checks, New Zealand's visa changes (two), the English
# riots at asylum hotels, Denmark revoking Syrians' permits, the Seattle court halting the
# birthright-citizenship order, a lawsuit over the UK ban on care workers' dependants; Mexico's asylum
# record, Argentina's migration decree, Italy's family-reunion income thresholds, Satnam Singh's death
# at Latina, Austria pausing family reunification, Algeria abandoning migrants in the desert,
# Switzerland keeping protection status S, Mauritania's expulsions, Uganda's refugee policy, Belgian
# asylum seekers sleeping in the street.
#
# Not about migration (traps, new kinds): borderline personality disorder ("пограничное"), Visa and
# Mastercard leaving Russia, saiga antelopes migrating ("мигрируют"), a mushroom picker lost in the
# forest (search and rescue), murals on Alytus walls ("sienų"), a tax refund ("grąžinimas"), the
# Paszporty POLITYKI culture awards ("paszport"), Poland's integrated railway ticket ("zintegrowany"),
# honorary citizens of Polish cities ("obywateli"), the monarch butterfly migration.
#
# Conventions applied to judgement calls (decided as a news editor would, from the two rules):
# - Countries: a city, region or island alone gives no country (Tomsk, Belgorod, Crete, Jeju, Latina,
#   Dubai, New York, Seattle, Texas, Borno); a country inside an office or body's name alone gives none
#   ("Bundesrat" without Switzerland, "Палестинской администрации", "Comar"), but a plain mention in the
#   same sentence counts ("en México", "Российские пограничники" as the adjective). Ethnic groups and
#   regions are no country (Uyghurs, Sub-Saharan, Central Asia, the Western Balkans); "округ Колумбия"
#   is the District of Columbia, not Colombia. Kosovo is XKX. "Congolais" next to Uganda and South
#   Sudanese is read as the DR Congo (COD). An adjective or people alone counts (polskim -> POL,
#   lietuviškų -> LTU, deportuojamu lietuviu -> LTU), also on the traps.
# - Irregular migration and smuggling: when the text says irregular, illegal, undocumented, overstaying
#   or smuggling; a regularisation or amnesty adds law-and-policy.
# - Border management for apprehensions at a border ("задержали", intercepted, border checks) and for a
#   headline on the military's border role; detention only when people are held in custody, a
#   detention centre or a prison.
# - Return and readmission for deportations, expulsions, deportation flights and voluntary returns,
#   also a protest against a deportation; a country's own emigrants or descendants coming home adds
#   emigration-and-diaspora (Belarus commission, Lithuanians abroad). Denmark revoking Syrians' permits
#   so that they go home is return with refugees and visas-and-residence.
# - Statistics and data only when an aggregate figure is itself the news (a record, a yearly or
#   official total), not for the size of one group or one flight.
# - Deaths of migrant workers at work or in their lodgings (Tomsk fire, Satnam Singh) are
#   deaths-and-search-and-rescue with labour-migration; a rescue at sea is the same topic.
# - Work permits and seasonal schemes are labour-migration; residence permits, residence status and
#   visa-free travel are visas-and-residence; exploitation and working conditions add employment.
# - Citizenship sales, revocations, dual citizenship, birthright and descent rules are citizenship;
#   Armenia's explainer on getting a passport likewise. "Children of immigrants" ("dzieci imigrantów")
#   adds children-and-unaccompanied-minors; a court or executive order adds law-and-policy.
# - Switzerland's referendum to cap the population at 10 million is labelled law-and-policy only: the
#   first sentences speak of the cap, not of immigration by name, and a reader knows what it targets.
# - Camp closures (Borno) are internal-displacement without return, as return is not in the summary.
#
# Languages: en 20, ru 21, pl 12, lt 10, de 3, fr 3, es 2, it 2; 10 traps (ru 3, lt 3, pl 3, en 1).
# lt and pl stayed short of the brief's figures: their domestic migration news in the corpus was
# already in the set, so mostly foreign themes and traps were new.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b17', 17)

# ---- en
add('en','https://www.iom.int/news/iom-assists-144-gambian-migrants-return-home-libya',"IOM Assists 144 Gambian Migrants to Return Home from Libya","Banjul – The UN Migration Agency (IOM) together with the Government of the Gambia assisted 144 Gambian migrants to return home on Monday (22/01), of which 17 came from Trig al Seka detention centre.",[RET,DET],['GMB','LBY'])
add('en','https://www.rfi.fr/en/asia-pacific/20120704-bhutanese-refugees',"Bhutanese refugees in Nepal sent to West","Over 100,000 Bhutanese refugees have been living in seven UNHCR-monitored refugee camps in south-eastern Nepal for the last 20 years.",[REF],['BTN','NPL'])
add('en','https://images.thedailystar.net/nrb/migration/news/undocumented-the-maldives-34k-bangladeshis-get-papers-3090176',"Undocumented in Maldives: 34k Bangladeshis to get papers","About 34,000 Bangladeshi undocumented migrant workers in the Maldives are in the pipeline for regularisation under an amnesty programme there, according to an estimate of Bangladesh High Commission in Malé.",[IM,LAB,LAW],['MDV','BGD'])
add('en','https://947631.windlasstrade-hk.tech/bangladesh/migration/maldives-repatriates-2499-undocumented-bangladeshi-workers-so-far-96412',"Maldives repatriates 2,499 undocumented Bangladeshi workers so far","The undocumented workers identified as one of the most vulnerable communities to Covid-19",[RET,IM,LAB,HEA],['MDV','BGD'])
add('en','https://www.business-humanrights.org/zh-hant/最新消息/samoa-seasonal-worker-program-to-australia-new-zealand-suspended-pending-review-due-to-concerns-over-workers-treatment/',"Samoa: Seasonal worker program to Australia & New Zealand suspended pending review due to concerns over workers’ treatment","Samoa's temporary ban on participating in seasonal worker schemes has impacted many workers hoping to go overseas.",[LAB,LAW],['WSM','AUS','NZL'])
add('en','https://reportfocusnews.com/2024/11/29/south-africa-extends-zimbabwe-permits-until-late-2025/',"South African Home Affairs Minister Leon Schreiber has extended Zimbabwe Exemption Permits (ZEP) until November 2025, offering relief to thousands of Zimbabweans facing an imminent deadline.","The decision, announced in Friday’s government gazette, follows a court order requiring consultation with permit holders about the future of the scheme.",[VIS,LAW],['ZAF','ZWE'],True)
add('en','https://lurahjepang.com/berita/l/item_264186/1',"Japan police bust 'village' of overstaying Vietnamese","TOKYO (Kyodo) -- When police searched a group of abandoned motels in a city some 50 kilometers northeast of Tokyo earlier this year, they found more than 20 Vietnamese men and women living together in a community that included a restaurant and a karaoke bar.",[IM],['JPN','VNM'])
add('en','https://twnews.co.uk/lk-news/sri-lanka-hit-by-record-brain-drain-but-some-stay-to-rebuild',"Sri Lanka hit by record brain drain, but some stay to rebuild","As Sri Lanka sank deep into its economic crisis last year, dentist Lakmal Kulasekara watched many in his field pack up and leave.",[EMI],['LKA'])
add('en','https://www.breakinglatest.news/world/us-government-takes-notice-of-cuban-migrants-arriving-in-nicaragua-via-commercial-flights/',"The United States is eyeing the wave of Cuban migrants in Nicaragua who are heading to the United States via commercial flights.","The State Department has warned that measures will be taken against those who facilitate irregular migration through flights between Cuba and Nicaragua.",[IM],['USA','CUB','NIC'],True)
# ---- ru
add('ru','https://moika78.ru/news/2025-03-17/1099845-sotni-migrantov-sobralis-na-ulicze-krasnogo-tekstilshhika',"На улице Красного Текстильщика в Петербурге толпы мигрантов.","С начала февраля в России начал работу реестр контролируемых лиц. В нем только нелегальные мигранты.",[IM,LAW],['RUS'],True)
add('ru','https://24.kg/obschestvo/360511_vkoreyu_dlya_trudoustroystva_poprogramme_EPS_vyileteli_16grajdan_kyirgyizstana/',"В Корею для трудоустройства по программе EPS вылетели 16 граждан Кыргызстана","3 февраля 2026 года очередная группа из 16 граждан Кыргызстана вылетела в Республику Корея для трудоустройства по программе EPS.",[LAB],['KOR','KGZ'])
add('ru','https://www.klerk.ru/blogs/internationexpert/670068/',"Республика Сербия по-прежнему открыта для россиян и остается популярным направлением для переезда.","Граждан России привлекает перспектива жить в европейской стране с доступными ценами и умеренными налогами.",[EMI],['SRB','RUS'],True)
add('ru','https://rubaltic.ru/amp/news/24012023-v-belarusi-sozdadut-komissiyu-dlya-raboty-s-zhelayushchimi-vernutsya-emigrantami',"В Беларуси создадут комиссию для работы с желающими вернуться эмигрантами","В Беларуси будет создана межведомственная комиссия для работы с гражданами, уехавшими из страны и желающими вернуться.",[EMI,RET],['BLR'])
add('ru','https://ria24.today/news/prichinoy-pozhara-v-obshchezhitii/1698029',"Причиной пожара в общежитии гастарбайтеров в Томской области могло быть короткое замыкание – источник","Как ранее сообщало Накануне.RU, пожар произошел ночью в доме, приспособленном под рабочее общежитие. Погибли 11 человек, 10 из них – граждане Узбекистана.",[LAB,DEA,HOU],['UZB'])
add('ru','https://trt.global/russian/article/1daf7479d8f2',"Сирийцы возвращаются домой","Министр внутренних дел Турции Али Ерликая сообщил, что с декабря 2024 года в Сирию добровольно вернулись 474 тыс. сирийцев",[RET,ST],['SYR','TUR'])
add('ru','https://riamo.ru/articles/shpargalki/kak-poluchit-grazhdanstvo-armenii-kto-mozhet-poluchit-pasport-v-uproschennom-porjadke-i-kogda-mogut-otkazat/',"Как получить гражданство Армении: кто может получить паспорт в упрощенном порядке и когда могут отказать","В материале РИАМО рассказываем о том, как получить паспорт Армении, какие он дает преимущества и почему в гражданстве могут отказать.",[CIT],['ARM'])
add('ru','https://news.mail.ru/society/69108240/',"Бегут от высоких цен, репрессий и безысходности: Каждый день Молдову навсегда покидают 90 человек","В 2024 году Молдову покинули 32 100 жителей.",[EMI,ST],['MDA'])
add('ru','https://centre1.com/uzbekistan/uzbekistanki-rasskazali-kak-ugodili-v-rabstvo-i-vyzhili/',"Одной девушке предложили работу швеи в Казахстане, другой – няни в Дубае. Как оказалось – обеих продали.","В Малайзии силами полиции и международных организаций из сексуального рабства вызволили 17 девушек из Узбекистана.",[TRA],['KAZ','MYS','UZB'],True)
add('ru','https://news.mail.ru/society/69802475/',"Пограничное расстройство личности относится к группе эмоционально неустойчивых расстройств, и его главная характеристика — нестабильность.","Страдает буквально все: настроение, самооценка, отношения с людьми и даже понимание самого себя.",[],[],True)
add('ru','https://txt.newsru.co.il/world/14jan2010/kompas_106.html',"Российские пограничники задержали китайца с компасом, направлявшегося в Нью-Йорк","В четверг, 14 января, пресс-служба ФСБ России сообщила о задержании в Приморье, в приграничном районе около города Дальнереченск, молодого гражданина Китайской Народной Республики.",[IM,BOR],['RUS','CHN'])
add('ru','https://sputnik-georgia.ru/20251021/borba-s-nelegalami-v-gruzii-iz-strany-vydvorili-neskolko-desyatkov-migrantov-295465536.html',"Борьба с нелегалами в Грузии: из страны выдворили несколько десятков мигрантов","ТБИЛИСИ, 21 окт — Sputnik. Департамент миграции МВД Грузии за последние несколько дней депортировал из страны 30 иностранных граждан, находившихся на территории Грузии незаконно, говорится в сообщении на сайте ведомства.",[RET,IM],['GEO'])
add('ru','https://pravo.ru/news/239609/amp',"Visa и Mastercard ограничат работу в России","Международные платежные системы Visa и Mastercard одновременно приняли решение ограничить свою работу в России в ближайшие дни.",[],['RUS'])
add('ru','https://go31.ru/news/1007939/v-belgorodskoj-oblasti-s-nacala-goda-vyavili-49-vic-inficirovannyh-migrantov',"В Белгородской области с начала года выявили 49 ВИЧ-инфицированных мигрантов","За девять месяцев года на территории Белгородской области медицинское освидетельствование на инфекционные заболевания провели у 21183 иностранных граждан.",[HEA,ST],[])
# ---- lt
add('lt','https://kauno.diena.lt/naujienos/klaipeda/nusikaltimai-ir-nelaimes/grybautojos-paieskos-uztruko-iki-paryciu-1195046',"Grybautojos paieškos užtruko iki paryčių","Prisiekusi grybautoja Klaipėdos rajone sutemus neberado išėjimo iš miško ir pasiprašė pareigūnų pagalbos.",[],[])
add('en','https://westpapuafree.org/vanuatu-receives-us84m-from-citizenship-sales/world-news/',"Vanuatu receives $US84m from citizenship sales","The chair of Vanuatu’s Citizenship Commission Ronald Warsal says profits collected over the past three months as part of its citizenship programme has rise steeply to about $US84 million, but the government had tightened security and due diligence measures to ensure that all applicants had clean criminal records.",[CIT],['VUT'])
add('en','https://www.breitbart.com/news/yemeni-asylum-seekers-surge-on-south-koreas-resort-island/',"Yemeni asylum seekers surge on South Korea’s resort island","June 19 (UPI) — South Korea’s popular resort island of Jeju is experiencing a dramatic rise in the number of refugees and migrants due to arrivals of Yemeni asylum seekers.",[AS],['KOR','YEM'])
add('en','https://staging.particle.news/story/nigers-military-government-repeals-anti-migration-law',"Niger's Military Government Repeals Anti-Migration Law","Niger's military government has repealed a 2015 law that criminalized the smuggling of migrants through the country to Europe.",[LAW,IM],['NER'])
# ---- pl
add('pl','https://www.polityka.pl/tygodnikpolityka/kultura/paszporty/2328067,1,paszporty-polityki-2025-rozdane-kto-zachwycil-poruszyl-zaskoczyl.read',"Paszporty POLITYKI 2025 rozdane! Kto zachwycił, poruszył, zaskoczył?","Już po raz 33. wręczyliśmy Paszporty POLITYKI zasłużonym, utalentowanym polskim twórcom.",[],['POL'])
add('pl','https://www.portalmorski.pl/bezpieczenstwo/59634-ponad-840-migrantow-uratowala-grecka-straz-przybrzezna-w-ciagu-pieciu-dni',"Ponad 840 migrantów zostało uratowanych przez grecką straż przybrzeżną w ciągu pięciu dni na południe od greckiej wyspy Kreta – poinformował w sobotę rzecznik policji portowej, cytowany przez AFP.","Na tym szlaku migracyjnym z Turcji dochodzi do wielu wypadków łodzi.",[DEA],['GRC','TUR'],True)
add('en','https://neutralecho.com/article/nZQeA1nlAGmI',"Thailand's Controversial Deportation of Uyghurs to China Draws Criticism","Human rights advocates condemn Thailand for sending Uyghur asylum seekers back to a country known for its human rights abuses.",[RET,AS],['THA','CHN'])
add('en','https://briefly.co/anchor/Soccer_FIFA/story/exploited-in-south-korea-migrant-workers-fight-for-their-rights',"As South Korea grapples with its rapidly shrinking population and the world's lowest fertility rate, the country is now welcoming record-high numbers of foreign workers.","This move is crucial to fill labor shortages and fuel economic growth, yet poses significant challenges in terms of worker exploitation and safety.",[LAB,EMP],['KOR'],True)
# ---- de, fr, es, it
add('es','https://800noticias.com/mexico-supera-las-100-000-peticiones-de-migrantes-que-buscan-asilo-en-2021',"México supera las 100.000 peticiones de migrantes que buscan asilo en 2021","El Gobierno mexicano recibió de enero a octubre 108.195 peticiones de migrantes que buscan refugio, un número récord que supera a cualquier periodo similar o año completo, informó este martes la Comisión Mexicana de Ayuda a Refugiados (Comar).",[AS,ST],['MEX'])
add('es','https://www.losandes.com.ar/politica/salio-el-decreto-la-reforma-migratoria-universidad-publica-arancel-seguro-medico-y-deportacion-mas-dura-n5950061',"Salió el decreto de la reforma migratoria: universidad pública con arancel, seguro médico y deportación más dura","Por DNU, el gobierno de Javier Milei estableció los nuevos criterios para extranjeros con residencia temporaria.",[LAW,RET,HEA,EDU,VIS],[])
add('it','https://www.magevola.it/famiglia/fisco-e-tasse/nazionale/rincongiungimento-familiare-come-fare-domande-e-quali-sono-i-redditi-minimi/',"Nuove soglie di reddito minimo per gli stranieri che vivono in Italia e chiedono il ricongiungimento familiare","Per gli stranieri che vivono in Italia e che richiedono il ricongiungimento familiare, della moglie, del marito o dei figli, scattano nuove soglie di reddito minimo.",[FR,LAW],['ITA'])
add('de','https://www.zentralplus.ch/news/oe-familiennachzug-wird-ausgesetzt-2750968/',"Ö: Familiennachzug wird ausgesetzt","Die österreichische Regierung hat sich darauf geeinigt, dass Asyl- und Schutzberechtigte ihre Familien bis auf Weiteres nicht mehr nach Österreich holen dürfen.",[FR,LAW],['AUT'])
add('fr','https://information.tv5monde.com/afrique/expulsions-inhumaines-de-migrants-en-mauritanie-un-depute-senegalais-veut-une-mission',"\"Expulsions inhumaines\" de migrants en Mauritanie: un député sénégalais veut une mission d'information","Un député sénégalais a réclamé lundi la création d'une mission d'information parlementaire à la suite de témoignages de violences contre des migrants en Mauritanie voisine, où ils sont visés par une campagne d'expulsion qui fait des remous dans la région.",[RET],['MRT','SEN'])
add('lt','https://www.lrytas.lt/pasaulis/ivykiai/2026/02/12/news/sveicarijoje-vyks-referendumas-del-gyventoju-skaiciaus-apribojimo-iki-10-mln--41311048/',"Šveicarijoje vyks referendumas dėl gyventojų skaičiaus apribojimo iki 10 mln.","Šveicarijoje bus rengiamas referendumas dėl populistinės Šveicarijos liaudies partijos (SVP) iniciatyvos iki 10 mln. apriboti šalies gyventojų skaičių.",[LAW],['CHE'])
add('pl','https://powiatleszczynski.pl/rzad-wprowadzi-ogolnopolski-bilet-zintegrowany-koniec-z-osobnymi-biletami-na-kolej',"Rząd wprowadzi ogólnopolski bilet zintegrowany – koniec z osobnymi biletami na kolej","Ministerstwo Infrastruktury planuje wprowadzenie ogólnopolskiego biletu zintegrowanego, który ma na celu ułatwienie podróżowania koleją w Polsce.",[],['POL'])
add('lt','https://www.alytausnaujienos.lt/aly-tus-si-ve-re-spal-voms-sie-nu-pie-si-niams-pa-siu-ly-ta-tiek-kad-ju-sa-vi-nin-kams-teks-ri-kiuo',"Alytus atsivėrė spalvoms: sienų piešiniams pasiūlyta tiek, kad jų savininkams teks rikiuotis į eilę","Ar jau spėjote nufotografuoti šią savaitę ant Alytaus pastatų sienų atsiradusius piešinius, nusiųsti nuotraukas savo draugams, artimiesiems, pasidalyti feisbuke?",[],[])
add('en','http://www.philly.com/philly/blogs/greenliving/End-of-a-migration-Monarch-levels-at-worrying-low-in-Mexico.html',"End of a migration? Monarch levels at worrying low in Mexico","Monarch butterflies cover only 1.65 acres of the forests west of Mexico City, a new report says - compared with 2.93 acres last year and more than 44.5 acres at their recorded peak in 1996.",[],['MEX'])
add('pl','https://wiadomosci.com/?p=418944',"Portugalia/ Imigranci czekają latami na decyzje urzędników biur ds. cudzoziemców","Ponad 400 tys. imigrantów mieszkających w Portugalii próbuje zalegalizować swój pobyt w tym kraju.",[VIS],['PRT'])
add('de','https://www.rf-news.de/2018/kw26/algerien-setzt-fluechtlinge-in-der-wueste-aus',"Algerien setzt Flüchtlinge in der Wüste aus","Migranten aus der Subsahara werden von Algerien dazu gezwungen, zu Fuß zurück nach Niger zu gehen.",[RET],['DZA','NER'])
add('en','https://www.asiaone.com/malaysia/malaysian-ministry-gazettes-10-facilities-hold-illegal-immigrants-and-crime-gang-members',"Malaysian Ministry gazettes 10 facilities to hold illegal immigrants and crime gang members","MALAYSIA - The Home Ministry has gazetted another 10 facilities around the country as detention centres to hold those nabbed in the two major operations against illegal immigrants and crime gang members.",[DET,IM],['MYS'])
add('fr','http://www.les-docus.com/ouganda-le-paradis-des-refugies/',"Les autorités ougandaises mènent une politique d’accueil unique au monde.","Libres de leurs allées et venues dans le pays, dotés de terres cultivables, les réfugiés – une majorité de Sud-Soudanais ainsi que des Congolais – se fondent dans la population locale.",[REF,INT,REC],['UGA','SSD','COD'],True)
add('lt','https://delfi.lt/news/daily/world/isigalioja-es-bevizis-rezimas-kosovo-pilieciams-95507171',"Pagal vidurnaktį įsigaliojusią naująją tvarką, Kosovo piliečiai gali keliauti į Šengeno erdvę be vizų ir būti joje iki 90 dienų per 180 dienų laikotarpį.","Kosovas, kuriame gyvena 1,8 mln. gyventojų, tapo paskutiniąja iš šešių Vakarų Balkanų valstybių, kurioms buvo suteikta ši išimtis.",[VIS],['XKX'],True)
add('pl','https://wiadomosci.onet.pl/swiat/granica-slowacko-wegierskiej-rzad-przedluza-wyrywkowe-kontrole/y5slnst',"Resort spraw wewnętrznych uzasadnił, że nieprzedłużenie kontroli, których termin upływał w piątek, oznaczałoby ryzyko napływu nielegalnych imigrantów oraz zagrożeniem dla bezpieczeństwa i porządku publicznego na Słowacji.","Kontrole na granicy słowacko-węgierskiej obowiązują od 5 października br.",[BOR,IM],['SVK','HUN'],True)
add('pl','https://www.rmf24.pl/fakty/swiat/news-praca-i-zycie-w-nowej-zelandii-latwiejsze-niz-kiedykolwiek-r,nId,8023826',"Nowa Zelandia ogłasza poluzowanie polityki migracyjnej.","Rząd zapowiada wprowadzenie dwóch nowych ścieżek do uzyskania stałej rezydencji dla wykwalifikowanych pracowników z zagranicy.",[LAW,VIS,LAB],['NZL'],True)
add('pl','https://stefczyk.info/maja-dosyc-imigrantow-nowa-zelandia-zaostrza-przepisy',"Nowa Zelandia uznała, że ma dosyć imigrantów. Znacząco zaostrzyli przepisy.","Rząd Nowej Zelandii ogłosił, że w zeszłym roku do tego niewielkiego państwa sprowadziło się aż 173 tys. imigrantów.",[LAW,ST],['NZL'])
add('it','https://lastampa.it/cronaca/2024/06/21/news/satnam_morto_caporalato_protesta_braccianti-14410680/amp',"Satnam morto di caporalato, la protesta dei braccianti: “Qui ci trattano come bestie”","Viaggio nelle campagne di Latina dove è deceduto il 31enne indiano: «Tutti siamo in pericolo».",[LAB,EMP,DEA],['IND'])
add('ru','https://haqqin.az/newsarchive/375348',"После резни 7 октября Израиль практически прекратил допуск арабских рабочих из Палестинской администрации на строительство объектов, пишут израильские СМИ.","По их данным, подрядчики переориентировались на иностранную рабочую силу из Шри-Ланки, Узбекистана, Азербайджана, Грузии и Турции.",[LAB],['ISR','LKA','UZB','AZE','GEO','TUR'],True)
add('lt','https://www.lrt.lt/lituanica/pasaulio-lietuviu-balsas/753/1159524/argentinos-miestelyje-norinciu-apsigyventi-lietuvoje-netruksta-siekia-pilietybes-ir-uoliai-mokosi-kalbos',"Argentinos miestelyje norinčių apsigyventi Lietuvoje netrūksta: siekia pilietybės ir uoliai mokosi kalbos","Nedideliame, dar „imigrantų miestu“ vadinamame Berise, veikia dvi lietuvių draugijos – „Nemunas“ ir „Mindaugas“.",[EMI,CIT],['ARG','LTU'])
add('lt','https://www.lzinios.lt/amp/istorija/tarpukario-emigrantu-palikuonys-iesko-lietuvisku-saknu/262543',"Tarpukario emigrantų palikuonys ieško lietuviškų šaknų","Pastaruoju metu gana madinga ieškoti savo protėvių bei aiškintis savo kilmę.",[EMI],['LTU'])
add('en','https://gulfnews.com/world/gulf/kuwait/kuwait-revokes-citizenship-of-18-people-1.1392096',"Kuwait revokes citizenship of 18 people","Manama: Kuwait has revoked the citizenship of 18 people, citing naturalisation irregularities that included false declarations and illegal double nationalities as well as security concerns.",[CIT],['KWT'])
add('pl','https://tvn24.pl/swiat/wielka-brytania-szturm-na-hotel-z-migrantami-w-rotherham-spotkanie-sztabu-kryzysowego-cobra-st8030718?source=rss',"W Wielkiej Brytanii trwają zamieszki, które wybuchły po zabójstwie trzech kilkuletnich dziewczynek w Southport koło Liverpoolu.","W niedzielę w Rotherham w północnej Anglii demonstranci wdarli się do hotelu, w którym zakwaterowani są migranci.",[DIS,REC],['GBR'],True)
add('de','https://www.watson.ch/schweiz/ukraine/562162370-bundesrat-hebt-schutzstatus-s-fuer-ukraine-fluechtlinge-nicht-auf',"Bundesrat hebt Schutzstatus S für Ukraine-Flüchtlinge nicht auf","Der Bundesrat hebt den Schutzstatus S für Flüchtlinge aus der Ukraine bis zum 4. März 2026 nicht auf.",[TP,REF],['UKR'])
add('en','https://climatalk.org/2021/07/04/kiribati-relocation-strategy-an-exploration-of-the-risks-kiribati-faces-if-sea-levels-continue-to-rise/',"Kiribati Relocation Strategy: An Exploration Of The Risks Kiribati Faces If Sea Levels Continue To Rise","Sea level rise is one of the most well known effects of the ongoing climate crisis.",[CLI],['KIR'])
add('en','https://www.newtelegraphng.com/borno-closes-idp-camps-in-maiduguri/',"Borno closes IDP camps in Maiduguri","As part of its efforts to resettle all Internally Displaced Persons (IDPs), Borno State government yesterday announced the closure of additional four IDP camps within Maiduguri with a total of 11, 711 IDPs.",[IDP],[])
add('ru','https://www.justmedia.ru/news/russiaandworld/v-velikobritanii-propali-bez-vesti-200-deteymigrantov',"В Великобритании пропали без вести 200 детей-мигрантов","Несовершеннолетние находились в стране без родителей и опекунов.",[CH],['GBR'])
add('lt','https://www.lzinios.lt/amp/lietuva/nusipelne-zmones-del-lietuvos-pilietybes-grazinimo-tures-kreiptis-i-prezidente/215596',"Nusipelnę žmonės dėl Lietuvos pilietybės grąžinimo turės kreiptis į prezidentę","Seimui priėmus įstatymo pataisas, nusipelnę žmonės dėl Lietuvos pilietybės jiems grąžinimo turės kreiptis į prezidentę Dalią Grybauskaitę.",[CIT,LAW],['LTU'])
add('lt','https://www.tv3.lt/naujiena/verslas/tukstanciai-gyventoju-nepasiima-savo-pinigu-is-vmi-gal-ir-jums-priklauso-525-eurai-n1458306',"Valstybinės mokesčių inspekcijos (VMI) duomenimis, vien už praėjusius metus gyventojų pajamų mokesčio permokos vis dar nesusigrąžino virš 16 tūkst. žmonių.","Per pastaruosius 5 metus iš viso 35 125 šalies gyventojai neatsiėmė savo pinigų iš VMI (per tiek laiko juo galima atsiimti).",[],[],True)
add('pl','https://regiony.rp.pl/z-regionow/art40582261-jak-miasta-wyrozniaja-swoich-wybitnych-obywateli',"Jak miasta wyróżniają swoich wybitnych obywateli?","Za wybitne zasługi dla teatru, filmu i kultury polskiej oraz za zaangażowanie w sprawy społeczne Anna Dymna została Honorową Obywatelką Stołecznego Królewskiego Miasta Krakowa.",[],['POL'])
add('ru','https://mgorod.kz/news/bolee-20-tysyach-sajgakov-migriruyut-k-barxanam-zko',"Более 20 тысяч сайгаков мигрируют к барханам ЗКО","Из-за огромного количества снега в степях сайгаки не могут себя прокормить, сообщает корреспондент портала \"Мой ГОРОД\".",[],[])
add('pl','https://www.polsatnews.pl/wiadomosc/2021-03-02/dania-chce-odsylac-uchodzcow-z-syrii-powinni-wrocic-do-domu/',"Duński rząd uznał, że Damaszek i okolice to bezpieczne terytoria, na które mogą wrócić mieszkańcy.","W związku z tym cofnięto pozwolenia na pobyt 94 syryjskim uchodźcom, a sytuacja kolejnych 350 osób jest analizowana.",[RET,REF,VIS],['DNK','SYR'],True)
add('fr','https://actualites.fr/fedasil-condamnee-six-fois-par-jour-pour-defaut-de-places-daccueil.html',"Chaque nuit, des dizaines de demandeurs d’asile doivent dormir dans la rue, car les centres d’asile belges sont complets.","Ce défaut de places a déjà donné lieu à plus de 1.200 condamnations cette année, soit près de six par jour, écrit Het Laatste Nieuws lundi.",[REC,AS],['BEL'],True)
add('ru','https://78.ru/news/2024-01-21/prezident-finlyandii-viskazalsya-za-otmenu-dvoinogo-grazhdanstva-dlya-rossiyan',"Президент Финляндии высказался за отмену двойного гражданства для россиян","В будущем стране следовало бы перейти к «принципу взаимности при выдаче финского паспорта».",[CIT],['FIN','RUS'])
add('pl','https://tvn24.pl/swiat/usa-sad-wstrzymal-obowiazywanie-dekretu-donalda-trumpa-ograniczajacego-tzw-prawo-ziemi-mowiace-o-obywatelstwie-dzieci-imigrantow-st8274366?source=rss',"Sąd federalny w Seattle zdecydował o tymczasowym zawieszeniu obowiązywania dekretu Donalda Trumpa o ograniczeniu prawa do nabywania obywatelstwa USA przez dzieci imigrantów urodzone w Ameryce.","Sędzia uznał rozporządzenie za \"rażąco niekonstytucyjne\".",[CIT,LAW,CH],['USA'],True)
add('ru','https://m.ru24.pro/smi/report-az/396222744',"Указ об ограничении права на гражданство США обжалуют 22 штата","Власти 18 американских штатов и столичного округа Колумбия обжалуют в суде указ президента США Дональда Трампа об ограничении предоставления гражданства США по праву рождения.",[CIT,LAW],['USA'])
add('ru','https://versia.ru/evrosoyuz-zapretil-malte-vydavat-zolotye-pasporta',"Евросоюз запретил Мальте выдавать «золотые паспорта»","Суд Европейского Союза вынес решение о незаконности мальтийской программы предоставления гражданства за инвестиции, обязав страну прекратить эту практику.",[CIT,LAW],['MLT'])
add('pl','https://www.polishexpress.co.uk/bedzie-pozew-przeciwko-rzadowi-ws-przepisow-dotyczacych-laczenia-rodzin/',"Będzie pozew przeciwko rządowi ws. przepisów dotyczących łączenia rodzin","Organizacja Migrants at Work nie ma wątpliwości, że polityka rządu brytyjskiego, zmuszająca pracowników opieki pochodzących z zagranicy do przedłożenia życia zawodowego ponad życie rodzinne, ma charakter dalece dyskryminujący.",[FR,LAB,DIS,LAW],['GBR'])
add('ru','https://press.kz/amp/ssha-nachnut-ezhednevnie-deportatsii-migrantov-na-voennih-samoletah-4ca06b',"США начнут ежедневные депортации мигрантов на военных самолетах","Администрация Дональда Трампа запланировала крупнейшую в истории страны операцию по депортации нелегальных мигрантов, задействовав для этого военные самолеты.",[RET,IM],['USA'])
add('en','https://news.net/centralamerica/news/air-force-deportation-flight-skirts-mexican-airspace-to-guatemala-as-militarys-border-role-grows/',"Air Force deportation flight skirts Mexican airspace to Guatemala as military's border role grows","A U.S. Air Force jet with migrants bound at their wrists and ankles departed Texas for Guatemala on Thursday, carrying 80 deportees in another deportation flight that reflects a growing role for the armed forces in helping enforce immigration laws.",[RET,BOR],['MEX','GTM','USA'])
add('lt','https://www.tv3.lt/naujiena/lietuva/prie-vsat-vyko-protestas-del-irakieciu-deportacijos-ragina-nesiusti-uzsienieciu-i-nesaugias-atostogas-n1456083',"Prie VSAT vyko protestas dėl irakiečių deportacijos: ragina nesiųsti užsieniečių į „nesaugias atostogas“","Pirmadienio rytą nevyriausybinės organizacijos „Sienos grupės“ atstovai surengė protestą prie Valstybės sienos apsaugos tarnybos (VSAT) pastato Vilniuje, reikšdami prieštaravimą institucijos sprendimui deportuoti iš Lietuvos šešis irakiečius.",[RET],['IRQ','LTU'])
add('lt','https://m.delfi.lt/uzsienyje/article.php?id=83571951',"Kelionė su deportuojamu lietuviu – kaip siaubo trileris: kai kurie keleiviai net atsisakė skristi","Keliaujant lėktuvu bendrakeleivių nepasirinksi ir vidury kelio neišlipsi, todėl orlaivyje esančių žmonių elgesys gali gerokai sugadinti nuotaiką ar net įvaryti nemažai baimės. Kartais – net sukelti paniką: taip, kaip neseniai padarė į gimtinę deportuojamas lietuvis, ne juokais sudrumstęs ramybę bei išgąsdinęs tautiečius.",[RET],['LTU'])

# END
check(P, 'b17', 14, eu=True)
json.dump(P, open('pages15.json', 'w'), ensure_ascii=False, indent=0)
import collections

print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
