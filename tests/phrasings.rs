//! Phrasings of an incident that a monitor's article uses and that the lexicons once missed,
//! and the near misses beside them that report no incident. Each line was found by writing
//! plain sentences for every type (not taken from the corpus) and reading what presswatch
//! gave; docs/ACCURACY.md tells which lexicon lines answer them.

/// The label ids `presswatch::classify` gives `text` at the default minimum score.
fn labels(text: &str) -> Vec<String> {
    presswatch::classify(text)
        .labels
        .iter()
        .map(|l| l.id.to_string())
        .collect()
}

#[test]
fn incidents_in_these_words_are_found() {
    let cases = [
        (
            "Police prevented journalists from filming the demolition.",
            "access_obstruction",
        ),
        (
            "The government shut down mobile internet in the region during the protests.",
            "blocking_shutdown",
        ),
        (
            "The state-owned printing house refused to print the opposition weekly.",
            "economic_pressure",
        ),
        (
            "State companies were told to stop advertising in the newspaper.",
            "economic_pressure",
        ),
        (
            "The ministry refused to answer the newspaper's written questions about the contract.",
            "information_refusal",
        ),
        (
            "The ministry did not respond to the newspaper's request for information.",
            "information_refusal",
        ),
        (
            "The intelligence service demanded that the journalist reveal his sources.",
            "surveillance",
        ),
        (
            "Журналистка обнаружила GPS-трекер, прикреплённый к её машине.",
            "surveillance",
        ),
        (
            "В кабинете главного редактора нашли подслушивающее устройство.",
            "surveillance",
        ),
        // A case against the journalist, while the story also reports threats (a crime
        // against media, which makes a bare "case opened" one into its perpetrators).
        (
            "Возбуждено уголовное дело против главного редактора газеты.\n\n\
             Накануне главному редактору стали приходить угрозы в соцсетях.",
            "prosecution",
        ),
        (
            "В отношении журналиста возбуждено уголовное дело о клевете.\n\n\
             Накануне главному редактору стали приходить угрозы в соцсетях.",
            "prosecution",
        ),
        (
            "Тілшіге қатысты жалған ақпарат тарату бабы бойынша қылмыстық іс қозғалды.\n\n\
             Бір күн бұрын бас редакторға әлеуметтік желіде қорқыту хаттары келді.",
            "prosecution",
        ),
        (
            "Officers warned the freelance reporter that they knew where his parents lived.",
            "intimidation",
        ),
        // A fine imposed keeps its full weight; a fine only named (a law's, a claim's) is weak.
        (
            "Сот журналистке 100 АЕК мөлшерінде айыппұл салды.",
            "prosecution",
        ),
        // A protocol drawn up against a media worker named in the sentence keeps its label
        // (the cue's weight, 0.6, no longer carries one from a neighbouring sentence).
        ("Полицейские составили протокол на блогера.", "prosecution"),
        // Seventeenth session, from set 66's misses (my own sentences): words between a blow and
        // its weapon, a contract ended by the media word's own possessive, a bullet in the post,
        // entry refused to reporters, an account lost, a request "held" unanswered, a Kazakh
        // conditional threat.
        (
            "The photographer was struck on the shoulder with a truncheon by an officer.",
            "physical_attack",
        ),
        (
            "The channel terminated the presenter's contract a day after the broadcast.",
            "economic_pressure",
        ),
        (
            "An envelope containing a bullet was delivered to the editor of the weekly.",
            "intimidation",
        ),
        (
            "Police officers refused entry to a dozen reporters at the courthouse.",
            "access_obstruction",
        ),
        (
            "The reporter lost control of her Facebook account for three days.",
            "digital_attack",
        ),
        (
            "Акимат три месяца держал без ответа запрос газеты.",
            "information_refusal",
        ),
        (
            "Тілшіге «жазуды тоқтатпасаң, өкінесің» деп жазды.",
            "intimidation",
        ),
        // Round 24 (set 68's misses, my own sentences): the object of an arrest before "who was
        // filming" (not a witness), hours in a cell, passwords handed over, an unanswered
        // request told with "ни на один", found dead and a first warning in Kazakh.
        (
            "Police arrested a freelance journalist who was filming a protest.",
            "detention",
        ),
        (
            "The reporter spent about eleven hours in a cell at a police station.",
            "detention",
        ),
        (
            "Officers made the photographer hand over the passwords to her laptop.",
            "raid_seizure",
        ),
        (
            "Министерство не ответило ни на один запрос редакции.",
            "information_refusal",
        ),
        ("Газет тілшісі өз үйінде өлі табылды.", "killing"),
        (
            "Журналистке «Бұл — бірінші ескерту» деген хат келді.",
            "intimidation",
        ),
        // Round 25 (set 70's misses, my own sentences): passport control no longer vetoes a
        // travel restriction; a freedom of information application; a production order; an
        // unanswered request in the present tense; a screen that is equipment, not a phone's
        // lock screen; readers' numbers demanded.
        (
            "The journalist was stopped at passport control at the airport.",
            "travel_restriction",
        ),
        (
            "The ministry refused the reporter's freedom of information application.",
            "information_refusal",
        ),
        (
            "Police obtained a production order for the broadcaster's unaired footage.",
            "surveillance",
        ),
        (
            "Управление больше месяца не отвечает на запрос портала.",
            "information_refusal",
        ),
        (
            "У журналиста объектив и экран камеры разбиты.",
            "property_damage",
        ),
        (
            "Полиция газет редакциясынан оқырмандардың телефон нөмірлерін беруді талап етті.",
            "surveillance",
        ),
        // Round 26 (set 72's misses, my own sentences).
        (
            "The reporter spends night in police cell after filming a rally.",
            "detention",
        ),
        (
            "Блогеру прислали сообщения с обещаниями «переломать руки».",
            "intimidation",
        ),
        // Round 27 (sets 73 to 78's misses, my own sentences).
        (
            "The MP described the editors of two newspapers as \"hyenas\" during the debate.",
            "intimidation",
        ),
        (
            "Officers unplugged and removed the station's transmitter and two computers.",
            "raid_seizure",
        ),
        (
            "The websites of two exile news outlets stopped loading on local networks last week.",
            "blocking_shutdown",
        ),
        (
            "The amendment that parliament pushed through gives the ministry control of the public broadcaster.",
            "restrictive_law",
        ),
        (
            "Портал «Вести» направил в акимат запрос. Запрос остался без ответа.",
            "information_refusal",
        ),
        (
            "Начальник полиции советовал блогеру прекратить писать о коррупции.",
            "intimidation",
        ),
        (
            "В деле есть расшифровки телефонных разговоров журналиста.",
            "surveillance",
        ),
        // The nineteenth session's rounds 30 and 31 (each missed by its first build).
        (
            "Presenter Julia Ortiz was let go by the regional channel two days after the interview.",
            "economic_pressure",
        ),
        (
            "The electoral council did not issue accreditation to eighteen journalists.",
            "accreditation",
        ),
        (
            "The ministry has still not answered the newspaper's request, 45 days on.",
            "information_refusal",
        ),
        (
            "Security staff would not let the television crew into the press gallery.",
            "access_obstruction",
        ),
        (
            "A judge turned down the reporter's application to travel abroad.",
            "travel_restriction",
        ),
        (
            "The court granted police five days' remand to investigate the editor.",
            "prosecution",
        ),
        (
            "Mobile internet remains suspended in the district, a correspondent said.",
            "blocking_shutdown",
        ),
        (
            "Под постами журналистки началась волна оскорблений.",
            "intimidation",
        ),
        (
            "Полицейский ответил, что журналистам здесь делать нечего.",
            "access_obstruction",
        ),
        (
            "Пользователи утратили доступ к сайту независимого издания.",
            "blocking_shutdown",
        ),
        (
            "Агентство отказало во внесении в реестр двум новостным сайтам.",
            "accreditation",
        ),
        // The twentieth session's (each missed by its first build).
        (
            "Hackers seized control of the X account of a senior correspondent.",
            "digital_attack",
        ),
        (
            "Since Monday night our website cannot be opened from the networks of the two largest mobile operators.",
            "blocking_shutdown",
        ),
        (
            "Three reporters were escorted back to the street and kept out of the weekly press conference.",
            "access_obstruction",
        ),
        (
            "The prosecutor sent the reporter a letter asking her to identify the person who supplied the documents.",
            "surveillance",
        ),
        (
            "On the facade, the attackers sprayed the word traitors and the name of the editor of the weekly.",
            "intimidation",
        ),
        ("The portal then took the ministry to court.", "civil_case"),
        (
            "Три месяца тишины: министерство не отвечает на наши запросы о тендере.",
            "information_refusal",
        ),
        (
            "The provincial government has suspended for six months the media accreditation of two reporters of the online outlet.",
            "accreditation",
        ),
        (
            "Mobile internet and phone services have been down since Monday in eight townships, residents and local media said.",
            "blocking_shutdown",
        ),
        (
            "The radio station said that its Facebook page, which has about 90,000 followers, had been taken over by unknown hackers.",
            "digital_attack",
        ),
        (
            "I am a reporter. I was kept in a room without windows for 11 days.",
            "detention",
        ),
        (
            "Злоумышленники завладели Telegram-каналом городского новостного проекта.",
            "digital_attack",
        ),
        (
            "Две недели редакции звонили и писали, что если мы не прекратим серию, «будет хуже».",
            "intimidation",
        ),
        (
            "Почти одновременно в сети появился сайт с почти таким же адресом, с логотипом газеты.",
            "digital_attack",
        ),
        (
            "Полиция интернет-телеарнаның операторын ұстады.",
            "detention",
        ),
        (
            "Жол полициясы түсірілім тобын жүз метрден жақын жібермей қойды.",
            "access_obstruction",
        ),
        (
            "The reporter said he was offloaded at Islamabad airport.",
            "travel_restriction",
        ),
        (
            "The editor received a message saying \"your days are numbered\".",
            "intimidation",
        ),
        (
            "A dead rat was left on the doorstep of the newspaper's office.",
            "intimidation",
        ),
        (
            "Редактору газеты пришло сообщение: «Твои дни сочтены».",
            "intimidation",
        ),
        (
            "Журналистке «күнің санаулы» деген хат келді.",
            "intimidation",
        ),
        (
            "The newspaper's request for the documents was rejected as \"classified\".",
            "information_refusal",
        ),
        // Round 33 (the twenty-first session): kin visited at home, the object first in
        // Russian; a camera beaten against asphalt; no answer at all.
        (
            "Two men came to his mother's house and asked when the reporter leaves home.",
            "intimidation",
        ),
        (
            "К родителям журналиста пришли сотрудники полиции.",
            "intimidation",
        ),
        (
            "Нападавший ударил камеру оператора об асфальт.",
            "property_damage",
        ),
        (
            "Редакцияның сұрауына ешқандай жауап келмеді.",
            "information_refusal",
        ),
        // Round 34 (the twenty-second session): a case booked, a signal switched off,
        // a threat about one's family, an account entered by strangers in Kazakh, requests sat on
        // and left without a single answer.
        (
            "The editor was booked under the public order ordinance.",
            "prosecution",
        ),
        (
            "The regulator switched off the signal of the regional television channel.",
            "blocking_shutdown",
        ),
        (
            "The note left for the reporter read: think about your family.",
            "intimidation",
        ),
        (
            "Тілшінің аккаунтына бөгде біреу кіріп, оның атынан хабарлама жіберген.",
            "digital_attack",
        ),
        (
            "For six months the ministry has been sitting on the newspaper's request for the contracts.",
            "information_refusal",
        ),
        (
            "Редакция направила три запроса в министерство, но ни на один из них ответа не последовало.",
            "information_refusal",
        ),
        // Round 35 (the twenty-third session): applications to cover an event turned down,
        // a contract ended by the board, mobile data cut, answers late or not yet given in Kazakh.
        (
            "The media commission rejected applications by two foreign journalists to cover the summit.",
            "accreditation",
        ),
        (
            "The board voted to end the editor's contract a week after the story ran.",
            "economic_pressure",
        ),
        (
            "В центре города у всех операторов отключена мобильная передача данных.",
            "blocking_shutdown",
        ),
        (
            "Газеттің сұрауына басқарма бір айдан соң ғана жауап берді.",
            "information_refusal",
        ),
        (
            "Редакцияның сауалына басқарма әлі жауап берген жоқ.",
            "information_refusal",
        ),
        (
            "The cybercrime law, in force since 2020, is used against journalists who publish \
             information the authorities consider false.",
            "restrictive_law",
        ),
        (
            "On Monday the group's human resources department dismissed staff reporter Sabbir \
             Khan, who wrote the article.",
            "economic_pressure",
        ),
        (
            "The reporter found a note nailed to her door on Sunday.\n\nIt read: \"This is the \
             first warning.\"",
            "intimidation",
        ),
        // Said to "you" after a sentence that names the reporter: the reporter is the one
        // acted on, as in an account in the first person.
        (
            "Anna Lee is an investigative reporter for the Daily Post.\n\n\"Someone has been \
             stalking you for weeks,\" the detective told her.",
            "intimidation",
        ),
        // Round 36: reporters told they may not pass; questioned under a section of an act;
        // a camera smashed on the ground.
        (
            "Police told reporters they could not enter the village or film the evictions.",
            "access_obstruction",
        ),
        (
            "The reporter, who covers land deals for the weekly, said police had called her to \
             the district headquarters, where she was questioned under Section 233 of the Act.",
            "prosecution",
        ),
        (
            "Белгісіз адам тілшінің камерасын тартып алып, жерге ұрды.",
            "property_damage",
        ),
        // Set 115's: struck off a guest list.
        (
            "Security officers stopped the reporter at the palace gate, telling her that her \
             name had been removed from the list of press.",
            "access_obstruction",
        ),
        // Set 115's: a journalist sentenced, the verb first.
        (
            "Суд приговорил журналиста к шести годам колонии.",
            "prosecution",
        ),
        // Set 113's: a case filed under an act.
        (
            "A local reporter was sent to jail in a case filed under the Digital Security Act.",
            "prosecution",
        ),
        // Set 111's: a venue four words after the verb; spyware.
        (
            "Корреспондентов двух изданий не пустили в четверг утром на сессию маслихата.",
            "access_obstruction",
        ),
        (
            "Журналистің смартфонынан тыңшы бағдарламаның іздері табылды.",
            "surveillance",
        ),
        // Round 37's: a claim with its sum between, the sum claimed "of up to", restrictions
        // on accreditation as a noun.
        (
            "A property developer has filed a claim for 2 million shillings in aggravated \
             damages against the weekly and its editor.",
            "civil_case",
        ),
        (
            "The mayor is seeking damages of up to 50,000 euros from the newspaper and two of \
             its reporters.",
            "civil_case",
        ),
        (
            "The union documented new restrictions on press accreditation at the parliament.",
            "accreditation",
        ),
        // Round 39 (twenty-seventh session).
        (
            "The police are investigating the chief editor of a news website over an article \
             on a court case.",
            "prosecution",
        ),
        (
            "The media authority cancelled the work permit of a local correspondent.",
            "accreditation",
        ),
        (
            "Regulator withdraws the FM licence of a community radio station.",
            "blocking_shutdown",
        ),
        (
            "Our correspondent has not been allowed into the courtroom.",
            "access_obstruction",
        ),
        (
            "Корреспондента сайта отпустили из отдела полиции только вечером.",
            "detention",
        ),
        (
            "В протоколе написано, что журналистка не выполнила законные требования полиции.",
            "prosecution",
        ),
        // Round 40 (twenty-eighth session).
        (
            "The freelance journalist was referred to secondary inspection.",
            "travel_restriction",
        ),
        (
            "Her application for a press card has been pending for fourteen months.",
            "accreditation",
        ),
        (
            "The council voted to move its legal notices from the weekly newspaper to a free \
             shopper.",
            "economic_pressure",
        ),
        (
            "Суд признал недействительным свидетельство о регистрации сетевого издания.",
            "accreditation",
        ),
        (
            "Пресс-служба мэрии перестала отвечать на запросы редакции.",
            "information_refusal",
        ),
        (
            "Басқарма газет тілшісінің сұрауына уақтылы жауап бермеді.",
            "information_refusal",
        ),
        // Round 41 (twenty-ninth session).
        (
            "Border police refused entry to a television crew at the crossing.",
            "travel_restriction",
        ),
        (
            "The editor of the evening bulletin was relieved of his duties on Monday.",
            "economic_pressure",
        ),
        (
            "Guards ushered the reporters out of the council chamber.",
            "access_obstruction",
        ),
        (
            "Photographers were ordered to move behind a police line, where they could not see \
             the arrests.",
            "access_obstruction",
        ),
        (
            "The broadcaster declined to renew the contract of its best-known presenter.",
            "economic_pressure",
        ),
        (
            "The reporter says not one of her questions has received a reply.",
            "information_refusal",
        ),
        ("Полицейские выводят журналистов за ограждение.", "access_obstruction"),
        (
            "С 1 марта в области действует постановление, запрещающее журналистам снимать в \
             больницах без согласования.",
            "restrictive_law",
        ),
        ("У журналиста забрали телефон для осмотра.", "raid_seizure"),
        ("Журналист көлігінен трекер тапты.", "surveillance"),
        (
            "Қалалық аурухана газеттің тілшісін қабылдау бөліміне кіргізбеді.",
            "access_obstruction",
        ),
        ("Белгісіз адамдар блогердің атынан аккаунт ашты.", "digital_attack"),
        (
            "Басылым шетелдік көздерден қаржы алатындар тізіліміне енгізілді.",
            "economic_pressure",
        ),
        // Round 42 (thirtieth session).
        (
            "The judges imposed a ban on reporting the testimony of the two defendants, and the \
             journalists left the courtroom.",
            "censorship",
        ),
        (
            "Someone took over the newspaper's Telegram account overnight.",
            "digital_attack",
        ),
        (
            "The reporter was pushed to the ground by security guards.",
            "physical_attack",
        ),
        (
            "Police officers removed the station's mixing console, two laptops and its \
             transmitter.",
            "raid_seizure",
        ),
        (
            "The regulator ordered Radio Nova, a community station in the north, to stop \
             broadcasting.",
            "blocking_shutdown",
        ),
        (
            "The newspaper's site was hit by 40,000 requests per second.",
            "digital_attack",
        ),
        ("Телеканал отменил показ выпуска программы о свалке.", "censorship"),
        (
            "На сервер редакции обрушилось 30 тысяч запросов в секунду.",
            "digital_attack",
        ),
        (
            "Сотрудникам администрации запрещается давать комментарии журналистам без \
             согласования.",
            "restrictive_law",
        ),
        ("Тілші үш сағаттан кейін босатылды.", "detention"),
        (
            "Журналистке Өзбекстан Республикасына кіруге рұқсат етілмеді.",
            "travel_restriction",
        ),
        (
            "Полицей оператордың телефонындағы бейнені өшіріп тастады.",
            "raid_seizure",
        ),
        (
            "Серверге секундына 50 мың сұраныс түсіп, газеттің сайты істен шықты.",
            "digital_attack",
        ),
        // Round 43 (thirty-first session).
        (
            "The parliament's office refused to renew the annual press accreditation of a \
             correspondent for the weekly.",
            "accreditation",
        ),
        (
            "Two reporters were refused entry to the council chamber.",
            "access_obstruction",
        ),
        (
            "The ministry ordered the photojournalist to surrender his passport.",
            "travel_restriction",
        ),
        (
            "The reporter has been given the status of a suspect in the leak inquiry.",
            "prosecution",
        ),
        ("The editor faces a criminal trial over the article.", "prosecution"),
        (
            "Inspectors sealed the transmitter of the community radio station.",
            "blocking_shutdown",
        ),
        ("Корреспондентов газеты оттеснили к забору.", "access_obstruction"),
        (
            "Следователь потребовал от редакции сообщить фамилию автора статьи.",
            "surveillance",
        ),
        (
            "Трудовой договор с корреспондентом не продлили после публикации.",
            "economic_pressure",
        ),
        (
            "Правительство утвердило новый порядок взаимодействия министерств со средствами \
             массовой информации.",
            "restrictive_law",
        ),
        (
            "Администрация объявила о расторжении муниципального контракта с газетой.",
            "economic_pressure",
        ),
        ("Тергеуші тілшіден ақпарат көзін атауды талап етті.", "surveillance"),
        (
            "Облыстық басқарма журналистердің мектептерде жұмыс істеу тәртібін өзгертті.",
            "restrictive_law",
        ),
        (
            "Шекарада журналистке: «Сізге елге кіруге рұқсат жоқ», – деді.",
            "travel_restriction",
        ),
        (
            "The channel told the reporter that the interview was shelved.",
            "censorship",
        ),
        (
            "Of the 80 pages released to the newspaper, 70 were blacked out.",
            "information_refusal",
        ),
        (
            "The reporter was also formally made a suspect in the case.",
            "prosecution",
        ),
        (
            "The court granted an injunction against the weekly at the request of the developer.",
            "civil_case",
        ),
        (
            "People wrote to the reporter that they knew where she parked.",
            "intimidation",
        ),
        (
            "От рекламы в газете за лето отказались пять рекламодателей.",
            "economic_pressure",
        ),
        ("Подписка на районную газету оформлена не будет.", "economic_pressure"),
        (
            "The media authority decided not to renew the radio station's frequency licence.",
            "blocking_shutdown",
        ),
        // Round 45 (thirty-second session).
        (
            "The mayor is suing the weekly newspaper over its reports on the tender.",
            "civil_case",
        ),
        (
            "The reporter received an envelope containing a live round.",
            "intimidation",
        ),
        ("The two journalists were put into a police van.", "detention"),
        ("The reporters were driven to the police directorate.", "detention"),
        (
            "Journalists were kept behind a police line during the evictions.",
            "access_obstruction",
        ),
        (
            "The news site has been inaccessible on the university network since Tuesday.",
            "blocking_shutdown",
        ),
        (
            "The information commissioner ordered the ministry to respond to the newspaper's \
             requests.",
            "information_refusal",
        ),
        (
            "A man followed her home from the newsroom every night for a week.",
            "intimidation",
        ),
        (
            "The court granted an interim interdict against the Sunday newspaper.",
            "censorship",
        ),
        (
            "Закон, обязывающий владельцев каналов подавать сведения о себе в Роскомнадзор, \
             действует уже несколько месяцев.",
            "restrictive_law",
        ),
        (
            "Journalists were prevented on Monday from entering the headquarters of the \
             parliament.",
            "access_obstruction",
        ),
        ("Reporters turned away from budget session", "access_obstruction"),
        (
            "Шекарашылар журналистің телефонын, ноутбугын алып, бәрін ақтарып шықты.",
            "raid_seizure",
        ),
        (
            "Белгіленген мерзім өтсе де басқармадан газетке хабар болмады.",
            "information_refusal",
        ),
        // A patronymic (Сәбитқызы) is no infant (сәби).
        (
            "Тілші Айгүл Сәбитқызы учаскеге кіре алмады.",
            "access_obstruction",
        ),
        (
            "Полицейлер журналисті аудандық полиция бөліміне «анықтау үшін» алып барды.",
            "detention",
        ),
        ("Журналист арнаулы мекемеде екі тәулік отырды.", "detention"),
        ("Нашего корреспондента на входе развернули.", "access_obstruction"),
        ("Финансирование газеты урезали на 40 процентов.", "economic_pressure"),
        (
            "Злоумышленники удалили из числа администраторов сообщества газеты всех \
             сотрудников редакции.",
            "digital_attack",
        ),
        (
            "Неизвестные получили доступ к официальному сообществу газеты во «ВКонтакте».",
            "digital_attack",
        ),
        // Round 46.
        (
            "The regulator suspended the bimonthly for three months.",
            "blocking_shutdown",
        ),
        (
            "One caller told our business reporter that people know where her family lives.",
            "intimidation",
        ),
        (
            "The broadcaster was told to send scripts to the ministry before airtime.",
            "censorship",
        ),
        (
            "Охрана отказалась пропустить журналиста в здание.",
            "access_obstruction",
        ),
        (
            "Журналистов не пускают на третий этаж, где идёт заседание.",
            "access_obstruction",
        ),
        (
            "Тілшілер аккредитацияға өтінім берді, бірақ «аккредитация лимиті толды» деген \
             жауап алды.",
            "accreditation",
        ),
        (
            "Күзетші журналистің барлық файлын өз қолымен өшірді.",
            "raid_seizure",
        ),
        // A spoofed site is no parody.
        (
            "Fake accounts and a spoof website impersonate a TV reporter. The spoof site was \
             still online on Sunday.",
            "digital_attack",
        ),
        (
            "Сот газетке келесі нөмірде теріске шығару жариялауды жүктеді.",
            "censorship",
        ),
        (
            "Ректордың бұйрығымен ол редакторлық қызметтен босатылды.",
            "economic_pressure",
        ),
        (
            "Деканның орынбасары студент-журналистерден ақпаратты кімнен алғанын сұрады.",
            "surveillance",
        ),
        // Round 47: an expulsion by immigration authorities is told by its verb.
        (
            "Immigration authorities expelled a freelance photojournalist.",
            "travel_restriction",
        ),
        ("Журналистов внутрь не пустили.", "access_obstruction"),
        (
            "The officer asked the reporter to tell him who leaked the document.",
            "surveillance",
        ),
        // Round 48.
        (
            "The journalist is on trial for obstructing a police investigation.",
            "prosecution",
        ),
        // A quotation between the journalist's name and "у неё" goes on with her.
        (
            "Задержана наш корреспондент Анна. Она написала в чат: «Везут в отдел. Рука \
             болит». Телефон у неё забрали в автобусе.",
            "raid_seizure",
        ),
        // Round 49: a request not responded to, a deemed refusal, a station shut down for days,
        // a transmitter switched off, a gag on staff, a reporter laid off, a state order cut, a
        // source's name demanded, a concussion, fake traffic, a protocol drawn up, a removed
        // article, an akimat's filming rules in force.
        (
            "The ministry has failed to respond to the newspaper's request for the contracts.",
            "information_refusal",
        ),
        (
            "The newspaper treats the ministry's silence as a deemed refusal.",
            "information_refusal",
        ),
        (
            "A community radio station in the far north of the country was shut down for ten days.",
            "blocking_shutdown",
        ),
        (
            "The council ordered the station's transmitter switched off.",
            "blocking_shutdown",
        ),
        (
            "Мэр запретил учителям давать комментарии журналистам.",
            "restrictive_law",
        ),
        (
            "Через две недели после эфира сократили журналистку.",
            "economic_pressure",
        ),
        (
            "Газеттің мемлекеттік ақпараттық тапсырысы қысқарды.",
            "economic_pressure",
        ),
        (
            "Полиция журналистен видео жіберген адамның атын айтуды талап етті.",
            "surveillance",
        ),
        ("Журналист ми шайқалуымен ауруханаға түсті.", "physical_attack"),
        ("Газеттің сайтына жасанды трафик жіберілді.", "digital_attack"),
        (
            "Хаттаманы аудандық полиция бөлімі толтырған, деді блогер.",
            "prosecution",
        ),
        (
            "Алынып тасталған мақаланың авторы мәтінді Facebook-та жариялады.",
            "censorship",
        ),
        (
            "Әкімдіктің қаулысымен бекітілген журналистердің түсірілім жүргізу тәртібі күшіне \
             енді.",
            "restrictive_law",
        ),
        // Round 50: dragged out of a car, suspended indefinitely, passes not approved, a
        // correction demanded, "закрыть тему", an address named, a licence not renewed, a
        // video asked down, a podcast's host, a building pass blocked, told to leave, not let
        // observe the count, a deleted article.
        (
            "Armed men dragged the radio presenter out of his car.",
            "physical_attack",
        ),
        (
            "The broadcaster suspended its presenter indefinitely.",
            "economic_pressure",
        ),
        (
            "Parliament's office said the reporters' applications for press passes had been \
             \"not approved\".",
            "accreditation",
        ),
        (
            "The ministry demanded that the paper publish a correction on page two.",
            "censorship",
        ),
        (
            "Журналист получил сообщения с требованием «закрыть тему».",
            "intimidation",
        ),
        (
            "Неизвестный прислал корреспонденту сообщение с упоминанием адреса его дочери.",
            "intimidation",
        ),
        (
            "Нацсовет отказал радиостанции в продлении лицензии.",
            "blocking_shutdown",
        ),
        ("Пресс-служба попросила редакцию убрать видео.", "censorship"),
        ("Подкаст жүргізушісін полиция ұстады.", "detention"),
        (
            "Журналистің ғимаратқа кіретін рұқсатнамасы бұғатталды.",
            "accreditation",
        ),
        (
            "Учаскелік комиссия төрағасы тілшіні шығып кетуді талап етті.",
            "access_obstruction",
        ),
        (
            "Тілшіге дауыс санауды бақылауға мүмкіндік берілмеді.",
            "access_obstruction",
        ),
        (
            "Жойылған мақаланың авторы редакцияға шағым жазды.",
            "censorship",
        ),
        // Rounds 51 and 52: media staff not let through, kept waiting outside, ads stopped,
        // taken away with the camera, gear not returned, "подумать о здоровье", a new article
        // on false information, throttled to 2G.
        (
            "Police at the gate had orders not to let any media staff through.",
            "access_obstruction",
        ),
        (
            "Reporters were kept waiting outside the gate for two hours.",
            "access_obstruction",
        ),
        (
            "The provincial government ordered the stoppage of government advertisements to the \
             daily.",
            "economic_pressure",
        ),
        (
            "Police took the reporter away, along with his camera and two phones.",
            "raid_seizure",
        ),
        ("The reporter's camera has still not been returned.", "raid_seizure"),
        (
            "Корреспонденту в сообщениях предлагали «подумать о здоровье».",
            "intimidation",
        ),
        (
            "Парламент ввёл новую статью о распространении ложной информации.",
            "restrictive_law",
        ),
        (
            "Operators were told to cut mobile data to 2G speed in the city, the newspaper said.",
            "blocking_shutdown",
        ),
        // Round 55: mobile internet stopped working.
        (
            "В центре города во время митинга перестал работать мобильный интернет, сообщила \
             редакция.",
            "blocking_shutdown",
        ),
        // Round 56: copies taken from vendors, a court challenge by reporters, gear to be
        // returned, abuse aimed at a reporter, a duty on journalists, a phone broken on the
        // kerb; a threat on a condition (kk).
        (
            "Municipal officers confiscated about 500 copies of the weekly from vendors at the bus \
             station.",
            "censorship",
        ),
        (
            "Three reporters have gone to the High Court to challenge the county's filming permit \
             rules.",
            "civil_case",
        ),
        (
            "Officers said the reporters' cameras would be returned after a review.",
            "raid_seizure",
        ),
        (
            "Под постом депутата появились оскорбления в адрес журналистки.",
            "intimidation",
        ),
        (
            "Один из мужчин выхватил у журналиста телефон и разбил о бордюр.",
            "property_damage",
        ),
        (
            "По новым правилам журналисты обязаны уведомлять аппарат думы о своём приходе за три \
             дня.",
            "restrictive_law",
        ),
        (
            "Белгісіз адам тілшіге: «Тағы бір рет түсірсең, осы жерде қаласың», — деді.",
            "intimidation",
        ),
        // Round 57: filming said to be forbidden, a licence cancelled (present tense), the press
        // asked to leave, told to resign, a warning at the door and about a child's school, a
        // removal demanded (participle); a lens covered, a threat on a condition (kk).
        (
            "The journalists were told that filming was forbidden at the checkpoint.",
            "access_obstruction",
        ),
        (
            "Ministry cancels community radio station's licence",
            "blocking_shutdown",
        ),
        (
            "Председатель просит представителей СМИ покинуть зал.",
            "access_obstruction",
        ),
        (
            "Директор телеканала сказала журналистке: «Напиши по собственному».",
            "economic_pressure",
        ),
        (
            "Незнакомец пришёл к блогеру домой и сказал, что тот лезет не туда.",
            "intimidation",
        ),
        (
            "Он спросил у журналиста, в какую школу ходит его сын.",
            "intimidation",
        ),
        (
            "Сайт газеты удалил заметку после письма чиновника, потребовавшего снять материал.",
            "censorship",
        ),
        (
            "Бір полицей оператордың камерасының объективін алақанымен жауып тұрды.",
            "access_obstruction",
        ),
        (
            "«Тағы бір видео шығарсаң, аман қалмайсың», – деді олар блогерге.",
            "intimidation",
        ),
        // Round 58: a court that orders answers to a newspaper's questions, a programme
        // suspended; house arrest in one word, "no permission to film", unable to get near, a
        // drone taken.
        (
            "Judge orders city hall to answer newspaper's questions on festival spending",
            "civil_case",
        ),
        (
            "Its presenter said the programme had been suspended after a call from city hall.",
            "censorship",
        ),
        ("Блогер екі айға үйқамаққа жіберілді.", "detention"),
        (
            "Полиция журналистерге: «Бөгет маңында түсіруге рұқсат жоқ», – деді.",
            "access_obstruction",
        ),
        (
            "Тілшілер бөгетке жақындай алмай тұр, полиция жолды бөгеп тұр.",
            "access_obstruction",
        ),
        (
            "Төтенше жағдайлар қызметкерлері блогердің дронын алып қойған.",
            "raid_seizure",
        ),
        // Round 59: stripped of a press card, an editor not released, a threat on a condition;
        // a file wiped; a warning on a condition (kk).
        (
            "Authorities decided to strip the veteran correspondent of his press card.",
            "accreditation",
        ),
        ("Five months on, the editor has not been released.", "detention"),
        (
            "\"Stay away from the quarry if you want to keep walking,\" the text sent to the \
             reporter said.",
            "intimidation",
        ),
        (
            "Приставы заставили корреспондента удалить весь файл.",
            "raid_seizure",
        ),
        (
            "«Айыртау таңы» тілшісіне: «Құрылыс туралы тағы жазсаң, аяғыңды аңдап бас» деген \
             ескерту айтылды.",
            "intimidation",
        ),
        // Round 60: a refusal to accredit, reporters called mouthpieces or agitators, a phone's
        // gallery gone through, a print run pulped; prior approval demanded (kk).
        (
            "Authorities said the council's refusal to accredit three outlets was final.",
            "accreditation",
        ),
        (
            "A congressman described the reporters as mouthpieces of terrorism.",
            "intimidation",
        ),
        ("The deputy called the journalists paid agitators.", "intimidation"),
        (
            "Полицейский пролистал галерею в телефоне корреспондента и удалил три видео.",
            "raid_seizure",
        ),
        ("Первый тираж газеты пустили под нож.", "censorship"),
        (
            "Әкімдік газеттен барлық материалдарды жарияланғанға дейін келісуді талап етті.",
            "censorship",
        ),
        // Round 61: a headline's "editor questioned", copies of an issue seized; a guard who
        // acts on the chief doctor's instruction is no victim (kk).
        (
            "Police raid news portal over flood-contract reports, editor questioned",
            "prosecution",
        ),
        (
            "Officers seized about 4,000 copies of the latest issue of the magazine.",
            "censorship",
        ),
        (
            "Газеттің тілшісі ауруханаға барған, бірақ күзет оны бас дәрігердің «нұсқауымен» \
             ғимаратқа кіргізбеген.",
            "access_obstruction",
        ),
        // Round 62: an outlet's bank account attached; reporters pushed back (kk).
        (
            "The bank said the newspaper's current account had been attached by the tax \
             department.",
            "economic_pressure",
        ),
        (
            "Полиция журналистер мен операторларды әкімдік ғимаратынан ығыстыра бастады.",
            "access_obstruction",
        ),
        // Round 63: a contract for publishing official notices ended early.
        (
            "Администрация уведомила издательский дом газеты о досрочном расторжении договора на \
             публикацию муниципальных актов.",
            "economic_pressure",
        ),
        // Round 64: "угрожающих сообщений".
        (
            "Корреспондент газеты получила серию угрожающих сообщений после публикации.",
            "intimidation",
        ),
        // Round 65: the person an article is about is not who the removal befell; footage
        // deleted before a phone is handed back is a raid's.
        (
            "The tribunal ordered the news site El Faro Sur to delete three articles about a \
             candidate for mayor.",
            "censorship",
        ),
        (
            "Two officers grabbed the reporter's phone and deleted the videos before handing it \
             back.",
            "raid_seizure",
        ),
        // Round 67: a death threat on a condition, a slur of hired killers, "counselling" at
        // police stations, a camera found broken some words away.
        (
            "Armed men burned the station's transmitter and warned its presenters they would be \
             killed if they kept talking about them.",
            "intimidation",
        ),
        (
            "The minister publicly branded the newspaper's reporters paid hitmen of the \
             opposition.",
            "intimidation",
        ),
        (
            "Journalists were repeatedly called to police stations for counselling after their \
             reports.",
            "intimidation",
        ),
        (
            "Фотоаппарат и объектив, с которыми фотограф газеты работал, разбиты.",
            "property_damage",
        ),
        // Round 68 (kk): a phone's gallery wiped, a fake channel in the outlet's name, approval
        // demanded before publication.
        (
            "«Телефонымды алып, галереядағы бүгінгі видеолардың бәрін өз көзімше өшірді», – деді \
             блогер.",
            "raid_seizure",
        ),
        (
            "Біздің атымыздан жалған арна ашылды, деп хабарлады редакция.",
            "digital_attack",
        ),
        (
            "Басқарма бізден барлық материалдарды жарияланар алдында келісуді талап етті, деді \
             газет редакторы.",
            "censorship",
        ),
        // Round 71: a closure told once with its object or in the passive with "down".
        (
            "Security forces shut down two independent radio stations in the north.",
            "blocking_shutdown",
        ),
        (
            "The weekly was closed down by the information ministry.",
            "blocking_shutdown",
        ),
        // Round 73: a headline's present tense; reporters let in but not let ask; the story a
        // paper ran (a contractor's unpaid bills) takes nothing from the refusal told after it.
        (
            "Government shuts state news agency, website goes dark",
            "blocking_shutdown",
        ),
        // Round 74: a forced correction; state television as the victim, not the source; stories
        // cleared with officials before airing (ru, kk); the people a meeting is with (kk); silence
        // past the legal deadline (kk); kept out of the country (kk).
        (
            "The district administrator forced the community radio station to broadcast a \
             correction written by his office.",
            "censorship",
        ),
        (
            "State television pulled the debate from its schedule minutes before airtime.",
            "censorship",
        ),
        (
            "Все сюжеты о свалке теперь согласуются с пресс-службой администрации до эфира.",
            "censorship",
        ),
        (
            "Газет тілшісі әкімнің тұрғындармен кездесуіне кіре алмады.",
            "access_obstruction",
        ),
        (
            "Заңда белгіленген мерзім өтіп кетсе де, бөлім редакция сауалына үн қатпай отыр.",
            "information_refusal",
        ),
        (
            "Қырғыз журналисі Қазақстан аумағына жіберілмеді.",
            "travel_restriction",
        ),
        // Round 75: threats in pictures; a money claim against a weekly; a witness with the
        // right to a defence (kk); a hearing on a road-accident case (kk) is still a hearing.
        (
            "The reporter received messages with photos of her home and her children.",
            "intimidation",
        ),
        (
            "The developer filed a 2.5 million peso claim against the weekly.",
            "civil_case",
        ),
        (
            "Журналистке қорғалу құқығы бар куә мәртебесі берілді.",
            "prosecution",
        ),
        (
            "Телеарнаның тілшісін аудандық соттағы жол-көлік оқиғасы бойынша ашық сот отырысына \
             кіргізбеді.",
            "access_obstruction",
        ),
        (
            "Journalists were not allowed to ask questions at the mayor's briefing.",
            "information_refusal",
        ),
        (
            "The paper had published a series of reports on unpaid bills owed by the city to its \
             contractor. Its reporters were not allowed to ask questions at the mayor's briefing.",
            "information_refusal",
        ),
        // Round 80: a reporter kept in a cell, a passport retained, a threat to the family, mobile
        // data stopped by a deliberate restriction, a camera to be lowered; a camera snatched
        // and its recordings erased (kk), threats on top of money troubles (kk), a letter left
        // unanswered (ru), filming not allowed with the verb first (ru), filming now banned
        // (ru).
        (
            "Police kept a radio reporter in a cell overnight after he filmed officers.",
            "detention",
        ),
        (
            "Officials retained the reporter's passport at the border.",
            "travel_restriction",
        ),
        (
            "The reporter said an officer told him to think about his family.",
            "intimidation",
        ),
        (
            "Monitors called the drop a deliberate restriction: mobile data had stopped working \
             across the city, the newspaper said.",
            "blocking_shutdown",
        ),
        (
            "A TV crew from a private channel was ordered to lower its camera.",
            "access_obstruction",
        ),
        (
            "Күзетшілер тілшінің камерасын тартып алып, соңғы жазбаларды өшірді.",
            "raid_seizure",
        ),
        (
            "Газеттің қаржылық қиындықтары аздай, редакторға қоқан-лоқылар басталды.",
            "intimidation",
        ),
        (
            "Повторное письмо редакции тоже осталось без ответа.",
            "information_refusal",
        ),
        (
            "Снимать дальше с этой точки корреспонденту не дали.",
            "access_obstruction",
        ),
        (
            "Теперь в области запрещено фотографировать и снимать последствия атак.",
            "restrictive_law",
        ),
        // Round 81: told they would regret it, told they had to stop filming; a subsidy cut
        // with the subsidy first (ru), pushed in the chest (ru), a phone returned without its
        // videos (ru).
        (
            "The businessman called the reporter and said she would regret this.",
            "intimidation",
        ),
        (
            "The reporter said an officer came up and said she had to stop filming.",
            "access_obstruction",
        ),
        (
            "Субсидия газете из городского бюджета сократилась почти втрое.",
            "economic_pressure",
        ),
        (
            "Один из полицейских толкнул журналистку в грудь, она упала.",
            "physical_attack",
        ),
        (
            "Журналистке вернули телефон уже без последних трёх роликов.",
            "raid_seizure",
        ),
        // Round 82: ordered to halt publication, registration refused, emails with no answer;
        // a centre for holding foreigners (ru), graffiti that brands (ru), left off the list of
        // accredited media (kk), the connection cut at an authority's demand (kk).
        (
            "The ministry ordered the monthly magazine to halt publication for 30 days.",
            "blocking_shutdown",
        ),
        (
            "The ministry refused registration to three news websites.",
            "accreditation",
        ),
        (
            "Six weeks, eleven emails, no answer: the newspaper is still waiting for the \
             ministry's figures.",
            "information_refusal",
        ),
        (
            "Корреспондент четверо суток провёл в центре временного содержания иностранных \
             граждан.",
            "detention",
        ),
        (
            "Дверь редакции исписали надписями «предатели».",
            "intimidation",
        ),
        (
            "Әкімдіктің баспасөз қызметі аккредиттелген БАҚ тізіміне біздің редакцияны \
             енгізбеді.",
            "accreditation",
        ),
        (
            "Абоненттерге байланыс «уәкілетті органның талабы бойынша уақытша шектелгені» \
             туралы хабарлама келді.",
            "blocking_shutdown",
        ),
        // Round 83: reporters not let through; "the first warning" (ru).
        (
            "Police have formed a cordon and are not letting reporters through.",
            "access_obstruction",
        ),
        (
            "Утром блогеру пришло сообщение: «Это было первое предупреждение».",
            "intimidation",
        ),
        // Round 84: a regulator's new rules, "we know where to find you".
        (
            "The regulator has adopted new rules requiring every online news outlet to obtain \
             prior authorisation.",
            "restrictive_law",
        ),
        (
            "The men warned the cameraman: we know where to find you.",
            "intimidation",
        ),
        // Round 85: a film about drugs pulled (the drugs are its topic), a page's host held, a
        // page closed on an instruction; a conditional threat (ru).
        (
            "A film about drugs was pulled from the schedule of a private channel hours before \
             broadcast.",
            "censorship",
        ),
        (
            "Police are holding the host of a popular Facebook news page.",
            "detention",
        ),
        (
            "Officials handed the administrators of the news page an instruction to close the \
             page within 48 hours.",
            "blocking_shutdown",
        ),
        (
            "«Будешь дальше такое про нас писать — будут проблемы, и у тебя, и у твоей газеты», \
             — сказал депутат корреспонденту.",
            "intimidation",
        ),
        // Round 86: a ban on advertising with "foreign agents" in force (ru).
        (
            "Весной вступил в силу запрет на размещение рекламы у иностранных агентов.",
            "restrictive_law",
        ),
        // Round 90: a report's interviewee (кейіпкер) is no character of fiction (kk).
        (
            "Материал кейіпкері сотқа жүгінді. Кейіпкеріміздің айтуынша, газет тілшісіне белгісіз \
             нөмірден қорқыту хабарламалары келген.",
            "intimidation",
        ),
        // Round 195: set 480's misses: ru a Telegram session 'с незнакомого устройства'
        (
            "Журналистка увидела в настройках Telegram активный сеанс с незнакомого \
             устройства.",
            "digital_attack",
        ),
        // Round 194: set 478's misses: reporters 'pushed ... back more than a block', jailed 'for
        // refusing to tell ... who had given him' a memo (a source demanded), 'YOU'RE NEXT'
        // sprayed on an office
        (
            "Police pushed the reporters back more than a block.",
            "access_obstruction",
        ),
        (
            "The reporter spent the night in a police cell after refusing to tell detectives \
             who had given him an internal memo.",
            "surveillance",
        ),
        (
            "Someone sprayed \"YOU'RE NEXT\" on the newspaper's office window.",
            "intimidation",
        ),
        // Round 193: set 476's misses: standing orders with 'tight limits on the filming', 'none
        // has received a substantive answer', an order 'forbidding any publication'; ru mobile
        // internet 'пропал' in a city's centre, 'удалил несколько видеофайлов', a case 'против
        // редактора' (its own 'в рамках' kept); kk a threat 'әйтпесе ұзақ отырады'
        (
            "Town councillors voted through new standing orders that place tight limits on \
             the filming of their meetings by reporters.",
            "restrictive_law",
        ),
        (
            "The newspaper sent eleven questions to the press office; none has received a \
             substantive answer.",
            "information_refusal",
        ),
        (
            "A judge made an order forbidding any publication of the defendant's name in the \
             newspaper.",
            "censorship",
        ),
        (
            "В районе площади пропал мобильный интернет, у журналистов не грузятся сайты.",
            "blocking_shutdown",
        ),
        (
            "Сотрудник полиции потребовал у фотокорреспондента показать снятое на телефон, а \
             затем сам удалил несколько видеофайлов.",
            "raid_seizure",
        ),
        (
            "Обыск в редакции проводится в рамках уголовного дела против редактора газеты.",
            "prosecution",
        ),
        (
            "Полицейлер блогердің анасына: ұлыңа айт, видеоларын өшірсін, әйтпесе ұзақ \
             отырады, деді.",
            "intimidation",
        ),
        // Round 192: set 474's misses: 'refused to let the reporters stay ... to document', 'has
        // not released a single page', a phone and laptop 'searched' at a crossing
        (
            "Officers refused to let the reporters stay at the camp to document the arrests.",
            "access_obstruction",
        ),
        (
            "The newspaper asked for the records in April; the health authority has not \
             released a single page since.",
            "information_refusal",
        ),
        (
            "Photojournalist denied entry after phone, laptop searched at border crossing",
            "raid_seizure",
        ),
        // Round 191: set 472's misses: ru a state information contract 'не получил'; kk login
        // attempts 'кіруге ... әрекет', an attack 'арнасына жасалған'
        (
            "Телеканал не получил государственный информационный заказ на следующий год.",
            "economic_pressure",
        ),
        (
            "Блогердің Google аккаунтына басқа елден кіруге үш рет әрекет жасалды.",
            "digital_attack",
        ),
        // Round 190: set 470's misses: gear taken 'as potential evidence', a brick through an
        // office window, paint poured over its door, an injunction that prevents publishing, an
        // acquittal, readers unable to open a paper's site; ru released after hours at a police
        // station; kk a reporter 'аккредиттелмеді'
        (
            "The photographer's laptop was taken as potential evidence.",
            "raid_seizure",
        ),
        (
            "A brick was thrown through the front window of the newspaper's office overnight.",
            "property_damage",
        ),
        (
            "Red paint was poured over the door of the newspaper's office.",
            "property_damage",
        ),
        (
            "An interim injunction currently prevents the newspaper from publishing its \
             investigation.",
            "censorship",
        ),
        (
            "The video journalist was found not guilty of aggravated trespass.",
            "prosecution",
        ),
        (
            "Readers of the local weekly newspaper were unable to open its website on library \
             computers.",
            "blocking_shutdown",
        ),
        (
            "Корреспондента сайта отпустили после трёх часов в отделе полиции.",
            "detention",
        ),
        (
            "Интернет-басылымның тілшісі әкімнің есеп беру кездесуіне аккредиттелмеді.",
            "accreditation",
        ),
        // Round 189: set 468's misses: a records request ignored, gear not returned, a newsletter
        // account broken into, a media policy in force, a police 'conversation' and a threat
        // about a child's school, a hearing that could not be filmed
        (
            "Someone gained access to the newspaper's email account and sent its readers a \
             fake message.",
            "digital_attack",
        ),
        (
            "The board voted to stop publishing its official notices in the weekly newspaper.",
            "economic_pressure",
        ),
        (
            "The reporter was released the next morning. His camera and phone were not \
             returned.",
            "raid_seizure",
        ),
        (
            "Police pushed the journalists back a block and a half; it was no longer possible \
             to see the arrests.",
            "access_obstruction",
        ),
        (
            "The city's new Communications Policy took effect on June 1. Our reporters' \
             questions have gone unanswered since.",
            "restrictive_law",
        ),
        (
            "Участковый пригласил блогера «просто поговорить» после его видео.",
            "intimidation",
        ),
        (
            "Блогеру сказали: понимаешь, где учится твой сын.",
            "intimidation",
        ),
        (
            "Тілші Айнұр карьерді ашу жөніндегі қоғамдық тыңдауды түсіре алмады.",
            "access_obstruction",
        ),
        // Round 187: a journalist treated 'as a criminal suspect' (en; a line the session's first
        // commit had taken out as never used, restored when set 465 needed it)
        (
            "Treating a journalist as a criminal suspect for reporting on a corruption \
             investigation is wrong, the editor said of the police search of the reporter's \
             home.",
            "prosecution",
        ),
        // Round 186: mobile internet that 'жұмысын тоқтатты' during a gathering (kk)
        (
            "Тұрғындар жиыны кезінде ауыл орталығында мобильді интернет жұмысын тоқтатты, \
             тілшілер материал жібере алмады.",
            "blocking_shutdown",
        ),
        // Round 184: cameras 'both' kept and gear retained as exhibits (en), a site out of reach
        // without a VPN after a long subject (ru)
        (
            "Police kept both cameras, a drone and six memory cards belonging to the \
             photographer.",
            "raid_seizure",
        ),
        (
            "The photojournalist's cameras and drone were retained as exhibits, police said.",
            "raid_seizure",
        ),
        (
            "С 4 июня сайт районной газеты недоступен у пользователей из Узбекистана без VPN.",
            "blocking_shutdown",
        ),
        // Round 182: a city that 'pulls the plug' on a channel (en)
        (
            "The city pulls the plug on the community TV channel.",
            "blocking_shutdown",
        ),
        // Round 181: an email account broken into, a site put on a network block list, legal
        // publications moved from a weekly (en), a cameraman held at a border post, accreditation
        // annulled after a clause (ru), footage deleted under pressure (kk)
        (
            "The reporter's work email account was broken into last week.",
            "digital_attack",
        ),
        (
            "The state IT office added the independent news site to its network block list.",
            "blocking_shutdown",
        ),
        (
            "The county commission voted to move its legal publications from the weekly \
             newspaper.",
            "economic_pressure",
        ),
        (
            "Пограничники продержали оператора телеканала на заставе три часа.",
            "detention",
        ),
        (
            "Корреспондентам издания сообщили, что их аккредитация, подтверждённая за неделю \
             до этого, аннулирована.",
            "accreditation",
        ),
        (
            "Полиция қызметкері телеарна операторын камерасының жадынан түсірілімді өшіруге \
             мәжбүрледі.",
            "raid_seizure",
        ),
        // Round 180: a credential application rejected, records a city failed to produce (en), a
        // court's refusal to reinstate a dismissed journalist (ru)
        (
            "The press gallery committee rejected a credential application from a statehouse \
             reporter.",
            "accreditation",
        ),
        (
            "The city has failed to produce any of the records the newspaper requested.",
            "information_refusal",
        ),
        (
            "Суд отказал уволенной журналистке в восстановлении на работе.",
            "civil_case",
        ),
        // Round 178: set 450's English and Russian misses (Montana and Wyoming, the Saratov and
        // Penza regions): gear booked into evidence, an exclusion from news conferences to be
        // ended
        (
            "Her camera and phone were booked into evidence, the reporter said after her \
             release.",
            "raid_seizure",
        ),
        (
            "The coalition asked the governor's office to end its exclusion of the Dispatch \
             reporter from news conferences.",
            "access_obstruction",
        ),
        // Round 177: set 448's misses (Northland, the Gomel region, Zhanibek and Kaztalov): all
        // media told to move back, a new procedure for media work set by a regional decision (ru)
        (
            "Our reporter was at the gate. Marae security told all media to move back to the \
             road, outside the gate.",
            "access_obstruction",
        ),
        (
            "Решение облисполкома устанавливает новый порядок работы представителей средств \
             массовой информации в приграничной зоне.",
            "restrictive_law",
        ),
        // Round 176: set 446's misses (Idaho and eastern Washington, the Abai region, Sozak and
        // Otyrar): a note telling a reporter to stop writing, a credential stripped or credential
        // requests declined, a firm paid to track reporters' social media, a station's signal
        // removed, a photographer cited, a station's page taken over, a bank stopping an outlet's
        // payments (ru), forced to quit (kk), a site that does not open in the country (kk)
        (
            "A typed note left in the reporter's car was telling her to stop writing about \
             the militia.",
            "intimidation",
        ),
        (
            "The House leadership decided to strip the Capitol reporter of his floor \
             credential.",
            "accreditation",
        ),
        (
            "Both reporters' credential requests had been declined following review, the \
             department said.",
            "accreditation",
        ),
        (
            "The city paid a private firm to track reporters' social media and flag who they \
             talked to.",
            "surveillance",
        ),
        (
            "The cable provider removed the station's signal early Friday after the council \
             vote.",
            "blocking_shutdown",
        ),
        (
            "A Ledger photographer was cited Saturday under a state law on police buffer zones.",
            "prosecution",
        ),
        (
            "The Facebook page of a news-talk radio station was taken over early Tuesday by \
             someone who posted scam links.",
            "digital_attack",
        ),
        (
            "По словам редактора, банк дважды приостанавливал входящие платежи медиацентра.",
            "economic_pressure",
        ),
        (
            "Газетте он жыл істеген тілші жұмысын тастауға мәжбүр болды.",
            "economic_pressure",
        ),
        (
            "Аудандық жаңалықтар сайты өткен жылдан бері Қазақстанда ашылмайды.",
            "blocking_shutdown",
        ),
        // Round 175: set 444's misses (Canterbury and Otago, Latgale, Raiymbek and Kegen): a
        // council's standing orders, a demand to name the source (ru: "настаивали, чтобы", no
        // purpose clause), a contract that "cannot be provided" (ru), reporters ordered to leave
        // the area (kk)
        (
            "The council's new standing orders ban anyone but the council from recording \
             meetings, reporters say.",
            "restrictive_law",
        ),
        (
            "Следователи настаивали, чтобы журналистка назвала человека, передавшего ей \
             рапорт.",
            "surveillance",
        ),
        (
            "Управа ответила газете, что договор предоставлен быть не может из-за \
             коммерческой тайны.",
            "information_refusal",
        ),
        (
            "Полиция алаңдағы журналистерге аумақтан кетуді бұйырды.",
            "access_obstruction",
        ),
        // Round 174: set 442's misses (Quebec's English-speaking communities, the Smolensk
        // region, Zhalagash and Karmakshy): footage deleted by police, a paper's street boxes
        // destroyed, an outlet dissolved by a resolution (kk)
        (
            "A videographer says officers were behind the deletion of her footage from two \
             memory cards.",
            "raid_seizure",
        ),
        (
            "Four of the Sentinel's street distribution boxes were destroyed overnight. The \
             Sentinel is a weekly newspaper in Sherbrooke.",
            "property_damage",
        ),
        (
            "Наурызда аудан әкімдігі газетті тарату туралы қаулы шығарды.",
            "blocking_shutdown",
        ),
        // Round 173: set 440's misses (Norfolk and Suffolk, Dashoguz and Lebap, Aktogay and
        // Shet): "should watch herself", every copy of an edition removed, no answers received,
        // reporters told by security to stay behind a cordon, pages sent for approval before an
        // issue comes out (ru)
        (
            "The club's reporter has been warned that she should watch herself round here.",
            "intimidation",
        ),
        (
            "Union staff removed every copy of the student newspaper's latest edition from \
             the stands.",
            "censorship",
        ),
        (
            "Six weeks and three reminders later, no answers have been received by the \
             newspaper.",
            "information_refusal",
        ),
        (
            "Reporters have been told by site security to stay behind a cordon far from the \
             gate.",
            "access_obstruction",
        ),
        (
            "Распоряжение обязывает редакции за три дня до выхода номера направлять \
             свёрстанные полосы в администрацию.",
            "censorship",
        ),
        // Round 172: set 438's misses (Waikato and the Bay of Plenty, Khorezm and Karakalpakstan,
        // East Kazakhstan): an advertisement cancelled (no longer boilerplate), "not open to
        // media", fines brought in by amendments (ru), a reporter kept from the crowd (ru), a
        // nurse who kept a reporter out (kk), "we know who you are" (kk)
        (
            "The district council cancelled every advertisement it placed in the weekly after \
             the paper's series on sewage spills.",
            "economic_pressure",
        ),
        (
            "Reporters were told the budget session was not open to media.",
            "access_obstruction",
        ),
        (
            "Поправки в кодекс вводят штрафы для блогеров и владельцев сайтов за \
             распространение недостоверной информации.",
            "restrictive_law",
        ),
        (
            "Полиция оцепила площадь: нашего корреспондента к собравшимся не пропускают.",
            "access_obstruction",
        ),
        (
            "Газеттің тілшісі ауруханаға барғанда, күзетші мен аға медбике оны ғимаратқа \
             кіргізбеген.",
            "access_obstruction",
        ),
        (
            "Әкім орынбасары блогерлерге «кім екендеріңізді білеміз» деді.",
            "intimidation",
        ),
        // Round 171: set 436's misses (Maine, the Bukhara and Navoi regions, North Kazakhstan):
        // reporters cleared out of a corridor or told to stay back, funding ended by a vote, gear
        // held as evidence, a reporter shoved, accreditation a photographer could not get (ru), an
        // outlet's own suit refused (ru), "shut your mouth" (kk)
        (
            "Deputies cleared reporters out of the corridor outside the mayor's office during \
             the talks.",
            "access_obstruction",
        ),
        (
            "Photographers were told to stay back behind the fire engines while the building \
             burned.",
            "access_obstruction",
        ),
        (
            "The council voted to end funding for the community radio station after it aired \
             a critical show.",
            "economic_pressure",
        ),
        (
            "Police kept the freelance photographer's camera, saying the device was held as \
             evidence.",
            "raid_seizure",
        ),
        (
            "Бухарский фотожурналист не смогла получить аккредитацию на фестиваль ремёсел.",
            "accreditation",
        ),
        (
            "Суд отказал интернет-изданию в иске к министерству информации.",
            "civil_case",
        ),
        (
            "Блогердің қақпасына «Аузыңды жап» деп жазылған қағаз жапсырылды.",
            "intimidation",
        ),
        // Round 169: set 432's misses (Nevada and Utah, the Kostanay region, the Aktobe region):
        // kit that stayed behind with the police
        (
            "The reporter was released, but her camera and memory cards stayed behind at the \
             sheriff's office.",
            "raid_seizure",
        ),
        // Round 168: set 430's misses (Oregon, the Vitebsk region, the Kyzylorda region): booked
        // into a jail on suspicion, unauthorized access to an outlet's website, fraudulent
        // copyright complaints, an owner letting a host go, a state information contract not
        // renewed
        (
            "The reporter was booked into the county jail on suspicion of trespass.",
            "prosecution",
        ),
        (
            "The newspaper issued a statement on unauthorized access to its website.",
            "digital_attack",
        ),
        (
            "Fraudulent copyright complaints took down the newspaper's videos.",
            "digital_attack",
        ),
        (
            "The newspaper's owner let her go two days after the story.",
            "economic_pressure",
        ),
        (
            "Әкімдік газетпен мемлекеттік ақпараттық тапсырыс туралы шартты ұзартпады.",
            "economic_pressure",
        ),
        // Round 167: set 428's misses (Cumbria and Lancashire, the Komi Republic, the Almaty
        // region): kit taken from a photographer at booking, a courtroom cleared of reporters, a
        // host suspending a news site, a letter before claim, an employment contract ended
        (
            "The photographer's camera and laptop were taken from him when he was booked in.",
            "raid_seizure",
        ),
        (
            "The bench cleared reporters from the courtroom before the hearing began.",
            "access_obstruction",
        ),
        (
            "The local news website went offline after its hosting company suspended the \
             account.",
            "blocking_shutdown",
        ),
        (
            "The developer's solicitors sent the blogger a letter before claim over the \
             posts.",
            "civil_case",
        ),
        (
            "Учредитель расторг с редактором газеты трудовой договор после публикации.",
            "economic_pressure",
        ),
        // Round 166: set 426's misses (Nova Scotia and New Brunswick, the Sughd region, the
        // Atyrau region): a reporter escorted out of the chamber, held at a police station, an
        // arm twisted, a push to leave 'of one's own will'
        (
            "The mayor asked the commissionaire to escort the reporter out of the chamber.",
            "access_obstruction",
        ),
        (
            "Журналист находится в отделе полиции, сообщили коллеги.",
            "detention",
        ),
        (
            "Полицейский прижал журналистку к стене и вырвал у неё телефон.",
            "physical_attack",
        ),
        (
            "Тілші редакция басшысы оны «өз еркімен» кетуге көндіргенін айтты.",
            "economic_pressure",
        ),
        // Round 165: set 424's misses (Yorkshire, Kyrgyzstan's Chui region, North Kazakhstan): an
        // editor forced out, a paper's budget frozen, notices placed elsewhere, a print run
        // pulped, restrictions on filming approved, administrative arrest (қамақ)
        (
            "The editor said she was forced out of her job after the review ran.",
            "economic_pressure",
        ),
        (
            "The magazine's publisher had 9,000 copies of the issue pulped.",
            "censorship",
        ),
        (
            "The student newspaper was left with its budget frozen after the story on \
             expenses.",
            "economic_pressure",
        ),
        (
            "The council is now placing its notices with alternative providers after the \
             newspaper's coverage.",
            "economic_pressure",
        ),
        (
            "New restrictions on filming by journalists at the harbour have been approved by \
             the council.",
            "restrictive_law",
        ),
        (
            "Аудандық сот блогерді 10 тәулік әкімшілік қамаққа алды.",
            "prosecution",
        ),
        // Round 164: set 422's misses (Hawaii, central Moldova, the Pavlodar region): a county's
        // notices moved to another paper, a laptop kept by border officers, an outlet asking a
        // court to lift an order, a programme pulled before air, a channel dropped from the cable
        // package
        (
            "The county told the newspaper that its legal notices and job ads would move to \
             another publication.",
            "economic_pressure",
        ),
        (
            "The reporter's laptop was kept by border officers for further examination.",
            "raid_seizure",
        ),
        (
            "The newspaper asked the appeals court to dissolve the restraining order that \
             bars it from publishing the records.",
            "civil_case",
        ),
        (
            "Муниципальное радио за час до эфира сняло дебаты о тарифах на воду.",
            "censorship",
        ),
        (
            "Аудандық телеарна кабельдік теледидар пакетінен алынып тасталды.",
            "blocking_shutdown",
        ),
        // Round 163: set 420's misses (northern Ontario, Ida-Viru, Turkestan region): a council
        // vote to restrict recording, a duty to register before recording, followed down a road,
        // a platform blocking news, the press not admitted, abusive letters, a slur painted on
        // the door, misdemeanour proceedings, reporters told to stand 100 metres off
        (
            "Council voted to restrict recording by reporters at its meetings.",
            "restrictive_law",
        ),
        (
            "Under the new rule, reporters who record council meetings have to register with \
             the clerk two days ahead.",
            "restrictive_law",
        ),
        (
            "The reporter said a grey pickup followed her down the highway after the hearing.",
            "intimidation",
        ),
        (
            "Meta began blocking news content for users in the province.",
            "blocking_shutdown",
        ),
        (
            "Корреспондент сказал, что пресса не была допущена к месту работ.",
            "access_obstruction",
        ),
        (
            "После публикации в редакцию приходили письма с оскорблениями.",
            "intimidation",
        ),
        (
            "На двери редакции краской написано слово «Предатели».",
            "intimidation",
        ),
        (
            "Против редакции начато производство по делу о проступке.",
            "prosecution",
        ),
        (
            "Полиция журналистерге ғимараттан 100 метр жерде тұруды талап етті.",
            "access_obstruction",
        ),
        // Round 162: set 418's Russian and Kazakh misses: a border service's refusal of entry in
        // its own words; administrative arrest as the court's penalty; a court finding that a
        // blogger broke an article; operators' words for a network cut
        (
            "Журналистке сказали, что въезд ей не разрешен.",
            "travel_restriction",
        ),
        (
            "Аудандық сот тілшіні 7 тәулікке әкімшілік қамауға алды.",
            "prosecution",
        ),
        (
            "Облыстық сот блогерді жиналыс өткізу тәртібін бұзды деп тапты.",
            "prosecution",
        ),
        (
            "Операторлар редакцияға желі жұмысы тоқтатылды деп жауап берді.",
            "blocking_shutdown",
        ),
        // Round 161: set 418's misses: a stop at a ferry terminal; gear taken from a photographer
        (
            "A freelance reporter was stopped and held for four hours at the ferry terminal \
             under counter-terrorism powers.",
            "travel_restriction",
        ),
        (
            "A photographer had her camera and phone taken from her by officers at the \
             protest.",
            "raid_seizure",
        ),
        // Round 160: set 416's misses: a documentary producer's judicial review of a production
        // order; a Schedule 7 border examination
        (
            "The documentary producer lodged an application for judicial review of the \
             production order.",
            "surveillance",
        ),
        (
            "The journalist was stopped and examined under Schedule 7 powers on her return \
             from London.",
            "travel_restriction",
        ),
        // Round 159: set 414's misses: Scots civil procedure (an action raised, a letter of
        // claim) against a news blog; council advertising lost; a camera thrown into the river;
        // devices copied at the airport; a media protocol adopted
        (
            "A hotel group raised an action against the news blog.",
            "civil_case",
        ),
        (
            "A landowner sent a letter of claim to the editor of the community paper.",
            "civil_case",
        ),
        (
            "The weekly has lost all of its council advertising after a series on housing.",
            "economic_pressure",
        ),
        (
            "A man threw the photographer's camera into the river.",
            "property_damage",
        ),
        (
            "At the airport the reporter's phone and laptop were copied by officers.",
            "surveillance",
        ),
        (
            "The council adopted a new media protocol last week.",
            "restrictive_law",
        ),
        // Round 158: set 412's misses: gear held by police for weeks; news items sent for
        // accuracy review; an operating grant withdrawn; a news project's site restricted (ru);
        // an article taken down hours after it ran (kk); mobile internet gone off (kk)
        (
            "Police held the camera of a photographer for three weeks.",
            "raid_seizure",
        ),
        (
            "The radio station had to send news items for accuracy review.",
            "censorship",
        ),
        (
            "The ministry has withdrawn its operating grant to the community radio station.",
            "economic_pressure",
        ),
        (
            "Министерство информации ограничило доступ к сайту новостного проекта из Орши.",
            "blocking_shutdown",
        ),
        (
            "Аудандық газеттің сайтындағы мақала жарияланғаннан кейін екі сағат өтпей алып \
             тасталды.",
            "censorship",
        ),
        (
            "Тілші жиынды тікелей көрсетіп тұрғанда ауылда мобильді интернет сөнді.",
            "blocking_shutdown",
        ),
        // Round 157: set 410's misses: a headline's short form "charged over a post"; a flight
        // out of the country and immigration officers cancelling a permit; a threatening note
        // (singular); a page that spreads the news hacked (kk); texts to be sent to the press
        // office days before the issue (ru); taken away from the meeting (kk)
        (
            "Blogger charged over post about council spending",
            "prosecution",
        ),
        (
            "A Fijian photographer was escorted onto a flight out of the country on Monday.",
            "travel_restriction",
        ),
        (
            "Immigration officers cancelled the reporter's work permit last week.",
            "travel_restriction",
        ),
        (
            "A threatening note was left under the wiper of the reporter's car.",
            "intimidation",
        ),
        (
            "Ауыл жаңалықтарын тарататын Instagram-парақшасы бұзылды.",
            "digital_attack",
        ),
        (
            "Главный редактор рассказала, что все материалы о работе администрации теперь \
             нужно направлять в пресс-службу за три дня до выхода номера.",
            "censorship",
        ),
        (
            "Полицейлер тілшіні митинг өтіп жатқан жерден алшақтатып жіберді.",
            "access_obstruction",
        ),
        // Round 156: a by-law (hyphen split: 'by law' after a determiner) is a law.
        (
            "The new by-law makes it an offence to film the market, reporters say.",
            "restrictive_law",
        ),
        // Round 155: a decision to strip a reporter's accreditation (ru); a transmitter that had
        // been switched off.
        (
            "Клуб журналистов протестует против решения районного Совета лишить аккредитации \
             корреспондента газеты.",
            "accreditation",
        ),
        (
            "By midday the community radio station's transmitter had been switched off and \
             its door padlocked.",
            "blocking_shutdown",
        ),
        // Round 154: a site unavailable in Russia (ru).
        (
            "С 16 ноября в России недоступен сайт местного издания, сообщила редакция.",
            "blocking_shutdown",
        ),
        // Round 152: gear held for examination.
        (
            "The photographer said his memory cards and phone were held for examination by \
             the police.",
            "raid_seizure",
        ),
        // Round 151: held as a suspect (kk); the state order lost (kk).
        (
            "Сол күні блогер Серғазиев күдікті ретінде ұсталып, уақытша ұстау изоляторына \
             жабылды.",
            "detention",
        ),
        (
            "Жеке меншік газет биыл мемлекеттік ақпараттық тапсырыссыз қалды, деді бас \
             редактор.",
            "economic_pressure",
        ),
        // Round 150: the weekend in the lockups; permission to stay cancelled; a rule that makes
        // recording an offence; cut to part-time.
        (
            "The reporter spent the weekend in the station's lockups before being brought to \
             court.",
            "detention",
        ),
        (
            "Days after officers seized his footage, immigration authorities cancelled the \
             documentary journalist's permission to stay.",
            "travel_restriction",
        ),
        (
            "The regulation makes it an offence to record council meetings, reporters say.",
            "restrictive_law",
        ),
        (
            "After the advertiser left, two of the newspaper's reporters were cut to \
             part-time.",
            "economic_pressure",
        ),
        // Round 149: a bylaw that requires journalists to obtain a permit; a phone hit on the
        // concrete.
        (
            "The council has adopted a bylaw requiring journalists to obtain a permit before \
             reporting on land disputes.",
            "restrictive_law",
        ),
        (
            "Police took the reporter's phone and hit it on the concrete until the screen \
             came out.",
            "property_damage",
        ),
        // Round 148: a duty to keep callers' numbers; a decree that bans publishing; access
        // limited to sites two words on.
        (
            "Under the new rules, every community station must keep a log of the numbers of \
             callers for 90 days and give it to police on request.",
            "surveillance",
        ),
        (
            "Radio stations must now keep the phone numbers of everyone who calls into a live \
             programme.",
            "surveillance",
        ),
        (
            "Глава региона подписал указ, запрещающий публиковать сведения о последствиях \
             обстрелов без согласования со штабом.",
            "restrictive_law",
        ),
        (
            "За год в области ограничили доступ как минимум к трём независимым сайтам местных \
             изданий.",
            "blocking_shutdown",
        ),
        // Round 146: a Rybinsk outlet's reporter (a bare fish prefix had taken media from them)
        // (ru).
        (
            "Корреспондента газеты «Рыбинская неделя» не пустили на заседание совета.",
            "access_obstruction",
        ),
        // Round 145: a failure to respond to a request; a gag on what is released to the press; a
        // newsroom's own suit; a duty to file a request before filming (ru).
        (
            "The weekly is asking the tribunal to rule that the council's failure to respond \
             to its request for the audit breaks the law.",
            "information_refusal",
        ),
        (
            "The health commissioner has directed that nothing about the outbreak should be \
             released to the press.",
            "information_refusal",
        ),
        (
            "The independent radio station has filed a suit at the High Court over the \
             regulator's order.",
            "civil_case",
        ),
        (
            "По новым правилам журналист, который хочет снимать в больнице, обязан за две \
             недели подать письменную заявку.",
            "restrictive_law",
        ),
        // Round 144: standing orders amended (ru).
        (
            "Депутаты утвердили изменения в регламент думы. Журналистам теперь придётся \
             получать разрешение на съёмку.",
            "restrictive_law",
        ),
        // Round 143: a source demanded; a deletion demanded from a camera (ru); a court in a
        // district whose name spells a fence (kk).
        (
            "The police demanded the source of the memo from the newspaper.",
            "surveillance",
        ),
        (
            "Двое полицейских отвели корреспондентку за автобус и потребовали удалить видео с \
             телефона и камеры.",
            "raid_seizure",
        ),
        (
            "Шарбақты аудандық сотында әкімнің газетке қойған талап арызы бойынша тыңдау \
             өтті.",
            "civil_case",
        ),
        // Round 142: an order to step back, reporters kept at a gate, a number refused; a
        // resignation pressed; a suit against a site's founder.
        (
            "Riot police ordered the journalists to move back behind the tape while the \
             houses were demolished.",
            "access_obstruction",
        ),
        (
            "Reporters accredited for the count were kept at the gate of the tally centre for \
             five hours.",
            "access_obstruction",
        ),
        (
            "The provincial health office refused to give reporters the number of people \
             admitted with measles.",
            "information_refusal",
        ),
        (
            "Главному редактору газеты предложили подписать соглашение о расторжении \
             трудового договора после выхода статьи.",
            "economic_pressure",
        ),
        (
            "Депутат подал иск к учредителю сайта.",
            "civil_case",
        ),
        // Round 141: a plea of not guilty, a by-law adopted with its demand, a filming permit
        // by-law (en).
        (
            "A blogger who runs a popular news page yesterday pleaded not guilty to \
             publishing false information.",
            "prosecution",
        ),
        (
            "The town council has adopted a by-law requiring journalists and other commercial \
             recorders to obtain a permit and pay a fee before filming.",
            "restrictive_law",
        ),
        (
            "The council passes filming permit by-law; journalists cry foul.",
            "restrictive_law",
        ),
        // Round 140: a listener's details handed over, press cards applied for and not received,
        // a resignation drafted for the journalist, media rules in force (en); a pre-trial claim
        // (ru); a claimant whose surname holds a common noun, an order that makes prior approval
        // a duty (kk).
        (
            "A community radio station has handed over to police the name and mobile number \
             of a listener who criticised officials.",
            "surveillance",
        ),
        (
            "At least 43 journalists who applied for press cards last year have still not \
             received them.",
            "accreditation",
        ),
        (
            "The editor was handed a resignation letter already drafted in her name.",
            "economic_pressure",
        ),
        (
            "The online content regulations, in the form they are in force today, treat a \
             two-person news channel like a national broadcaster.",
            "restrictive_law",
        ),
        (
            "Компания направила блогеру досудебную претензию с требованием выплатить три \
             миллиона рублей.",
            "civil_case",
        ),
        (
            "Шаруа қожалығының басшысы Серік Тұрғынбаев Instagram-блогер Айгүл Нұрланқызына \
             ар-намысын қорғау туралы талап арызын берді.",
            "civil_case",
        ),
        (
            "Аудан әкімінің өкімі барлық журналистерге тасқын туралы материалдарды штабпен \
             алдын ала келісуді міндеттеді.",
            "restrictive_law",
        ),
        // Round 139: a case named by its offence, election cards denied, a new media directive
        // (en); the threatened first (ru); a threat told with its condition, filming restricted
        // (kk).
        (
            "A Begumganj journalist was arrested in an extortion case filed by a contractor \
             he had reported on.",
            "prosecution",
        ),
        (
            "Online journalists were denied election cards by the district returning officer.",
            "accreditation",
        ),
        (
            "The newspaper's editor criticised Sidama's new media directive on Monday.",
            "restrictive_law",
        ),
        (
            "После публикаций о свалке редактору угрожали.",
            "intimidation",
        ),
        (
            "Ол жазуын тоқтатпаса, келесі жылы келісімшартың ұзартылмайды, деді директор \
             блогердің ағасына.",
            "intimidation",
        ),
        (
            "Аудандық әкімдік журналистерге кен орындарының маңында бейнетүсірілім жүргізуге \
             шектеу енгізді.",
            "restrictive_law",
        ),
        // Round 138: a notice to leave a country within hours, a journalist's own action against
        // the police (en); an episode that did not go on air, a filming rule adopted (ru); a
        // resolution on filming, a bonus taken away (kk).
        (
            "Officers served the correspondent with a notice requiring him to leave Ghana \
             within 48 hours.",
            "travel_restriction",
        ),
        (
            "The reporter brought a human rights action against the Inspector-General of \
             Police over his detention.",
            "civil_case",
        ),
        (
            "Выпуск программы о закрытых пляжах в эфир не вышел после звонка из мэрии, \
             рассказала ведущая телеканала.",
            "censorship",
        ),
        (
            "Глава города подписал постановление об утверждении Порядка проведения фото- и \
             видеосъёмки на муниципальных объектах, который распространяется на СМИ.",
            "restrictive_law",
        ),
        (
            "Аудан әкімдігі журналистердің мемлекеттік мекемелерде бейнетүсірілім жүргізу \
             тәртібі туралы қаулы қабылдады.",
            "restrictive_law",
        ),
        (
            "Бухгалтерия газет тілшісінің сыйақысын алып тастады.",
            "economic_pressure",
        ),
        // Round 137: entry denied at a border, an accreditation badge snatched, a signal pulled
        // (en); broadcasting suspended with the subject first (ru); the source asked for in two
        // words, punished under an article (kk).
        (
            "The network condemned the denial of entry to a journalist at the Uganda border \
             on Monday.",
            "travel_restriction",
        ),
        (
            "A security officer at the gate snatched the reporter's accreditation badge from \
             around her neck.",
            "accreditation",
        ),
        (
            "Our signal has been pulled from the distribution platforms on somebody's \
             instructions, the station's head of news said.",
            "blocking_shutdown",
        ),
        (
            "Вещание местного кабельного телеканала «Токмок-Ала ТВ» приостановлено на три \
             месяца.",
            "blocking_shutdown",
        ),
        (
            "Полиция редакциядан дерек көзін ашуды талап етті.",
            "surveillance",
        ),
        (
            "Сот блогерді Әкімшілік құқық бұзушылық туралы кодекстің 488-бабы бойынша \
             жазалады.",
            "prosecution",
        ),
        // Round 136: reporters ordered out (en); amendments to a law on covering the authorities
        // (ru); not let through to a dam (kk).
        (
            "Journalists were ordered out on Friday, minutes after the council meeting \
             opened.",
            "access_obstruction",
        ),
        (
            "Дума приняла в первом чтении поправки в закон о порядке освещения деятельности \
             органов власти.",
            "restrictive_law",
        ),
        (
            "Полиция оны бөгетке жіберген жоқ, деді газет тілшісі.",
            "access_obstruction",
        ),
        // Round 135: reporters stopped from filming, a first information report registered, a
        // case registered under a law's sections, a weekly's declaration cancelled (en); pages in
        // a journalist's name (ru); no answer at all, a news page (kk).
        (
            "Officers spent the afternoon stopping the cameraman from filming the protest \
             outside the court.",
            "access_obstruction",
        ),
        (
            "A first information report registered at the city police station accuses the \
             reporter of sedition over his articles.",
            "prosecution",
        ),
        (
            "The deputy commissioner cancelled the weekly newspaper's declaration on Monday.",
            "blocking_shutdown",
        ),
        (
            "The journalist faces a case registered in January under sections of the Penal \
             Code relating to sedition.",
            "prosecution",
        ),
        (
            "Затем в Instagram появились три страницы с именем журналистки, с которых писали \
             её коллегам.",
            "digital_attack",
        ),
        (
            "Бір айдан астам уақыт өтсе де, бөлім газеттің сұрауына ешқандай жауап \
             қайтармаған.",
            "information_refusal",
        ),
        (
            "Жаңалықтар парақшасы видеоны прокуратураның талабы бойынша жойды.",
            "censorship",
        ),
        // Round 134: a tax survey of a newspaper (en).
        (
            "An Income Tax survey was carried out at the newspaper's offices on Tuesday.",
            "economic_pressure",
        ),
        // Round 133: a print run halted (en).
        (
            "Security officers halted the newspaper's print run overnight.",
            "censorship",
        ),
        // Round 131: forced to leave "of his own will", a rule in force with the rule first
        // (kk).
        (
            "Әкімдік тілшіні жұмыстан өз еркімен кетуге мәжбүрлеген, деді газет редакторы.",
            "economic_pressure",
        ),
        (
            "Түсірілімге рұқсат талап ететін жаңа ереже күшіне енді, деді газет редакторы.",
            "restrictive_law",
        ),
        // Round 128: permission needed to film (en).
        (
            "A new directive requires media crews to get advance written permission to film in the \
             park.",
            "restrictive_law",
        ),
        // Round 127: an outlet's own petition (en); mobile internet restricted (ru, kk);
        // approval before publication (kk).
        (
            "The outlet filed a petition for an injunction against the block with the High Court.",
            "civil_case",
        ),
        (
            "В центре города на время акции ограничили мобильный интернет.",
            "blocking_shutdown",
        ),
        (
            "Жиын кезінде қалада мобильді интернет толықтай өшіп қалды.",
            "blocking_shutdown",
        ),
        (
            "Әкімдік барлық материалдарды жарияланғанға дейін баспасөз қызметіне келісуге жіберуді \
             міндеттеді, деді газет редакторы.",
            "censorship",
        ),
        // Round 126: a gallery pass refused, a notice to appear (en); accreditation lost, no
        // answer to a request (ru).
        (
            "The assembly secretariat rejected an application from the news website for a media \
             gallery pass.",
            "accreditation",
        ),
        (
            "The reporter received a notice asking him to appear before the Crime Branch in \
             connection with the leak case.",
            "prosecution",
        ),
        (
            "Уже в пятницу аккредитации лишились два издания.",
            "accreditation",
        ),
        (
            "Портал почти месяц не может получить ответ от руководства больницы на редакционный \
             запрос.",
            "information_refusal",
        ),
        // Round 125: reporters stopped at a gate (en); a trial closed to the press (ru).
        (
            "The four reporters were stopped by security staff at Gate 2 of the assembly \
             building.",
            "access_obstruction",
        ),
        (
            "Центральный районный суд в среду полностью закрыл от публики и прессы процесс по делу \
             бывшего министра.",
            "access_obstruction",
        ),
        // Round 124: by-laws passed, callers' numbers (en); funding stopped (ru).
        (
            "The council passed the Public Places (Filming and Photography) By-laws, which cover \
             journalists as well.",
            "restrictive_law",
        ),
        (
            "Police asked the radio station for the telephone numbers of callers to its morning \
             show.",
            "surveillance",
        ),
        (
            "Районная администрация перестала финансировать газету.",
            "economic_pressure",
        ),
        // Round 123: a permit needed to film, a station's own host suspended, a memory card
        // taken, resign or be dismissed (en); put out of a session, a channel that no longer
        // opens (kk).
        (
            "Reporters will need a permit from the city before they film in public places.",
            "restrictive_law",
        ),
        (
            "The station has suspended its breakfast show host after a complaint from the \
             governor.",
            "economic_pressure",
        ),
        (
            "The owner gave the editor a choice: resign with three months' pay or be dismissed.",
            "economic_pressure",
        ),
        (
            "Тілші аудандық мәслихаттың сессиясынан шығарылды.",
            "access_obstruction",
        ),
        (
            "Блогердің Telegram арнасы Қазақстанда ашылмай қалды.",
            "blocking_shutdown",
        ),
        // Round 122: a county that stopped paying for space; a reporter warned over his
        // coverage; a demand letter (en); a threat's formula (ru); access to the internet
        // restricted, a rule in force (kk).
        (
            "The county stopped paying for space in the weekly after its series on oil revenue.",
            "economic_pressure",
        ),
        (
            "A radio reporter was warned over his coverage of the border operation.",
            "intimidation",
        ),
        (
            "The demand letter says the newspaper report exposed the governor to ridicule and \
             contempt.",
            "civil_case",
        ),
        (
            "На двери редакции нашли записку: «Следующим будешь ты».",
            "intimidation",
        ),
        (
            "Министрлік интернетке қолжетімділік құқық қорғау органдарының сұрауы бойынша уақытша \
             шектелгенін растады.",
            "blocking_shutdown",
        ),
        (
            "Күшіне енген жаңа талап бойынша жаңалық сайттары әр оқырманды тіркеуге міндетті.",
            "restrictive_law",
        ),
        // Round 121: a police report that names a reporter; footage to be vetted before it airs
        // (en).
        (
            "A First Information Report lodged on Wednesday names the reporter under two sections \
             of the code.",
            "prosecution",
        ),
        (
            "The order directs every local channel to submit its footage for verification before \
             it is telecast.",
            "censorship",
        ),
        // Round 119: a newsroom's doors sealed; a law adopted by parliament, the law first (en).
        (
            "Police sealed the doors of the newspaper offices on Friday.",
            "blocking_shutdown",
        ),
        (
            "The amendment, adopted by parliament in December, punishes the publication of \
             unverified information by journalists.",
            "restrictive_law",
        ),
        // Round 118: what a media law lets a minister do (en); reporters kept out of a
        // courtyard (ru); a foreign reporter expelled (kk).
        (
            "The media law allows the minister to suspend a newspaper's licence on vague grounds.",
            "restrictive_law",
        ),
        (
            "Журналистов не пустили во двор полпредства, где проходила встреча.",
            "access_obstruction",
        ),
        (
            "Ресейлік басылымның тілшісі Қазақстаннан шығарып жіберілді.",
            "travel_restriction",
        ),
        // Round 116: a council's ordinance, journalists' personal details compiled (en); a
        // phone to be unlocked and the footage wiped (ru); a regulation in force (kk).
        (
            "The city council passed an ordinance penalising the spread of false information by \
             news pages.",
            "restrictive_law",
        ),
        (
            "A police memo directs stations to compile the personal details of journalists in the \
             region.",
            "surveillance",
        ),
        (
            "Полицейский потребовал разблокировать телефон корреспондента и стёр всё, что было \
             снято.",
            "raid_seizure",
        ),
        (
            "Облыс әкімдігінің қаулысымен бекітілген БАҚ-пен жұмыс регламенті күшіне енді.",
            "restrictive_law",
        ),
        // Round 115: reporters stopped from going beyond a cordon (en); journalists turned
        // back, a page's access restricted (ru); an outlet's registration refused (kk).
        (
            "Police are stopping reporters from going beyond the cordon, even those with press \
             cards.",
            "access_obstruction",
        ),
        (
            "Сотрудники полиции на посту развернули журналистов, несмотря на удостоверения.",
            "access_obstruction",
        ),
        (
            "Роскомнадзор ограничил доступ к сообществу новостного портала во «ВКонтакте».",
            "blocking_shutdown",
        ),
        ("Министрлік басылымды есепке қоюдан бас тартты.", "accreditation"),
        // Round 114: a story someone had deleted; a claim's pre-action notice (en); a print
        // run taken away, journalists kept from the residents (kk).
        (
            "The publisher called our web administrator directly and had it deleted.",
            "censorship",
        ),
        (
            "In a pre-action notice, lawyers for the company gave the newspaper seven days to \
             apologise.",
            "civil_case",
        ),
        (
            "Прокуратура қызметкерлері баспаханаға келіп, газеттің соңғы санының бүкіл тиражын \
             алып кетті.",
            "censorship",
        ),
        (
            "Полиция журналистерді тұрғындарға жақындатпай жатыр.",
            "access_obstruction",
        ),
        // Round 113: a show ordered off air, a programme someone had stopped; a suit told by
        // what it asks the court; a vow to "deal with" presenters (en).
        (
            "The district commissioner ordered the talk show off air on Tuesday.",
            "censorship",
        ),
        (
            "The station said it had its morning programme stopped by a call from the \
             governor's office.",
            "censorship",
        ),
        (
            "A mining company has asked the High Court to award it $2 million in damages from \
             the weekly newspaper.",
            "civil_case",
        ),
        (
            "The MP vowed to deal with the presenters who criticised him on air.",
            "intimidation",
        ),
        // Round 112: a law's last steps (en); a removal an authority demanded, with the story
        // between, and a deadline to remove (ru); a licence suspended for a while, and an
        // answer still not come after the deadline (kk); a fence in what a blogger published
        // (ru).
        (
            "Editors said the Information (Amendment) Act, which requires news sites to \
             register, was gazetted on Friday after receiving presidential assent.",
            "restrictive_law",
        ),
        (
            "Издание удалило статью о выборах мэра по требованию прокуратуры.",
            "censorship",
        ),
        (
            "Редакции газеты дали сутки на удаление материала о забастовке.",
            "censorship",
        ),
        (
            "Арнаның хабар тарату лицензиясы үш айға тоқтатыла тұрды.",
            "blocking_shutdown",
        ),
        (
            "Газет тілшісі әкімдікке сұрау салған, заңдағы мерзім өтсе де жауап әлі келмеген.",
            "information_refusal",
        ),
        (
            "Блогер опубликовал серию видео о стройке: по его данным, часть берега оказалась за \
             забором. Компания подала к блогеру иск о защите деловой репутации.",
            "civil_case",
        ),
        // Round 111: a law's year is no date of the act (en).
        (
            "The publisher has been charged with publication of false news, contrary to Section \
             208 of the Criminal Offences Act, 1960.",
            "prosecution",
        ),
        // Round 111: data said not to be for publication (kk).
        (
            "Әкімдік газет тілшісінің сұрауына деректер жария етуге жатпайды деп жауап берді.",
            "information_refusal",
        ),
        // Round 110: a removal order served on a reporter; media kept outside; a reporter who
        // filmed is no witness when the act is done to him (en).
        (
            "A foreign reporter was served with a removal order at his guesthouse on Tuesday.",
            "travel_restriction",
        ),
        (
            "The media were kept outside the gate of the counting centre.",
            "access_obstruction",
        ),
        (
            "A reporter who filmed the eviction was taken to the police station.",
            "detention",
        ),
        // Round 108: advertisers who would not renew, a decision set aside (en); an application
        // for accreditation turned down, no answer yet (kk).
        (
            "Two advertisers said they would not renew their contracts with the weekly after the \
             series.",
            "economic_pressure",
        ),
        (
            "The High Court set aside the decision to withdraw the reporter's press card.",
            "civil_case",
        ),
        (
            "Тілшінің аккредиттеу өтініші қабылданбады.",
            "accreditation",
        ),
        (
            "Басылымның сауалына мерзім өтсе де жауап әлі келген жоқ.",
            "information_refusal",
        ),
        // Round 107: a passport surrendered as a bail condition, where the family stays (en); a
        // fake channel with a word between, messages from unknown accounts (kk).
        (
            "The court granted the reporter bail on condition that he surrender his passport.",
            "travel_restriction",
        ),
        (
            "He slapped the reporter and said: \"We know where your mother stays.\"",
            "intimidation",
        ),
        (
            "«Жаңаөзен-24» сайтының атын жамылған жалған Telegram-арна пайда болды.",
            "digital_attack",
        ),
        (
            "Тілшіге белгісіз аккаунттардан «өз басыңды ойла» деген хабарламалар келді.",
            "intimidation",
        ),
        // Round 106: threats reported to the police (ru); a camera and its microphone made
        // unusable (kk).
        (
            "Редактор районной газеты «Степной край» Людмила Фоменко заявила в полицию об угрозах \
             после публикации о свалке.",
            "intimidation",
        ),
        (
            "Тілшінің бейнекамерасы мен оған жалғанған микрофоны толықтай жарамсыз болып қалды.",
            "property_damage",
        ),
        // Round 105: an outlet's former editor is media, not its former manager; questioned
        // under caution; state advertising not received; media told to leave (en); a new
        // regulation in force (kk).
        (
            "A court ordered the weekly and its former editor to pay $20,000 in damages over an \
             article about a land deal.",
            "civil_case",
        ),
        (
            "The editor was interviewed under caution about the leaked memo.",
            "prosecution",
        ),
        (
            "The editor said the paper has not received government advertising since May.",
            "economic_pressure",
        ),
        (
            "Journalists have been told to leave the counting centre.",
            "access_obstruction",
        ),
        (
            "Аудан әкімдігінде журналистермен жұмыс туралы жаңа регламент күшіне енді.",
            "restrictive_law",
        ),
        // Round 103: contracts lost are a claimant's damages, no supplier dispute (kk).
        (
            "Кәсіпкер блогерді сотқа берді. Ол видео оның іскерлік беделіне нұқсан келтіріп, екі \
             серіктеспен келісімшарт бұзылды деп, 20 миллион теңге моральдық зиян өндіруді сұрады.",
            "civil_case",
        ),
        // Round 101: an outlet's own suit against a state body (en).
        (
            "The weekly newspaper sued the Department of Corrections over withheld records on \
             deaths in custody.",
            "civil_case",
        ),
        // Round 95: refused entry at a frontier (en).
        (
            "A crew from the regional channel was refused entry to Gibraltar at the land frontier \
             on Tuesday.",
            "travel_restriction",
        ),
        // Round 94: an order that took effect (en); resign or be fired (kk); the verb of
        // threatening with media as its object (ru).
        (
            "The order, which took effect on publication in the official gazette, bans filming \
             police officers and makes no exception for the press.",
            "restrictive_law",
        ),
        (
            "Газет редакторы: директор мені шақырып, «өз еркіңмен кет, әйтпесе баппен шығарамыз» \
             деді.",
            "economic_pressure",
        ),
        ("В сеть попало видео, где хоким угрожает блогерам.", "intimidation"),
        // Round 93: media named only in the headline and lead; two sentences of the act.
        (
            "Weekly's records request stalls\n\nFor 127 days, the Koror Weekly has been waiting \
             for a copy of a land lease.\n\nThe ministry was asked for the lease agreement in \
             November. Two follow-up letters, in December and January, went unanswered. On \
             Monday the ministry refused to release the documents.",
            "information_refusal",
        ),
    ];
    for (text, id) in cases {
        let got = labels(text);
        assert!(got.iter().any(|l| l == id), "{id} not in {got:?}: {text}");
    }
}

