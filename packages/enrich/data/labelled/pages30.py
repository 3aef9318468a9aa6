# Batch b32 (number 32) of real news texts from the search tool's stored public web pages (pages
# corpus), collected and labelled by reading on 2026-11-24, before the tagger was run on any of them
# (the term files, the demonym files, the tagging code, the docs and items.jsonl were not opened).
# Texts are copied as stored (headline and the first one or two sentences of the lead; where the
# stored excerpt has no headline the first sentence stands in for it, lead=True, and the next one or
# two sentences are the summary). Only pages whose host name (without "www." or "m.") starts with the
# letters t to z or a digit. Stories from odd years were preferred where there was a choice.
# Themes: deportations and expulsion regimes, detention centres for foreigners, temporary asylum and
# temporary protection, refugee counts, reception camps and hotels, irregular crossings (Belarus
# border, Channel, Canaries, Lampedusa, Darien), deaths at sea, trafficking, labour migration and
# work visas, organised recruitment, remittances, emigration and returns, citizenship (dual
# nationality, deprivation, naturalisation of migrants), integration courses, schooling and health of
# migrants, family reunion, xenophobia, internal and climate displacement, the EU pact, regularisation.
# Languages: en 19, ru 20, pl 14, lt 11, de 4, fr 4, es 5, it 3.
# Not about migration (traps, 10): bird migration (ru, pl, fr), monarch butterfly migration (en),
# cloud/data migration (en, es), cigarette smuggling (ru, lt), outbound tourism (pl), evacuation of
# a country's own citizens from Afghanistan (pl).
# Labelled from the topic names read as plain English and two rules: 1. A country (ISO 3166 alpha-3) is
# labelled when the title or summary names it, its adjective or its people - on every item, migration or
# not - not when it is only part of an organisation's name or is reached only via a city or region.
# 2. A topic is labelled when the item is about migration (of people) and its title or summary
# explicitly speaks of that aspect. An item not about migration gets no topics.
# Judgement calls:
# - "УФМС России", "МВД России", "УМВД России по ..." are organisation names and give no RUS; RUS only
#   where "России"/"РФ"/"российский"/"Российская Федерация" stands on its own (76rus: only UKR).
# - "Временное убежище" (Russian temporary asylum for Ukrainians, 2014) = temporary-protection; an
#   application for refugee status or temporary asylum = asylum-procedures too.
# - "Выдворение", "высылка", "депортация", "Abschiebung", "zobowiązanie do powrotu" = return-and-
#   readmission; centres for foreigners awaiting expulsion (ЦВСИГ) = detention.
# - Migrant boats crossing or sinking in the Mediterranean, "sbarchi", Canary "cayucos", Darien
#   crossings, the Channel crossing = irregular-migration-and-smuggling; named rescue services
#   ("Salvamento Marítimo", "soccorsi") or deaths = deaths-and-search-and-rescue.
# - Remittances of emigrants ("remesas", "денежные переводы наших мигрантов") = emigration-and-diaspora;
#   returns of Polish/Lithuanian emigrants and compatriot resettlement to Russia = emigration-and-diaspora.
# - EU relocation of migrants (pact, 2015 quotas) = refugees-and-resettlement plus law-and-policy.
# - Rohingya relocation to Bhasan Char = refugees-and-resettlement though "refugee" is not written.
# - Flood evacuees of Orsk returning home = internal displacement, climate, reception (temporary
#   accommodation points) and return in the plain sense (as in the earlier Karabakh call).
# - A deadline for Afghan refugees to leave Pakistan = return-and-readmission.
# - DACA text: the first stored line is the tag word "dreamers", not a sentence, so the lead starts
#   with the next sentence; "protection from deportation" = return, "undocumented" = irregular,
#   "studies" = education, "work" = employment.
# - Photo captions, video captions, bylines and date stamps before a lead (Darfur, Warsaw expulsions,
#   Afghan refugees in Pakistan, Lrytas TV) were skipped; pull-quotes too.
# - A tag page (tv3.lt "pasaulio lietuvių") gives the headline and lead of one listed story.
# - "Central Mexico" names Mexico (MEX); "North America", "Europe", "Sahel", "Latin America",
#   "Canarias", "Darfur", "Orsk", "Lampedusa" and cities name no country; "UK"/"U.S." are names.
# - Hate towards Tajik migrants after the Crocus attack = discrimination-and-xenophobia.
# - Recruiting migrants who became Russian citizens into the army (zona.media, upvid) = citizenship.
# - Afghan helpers flown to Lithuania = refugees-and-resettlement (as the Rohingya call); two Lithuanian
#   citizens leaving Afghanistan for safe countries = not migration (a trap). "Vilnius" names no country.
# - Tajik labour migrants sent home after a week at a Russian border checkpoint = return plus border.
# - Evacuees from the Kursk region put up in temporary accommodation points (ПВР) = internal
#   displacement and reception (as the Orsk call).
# - Migrants camping at the Belarusian side of the border (Usnarz Górny) = border-management only:
#   the text does not call the crossing irregular.
# - EU citizens taking jobs in Lithuania (rumunų, latvių, lenkų) = labour-migration; the peoples give
#   their countries.
# - One stored line break inside a sentence (Lrytas cigarette trap) was copied as a space.
#
# Not in items.jsonl: to be measured once, later.
from batch_tools import *  # check, page_adder and the topic abbreviations
import json

P = []
add = page_adder(P, 'b32', 32)

# ---- English ----
add('en', 'https://usa5911.com/asylum-seeker-deportations-uk-rwanda-us-teens',
    'Asylum Seeker:Deportations Surge,UK-Rwanda Row,US Teens Shock',
    'A plan by Britain to send some asylum seekers to Rwanda was passed by Parliament, but still faces legal challenges. no flight will take place.',
    [AS, RET, LAW], ['GBR', 'RWA', 'USA'])
add('en', 'https://www.theguardian.com/world/2015/apr/15/migrant-boat-sinks-mediterranean-passengers',
    'Migrant boat disaster: rescue hopes led to sinking in Mediterranean',
    'UN spokesman says it appears passengers surged to one side after spotting commercial ship, causing boat to capsize with loss of estimated 400 lives',
    [DEA, IM], [])
