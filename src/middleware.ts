/**
 * On the dev server, a content file that fails to load (bad frontmatter, a broken registry file, a
 * vanished anchor…) turns every page into Astro's error overlay, naming the file, its line and the
 * fix, until the file is fixed. In a build the loader fails the build instead, so this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentContentError } from './loaders/dev-errors.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = currentContentError();
    if (error) throw error;
  }
  return next();
});
