/**
 * cue-subjects.ts: the subject of a speech cue, before the verb ("X, a nurse, said") or after it ("said X"),
 * with the role an appositive gives.
 */
import { describe, expect, test } from 'vitest';
import {
  type AttributionCase,
  expectAttribution,
  expectSpeakers,
  namedRegistry,
  type QuoteCase,
  quotesIn,
  run,
  type SpeakerCase,
} from './helpers.ts';

const society = namedRegistry('society');

test('a closed relative clause opened by a contracted "who’s" is skipped back to the subject', () => {
  const a = run(['The Dover Herald, who’s weighing a run, said it was “hopeless” for anyone to win.']);
  expect(a.quotes.find((q) => q.kind === 'direct')!.evidence?.mention?.text).toBe('The Dover Herald');
});

test('a pronoun with a contracted auxiliary is the mention, without the auxiliary', () => {
  const a = run(['Since Ann Roe declared last year, she’s said one thing at every stop: “It is about us.”']);
  expect(a.quotes.find((q) => q.kind === 'direct')!.evidence?.mention?.text).toBe('she');
});

test('after a fronted clause with no comma, the pronoun opening the main clause is the mention', () => {
  const a = run([
    'Tom Kell left the room to call the harbour master.',
    'When he came back he opened by saying, “The port will stay open all winter.”',
  ]);
  const q = a.quotes.find((x) => x.kind === 'direct')!;
  expect([q.speaker.name, q.evidence?.mention?.start]).toEqual(['Tom Kell', 18]);
});

test('a participle after a subordinate clause whose pronoun is the same speaker takes that pronoun', () => {
  const text =
    'Mayor Ann Roe has been criticised for the plan, though at a meeting last week she used stronger ' +
    'words, saying the port “must stay open.”';
  const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
  expect([q.speaker.name, q.evidence?.mention?.text, q.evidence?.mention?.start]).toEqual([
    'Ann Roe',
    'she',
    text.indexOf(' she ') + 1,
  ]);
});

describe('a participle after a clause with no comma before it: its pronoun, if the same speaker', () => {
  test.each([
    // was shown through "Ann Roe"
    ['Ann Roe admitted some fault even as she defended the plan, saying, “Most of it is sound.”', 'she'],
    ['Ann Roe changed her slogan Saturday when she named her deputy, calling him “my partner.”', 'she'],
    // negative: the pronoun may stand for the person named after the subject
    ['Mark Cole praised Ann Roe when she won, calling it “a fine feat.”', 'Mark Cole'],
    ['Mark Cole praised him when he won, calling it “a fine feat.”', 'Mark Cole'],
  ])('%s', (text, mention) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    const speaker = text.split(' ').slice(0, 2).join(' ');
    expect([q.speaker.name, q.evidence?.mention?.text]).toEqual([speaker, mention]);
  });
});

describe('a pronoun cue in a clause under its sentence’s named subject: shown through the name', () => {
  test.each([
    // were shown through "he"/"she"
    ['Tom Kell keeps attacking what he calls the “dock lobby” at every meeting of the board.', 'Tom Kell'],
    ['Ann Roe said she rarely asks aides to speak for her, “except for people I trust.”', 'Ann Roe'],
    // negative: the pronoun opens a clause of its own, after a comma, "and" or a subordinator
    ['Ann Roe met the board, and she told them the plan was “a start.”', 'she'],
    ['Ann Roe spoke last week, when she told the board it was “a start.”', 'she'],
  ])('%s', (text, mention) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    const how = mention === 'she' ? 'pronoun' : 'name';
    const speaker = text.split(' ').slice(0, 2).join(' ');
    expect([q.speaker.name, q.evidence?.mention?.text, q.evidence?.how]).toEqual([speaker, mention, how]);
  });
});

describe('a sentence whose subject was asked: the quoted question is the asker’s', () => {
  test.each([
    [
      'Ann Roe was asked by moderator Tom Kell whether the plan would “add a costly new programme.”',
      'Tom Kell',
    ],
    ['Ann Roe was asked by Tom Kell, who backs her, “Do you still want the job?”', 'Tom Kell'],
  ])('%s', (text, name) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.name, q.evidence?.mention?.text.endsWith(name)]).toEqual([name, true]);
  });
});

