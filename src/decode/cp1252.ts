/**
 * Windows-1252 bytes 0x80..0x9F. Shared by the mojibake repair (to map the
 * characters back to the bytes they were read from), by the C1-control repair
 * and by numeric character references (HTML maps &#128;..&#159; to these).
 * The five bytes Windows-1252 leaves undefined map to the C1 control itself,
 * as the WHATWG decoder does.
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Unicode code point -> Windows-1252 byte, for the characters above 0xFF that Windows-1252 holds. */
export const CP1252_BYTE = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => {
  if (cp > 0xff) CP1252_BYTE.set(cp, 0x80 + i);
});

/** Byte that a character stands for when the text was read as Windows-1252 (or Latin-1), or -1. */
export function cp1252Byte(cp: number): number {
  if (cp <= 0xff) return cp;
  return CP1252_BYTE.get(cp) ?? -1;
}

/** Regex class body (for use inside [...]) of the characters that stand for UTF-8 continuation bytes 0x80..0xBF. */
export const CONTINUATION_CLASS =
  '\\u0080-\\u00bf' +
  CP1252_HIGH.filter((cp) => cp > 0xff)
    .map((cp) => `\\u${cp.toString(16).padStart(4, '0')}`)
    .join('');
