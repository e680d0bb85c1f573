/**
 * Every word list of the analysis, each once: the engine's knowledge of English as data. Modules compile what
 * they need from here (sets, or regular-expression alternations) once, at load. A list is written as words
 * separated by white space; an underscore joins the words of a phrase ("think_tank" is "think tank"). Some
 * entries are regular-expression fragments ("organi[sz]ation", "banners?"): lists used only inside patterns
 * may use them. The order of a list is kept: in an alternation an earlier entry wins.
 * `tests/unit/lexicon.test.ts` fails on a duplicate.
 */

/** Splits a list written as words (underscores join the words of a phrase). */
function words(list: string): readonly string[] {
  return list
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));
}

/** What a verb of saying can do (see SPEECH_VERBS). */
export type SpeechVerbUse = 'clause' | 'invert' | 'object' | 'quote';

/** One verb of saying: its forms and what it can do. */
export interface SpeechVerb {
  forms: readonly string[];
  uses: readonly SpeechVerbUse[];
}

/** Parses a verb table: "forms: uses" per line. */
function verbTable(table: string): readonly SpeechVerb[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [forms, uses] = line.split(':');
      return { forms: words(forms!), uses: words(uses!) as SpeechVerbUse[] };
    });
}

/** A regular-expression alternation of a list's entries ("a|b|c"), in order. */
export function alternation(list: readonly string[]): string {
  return list.join('|');
}

/** The entries of a list as a set, for exact lookups. */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list);
}

// ---------------------------------------------------------------------------------------------------------
// Names, titles and people

/**
 * Words a capitalised kicker or heading puts before a colon ("VIDEO: …", "UPDATE: …", "Q: …"): a label of
 * them opening a quoted paragraph is not a transcript's speaker (`transcript-labels.ts`).
 */
export const NON_SPEAKER_LABELS = words(`
  update updated video watch listen audio photo photos breaking exclusive editor editor’s note correction
  clarification byline email source sources transcript related read more live question answer q a
  warning alert report fact reality check bottom line
`);

/** Capitalised words that are not names when they begin a phrase. */
export const NON_NAME_WORDS = words(`
  The A An And But Or Nor So Yet For In On At By To Of From With Without Into After Before During
  Since Until While When Where Why How What Which Who Whom Whose This That These Those There Here Then
  Now Also Still Even Just Only Meanwhile However Moreover Although Though Because If As Once Both
  Either Neither Each Every All Some Many Most He She It They We You I His Her Its Their Our My Your
  Him Them Us Me Such Another Other Several Few More Less Last Next First Second Third Earlier Later
  Today Yesterday Tomorrow According Asked Speaking Writing Despite Among Amid Under Over Against
  Between Through Across Beyond Within Inside Outside Near Following Including Like Unlike Instead
  Indeed Overall Finally Separately Nevertheless Not No Yes Thus Hence Therefore Otherwise Perhaps
  Maybe Already Again Always Never Often Sometimes Recently Previously Currently
  Likewise Similarly Specifically Ironically Notably Clearly Obviously Apparently Reportedly Hastily
  Quickly Briefly Angrily Interestingly Importantly Surprisingly Ultimately Eventually Initially
  Originally Certainly Frankly Fortunately Unfortunately Sadly Oddly Privately Publicly
  Someone Somebody Everyone Everybody Anyone Anybody Nobody
`);

/** Title words that go into the role, not the name ("Foreign Minister Sergei Lavrov"). */
export const TITLE_WORDS = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron Earl
  Viscount Rev Rev. Sheikh Imam Rabbi Father Sister Brother President Vice Prime Minister Deputy
  Foreign Defence Defense Interior Finance Health Justice Secretary General Gen. Gen Colonel Col.
  Major Maj. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Commander Lt Col Maj Brig Brig. Sgt
  Capt Cpl Pte Staff Field Marshal Rear Crown Grand Ayatollah Senator Sen. Representative Rep.
  Congressman Congresswoman Governor Gov. Mayor Councillor Councilor Alderman Ambassador Chancellor
  King Queen Prince Princess Emir Sultan Pope Chief Director Spokesman Spokeswoman Spokesperson Judge
  Speaker Chairman Chairwoman Chair Commissioner Envoy Special State National Security Assistant
  Acting Former Senior Constable Inspector Superintendent Detective Officer MP MEP MSP MLA Sheriff
  Advocate Attorney Leader Majority Minority Whip Treasurer Comptroller Auditor Delegate Assemblyman
  Assemblywoman Councilman Councilwoman Archbishop Cardinal Pastor Reverend