describe('cue subjects: the name before an appositive, after "said", not a month or a day', () => {
  test.each<AttributionCase>([
    [
      'appositive then says that',
      ['David Ross, a US State Department official, says that the talks are “stuck in the mud for now”.'],
      [['stuck in the mud', 'david-ross']],
    ],
    [
      'unregistered speaker with role',
      ['“We will rebuild,” said Amina Yusuf, a nurse in Khan Younis.'],
      [['We will rebuild', 'Amina Yusuf']],
    ],
    [
      'said X at the time: the subject ends before "at"',
      ['“We will meet again,” said Amina Yusuf at the time.'],
      [['We will meet again', 'Amina Yusuf']],
    ],
    [
      'a possessive name, then the role',
      ['“We raised a lot,” Jo Marsh, Kell’s campaign manager, said.'],
      [['We raised a lot', 'Jo Marsh']],
    ],
    [
      'a plural possessive, then the role',
      ['“We raised a lot,” Jo Marsh, Ames’ lawyer, said.'],
      [['We raised a lot', 'Jo Marsh']],
    ],
    [
      'a role without a determiner',
      ['“We are not done,” Al Penn, executive director of the Tide Fund, said.'],
      [['We are not done', 'Al Penn']],
    ],
    [
      'a name, where the person is from, then the role',
      [
        'State Sen. Ola Brandt of Dover, a Kell supporter, said the vote would help.',
        '“It is not all or nothing,” she said.',
      ],
      [['It is not all or nothing', 'Ola Brandt']],
    ],
    [
      'month and day are not names',
      ['“We will meet again,” said Mansour on Monday in June.'],
      [['We will meet again', 'laila-mansour']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('cue subjects: a relative clause, an adverb or a participle between a subject and its verb', () => {
  test.each<SpeakerCase>([
    [
      ['Tariq Mahmoud, who drives a taxi in Amman, said business had collapsed. “Nobody travels,” he said.'],
      [['Nobody travels', 'Tariq Mahmoud']],
    ],
    [
      ['Marco Bellini, whose family farms near Verona, said the drought was “the worst in memory”.'],
      [['the worst in memory', 'Marco Bellini']],
    ],
    [
      ['Syria’s Bashar al-Assad, meanwhile, said the West “has learned nothing”.'],
      [['has learned nothing', 'Bashar al-Assad']],
    ],
    [['Laila Mansour, however, told reporters the deal was “dead”.'], [['dead', 'laila-mansour']]],
    // a pronoun with a contracted auxiliary
    [
      ['Since Ann Roe declared last year, she’s said one thing at every stop: “It is about us.”'],
      [['It is about us', 'Ann Roe']],
    ],
    // a sentence adverb after a pronoun subject
    [
      [
        'Ann Roe spoke on Monday.',
        'She vowed to fix the roads and she, once again, promised a “fresh start”.',
      ],
      [['fresh start', 'Ann Roe']],
    ],
    // a place's state after the circumstance's place belongs to the circumstance
    [
      ['Ann Roe, during a rally in Dayton, Ohio, said she would “fight every day.”'],
      [['fight every day', 'Ann Roe']],
    ],
    [
      ['Lucia Ferrante, for her part, said: “We have heard this before.”'],
      [['We have heard', 'Lucia Ferrante']],
    ],
    [
      ['“We are ready,” said Tom Kell, who added that the port needs “a quay that floods less.”'],
      [
        ['We are ready', 'Tom Kell'],
        ['a quay that floods less', 'Tom Kell'],
      ],
    ],
    [
      ['Tom Kell spoke first.', 'And he was careful to point out that the harbour “was never for sale.”'],
      [['was never for sale', 'Tom Kell']],
    ],
    [
      ['Ann Roe spoke next.', 'But she wanted to know, “Who pays for the dredging?”'],
      [['Who pays', 'Ann Roe']],
    ],
    // negatives: a relative clause without a name before it, an adverb after a common noun
    [
      ['Those who fled, many of them children, said they were “hungry and afraid”.'],
      [['hungry and afraid', null]],
    ],
    [['The old farmer, meanwhile, said the rain was “too late”.'], [['too late', null]]],
  ])('%j', expectSpeakers);

  test.each<QuoteCase>([
    // a participle phrase between a titled name and the verb
    [
      [
        'Interior Minister Lucia Ferraro, visiting the island, said Italy would “not be the only harbour ' +
          'in Europe”.',
      ],
      [['not be the only harbour', 'Lucia Ferraro', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('cue subjects: a name in apposition after a description speaks, the description is the role', () => {
  test.each<QuoteCase>([
    // "said <description>, <Name>": the name speaks
    [
      ['“This is not over,” said the group’s chairman, Tom Reeve. “They picked the wrong village.”'],
      [
        ['This is not over', 'Tom Reeve', 'direct'],
        ['They picked the wrong village', 'Tom Reeve', 'direct'],
      ],
    ],
    [
      [
        'Our correspondent in Oslo, Ann Dahl, sends this: “The streets are empty tonight and the trams ' +
          'have stopped.”',
      ],
      [['The streets are empty', 'Ann Dahl', 'direct']],
    ],
    // "according to <description>, <title> <Name>"
    [
      ['The fire was “entirely preventable”, according to the chair of the inquiry, Judge Margaret Ellis.'],
      [['entirely preventable', 'Margaret Ellis', 'direct']],
    ],
    // "said <job words> <Name>": the name speaks, also with a place after it
    [
      ['“It is a warning sign,” said election lawyer Ruth Kagan. “Nothing more.”'],
      [
        ['It is a warning sign', 'Ruth Kagan', 'direct'],
        ['Nothing more', 'Ruth Kagan', 'direct'],
      ],
    ],
    [
      ['“I have not decided,” said undecided voter Lena Ortiz of Dover, before the rally.'],
      [['I have not decided', 'Lena Ortiz', 'direct']],
    ],
    // negatives: no job word before the name
    [['“We part here,” said goodbye to Lena Ortiz.'], [['We part here', null, 'scare']]],
  ])('%j', quotesIn(society));
});

describe('cue subjects: a group with a place after its noun is the subject, not the place', () => {
  test.each<QuoteCase>([
    [
      ['Officials in Madrid insisted it was a “reorganisation of forces, not a retreat”.'],
      [['reorganisation of forces', null, 'direct']],
    ],
  ])('%j', quotesIn(society));

  test('"“…?” a Labour staffer in the room wondered": the staffer asks, not the room', () => {
    const q = run(['“Will it pass?” a Labour staffer in the room wondered.']).quotes[0]!;
    expect(q.speaker.description).toBe('a Labour staffer in the room');
  });

  test('"a judge fined a man after the man had posted": the clause after "after" has its subject', () => {
    const q = run([
      'In Kent, a judge in May fined a fisherman after the man had posted that boats should “sink” at sea.',
    ]).quotes.find((x) => x.text === 'sink')!;
    expect(q.evidence?.mention?.text).toBe('the man');
  });
});

describe('cue subjects: the object of a preposition before the verb is no subject', () => {
  test.each<[string, string]>([
    // the phrase it hangs on speaks ("Roe's email", "Another source"), not the voters or the paper
    [
      'Ann Roe’s campaign email to her voters notes that Tom Kell “is a civil rights lawyer.”',
      'Ann Roe’s campaign email',
    ],
    [
      'Another port source speaking to the Dover Herald said, “The agents are still looking.”',
      'Another port source',
    ],
    // "but on a radio show said": the sentence's subject goes on
    [
      'The clerk first said nothing of it, but on a radio show last week said she felt “sick about it.”',
      'The clerk',
    ],
  ])('%s -> %s', (text, mention) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });

  test('negative: a name with a preposition inside is not cut at it', () => {
    const q = run(['The Council on Port Relations said it was “a hard year.”']).quotes[0]!;
    expect(q.evidence?.mention?.text).not.toBe('The Council');
  });
});

describe('cue subjects: a county after a person’s home ends where they come from', () => {
  test('"Ann Roe of Dover, Kent says …": Ann Roe speaks, not Kent', () => {
    const q = run(['Ann Roe of Dover, Kent says she thinks Kell can “win it all.”']).quotes.find(
      (x) => x.kind === 'direct',
    )!;
    expect([q.speaker.name, q.evidence?.mention?.text]).toEqual(['Ann Roe', 'Ann Roe']);
  });
});

describe('cue subjects: a day after the verb dates the statement, the subject is before it', () => {
  test.each<QuoteCase>([
    [
      ['Ann Roe, who has long doubted the count, said Friday that the tally “cannot be trusted.”'],
      [['cannot be trusted', 'Ann Roe', 'direct']],
    ],
    [
      ['Ann Roe, in Dover, said Tuesday that Tom Kell was “a lightweight.”'],
      [['a lightweight', 'Ann Roe', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('cue subjects: a name opening the clause, set off by commas before the verb, speaks', () => {
  test.each<QuoteCase>([
    // an appositive without an article
    [
      ['Ruth Kagan, deputy port security adviser, said the plan “will hold.”'],
      [['will hold', 'Ruth Kagan', 'direct']],
    ],
    // a relative clause with a comma inside it, ending in a place
    [
      ['Tom Kell, who farms on the edge of the county town, Dover, said he was “fed up.”'],
      [['fed up', 'Tom Kell', 'direct']],
    ],
    // a possessive and a name inside the appositive are not the speaker
    [
      ['Lena Ortiz, Ann Roe’s former campaign manager, said it was “a disgrace.”'],
      [['a disgrace', 'Lena Ortiz', 'direct']],
    ],
    [
      ['Lena Ortiz, chair of Coast Rising (a lobby group), said it was “a disgrace.”'],
      [['a disgrace', 'Lena Ortiz', 'direct']],
    ],
    // negatives: a circumstance opens the clause, not a name
    [
      ['After meeting Ann Roe, the harbour master, Tom Kell, said it was “a disgrace.”'],
      [['a disgrace', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('cue subjects: a description ending in a body’s name, then the person’s name', () => {
  test.each<QuoteCase>([
    [
      ['Norway’s envoy to the United Nations, Ruth Kagan, said a deal was “within reach” by Friday.'],
      [['within reach', 'Ruth Kagan', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('cue subjects: "said former Gov. and party chair X": two roles after a title, then the name', () => {
  test.each<SpeakerCase>([
    [
      ['“We will hold the county,” said former Ohio Gov. and party chair Tom Reyes.'],
      [['We will hold the county', 'Tom Reyes']],
    ],
    [
      ['“Turnout decides it,” said Sen. and Harbor Party Chairman Ana Lind. “Nothing else.”'],
      [
        ['Turnout decides it', 'Ana Lind'],
        ['Nothing else', 'Ana Lind'],
      ],
    ],
    // negative: no full name after the roles, nobody is made up
    [['“We will win,” said the Gov. and his aides.'], [['We will win', null]]],
  ])('%j', expectSpeakers);
});

describe('cue subjects: "said the host of “Title”": the description before a quoted title speaks', () => {
  test.each([
    ['“Engage every voter,” wrote the authors of the “Harbor Plan,” citing the last defeat.', 'the authors'],
    ['“Engage every voter,” said the host of “Harbor Talk.”', 'the host'],
  ])('%s -> %s', (text, description) => {
    const q = run([text]).quotes[0]!;
    expect([q.speaker.description, q.evidence?.mention?.text]).toEqual([description, description]);
  });
});

describe('cue subjects: an auxiliary and its adverb before the verb are no part of the subject', () => {
  test.each<[string, string]>([
    ['The local press has always claimed to be “fair to all.”', 'the local press'],
    ['Ann Roe met the board. Since 2009 she has often told it that “I never lost a vote.”', 'Ann Roe'],
  ])('%s', (text, who) => {
    const q = run(text.split(' | ')).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name ?? q.speaker.description).toBe(who);
  });
});

describe('cue subjects: "one in five", "supporters of reform" are whole subjects, not the last word', () => {
  test.each<[string, string]>([
    ['About one in five say they may skip the vote.', 'about one in five'],
    ['Several supporters of reform said it was too late.', 'several supporters of reform'],
  ])('%s', (text, who) => {
    const q = run([text]).quotes.find((x) => x.kind === 'reported')!;
    expect(q.speaker.description).toBe(who);
  });
});

describe('cue subjects: with a subject before the verb, the phrase after "said" opens the clause', () => {
  test.each<SpeakerCase>([
    [
      ['The mayor, who represents the east ward, said Vale’s remarks “have done harm to the town.”'],
      [['have done harm', 'the mayor']],
    ],
    [
      ['For now, Tom Kell, at the Dover Institute, said Ruritania and Freedonia have a “modus vivendi.”'],
      [['modus vivendi', 'Tom Kell']],
    ],
  ])('%j', (paragraphs, rows) => {
    const qs = run(paragraphs).quotes.filter((q) => q.kind === 'direct');
    expect(qs.map((q) => [q.text, q.speaker.name ?? q.speaker.description])).toEqual(
      rows.map(([t, s]) => [expect.stringContaining(t), s]),
    );
  });
});

describe('cue subjects: "Roe, an aide said, “…”" inserts a speaker; "Roe, an aide, said" is not', () => {
  test.each<[string, string]>([
    ['Tom Vale, a senior aide said, “is very sure of the plan” and more.', 'a senior aide'],
    ['Tom Vale, a senior aide, said “the plan is sure.”', 'Tom Vale'],
  ])('%s', (text, who) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name ?? q.speaker.description).toBe(who);
  });
});

describe('cue subjects: "X, which Roe claims …" with no comma before the verb is Roe’s claim', () => {
  test.each<[string, string]>([
    [
      'Ann Roe praised the summit in Dover, Kent, which Tom Kell claims showed “the core of the party.”',
      'Tom Kell',
    ],
    // negative: a relative clause closed by a comma describes the body that speaks
    ['The Dover Port Trust, which runs the harbour, said the quay was “full.”', 'Dover Port Trust'],
  ])('%s', (text, who) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name ?? q.speaker.description).toBe(who);
  });
});

describe('cue subjects: the agent of a passive participle in the subject is not the speaker', () => {
  test.each<[string, string]>([
    [
      'A May 1 letter from the union obtained by the Dover Herald warns that “any more use goes to court.”',
      'A May 1 letter from the union',
    ],
    // negative: a relative clause closed by a comma leaves the name before it the subject
    ['Ann Roe, who was backed by Tom Kell, said the quay was “unsafe.”', 'Ann Roe'],
  ])('%s', (text, mention) => {
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});
