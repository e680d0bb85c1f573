/** intros.ts: people introduced in running text by an appositive, an honorific, a title, a list or an age. */
import { describe, expect, test } from 'vitest';
import { findNameIntros, findPersonIntros, findSubjectNames } from '../../../src/analysis/intros.ts';
import { namedRegistry, type QuoteCase, quoteRows, quotesIn, run } from './helpers.ts';

const civic = namedRegistry('civic');
const society = namedRegistry('society');
const world = namedRegistry('world');
const none = () => false;

describe('intros: names introduced by a title, a job word, a list or an age', () => {
  test.each([
    ['At the site, engineer Dawit Bekele showed us round.', ['Dawit Bekele']],
    ['Egypt’s Foreign Minister Sameh Shoukry arrived.', ['Sameh Shoukry']],
    ['German Chancellor Olaf Scholz was quick to reply.', ['Olaf Scholz']],
    ['said Lt Col Peter Lerner, a spokesman.', ['Peter Lerner']],
    ['Both Amal Osman and Yusuf Idris have worked there.', ['Amal Osman', 'Yusuf Idris']],
    [
      'Two residents, Hana Saleh, Musa Barakat and Ali Nour, stayed.',
      ['Hana Saleh', 'Musa Barakat', 'Ali Nour'],
    ],
    ['Halyna Shevchuk, 74, lives alone.', ['Halyna Shevchuk']],
    ['President Bashar al-Assad spoke.', ['Bashar al-Assad']],
    // an abbreviated title with its full stop
    ['Sen. Ann Roe apologised to the voters.', ['Ann Roe']],
    ['Former Gov. Tom Kell met them.', ['Tom Kell']],
    // negatives
    ['Troops entered North Darfur and South Kordofan overnight.', []],
    ['The Red Cross and Amnesty International issued a statement.', []],
    ['Dr Marie Dubois, Sciences Po, said so.', ['Marie Dubois']],
    ['engineer Bekele showed us round.', []],
    ['The talks took place on Monday, 12 May.', []],
  ])('%s', (text, names) => {
    expect(
      findNameIntros(text, none)
        .filter((x) => !x.knownOnly)
        .map((x) => x.name),
    ).toEqual(names);
  });

  test.each([
    [
      [
        'At the dam, engineer Dawit Bekele showed visitors round.',
        '“Four are running,” Bekele said. He added: “More will follow.”',
      ],
      [
        ['Four are running,', 'Dawit Bekele'],
        ['More will follow.', 'Dawit Bekele'],
      ],
    ],
    [['Amal Osman and Yusuf Idris work there.', '“We stay,” Idris said.'], [['We stay,', 'Yusuf Idris']]],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
  });
});

describe('intros: a sentence-initial name before a verb introduces a person', () => {
  test.each([
    ['Anna Kowalska was more hopeful.', ['Anna Kowalska']],
    ['He left. Mariana Silva has fished here for years.', ['Mariana Silva']],
    // negatives: a place, an organisation, not at a sentence start
    ['North Korea was silent.', []],
    ['Human Rights Watch was first to respond.', []],
    ['In Gaza City was a queue.', []],
    // a past tense, after words describing the person too
    ['Tom Kell apologised on Monday.', ['Tom Kell']],
    ['Harbour board chair Ines Moll quickly backed down.', ['Ines Moll']],
    ['Ines Moll won the seat.', ['Ines Moll']],
    ['Ines Moll wasn’t there.', ['Ines Moll']],
    // negatives: an object, a name after a preposition or a verb
    ['After Tom Kell apologised, the row ended.', []],
    ['Voters met Tom Kell and left.', []],
  ])('%s', (text, names) => {
    expect(
      findNameIntros(text, () => false)
        .filter((x) => !x.knownOnly)
        .map((x) => x.name),
    ).toEqual(names);
  });

  test('a lone surname before a past tense is someone named before, never a new person', () => {
    expect(findNameIntros('Kell apologised.', () => false)).toEqual([
      { name: 'Kell', start: 0, end: 4, knownOnly: true },
    ]);
  });

  test.each<QuoteCase>([
    [
      [
        'Port mayor Tom Kell stretched the truth in the debate, when he cited old figures.',
        '“We built it,” he said.',
      ],
      [['We built it', 'Tom Kell', 'direct']],
    ],
    [
      ['Tom Kell runs the port.', 'Kell apologised on Monday for the delays.', '“We were wrong,” he said.'],
      [['We were wrong', 'Tom Kell', 'direct']],
    ],
    // a surname nobody was named by in full is the person a later "he" means when no one else fits
    [
      ['Kell apologised on Monday for the delays.', '“We were wrong,” he said.'],
      [['We were wrong', 'Kell', 'direct']],
    ],
  ])('%j', quotesIn(civic));
});

