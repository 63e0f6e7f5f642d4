// The tune / check split of the development sets, shared by bench:quality, bench-meta and
// bench-titles so that they agree on every page: the first of the page's URLs whose host
// parses (lower-cased, without "www."), else its id; FNV-1a 32-bit of that key, even = tune,
// odd = check. One site's pages stay in one half.

/** FNV-1a 32-bit of the UTF-8 bytes of s. */
export function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Host of a URL, lower-cased and without "www."; null when it does not parse or has none. */
export function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The split key of a page: the host of the first of `urls` that has one, else `id`. */
export function splitKey(id, urls) {
  for (const u of urls) {
    const h = u ? hostOf(u) : null;
    if (h) return h;
  }
  return id;
}

export const halfOf = (key) => (fnv1a(key) % 2 === 0 ? 'tune' : 'check');
