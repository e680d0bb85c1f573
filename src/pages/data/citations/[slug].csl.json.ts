// Open data: the article's citation as CSL-JSON, for Zotero, Mendeley, Pandoc (src/lib/article-citation-files.ts).
import { articleCitationFile, articleCitationPaths } from '../../../lib/article-citation-files.ts';

export const getStaticPaths = articleCitationPaths;
export const GET = articleCitationFile('csl', 'application/vnd.citationstyles.csl+json');