describe('intros: names opening a sentence as its subject, for a "he" or "she" finding no one else', () => {
  test.each([
    ['Kell unloaded on the paper.', ['Kell']],
    ['On Thursday, Kell unloaded on the paper.', ['Kell']],
    ['But Mayor Ann Roe wants a new bridge.', ['Ann Roe']],
    ['Ann Roe quickly rebuked her critics.', ['Ann Roe']],
    // a long fronted circumstance before the subject, and irregular pasts ("strode", "became")
    [
      'On the last day of the Dover County Growers Convention in July, Lena Ortiz strode out.',
      ['Lena Ortiz'],
    ],
    ['Lena Ortiz became the face of the campaign.', ['Lena Ortiz']],
    // a name owning the subject's head noun: the sentence is about its owner
    ['Lena Ortiz’s hair was whiter than in 1990.', ['Lena Ortiz']],
    ['Lena Ortiz’s old van broke down.', ['Lena Ortiz']],
    // negatives: no verb after the name, a place, a body, a month, an object
    ['Kell always says so.', []],
    ['North Dover votes today.', []],
    ['Dover City Council voted against it.', []],
    ['March brings rain.', []],
    ['Voters met Ann Roe and left.', []],
    ['Lena Ortiz’s plan for the new harbour failed.', []],
  ])('%s', (text, names) => {
    expect(findSubjectNames(text, none).map((x) => x.name)).toEqual(names);
  });

  test.each<QuoteCase>([
    [
      [
        'On Thursday, Kell unloaded on the paper at a breakfast in Dover. “They were wrong,” he said.',
        '“I am not a radical.”',
      ],
      [
        ['They were wrong', 'Kell', 'direct'],
        ['I am not a radical', 'Kell', 'direct'],
      ],
    ],
    [
      ['Ann Roe wants the old bridge rebuilt.', '“It is the only way across,” she said.'],
      [['It is the only way across', 'Ann Roe', 'direct']],
    ],
    [
      [
        'On the last day of the Dover County Growers Convention in July, Lena Ortiz strode across the ' +
          'stage. Then she broke with custom.',
        '“Nurses who raise children should not be exceptions,” she said.',
      ],
      [['Nurses who raise children', 'Lena Ortiz', 'direct']],
    ],
    // negative: someone the text introduced as a person is still the one "he" means
    [
      ['Tom Kell, a pilot, spoke first. Roe unloaded on the paper.', '“They were wrong,” he said.'],
      [['They were wrong', 'Tom Kell', 'direct']],
    ],
  ])('%j', quotesIn(civic));
});

describe('intros: people introduced by age or job', () => {
  test.each<QuoteCase>([
    [
      [
        'The winner was Joe Pike, ahead of Sam Hale.',
        'Pike, 23, had never won a race. “I can’t believe it,” he said.',
      ],
      [['I can’t believe it', 'Joe Pike', 'direct']],
    ],
    [
      ['United boss Karen Holt praised her side. “They never gave up,” she said.'],
      [['They never gave up', 'Karen Holt', 'direct']],
    ],
    [
      ['France’s trade minister, Luc Moreau, backed the deal. “It is a good day,” he said.'],
      [['It is a good day', 'Luc Moreau', 'direct']],
    ],
    // negative: a place with a number is not a person
    [['In Leeds, 40, people queued. “We waited hours,” one said.'], [['We waited hours', null, 'direct']]],
  ])('%j', quotesIn(civic));

  test.each([
    ['Fry, 19, made his debut.', 'Fry'],
    ['Marlow, who beat her last year, won.', 'Marlow'],
    // negatives: not at a sentence start, or a title word
    ['It came from Leeds, 19, miles away.', null],
    ['However, 19, were hurt.', null],
  ])('%s introduces %s', (text, name) => {
    const got = findNameIntros(text, () => false).map((x) => x.name);
    if (name) expect(got).toContain(name);
    else expect(got).toEqual([]);
  });
});