`);

/** Lower-case words that date or qualify a title before a name ("former Sen. Ann Roe"). */
export const TITLE_MODIFIERS = words(`former retired outgoing incoming acting late then longtime ex`);

/**
 * Title words that are also surnames: last in a name after a first name ("Amy Pope"), or standing alone with
 * no name after them ("said Baron"), the surname.
 */
export const SURNAME_TITLES = words(`
  Pope King Judge Marshal Major Bishop Chancellor Sheriff Pastor Baron Earl Lord
`);

/** Month names that are also first names before a surname ("Jan Brewer", "April Ryan", "June Carter"). */
export const MONTH_FIRST_NAMES = words(`Jan April June August`);

/** A month name that is also a surname after a first name ("Theresa May"). */
export const MONTH_SURNAMES = words(`May`);

/** Titles of peers that stay part of a one-word name ("Lord Reed", "Baroness Hale"). */
export const PEERAGE_TITLES = words(`Lord Lady Baroness Baron Earl Viscount`);

/** Honorifics and titles that tell a man. */
export const MALE_HONORIFICS = words(`
  Mr Mr. Sir Lord Baron Earl Viscount King Prince Father Brother Sheikh Emir Sultan Congressman
  Chairman Spokesman
`);

/** Honorifics and titles that tell a woman. */
export const FEMALE_HONORIFICS = words(`
  Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Queen Princess Sister Congresswoman Chairwoman Spokeswoman
`);

/** Letters after a name that are not part of it ("Helen Sato KC", "Jane Doe MP"). */
export const POST_NOMINALS = words(`KC QC MP MEP MSP OBE MBE CBE KBE DBE PhD FRS`);

/** Generational suffixes after a name ("Jr", "Sr", with or without a full stop). */
export const NAME_SUFFIXES = words(`Jr Sr`);

/** Lower-case particles inside names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words(`
  al el ad ash as at ar az bin ibn bint de da del della di du van von der den la le dos das abu bar ben
`);

/** Lower-case job and role words that introduce or describe a person ("engineer Dawit Bekele"). */
export const ROLE_NOUNS = words(`
  engineer nurse doctor surgeon pensioner farmer fisherman teacher student resident activist lawyer
  journalist reporter photographer analyst economist historian researcher professor lecturer scientist
  spokesman spokeswoman spokesperson official diplomat negotiator minister envoy commander soldier
  officer volunteer worker driver shopkeeper trader merchant baker mother father widow survivor
  refugee villager mayor governor senator lawmaker legislator MP politician candidate leader chief
  director founder owner manager chairman chairwoman president premier colleague neighbour neighbor
  son daughter brother sister husband wife cousin uncle aunt grandmother grandfather secretary
  consultant medic paramedic pharmacist midwife priest imam rabbi cleric singer writer author novelist
  poet artist filmmaker coach player athlete boss striker goalkeeper captain midfielder defender
  commuter passenger donor designer architect chef curator editor producer actor actress musician
  composer dancer entrepreneur investor banker broker accountant programmer mechanic electrician
  plumber builder pilot sailor skipper firefighter dentist vet veterinarian psychologist psychiatrist
  king queen monarch prince princess emperor pope
  therapist counsellor counselor campaigner organiser organizer protester referee umpire jockey
  trainer cyclist swimmer boxer climber explorer astronaut astronomer physicist chemist biologist
  geologist ecologist epidemiologist virologist mathematician philosopher sociologist anthropologist
  archaeologist librarian archivist translator interpreter inspector detective prosecutor magistrate
  barrister solicitor attorney commentator columnist blogger presenter comedian playwright
  screenwriter illustrator cartoonist sculptor grocer vendor cashier waiter waitress landlord landlady
  tenant homeowner shopper voter supporter teenager pupil graduate intern apprentice carer caregiver
  courier trucker crewman seafarer deckhand herder vintner winemaker nun monk pastor vicar chaplain
  coroner pathologist radiologist cardiologist oncologist paediatrician pediatrician neurologist
  obstetrician anaesthetist anesthetist technician inventor ceo executive investigator auditor
  strategist adviser advisor pollster lobbyist registrar headteacher headmaster headmistress tutor
  chair chairperson ambassador correspondent delegate representative aide consul attache attaché judge
  justice juror witness recorder treasurer comptroller host anchor moderator narrator announcer emcee master
  operative staffer insider surrogate