add('en', 'http://weeshooot.com/migrant-boat-capsizes-killing-27-in-the-mediterranean-sea/',
    'Migrant boat capsizes, killing 27 in the Mediterranean Sea',
    '(CNN) — A migrant boat carrying some 100 people capsized during an attempt to reach the UK, with at least 27 dead in the Mediterranean Sea, Italy’s coast guard said Sunday.',
    [DEA, IM], ['GBR', 'ITA'])
add('en', 'http://www.voanews.com/content/h-1b-visa-lottery-to-determine-fate-for-thousands-of-hi-tech-workers-/1894079.html',
    'H-1B Visa Lottery to Determine Fate for Thousands of Tech Workers',
    'The U.S. government has held its annual lottery for H-1B visas and the lucky 85,000 winners (and their employers) will be notified soon.',
    [LAB, VIS], ['USA'])
add('en', 'https://themedialine.org/by-region/pakistans-afghan-refugee-deadline-has-expired-what-happens-now',
    'Pakistan’s Afghan Refugee Deadline Has Expired—What Happens Now?',
    'As thousands of Afghan refugees in Pakistan await clarity on their fate, the UN and humanitarian organizations call for legal pathways and international cooperation',
    [REF, RET], ['PAK', 'AFG'])
add('en', 'https://www.thegazelle.org/issue/252/pakistan-refugee-crisis',
    '1.7 Million Afghan Refugees Given a Month to Leave Pakistan',
    'On Oct. 3, Pakistan’s government ordered all undocumented foreigners to leave by Nov. 1, warning of arrest and deportation after the date. Allegedly, this move only targets undocumented migrants, directly impacting 1.7 million Afghan refugees who have no documentation.',
    [REF, RET, IM], ['AFG', 'PAK'])
add('en', 'https://whatson.guide/bangladesh-relocates-rohingyas-to-isolated-land/',
    'Bangladesh relocates Rohingyas to isolated land',
    'A total of 1642 Rohingya’s have been relocated to Bhashan Char, an island in the Bay of Bengal in Noakhali. Anika Khan reports.',
    [REF], ['BGD'])
add('en', 'https://wikenigma.org/content/life_sciences/zoology/monarch_migration',
    'Monarch Butterfly migration',
    'Monarch butterfly migration is the phenomenon, mainly across North America, where the subspecies Danaus plexippus plexippus migrates each summer and autumn to and from overwintering sites on the West Coast of California or mountainous sites in Central Mexico.',
    [], ['MEX'])
add('en', 'https://techstrong.it/features/cloud-migrations-that-actually-work-lessons-from-the-trenches',
    'Cloud migration is a challenging process for many companies, as they try to move apps, data and processes from on-premises data centers to cloud providers without impacting customers, analysts and IT processes in terms of security and privacy.',
    'This paper will cover the most efficient cloud migration strategies, along with challenges across different phases and constraints that may be encountered during the migration of over 60 apps from multiple data centers to the cloud.',
    [], [], lead=True)
add('en', 'https://www.thenewhumanitarian.org/report/92208/sudan-thousands-flee-fighting-darfur',
    'Thousands flee fighting in Darfur',
    "Tens of thousands of people continue to flee their homes in Sudan's western region of Darfur for the safety of internally displaced people's camps after recent fighting between government forces and armed militias.",
    [IDP], ['SDN'])
add('en', 'https://westjem.com/articles/undocumented-patients-in-the-emergency-department-challenges-and-opportunities.html',
    'Undocumented Patients in the Emergency Department: Challenges and Opportunities',
    'In the United States, undocumented residents face unique barriers to healthcare access that render them disproportionately dependent on the emergency department (ED) for care. Consequently, ED providers are integral to the health of this vulnerable population.',
    [HEA, IM], ['USA'])
add('en', 'https://wp.juiceliverpool.co.uk/2023/10/25/asylum-hotel-closures-may-shift-cost-to-councils-councillors-warn/',
    'Councils in the UK may be forced to house asylum seekers in government-funded hotels after the contracts with these establishments end by the end of the year.',
    'The use of hotels has ballooned as the number of refugees claiming asylum in the UK grows. About 50,546 asylum seekers are estimated to live in about 400 hotels.',
    [AS, REC, HOU, ST], ['GBR'], lead=True)
add('en', 'https://www.thenationalnews.com/world/africa/south-africa-moves-to-stop-unrest-after-xenophobic-attacks-1.906818',
    'South Africa moves to stop unrest after xenophobic attacks',
    'Riots in Johannesburg and Pretoria, in which mobs attacked shops owned by migrants, have left five dead',
    [DIS], ['ZAF'])
add('en', 'https://247newsagency.com/top-news/286705.html',
    'More than 500,000 migrants have crossed the dangerous Darien jungle on their way to North America so far in 2023, a historical record of individuals who crossed this natural border between Panama and Colombiamost of them Venezuelans, official sources informed EFE this Wednesday.',
    'Of the 501,297 migrants who have crossed what is known as the Darién Gap so far this year, Venezuelan nationality is “the one with the highest income with 320,465 (…) followed by the Ecuadorian with 54,757 migrants,” revealed the source of the Panamanian authorities.',
    [IM, ST], ['PAN', 'COL', 'VEN', 'ECU'], lead=True)
add('en', 'https://thebureauinvestigates.com/stories/2014-06-03/interactive-the-53-britons-stripped-of-their-nationality',
    'Interactive: The 53 Britons stripped of their nationality',
    'The government has used little-known powers to strip at least 53 people of their British nationality since 2002, a Bureau investigation has found. Forty-eight of these cases have occurred under the Coalition government.',
    [CIT], ['GBR'])
add('en', 'https://unamglobal.unam.mx/global_revista/princeton-a-student-and-microsoft-file-federal-lawsuit-to-preserve-daca/',
    'The DACA program permits undocumented students who arrived in the country as children to obtain protection from deportation, allowing them to continue their studies or work in the United States.',
    'To demonstrate their eligibility for the program, Dreamers had to provide the government with detailed and highly sensitive personal information, pay a significant fee, and submit to a rigorous background check.',
    [IM, CH, RET, EDU, EMP, LAW], ['USA'], lead=True)
