/** quote-marks.ts: quotation spans (double, straight, British single), grouped into split and long quotes. */
import { describe, expect, test } from 'vitest';
import { findSegments, groupQuotes, keepQuoteEnds, maskQuotes } from '../../../src/analysis/quote-marks.ts';
import { quoteRows, run } from './helpers.ts';

describe('quote marks: double quotes, curly or straight, open and close a quote', () => {
  test.each([
    ['He said “one” and “two”.', ['one', 'two']],
    ['He said "one" and "two".', ['one', 'two']],
    ['“A. B. C,” she said.', ['A. B. C,']],
    ['It seeks “cooperation with China.”', ['cooperation with China.']],
    ["No quotes here, only Assad's allies and O'Neill.", []],
    ['The 5" screen is not a quote opener.', []],
    // a closing mark typed as an opening one
    ['“It is over,“ said Roe. “We lost.”', ['It is over,', 'We lost.']],
    ['He loved “Harbor“ and “Tide.”', ['Harbor', 'Tide.']],
  ])('%s', (text, expected) => {
    expect(findSegments(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test('a mistyped closing mark is masked as a closing one, so the cue after it is found', () => {
    const t = '“It is over,“ said Tom Kell, a lawyer.';
    expect(maskQuotes(t, findSegments(t))).toBe('“░░░░░░░░░░░” said Tom Kell, a lawyer.');
    expect(quoteRows(run([t]))[0]![1]).toBe('Tom Kell');
  });
});

describe('quote marks: single curly quotes and nesting', () => {
  test.each([
    ['‘We are ready,’ she said.', ['We are ready,']],
    ['‘We shouldn’t go,’ he added.', ['We shouldn’t go,']],
    ['He called it ‘a response to Kyiv’s attacks’ and left.', ['a response to Kyiv’s attacks']],
    ['The so-called ‘energy terror’ campaign.', ['energy terror']],
    ['“He told me ‘no’,” she said.', ['He told me ‘no’,']],
    ['“He said, ‘Not today,’ and laughed,” she said.', ['He said, ‘Not today,’ and laughed,']],
    ['‘He shouted “run”,’ she said.', ['He shouted “run”,']],
    // negatives: apostrophes are not quotes
    ['Kyiv’s army and the farmers’ union met.', []],
    ['It’s the ’90s again.', []],
    // an elided year written with an opening mark is an apostrophe, so the quote after it is found
    ['Kell said in ‘08 that “it’s a start” and the ‘blame game’ ended.', ['it’s a start', 'blame game']],
    ['Back in the ‘90s, “nobody asked.”', ['nobody asked.']],
    ['A lone ‘ mark opens nothing.', []],
  ])('%s', (text, expected) => {
    expect(findSegments(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test('the mask turns single marks into double ones and keeps the length', () => {
    const t = '‘Yes,’ she said.';
    const m = maskQuotes(t, findSegments(t));
    expect(m).toHaveLength(t.length);
    expect(m).toBe('“░░░░” she said.');
  });

  test.each([
    [['‘We are preparing for the worst,’ said Laila Mansour.'], 'laila-mansour'],
    [['Laila Mansour spoke first.', '‘It’s not over,’ she said.'], 'laila-mansour'],
  ])('British-style quote is attributed: %j', (paras, speaker) => {
    expect(quoteRows(run(paras))[0]![1]).toBe(speaker);
  });
});

describe('quote marks: split quotes and quotes across paragraphs are one quote', () => {
  test('split quote around an attribution is one quote with two parts', () => {
    const a = run(['“First,” she said, “second.”']);
    const q = a.quotes.filter((x) => x.kind !== 'reported');
    expect(q).toHaveLength(1);
    expect(q[0]!.parts).toHaveLength(2);
    expect(q[0]!.text).toBe('First, second.');
  });

  // each quote was shown through the first cue: a clause opened after the cue's comma has its own quote
  test.each([
    ['“We are not ready yet,” Ann Roe said on the radio, though she said, “We hope to.”', 'she'],
    ['“His mood is sour,” she said, but despite the tone, “he will do it,” said Tom Kell.', 'Tom Kell'],
  ])('a clause after the cue opens a quote of its own: %s', (text, mention) => {
    const q = run([text]).quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(2);
    expect(q[1]!.evidence?.mention?.text).toBe(mention);
  });

  test('an aside between dashes splits one quoted sentence; the cue after it speaks for both parts', () => {
    // the first part was a quote of its own, shown through the speaker named in the sentence before
    const text =
      'Tom Kell, the port’s pilot, says the plan can work. “I do not think the old view” -- that the port ' +
      'is dying -- “is going to last,” he says.';
    const q = run([text]).quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(1);
    expect([q[0]!.parts.length, q[0]!.evidence?.mention?.text]).toEqual([2, 'he']);
  });

  test('two separate quotes are not joined when the first ends a sentence', () => {
    const g = groupQuotes(['“We are done.” The talks ended. “We will be back,” he said.']);
    expect(g).toHaveLength(2);
  });

  test('a long description of the speaker splits one sentence when the quote goes on in lower case', () => {
    const q = run([
      '“The port used to be ours,” said Tom Kell, director of the harbour studies centre at the Dover ' +
        'Institute in Kent, “but it is slowly becoming theirs.”',
    ]).quotes.filter((x) => x.kind === 'direct');
    expect(q.map((x) => [x.text, x.speaker.name])).toEqual([
      ['The port used to be ours, but it is slowly becoming theirs.', 'Tom Kell'],
    ]);
  });

  test('a long gap before a capitalised quote stays two quotes', () => {
    const g = groupQuotes([
      '“The port used to be ours,” said Tom Kell, director of the harbour studies centre at the Dover ' +
        'Institute in Kent, “It is slowly becoming theirs.”',
    ]);
    expect(g).toHaveLength(2);
  });

  test('a colon after the attribution introduces a quote of its own, not a second part', () => {
    const text = 'After Ann Roe said towns need “better schools,” Tom Kell said: “I disagree. Totally.”';
    expect(groupQuotes([text])).toHaveLength(2);
    const q = run([text]).quotes.filter((x) => x.kind === 'direct');
    expect([q[1]!.text, q[1]!.speaker.name]).toEqual(['I disagree. Totally.', 'Tom Kell']);
  });

  test("a quote led in by a cue of its own is not the first part of the next speaker's quote", () => {
    const text = 'When a fan shouted, “Build the bridge now,” Ann Beck said, “We will vote next week.”';
    expect(groupQuotes([text])).toHaveLength(2);
    const q = run([text]).quotes.filter((x) => x.kind === 'direct');
    expect(q.map((x) => [x.text, x.speaker.name])).toEqual([
      ['Build the bridge now,', null],
      ['We will vote next week.', 'Ann Beck'],
    ]);
    // with no cue before it, the first part is the same speaker's: one quote
    expect(groupQuotes(['“Build it now,” Ann Beck said, “and vote next week.”'])).toHaveLength(1);
  });

  test('newspaper-style quote across paragraphs', () => {
    const g = groupQuotes([
      '“First paragraph of the quote.',
      '“Second paragraph,” said Samira Haddad.',
      'Unrelated.',
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]!.segments.map((s) => s.para)).toEqual([0, 1]);
  });

  test('an unclosed quote with no reopening ends at its paragraph', () => {
    const g = groupQuotes(['“Never closed.', 'Next paragraph, no mark.']);
    expect(g).toHaveLength(1);
    expect(g[0]!.segments).toHaveLength(1);
  });

  test('three-paragraph quote', () => {
    const a = run(['“One.', '“Two.', '“Three,” said Laila Mansour.']);
    const q = a.quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(1);
    expect(q[0]!.parts.map((p) => p.paragraph)).toEqual([1, 2, 3]);
    expect(q[0]!.speaker.id).toBe('laila-mansour');
  });
});

describe('quote marks: a quoted sentence ends the sentence around it', () => {
  test('the stop before the closing mark is kept in the masked text, other quoted words stay masked', () => {
    const text = 'Kell said “we need a leader.” He added “a start” too.';
    const segments = findSegments(text, 0);
    const masked = maskQuotes(text, segments);
    expect(keepQuoteEnds(masked, text, segments)).toBe(
      'Kell said “░░░░░░░░░░░░░░░░.” He added “░░░░░░░” too.',
    );
  });

  test('a cue after a quoted sentence speaks in its own sentence, not the clause before it', () => {
    const rows = quoteRows(
      run([
        'Tom Kell told the Ledger on Monday that he backs the plan because “we need a leader as mayor.” ' +
          'Dana Kell also said she has “liked it since the start.”',
      ]),
    );
    expect(rows.map(([, s]) => s)).toEqual(['Tom Kell', 'Dana Kell']);
  });
});