#[test]
fn near_misses_report_no_incident() {
    for text in [
        "He had switched off his mobile phone during the funeral.",
        "The ministry did not respond to a request for comment.",
        "Journalists filming the protest saw police beat a man.",
        "Journalists who were filming the protest saw police beat a man.",
        "Курьер доставил маячки для машин в офис компании.",
        // Hard negatives written for the sixteenth session: a technical or business cause,
        // a media word that only owns the person acted on, readers' own threats, a refuted
        // rumour.
        "The local radio station went off air for two hours because of a power cut at the transmitter.",
        "Радиостанция на два часа прекратила вещание из-за отключения электроэнергии.",
        "The weekly newspaper closed for financial reasons after losing readers.",
        "Several newspapers stopped printing their weekend editions because of rising paper costs.",
        "A court fined a blogger's neighbour for building an illegal garage.",
        // Round 35: a trolleybus is no troll; a denial of a blocking; laws in force that
        // restrict nothing (what the line for a law in force must not take).
        "Chile's Transparency Law, in force since 2009, is regarded as one of the strongest in the region. Reporters use it often.",
        "The authority said in a statement to journalists that it applies the laws in force.",
        "У журналистки в троллейбусе вытащили кошелёк.",
        "The media commission denies blocking the news site; its editor blamed a server failure.",
        // Round 34: a reporter who welcomes someone else's arrest; a nationwide power failure.
        "The newspaper's editor welcomed the arrest of the former mayor.",
        "A power failure took two television stations off the air for an hour.",
        "The editor said he had received dozens of letters from readers threatening to cancel their subscriptions.",
        "Reports on social media that the reporter had been arrested were false, her editor said.",
        "A popular television chef was arrested on suspicion of tax evasion linked to his restaurants.",
        "Облыстық газеттің редакторы айыппұлдың мөлшері туралы айтып берді.",
        "The website of the tax authority was closed for maintenance during the weekend.",
        "Митинг кезінде журналист қамауға алынбады.",
        // A deadline is no sentence; "in front of" names no front; a tower without power is
        // an outage.
        "The judge gave the newspaper 30 days to answer the claim.",
        "Reporters called for a protest in front of the court.",
        "Мұнара жабдығы қуатсыз қалғандықтан, аудандағы ұялы байланыс пен интернет үзілді.",
        // Round 25: a show pulled for its audiences; a law that protects reporters.
        "The talk show will be pulled from its slot after a sharp fall in audiences, the network said.",
        "The governor signed a bill giving journalists legal protection against being forced to reveal their sources.",
        // Round 27: refuted posts, a denial by the force, private suits and arrests, a cable
        // cut, threats of harm (not the harm), a man unrelated to the reporter, "so far
        // nobody", a site that opens, a race, the victim's own denial, a send-off.
        "Messages on Facebook claiming that a radio presenter had been detained by the army were inaccurate, the station said.",
        "The police spokesman said no police unit had arrested the newspaper's editor.",
        "The food blogger is being sued by her neighbour over a garden wall.",
        "Cable damage cut the internet for six hours, the station's technicians said.",
        "Полиция задержала мужчину, который разбил машину соседа, — к работе журналиста это отношения не имеет.",
        "Сайт газеты пока никто не блокировал.",
        "Сайт издания пока открывается без VPN.",
        "Бегун попытался нанести ответный удар журналисту на финише.",
        "Сам репортёр о побоях не заявлял.",
        "Редакция зейнетке құрметпен шығарып салды.",
        "Блогер көршісімен қоршау үшін сотта дауласты.",
        // The nineteenth session's (each labelled by its first build).
        "The judgment does not require the reporter to reveal her sources.",
        "No journalist has so far been charged under the new provision.",
        "The veteran reporter recalled how an editor once \"killed\" a 5,000-word piece of hers.",
        "Организаторы оставляют за собой право отказать журналистам в аккредитации.",
        "Пока такой иск против редакции не подан.",
        "Жителей предупредили о плановом отключении интернета и связи на ночь.",
        "Спорт тілшісі әріптесінің рекордына «шабуыл» жасады.",
        "Шенеунік блогердің сөзіне ренжісе, сотқа азаматтық талап берсін.",
        // The twentieth session's (each labelled by its first build).
        "The channel is cutting advertising rates for its evening slots by 25 percent.",
        "When there is a bill, the journalists will see it first.",
        "Man posing as TV journalist detained for extorting money from cafe owners.",
        "Former TV host turned mayor placed under house arrest in embezzlement case.",
        "Адамян, спортивный журналист, следил за заплывом с лодки.",
        "В Капане неизвестные ночью напали на офис регионального издания.",
        "Арна рейтингі ең төмен екі бағдарламасын эфирден алып тастады.",
        "По словам журналиста, переезд быстро ударил по заработку.",
        // The twenty-first session's (labelled by its first build).
        "Блокировщики рекламы стоят у трети читателей издания.",
        // Round 36: a figure of speech; a post that is a job; a post denied; a car accident;
        // a danger feared; a purpose named; a seizure's record; a presenter's private suit.
        "The council called the new tax the equivalent of burning a newspaper's printing press.",
        "The managing editor of the daily was removed from his post after the merger.",
        "The provincial government denied a viral post claiming that reporters had been banned from covering council sessions.",
        "A radio reporter broke her arm when her car was sideswiped by a truck on the highway.",
        "The danger is that journalists will be charged for what they write.",
        "Оппозиция назвала поправки инструментом для закрытия неугодных СМИ.",
        "Изъятие оформили протоколом, копию которого журналисту выдали.",
        "Телеведущая подала иск к застройщику из-за трещин в квартире.",
        // Set 111's: "none of", a presenter's suit against a builder, a story not aired yet.
        "None of its journalists have been arrested.",
        "The host of a cooking show sued a property developer over a leaking flat.",
        "Сюжет телеканала ещё не вышел в эфир.",
        // Set 113's: a pickpocket caught, a requirement of good name, protection and
        // preparation, news that appeared in the media, political activity, cards held, a
        // page taken down at the outlet's request, a rule's power, pressure on advertisers, a
        // paper saved from closing, a market fire.
        "В Бишкеке задержан карманник, обокравший телеведущую в маршрутке.",
        "Новый закон требует от главного редактора безупречной деловой репутации.",
        "Редакции готовятся к возможным кибератакам и подключают защиту от DDoS-атак.",
        "Информация о задержаниях сначала появилась в местных СМИ.",
        "Блогер заявил, что прекращает политическую деятельность.",
        "The temporary press cards held by 312 journalists were suspended for verification.",
        "The impostor page was taken down following reports from the outlet and its readers.",
        "Under rule 14, the ministry may direct any registered outlet to remove content within 24 hours.",
        "Газет редакциясы жарнама берушілерге қысым көрсетілгенін мәлімдеді.",
        "Ол газетті жабылып қалудан сақтап қалды.",
        "Журналист базардағы өртте өртеніп жатқан павильондарды түсірді.",
        // Set 115's: a request to block abusers, a witness to be called, men in custody, data
        // gone dark, an account taken over, the topic of a report.
        "Редакция обратилась к платформе с просьбой заблокировать аккаунты троллей.",
        "Zuhair, a reporter, will be called as a witness.",
        "Reporters say official health data has gone dark.",
        "The editors were lectured about their reporting on Afghans deported from Iran.",
        // Set 117's: a resolve, a neighbours' dispute, a power to come, nothing sent, an act a
        // law forbids.
        "The union said attacks on journalists will not be tolerated.",
        "A food blogger and her neighbour were told by the noise tribunal to settle their \
         neighbour dispute over a claim filed against the blogger.",
        "Суд сможет приостановить деятельность редакции на три месяца.",
        "Нам никто ничего не направлял — ни претензии, ни требования удалить текст.",
        "Заңда ақпараттың қолжетімділігін шектеуге тыйым салынған, деді басылым редакторы.",
        // Round 37's: a deadline, a reporter's own consumer suit, no reports of an act, a theft
        // unrelated to work, a fear, an official's promise to look into it, on the verge.
        "The court gave the blogger three months to take down the fence.",
        "A radio presenter sued the car dealership over the vehicle she had bought.",
        "The editor said she had not received any reports of journalists being threatened \
         during the campaign.",
        "Police arrested two pickpockets after a television reporter's phone was stolen at the \
         market.",
        "Online abuse of journalists could rise during the campaign, the union warned.",
        "В ведомстве пообещали разобраться в ситуации с журналистом.",
        "Апталық газет жабылудың алдында тұр.",
        // Round 37's last: nobody did it, a claim that could not be verified.
        "Nobody has arrested its reporters or blocked its website.",
        "A YouTuber claimed that his news channel had been blocked, but the claim could not be \
         verified.",
        // Round 38: a power to order removal that a bill would give is no removal done.
        "The bill empowers the new communications authority to direct any news website to \
         remove content it deems false.",
        // A journalist's beat, an arrest kept off by bail, a union taking up a case.
        "The reporter was moved from his beat on the orders of the management and asked to \
         cover sports instead.",
        "The High Court granted the editor pre-arrest bail and restrained the police from \
         arresting him until the next hearing.",
        "The journalists union has taken up the case of the two reporters with the labour \
         office.",
        // False reports spread are a rumour's, not a flood of complaints; a road accident.
        "The police warned journalists that spreading false reports could cause panic, and \
         advised the public to verify information before sharing it.",
        "A radio reporter was seriously injured when a truck carrying building materials hit \
         his motorbike at a junction.",
        // No case at all, a figure of speech, a question, a notice never served, a shortage.
        "Редактор газеты сказал, что не слышал ни о каких уголовных делах против журналистов \
         издания.",
        "Корреспондент признался: «Больше всего меня убивает равнодушие читателей».",
        "Мы спросили в пресс-службе полиции, есть ли погибшие среди журналистов.",
        "Редакция қызметкерлеріне жұмыстан босату туралы бұйрық берілмеген.",
        "Из-за нехватки бумаги районная газета прекратила выход на два месяца.",
        // A modal two acts away still makes them a fear, not a report.
        "Press groups fear that reporters could be pressured or threatened in districts where \
         the count is disputed.",
        // A definition, a threat never spoken of, a mine closed, a bill taken
        // off the agenda, a backup copy, violence as an article's topic, a rumour refuted.
        "Obstruction of a journalist's lawful activity is an offence under the criminal code.",
        "Редактор сказал, что о прямых угрозах журналист ему не рассказывал.",
        "Двадцать лет он проработал горным мастером, а когда его шахту закрыли, пришёл в \
         городскую газету.",
        "Госсовет снял с рассмотрения законопроект о реестре блогеров.",
        "Біз сайттың резервтік көшірмесін жасап, құпиясөздерді ауыстырдық.",
        "Тілші отбасылық зорлық-зомбылық туралы үлкен материал жазды.",
        "Несколько каналов сообщили со ссылкой на источники, что журналистка задержана. \
         Никаких подтверждений этому найти не удалось.",
        // Round 40: a policy stated, a penalty set for not complying, advice on passwords.
        "The prosecution service said it treats attacks on journalists with the utmost \
         seriousness.",
        "The court ordered the newspaper to hand over the document within 14 days or pay a \
         penalty of 500 euros a day.",
        "Аккаунтыңды бұзып кетпесін десең, құпиясөзді жиі ауыстыр, деді блогер.",
        // Round 41: cameras carried, a deadline set, a plan denied, a crash, a policy stated, a
        // safety guide, a request turned down, a law's penalty, a gang's assets; a demand made
        // imagined, a law that binds the police, a request for restraint, an expert report; a
        // bank card blocked, a waste incinerator, a closure only thought of, a driver's traffic
        // offence; a decision denied.
        "Both men carried cameras with the channel's logo.",
        "The court gave the blogger three months to carry out the repairs at his own expense.",
        "Government denies plan to close public broadcaster's diaspora channel",
        "Violence against journalists has no place in our democracy, the minister said.",
        "The guild published a safety guide for reporters covering the elections. The guide \
         advises journalists on how to report abusive messages.",
        "The judge rejected a request from the complainant for a prison term for the columnist.",
        "Agents seized vehicles, jewellery and computers from the gang's properties, a reporter \
         said.",
        "«Если, не дай бог, такое случится — сразу пишите заявление», — сказал редактор.",
        "Закон о СМИ обязывает полицию обеспечивать журналистам возможность работать.",
        "Ассоциация призвала провести аудит без вмешательства в работу редакции.",
        "Экспертиза не отвечает на вопрос, к кому были обращены слова журналиста.",
        "Бірден картаны бұғаттадым да, полицияға хабарластым, — деді тілші.",
        "Блогер қоқыс өртейтін зауыт туралы видео жариялады.",
        "Көргендер «газет жабылып жатыр» деп ойлаған.",
        "Жүргізушіге жол жүрісі ережесін бұзғаны үшін хаттама толтырылды, ал түсірілім тобы \
         кешігіп жетті.",
        "Однако решений об ограничении доступа к сайту газеты не принималось, заявили в \
         министерстве.",
        // Round 42: a law not there, online violence, advice for an attack that may come, a
        // deadline, a foreign tax law, a bill never passed; no claim against the reporter, a
        // rumour refuted, casualty figures reported; a placard held, a plan dropped.
        "The country still has no freedom-of-information law in force, so reporters depend on \
         officials' goodwill.",
        "The union said online violence against women journalists is a growing danger.",
        "Trainers explained to the reporters what to do if a social media account is \
         compromised.",
        "Online news sites given three months to obtain a licence",
        "The deputy, a former journalist, voted for the amendments to the Tax Code.",
        "A bill on journalists' access to information has been discussed for years without being \
         passed.",
        "Каких-либо претензий к журналисту у полиции нет, сообщили в ведомстве.",
        "Несколько телеграм-каналов сообщили, что в редакции газеты идёт обыск. Главный редактор \
         опровергла эту информацию.",
        "В материале газеты приводились данные о погибших при пожаре.",
        "Наразылыққа келген тілшілер «Әділ сот» деп жазылған плакат ұстады.",
        "Мәслихат блогерлерді тіркеу туралы жобадан бас тартты.",
        // Round 43: a state of things, the worst imagined, posts removed at the outlet's own
        // request, a man shot where a reporter went; a registry entry denied, an appeal to
        // readers, kindergartens; passwords to be changed, carelessness, what a law forbids, a
        // draft withdrawn, a video made private, money withheld.
        "Killings of journalists are rare in the country.",
        "Reporters assumed that the worst they faced was a lawsuit.",
        "The posts about the paper were removed after the editors complained to the platform.",
        "A reporter from the paper went to the market, where a man had been shot dead.",
        "В управлении сообщили, что сайт издания в реестр запрещённой информации не вносился.",
        "Если вы журналист и столкнулись с угрозами, напишите нам.",
        "Корреспондент написала о нехватке мест в детских садах.",
        "«Енді редакциядағы құпиясөздерді ауыстырамыз», – деді редактор.",
        "«Жай ғана абайсыз болдым», – деді тілші.",
        "Журналистің кәсіби қызметіне кедергі келтіруге заңда тыйым салынған.",
        "Үкімет блогерлерді аккредиттеу туралы заң жобасын кері қайтарып алды.",
        "Блогер видеоны жабық режимге ауыстырды.",
        "«Зейнетақымның жартысы ұсталады», – деді тілші.",
        "Суд взыскал с нападавших в пользу журналиста компенсацию морального вреда.",
        // Round 44: an organisation, messages left unread, rules complied with, a witness to a
        // robbery.
        "The union, a regional body of journalists, held a sit-in outside the press club.",
        "Корреспондент перестала читать сообщения по утрам.",
        "Руководители больниц общаются со СМИ, соблюдая требования закона о персональных данных.",
        "The radio host told the court she saw a robber threaten the shop owner with a knife.",
        "Журналистке жала жапқаны үшін жаза жеті жылдан он жылға дейін бас бостандығынан айыру.",
        "The reporter has covered the courts and crime beat for the paper since 2019.",
        "Дәрігерлердің айтуынша, журналистің жарақаттары өміріне қауіп төндірмейді.",
        // Round 45: a case put, an episode to come, a crash, a closure for lack of money, a
        // protection asked for, mourners, a private loan.
        "If a police officer is arrested over an assault in custody, the newspaper will not be \
         able to report it.",
        "The new episode of the reporter's podcast will be released next week.",
        "The presenter's car was hit from behind at traffic lights. The other driver, who was \
         drunk, was kept in custody.",
        "The town's weekly paper ceased publication after its advertising collapsed in the \
         recession.",
        "Депутаты объясняют законопроект необходимостью защитить чиновников и их семьи от \
         «травли и угроз» со стороны журналистов.",
        "Суд удовлетворил иск жителя к блогеру: в марте истец одолжил ему 250 тысяч рублей на \
         покупку снегохода.",
        "An internet cut, if it came, would hurt the newspaper's business.",
        "The reporter's phone was examined in February by a forensics lab.",
        "Ведомстводағы дереккөздің айтуынша, күдіктілердің бірі анықталған, деді тілші.",
        "«Айталық, сіздің оқушыңыз мектептегі мәселе туралы жазды, ал ертеңіне оған біреу жазып, \
         қорқыта бастады», – дейді журналист.",
        "Мы с юристами готовим административный иск об оспаривании решения, сообщил редактор.",
        "Журналистам объяснили, что их присутствие «оказывает давление на свидетелей».",
        "Следователь обратился в суд, чтобы установить круг лиц, передававших журналисту \
         документы.",
        "В кошельке были банковские карты, которые телеведущая успела заблокировать через \
         приложение.",
        "Редакция назвала это попыткой экономически задушить газету.",
        // A bill on accreditation withdrawn is no pass withdrawn.
        "Депутат отозвал законопроект об обязательной аккредитации блогеров.",
        // Round 46: a case put to all, a threat to close in comments, a power to suspend, scam
        // sites, a loan.
        "If any journalist is threatened, obstructed or arrested, we want them to call us.",
        "Comments beneath the video include calls to close down the newspaper.",
        "The law gives the council powers to register journalists, fine news outlets and order \
         the suspension of publications.",
        "Зейнетақы жинағын «шешіп беретін» 46 алаяқ сайт бұғатталды. Алаяқ сайттар \
         азаматтардан ақша жинаған.",
        "Көршісінен қарыз алған блогер сотта жеңілді: сот блогерден 1,2 миллион теңге өндіріп \
         алды.",
        "Two men were killed in a shooting at a market, a journalist among witnesses.",
        "The sponsors asked to withdraw the proposal after consultations with the media sector.",
        "\"I am a customer who filmed his own bill,\" the video blogger said.",
        "The ministry may also order a licensed outlet to delete any material within 24 hours.",
        "Если у департамента есть претензии к работе журналистов, давайте их обсуждать.",
        "Жюри отметило материал журналистки о слежке за экоактивистами.",
        "Блогерлерді жеке сәйкестендіру туралы түзетулер кері қайтарылды.",
        // Round 47: following a restoration, attacks not recorded, violence as a topic, a suit
        // in preparation, abuse not spoken.
        "Журналистка следила за восстановлением храма почти три года.",
        "В этом году атак на сайты литовских СМИ не зарегистрировано.",
        "Журналист әйелге қатысты зорлық-зомбылық туралы жазды.",
        "Мен жұмысқа қайта алу туралы сотқа талап арыз дайындап жатырмын, деді журналист.",
        "Куәлардың айтуынша, журналист ешкімге балағат сөз айтпаған.",
        "«Мешітке садақа» деген желеумен ақша жинаған 37 интернет-парақша бұғатталды. Садақа деген \
         желеумен ақша жинаған парақшалар алаяқтардікі болып шықты.",
        "Мен мұның бәрін полицияға жеткіздім, арыз жаздым, деді журналист.",
        // Round 48: no threats sent, the criminal formula of libel, a debt deducted from pay, the
        // charge's own words.
        "Угроз корреспонденту никто не присылал.",
        "Следствие считает, что блогер распространил «заведомо ложные сведения, порочащие честь» \
         чиновника.",
        "Ол берешекті журналистің жалақысынан ай сайын ұсталатын сомамен өтеп келеді.",
        "Блогер билік өкілін қорлады деп айыппұл арқалады.",
        // Round 49: no staff arrested, a crime repealed, concern caused, a penalty's upper
        // bound.
        "No member of the paper's staff was arrested.",
        "Journalists have worked more freely since criminal libel was repealed.",
        "Завышенные цифры вызвали беспокойство родителей, сказал журналист.",
        "За нарушение порядка журналистам редакции грозит взыскание вплоть до увольнения.",
        // Rounds 51 and 52: a family's search, a door's break-in, a demand not made.
        "Семья и коллеги объявили пропавшего журналиста в розыск.",
        "Следов взлома на двери редакции нет.",
        "Мен заңды жоюды талап етпеймін, деді редактор.",
        // Round 53: a class of journalists, not an event; a fine's range.
        "Journalists who are threatened or arrested will be able to call a hotline.",
        "Outlets that break the rule face fines of between 3,000 and 15,000 marks.",
        // Round 54: never questioned, with "he says" between.
        "The editor has never, he says, been questioned by police about the story.",
        // Round 55: entry without leave onto a building site is no account broken into.
        "Серіктестік өкілі журналист құрылыс алаңына рұқсатсыз кірді деді.",
        // Round 56: stations closed for want of advertising, a law that forbids bans, media that
        // do not answer, a disaster, impostors, a check "without any searches", how a case
        // should be classed.
        "Many stations closed in the 2010s because they could not attract enough advertising.",
        "The media law prohibits banning a newspaper without a court order, the editor said.",
        "The station did not answer questions about its owner's business ties.",
        "The 2004 tsunami destroyed the radio station's studio and killed two of its reporters.",
        "Police arrested two fake journalists who had extorted money from traders.",
        "Журналист рассказал, что проверка прошла без всяких обысков и изъятий.",
        "Ұйым оқиғаны журналистің кәсіби қызметіне кедергі келтіру ретінде саралауды сұрады.",
        // Round 57: a station silent in mourning, a denial that the press was shut out, the dead
        // who are workers.
        "The station went off the air for the day in mourning for its founder.",
        "City hall denies press was shut out of the briefing.",
        "Сот отырысына қаза болған жұмысшылардың туыстары мен «Есіл өңірі» басылымының тілшісі келді.",
        // Round 58: a shot fired is no one fired; a paper that could easily close.
        "The cameraman said the shot was fired from a rooftop.",
        "Сарапшының айтуынша, мұндай жағдайда газеттің жабылып қалуы оп-оңай.",
        // Round 59: views "long held" by reporters, a retraction request declined, what it
        // would take for a reporter to be hurt, thieves who targeted a reporter, obstruction of
        // the authorities' work, posted "без комментариев", an official in custody; a video
        // taken off a page, no threats, what a thing amounts to, police urged to investigate
        // (kk).
        "Press-freedom groups said the files confirmed fears long held by reporters in the capital.",
        "She noted that the portal had declined the MP's written request for a retraction.",
        "It would take only one angry crowd for a reporter to be hurt.",
        "Police arrest snatch-theft pair who targeted TV reporter",
        "Failure to cooperate will be considered obstruction of the work of the competent \
         authorities, the letter to the editor said.",
        "Блогер опубликовал скриншоты документов без комментариев.",
        "Суд заключил чиновника под стражу, сообщает редакция.",
        "Бейнежазба блогердің парақшасынан кейін өшірілді.",
        "Тілші бұған дейін ешкімнен қоқан-лоқы естімегенін айтты.",
        "«Сауалға жауап бермеу — журналистің кәсіби қызметіне кедергі келтірудің бір түрі», – деді \
         заңгер.",
        "Қор полицияны өртті журналистің кәсіби қызметімен байланыстыра тергеуге шақырды.",
        // Round 60: a pyramid scheme's sites, a workshop session on spyware, a fake channel
        // blocked (kk).
        "Bolivia's regulator orders block on websites of suspected pyramid scheme; four arrested.",
        "One session of the journalists' workshop was devoted to how spyware works.",
        "Жалған Telegram-арна шағымдардан кейін бұғатталды, деп хабарлады редакция.",
        // Round 61: "вменяемые" (sane) is no charge; "қазанда" is October, not a death.
        "Многие председатели советов — вменяемые люди, говорит редактор газеты.",
        "Оқиға 2 қазанда болған, деді тілші.",
        // Round 62: no threats came.
        "«Прямых угроз мне не поступало», — говорит журналист.",
        // Round 63: a prize won, a law for access to information, figurative "killing" of the
        // press, a child who died (kk).
        "Neema Laizer, a producer at the radio station, beat 14 other finalists.",
        "When the Access to Information Act came into force, journalists hoped for answers.",
        "Давление рынка и отток кадров убивают местную прессу.",
        "Тілші дәлізде қаза тапқан баланың ата-анасымен сұхбат жазбақ болды.",
        // Round 64: the sea that tore out a transmitter cabin.
        "Within minutes the sea had filled the ground floor of the radio station and torn out the \
         transmitter cabin.",
        // Round 65: fraudulent posts deleted after a takeover, threats a platform is asked to
        // remove, a car taken back, a complaint against persons unknown, a one-off request for
        // comment left unanswered.
        "The outlet regained control of the page and deleted the fraudulent posts.",
        "The newspaper asked Meta to remove the posts identifying her home.",
        "The court ordered the dealer to take back the reporter's car.",
        "The newspaper filed a criminal complaint against persons unknown over the threats.",
        "Главный врач больницы на вопросы нашего издания не ответил.",
        // Round 66: publications about the war dead, a copy of a channel blocked (kk), a
        // neighbours' land dispute, a refuted post (kk), the official arrested after a broadcast.
        "Журналиста допросили по делу о публикациях, посвящённых погибшим участникам боевых \
         действий.",
        "Үшінші күні көшірме арна бұғатталды, деп хабарлады редакция.",
        "Блогер көршісімен болған жер дауы бойынша сотта жауапкер ретінде отыр.",
        "Әкімдік баспасөз қызметі «журналистер жиналысқа кіргізілмеді» деп айтылған жазбаның \
         шындыққа жанаспайтынын мәлімдеді.",
        "Police arrested the commissioner hours after the radio station aired the interview.",
        // Round 67: a constitution that bars censorship, a personal loan, a public (verbal)
        // attack, a veteran who followed her paper, sites that sold forged diplomas.
        "Its chair said several provisions contradicted the Constitution, which bars prior \
         censorship of the press.",
        "Neighbour takes travel vlogger to court over Rs 8 lakh loan.",
        "The minister's public attack on a local reporter has been condemned by journalists' \
         organisations.",
        "Последние годы ветеран редакции тяжело болела, но до последнего следила за газетой.",
        // Round 68: a reporter reading her own abuse, a verdict's aim as an NGO names it, a
        // plot's boundary (kk).
        "The newspaper's head of news sat with me while I went through the worst messages on my \
         phone.",
        "Центр медиаправа назвал приговор блогеру несоразмерным и направленным на запугивание \
         всех, кто ведёт независимые каналы.",
        "Блогер жер сатып алғанда учаске шекарасын тексертуді сұрады.",
        // Round 69 (ru): no charge sheet drawn up, a motion to requalify a case, a wallet
        // "похитили" (stolen, not abducted).
        "Протокол об административном правонарушении на корреспондента газеты составлен не был.",
        "Газета направила ходатайство о переквалификации дела на статью 144 УК РФ — \
         воспрепятствование законной профессиональной деятельности журналистов.",
        "Карманник похитил у корреспондента газеты кошелёк, его задержали.",
        // Round 69 (kk): a page limited for a day, a bill's penalty that "would have" come.
        "Платформа газеттің парақшасын бір тәулікке шектеп тастаған.",
        "Заң жобасы бойынша тіркелмеген блогерлерге әкімшілік жауапкершілік қарастырылмақ еді.",
        "Суд заблокировал сайты, торговавшие поддельными дипломами. На этих сайтах продавали \
         поддельные справки, сообщила редакция.",
        // Round 71: "close" that is near, a closed paper as background, a ban on a topic, a
        // street block.
        "Government advertising brought in close to half of the newspaper's revenue.",
        "He started a blog after the closed newspaper stopped paying him.",
        "The regional security committee bans radio discussions of the land dispute.",
        "The family lives two blocks from the radio station.",
        // Round 72: a place's notoriety, a plaintiff's name for publications, the Second World
        // War, detention without trial as a rule, a boarding pass, a rule cited as a reason.
        "The city is notorious for attacks on journalists.",
        "Тольятти печально известен нападениями на журналистов.",
        "Застройщик называет публикации блогера «кампанией по дискредитации».",
        "В годы Великой Отечественной войны двое корреспондентов газеты погибли на фронте.",
        "Two of the paper's reporters were killed in the Second World War.",
        "Under the law, a person can be held for up to two years without trial, the reporter wrote.",
        "The airline cancelled the reporter's boarding pass after the flight was overbooked.",
        "Согласно положению об аккредитации, журналисты должны подать заявку за неделю.",
        // Round 73: a pile-up is a road accident.
        "Radio presenter among injured in motorway pile-up",
        // Round 74: the outlet's own request to a platform, a head-on collision, "declined to
        // comment" (kk), a funeral (kk).
        "My editor asked Facebook to remove the post; it stayed up for three weeks.",
        "Корреспондент телеканала пострадала в лобовом столкновении на трассе.",
        "Баспахана директоры газетке пікір білдіруден бас тартты.",
        "Ардагер журналистің қазасы 14 қарашада Шалқар қаласында шығарылды.",
        // Round 75: one's own access cut, editorial secrecy, reporters who came to a briefing,
        // a print run driven away, an online "attack" (kk).
        "Their access to the newspaper's systems was cut off the same afternoon.",
        "Это прямое вмешательство в тайну редакции, заявил адвокат журналистки.",
        "На пресс-подход главы пришли представители пяти редакций.",
        "Газеты погрузили в полицейскую машину и увезли в отдел.",
        "Кездесуден кейін блогерге әлеуметтік желіде жаппай шабуыл басталды.",
        // Round 76: a right of reply before publication, programmes suspended in mourning, a
        // bill to pay, lightning, an imagined suit, a registration annulled at the founder's
        // request, identifying who sent threats (kk).
        "Her client had twice asked the company for comment before publication without \
         receiving a reply, the newspaper's lawyer said.",
        "The station suspended its programmes on Friday and broadcast religious music in his \
         memory.",
        "Censorship increasingly happens by telephone, and the bill is paid by journalists who \
         lose their jobs.",
        "Lightning hit the mast where the station's transmitter is installed, burning the \
         amplifier.",
        "Журналист, который заранее представляет себе иск, сам вычёркивает из текста острый \
         абзац.",
        "Свидетельство о регистрации газеты будет аннулировано по заявлению учредителя.",
        "Біз полицияны дауыстық хабарламалардың авторын анықтауға шақырамыз, деді газет \
         редакторы.",
        // Round 77: a purpose ("designed to close"), a protest held outside a police station,
        // captivity at the hands of unknown men, a comparison (ru), an elder's death (kk),
        // "keep on a rein" (kk).
        "The journalists' syndicate described the sum as a figure designed to close a newspaper.",
        "Journalists held a silent protest outside the police headquarters on Friday.",
        "The journalist was held for two days by a group of unidentified men before being \
         released.",
        "Это тише обыска и гораздо действеннее, пишет редактор газеты.",
        "Қария аурухана жолында қайтыс болды, деп жазды газет тілшісі.",
        "Сарапшы мемлекеттік тапсырыс басылымдарды тізгінде ұстау құралына айналғанын айтты.",
        // Round 78: what a sum "is about", a car dealer sued, a question of numbers, a kick at a
        // tripod (ru), a thing taken to the police (kk), a law's article by name (kk), sources
        // of funding.
        "A sum like this is not about damages, it is about closing a small newspaper, the \
         lawyer said.",
        "The TV cooking-show host sued Golden Wheel Auto after the company refused to take the \
         faulty car back.",
        "Охранник ударил ногой по штативу съёмочной группы телеканала.",
        "Трекерді суретке түсіріп, полицияға апардым, деді журналист.",
        "«Журналистің заңды кәсіби қызметіне кедергі келтіру деген бап бар», – деді заңгер.",
        "Under the new rules, online broadcasters must disclose their owners and sources of \
         funding.",
        // Round 79: a line of "did not answer questions" alone is a right of reply.
        "The paper's managing editor said she did not answer questions from rival outlets about \
         the merger.",
        // Round 80: meetings behind closed doors, figures kept behind them, a closed session
        // asked for; pay withheld (kk), a landfill on fire (kk), information "not intended for
        // publication" as an accusation (ru).
        "Councillors held meetings behind closed doors all week, a reporter said.",
        "The health department keeps the figures behind closed doors, the newspaper said.",
        "A lawyer for the editor asked the court to hear the case in closed session.",
        "Бөліп төлеу туралы өтініш бердім, ай сайын жалақымның бір бөлігі ұсталып жатыр, деді \
         журналист.",
        "Басылым полигондағы қоқыстың өртенуі туралы жазды.",
        "Советник заявил, что журналисты разместили информацию, не предназначенную для \
         публикации.",
        // Round 81: an article asked to be removed, how one closes a newsroom; threats never
        // told of (ru), a "stab in the back" (ru), a parent's "be careful" (kk), an akim insulted
        // by a blogger (kk).
        "The editor is asking for damages and for the article to be removed.",
        "That is how you close a newsroom without closing it, the editor said.",
        "«Об угрозах он мне никогда не рассказывал», — сказала вдова журналиста.",
        "Для редакции это «удар в спину», сказал редактор телеканала.",
        "Сказал, что такой сюжет на телеканале — это «удар в спину».",
        "Ата-анам «қызым, абай бол» дейді, деді журналист.",
        "Блогер видеосында аудан әкімін бірнеше рет балағаттаған.",
        // Round 82: "pressure" twice is no threat; a plea not to take questions as hostile (kk).
        "Our organisations are alarmed by the pressure exerted on the news website. The pressure \
         began after the site published reports on housing.",
        "Сайлау комиссиясына бір өтінішім бар: журналистің сұрағын жаулық деп қабылдамаңыздар.",
        // Round 83: none of the reporters detained, an intention not to be intimidated, the
        // answer to a question a trial may give (ru).
        "The union said that none of their reporters or photographers had been detained.",
        "We do not intend to be intimidated, the newspaper's editor said.",
        "Вдова журналиста сказала, что ждёт от процесса ответа на главный вопрос.",
        // Round 84: where to find documents; threats not received (ru), a formula of honour in
        // a letter alone (ru), fishing gear confiscated (kk), machine operators as witnesses (kk).
        "If what I wrote is false, the commissioner knows where to find the documents, the \
         editor said.",
        "Угроз накануне, по словам блогера, он не получал.",
        "В письме говорится, что журналист распространила сведения, порочащие честь и \
         достоинство депутатов.",
        "Балық инспекциясы тыйым салынған аулау құралдарын тәркілегенін хабарлады, деді блогер.",
        "Куә ретінде шақырылған екі механизатор газеттегі мақаладағы сөздерін растады.",
        // Round 85: what a phone "held" is no detention.
        "The reporter's phone was examined in a lab. It held messages with editors in three \
         countries.",
        // Round 86: card-holding journalists, a broken streetlight; a DDoS "if suddenly" (ru), a
        // ban that the law does not make (kk).
        "There are perhaps 150 card-holding journalists in this country.",
        "The car was waiting under the broken streetlight when the reporter came out of the \
         studio.",
        "Если на сайт вдруг пойдёт DDoS, мы переключимся на резервный сервер, говорит редактор.",
        "Полицейлерді түсіруге заң тыйым салмайды, деді журналист.",
        // Round 87: a story "killed" by a phone call; a hacking scenario (ru), a village
        // "spoiled" (kk).
        "We had the story, it was balanced, and it was killed by a phone call, one of the \
         reporters said.",
        "Другой сценарий — взлом. Злоумышленник сможет опубликовать от имени редакции что угодно.",
        "Әкімнің айтуынша, заңсыз құрылыс ауылды бүлдіріп жүр, деп жазды газет тілшісі.",
        // Round 88: none could name a reporter threatened; the doors of officials' offices (ru).
        "Editors at nine newsrooms said none could point to a reporter who has been threatened \
         or hurt in this campaign.",
        "Суд потребовал от журналиста доказать, о чём говорили за закрытыми дверями чиновничьих \
         кабинетов.",
        // Round 89: an offence named by the law (kk).
        "Заң журналистің заңды кәсіби қызметіне кедергі келтіруді қылмыс деп санайды.",
        // Round 90: a car that kept breaking down, time off; any suit (ru), a novel's hero (kk).
        "He had a blog, a car that kept breaking down, and a list of depots, says an editor at one \
         of the websites.",
        "My editor told me to take as much time off as I needed, the reporter said.",
        "У нас нет штатного юриста, любой иск для нас — серьёзная история, говорит редактор.",
        "Романның басты кейіпкері – шағын газеттің тілшісі Дәурен. Ойдан шығарылған қалада оны \
         полиция ұстап, тергеушілер жауапқа тартады.",
        // Round 195: set 480's traps: a building society's cyberattack (no outlet); kk what a
        // body 'талап ете алады' under a law, 'барлық дереккөзді қорқытады', the suspect a former
        // employee ('күдікті деп танылған ... қызметкерінің'), a chair's right 'шығару құқығына
        // ие'
        "Customers of the building society were unable to use its website after a \
         cyberattack, the news site reported. The building society said hackers had gained \
         access to its systems.",
        "Уәкілетті орган басылымға нұсқама жіберіп, материалды өшіруді талап ете алады.",
        "«Мұндай тәжірибе барлық дереккөзді қорқытады», – деді редактор.",
        "Журналист бұл туралы іс бойынша күдікті деп танылған әкімдіктің бұрынғы \
         қызметкерінің адвокатынан білген.",
        "Төрағалық етуші журналисті залдан шығару құқығына ие болады.",
        // Round 194: set 478's traps: ru 'наличие признаков воспрепятствования' checked (no
        // obstruction told)
        "Полиция проверяет наличие признаков воспрепятствования законной деятельности \
         журналиста.",
        // Round 193: set 476's traps: a spoof page removed 'at the paper's request', a journalist
        // who 'answered no questions on legal advice'
        "Meta removed the spoof page on February 11 at the paper's request.",
        "The reporter said he had answered no questions on legal advice.",
        // Round 192: set 474's traps: access restricted to a road or a drill pad (no site), a
        // photographer 'removed' (no gear taken), 'Asked whether any of his reporters had been
        // threatened', a bylaw 'for first reading next month'; ru 'открывается ли сайт без VPN',
        // 'достаточно одного иска', requested data handed over; kk trucks that damaged a pasture
        "Police restricted access to the road near the newspaper's office.",
        "The photographer was removed from a public lobby before any camera came out.",
        "Asked whether any of his reporters had been threatened, the editor said no.",
        "The media bylaw is expected to come to council for first reading next month.",
        "Я каждое утро проверяю, открывается ли сайт нашей редакции без VPN.",
        "Достаточно одного иска на несколько миллионов, и нашей газеты нет.",
        "Редакция передала полиции запрошенные сведения.",
        "Журналист ауыр жүк көліктері жайылымды бүлдіріп жатқанын көрсеткен видео жариялады.",
        // Round 191: set 472's traps: a 'pulled story' claim denied, 'to get me sacked' (a
        // purpose); ru a protest over a border 'недопуск' (no event barred); kk a suit called
        // 'қорқытудың бір тәсілі', footage deleted from a camera (a raid's, not censorship)
        "Council and paper deny 'pulled story' claim. The council said the claim was untrue, \
         and the newspaper's editor agreed.",
        "\"People write to my editor to get me sacked,\" the reporter said.",
        "Пресс-клуб выражает протест в связи с недопуском российской журналистки в Казахстан.",
        "«Мұндай сомада арыз беру — басылымды қорқытудың бір тәсілі», — деді заңгер.",
        "Полицейлер тілшінің бейнекамерадағы жазбаны оның көзінше өшіруді талап етті.",
        // Round 190: set 470's traps: a messaging channel (no outlet), a regulator's usual fines,
        // 'never been asked to leave or told', ru a charge's 'угрозу нарушения', kk a cow hit on
        // the road, 'дайын үкім', a purpose 'қауіп төнбеуі үшін'
        "The council's website was offline after a denial-of-service attack. A hacking group \
         claimed responsibility on a messaging channel.",
        "The regulator more often imposes fines on radio stations, media lawyers said.",
        "The reporter said she had never been asked to leave or told she could not attend \
         council meetings.",
        "По версии следствия, сообщение журналистки создало угрозу нарушения общественного \
         порядка.",
        "Газет тілшісінің көлігі жолға шыққан сиырды қағып кетті, көліктің алдыңғы бөлігі \
         зақымданды.",
        "Блогер ешкімнен сұрамай, дайын үкім шығарған, – деді әкім.",
        "Журналистердің өміріне қауіп төнбеуі үшін шектеу қойылды.",
        // Round 189: set 468's traps: blocked shots in a basketball game, a retraction never
        // issued, 'we haven't had a reporter threatened', sweepstakes sites, a lawyer kept out, a
        // road's damage
        "Northeast's full-court press smothered them. The Blizzard blocked nine shots. Pieper \
         blocked a layup late in the game, the school newspaper reported.",
        "The weekly newspaper never issued such a retraction of its reporting.",
        "\"We haven't had a reporter threatened or hurt here,\" the editor of the newspaper \
         said.",
        "State agents shut down 14 websites that ran an online sweepstakes casino, the news \
         site reported. Visitors to the websites saw that the domains had been seized and \
         blocked. The sites mimicked slot machines.",
        "Адвокату журналиста, прибывшему на место, около часа не давали пройти в квартиру.",
        "Блогер аудандағы жолдың бүлінгенін көрсететін бейне жариялады.",
        // Round 188: a sending-off that 'killed the game', a reporter who answered 'no comment'
        // (en), a general claim about 'most hacks' (ru)
        "The local paper's reporter watched the match. \"I thought the sending-off killed the \
         game for us,\" the manager said.",
        "The freelance reporter was not arrested and answered \"no comment\" on legal advice.",
        "По словам эксперта, большинство взломов аккаунтов небольших изданий в мире \
         происходят не из-за сложных атак, а из-за простых паролей.",
        // Round 187: a draft of accreditation rules withdrawn, trolls a reporter 'blocked'
        // herself, a fist on a table (ru), corrections an editor told a reporter to write (kk)
        "Акимат области отозвал проект новых правил аккредитации журналистов после критики.",
        "Журналистка газеты получала оскорбления в комментариях. «Сначала я просто удаляла и \
         блокировала», — говорит она.",
        "Потом он ударил кулаком по столу и ушёл, рассказывает журналистка.",
        "Газет редакторы тілшіге «сен түзетулер жазасың» деді. Тілші түзетулер жазудан бас \
         тартты. Редакция түзетулер жазуды талап етті.",
        // Round 186: a renewal of immigration status stalled (en), a detention first reported by
        // 'Telegram-каналы' (ru)
        "The reporter's immigration status lapsed when her renewal, filed in the spring, \
         stalled in a processing backlog.",
        "О задержании директора текстильной фабрики первыми сообщили местные Telegram-каналы.",
        // Round 185: a bill 'dead for the session' or pulled by its sponsor (en), a recording 'we
        // listened to' (ru), a right enshrined in law, a decision 'within the law' (kk)
        "Rep. Harcourt introduced a bill last month to require news websites to register. \
         Publishers testified against the bill. The bill is dead for the session.",
        "Sponsor pulls bill to register online news sites. Publishers had testified against \
         the bill, and the committee had scheduled a vote on the bill.",
        "Однако на полной аудиозаписи, которую мы прослушали, слова председателя о блогерах \
         звучат иначе, пишет редакция.",
        "Мәслихат сессиялары ашық өтеді, журналистердің оларға қатысу құқығы заңмен \
         бекітілген.",
        "Тілші корпоративтік тәртіпті бұзды, шешім заң шеңберінде қабылданды, деді телеарна \
         директоры.",
        // Round 184: a bill on licensing withdrawn, domestic violence as a story's topic (ru)
        "Законопроект о лицензировании блогеров отозван из парламента.",
        "Журналистка опубликовала материал о домашнем насилии. Газета и дальше будет писать о \
         бытовом насилии.",
        // Round 183: a station off-air while it moved studios, a jail named in three sentences as
        // a newspaper's beat (en; two weights lowered)
        "The station was off-air for a week while it moved to new studios.",
        "The weekly newspaper's reporter spent the afternoon at the jail. The newspaper has \
         covered the jail since 1990. Its editor toured the jail on Friday.",
        // Round 182: what frightens a young reporter, no threat (kk)
        "Жас тілші: мені қорқытатын нәрсе — осы «әзірге» деген сөз.",
        // Round 181: passwords changed by the newsroom itself, a pickpocket held (kk)
        "Редакцияда барлық аккаунттардың құпиясөздерін ауыстырдық, деді газет редакторы.",
        "Базарда порталдың тілшісі Әселдің сөмкесінен телефонын ұрлап кеткен жігіт ұсталды. \
         Полиция оны қалта ұрлығы үшін іздеген.",
        // Round 180: a denial that any journalist was cited, an imaginary threat in a training
        // exercise (en), a suit only announced (ru), accreditation never applied for, relations
        // 'spoiled' (kk)
        "The Alliance is not aware of any journalist who has been cited under the law since \
         it took effect.",
        "Participants had to respond to an imaginary email threatening a reporter's family.",
        "Журналистка сообщила, что обратится в суд с требованием восстановить её на работе.",
        "Блогерлер аккредитацияға өтінім бермегенін растады.",
        "Редактор тілшіге әкімдікпен қатынасты бүлдірдің деді.",
        // Round 179: every death in custody (a spokesperson's phrase), licence plates searched, a
        // notebook taken out
        "The radio station asked for the jail records. The department said it takes every \
         death in custody seriously.",
        "A post alleged that officers had searched plates belonging to reporters covering the \
         shooting.",
        "He would drink tea for hours before he ever took out a notebook, his editor \
         recalled.",
        // Round 178: a reporter's statehouse beat, a hotline to call if reporters are threatened,
        // a photographer photographing an arrest
        "Harlan joined the Dispatch as a reporter in 1990 and moved to the statehouse beat in \
         1994.",
        "Reporters can call the hotline if they are threatened or blocked from covering the \
         election.",
        "The photographer was cited while photographing officers arresting two men outside a \
         bar.",
        // Round 177: a warrant lawfully executed is no killing, "anyone has threatened us" in a
        // denial, a fake shop website, court practice taught at a course (kk)
        "Our reporters are getting ready for the campaign. None of this is because anyone has \
         threatened us, the editor wrote.",
        "Fake avocado shop website taken down. A fake website copying the online shop of an \
         orchard was taken down after customers were scammed.",
        "Аудандық журналистерге арналған оқу курсы өтті. Тыңдаушылар ар-намыс пен іскерлік \
         беделді қорғау туралы сот тәжірибесімен, журналистің іс-шараларға қатысу тәртібімен \
         танысты.",
        // Round 176: a rumour the police called false (kk), a journalist's own claim against a
        // builder (kk)
        "Полиция редактордың ұсталғаны туралы WhatsApp топтарында тараған хабарлардың жалған \
         екенін мәлімдеді.",
        "Сот тілшінің құрылыс серіктестігіне қойған талап арызын қанағаттандырды.",
        // Round 175: a politician's attack on a reporter (words), an attacker's sentence for
        // assault on a camera operator
        "Councillor's attack on reporter draws criticism from the mayor.",
        "Man sentenced for assault on camera operator outside the district court.",
        // Round 174: a condition ("I'd be arrested"), a country's record, plants that died (ru),
        // a safety seminar (ru), a masthead named after Korkyt (kk), a journalist's own flat
        // repairs (kk)
        "\"They said if I came back in, I'd be arrested,\" the blogger said of the protest.",
        "The country has seen journalists threatened and arrested, but a killing is rare, a \
         union official said.",
        "Сосед блогера утверждал, что из-за забора у него погибли кусты смородины.",
        "На семинаре журналисты разберут, как хранить контакты источников при потере или \
         изъятии телефона.",
        "Қармақшы ауданында жаңа апталық «Қорқыт өңірі» газеті жарық көрді.",
        "Сот тілшінің пайдасына пәтерді жөндеуге 1,4 миллион теңге өндіруді шешті.",
        // Round 173: a spokesperson's denial that journalists were arrested, "a textbook case
        // of", a film crew's road accident (kk)
        "\"No journalists or people filming the event were arrested or detained,\" the \
         spokesperson said.",
        "The lawyer called it a textbook case of a publisher suing to silence a critic.",
        "Ақтоғай – Балқаш жолында телеарнаның түсірілім тобы апатқа ұшырады. Оператор Ернар \
         Сұлтанбеков қабырғасы сынып, ауруханаға жеткізілді.",
        // Round 172: a shared bill, a denial that any channel was hacked (ru), a loan between
        // neighbours (kk)
        "Mayor and food blogger agree to split the bill for the shared fence.",
        "Пока случаев взлома каналов СМИ в области мы не фиксировали.",
        "Аудандық сот блогерге қарсы талап арызын қанағаттандырды. Талапкердің айтуынша, ол \
         көршісіне көлік сатып алу үшін 1,2 миллион теңге қарызға берген.",
        // Round 171: a denial that any member of the media was removed
        "No member of the news media was asked to leave the hearing, the chief said, contrary \
         to posts online.",
        // Round 170: set 434's misses (Vermont and New Hampshire, the Ryazan region, the Zhambyl
        // region): a viral claim said to be false; a camera that records
        "The police chief and the reporter say a viral claim about her seized phone is false.",
        "The reporter said that at night a phone camera records little more than headlights.",
        // Round 169: a head-on crash across the median
        "The sports editor was injured when a pickup crossed the median and struck his car \
         head-on.",
        // Round 168: what surveys show; 'не находится под стражей'; a draft withdrawn from
        // discussion; a threat to sue is a claim, not intimidation
        "National surveys show that local journalists increasingly report harassment.",
        "Под стражей блогер не находится, сообщил адвокат.",
        "Облисполком отозвал с обсуждения проект порядка аккредитации журналистов.",
        "The company's lawyers threatened to sue the newspaper for $2 million over the \
         article.",
        // Round 167: a lawyers' review is no revocation
        "В отзыве правовиков указывалось, что порядок аккредитации журналистов относится к \
         федеральному регулированию.",
        // Round 166: a removal the court would not order
        "A judge refused to order the blogger to take down the posts about the developer.",
        // Round 165: a recording's listeners counted
        "Редактор сказал, что запись выпуска за сутки прослушали более 20 тысяч человек.",
        // Round 164: the outlet weighing its own step; a guarantee the law fixes
        "Редакция баспаханамен келісімшартты бұзу мәселесін қарап жатыр.",
        "Дереккөзді жасыру — журналистиканың басты қағидасы және заңда бекітілген кепілдік.",
        // Round 163: what one kept oneself; a claim the plaintiff does not make
        "The photographer said officers looked at his bag, but he kept his phone and camera.",
        "Әкімнің орынбасары блогерден моральдық зиян өндіруді талап етпейтінін айтты.",
        // Round 162: crops burnt by heat; what one was ready for; a company's own men taken off
        // work; a pickpocket's theft; livestock left unattended
        "Корреспондент газеты рассказал, что из-за жары у его соседей сгорел весь урожай.",
        "Как журналистка, я была готова ко всему — от анонимных звонков до визита \
         участкового.",
        "Редактор газеты сообщил, что директор уже отстранил этих людей от работы.",
        "Полиция хабарлауынша, тілшінің сөмкесінен телефонын білдіртпей алып кеткен.",
        "Тілші жарақат алды. Түйенің иесіне малды бақылаусыз қалдырғаны үшін әкімшілік \
         хаттама толтырылды.",
        // Round 160: scam ticket sites taken down; "neither DDoS nor hacks" (ru); "there was no
        // search" headline (ru); an illegal gaming hall and blocked casinos (ru)
        "Fake concert ticket websites shut down. Investigators took 25 websites selling \
         counterfeit tickets offline this week.",
        "Ни DDoS-атак, ни взломов, ни поддельных страниц у нашей редакции пока не было, \
         говорит редактор.",
        "Полиция: обыска в редакции городской газеты не было.",
        "В городе накрыли подпольный игорный зал. В интернете заблокированы ещё 20 казино.",
        // Round 159: a presenter's consumer suit against a car dealer is her private case (ru)
        "Суд обязал автосалон вернуть ведущей районной телестудии деньги за неисправный \
         автомобиль и выплатить компенсацию морального вреда.",
        // Round 158: a youth detention centre as a place; "no data of any colleague threatened or
        // any outlet closed" (kk)
        "The reporter wrote about a leak from the youth detention centre in the town.",
        "Бізде ешбір тілшінің қорқытылғаны, ешбір газеттің жабылғаны туралы дерек жоқ, деді \
         департамент басшысы.",
        // Round 157: the saying "an attack on a reporter is an attack on ..."; a small town's
        // "everyone knows where I live"; a highway smash is an accident
        "An attack on a reporter is an attack on every reader, the editor wrote in a column \
         marking the paper's centenary.",
        "Everyone knows where I live, the reporter laughed, describing life in a town of 900 \
         people.",
        "A radio newsreader was hurt in a highway smash near the bridge on Sunday.",
        // Round 155: a storm's own damage.
        "The community radio station's studio roof was badly damaged when a tropical cyclone \
         passed south of the island.",
        // Round 154: an impostor's channel to be blocked (ru).
        "Редакция попросила администрацию мессенджера Telegram заблокировать канал, выдающий \
         себя за журналистку.",
        // Round 153: a vessel at anchor; fuel run out; a journalist's own injury claim.
        "The barge carrying the logs has been detained at anchor off the landing since \
         Monday.",
        "\"When the generator ran out of diesel the station went off air until the ship \
         came,\" the former newsreader recalled.",
        "The radio presenter was awarded damages after the court found the boat operator's \
         negligence caused the accident that broke her leg.",
        // Round 152: threats in general; none drawn up yet (ru).
        "Media advocates say the misuse of state advertising is one of the quieter threats \
         facing small newspapers.",
        "Протоколов по новой статье против журналистов в районе пока не составлялось.",
        // Round 151: a penalty proposed (ru).
        "За отказ регистрироваться в реестре блогерам предлагалось лишать права на \
         аккредитацию.",
        // Round 150: 'called for more counselling' is a wish.
        "The head teacher welcomed the new rules for the school radio club and called for \
         more counselling in schools.",
        // Round 149: an offence taken out of the law; what is yet to come after the first camera
        // is broken; pay delayed (ru); 'жақсы' is no paint smeared (kk).
        "Journalists welcomed the ruling, saying the courts could protect journalism now that \
         criminal libel had been removed from the statute books.",
        "Editors say the station must act now, not after the first camera is broken.",
        "Фотограф газеты уволился сам: зарплату задерживали по два месяца.",
        "Мен бала кезімде баспаханаға барып, газеттің бояуының иісін сезгенді жақсы \
         көретінмін, — дейді тілші.",
        // Round 148: a machine that broke down; a demand to give back gear holding sources' data.
        "The newspaper's two delivery trucks had broken down after being fuelled with dirty \
         diesel, the editor wrote.",
        "Комитет напомнил, что на компьютерах редакции хранятся данные источников, и \
         потребовал вернуть их журналистам.",
        // Round 146: money as a stranglehold (ru); the law told, not an act (ru); a blow by its
        // order (kk); a hospital's site hacked (kk).
        "«Нас решили задушить рублём», — говорит главный редактор газеты.",
        "Юристы напоминают, что воспрепятствование работе журналиста является \
         административным правонарушением.",
        "Аудандық ауруханасының сайты бұзылды, деп хабарлады жергілікті газет.",
        "Газеттің басына түскен алғашқы соққы желтоқсанда келді, деп жазды тілші.",
        // Round 144: a question asked with a question particle (kk); a wartime past (ru).
        "Оқырмандар редакцияға телефон шалып, «газет жабылып жатыр ма?» деп сұрады.",
        "Здание, где печаталась районная газета, в дни оккупации сгорело.",
        // Round 143: a post deleted of one's own accord; an appeal against a ruling (ru).
        "The blogger said he deleted the video of his own accord after the company \
         complained.",
        "Адвокат журналиста подал жалобу на постановление в областной суд.",
        // Round 142: a medical formula on threats to life; a stage plot in a review; a collision
        // on the road; a password changed after a training.
        "Журналист пострадал при пожаре в редакции. Угрозы жизни журналиста нет, сообщили \
         врачи.",
        "В финале первого акта полицейские избивают журналиста газеты.",
        "Тілшінің көлігі түнде жолда жылқылармен соқтығысты. Көлік қатты зақымданды, тілші \
         жарақат алды.",
        "Тілші мінген көлік жылқы үйіріне соғылды, көлік қатты зақымданды.",
        "Семинарда блогерлер аккаунт қауіпсіздігін үйренді. «Бүгін бірден құпиясөздерімді \
         ауыстырдым», — деді бір блогер.",
        // Round 140: no threats ever (ru).
        "Журналистка газеты говорит: угроз мне никогда не было.",
        // Round 139: a road collision, a death in battle (ru), a blocking feared (kk).
        "Journalist among six injured as microbus, truck collide on the highway.",
        "Через несколько дней редактор заводской газеты погиб в бою под Косой Горой.",
        "Газет редакторы: сайт бір күні бұғатталып қалса не істейміз деп те ойлаймын.",
        // Round 137: a suit one counts on filing, inspectors who came to a newsroom (ru).
        "Адвокат журналиста рассчитывает подать иск до конца месяца.",
        "Проверяющие пришли в редакцию через три дня после эфира.",
        // Round 136: an inspection imagined (ru).
        "Редактор боится, что придёт какая-нибудь внеплановая проверка.",
        // Round 135: a printer's bill (en); a turning point, readers who followed a column (ru).
        "Government notices pay the salaries of reporters and the bill from the printing \
         press.",
        "Перелом, по словам редактора газеты, случился прошлой осенью.",
        "Газету читали вслух, а за рубрикой «Письма читателей» следили по всему округу.",
        // Round 132: a substation's fire (en); an alternative weighed, a suit one intends to
        // file (ru).
        "Fire at a substation knocks television and radio off air in the city.",
        "«Мы удалили текст, потому что альтернатива — блокировка всего сайта», — сказал редактор.",
        "Уволенный журналист намерен обратиться в суд с иском о восстановлении на работе.",
        // Round 131: a wage bill (en); a contract renewed without any trouble (kk).
        "The radio station has 14 employees, and its monthly wage bill is about 1.6 million francs.",
        "Бірақ бес жыл бойы газетпен шартым еш сұрақсыз ұзартылып келген еді.",
        // Round 129: reports an official calls false (ru).
        "Пресс-служба назвала недостоверными сообщения о том, что на пресс-конференцию не пустили \
         журналистов.",
        // Round 128: a builder ordered to pay a presenter (en).
        "The provincial court ordered a construction company to pay $18,000 in compensation to a \
         television presenter whose house developed cracks.",
        // Round 127: an attempt in law, an argument left unanswered (ru).
        "Редактора телеграм-канала подозревают в покушении на вымогательство у предпринимателя.",
        "Этот аргумент оставили без ответа, пишет автор колонки в газете.",
        // Round 126: a road accident (en).
        "Four people, including a reporter with a news channel, were injured when a container \
         lorry lost control and rammed three cars.",
        // Round 125: hazing by fellow soldiers, the liquidation of illiteracy (ru).
        "В статье журналиста мать солдата рассказывала об издевательствах со стороны \
         сослуживцев.",
        "Газета писала о ликвидации неграмотности и о первых артелях.",
        // Round 124: a rumour in posts (en); readers' messages are not read, a generic aim,
        // traffic blocked in a defence (kk).
        "Social media posts claimed that a journalist had been beaten by party cadets.",
        "Телефонда арнаның барлық хат алмасуы, оқырмандардың жіберген хабарламалары бар.",
        "Мұндай талаптардың мақсаты көбінесе ақша емес, қорқыту.",
        "Мамандар порталды уақытша өшіріп, шетелдік мекенжайлардан келетін трафикті \
         бұғаттауға мәжбүр болды.",
        // Round 123: a question about threats, a promise, a private suit (en).
        "Asked whether the reporter had received any threats, the police chief said there was \
         no record of a complaint.",
        "Station owners should promise that no presenter will be sacked because a politician \
         complains.",
        "A radio presenter has sued a private hospital over the death of her baby.",
        // Round 122: a removal the court declined to order (en); a threat in a conditional, no
        // demand that came (kk).
        "The judge declined the request for an injunction compelling the blogger to delete the \
         posts.",
        "Медиа-заңгер: «Журналистке қоқан-лоқы көрсетілсе, дәлелді сақтаңыз»",
        "«Бізге бірде-бір мақаланы өшіру туралы талап келген жоқ», – деді сайт редакторы.",
        // Round 120: flood damage (en); a motion to close the hearings rejected (ru). Round 119:
        // what could have followed (ru).
        "\"I have photographs of the flood damage on my phone and no way to send them,\" said the \
         reporter.",
        "Судья отклонила ходатайство защиты о закрытии заседаний, процесс идёт открыто, \
         журналисты в зале.",
        "Отказ в аккредитации мог последовать, если блогер распространял недостоверную \
         информацию.",
        // Round 118: a sum "equal to closure"; a constitution that bans censorship (kk).
        "Заңгердің пікірінше, талап етілген сома шағын газет үшін «жабылуға тең».",
        "Бұл талап цензураға тыйым салатын Конституция нормасына қайшы келеді, деді газет \
         редакторы.",
        // Round 115: a station's own schedule suspended; no custody (en).
        "The station suspended regular programming on Saturday and played recordings of his \
         programmes.",
        "The judge ordered the reporter to appear on the next date without holding him in \
         custody.",
        // Round 114: a pledge against harassment; a crash on the highway (en); an idiom, and
        // what may happen before an election (ru).
        "Party leaders signed a pledge to discourage their supporters from harassing journalists.",
        "Three staff of a television station were injured when their vehicle somersaulted on the \
         highway.",
        "«Тема закрыта», — сказал редактор газеты о споре с читателями.",
        "По опыту коллег, перед выборами может произойти что-то неприятное: обыск, проверка, \
         блокировка.",
        // Round 113: police going through CCTV footage (en); a site not on a register, a
        // native of the town killed at war (ru); messages taken to the police by the
        // reporter, a law that allows fines (kk).
        "Police say they are going through CCTV footage from a nearby fuel station after the \
         theft of the reporter's motorcycle.",
        "Сайт газеты в реестре запрещённой информации не значится, сообщили в Роскомнадзоре.",
        "Газета опубликовала материал о похоронах уроженца Казани, погибшего в зоне боевых \
         действий.",
        "Бұл хабарламалардың бәрін аудандық полиция бөліміне апардым, — дейді тілші.",
        "Жаңа заң бойынша тіркеусіз жұмыс істеген сайттың иесіне айыппұл салуға мүмкіндік бар, \
         ал иесі әкімшілік жауапкершілікке тартылады.",
        // Round 112: a document taken outside is a leak (kk); a figure of speech (en); the
        // nearest cameras' footage taken for an inquiry (ru).
        "Редакция хабарлады: аурухана құжаттың сыртқа шығарылуы бойынша полицияға арыз жазды.",
        "\"This is a way of closing a newspaper without closing it,\" the publisher said of the \
         advertising ban.",
        "Записи с камер видеонаблюдения изъяты для изучения, полиция проводит проверку по \
         заявлению редактора.",
        // Round 111: what reporters worry about (en).
        "Some journalists worry about online abuse if their reporting is seen as biased.",
        // Round 111: a suit over a private loan (kk).
        "Қалалық сот кәсіпкердің блогерге қойған талап арызын қанағаттандырды: блогер одан \
         көлігін жөндеуге 1,2 миллион теңге қарызға алған.",
        // Round 110: an outage put down to a block; a host's suit against a builder (ru).
        "Пользователи поначалу связали сбой с блокировкой сайта газеты, но провайдер сообщил об \
         аварии на линии.",
        "Суд удовлетворил иск ведущего радиостанции «Ватан FM» Манучехра Алиева к строительной \
         компании.",
        // Round 109: a post its author took down and apologised for or corrected (en).
        "The blogger later deleted the post but did not apologise.",
        "The columnist removed the article and published a correction the next day.",
        // Round 108: a rumour's message told in a sentence of its own, no report received (en);
        // guesses, a demand to qualify a case (ru); a ticket gone to waste (kk).
        "Police dismissed as false a message that claimed the editor had been arrested.\n\nThe \
         message said the editor had been picked up at his home by officers.",
        "The union said it had not received any report of a journalist being threatened during \
         the campaign.",
        "В чатах появились предположения о том, что связь отключили специально.",
        "Союз журналистов потребовал квалифицировать избиение корреспондента по статье 144 УК РФ \
         (воспрепятствование законной профессиональной деятельности журналистов).",
        "«Билетім жанып кетті, форумға онлайн қосылуға тура келді», – деді журналист.",
        // Round 107: tomatoes that died, a patient out of danger (ru).
        "Суд отказал: доказательств того, что помидоры погибли из-за тени забора \
         соседа-журналиста, не нашлось.",
        "Редактора газеты госпитализировали с пневмонией, угрозы жизни нет.",
        // Round 106: a denial of surveillance (en); what rarely happens (ru); an instruction
        // said not to have been given (kk).
        "The minister said the government has never placed a journalist under surveillance.",
        "«Тут редко бывают уголовные дела или обыски», — говорит редактор.",
        "Аудандық полиция түсірілім тобының кадрын өшіру туралы нұсқау берілмегенін мәлімдеді.",
        // Round 105: told to take pictures; a denial of saying; rain through a roof; a law
        // pressed for (en); clearing up an emergency (ru); evidence handed to the police, threats
        // not heard of (kk).
        "'Who told you to take pictures?' a man asked the photographer.",
        "I am not saying that a journalist has been attacked in this campaign.",
        "Rain entered the reporter's house last season, damaging ceilings and furniture.",
        "The union will press for a law requiring that journalists be notified before their \
         records are handed over.",
        "Спасатели завершили ликвидацию чрезвычайной ситуации у здания редакции.",
        "Тілші: «Полицияға арыз жаздым, хаттардың скриншоттарын, қоңыраулар тізімін тапсырдым», \
         — деді.",
        "Қорқытты, соқты дегенді естіген жоқпын, — деді газет редакторы.",
        // Round 103: an arrest denied (en).
        "Police deny arrest of Mueda journalist; reporter says he was \"just out of network\"",
        // Round 102: office staff held after an exposé, a letter withdrawn on a call (en).
        "Land office staff arrested after newspaper exposes forged ownership papers",
        "The federation said the demand violated the protection of journalists' sources and \
         asked police to withdraw the letter.",
        // Round 101: a patient treated and released (en).
        "DEDEDO — Island TV 9 morning anchor Maria Reyes was treated and released at Guam \
         Memorial Hospital on Sunday after her SUV was rear-ended.",
        // Round 100: a transmitter's fault, a shop's page hacked (en).
        "Taveuni radio off air because of faulty transmitter, not police — station",
        "Police have arrested two men in connection with the hacking of a supermarket's Facebook \
         page.",
        // Round 97: no one came with a search (ru); witnesses of a death questioned (kk); a
        // generic actor in the present tense, a case against an unknown perpetrator (en).
        "Сайт ни разу не блокировали, в редакцию с обыском никто не приходил, рассказал главный \
         редактор.",
        "Журналистің өлімі бойынша тергеу жүріп жатыр. «Қазір бірнеше адам куә ретінде жауап \
         берді», — деді полиция.",
        "A minister who threatens a journalist makes headlines and gets condemned by Brussels.",
        "The prosecutor's office said it had opened a case against an unknown perpetrator after \
         the reporter's complaint.",
        // Round 96: a wall taken down, a hurricane's damage, water through a roof, an arrest an
        // outlet reported (en).
        "GEORGE TOWN — A popular food blogger has been ordered to take down part of a boundary \
         wall at her home.",
        "The couple, both reporters, said water poured through the roof and along the \
         foundation, ruining furniture.",
        // Round 95: damages won from a builder, a printing bill, threats none told of (en); the
        // dead named before the participle, a search threatened (ru).
        "A television newsreader has been awarded €38,000 in damages from a building contractor \
         over a leaking roof.",
        "My newspaper has three employees and a printing bill that rises every year.",
        "Colleagues said the reporter had not told them of any threats and had not asked for \
         protection.",
        "Основанием послужила публикация в телеграм-канале журналиста, посвящённая похоронам \
         жителей области, погибших в зоне боевых действий.",
        "Нам прямо сказали: не дадите сами — придут с обыском и заберут серверы, рассказал \
         редактор.",
        // Round 93: the same story with no media in its lead; prison deaths as a topic; a
        // conditional after its verb (ru); a host's claim against a builder (kk).
        "Kiosk owner's records request stalls\n\nFor 127 days, a kiosk owner has been waiting \
         for a copy of a land lease.\n\nThe ministry was asked for the lease agreement in \
         November. Two follow-up letters, in December and January, went unanswered. On Monday \
         the ministry refused to release the documents.",
        "The newsroom published its prison deaths investigation on Monday.",
        "Мы удалили текст, потому что иначе сайт заблокировали бы на два месяца.",
        "Телеарна жүргізушісі «Нұр Құрылыс» ЖШС-ға қойған талап арызын сот қанағаттандырды.",
    ] {
        assert_eq!(labels(text), Vec::<String>::new(), "{text}");
    }
}

