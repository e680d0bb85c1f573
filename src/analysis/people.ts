/** Person names and appositive roles in running text (for speakers not in the registry). */
import { DAYS, MONTHS, wordsWithOffsets } from './text.ts';
import { isOrgName } from './orgs.ts';

/** Capitalised words that are not names when they begin a phrase. */
export const NON_NAME = new Set(
  (
    'The A An And But Or Nor So Yet For In On At By To Of From With Without Into After Before During Since Until While When Where Why How What Which Who Whom Whose ' +
    'This That These Those There Here Then Now Also Still Even Just Only Meanwhile However Moreover Although Though Because If As Once Both Either Neither Each Every All Some Many Most ' +
    'He She It They We You I His Her Its Their Our My Your Him Them Us Me Such Another Other Several Few More Less Last Next First Second Third Earlier Later Today Yesterday Tomorrow ' +
    'According Asked Speaking Writing Despite Among Amid Under Over Against Between Through Across Beyond Within Inside Outside Near Following Including Like Unlike Instead Indeed Overall Finally Separately Nevertheless ' +
    'Not No Yes Thus Hence Therefore Otherwise Perhaps Maybe Already Again Always Never Often Sometimes Recently Previously Currently'
  ).split(' '),
);

/** Prepositions after which a capitalised word is a place, not a speaker ("in Leeds", "at Cannes", "near the Cape"). */
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:in|at|near|from|around|outside|inside|across|throughout|towards|toward|via)\s+(?:the\s+)?$/iu;

/** True if the text before `pos` ends in a place preposition ("… in ", "… near the "). */
export function afterPlacePreposition(text: string, pos: number): boolean {
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, pos - 20), pos));
}

/** Title words that go into the role, not the name ("Foreign Minister Sergei Lavrov"). */
export const TITLES = new Set(
  (
    'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron Earl Viscount Rev Rev. Sheikh Imam Rabbi Father Sister Brother ' +
    'President Vice Prime Minister Deputy Foreign Defence Defense Interior Finance Health Justice Secretary General Gen. Gen Colonel Col. Major Maj. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Commander ' +
    'Lt Lt. Col Col. Maj Brig Brig. Sgt Capt Cpl Pte Staff Field Marshal Rear Crown Grand Ayatollah Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov. Mayor Councillor Councilor Alderman Ambassador Chancellor King Queen Prince Princess Emir Sultan Pope Chief Director Spokesman Spokeswoman Spokesperson Judge Justice Speaker Chairman Chairwoman Chair Commissioner Envoy Special State National Security Assistant Acting Former Senior Constable Inspector Superintendent Detective Officer MP MEP MSP MLA'
  ).split(' '),
);

/** Letters after a name that are not part of it ("Helen Sato KC", "Jane Doe MP"). */
export const POST_NOMINALS = /^(KC|QC|MP|MEP|MSP|MS|AM|OBE|MBE|CBE|KBE|DBE|PhD|FRS|Jr|Jr\.|Sr|Sr\.)$/;

/** The same letters at the end of a subject, after the name ("Helen Sato KC"). */
export const POST_NOMINAL_TAIL = /^\s*(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|FRS|Jr\.?|Sr\.?)\s*$/;

/** Words before a body's name that make the speakers some of its people ("members of the union Unison say"). */
export const MEMBERS_OF =
  /\b(?:members|some|many|most|all|none|one|two|three|several|dozens|hundreds|thousands|staff|employees|workers)\s+of\s+$/i;

/** A government body's name that speaks for its state ("Home Office", "State Department", "foreign ministry"). */
export const GOV_BODY =
  /^(?:[\p{L}-]+\s+){0,2}(?:Ministry|Office|Department|Government|Cabinet|Presidency|Embassy|Treasury|ministry|government|embassy)(?:\s+of\s+[\p{L}\s]+)?$/u;

/** Titles of peers that stay part of a one-word name ("Lord Reed", "Baroness Hale"). */
export const PEERAGE = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Earl', 'Viscount']);

const MALE_HONORIFICS = new Set([
  'Mr',
  'Mr.',
  'Sir',
  'Lord',
  'Baron',
  'Earl',
  'Viscount',
  'King',
  'Prince',
  'Father',
  'Brother',
  'Sheikh',
  'Emir',
  'Sultan',
  'Congressman',
  'Chairman',
  'Spokesman',
]);
const FEMALE_HONORIFICS = new Set([
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Miss',
  'Dame',
  'Lady',
  'Baroness',
  'Queen',
  'Princess',
  'Sister',
  'Congresswoman',
  'Chairwoman',
  'Spokeswoman',
]);

