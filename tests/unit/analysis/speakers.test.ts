/** speakers.ts: speakers as the analysis publishes them (with a role), and those the registry lacks. */
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

describe('speakers: the published speaker with its role, and the list of unregistered speakers', () => {
  test('unregistered speakers are listed with their role and warned about', () => {
    const a = run(
      ['“We will rebuild,” said Amina Yusuf, a nurse in Khan Younis.'],
      undefined,
      'content/articles/x.md',
    );
    expect(a.quotes[0]!.speaker).toEqual({
      id: null,
      name: 'Amina Yusuf',
      registered: false,
      role: 'a nurse in Khan Younis',
    });
    expect(a.unregistered).toEqual([
      { name: 'Amina Yusuf', role: 'a nurse in Khan Younis', paragraphs: [1] },
    ]);
    expect(a.warnings.some((w) => w.startsWith('content/articles/x.md: unregistered speaker'))).toBe(true);
  });

  test('registered speaker gets the role the text gives', () => {
    const a = run(['David Ross, a senior envoy, says that the talks are “stuck in the mud”.']);
    expect(a.quotes.find((q) => q.kind === 'direct')!.speaker).toMatchObject({
      id: 'david-ross',
      registered: true,
      role: 'a senior envoy',
    });
  });

  test('an organisation speaker is marked as one, and not listed as a person', () => {
    const a = run(['“The convoy was hit,” Reuters reported.']);
    expect(a.quotes[0]!.speaker.kind).toBe('organisation');
    expect(a.unregistered).toEqual([{ name: 'Reuters', kind: 'organisation', paragraphs: [1] }]);
  });
});

describe('speakers: the writer of a first-person piece', () => {
  test('"“…,” I said" gives the author, for the quote and the one that continues it', () => {
    const a = run(['The clerk looked up. “I am not sorry,” I said. “I would do it again tomorrow.”']);
    const direct = a.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker.description)).toEqual(['the author', 'the author']);
    expect(direct[0]!.evidence?.mention?.text).toBe('I');
    expect(direct[1]!.evidence?.link).toBe('continuation');
  });

  test('an "I" inside the quote is not the speaker', () => {
    const a = run(['“I am not sorry,” the clerk said.']);
    expect(a.quotes[0]!.speaker.description).toBe('the clerk');
  });

  test('an unnamed source is shown in lower case, but a name’s possessive keeps its capital', () => {
    const said = (text: string) => run([text]).quotes[0]!.speaker.description;
    expect(said('“It is late,” Officials said.')).toBe('officials');
    expect(said('“It is late,” Kell’s allies said.')).toBe('Kell’s allies');
  });
});

describe('speakers: a title with no name is a description, whatever is capitalised', () => {
  test.each([
    ['“The harbour will stay open,” said the King.', 'the King'],
    ['“It is settled,” said the Mayor of Leeds.', 'the Mayor of Leeds'],
  ])('%s -> %s', (text, description) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker).toEqual({ id: null, name: null, registered: false, description });
  });
});

describe('speakers: a quantifier or "they" standing for people the text does not name', () => {
  test.each([
    ['Another posted, “The ferry tax is theft.”', 'another', 'Another'],
    ['Fans lined the quay. Some chanted “bring back the tram!”', 'some', 'Some'],
    ['“Down with the levy,” read one.', 'one', 'one'],
    ['Several said the pier was “beyond repair.”', 'several', 'Several'],
  ])('%s -> %s', (text, description, mention) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker).toEqual({ id: null, name: null, registered: false, description });
    expect(q.evidence?.mention?.text).toBe(mention);
  });

  test('"No one said" names nobody', () => {
    expect(run(['No one said “the dam is safe.”']).quotes[0]!.speaker.description).toBeUndefined();
  });

  test('an unresolved "they" speaks as "they", through the pronoun, with low confidence', () => {
    const q = run(['The ferrymen rejected the offer. They said “the pay rise is an insult.”']).quotes[0]!;
    expect(q.speaker.description).toBe('they');
    expect(q.evidence?.mention?.text).toBe('They');
    expect(q.confidence).toBe('low');
  });

  test('the quote after an unresolved "they" continues with them', () => {
    const a = run([
      'The ferrymen met on Friday. “The offer is an insult,” they concluded. “We will strike.”',
    ]);
    expect(a.quotes.map((q) => [q.speaker.description, q.evidence?.link])).toEqual([
      ['they', 'adjacent'],
      ['they', 'continuation'],
    ]);
  });

  test('an unresolved "it" speaks as "it", with low confidence; "he" is never shown bare', () => {
    const q = run(['A banner hung over the gate. “Still standing,” it read.']).quotes[0]!;
    expect([q.speaker.description, q.evidence?.mention?.text, q.confidence]).toEqual(['it', 'it', 'low']);
    expect(run(['“Still standing,” he said.']).quotes[0]!.speaker.description).toBeUndefined();
  });
});
