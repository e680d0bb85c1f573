/**
 * Stage 10, warnings: what the build report and the editor see (quotes without a speaker, unregistered
 * speakers).
 */
import type { AfterAttribution } from '../context.ts';
import { slugWords } from '../text.ts';
import type { Quote } from '../types.ts';

/** One line per problem, each naming the file, the place and the fix. */
export function analysisWarnings(ctx: AfterAttribution, quotes: Quote[]): string[] {
  const { unregistered } = ctx;
  const warnings: string[] = [];
  for (const q of quotes) {
    if (q.kind === 'direct' && !q.speaker.id && !q.speaker.name && !q.speaker.description) {
      warnings.push(
        `${ctx.input.file}: quote '${q.id}' (paragraph ${q.paragraph}) has no speaker: add a frontmatter ` +
          `override (quotes: - quote: ${q.id}, speaker: <actor-id> or scare: true)`,
      );
    }
  }
  for (const u of unregistered.values()) {
    warnings.push(
      `${ctx.input.file}: unregistered speaker '${u.name}' (paragraph ${u.paragraphs.join(', ')}): ` +
        `add content/actors/${slugWords(u.name).join('-')}.yaml to register them`,
    );
  }
  return warnings;
}
