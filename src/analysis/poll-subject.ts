/**
 * A poll as a cue's subject: "In a Dover Herald poll, 31 percent of voters said …" is the poll's finding, the
 * share of those asked speaking for it.
 */
import type { Subject } from './cue-subjects.ts';
import { alternation, POLL_NOUNS } from './lexicon.ts';

/** A share of those asked, right before a subject ("31 percent of", "75% of", "six in 10"). */
const SHARE_OF =
  /(?:\b\d+(?:\.\d+)?\s*(?:%|percent)\s+of|\b(?:\d+|[a-z]+)\s+in\s+(?:\d+|ten))\s+(?:the\s+)?$/i;

/** A poll named by a determiner and a few words ("a national Dover Herald poll"). */
const POLL_PHRASE = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[^\\s,;:]+\\s+){0,5}?(?:${alternation(POLL_NOUNS)})\\b`,
);

/**
 * "In a Dover Herald poll, 31 percent of voters said …": a share of those asked speaks for the poll named in
 * its sentence, the poll is the subject; null otherwise.
 */
export function pollFor(masked: string, sent: [number, number], subj: Subject): Subject | null {
  if (!SHARE_OF.test(masked.slice(sent[0], subj.start))) return null;
  const poll = POLL_PHRASE.exec(masked.slice(sent[0], sent[1]));
  if (!poll) return null;
  const start = sent[0] + poll.index;
  return { start, end: start + poll[0].length, text: poll[0] };
}
