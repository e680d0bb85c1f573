/** A speech cue: the words tying a quote or a reported clause to its speaker ("X said", "according to X"). */
import type { Subject } from './cue-subjects.ts';

export type CueKind =
  | 'verb-after-subject'
  | 'verb-before-subject'
  | 'according-to'
  | 'described-as'
  | 'adding'
  | 'colon'
  | 'sentence-subject';

export interface Cue {
  /** 0-based body paragraph index. */
  para: number;
  kind: CueKind;
  /** Span of the cue words (subject through verb, or verb through subject). */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  verb: string;
  subject: Subject | null;
  sentence: [number, number];
  /** The reported clause, if the cue introduces one. */
  clause: [number, number] | null;
  /** The rest of a clause the cue interrupts ("The trouble, she said, began early"): its second part. */
  clauseTail?: [number, number];
  /**
   * Where the cue's subordinate clause ends ("When Ann Roe spoke, she …"): quotes after it are not the cue's.
   */
  scopeEnd?: number;
  /**
   * A pronoun nearer the verb than `subject`, opening the clause the participle follows ("Roe …, even as she
   * defended the plan, saying “…”"): the mention when it refers to the subject's speaker too.
   */
  nearSubject?: Subject;
  /**
   * The name opening the sentence when `subject` is a pronoun in a clause under that name's verb ("Kell has
   * keeps attacking what he calls “…”"): the mention when the pronoun refers to it.
   */
  outerSubject?: Subject;
}

/** One paragraph as the cue finders read it: quoted words masked, sentence bounds, and the entity test. */
export interface CueParagraph {
  masked: string;
  para: number;
  sents: [number, number][];
  isEntity: (s: number, e: number) => boolean;
}

/** The sentence holding `pos` (the last one if none does). */
export function sentenceOf(sents: [number, number][], pos: number): [number, number] {
  return sents.find(([s, e]) => pos >= s && pos < e) ?? sents[sents.length - 1] ?? [0, 0];
}
