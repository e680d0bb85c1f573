import { describe, expect, test } from 'vitest';
import { quoteRows, run } from './analysis/helpers.ts';

type Row = [string, string[], [string, string | null][]];

// [name, paragraphs, expected [quote text starts with, speaker id or unregistered name or null]]
const cases: Row[] = [
  ['verb after, name', ['“The dam is ours,” Alemu said.'], [['The dam is ours', 'tesfaye-alemu']]],
  ['verb after, inverted', ['“The dam is ours,” said Alemu.'], [['The dam is ours', 'tesfaye-alemu']]],
  [
    'verb before with colon',
    ['Laila Mansour said: “We will not sign.”'],
    [['We will not sign', 'laila-mansour']],
  ],
  [
    'verb before with comma',
    ['Laila Mansour told reporters, “We will not sign.”'],
    [['We will not sign', 'laila-mansour']],
  ],
  [
    'tells + object is not the speaker',
    ['“Water is life,” Mansour tells Fixture Wire.'],
    [['Water is life', 'laila-mansour']],
  ],
  [
    'appositive then says that',
    ['David Ross, a US State Department official, says that the talks are “stuck in the mud for now”.'],
    [['stuck in the mud', 'david-ross']],
  ],
  [
    'sentence-final says X',
    ['The talks are “stuck in the mud” and could collapse before June, says Ross.'],
    [['stuck in the mud', 'david-ross']],
  ],
  [
    'according to name',
    ['The dam “changes everything for the delta”, according to Laila Mansour.'],
    [['changes everything', 'laila-mansour']],
  ],
  [
    'what X described as',
    ['Ross pointed to what he described as "a real chance for a deal".'],
    [['a real chance', 'david-ross']],
  ],
  [
    'organisation subject',
    ['The Egyptian foreign ministry announced that it had reached a "preliminary understanding" with Sudan.'],
    [['preliminary understanding', 'egyptian-foreign-ministry']],
  ],
  [
    'verb inside the quote is ignored',
    ['“The minister once said that Egypt is a partner. Now it is not,” Mansour said.'],
    [['The minister once said', 'laila-mansour']],
  ],
  [
    'pronoun she -> last woman (registry gender)',
    ['Laila Mansour, an Egyptian negotiator, met David Ross.', '“We are close,” she said.'],
    [['We are close', 'laila-mansour']],
  ],
  [
    'pronoun he -> last man (registry gender)',
    ['Tesfaye Alemu met Laila Mansour in Cairo.', '“Nothing was agreed,” he said.'],
    [['Nothing was agreed', 'tesfaye-alemu']],
  ],
  [
    'pronoun with unknown gender -> last person mentioned who spoke',
    ['“We wait,” said Ross.', '“We still wait,” he added.'],
    [
      ['We wait', 'david-ross'],
      ['We still wait', 'david-ross'],
    ],
  ],
  [
    'description by role',
    [
      'Laila Mansour, an Egyptian negotiator, arrived late.',
      'The deal is “dead for now”, according to the Egyptian negotiator.',
    ],
    [['dead for now', 'laila-mansour']],
  ],
  [
    'description modifier must fit',
    [
      'Laila Mansour, an Egyptian negotiator, arrived late.',
      'The deal is “dead for now”, according to the Ethiopian negotiator.',
    ],
    [['dead for now', null]],
  ],
  [
    'description of an organisation',
    [
      'The Egyptian foreign ministry met the envoy.',
      '“Egypt will defend its rights,” the ministry said in a statement.',
    ],
    [['Egypt will defend', 'egyptian-foreign-ministry']],
  ],
  [
    'unregistered speaker with role',
    ['“We will rebuild,” said Amina Yusuf, a nurse in Khan Younis.'],
    [['We will rebuild', 'Amina Yusuf']],
  ],
  [
    'unregistered speaker is not handed to a registered one',
    ['Laila Mansour spoke first.', '“We will rebuild,” said Amina Yusuf.'],
    [['We will rebuild', 'Amina Yusuf']],
  ],
  [
    'unregistered surname later',
    ['“We will rebuild,” said Amina Yusuf, a nurse.', '“The water is gone,” Yusuf said.'],
    [
      ['We will rebuild', 'Amina Yusuf'],
      ['The water is gone', 'Amina Yusuf'],
    ],
  ],
  [
    'unregistered pronoun later',
    ['Ms Amina Yusuf, a nurse, was at work.', '“The water is gone,” she said.'],
    [['The water is gone', 'Amina Yusuf']],
  ],
  [
    'title split from the name',
    ['“We will wait,” Foreign Minister Omar Said Farouk said.'],
    [['We will wait', 'Omar Said Farouk']],
  ],
  [
    'split quote',
    ['“We came with open hands,” said Tesfaye Alemu, “and we leave with them open.”'],
    [['We came with open hands', 'tesfaye-alemu']],
  ],
  [
    'bare quote paragraph continues the speaker',
    ['Mansour said:', '“We are ready.”'],
    [['We are ready', 'laila-mansour']],
  ],
  [
    'bare quote after an attributed quote',
    ['“We are ready,” Mansour said.', '“The others are not.”'],
    [
      ['We are ready', 'laila-mansour'],
      ['The others are not', 'laila-mansour'],
    ],
  ],
  [
    'new sentence quote in same paragraph',
    ['“We are ready,” Mansour said. “The others are not ready at all.”'],
    [
      ['We are ready', 'laila-mansour'],
      ['The others are not', 'laila-mansour'],
    ],
  ],
  [
    'no speaker: direct, unattributed',
    ['It was quiet. “No water until further notice for the whole district.”'],
    [['No water', null]],
  ],
  [
    'two speakers in one paragraph',
    ['“Yes,” said Ross, but “no,” Mansour said.'],
    [
      ['Yes', 'david-ross'],
      ['no', 'laila-mansour'],
    ],
  ],
  [
    'month and day are not names',
    ['“We will meet again,” said Mansour on Monday in June.'],
    [['We will meet again', 'laila-mansour']],
  ],
  [
    'sentence-initial capital is not a name',
    ['However, “the dam will fill this year”, Alemu said.'],
    [['the dam will fill', 'tesfaye-alemu']],
  ],
];

describe('speaker attribution', () => {
  test.each(cases)('%s', (_name, paragraphs, expected) => {
    const rows = quoteRows(run(paragraphs)).filter((r) => r[2] === 'direct');
    expect(
      rows
        .map((r) => [r[0].slice(0, expected[0]?.[0].length ?? 0), r[1]])
        .map((r, i) => [
          expected[i] ? r[0] === expected[i]![0] || rows[i]![0].startsWith(expected[i]![0]) : false,
          r[1],
        ]),
    ).toEqual(expected.map((e) => [true, e[1]]));
  });

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

  test('unattributed direct quotes are warned about', () => {
    const a = run(
      ['It was quiet. “No water until further notice for the whole district.”'],
      undefined,
      'x.md',
    );
    expect(a.warnings.some((w) => w.startsWith('x.md: quote') && w.includes('no speaker'))).toBe(true);
  });

  test('registered speaker gets the role the text gives', () => {
    const a = run(['David Ross, a senior envoy, says that the talks are “stuck in the mud”.']);
    expect(a.quotes.find((q) => q.kind === 'direct')!.speaker).toMatchObject({
      id: 'david-ross',
      registered: true,
      role: 'a senior envoy',
    });
  });
});
