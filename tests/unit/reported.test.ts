import { describe, expect, test } from 'vitest';
import { run } from './analysis/helpers.ts';

const reported = (paragraphs: string[]) =>
  run(paragraphs)
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker.id ?? q.speaker.name, q.paragraph, q.text]);

describe('reported speech', () => {
  test.each([
    [
      'X said that',
      ['Alemu said that the dam would be finished by June.'],
      [['tesfaye-alemu', 1, 'the dam would be finished by June']],
    ],
    [
      'X also said that',
      ['Alemu also said that the filling would continue.'],
      [['tesfaye-alemu', 1, 'the filling would continue']],
    ],
    [
      'X says without that',
      ['Mansour says Egypt will not accept a deal without guarantees.'],
      [['laila-mansour', 1, 'Egypt will not accept a deal without guarantees']],
    ],
    [
      'X said in a statement that',
      ['The Egyptian foreign ministry said in a statement that the talks had failed.'],
      [['egyptian-foreign-ministry', 1, 'the talks had failed']],
    ],
    [
      'according to X, sentence-final',
      ['The reservoir is half full, according to David Ross, a US State Department official.'],
      [['david-ross', 1, 'The reservoir is half full']],
    ],
    [
      'according to X, sentence-initial',
      ['According to Mansour, the talks will resume in July.'],
      [['laila-mansour', 1, 'the talks will resume in July']],
    ],
    [
      '..., says X',
      ['Egypt needs a deal because its farmers are running out of water, says Ross.'],
      [['david-ross', 1, 'Egypt needs a deal because its farmers are running out of water']],
    ],
    [
      'adding that continues the speaker',
      ['Ethiopia will keep filling the dam, says Alemu, adding that Sudan had been consulted.'],
      [
        ['tesfaye-alemu', 1, 'Ethiopia will keep filling the dam'],
        ['tesfaye-alemu', 1, 'Sudan had been consulted'],
      ],
    ],
    [
      'who said that',
      ['This was confirmed by David Ross, a US State Department official, who said that a draft existed.'],
      [['david-ross', 1, 'a draft existed']],
    ],
    [
      'pronoun he said that',
      ['Tesfaye Alemu arrived late.', 'He said that the meeting had been moved.'],
      [['tesfaye-alemu', 2, 'the meeting had been moved']],
    ],
    [
      'unregistered speaker',
      ['Samira Haddad, a hydrologist, said that the river was lower than ever.'],
      [['Samira Haddad', 1, 'the river was lower than ever']],
    ],
    ['no clause: she added.', ['“We are tired,” she added.'], []],
    ['no clause: X tells outlet', ['“We are tired,” Mansour tells Fixture Wire.'], []],
    ['no clause: wrote in 2021', ['“We are tired,” Mansour wrote in 2021.'], []],
    [
      'clause mostly a direct quote is not reported',
      ['Mansour says that after the vote “nothing will ever be the same for the farmers of the delta”.'],
      [],
    ],
    [
      'what he described as is not reported',
      ['Ross pointed to what he described as "a real chance for a deal".'],
      [],
    ],
    ['no speaker, no entry', ['The two countries said that they would meet again.'], []],
    [
      'verbs inside quotes are ignored',
      ['“Ross said that the dam is safe, but nobody believes it,” Mansour said.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reported(paragraphs)).toEqual(expected);
  });

  test('reported entries get r- ids and a clause part', () => {
    const a = run(['Alemu said that the dam would be finished by June.']);
    const r = a.quotes.find((q) => q.kind === 'reported')!;
    expect(r.id).toBe('r-the-dam-would-be');
    expect(a.paragraphs[0]!.text.slice(r.parts[0]!.start, r.parts[0]!.end)).toBe(r.text);
  });
});
