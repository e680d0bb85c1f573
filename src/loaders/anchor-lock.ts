/** Reading the anchor lock (`content/anchors.lock.json`), with a message that says how to mend it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnchorLock } from '../lib/anchors.ts';

/** The anchor lock and its text (for line numbers), or an empty one before the first `npm run anchors:lock`. */
export async function readLock(root: string, lockFile: string): Promise<{ lock: AnchorLock; text: string }> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, lockFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lock: {}, text: '' };
    throw error;
  }
  try {
    return { lock: JSON.parse(text) as AnchorLock, text };
  } catch (error) {
    throw new Error(
      `${lockFile}: not valid JSON (${(error as Error).message}). Restore it from git, or rebuild it with \`npm run anchors:lock\`.`,
      { cause: error },
    );
  }
}
