/** Speakers as the analysis publishes them, and the list of speakers the registry lacks. */
import type { Discourse, Resolution } from './discourse.ts';
import { describesUnnamedSource, isWriter, unnamedPronoun, unnamedSourceText } from './person-phrases.ts';
import type { Speaker, UnregisteredSpeaker } from './types.ts';

/** No speaker. */
export const NOBODY: Speaker = { id: null, name: null, registered: false };

/**
 * The published speaker of a resolution (registry actor or unregistered person or body), with a role; with no
 * entity, the unnamed source the subject describes ("officials") or the author for "I", else nobody.
 */
export function speakerOf(d: Discourse, res: Resolution, role?: string, subject?: string): Speaker {
  if (!res.key) {
    // "“…,” I said": in a first-person piece the writer speaks
    if (subject && isWriter(subject)) return { ...NOBODY, description: 'the author' };
    // "The union rejected the deal. They said “…”", "“…,” it read": a group or a thing the engine cannot
    // name speaks through the pronoun
    const pronoun = subject ? unnamedPronoun(subject) : null;
    if (pronoun) return { ...NOBODY, description: pronoun };
    return subject && describesUnnamedSource(subject)
      ? { ...NOBODY, description: unnamedSourceText(subject) }
      : { ...NOBODY };
  }
  const e = d.entities.get(res.key)!;
  const sp: Speaker = { id: e.id, name: e.name, registered: e.id !== null };
  if (e.id === null && e.kind === 'organisation') sp.kind = 'organisation';
  const r = role ?? e.role;
  if (r) sp.role = r;
  return sp;
}

/** Records an unregistered speaker and the paragraph where they speak. */
export function noteUnregistered(
  unregistered: Map<string, UnregisteredSpeaker>,
  sp: Speaker,
  paragraph: number,
): void {
  if (sp.registered || !sp.name) return;
  const u: UnregisteredSpeaker = unregistered.get(sp.name) ?? {
    name: sp.name,
    paragraphs: [],
    ...(sp.kind ? { kind: sp.kind } : {}),
  };
  if (sp.role && !u.role) u.role = sp.role;
  if (!u.paragraphs.includes(paragraph)) u.paragraphs.push(paragraph);
  u.paragraphs.sort((x, y) => x - y);
  unregistered.set(sp.name, u);
}