`);

/** Nouns for a person described, not named, besides jobs ("a man", "one local"). */
export const PERSON_NOUNS = words(`
  man woman boy girl guy person child youth local individual mum mom dad grandmother grandfather pensioner
  resident friend relative witness victim bystander onlooker visitor tourist customer client patient
  owner source someone somebody
`);

/** Plural nouns for unnamed groups of people ("critics", "residents"): never a name. */
export const GROUP_NOUNS = words(`
  critics officials residents analysts experts observers diplomats protesters campaigners activists
  witnesses sources villagers locals neighbours neighbors survivors relatives families doctors nurses
  medics soldiers troops lawmakers economists investors traders citizens voters opponents supporters
  rebels militants refugees parents students workers farmers people proponents backers children kids
`);

/**
 * Quantifiers and indefinite pronouns that stand alone for unnamed people ("Some chanted", "Another
 * tweeted", "“…,” read one", "Someone shouted"): a source described, never named.
 */
export const QUANTIFIER_SOURCES = words(`
  some several many others another one both few most someone somebody everyone everybody
`);

/**
 * Words opening a subject that names nobody in particular ("One A&E consultant in Leeds", "A tenant"): the
 * fallback speaker never guesses such a person (the rules leave them unnamed on purpose).
 */
export const UNNAMED_LEADS = words(`a an one another`);

/** Personal pronouns a cue's subject may be ("“…,” she said"). */
export const SUBJECT_PRONOUNS = words(`he she they it we i you`);

/** The personal pronouns that make a phrase a clause when they stand inside it ("since 2009 she has"). */
export const PERSONAL_PRONOUNS = words(`he she they we i`);

/** Finite auxiliaries: inside a phrase they make it a clause, never a subject ("the plan was"). */
export const FINITE_AUXILIARIES = words(`was were is are has have had will would could should`);

/** Heads of appositives that describe places or organisations, not people. */
export const NON_PERSON_HEADS = words(`
  city town village country state region province district camp neighbourhood neighborhood area
  hospital school university group organisation organization company firm agency party ministry
  newspaper outlet channel network think-tank think_tank movement militia coalition alliance council
  body port river island capital border crossing enclave territory strip base facility site plant
  document report treaty deal agreement institute centre center bank fund union court parliament
  government army force forces
`);

/**
 * Heads of descriptions that can speak besides job, person and group nouns: people by standing ("the mogul",
 * "the hopeful"), bodies, and things that speak for someone ("the statement", "the ad", "her campaign", "the
 * poll", "the law"). A sentence's subject that quotes with no verb of saying must have one.
 */
export const SPEAKING_HEAD_NOUNS = words(`
  statement report ad advertisement commercial email letter memo post tweet poll survey study website
  cable movie film photo
  message book article headline editorial column complaint lawsuit suit filing release transcript video
  account answer response reply comment remark speech campaign office staff rally sign banner platform
  petition note motion resolution ruling verdict order opinion decision document page law bill act
  statute code rule policy guidance measure proposal plan manifesto pledge contract draft text passage
  excerpt caption label slogan chant song script shirt placard cover line quote notice warning flier
  mailer sticker data result finding figure number research evidence analysis count tally estimate
  projection forecast model family couple pair duo trio fan panel jury board committee commission
  magazine show program programme station blog podcast tabloid journal broadcast crew delegation
  caucus administration department senate house congress legislature assembly mogul billionaire
  millionaire tycoon magnate star celebrity hopeful contender rival incumbent heir liberal conservative
  progressive moderate independent
`);

/** Heads of descriptions too general to pick out one speaker ("the crowd", "officials"). */
export const GENERIC_HEADS = words(`
  crowd crowds protesters demonstrators audience countries states nations people officials sources
  residents experts analysts critics observers others two both all many some they
`);

/** Heads that fit any person when a capitalised modifier places them ("the Turkish leader"). */
export const GENERIC_PERSON_HEADS = words(`leader head official politician statesman statesmen veteran boss`);

/** Words before "of" that make the speakers some of a body's people ("members of the union"). */
export const MEMBERS_OF_WORDS = words(`
  members some many most all none one two three several dozens hundreds thousands staff employees
  workers
`);

/** Verbs after a sentence-initial name that make it a person's name ("X was", "X shrugs"). */
export const SUBJECT_VERBS = words(`
  was is has had shrugs shrugged smiled smiles sighed sighs laughed laughs paused pauses nodded nods
  remained remains seemed seems sounded looked appeared agreed disagreed runs ran lives lived works
  worked will would could can should must may might did does
