/**
 * Quotation spans (curly or straight double quotes, British single curly quotes), grouped into split and
 * multi-paragraph quotes.
 */
import { FINITE_SPEECH_VERBS, INVERTIBLE_SPEECH_VERBS } from './speech-verbs.ts';
import { lowerCaseWords, turnLabel } from './transcript-labels.ts';

/** One quoted stretch inside a paragraph. */
export interface Segment {
  /** 0-based index into the article's body paragraphs. */
  para: number;
  /** Index of the opening mark, or -1 when the paragraph continues a quote without a mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote is not closed in this paragraph. */
  close: number;
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
  /** A transcript's speaker label between the opening mark and the words (“ROE: …”), not quoted itself. */
  label?: [number, number];
}

/** A quote: one or more segments (split around an attribution, or across paragraphs). */
export interface QuoteGroup {
  segments: Segment[];
  /** Why segments were joined: 'split' (around an attribution) or 'paragraphs' (newspaper style). */
  joined: ('split' | 'paragraphs')[];
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

function straightOpens(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  return /[\s([{—–\-/:]/.test(prev) || i === 0;
}

/**
 * True if ‘ at i opens a single-quoted stretch (after a space or opening punctuation, before a word; not
 * before an elided year).
 */
function singleOpens(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  // "in ‘08", "the ‘90s": an elided century is an apostrophe
  if (/^\d\d(?:s\b|(?!\d))/.test(text.slice(i + 1, i + 4))) return false;
  return /[\s([{—–\-/:“"]/.test(prev) && /[\p{L}\p{N}“"‘.…]/u.test(text[i + 1] ?? '');
}

/** True if ’ at i closes a single-quoted stretch (not an apostrophe: no letter follows). */
function singleCloses(text: string, i: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && i > 0 && !/\s/.test(text[i - 1]!);
}

/**
 * Quote segments of one paragraph, in order; the last may be unclosed (close = -1). Double quotes nest single
 * ones and vice versa: only the outer stretch is a segment.
 */
export function findSegments(text: string, para = 0): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  let single = false;
  const close = (i: number) => {
    out.push({ para, open, close: i, start: open + 1, end: i });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open >= 0 && single) {
      if (c === '’' && singleCloses(text, i)) close(i);
      continue;
    }
    if (OPENERS.has(c)) {
      if (open < 0) open = i;
      // “It is over,“ she said: an opening mark after a word and before a space is a closing one mistyped
      else if (c === '“' && !/\s/.test(text[i - 1]!) && /^(?:[\s,.;:!?)]|$)/.test(text.slice(i + 1, i + 2)))
        close(i);
    } else if (CLOSERS.has(c)) {
      if (open >= 0) close(i);
    } else if (c === '"') {
      if (open < 0) {
        if (straightOpens(text, i)) open = i;
      } else close(i);
    } else if (c === '‘' && open < 0 && singleOpens(text, i) && hasSingleCloser(text, i)) {
      open = i;
      single = true;
      continue;
    }
    if (open < 0) single = false;
  }
  if (open >= 0) out.push({ para, open, close: -1, start: open + 1, end: text.replace(/\s+$/, '').length });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/**
 * A single opening mark counts only if a closing ’ follows in the paragraph, or it starts the paragraph (a
 * quote running on).
 */
function hasSingleCloser(text: string, i: number): boolean {
  if (text.slice(0, i).trim() === '') return true;
  for (let j = i + 1; j < text.length; j++) if (text[j] === '’' && singleCloses(text, j)) return true;
  return false;
}

/**
 * Replaces the quoted words (not the marks) with "░" so verbs and full stops inside quotes are ignored;
 * single marks of a segment become double ones (“ ”) so later patterns see one style. Same length as `text`.
 */
export function maskQuotes(text: string, segments: Segment[]): string {
  let out = '';
  let pos = 0;
  for (const s of segments) {
    let lead = text.slice(pos, s.start);
    if (s.open >= 0 && text[s.open] === '‘')
      lead = lead.slice(0, s.open - pos) + '“' + lead.slice(s.open - pos + 1);
    out += lead + '░'.repeat(s.end - s.start);
    pos = s.end;
    // a closing mark typed as an opening one (“…,“ she said) reads as the closing mark it is
    if (s.close >= 0 && (text[s.close] === '’' || text[s.close] === '“')) {
      out += '”';
      pos = s.close + 1;
    }
  }
  return out + text.slice(pos);
}

/**
 * The masked text with the full stop, question or exclamation mark that ends a quoted sentence put back
 * before its closing mark (“… as mayor.” He also said …), so sentences can be split there.
 */
export function keepQuoteEnds(masked: string, text: string, segments: Segment[]): string {
  let out = masked;
  for (const s of segments) {
    if (s.close < 0) continue;
    const end = /([.!?])[\s’'"]*$/.exec(text.slice(s.start, s.end));
    if (!end) continue;
    const at = s.close - 1;
    if (at >= s.start && out[at] === '░') out = out.slice(0, at) + end[1] + out.slice(at + 1);
  }
  return out;
}

/** A character of an attribution: no sentence end, except an abbreviation's full stop ("Ms.", "U.S."). */
const ABBREVIATION_DOT = '(?<=\\b[A-Z][a-z]{0,3})\\.';
const GAP_TAIL = `(?:[^.!?“”"░]|${ABBREVIATION_DOT})`;
const SPEECH_GAP = new RegExp(
  `^[\\s,]*((?:[^.!?“”"‘░]|${ABBREVIATION_DOT}){1,80}?)` +
    `\\b(${FINITE_SPEECH_VERBS})\\b${GAP_TAIL}{0,60}[,:]\\s*$`,
);
const SPEECH_GAP_INV = new RegExp(`^[\\s,]*\\b(${INVERTIBLE_SPEECH_VERBS})\\b${GAP_TAIL}{1,80}[,:]\\s*$`);
/** "…,” said Ann Roe, director of … in Dover, “but …”: a long description, when the sentence runs on. */
const LONG_SPEECH_GAP = new RegExp(
  `^[\\s,]*(?:(?:[^.!?“”"‘░]|${ABBREVIATION_DOT}){1,80}?\\b(?:${FINITE_SPEECH_VERBS})|` +
    `\\b(?:${INVERTIBLE_SPEECH_VERBS}))\\b${GAP_TAIL}{1,200},\\s*$`,
);

/**
 * "…,” Roe said on Monday, though she said, “…”", "…,” she said, but despite it, “…”: after the cue's comma
 * a new clause opens, so the next quote is one of its own (with a cue of its own), not the sentence's end.
 */
const CLAUSE_AFTER_CUE = new RegExp(
  `\\b(?:${FINITE_SPEECH_VERBS}|${INVERTIBLE_SPEECH_VERBS})\\b[^“”"░]*,\\s*(?:but|though|although|yet)\\s`,
);

/** An aside between dashes, inside one quoted sentence. */
const DASH_ASIDE = /^\s*(?:--|[—–])[^“”"░.!?:;]{1,120}(?:--|[—–])\s*$/;

/** "When a fan shouted, “…,”": a quote led in by a verb of saying of its own, which no later cue splits. */
const LED_IN = new RegExp(`\\b(?:${FINITE_SPEECH_VERBS})\\b[^.!?“”"░]{0,40}[,:]\\s*$`);

/**
 * True when the text between two quotes is only an attribution that splits one sentence ("“First,” she said,
 * “second.”"); a longer one when the second quote goes on in lower case ("…,” said X, a …, “but …”).
 */
export function isSplitGap(gap: string, firstQuote: string, secondQuote = ''): boolean {
  // "“I don’t think the old view” — that the mayor is aloof — “will last,” he says": an aside between dashes
  if (DASH_ASIDE.test(gap) && /^\s*\p{Ll}/u.test(secondQuote)) return true;
  if (!/[,]\s*$/.test(firstQuote.trim()) && !/[—–-]\s*$/.test(firstQuote.trim())) return false;
  // "… at “small schools,” Kell said: “…”": a colon introduces a quote of its own
  if (/:\s*$/.test(gap) || CLAUSE_AFTER_CUE.test(gap)) return false;
  const words = gap.split(/\s+/).filter(Boolean).length;
  if (words <= 12 && (SPEECH_GAP.test(gap) || SPEECH_GAP_INV.test(gap))) return true;
  return words <= 30 && /^\s*\p{Ll}/u.test(secondQuote) && LONG_SPEECH_GAP.test(gap);
}

/** A paragraph's segments, the first one's quoted words starting after a transcript's speaker label. */
function labelTurn(segs: Segment[], text: string, lowerCase: (word: string) => boolean): Segment[] {
  const first = segs[0];
  const label = first ? turnLabel(text, first.open, lowerCase) : null;
  if (first && label && (first.close < 0 || label.words < first.close)) {
    first.label = [label.start, label.end];
    first.start = label.words;
  }
  return segs;
}

/** Groups the segments of all paragraphs into quotes (split quotes and quotes running across paragraphs). */
export function groupQuotes(paragraphs: string[]): QuoteGroup[] {
  const lowerCase = lowerCaseWords(paragraphs);
  const perPara = paragraphs.map((t, i) => labelTurn(findSegments(t, i), t, lowerCase));
  const groups: QuoteGroup[] = [];
  let carry: QuoteGroup | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const segs = perPara[p]!;
    let k = 0;
    if (carry) {
      const first = segs[0];
      // a transcript's turn (“ROE: …”) is a quote of its own
      if (first && text.slice(0, first.open).trim() === '' && !first.label) {
        carry.segments.push(first);
        carry.joined.push('paragraphs');
        k = 1;
        if (first.close >= 0) carry = null;
      } else carry = null;
      // if still carried, the quote runs on through this whole paragraph (its only segment)
    }
    for (; k < segs.length; k++) {
      const s = segs[k]!;
      const prevGroup = groups[groups.length - 1];
      const prevSeg = prevGroup?.segments[prevGroup.segments.length - 1];
      if (prevGroup && prevSeg && prevSeg.para === p && prevSeg.close >= 0 && k > 0) {
        const gap = text.slice(prevSeg.close + 1, s.open);
        const ledIn = prevGroup.segments.length === 1 && LED_IN.test(text.slice(0, prevSeg.open));
        if (!ledIn && isSplitGap(gap, text.slice(prevSeg.start, prevSeg.end), text.slice(s.start, s.end))) {
          prevGroup.segments.push(s);
          prevGroup.joined.push('split');
          if (s.close < 0) carry = prevGroup;
          continue;
        }
      }
      const g: QuoteGroup = { segments: [s], joined: [] };
      groups.push(g);
      if (s.close < 0) carry = g;
    }
    // an unclosed quote continues only if the next paragraph opens with a mark
    if (carry) {
      const next = paragraphs[p + 1];
      if (!next || !/^\s*["“„«‘]/.test(next)) carry = null;
    }
  }
  return groups;
}

/** What a masked paragraph says outside its quotes, punctuation left out ('' for "“…,” ¶"). */
export function outsideQuotes(masked: string): string {
  return masked.replace(/░+/g, '').replace(/[\s“”"„«».,;:!?—–-]+/g, '');
}
