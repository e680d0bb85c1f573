import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { closestId, loadRegistry, validateRegistry } from '../../src/registry/load.ts';
import { projectRegistry } from './helpers.ts';

function tmpRegistry(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-'));
  fs.mkdirSync(path.join(dir, 'actors'));
  fs.mkdirSync(path.join(dir, 'conflicts'));
  for (const [f, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), body);
  return dir;
}

describe('registry loader', () => {
  test('the project registry has the 24 actors and 5 conflicts of the seed', () => {
    expect(projectRegistry.actors).toHaveLength(24);
    expect(projectRegistry.conflicts).toHaveLength(5);
    const kirby = projectRegistry.actors.find((a) => a.id === 'john-kirby')!;
    expect(kirby).toMatchObject({ kind: 'person', affiliation: 'united-states', gender: 'male' });
  });

  test('a bad kind names the file, the field and the allowed values', () => {
    const dir = tmpRegistry({ 'actors/john-kirby.yaml': 'name: John Kirby\nkind: human\n' });
    expect(() => loadRegistry(dir)).toThrow(
      /actors\/john-kirby\.yaml:2: field "kind": kind must be one of: state, person/,
    );
  });

  test('a missing name names the field', () => {
    const dir = tmpRegistry({ 'actors/x.yaml': 'kind: state\n' });
    expect(() => loadRegistry(dir)).toThrow(/actors\/x\.yaml:1: field "name": name is required/);
  });

  test('malformed YAML names the file and the line', () => {
    const dir = tmpRegistry({ 'actors/x.yaml': 'name: X\nkind: [state\nrole: y\n' });
    expect(() => loadRegistry(dir)).toThrow(
      /actors\/x\.yaml:3: the file is not valid YAML \(column 1\): .*Fix:/,
    );
  });

  test('an unknown field names its line and the field it was probably meant to be', () => {
    const dir = tmpRegistry({ 'actors/x.yaml': 'name: X\nkind: state\nalias: [Ex]\n' });
    expect(() => loadRegistry(dir)).toThrow(
      /actors\/x\.yaml:3: field "alias" is not a field this file can have \(did you mean "aliases"\?\): rename it to "aliases"/,
    );
  });

  test.each([
    ['the', 4],
    ['said', 5],
    ['May', 4],
    ['the one', 5],
  ])('the alias %j is a common English word and is refused at its line', (word, line) => {
    const aliases = line === 4 ? `  - "${word}"\n  - Ruritania\n` : `  - Ruritania\n  - "${word}"\n`;
    const dir = tmpRegistry({ 'actors/x.yaml': `name: X\nkind: state\naliases:\n${aliases}` });
    expect(() => loadRegistry(dir)).toThrow(
      new RegExp(
        `actors/x\\.yaml:${line}: field "aliases\\.${line - 4}": alias "${word}" is a common English word: it would mark nearly every paragraph`,
      ),
    );
  });

  test.each(['US', 'WHO', 'Theresa May', 'Kirby', 'the Kremlin', 'Chad'])(
    'the alias %j is allowed',
    (alias) => {
      const dir = tmpRegistry({ 'actors/x.yaml': `name: X\nkind: state\naliases: ["${alias}"]\n` });
      expect(loadRegistry(dir).actors[0]!.aliases).toEqual([alias]);
    },
  );

  test('a file that is not UTF-8 names the byte', () => {
    const dir = tmpRegistry({});
    fs.writeFileSync(
      path.join(dir, 'actors/x.yaml'),
      Buffer.from('name: X\nkind: state\nrole: caf\xe9 owner\n', 'latin1'),
    );
    expect(() => loadRegistry(dir)).toThrow(
      /actors\/x\.yaml:3: not valid UTF-8 at byte 29 \(bytes E9 20 6F 77\)/,
    );
  });

  test('an unknown affiliation suggests the closest id', () => {
    const dir = tmpRegistry({
      'actors/john-kirby.yaml': 'name: John Kirby\nkind: person\naffiliation: united-state\n',
      'actors/united-states.yaml': 'name: United States\nkind: state\n',
    });
    expect(() => loadRegistry(dir)).toThrow(
      /john-kirby\.yaml:3: field "affiliation": unknown actor id "united-state" \(did you mean "united-states"\?\)/,
    );
  });

  test('an alias claimed by two entities names both files', () => {
    const dir = tmpRegistry({
      'actors/a.yaml': 'name: A\nkind: state\naliases: [Shared]\n',
      'conflicts/b.yaml': 'name: B\naliases: [Shared]\n',
    });
    expect(() => loadRegistry(dir)).toThrow(
      /conflicts\/b\.yaml:2: field "aliases": alias "Shared" is also claimed by .*actors\/a\.yaml/,
    );
  });

  test('a file name that is not an id is rejected', () => {
    const dir = tmpRegistry({ 'actors/John_Kirby.yaml': 'name: John Kirby\nkind: person\n' });
    expect(() => loadRegistry(dir)).toThrow(/John_Kirby\.yaml:1: file name/);
  });

  test('validateRegistry works on in-memory registries', () => {
    expect(() =>
      validateRegistry({
        actors: [
          { id: 'a', name: 'A', kind: 'state', aliases: [], affiliation: 'bb' },
          { id: 'b', name: 'B', kind: 'state', aliases: [] },
        ],
        conflicts: [],
      }),
    ).toThrow(/did you mean "b"/);
    expect(() => validateRegistry(projectRegistry)).not.toThrow();
  });

  test.each([
    ['kirbi', ['john-kirby', 'iran', 'kamran-gasanov'], 'john-kirby'],
    ['irn', ['iran', 'israel'], 'iran'],
    ['x', [], null],
  ])('closestId(%s)', (id, ids, expected) => {
    expect(closestId(id, ids)).toBe(expected);
  });
});