`);

/**
 * Words that may describe a person before their name at a sentence start ("Front-runner Ann Roe"): anything
 * but these, which make the name an object or part of a circumstance ("After Ann Roe won", "Voters met Ann
 * Roe").
 */
export const NOT_DESCRIBING_WORDS = words(`
  said says told and but or nor after before when while as if because since though although until unless
  of with by to for from in on at into about over under against than that which who whom whose where not
  also is are was were be been has have had do does did can could should would will may might must met
  called asked thanked
`);

/** First words of place names ("North Korea", "San Francisco"): such a run is no person. */
export const PLACE_FIRST_WORDS = words(`
  North South East West Eastern Western Northern Southern Central New Upper Lower Greater United Saudi
  Gaza Sierra Costa Sri El Los Las San Santa Port Mount Lake Cape
`);

/** Common nouns that titles stand for, so "the judge" finds "Justice Miriam Achieng". */
export const TITLE_NOUNS: Readonly<Record<string, string>> = {
  justice: 'judge',
  dr: 'doctor',
  prof: 'professor',
  gen: 'general',
  col: 'colonel',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  rev: 'reverend priest',
  sgt: 'sergeant',
  capt: 'captain',
  lt: 'lieutenant',
  cllr: 'councillor',
};

// ---------------------------------------------------------------------------------------------------------
// Organisations

/** Lower-case words inside a body's name ("Institute for the Study of War", "Médecins Sans Frontières"). */
export const NAME_CONNECTORS = words(`for of on and the de du des sans without`);

/** Lower-case words inside a speaker's name in a colon cue ("Ibn al-Rashid", "Ursula von der Leyen"). */
export const NAME_INNER_WORDS = words(`of for the al bin ibn de da von der van le la`);

/** Heads of descriptions of a body that any body fits ("the agency said", "the company said"). */
export const GENERIC_BODY_HEADS = words(`
  agency organisation organization body institution office authority group alliance bloc charity ngo company
  firm watchdog regulator broadcaster newspaper union monitor institute tank coalition movement
`);

/** Verbs (after a name) that show the name stands alone as a body's name ("the Pentagon said"). */
export const BODY_VERBS = words(`
  said says has had is was will would which declined told added warned confirmed denied reported announced
  urged called
`);

/** Last words of place names ("the Gaza Strip", "the Red Sea"): such a name is a place, not a body. */
export const PLACE_TAIL_WORDS = words(`
  Strip Sea River Valley Coast Mountains Heights Peninsula Square Desert Ocean Canal Islands Crossing
`);

/** First words of capitalised "the X" names that are places, not bodies ("the West", "the Hague"). */
export const PLACE_NAME_WORDS = words(
  `West East North South Middle Gulf Hague Netherlands Philippines Congo Gambia Bahamas`,
);

/** Names of government bodies that speak for their state ("the Home Office", "the foreign ministry"). */
export const GOVERNMENT_BODY_WORDS = words(`
  Ministry Office Department Government Cabinet Presidency Embassy Treasury ministry government embassy
`);

/** Nouns of public bodies that a description can name ("the Egyptian foreign ministry", "the army"). */
export const INSTITUTION_NOUNS = words(`
  ministry government army military embassy presidency cabinet parliament police navy air_force coast_guard
  foreign_office interior_ministry health_ministry defen[cs]e_ministry
`);

/** Nouns for a body's spokesperson ("a WHO spokesperson"): the body speaks. */
export const SPOKESPERSON_NOUNS = words(`spokesperson spokesman spokeswoman press_officer`);

/** Nouns for a person who may speak for a body, before "in/at/from" a place ("a WHO official in Geneva"). */
export const SPOKESPERSON_LIKE_NOUNS = words(`spokesperson spokesman spokeswoman official representative`);

/** Words that make a capitalised name an organisation ("Amnesty International", "Foreign Ministry"). */
export const ORG_WORDS = words(`
  News Times Post Agency Administration Bureau Tribunal Ministry Council Centre Center Institute
  University Press Reuters Jazeera Group Organi[sz]ation Party Army Forces Committee Office Department
  Bank Fund Union Network Television TV Radio Journal Guardian Telegraph Herald Tribune Gazette Daily
  Foundation Association Authority Commission Company Corporation Inc Ltd Media Watch International
  Federation Movement Front Brigades Command Hospital Society Service Services Court Parliament
  Government Embassy Mission Programme Program Initiative Project Frontières Frontieres Cross Crescent
  Pentagon Kremlin Élysée Elysee White_House Downing_Street Knesset Congress Senate Bloomberg Xinhua
  Tass TASS Interfax
