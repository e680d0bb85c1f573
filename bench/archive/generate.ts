/**
 * A generated archive for the scale benches: a registry (fictional states with capitals and
 * demonyms, people with roles, organisations with acronyms, conflicts) and any number of articles
 * composed from sentence templates, varied in actors, quotes, length, sections and dates. The same
 * seed gives the same archive. Articles only use forms the analysis knows (names, "said", "told",
 * "according to", pronouns), so every generated article is analysed as real news would be.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES_A = [
  'Al',
  'Bor',
  'Cal',
  'Dar',
  'El',
  'Fen',
  'Gal',
  'Hal',
  'Is',
  'Kar',
  'Lor',
  'Mar',
  'Nor',
  'Os',
];
const SYLLABLES_B = ['av', 'ed', 'in', 'om', 'ur', 'ev', 'ar', 'ol', 'is', 'un'];
const STATE_ENDS = ['ia', 'and', 'ova', 'esh', 'ora', 'eth', 'ania', 'ovia', 'una', 'ary'];
const CITY_ENDS = ['grad', 'ford', 'port', 'holm', 'mouth', 'burg', 'mere', 'stad'];
const FIRST = {
  female: [
    'Anna',
    'Leila',
    'Marta',
    'Sofia',
    'Ines',
    'Yara',
    'Hana',
    'Elena',
    'Nadia',
    'Ruth',
    'Amara',
    'Lina',
  ],
  male: [
    'Marek',
    'Omar',
    'Tomas',
    'Karim',
    'Ivan',
    'Jonas',
    'Ravi',
    'Felix',
    'Yusuf',
    'Pavel',
    'Emil',
    'Dario',
  ],
};
/** Surnames are made of two parts, so each person in a large registry has one of their own. */
const SURNAME_HEADS = [
  'Vel',
  'Orl',
  'Brek',
  'Hadd',
  'Quir',
  'Lind',
  'March',
  'Os',
  'Karl',
  'Dem',
  'Acht',
  'Nak',
  'Fair',
  'Obrad',
  'Sza',
  'Var',
  'Petr',
  'Mor',
  'Cast',
  'Idr',
  'Okaf',
  'Rasm',
  'Tan',
  'Vuk',
  'Ziel',
  'Alb',
  'Berg',
  'Cost',
  'Drag',
  'Esp',
  'Falk',
  'Grim',
  'Holl',
  'Ilv',
  'Jov',
  'Koval',
];
const SURNAME_TAILS = [
  'asko',
  'anova',
  'ken',
  'adin',
  'oga',
  'qvist',
  'etti',
  'ei',
  'sson',
  'irel',
  'erberg',
  'amura',
  'weather',
  'ovic',
  'escu',
];
const OUTLETS = [
  'the Daily Ledger',
  'Radio Meridian',
  'the Northern Courier',
  'Channel Seven',
  'the Wire Desk',
];
const SOURCES = ['The Daily Ledger', 'Radio Meridian', 'Northern Courier', 'Wire Desk', 'Harbour Times'];
const ORG_FORMS = [
  {
    kind: 'think tank',
    name: (s: string) => `${s} Institute for Strategic Studies`,
    role: 'a senior fellow at',
  },
  { kind: 'government body', name: (s: string) => `${s} Foreign Ministry`, role: 'a spokesperson for' },
  { kind: 'armed group', name: (s: string) => `${s} Liberation Front`, role: 'a commander of' },
  { kind: 'organisation', name: (s: string) => `${s} Red Crescent`, role: 'a coordinator at' },
  { kind: 'academic institution', name: (s: string) => `University of ${s}`, role: 'a professor at' },
] as const;
const CONFLICT_FORMS = [
  (a: string, b: string) => `${a}–${b} border war`,
  (a: string) => `${a} civil war`,
  (a: string, b: string) => `${a}–${b} water dispute`,
  (a: string) => `${a} insurgency`,
];
const VERBS = ['warned', 'insisted', 'argued', 'conceded', 'noted', 'stressed'];
const SUBJECTS = [
  'the ceasefire',
  'the talks',
  'the blockade',
  'the aid corridor',
  'the election',
  'the sanctions',
  'the pipeline deal',
  'the peace plan',
  'the grain agreement',
  'the prisoner exchange',
];
const PREDICATES = [
  'will not hold without guarantees from both sides',
  'has changed the balance of power in the region',
  'was never meant to last beyond the winter',
  'is the only way to stop the shelling of the border towns',
  'leaves millions of people without a say in their future',
  'depends on who controls the ports',
  'must be judged by what happens on the ground, not in the capitals',
  'has made ordinary life impossible for the farmers in the valley',
  'shows how little the neighbours trust each other',
  'could collapse within weeks if the convoys stop',
];
const CONTEXT = [
  (a: string, b: string, c: string) => `${a} and ${b} have traded accusations over the ${c} for months.`,
  (a: string, b: string, c: string) =>
    `Diplomats from ${a} met their counterparts from ${b} to discuss the ${c}.`,
  (a: string, _b: string, c: string) => `The ${c} has dominated the agenda in ${a} since the spring.`,
  (a: string, b: string, c: string) => `Trade between ${a} and ${b} has fallen sharply since the ${c} began.`,
  (a: string, b: string, c: string) =>
    `Observers say the ${c} has drawn ${a} closer to ${b} than at any time in a decade.`,
];
const FILLER = [
  'The numbers have not been independently verified.',
  'Talks are expected to resume next month.',
  'The government has not commented publicly.',
  'Thousands of people have left the area since the fighting began.',
  'Prices of bread and fuel have doubled in the past year.',
  'Several convoys were turned back at the crossing on Tuesday.',
];
const HEADINGS = [
  'What happens next',
  'A region on edge',
  'The view from the capital',
  'Trade and aid',
  'Old rivals',
];

