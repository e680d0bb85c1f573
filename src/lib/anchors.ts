/**
 * Published anchors stay published: the lock (content/anchors.lock.json) lists every
 * anchor an article has had; a build where one vanishes without an alias fails.
 * Pure functions; the content loader and scripts/lock-anchors.ts use them.
 */
import { closestId } from '../analysis/closest.ts';
import type { Analysis } from '../analysis/types.ts';

export type AnchorLock = Record<string, string[]>;

/** Every id the rendered article carries: headings, paragraphs, quotes (and their later parts), reported speech. */
export function articleAnchors(analysis: Analysis): string[] {
  const ids = [
    ...analysis.headings.map((h) => h.anchor),
    ...analysis.paragraphs.map((p) => p.anchor),
    ...analysis.quotes.flatMap((q) =>
      q.kind === 'reported'
        ? [q.anchor]
        : [q.anchor, ...q.parts.slice(1).map((_, i) => `${q.anchor}-${i + 2}`)],
    ),
  ];
  return ids;
}

/** Where things are in the article's file, for messages (each falls back to the file alone). */
export interface AnchorPlaces {
  /** File line of the element that carries an anchor. */
  lineOfAnchor?: (anchor: string) => number | undefined;
  /** File line of a frontmatter field (`['anchors', 'old-words']`). */
  lineOfField?: (path: string[]) => number | undefined;
  /** Ids the page itself uses, which an alias may not take. */
  reserved?: ReadonlySet<string>;
}

/**
 * Problems with an article's anchors, as messages naming the file, its line, the anchor and the fix:
 * duplicate ids, aliases that clash or point nowhere, locked anchors that vanished.
 */
export function checkAnchors(
  file: string,
  ids: string[],
  locked: string[],
  aliases: Record<string, string>,
  places: AnchorPlaces = {},
): string[] {
  const at = (line: number | undefined) => (line ? `${file}:${line}` : file);
  const anchorAt = (id: string) => at(places.lineOfAnchor?.(id));
  const fieldAt = (...path: string[]) => at(places.lineOfField?.(path));
  const problems: string[] = [];
  const present = new Set<string>();
  for (const id of ids) {
    if (present.has(id))
      problems.push(
        `${anchorAt(id)}: duplicate anchor '${id}': two elements would share it. Reword one of them, or report this as a bug.`,
      );
    present.add(id);
  }
  for (const [from, to] of Object.entries(aliases)) {
    if (present.has(from))
      problems.push(
        `${fieldAt('anchors', from)}: field "anchors": alias '${from}' duplicates an anchor the article already has. Remove the alias.`,
      );
    if (places.reserved?.has(from))
      problems.push(
        `${fieldAt('anchors', from)}: field "anchors": alias '${from}' is an id the page itself uses, so it cannot be an anchor. Remove the alias.`,
      );
    if (!present.has(to)) {
      const hint = closestId(to, [...present]);
      problems.push(
        `${fieldAt('anchors', from)}: field "anchors": alias '${from}' points to '${to}', which the article does not have${hint ? ` (did you mean '${hint}'?)` : ''}.`,
      );
    }
  }
  for (const old of locked) {
    if (present.has(old) || old in aliases) continue;
    const hint = closestId(old, [...present]);
    const where = hint ? anchorAt(hint) : fieldAt('anchors');
    problems.push(
      `${where}: published anchor '${old}' is gone (its text changed${hint ? `; the closest anchor now is '${hint}', on this line` : ''}). Keep old links working: add \`anchors: { ${old}: ${hint ?? '<new-anchor>'} }\` to the frontmatter, or retire it with \`npm run anchors:lock -- --drop\`.`,
    );
  }
  return problems;
}

/** The lock with this article's current anchors added (kept sorted; old ones stay unless dropped). */
export function mergeLock(lock: AnchorLock, slug: string, ids: string[], drop = false): AnchorLock {
  const next = new Set(drop ? ids : [...(lock[slug] ?? []), ...ids]);
  return { ...lock, [slug]: [...next].sort() };
}