`);

/** Last words of company names ("Hanamura Motors"): a body only after another name word. */
export const COMPANY_SUFFIXES = words(`
  Motors Airlines Airways Electric Energy Holdings Industries Technologies Pharmaceuticals
  Semiconductors Logistics Shipping Railways Telecom Communications Studios Petroleum Mining Capital
  Partners Ventures Labs Systems Foods Steel Insurance Plc PLC AG GmbH LLC
`);

/** Well-known bodies whose names carry no organisation word. */
export const KNOWN_BODIES = words(`
  Reuters Bloomberg Xinhua Oxfam Hezbollah Taliban Houthis Wagner Amnesty Politico Axios Haaretz Ynet
  Interfax Tass Pentagon Kremlin Élysée Knesset Congress
`);

/** Lower-case nouns for a body just before its name ("shipping giant Maersk", "the charity Oxfam"). */
export const ORG_NOUNS = words(`
  group organi[sz]ation movement agency company firm charity militia network party faction coalition
  giant carmaker automaker retailer airline lender bank insurer broadcaster manufacturer maker
  conglomerate start-up startup chain operator supplier producer developer miner union watchdog
  regulator publisher club team contractor multinational business
`);

/** Lower-case nouns for products and services run by a body ("the app Chatterly"). */
export const PRODUCT_NOUNS = words(`
  app platform website site service marketplace exchange chipmaker drugmaker automaker carmaker
  shipper utility consultancy broker brokerage outlet label brand
`);

/** Last words of a body's name: title words before them belong to the name ("National … Association"). */
export const ORG_TAIL_WORDS = words(`
  Association Federation Union Council Institute Chamber Confederation Society Foundation Agency
  Authority Commission Committee Company Corporation Bank Fund Party League Alliance Guild Trust Board
  Bureau Service Organi[sz]ation
`);

/** Heads of descriptions that stand for a state's government ("the ministry said"). */
export const STATE_BODY_HEADS = words(`
  government ministry cabinet presidency administration authorities military army embassy regime
  kingdom republic delegation
`);

// ---------------------------------------------------------------------------------------------------------
// Speech: verbs and the words around them

/** Verbs whose object speaks next ("prompting X to call the figures “…”"). */
export const PROMPTING_VERBS = words(`prompting prompted leading led forcing forced causing caused`);

/** Auxiliaries of the passive ("it was reported", "he was told"): no speaker named. */
export const PASSIVE_AUXILIARIES = words(`was were is are been being be get got`);

/** Adverbs between a passive auxiliary and its verb ("was widely reported"). */
export const PASSIVE_ADVERBS = words(
  `also widely reportedly first later previously not never repeatedly often then still`,
);

/** Words before "calls for" or "demands" that make it a noun ("amid calls for calm"). */
export const CALL_NOUN_LEADS = words(
  `amid despite after to of with and or the growing renewed repeated international public`,
);

/** Parts of the day after a weekday ("on Monday morning"). */
export const DAY_PARTS = words(`morning afternoon evening night`);

/** Periods after "last" ("last week"). */
export const LAST_PERIODS = words(`week night month year`);

/** Prepositions after which a capitalised word is a place, not a speaker ("in Leeds", "near the Cape"). */
export const PLACE_PREPOSITIONS = words(
  `in at near from around outside inside across throughout towards toward via`,
);

/** Prepositions of place after a group noun ("officials in Paris", "protesters outside the ministry"). */
export const GROUP_PLACE_PREPOSITIONS = words(`
  in from at outside near inside across around close_to familiar_with with_knowledge_of briefed_on
  involved_in
