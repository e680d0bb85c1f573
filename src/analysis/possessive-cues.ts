/**
 * Possessive cues: the owner of a noun of saying speaks the quote it introduces ("his warning that the town
 * would end up at the “end of the queue”", "her call for “a fresh start”").
 */
import { type Cue, type CueParagraph } from './cue.ts';
import { alternation, SAYING_NOUNS } from './lexicon.ts';

/**
 * A possessive pronoun, up to two words, a noun of saying, then the quote: right after it, after "for"/"of"
 * or a comma, or inside the "that" clause it opens (no sentence break before the quote). A name's possessive
 * ("Kell’s call for “…”") is left out: it is as often the object of someone else's verb.
 */
const POSSESSIVE_SAYING = new RegExp(
  `(?<![\\p{L}’'-])(his|her|their)\\s+(?:[a-zA-Z-]+\\s+){0,2}?` +
    `(?:${alternation(SAYING_NOUNS)})(?:\\s+(?:for|of)|,)?\\s*(?:that\\b[^.;:!?“”"░]*?)?[“"]░`,
  'u',
);

/** The pronoun a possessive belongs to, as the resolver reads it. */
const OWNER: Record<string, string> = { his: 'he', her: 'her', their: 'they' };

/**
 * "Rossi left a backlash, chiefly his warning that the town would end up at the “end of the queue”": in a
 * sentence with no other cue, a weak cue (read as uncertain, like a sentence's subject) whose subject is the
 * possessive word, read as its pronoun.
 */
export function possessiveCues(p: CueParagraph, cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const sent of p.sents) {
    if (cues.some((c) => c.sentence[0] === sent[0])) continue;
    const m = POSSESSIVE_SAYING.exec(p.masked.slice(sent[0], sent[1]));
    if (!m) continue;
    const start = sent[0] + m.index;
    const end = start + m[1]!.length;
    out.push({
      para: p.para,
      kind: 'sentence-subject',
      start,
      end,
      verbStart: end,
      verbEnd: end,
      verb: '',
      subject: { start, end, text: OWNER[m[1]!]! },
      sentence: sent,
      clause: null,
    });
  }
  return out;
}
