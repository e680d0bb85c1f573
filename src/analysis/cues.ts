/** Speech cues in a paragraph whose quotes are masked: "X said", "said X", "according to X", "what X described as". */
import {
  GROUP_NOUNS,
  isAppositive,
  isCommonPersonWord,
  isIndefinitePerson,
  NON_NAME,
  trailingName,
} from './people.ts';
import { isOrgName } from './orgs.ts';
import { sentences } from './text.ts';

export type CueKind =
  'verb-after-subject' | 'verb-before-subject' | 'according-to' | 'described-as' | 'adding' | 'colon';

/** The words naming who speaks. */
export interface Subject {
  start: number;
  end: number;
  text: string;
  /** Appositive or pre-modifier role ("a nurse in Khan Younis", "US spokesman"). */
  role?: string;
  /** Reached through "who"/"which". */
  relative?: boolean;
  /** A name the text treats as a body ("X, which runs …, said"). */
  body?: boolean;
}

export interface Cue {
  /** 0-based body paragraph index. */
  para: number;
  kind: CueKind;
  /** Span of the cue words (subject through verb, or verb through subject). */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  verb: string;
  subject: Subject | null;
  sentence: [number, number];
  /** The reported clause, if the cue introduces one. */
  clause: [number, number] | null;
}

/** Verbs of manner that introduce a quote but never a reported clause ("she laughs", "he joked"). */
const MANNER_VERBS = ['laughs', 'laughed', 'joked', 'jokes', 'quipped', 'quips', 'sighed', 'sighs'];
const VERB_LIST =
  'says|said|say|tells|told|tell|writes|wrote|adds|added|adding|saying|urging|announces|announced|argues|argued|warns|warned|stated|insists|insisted|explains|explained|asserts|asserted|declares|declared|remarked|stressed|emphasised|emphasized|acknowledges|acknowledged|admits|admitted|recalls|recalled|commented|observed|tweeted|asks|asked|replies|replied|responded|concluded|predicted|predicts|confirmed|confirms|denied|denies|conceded|concedes|contends|contended|alleged|reported|noted|points out|pointed out|point out|told reporters|urged|urges|accused|accuses|chanted|chants|shouted|shouts|laughs|laughed|joked|jokes|quipped|quips|sighed|sighs|called for|calls for|demanded|demands|appealed for';
const VERB_RE = new RegExp(`\\b(?:${VERB_LIST})\\b`, 'g');
const INVERTIBLE = new Set([
  'says',
  'said',
  'added',
  'adds',
  'asked',
  'wrote',
  'writes',
  'explained',
  'noted',
  'argued',
  'argues',
  'warned',
  'insisted',
  'recalled',
  'replied',
  'stated',
  'declared',
  'remarked',
  'conceded',
  'admitted',
  'stressed',
  'observed',
  'concluded',
  'tweeted',
  'continued',
  'chanted',
  'chants',
  'shouted',
  'shouts',
  'laughed',
  'joked',
  'quipped',
  'sighed',
]);
/** Verbs that name a speaker but take an object, not a reported clause ("urged the US to …", "accused X of …"). */
const NO_CLAUSE = new Set([
  'urged',
  'urges',
  'accused',
  'accuses',
  'chanted',
  'chants',
  'shouted',
  'shouts',
  ...MANNER_VERBS,
]);
const TELL = new Set(['tells', 'told', 'tell']);
const AUX = new Set([
  'also',
  'later',
  'then',
  'once',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'previously',
  'further',
  'recently',
  'repeatedly',
  'earlier',
  'reportedly',
  'would',
  'will',
  'publicly',
  'privately',
  'separately',
  'subsequently',
  'again',
  'already',
  'simply',
  'quickly',
  'initially',
  'first',
  'last',
  'both',
  'all',
  'himself',
  'herself',
  'has also',
  'flatly',
  'openly',
]);
const STOP_BACK = new Set([
  'that',
  'and',
  'but',
  'as',
  'when',
  'while',
  'because',
  'if',
  'which',
  'where',
  'after',
  'before',
  'since',
  'with',
  'so',
  'what',
  'how',
  'why',
  'than',
  'or',
  'nor',
  'though',
  'although',
  'whereas',
  'until',
  'unless',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'by',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'into',
  'about',
  'over',
  'under',
  'yet',
  'not',
  'also',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'one',
  'another',
]);
const PREP_CHUNK =
  /^(in|on|at|during|for|with|after|before|speaking|writing|according|in a|on the|at the|citing|quoting|last|this|earlier|later)\b/i;
const POST_CUT =
  /\s+(?:on|in|during|last|this|yesterday|today|earlier|later|when|while|as|after|before|to|because|since|adding|according|who|which|that|and|but)\b/;
const PRONOUN = /^(he|she|it|they|him|her|them|He|She|It|They)$/;
/** A finite verb inside a phrase: a clause, never a subject. */
const FINITE = /\b(?:was|were|is|are|has|have|had|will|would|could|should)\b/;