`);

/**
 * Verbs of saying, one line per verb: its forms (a phrase joined by underscores), then after a colon what it
 * can do. clause: it reports a clause ("said that …", "…, she said"); invert: it comes before its subject
 * ("…,” said Amina Yusuf); object: a hearer or an object comes first ("told reporters that …", "urged X to
 * …"); quote: it introduces a quote but never a reported clause ("she laughed", "he went on"). The -ing form
 * after a comma continues the speaker of its sentence (", adding that …").
 */
export const SPEECH_VERBS = verbTable(`
  say says said saying: clause invert
  tell tells told telling told_reporters: clause object
  write writes wrote writing: clause invert
  add adds added adding: clause invert
  announce announces announced announcing: clause invert
  argue argues argued arguing: clause invert
  warn warns warned warning: clause invert object
  stated states stating: clause invert
  insist insists insisted insisting: clause invert
  explain explains explained explaining: clause invert
  assert asserts asserted asserting: clause invert
  declare declares declared declaring: clause invert
  remarked remarking: clause invert
  stressed stresses stressing: clause invert
  emphasised emphasized emphasises emphasizes: clause invert
  acknowledge acknowledges acknowledged acknowledging: clause invert
  admit admits admitted admitting: clause invert
  recall recalls recalled recalling: clause invert
  commented: clause invert
  observed observes: clause invert
  tweeted tweeting: clause invert
  ask asks asked asking: clause invert object
  reply replies replied replying: clause invert
  responded responds responding: clause invert
  concluded concludes: clause invert
  predicted predicts predicting: clause invert
  confirmed confirms confirming: clause invert
  denied denies denying: clause invert
  conceded concedes conceding: clause invert
  contends contended: clause invert
  alleged alleges alleging: clause invert
  reported reporting: clause invert
  noted notes noting: clause invert
  point_out points_out pointed_out pointing_out: clause invert
  claim claims claimed claiming: clause invert
  suggested suggests suggesting: clause invert
  reiterated reiterates reiterating: clause invert
  proclaimed proclaims proclaiming: clause invert
  complained complains complaining: clause invert
  boasted boasts boasting: clause invert
  vowed vows vowing: clause invert
  pledged pledges pledging: clause invert
  promised promises promising: clause invert
  testified testifies testifying: clause invert
  recounted recounts: clause invert
  retorted retorts: quote invert
  countered counters: clause invert
  answered answers: clause invert
  repeated repeats: clause invert
  assured assures: clause object
  reminded reminds: clause object
  informed: clause object
  urge urged urges urging: object
  accuse accused accuses accusing: object
  called_for calls_for: clause
  demanded demands: clause
  appealed_for: clause
  continued continues: quote invert
  went_on: quote invert
  fired_back: quote invert
  shot_back shoots_back hit_back hits_back retaliated interjected: quote invert
  chanted chants chanting shouted shouts shouting yelled yelling screamed screaming exclaimed: quote invert
  cautioned cautions cautioning: clause invert
  mentioning: clause
  elaborated elaborates: clause invert
  wondered wonders: clause invert
  surmised: clause invert
  lamented laments lamenting: clause invert
  barked barks snapped snaps fumed fumes scoffed scoffs: quote invert
  reads read: quote invert
  charged posted pressed remembered opined: quote invert
  put_it puts_it confessed exhorted conclude: quote invert
  laughs laughed joked jokes quip quipped quips sighed sighs mused: quote invert
  sang sings: quote invert
`);

/**
 * Verbs a document or a body "says" with that the rules do not read as cues ("the memo states", "Article 9
 * affirms"; "states" only right beside a quote, NOUN_FORM_VERBS): the learned fallback takes the phrase
 * before them as a candidate speaker.
 */
export const DOCUMENT_VERBS = words(`states stipulates affirms proclaims proclaiming lists`);

/**
 * Forms of a verb of saying (SPEECH_VERBS) that are also common nouns ("the report states", "won six
 * states"): a cue only right beside a quote, never a sentence's predicate.
 */
export const NOUN_FORM_VERBS = words(`states`);

/**
 * Nouns of saying whose owner speaks the quote after them ("his warning that …", "her call for “…”"): a
 * possessive before one of them is a weak cue.
 */
export const SAYING_NOUNS = words(`
  warning warnings comment comments remark remarks call calls promise promises pledge vow claim claims
  statement assertion argument suggestion insistence declaration answer response reply quip boast
  threat accusation admission prediction refrain mantra
`);

/** Verbs that characterise with "as" ("described it as", "dismissed the report as"). */
export const CHARACTERISE_AS_VERBS = words(`
  described describes describing characterised characterized termed labelled labeled branded called
  calls dubbed dismissed dismisses rejected rejects denounced denounces condemned condemns referred_to
  refers_to referring_to
`);

/** Verbs of "what X called …". */
export const WHAT_X_CALLED_VERBS = words(`called calls termed dubbed`);

/** Verbs that name a thing with a quote right after ("called it “a lie”"). */
export const NAMING_VERBS = words(`called calls call calling branded labelled labeled termed dubbed`);

/** Auxiliaries and adverbs skipped between a subject and its verb ("has also said"). */
export const AUXILIARIES = words(`
  also later then once has have had was were is previously further recently repeatedly earlier
  reportedly would will publicly privately separately subsequently again already simply quickly
  initially first last both all himself herself has_also flatly openly did does do now still can could be
  heard seen