interface State {
  id: string;
  name: string;
  demonym: string;
  capital: string;
}
interface Person {
  id: string;
  name: string;
  surname: string;
  role: string;
  gender: 'female' | 'male';
}
interface Org {
  id: string;
  name: string;
}
interface Named {
  id: string;
  name: string;
}

export interface Archive {
  states: State[];
  people: Person[];
  orgs: Org[];
  conflicts: Named[];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const yamlString = (s: string) => JSON.stringify(s);

/** A fictional registry: `states` states, and people, organisations and conflicts in proportion. */
export function makeRegistry(rand: () => number, states = 80): Archive {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const names = new Set<string>();
  const out: Archive = { states: [], people: [], orgs: [], conflicts: [] };
  while (out.states.length < states) {
    const stem = pick(SYLLABLES_A) + pick(SYLLABLES_B);
    const name = stem + pick(STATE_ENDS);
    // One state per stem, so demonyms ("Borovian") never belong to two states.
    if (names.has(name) || names.has(stem)) continue;
    names.add(name);
    names.add(stem);
    const capital = pick(SYLLABLES_A) + pick(SYLLABLES_B) + pick(CITY_ENDS);
    if (names.has(capital)) continue;
    names.add(capital);
    out.states.push({ id: slug(name), name, demonym: `${stem}ian`, capital });
  }
  for (const state of out.states) {
    const form = ORG_FORMS[out.orgs.length % ORG_FORMS.length]!;
    const name = form.name(state.name);
    out.orgs.push({ id: slug(name), name });
    // Five people per state: officials, analysts, commanders, aid workers, academics.
    for (let k = 0; k < 5; k++) {
      const gender = rand() < 0.5 ? 'female' : 'male';
      const person = () => {
        const surname = `${pick(SURNAME_HEADS)}${pick(SURNAME_TAILS)}`;
        return { surname, full: `${pick(FIRST[gender])} ${surname}` };
      };
      let { surname, full } = person();
      while (names.has(full) || names.has(surname)) ({ surname, full } = person());
      names.add(full);
      names.add(surname);
      const org = ORG_FORMS[k]!;
      out.people.push({
        id: slug(full),
        name: full,
        surname,
        gender,
        role: `${org.role} the ${org.name(state.name)}`,
      });
    }
  }
  for (let i = 0; out.conflicts.length < Math.ceil(states / 2); i++) {
    const a = out.states[i % states]!;
    const b = out.states[(i * 7 + 3) % states]!;
    const name = CONFLICT_FORMS[i % CONFLICT_FORMS.length]!(a.name, b.name);
    if (names.has(name)) continue;
    names.add(name);
    out.conflicts.push({ id: slug(name), name });
  }
  return out;
}

/** Writes the registry's YAML files under `content`. */
function writeRegistry(content: string, archive: Archive): void {
  const actors = path.join(content, 'actors');
  const conflicts = path.join(content, 'conflicts');
  mkdirSync(actors, { recursive: true });
  mkdirSync(conflicts, { recursive: true });
  for (const s of archive.states)
    writeFileSync(
      path.join(actors, `${s.id}.yaml`),
      `name: ${yamlString(s.name)}\nkind: state\naliases: [${[s.name, s.demonym, s.capital].map(yamlString).join(', ')}]\n`,
    );
  archive.orgs.forEach((o, i) => {
    const form = ORG_FORMS[i % ORG_FORMS.length]!;
    writeFileSync(
      path.join(actors, `${o.id}.yaml`),
      `name: ${yamlString(o.name)}\nkind: ${form.kind}\naliases: [${yamlString(o.name)}]\n`,
    );
  });
  for (const p of archive.people)
    writeFileSync(
      path.join(actors, `${p.id}.yaml`),
      `name: ${yamlString(p.name)}\nkind: person\nrole: ${yamlString(p.role)}\ngender: ${p.gender}\naliases: [${[p.name, p.surname].map(yamlString).join(', ')}]\n`,
    );
  for (const c of archive.conflicts)
    writeFileSync(
      path.join(conflicts, `${c.id}.yaml`),
      `name: ${yamlString(c.name)}\naliases: [${yamlString(c.name)}]\n`,
    );
}

/** Zipf-like choice: the first items (the big stories, the usual voices) come up far more often. */
function skewed<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.min(xs.length - 1, Math.floor(xs.length * rand() ** 2.2))]!;
}

