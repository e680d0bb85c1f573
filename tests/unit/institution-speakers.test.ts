import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Registry } from '../../src/registry/schema.ts';

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

describe('public bodies named by a description', () => {
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