/** Trailing noun phrase of a chunk ("This was also pointed out by Khaled Meshaal" -> "Khaled Meshaal"). */
export function trailingNP(text: string, offset: number): Subject | null {
  const toks = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu)];
  if (!toks.length) return null;
  let i = toks.length - 1;
  let startTok = toks.length;
  let taken = 0;
  while (i >= 0 && taken < 9) {
    const w = toks[i]![0];
    const lw = w.toLowerCase();
    if (DETERMINERS.has(lw) && !(lw === 'that' && taken === 0)) {
      startTok = i;
      break;
    }
    if (STOP_BACK.has(w) || (STOP_BACK.has(lw) && i > 0) || (lw === 'also' && taken === 0)) break;
    startTok = i;
    taken++;
    i--;
  }
  if (startTok >= toks.length) return null;
  const last = toks[toks.length - 1]!;
  const s = toks[startTok]!.index!;
  const e = last.index! + last[0].length;
  return { start: offset + s, end: offset + e, text: text.slice(s, e) };
}

function chunksOf(text: string, offset: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    out.push({ text: t, start: offset + pos + lead, end: offset + pos + lead + t.length });
    pos += part.length + 1;
  }
  return out;
}

function wholeName(
  c: { text: string; start: number; end: number },
  isEntity: (s: number, e: number) => boolean,
): boolean {
  const nm = trailingName(c.text, c.start);
  return (nm !== null && nm.start === c.start) || isEntity(c.start, c.end);
}

function isShortCap(chunk: string): boolean {
  return /^[A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*){0,2}$/u.test(chunk);
}

/** Sentence adverbs set off by commas between a subject and its verb. */
/** A participle phrase set off by commas ("speaking after talks with the envoy", "asked about the risk"). */
const PARTICIPLE = /^(?:[a-z]+ing|asked|pressed|questioned)\b/;

const INTERJECTION =
  /^(however|meanwhile|though|too|also|instead|in turn|in response|by contrast|in contrast|for (?:his|her|its|their) part|for now|so far|of course|nonetheless|nevertheless|likewise|similarly|separately|later|earlier|then|in reply|in a statement|in an interview|at the time|at first|initially|for example|for instance|in particular|notably|again|once again)$/i;

/** True if a comma chunk ends in a name or a registry entity ("Syria’s Bashar al-Assad", "The European Commission"). */
function endsInName(
  c: { text: string; start: number; end: number },
  isEntity: (s: number, e: number) => boolean,
): boolean {
  const nm = trailingName(c.text, c.start);
  if (nm && nm.end >= c.end - 2) return true;
  const np = trailingNP(c.text, c.start);
  return (np !== null && isEntity(np.start, np.end)) || orgChunk(c) !== null;
}

/** The whole chunk as a subject when it is a bare name or "the X" entity name. */
function wholeNP(c: { text: string; start: number; end: number }): Subject | null {
  if (!/^(?:(?:the|The)\s+)?[A-Z]/.test(c.text) || /\s(?:who|which|that|and|but)\s/.test(c.text)) return null;
  return { start: c.start, end: c.end, text: c.text };
}

const ORG_CHUNK =
  /^(?:(?:the|The)\s+)?(?:[A-Z][\p{L}\p{M}'’&.-]*|[A-Z]{2,6})(?:\s+(?:(?:for|of|on|and|the|de|du|des|sans|without)\s+)*[A-Z][\p{L}\p{M}'’&.-]*)*$/u;

/** A comma chunk that is an organisation's full name ("the Institute for the Study of War", "The IDF"), or null. */
export function orgChunk(c: { text: string; start: number; end: number }): Subject | null {
  if (!ORG_CHUNK.test(c.text) || !isOrgName(c.text)) return null;
  return { start: c.start, end: c.end, text: c.text };
}

/** Role from the appositive chunks following a name chunk (first appositive plus short capitalised continuations). */
function roleFrom(chunks: { text: string }[], from: number, to: number): string | undefined {
  const c = chunks[from];
  if (!c || from > to || !isAppositive(c.text)) return undefined;
  let role = c.text;
  for (let k = from + 1; k <= to && isShortCap(chunks[k]!.text); k++) role += `, ${chunks[k]!.text}`;
  return role;
}

/**
 * Subject of a speech verb from the words before it in its clause:
 * "Kamran Gasanov, a political analyst at X, says" -> Kamran Gasanov (role "a political analyst at X").
 */
