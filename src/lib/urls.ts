/** Site URLs in one place, so pages, plugins and feeds agree. */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  /** An article's analysis on a page of its own (fetched into the article when the reader asks). */
  articleAnalysis: (slug: string) => `/articles/${slug}/analysis/`,
  /** Page `n` of the list of articles: the front page, then /page/<n>/. */
  articlesPage: (n: number) => (n <= 1 ? '/' : `/page/${n}/`),
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  conflicts: () => '/conflicts/',
  conflict: (id: string) => `/conflicts/${id}/`,
  quotes: () => '/quotes/',
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/'),
  quote: (article: string, quote: string) => `/quotes/${article}/${quote}/`,
  analysisJson: () => '/data/analysis.json',
  quotesCsv: () => '/data/quotes.csv',
  /** The citations of an article's quotes, by quote id (fetched by its Cite controls). */
  quoteCitations: (slug: string) => `/data/citations/${slug}.json`,
  /** The article's own citation as a file: BibTeX (`bib`) or CSL-JSON (`csl.json`). */
  articleCitation: (slug: string, format: 'bib' | 'csl.json') => `/data/citations/${slug}.${format}`,
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  sitemap: () => '/sitemap-index.xml',
};

/** Where each page's social card (og:image) is drawn. */
export const cardUrls = {
  site: () => '/og/site.png',
  article: (slug: string) => `/og/articles/${slug}.png`,
  actor: (id: string) => `/og/actors/${id}.png`,
  conflict: (id: string) => `/og/conflicts/${id}.png`,
  quote: (article: string, quote: string) => `/og/quotes/${article}/${quote}.png`,
};

/** URL of an actor's or a conflict's page. */
export function entityUrl(type: 'actor' | 'conflict', id: string): string {
  return type === 'actor' ? urls.actor(id) : urls.conflict(id);
}
