/** Site URLs in one place, so pages, plugins and feeds agree. */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  /** Page `n` of the list of articles: the front page, then /page/<n>/. */
  articlesPage: (n: number) => (n <= 1 ? '/' : `/page/${n}/`),
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  conflicts: () => '/conflicts/',
  conflict: (id: string) => `/conflicts/${id}/`,
  quotes: () => '/quotes/',
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/'),
  analysisJson: () => '/data/analysis.json',
  quotesCsv: () => '/data/quotes.csv',
};

/** URL of an actor's or a conflict's page. */
export function entityUrl(type: 'actor' | 'conflict', id: string): string {
  return type === 'actor' ? urls.actor(id) : urls.conflict(id);
}
