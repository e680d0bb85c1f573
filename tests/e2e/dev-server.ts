/**
 * `astro dev` on a copy of the content, for the live-editing tests: the copy lives in the project
 * (tmp/, git-ignored) because the dev server watches the project, the server on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface DevServer {
  url: string;
  /** The copy of `content/` the server reads (absolute). */
  content: string;
  /** Everything the server printed so far, colour codes removed. */
  output: () => string;
  /** Waits until the output printed after `since` (a length of `output()`) matches `pattern`. */
  waitForOutput: (pattern: RegExp, since: number, timeoutMs?: number) => Promise<string>;
  stop: () => Promise<void>;
}

/** The environment without what vitest adds (NODE_ENV=test, VITEST…): Astro's dev server serves nothing under it. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|__VITEST|TEST$|NODE_ENV$)/.test(name)),
  );
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 200 ms until it returns a value, or fails after `timeoutMs` with `what`. */
export async function poll<T>(
  what: string | (() => string),
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const described = typeof what === 'string' ? what : what();
  const cause = (last as { cause?: unknown } | undefined)?.cause;
  const reason = last ? ` (${String(last)}${cause ? `: ${String(cause)}` : ''})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${described}${reason}`);
}

/** Copies content/ (and `extra` files into its articles) to tmp/, and starts `astro dev` on it. */
export async function startDevServer(extra: Record<string, string> = {}): Promise<DevServer> {
  mkdirSync('tmp', { recursive: true });
  const content = path.resolve(mkdtempSync(path.join('tmp', 'live-content-')));
  cpSync('content', content, { recursive: true });
  for (const [name, from] of Object.entries(extra)) cpSync(from, path.join(content, 'articles', name));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...outsideVitest(), CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  // eslint-disable-next-line no-control-regex -- terminal colour codes
  const add = (chunk: Buffer) => (log += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  child.stdout!.on('data', add);
  child.stderr!.on('data', add);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const server: DevServer = {
    url,
    content,
    output: () => log,
    waitForOutput: (pattern, since, timeoutMs = 30_000) =>
      poll(
        () => `the dev server to print ${pattern}; it printed:\n${log.slice(since)}`,
        async () => pattern.exec(log.slice(since))?.[0],
        timeoutMs,
      ),
    stop: async () => {
      // the server and the processes it started: its own process group, by its id
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(content, { recursive: true, force: true });
    },
  };
  try {
    await poll(
      () => `the dev server at ${url}; it printed:\n${log}`,
      async () => ((await fetch(`${url}/`)).ok ? true : undefined),
      90_000,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
