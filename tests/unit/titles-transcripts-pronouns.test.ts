/** Patterns from the set-h misses: titles in names, manner verbs, possessive appositives, pronoun subjects, works' titles. */
import { describe, expect, test } from 'vitest';
import { findNameIntros, findPersonIntros } from '../../src/analysis/intros.ts';
import { stripLeadingTitles } from '../../src/analysis/names.ts';
import { isPersonAppositive } from '../../src/analysis/person-phrases.ts';
import { maskTimestamps } from '../../src/analysis/text.ts';
import { isUnnamedPerson } from '../../src/analysis/resolve-subject.ts';
import { opensSentence } from '../../src/analysis/discourse.ts';
import { expectQuotes, namedRegistry, run, type QuoteExpectation } from './helpers.ts';

const society = namedRegistry('society');
type Rows = QuoteExpectation[];
const check = (paras: string[], rows: Rows) => expectQuotes(paras, rows, society);

describe('titles and job words are not part of a name', () => {
  test.each([
    ['Dr Naomi Fisher', 'Naomi Fisher'],
    ['Nurse Grace Mensah', 'Grace Mensah'],
    ['Professor Alan Reid', 'Alan Reid'],
    // negatives: two words stay (an honorific with a surname can still join a full name); a peer keeps the title
    ['Dr Fisher', 'Dr Fisher'],
    ['Lord Alan Reid', 'Lord Alan Reid'],
    ['Grace Mensah', 'Grace Mensah'],
  ])('%s -> %s', (name, want) => {
    expect(stripLeadingTitles(name)).toBe(want);
  });

  test.each([
    ['Its branch secretary, Dr Paul Hines, said so.', 'Paul Hines'],
    ['Nurse Amy Cole has worked nights for years.', 'Amy Cole'],
    ['Commuter Leo Barr was furious.', 'Leo Barr'],
  ])('%s introduces %s', (text, name) => {
    const got = [...findPersonIntros(text, () => false), ...findNameIntros(text, () => false)].map(
      (x) => x.name,
    );
    expect(got).toContain(name);
    expect(got.some((n) => /^(Dr|Nurse|Commuter)\s/.test(n))).toBe(false);
  });

  test.each([
    // a work's title set off by commas after a description is not a person
    ['Her best-known novel, The Quiet Harbour, sold well.'],
    ['His last film, The Long Road North, opens today.'],
  ])('%s introduces nobody', (text) => {
    expect(findPersonIntros(text, () => false)).toEqual([]);
  });

  test.each<[string[], Rows]>([
    [
      ['Staff walked out on Monday. Their union rep, Dr Paul Hines, said: “We had no choice.”'],
      [['We had no choice', 'Paul Hines', 'direct']],
    ],
    [
      ['Nurse Amy Cole has worked nights for six years. “You stop noticing the clock,” she laughs.'],
      [['You stop noticing the clock', 'Amy Cole', 'direct']],
    ],
    [
      ['Her debut, The Salt Road, was a hit. “I wrote it in a month,” she said.'],
      [['I wrote it in a month', null, 'direct']],
    ],
    // negative: a registered speaker named before a work's title keeps the pronoun
    [
      [
        'Nadia Okafor praised the book.',
        'Her favourite, The Salt Road, was a gift. “I read it twice,” she said.',
      ],
      [['I read it twice', 'nadia-okafor', 'direct']],
    ],
  ])('%j', check);
});

describe('manner verbs introduce quotes', () => {
  test.each<[string[], Rows]>([
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
    // negative: laughing off a question names no reported clause and no speaker for a later quote
    [['The crowd laughed. “Go home,” someone shouted.'], [['Go home', null, 'direct']]],
  ])('%j', check);
});

describe('possessive appositives and subjects that are not noun phrases', () => {
  test.each([
    ['The council’s transport lead', true],
    ['the group’s leader', true],
    // negatives: the head is still a place or body
    ['the city’s main hospital', false],
    ['a hospital in Leeds', false],
  ])('%s is a person appositive: %s', (text, want) => {
    expect(isPersonAppositive(text)).toBe(want);
  });

  test.each<[string[], Rows]>([
    [
      [
        'The city’s housing chief, Ravi Shah, said the plan was late. “We should have started in 2019,” he said.',
      ],
      [['We should have started in 2019', 'Ravi Shah', 'direct']],
    ],
    // negative: a comma after a name followed by "said the …" does not make the clause the speaker
    [['Ravi Shah, said the report, had “no answers”.'], [['no answers', null, 'direct']]],
  ])('%j', check);
});

