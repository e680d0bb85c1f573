/**
 * The editor's review of attributions: every quote and reported statement of an article with its
 * speaker, the evidence and the confidence, least certain first; the paragraph it stands in with
 * the quote, the cue and the speaker's mention marked; the frontmatter override that corrects it;
 * and a registry file for every speaker the registry lacks. Pure data: `review-html.ts` renders it
 * for the dev server's /review/ and for `npm run review`.
 */
import { stringify } from 'yaml';
import type {
  Analysis,
  Confidence,
  EvidenceHow,
  Quote,
  QuoteKind,
  Speaker,
  TextSpan,
  UnregisteredSpeaker,
} from '../analysis/types.ts';
// the same id the analysis suggests in its warning (not in the engine's public index since the restructure)
import { slugWords } from '../analysis/text.ts';
import type { QuoteOverride, Registry } from '../registry/schema.ts';
import { urls } from './urls.ts';

/** One article to review: its analysis, the overrides its frontmatter has, the source line of each block. */
export interface ReviewInput {
  slug: string;
  title: string;
  /** The source file as the editor opens it, e.g. content/articles/2023-12-15-….md. */
  file: string;
  analysis: Analysis;
  overrides: QuoteOverride[];
  /** 1-based source line of each analysis block (`Paragraph.block`), when known. */
  blockLines?: number[];
}

/**
 * What the editor should look at first: no speaker (not even an unnamed source), then low, medium and
 * high confidence, then scare quotes.
 */
export type ReviewStatus = 'unattributed' | 'low' | 'medium' | 'high' | 'scare';

export type ReviewMark = 'quote' | 'cue' | 'mention';

/** A run of a paragraph's text and what it is in the attribution. */
export interface ReviewSpan {
  text: string;
  marks: ReviewMark[];
}

export interface ReviewParagraph {
  paragraph: number;
  anchor: string;
  line?: number;
  spans: ReviewSpan[];
}

/** One exact frontmatter change: what it does, and the YAML to paste. */
export interface ReviewOverride {
  action: string;
  /** `paste`: the article has no `quotes:` yet, add this block; `replace`: replace its `quotes:` block with this. */
  how: 'paste' | 'replace';
  yaml: string;
  /** A registry file to add first (the speaker is not registered yet). */
  needs?: string;
}

export interface ReviewItem {
  id: string;
  anchor: string;
  kind: QuoteKind;
  text: string;
  paragraph: number;
  line?: number;
  speaker: Speaker;
  evidence: { how: EvidenceHow; cue: string | null; mention: string | null } | null;
  confidence: Confidence | null;
  status: ReviewStatus;
  /** The frontmatter already decides this quote. */
  overridden: boolean;
  /** The place in the article (site path with the anchor). */
  href: string;
  context: ReviewParagraph[];
  overrides: ReviewOverride[];
}

/** A speaker the registry lacks, and the registry file that would add them. */
export interface ReviewSpeaker {
  name: string;
  role?: string;
  kind: 'person' | 'organisation';
  paragraphs: number[];
  /** The id the file name gives, e.g. jane-doe. */
  id: string;
  file: string;
  yaml: string;
  /** Set when a registry entry already has this id: the name should become one of its aliases. */
  existing?: string;
  /** Ids of the quotes and statements given to this speaker. */
  quotes: string[];
}

export interface ReviewArticle {
  slug: string;
  title: string;
  file: string;
  href: string;
  items: ReviewItem[];
  unregistered: ReviewSpeaker[];
  counts: Record<ReviewStatus, number>;
}

const ORDER: Record<ReviewStatus, number> = { unattributed: 0, low: 1, medium: 2, high: 3, scare: 4 };

/** How certain an attribution is, for ordering: a quote with no speaker needs the editor most. */
export function reviewStatus(quote: Quote): ReviewStatus {
  if (quote.kind === 'scare') return 'scare';
  // an unnamed source ("officials said") is an attribution: judge it by its confidence
  if (!quote.speaker.id && !quote.speaker.name && !quote.speaker.description) return 'unattributed';
  return quote.confidence ?? 'low';
}

/** The registry id a name would get (the same the analysis suggests in its warning). */
export function speakerId(name: string): string {
  return slugWords(name).join('-');
}

/** The frontmatter `quotes:` block with `override` added, replacing an earlier one for the same quote. */
export function overrideYaml(existing: QuoteOverride[], override: QuoteOverride): string {
  const rest = existing.filter((o) => o.quote !== override.quote);
  const clean = (o: QuoteOverride) => ({
    quote: o.quote,
    ...(o.speaker !== undefined ? { speaker: o.speaker } : {}),
    ...(o.scare !== undefined ? { scare: o.scare } : {}),
  });
  return stringify({ quotes: [...rest, override].map(clean) }, { lineWidth: 0 });
}

