/** People introduced in running text: by an appositive, an honorific, a title, a list or an age. */
import {
  alternation,
  DOCUMENT_VERBS,
  IRREGULAR_PASTS,
  NOT_DESCRIBING_WORDS,
  NOT_VERB_S_WORDS,
  PLACE_FIRST_WORDS,
  SENTENCE_LINKS,
  SUBJECT_VERBS,
} from './lexicon.ts';
import {
  afterPlacePreposition,
  FEMALE,
  isCapWord,
  isParticle,
  isTitleWord,
  MALE,
  nameBeforeHome,
  NAME_WORD,
  NON_NAME,
  ROLE_NOUN,
  stripLeadingTitles,
  TITLES,
  trailingName,
} from './names.ts';
import { isOrgName } from './orgs.ts';
import { GROUP_NOUN, isCommonPersonWord, isPersonAppositive } from './person-phrases.ts';
import { isFiniteSpeechVerb } from './speech-verbs.ts';
import { DAY_NAMES, MONTH_NAMES, wordsWithOffsets } from './text.ts';

export interface PersonIntro {
  name: string;
  start: number;
  end: number;
  role?: string;
  gender?: 'male' | 'female';
  /** A lone surname that only names someone already in the text ("Roe apologised"), never a new person. */
  knownOnly?: boolean;
}

/** Verbs a document says with ("the memo states"). */
const DOCUMENT_VERB_SET = new Set(DOCUMENT_VERBS);

/**
 * People introduced in a text by an appositive ("Amina Yusuf, a nurse in Khan Younis,") or an honorific ("Ms
 * Yusuf"); `blocked(start,end)` excludes spans that are registry names of non-persons.
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
    // "Ann Roe of Dover, a nurse,": the name, not the place she comes from
    const nm = nameBeforeHome(before.slice(from), from) ?? trailingName(before.slice(from), from);
    if (!nm || blocked(nm.start, nm.end)) continue;
    if (!isPersonAppositive(m[1]!)) continue;
    // "Leave, the staff memo states, is …": a verb of saying ends a parenthetical cue, not a description
    const lastWord = /(\p{L}+)\s*$/u.exec(m[1]!)?.[1] ?? '';
    if (isFiniteSpeechVerb(lastWord) || DOCUMENT_VERB_SET.has(lastWord)) continue;
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
  const inner = new RegExp(
    `(^\\s*|[.;:]\\s+)` +
      `((?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir` +
      `|(?:[Tt]he\\s+)?(?:[A-Z][\\p{L}\\p{M}-]*\\s+){0,2}[\\p{L}\\p{M}-]+['’]s` +
      `|[Tt]he|[Aa]n?|[Oo]ne)\\s+[a-z][^,.;:“”"]{1,60})` +
      `,\\s+([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){1,3}),`,
    'gu',
  );
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

/** Verbs after a sentence-initial name that make it a person's name ("X was", "X has spent", "X shrugs"). */
const SUBJECT_VERB = new RegExp(`^\\s+(${alternation(SUBJECT_VERBS)})(?:n['’]t)?\\b`);

const PLACE_FIRST = new RegExp(`^(${alternation(PLACE_FIRST_WORDS)})$`);

