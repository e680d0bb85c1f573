import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site for the browser tests; the build itself is `npm run build`. */
export default async function setup(project: TestProject) {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
  findChromium(); // fail early, with instructions, when there is no browser
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