/** A registry file for an unregistered speaker: name, kind, aliases (the name and, for a person, the surname), role. */
export function actorSkeleton(
  speaker: UnregisteredSpeaker,
  registry: Registry,
): { id: string; yaml: string } {
  const id = speakerId(speaker.name);
  const kind = speaker.kind === 'organisation' ? 'organisation' : 'person';
  const claimed = new Set(
    [...registry.actors, ...registry.conflicts].flatMap((e) => e.aliases.map((a) => a.toLowerCase())),
  );
  const words = speaker.name.split(/\s+/);
  const aliases = [speaker.name, ...(kind === 'person' && words.length > 1 ? [words.at(-1)!] : [])].filter(
    (a, i, all) => all.indexOf(a) === i && !claimed.has(a.toLowerCase()),
  );
  const data = { name: speaker.name, kind, aliases, ...(speaker.role ? { role: speaker.role } : {}) };
  const head = `# check the kind, the aliases and the role against the article\n`;
  return { id, yaml: head + stringify(data, { lineWidth: 0 }) };
}

/** Splits a paragraph's text into runs, each with the marks (quote, cue, mention) that cover it. */
export function markSpans(
  text: string,
  ranges: { start: number; end: number; mark: ReviewMark }[],
): ReviewSpan[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spans: ReviewSpan[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const marks = ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.mark);
    spans.push({ text: text.slice(from, to), marks: [...new Set(marks)] });
  }
  return spans;
}

/** The paragraphs a quote's attribution rests on (its own, the cue's, the mention's), with the marks. */
function contextOf(quote: Quote, input: ReviewInput): ReviewParagraph[] {
  const { analysis, blockLines } = input;
  const ranges = new Map<number, { start: number; end: number; mark: ReviewMark }[]>();
  const add = (paragraph: number, start: number, end: number, mark: ReviewMark) =>
    ranges.set(paragraph, [...(ranges.get(paragraph) ?? []), { start, end, mark }]);
  for (const part of quote.parts) add(part.paragraph, part.start, part.end, 'quote');
  const spans: [TextSpan | null | undefined, ReviewMark][] = [
    [quote.evidence?.cue, 'cue'],
    [quote.evidence?.mention, 'mention'],
  ];
  for (const [span, mark] of spans) if (span) add(span.paragraph, span.start, span.end, mark);
  return [...ranges.keys()]
    .sort((a, b) => a - b)
    .flatMap((n) => {
      const paragraph = analysis.paragraphs[n - 1];
      if (!paragraph) return [];
      const line = blockLines?.[paragraph.block];
      return [
        {
          paragraph: n,
          anchor: paragraph.anchor,
          ...(line !== undefined ? { line } : {}),
          spans: markSpans(paragraph.text, ranges.get(n)!),
        },
      ];
    });
}

/** A comparator that orders by the numbers `keys` gives, the first that differ deciding. */
function byKeys<T>(keys: (t: T) => number[]): (a: T, b: T) => number {
  return (a, b) => {
    const [x, y] = [keys(a), keys(b)];
    const i = x.findIndex((v, n) => v !== y[n]);
    return i < 0 ? 0 : x[i]! - y[i]!;
  };
}

/**
 * Who else may have said a quote: actors named near it (its paragraph, the one before, the one
 * after; not inside the quote itself) and the article's unregistered speakers there. People and
 * those quoted elsewhere in the article come first, then the nearest.
 */
function candidatesNear(
  quote: Quote,
  analysis: Analysis,
  registry: Registry,
): { id: string; name: string }[] {
  const actors = new Map(registry.actors.map((a) => [a.id, a]));
  const speakers = new Set(
    analysis.quotes.map((q) => q.speaker.id ?? (q.speaker.name && speakerId(q.speaker.name))),
  );
  const inside = (paragraph: number | null, start: number) =>
    quote.parts.some((p) => p.paragraph === paragraph && start >= p.start && start < p.end);
  const found: { id: string; name: string; person: boolean; distance: number; at: number }[] = [];
  for (const span of analysis.spans) {
    const actor = actors.get(span.id);
    if (span.type !== 'actor' || !actor || span.paragraph === null || inside(span.paragraph, span.start))
      continue;
    const distance = Math.abs(span.paragraph - quote.paragraph);
    if (distance <= 1)
      found.push({
        id: actor.id,
        name: actor.name,
        person: actor.kind === 'person',
        distance,
        at: span.start,
      });
  }
  for (const u of analysis.unregistered) {
    const distance = Math.min(...u.paragraphs.map((p) => Math.abs(p - quote.paragraph)));
    if (distance <= 1)
      found.push({ id: speakerId(u.name), name: u.name, person: u.kind !== 'organisation', distance, at: 0 });
  }
  found.sort(byKeys((c) => [speakers.has(c.id) ? 0 : 1, c.person ? 0 : 1, c.distance, c.at]));
  const seen = new Set<string>();
  return found.filter((c) => !seen.has(c.id) && seen.add(c.id)).map(({ id, name }) => ({ id, name }));
}

