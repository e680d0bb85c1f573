/**
 * Scores the engine's analysis of one PolNeAR article against its annotations. Counts are per quoted
 * stretch (a quote split by its attribution counts once per stretch) and add up across articles.
 */
import type { Analysis, Confidence, Quote, TextSpan } from '../../src/analysis/types.ts';
import type { CorpusArticle, Range } from './corpus.ts';
import { getGender } from 'gender-detection-from-name';
import { goldQuotes, goldReported, overlap, type QuotedSpan } from './gold.ts';

export interface Counts {
  /** Quoted stretches inside an attribution's Content, and how many the engine found (any kind). */
  inside: number;
  found: number;
  /** The engine's direct-quote stretches, and how many lie inside an attribution. */
  engineDirect: number;
  engineDirectInside: number;
  /** Found inside stretches the engine calls direct (not scare). */
  keptDirect: number;
  /** Quoted stretches outside any attribution that the engine found, and how many it calls scare. */
  outsideFound: number;
  outsideScare: number;
  /** Found direct stretches whose attribution has a Source; attributed by the engine; mention overlaps. */
  withSource: number;
  attributed: number;
  agree: number;
  /** Of those, stretches whose Source holds a proper name, and how many the engine's speaker matches. */
  named: number;
  nameRight: number;
  /** Per confidence level: attributed stretches and how many agree with the Source. */
  byConfidence: Record<Confidence, { n: number; agree: number }>;
  /** Per confidence level, reported statements the gold reports too, and how many agree with its Source. */
  reportedByConfidence: Record<Confidence, { n: number; agree: number }>;
  /** Per "<link> <how>" of the evidence: attributed stretches and how many agree (for calibration). */
  byEvidence: Record<string, { n: number; agree: number }>;
  /** Reported speech: gold statements, engine statements, matched pairs (engine side, gold side). */
  reportedGold: number;
  reportedEngine: number;
  reportedMatchedEngine: number;
  reportedMatchedGold: number;
  /**
   * Direct quotes reached through "he"/"she", and those whose speaker's first name usually has the other
   * gender: person errors the Source check cannot see (it accepts the pronoun whoever it stands for).
   */
  pronounSpeakers: number;
  pronounClash: number;
  /** The same, among quotes the engine shows as fact (high). */
  pronounClashHigh: number;
  /** analyzeArticle time, ms. */
  ms: number;
}

export function emptyCounts(): Counts {
  return {
    inside: 0,
    found: 0,
    engineDirect: 0,
    engineDirectInside: 0,
    keptDirect: 0,
    outsideFound: 0,
    outsideScare: 0,
    withSource: 0,
    attributed: 0,
    agree: 0,
    named: 0,
    nameRight: 0,
    byConfidence: { high: { n: 0, agree: 0 }, medium: { n: 0, agree: 0 }, low: { n: 0, agree: 0 } },
    reportedByConfidence: {
      high: { n: 0, agree: 0 },
      medium: { n: 0, agree: 0 },
      low: { n: 0, agree: 0 },
    },
    byEvidence: {},
    reportedGold: 0,
    reportedEngine: 0,
    reportedMatchedEngine: 0,
    reportedMatchedGold: 0,
    pronounSpeakers: 0,
    pronounClash: 0,
    pronounClashHigh: 0,
    ms: 0,
  };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  for (const key of Object.keys(a) as (keyof Counts)[]) {
    if (key === 'byConfidence' || key === 'reportedByConfidence') {
      for (const level of ['high', 'medium', 'low'] as const) {
        a[key][level].n += b[key][level].n;
        a[key][level].agree += b[key][level].agree;
      }
    } else if (key === 'byEvidence') {
      for (const [cell, v] of Object.entries(b.byEvidence)) {
        const t = (a.byEvidence[cell] ??= { n: 0, agree: 0 });
        t.n += v.n;
        t.agree += v.agree;
      }
    } else a[key] += b[key];
  }
}

/** One disagreement, for studying errors on train (printed, never stored). */
export interface Miss {
  kind:
    | 'not found'
    | 'called scare'
    | 'no speaker'
    | 'wrong mention'
    | 'wrong name'
    | 'reported missed'
    | 'reported wrong';
  article: string;
  paragraph: string;
  quote: string;
  gold: string;
  engine: string;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'this', 'that']);
const LEADING = /^(?:the|a|an|his|her|their|its|our|my|former|retired|then-)$/i;
// prettier-ignore
const TITLE_WORDS = [
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'sgt', 'capt', 'adm', 'rev',
  'prof', 'pres', 'president', 'senator', 'governor', 'secretary', 'speaker', 'judge', 'justice', 'mayor',
  'chairman', 'chairwoman', 'director', 'vice', 'attorney', 'general', 'state', 'u\\.s\\.', 'us',
];
/**
 * Titles the bench strips before comparing names (its own list: the bench judges the engine, not with it).
 */
