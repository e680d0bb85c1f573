/**
 * stages/candidates.ts: who could speak; a body whose name contains a registry alias is a body of its own,
 * and an acronym in brackets after a body's name is that body.
 */
import { describe, test } from 'vitest';
import { namedRegistry, type QuoteCase, quotesIn } from '../helpers.ts';

const civic = namedRegistry('civic');

describe('candidates stage: bodies around registry aliases', () => {
  test.each<QuoteCase>([
    [
      ['The Japan Fisheries Agency (JFA) closed the bay. “The water is unsafe,” the JFA said.'],
      [['The water is unsafe', 'Japan Fisheries Agency', 'direct']],
    ],
    [
      [
        'The Brazilian Football Confederation (CBF) fined the club. “Racism has no place here,” ' +
          'the CBF said.',
      ],
      [['Racism has no place', 'Brazilian Football Confederation', 'direct']],
    ],
    // (and the words it urges are its words too: see quote-cues)
    [
      [
        'The Japan Meteorological Agency said the storm was “extremely dangerous”, urging residents to ' +
          '“leave now”.',
      ],
      [
        ['extremely dangerous', 'Japan Meteorological Agency', 'direct'],
        ['leave now', 'Japan Meteorological Agency', 'direct'],
      ],
    ],
    // negatives: an alias alone is still the state; a body named after a state that is not a government body
    // stays itself
    [['Japan said the talks were “useful”.'], [['useful', 'japan', 'direct']]],
    [
      ['The Japan Football Association said the match was “postponed”.'],
      [['postponed', 'Japan Football Association', 'direct']],
    ],
  ])('%j', quotesIn(civic));
});
