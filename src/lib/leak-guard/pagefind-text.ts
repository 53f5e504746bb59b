import { TEXT_BREAK, withoutBreaks } from './words.ts';
import { gunzipSync } from 'node:zlib';
import { jsonText } from './text.ts';

const SIGNATURE = 'pagefind_dcd';

/**
 * The text of a file of Pagefind's index. Each is gzipped and starts with a signature; a page's
 * fragment (.pf_fragment) is then JSON (its URL, text, meta and filters), the others are CBOR:
 * filter values with their pages (.pf_filter), the index's version, page hashes and filter names
 * (.pf_meta). CBOR's length prefixes are bytes that read as letters ("k" before an 11-byte string),
 * so its strings are decoded one by one rather than read as text.
 */
export function pagefindText(compressed: Uint8Array): string {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(compressed);
  } catch {
    return Buffer.from(compressed).toString('utf8'); // not compressed after all: read as it is
  }
  const start = bytes.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? SIGNATURE.length : 0;
  const body = bytes.subarray(start);
  if (body[0] === 0x7b /* { */) return jsonText(body.toString('utf8'));
  try {
    return cborStrings(body).map(withoutBreaks).join(TEXT_BREAK);
  } catch {
    return body.toString('utf8'); // not the CBOR we know: every byte as text is better than nothing
  }
}

/** Every text string in a CBOR document (RFC 8949), in order. */
export function cborStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  const decoder = new TextDecoder();
  let offset = 0;
  const take = (count: number): Uint8Array => {
    if (offset + count > bytes.length) throw new Error('CBOR: unexpected end');
    const slice = bytes.subarray(offset, offset + count);
    offset += count;
    return slice;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : -1;
    if (size < 0) throw new Error(`CBOR: unsupported length ${info}`);
    let value = 0;
    for (const byte of take(size)) value = value * 256 + byte;
    return value;
  };
  const item = (): void => {
    const initial = take(1)[0]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (info === 31 && major >= 2 && major <= 5) {
      // Indefinite length: items until the "break" byte.
      while (bytes[offset] !== 0xff) {
        if (offset >= bytes.length) throw new Error('CBOR: unexpected end');
        item();
        if (major === 5) item();
      }
      offset += 1;
      return;
    }
    if (major === 7) {
      if (info >= 24 && info <= 27) take(info === 24 ? 1 : 2 ** (info - 24));
      return;
    }
    const value = argument(info);
    if (major === 2) take(value);
    else if (major === 3) strings.push(decoder.decode(take(value)));
    else if (major === 4) for (let index = 0; index < value; index += 1) item();
    else if (major === 5) for (let index = 0; index < value * 2; index += 1) item();
    else if (major === 6) item();
  };
  while (offset < bytes.length) item();
  return strings;
}
