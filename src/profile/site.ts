/**
 * The site of a document: the host of its URL (lower case, a leading "www."
 * dropped, no port), else the folder that holds its file (the path as given,
 * up to its last "/"), else null (stdin without a URL: counted nowhere).
 */
export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  if (!m || !m[1]) return null;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

export function siteOf(url: string | null | undefined, path: string | null | undefined): string | null {
  if (url) {
    const h = hostOf(url);
    if (h) return h;
  }
  if (path) {
    const p = path.replace(/\\/g, '/');
    const cut = p.lastIndexOf('/');
    return cut < 0 ? '.' : cut === 0 ? '/' : p.slice(0, cut);
  }
  return null;
}
