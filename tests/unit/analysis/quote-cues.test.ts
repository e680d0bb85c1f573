/**
 * quote-cues.ts: which cue a quote belongs to (in a split gap, right after or before it, in the same
 * sentence), or the speaker a quote with no cue continues.
 */
import { describe, expect, test } from 'vitest';
import {
  type AttributionCase,
  expectAttribution,
  namedRegistry,
  type QuoteCase,
  type QuoteExpectation,
  quoteRows,
  quotesIn,
  run,
} from './helpers.ts';

const society = namedRegistry('society');

describe('quote cues: the cue right after, right before, between the parts or in the same sentence', () => {
  test.each<AttributionCase>([
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
      'sentence-final says X',
      ['The talks are “stuck in the mud” and could collapse before June, says Ross.'],
      [['stuck in the mud', 'david-ross']],
    ],
    [
      'split quote',
      ['“We came with open hands,” said Tesfaye Alemu, “and we leave with them open.”'],
      [['We came with open hands', 'tesfaye-alemu']],
    ],
    [
      'two speakers in one paragraph',
      ['“Yes,” said Ross, but “no,” Mansour said.'],
      [
        ['Yes', 'david-ross'],
        ['no', 'laila-mansour'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

test('a cue before a circumstance and a colon wins over a cue in a relative clause before it', () => {
  const a = run([
    'Ross, who has told friends he thinks the two are tied, said in a statement: “We will not sign.”',
  ]);
  const q = a.quotes.find((x) => x.kind === 'direct')!;
  expect([q.speaker.id, q.evidence?.mention?.text, q.evidence?.cue?.text]).toEqual([
    'david-ross',
    'Ross',
    'said',
  ]);
});

describe('quote cues: a quote with no cue continues the speaker before it', () => {
  test.each<AttributionCase>([
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
      'a sentence opened only by a link word before the quote',
      ['“She was meant to lead the talks,” Mansour said. Instead, “she waits for others to move first.”'],
      [
        ['She was meant to lead', 'laila-mansour'],
        ['she waits for others', 'laila-mansour'],
      ],
    ],
    [
      'a link word with no comma',
      ['“We asked for a vote,” Mansour said. But “the chair refused to hold one at all.”'],
      [
        ['We asked for a vote', 'laila-mansour'],
        ['the chair refused', 'laila-mansour'],
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
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  // short follow-up quotes continue the speaker when they are full sentences
  test.each<[string[], [string, string | null, string][]]>([
    [
      ['“It will pass,” Laila Mansour said. “It always does.”'],
      [
        ['It will pass,', 'laila-mansour', 'direct'],
        ['It always does.', 'laila-mansour', 'direct'],
      ],
    ],
    [
      ['“I am tired,” said Ivan Petrenko. “Very tired.”'],
      [
        ['I am tired,', 'Ivan Petrenko', 'direct'],
        ['Very tired.', 'Ivan Petrenko', 'direct'],
      ],
    ],
    [
      ['“We do not comment,” Mansour said. “Never.”'],
      [
        ['We do not comment,', 'laila-mansour', 'direct'],
        ['Never.', 'laila-mansour', 'direct'],
      ],
    ],
    // negatives: not a full sentence, or no speaker before
    [
      ['“We do not comment,” Mansour said. Critics called it “business as usual”.'],
      [
        ['We do not comment,', 'laila-mansour', 'direct'],
        ['business as usual', null, 'direct'],
      ],
    ],
    [
      ['The so-called “water war” goes on. “Never again.”'],
      [
        ['water war', null, 'scare'],
        ['Never again.', null, 'scare'],
      ],
    ],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras))).toEqual(rows);
  });
});

describe('quote cues: a quote that ends its sentence keeps the cue that introduced it', () => {
  test.each<QuoteCase>([
    [
      ['Tom Kell says the port “has always brought people together.” He warns the board would “sink it.”'],
      [
        ['has always brought', 'Tom Kell', 'direct'],
        ['sink it', 'Tom Kell', 'direct'],
      ],
    ],
    // negative: with no cue before it, the quote takes the cue that follows
    [
      ['Tom Kell met the board.', '“We will win.” He said it twice.'],
      [['We will win', 'Tom Kell', 'direct']],
    ],
    // the next sentence reports a clause of its own: the quote continues the speaker before it
    [
      ['“We are ready,” Tom Kell told the board. “The rest is noise.” Ann Roe said the vote would go ahead.'],
      [
        ['We are ready', 'Tom Kell', 'direct'],
        ['The rest is noise', 'Tom Kell', 'direct'],
      ],
    ],
    [
      ['“We are ready,” Tom Kell told the board. “The rest is noise.” Ann Roe warned that it was late.'],
      [
        ['We are ready', 'Tom Kell', 'direct'],
        ['The rest is noise', 'Tom Kell', 'direct'],
      ],
    ],
    // negative: a quote opening the paragraph is introduced by the sentence after it
    [
      ['“We have never seen this.” Ann Roe, a nurse, said the wards were full.'],
      [['We have never seen this', 'Ann Roe', 'direct']],
    ],
    // negative: only a circumstance after the verb, so the quote is still the next sentence's speaker's
    [
      ['“We are ready,” Tom Kell told the board. “The rest is noise.” Ann Roe said it twice on Monday.'],
      [
        ['We are ready', 'Tom Kell', 'direct'],
        ['The rest is noise', 'Ann Roe', 'direct'],
      ],
    ],
    // negative: a question may run on into its cue ("“…?” Ann Roe asked reporters …")
    [
      ['“We are ready,” Tom Kell told the board. “Is it late?” Ann Roe asked reporters who were there.'],
      [
        ['We are ready', 'Tom Kell', 'direct'],
        ['Is it late', 'Ann Roe', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));

  test('a cue in the quote’s own sentence wins over a next sentence reporting its own clause', () => {
    const a = run(
      [
        'Kell’s allies shunned Ann Roe during her trip, claiming that the former mayor is “unfit for ' +
          'office.” Roe has suggested that the vote was rigged.',
      ],
      society,
    );
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.name, q.evidence?.cue?.text]).toEqual([null, 'claiming']);
    expect(q.evidence?.mention?.text).toContain('allies');
  });

  test('each quote names the words it was attributed through', () => {
    const a = run(
      ['Tom Kell said the deal was “fair to both sides.” He added that it was “a start.”'],
      society,
    );
    const mentions = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.evidence?.mention?.text);
    expect(mentions).toEqual(['Tom Kell', 'He']);
  });
});

describe('quote cues: an unnamed source continues like a named one', () => {
  const rows = (paras: string[]) =>
    run(paras, society)
      .quotes.filter((q) => q.kind !== 'reported')
      .map((q) => [q.text.slice(0, 12), q.speaker.description ?? q.speaker.name ?? null]);
  test.each([
    [
      ['“It is the mayor’s party,” one campaign aide said. “She sets the rules now.”'],
      [
        ['It is the ma', 'one campaign aide'],
        ['She sets the', 'one campaign aide'],
      ],
    ],
    [
      ['“We were never told,” said a senior council official.', '“Nobody asked us either.”'],
      [
        ['We were neve', 'a senior council official'],
        ['Nobody asked', 'a senior council official'],
      ],
    ],
    // negative: a pronoun nobody was named for does not continue into a speaker
    [
      ['“It is over,” he said. “He sets the rules now.”'],
      [
        ['It is over,', null],
        ['He sets the ', null],
      ],
    ],
  ])('%j', (paras, expected) => {
    expect(rows(paras)).toEqual(expected);
  });
});

describe('quote cues: a title quoted in the attribution does not end the speaker’s quotes', () => {
  test.each<QuoteCase>([
    [
      ['“It is early,” Tom Kell said on the radio show “Harbour Hour.” “The tide may still turn.”'],
      [
        ['It is early', 'Tom Kell', 'direct'],
        ['Harbour Hour', null, 'scare'],
        ['The tide may still turn', 'Tom Kell', 'direct'],
      ],
    ],
    [
      ['“We are not done,” Ann Roe said on “Morning Desk” on Sunday. “I think the vote will hold.”'],
      [
        ['We are not done', 'Ann Roe', 'direct'],
        ['Morning Desk', null, 'scare'],
        ['I think the vote will hold', 'Ann Roe', 'direct'],
      ],
    ],
    // negative: a quote after a title in a sentence of its own is not continued ("the banner read")
    [
      ['“It is early,” Tom Kell said. A banner read “Stay”. Later the hall emptied. “Go home.”'],
      [
        ['It is early', 'Tom Kell', 'direct'],
        ['Stay', null, 'scare'],
        ['Go home', null, 'scare'],
      ],
    ],
  ])('%j', quotesIn(society));
});

describe('quote cues: a quote opening the sentence after a reported one takes its speaker', () => {
  test.each<QuoteCase>([
    [
      ['Amy Cole, 34, works nights. She says the job is hard. “Some weeks I never see daylight.”'],
      [['Some weeks I never see daylight', 'Amy Cole', 'direct']],
    ],
    // negative: a reported sentence with nobody named does not lend a speaker
    [
      ['Residents say the road is dangerous. “Some weeks I never see daylight and nobody asks why.”'],
      [['Some weeks I never see daylight', null, 'direct']],
    ],
    // a paragraph that is only a quote, after a paragraph ending with a reported sentence
    [
      [
        'Amy Cole, a night nurse, met the board on Monday.',
        'Cole said the ward had lost four nurses since spring, and that more would leave.',
        '“We cannot staff a night shift with two people.”',
      ],
      [['We cannot staff a night shift', 'Amy Cole', 'direct']],
    ],
    // the reported sentence may end with ", saying …" after a verb that is no verb of saying
    [
      [
        'Amy Cole, clearly tired, answered by pointing at the board, saying the ward was mixing up shifts.',
        '“I am tired of the board blaming the nurses.”',
      ],
      [['I am tired of the board', 'Amy Cole', 'direct']],
    ],
    // a paragraph that is only a quote, after a paragraph whose last sentence has a person as its subject
    [
      [
        'Amy Cole praised the night staff and their patience with the new rota.',
        '“We need people who keep calm when the ward is full.”',
      ],
      [['We need people who keep calm', 'Amy Cole', 'direct']],
    ],
    // negatives: a title opening a paragraph that goes on; a reported sentence before the last one
    [
      [
        'Amy Cole, a night nurse, met the board on Monday.',
        'Cole said the ward had lost four nurses.',
        '“Night Shift” host Ben Ode read the letter aloud on his show.',
      ],
      [['Night Shift', null, 'scare']],
    ],
    [
      [
        'Amy Cole, a night nurse, said the ward had lost four nurses. The board meets again in May.',
        '“We cannot staff a night shift with two people.”',
      ],
      [['We cannot staff a night shift', null, 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('quote cues: a cue inside a subordinate clause speaks only inside it', () => {
  test.each<QuoteCase>([
    // the quote after the clause is not the subordinate subject's; joined quotes share their cue
    [
      ['When Ann Roe announced her run, Tom Kell called it “a stunt” and “a waste”.'],
      [
        ['a stunt', 'Tom Kell', 'direct'],
        ['a waste', 'Tom Kell', 'direct'],
      ],
    ],
    [
      ['When Ann Roe announced her plan, the crowd cheered the “new bridge”.'],
      [['new bridge', null, 'scare']],
    ],
    // inside the clause the cue still speaks; "As X wrote, “…”" is no subordinate clause
    [['When Ann Roe said “never”, the room went quiet.'], [['never', 'Ann Roe', 'direct']]],
    [
      ['As Ann Roe wrote last week, “The river does not wait for committees.”'],
      [['The river does not wait', 'Ann Roe', 'direct']],
    ],
  ])('%j', quotesIn(society));

  test('the subordinating word is not part of the speaker’s mention', () => {
    const q = run(['When Ann Roe said “never”, the room went quiet.'], society).quotes.find(
      (x) => x.kind === 'direct',
    );
    expect(q?.evidence?.mention?.text).toBe('Ann Roe');
  });
});

describe('quote cues: in the same sentence, the cue whose reported clause holds the quote wins', () => {
  test.each<QuoteCase>([
    [
      ['Ann Roe said the plan remained “a good start”, but Tom Kell warned that more was needed.'],
      [['a good start', 'Ann Roe', 'direct']],
    ],
    // negative: a quote outside any reported clause still takes the nearest cue
    [
      ['Ann Roe spoke first. Tom Kell, the mayor, later called the plan “a good start”.'],
      [['a good start', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('quote cues: a relative pronoun that is the verb’s subject is the speaker’s mention', () => {
  test('"Kell, who has called the levy “…”": the mention is "who", the speaker Kell', () => {
    const a = run(
      ['Contrast that with Tom Kell, who has called the levy “a disgrace,” and Ann Roe.'],
      society,
    );
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Tom Kell', 'who']);
  });

  test('a relative clause closed before the verb keeps the name as the mention', () => {
    const a = run(['Tom Kell, who farms near Dover, said he was “fed up.”'], society);
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Tom Kell', 'Tom Kell']);
  });
});

describe('cue subjects: a fronted clause before the subject is not a name the subject describes', () => {
  test('"As Roe attacked Kell, the crowd chanted, “…”": the crowd, not Kell', () => {
    const a = run(['As Ann Roe attacked Tom Kell, the crowd chanted, “Vote him out!”'], society);
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name ?? q?.speaker.description, q?.evidence?.mention?.text]).toEqual([
      'the crowd',
      'the crowd',
    ]);
  });
});

describe('cue subjects: a description before a sentence adverb or a closed relative clause speaks', () => {
  const speakerOf = (text: string) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    return [q?.speaker.name ?? q?.speaker.description, q?.evidence?.mention?.text];
  };
  test('"The two councillors, however, argue that “…”"', () => {
    expect(speakerOf('The two councillors, however, argue that “there is a precedent for repeal.”')).toEqual([
      'the two councillors',
      'The two councillors',
    ]);
  });
  test('"The councillor, who represents a ward in Dover, said the remarks “…”"', () => {
    expect(
      speakerOf('The councillor, who represents a ward in Dover, said the remarks “have spread widely.”'),
    ).toEqual(['the councillor', 'The councillor']);
  });
  test('"One Dover Rising ad, which is still on the radio, argues that “…”"', () => {
    expect(
      speakerOf('One Dover Rising ad, which is still on the radio, argues that “only Roe can win.”'),
    ).toEqual(['One Dover Rising ad', 'One Dover Rising ad']);
  });
});

describe('cue subjects: a verb after "and" shares the main clause’s subject, not a fronted clause’s', () => {
  test('"As the crowd began to chant, Roe was joined on stage … and joked, “…”"', () => {
    const a = run(
      ['As the crowd began to chant, Ann Roe was joined on stage by Tom Kell and joked, “You are silly.”'],
      society,
    );
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Ann Roe', 'Ann Roe']);
  });
});

describe('quote cues: a subordinate clause whose subject follows a word or two bounds its cue', () => {
  test('"While not everything Kell says is true, Roe said the mayor is “…”": Roe', () => {
    const a = run(
      ['While not everything Tom Kell says is true, Ann Roe said the mayor is “telling voters lies.”'],
      society,
    );
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Ann Roe', 'Ann Roe']);
  });
});

describe('cue subjects: "And although …," is a fronted clause too', () => {
  test('the participle takes the main clause’s subject, not the one inside "although …"', () => {
    const text =
      'And although Tom Kell thanked the growers for their help, Ann Roe sounded a note of doubt, ' +
      'saying, “I am not sure we deserve it.”';
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Ann Roe', 'Ann Roe']);
  });
});

describe('cue subjects: a participle of saying takes the subject after a fronted adjunct', () => {
  test('"In a statement released Thursday, Ann Roe reacted …, saying: “…”": Roe, not the statement', () => {
    const text =
      'In a statement released Thursday, Ann Roe reacted to the news, saying: “The plan should go.”';
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Ann Roe', 'Ann Roe']);
  });
  test.each([
    ['When someone in the audience yelled, “Hale,” Ann Beck joked that the crowd had spoken.', null],
    ['When a fan shouted “Hale,” Ann Beck joked that the crowd had spoken.', null],
    ['When Tom Kell shouted, “Hale,” Ann Beck joked that the crowd had spoken.', 'Tom Kell'],
  ])('a quote inside a "When …" clause is the clause subject’s, not the main clause’s: %s', (text, name) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.name, !!(q.speaker.name ?? q.speaker.description)]).toEqual([name, true]);
  });
  test.each([
    [
      'After Tom Kell said the port would do better with “less cargo,” Ann Beck said: “I disagree.”',
      'Tom Kell',
    ],
    [
      'While Tom Kell proclaims the report a “fine piece and worth it,” Ann Beck fixes on the “pivot” line.',
      'Tom Kell',
    ],
  ])('a quote closing the subordinate clause that reports it is that clause’s: %s', (text, name) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name).toBe(name);
  });
  test('the quote after the subordinate clause is not that clause’s: “pivot” is nobody’s', () => {
    const text =
      'While Tom Kell proclaims the report a “fine piece and worth it,” Ann Beck fixes on the “pivot” line.';
    const q = run([text], society).quotes.find((x) => x.text === 'pivot')!;
    expect(q.speaker.name).not.toBe('Tom Kell');
  });
  test('"someone" with a place after it is the whole description: "someone in the audience"', () => {
    for (const text of [
      'Someone in the audience yelled, “Hale.”',
      'When someone in the audience yelled, “Hale,” Ann Beck joked that the crowd had spoken.',
    ]) {
      const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
      expect([q.speaker.name, q.speaker.description]).toEqual([null, 'someone in the audience']);
    }
  });
  test('"When Tom Kell, the manager, was asked …": the name after "When" is no clause of its own', () => {
    const text = 'When Tom Kell, the manager, was asked about the vote, he laughed and said, “We will see.”';
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker.name).toBe('Tom Kell');
  });
});

describe('cue subjects: a participle opening the sentence is a fronted adjunct', () => {
  test('"Filling in for Kell at the same event where Roe spoke, Ortiz landed a dig at “…”": Ortiz', () => {
    const text =
      'Filling in for Tom Kell at the same event where Ann Roe spoke, Lena Ortiz landed a sharp dig at ' +
      '“my dear friend Ann.”';
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker.name).toBe('Lena Ortiz');
  });
});

describe('cue subjects: "now" and "still" between a subject and its verb are skipped like "also"', () => {
  test('"Kell used to back Roe, but now said the mayor had “…”": Kell, not "now"', () => {
    const text = 'Tom Kell used to back Ann Roe, but now said the mayor had “the duty to unite us.”';
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker.name, q?.evidence?.mention?.text]).toEqual(['Tom Kell', 'Tom Kell']);
  });
});

describe('cue subjects: time phrases and group descriptions before the verb', () => {
  const speakerOf = (text: string) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct');
    return q?.evidence?.mention?.text;
  };
  test.each([
    [
      'The County Board only three weeks ago said in public that “sealed” papers had gone missing.',
      'The County Board',
    ],
    ['Tom Kell at the time said he had asked his “people” to help.', 'Tom Kell'],
    [
      'Supporters of the new levy, however, say it would make the county an “umpire.”',
      'Supporters of the new levy',
    ],
  ])('%s', (text, mention) => {
    expect(speakerOf(text)).toBe(mention);
  });
});

describe('cue subjects: closed relative clauses after a name, in more forms', () => {
  const mentionOf = (paras: string[]) =>
    run(paras, society).quotes.find((x) => x.kind === 'direct')?.evidence?.mention?.text;
  test('"Kell, meanwhile, who has no backers yet, said": a sentence adverb before "who"', () => {
    expect(
      mentionOf([
        'Ann Roe has 31 endorsements on the council, where her rival Tom Kell serves. Kell, meanwhile, ' +
          'who has no such backers yet, said that alone shows who is "fit to lead."',
      ]),
    ).toBe('Kell');
  });
});

describe('a title inside an appositive does not end the subject before the verb', () => {
  test.each<[string[], QuoteExpectation[]]>([
    [
      ['Sam Roe, a contestant on “The Show,” who went on to work with Tom Kell, said “we were all tired.”'],
      [
        ['The Show', null, 'scare'],
        ['we were all tired', 'Sam Roe', 'direct'],
      ],
    ],
    [
      ['Ann Roe, the author of “Fast Boats,” about the port, said the town once had “a shared story.”'],
      [
        ['Fast Boats', null, 'scare'],
        ['a shared story', 'Ann Roe', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));
});