/** One article's Markdown, with `index` making its slug unique. */
export function makeArticle(
  rand: () => number,
  archive: Archive,
  index: number,
): { file: string; text: string } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const conflict = skewed(rand, archive.conflicts);
  const states = [skewed(rand, archive.states), skewed(rand, archive.states), pick(archive.states)];
  const voices = [
    ...new Set([skewed(rand, archive.people), pick(archive.people), pick(archive.people)]),
  ].slice(0, 1 + Math.floor(rand() * 3));
  const org = pick(archive.orgs);
  const quote = () => `${pick(SUBJECTS).replace(/^t/, 'T')} ${pick(PREDICATES)}`;
  const paragraphs: string[] = [];
  const length = 5 + Math.floor(rand() * rand() * 26); // 5 to 30 paragraphs, most of them short
  const introduced = new Set<string>();
  for (let p = 0; p < length; p++) {
    if (p > 0 && p % 8 === 0) paragraphs.push(`## ${pick(HEADINGS)}`);
    const [a, b] = [pick(states), pick(states)];
    const voice = pick(voices);
    const kind = p === 0 ? 0 : Math.floor(rand() * 6);
    if (kind <= 1) {
      paragraphs.push(
        `${pick(CONTEXT)(a.name, b.name, conflict.name)} ${rand() < 0.5 ? pick(FILLER) : ''}`.trim(),
      );
    } else if (kind === 2 || kind === 3) {
      if (!introduced.has(voice.id)) {
        introduced.add(voice.id);
        paragraphs.push(`“${quote()},” said ${voice.name}, ${voice.role}.`);
      } else if (rand() < 0.5) {
        const pronoun = voice.gender === 'female' ? 'she' : 'he';
        paragraphs.push(`“${quote()}, and ${quote().toLowerCase()},” ${pronoun} ${pick(VERBS)}.`);
      } else {
        paragraphs.push(`${voice.surname} told ${pick(OUTLETS)}: “${quote()}.”`);
      }
    } else if (kind === 4) {
      paragraphs.push(`According to the ${org.name}, ${pick(SUBJECTS)} ${pick(PREDICATES)}.`);
    } else {
      paragraphs.push(`In ${a.capital}, ${a.demonym} officials said ${pick(SUBJECTS)} ${pick(PREDICATES)}.`);
    }
  }
  const year = 2012 + Math.floor(rand() * 14);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = `${states[0]!.name} and ${states[1]!.name} at odds over the ${conflict.name}`;
  const file = `${date}-${slug(`${states[0]!.name} ${conflict.name}`)}-${index}.md`;
  const text = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(`What ${voices.map((v) => v.name).join(' and ')} said about the ${conflict.name}, and where ${states[0]!.name} stands.`)}`,
    `published: ${date}`,
    `source: ${yamlString(pick(SOURCES))}`,
    `tags: [${[states[0]!.name, conflict.name].map(yamlString).join(', ')}]`,
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { file, text };
}

/**
 * Writes a registry of `states` states (with as many organisations, five people each and half as
 * many conflicts) and `count` articles into `content` (actors/, conflicts/, articles/).
 */
export function generateArchive(content: string, count: number, states = 24, seed = 20231215): Archive {
  const rand = random(seed);
  const archive = makeRegistry(rand, states);
  writeRegistry(content, archive);
  const articles = path.join(content, 'articles');
  mkdirSync(articles, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { file, text } = makeArticle(rand, archive, i);
    writeFileSync(path.join(articles, file), text);
  }
  return archive;
}
