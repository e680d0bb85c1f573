/**
 * Loads and validates the registry (content/actors/*.yaml, content/conflicts/*.yaml).
 * Every error names the file, the field and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { ZodError } from 'zod';
import { actorSchema, conflictSchema, idSchema } from './schema.ts';
import type { Actor, Conflict, Registry } from './schema.ts';

/** An actor or conflict with the file it was read from (when read from disk). */
type Sourced = { id: string; file?: string };

export { closestId, levenshtein } from '../analysis/closest.ts';
import { closestId } from '../analysis/closest.ts';

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function zodMessage(file: string, err: ZodError): string {
  return err.issues
    .map((i) => {
      const field = i.path.length ? i.path.join('.') : '(file)';
      return `${file}: field "${field}": ${i.message}`;
    })
    .join('\n');
}

function readEntities<T>(
  dir: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } },
): (T & { id: string; file: string })[] {
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
        `${file}: file name "${id}" is not a valid id: rename the file to lower-case kebab-case, e.g. "john-kirby.yaml"`,
      );
    }
    let raw: unknown;
    try {
      raw = loadYaml(fs.readFileSync(full, 'utf8'));
    } catch (e) {
      const err = e as { mark?: { line: number; column: number }; reason?: string; message: string };
      const where = err.mark ? ` (line ${err.mark.line + 1}, column ${err.mark.column + 1})` : '';
      throw new Error(`${file}: malformed YAML${where}: ${err.reason ?? err.message}: fix the YAML syntax`, {
        cause: e,
      });
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new Error(
        `${file}: field "(file)": expected a YAML mapping with at least "name" and "kind": write e.g. "name: John Kirby"`,
      );
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(zodMessage(file, parsed.error));
    out.push({ ...parsed.data, id, file });
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

function where(e: Sourced, type: 'actors' | 'conflicts'): string {
  return e.file ?? `content/${type}/${e.id}.yaml`;
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
    const file = where(e, type);
    const prev = seenIds.get(e.id);
    if (prev) problems.push(`${file}: id "${e.id}" is also used by ${prev}: rename one of the files`);
    else seenIds.set(e.id, file);
  }
  for (const a of registry.actors as (Actor & Sourced)[]) {
    if (a.affiliation === undefined) continue;
    const file = where(a, 'actors');
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
    for (const alias of e.aliases ?? []) {
      const key = alias.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const other = aliasOwner.get(key);
      if (other && other !== file) {
        problems.push(
          `${file}: field "aliases": alias "${alias}" is also claimed by ${other}: keep it in only one of the two files`,
        );
      } else aliasOwner.set(key, file);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
}