add('en', 'https://www.uahot.com/topic/en/detail-62257-us_refugee_family_reunification_faces_legal_hurdles_delays.html',
    'For many refugees and asylum seekers in the United States, the path to family reunification remains arduous and fraught with uncertainty.',
    'Carrying stories of displacement and trauma, they yearn to rebuild their lives with loved ones - a process that is both emotionally vital and increasingly complicated by shifting immigration policies.',
    [REF, AS, FR, LAW], ['USA'], lead=True)

add('en', 'https://tricksfast.com/lithuania/a-anusauskas-another-50-afghans-expected-in-vilnius-on-wednesday',
    '“After noon, the second group of fifty Afghan translators and their relatives gathered by our Kabul Eleven team should land in Vilnius,” Arvydas Anušauskas reported on his Facebook account.',
    '“Due to the return of the third group and our” Kabul Eleven “, the times are still coordinating. As I said, the situation is changing dynamically, so often one agreement is replaced by another.',
    [REF], ['AFG'], lead=True)
add('en', 'https://time.com/6240955/qatar-world-cup-migrants-labor-reforms',
    '‘It’s Rare To See Change Happen at This Pace.’ A Global Backlash Is Forcing Qatar to Treat Migrant Workers Better',
    'Many things have changed since Jahurul Mohammed first came to Qatar eight years ago. For one, the colossal Al Bayt Stadium, which hosted the 2022 World Cup opening ceremony, didn’t exist, and the only thing other than sand dunes in its vicinity 30 miles north of Doha was a famous wedding hall.',
    [LAB], ['QAT'])

# ---- Russian ----
add('ru', 'https://76rus.org/index.php?UID=9656',
    'В Ярославском регионе от граждан Украины поступило более 2 500 заявлений о предоставлении временного убежища',
    'По данным УФМС России по Ярославской области, в связи с ситуацией на юго-востоке Украины от граждан Украины за 9 месяцев 2014 года поступило более 2 500 заявлений о предоставлении временного убежища. Обеспечение временного размещения граждан Украины на территории Ярославской области осуществляется в 15 пунктах временного размещения, в которых в настоящее время пребывает 1 030 человек, из них 311 − дети.',
    [TP, AS, ST, REC, CH], ['UKR'])
add('ru', 'https://zoolog.guru/pticy/kuda-uletayut-pticy-na-zimu-i-mesta-kuda-oni-letyat-do-vesny.html',
    'Осень — время, когда можно наблюдать стаи перелётных птиц, отправляющихся в тёплые страны.',
    'Куда улетают птицы на зиму, и каких именно птиц относят к перелётным? Птиц, которые предпочитают оставаться на зиму в своём регионе, называют оседлыми.',
    [], [], lead=True)
add('ru', 'https://vse-stendy.ru/administrativnoe-pravo/poryadok-polucheniya-pasporta-gorazhdanina-rf-po-programme-pereseleniya.php',
    'Порядок получения паспорта горажданина рф по программе переселения',
    'Одним из наиболее специфичных способов получения российского гражданства в является его приобретение по Государственной программе переселения соотечественников. Основной целью данной программы является оказание содействия добровольному переселению в Российскую Федерацию соотечественников, которые проживают за рубежом.',
    [CIT, EMI, LAW], ['RUS'])
add('ru', 'https://78.ru/news/2024-06-18/gd-prinyala-v-pervom-chtenii-zakonoproekt-o-vvedenii-migracionnogo-rezhima-visilki',
    'Госдума в первом чтении приняла законопроект о введении миграционного режима высылки.',
    'Решение было принято в ходе пленарного заседания. В рамках документа предполагается, что иностранцы, в отношении которых такой режим введут, не смогут менять место пребывания в России без разрешения, выезжать за пределы региона или управлять транспортом.',
    [LAW, RET], ['RUS'], lead=True)
add('ru', 'https://theins.ru/amp/obshestvo/270864',
    '«Начали хамить, чтобы я убиралась в свою страну. Но это моя страна и есть!» Нацменьшинства столкнулись с волной ксенофобии на фоне теракта',
    'После теракта в «Крокусе» и задержания подозреваемых в России фиксируют всплеск национализма и ксенофобии, прежде всего в отношении мигрантов из Таджикистана. В чатах крупнейших националистических группировок — прямые призывы к расправе.',
    [DIS], ['RUS', 'TJK'])
add('ru', 'http://thebell.io/tolko-8-emigrantov-vernulis-v-rossiyu-za-god-s-leta-2023-goda',
    'После начала войны с Украиной из России уехали сотни тысяч россиян, большинство — высококвалифицированные кадры.',
    'Российские власти держатся за версию о том, что большинство из тех, кто «испугался» в самом начале, в итоге вернулись. К концу третьего года войны о том, что утечка мозгов из России сменилась на приток, начали писать и зарубежные СМИ.',
    [EMI], ['UKR', 'RUS'], lead=True)
add('ru', 'https://vedomosti.ru/newspaper/articles/2016/10/07/659974-lishnie-mozgi',
    'Лишние мозги',
    'Власть должна быть заинтересована в том, чтобы остановить отъезд квалифицированных работников и талантливых людей, считает замдиректора «Левада-центра» Алексей Гражданкин: «Нужно создавать приличные условия для жизни и работы. Поэтому должны учитываться интересы не только большинства, но и других групп, в том числе во внутренней политике».',
    [EMI], [])
add('ru', 'https://zona.media/article/2023/08/28/raids',
    'Облавы на новых граждан. Получивших российские паспорта мигрантов массово отправляют в военкоматы',
    'В регионах проходят облавы на иностранцев, недавно получивших российское гражданство: силовики вместе с военкомами приезжают с проверками на рынки и овощебазы и забирают работников, чтобы поставить на учет как военнообязанных.',
    [CIT], ['RUS'])
add('ru', 'http://tj.vesti.news/tsentr-vremennogo-soderzhaniya-migrantov-saharovo-nespokoinye-17011318522641.htm',
    'Центр временного содержания иностранных граждан (ЦВСИГ) в Сахарово (Новая Москва).',
    'Сюда привозят иностранцев, в отношении которых столичными судами вынесено решение о выдворении. Это режимное учреждение, находящееся в подчинении МВД России.',
    [DET, RET], [], lead=True)