export function subjectBefore(
  masked: string,
  clauseStart: number,
  end: number,
  isEntity: (s: number, e: number) => boolean,
): Subject | null {
  const chunks = chunksOf(masked.slice(clauseStart, end), clauseStart);
  // "Name, a role, says": the comma closing the appositive leaves an empty last chunk
  if (chunks.length > 1 && !chunks[chunks.length - 1]!.text) chunks.pop();
  let i = chunks.length - 1;
  if (i < 0 || !chunks[i]!.text) return null;
  let relative = false;
  if (/^(who|which)$/i.test(chunks[i]!.text)) {
    relative = true;
    i--;
  } else {
    while (i > 0 && PREP_CHUNK.test(chunks[i]!.text) && !isAppositive(chunks[i]!.text)) i--;
    // "Syria’s Bashar al-Assad, meanwhile, said", "The Commission, however, told": a sentence adverb
    while (i > 0 && INTERJECTION.test(chunks[i]!.text) && endsInName(chunks[i - 1]!, isEntity)) i--;
    // "One tenant in Hackney, who asked not to be named, said": a closed relative clause after an unnamed person
    if (i > 0 && /^(who|whose)\s/.test(chunks[i]!.text) && isIndefinitePerson(chunks[i - 1]!.text)) {
      const nc = chunks[i - 1]!;
      return { start: nc.start, end: nc.end, text: nc.text };
    }
    // "Médecins Sans Frontières, which runs a hospital in Darfur, said": the same after a body's name
    if (
      i > 0 &&
      /^which\s/.test(chunks[i]!.text) &&
      (ORG_CHUNK.test(chunks[i - 1]!.text) || isEntity(chunks[i - 1]!.start, chunks[i - 1]!.end))
    ) {
      const nc = chunks[i - 1]!;
      return orgChunk(nc) ?? { start: nc.start, end: nc.end, text: nc.text, body: true };
    }
    // "Abdullah al-Hassan, who fled Khartoum last year, said": a closed relative clause after the name
    if (i > 0 && /^(who|whose)\s/.test(chunks[i]!.text) && endsInName(chunks[i - 1]!, isEntity)) {
      const nc = chunks[i - 1]!;
      return wholeNP(nc) ?? trailingNP(nc.text, nc.start);
    }
    // "Ross, asked about the exchange, said": skip an interjection after a bare name
    while (
      i > 0 &&
      /^[a-z]/.test(chunks[i]!.text) &&
      !isAppositive(chunks[i]!.text) &&
      !/^(who|which|whose)\b/.test(chunks[i]!.text) &&
      wholeName(chunks[i - 1]!, isEntity)
    )
      i--;
    // "Interior Minister Lucia Ferraro, visiting the island, said": a participle phrase after a titled name
    while (i > 0 && PARTICIPLE.test(chunks[i]!.text) && endsInName(chunks[i - 1]!, isEntity)) i--;
  }
  if (i < 0) return null;
  let j = i;
  // "Mira Sole, 52, said": an age set off by commas is skipped like an appositive
  while (
    j > 0 &&
    (isAppositive(chunks[j]!.text) ||
      /^\d{1,3}$/.test(chunks[j]!.text) ||
      (isShortCap(chunks[j]!.text) && j - 1 > 0 && isAppositive(chunks[j - 1]!.text)))
  )
    j--;
  if (j < i || relative) {
    const nc = chunks[j]!;
    // "the Institute for the Study of War, a Washington-based think tank, said"
    const org = !relative ? orgChunk(nc) : null;
    if (org) {
      const role = roleFrom(chunks, j + 1, i);
      return role ? { ...org, role } : org;
    }
    const np = trailingNP(nc.text, nc.start);
    const nameLike = np && (trailingName(nc.text, nc.start) !== null || isEntity(np.start, np.end));
    const wholeChunk =
      np &&
      np.start === nc.start &&
      !/^(In|On|At|During|For|With|After|Before|From|By|Under|Since)\b/.test(nc.text);
    if (np && nameLike && (relative || wholeChunk)) {
      const subj: Subject = { ...np };
      const role = roleFrom(chunks, j + 1, i);
      if (role) subj.role = role;
      if (relative) subj.relative = true;
      return subj;
    }
    if (relative && np) return { ...np, relative: true };
    // "One donor, a retired teacher from Wigan, said": an unnamed person described, with the appositive as role
    if (
      !relative &&
      np &&
      np.start === nc.start &&
      /^(?:a|an|one|another)\s+[a-z]/i.test(nc.text) &&
      !/\p{Lu}/u.test(nc.text.slice(1))
    ) {
      const role = roleFrom(chunks, j + 1, i);
      return role ? { ...np, role } : np;
    }
  }
  const c = chunks[i]!;
  // "officials in Paris insisted", "protesters outside the ministry chanted": a group with a place or body after
  // its noun is the subject, not the place
  const group =
    /^((?:the\s+|some\s+|many\s+|several\s+|two\s+|three\s+)?([a-z]+))\s+(?:in|from|at|outside|near|inside|across|around)\s+\S/.exec(
      c.text,
    );
  if (group && GROUP_NOUNS.test(group[2]!)) return { start: c.start, end: c.end, text: c.text };
  // "A Greek captain whose ship made the crossing described": a relative clause, without commas, after a described person
  const rel = /^((?:a|an|one|another)\s+.+?)\s+(?:who|whose)\s/i.exec(c.text);
  if (rel && isIndefinitePerson(rel[1]!))
    return { start: c.start, end: c.start + rel[1]!.length, text: rel[1]! };
  const np = trailingNP(c.text, c.start);
  // "A WHO spokesperson in Geneva said": a place after a person noun belongs to the speaker's description
  const place =
    np && /^[A-Z]/.test(np.text)
      ? /((?:^|\s)(?:an?|the|one)\s+[^,]*?\s(?:spokesperson|spokesman|spokeswoman|official|representative))\s+(?:in|at|from)\s+$/i.exec(
          masked.slice(c.start, np.start),
        )
      : null;
  if (np && place) {
    const s0 = c.start + place.index + place[1]!.length - place[1]!.trimStart().length;
    return { start: s0, end: np.end, text: masked.slice(s0, np.end) };
  }
  return np;
}

