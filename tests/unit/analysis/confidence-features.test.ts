/**
 * confidence-features.ts: what the confidence model reads of each attribution, pinned with invented texts
 * (a pronoun with two women before it, a quote split by its cue, a continuation, …).
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import type { Features } from '../../../src/analysis/confidence-features.ts';
import { blocks, registry } from './stages/run.ts';

/** Each scored attribution of the paragraphs: its text, speaker, features and level. */
function scored(...texts: string[]) {
  const out: { text: string; who: string | null; f: Features; level: string | null }[] = [];
  analyzeArticle({ file: 't.md', blocks: blocks(...texts) }, registry, (q, f) =>
    out.push({ text: q.text, who: q.speaker.name ?? q.speaker.description ?? null, f, level: q.confidence }),
  );
  return out;
}
const directOf = (...texts: string[]) => scored(...texts).find((s) => !s.f['reported'])!;

describe('confidence features: pronouns', () => {
  test('a pronoun with two women named before it gets "another of the same gender", and is not high', () => {
    const s = directOf(
      'Ms. Mira Holt spoke first in Strelsau on Monday. Ada Byrne, a trade analyst, spoke next.',
      '“We will wait until the guns fall silent,” she said.',
    );
    expect(s.who).toBe('Ada Byrne');
    expect(s.f).toMatchObject({ 'how:pronoun': 1, 'pronoun:gendered': 1, 'pronoun:gender-stated': 1 });
    expect(s.f['pronoun:other-same-gender']).toBe(1);
    expect(s.level).not.toBe('high');
  });

  test('a pronoun with one person before it has no rival', () => {
    const s = directOf('Ada Byrne spoke in Strelsau on Monday.', '“We will wait,” she said.');
    expect(s.who).toBe('Ada Byrne');
    expect(s.f['pronoun:other-same-gender']).toBeUndefined();
    expect(s.f['pronoun:rival-unknown-gender']).toBeUndefined();
    expect(s.f['pronoun:fitting-people']).toBe(0);
  });

  test('a person of unknown gender named after the antecedent is a nearer rival', () => {
    const s = directOf(
      'Ada Byrne met Tom Reyes, a wheat farmer, in Strelsau on Monday.',
      '“We will wait,” she said.',
    );
    expect(s.who).toBe('Ada Byrne');
    expect(s.f['pronoun:rival-unknown-gender']).toBe(1);
    expect(s.f['pronoun:fitting-people']).toBeCloseTo(Math.log(2));
  });
});

describe('confidence features: the cue and the quote', () => {
  test('a cue after the quote, its subject opening the clause', () => {
    const s = directOf('“The border stays shut,” Byrne said on Monday.');
    expect(s.f).toMatchObject({
      'link:adjacent': 1,
      'how:name': 1,
      'cue:after-quote': 1,
      'verb:say': 1,
      'mention:opens-sentence': 1,
    });
    expect(s.f['mention:after-verb']).toBeUndefined();
  });

  test('an inverted cue ("said Byrne") has its mention after the verb', () => {
    const s = directOf('“The border stays shut,” said Ada Byrne.');
    expect(s.f['mention:after-verb']).toBe(1);
    expect(s.f['mention:words']).toBeCloseTo(Math.log(3));
  });

  test('a cue before the quote, with a colon', () => {
    const s = directOf('Ada Byrne told reporters: “The border stays shut.”');
    expect(s.f).toMatchObject({ 'cue:before-quote': 1, 'verb:tell': 1 });
  });

  test('a quote split by its cue', () => {
    const s = directOf('“The border,” Byrne said, “stays shut until spring.”');
    expect(s.f).toMatchObject({ 'quote:split': 1, 'cue:inside-quote': 1 });
    // the cue is two characters from the first part (the closing mark and a space)
    expect(s.f['cue:distance']).toBeCloseTo(Math.log(3));
  });

  test('"tells" and "told" are one verb; a verb that only introduces quotes is marked', () => {
    expect(directOf('“It is over,” Byrne tells me.').f['verb:tell']).toBe(1);
    expect(directOf('“It is over,” Byrne quipped.').f['verb:quote-only']).toBe(1);
  });

  test('another speaker\'s cue in the sentence counts; "adding that" continues the same speaker', () => {
    const adding = directOf('“The border stays shut,” Byrne said, adding that Ruritania would wait.');
    expect(adding.f['cues:sentence']).toBe(0);
    const two = directOf(
      'Tom Reyes, a farmer, said the harvest failed, while Byrne said: “The border stays shut.”',
    );
    expect(two.who).toBe('Ada Byrne');
    expect(two.f['cues:sentence']).toBeCloseTo(Math.log(2));
  });

  test('other people in the sentence are counted, the speaker is not', () => {
    const alone = directOf('Ada Byrne said: “The border stays shut.”');
    const crowded = directOf(
      'Ada Byrne, who met Tom Reyes, a farmer, and Lena Ortiz, a miller, said: “The border stays shut.”',
    );
    expect(alone.f['people:sentence']).toBe(0);
    expect(crowded.f['people:sentence']).toBeCloseTo(Math.log(3));
  });
});

describe('confidence features: continuations, unnamed sources, reported speech', () => {
  test('a bare quote paragraph continues the quote before it, one paragraph back', () => {
    const all = scored('“The border stays shut,” Ada Byrne said.', '“We will not reopen it before spring.”');
    const s = all.find((x) => x.text.startsWith('We will not'))!;
    expect(s.who).toBe('Ada Byrne');
    expect(s.f).toMatchObject({ 'link:continuation': 1, 'how:continuation': 1, 'cue:other-paragraph': 1 });
    expect(s.f['continuation:paragraphs-back']).toBeCloseTo(Math.log(2));
    expect(s.f['quote:opens-paragraph']).toBe(1);
  });

  test('an unnamed source is marked as one', () => {
    expect(directOf('“The ports will stay shut,” officials said.').f['speaker:unnamed']).toBe(1);
  });

  test('a reported statement is scored too, and marked as reported', () => {
    const s = scored('Ada Byrne said that the border would stay shut until spring.').find(
      (x) => x.f['reported'],
    );
    expect(s?.who).toBe('Ada Byrne');
    expect(s?.level).toMatch(/^(high|medium|low)$/);
  });
});
