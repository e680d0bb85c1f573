/**
 * Source files must be UTF-8. A byte that is not would otherwise become U+FFFD and take the word
 * (and any mention in it) with it, so it stops the build with the byte offset, the line and the fix.
 */
import { isUtf8 } from 'node:buffer';

const utf8 = new TextDecoder('utf-8');

/** The text of a UTF-8 file (a leading byte-order mark dropped); throws naming the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidByte(bytes);
    const line = countLines(bytes, offset);
    const hex = [...bytes.subarray(offset, offset + 4)]
      .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
      .join(' ');
    throw new Error(
      `${file}:${line}: not valid UTF-8 at byte ${offset} (bytes ${hex}). ` +
        'Fix: save the file as UTF-8 in your editor (it was probably saved as Windows-1252 or Latin-1), ' +
        'then check the characters on this line.',
    );
  }
  return utf8.decode(bytes);
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
