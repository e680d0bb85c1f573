/** Runs the stages of the analysis one by one on short texts, for the stage tests. */
import { attributeQuotes } from '../../../../src/analysis/stages/attribution.ts';
import { findCandidates } from '../../../../src/analysis/stages/candidates.ts';
import { findAllCues } from '../../../../src/analysis/stages/cues.ts';
import { findMentions } from '../../../../src/analysis/stages/mentions.ts';
import { findQuoteSpans } from '../../../../src/analysis/stages/quote-spans.ts';
import { resolveCues } from '../../../../src/analysis/stages/resolution.ts';
import { readText } from '../../../../src/analysis/stages/text.ts';
import type { BlockInput } from '../../../../src/analysis/types.ts';
import type { Registry } from '../../../../src/registry/schema.ts';

export const registry: Registry = {
  actors: [
    { id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: ['Ruritania', 'Ruritanian', 'Strelsau'] },
    {
      id: 'ada-byrne',
      name: 'Ada Byrne',
      kind: 'person',
      aliases: ['Ada Byrne', 'Byrne'],
      role: 'a trade analyst',
      gender: 'female',
    },
  ],
  conflicts: [{ id: 'border-war', name: 'Border war', kind: 'conflict', aliases: ['border war'] }],
};

/** Paragraph blocks from texts; a text starting "## " is a heading. */
export function blocks(...texts: string[]): BlockInput[] {
  return texts.map((t) =>
    t.startsWith('## ') ? { kind: 'heading', depth: 2, text: t.slice(3) } : { kind: 'paragraph', text: t },
  );
}

/** The context after each stage, up to attribution. */
export function stagesOf(texts: string[], reg: Registry = registry) {
  const text = readText({ file: 't.md', blocks: blocks(...texts) }, reg);
  const mentioned = { ...text, ...findMentions(text) };
  const quoted = { ...mentioned, ...findQuoteSpans(mentioned) };
  const cued = { ...quoted, ...findAllCues(quoted) };
  const candidates = { ...cued, ...findCandidates(cued) };
  const resolved = { ...candidates, ...resolveCues(candidates) };
  const attributed = { ...resolved, ...attributeQuotes(resolved) };
  return { text, mentioned, quoted, cued, candidates, resolved, attributed };
}