add('ru', 'https://yuz.uz/ru/news/v-rossii-vstupili-v-silu-nove-pravila-vezda-dlya-migrantov',
    'Как пояснили в МВД, трудовые мигранты должны пройти эти процедуры в течение 30 дней с даты въезда, а иностранцы, приехавшие в Россию без цели устроиться на работу на срок более 90 дней - в течение трех месяцев, пишет РБК.',
    'Медицинский осмотр включает в себя тест на наличие инфекционных заболеваний, в том числе ВИЧ-инфекцию, а также наркотической зависимости.',
    [LAB, HEA], ['RUS'], lead=True)
add('ru', 'https://24.kz/amp/ru/news/in-the-world/648224-pavodki-v-rossii-zhiteli-orska-vozvrashchayutsya-domoj',
    'Жители пострадавшего от паводков российского города Орск возвращаются домой, сообщает «24KZ».',
    'Многие из них стихию пережидали в пунктах временного размещения. Всего в регионе развернули 16 таких эвакопунктов.',
    [IDP, CLI, REC, RET], ['RUS'], lead=True)
add('ru', 'https://vesti.kg/politika/item/98818-kyrgyzstan-bolshe-drugikh-stran-sng-zavisit-ot-denezhnykh-perevodov-iz-rossii.html',
    'Кыргызстан больше других стран СНГ зависит от денежных переводов из России',
    'Доля денежных переводов наших мигрантов из России составляет 30 процентов ВВП республики',
    [EMI, ST], ['KGZ', 'RUS'])
add('ru', 'https://1-new.ru/migratsionnyj-tsentr-v-saharovo-s-15-fevralya-2016-g-budet-prinimat-spravki-tolko-ot-odnogo-meduchrezhdeniya/',
    'Миграционный центр в Сахарово с 15 февраля 2016 г. будет принимать справки только от одного медучреждения',
    'С 15 февраля 2016 г. миграционный центр в дер. Сахарово в «новой» Москве начнет принимать медицинские справки исключительно от Государственного научного центра дерматовенерологии и косметологии.',
    [HEA], [])

add('ru', 'https://www.today.kg/news/994506/?hl=ru',
    'У трудовых мигрантов возникают сложности в России при переводе денежных средств в Кыргызстан.',
    'Об этом сегодня, 14 мая, сказал депутат Бакытбек Марипов на заседании Жогорку Кенеша. По его словам, 1 мигранту на сегодня разрешается перевести только до 30 тыс. сомов денежных средств.',
    [LAB, EMI], ['RUS', 'KGZ'], lead=True)
add('ru', 'http://vch.ru/event/view.html?alias=63_tys._pachek_sigaret_obnarughili_smolenskie_tamoghenniki_v_avtomobilnyh_tainikah',
    '63 тыс. пачек сигарет обнаружили смоленские таможенники в автомобильных тайниках',
    '63 тыс. пачек сигарет без акцизных марок обнаружили смоленские таможенники в двух малотоннажных автомобилях, следовавших из Белоруссии.',
    [], ['BLR'])
add('ru', 'https://uz.vesti.news/gruppa-zastryavshih-rossiiskokazahskoi-granitse-tadzhikskih-17111310365051.htm',
    'Группа застрявших на российско-казахской границе таджикских мигрантов вернулась на родину',
    'В Душанбе накануне вечером прибыли около половины таджикских трудовых мигрантов, которые были сняты с поездов и больше недели провели на КПП «Аксарайская» в Астраханской области России. Поездом №330, следовавшим по маршруту Москва-Душанбе, со станции «Аксарайской» на родину были отправлены 75 таджикистанцев, передает «Азия-плюс».',
    [RET, BOR, LAB], ['RUS', 'KAZ', 'TJK'])
add('ru', 'https://www.vedomosti.ru/politics/articles/2024/04/27/1034537-pochemu-tadzhikskim-migrantam-ne-razreshayut-vezd-v-rossiyu',
    'Почему таджикским мигрантам не разрешают въезд в Россию',
    'На российско-казахской границе образовался затор из автомобилей с таджикскими номерами',
    [BOR], ['TJK', 'RUS', 'KAZ'])
add('ru', 'https://www.vedomosti.ru/society/news/2024/08/31/1059160-bolee-400-grazhdan',
    'МВД: более 400 граждан из недружественных стран получили убежище в России',
    'Россия предоставила временное убежище более 400 гражданам из недружественных стран, которые сделали «выбор в пользу духовных и культурных ценностей РФ» и обратились за защитой на территории страны. Об этом сообщает МВД России.',
    [TP, AS, ST], ['RUS'])
add('ru', 'https://theotherukraine.info/2025/04/21/iz-kurskoj-oblasti-evakuirovany-797-chelovek-v-tom-chisle-20-detej-opershtab',
    'С 12 марта с освобожденных территорий Курской области было эвакуировано 797 человек, включая 20 детей.',
    'Такая информация была опубликована в Telegram-канале оперативного штаба региона. «Люди вывезены из 51 населенного пункта. В ПВР Курска и Курской области размещены 336 человек, к родственникам отправился 461 человек», — говорится в сообщении.',
    [IDP, CH, REC, ST], [], lead=True)
add('ru', 'https://upvid.ru/?p=465688',
    'О мобилизации: Мигрантам в России вручают повестки',
    'В последние месяцы в российских регионах участились случаи вручения повесток мигрантам, недавно получившим российское гражданство.',
    [CIT], ['RUS'])

# ---- Polish ----
add('pl', 'https://www.wnp.pl/wiadomosci/rok-2021-wydarzenia-zwiazane-z-kryzysem-na-granicy-polsko-bialoruskiej,522750.html',
    'Od sierpnia na granicy polsko-białoruskiej trwa kryzys migracyjny wywołany przez reżim Alaksandra Łukaszenki.',
    'Dotychczas do Polski próbowało się dostać ponad 40 tys. migrantów najczęściej pochodzących z krajów Bilskiego Wschodu i Afryki. Wcześniej podobny kryzys władze Białorusi wspierające migrantów wywołały na granicy z Litwą.',
    [IM, BOR, ST], ['POL', 'BLR', 'LTU'], lead=True)