const TITLES = new RegExp(`^(?:${TITLE_WORDS.join('|')})\\.?$`, 'i');

/**
 * The proper name a Source span ends on ("Roe’s campaign manager Tom Kell" -> "Tom Kell"), or null.
 */
export function sourceName(source: string, article: string): string | null {
  const head = source.split(/,|\(| who | which /)[0]!.trim();
  // "Sen. Ann Roe of Ohio": the name is before " of " (but "Secretary of State Ann Roe" is after it)
  const before = head.split(' of ')[0]!;
  if (before !== head) return nameAtEnd(before, article) ?? nameAtEnd(head, article);
  return nameAtEnd(head, article);
}

/** The run of capitalised words that ends `head`, titles and leading words left out; null if none. */
function nameAtEnd(head: string, article: string): string | null {
  const tokens = head.split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.\-’']/gu, '');
    if (!/^\p{Lu}/u.test(t)) break;
    run.unshift(t);
  }
  while (run.length && (LEADING.test(run[0]!) || TITLES.test(run[0]!))) run.shift();
  if (!run.length || PRONOUNS.has(run.join(' ').toLowerCase())) return null;
  // a lone capitalised common noun opening a sentence ("Officials said") is no name
  if (run.length === 1 && new RegExp(`\\b${run[0]!.toLowerCase()}\\b`).test(article)) return null;
  return run.join(' ');
}

/** True when the engine's speaker is the person or body the Source names (full name or surname). */
export function sameName(gold: string, speaker: string | null): boolean {
  if (!speaker) return false;
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u);
  const last = words(gold).filter(Boolean).pop();
  return !!last && words(speaker).includes(last);
}

function abs(article: CorpusArticle, span: { paragraph: number; start: number; end: number }): Range {
  const base = article.paragraphs[span.paragraph - 1]!.start;
  return { start: base + span.start, end: base + span.end };
}

const text = (article: CorpusArticle, rs: Range[] | null) =>
  (rs ?? []).map((r) => article.text.slice(r.start, r.end)).join(' … ');
const mentionRange = (article: CorpusArticle, m: TextSpan | null | undefined) => (m ? abs(article, m) : null);

/**
 * Sees each attributed quote or reported statement the gold can judge, whether its mention agrees, the
 * engine's mention and the annotated Source (article offsets).
 */
export type AgreementObserver = (
  quote: Quote,
  agree: boolean,
  mention: Range | null,
  source: Range[],
) => void;

/** Scores one article; misses are appended to `misses`; `observe` sees each judged attribution. */
const PRONOUN_GENDER: Record<string, string> = { he: 'male', she: 'female' };

/** Counts direct quotes reached through he/she and those against their speaker's first name. */
function countPronounClashes(analysis: Analysis, c: Counts): void {
  for (const q of analysis.quotes) {
    const gender =
      PRONOUN_GENDER[q.evidence?.how === 'pronoun' ? (q.evidence.mention?.text ?? '').toLowerCase() : ''];
    if (q.kind !== 'direct' || !gender || !q.speaker.name) continue;
    c.pronounSpeakers++;
    const first = q.speaker.name.split(/\s+/);
    const named = first.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first[0]!) ? getGender(first[0]!, 'en') : null;
    if ((named === 'male' || named === 'female') && named !== gender) {
      c.pronounClash++;
      if (q.confidence === 'high') c.pronounClashHigh++;
    }
  }
}