/** Heads of appositives that describe places or organisations, not people. */
const NON_PERSON_HEADS =
  /\b(city|town|village|country|state|region|province|district|camp|neighbourhood|neighborhood|area|hospital|school|university|group|organisation|organization|company|firm|agency|party|ministry|newspaper|outlet|channel|network|think-tank|think tank|movement|militia|coalition|alliance|council|body|port|river|island|capital|border|crossing|enclave|territory|strip|base|facility|site|plant|document|report|treaty|deal|agreement|institute|centre|center|bank|fund|union|court|parliament|government|army|force|forces)\b/i;

const NAME_WORD =
  /^(?:[A-Z][\p{L}\p{M}'’-]*\.?|(?:al|el|ad|ash|as|at|ar|az|bin|ibn|bint|de|da|del|della|di|du|van|von|der|den|la|le|dos|das|abu|bar|ben)(?:-[A-Z][\p{L}\p{M}'’-]*)?)$/u;

function isCapWord(w: string): boolean {
  return /^[A-Z]/.test(w) && NAME_WORD.test(w);
}

function isParticle(w: string): boolean {
  return /^[a-z]/.test(w) && NAME_WORD.test(w) && !/-/.test(w);
}

/** A surname with a joined particle ("al-Assad", "el-Sisi"). */
function isParticleSurname(w: string): boolean {
  return /^[a-z]+-[A-Z]/.test(w) && NAME_WORD.test(w);
}

export interface NameFound {
  /** The name without titles, e.g. "Sergei Lavrov". */
  name: string;
  start: number;
  end: number;
  /** Title words before the name ("Foreign Minister"), if any. */
  title?: string;
  gender?: 'male' | 'female';
}

/**
 * The person name that ends a phrase ("US spokesman Amina Yusuf" -> "Amina Yusuf"), 1-4 words,
 * titles split off; null if the phrase does not end in a name-like sequence.
 */
/** Last words of a body's name ("… Association", "… Chamber"): title words before them belong to the name. */
const ORG_TAIL =
  /^(Association|Federation|Union|Council|Institute|Chamber|Confederation|Society|Foundation|Agency|Authority|Commission|Committee|Company|Corporation|Bank|Fund|Party|League|Alliance|Guild|Trust|Board|Bureau|Service|Organi[sz]ation)$/;