/// Texts whose one label is the point: a type that a nearby rule would take for another.
#[test]
fn these_texts_get_exactly_one_label() {
    let cases = [
        // Round 195: set 480: journalists 'wearing press cards' refused entry (no card refused);
        // kk violence told before a killing is the killing's
        (
            "Our photographer and two other journalists wearing press cards have been refused \
             entry to the square by officers.",
            "access_obstruction",
        ),
        (
            "Блогердің күш көрсетіліп өлтірілгені туралы белгілері бар мәйіті табылды.",
            "killing",
        ),
        // Round 192: set 474: an attacker's sentence and house arrest ('a man who punched ...');
        // kk the charge named 'Қорқытып алу' (no threat)
        (
            "A man who punched a television camera operator at a rally has been given a \
             nine-month sentence and four months of house arrest.",
            "physical_attack",
        ),
        (
            "Блогерге Қылмыстық кодекстің 194-бабы («Қорқытып алу») бойынша айып тағылды.",
            "prosecution",
        ),
        // Round 191: set 472: an entry refusal on the visitor rules is a border's (travel only);
        // kk an attack on a channel is digital, a report's repeat broadcast stopped is censorship
        (
            "The journalist was refused entry at the airport and flown home. Refusing entry \
             to a journalist on a disputed reading of the visitor rules sends a chilling \
             message.",
            "travel_restriction",
        ),
        (
            "Блогер өз арнасына жасалған шабуыл туралы айтты.",
            "digital_attack",
        ),
        (
            "Радио басшылығы репортаждың қайталама эфирін тоқтатты.",
            "censorship",
        ),
        // Round 190: set 470: an assault that was the story's topic, a burglary conviction that
        // was the story's
        (
            "A court reporter received dozens of abusive messages after reporting on the \
             sentencing of a local man for a violent assault.",
            "intimidation",
        ),
        (
            "A man threatened a reporter after the newspaper published an account of his \
             brother's conviction for burglary.",
            "intimidation",
        ),
        // Round 188: the culprits of an attack to be fired, no reporter dismissed (kk)
        (
            "Газет тілшісіне шабуыл жасалды. Аудан әкімі: «Кінәлілер жұмыстан шығарылады», — \
             деді.",
            "physical_attack",
        ),
        // Round 185: a blocked outlet called 'средство массовой информации' (no assets frozen,
        // ru), a suspension on a ministry's claim (kk)
        (
            "Служба связи заблокировала новостной сайт. Внесудебная блокировка средства \
             массовой информации противоречит Конституции, заявили в НКО.",
            "blocking_shutdown",
        ),
        (
            "Сот Мәдениет және ақпарат министрлігінің талап арызын қанағаттандырды. Апталық \
             газеттің шығуы үш айға тоқтатылды. Редакция шешімге апелляциялық шағым берді.",
            "blocking_shutdown",
        ),
        // Round 182: a man who 'gets 18 months for punching' a reporter (the attacker's sentence)
        (
            "Man gets 18 months for punching TV reporter during live broadcast.",
            "physical_attack",
        ),
        // Round 181: a man arrested after punching a photographer (the attacker's arrest)
        (
            "Man arrested after punching news photographer outside brunch.",
            "physical_attack",
        ),
        // Round 179: an inspection of businesses after a journalist's death (ru), an attacker's
        // sentence for beating a journalist (ru)
        (
            "Министерство объявило о внеплановой проверке недропользователей после гибели \
             журналиста.",
            "killing",
        ),
        (
            "Владельца кафе осудили за избиение журналистки в Кирово-Чепецке.",
            "physical_attack",
        ),
        // Round 178: CCTV footage taken as evidence is no seizure from media (ru)
        (
            "По данным редакции, оперативники изъяли записи камеры, установленной над входом \
             в подъезд, где избили журналиста.",
            "physical_attack",
        ),
        // Round 177: a search warrant lawfully executed at a reporter's home is a raid, no killing
        (
            "The detective said the search warrant at the reporter's home had been lawfully \
             executed.",
            "raid_seizure",
        ),
        // Round 176: an attacker charged with battery is no prosecution of media
        (
            "Reporter punched at rally; man charged with battery.",
            "physical_attack",
        ),
        // Round 175: a production order that threatens source protection is surveillance, no
        // threat
        (
            "A production order against the broadcaster threatens source protection, the \
             union said.",
            "surveillance",
        ),
        // Round 173: a reporter cleared of obstruction was prosecuted, not obstructed
        (
            "A reporter was cleared of obstructing police while filming in the city centre.",
            "prosecution",
        ),
        // Round 172: the attacker's sentence is no detention of media
        (
            "Man who attacked cameraman outside the courthouse sentenced to nine months in \
             jail.",
            "physical_attack",
        ),
        // Round 171: a reporter shoved by a deputy, and nothing else
        (
            "A sheriff's deputy was filmed shoving a reporter outside the courthouse.",
            "physical_attack",
        ),
        // Round 168: a tripod kicked over is damage, not a blow
        (
            "A man kicked over the photographer's tripod, cracking the lens.",
            "property_damage",
        ),
        // Round 166: a civil trial's witnesses are no suspects
        (
            "Коллеги журналистки, вызванные в качестве свидетелей со стороны ответчика, \
             подтвердили её опоздания.",
            "civil_case",
        ),
        // Round 163: kicked off the media table is no blow
        (
            "The city suspended the reporter's media pass, and she was kicked off the media \
             table at council.",
            "accreditation",
        ),
        // Round 162: house arrest's terms are no travel ban
        (
            "Суд отправил блогера под домашний арест. Ему запрещено покидать квартиру и \
             пользоваться интернетом.",
            "detention",
        ),
        // Round 157: called a "foreign agent" is a smear, no register (ru); personal data named
        // as the reason for refusing (kk)
        (
            "Местные жители в комментариях называли журналистку «иноагенткой» и \
             «предательницей».",
            "intimidation",
        ),
        (
            "Бөлім газеттің сұрауына жауап беруден бас тартып, жер пайдаланушылардың \
             деректері дербес деректерге жататынын айтты.",
            "information_refusal",
        ),
        // Round 155: a station taken off air by a fire is damaged, not blocked.
        (
            "Fire destroyed the transmitter shed of a church-run radio station early on \
             Sunday, taking the station off air.",
            "property_damage",
        ),
        // Round 153: a call to prosecute is no prosecution.
        (
            "The union called the beating of the reporter a serious attack on a working \
             journalist that must be prosecuted without delay.",
            "physical_attack",
        ),
        // Round 151: a charge named 'cyber harassment' is no threat made.
        (
            "The editor said he had been charged with two counts, defamatory publication and \
             cyber harassment, over a post.",
            "prosecution",
        ),
        // Round 150: advertising withdrawn after reports is money, not a report removed.
        (
            "Several journalists said businesses with government contracts had withdrawn \
             advertising after critical reports.",
            "economic_pressure",
        ),
        // Round 148: access to one article restricted is censorship.
        (
            "Сот редакцияға даулы мақалаға сайтта қолжетімділікті шектеуді міндеттеді.",
            "censorship",
        ),
        // Round 147: a law that threatens a freedom is a law, not a threat to a person.
        (
            "Critics say the new cybercrime law threatens their freedom and the future of \
             every radio presenter in the region.",
            "restrictive_law",
        ),
        // Round 140 (from round 66's near misses): a pre-trial claim with its demands is the
        // claim (civil case), not a removal of content.
        (
            "Блогер получил досудебную претензию от юристов компании с требованием удалить ролик.",
            "civil_case",
        ),
        // Round 106: editorial materials destroyed are footage wiped, no office wrecked (ru).
        (
            "Ассоциация назвала случившееся незаконным уничтожением редакционных материалов: \
             полицейский удалил видео с телефона корреспондента.",
            "raid_seizure",
        ),
        // Round 139: calling someone's phone (en).
        (
            "The reporter's brother said: I kept calling his phone all night, but it was off. \
             Police said the reporter had been detained at the station.",
            "detention",
        ),
        // Round 137: a presenter coming off air (en).
        (
            "The presenter of Radio Amani was picked up at the station's studios by three \
             officers shortly after coming off air and held at the police station.",
            "detention",
        ),
        // Round 136: a weekly programme suspended, a show taken off the air with a long subject
        // (en); a resolution to liquidate one newspaper, a blocking threatened if content stays
        // (ru).
        (
            "Radio Echo suspended its weekly programme after a letter from the county \
             information office.",
            "censorship",
        ),
        (
            "A popular talk show on Radio Echo 97.3 FM was taken off the air halfway through \
             its broadcast.",
            "censorship",
        ),
        (
            "Администрация района приняла постановление о ликвидации районной газеты.",
            "blocking_shutdown",
        ),
        (
            "Редакция получила требование удалить статью в течение суток, иначе сайт будет \
             заблокирован. Статью удалили.",
            "censorship",
        ),
        // Round 135: an attack on a journalist's property (en).
        (
            "Unidentified men torched a journalist's car, and the press club condemned the \
             attack on a journalist's property.",
            "property_damage",
        ),
        // Round 130: content said to threaten security threatens no one (en).
        (
            "The ministry cancelled the station's licence, saying it had aired content that \
             threatens the security and unity of the region.",
            "blocking_shutdown",
        ),
        // Round 128: detentions a streamer filmed are others' (ru).
        (
            "Стримера ударили дубинкой во время съёмки задержаний у леса.",
            "physical_attack",
        ),
        // Round 125: a comparison with a lawsuit (en).
        (
            "\"It is cheaper than a lawsuit,\" said the head of a media rights group about fake \
             accounts.",
            "digital_attack",
        ),
        // Round 124: a decision to be cancelled is no content to remove (kk).
        (
            "Қоғамдық қор сайтты бұғаттау туралы шешімді жоюды талап етті.",
            "blocking_shutdown",
        ),
        // Round 123: men who questioned a reporter are no investigators (en).
        (
            "He was beaten by men who questioned him about his reporting on smuggling.",
            "physical_attack",
        ),
        // Round 121: reporters kept waiting in a foyer are kept out, not detained; a search
        // "within a criminal case" tells no case (kk, ru).
        (
            "Күзетшілер журналистерді фойеде бір сағат ұстап, залға кіргізбеді.",
            "access_obstruction",
        ),
        (
            "Обыск в редакции проходил в рамках уголовного дела, номер и суть которого \
             сотрудникам не сообщили.",
            "raid_seizure",
        ),
        // Round 120: press cards withdrawn through a letter are accreditation, no content (en).
        (
            "Three reporters had their cards withdrawn through a letter signed by the deputy \
             secretary.",
            "accreditation",
        ),
        // Round 117: a bill released for consultation is a law's step, no one freed (en).
        (
            "The draft Digital Publishers Registration Bill was released for public consultation \
             in May.",
            "restrictive_law",
        ),
        // Round 115: people bundled into police vans are held, not beaten (en).
        (
            "Two journalists were among 23 people bundled into police vans when police cleared \
             the protest.",
            "detention",
        ),
        // Round 114: articles deleted by intruders who changed the passwords are their attack,
        // no censorship (en).
        (
            "The administrator passwords had been changed and about 300 of the newspaper's \
             articles had been deleted.",
            "digital_attack",
        ),
        // Round 112: investigators who go to a court for phone records bring no suit (ru).
        (
            "Суд разрешил следователям получить у оператора детализацию звонков корреспондента. \
             Следствие обратилось в суд после отказа редакции назвать источник.",
            "surveillance",
        ),
        // Round 109: an order to remove and publish a correction is still censorship (en).
        (
            "The regulator ordered the news site to remove the article and publish a correction.",
            "censorship",
        ),
        // Round 105: a murder trial is the court's, no killing told (en).
        (
            "Editor fined for contempt over murder trial story\n\nThe editor of the weekly was \
             fined $8,000 for contempt of court over an article published during an ongoing \
             murder trial.",
            "prosecution",
        ),
        // Round 104: bullets and marks of blows on a body are a killing's when one is reported;
        // a rubber bullet still hurts (en, kk).
        (
            "A television reporter was shot dead outside his home late on Saturday. Gentian Kola, \
             44, a crime reporter for Adria TV, was hit by at least five bullets as he was getting \
             out of his car.",
            "killing",
        ),
        (
            "Қарамұрт маңында телеарна операторының мәйіті табылды. Полиция департаментінің \
             мәліметінше, мәйітте бас сүйегінің ауыр жарақаты мен қол-аяғында соққы іздері бар.",
            "killing",
        ),
        (
            "A press photographer was hit by a rubber bullet while covering the protest.",
            "physical_attack",
        ),
        // Round 102: off the air after a fire is the fire's damage (en).
        (
            "NEPALGUNJ — Unidentified people set fire to the office of a community radio station \
             early on Saturday, destroying its transmitter console. The station, which went off \
             air after the fire, estimated the damage at Rs 3.5 million.",
            "property_damage",
        ),
        // Round 101: power cut to a transmitter is a shutdown, no damage (en).
        (
            "SONGSONG — Rota's only radio station has been off the air for nine days after the \
             municipal council cut electricity to its transmitter.",
            "blocking_shutdown",
        ),
        // Round 100: a removal asked of the court beside a suit is the suit's (en).
        (
            "The businessman has filed a defamation suit against the weekly and its editor. He is \
             also asking the court for an order that the articles be removed from the paper's \
             website.",
            "civil_case",
        ),
        // Round 99: a threat in the first person of the future is no act ("үйіңді өртейміз");
        // a refusal said at the door is ("кіргізбейміз") (kk).
        (
            "Блогерге бір аккаунттан «үйіңді өртейміз», «түнде жалғыз жүрме» деп жазды.",
            "intimidation",
        ),
        (
            "Күзетші тілшіге: «Журналистерді ішке кіргізбейміз», – деді.",
            "access_obstruction",
        ),
        // Round 98: a court's ruling that entered into force is no law (ru); content taken off a
        // server is removed, not seized (en).
        (
            "Самарский областной суд оставил в силе решение о признании недействительным \
             свидетельства о регистрации СМИ. Решение вступило в законную силу, и издание \
             утратило статус СМИ.",
            "accreditation",
        ),
        (
            "By five, the documentary had been removed from the schedule and the master copy had \
             been taken off the newsroom server.",
            "censorship",
        ),
        // Round 97: a search in a case against a journalist's acquaintance (ru).
        (
            "Обыск у журналистки проводился в рамках уголовного дела, возбуждённого против её \
             знакомого.",
            "raid_seizure",
        ),
        // Round 96: a woman's death in a hospital whose managers will not answer (kk).
        (
            "Әулиекөл ауруханасы босанатын әйелдің қайтыс болуы туралы сұрақтарға жауап бермей \
             отыр.\n\nАудандық ауруханасының басшылығы босану кезінде қайтыс болған 29 жастағы \
             әйелге қатысты журналистердің сұрақтарына жауап бермей отыр.",
            "information_refusal",
        ),
        // Round 95: a military exercise's area is no training exercise.
        (
            "The Joint Command refused press accreditation to reporters from four local outlets. \
             The command has accredited nine journalists, who will be flown to the exercise area. \
             Capacity in the exercise area is very limited, it said.",
            "accreditation",
        ),
        // Round 94: a reporter who will not name her sources refuses no request of hers.
        (
            "Police questioned the reporter for three hours. She refused to answer questions \
             about her sources.",
            "prosecution",
        ),
        // Round 93: footage of an arrest deleted is a raid, no arrest of media.
        ("NAIROBI: Police force cameraman to delete footage of arrest", "raid_seizure"),
        ("Freelancer made to delete arrest footage", "raid_seizure"),
        // Round 92: a cameraman is no camera ("Breaking: two cameramen ... detained").
        (
            "11:15 — Breaking: two cameramen from a private TV station have been detained by \
             police near the monument, colleagues said.",
            "detention",
        ),
        // Round 87: a murder someone awaits trial for is the article's subject, no killing.
        (
            "The editor of the news website was convicted of contempt over an article about a man \
             awaiting trial for murder.",
            "prosecution",
        ),
        // Round 85: threats from fake pages are threats, no impersonation (ru).
        (
            "После второго материала журналисту начали приходить сообщения с фейковых страниц с \
             угрозами.",
            "intimidation",
        ),
        // Round 84: accredited reporters kept out are barred, no accreditation denied.
        (
            "The station president refused to let three accredited reporters enter the polling \
             station.",
            "access_obstruction",
        ),
        // Round 83: a protocol of seizure is the seizure, no charge (kk).
        (
            "Тәркілеу туралы хаттама жасалған, бірақ журналистке қатысты әкімшілік іс \
             қозғалмаған.",
            "raid_seizure",
        ),
        // Round 80: told to leave a country is the expulsion, not a room closed to the press.
        (
            "An Australian freelance journalist was ordered to leave Laos and was deported on Sunday.",
            "travel_restriction",
        ),
        // Round 79: a caller who threatens and hangs up is the threat, not a refusal.
        (
            "The caller threatened the reporter's family and hung up.",
            "intimidation",
        ),
        // Round 78: what a claimant asks the court for is the suit, not a removal done.
        (
            "The company sued the paper and asks the court to order it to pay damages, publish \
             an apology and remove the article from its website.",
            "civil_case",
        ),
        // Round 76: reporters pushed back onto the pavement were kept away, not struck; an
        // article about conditions in a detention facility (kk) tells no detention.
        (
            "When the reporters insisted, they were pushed back onto the pavement.",
            "access_obstruction",
        ),
        (
            "Полиция Dala News басылымынан уақытша ұстау изоляторындағы жағдай туралы мақаланың \
             дереккөзін атауды талап етті.",
            "surveillance",
        ),
        // Round 74: a likeness ("would amount to") is no closure; material removed under a search warrant was seized, not censored; a
        // newsroom's own new order (kk) is no law; extortion (kk) is a charge, not a threat.
        (
            "The damages claimed in the defamation suit would, if granted, amount to the closure \
             of a newspaper, the editors' forum said.",
            "civil_case",
        ),
        (
            "Officers removed material from the newsroom under a search warrant.",
            "raid_seizure",
        ),
        (
            "Редакцияда жаңа тәртіп енгізілді: әлеуметтік тақырыптағы мақалалар жарияланар \
             алдында әкімдіктің ішкі саясат бөліміне жіберілуі керек.",
            "censorship",
        ),
        (
            "Блогер қорқытып алушылық бойынша екі айға қамауға алынды.",
            "detention",
        ),
        // Round 73: a credential or a pass revoked is accreditation, not the outlet closed.
        (
            "La Moneda revokes credential of digital outlet's reporter",
            "accreditation",
        ),
        (
            "Speaker suspends TV reporter's parliamentary pass",
            "accreditation",
        ),
        // Round 72: guards who "will be fired" are not dismissed journalists; a clone channel
        // blocked is the impersonation, not a block.
        (
            "Охранники, которые напали на съёмочную группу телеканала, будут уволены, заявили в \
             компании.",
            "physical_attack",
        ),
        (
            "Канал-двойник после жалоб читателей газеты заблокирован администрацией мессенджера.",
            "digital_attack",
        ),
        // Round 61: an attack on 2 October (kk "қазанда") is no death; reporters kept out for
        // weeks are not held.
        (
            "Тілшіге шабуыл 2 қазанда болған, деді редакция.",
            "physical_attack",
        ),
        (
            "Two parliamentary reporters are being kept out for four weeks during the budget debate.",
            "access_obstruction",
        ),
        // Round 58: a criminal defamation case is no lawsuit.
        (
            "The reporter faces a criminal defamation case brought by a councillor.",
            "prosecution",
        ),
        // An account seized in a digital attack is no abduction.
        (
            "Control of the newspaper's Facebook page was seized by unknown persons after a \
             cyber-attack on its website.",
            "digital_attack",
        ),
        // A threat to national security is the state's phrase, not a threat.
        (
            "Литва лишила вида на жительство белорусскую журналистку, признав её угрозой \
             национальной безопасности.",
            "travel_restriction",
        ),
        // A country that turns a reporter away at its airport is a border, not a venue.
        (
            "Журналиста не пустили в Грузию в аэропорту Тбилиси.",
            "travel_restriction",
        ),
        // Economic pressure is not intimidation.
        (
            "Тәуелсіз басылымдарға экономикалық қысым жасалды.",
            "economic_pressure",
        ),
        // A power to block that a law gives is no blocking done.
        (
            "The new law gives the media council power to order internet providers to block \
             a news website within 48 hours.",
            "restrictive_law",
        ),
        // Posts deleted from an account taken over are the intruder's, not censorship.
        (
            "Someone took control of the newspaper's Facebook page and deleted posts going back \
             three months.",
            "digital_attack",
        ),
        // A programme taken off the air is censorship, not a shutdown.
        (
            "The radio station took off air a health programme presented by women.",
            "censorship",
        ),
        // A print run seized is censorship, not a raid.
        (
            "About 3,000 copies of the weekly were seized by police at the printing house.",
            "censorship",
        ),
        // A fake page blocked is the impersonation's end, not a blocking.
        (
            "The fake page impersonating the newspaper was blocked by the platform.",
            "digital_attack",
        ),
        // The block a reporter covers is no blocking.
        (
            "Ram Prasad, who covers Sadar block for the daily Lok Awaz, was beaten by two men \
             on Sunday.",
            "physical_attack",
        ),
        // The trial and the verdict of a civil suit are the suit's, not a prosecution.
        (
            "A mining company sued the weekly for defamation over its reports on a land deal. \
             The trial opened in March. In its verdict on Friday the court ordered the \
             newspaper to pay damages.",
            "civil_case",
        ),
        // Attacks on journalists named beside a killing are the killing's kind, not an attack.
        (
            "The radio host was shot dead outside his home, the latest in a string of deadly \
             attacks on journalists in the province.",
            "killing",
        ),
        // The blows that killed a journalist are the killing's.
        (
            "Журналиста нашли мёртвым у подъезда. По данным следствия, ему нанесли несколько \
             ударов тяжёлым предметом по голове.",
            "killing",
        ),
        // A ban on filming that a bill would bring ("попадала бы") is the bill's, not done.
        (
            "Против законопроекта высказались фотографы и редакции: под запрет попадала бы \
             съёмка половины городских набережных.",
            "restrictive_law",
        ),
        // Shot dead while covering a protest: a killing, not also an attack.
        (
            "Journalist shot dead while covering fuel price protest in the port city.",
            "killing",
        ),
        // A site down under a flood of fake requests is attacked, not blocked.
        (
            "Қарағандыдағы жаңалықтар сайты түнімен ашылмады: сайтқа мыңдаған мекенжайдан жалған \
             сұраулар ағыны жіберілген.",
            "digital_attack",
        ),
        // A camera smashed to pieces ("күл-талқанын шығарды").
        (
            "Белгісіз адамдар тілшінің фотоаппаратын жұлып алып, күл-талқанын шығарды.",
            "property_damage",
        ),
        // A code of conduct named is no worker's misconduct (which would take threats and
        // dismissals out of the article); only one broken is.
        (
            "The press union condemned a senator's threats against a radio reporter. It called \
             on parliament to remind its members of their obligations under the code of \
             conduct.",
            "intimidation",
        ),
        (
            "Журналистку уволили после её репортажа о губернаторе. Профсоюз напомнил, что кодекс \
             этики редакции защищает право на критику.",
            "economic_pressure",
        ),
        (
            "Журналисттің әкімдікке сыни мақаласынан кейін редакторға қоқан-лоққы жасалды. Одақ \
             әдеп кодексін сақтауға шақырды.",
            "intimidation",
        ),
        // A trial that journalists were kept out of is the one they came to cover.
        (
            "The trial of a former minister opened on Monday. Journalists were barred from the \
             courtroom when the judge closed the trial to the press. The trial resumes on \
             Friday, and a verdict is expected next month.",
            "access_obstruction",
        ),
        // What a decree forbids is the decree's; suspects summoned after an attack are its.
        (
            "The new decree bars online news pages from publishing content that insults \
             officials.",
            "restrictive_law",
        ),
        (
            "Police summoned four men for questioning over the attack on the reporter.",
            "physical_attack",
        ),
        // The wording of the insult charge is no suit for honour and dignity.
        (
            "Против блогера составили административный протокол за выражения, унижающие честь и \
             достоинство должностного лица.",
            "prosecution",
        ),
        // A law cited as the rule a request was owed is no restrictive law.
        (
            "Мэрия два месяца не отвечает на запрос редакции. По закону «О СМИ» на запрос нужно \
             ответить в течение семи дней. Молчание — прямое нарушение статьи 40 закона о СМИ.",
            "information_refusal",
        ),
        // A case opened on the journalist's own complaint is against whoever threatened her.
        (
            "Полиция подтвердила, что заявление журналистки зарегистрировано в ЕРДР по статье об \
             угрозе.",
            "intimidation",
        ),
        // A name given to the act is no second act.
        (
            "Ассоциация назвала уголовное преследование журналистки попыткой запугать коллег.",
            "prosecution",
        ),
        // A removal a claimant asks for, beside money, is the suit's claim.
        (
            "Истец требует удалить публикацию и взыскать с редакции компенсацию морального вреда.",
            "civil_case",
        ),
        (
            "Кәсіпкер блогерден 5 миллион теңге моральдық зиян өндіруді және видеоны жоюды талап \
             етті.",
            "civil_case",
        ),
        (
            "The developer is seeking damages from the newspaper and the removal of the article.",
            "civil_case",
        ),
        // A fence in a story is no neighbours' quarrel; messages that came are no rumour.
        (
            "Сот кәсіпкердің блогерге қарсы талабын қанағаттандырмады. Блогердің видеосында \
             қоқыстың қоршаудан тыс төгілгені көрсетілген.",
            "civil_case",
        ),
        (
            "Журналистке «тіліңді тый» деген хабарламалар келді. Теріске шығару сұралған жоқ.",
            "intimidation",
        ),
        // A fake page blocked is the impersonation's end, no outlet blocked.
        (
            "Журналистің атынан ашылған жалған парақ бұғатталды.",
            "digital_attack",
        ),
        // Round 45: a statutory range of fines is no fine; a rule cited as broken is no rule
        // adopted; readers who came to the newsroom are no search.
        (
            "Under the amendments, outlets that fail to publish corrections face fines of 3,000 \
             to 20,000 euros for the newspaper.",
            "restrictive_law",
        ),
        (
            "Корреспонденту газеты аннулировали аккредитацию за нарушение пункта 4.2 Положения \
             об аккредитации журналистов.",
            "accreditation",
        ),
        (
            "Друзья и читатели пришли к зданию редакции в годовщину гибели коллеги.",
            "killing",
        ),
        // Round 46: call records are data, no device taken; a block introduced is no law
        // adopted.
        (
            "A journalist whose phone records are taken is treated as a suspect.",
            "surveillance",
        ),
        (
            "Блокировка введена по требованию Генпрокуратуры, редакция узнала о ней от \
             читателей.",
            "blocking_shutdown",
        ),
        // A publisher's bank accounts blocked are no site blocked.
        (
            "Редакция осталась без компьютеров, счета издателя заблокированы.",
            "economic_pressure",
        ),
        // Videos taken away are no one taken away.
        (
            "Полиция студенттік телестудиядан бейнежазбаларды алып кетті.",
            "raid_seizure",
        ), // Round 50: prison in default of a fine is no prison term served.
        (
            "The court fined the journalist 2 million shillings, or one year in prison in \
             default.",
            "prosecution",
        ),
        // Round 52: a case against unnamed persons is no case against media.
        (
            "Her brother filed a murder case against unnamed persons after the reporter's death.",
            "killing",
        ),
        // Round 53: an anonymous letter's author is a source.
        (
            "Полиция потребовала от газеты раскрыть автора анонимного письма.",
            "surveillance",
        ),
        // Round 54: bundled into a police van is a detention, no blow.
        (
            "Two reporters were bundled into a police van as the bulldozers moved in.",
            "detention",
        ),
        // Round 65: a prosecutor who asks for records is watching, not charging; a gallery
        // scrolled through and wiped is a raid, no content censored.
        (
            "The prosecutor asked the reporter's telephone company for her call records.",
            "surveillance",
        ),
        (
            "A soldier scrolled through the photographer's gallery and deleted every video from \
             the day.",
            "raid_seizure",
        ),
        // Round 66: a surname that begins like an attack ("Напалкову") is none; "threaten
        // stability" is a regulator's charge, no threat.
        (
            "Пресс-служба не пустила журналистку Ирину Напалкову на сессию областного совета.",
            "access_obstruction",
        ),
        (
            "The ministry ordered the closure of the radio station, accusing it of airing \
             programmes that threaten stability.",
            "blocking_shutdown",
        ),
        // Round 68: a law that creates an offence charges no one yet.
        (
            "Parliament passed amendments that create a new offence of publishing false \
             information, despite objections from media organisations.",
            "restrictive_law",
        ),
        // Round 70: a host picked up "minutes after going off air" is held; his show is not
        // shut down.
        (
            "The host of a morning show on a community station was picked up by police minutes \
             after going off air.",
            "detention",
        ),
        // A fake page blocked is the impersonation's end, no outlet blocked.
        (
            "Фальшивую страницу редактора по жалобам пользователей заблокировали.",
            "digital_attack",
        ),
    ];
    for (text, id) in cases {
        assert_eq!(labels(text), [id], "{text}");
    }
}