describe('intros: a place first, then the person (a job word, or a name and "who")', () => {
  test.each<QuoteCase>([
    [
      ['In Gaza City, nurse Amal Hassan treats the wounded in a tent.', '“We have no morphine,” she said.'],
      [['We have no morphine', 'Amal Hassan', 'direct']],
    ],
    [
      [
        'In the camp at Adré, on the border with Chad, Khadija Musa, who walked for six days, sits in ' +
          'the shade.',
        '“They burned our houses,” she said.',
      ],
      [['They burned our houses', 'Khadija Musa', 'direct']],
    ],
    // negative: a place before "which" introduces nobody
    [
      ['In the camp at Adré, which opened in May, supplies are low.', '“We need water,” she said.'],
      [['We need water', null, 'direct']],
    ],
  ])('%j', quotesIn(world));

  test.each([
    ['In the camp, Khadija Musa, who walked for days, sits alone.', ['Khadija Musa']],
    // negatives: a place before "which", a place after a preposition before "who"
    ['In Port Sudan, which is calm, prices rose.', []],
    ['Refugees in North Darfur, who fled, are hungry.', []],
  ])('%s', (text, names) => {
    expect(
      findNameIntros(text, () => false)
        .filter((x) => !x.knownOnly)
        .map((x) => x.name),
    ).toEqual(names);
  });
});

describe('intros: a parenthetical cue is no appositive; a lone word opening a sentence, no speaker', () => {
  test('"Leave, the staff memo states, is …" introduces nobody', () => {
    expect(findPersonIntros('Leave, the staff memo states, is a privilege.', () => false)).toEqual([]);
    expect(findPersonIntros('Tom Kell, the harbour master, is away.', () => false)).toHaveLength(1);
  });

  test.each<QuoteCase>([
    [['Leave, the staff memo states, is “a privilege and not a right.”'], [['a privilege', null, 'direct']]],
    [
      ['The rules are clear. Rain, for the farmers, is “a blessing and a curse at the same time.”'],
      [['a blessing', null, 'direct']],
    ],
    // a lone word named before speaks
    [
      ['Tom Marlow runs the harbour.', 'Marlow, for his part, is “slowly losing patience with all of it.”'],
      [['slowly losing', 'Tom Marlow', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('intros: titles and job words are not part of the name introduced', () => {
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

  test.each<QuoteCase>([
    [
      ['Staff walked out on Monday. Their union rep, Dr Paul Hines, said: “We had no choice.”'],
      [['We had no choice', 'Paul Hines', 'direct']],
    ],
    [
      ['Nurse Amy Cole has worked nights for six years. “You stop noticing the clock,” she laughs.'],
      [['You stop noticing the clock', 'Amy Cole', 'direct']],
    ],
    // a place and a title before the name in an appositive are not part of it
    [
      [
        'One of the rebels, Toronto MP Peter Walsh, said he had voted with his conscience. ' +
          '“I owe them an honest answer,” he told reporters.',
      ],
      [['I owe them an honest answer', 'Peter Walsh', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('intros: a work’s title set off by commas after a description is not a person', () => {
  test.each([
    ['Her best-known novel, The Quiet Harbour, sold well.'],
    ['His last film, The Long Road North, opens today.'],
  ])('%s introduces nobody', (text) => {
    expect(findPersonIntros(text, () => false)).toEqual([]);
  });

  test.each<QuoteCase>([
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
  ])('%j', quotesIn(society));
});
