/// The second half of the held-out folders' rows, in the order they were added.
extension HeldOutTests {
    static let laterSets: [HeldOutTests.Folder] = [
        // Eight more each (Dunyo, Nikkan Kogyo, Fiji Sun, Yle, a Nation News live blog, a think tank,
        // a Swiss ministry, Dawn; Asia-Plus, DW, AFP, Moldova's ministry, APP, a think tank, an El
        // País live blog, a Zambian paper), written blind together, scored with the binary of this
        // stop's first guards: 0.905 (57 of 63), recall 0.215, and 0.940 (78 of 83), recall 0.282;
        // with the session's first binary, 0.927 (51 of 55) and 0.950 (76 of 80).
        Folder(name: "HeldOut30", articles: 8, precision: 0.95, recall: 0.21),
        Folder(name: "HeldOut31", articles: 8, precision: 0.95, recall: 0.27),
        // Eight more each (24.kg's live blog, a think tank, the Dominican presidency, ANTARA, a
        // broadsheet, a Fukuoka paper, ERR, AFP; The Astana Times, TDH, NHK World, a live blog, a
        // commentary, the Finnish presidency, AFP, Buenos Aires Times), written blind together:
        // the thirty-third scored after the thirtieth's guards, 0.835 (66 of 79; seven of the
        // thirteen the seeds' venues, dinners and visits to a city), recall 0.236, the
        // thirty-second after the thirty-third's, 0.909 (60 of 66), recall 0.221.
        Folder(name: "HeldOut32", articles: 8, precision: 0.95, recall: 0.22),
        Folder(name: "HeldOut33", articles: 8, precision: 0.87, recall: 0.24),
        // Eight more each (CGTN, Akorda, The Observer, NAN, a European Western Balkans live blog,
        // The Interpreter, The Guardian, AAP; Reuters, Neutral Turkmenistan, the Kyrgyz ministry, The
        // Guardian, SPA, a think tank, ABC, an Al Jazeera live blog; Narodnoye Slovo, Asahi, NHK
        // World, the Korean presidency, East Asia Forum, a Miami Herald live blog, MTI, Daily
        // Monitor; the Kyrgyz presidency, a Russian-language digest, a Nairobi paper, a live blog,
        // Anadolu, CNA, a think tank, AFP), written blind four together, each first scored with the
        // rules as they stood: the thirty-seventh 0.859 (67 of 78), recall 0.238, the thirty-sixth
        // 0.959 (70 of 73), recall 0.265, the thirty-fourth 0.880 (73 of 83), recall 0.254, the
        // thirty-fifth 0.909 (60 of 66), recall 0.221.
        Folder(name: "HeldOut34", articles: 8, precision: 0.88, recall: 0.25),
        Folder(name: "HeldOut35", articles: 8, precision: 0.92, recall: 0.22),
        // (HeldOut36's recall 0.258 once an "and" before words no mention covers opens a verb's own
        // clause: "…, and on Saturday, December 20, the six of them adopted" no longer reaches the
        // list of presidents before it.)
        Folder(name: "HeldOut36", articles: 8, precision: 0.95, recall: 0.25),
        Folder(name: "HeldOut37", articles: 8, precision: 0.89, recall: 0.23),
        // Eight more each (The Hindu, Kazinform, the Pacific Community, a live blog, Ghana's
        // presidency, a broadcaster, Daily Mirror, a think tank; Khovar, Kyodo, a Barbados paper, a
        // broadcaster, a live blog, India's ministry, an energy desk, a think tank; MOFA, the Uzbek
        // presidency, KUNA, ERR, a broadsheet, a live blog, a Cook Islands paper, a think tank;
        // Anadolu, Chugoku Shimbun, Viet Nam's ministry, El País, RFI, a live blog, a think tank,
        // AFP), written blind four together in twenty minutes each, all first scored with the same
        // rules: 0.846 (55 of 65), recall 0.250; 0.811 (60 of 74), recall 0.223; 0.776 (38 of 49),
        // recall 0.176; 0.864 (57 of 66), recall 0.282; the fortieth, after the guard it prompted
        // (a list of names each with its office), 0.843 (43 of 51), recall 0.199.
        Folder(name: "HeldOut38", articles: 8, precision: 0.83, recall: 0.25),
        Folder(name: "HeldOut39", articles: 8, precision: 0.81, recall: 0.22),
        Folder(name: "HeldOut40", articles: 8, precision: 0.84, recall: 0.19),
        Folder(name: "HeldOut41", articles: 8, precision: 0.86, recall: 0.28),
        // Four more (TDH, Kitanippon, Khovar, NHK World, a metals paper, the Uzbek and Kyrgyz
        // presidencies, an opinion piece, Reuters, LINA, Korea Herald, SBC, a live blog, High North
        // News, Daily Trust, RFE/RL, TVP World, AFP, ORF, ANTARA, Croatia's ministry, RRI, a think
        // tank, FBC, the SMH, Vientiane Times, Libya's ministry), written blind four together; the
        // forty-fifth, then the forty-fourth first scored after this stop's office-holder rule,
        // which cannot fire on one article read alone: 0.924 (61 of 66), recall 0.272; 0.944 (84 of
        // 89), recall 0.301 (after one of its sentences was reworded off a seed article's words); then, after the guards those two prompted, the forty-third 0.942 (81
        // of 86), recall 0.274, and, after the counterpart guard, the forty-second 0.941 (95 of
        // 101), recall 0.308.
        Folder(name: "HeldOut42", articles: 8, precision: 0.94, recall: 0.30),
        Folder(name: "HeldOut43", articles: 8, precision: 0.94, recall: 0.27),
        // (HeldOut44 0.946 since "Mr. Abdul Hamid Dbeibah" is read: he received "the Algerian
        // Minister of Foreign Affairs", an office node the gold leaves out.)
        Folder(name: "HeldOut44", articles: 8, precision: 0.93, recall: 0.33),
        Folder(name: "HeldOut45", articles: 8, precision: 0.96, recall: 0.27),
        // Four more written blind together (HeldOut46: AKIpress, Mainichi, Akorda, RTL Today, AFP, a
        // Radio Prague live blog, an Angolan ministry, a think tank; HeldOut47: Khovar, a think tank,
        // TASS, a live blog, a Ugandan paper, Kathimerini, KBS World, the MEA; HeldOut48: the Uzbek
        // presidency, Kahoku Shimpo, DW, TASS, Mmegi, AFP, a live blog, a think tank; HeldOut49: TDH,
        // NHK World, AFP, the Thai foreign ministry, Sidwaya, a Nation live blog, Rzeczpospolita, a
        // think tank), first scored with the rules of the session's start: 0.796 (74 of 93), recall
        // 0.301; 0.903 (102 of 113), recall 0.309; 0.857 (54 of 63), recall 0.210; 0.843 (86 of
        // 102), recall 0.303 (pooled 0.852, 316 of 371). After the rules they prompted (lists,
        // brackets, articles and regnal numbers inside names, link lines, "with the participation
        // of", the verb after a noun phrase, "adopted at", role phrases in a row): 0.894 (93 of 104),
        // recall 0.378; 0.958 (113 of 118), recall 0.342; 0.921 (58 of 63), recall 0.226; 0.903
        // (93 of 103), recall 0.327.
        Folder(name: "HeldOut46", articles: 8, precision: 0.89, recall: 0.37),
        Folder(name: "HeldOut47", articles: 8, precision: 0.92, recall: 0.41),
        Folder(name: "HeldOut48", articles: 8, precision: 0.92, recall: 0.22),
        Folder(name: "HeldOut49", articles: 8, precision: 0.90, recall: 0.32),
        // Four more written blind together after those rules (HeldOut50: a business daily, Akorda,
        // a broadsheet, a Euronews live blog, MENA, AFP, a regional paper, a think tank; HeldOut51:
        // the Kyrgyz presidency, an AFP preview, a live blog, a broadsheet, Bernama, a think tank, a
        // regional paper, a broadcaster; HeldOut52: Global Times, Kun.uz live, AFP, a broadsheet,
        // Ukrinform, New Era, CBC, Akorda; HeldOut53: TASS, a MOFA briefing, the Guyana presidency,
        // a live blog, a think tank, a Jordanian paper, Kyodo, a broadcaster), first scored with
        // the rules of the commit before: 0.859 (67 of 78), recall 0.245; 0.939 (62 of 66), recall
        // 0.227; 0.771 (74 of 96), recall 0.253; 0.843 (86 of 102), recall 0.317 (pooled 0.845,
        // 289 of 342). After the rules they prompted (a meal is no summit, a possessive inside a
        // name, an offer to host is no plan, a presidency's "the Head of State", a place past a
        // comma, articles in the status window, an office after a possessive): 0.896 (69 of 77),
        // recall 0.253; 0.941 (64 of 68), recall 0.234; 0.833 (80 of 96), recall 0.274; 0.870 (87
        // of 100), recall 0.321.
        Folder(name: "HeldOut50", articles: 8, precision: 0.89, recall: 0.25),
        Folder(name: "HeldOut51", articles: 8, precision: 0.92, recall: 0.23),
        Folder(name: "HeldOut52", articles: 8, precision: 0.83, recall: 0.27),
        Folder(name: "HeldOut53", articles: 8, precision: 0.87, recall: 0.32),
        // Four more written blind together after those rules (HeldOut54: NHK World, the Turkmen
        // foreign ministry, a think tank, a Kyiv Post live blog, VNA, AFP, a regional paper, the
        // Guardian; HeldOut55: Kursiv, an Indian column, UNECE, a DW live blog, AFP, ENA, a Peshawar
        // paper, swissinfo; HeldOut56: a Kyrgyz live blog, Nishinippon, Antara, the Serbian
        // presidency, a think tank, AP, ERR, the Kyiv Independent; HeldOut57: Dunyo, JoongAng, the
        // Turkish foreign ministry, RFI, a Euronews live blog, AFP, Gulf News, CSIS), first scored
        // with the rules of the commit before: 0.854 (70 of 82), recall 0.267; 0.841 (37 of 44),
        // recall 0.137; 0.883 (53 of 60), recall 0.237; 0.964 (54 of 56), recall 0.227 (pooled
        // 0.884, 214 of 242). After the rules they prompted (a family name first, a "since" clause
        // places nothing, a defence secretary's office, a photo credit, a visit that "could be
        // arranged", a meeting that "did not take place" past a relative clause): 0.860 (74 of 86),
        // recall 0.282; 0.841, recall 0.137; 0.900 (54 of 60), recall 0.241; 0.964, recall 0.227.
        // HeldOut54 0.852 (75 of 88) once an Assembly is a body: its chairman heads it, which the
        // gold reads as a role held in it.
        Folder(name: "HeldOut54", articles: 8, precision: 0.85, recall: 0.28),
        Folder(name: "HeldOut55", articles: 8, precision: 0.84, recall: 0.13),
        Folder(name: "HeldOut56", articles: 8, precision: 0.90, recall: 0.24),
        Folder(name: "HeldOut57", articles: 8, precision: 0.96, recall: 0.22),
        // Thirty-two more, written blind four together (HeldOut58: the Uzbek presidency, a Japanese
        // business daily, Kazinform, AFP, a Mint live blog, a think tank, a Chiapas paper, RTP;
        // HeldOut59: Neutral Turkmenistan, an NHK World live blog, the Philippine presidency, MAP, a
        // Midrand paper, AFP, LRT, a Gulf think tank; HeldOut60: an Astana Times op-ed, a Khovar
        // preview, a swissinfo live blog, AP, Nepal's foreign ministry, Hürriyet Daily News, a Dhaka
        // channel, a Tunisian weekly; HeldOut61: Global Times, Kabar, the LA Times, a Devex live
        // blog, India's MEA, Glas Istre, a Uruguayan channel, a think tank), first scored with the
        // rules of the commit before: 0.815 (53 of 65), recall 0.255; 0.792 (57 of 72), recall
        // 0.251; 0.831 (74 of 89), recall 0.298; 0.843 (43 of 51), recall 0.191 (pooled 0.819, 227
        // of 277). After the rules they prompted (a fronted adverbial's mention is no subject, "the"
        // inside a name only after a connector, "Hon. Minister B", "the late Emir", a possessive
        // place, a visit put off to a later date, "young leaders", a surname before a particle):
        // 0.815, recall 0.255; 0.929 (65 of 70), recall 0.286; 0.871 (74 of 85), recall 0.298;
        // 0.843, recall 0.191. The rest: the seeds' conventions (a Dialogue's members by its name,
        // office nodes for unnamed ministers, a dinner part of its summit, a city visited), a
        // second summit "to be held in 2027" read as the current one, and 61's 02, a roundup whose
        // items carry later datelines than the page's date.
        Folder(name: "HeldOut58", articles: 8, precision: 0.81, recall: 0.25),
        Folder(name: "HeldOut59", articles: 8, precision: 0.92, recall: 0.28),
        Folder(name: "HeldOut60", articles: 8, precision: 0.87, recall: 0.29),
        Folder(name: "HeldOut61", articles: 8, precision: 0.84, recall: 0.19),
        // (After the rules HeldOut62-65 prompted: 0.844 (54 of 64), 0.971 (66 of 68), 0.872 (75 of
        // 86), 0.843.) Thirty-two more, written blind four together after them (HeldOut62: Kyodo,
        // Kun.uz, Bolivia's foreign ministry, Kathimerini, Khovar, Nordlys, a Gambian live blog, a
        // Horn think tank; HeldOut63: a Nara paper, Kazakhstan's foreign ministry, AFP, a Bahraini
        // broadcaster, a think tank, a Tirana live blog, Dunyo, a Nigerian daily; HeldOut64: an
        // RT-style analysis, Japan's press secretary, VNA, the BBC, AFP, Finland's defence ministry,
        // a Kenyan coastal paper, a Lowy-style commentary; HeldOut65: Daily Sabah, the Kyrgyz
        // presidency, Kyodo, a Warsaw live blog, MENA, a Botswana paper, Georgian 1TV, a think tank),
        // first scored with the rules of the commit before: 0.844 (54 of 64), recall 0.274; 0.946
        // (70 of 74), recall 0.303; 0.817 (49 of 60), recall 0.223; 0.986 (69 of 70), recall 0.282
        // (pooled 0.903, 242 of 268). After the rules they prompted (a meeting put on hold, an
        // object past a relative pronoun, a place before a noun's cue, a date in apposition to an end
        // date, "President Santiago Pena", a verb's own clause after "and"): 0.857 (54 of 63), 0.959
        // (70 of 73), 0.912 (52 of 57), 1.000 (69 of 69).
        Folder(name: "HeldOut62", articles: 8, precision: 0.85, recall: 0.27),
        Folder(name: "HeldOut63", articles: 8, precision: 0.95, recall: 0.30),
        Folder(name: "HeldOut64", articles: 8, precision: 0.91, recall: 0.23),
        Folder(name: "HeldOut65", articles: 8, precision: 1.00, recall: 0.28),
        // Thirty-two more, written blind four together after them (HeldOut66: the Tajik presidency,
        // a Japan Times editorial, AFP, a Tanzanian paper, VNA, a think tank, ERR, a Djibouti live
        // blog; HeldOut67: the Korea Times, Turkmenistan's foreign ministry, Bernama, AFP, a Namibian
        // paper, an RTÉ live blog, Radio Prague, a Eurasia commentary; HeldOut68: a Kyodo factbox,
        // Kursiv, Algeria's interior ministry, Dawn, a Chisinau live blog, Bernama, a Guyana paper, an
        // Arctic think tank; HeldOut69: a European think tank, a Japanese broadcaster, Mexico's
        // presidency, a Guinean paper, a Belgrade live blog, KPL, the Herald, AFP), first scored with
        // the rules of the commit before: 0.926 (50 of 54), recall 0.234; 0.889 (56 of 63), recall
        // 0.250; 0.906 (48 of 53), recall 0.195; 0.873 (48 of 55), recall 0.194 (pooled 0.898, 202
        // of 225). After the rules they prompted (a former office after a comma as the same person's
        // second title, military ranks, a name after a body's bracketed acronym, "Promotion" in a
        // portfolio, a counterpart's own title, a next meeting a planned part of its body): 0.981 (53
        // of 54), 0.937 (59 of 63), 0.906, 0.909 (50 of 55). What is left: the seeds' conventions (a
        // Dialogue's members by its name, a venue placed, a press service part of its state, a city
        // visited) and a counterpart resolved through a pronoun's person ("He also held talks with
        // his Kuwaiti counterpart B": B's office is taken from the last person named, a president).
        Folder(name: "HeldOut66", articles: 8, precision: 0.98, recall: 0.24),
        Folder(name: "HeldOut67", articles: 8, precision: 0.93, recall: 0.26),
        Folder(name: "HeldOut68", articles: 8, precision: 0.90, recall: 0.19),
        Folder(name: "HeldOut69", articles: 8, precision: 0.90, recall: 0.20),
        // Thirty-two more, written blind four together after them (HeldOut70: UzA, a Reuters-style
        // wire, the Buenos Aires Times, Kazakhstan's government, a think tank, RÚV, a Tacna paper, a
        // Dakar live blog; HeldOut71: a 24.kg live text, Japan's foreign ministry, SAnews, LRT, a
        // think tank, the Kathmandu Post, EFE, a Komárno paper; HeldOut72: an Indian think-tank
        // column, TDH, Dawn, a Swedish ministry, ANSA, a Chiriquí weekly, KBC, an L'Express live
        // blog; HeldOut73: a Tokyo weekly, Khovar, RFE/RL, Kazakhstan's foreign ministry, Graphic
        // Online, AFP, an FBC live blog, a think tank), first scored with the rules of the commit
        // before: 0.953 (61 of 64), recall 0.272; 0.903 (65 of 72), recall 0.304; 0.849 (45 of 53),
        // recall 0.208; 0.827 (43 of 52), recall 0.191 (pooled 0.888, 214 of 241). After the rules
        // they prompted (an insert before the verb names no subject, "in the Field of" inside a
        // document's name, a body's seat is no event's place): 0.984 (63 of 64), 0.929 (65 of 70),
        // 0.849, 0.827. The rest: the seeds' conventions (a Dialogue's members by its name, a dinner
        // part of its summit and held in its venue, a summit's adoption given to its leaders, a city
        // visited) and names the golds give otherwise ("a regular meeting of the X Council").
        Folder(name: "HeldOut70", articles: 8, precision: 0.98, recall: 0.28),
        Folder(name: "HeldOut71", articles: 8, precision: 0.92, recall: 0.30),
        Folder(name: "HeldOut72", articles: 8, precision: 0.84, recall: 0.20),
        Folder(name: "HeldOut73", articles: 8, precision: 0.82, recall: 0.19),
        // Thirty-two more, written blind four together after them, fifteen minutes each (HeldOut74:
        // Global Times, Akorda, a Sri Lankan paper, EFE, ERR, a think tank, a Prizren live blog, PNA;
        // HeldOut75: a Kyodo preview, a Nara paper, a think tank, the Daily Star, Switzerland's
        // FDFA, KTRK, Azerbaijan's presidency, a Times of Malta live blog; HeldOut76: an FT-style
        // analysis, the Turkmen presidency, AP, RFI, VNA, a Madre de Dios paper, a think tank, a
        // Thimphu live blog; HeldOut77: Kabar, a DW live blog, AFP, Zambia's foreign ministry, a
        // Lisbon broadsheet, a Mae Sot paper, Akorda, a think tank), first scored with the rules of
        // the commit before: 0.810 (34 of 42), recall 0.204; 0.762 (48 of 63), recall 0.293; 0.880
        // (44 of 50), recall 0.229; 0.953 (61 of 64), recall 0.349 (pooled 0.854, 187 of 219). No
        // rule changed for them: most of what is wrong is the seeds' conventions (ten of 75's fifteen
        // are a Dialogue's members by its name, a dinner in its venue and part of its summit).
        Folder(name: "HeldOut74", articles: 8, precision: 0.80, recall: 0.20),
        Folder(name: "HeldOut75", articles: 8, precision: 0.76, recall: 0.29),
        Folder(name: "HeldOut76", articles: 8, precision: 0.88, recall: 0.22),
        Folder(name: "HeldOut77", articles: 8, precision: 0.95, recall: 0.34),
        // Eight more (a Kyrgyz presidential release, JoongAng, a think tank, NHK World, Kazinform,
        // Neutral Turkmenistan, AP, Kuwait Times), written blind beside HeldOut15, first scored after
        // the thirteenth's guards: 0.890 (81 of 91), recall 0.278; after the guards the two prompted,
        // 0.933 (83 of 89), recall 0.285.
        Folder(name: "HeldOut14", articles: 8, precision: 0.93, recall: 0.28),
        // Eight more (Global Times, Bloomberg, the Nation, a live blog, NHK World, Akorda, TASS, a
        // think tank), scored blind beside HeldOut14: 0.864 (57 of 66), recall 0.203; now 0.892 (58
        // of 65), recall 0.206; 0.923 (60 of 65; the five left are the seeds' members of a
        // Dialogue), recall 0.214, with "in" inside a name.
        Folder(name: "HeldOut15", articles: 8, precision: 0.88, recall: 0.22),
        // Eight more (The Astana Times, Mainichi, a Council readout, AFP, Kabar, a commentary, a
        // Swedish regional paper, an Al Jazeera live page), written blind beside HeldOut12, first
        // scored after the eleventh's guards: 0.920 (81 of 88), recall 0.266; after the ordinal-word
        // guard it prompted, 0.943 (83 of 88), recall 0.273.
        Folder(name: "HeldOut13", articles: 8, precision: 0.94, recall: 0.27),
    ]
}