add('pl', 'https://wgospodarce.pl/informacje/125706-islamscy-migranci-nadal-szturmuja-polska-granice',
    'Od początku roku 5,5 tys. migrantów próbowało przejść nielegalnie z Białorusi do Polski.',
    'Dziennie dochodzi nawet do ponad stu takich prób. Prawie wszyscy cudzoziemcy dotarli na granicę polsko-białoruską przez Rosję - powiedziała rzeczniczka Straży Granicznej porucznik Anna Michalska.',
    [IM, BOR, ST], ['BLR', 'POL', 'RUS'], lead=True)
add('pl', 'https://wydarzenia.interia.pl/kraj/news-the-sunday-times-polska-jest-teraz-krajem-mozliwosci,nId,6693537',
    '"The Sunday Times": Polska jest teraz krajem możliwości',
    'Nasi przyjaciele z Polski wracają do domu. Czy Brytyjczycy mogą wkrótce pójść w ich ślady? - pyta autor reportażu, który ukazał się w "The Sunday Times".',
    [EMI], ['POL', 'GBR'])
add('pl', 'https://tvn24.pl/go/programy,7/czarno-na-bialym-odcinki,11367/odcinek-2623,S00E2623,1567091?source=rss',
    'Kiedy w 2004 roku Polska weszła do UE, Wielka Brytania stała się dla Polaków obietnicą lepszej przyszłości.',
    'Od razu otworzyła swój rynek pracy, a Polacy od razu ruszyli po większe zarobki. Zwykle zaczynali od zmywaka.',
    [EMI, LAB], ['POL', 'GBR'], lead=True)
add('pl', 'https://xyz.pl/zagraniczni-pracownicy-nie-dostaja-wiz-inne-kraje-nie-sabotuja-swoich-firm/',
    'Zagraniczni pracownicy nie dostają wiz. „Inne kraje nie sabotują swoich firm”',
    'Po aferze wizowej i zmianach przepisów konsulowie oraz pracownicy urzędów wojewódzkich coraz częściej odmawiają cudzoziemcom zezwoleń na pracę i wiz. Tak twierdzą eksporterzy usług, których ok. 25 proc. pracowników to obcokrajowcy.',
    [LAB, VIS, LAW], [])
add('pl', 'https://wiadomosci.radiozet.pl/Biznes/500-plus-i-Rodzinny-Kapital-Opiekunczy-dla-uchodzcow-z-Ukrainy',
    'Wojna w Ukrainie spowodowała, że do Polski przed agresją Putina uciekło już ok. 1,9 mln osób.',
    'Uchodźcy, którym zostanie nadany numer PESEL oraz będą mieli konto w polskim banku, adres e-mail i polski numer telefonu, będą mogli składać wnioski do ZUS o wypłatę 500 plus, a także pieniądze z Rodzinnego Kapitału Opiekuńczego.',
    [REF, ST], ['UKR', 'POL'], lead=True)
add('pl', 'https://www.upday.com/pl/polityka/tusk-polska-nie-przyjmie-migrantow-z-paktu-ue-kancelaria-prezydenta-krytykuje/e6esjdh',
    'Tusk: Polska nie przyjmie migrantów z paktu UE. Kancelaria Prezydenta krytykuje',
    'Premier Donald Tusk ogłosił we wtorek na platformie X, że Polska nie będzie przyjmować migrantów w ramach unijnego Paktu Migracyjnego ani za to płacić. Decyzja ta została ogłoszona tego samego dnia, gdy Komisja Europejska poinformowała, że Polska może ubiegać się o roczne zwolnienie z obowiązku relokacji migrantów.',
    [LAW, REF], ['POL'])
add('pl', 'https://wiadomosci.wp.pl/zwiastuny-wiosny-jakie-sa-oznaki-konca-zimy-6875935233657632a',
    'Początek wiosny jest nieodłącznie kojarzony z powrotem bocianów do Polski.',
    'Ptaki te zwykle przylatują do kraju w połowie marca - na niektóre z nich można jednak natknąć się już na początku miesiąca. Co ciekawe, bociany wcale nie są pierwszymi skrzydlatymi, które pojawiają się na wiosnę.',
    [], ['POL'], lead=True)
add('pl', 'https://wiadomosci.gazeta.pl/wiadomosci/7,114884,30190776,nik-zapowiada-kontrole-w-msz-chodzi-o-afere-wizowa.html?utm_source=RSS&utm_medium=RSS&utm_campaign=10199882',
    '"W ciągu najbliższych kilku tygodni NIK przeprowadzi kontrolę doraźną w MSZ w sprawie informacji, jakie pojawiły się w kontekście tzw. afery wizowej" - podano w mediach społecznościowych Najwyższej Izby Kontroli.',
    'W ubiegły czwartek do Ministerstwa Spraw Zagranicznych weszli funkcjonariusze Centralnego Biura Antykorupcyjnego. Zbiegło się to w czasie z odwołaniem przez premiera Mateusza Morawieckiego Piotra Wawrzyka z funkcji wiceministra spraw zagranicznych.',
    [VIS], [], lead=True)
add('pl', 'https://turystyka.wp.pl/wakacje-warto-juz-planowac-tam-poleca-polacy-6867129081476737v',
    'Choć do wakacji pozostało jeszcze kilka miesięcy, to wiele osób już zaczyna myśleć o tym, dokąd warto się wybrać, aby zbyt wiele nie wydać.',
    'Jak mówił w programie "Newsroom WP" Paweł Kunz, oczywiście wiele zależy od tego, czy podróżujemy na własną rękę, czy korzystamy z ofert biur podróży, ale nasi rodacy mają swoje ulubione miejsca.',
    [], [], lead=True)

add('pl', 'https://wiadomosci.wp.pl/nadchodza-potezne-wyzwania-dla-polski-10-proc-ludnosci-beda-stanowic-cudzoziemcy-6790991956404992a',
    'Wszystkie dzieci, które będą w Polsce od 1 września, na pewno nie trafią do szkół gdzie realizowany jest polski program nauczania.',
    'Odpowiedzialnością Ministerstwa Edukacji i Nauki jest to, by stworzyć system, który będzie do zrealizowania na poziomie samorządów. On musi obejmować nie tylko wchodzenie ukraińskich dzieci do polskich szkół, ale przede wszystkim zapewnienie możliwości nauczania zgodnie z programem ukraińskim.',
    [CH, EDU], ['POL', 'UKR'], lead=True)
