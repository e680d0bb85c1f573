/**
 * The subject after a verb of saying or "according to" ("said Amina Yusuf, a nurse in Khan Younis", "said
 * the group's chairman, Tony Briggs", "said election lawyer Ann Roe"), with the role its words give.
 */
import { alternation, NAMING_PARTICIPLES, SUBJECT_END_WORDS, TITLE_MODIFIERS } from './lexicon.ts';
import { DETERMINER, PRONOUN, type Subject } from './cue-subjects.ts';
import { TITLES, trailingName } from './names.ts';
import { isAppositive, isCommonPersonWord } from './person-phrases.ts';
import { DAY_NAMES, MONTH_NAMES } from './text.ts';

/** Words that end a subject after the verb ("said Roe on Monday", "said the chief known as Red"). */
const POST_CUT = new RegExp(`\\s+(?:${alternation(SUBJECT_END_WORDS)})\\b`);
/** A participle that names the person before it, when "as" follows ("the chief known"). */
const NAMING_TAIL = new RegExp(`\\s+(?:${alternation(NAMING_PARTICIPLES)})$`);
/** A word dating a title before a name ("former", "then-"). */
const NAME_MODIFIER = new RegExp(`^(?:${alternation(TITLE_MODIFIERS)})-?$`);

/** Subject after a verb or "according to": "said Amina Yusuf, a nurse in Khan Younis." */
export function subjectAfter(masked: string, from: number, limit: number): Subject | null {
  const rest = masked.slice(from, limit);
  const lead = rest.length - rest.trimStart().length;
  const protectedRest = rest
    .slice(lead)
    .replace(/\b(Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|[A-Z])\./g, '$1\u2024')
    // "said the Dover Ledger (City Edition) column": brackets inside a noun phrase, its head after them
    .replace(/\s\(([A-Z][^()]{0,40})\)(?=\s+[a-z])/g, ' \u2985$1\u2986');
  let phrase = (protectedRest.split(/[,.;:!?“”"░(—–]/)[0] ?? '')
    .replace(/\u2024/g, '.')
    .replace(/\u2985/g, '(')
    .replace(/\u2986/g, ')');
  // "wrote the authors of the “Harbor Plan”": a quoted title after a preposition is left to the description
  if (/^[“"„«]/.test(protectedRest.slice(phrase.length)))
    phrase = phrase.replace(/\s+(?:of|for|from|at|with|to)(?:\s+(?:the|a|an|his|her|its|their))?\s*$/, '');
  const cut = POST_CUT.exec(phrase);
  if (cut) {
    const joined = titleAndRole(phrase, cut.index, from + lead);
    if (joined) return joined;
    phrase = phrase.slice(0, cut.index);
    // "said the dock foreman known as Red": the participle before "as" names the person; it is not the head
    if (/^\s+as$/.test(cut[0])) phrase = phrase.replace(NAMING_TAIL, '');
  }
  phrase = phrase.trimEnd();
  if (!phrase) return null;
  const first = phrase.split(/\s+/)[0]!;
  // "said former Sen. Ann Roe": a word dating a title opens the subject when a capital follows it
  const dated = NAME_MODIFIER.test(first) && /^\S+\s+[A-Z]/.test(phrase);
  if (!PRONOUN.test(first) && !/^[A-Z]/.test(first) && !DETERMINER.has(first.toLowerCase()) && !dated)
    return describedNameAfter(phrase, from + lead);
  if (/^(that|this|these|those)$/i.test(first)) return null;
  // "X, who …, said Friday that": a day or a month after the verb dates it; it does not speak (a name that
  // begins with one does: "said April Ryan")
  if ((DAY_NAMES.has(first) || MONTH_NAMES.has(first)) && !/^\S+\s+[A-Z]/.test(phrase)) return null;
  if (PRONOUN.test(first)) {
    // "said she had died peacefully": a pronoun followed by its own verb opens a reported clause; it is no
    // inverted subject
    if (
      /^\s+[a-z]/.test(protectedRest.slice(first.length)) &&
      !/^\s+(?:on|in|at|from|after|before|when|while|later|today|yesterday|again|too|also|then)\b/.test(
        protectedRest.slice(first.length),
      )
    )
      return null;
    phrase = first;
  }
  const start = from + lead;
  // "said the group's chairman, Tony Briggs", "said Kenya's ambassador, Amina Okoth, who …": a description,
  // then the name it describes; the name speaks and the description is the role
  const named = !PRONOUN.test(first)
    ? nameAfterDescription(phrase, masked.slice(start + phrase.length, limit))
    : null;
  if (named) {
    const nStart = start + phrase.length + named.offset;
    return { start: nStart, end: nStart + named.name.length, text: named.name, role: phrase };
  }
  const subj: Subject = { start, end: start + phrase.length, text: phrase };
  const after = masked.slice(subj.end, limit);
  const m =
    /^,\s+([^,.;:“”"░]+)((?:,\s+[A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*){0,2}(?=\s*(?:[,.;]|$)))?)/u.exec(
      after,
    );
  if (m && isAppositive(m[1]!) && !PRONOUN.test(first)) subj.role = (m[1]! + (m[2] ?? '')).trim();
  return subj;
}

/**
 * "said former Ohio Gov. and party chair Tom Reyes": two roles joined by "and" after a title, then the full
 * name, which speaks (the roles are its role); null unless the phrase cut at `cutAt` reads so.
 */
function titleAndRole(phrase: string, cutAt: number, start: number): Subject | null {
  const lastWord = /(\S+)$/.exec(phrase.slice(0, cutAt))?.[1] ?? '';
  if (!TITLES.has(lastWord) || !/^\s+and\s/.test(phrase.slice(cutAt))) return null;
  return describedNameAfter(phrase, start);
}

/**
 * "said election lawyer Ann Roe", "said former secretary of state Ann Roe of Ohio": words describing a person
 * (a job word or title among them, no determiner) and then the person's full name, which speaks; the words
 * are the role. Null when the phrase is not that.
 */
export function describedNameAfter(phrase: string, start: number): Subject | null {
  const cut = /^(.+?)\s+(?:of|from)\s+[A-Z]/.exec(phrase)?.[1];
  for (const p of cut ? [phrase, cut] : [phrase]) {
    const nm = trailingName(p);
    if (!nm || nm.end !== p.length || !nm.name.includes(' ')) continue;
    const role = p.slice(0, nm.start).trim();
    const words = role.split(/\s+/);
    if (!words.some((w) => isCommonPersonWord(w) || TITLES.has(w))) continue;
    return { start: start + nm.start, end: start + nm.end, text: nm.name, role };
  }
  return null;
}

/**
 * A person's name in apposition right after a description of them ("the group's chairman, Tony Briggs", "Our
 * correspondent in Kagoshima, Emi Tanaka"): the name and its offset in `after`, or null. The description must
 * read as one (a determiner or possessive, then a person noun) and the name must be closed by a comma, a full
 * stop or the end.
 */
export function nameAfterDescription(
  description: string,
  after: string,
): { name: string; offset: number } | null {
  if (
    !/^(?:the|a|an|its|his|her|their|our|[A-Z][\p{L}\p{M}.-]*['’]s)\s+/iu.test(description) ||
    /\p{Lu}/u.test(
      description
        .replace(/^[A-Z][\p{L}\p{M}.-]*['’]s\s+/u, '')
        .replace(/^\S+\s+/, '')
        .replace(/\b(?:in|at|of|for|from)\s+(?:the\s+)?(?:[A-Z][\p{L}\p{M}'’.-]*\s*)+/gu, ''),
    )
  )
    return null;
  const head = /([a-z][\p{L}-]*)(?:\s+(?:in|at|of|for|from)\s+.*)?$/u.exec(description)?.[1];
  if (!head || !isCommonPersonWord(head)) return null;
  const m = /^,\s+((?:[A-Z][\p{L}\p{M}'’.-]+\s+){1,3}[A-Z][\p{L}\p{M}'’-]+)(?=\s*(?:[,.;:]|$))/u.exec(after);
  if (!m) return null;
  // "the chair of the inquiry, Judge Margaret Ellis": the title is not part of the name
  const nm = trailingName(m[1]!);
  const name = nm && nm.name.includes(' ') ? nm.name : m[1]!;
  return { name, offset: m[0].length - m[1]!.length + m[1]!.indexOf(name) };
}
