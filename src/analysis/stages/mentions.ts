/** Stage 2, mentions: the registry's actors and conflicts named in each paragraph and heading. */
import type { Registry } from '../../registry/schema.ts';
import { buildMatcher, type AliasMatch, type Matcher } from '../alias-matcher.ts';
import type { AfterText, MentionLayer } from '../context.ts';
import type { Heading, MentionSpan, Paragraph, ParagraphMentions } from '../types.ts';

const matcherCache = new WeakMap<Registry, Matcher>();

/** The alias matcher of a registry, built once per registry object. */
function matcherFor(registry: Registry): Matcher {
  let m = matcherCache.get(registry);
  if (!m) {
    m = buildMatcher(registry);
    matcherCache.set(registry, m);
  }
  return m;
}

/** Ids in order of first appearance, once each. */
export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function toSpan(m: AliasMatch, block: number, paragraph: number | null): MentionSpan {
  return {
    block,
    paragraph,
    start: m.start,
    end: m.end,
    surface: m.surface.replace(/['’]s?$/, ''),
    type: m.type,
    id: m.id,
    via: 'alias',
  };
}

/** Finds registry aliases in every paragraph (as the analysis reads it) and heading. */
export function findMentions(ctx: AfterText): MentionLayer {
  const matcher = matcherFor(ctx.registry);
  const matches = ctx.texts.map((t) => matcher.match(t));
  const aliasSpans: MentionSpan[] = [];
  const headings: Heading[] = ctx.headingTexts.map((text, i) => {
    const ms = matcher.match(text);
    const block = ctx.headingBlocks[i]!;
    for (const m of ms) aliasSpans.push(toSpan(m, block, null));
    return {
      anchor: ctx.headingAnchors[i]!,
      text,
      depth: ctx.input.blocks[block]!.depth ?? 2,
      block,
      actors: uniq(ms.filter((m) => m.type === 'actor').map((m) => m.id)),
      conflicts: uniq(ms.filter((m) => m.type === 'conflict').map((m) => m.id)),
    };
  });
  matches.forEach((ms, p) => ms.forEach((m) => aliasSpans.push(toSpan(m, ctx.paragraphBlocks[p]!, p + 1))));
  const actorKind = new Map(ctx.registry.actors.map((a) => [a.id, a.kind]));
  return { matches, headings, aliasSpans, actorKind };
}

/** All mention spans in reading order, and the actors and conflicts of each paragraph. */
export function paragraphMentions(
  paragraphs: Paragraph[],
  spans: MentionSpan[],
): { spans: MentionSpan[]; mentions: ParagraphMentions[] } {
  const sorted = [...spans].sort((x, y) => x.block - y.block || x.start - y.start);
  const mentions = paragraphs.map((p) => {
    const ss = sorted.filter((s) => s.paragraph === p.index);
    return {
      paragraph: p.index,
      actors: uniq(ss.filter((s) => s.type === 'actor').map((s) => s.id)),
      conflicts: uniq(ss.filter((s) => s.type === 'conflict').map((s) => s.id)),
    };
  });
  return { spans: sorted, mentions };
}
