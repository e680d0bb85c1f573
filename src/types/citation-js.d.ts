/** The small part of citation-js this site uses (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(
      format: 'bibliography' | 'bibtex' | 'biblatex' | 'data',
      options?: Record<string, unknown>,
    ): string;
  }
}
declare module '@citation-js/plugin-bibtex';
