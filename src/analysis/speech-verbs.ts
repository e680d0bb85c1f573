/**
 * The verbs of saying (lexicon.SPEECH_VERBS) compiled once: a pattern that finds them and what each can do.
 */
import { NOUN_FORM_VERBS, SPEECH_VERBS, type SpeechVerbUse } from './lexicon.ts';

const USES = new Map<string, ReadonlySet<SpeechVerbUse>>();
for (const v of SPEECH_VERBS) for (const form of v.forms) USES.set(form, new Set(v.uses));

/** Forms as pattern sources, longest first, so "told reporters" wins over "told". */
function sources(keep: (form: string) => boolean): string {
  return [...USES.keys()]
    .filter(keep)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, '\\s+'))
    .join('|');
}

const isParticiple = (form: string) => form.endsWith('ing');

/** A form that is also a common noun ("states"): a cue only beside a quote, never a sentence's predicate. */
const NOUN_FORMS = new Set(NOUN_FORM_VERBS);

/** True for a form that is also a common noun ("states"): speech-cues reads it only beside a quote. */
export function isNounForm(form: string): boolean {
  return NOUN_FORMS.has(form);
}

/** Every form of every verb of saying, as whole words (global: reset `lastIndex` before a scan). */
export const SPEECH_VERB = new RegExp(`\\b(?:${sources(() => true)})\\b`, 'g');

/** The form a match stands for: lower case, one space, "told reporters" as "told". */
export function verbForm(match: string): string {
  return match
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ reporters$/, '');
}

/** True when a form of a verb of saying can be used so (see SPEECH_VERBS). */
export function verbCan(form: string, use: SpeechVerbUse): boolean {
  return USES.get(form)?.has(use) ?? false;
}

/** True for an -ing form ("adding", "saying"): after a comma it continues its sentence's speaker. */
export function isSpeechParticiple(form: string): boolean {
  return USES.has(form) && isParticiple(form);
}

/** ", adding …", ", noting …": a participle of a verb that reports a clause ends the clause before it. */
export const CLAUSE_ENDING_PARTICIPLE = new RegExp(
  `,\\s+(?:${sources((f) => isParticiple(f) && verbCan(f, 'clause'))})\\b`,
);

/** Finite forms that can stand in an attribution ("she said", "he went on"). */
export const FINITE_SPEECH_VERBS = sources((f) => !isParticiple(f) && !isNounForm(f));

/** Finite forms that can come before their subject ("said Ana"). */
export const INVERTIBLE_SPEECH_VERBS = sources(
  (f) => !isParticiple(f) && !isNounForm(f) && verbCan(f, 'invert'),
);

/** True for a finite form of a verb of saying ("said", "tells"): a sentence's predicate. */
export function isFiniteSpeechVerb(form: string): boolean {
  return USES.has(form) && !isParticiple(form) && !isNounForm(form);
}
