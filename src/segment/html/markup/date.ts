/** Machine-readable dates from markup (ISO 8601 and RFC 2822 shapes) -> ISO 8601. */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const pad = (n: number | string) => String(n).padStart(2, '0');

function zone(z: string | undefined): string {
  if (!z) return '';
  const u = z.toUpperCase();
  if (u === 'Z' || u === 'UTC' || u === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  if (m[2] === '00' && (m[3] ?? '00') === '00') return 'Z';
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60;
}

/**
 * Normalises a markup date to ISO 8601: `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:MM:SS` with `Z` / `±HH:MM` when the source names a zone.
 * Returns null when the value is not a recognisable date.
 */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  if (s === '' || s.length > 64) return null;
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))) return null;
    const date = `${m[1]}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return date;
    return `${date}T${pad(m[4])}:${m[5]}:${pad(m[6] ?? '00')}${zone(m[7])}`;
  }
  // RFC 2822 and other shapes Date understands, only when they name a zone (else the time would be guessed).
  if (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|Z|[+-]\d{4})$/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return null;
}
