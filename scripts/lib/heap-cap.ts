/**
 * The JavaScript heap cap for `astro build`. Left alone, V8 lets the heap grow toward its default limit
 * (about 4 GB on this machine) before it collects hard, so a 5,000-article archive peaked at 3.96 GiB
 * resident while its live data was about 1.4 GB. A cap keeps the heap near the live data; too low a cap
 * stops the build with "JavaScript heap out of memory" (raise it with BUILD_HEAP_MB). A
 * --max-old-space-size already in NODE_OPTIONS wins.
 */

/** The default cap in MB: room for a 5,000-article archive (live heap about 1.4 GB) and its collector. */
export const DEFAULT_HEAP_MB = 2048;

/** NODE_OPTIONS for the build: the given options plus the heap cap, unless they set one already. */
export function withHeapCap(env: NodeJS.ProcessEnv = process.env): string {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size[= ]/.test(options)) return options;
  const mb = Number(env.BUILD_HEAP_MB || DEFAULT_HEAP_MB);
  if (!Number.isInteger(mb) || mb < 256)
    throw new Error(
      `BUILD_HEAP_MB=${env.BUILD_HEAP_MB}: give the heap cap in whole megabytes, at least 256.`,
    );
  return `${options} --max-old-space-size=${mb}`.trim();
}