`);

/** Nouns that end in a word that is otherwise a stop word ("a voice over says"), "_" for the space. */
export const PARTICLE_NOUNS = words(`voice_over`);

/** Words that end a backward search for a verb's subject. */
export const SUBJECT_STOP_WORDS = words(`
  that and but as when while because if which where after before since with so what how why than or
  nor though although whereas until unless is are was were be been do does did can could should may
  might must by to of in on at for from into about over under yet not also
`);

/**
 * Words before "of" that make a preposition with it, not a noun phrase's head ("because of the board", "on
 * behalf of the council", "in view of the charter").
 */
export const PREPOSITION_HEADS = words(`
  because instead ahead out front behalf spite regardless outside inside top terms view light favour favor
  case part
`);

/**
 * Words right before a work's title inside a noun phrase ("a contestant on “The Show,” who …", "the author of
 * “Fast Boats,”"): the title is part of the phrase, not a quote that ends the clause before a verb.
 */
export const TITLE_LEADS = words(`of on in for from at about with by titled entitled called named dubbed`);

/** Determiners that open a noun phrase. */
export const DETERMINERS = words(`the a an this that these those his her its their our one another`);

/** Sentence adverbs and interjections set off by commas ("Bashar al-Assad, meanwhile, said"). */
export const INTERJECTIONS = words(`
  however meanwhile though too also instead in_turn in_response by_contrast in_contrast
  for_(?:his|her|its|their)_part for_now so_far of_course nonetheless nevertheless likewise similarly
  separately later earlier then in_reply in_a_statement in_an_interview at_the_time at_first initially
  for_example for_instance in_particular notably again once_again
`);

/** Capitalised words that open a circumstance, not a name, at a clause's start ("After", "In", "When"). */
export const CLAUSE_OPENING_WORDS = words(`
  In On At By To Of From With Without Into After Before During When While As If Since Until Unlike Like
  Despite For Although Though Because Once Meanwhile And But Or So Yet
`);

/** Openings of a comma chunk that is a circumstance, not the subject ("in a statement", "speaking …"). */
export const CIRCUMSTANCE_OPENINGS = words(`
  in on at during for with after before speaking writing according in_a on_the at_the citing quoting
  last this earlier later
`);

/**
 * Words that join a clause with a subject of its own after a comma ("Kell signed the order, while Ann Roe
 * proposed …", "…, and the board denounced it and said …").
 */
export const CLAUSE_JOINERS = words(`and but while whereas`);

/** Nouns for a survey whose respondents' shares speak for it ("In a poll, 31 percent of voters said …"). */
export const POLL_NOUNS = words(`poll polls survey surveys`);

/**
 * Prepositions whose object is no subject of the verb after it ("Roe's email to his voters notes …", "but in
 * a radio show said …"): the speaker is the phrase they hang on, or the sentence's subject.
 */
export const OBJECT_PREPOSITIONS = words(`to in on at during with against`);

/** Words after which an inverted subject ends ("said Ana Lima on Tuesday"). */
export const SUBJECT_END_WORDS = words(`
  on in at during last this yesterday today earlier later when while as after before to because since
  adding according who which that and but
`);

/** Openings that are no reported clause after a verb ("said in a statement", "told reporters"). */
export const NOT_A_CLAUSE_OPENINGS = words(`
  in on at during last this earlier later after before to from with for by of about through over
  recently yesterday today also when while reporters journalists
`);

/**
 * Words opening the chunk before "…, X said" that make it a circumstance, not what X said ("When asked, …",
 * "In an interview, …").
 */
export const FRONTED_CIRCUMSTANCES = words(`
  when while asked pressed questioned in on at during after before since as if because though although
  earlier later last this
`);

/**
 * Words opening what may follow "…, X said" before the sentence ends or the clause resumes: a time, a
 * place, a channel ("said on Monday", "wrote in a letter", "said last week", "added recently").
 */
export const POSTPOSED_ADJUNCT_OPENINGS = words(`
  on in at during after before last this earlier later yesterday today recently when while as via
  through from afterward afterwards again also
`);

/**
 * Words after which a name ends a description instead of opening the clause ("Sweden’s envoy to the United
 * Nations, Ann Roe, said").
 */
export const DESCRIPTION_LINK_WORDS = words(`to of for at in on from with by and`);

/** Words between a person's name and where they come from ("Tom Kell of Dover", "Ann Roe from Leeds"). */
export const HOME_PREPOSITIONS = words(`of from`);

/** Words opening a subordinate clause before its subject ("When Ann Roe spoke"); not "As" ("As X said"). */
export const SUBORDINATORS = words(`
  When While After Before Since Because If Although Though Once Until Unless Whereas
