/**
 * speech-cues.ts: speech cues in a paragraph ("X said", "said X", "according to X", "what X described as")
 * and the clause each one reports.
 */
import { describe, expect, test } from 'vitest';
import { notSpeechUse } from '../../../src/analysis/verb-use.ts';
import {
  type AttributionCase,
  expectAttribution,
  namedRegistry,
  type QuoteCase,
  quoteRows,
  quotesIn,
  type ReportedCase,
  reportedRows,
  run,
} from './helpers.ts';

const society = namedRegistry('society');
const world = namedRegistry('world');

describe('speech cues: a verb after or before its subject, "according to", "what X described as"', () => {
  test.each<AttributionCase>([
    ['verb after, name', ['“The dam is ours,” Alemu said.'], [['The dam is ours', 'tesfaye-alemu']]],
    ['verb after, inverted', ['“The dam is ours,” said Alemu.'], [['The dam is ours', 'tesfaye-alemu']]],
    [
      'tells + object is not the speaker',
      ['“Water is life,” Mansour tells Fixture Wire.'],
      [['Water is life', 'laila-mansour']],
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
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each([[['One resident told Reuters: “We were told to leave.”'], [['We were told to leave.', null]]]])(
    '%j',
    (paras, rows) => {
      expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
    },
  );
});

describe('speech cues: in "whom he described as “…”" the relative clause\'s own subject speaks', () => {
  test.each([
    // was a scare quote with no speaker: the cue's subject was read as "whom he"
    ['Ben Ortiz praised the marchers, whom he described as "calm and kind," before he left.', 'he'],
    // was shown through "whom Roe"
    ['Ann Roe beat Tom Hale, whom Roe described as "a bully and a bore."', 'Roe'],
    ['The plan that Ann Roe described as "a mess from the start" failed.', 'Ann Roe'],
  ])('%s', (text, mention) => {
    const direct = run([text]).quotes.find((x) => x.kind === 'direct');
    expect(direct?.speaker.name).toMatch(/^(Ben Ortiz|Ann Roe)$/);
    expect([direct?.evidence?.mention?.text, direct?.evidence?.cue?.text]).toEqual([mention, 'described']);
  });
});

describe('speech cues: "X, said …": an inverted subject is a noun phrase, never a clause with a verb', () => {
  test.each<QuoteCase>([
    [
      [
        'The city’s housing chief, Ravi Shah, said the plan was late. ' +
          '“We should have started in 2019,” he said.',
      ],
      [['We should have started in 2019', 'Ravi Shah', 'direct']],
    ],
    // negative: a comma after a name followed by "said the …" does not make the clause the speaker
    [['Ravi Shah, said the report, had “no answers”.'], [['no answers', null, 'direct']]],
  ])('%j', quotesIn(society));
});

describe('speech cues: "said a/an <person> to X", "said former Sen. X": who speaks after the verb', () => {
  const speakers = (paras: string[]) =>
    run(paras, society)
      .quotes.filter((q) => q.kind !== 'reported')
      .map((q) => [q.kind, q.speaker.name ?? q.speaker.description ?? null]);
  test.each([
    ['“It will pass,” said an adviser to the mayor.', ['direct', 'an adviser']],
    [
      '“It will pass,” said a harbour official who has worked on the plan for years.',
      ['direct', 'a harbour official'],
    ],
    ['“It will pass,” said former Sen. Ann Roe, a moderate.', ['direct', 'Ann Roe']],
    // a relative clause with "that", or a phrase naming them, still describes the person after "said"
    ['“It will pass,” said the owner of a stall that mends nets.', ['direct', 'the owner of a stall']],
    ['“It will pass,” said the fleet captain known as Ann.', ['direct', 'the fleet captain']],
    // negative: a noun phrase with its own verb after "said" is a reported clause, not the speaker
    ['“It will pass,” said the plan to widen the road would fail.', ['scare', null]],
    ['Ann Roe, the whip, said the two members who voted against would “face a talk”.', ['direct', 'Ann Roe']],
  ])('%s', (text, row) => {
    expect(speakers([text])).toEqual([row]);
  });
});

describe('speech cues: "states" is a verb of saying only right beside a quote', () => {
  const speakers = (paras: string[]) =>
    run(paras, society)
      .quotes.filter((q) => q.kind !== 'reported')
      .map((q) => [q.kind, q.evidence?.mention?.text ?? null, q.cue]);
  test.each([
    [
      '“The port is safe,” the board states in its report. “The vote will wait.”',
      [
        ['direct', 'the board', 'the board states'],
        ['direct', 'the board', 'the board states'],
      ],
    ],
    ['The memo states: “No boat may dock at night.”', [['direct', 'The memo', 'The memo states']]],
    // negatives: the noun after a quote or a number is no cue
    ['Ann Roe toured the “swing” states in May.', [['scare', null, null]]],
    ['Tom Kell won “a clean sweep” of 11 states on Tuesday.', [['scare', null, null]]],
  ])('%s', (text, rows) => {
    expect(speakers([text])).toEqual(rows);
  });
});

describe('speech cues: verbs of manner introduce quotes', () => {
  test.each<QuoteCase>([
    [
      ['Tom Vance runs the cafe. “Nobody comes in before ten,” he laughed.'],
      [['Nobody comes in before ten', 'Tom Vance', 'direct']],
    ],
    [
      ['“I might retire one day,” joked Tom Vance, who is 91.'],
      [['I might retire one day', 'Tom Vance', 'direct']],
    ],
    [['Tom Vance sighed. “Again?” he sighed.'], [['Again?', 'Tom Vance', 'direct']]],
    [['“Not bad for a Tuesday,” quipped Ella Ross.'], [['Not bad for a Tuesday', 'Ella Ross', 'direct']]],
    // after a modal the bare form introduces the quote
    [
      ['The date was so odd that Ella Ross could only quip: “I guess the dock was booked.”'],
      [['I guess the dock was booked.', 'Ella Ross', 'direct']],
    ],
    // negative: laughing off a question names no reported clause and no speaker for a later quote
    [['The crowd laughed. “Go home,” someone shouted.'], [['Go home', null, 'direct']]],
    // ", shouting “…”" continues the sentence's speaker like ", saying"
    [
      ['Tom Vance left the hall, shouting “the tram will be back by May!”'],
      [['the tram', 'Tom Vance', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('speech cues: a participle after a subordinate clause whose main subject says nothing', () => {
  test.each([
    [
      'The first clash came at a rally in Dover, when harbour protesters interrupted the mayor, ' +
        'shouting “she sells, we lose!”',
      'harbour protesters',
    ],
    // negative: a main subject that can speak keeps the participle
    [
      'Tom Vance left the hall after the vote, when the count was read out, shouting “the tram stays!”',
      'Tom Vance',
    ],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});

describe('speech cues: a participle right after a clause that sets a scene is its subject’s', () => {
  test.each([
    [
      '“Who counts the votes?” Ann Roe asks as a delivery guy comes by, saying he is “here for the bins.”',
      'a delivery guy',
    ],
    [
      'Ann Roe opened the session with a film in which young fans waved flags, chanting “open the gates!”',
      'young fans',
    ],
    // a plain present ("use"), which no verb pattern finds: the words after "in which" are still the subject
    [
      'The Roe campaign began with an ad in which children use a toy crane to smash a ship, yelling “sink!”',
      'children',
    ],
    // negatives: a pronoun opening the clause is the main subject again; "known as" opens no clause; "as
    // mayor serving" is no clause with a subject
    ['Ann Roe left the hall as she waved to the crowd, saying “the tram stays!”', 'Ann Roe'],
    ['Ann Roe spoke of her time as mayor serving the port, saying “we had lean years.”', 'Ann Roe'],
    ['Tom Kell, known as a hawk, spoke at noon, saying “the tram stays!”', 'Tom Kell'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society)
      .quotes.filter((x) => x.kind === 'direct')
      .pop()!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});

describe('speech cues: a verb right after ", and" shares the sentence’s subject, not the name before', () => {
  test('"… had ever “attacked” Tom Kell, and said …": the aide speaks, not Kell', () => {
    const text =
      'The port board’s aide denied that Ann Roe had ever “attacked” Tom Kell, and said she “likes him.”';
    const a = run([text], society);
    for (const q of a.quotes.filter((x) => x.kind === 'direct'))
      expect(q.evidence?.mention?.text).toBe('The port board’s aide');
  });
});

describe('speech cues: "prompting X to call", "called for"; the noun "calls for" is no cue', () => {
  test.each<QuoteCase>([
    [
      ['Prices rose again, prompting Finance Minister Ola Berg to call the figures “a warning sign”.'],
      [['a warning sign', 'Ola Berg', 'direct']],
    ],
    // negative: "to call" without someone prompted is not a speech cue
    [['Voters were asked to call the hotline “day or night”.'], [['day or night', null, 'scare']]],
    // "called for" is speech, unless it is the noun ("rejecting calls for")
    [
      [
        'Ruth Kamau, a lawyer for the families, said the talks were stuck.',
        'She called for a ceasefire and for “unconditional, unhindered access” for convoys.',
      ],
      [['unconditional, unhindered access', 'Ruth Kamau', 'direct']],
    ],
    [
      [
        'Ruth Kamau said the talks would continue “until every hostage is home”, rejecting calls for ' +
          'a pause.',
      ],
      [['until every hostage is home', 'Ruth Kamau', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('speech cues: bodies speaking through other verbs (urged, thanked …, saying, accused)', () => {
  test.each<QuoteCase>([
    [
      ['China’s foreign ministry on Monday urged the United States to “stop arming Taiwan” after the sale.'],
      [['stop arming Taiwan', 'china', 'direct']],
    ],
    [
      [
        'Taiwan’s defence ministry thanked Washington, saying in a statement that the weapons would ' +
          '“help maintain peace”.',
      ],
      [['help maintain peace', 'taiwan', 'direct']],
    ],
    [
      [
        'Oxfam, the British charity, went further. It accused Israel of using starvation ' +
          '“as a weapon of war”.',
      ],
      [['as a weapon of war', 'Oxfam', 'direct']],
    ],
    // negatives: a passive or adjectival use names no speaker
    [['He was accused of “treachery” by the state media.'], [['treachery', null, 'scare']]],
    [['The ships sailed on, saying nothing.'], []],
  ])('%j', quotesIn(world));
});

describe('speech cues: ", saying" after a predicate the sentence subject reaches past commas or "to"', () => {
  test.each<QuoteCase>([
    // the comma before the predicate closes what describes the opening name: it is no fronted participle
    [
      [
        'Tom Kell, founder of the Dover Growers Guild and a member of the county board since 1990, ' +
          'endorsed Roe last week, saying she “has always stood by the farmers.”',
      ],
      [['has always stood by the farmers.', 'Tom Kell', 'direct']],
    ],
    [
      [
        'Mara Doyle, the river activist and lawyer, backed the plan Saturday, saying she believed ' +
          '“we need to focus on the valley.”',
      ],
      [['we need to focus on the valley.', 'Mara Doyle', 'direct']],
    ],
    // a speech verb after "to" is an infinitive, not the sentence's predicate
    [
      [
        'Continuing to explain his view, Tom Kell rejected the idea that the vote was over, saying ' +
          'that if he “found something rotten, I would fix it.”',
      ],
      [['found something rotten, I would fix it.', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('speech cues: a gerund of saying after "by", "upon" … takes the sentence subject', () => {
  // the quote reaches its speaker through the verb of saying, not only as its sentence subject (weak)
  test.each<[string, string, string]>([
    [
      'Lena Ortiz, herself a Roe supporter, drew boos upon saying, “Roe heard the people.”',
      'Lena Ortiz',
      'adjacent',
    ],
    ['Tom Kell closed the meeting by saying the levy was “a burden we can carry.”', 'Tom Kell', 'sentence'],
  ])('%s', (text, speaker, link) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.name, q.evidence?.link]).toEqual([speaker, link]);
  });
});

describe('speech cues: retorts that only introduce a quote ("shot back", "hit back", "retaliated")', () => {
  test.each<QuoteCase>([
    [
      ['“Kell wants to look tough tonight,” Roe shot back.'],
      [['Kell wants to look tough tonight,', 'Roe', 'direct']],
    ],
    [
      ['“Dover will always be Dover,” an angry Tom Kell retaliated.'],
      [['Dover will always be Dover,', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('speech cues: verbs that only introduce a quote beside it ("the memo read", "Roe charged")', () => {
  test.each<QuoteCase>([
    [
      ['“The levy stays until the bridge is paid for,” Roe charged.'],
      [['The levy stays until the bridge is paid for,', 'Roe', 'direct']],
    ],
    [['“See you at the count,” Ann Roe posted on Sunday.'], [['See you at the count,', 'Ann Roe', 'direct']]],
    [['“Will the ward stay open?” Roe pressed.'], [['Will the ward stay open?', 'Roe', 'direct']]],
    [
      ['The levy was, as Ann Roe put it, “a burden we can carry.”'],
      [['a burden we can carry', 'Ann Roe', 'direct']],
    ],
    [
      ['“Stay home on polling day,” Tom Kell exhorted.'],
      [['Stay home on polling day,', 'Tom Kell', 'direct']],
    ],
    [
      ['“We ran out of ballots by noon,” remembered Tom Kell.'],
      [['We ran out of ballots by noon,', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(society));

  test('the writer: “…,” I confessed', () => {
    const q = run(['“That was a mistake,” I confessed.'], society).quotes[0]!;
    expect([q.kind, q.speaker.description]).toEqual(['direct', 'the author']);
  });

  test('a text that speaks: “…,” the county notice read', () => {
    const q = run(['“Polls close at eight sharp,” the county notice read.'], society).quotes[0]!;
    expect([q.kind, q.speaker.description, q.evidence?.how]).toEqual([
      'direct',
      'the county notice',
      'description',
    ]);
  });

  test('they report no clause: "Roe remembered that …" is no reported statement', () => {
    const a = run(
      ['Ann Roe remembered that the ward closed early and charged the board with delay.'],
      society,
    );
    expect(a.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('speech cues: a description before an "-s" present is the subject of a sentence that quotes', () => {
  test.each([
    ['The ad targets a “county board that never reads its own budget.”', 'the ad', 'low'],
    ['The Roe campaign projects that the levy “would raise a million a year.”', 'The Roe campaign', 'low'],
    // negatives: a capitalised head ("The Harbourside arts festival": "arts" is no verb), a thing that says
    // nothing
    [
      'The Harbourside arts festival opens with what its staff call “our boldest week”.',
      undefined,
      undefined,
    ],
    ['The old bridge sways in what locals call “the Dover wind”.', undefined, undefined],
  ])('%s -> %s', (text, description, confidence) => {
    const q = run([text], society).quotes.find((x) => x.kind !== 'reported')!;
    expect([q.speaker.description, q.confidence ?? undefined]).toEqual([description, confidence]);
  });
});

describe('speech cues: an opening pronoun is the subject of a sentence with no past ("He seeks “…”")', () => {
  test.each([
    ['Tom Kell sued the port. He also seeks “a ban on all further sales of the docks.”', 'Tom Kell'],
    ['Ann Roe spoke last. She wants the board “to stop the sale before the summer.”', 'Ann Roe'],
    // negative: "It" opening a sentence is no one to follow back here
    ['Tom Kell sued the port. It remains “a scar on the waterfront for all to see.”', null],
  ])('%s -> %s', (text, speaker) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name ?? null).toBe(speaker);
  });
});

describe('speech cues: an irregular past ("found", "laid") is the predicate of a quoting sentence', () => {
  test.each([
    [
      'A 2019 harbour board report found “no sign of a cover-up at the docks.”',
      'A 2019 harbour board report',
    ],
    [
      'The two harbour unions laid out “a plan to save every berth in the old port.”',
      'The two harbour unions',
    ],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});

describe('speech cues: "X, who …, mocked “…”": a closed relative clause is skipped for the main verb', () => {
  test.each([
    ['Tom Kell, who has a big lead in the count, mocked Roe for “running out of road.”', 'Tom Kell'],
    ['Tom Kell, who declined to comment, proposes a plank: “The harbour stays open to all.”', 'Tom Kell'],
    // the relative clause is not closed: its verb is the sentence's first
    ['Tom Kell met Ann Roe, who has called the levy “a tax on trust.”', 'who'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.name, q.evidence?.mention?.text]).toEqual([
      mention === 'who' ? 'Ann Roe' : 'Tom Kell',
      mention,
    ]);
  });

  // so is a circumstance set off by commas ("in its daily summary Monday")
  test.each([
    [
      'The Kell campaign, in its summary Monday, emailed a story reporting that “Roe is losing her grip.”',
      'The Kell campaign',
    ],
    ['Tom Kell, on a call Friday, criticized Roe for “twisting what had happened at the docks.”', 'Tom Kell'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});

describe('speech cues: ", with X noting “…”": the one named after "with" speaks', () => {
  test.each([
    [
      'Kell and Bo Ruddle used the harshest words, with Ruddle recently promising to “shut the port.”',
      'Ruddle',
    ],
    [
      'Kell and her backers linked Roe to the mayor, with two of their ads asking, “Is Roe fit to serve?”',
      'ads',
    ],
    // no "with" before the participle: the sentence's subject says it
    ['Tom Kell left the hall with his head high, saying “we will be back.”', 'Kell'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toContain(mention);
  });
});

describe('speech cues: beside a characterising cue, the sentence subject speaks the other quotes', () => {
  test.each<QuoteCase>([
    [
      ['Tom Kell called the levy “a disgrace” and ranked the board among the worst “in the port’s history.”'],
      [
        ['a disgrace', 'Tom Kell', 'direct'],
        ['in the port’s history.', 'Tom Kell', 'direct'],
      ],
    ],
    // negative: a quote that ends the sentence before stays with its own speaker
    [
      ['“You promised a quay,” Ann Roe said. “It is May, nothing is built.” Kell called it “a cheap shot”.'],
      [
        ['You promised a quay', 'Ann Roe', 'direct'],
        ['It is May', 'Ann Roe', 'direct'],
        ['a cheap shot', 'Kell', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));
});

describe('speech cues: a sentence that opens with a verb of saying ("Said Kell, “…”")', () => {
  test.each<QuoteCase>([
    [
      ['Tom Kell spoke at the fair. Said Kell, “The levy is a burden we can carry.”'],
      [['The levy is a burden', 'Tom Kell', 'direct']],
    ],
    // before, "Stated Kell:" was taken whole for a name
    [
      ['Tom Kell spoke at the fair. Stated Kell:', '“The levy is a burden we can carry.”'],
      [['The levy is a burden', 'Tom Kell', 'direct']],
    ],
    [
      ['Tom Kell spoke at the fair. Added the mayor, “The levy is a burden we can carry.”'],
      [['The levy is a burden', null, 'direct']],
    ],
  ])('%j', quotesIn(society));

  test('a description after the verb speaks', () => {
    const a = run(
      ['Tom Kell spoke at the fair. Added the mayor, “The levy is a burden we can carry.”'],
      society,
    );
    expect(a.quotes[0]!.speaker.description).toBe('the mayor');
  });
});

describe('speech cues: a time word between the subject and its verb ("later", "later Thursday")', () => {
  test.each<QuoteCase>([
    [
      ['“We expect long lines,” Roe later Thursday told reporters.'],
      [['We expect long lines,', 'Roe', 'direct']],
    ],
    [
      ['“We expect long lines,” Ann Roe later told reporters.'],
      [['We expect long lines,', 'Ann Roe', 'direct']],
    ],
    [
      ['“We expect long lines,” Ann Roe Thursday told the board.'],
      [['We expect long lines,', 'Ann Roe', 'direct']],
    ],
    [
      ['Ann Roe this week published a letter about the “shameful sale of the docks.”'],
      [['shameful sale', 'Ann Roe', 'direct']],
    ],
  ])('%j', quotesIn(society));

  // a time phrase before an adverb: ", saying" takes the whole subject, not the day
  test.each([
    [
      'Tom Kell on Monday also doubled down on his ferry plan, saying the boats were safe “on paper.”',
      'Tom Kell',
    ],
    [
      'The Kell campaign on Monday also doubled down, saying the boats were safe “on paper.”',
      'The Kell campaign',
    ],
  ])('%s -> %s', (paragraph, mention) => {
    const q = run([paragraph], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});

describe('speech cues: a speech verb used as an adjective or in the passive names no speaker', () => {
  test.each([
    ['the reported deal', 'reported', true],
    ['its stated aim', 'stated', true],
    ['it was reported', 'reported', true],
    ['he was told to leave', 'told', true],
    ['the alleged attack', 'alleged', true],
    ['repeating a false claim', 'claim', true],
    ['one last reply', 'reply', true],
    ['Ann Roe’s repeated calls to close it', 'repeated', true],
    ['Kell’s prepared remarks', 'prepared', true],
    // negatives: real speech
    ['the ministry said', 'said', false],
    ['Reuters reported that', 'reported', false],
    ['she has stated that', 'stated', false],
    ['He told reporters', 'told', false],
    ['A few critics claim', 'claim', false],
    ['Kell’s repeated the claim', 'repeated', false],
  ])('%s', (text, verb, expected) => {
    const s = text.lastIndexOf(verb);
    expect(notSpeechUse(text, s, s + verb.length)).toBe(expected);
  });

  test('a participle after a possessive is no cue: a later participle keeps the subject', () => {
    const a = run([
      'Tom Kell met Sam Dorr on Monday.',
      'Dorr, who farms, decried Kell’s repeated calls to shut the mill, noting he has “done nothing” for us.',
    ]);
    expect(quoteRows(a)[0]![1]).toBe('Sam Dorr');
  });

  test('"a false claim" is no one speaking, so "he" still finds the speaker before it', () => {
    const a = run([
      '“I was always against the tunnel,” Tom Kell said, repeating a false claim.',
      '“Nobody listened to me,” he added.',
    ]);
    expect(quoteRows(a)[1]![1]).toBe('Tom Kell');
  });

  test('a passive "it was reported" gives the quote no speaker', () => {
    const a = run([
      'Ethiopia spoke first.',
      'Troops had taken two villages, “with heavy losses”, it was reported.',
    ]);
    expect(quoteRows(a)[0]![1]).toBeNull();
  });
});

describe('speech cues: the clause a cue reports ("said that …", "according to X, …", "…, says X")', () => {
  test.each<ReportedCase>([
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
      'who said that',
      ['This was confirmed by David Ross, a US State Department official, who said that a draft existed.'],
      [['david-ross', 1, 'a draft existed']],
    ],
    ['no clause: she added.', ['“We are tired,” she added.'], []],
    ['no clause: X tells outlet', ['“We are tired,” Mansour tells Fixture Wire.'], []],
    ['no clause: wrote in 2021', ['“We are tired,” Mansour wrote in 2021.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});

describe('speech cues: ", adding that …" after "X said" shares its subject', () => {
  test.each<AttributionCase>([
    [
      'adding that',
      ['“The dam is ours,” Alemu said, adding that the delay was “a shame for the valley.”'],
      [
        ['The dam is ours', 'tesfaye-alemu'],
        ['a shame for the valley', 'tesfaye-alemu'],
      ],
    ],
    [
      'noting, after a pronoun',
      ['Mansour spoke first. “The water is low,” she said, noting that “nobody planned for this.”'],
      [
        ['The water is low', 'laila-mansour'],
        ['nobody planned for this', 'laila-mansour'],
      ],
    ],
    [
      'mentioning, without "that"',
      ['“The dam is ours,” Alemu said, mentioning the new turbines are “nearly ready to run.”'],
      [
        ['The dam is ours', 'tesfaye-alemu'],
        ['nearly ready to run', 'tesfaye-alemu'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('speech cues: an "-ly" adverb between the subject and its verb is not part of the subject', () => {
  test.each<AttributionCase>([
    ['quote, adverb', ['“The dam is ours,” Alemu firmly insisted.'], [['The dam is ours', 'tesfaye-alemu']]],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each<ReportedCase>([
    [
      'reported, adverb',
      ['Mansour strongly denied that the talks had failed.'],
      [['laila-mansour', 1, 'the talks had failed']],
    ],
    [
      'a noun in -ly after a determiner stays the subject',
      ['The family said that the dam was late.'],
      [[null, 1, 'the dam was late']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});

describe('speech cues: the clause before "…, X said" and the clause a cue interrupts', () => {
  test.each<ReportedCase>([
    [
      '…, X said',
      ['The dam will be finished before the rains, Alemu said.'],
      [['tesfaye-alemu', 1, 'The dam will be finished before the rains']],
    ],
    [
      '…, X said on a day',
      ['The talks had stalled over the water quota, Mansour said on Tuesday.'],
      [['laila-mansour', 1, 'The talks had stalled over the water quota']],
    ],
    [
      '…, X told someone',
      ['Egypt would accept a smaller quota, Mansour told Fixture Wire.'],
      [['laila-mansour', 1, 'Egypt would accept a smaller quota']],
    ],
    [
      'a clause the cue interrupts: both parts',
      ['The delta, Alemu said, would flood every spring.'],
      [['tesfaye-alemu', 1, 'The delta would flood every spring']],
    ],
    [
      'a circumstance before the cue: only the part after it',
      ['In the last three dry years, Mansour said, the farmers lost half their crops.'],
      [['laila-mansour', 1, 'the farmers lost half their crops']],
    ],
    ['a circumstance and no clause', ['When asked about the quota, Alemu said nothing.'], []],
    [
      'according to a source without a capital or a determiner',
      ['The reservoir lost a third of its water, according to satellite data from the agency.'],
      [[null, 1, 'The reservoir lost a third of its water']],
    ],
    [
      'according to: a lower-case phrase with a finite verb is no source',
      ['The canal is dry, according to what was said before.'],
      [],
    ],
    ['a participle before the cue', ['Pointing at the map, Alemu said: “Here.”'], []],
    [
      'the verb goes on with its own object: no clause before it',
      ['After the vote, Mansour pledged to restore the old canals across the delta.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});

describe('speech cues: a reported clause ends where a coordinated clause with its own cue begins', () => {
  test.each<ReportedCase>([
    [
      ', but Y warned that',
      ['Alemu said that the dam was late again, but Mansour warned that more delays were coming.'],
      [
        ['tesfaye-alemu', 1, 'the dam was late again'],
        ['laila-mansour', 1, 'more delays were coming'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});

describe('speech cues: a shouted or chanted participle after a comma takes its sentence’s subject', () => {
  test.each([
    ['Harbor protesters interrupted her speech, shouting “no new tolls!”', 'harbor protesters'],
    ['Some fans booed, chanting “bring back the tram!”', 'some fans'],
  ])('%s -> %s', (text, description) => {
    const q = run([text]).quotes[0]!;
    expect([q.kind, q.speaker.description]).toEqual(['direct', description]);
  });
});

describe('speech cues: "can be heard asking", "sang", "said master of ceremonies X", "a voice over"', () => {
  const speakers = (paras: string[]) =>
    run(paras, society)
      .quotes.filter((q) => q.kind !== 'reported')
      .map((q) => [q.kind, q.speaker.name ?? q.speaker.description ?? null]);
  test.each([
    // a participle after "be heard" / "be seen" is the verb of a progressive, not a participle after a comma
    ['“Is the bridge safe?” a reporter can be heard asking Ann Roe.', ['direct', 'a reporter']],
    ['“Is the bridge safe?” Ann Roe could be seen saying.', ['direct', 'Ann Roe']],
    ['“Is the bridge safe?” a reporter was heard asking.', ['direct', 'a reporter']],
    ['As the Harbour Players sang in 1990, “The tide comes in for everyone.”', ['direct', 'Harbour Players']],
    // a host or a master of ceremonies is a role before the name that speaks
    [
      '“Welcome back, all,” said master of ceremonies Paul Verdan, a retired builder.',
      ['direct', 'Paul Verdan'],
    ],
    ['“Welcome back, all,” said host Paul Verdan.', ['direct', 'Paul Verdan']],
    ['“Good evening,” said news anchor Dana Feld.', ['direct', 'Dana Feld']],
    // "over" ends a noun here, it is no preposition cutting the subject
    ['“Why is he hiding?” a voice over says as the screen goes dark.', ['direct', 'a voice over']],
    // a surname that is also a month, met before with the first name
    ['Lena May spoke first. “We will leave,” May said.', ['direct', 'Lena May']],
    // brackets inside the noun phrase after the verb, its head after them
    [
      '“Our town is safe,” said the Dover Ledger (City Edition) column.',
      ['direct', 'the Dover Ledger (City Edition) column'],
    ],
  ])('%s', (text, row) => {
    expect(speakers([text])).toEqual([row]);
  });
});
