/**
 * The one schema of the registry (actors and conflicts) and of article frontmatter.
 *
 * Pure zod: imported by the Astro content config (which swaps `affiliation`
 * for a `reference()`), by the registry loader and by the CLI.
 */
import { z } from 'zod';

/** Lower-case kebab-case id, the file name without extension. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'id must be lower-case kebab-case, e.g. "john-kirby"',
});

export const actorKinds = [
  'state',
  'person',
  'people',
  'bloc',
  'alliance',
  'armed group',
  'government body',
  'think tank',
  'media',
  'academic institution',
  'organisation',
] as const;

/** An editor's note: the only place a fact the article does not state may appear. */
export const editorNoteSchema = z.string().min(1).optional();

/**
 * Fields shared by actors and conflicts.
 * `aliases` are every surface form the analysis should find (names, short names,
 * capitals standing for states, demonyms). Capital letters in an alias must be
 * capital in the text; lower-case letters match either case.
 */
const entityBase = z.object({
  name: z.string().min(1, { message: 'name must not be empty' }),
  aliases: z.array(z.string().min(1, { message: 'an alias must not be empty' })).default([]),
  note: editorNoteSchema,
});

export const actorSchema = entityBase.extend({
  kind: z.enum(actorKinds, {
    message: `kind must be one of: ${actorKinds.join(', ')}`,
  }),
  /** The role as the article states it, e.g. "US national security spokesman". */
  role: z.string().optional(),
  /** Id of another actor this one belongs to (a person's state, a ministry's state). */
  affiliation: idSchema.optional(),
  /** Only where the text shows it (a "he" or "she" that refers to the person). */
  gender: z.enum(['female', 'male']).optional(),
});

export const conflictSchema = entityBase.extend({
  kind: z.string().default('conflict'),
});

export type ActorData = z.infer<typeof actorSchema>;
export type ConflictData = z.infer<typeof conflictSchema>;
export type Actor = ActorData & { id: string };
export type Conflict = ConflictData & { id: string };

/** The registry the analysis runs against. */
export interface Registry {
  actors: Actor[];
  conflicts: Conflict[];
}

/** An editor's correction of one quote, keyed by the quote's id or its opening words. */
export const quoteOverrideSchema = z
  .object({
    quote: z.string().min(1, {
      message: 'quote must name the quote id (e.g. "q-everything-has-changed") or its opening words',
    }),
    speaker: idSchema.optional(),
    scare: z.boolean().optional(),
  })
  .refine((o) => o.speaker !== undefined || o.scare !== undefined, {
    message: 'a quote override needs "speaker: <actor-id>" or "scare: true"',
  });

export type QuoteOverride = z.infer<typeof quoteOverrideSchema>;

/** Article frontmatter. `published` is the article's own date. */
export const articleFrontmatterSchema = z.object({
  title: z
    .string({ message: 'title is required: an editorial headline stating only what the article says' })
    .min(10, { message: 'title is too short: write a headline of at least 10 characters' }),
  description: z
    .string({ message: 'description is required: one or two sentences on what the article says' })
    .min(20, { message: 'description is too short: one or two full sentences' }),
  published: z.coerce.date({ message: 'published must be a date, e.g. 2023-12-15' }),
  updated: z.coerce.date({ message: 'updated must be a date, e.g. 2023-12-16' }).optional(),
  source: z.string({ message: 'source is required, e.g. "TRT World"' }).min(1),
  /** The byline as the source credits it: one name or a list; without it the source is the author. */
  author: z
    .union([
      z.string().min(1, { message: 'author must be a name, e.g. "Murat Sofuoglu"' }),
      z.array(z.string().min(1, { message: 'an author must be a name' })).min(1, {
        message: 'author must list at least one name, or be left out to credit the source',
      }),
    ])
    .optional()
    .transform((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v)),
  sourceUrl: z
    .url({
      protocol: /^https?$/,
      message: 'sourceUrl must be an absolute http(s) URL, e.g. "https://www.trtworld.com/…"',
    })
    .optional(),
  tags: z.array(z.string()).default([]),
  quotes: z.array(quoteOverrideSchema).default([]),
  /** Old anchor -> current anchor, so links to a paragraph whose words changed keep landing. */
  anchors: z
    .record(
      z
        .string()
        .regex(/^[a-z0-9-]+$/, { message: 'an anchor alias must be lower-case letters, digits and hyphens' }),
      z.string().regex(/^[a-z0-9-]+$/, {
        message: 'an anchor alias must point to an anchor (lower-case letters, digits and hyphens)',
      }),
    )
    .default({}),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