/** The overrides an editor may want for a quote: confirm or change its speaker, or make it a scare quote. */
function overridesFor(quote: Quote, input: ReviewInput, registry: Registry): ReviewOverride[] {
  const how = input.overrides.length ? 'replace' : 'paste';
  const registered = new Set(registry.actors.map((a) => a.id));
  const out: ReviewOverride[] = [];
  const speakerOverride = (id: string, action: string): ReviewOverride => ({
    action,
    how,
    yaml: overrideYaml(input.overrides, { quote: quote.id, speaker: id }),
    ...(registered.has(id) ? {} : { needs: `content/actors/${id}.yaml` }),
  });
  const current = quote.speaker.id ?? (quote.speaker.name ? speakerId(quote.speaker.name) : null);
  if (current && quote.evidence?.how !== 'override' && quote.kind !== 'scare')
    out.push(speakerOverride(current, `Confirm ${quote.speaker.name ?? current} as the speaker`));
  for (const c of candidatesNear(quote, input.analysis, registry)
    .filter((c) => c.id !== current)
    .slice(0, 3))
    out.push(speakerOverride(c.id, `Give it to ${c.name} instead`));
  if (quote.kind === 'direct')
    out.push({
      action: 'Mark it as a scare quote or a title (no speaker)',
      how,
      yaml: overrideYaml(input.overrides, { quote: quote.id, scare: true }),
    });
  return out;
}

function itemOf(quote: Quote, input: ReviewInput, registry: Registry): ReviewItem {
  const paragraph = input.analysis.paragraphs[quote.paragraph - 1];
  const line = paragraph ? input.blockLines?.[paragraph.block] : undefined;
  return {
    id: quote.id,
    anchor: quote.anchor,
    kind: quote.kind,
    text: quote.text,
    paragraph: quote.paragraph,
    ...(line !== undefined ? { line } : {}),
    speaker: quote.speaker,
    evidence: quote.evidence
      ? {
          how: quote.evidence.how,
          cue: quote.evidence.cue?.text ?? null,
          mention: quote.evidence.mention?.text ?? null,
        }
      : null,
    confidence: quote.confidence,
    status: reviewStatus(quote),
    overridden: quote.evidence?.how === 'override' || input.overrides.some((o) => o.quote === quote.id),
    href: `${urls.article(input.slug)}#${quote.anchor}`,
    context: contextOf(quote, input),
    overrides: overridesFor(quote, input, registry),
  };
}

/** The review of one article: its quotes least certain first (then in reading order), and its unregistered speakers. */
export function reviewArticle(input: ReviewInput, registry: Registry): ReviewArticle {
  const order = new Map(input.analysis.quotes.map((q, i) => [q.id, i]));
  const items = input.analysis.quotes
    .map((q) => itemOf(q, input, registry))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || order.get(a.id)! - order.get(b.id)!);
  const counts: Record<ReviewStatus, number> = { unattributed: 0, low: 0, medium: 0, high: 0, scare: 0 };
  for (const item of items) counts[item.status]++;
  const ids = new Set(registry.actors.map((a) => a.id));
  const unregistered = input.analysis.unregistered.map((u): ReviewSpeaker => {
    const { id, yaml } = actorSkeleton(u, registry);
    return {
      name: u.name,
      ...(u.role ? { role: u.role } : {}),
      kind: u.kind === 'organisation' ? 'organisation' : 'person',
      paragraphs: u.paragraphs,
      id,
      file: `content/actors/${id}.yaml`,
      yaml,
      ...(ids.has(id) ? { existing: `content/actors/${id}.yaml` } : {}),
      quotes: input.analysis.quotes
        .filter((q) => !q.speaker.registered && q.speaker.name === u.name)
        .map((q) => q.id),
    };
  });
  return {
    slug: input.slug,
    title: input.title,
    file: input.file,
    href: urls.article(input.slug),
    items,
    unregistered,
    counts,
  };
}