export function trailingName(text: string, offset = 0): NameFound | null {
  const toks = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)].map((m) => ({
    w: m[0].replace(/['’]s$/, '').replace(/\.$/, (d) => (TITLES.has(m[0]) ? d : '')),
    start: m.index!,
    end: m.index! + m[0].length,
    poss: /['’]s$/.test(m[0]),
  }));
  // "Helen Sato KC": letters after the name are not part of it
  if (toks.length > 2 && POST_NOMINALS.test(toks[toks.length - 1]!.w) && isCapWord(toks[toks.length - 2]!.w))
    toks.pop();
  if (!toks.length) return null;
  const trailing = text
    .slice(toks[toks.length - 1]!.end)
    .replace(/^\s*(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|FRS|Jr\.?|Sr\.?)\b/, '')
    .trim();
  if (trailing && !/^['’]s?$/.test(trailing)) return null;
  let i = toks.length - 1;
  const nameToks: typeof toks = [];
  while (i >= 0) {
    const t = toks[i]!;
    // "Syria’s Bashar al-Assad": a possessive before the name is a modifier, not part of it
    if (t.poss && nameToks.length) break;
    // "the National Residential Landlords Association": in a body's name a title word ("National") is part of it
    if (
      isCapWord(t.w) &&
      (!TITLES.has(t.w) || (nameToks.length > 0 && ORG_TAIL.test(nameToks[nameToks.length - 1]!.w)))
    )
      nameToks.unshift(t);
    else if (isParticle(t.w) && nameToks.length && i > 0 && isCapWord(toks[i - 1]!.w)) nameToks.unshift(t);
    else if (isParticleSurname(t.w) && i > 0 && isCapWord(toks[i - 1]!.w)) nameToks.unshift(t);
    else break;
    i--;
  }
  while (nameToks.length && (NON_NAME.has(nameToks[0]!.w) || isParticle(nameToks[0]!.w))) nameToks.shift();
  // "Economist Clara Weber" at the start of a sentence: the job word is not part of the name
  while (nameToks.length > 2 && ROLE_NOUNS.test(nameToks[0]!.w.toLowerCase())) nameToks.shift();
  if (!nameToks.length || nameToks.length > 4) return null;
  if (nameToks.every((t) => MONTHS.has(t.w) || DAYS.has(t.w) || /^[A-Z]{2,}$/.test(t.w))) return null;
  if (nameToks.some((t) => MONTHS.has(t.w) || DAYS.has(t.w))) return null;
  const first = nameToks[0]!;
  const titleToks: typeof toks = [];
  for (let j = toks.indexOf(first) - 1; j >= 0 && TITLES.has(toks[j]!.w); j--) titleToks.unshift(toks[j]!);
  // "a consultant in Leeds", "the prize at Cannes": a capitalised word after a place preposition is a place
  if (!titleToks.length && afterPlacePreposition(text, first.start)) return null;
  const found: NameFound = {
    name: text.slice(first.start, nameToks[nameToks.length - 1]!.end).replace(/['’]s$/, ''),
    start: offset + first.start,
    end:
      offset +
      first.start +
      text.slice(first.start, nameToks[nameToks.length - 1]!.end).replace(/['’]s$/, '').length,
  };
  // "Lord Reed": a peer's title with one name word is part of the name
  const peer =
    titleToks.length && nameToks.length === 1 && PEERAGE.has(titleToks[titleToks.length - 1]!.w)
      ? titleToks.pop()!
      : null;
  if (peer) {
    found.name = `${peer.w} ${found.name}`;
    found.start = offset + peer.start;
  }
  if (titleToks.length) {
    found.title = titleToks.map((t) => t.w).join(' ');
    const h = titleToks[titleToks.length - 1]!.w;
    if (MALE_HONORIFICS.has(h)) found.gender = 'male';
    if (FEMALE_HONORIFICS.has(h)) found.gender = 'female';
  }
  if (peer && MALE_HONORIFICS.has(peer.w)) found.gender = 'male';
  if (peer && FEMALE_HONORIFICS.has(peer.w)) found.gender = 'female';
  return found;
}

/** The name that begins a phrase ("Amina Yusuf on Tuesday" -> "Amina Yusuf"), or null. */
export function leadingName(text: string, offset = 0): NameFound | null {
  const m = /^\s*((?:[\p{L}\p{M}][\p{L}\p{M}'’.-]*\s*){1,8})/u.exec(text);
  if (!m) return null;
  const toks = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)];
  let end = -1;
  let titleEnd = -1;
  let count = 0;
  let gender: 'male' | 'female' | undefined;
  const titles: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const gap = text.slice(i === 0 ? 0 : toks[i - 1]!.index! + toks[i - 1]![0].length, t.index!);
    if (i > 0 && gap.trim() !== '') break;
    if (i === 0 && gap.trim() !== '') return null;
    const w = t[0];
    if (count === 0 && TITLES.has(w)) {
      titles.push(w);
      titleEnd = t.index! + w.length;
      if (MALE_HONORIFICS.has(w)) gender = 'male';
      if (FEMALE_HONORIFICS.has(w)) gender = 'female';
      continue;
    }
    if (isCapWord(w) || (count > 0 && isParticle(w) && i + 1 < toks.length && isCapWord(toks[i + 1]![0]))) {
      if (count === 0 && (NON_NAME.has(w) || MONTHS.has(w) || DAYS.has(w))) return null;
      if (MONTHS.has(w) || DAYS.has(w)) break;
      count++;
      end = t.index! + w.replace(/['’]s$/, '').replace(/\.$/, '').length;
      continue;
    }
    break;
  }
  if (count === 0 || count > 4) return null;
  const startIdx = titleEnd >= 0 ? text.slice(titleEnd).search(/\S/) + titleEnd : text.search(/\S/);
  const found: NameFound = { name: text.slice(startIdx, end), start: offset + startIdx, end: offset + end };
  if (titles.length) found.title = titles.join(' ');
  if (gender) found.gender = gender;
  return found;
}

/** True if an appositive looks like a description of a person (not a place or organisation). */
export function isPersonAppositive(appositive: string): boolean {
  // "the council’s transport lead": the owner before a possessive is not the head
  const head =
    appositive
      .replace(/^(a|an|the)\s+/i, '')
      .replace(/^.*['’]s\s+(?=[a-z])/u, '')
      .split(/\s+(?:at|of|for|in|from|with|on|to|who|based)\s+/)[0] ?? '';
  return !NON_PERSON_HEADS.test(head) && !/\b(is|are|was|were|has|have|had|will|would)\b/.test(appositive);
}

/** True if a comma chunk reads as an appositive ("a nurse in Khan Younis", "the group's leader"). */
export function isAppositive(chunk: string): boolean {
  const c = chunk.trim();
  const opens =
    /^(a|an|the|his|her|its|their)\s+\S/i.test(c) ||
    /^[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?['’]s\s+[a-z]/u.test(c);
  return opens && !/\b(is|are|was|were|has|have|had|will|would|can|could|said|says)\b/.test(chunk);
}

export interface PersonIntro {
  name: string;
  start: number;
  end: number;
  role?: string;
  gender?: 'male' | 'female';
}

/**
 * People introduced in a text by an appositive ("Amina Yusuf, a nurse in Khan Younis,")
 * or an honorific ("Ms Yusuf"); `blocked(start,end)` excludes spans that are registry names of non-persons.
 */
export function findPersonIntros(
  text: string,
  blocked: (start: number, end: number) => boolean,
): PersonIntro[] {
  const out: PersonIntro[] = [];
  const re = /,\s+((?:a|an|the)\s+[^,.;:“”"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(0, m.index);
    const from =
      Math.max(
        before.lastIndexOf(','),
        before.lastIndexOf(';'),
        before.lastIndexOf(':'),
        before.search(/[“”"]\s*[^“”"]*$/),
      ) + 1;
    const nm = trailingName(before.slice(from), from);
    if (!nm || blocked(nm.start, nm.end)) continue;
    if (!isPersonAppositive(m[1]!)) continue;
    let role = m[1]!.trim();
    // continuation chunk: "a visiting fellow at the Middle East Centre, LSE"
    const rest = text.slice(m.index + m[0].length);
    const cont = /^,\s+([A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*){0,2})(?=\s*[,.;]|$)/u.exec(rest);
    if (cont) role += `, ${cont[1]}`;
    const intro: PersonIntro = { name: nm.name, start: nm.start, end: nm.end, role };
    if (nm.gender) intro.gender = nm.gender;
    out.push(intro);
  }
  // "His neighbour, Fatma Saleh, was ...": a name set off by commas after a description
  const inner =
    /(^\s*|[.;:]\s+)((?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?(?:[A-Z][\p{L}\p{M}-]*\s+){0,2}[\p{L}\p{M}-]+['’]s|[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z][^,.;:“”"]{1,60}),\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}),/gu;
  while ((m = inner.exec(text))) {
    const raw = m[3]!.replace(/\s+(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|FRS)$/, '');
    // "Her breakthrough, The Snow Ledger,": a title of a work, not a person
    if (NON_NAME.has(raw.split(/\s+/)[0]!)) continue;
    // "One of the rebels, Toronto MP Peter Walsh,": a place and a title before the name are not part of it
    const tn = trailingName(raw);
    const name = tn && tn.name.includes(' ') && raw.endsWith(tn.name) ? tn.name : stripLeadingTitles(raw);
    const start = m.index + m[0].lastIndexOf(m[3]!) + (raw.length - name.length);
    if (blocked(start, start + name.length) || !isPersonAppositive(m[2]!)) continue;
    out.push({ name, start, end: start + name.length, role: m[2]! });
  }
  const hon = /\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+((?:[A-Z][\p{L}'’-]+\s?){1,3})/gu;
  while ((m = hon.exec(text))) {
    const name = m[2]!.trim().replace(/['’]s$/, '');
    const start = m.index + m[0].indexOf(m[2]!);
    if (blocked(start, start + name.length)) continue;
    const intro: PersonIntro = { name, start, end: start + name.length };
    if (/^(Mr)$/.test(m[1]!)) intro.gender = 'male';
    if (/^(Mrs|Ms|Miss)$/.test(m[1]!)) intro.gender = 'female';
    out.push(intro);
  }
  return out;
}

/** Lower-case job words that introduce a name ("engineer Dawit Bekele", "pensioner Halyna Shevchuk"). */
const ROLE_NOUNS =
  /^(engineer|nurse|doctor|surgeon|pensioner|farmer|fisherman|teacher|student|resident|activist|lawyer|journalist|reporter|photographer|analyst|economist|historian|researcher|professor|lecturer|scientist|spokesman|spokeswoman|spokesperson|official|diplomat|negotiator|minister|envoy|commander|soldier|officer|volunteer|worker|driver|shopkeeper|trader|merchant|baker|mother|father|widow|survivor|refugee|villager|mayor|governor|senator|lawmaker|legislator|MP|politician|candidate|leader|chief|director|founder|owner|manager|chairman|chairwoman|president|premier|colleague|neighbour|neighbor|son|daughter|brother|sister|husband|wife|cousin|uncle|aunt|grandmother|grandfather|secretary|consultant|medic|paramedic|pharmacist|midwife|priest|imam|rabbi|cleric|singer|writer|author|novelist|poet|artist|filmmaker|coach|player|athlete|boss|manager|striker|goalkeeper|captain|midfielder|defender|commuter|passenger|donor|designer|architect|chef|curator|editor|producer|actor|actress|musician|composer|dancer|entrepreneur|investor|banker|broker|accountant|programmer|mechanic|electrician|plumber|builder|pilot|sailor|skipper|firefighter|dentist|vet|veterinarian|psychologist|psychiatrist|therapist|counsellor|counselor|campaigner|organiser|organizer|protester|referee|umpire|jockey|trainer|cyclist|swimmer|boxer|climber|explorer|astronaut|astronomer|physicist|chemist|biologist|geologist|ecologist|epidemiologist|virologist|mathematician|philosopher|sociologist|anthropologist|archaeologist|librarian|archivist|translator|interpreter|inspector|detective|prosecutor|magistrate|barrister|solicitor|attorney|commentator|columnist|blogger|presenter|comedian|playwright|screenwriter|illustrator|cartoonist|sculptor|grocer|vendor|cashier|waiter|waitress|landlord|landlady|tenant|homeowner|shopper|voter|supporter|teenager|pupil|graduate|intern|apprentice|carer|caregiver|courier|trucker|crewman|seafarer|deckhand|herder|vintner|winemaker|baker|nun|monk|pastor|vicar|chaplain|coroner|pathologist|radiologist|cardiologist|oncologist|paediatrician|pediatrician|neurologist|obstetrician|anaesthetist|anesthetist|technician|inventor|founder|ceo|executive|investigator|auditor|economist|strategist|adviser|advisor|pollster|lobbyist|registrar|headteacher|headmaster|headmistress|lecturer|tutor|chair|chairperson|ambassador|correspondent|delegate|representative|aide|consul|attache|attaché|judge|justice|juror|witness)$/;

/** A title ("Dr", "Minister") or a capitalised job word ("Nurse", "Commuter") that can precede a name; peers' titles excepted. */
export function isTitleWord(w: string): boolean {
  return (TITLES.has(w) && !PEERAGE.has(w)) || (/^[A-Z][a-z]+$/.test(w) && ROLE_NOUNS.test(w.toLowerCase()));
}

/** A name without the titles and capitalised job words before it, keeping at least two words ("Dr Naomi Fisher" -> "Naomi Fisher"). */
export function stripLeadingTitles(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 2 && isTitleWord(ws[0]!.replace(/\.$/, ''))) ws.shift();
  return ws.join(' ');
}

/** True if a lower-case word is a job or role noun that heads a description of a person ("leader", "minister"). */
export function isPersonHead(word: string): boolean {
  return ROLE_NOUNS.test(word) || /^(head|boss|statesman)$/.test(word);
}

/** True if a description's head is a person noun ("A senior EU diplomat", "one official"). */
export function isPersonNoun(text: string): boolean {
  const head =
    text
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase()
      .replace(/[^\p{L}]/gu, '') ?? '';
  const lower =
    /^[a-z]/.test(text.trim().replace(/^(a|an|the|one|some|many|two|three)\s+/i, '')) ||
    /^[A-Z][a-z]+s$/.test(text.trim());
  return (
    lower && (ROLE_NOUNS.test(head) || ROLE_NOUNS.test(head.replace(/s$/, '')) || GROUP_NOUNS.test(head))
  );
}

/** Nouns for a person described, not named, besides jobs ("a man", "one local"). */
const PERSON_NOUNS =
  /^(man|woman|boy|girl|person|child|youth|local|individual|mum|mom|dad|grandmother|grandfather|pensioner|resident|friend|relative|witness|victim|bystander|onlooker|visitor|tourist|customer|client|patient|owner)$/;

/**
 * An individual introduced by description, not by name: "One tenant in Hackney", "A Greek captain whose ship
 * made the crossing", "an elderly man from Wigan". A determiner, at most two modifiers (a capitalised one is a
 * nationality, a place or a body: "Greek", "Reuters"), then a person noun; what follows may name places or
 * bodies after a preposition, but nobody.
 */
export function isIndefinitePerson(text: string): boolean {
  const t = text.trim();
  const det = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+/.exec(t);
  if (!det) return false;
  const words = [...t.slice(det[0].length).matchAll(/[\p{L}\p{M}'’-]+/gu)].slice(0, 3);
  const head = words.find((w) => /^[a-z]/.test(w[0]) && (ROLE_NOUNS.test(w[0]) || PERSON_NOUNS.test(w[0])));
  if (!head) return false;
  const rest = t
    .slice(det[0].length + head.index! + head[0].length)
    .replace(
      /\b(?:in|from|at|near|outside|of|on|for|with|to|by)\s+(?:the\s+)?(?:[A-Z][\p{L}\p{M}'’.-]*\s*)+/gu,
      ' ',
    );
  return !/\p{Lu}/u.test(rest);
}

/** True if a word (any case) is a common noun for a person ("Landlord", "tenant"), not a name. */
export function isCommonPersonWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.test(w) || PERSON_NOUNS.test(w);
}

/** Plural nouns for unnamed groups of people ("critics", "residents"): never a name, even capitalised at a sentence start. */
export const GROUP_NOUNS =
  /^(critics|officials|residents|analysts|experts|observers|diplomats|protesters|campaigners|activists|witnesses|sources|villagers|locals|neighbours|neighbors|survivors|relatives|families|doctors|nurses|medics|soldiers|troops|lawmakers|economists|investors|traders|citizens|voters|opponents|supporters|rebels|militants|refugees|parents|students|workers|farmers|people)$/;

/** Verbs after a sentence-initial name that make it a person's name ("X was", "X has spent", "X shrugs"). */
const SUBJECT_VERB =
  /^\s+(was|is|has|had|shrugs|shrugged|smiled|smiles|sighed|sighs|laughed|laughs|paused|pauses|nodded|nods|remained|remains|seemed|seems|sounded|looked|appeared|agreed|disagreed|runs|ran|lives|lived|works|worked)\b/;

const PLACE_FIRST =
  /^(North|South|East|West|Eastern|Western|Northern|Southern|Central|New|Upper|Lower|Greater|United|Saudi|Gaza|Sierra|Costa|Sri|El|Los|Las|San|Santa|Port|Mount|Lake|Cape)$/;

/** Name words (2-4, particles allowed inside) starting at token k; null if none. */
function nameRun(
  toks: { w: string; start: number; end: number }[],
  k: number,
  text: string,
): { from: number; to: number } | null {
  let j = k;
  while (j < toks.length) {
    const t = toks[j]!;
    if (j > k && text.slice(toks[j - 1]!.end, t.start).trim() !== '') break;
    const w = t.w.replace(/['’]s$/, '');
    if (
      (isCapWord(w) || (/-[A-Z]/.test(w) && NAME_WORD.test(w))) &&
      !TITLES.has(w) &&
      !NON_NAME.has(w) &&
      !MONTHS.has(w) &&
      !DAYS.has(w)
    )
      j++;
    else if (j > k && isParticle(w) && toks[j + 1] && isCapWord(toks[j + 1]!.w)) j++;
    else break;
  }
  const n = j - k;
  return n >= 2 && n <= 4 ? { from: k, to: j - 1 } : null;
}

/**
 * People introduced without an appositive: after a title or job word ("Foreign Minister Sameh Shoukry",
 * "engineer Dawit Bekele"), in a list of names ("Amal Osman and Yusuf Idris"), or with an age ("Halyna Shevchuk, 74,").
 */
export function findNameIntros(
  text: string,
  blocked: (start: number, end: number) => boolean,
): PersonIntro[] {
  const toks = wordsWithOffsets(text);
  const out: PersonIntro[] = [];
  const push = (r0: { from: number; to: number }, title?: string) => {
    // "Nurse Grace Mensah has": a capitalised job word or title opening the run is not part of the name
    let r = r0;
    while (r.to - r.from >= 2 && isTitleWord(toks[r.from]!.w)) r = { from: r.from + 1, to: r.to };
    const a = toks[r.from]!;
    const b = toks[r.to]!;
    const name = text.slice(a.start, b.end).replace(/['’]s$/, '');
    if (blocked(a.start, a.start + name.length) || isOrgName(name) || PLACE_FIRST.test(a.w)) return;
    if (out.some((o) => o.start === a.start)) return;
    const intro: PersonIntro = { name, start: a.start, end: a.start + name.length };
    if (title) {
      intro.role = title;
      const h = title.split(/\s+/).pop()!;
      if (MALE_HONORIFICS.has(h)) intro.gender = 'male';
      if (FEMALE_HONORIFICS.has(h)) intro.gender = 'female';
    }
    out.push(intro);
  };
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.w;
    const adjacent = toks[k + 1] && text.slice(toks[k]!.end, toks[k + 1]!.start).trim() === '';
    if (!adjacent) continue;
    if (TITLES.has(w) && /^[A-Z]/.test(w)) {
      let t = k;
      while (
        t > 0 &&
        TITLES.has(toks[t - 1]!.w) &&
        text.slice(toks[t - 1]!.end, toks[t]!.start).trim() === ''
      )
        t--;
      let e = k;
      while (e + 1 < toks.length && TITLES.has(toks[e + 1]!.w)) e++;
      const r = nameRun(toks, e + 1, text);
      if (r) push(r, text.slice(toks[t]!.start, toks[e]!.end));
      k = e;
    } else if (
      ROLE_NOUNS.test(w) ||
      (ROLE_NOUNS.test(w.toLowerCase()) && /(^\s*|[.!?:;“"]\s*)$/.test(text.slice(0, toks[k]!.start)))
    ) {
      const r = nameRun(toks, k + 1, text);
      if (r) push(r, w);
    }
  }
  // lists: "Amal Osman and Yusuf Idris", "Hana Saleh, Musa Barakat and Ali Nour"
  const runs: { from: number; to: number }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const r = nameRun(toks, k, text);
    if (r) {
      runs.push(r);
      k = r.to;
    }
  }
  for (let i = 0; i + 1 < runs.length; i++) {
    const gap = text.slice(toks[runs[i]!.to]!.end, toks[runs[i + 1]!.from]!.start);
    const andGap = (g: string) => /^,?\s+(and|&)\s+$/.test(g);
    const next = runs[i + 2] ? text.slice(toks[runs[i + 1]!.to]!.end, toks[runs[i + 2]!.from]!.start) : '';
    if (andGap(gap) || (/^,\s+$/.test(gap) && andGap(next))) {
      push(runs[i]!);
      push(runs[i + 1]!);
    }
  }
  // sentence subject: "Anna Kowalska was more hopeful.", "Mariana Silva has fished here for years."
  for (const r of runs) {
    const atStart = /(^|[.!?]["”’]?\s+)$/.test(text.slice(0, toks[r.from]!.start));
    if (atStart && SUBJECT_VERB.test(text.slice(toks[r.to]!.end))) push(r);
  }
  // relative clause: "Khadija Musa, who walked for six days," (a person: "which" would be a thing)
  for (const r of runs) {
    if (/^,\s+who\b/.test(text.slice(toks[r.to]!.end)) && !afterPlacePreposition(text, toks[r.from]!.start))
      push(r);
  }
  // age: "Halyna Shevchuk, 74,"; a surname alone opening a sentence with an age or "who" ("Fry, 19,", "Marlow, who") is someone named before
  for (const r of runs) {
    if (/^,\s*\d{1,3}\s*[,.;]/.test(text.slice(toks[r.to]!.end))) push(r);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])([A-Z][\p{L}\p{M}'’-]+),\s*(?:\d{1,3}\s*,|who\b)/gu)) {
    const w = m[1]!;
    const start = m.index!;
    if (
      NON_NAME.has(w) ||
      TITLES.has(w) ||
      MONTHS.has(w) ||
      DAYS.has(w) ||
      PLACE_FIRST.test(w) ||
      /^[A-Z]+$/.test(w) ||
      isOrgName(w)
    )
      continue;
    if (
      !/(^|[.!?]["”’]?\s+)$/.test(text.slice(0, start)) ||
      blocked(start, start + w.length) ||
      out.some((o) => o.start <= start && start < o.end)
    )
      continue;
    out.push({ name: w, start, end: start + w.length });
  }
  return out;
}