describe('transcript speaker labels', () => {
  test.each<[string[], Rows]>([
    [
      [
        'Maya Quinn runs a bakery in Hull. We asked her about prices.',
        'Q: Why raise prices now?',
        'Quinn: “Flour has doubled. I held out as long as I could.”',
      ],
      [['Flour has doubled', 'Maya Quinn', 'direct']],
    ],
    [
      ['The host, Adam Cole, spoke to Maya Quinn.', 'Cole: “Will you close?” Quinn: “Not this year.”'],
      [
        ['Will you close?', 'Adam Cole', 'direct'],
        ['Not this year.', 'Maya Quinn', 'direct'],
      ],
    ],
    // negatives: a question label names nobody; a place before a colon is not a speaker; a label must open the sentence
    [['Q: “Why now, after all these years?”'], [['Why now, after all these years?', null, 'direct']]],
    [['Lisbon: “Closed for good, thanks for everything.”'], [['Closed for good', null, 'direct']]],
  ])('%j', check);
});

describe('live-blog time stamps are masked', () => {
  test.each([
    ['09:15 — The union said no.', '.       The union said no.'],
    ['Trains stopped. 14.02 BST: Ministers met.', 'Trains stopped.            Ministers met.'],
    // negatives: a time inside a sentence and a decimal stay
    ['At 09:15 — nothing moved.', 'At 09:15 — nothing moved.'],
    ['It rose 3.45 — a record.', 'It rose 3.45 — a record.'],
  ])('%s', (text, want) => {
    expect(maskTimestamps(text)).toBe(want);
    expect(maskTimestamps(text).length).toBe(text.length);
  });

  test.each<[string[], Rows]>([
    [
      [
        '09:02 — Good morning.',
        '09:15 — The union’s general secretary, Dan Moss, spoke outside the station. “We had no choice,” he said.',
      ],
      [['We had no choice', 'Dan Moss', 'direct']],
    ],
    [
      ['10:05 — Commuter Lily Hart was angry. “Third time this week,” she said.'],
      [['Third time this week', 'Lily Hart', 'direct']],
    ],
  ])('%j', check);

  test('paragraph texts and quote offsets keep the time stamp', () => {
    const text = '09:15 — Dan Moss, a driver, spoke. “We had no choice,” he said.';
    const a = run([text], society);
    expect(a.paragraphs[0]!.text).toBe(text);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(text.slice(q.parts[0]!.start, q.parts[0]!.end)).toBe('We had no choice,');
  });
});

describe('pronouns: titled sentence openers, unnamed people, reported sentences before a quote', () => {
  test.each([
    ['Dr Farah Khan said so.', 3, true],
    ['It rained. Prof. Ann Lowe spoke.', 17, true],
    ['Nurse Amy Cole spoke.', 6, true],
    // negatives: a name inside a sentence, or after a lower-case job word
    ['Then Dr Farah Khan spoke.', 8, false],
    ['It was the nurse Amy Cole.', 16, false],
  ])('%s at %i opens the sentence: %s', (text, pos, want) => {
    expect(opensSentence(text, pos)).toBe(want);
  });

  test.each([
    ['One donor', true],
    ['a retired teacher', true],
    // a capitalised nationality or body before the person noun, or a place after it, names nobody
    ['A WHO official', true],
    ['A Greek captain whose ship made the crossing', true],
    ['One tenant in Hackney', true],
    // negatives: a named subject, a body, a name after the noun
    ['a charity', false],
    ['Anna Lee', false],
    ['A friend John Cole', false],
    ['the captain', false],
  ])('%s is an unnamed person: %s', (text, want) => {
    expect(isUnnamedPerson(text)).toBe(want);
  });

  test.each<[string[], Rows]>([
    [
      [
        'Nadia Okafor visited the ward.',
        'Dr Lena Marsh, a consultant at the hospital, said beds were full. “We are turning people away,” she said.',
      ],
      [['We are turning people away', 'Lena Marsh', 'direct']],
    ],
    [
      [
        'Her lawyer, Jane Cole, said she was sorry.',
        'One neighbour, a retired nurse, said she had lent money. “I trusted her completely,” she said.',
      ],
      [['I trusted her completely', null, 'direct']],
    ],
    [
      ['Amy Cole, 34, works nights. She says the job is hard. “Some weeks I never see daylight.”'],
      [['Some weeks I never see daylight', 'Amy Cole', 'direct']],
    ],
    // negatives: with nobody unnamed in between, the named person keeps the pronoun; a quoting sentence does not lend its speaker
    [
      ['Her lawyer, Jane Cole, spoke first. “She is sorry,” she said.'],
      [['She is sorry', 'Jane Cole', 'direct']],
    ],
    [
      ['Residents say the road is dangerous. “Some weeks I never see daylight and nobody asks why.”'],
      [['Some weeks I never see daylight', null, 'direct']],
    ],
  ])('%j', check);
});