/** Subject after a verb or "according to": "said Amina Yusuf, a nurse in Khan Younis." */
export function subjectAfter(masked: string, from: number, limit: number): Subject | null {
  const rest = masked.slice(from, limit);
  const lead = rest.length - rest.trimStart().length;
  const protectedRest = rest
    .slice(lead)
    .replace(/\b(Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|[A-Z])\./g, '$1\u2024');
  let phrase = (protectedRest.split(/[,.;:!?“”"░(—–]/)[0] ?? '').replace(/\u2024/g, '.');
  const cut = POST_CUT.exec(phrase);
  if (cut) phrase = phrase.slice(0, cut.index);
  phrase = phrase.trimEnd();
  if (!phrase) return null;
  const first = phrase.split(/\s+/)[0]!;
  if (!PRONOUN.test(first) && !/^[A-Z]/.test(first) && !DETERMINERS.has(first.toLowerCase())) return null;
  if (/^(that|this|these|those)$/i.test(first)) return null;
  if (PRONOUN.test(first)) {
    // "said she had died peacefully": a pronoun followed by its own verb opens a reported clause; it is no inverted subject
    if (
      /^\s+[a-z]/.test(protectedRest.slice(first.length)) &&
      !/^\s+(?:on|in|at|from|after|before|when|while|later|today|yesterday|again|too|also|then)\b/.test(
        protectedRest.slice(first.length),
      )
    )
      return null;
    phrase = first;
  }
  const start = from + lead;
  // "said the group's chairman, Tony Briggs", "said Kenya's ambassador, Amina Okoth, who …": a description, then the
  // name it describes; the name speaks and the description is the role
  const named = !PRONOUN.test(first)
    ? nameAfterDescription(phrase, masked.slice(start + phrase.length, limit))
    : null;
  if (named) {
    const nStart = start + phrase.length + named.offset;
    return { start: nStart, end: nStart + named.name.length, text: named.name, role: phrase };
  }
  const subj: Subject = { start, end: start + phrase.length, text: phrase };
  const after = masked.slice(subj.end, limit);
  const m =
    /^,\s+([^,.;:“”"░]+)((?:,\s+[A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*){0,2}(?=\s*(?:[,.;]|$)))?)/u.exec(
      after,
    );
  if (m && isAppositive(m[1]!) && !PRONOUN.test(first)) subj.role = (m[1]! + (m[2] ?? '')).trim();
  return subj;
}

/**
 * A person's name in apposition right after a description of them ("the group's chairman, Tony Briggs", "Our
 * correspondent in Kagoshima, Emi Tanaka"): the name and its offset in `after`, or null. The description must read
 * as one (a determiner or possessive, then a person noun) and the name must be closed by a comma, a full stop or
 * the end.
 */
export function nameAfterDescription(
  description: string,
  after: string,
): { name: string; offset: number } | null {
  if (
    !/^(?:the|a|an|its|his|her|their|our|[A-Z][\p{L}\p{M}.-]*['’]s)\s+/iu.test(description) ||
    /\p{Lu}/u.test(
      description
        .replace(/^[A-Z][\p{L}\p{M}.-]*['’]s\s+/u, '')
        .replace(/^\S+\s+/, '')
        .replace(/\b(?:in|at|of|for|from)\s+(?:the\s+)?(?:[A-Z][\p{L}\p{M}'’.-]*\s*)+/gu, ''),
    )
  )
    return null;
  const head = /([a-z][\p{L}-]*)(?:\s+(?:in|at|of|for|from)\s+.*)?$/u.exec(description)?.[1];
  if (!head || !isCommonPersonWord(head)) return null;
  const m = /^,\s+((?:[A-Z][\p{L}\p{M}'’.-]+\s+){1,3}[A-Z][\p{L}\p{M}'’-]+)(?=\s*(?:[,.;:]|$))/u.exec(after);
  if (!m) return null;
  // "the chair of the inquiry, Judge Margaret Ellis": the title is not part of the name
  const nm = trailingName(m[1]!);
  const name = nm && nm.name.includes(' ') ? nm.name : m[1]!;
  return { name, offset: m[0].length - m[1]!.length + m[1]!.indexOf(name) };
}

function sentenceOf(sents: [number, number][], pos: number): [number, number] {
  return sents.find(([s, e]) => pos >= s && pos < e) ?? sents[sents.length - 1] ?? [0, 0];
}

function trimClause(masked: string, s: number, e: number): [number, number] | null {
  while (s < e && /[\s,:]/.test(masked[s]!)) s++;
  while (e > s && /[\s,.;:!?]/.test(masked[e - 1]!)) e--;
  // keep a closing mark together with its quote
  if (e < masked.length && /[”"]/.test(masked[e] ?? '') && masked[e - 1] === '░') e++;
  return e > s ? [s, e] : null;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const BARE_START_BAD =
  /^(in|on|at|during|last|this|earlier|later|after|before|to|from|with|for|by|of|about|through|over|recently|yesterday|today|also|when|while|reporters|journalists)\b/i;

function clauseAfterVerb(
  masked: string,
  verbEnd: number,
  verb: string,
  sentEnd: number,
): [number, number] | null {
  let pos = verbEnd;
  let after = masked.slice(pos, sentEnd);
  if (TELL.has(verb)) {
    const obj =
      /^\s+(?:[A-Z][\p{L}.&'’-]*(?:\s+(?:of\s+)?[A-Z][\p{L}.&'’-]*)*|reporters|journalists|the\s+\w+(?:\s+\w+)?|him|her|them|us|me|a\s+\w+(?:\s+\w+)?)/u.exec(
        after,
      );
    if (obj) {
      pos += obj[0].length;
      after = masked.slice(pos, sentEnd);
    }
  }
  if (/^\s*[:,]?\s*["“„«]/.test(after)) return null;
  const that = /^(?:\s+[^,.;:“”"░]{0,40}?)?\s+that\s+/.exec(after);
  let start: number;
  if (that) start = pos + that[0].length;
  else {
    if (!/^\s+\S/.test(after)) return null;
    const t = after.trimStart();
    if (BARE_START_BAD.test(t) || wordCount(t.split(/[.;]/)[0] ?? '') < 4) return null;
    start = pos + (after.length - t.length);
  }
  let end = sentEnd;
  const adding = /,\s+(?:adding|saying|noting|arguing|warning|urging)\b/.exec(masked.slice(start, sentEnd));
  if (adding) end = start + adding.index;
  return trimClause(masked, start, end);
}

/** All speech cues of one paragraph (`masked` = paragraph with quoted words masked). */
export function findCues(
  masked: string,
  para: number,
  isEntity: (s: number, e: number) => boolean = () => false,
): Cue[] {
  const sents = sentences(masked);
  const cues: Cue[] = [];
  const used: [number, number][] = [];
  // "what X described as", "X described it as"
  // "what X called", "X described it as", "X dismissed the report as", "X called the claim “a lie”" (object, then the quote)
  const desc =
    /\b(described|describes|describing|characterised|characterized|termed|labelled|labeled|branded|called|calls|dubbed|dismissed|dismisses|rejected|rejects|denounced|denounces|condemned|condemns)\b(?:\s+(?:it|this|that|them|him|her|(?:the|his|her|its|their|these|those|such)(?:\s+[\p{L}’'-]+){1,4}?))?\s+as\b|\bwhat\s+[^,.;:“”"░]{1,40}?\s(called|calls|termed|dubbed)\b|\b(called|calls|call|branded|labelled|labeled|termed)\s+(?:(?:it|this|that|them|him|her|(?:the|his|her|its|their|these|those)(?:\s+[\p{L}’'-]+){1,4}?)(?=\s*[“"])|(?=[“"]))/gu;
  let m: RegExpExecArray | null;
  while ((m = desc.exec(masked))) {
    const verbWord = m[1] ?? m[2] ?? m[3]!;
    const vStart = m.index + m[0].indexOf(verbWord, m[2] ? m[0].lastIndexOf(verbWord) : 0);
    const sent = sentenceOf(sents, m.index);
    const before = masked.slice(sent[0], vStart);
    const wm = /\bwhat\s+/.exec(before.slice(Math.max(0, before.length - 60)));
    const clauseStart = wm
      ? sent[0] + Math.max(0, before.length - 60) + wm.index + wm[0].length
      : Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    let auxStart = vStart;
    auxStart = skipAux(masked, clauseStart, auxStart);
    // "prompting Health Secretary Nadia Okafor to call the figures “…”": the one prompted speaks
    const pr = PROMPTED.exec(masked.slice(clauseStart, vStart));
    if (verbWord === 'call' && !pr) continue;
    const subj = pr
      ? {
          start: clauseStart + pr.index + pr[0].indexOf(pr[1]!),
          end: clauseStart + pr.index + pr[0].indexOf(pr[1]!) + pr[1]!.length,
          text: pr[1]!,
        }
      : subjectBefore(masked, clauseStart, auxStart, isEntity);
    if (!subj) continue;
    cues.push({
      para,
      kind: 'described-as',
      start: subj.start,
      end: m.index + m[0].length,
      verbStart: vStart,
      verbEnd: vStart + verbWord.length,
      verb: verbWord,
      subject: subj,
      sentence: sent,
      clause: null,
    });
    used.push([vStart, vStart + verbWord.length]);
  }
  // "according to X"
  const acc = /\b[Aa]ccording to\b/g;
  while ((m = acc.exec(masked))) {
    const sent = sentenceOf(sents, m.index);
    const subj = subjectAfter(masked, m.index + m[0].length, sent[1]);
    if (!subj) continue;
    let clause: [number, number] | null = null;
    const before = masked.slice(sent[0], m.index);
    if (before.trim()) clause = trimClause(masked, sent[0], m.index);
    else {
      let afterSubj = subj.end;
      if (subj.role) afterSubj = masked.indexOf(subj.role, subj.end) + subj.role.length;
      const comma = masked.slice(afterSubj, sent[1]).search(/,/);
      if (comma >= 0) clause = trimClause(masked, afterSubj + comma + 1, sent[1]);
    }
    cues.push({
      para,
      kind: 'according-to',
      start: m.index,
      end: subj.end,
      verbStart: m.index,
      verbEnd: m.index + m[0].length,
      verb: 'according to',
      subject: subj,
      sentence: sent,
      clause,
    });
  }
  VERB_RE.lastIndex = 0;
  while ((m = VERB_RE.exec(masked))) {
    const vStart = m.index;
    const vEnd = vStart + m[0].length;
    if (used.some(([s, e]) => vStart < e && s < vEnd)) continue;
    const verb = m[0].toLowerCase().replace(/ reporters$/, '');
    if (notSpeechUse(masked, vStart, vEnd)) continue;
    const sent = sentenceOf(sents, vStart);
    const prev = masked.slice(sent[0], vStart).replace(/\s+$/, '');
    const prevChar = prev.slice(-1);
    if (verb === 'adding' || verb === 'saying' || verb === 'urging') {
      if (prevChar !== ',') continue;
      const after = masked.slice(vEnd, sent[1]);
      const that = /^\s+that\s+/.exec(after);
      const clause = that ? trimClause(masked, vEnd + that[0].length, sent[1]) : null;
      cues.push({
        para,
        kind: 'adding',
        start: vStart,
        end: vEnd,
        verbStart: vStart,
        verbEnd: vEnd,
        verb,
        subject: null,
        sentence: sent,
        clause,
      });
      continue;
    }
    const clauseStart0 = Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    const before0 =
      prevChar === ','
        ? subjectBefore(masked, clauseStart0, skipAux(masked, clauseStart0, vStart), isEntity)
        : null;
    const appositiveSubject = before0 !== null && (before0.role !== undefined || before0.relative === true);
    if (INVERTIBLE.has(verb) && !appositiveSubject && (prevChar === ',' || /[”"»—–]/.test(prevChar))) {
      const subj = subjectAfter(masked, vEnd, sent[1]);
      // "Sunil Varma, said the change was overdue": a phrase with a finite verb is a clause, not the subject
      const endsClean =
        subj &&
        !FINITE.test(subj.text) &&
        (/^\s*([,.;:!?]|$)/.test(masked.slice(subj.end, sent[1])) ||
          !DETERMINERS.has(subj.text.split(/\s+/)[0]!.toLowerCase()));
      if (subj && endsClean) {
        let clause: [number, number] | null = null;
        if (prevChar === ',') {
          const cs = Math.max(sent[0], lastClauseStart(masked, sent[0], vStart, cues));
          clause = trimClause(masked, cs, prev.length + sent[0] - 1);
        }
        cues.push({
          para,
          kind: 'verb-before-subject',
          start: vStart,
          end: subj.end,
          verbStart: vStart,
          verbEnd: vEnd,
          verb,
          subject: subj,
          sentence: sent,
          clause,
        });
        continue;
      }
    }
    const clauseStart = Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    const auxStart = skipAux(masked, clauseStart, vStart);
    // "a scheme it says will …": a pronoun right before the verb is its subject (a relative clause without "that")
    const pm = /(?<![\p{L}’'-])(it|he|she|they|It|He|She|They)\s+$/u.exec(
      masked.slice(clauseStart, auxStart),
    );
    const subj = pm
      ? { start: clauseStart + pm.index, end: clauseStart + pm.index + pm[1]!.length, text: pm[1]! }
      : subjectBefore(masked, clauseStart, auxStart, isEntity);
    if (!subj) continue;
    const clause = NO_CLAUSE.has(verb) ? null : clauseAfterVerb(masked, vEnd, verb, sent[1]);
    cues.push({
      para,
      kind: 'verb-after-subject',
      start: subj.start,
      end: vEnd,
      verbStart: vStart,
      verbEnd: vEnd,
      verb,
      subject: subj,
      sentence: sent,
      clause,
    });
  }
  // "The ministry thanked Washington, saying …": with no speech cue before it, "saying" takes the sentence's subject
  for (const c of cues) {
    if (
      c.kind !== 'adding' ||
      cues.some((x) => x !== c && x.sentence[0] === c.sentence[0] && x.start < c.start && x.kind !== 'adding')
    )
      continue;
    const v = mainVerb(masked, c.sentence[0], c.verbStart);
    if (v === null) continue;
    const cs = Math.max(c.sentence[0], lastBoundary(masked, c.sentence[0], v));
    const subj = subjectBefore(masked, cs, skipAux(masked, cs, v), isEntity);
    if (subj) c.subject = subj;
  }
  cues.push(...colonCues(masked, para, sents, cues, isEntity));
  return cues.sort((a, b) => a.start - b.start);
}

/** Common irregular past tenses that can head a sentence's predicate ("Oxfam went further, saying …"). */
const IRREGULAR_PAST =
  /^(went|made|gave|took|struck|held|sent|spoke|stood|broke|kept|left|came|brought|sought|put|set|hit)$/;

/** True if the full stop at `dot` ends an abbreviation ("Mr.", "U.S."), not a sentence. */
function isAbbrevDot(masked: string, dot: number): boolean {
  return /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|[A-Z])$/u.test(masked.slice(Math.max(0, dot - 5), dot));
}

/** Start of the first finite verb of a sentence (a past tense not used as an adjective), before `limit`; null if none. */
function mainVerb(masked: string, from: number, limit: number): number | null {
  for (const m of masked.slice(from, limit).matchAll(/(?<![\p{L}’'-])([a-z]{3,}ed|[a-z]+)(?![\p{L}’'-])/gu)) {
    const w = m[1]!;
    if (!/ed$/.test(w) && !IRREGULAR_PAST.test(w)) continue;
    const at = from + m.index!;
    if (notSpeechUse(masked, at, at + w.length)) continue;
    // a chunk after a comma that opens with the verb is a participle ("Asked about it, …"), not the predicate
    if (/(^|,)\s*$/.test(masked.slice(from, at))) continue;
    return at;
  }
  return null;
}

/** A speaker label: one to three capitalised name words and nothing else before a colon. */
const LABEL = /^\s*([A-Z][\p{L}\p{M}'’-]+(?:\s+[A-Z][\p{L}\p{M}'’-]+){0,2})\s*$/u;
/** "prompting X to …", "leading X to …": X is the subject of the verb after "to". */
const PROMPTED =
  /\b(?:prompting|prompted|leading|led|forcing|forced|causing|caused)\s+((?:[A-Z][\p{L}\p{M}'’.-]*\s+){0,4}[A-Z][\p{L}\p{M}'’-]+)\s+to\s+$/u;
const COLON_LEAD = /^(?:(?:But|And|Yet|So|Still|Now|Then|Later|Instead),?\s+)?/;
const CAP_SUBJECT =
  /^(?:(?:the|The)\s+)?[A-Z][\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|the|al|bin|ibn|de|da|von|der|van|le|la)\s+)*(?:[A-Z][\p{L}\p{M}'’.&-]*|[a-z]+-[A-Z][\p{L}\p{M}'’-]*))*/u;

/**
 * Cues for a quote introduced by a colon after a non-speech predicate: "Pierre O'Brien disagreed: “…”",
 * "She put it bluntly: “…”", "Macron, the French president, was blunt: “…”" (subject + at most six words).
 */
export function colonCues(
  masked: string,
  para: number,
  sents: [number, number][],
  verbCues: Cue[],
  isEntity: (s: number, e: number) => boolean,
): Cue[] {
  const out: Cue[] = [];
  for (const m of masked.matchAll(/[:.]\s*(?=[“"„«]|$)/g)) {
    const cpos = m.index!;
    // "he paused. “…”": a full stop ends a short sentence about a person, and the quote that opens the next one is theirs
    const stop = m[0][0] === '.';
    if (stop && (cpos + m[0].length >= masked.length || isAbbrevDot(masked, cpos))) continue;
    const sent = sentenceOf(sents, cpos);
    const clauseStart = Math.max(sent[0], lastBoundary(masked, sent[0], cpos));
    if (stop && clauseStart !== sent[0]) continue;
    if (verbCues.some((c) => c.verbStart >= clauseStart && c.verbEnd <= cpos)) continue;
    const clause0 = masked.slice(clauseStart, cpos);
    // "Asked whether Iran was responsible, he paused": a leading participle phrase is not the subject
    const intro = /^(?:Asked|Pressed|Questioned|[A-Z][a-z]+ing)\b[^,]*,\s*/.exec(clause0);
    const clause = intro ? ' '.repeat(intro[0].length) + clause0.slice(intro[0].length) : clause0;
    const lead = (intro ? /^\s*/ : COLON_LEAD).exec(clause)![0];
    const off = clauseStart + lead.length;
    const body = clause.slice(lead.length);
    // a transcript's speaker label ("Onyango: “…”", "… ” Costa: “…”"): a name alone before the colon, opening the sentence
    const label = !stop && !intro ? LABEL.exec(body) : null;
    if (
      label &&
      (clauseStart === sent[0] || /[”"»]\s*$/.test(masked.slice(sent[0], clauseStart))) &&
      masked.slice(cpos + 1).trimStart()[0] !== undefined
    ) {
      const nm = trailingName(label[1]!);
      if (nm && nm.start === 0 && nm.name === label[1] && !isOrgName(label[1]!)) {
        const s0 = off + label.index;
        out.push({
          para,
          kind: 'colon',
          start: s0,
          end: cpos,
          verbStart: cpos,
          verbEnd: cpos + 1,
          verb: ':',
          subject: { start: s0, end: s0 + label[1]!.length, text: label[1]! },
          sentence: sent,
          clause: null,
        });
        continue;
      }
    }
    let subj: Subject | null = null;
    let predStart = -1;
    const pr = /^(He|She|he|she)\s+/.exec(body);
    const chunks = chunksOf(body, off);
    if (pr) {
      subj = { start: off, end: off + pr[1]!.length, text: pr[1]!.replace(/^h/, 'H').replace(/^s/, 'S') };
      predStart = off + pr[0].length;
    } else if (
      chunks.length >= 3 &&
      chunks
        .slice(1, -1)
        .every(
          (c) =>
            isAppositive(c.text) ||
            isShortCap(c.text) ||
            INTERJECTION.test(c.text) ||
            PARTICIPLE.test(c.text),
        )
    ) {
      // "Pierre O'Brien, a retired French general, disagreed"
      const nc = chunks[0]!;
      const nm = trailingName(nc.text, nc.start);
      const org = orgChunk(nc);
      // "Our correspondent in Kagoshima, Emi Tanaka, sends this:": the name after the description speaks
      const named = nameAfterDescription(nc.text, `, ${chunks[1]!.text},`);
      if (org) subj = org;
      else if (named)
        subj = {
          start: chunks[1]!.start,
          end: chunks[1]!.start + named.name.length,
          text: named.name,
          role: nc.text,
        };
      else if (nm && nm.end >= nc.end - 2) subj = { start: nc.start, end: nc.end, text: nc.text };
      else if (isEntity(nc.start, nc.end)) subj = { start: nc.start, end: nc.end, text: nc.text };
      const role = subj && !subj.role ? roleFrom(chunks, 1, chunks.length - 2) : undefined;
      if (subj && role) subj.role = role;
      predStart = chunks[chunks.length - 1]!.start;
    } else if (chunks.length === 1) {
      const cm = CAP_SUBJECT.exec(body);
      // "Landlord groups blamed tax changes.": a capitalised common noun at the start is no name
      if (
        cm &&
        !(NON_NAME.has(cm[0]) || /^(the|The)$/.test(cm[0])) &&
        !(!cm[0].includes(' ') && isCommonPersonWord(cm[0]))
      ) {
        subj = { start: off, end: off + cm[0].length, text: cm[0] };
        predStart = off + cm[0].length;
      }
    }
    if (!subj) continue;
    // after a full stop only a person can own the quote: a pronoun or a name, never a body or a description
    if (
      stop &&
      !/^(He|She)$/.test(subj.text) &&
      !(trailingName(subj.text)?.start === 0 && !isOrgName(subj.text))
    )
      continue;
    const pred = masked.slice(predStart, cpos).trim();
    if (!/^[a-z]/.test(pred) || wordCount(pred) > 6 || /\b(that|who|which|and|but|when|if)\b/.test(pred))
      continue;
    const ps = masked.indexOf(pred, predStart);
    out.push({
      para,
      kind: 'colon',
      start: subj.start,
      end: stop ? cpos + 1 : cpos,
      verbStart: ps,
      verbEnd: ps + pred.length,
      verb: pred,
      subject: subj,
      sentence: sent,
      clause: null,
    });
  }
  return out;
}

const ADJ_BEFORE = /\b(the|a|an|its|his|her|their|this|these|those|our|my|your|whose)\s+$/i;
const PASSIVE_BEFORE =
  /\b(was|were|is|are|been|being|be|get|got)\s+(?:(?:also|widely|reportedly|first|later|previously|not|never|repeatedly|often|then|still)\s+)?$/i;

/**
 * True if a speech verb is used as an adjective ("the reported deal", "its stated aim") or in the passive
 * ("it was reported", "he was told"), so it names no speaker.
 */
/** The words after "asked" in a request for anonymity. */
const ANONYMITY =
  /^\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity|that\s+(?:his|her|their)\s+(?:name|names|identity)\s+(?:not\s+be|be\s+withheld))/;

export function notSpeechUse(masked: string, vStart: number, vEnd: number): boolean {
  const before = masked.slice(Math.max(0, vStart - 40), vStart);
  const verb = masked.slice(vStart, vEnd).toLowerCase();
  if (PASSIVE_BEFORE.test(before) && /(ed|told|said|wrote|written)$/.test(verb)) return true;
  // "rejecting calls for a ceasefire", "amid calls for calm": the noun, not someone calling
  if (
    /^calls for|^demands/.test(verb) &&
    /\b(?:[a-z]+ing|amid|despite|after|to|of|with|and|or|the|growing|renewed|repeated|international|public)\s+$/i.test(
      before,
    )
  )
    return true;
  // "who asked not to be named", "asked that her name not be used": a request for anonymity, not speech reported
  if (/^ask/.test(verb) && ANONYMITY.test(masked.slice(vEnd, vEnd + 60))) return true;
  if (
    ADJ_BEFORE.test(before) &&
    /^\s+[a-z]/.test(masked.slice(vEnd, vEnd + 3)) &&
    !/^\s+(that|to|by|on|in|at|of|and|but)\b/.test(masked.slice(vEnd, vEnd + 6))
  )
    return true;
  return false;
}

function lastBoundary(masked: string, from: number, to: number): number {
  let b = from;
  for (let i = to - 1; i >= from; i--) {
    if (/[;:”"»░“„«(—–]/.test(masked[i]!)) {
      b = i + 1;
      break;
    }
  }
  return b;
}

function lastClauseStart(masked: string, from: number, to: number, cues: Cue[]): number {
  let b = from;
  for (const c of cues)
    if (c.sentence[0] === from && c.end <= to && c.end > b) b = c.clause ? Math.max(b, c.clause[1]) : c.end;
  const semi = masked.slice(from, to).lastIndexOf(';');
  if (semi >= 0) b = Math.max(b, from + semi + 1);
  return b;
}

/** A time phrase between a subject and its verb ("China’s foreign ministry on Monday urged"). */
const TIME_BEFORE_VERB =
  /\s(?:(?:late|early)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|overnight|last\s+(?:week|night|month|year))\s*$/;

function skipAux(masked: string, from: number, vStart: number): number {
  let pos = vStart;
  const time = TIME_BEFORE_VERB.exec(masked.slice(from, pos));
  if (time) pos = from + time.index;
  for (let k = 0; k < 3; k++) {
    const before = masked.slice(from, pos);
    const w = /(\S+)\s*$/.exec(before);
    if (!w || !AUX.has(w[1]!.toLowerCase())) break;
    pos = from + w.index;
  }
  return pos;
}