export function scoreArticle(
  article: CorpusArticle,
  analysis: Analysis,
  misses: Miss[],
  observe?: AgreementObserver,
): Counts {
  const c = emptyCounts();
  const gold = goldQuotes(article);
  const parts = analysis.quotes
    .filter((q) => q.kind !== 'reported')
    .flatMap((q) => q.parts.map((p) => ({ quote: q, range: abs(article, p) })));
  const paragraphOf = (r: Range) =>
    article.paragraphs.find((p) => p.start <= r.start && r.start <= p.end)?.text ?? '';
  const miss = (kind: Miss['kind'], g: QuotedSpan, quote: Quote | null, engine = '') =>
    misses.push({
      kind,
      article: article.name,
      paragraph: paragraphOf(g),
      quote: article.text.slice(g.start, g.end),
      gold: text(article, g.attribution?.source ?? null),
      engine: engine || (quote ? `${quote.kind} ${quote.speaker.name ?? '(none)'}` : ''),
    });

  for (const g of gold) {
    const match = parts
      .map((p) => ({ ...p, shared: overlap(g, [p.range]) }))
      .filter((p) => p.shared > 0)
      .sort((a, b) => b.shared - a.shared)[0];
    if (!g.attribution) {
      if (match) {
        c.outsideFound++;
        if (match.quote.kind === 'scare') c.outsideScare++;
      }
      continue;
    }
    c.inside++;
    if (!match) {
      miss('not found', g, null);
      continue;
    }
    c.found++;
    const q = match.quote;
    if (q.kind !== 'direct') {
      miss('called scare', g, q);
      continue;
    }
    c.keptDirect++;
    const source = g.attribution.source;
    if (!source) continue;
    c.withSource++;
    const mention = mentionRange(article, q.evidence?.mention);
    const hasSpeaker = !!(q.speaker.id || q.speaker.name || q.speaker.description);
    const agree = !!mention && overlap(mention, source) > 0;
    if (hasSpeaker) {
      observe?.(q, agree, mention, source);
      c.attributed++;
      const level = c.byConfidence[q.confidence ?? 'low'];
      level.n++;
      if (agree) level.agree++;
      const cell = (c.byEvidence[`${q.evidence?.link} ${q.evidence?.how}`] ??= { n: 0, agree: 0 });
      cell.n++;
      if (agree) cell.agree++;
    }
    if (agree) c.agree++;
    else if (!hasSpeaker) miss('no speaker', g, q);
    else
      miss(
        'wrong mention',
        g,
        q,
        `${q.speaker.name ?? q.speaker.description} via "${q.evidence?.mention?.text ?? ''}"` +
          ` [${q.evidence?.link} ${q.evidence?.how}] (${q.confidence}, cue "${q.evidence?.cue?.text ?? ''}")`,
      );
    const name = sourceName(text(article, source), article.text);
    if (name && hasSpeaker) {
      c.named++;
      if (sameName(name, q.speaker.name)) c.nameRight++;
      else if (agree) miss('wrong name', g, q, `${q.speaker.name} (gold name: ${name})`);
    }
  }

  const insideRanges = gold.filter((g) => g.attribution);
  for (const p of parts.filter((p) => p.quote.kind === 'direct')) {
    c.engineDirect++;
    if (insideRanges.some((g) => overlap(g, [p.range]) > 0)) c.engineDirectInside++;
  }

  scoreReported(article, analysis, c, misses, observe);
  countPronounClashes(analysis, c);
  return c;
}

function scoreReported(
  article: CorpusArticle,
  analysis: Analysis,
  c: Counts,
  misses: Miss[],
  observe?: AgreementObserver,
): void {
  const gold = goldReported(article);
  const matched = new Set<number>();
  c.reportedGold += gold.length;
  for (const q of analysis.quotes.filter((x) => x.kind === 'reported')) {
    const clause = abs(article, q.parts[0]!);
    const mention = mentionRange(article, q.evidence?.mention);
    const hit = gold.findIndex(
      (g) => overlap(clause, g.attribution.content) > 0 && !!mention && overlap(mention, g.source) > 0,
    );
    // a statement the gold reports too: its speaker mention agrees or not
    const judged = hit >= 0 ? gold[hit] : gold.find((g) => overlap(clause, g.attribution.content) > 0);
    if (judged) {
      observe?.(q, hit >= 0, mention, judged.source);
      const level = c.reportedByConfidence[q.confidence ?? 'low'];
      level.n++;
      if (hit >= 0) level.agree++;
    }
    if (hit >= 0) {
      c.reportedEngine++;
      c.reportedMatchedEngine++;
      matched.add(hit);
      continue;
    }
    // a clause inside Content that holds a direct quote is neither right nor wrong here
    const quotedContent = article.attributions.some(
      (a) =>
        overlap(clause, a.content) > 0 &&
        /[“”"]/.test(a.content.map((r) => article.text.slice(r.start, r.end)).join(' ')),
    );
    if (quotedContent) continue;
    c.reportedEngine++;
    misses.push({
      kind: 'reported wrong',
      article: article.name,
      paragraph: article.paragraphs[q.paragraph - 1]!.text,
      quote: q.text,
      gold: '',
      engine:
        `${q.speaker.name ?? '(none)'} via "${q.evidence?.mention?.text ?? ''}"` +
        ` (${q.evidence?.cue?.text ?? ''})`,
    });
  }
  c.reportedMatchedGold += matched.size;
  gold.forEach((g, i) => {
    if (matched.has(i)) return;
    const start = g.attribution.content[0]!.start;
    misses.push({
      kind: 'reported missed',
      article: article.name,
      paragraph: article.paragraphs.find((p) => p.start <= start && start <= p.end)?.text ?? '',
      quote: text(article, g.attribution.content),
      gold: `${text(article, g.source)} [${g.attribution.cueText}]`,
      engine: '',
    });
  });
}
