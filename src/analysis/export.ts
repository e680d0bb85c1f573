/** The public JSON shape of an analysis (CLI output and /data/analysis.json). */
import type { Analysis, Confidence, Evidence, QuoteKind } from './types.ts';

export interface ExportedQuote {
  id: string;
  text: string;
  speaker: { id: string | null; name: string | null; registered: boolean; role?: string };
  kind: QuoteKind;
  paragraph: number;
  anchor: string;
  /** How sure the engine is of the speaker; null without one. */
  confidence: Confidence | null;
  /** The cue and the mention the speaker was found through, with paragraph offsets. */
  evidence: Evidence | null;
}

export interface ExportedArticle {
  file: string;
  paragraphs: { anchor: string; text: string }[];
  mentions: { paragraph: number; actors: string[]; conflicts: string[] }[];
  quotes: ExportedQuote[];
}

/** Shapes one analysis as the published JSON article entry. */
export function toExport(analysis: Analysis): ExportedArticle {
  return {
    file: analysis.file,
    paragraphs: analysis.paragraphs.map((p) => ({ anchor: p.anchor, text: p.text })),
    mentions: analysis.mentions.map((m) => ({
      paragraph: m.paragraph,
      actors: [...m.actors],
      conflicts: [...m.conflicts],
    })),
    quotes: analysis.quotes.map((q) => {
      const speaker: ExportedQuote['speaker'] = {
        id: q.speaker.id,
        name: q.speaker.name,
        registered: q.speaker.registered,
      };
      if (q.speaker.role) speaker.role = q.speaker.role;
      return {
        id: q.id,
        text: q.text,
        speaker,
        kind: q.kind,
        paragraph: q.paragraph,
        anchor: q.anchor,
        confidence: q.confidence,
        evidence: q.evidence,
      };
    }),
  };
}

/** The whole published document: `{ articles: [...] }`. */
export function toExportDocument(analyses: Analysis[]): { articles: ExportedArticle[] } {
  return { articles: analyses.map(toExport) };
}
