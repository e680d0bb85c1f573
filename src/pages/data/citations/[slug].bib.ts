// Open data: the article's citation as BibTeX (src/lib/article-citation-files.ts).
import { articleCitationFile, articleCitationPaths } from '../../../lib/article-citation-files.ts';

export const getStaticPaths = articleCitationPaths;
export const GET = articleCitationFile('bibtex', 'application/x-bibtex');