describe('prompted speakers, spokespeople of a body, the body a description names', () => {
  test.each<[string[], Rows]>([
    [
      ['Prices rose again, prompting Finance Minister Ola Berg to call the figures “a warning sign”.'],
      [['a warning sign', 'Ola Berg', 'direct']],
    ],
    // negative: "to call" without someone prompted is not a speech cue
    [['Voters were asked to call the hotline “day or night”.'], [['day or night', null, 'scare']]],
    [
      [
        'The World Health Organization warned of a rise. A WHO spokesperson in Geneva said the figures were “alarming”.',
      ],
      [['alarming', 'world-health-organization', 'direct']],
    ],
    // negatives: a spokesperson with no body named, and a place that is no body
    [['A spokesperson in Geneva said the figures were “alarming”.'], [['alarming', null, 'direct']]],
    [
      [
        'Staff at the University of Leeds walked out. The University and College Union said cuts would “gut” departments. The university said it had “no choice”.',
      ],
      [
        ['gut', 'University and College Union', 'direct'],
        ['no choice', 'University of Leeds', 'direct'],
      ],
    ],
    // negative: "the union" stays the union
    [
      [
        'Staff at the University of Leeds walked out. The University and College Union said cuts were “reckless”. The union said talks had “collapsed”.',
      ],
      [
        ['reckless', 'University and College Union', 'direct'],
        ['collapsed', 'University and College Union', 'direct'],
      ],
    ],
  ])('%j', check);
});

describe('one of a group characterises', () => {
  test.each<[string[], Rows]>([
    [['Critics were harsh; one called the album “lazy”.'], [['lazy', null, 'direct']]],
    // negative: a thing called something is still a title or scare quote
    [['The plan, called “Project Dawn”, was dropped.'], [['Project Dawn', null, 'scare']]],
  ])('%j', check);
});

describe('unnamed people introduced by description; bodies with title words; jobs before names', () => {
  test.each<[string[], Rows]>([
    // an unnamed person who "asked not to be named" (no speech) takes the pronoun, not the spokeswoman named before
    [
      [
        'Ana Ruiz, a spokeswoman for the union, said rents were rising.',
        'One tenant in Leeds, who asked not to be named, said her rent had doubled. “I work two jobs,” she said.',
      ],
      [['I work two jobs', null, 'direct']],
    ],
    // a described person with a relative clause and no commas: "he" is that person, not the man named before
    [
      [
        'Its secretary general, Tom Platt, said: “Crews are not targets.”',
        'A Danish captain whose ship made the crossing described the mood as “tense”. “We turned off every light,” he said.',
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
    // a capitalised common noun opening a sentence is not a person; a title word inside a body's name is kept
    [
      [
        'Landlord groups blamed taxes. “Small landlords are selling up,” said the National Housing Providers Association.',
      ],
      [['Small landlords are selling up', 'National Housing Providers Association', 'direct']],
    ],
    // a job word before a name at a sentence start; a person "of the campaign group X" speaks, not X
    [
      [
        'Architect Mira Sole, 52, said the plan was “timid”. “We can do better,” she said.',
        '“Every delay costs,” said Ivo Brandt of the campaign group Clean Rivers.',
      ],
      [
        ['timid', 'Mira Sole', 'direct'],
        ['We can do better', 'Mira Sole', 'direct'],
        ['Every delay costs', 'Ivo Brandt', 'direct'],
      ],
    ],
  ])('%j', check);
});

describe('bodies named by what the text says of them; "the company said", "a spokesperson said"', () => {
  test.each<[string[], Rows]>([
    // "the app Kora" marks a body; "the company" is the body that opened the sentence before
    [
      [
        'The regulator has opened an inquiry into the app Kora.',
        'Kora said it would cooperate. “We share the goal of keeping children safe,” the company said.',
      ],
      [['We share the goal', 'Kora', 'direct']],
    ],
    // an appositive with a body noun marks a body; a bare "a spokesperson" speaks for it
    [
      [
        'Norvik, the state-owned energy company, said it would bid. “We intend to be there from the first round,” a spokesperson said.',
      ],
      [['We intend to be there', 'Norvik', 'direct']],
    ],
    // "the agency" is the body the paragraph is about, not an agency named further back
    [
      [
        'The European Space Agency built the lander.',
        'NASA, which supplied a radio, sent its congratulations. “Welcome to the south pole,” the agency wrote.',
      ],
      [['Welcome to the south pole', 'NASA', 'direct']],
    ],
    // negative: with no body opening a sentence of the paragraph, "a spokesperson" stays unnamed
    [
      ['Prices rose again on Monday. “We are watching closely,” a spokesperson said.'],
      [['We are watching closely', null, 'direct']],
    ],
    // a short quote used as a modifier of the noun after it is a term; one followed by a preposition is speech
    [
      [
        'The software company Brightwave is cutting jobs as it shifts towards what it calls “AI-first” products.',
        'Its chief executive, Dana Holt, described the plan as “a historic step” towards growth.',
      ],
      [
        ['AI-first', null, 'scare'],
        ['a historic step', 'Dana Holt', 'direct'],
      ],
    ],
  ])('%j', check);
});

describe('round 7: appositive names after descriptions, groups, bodies, titles, slogans', () => {
  test.each<[string[], Rows]>([
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
        'Our correspondent in Oslo, Ann Dahl, sends this: “The streets are empty tonight and the trams have stopped.”',
      ],
      [['The streets are empty', 'Ann Dahl', 'direct']],
    ],
    // a group with a place after its noun speaks unnamed; the place does not
    [
      ['Officials in Madrid insisted it was a “reorganisation of forces, not a retreat”.'],
      [['reorganisation of forces', null, 'direct']],
    ],
    // a body's name with a relative clause, then its statement
    [
      [
        'Doctors of the World, which runs a clinic in the camp, said its teams were seeing children “too weak to cry”.',
      ],
      [['too weak to cry', 'Doctors of the World', 'direct']],
    ],
    // "the company said" with the body named in an earlier paragraph by a company-name word; an unnamed official is nobody
    [
      [
        'Hanamura Motors is recalling 1.2 million cars, the carmaker said on Tuesday.',
        '“The safety of our customers is our highest priority,” the company said in a statement.',
        'An official at the ministry, who spoke on condition of anonymity, said an inspection was “not ruled out at this stage”.',
      ],
      [
        ['The safety of our customers', 'Hanamura Motors', 'direct'],
        ['not ruled out', null, 'direct'],
      ],
    ],
    // a title stands for its noun: "the judge" is Justice Ruth Kamau
    [
      [
        'Justice Ruth Kamau said the evictions had been unlawful.',
        '“The state does not stand above the law it writes,” the judge said.',
      ],
      [['The state does not stand', 'Ruth Kamau', 'direct']],
    ],
    // placards and slogans are not speech; "called for" is, unless it is the noun ("rejecting calls for")
    [
      ['Protesters held placards reading “Homes yes, meadows no”.'],
      [['Homes yes, meadows no', null, 'scare']],
    ],
    [
      [
        'Ruth Kamau, a lawyer for the families, said the talks were stuck.',
        'She called for a ceasefire and for “unconditional, unhindered access” for convoys.',
      ],
      [['unconditional, unhindered access', 'Ruth Kamau', 'direct']],
    ],
    [
      [
        'Ruth Kamau said the talks would continue “until every hostage is home”, rejecting calls for a pause.',
      ],
      [['until every hostage is home', 'Ruth Kamau', 'direct']],
    ],
  ])('%j', check);
});

