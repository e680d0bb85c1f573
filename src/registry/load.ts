/**
 * Loads and validates the registry (content/actors/*.yaml, content/conflicts/*.yaml).
 * Every error names the file, the field and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describeIssues } from './issues.ts';
import { actorSchema, conflictSchema, idSchema } from './schema.ts';
import type { Actor, Conflict, Registry } from './schema.ts';
import { decodeUtf8 } from './utf8.ts';
import { parseYaml, type DataPath } from './yaml.ts';

/** An actor or conflict with the file it was read from (when read from disk). */
type Sourced = { id: string; file?: string };

export { closestId, levenshtein } from '../analysis/closest.ts';
import { closestId } from '../analysis/closest.ts';

/** Where each entity read from disk has its fields, for messages about cross-file rules. */
const linesOf = new WeakMap<object, (path: DataPath) => number>();

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function readEntities<T>(dir: string, schema: z.ZodType<T>): (T & { id: string; file: string })[] {
  if (!fs.existsSync(dir)) return [];
  const out: (T & { id: string; file: string })[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const full = path.join(dir, name);
    const file = display(full);
    const id = name.replace(/\.ya?ml$/, '');
    const idCheck = idSchema.safeParse(id);
    if (!idCheck.success) {
      throw new Error(
        `${file}:1: file name "${id}" is not a valid id: rename the file to lower-case kebab-case, e.g. "john-kirby.yaml"`,
      );
    }
    const yaml = parseYaml(decodeUtf8(fs.readFileSync(full), file), { file });
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      throw new Error(
        `${file}:1: field "(file)": expected a YAML mapping with at least "name" and "kind": write e.g. "name: John Kirby"`,
      );
    }
    const parsed = schema.safeParse(yaml.data);
    if (!parsed.success) throw new Error(describeIssues(file, parsed.error.issues, yaml, schema).join('\n'));
    const entity = { ...parsed.data, id, file };
    linesOf.set(entity, (p) => yaml.lineOf(p));
    out.push(entity);
  }
  return out;
}

/** Reads content/actors/*.yaml and content/conflicts/*.yaml under `dir`, validates them, and returns the registry. */
export function loadRegistry(dir = 'content'): Registry {
  const actors = readEntities<Omit<Actor, 'id'>>(path.join(dir, 'actors'), actorSchema) as (Actor & {
    file: string;
  })[];
  const conflicts = readEntities<Omit<Conflict, 'id'>>(
    path.join(dir, 'conflicts'),
    conflictSchema,
  ) as (Conflict & { file: string })[];
  const registry: Registry = { actors, conflicts };
  validateRegistry(registry);
  return registry;
}

/** The entity's file, with the line of `field` when it was read from disk. */
function where(e: Sourced, type: 'actors' | 'conflicts', field?: DataPath): string {
  const file = e.file ?? `content/${type}/${e.id}.yaml`;
  const lineOf = linesOf.get(e);
  return lineOf && field ? `${file}:${lineOf(field)}` : file;
}

/** Checks cross-entity rules (affiliations exist, aliases unique, ids unique); throws an Error naming file, field and fix. */
export function validateRegistry(registry: Registry): void {
  const problems: string[] = [];
  const actorIds = registry.actors.map((a) => a.id);
  const seenIds = new Map<string, string>();
  const all: { e: Sourced & { aliases?: string[]; name: string }; type: 'actors' | 'conflicts' }[] = [
    ...registry.actors.map((e) => ({ e: e as Actor & Sourced, type: 'actors' as const })),
    ...registry.conflicts.map((e) => ({ e: e as Conflict & Sourced, type: 'conflicts' as const })),
  ];
  for (const { e, type } of all) {
    const file = where(e, type, []);
    const prev = seenIds.get(e.id);
    if (prev) problems.push(`${file}: id "${e.id}" is also used by ${prev}: rename one of the files`);
    else seenIds.set(e.id, file);
  }
  for (const a of registry.actors as (Actor & Sourced)[]) {
    if (a.affiliation === undefined) continue;
    const file = where(a, 'actors', ['affiliation']);
    if (a.affiliation === a.id) {
      problems.push(
        `${file}: field "affiliation": an actor cannot be affiliated with itself: remove the field or name another actor id`,
      );
    } else if (!actorIds.includes(a.affiliation)) {
      const near = closestId(a.affiliation, actorIds);
      problems.push(
        `${file}: field "affiliation": unknown actor id "${a.affiliation}"` +
          (near ? ` (did you mean "${near}"?)` : '') +
          `: use the file name of an existing content/actors/*.yaml`,
      );
    }
  }
  const aliasOwner = new Map<string, string>();
  for (const { e, type } of all) {
    const file = where(e, type);
    const own = new Set<string>();
    for (const [i, alias] of (e.aliases ?? []).entries()) {
      const key = alias.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const other = aliasOwner.get(key);
      if (other && other !== file) {
        problems.push(
          `${where(e, type, ['aliases', i])}: field "aliases": alias "${alias}" is also claimed by ${other}: keep it in only one of the two files`,
        );
      } else aliasOwner.set(key, file);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
}