`);

/** Words after a noun that go on with its phrase ("fans of the club", "fans who"), not the clause's verb. */
export const NOUN_PHRASE_CONTINUATIONS = words(`of in at from with who that and or to`);

/**
 * Words opening a clause that sets a scene inside a sentence ("Roe asks as a man walks in, saying “…”", "a
 * film in which children bang pans, chanting “…”"): a participle of saying right after that clause is its
 * subject's. Not "where" ("Roe spoke at the hall, where fans had gathered, saying …" is often Roe's).
 */
export const SCENE_CLAUSE_OPENERS = words(`as in_which`);

/**
 * Prepositions before a gerund of saying whose subject is the sentence's ("Roe ended the talk by saying
 * “…”", "upon saying", "while saying"); not "of" or "as" ("accused Kell of saying", "quoted Kell as saying").
 */
export const GERUND_PREPOSITIONS = words(`by upon after before while`);

/**
 * Participles that, with "as", name the person before them ("said the dock foreman known as Red"): the person
 * is the speaker, the phrase no reported clause.
 */
export const NAMING_PARTICIPLES = words(`known identified`);

/**
 * Verbs whose passive makes the sentence's subject the one spoken to ("Roe was asked by the moderator
 * whether …", "Kell was pressed on …"): the quoted words are the asker's, not the subject's.
 */
export const ADDRESSED_VERBS = words(`asked questioned pressed quizzed challenged`);

/**
 * Verbs that say the speaker goes on: “…” Roe added that … names the quote's own speaker, where “…” Roe said
 * that … may be a new speaker after another's quote.
 */
export const GOING_ON_VERBS = words(`add adds added continue continues continued`);

/** Words that link a sentence to the one before, ahead of its subject ("But Ann Roe wants …"). */
export const SENTENCE_LINKS = words(`But And Yet So Then Now Still Instead`);

/** Words ending in "s" that are no verb after a name ("Roe always …", "Roe versus Wade"). */
export const NOT_VERB_S_WORDS = words(`
  this his its thus plus versus across towards always perhaps sometimes besides afterwards whereas
  alongside nowadays
`);

/** Irregular past tenses that can head a sentence's predicate ("Oxfam went further, saying …"). */
export const IRREGULAR_PASTS = words(`
  went made gave took struck held sent spoke stood broke kept left came brought sought put set hit shot
  fought led won lost ran began drew threw bought caught met paid sat sold spent swore chose drove fell flew
  grew rode rose shook stole woke stuck strode became felt thought knew saw heard fled hid wore swept slept
  taught understood withdrew found laid
`);

// ---------------------------------------------------------------------------------------------------------
// Quotes that are not speech

/** Words right before a quote that make it a title, a term or a scare quote ("so-called “…”"). */
export const SCARE_LEADS = words(`
  so-called so_called titled entitled known_as the_word the_term the_phrase term phrase word slogan,?
  motto,? reading read banners? placards? signs?
`);

/** Naming verbs right before a quote: a scare quote unless someone who can speak does the naming. */
export const NAMING_LEADS = words(`dubbed called named labelled labeled`);

/** Words that may follow a characterising quote without it being a modifier ("“a lie” on Monday"). */
export const AFTER_CHARACTERISATION_WORDS = words(`
  between towards? to for in on at by with from of and but or nor that which who as after before since
  while when because if than is was are were be been has had have will would could can should may
  might must did does do not also again last this next yesterday today
`);

/** What a body calls its mission or motto: a slogan, not speech ("describes its mission as “…”"). */
export const SLOGAN_NOUNS = words(`mission motto slogan tagline strapline vision brand ethos philosophy`);

// ---------------------------------------------------------------------------------------------------------
// Text

/** Time zones after a live blog's time stamp ("14.02 BST:"). */
export const TIME_ZONES = words(`BST GMT CET CEST EST EDT PST PDT UTC ET PT local_time`);

/** Party initials in a legislator's affiliation after the name ("(R-Texas)", "(D-Calif.)", "(I-Vt.)"). */
export const PARTY_INITIALS = words(`R D I`);

/** Abbreviations whose full stop ends no sentence ("Mr.", "U.S.", "v."), lower-case, no final stop. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev jr sr vs v no mt u.s u.k u.n e.g i.e etc
`);

/** Month names and their short forms. */
export const MONTHS = words(`
  January February March April May June July August September October November December Jan Feb Mar
  Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Days of the week. */
export const DAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
