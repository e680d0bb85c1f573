/** Stage 9, overrides: the editor's frontmatter decisions (a quote's speaker, or a scare quote) win. */
import type { Registry } from '../../registry/schema.ts';
import { closestId } from '../closest.ts';
import { normQuotes, slugWords } from '../text.ts';
import type { ArticleInput, Quote } from '../types.ts';

const didYouMean = (near: string | null) => (near ? ` (did you mean '${near}'?)` : '');

function normOpening(s: string): string {
  return slugWords(normQuotes(s)).join(' ');
}

/**
 * Applies frontmatter overrides; throws naming the file, the quote and the closest actor id on a bad
 * override.
 */
export function applyOverrides(input: ArticleInput, registry: Registry, quotes: Quote[]): void {
  const ids = registry.actors.map((a) => a.id);
  for (const o of input.overrides ?? []) {
    const key = normOpening(o.quote);
    const q =
      quotes.find((x) => x.id === o.quote) ??
      quotes.find((x) => key.length > 0 && normOpening(x.text).startsWith(key));
    if (!q) {
      const near = closestId(
        o.quote.startsWith('q-') || o.quote.startsWith('r-')
          ? o.quote
          : `q-${slugWords(o.quote).slice(0, 4).join('-')}`,
        quotes.map((x) => x.id),
      );
      throw new Error(
        `${input.file}: quote override '${o.quote}' matches no quote${didYouMean(near)}: ` +
          "use a quote id or the quote's opening words",
      );
    }
    if (o.speaker !== undefined) {
      const actor = registry.actors.find((a) => a.id === o.speaker);
      if (!actor) {
        const near = closestId(o.speaker, ids);
        throw new Error(
          `${input.file}: quote override '${o.quote}' names unknown actor '${o.speaker}'` +
            `${didYouMean(near)}: ` +
            'use an id from content/actors/',
        );
      }
      q.speaker = {
        id: actor.id,
        name: actor.name,
        registered: true,
        ...(actor.role ? { role: actor.role } : {}),
      };
      q.method = 'override';
      q.evidence = { how: 'override', cue: q.evidence?.cue ?? null, mention: null };
      q.confidence = 'high';
      if (q.kind === 'scare') q.kind = 'direct';
    }
    if (o.scare === true) {
      q.kind = 'scare';
      q.speaker = { id: null, name: null, registered: false };
      q.method = 'override';
      q.cue = null;
      q.evidence = null;
      q.confidence = null;
    } else if (o.scare === false && q.kind === 'scare') {
      q.kind = 'direct';
      q.method = 'override';
    }
  }
}