describe('round 8: titles before names, the person a sentence is about, participles, "according to" a described name', () => {
  test.each<[string[], Rows]>([
    // police and parliamentary titles, a place before the title, are not part of the name
    [
      [
        '“This is a criminal attack,” Constable Sarah Vance, a spokesperson for the city police, told reporters.',
      ],
      [['This is a criminal attack', 'Sarah Vance', 'direct']],
    ],
    [
      [
        'One of the rebels, Toronto MP Peter Walsh, said he had voted with his conscience. “I owe them an honest answer,” he told reporters.',
      ],
      [['I owe them an honest answer', 'Peter Walsh', 'direct']],
    ],
    // "he" is the person the previous sentence is about, not the one named after him in passing
    [
      [
        'Luca Moretti, the home favourite, beat Jonas Weber, the top seed, in the final on Sunday.',
        'Moretti, 23, fell to his knees after Weber’s last forehand sailed long. “I am still shaking,” he said.',
      ],
      [['I am still shaking', 'Luca Moretti', 'direct']],
    ],
    // the only person named in the previous sentence, over a woman named earlier
    [
      [
        'Ms Ann Lowe, the minister, said the vote was close.',
        'Ukraine’s ambassador to Ottawa, Olena Kovalenko, watched from the gallery. “Canada stood with us again today,” she wrote.',
      ],
      [['Canada stood with us again today', 'Olena Kovalenko', 'direct']],
    ],
    // negative: a previous sentence that names nobody leaves the pronoun to the person named before
    [
      [
        'Luca Moretti, the home favourite, won the final. The crowd sang for an hour. “I am still shaking,” he said.',
      ],
      [['I am still shaking', 'Luca Moretti', 'direct']],
    ],
    // a participle phrase between a titled name and the verb
    [
      [
        'Interior Minister Lucia Ferraro, visiting the island, said Italy would “not be the only harbour in Europe”.',
      ],
      [['not be the only harbour', 'Lucia Ferraro', 'direct']],
    ],
    // "according to <description>, <title> <Name>"
    [
      ['The fire was “entirely preventable”, according to the chair of the inquiry, Judge Margaret Ellis.'],
      [['entirely preventable', 'Margaret Ellis', 'direct']],
    ],
  ])('%j', check);
});
