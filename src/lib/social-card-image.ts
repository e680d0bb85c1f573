/**
 * Draws a social card (1200x630 PNG) at build time: satori lays the words out as SVG with fonts from
 * npm (@fontsource Source Serif 4 and Source Sans 3, WOFF), resvg rasterises it (sharp was measured: its
 * 256-colour PNG is smaller, 33 KB against 48, but it drew 2-3x slower; resvg's 3 MB pixel buffer stays
 * until V8 collects its object, which bench/social-cards.ts shows as resident growth). Cards are cached by
 * content: the key hashes the card's words, the drawing code, the fonts and the library versions, so an
 * unchanged page is read back instead of redrawn.
 *
 * Cache: node_modules/.cache/social-cards/ (SOCIAL_CARD_CACHE=<dir> moves it, SOCIAL_CARD_CACHE=off
 * turns it off).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, SITE_NAME, type CardData } from './social-cards.ts';

const require = createRequire(import.meta.url);

/** The light theme's colours (src/styles/global.css). */
const COLOURS = { paper: '#fbfaf7', ink: '#1d1b18', muted: '#57534e', rule: '#d6d3ce', accent: '#a3261d' };

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'];
const FACES: { family: string; pkg: string; weight: 400 | 600 | 700 }[] = [
  { family: 'Serif', pkg: 'source-serif-4', weight: 400 },
  { family: 'Serif', pkg: 'source-serif-4', weight: 700 },
  { family: 'Sans', pkg: 'source-sans-3', weight: 400 },
  { family: 'Sans', pkg: 'source-sans-3', weight: 600 },
];

let fonts: SatoriOptions['fonts'] | undefined;
let fontKey = '';

/** The card fonts, read once from the @fontsource packages (satori reads WOFF, not WOFF2). */
function loadFonts(): SatoriOptions['fonts'] {
  if (fonts) return fonts;
  const loaded: SatoriOptions['fonts'] = [];
  const names: string[] = [];
  for (const face of FACES) {
    for (const subset of SUBSETS) {
      const file = `@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${face.weight}-normal.woff`;
      // One family per subset, listed as a stack: satori falls back along the stack glyph by glyph.
      loaded.push({
        name: `${face.family} ${subset}`,
        data: readFileSync(require.resolve(file)),
        weight: face.weight,
        style: 'normal',
      });
      names.push(file);
    }
  }
  const versions = [
    'satori',
    '@resvg/resvg-js',
    '@fontsource/source-serif-4',
    '@fontsource/source-sans-3',
  ].map((pkg) => `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  fontKey = [...versions, ...names].join('\n');
  fonts = loaded;
  return fonts;
}

/** A CSS font stack of one family's subsets. */
function stack(family: string): string {
  return SUBSETS.map((subset) => `'${family} ${subset}'`).join(', ');
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Headline size by length, so a long title still fits in three or four lines. */
function titleSize(card: CardData): number {
  const n = card.title.length;
  if (card.kind === 'quote') return n > 140 ? 40 : n > 100 ? 46 : n > 60 ? 54 : 64;
  return n > 110 ? 50 : n > 70 ? 58 : n > 30 ? 66 : 84;
}

/** The card as satori elements: an accent bar, the kicker, the title, its lines, and the site's name. */
function cardTree(card: CardData): Node {
  const quote = card.kind === 'quote';
  return el(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: COLOURS.paper, color: COLOURS.ink },
    [
      el('div', { width: 18, height: '100%', background: COLOURS.accent }),
      el(
        'div',
        {
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          padding: '64px 72px 48px 64px',
          fontFamily: stack('Sans'),
        },
        [
          el(
            'div',
            {
              fontSize: 26,
              fontWeight: 600,
              letterSpacing: 3,
              color: COLOURS.accent,
              textTransform: 'uppercase',
            },
            card.kicker,
          ),
          el(
            'div',
            {
              marginTop: 26,
              fontFamily: stack('Serif'),
              fontWeight: quote ? 400 : 700,
              fontSize: titleSize(card),
              lineHeight: 1.14,
              display: 'block',
              lineClamp: 4,
            },
            card.title,
          ),
          ...card.lines.map((line, i) =>
            el(
              'div',
              {
                marginTop: i === 0 ? 26 : 10,
                fontSize: 30,
                lineHeight: 1.3,
                color: quote && i === 0 ? COLOURS.ink : COLOURS.muted,
                fontWeight: quote && i === 0 ? 600 : 400,
                display: 'block',
                lineClamp: card.lines.length === 1 ? 3 : 2,
              },
              line,
            ),
          ),
          el(
            'div',
            {
              marginTop: 'auto',
              paddingTop: 20,
              borderTop: `2px solid ${COLOURS.rule}`,
              display: 'flex',
              justifyContent: 'space-between',
              fontSize: 26,
            },
            [
              el('div', { fontFamily: stack('Serif'), fontWeight: 700 }, SITE_NAME),
              el('div', { color: COLOURS.muted }, 'Who is named, who is quoted'),
            ],
          ),
        ],
      ),
    ],
  );
}

/** Where cards are cached, or null when SOCIAL_CARD_CACHE=off. */
export function cardCacheDir(): string | null {
  const setting = process.env.SOCIAL_CARD_CACHE;
  if (setting === 'off') return null;
  return path.resolve(setting || 'node_modules/.cache/social-cards');
}

/** The cache key of a card: its words, the drawing code, the fonts and the library versions. */
export function cardKey(card: CardData): string {
  loadFonts();
  return createHash('sha256')
    .update(JSON.stringify(card))
    .update(cardTree.toString())
    .update(titleSize.toString())
    .update(JSON.stringify(COLOURS))
    .update(fontKey)
    .digest('hex')
    .slice(0, 32);
}

/** Counts of cards drawn and read from the cache in this process (for the build's report and tests). */
export const cardStats = { drawn: 0, cached: 0 };

/** Draws a card as SVG (satori) and PNG (resvg), without the cache. */
export async function drawCard(card: CardData): Promise<Uint8Array> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The card's PNG: from the cache when this exact card was drawn before, else drawn and cached. */
export async function cardPng(card: CardData): Promise<Uint8Array> {
  const dir = cardCacheDir();
  const file = dir ? path.join(dir, `${cardKey(card)}.png`) : null;
  if (file) {
    try {
      const png = readFileSync(file);
      cardStats.cached++;
      return png;
    } catch {
      /* not cached yet */
    }
  }
  const png = await drawCard(card);
  cardStats.drawn++;
  if (dir && file) {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build stopped halfway never leaves a truncated card behind.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  }
  return png;
}

/** A card as an endpoint's response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