add('pl', 'https://wilno.tvp.pl/55434550/dwoch-obywateli-litwy-bezpiecznie-opuscilo-afganistan',
    'Dwóch obywateli Litwy przebywających w Afganistanie szczęśliwie dotarło do bezpiecznych krajów, poinformowało w czwartek Ministerstwo Spraw Zagranicznych.',
    '„Cieszę się, że obywatele Litwy pomyślnie opuścili Afganistan i znajdują się obecnie w bezpiecznych państwach. Dziękuję dyplomatom i innym służbom Niemiec, Kazachstanu i Kirgistanu za pomoc w zapewnieniu ich ewakuacji” – powiedział minister Gabrielius Landsbergis.',
    [], ['LTU', 'AFG', 'DEU', 'KAZ', 'KGZ'], lead=True)
add('pl', 'https://wiadomosci.dziennik.pl/wydarzenia/artykuly/8264073,migranci-granica-straz-graniczna-bialorus-polska-usnarz-gorny.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+Dziennik-Wiadomosci+%28RSS+-+Dziennik+-+Wiadomosci%29',
    'Rzeczniczka Straży Granicznej potwierdziła, że na Białorusi tuż przy granicy z Polską, na wysokości Usnarza Górnego, nadal koczują migranci.',
    '"Przychodzą tam białoruskie media, dziennikarze. Rozpalane są ogniska.',
    [BOR], ['BLR', 'POL'], lead=True)
add('pl', 'https://tvn24.pl/magazyn-tvn24/nepalczyka-zatrudnie-od-zaraz-szczyt-dopiero-przed-nami,155,2714',
    'Polak coraz głośniej dopomina się podwyżki, Ukrainiec potrafi rzucić pracę z dnia na dzień, bo konkurencja zaproponowała mu lepszą stawkę.',
    'Tego problemu nie ma z pracownikami z Azji. Dlatego jest ich w Polsce coraz więcej.',
    [LAB], ['POL', 'UKR'], lead=True)

# ---- Lithuanian ----
add('lt', 'https://www.vz.lt/verslo-aplinka/2022/03/17/lietuvoje-17800-ukrainos-pabegeliu',
    'Lietuvoje 17.800 Ukrainos pabėgėlių',
    '99% atvykusiųjų – Ukrainos piliečiai. Vyriausiam atvykusiam žmogui – 93-eji.',
    [REF, ST], ['LTU', 'UKR'])
add('lt', 'https://www.tv3.lt/naujiena/naujienos/rudninku-gyventojai-aptiko-po-miesteli-vaiksciojancius-migrantus-mums-buvo-zadeta-kad-busime-saugus-n1107933',
    'Rūdninkų poligone pirmadienis buvo itin neramus.',
    'Kelios dešimtys neteisėtai Lietuvos sieną kirtusių vyrų protestavo dėl gyvenimo sąlygų stovykloje, reikalavo būti paleisti. Pranešama, kad keli po Rūdninkus laisvai vaikščiojantys migrantai buvo sulaikyti.',
    [IM, REC, DET], ['LTU'], lead=True)
add('lt', 'https://www.tv3.lt/naujiena/lietuva/dienos-pjuvis-europoje-migrantu-banga-ar-lietuvai-reikia-grieztinti-tvarka-n1471740',
    'DIENOS PJŪVIS. Europoje – migrantų banga: ar Lietuvai reikia griežtinti tvarką?',
    'Į Europą plūsta migrantai – tiek turintys leidimus gyventi ir dirbti, tiek ir jų neturintys. Ne išimtis ir Lietuva.',
    [LAW, VIS, LAB, IM], ['LTU'])
add('lt', 'https://tv.lrytas.lt/zinios/lietuvos-diena/2015/11/11/news/policijos-akistata-su-pabegeliais-iki-riausiu-vienas-zingsnis-222338/',
    'Policijos akistata su pabėgėliais: iki riaušių – vienas žingsnis',
    'Europa vis labiau klimpsta į migrantų krizę ir kol kas neaišku ar pavyks ją išspręsti. Prognozuojamas dar didesnis pabėgėlių srautas į žemyną kitąmet, nors nesugeba perskirstyti jau dabar Europą pasiekusių asmenų.',
    [REF], [])
add('lt', 'https://tv.lrytas.lt/zinios/lietuvos-diena/2015/09/08/news/lietuvai-gali-tekti-priimti-ne-simtus-o-tukstancius-migrantu-215332',
    'Lietuvai gali tekti priimti ne šimtus, o tūkstančius migrantų',
    'Trečiadienį Europos komisija skelbs naujus rekomendacinius skaičius. Pabėgėlių srautas nenutrūksta nei dieną, nei naktį maždaug dviejų tūkstančių kilometrų kelyje nuo Graikijos ir Italijos salų iki Vokietijos.',
    [REF, LAW], ['LTU', 'GRC', 'ITA', 'DEU'])
add('lt', 'https://tv3.lt/gaires/pasaulio-lietuviu',
    'Pasaulio lietuvių atstovė: ne visi emigruoja dėl skurdo ir neteisybės',
    'Ekspertai perspėja, kad emigracijos problema Lietuvoje – kritinė. Visuomenė sensta, o jaunimas išvyksta sotesnio gyvenimo, šiltesnio oro ir geresnės nuotaikos ieškoti į užsienį.',
    [EMI], ['LTU'])
add('lt', 'https://15min.lt/zmones/naujiena/lietuva/uzkalnio-5-apie-emigracijos-nauda-lietuvai-1050-192836',
    'Kol Lietuvoje nuolat garsiai svarstoma, kaip sumažinti emigracijos mastus, politikos apžvalgininkas Audrius Bačiulis siūlo pažiūrėti iš kitos pusės: gal ir geriau, kad žmonės, nebemokantys dirbti ir gyvenantys iš pašalpų, sėdi ant sprando ne Lietuvos „Sodrai“, o skandinavams?',
    '„Tegu mūsiškiai tinginiai sėdi ant sprando norvegams, švedams ar dar kažkam. Apie tokius žmones yra dvi teorijos.',
    [EMI], ['LTU', 'NOR', 'SWE'], lead=True)

