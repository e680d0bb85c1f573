/** Public API of the analysis engine (pure): the site, the CLI and the benches use these. */
export { analyzeArticle } from './analyze.ts';
export { closestId } from './closest.ts';
export { toExport, toExportDocument } from './export.ts';
export type { ExportedArticle, ExportedQuote } from './export.ts';
export type * from './types.ts';
