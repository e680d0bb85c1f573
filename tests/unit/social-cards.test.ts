import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardKey, cardPng, cardStats, drawCard } from '../../src/lib/social-card-image.ts';
import {
  articleCard,
  cardVersion,
  quoteCard,
  socialImage,
  type CardData,
} from '../../src/lib/social-cards.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const long = 'Wörter, Łódź, Ştefan, Москва, Αθήνα: '.repeat(12);
const worst: CardData = quoteCard({
  text: long,
  kind: 'direct',
  speaker: 'Ghoncheh Tazmini Abdollahian-Montgomery',
  role: 'a visiting fellow at the Middle East Centre of the London School of Economics and Political Science',
  certain: false,
  articleTitle: long,
  source: 'A News Organisation With A Long Name',
  published: new Date('2023-12-15'),
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  process.env.SOCIAL_CARD_CACHE = dir;
});
afterAll(() => {
  delete process.env.SOCIAL_CARD_CACHE;
  rmSync(dir, { recursive: true, force: true });
});

describe('social cards', () => {
  test('an uncertain attribution reads as one, never as fact', () => {
    expect(worst.lines[0]).toMatch(
      /^Attributed to Ghoncheh Tazmini Abdollahian-Montgomery, .*… \(uncertain\)$/,
    );
    const sure = quoteCard({
      ...{
        text: 'x',
        kind: 'direct',
        speaker: 'A B',
        certain: true,
        articleTitle: 'T',
        published: new Date(0),
      },
    });
    expect(sure.lines[0]).toBe('— A B');
  });

  test('the image URL changes with the words, so shared links refresh', () => {
    const a = articleCard({
      title: 'A headline here',
      description: 'Words.',
      source: 'S',
      published: new Date(0),
    });
    const b = { ...a, title: 'Another headline' };
    expect(cardVersion(a)).not.toBe(cardVersion(b));
    expect(socialImage('/og/articles/a.png', a)).toMatchObject({ width: 1200, height: 630 });
    expect(socialImage('/og/articles/a.png', a).url).toBe(`/og/articles/a.png?v=${cardVersion(a)}`);
  });

  test('a worst-case card (long text, several scripts) is a 1200x630 PNG under 100 KB', async () => {
    const png = await drawCard(worst);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(100 * 1024);
  }, 30_000);

  test('cards are cached by content: the same card is read back, a changed one is drawn', async () => {
    const card = articleCard({
      title: 'Cached headline',
      description: 'Words.',
      source: 'S',
      published: new Date(0),
    });
    const drawn = cardStats.drawn;
    const first = await cardPng(card);
    expect(cardStats.drawn).toBe(drawn + 1);
    expect(readdirSync(dir)).toContain(`${cardKey(card)}.png`);
    const cached = cardStats.cached;
    const again = await cardPng(card);
    expect(cardStats.drawn).toBe(drawn + 1);
    expect(cardStats.cached).toBe(cached + 1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    await cardPng({ ...card, title: 'Changed headline' });
    expect(cardStats.drawn).toBe(drawn + 2);
  }, 30_000);
});