/** A past tense after a name, an "-ly" adverb allowed before it ("Ann Roe quickly apologised"). */
const PAST_VERB = new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:[a-z]{2,}ed|${alternation(IRREGULAR_PASTS)})\\b`);

const NOT_DESCRIBING = new RegExp(`^(?:${alternation(NOT_DESCRIBING_WORDS)})$`, 'i');

/** The text before a name ends where a sentence starts. */
const SENTENCE_START = /(^|[.!?]["”’]?\s+)$/;

/**
 * A name (`pre` before it, `after` after it) that is its sentence's subject: at the sentence start before a
 * subject verb ("Ann Roe was"), or before a past tense there or after words describing the person
 * ("Front-runner Ann Roe stretched the truth").
 */
function opensAsSubject(pre: string, after: string): boolean {
  const atStart = SENTENCE_START.test(pre);
  if (atStart && SUBJECT_VERB.test(after)) return true;
  return (atStart || describedAtStart(pre)) && PAST_VERB.test(after);
}

/** True when the text before a name opens a sentence with at most four words describing the person. */
function describedAtStart(pre: string): boolean {
  const m = /(?:^|[.!?]["”’]?\s+)((?:[\p{L}-]+\s+){1,4})$/u.exec(pre);
  return (
    !!m &&
    m[1]!
      .trim()
      .split(/\s+/)
      .every((w) => !NOT_DESCRIBING.test(w))
  );
}

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
      !MONTH_NAMES.has(w) &&
      !DAY_NAMES.has(w)
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
 * "engineer Dawit Bekele"), in a list of names ("Amal Osman and Yusuf Idris"), or with an age ("Halyna
 * Shevchuk, 74,").
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
      if (MALE.has(h)) intro.gender = 'male';
      if (FEMALE.has(h)) intro.gender = 'female';
    }
    out.push(intro);
  };
  // "Sen. Ann Roe": an abbreviated title keeps its full stop, which the tokens leave out
  const dotted = (i: number) => text[toks[i]!.end] === '.' && TITLES.has(`${toks[i]!.w}.`);
  const isTitle = (i: number) => TITLES.has(toks[i]!.w) || dotted(i);
  const nextTo = (i: number) =>
    toks[i + 1] !== undefined &&
    text.slice(toks[i]!.end + (dotted(i) ? 1 : 0), toks[i + 1]!.start).trim() === '';
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.w;
    if (!nextTo(k)) continue;
    if (isTitle(k) && /^[A-Z]/.test(w)) {
      let t = k;
      while (t > 0 && isTitle(t - 1) && nextTo(t - 1)) t--;
      let e = k;
      while (e + 1 < toks.length && isTitle(e + 1) && nextTo(e)) e++;
      const r = nameRun(toks, e + 1, text);
      if (r) push(r, text.slice(toks[t]!.start, toks[e]!.end + (dotted(e) ? 1 : 0)));
      k = e;
    } else if (
      ROLE_NOUN.test(w) ||
      (ROLE_NOUN.test(w.toLowerCase()) && /(^\s*|[.!?:;“"]\s*)$/.test(text.slice(0, toks[k]!.start)))
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
  // sentence subject: "Anna Kowalska was more hopeful.", "Mariana Silva has fished here for years."; before a
  // past tense also after words describing the person ("Front-runner Ann Roe stretched the truth.")
  for (const r of runs) {
    if (opensAsSubject(text.slice(0, toks[r.from]!.start), text.slice(toks[r.to]!.end))) push(r);
  }
  // relative clause: "Khadija Musa, who walked for six days," (a person: "which" would be a thing)
  for (const r of runs) {
    if (/^,\s+who\b/.test(text.slice(toks[r.to]!.end)) && !afterPlacePreposition(text, toks[r.from]!.start))
      push(r);
  }
  // age: "Halyna Shevchuk, 74,"; a surname alone opening a sentence with an age or "who" ("Fry, 19,",
  // "Marlow, who") is someone named before
  for (const r of runs) {
    if (/^,\s*\d{1,3}\s*[,.;]/.test(text.slice(toks[r.to]!.end))) push(r);
  }
  // a surname alone as the sentence's subject ("Roe apologised on Monday."): someone named before, if anyone
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’.-])([A-Z][\p{L}\p{M}'’-]+)(?=\s+[a-z])/gu)) {
    const w = m[1]!.replace(/['’]s$/, '');
    const start = m.index!;
    if (w !== m[1] || !isCapWord(w) || TITLES.has(w) || NON_NAME.has(w) || /^[A-Z]+$/.test(w)) continue;
    const pre = text.slice(0, start);
    // the last word of a longer name ("the Federal Aviation Administration") is not a surname alone
    if (/[A-Z][\p{L}\p{M}'’.-]*\s+$/u.test(pre)) continue;
    if (!opensAsSubject(pre, text.slice(start + w.length))) continue;
    if (blocked(start, start + w.length) || out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({ name: w, start, end: start + w.length, knownOnly: true });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])([A-Z][\p{L}\p{M}'’-]+),\s*(?:\d{1,3}\s*,|who\b)/gu)) {
    const w = m[1]!;
    const start = m.index!;
    if (
      NON_NAME.has(w) ||
      TITLES.has(w) ||
      MONTH_NAMES.has(w) ||
      DAY_NAMES.has(w) ||
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

/** A lower-case word after a name that reads as its verb: a past tense, an "-s" present or a subject verb. */
const VERB_AFTER_NAME = new RegExp(
  `^\\s+(?:[a-z]+ly\\s+)?(?!(?:${alternation(NOT_VERB_S_WORDS)})\\b)` +
    `(?:${alternation(SUBJECT_VERBS)}|${alternation(IRREGULAR_PASTS)}|[a-z]{2,}ed|[a-z]+[a-rt-z]s)\\b`,
);

/** A possessive ending a name ("Ann Roe's"). */
const POSSESSOR = /['’]s$/;
/** The head noun after a possessive name ("'s hair"), or a word and the head ("'s old car"). */
const OWNED_HEAD = /^\s+[a-z]+(?=\s)/;
const OWNED_HEADS = /^\s+[a-z]+\s+[a-z]+(?=\s)/;

/** What may come before a sentence's subject: its start, a linking word, a fronted phrase and a comma. */
const SUBJECT_OPENING = new RegExp(
  `(?:^\\s*|[.!?]["”’]?\\s+)(?:(?:${alternation(SENTENCE_LINKS)})\\s+)?` + `(?:[A-Z][^,.;:“”"]{0,80},\\s+)?$`,
);
const LINK = new RegExp(`^(?:${alternation(SENTENCE_LINKS)})$`);

/**
 * Names (one to three capitalised words, titles before them left out) that open a sentence as its subject
 * ("Ann Roe wants …", "On Monday, President Roe rebuked …", "Roe unloaded on …"): people a later "he" or
 * "she" may refer to when the text has introduced nobody else.
 */
export function findSubjectNames(
  text: string,
  blocked: (start: number, end: number) => boolean,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  const word = "[A-Z][\\p{L}\\p{M}'’.-]*";
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}'’.-])((?:${word}\\s+){0,3}[A-Z][\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}])(?=\\s+[a-z])`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    // "Ann Roe's hair was whiter": a name owning the subject's head noun; the sentence is about the owner
    const owner = POSSESSOR.exec(m[1]!);
    const span = owner ? m[1]!.slice(0, owner.index) : m[1]!;
    const words = span.split(/\s+/);
    const link = LINK.test(words[0]!) ? words[0]!.length + 1 : 0;
    let k = link ? 1 : 0;
    while (k < words.length - 1 && isTitleWord(words[k]!.replace(/\.$/, ''))) k++;
    const name = words.slice(k).join(' ');
    const start = m.index! + span.length - name.length;
    if (words.length - k > 3 || !SUBJECT_OPENING.test(text.slice(0, m.index! + link))) continue;
    const after = text.slice(m.index! + m[1]!.length);
    const heads = owner ? [OWNED_HEAD.exec(after), OWNED_HEADS.exec(after)] : [];
    const verbAt = owner ? heads.filter((h) => h !== null).map((h) => after.slice(h[0].length)) : [after];
    if (!verbAt.some((rest) => VERB_AFTER_NAME.test(rest))) continue;
    const parts = name.split(' ');
    if (
      parts.some((w) => !isCapWord(w) || NON_NAME.has(w) || TITLES.has(w) || /^[A-Z]+$/.test(w)) ||
      MONTH_NAMES.has(parts[0]!) ||
      DAY_NAMES.has(parts[0]!) ||
      PLACE_FIRST.test(parts[0]!) ||
      isOrgName(name) ||
      (parts.length === 1 && (isCommonPersonWord(parts[0]!) || GROUP_NOUN.test(parts[0]!.toLowerCase()))) ||
      blocked(start, start + name.length)
    )
      continue;
    out.push({ name, start });
  }
  return out;
}
