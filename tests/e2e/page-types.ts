/** One page of each type the site builds from the seed, for tests that must hold on every page. */
export const PAGE_TYPES = {
  front: '/',
  article: '/articles/2023-12-15-russia-iran-gaza/',
  actors: '/actors/',
  actor: '/actors/john-kirby/',
  conflicts: '/conflicts/',
  conflict: '/conflicts/gaza-war/',
  quotes: '/quotes/',
  quote: '/quotes/2023-12-15-russia-iran-gaza/q-everything-has-changed/',
  search: '/search/',
  notFound: '/no-such-page/',
} as const;

/** [name, path] pairs, for test.each. */
export const PAGE_TYPE_LIST = Object.entries(PAGE_TYPES);
