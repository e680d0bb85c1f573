/** pronouns.ts: "he", "she", "it" and "they" resolved to the entity the passage is about. */
import { describe, expect, test } from 'vitest';
import {
  type AttributionCase,
  expectAttribution,
  expectSpeakers,
  namedRegistry,
  type QuoteCase,
  quoteRows,
  quotesIn,
  type ReportedCase,
  reportedRows,
  run,
  type SpeakerCase,
} from './helpers.ts';

const civic = namedRegistry('civic');
const society = namedRegistry('society');

describe('pronouns: "he" and "she" go to the last person of that gender, else the last who spoke', () => {
  test.each<AttributionCase>([
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
      'unregistered pronoun later',
      ['Ms Amina Yusuf, a nurse, was at work.', '“The water is gone,” she said.'],
      [['The water is gone', 'Amina Yusuf']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each<ReportedCase>([
    [
      'pronoun he said that',
      ['Tesfaye Alemu arrived late.', 'He said that the meeting had been moved.'],
      [['tesfaye-alemu', 2, 'the meeting had been moved']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });

  test('a gender guessed from an earlier pronoun does not override a later, better fit', () => {
    const a = run([
      'Sam Dara and Alex Kim spoke.',
      '“First,” Kim said. “Yes,” she said.',
      '“Second,” Dara said. “No,” he said.',
      '“Third,” she said.',
    ]);
    expect(quoteRows(a).map((r) => r[1])).toEqual([
      'Alex Kim',
      'Alex Kim',
      'Sam Dara',
      'Sam Dara',
      'Alex Kim',
    ]);
  });

  test.each([
    // "they" names nobody
    [['Both Amal Osman and Yusuf Idris work there. “We will stay,” they said.'], [['We will stay,', null]]],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
  });
});

describe('pronouns: the registry gender does not jump over the passage’s subject', () => {
  test.each<QuoteCase>([
    [
      ['Helena Marsh opened the meeting.', 'Sam Kerr spoke next. “We need more buses,” she said.'],
      [['We need more buses', 'Sam Kerr', 'direct']],
    ],
    // negative: a person named only as an object does not win over the registry gender
    [
      ['Helena Marsh met Sam Kerr.', '“We need more buses,” she said.'],
      [['We need more buses', 'helena-marsh', 'direct']],
    ],
  ])('%j', quotesIn(civic));

  test.each<QuoteCase>([
    // a titled name opening a sentence is the passage's subject
    [
      [
        'Nadia Okafor visited the ward.',
        'Dr Lena Marsh, a consultant at the hospital, said beds were full. ' +
          '“We are turning people away,” she said.',
      ],
      [['We are turning people away', 'Lena Marsh', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('pronouns: "he" goes to the person the previous sentence is about', () => {
  test.each<QuoteCase>([
    // not the one named after him in passing
    [
      [
        'Luca Moretti, the home favourite, beat Jonas Weber, the top seed, in the final on Sunday.',
        'Moretti, 23, fell to his knees after Weber’s last forehand sailed long. ' +
          '“I am still shaking,” he said.',
      ],
      [['I am still shaking', 'Luca Moretti', 'direct']],
    ],
    // the only person named in the previous sentence, over a woman named earlier
    [
      [
        'Ms Ann Lowe, the minister, said the vote was close.',
        'Ukraine’s ambassador to Ottawa, Olena Kovalenko, watched from the gallery. ' +
          '“Canada stood with us again today,” she wrote.',
      ],
      [['Canada stood with us again today', 'Olena Kovalenko', 'direct']],
    ],
    // negative: a previous sentence that names nobody leaves the pronoun to the person named before
    [
      [
        'Luca Moretti, the home favourite, won the final. The crowd sang for an hour. ' +
          '“I am still shaking,” he said.',
      ],
      [['I am still shaking', 'Luca Moretti', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('pronouns: an unnamed person who spoke since the named one takes "he" or "she" (nobody)', () => {
  test.each<QuoteCase>([
    [
      [
        'Her lawyer, Jane Cole, said she was sorry.',
        'One neighbour, a retired nurse, said she had lent money. “I trusted her completely,” she said.',
      ],
      [['I trusted her completely', null, 'direct']],
    ],
    // negative: with nobody unnamed in between, the named person keeps the pronoun
    [
      ['Her lawyer, Jane Cole, spoke first. “She is sorry,” she said.'],
      [['She is sorry', 'Jane Cole', 'direct']],
    ],
    // an unnamed person who "asked not to be named" (no speech) takes the pronoun, not the spokeswoman named
    // before
    [
      [
        'Ana Ruiz, a spokeswoman for the union, said rents were rising.',
        'One tenant in Leeds, who asked not to be named, said her rent had doubled. ' +
          '“I work two jobs,” she said.',
      ],
      [['I work two jobs', null, 'direct']],
    ],
    // a described person with a relative clause and no commas: "he" is that person, not the man named before
    [
      [
        'Its secretary general, Tom Platt, said: “Crews are not targets.”',
        'A Danish captain whose ship made the crossing described the mood as “tense”. ' +
          '“We turned off every light,” he said.',
      ],
      // (what an unnamed person "described as" is their words: direct, with nobody named)
      [
        ['Crews are not targets', 'Tom Platt', 'direct'],
        ['tense', null, 'direct'],
        ['We turned off every light', null, 'direct'],
      ],
    ],
    // negative: without anybody described in between, the named man keeps the pronoun
    [
      [
        'Its secretary general, Tom Platt, said: “Crews are not targets.”',
        'The mood was tense. “We turned off every light,” he said.',
      ],
      [
        ['Crews are not targets', 'Tom Platt', 'direct'],
        ['We turned off every light', 'Tom Platt', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));
});

describe('pronouns: "it" is the body the passage is about, not one it talks about', () => {
  test.each<SpeakerCase>([
    // an unrecognised group: "it said" does not jump to a state named before
    [
      [
        'Egypt denied the claims. A little-known group calling itself Sawt al-Haqq said it had carried out ' +
          'the attack. “More will follow,” it said.',
      ],
      [['More will follow', 'Sawt al-Haqq']],
    ],
    [
      [
        'Egypt denied the claims. Some people online said the attack was staged. ' +
          '“More will follow,” it said.',
      ],
      [['More will follow', null]],
    ],
    // "it" after a body that spoke about another body is the speaker, not the body talked about
    [
      [
        'The Peace Research Institute, a think tank, said Egypt was “running out of time”.',
        '“Make no mistake,” it said.',
      ],
      [
        ['running out of time', 'Peace Research Institute'],
        ['Make no mistake', 'Peace Research Institute'],
      ],
    ],
    [
      ['Egypt spoke first. The Pentagon declined to give details. “We are aware,” it said.'],
      [['We are aware', 'Pentagon']],
    ],
  ])('%j', expectSpeakers);

  test.each([
    [
      ['Ethiopia spoke first. The Pentagon declined to give details. “We are aware,” it said.'],
      [['We are aware,', 'Pentagon']],
    ],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
  });
});

describe('pronouns: "they" is the body that opened the sentence before, else left unnamed', () => {
  test.each<[string, string | null, string | undefined]>([
    [
      'The Harbor Workers Union rejected the deal on Monday. They said “the offer was an insult.”',
      'Harbor Workers Union',
      undefined,
    ],
    // negatives: the body is only an object, or a person was named after it
    ['Ann Roe met the Harbor Workers Union. They said “the offer was an insult.”', null, 'they'],
    ['The Harbor Workers Union met Laila Mansour. They said “the offer was an insult.”', null, 'they'],
  ])('%s', (text, name, description) => {
    const q = run([text]).quotes[0]!;
    expect([q.speaker.name, q.speaker.description, q.evidence?.mention?.text, q.confidence]).toEqual([
      name,
      description,
      'They',
      'low',
    ]);
  });
});

describe("pronouns: a first name's usual gender breaks a tie the text leaves open", () => {
  test.each<AttributionCase>([
    [
      '"she" after a man and a woman named together -> the woman',
      ['Tom Hale and Ann Roe met the council at noon. “We agreed on most of it,” she said later.'],
      [['We agreed on most of it', 'Ann Roe']],
    ],
    [
      '"he" after a woman and a man named together -> the man',
      ['Ann Roe and Tom Hale met the council at noon. “We agreed on most of it,” he said later.'],
      [['We agreed on most of it', 'Tom Hale']],
    ],
    [
      'the sentence names its own subject before the pronoun: no switch on a first name alone',
      [
        'Robin Kell and Tom Hale arrived late. In the debate, Kell made clear he would tell the ' +
          'board, “We will not move.”',
      ],
      [['We will not move', 'Robin Kell']],
    ],
    [
      'a clear clash skips a man named last when a woman who fits was named a paragraph before',
      [
        'Ann Roe, a retired judge, said on Monday that she would not run. In a later interview, she joked ' +
          'about leaving the city if Tom Kell, the mayor, is re-elected.',
        'She renewed her criticism on Tuesday. “He has no plan at all,” she said.',
      ],
      [['He has no plan at all', 'Ann Roe']],
    ],
    [
      'a name met on the way in the pronoun’s own sentence is not its subject',
      [
        'Ann Roe, a retired judge, spoke at the port on Monday.',
        'Asked whether Tom Kell, the mayor, would win, she replied: “I do not know.”',
      ],
      [['I do not know', 'Ann Roe']],
    ],
    [
      'a name inside the quotation does not hold the pronoun against its first name',
      [
        'Ann Roe, a retired judge, spoke at the port on Monday about Tom Kell, the mayor.',
        '“Nobody here will vote for Tom Kell,” she said.',
      ],
      [['Nobody here will vote for Tom Kell', 'Ann Roe']],
    ],
    [
      'the subject of the sentence before keeps the pronoun against an earlier man (a unisex first name)',
      [
        'Port spokesman Tom Hale told reporters the board was “not going to rush” its answer.',
        '“We will answer in time,” Hale said.',
        'Later, board secretary Robin Kell was more cautious. “We are still counting,” he said.',
      ],
      [
        ['not going to rush', 'Tom Hale'],
        ['We will answer in time', 'Tom Hale'],
        ['We are still counting', 'Robin Kell'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('pronouns: a person named only as an object, by a full name with a known first name', () => {
  test.each<AttributionCase>([
    [
      '"he" after a woman met a man -> the man',
      ['Ann Roe met Tom Kell at the port on Monday. “We will not sell,” he said.'],
      [['We will not sell', 'Tom Kell']],
    ],
    [
      'a woman named only as an object never takes "he" from the man the passage is about',
      ['Tom Kell spoke at the port on Monday.', 'He later thanked Ann Roe. “We will not sell,” he said.'],
      [['We will not sell', 'Tom Kell']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('pronouns: a subject named as an owner, and paragraphs that go on with "he" or "she"', () => {
  const speakers = (paras: string[]) =>
    run(paras, society)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker.name ?? null);
  test.each<[string[], (string | null)[]]>([
    // "Tom Kell's hair was whiter": the sentence is about its owner
    [['Tom Kell’s coat was greener than in 1990.', '“We fell in love,” he said.'], ['Tom Kell']],
    // two paragraphs back when the paragraph between goes on with "He …"
    [
      [
        'Tom Kell’s coat was greener than in 1990.',
        'In his speech, the former mayor praised the city. He did not mention his own role.',
        '“We fell in love,” he said.',
      ],
      ['Tom Kell'],
    ],
    // negative: a paragraph between that does not go on with "he" ends the search
    [
      [
        'Tom Kell’s coat was greener than in 1990.',
        'The city was quiet on the day of the speech.',
        '“We fell in love,” he said.',
      ],
      [null],
    ],
  ])('%j', (paras, rows) => {
    expect(speakers(paras)).toEqual(rows);
  });
});
