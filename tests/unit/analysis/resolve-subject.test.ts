/**
 * resolve-subject.ts: a cue's subject resolved to an entity by the first subject rule that applies (a
 * spokesperson, a group, an unnamed individual, a body, a person before "of", a state's body, an
 * organisation, a person's name, an institution).
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { isUnnamedPerson } from '../../../src/analysis/resolve-subject.ts';
import type { Registry } from '../../../src/registry/schema.ts';
import {
  type AttributionCase,
  expectAttribution,
  namedRegistry,
  type QuoteCase,
  quotesIn,
} from './helpers.ts';

const civic = namedRegistry('civic');
const society = namedRegistry('society');

describe('resolve subject: an unnamed individual is described, not named', () => {
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
});

describe('resolve subject: a name met before, or a new unregistered person', () => {
  test.each<AttributionCase>([
    [
      'organisation subject',
      [
        'The Egyptian foreign ministry announced that it had reached a "preliminary understanding" ' +
          'with Sudan.',
      ],
      [['preliminary understanding', 'egyptian-foreign-ministry']],
    ],
    [
      'unregistered speaker is not handed to a registered one',
      ['Laila Mansour spoke first.', '“We will rebuild,” said Amina Yusuf.'],
      [['We will rebuild', 'Amina Yusuf']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('resolve subject: a spokesperson speaks for the body named with them, else the paragraph’s', () => {
  test.each<QuoteCase>([
    [
      [
        'The World Health Organization warned of a rise. ' +
          'A WHO spokesperson in Geneva said the figures were “alarming”.',
      ],
      [['alarming', 'world-health-organization', 'direct']],
    ],
    // negatives: a spokesperson with no body named, and a place that is no body
    [['A spokesperson in Geneva said the figures were “alarming”.'], [['alarming', null, 'direct']]],
    // an appositive with a body noun marks a body; a bare "a spokesperson" speaks for it
    [
      [
        'Norvik, the state-owned energy company, said it would bid. ' +
          '“We intend to be there from the first round,” a spokesperson said.',
      ],
      [['We intend to be there', 'Norvik', 'direct']],
    ],
    // negative: with no body opening a sentence of the paragraph, "a spokesperson" stays unnamed
    [
      ['Prices rose again on Monday. “We are watching closely,” a spokesperson said.'],
      [['We are watching closely', null, 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('resolve subject: a name the text treats as a body speaks as that body', () => {
  test.each<QuoteCase>([
    // a body's name with a relative clause, then its statement
    [
      [
        'Doctors of the World, which runs a clinic in the camp, said its teams were seeing children ' +
          '“too weak to cry”.',
      ],
      [['too weak to cry', 'Doctors of the World', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('resolve subject: a person before an "of" phrase speaks, not the body it names', () => {
  test.each<QuoteCase>([
    [
      ['Professor Ann Lowe of the University of York called the result “a surprise”.'],
      [['a surprise', 'Ann Lowe', 'direct']],
    ],
    [
      ['Councillor Raj Patel, of the Green Party, accused her of “wasting money”.'],
      [['wasting money', 'Raj Patel', 'direct']],
    ],
    // negatives: a body's own "of" name stays the body; members of a union are not the union
    [['The Bank of England said inflation was “too high”.'], [['too high', 'Bank of England', 'direct']]],
    [
      ['The cleaners, members of the union Unite, say they are paid “a pittance”.'],
      [['a pittance', null, 'direct']],
    ],
    // the cue keeps only the place or body after "of" as its subject: the person before it speaks
    [['“We will not wait,” Rep. Tom Kell of New Mexico said.'], [['We will not wait', 'Tom Kell', 'direct']]],
    [
      ['“We will not wait,” Ann Roe of the conservative Dover Review wrote.'],
      [['We will not wait', 'Ann Roe', 'direct']],
    ],
    // a surname met before as a person's, before "of" a body
    [
      ['Jane Ames teaches at a school in Dover.', '“It was early,” said Ames of the Dover Teachers.'],
      [['It was early', 'Jane Ames', 'direct']],
    ],
    // a middle initial in the name ("Tom D. Kell of Devon"), after the verb or before it
    [['“We will see,” said House Speaker Tom D. Kell of Devon.'], [['We will see', 'Tom D. Kell', 'direct']]],
    [
      ['Port chairman Tom D. Kell of Devon said the vote “would wait.”'],
      [['would wait.', 'Tom D. Kell', 'direct']],
    ],
    // negative: a body's name before "of" is no person
    [
      ['“Further appeals are unnecessary,” the Dover Harbour Board of Appeals said.'],
      [['Further appeals are unnecessary', 'Dover Harbour Board of Appeals', 'direct']],
    ],
  ])('%j', quotesIn(civic));

  test.each<QuoteCase>([
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
  ])('%j', quotesIn(society));
});

describe('resolve subject: a title and a full name after a body’s name make a person', () => {
  test.each<QuoteCase>([
    [
      ['“All options are on the table,” ECOWAS Commission President Omar Touray told reporters.'],
      [['All options', 'Omar Touray', 'direct']],
    ],
    [
      ['Bank of England Governor Andrew Bailey said rates would stay “higher for longer”.'],
      [['higher for longer', 'Andrew Bailey', 'direct']],
    ],
    // negative: a body with no title keeps its name
    [
      ['“We will decide in June,” the ECOWAS Commission said.'],
      [['We will decide', 'ECOWAS Commission', 'direct']],
    ],
  ])('%j', quotesIn());
});

describe('resolve subject: a registered state’s government body speaks for the state', () => {
  test.each<QuoteCase>([
    [
      ['Britain’s Foreign Office said it was “concerned” by the arrests.'],
      [['concerned', 'united-kingdom', 'direct']],
    ],
    [['Germany’s Interior Ministry said the plan was “unworkable”.'], [['unworkable', 'germany', 'direct']]],
  ])('%j', quotesIn(civic));
});

describe('resolve subject: a public body named by a description (an institution)', () => {
  const registry: Registry = {
    actors: [{ id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: ['Ruritania', 'Ruritanian'] }],
    conflicts: [],
  };
  const speakerOf = (text: string) => {
    const a = analyzeArticle({ file: 't.md', blocks: [{ kind: 'paragraph', text }] }, registry);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    return {
      id: q.speaker.id,
      name: q.speaker.name,
      kind: q.speaker.kind,
      unregistered: a.unregistered.map((u) => u.name),
    };
  };

  test.each([
    ['“We will not attend,” the Borduran foreign ministry said.', 'Borduran foreign ministry'],
    ['The Borduran government said the claims were “baseless”.', 'Borduran government'],
    ['“No comment,” said the Syldavian army.', 'Syldavian army'],
  ])('%s -> an unregistered organisation, not a person and not nobody', (text, name) => {
    const s = speakerOf(text);
    expect(s).toMatchObject({ id: null, name, kind: 'organisation' });
    expect(s.unregistered).toEqual([name]);
  });

  test.each([
    ['“We will not attend,” the Ruritanian foreign ministry said.'],
    ['The Ruritanian government said the claims were “baseless”.'],
  ])('%s -> the registered state it belongs to', (text) => {
    expect(speakerOf(text)).toMatchObject({ id: 'ruritania', unregistered: [] });
  });

  test.each([['“We will not attend,” the ministry said.'], ['“We will not attend,” the government said.']])(
    '%s with nothing to tell the body apart stays unattributed',
    (text) => {
      expect(speakerOf(text)).toMatchObject({ id: null, name: null, unregistered: [] });
    },
  );
});

describe('resolve subject: a name after "from" is a person when "who" follows it, not a place', () => {
  test.each<AttributionCase>([
    [
      'who after the name',
      ['Ross won the backing of Tom Kell, who declared in the hall, “It is time to unite.”'],
      [['It is time to unite', 'Tom Kell']],
    ],
    [
      'who after "from"',
      ['On Monday Ross won an endorsement from Tom Kell, who declared in the hall, “It is time to unite.”'],
      [['It is time to unite', 'Tom Kell']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test('"which" after a place keeps it a place', () => {
    const a = analyzeArticle(
      {
        file: 't.md',
        blocks: [{ kind: 'paragraph', text: 'She grew up in Dover, which says “the port comes first.”' }],
      },
      society,
    );
    expect(a.quotes[0]!.speaker.name).toBeNull();
  });
});