add('lt', 'https://www.tv3.lt/naujiena/zmones/laidoje-ka-manai-m-mikutaviciaus-apsilimas-pries-didiji-starta-n573920',
    'Populiariosios TV3 laidos „Ką manai?“ vedėja Agnė Armoškaitė šįvakar, sausio 2-ąją, 17.40 val. savo studijoje sulauks ypatingo svečio.',
    'Prakalbus apie amžinai aktualią emigraciją, laidos vedėja patogiai įsitaisys ant sofos ir pasidalins savo šeimos patirtimi.',
    [EMI], [], lead=True)
add('lt', 'https://www.tv3.lt/naujiena/lietuva/1017294/meta-meskere-emigrantams-paskelbtas-planas-kaip-privilioti-palikusius-lietuva',
    'Lietuvos gyventojų gretoms ir toliau tebemažėjant, Vyriausybė kartu su įvairiomis institucijomis ieško būdų, kaip suvilioti Lietuvos piliečius grįžti gimtinėn arba čia pritraukti užsienio specialistų.',
    'Tarp planuojamų veiksmų – Lietuvos įvaizdžio gerinimas, pagalba darbdaviams, siekiantiems įdarbinti Lietuvos emigrantus ar užsieniečius, ir parama, norintiems mokytis lietuvių kalbos.',
    [EMI, LAB, EMP, LAW], ['LTU'], lead=True)
add('lt', 'https://www.tv3.lt/naujiena/verslas/uzimtumo-tarnyba-siemet-i-lietuva-atvyko-dirbti-9-9-tukst-es-saliu-pilieciu-n1467753',
    'Kaip praneša Užimtumo tarnyba, Lietuvoje šiemet įsidarbino 3,9 tūkst. rumunų, 2,3 tūkst. – latvių ir 1,5 tūkst. – lenkų.',
    'Taip pat šalyje padaugėjo dirbančiųjų iš Bulgarijos, Vengrijos, Estijos.',
    [LAB, EMP, ST], ['LTU', 'ROU', 'LVA', 'POL', 'BGR', 'HUN', 'EST'], lead=True)
add('lt', 'https://tv.lrytas.lt/zinios/kriminalai/2016/05/09/news/kelyje-tarp-prienu-ir-marijampoles-milijono-vertes-kontrabanda-243321',
    'Ankstų šeštadienio rytą muitinės pareigūnai tarp Marijampolės ir Prienų sulaikė vilkiką, vežusį didžiulę – apie 750 dėžių rūkalų kontrabandą.',
    'Daugiau nei milijono eurų vertės baltarusiškos cigaretės maskuotos tuščiais krovininiais padėklais.',
    [], ['BLR'], lead=True)

# ---- German ----
add('de', 'https://www.zvw.de/inhalt.deutschland-achter-abschiebeflug-erreicht-kabul.e704cc18-b410-4ad5-b922-e73a1b34c35b.html',
    'Die aus Frankfurt am Main kommende Maschine sei am Donnerstag kurz nach 8.00 Uhr Ortszeit in Kabul gelandet, sagte der Repräsentant der Internationalen Organisation für Migration (IOM) am Flughafen, Schah Saman.',
    'Zum ersten Mal waren zwei Gefährder an Bord, denen die Behörden Terrorakte zutrauen. Abschiebungen nach Afghanistan sind umstritten, weil sich dort der Konflikt zwischen Regierung und islamistischen Taliban drastisch verschärft.',
    [RET], ['AFG'], lead=True)
add('de', 'https://www.welt.de/politik/deutschland/article180899006/Einbuergerung-Inflationaere-Vergabe-von-Doppelpaessen.html',
    'In Deutschland behalten sechs von zehn eingebürgerten Menschen laut Statistischem Bundesamt die alte Staatsbürgerschaft.',
    'Wer einen deutschen Pass möchte, soll eigentlich seinen bisherigen abgeben. Nur in Ausnahmefällen soll Mehrstaatigkeit zugelassen werden.',
    [CIT, ST], ['DEU'], lead=True)
add('de', 'https://www.upday.com/de/zehntausende-ukrainer-zu-integrationskurs-verpflichtet-csu-fordert-mehr-druck',
    'Die Jobcenter haben seit Anfang 2023 rund 234.300 Menschen zum Integrationskurs geschickt.',
    'Knapp zwei Drittel von ihnen – rund 154.000 Frauen und Männer – waren Kriegsflüchtlinge aus der Ukraine. Das geht aus vorläufigen Daten des Bundesamtes für Migration und Flüchtlinge (Bamf) für den Zeitraum zwischen Anfang Januar 2023 und Ende Januar 2024 hervor, die der Deutschen Presse-Agentur vorliegen.',
    [INT, REF, ST], ['UKR'], lead=True)
add('de', 'https://www.zeit.de/news/2015-02/23/deutschland-befristete-aufnahme-von-abgelehnten-asylbewerbern-23134605',
    'Berlin (AFP) Der Schutz der Kirche ist für Flüchtlinge, denen die Abschiebung droht, häufig die letzte Zuflucht.',
    'Beim Kirchenasyl nehmen Kirchengemeinden die Asylbewerber für einen begrenzten Zeitraum in ihren Gebäuden auf und bieten ihnen durch Spenden finanzierte Unterkunft und Verpflegung. Dadurch soll Zeit für eine Wiederaufnahme oder Überprüfung des Asylantrags gewonnen werden.',
    [AS, RET, REF, REC], [], lead=True)

# ---- French ----
add('fr', 'https://voaafrique.com/a/5755686.html',
    'Au Sahel, les déplacés internes sont pris entre les terroristes et le réchauffement climatique',
    'Au Burkina Faso, les déplacés internes luttent pour trouver des refuges afin d’échapper aux attaques terroristes, mais aussi les effets du changement climatique. Après avoir quitté leurs foyers, où la sécheresse est devenue endémique, des milliers de personnes ont été confrontées à de violentes inondations qui ont détruit leurs abris.',
    [IDP, CLI], ['BFA'])
