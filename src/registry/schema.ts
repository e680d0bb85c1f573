/**
 * The one schema of the registry (actors and conflicts) and of article frontmatter.
 *
 * Zod (through `astro/zod`, the copy Astro uses): imported by the Astro content config (which swaps
 * `affiliation` for a `reference()`), by the registry loader and by the CLI. Objects are strict: a
 * misspelt key is an error, never silently dropped. Every message says how to fix the value.
 */
import { z } from 'astro/zod';
import { commonWordIn } from './common-words.ts';
import { calendarDate } from './dates.ts';

/** A text field: one message when it is missing, another when it is there but not text (`title: 12`). */
const text = (field: string, required: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? required : `${field} must be text: put it in quotes, e.g. ${field}: "…"`,
  });

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
const aliasSchema = z
  .string({ message: 'an alias must be text, e.g. "Tehran"' })
  .min(1, { message: 'an alias must not be empty: remove the empty item' })
  .superRefine((alias, ctx) => {
    const word = commonWordIn(alias);
    if (word)
      ctx.addIssue({
        code: 'custom',
        message: `alias "${word}" is a common English word: it would mark nearly every paragraph as naming this entry. Use a name or a longer phrase (e.g. "Theresa May", not "May"), or remove it`,
      });
  });

const entityBase = z.strictObject({
  name: text('name', 'name is required, e.g. "name: John Kirby"').min(1, {
    message: 'name must not be empty: write the name, e.g. "name: John Kirby"',
  }),
  aliases: z
    .array(aliasSchema, { message: 'aliases must be a list, e.g. "aliases: [John Kirby, Kirby]"' })
    .default([]),
  note: editorNoteSchema,
});

export const actorSchema = entityBase.extend({
  kind: z.enum(actorKinds, {
    message: `kind must be one of: ${actorKinds.join(', ')}`,
  }),
  /** The role as the article states it, e.g. "US national security spokesman". */
  role: z.string({ message: 'role must be text, e.g. "US national security spokesman"' }).optional(),
  /** Id of another actor this one belongs to (a person's state, a ministry's state). */
  affiliation: idSchema.optional(),
  /** Only where the text shows it (a "he" or "she" that refers to the person). */
  gender: z
    .enum(['female', 'male'], { message: 'gender must be "female" or "male" (or leave it out)' })
    .optional(),
});

export const conflictSchema = entityBase.extend({
  kind: z.string({ message: 'kind must be text, e.g. "war"' }).default('conflict'),
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
  .strictObject(
    {
      quote: z
        .string({
          message: 'quote must name the quote id (e.g. "q-everything-has-changed") or its opening words',
        })
        .min(1, {
          message: 'quote must name the quote id (e.g. "q-everything-has-changed") or its opening words',
        }),
      speaker: idSchema.optional(),
      scare: z.boolean({ message: 'scare must be true or false' }).optional(),
    },
    { message: 'a quote override must be a mapping, e.g. "- quote: q-everything-has-changed"' },
  )
  .refine((o) => o.speaker !== undefined || o.scare !== undefined, {
    message: 'a quote override needs "speaker: <actor-id>" or "scare: true"',
  });

export type QuoteOverride = z.infer<typeof quoteOverrideSchema>;

/** An article's slug: its file name without `.md`, which is its URL (`/articles/<slug>/`). */
export const slugSchema = z.string().regex(/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/, {
  message:
    'a slug is a file name without ".md": letters, digits and single hyphens, e.g. "2023-12-15-russia-iran-gaza"',
});

/** A date (`2023-12-15`) or a date and time with its zone (`2023-12-15T09:30:00Z`) that exists in the calendar. */
const dateField = (field: string, example: string) =>
  z.string({ message: `${field} must be a date, e.g. ${example}` }).transform((value, ctx) => {
    const date = calendarDate(value);
    if (typeof date === 'string') {
      ctx.addIssue({ code: 'custom', message: `${field} ${date}: write a real date, e.g. ${example}` });
      return z.NEVER;
    }
    return date;
  });

const anchorPattern = /^[a-z0-9-]+$/;

/** Article frontmatter. `published` is the article's own date. */
export const articleFrontmatterSchema = z.strictObject(
  {
    title: text('title', 'title is required: an editorial headline stating only what the article says').min(
      10,
      { message: 'title is too short: write a headline of at least 10 characters' },
    ),
    description: text(
      'description',
      'description is required: one or two sentences on what the article says',
    ).min(20, { message: 'description is too short: write one or two full sentences' }),
    published: dateField('published', '2023-12-15'),
    updated: dateField('updated', '2023-12-16').optional(),
    source: text('source', 'source is required, e.g. "TRT World"').min(1, {
      message: 'source must not be empty: name the outlet, e.g. "TRT World"',
    }),
    /** The byline as the source credits it: one name or a list; without it the source is the author. */
    author: z
      .union(
        [
          z.string().min(1, { message: 'author must be a name, e.g. "Murat Sofuoglu"' }),
          z.array(z.string().min(1, { message: 'an author must be a name' })).min(1, {
            message: 'author must list at least one name, or be left out to credit the source',
          }),
        ],
        { message: 'author must be a name or a list of names, e.g. "author: Murat Sofuoglu"' },
      )
      .optional()
      .transform((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v)),
    sourceUrl: z
      .url({
        protocol: /^https?$/,
        message: 'sourceUrl must be an absolute http(s) URL, e.g. "https://www.trtworld.com/…"',
      })
      .optional(),
    tags: z
      .array(z.string({ message: 'a tag must be text, e.g. "Russia"' }), {
        message: 'tags must be a list, e.g. "tags: [Russia, Iran]"',
      })
      .default([]),
    quotes: z
      .array(quoteOverrideSchema, {
        message: 'quotes must be a list of overrides, e.g. "- quote: q-everything-has-changed"',
      })
      .default([]),
    /** Old anchor -> current anchor, so links to a paragraph whose words changed keep landing. */
    anchors: z
      .record(
        z.string().regex(anchorPattern, {
          message: 'an anchor alias must be lower-case letters, digits and hyphens',
        }),
        z
          .string({ message: 'an anchor alias must point to an anchor, e.g. "old-words: new-words"' })
          .regex(anchorPattern, {
            message: 'an anchor alias must point to an anchor (lower-case letters, digits and hyphens)',
          }),
        { message: 'anchors must map old anchors to new ones, e.g. "anchors: { old-words: new-words }"' },
      )
      .default({}),
    /** Earlier slugs of this article (renamed files): their URLs redirect here. */
    redirectFrom: z
      .array(slugSchema, {
        message: 'redirectFrom must be a list of earlier slugs, e.g. "redirectFrom: [2023-12-15-old-name]"',
      })
      .default([]),
    /** A date after today is a mistake unless the editor says it is meant. */
    allowFutureDate: z
      .boolean({ message: 'allowFutureDate must be true or false (or leave it out)' })
      .default(false),
    /** An article above the size limit is a mistake unless the editor says it is meant. */
    allowLargeArticle: z
      .boolean({ message: 'allowLargeArticle must be true or false (or leave it out)' })
      .default(false),
  },
  { message: 'the frontmatter must be a YAML mapping of fields, e.g. "title: …"' },
);

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/**
 * The frontmatter the analysis alone needs (the analyze CLI, the review desk): only `title`, so any
 * article can be analysed; every other field, when present, is checked as for publishing.
 */
export const analysisFrontmatterSchema = articleFrontmatterSchema.partial({
  description: true,
  published: true,
  source: true,
});
