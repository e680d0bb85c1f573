/**
 * Reads PolNeAR (brat standoff) from ../shared/corpora/polnear at bench time, in memory only: its text
 * is never written into this repository. One annotator per article (the first by name), so articles
 * annotated several times count once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput, BlockInput } from '../../src/analysis/types.ts';

/** A half-open character range of the article's text. */
export interface Range {
  start: number;
  end: number;
}

export interface Attribution {
  /** Fragments of each part; a part can be discontinuous. Source is null when the annotator gave none. */
  source: Range[] | null;
  cue: Range[];
  content: Range[];
  /** The cue's words, lower-cased. */
  cueText: string;
}

export interface Paragraph extends Range {
  text: string;
}

export interface CorpusArticle {
  name: string;
  text: string;
  /** The headline (the file's first line). */
  headline: Paragraph;
  /** Every later non-empty line: one paragraph each. */
  paragraphs: Paragraph[];
  attributions: Attribution[];
}

/** Where the corpus is: POLNEAR_DIR, else ../shared/corpora/polnear beside the repository. */
export function corpusDir(root: string): string {
  return process.env.POLNEAR_DIR ?? path.resolve(root, '../shared/corpora/polnear');
}

function lines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push({ start, end, text: line });
    start = end + 1;
  }
  return out;
}

function ranges(spec: string): Range[] {
  return spec.split(';').map((part) => {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    return { start: s!, end: e! };
  });
}

/** Parses one .ann file into attributions (the E lines tie Source, Cue and Content together). */
export function parseAnn(ann: string, text: string): Attribution[] {
  const spans = new Map<string, Range[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) spans.set(id, ranges(body.slice(body.indexOf(' ') + 1)));
    else if (id.startsWith('E')) events.push(body);
  }
  const out: Attribution[] = [];
  for (const event of events) {
    const roles = new Map<string, string>();
    for (const pair of event.trim().split(/\s+/)) {
      const [role, ref] = pair.split(':');
      if (role && ref) roles.set(role, ref);
    }
    const cue = spans.get(roles.get('Cue') ?? '');
    const content = spans.get(roles.get('Content') ?? '');
    if (!cue || !content) continue;
    const source = spans.get(roles.get('Source') ?? '') ?? null;
    const cueText = cue
      .map((r) => text.slice(r.start, r.end))
      .join(' ')
      .toLowerCase();
    out.push({ source, cue, content, cueText });
  }
  return out;
}

/** Every article of one split ('train' or 'dev'), sorted by name. */
export function readSplit(dir: string, split: string): CorpusArticle[] {
  const textDir = path.join(dir, split, 'text');
  const annDir = path.join(dir, split, 'attributions');
  if (!fs.existsSync(textDir)) {
    throw new Error(`${textDir}: no PolNeAR ${split} split here. Set POLNEAR_DIR to the corpus folder.`);
  }
  const anns = fs.readdirSync(annDir).sort();
  return fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = fs.readFileSync(path.join(textDir, file), 'utf8');
      const annFile = anns.find((a) => a.startsWith(`${name}_`) && a.endsWith('.ann'));
      const ann = annFile ? fs.readFileSync(path.join(annDir, annFile), 'utf8') : '';
      const [headline, ...paragraphs] = lines(text);
      return { name, text, headline: headline!, paragraphs, attributions: parseAnn(ann, text) };
    });
}

/** A span given by paragraph (1-based) and offsets in it, as offsets into the article's text. */
export function articleRange(
  article: CorpusArticle,
  span: { paragraph: number; start: number; end: number },
): Range {
  const base = article.paragraphs[span.paragraph - 1]!.start;
  return { start: base + span.start, end: base + span.end };
}

/** The engine's input for a corpus article: its headline as a heading, then its paragraphs. */
export function articleInput(article: CorpusArticle): ArticleInput {
  const blocks: BlockInput[] = [
    { kind: 'heading', depth: 2, text: article.headline.text },
    ...article.paragraphs.map((p): BlockInput => ({ kind: 'paragraph', text: p.text })),
  ];
  return { file: article.name, blocks };
}