add('fr', 'https://wideo.ovh/video/x5ssa4s/porte-de-la-chapelle-:-le-camp-de-migrants-évacué',
    "Le campement de migrants qui s'était formés porte de la Chapelle à Paris a été évacué en début de matinée vendredi par les forces de l'ordre.",
    "Plus de 2.500 personnes vivaient là dans des conditions insalubres. La préfecture a annoncé que des solutions d'hébergement leur seront proposées.",
    [REC, HOU], [], lead=True)
add('fr', 'https://verdiflor.fr/l-actu/le-retour-des-oiseaux-migrateurs/',
    'Le retour des oiseaux migrateurs',
    'Chaque printemps, ils reviennent. Après avoir passé l’hiver sous des latitudes plus clémentes, des espèces d’oiseaux migrateurs retrouvent nos paysages pour se reproduire.',
    [], [])

add('fr', 'https://thatianaavocat.wixsite.com/thatiana-munhoz/fr/post/régularisation-des-sans-papiers-dans-les-métiers-en-tension-une-chance-réelle-en-2025',
    'Régularisation des sans-papiers dans les métiers en tension : une chance réelle en 2025',
    'De nombreux secteurs en France font face à une pénurie de main-d’œuvre. Certains emplois, pourtant essentiels au bon fonctionnement de la société, restent vacants, car ils sont jugés peu attractifs.',
    [IM, VIS, LAB], ['FRA'])

# ---- Spanish ----
add('es', 'https://www.20minutos.es/noticia/5187090/0/inmigracion-canarias-aumenta-un-111-nos-encontramos-personas-muy-mal-estado-incluso-fallecidos/',
    'Tras la crisis de los cayucos de 2006 o la oleada de inmigrantes que arribaron en el puerto de Arguineguín (Gran Canaria) en 2018, este 2023 el archipiélago canario está sufriendo nuevamente la llegada de aquellos que se lanzan al mar en busca de una vida mejor.',
    'Por ello, Canarias está siendo testigo de un notable repunte de la migración que está poniendo en jaque a los servicios de Salvamento Marítimo y Cruz Roja.',
    [IM, DEA], [], lead=True)
add('es', 'https://www.trtespanol.com:443/article/36081de4e6d8',
    'Más de medio millón de inmigrantes en España ahora podrán poner en regla su situación durante los próximos meses.',
    'Este martes, el Consejo de Ministros autorizó la tramitación urgente de un real decreto que permitirá a los beneficiarios acceder a permisos de residencia y de trabajo.',
    [IM, VIS, LAB, LAW], ['ESP'], lead=True)
add('es', 'https://www.tn23.tv/mexico-migrantes-marchan-a-frontera-con-estados-unidos/',
    'La policía observaba de cerca mientras las autoridades de la Comisión Nacional de Derechos Humanos y el Grupo Beta de protección a migrantes decían a los centroamericanos que sus necesidades serían atendidas.',
    'Los funcionarios les aconsejaban solicitar visas humanitarias en México y buscar trabajo en Tijuana, donde, dijeron, hay miles de puestos de trabajo disponibles.',
    [VIS, EMP], ['MEX'], lead=True)
add('es', 'https://vanguardiadelpueblo.do/2015/05/12/latinoamerica-y-caribe-con-record-de-remesas-en-20114/',
    'Washington, (Servicios especiales de Vanguardia del Pueblo) América Latina y el Caribe registraron en 2014 un record histórico de remesas, al recibir 65 mil 382 millones de dólares, un incremento del 5,3 por ciento, informó el Banco Interamericano de Desarrollo (BID).',
    'Esa cifra es superior a los 64 mil 900 millones reconocidos en 2008, año previo a la crisis financiera internacional tomado como referencia, de acuerdo con las estadísticas de un informe elaborado por el Fondo Multilateral de Inversiones del BID.',
    [EMI, ST], [], lead=True)
add('es', 'https://turbocloud.com.pe/migracion-cloud-pymes-guia',
    'Migración Cloud para PYMEs: Guía paso a paso',
    'Tarde o temprano, toda pequeña y mediana empresa enfrenta la misma pregunta: ¿deberíamos migrar a la nube? La respuesta corta es probablemente sí.',
    [], [])

# ---- Italian ----
add('it', 'https://www.ultimenotizie.net/news/nave-dirottata-migranti-malta-0094464.html',
    'Si trova nel porto di Malta il mercantile dirottato dai migranti che è stato preso sotto il controllo delle forze armate dell’isola.',
    'Quest’ultime hanno stabilità un contatto col capitano della nave, il quale ha ripetutamente affermato di non avere il controllo della veicolo, e di essere stato minacciato dai dirottatori insieme a tutto l’equipaggio.',
    [IM], ['MLT'], lead=True)
add('it', 'https://tg24.sky.it/cronaca/2023/03/29/migranti-sindaco-lampedusa-crotone-intervista',
    'Continuano gli sbarchi di migranti sulle coste italiane: i dati del Viminale parlano di 27mila nuovi arrivi dal 1°gennaio a oggi.',
    'Ieri, il ministro degli Interni Matteo Piantedosi, in Consiglio dei ministri, ha lanciato un nuovo allarme: se non si troverà una soluzione nei Paesi di partenza, come la Tunisia, il numero totale di sbarchi potrebbe arrivare a 300mila entro fine anno (LO SPECIALE MIGRANTI).',
    [IM, ST], ['ITA', 'TUN'], lead=True)
add('it', 'https://ventiperquattro.it/foggia-con-15-braccianti-su-un-furgone-arrestato-un-caporale-di-40anni',
    'Dopo aver monitorato per giorni l’attività di braccianti stranieri impiegati nella raccolta di pomodori alla periferia di Foggia, poliziotti e carabinieri hanno arrestato un presunto caporale di 40 anni, con le accuse di intermediazione illecita e sfruttamento del lavoro, violenza e resistenza a pubblico ufficiale, lesioni e danneggiamento di auto di servizio.',
    'L’uomo è stato fermato alla guida di un furgone fatiscente e senza finestrini, a bordo del quale c’erano 15 braccianti di origini africane.',
    [LAB, EMP], [], lead=True)


check(P, 'b32', 26, eu=True)
json.dump(P, open('pages30.json', 'w'), ensure_ascii=False, indent=0)
import collections
print(len(P), dict(collections.Counter(p['lang'] for p in P)), sum(1 for p in P if not p['topics']), 'not about migration')
