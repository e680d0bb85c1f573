/**
 * What the annotations say, in the bench's terms: the double-quoted stretches of each paragraph and the
 * attribution each lies in (direct quotes), and reported speech (Content without quote marks whose Cue
 * is a verb of saying, not of belief or intention).
 */
import type { Attribution, CorpusArticle, Range } from './corpus.ts';

/** A double-quoted stretch, without its marks. */
export interface QuotedSpan extends Range {
  /** The innermost attribution whose Content holds it, or null (a title, a term, a scare quote). */
  attribution: Attribution | null;
}

export interface ReportedGold {
  attribution: Attribution;
  source: Range[];
}

const OPEN = new Set(['“', '"']);

/** The double-quoted stretches of one paragraph (an unclosed quote runs to the paragraph's end). */
export function quotedSpans(text: string, offset: number): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0 && OPEN.has(ch)) open = i;
    else if (open >= 0 && (ch === '”' || ch === '"')) {
      if (i > open + 1) out.push({ start: offset + open + 1, end: offset + i });
      open = -1;
    }
  }
  if (open >= 0 && open + 1 < text.length) out.push({ start: offset + open + 1, end: offset + text.length });
  return out.filter((r) => /\p{L}/u.test(text.slice(r.start - offset, r.end - offset)));
}

/** Characters of `a` covered by any of `bs`. */
export function overlap(a: Range, bs: Range[]): number {
  let n = 0;
  for (const b of bs) n += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return n;
}

const size = (rs: Range[]) => rs.reduce((n, r) => n + r.end - r.start, 0);

/** Every quoted stretch of the article's body, with the innermost attribution that holds it. */
export function goldQuotes(article: CorpusArticle): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const p of article.paragraphs) {
    for (const span of quotedSpans(p.text, p.start)) {
      const holders = article.attributions
        .filter((a) => overlap(span, a.content) * 2 >= span.end - span.start)
        .sort((a, b) => size(a.content) - size(b.content));
      out.push({ ...span, attribution: holders[0] ?? null });
    }
  }
  return out;
}

/**
 * Cues of saying, by their first letters (a stem list, so "tweeted", "telling" and "says" are in);
 * belief, intention, perception and evidence ("think", "want", "polls show") are left out.
 */
// prettier-ignore
const SAYING_STEMS = [
  'say', 'said', 'tell', 'told', 'writ', 'wrote', 'add', 'ask', 'call', 'note', 'noting', 'report', 'announc',
  'suggest', 'argu', 'describ', 'tweet', 'declar', 'acknowledg', 'explain', 'accus', 'criticiz',
  'criticis', 'recall', 'respond', 'claim', 'stat', 'warn', 'insist', 'repl', 'reveal', 'deni', 'deny',
  'stress', 'mention', 'charg', 'testif', 'admit', 'conced', 'confirm', 'predict', 'promis', 'vow',
  'pledg', 'urg', 'prais', 'blam', 'complain', 'comment', 'conclud', 'contend', 'assert', 'alleg',
  'emphas', 'observ', 'quip', 'joke', 'insist', 'defend', 'dismiss', 'question', 'reject', 'decri',
  'denounc', 'lament', 'boast', 'brag', 'post', 'cit', 'quot', 'point', 'refer', 'propos', 'recount',
  'retort', 'remark', 'shout', 'chant', 'yell', 'whisper', 'demand', 'threaten', 'advis', 'appeal',
];

/** True when the cue is a verb (or phrase) of saying: "said", "told reporters", "according to", ":". */
export function isSayingCue(cue: string): boolean {
  const text = cue.trim().toLowerCase();
  if (text === ':' || text.startsWith('according to')) return true;
  return text
    .split(/[^a-z]+/)
    .filter(Boolean)
    .some((word) => SAYING_STEMS.some((stem) => word.startsWith(stem)));
}

/** Reported speech: attributions with a Source, a saying cue and Content without quote marks. */
export function goldReported(article: CorpusArticle): ReportedGold[] {
  return article.attributions.flatMap((a) => {
    if (!a.source || !isSayingCue(a.cueText)) return [];
    const content = a.content.map((r) => article.text.slice(r.start, r.end)).join(' ');
    if (/[“”"]/.test(content)) return [];
    return [{ attribution: a, source: a.source }];
  });
}
