/**
 * One round of the pipeline, unsettled: decode -> segment into blocks -> pre
 * rules -> body selection -> post rules. clean.ts runs it once, settle.ts runs
 * it again over the body, and HTML body selection gets it as `textRound`.
 */
import type { Block, CleanOptions, Doc, FieldName, Format, Hit, Label, Rule, SiteDom, SiteRules } from '../core/types.js';
import { BlockSet } from '../core/block-set.js';
import { featuresOf, inheritCaches } from '../core/features.js';
import { isJsSpace } from '../core/text.js';
import { decode, finishText, normalizeText, DEFAULT_MAX_BYTES, type Decoded } from '../decode/index.js';
import { sniffFormat } from '../segment/sniff.js';
import { segmentText } from '../segment/text.js';
import { segmentHtml } from '../segment/html.js';
import { preRules, postRules } from '../rules/index.js';
import { selectBody, type TextRound } from '../body/select.js';
import { inPostFrame } from '../body/post-frame.js';
import { detectLanguage } from '../extract/language.js';
import { siteOf } from '../profile/site.js';
import { DEFAULT_MIN_DOCS, DEFAULT_SHARE } from '../profile/defaults.js';
import { SITE_REPEAT } from '../rules/site-repeat.js';

/**
 * One frozen label per rule and field, shared by every block it takes: a page
 * of a hundred thousand "Share" lines holds one label, not a hundred thousand
 * (issue 6: long-lived objects per line are what the young-generation GC copies).
 */
const plainLabels = new Map<string, Label>();
const fieldLabels = new Map<string, Map<FieldName, Label>>();
export function labelOf(rule: string, field?: FieldName): Label {
  if (!field) {
    let l = plainLabels.get(rule);
    if (l === undefined) plainLabels.set(rule, (l = Object.freeze({ rule })));
    return l;
  }
  let byField = fieldLabels.get(rule);
  if (byField === undefined) fieldLabels.set(rule, (byField = new Map()));
  let l = byField.get(field);
  if (l === undefined) byField.set(field, (l = Object.freeze({ rule, field })));
  return l;
}

/** Whether a hit takes its block: a free block, or (a relabel field hit) one a removal rule took without a field. */
export function hitTakes(had: Label | null, hit: Hit): boolean {
  return !had || (!!hit.relabel && !!hit.field && !had.field);
}

function runRules(doc: Doc, rules: readonly Rule[]): void {
  for (const rule of rules) {
    let hits = rule.run(doc);
    if (rule.cuts) {
      // A cut that would take the article is refused; the rule looks again past its start.
      for (let tries = 0; hits.length > 0 && tries < MAX_CUT_TRIES && cutTakesArticle(doc, hits); tries++) {
        doc.refusedCut = doc.cutAnchor ?? hits[0]!.block;
        hits = rule.run(doc);
      }
      if (hits.length > 0 && cutTakesArticle(doc, hits)) hits = [];
      delete doc.refusedCut;
      delete doc.cutAnchor;
    }
    for (const hit of hits) {
      if (!hitTakes(doc.labels[hit.block] ?? null, hit)) continue;
      doc.labels[hit.block] = labelOf(rule.id, hit.field);
    }
  }
}

/** Markers a cut rule may try, one after another, before it gives up on the capture. */
const MAX_CUT_TRIES = 3;

/** A prose-shaped block: a paragraph by its function words, or by shape where the lists miss its language. */
function proseShaped(b: Block): boolean {
  const f = featuresOf(b);
  return f.cls === 'good' || (f.fw === null && f.plainCls === 'good');
}

/**
 * Prose (in words) that selection must keep before a cut for the article to have
 * begun there. A post's opening paragraphs pass it; a sidebar's "about" blurb
 * above its "Recent Comments" box does not.
 */
const ARTICLE_BEGUN_WORDS = 200;

/**
 * True when a cut ("this marker and everything after it") would take the article.
 * The costly tests only when the cheap one holds:
 *  1. the cut holds most of the capture's free prose-shaped blocks;
 *  2. body selection without the cut chooses a run whose prose lies mostly inside it;
 *  3. with the cut, selection keeps less than ARTICLE_BEGUN_WORDS of prose before it;
 *  4. the article's prose run has not begun at the marker: the page's own header (a
 *     headline or byline line) sits right above the run inside the cut and none above the
 *     prose kept before it, or the run stands between a blog post's navigation line and its
 *     footer line (body/post-frame.ts) (then the run is the article, whatever repeats in it); or the run
 *     holds DWARF times the prose kept before the marker, or more than that prose as one
 *     unbroken stretch of paragraphs ending like sentences (unbrokenRun), and
 *  5. it does not repeat a non-prose line THREAD_REPEATS times, nor have that many non-prose
 *     lines with a time stamp (a comment thread's "Reply" and "<name> on <date> at 4:47 pm
 *     said:" lines do).
 * A comment section after the article may hold most of the prose and even the run
 * selection prefers, but the article before the marker fails test 4 (or the thread's
 * furniture, test 5) and the cut stands. A sidebar's "Recent Comments" above the post
 * would take the post: it is refused (issue 12).
 */
function cutTakesArticle(doc: Doc, hits: readonly Hit[]): boolean {
  const inCut = new Uint8Array(doc.blocks.length);
  for (const h of hits) inCut[h.block] = 1;
  let prose = 0;
  let taken = 0;
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const b = doc.blocks[bi]!;
    if (doc.labels[b.index] || !proseShaped(b)) continue;
    prose++;
    if (inCut[b.index]) taken++;
  }
  if (taken * 2 <= prose) return false;
  const saved = doc.body;
  const without = selectBody(doc, null, textRound);
  doc.body = saved;
  let inside = 0;
  let outside = 0;
  for (const i of without.body) {
    const w = featuresOf(doc.blocks[i]!).words;
    if (inCut[i]) inside += w;
    else outside += w;
  }
  if (inside <= outside) return false;
  const labels = doc.labels;
  doc.labels = labels.map((l, i) => (inCut[i] ? CUT_LABEL : l));
  const withCut = selectBody(doc, null, textRound);
  doc.labels = labels;
  doc.body = saved;
  let before = 0;
  for (const i of withCut.body) before += featuresOf(doc.blocks[i]!).words;
  // The page's own header (a headline or byline line a metadata rule took) right above the run
  // inside the cut, and none above the prose before it: the article starts after the marker,
  // whatever the sizes (a short post under a longer "about" blurb).
  const runStart = without.body.find((i) => inCut[i] === 1);
  if (before >= ARTICLE_BEGUN_WORDS) return false;
  let first = -1;
  let last = -1;
  for (const i of without.body) {
    if (!inCut[i]) continue;
    if (first < 0) first = i;
    last = i;
  }
  // Signatures of a comment thread: dated lines that end alike ("<name> - August 8, 2012"), the
  // header line above the run included (a metadata rule may take the first signature for a title).
  const head = runStart !== undefined ? headerLine(doc, runStart, ARTICLE_HEADER) : -1;
  const tails = signatureTails(doc, head >= 0 ? Math.min(head, first) : first, last);
  const headed =
    (head >= 0 && !tails.has(tailKey(doc.blocks[head]!)) && !(withCut.body.length > 0 && headerAbove(doc, withCut.body[0]!, ANY_HEADER))) ||
    // a short post between its navigation line and its footer line (body/post-frame.ts)
    (runStart !== undefined && inPostFrame(doc, runStart));
  // Test 4: the article begins after the marker.
  const articleAfter = headed || inside >= DWARF * before || (inside > before && unbrokenRun(doc, without.body, inCut));
  if (!articleAfter) return false;
  // Under the page's own header the run is the article, whatever repeats in it (a code listing's "list: [").
  if (headed) return true;
  // A comment thread repeats its furniture ("Reply", "by <name> on <date>", "Score: 5"); an article does not.
  // Over the run's whole span: other rules may have taken its furniture (ui-chrome's "Reply").
  if (tails.size > 0) return false;
  const seen = new Map<string, number>();
  let stamps = 0;
  for (let i = first; i >= 0 && i <= last; i++) {
    const b = doc.blocks[i]!;
    if (proseShaped(b) || b.text.length > MAX_FURNITURE_CHARS) continue;
    const words = (b.text.match(LETTER_WORD) ?? []).length;
    if (words === 0) continue; // a live blog's "10:41 a.m." stamps repeat too
    const key = b.text.toLowerCase().replace(/\d+/g, '0');
    const c = (seen.get(key) ?? 0) + 1;
    if (c >= THREAD_REPEATS) return false;
    seen.set(key, c);
    if (words >= STAMP_LINE_WORDS && STAMP.test(b.text) && ++stamps >= THREAD_REPEATS) return false;
  }
  return true;
}

/** Fields of the lines that head an article (its headline, its byline), as against a comment's date stamp. */
const ARTICLE_HEADER: ReadonlySet<string> = new Set(['title', 'authors']);
const ANY_HEADER: ReadonlySet<string> = new Set(['title', 'authors', 'published']);
/** Free lines at most between a header line and the paragraph it heads (a standfirst, a caption, a kicker). */
const HEADER_REACH = 4;

/**
 * Whether a line a metadata rule took for one of `fields` sits right above block `at`:
 * chrome lines between ("Share", "Print") are passed over, at most HEADER_REACH free ones.
 */
function headerAbove(doc: Doc, at: number, fields: ReadonlySet<string>): boolean {
  return headerLine(doc, at, fields) >= 0;
}

/** The index of that header line above block `at`, or -1. */
function headerLine(doc: Doc, at: number, fields: ReadonlySet<string>): number {
  let free = 0;
  for (let i = at - 1; i >= 0; i--) {
    const l = doc.labels[i];
    if (!l) {
      if (++free > HEADER_REACH) return -1;
      continue;
    }
    if (l.field && fields.has(l.field)) return i;
  }
  return -1;
}

/** Longest signature line of a comment ("<name> - August 8, 2012", "Posted by: <name> | May 3, 2012 at 7:12 PM"). */
const MAX_SIGNATURE_CHARS = 160;
/** Word tokens at a signature's end that make its key (the date or time after the name). */
const TAIL_TOKENS = 3;
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Fewest words of two letters or more in a signature (a name and a month, "Posted by <name>"). */
const SIGNATURE_LETTER_WORDS = 2;

/**
 * The key of a line that may be a comment's signature: its last TAIL_TOKENS word tokens,
 * lower-cased, digits as 0 ("august 0 0", "0 0 pm"), when it is short, not prose and holds
 * two runs of digits (a date, a time); '' otherwise. Each comment of a thread repeats it
 * under another name; an article states its date once. Shape only, any language.
 */
function tailKey(b: Block): string {
  const t = b.text;
  if (t.length > MAX_SIGNATURE_CHARS || proseShaped(b)) return '';
  const toks = t.match(TOKEN);
  if (toks === null || toks.length < TAIL_TOKENS + 1) return '';
  let groups = 0;
  for (const w of toks) if (/\d/.test(w)) groups++;
  // a live blog's bare "10:41 a.m." stamps end alike too: a signature also names someone
  if (groups < 2 || (t.match(LETTER_WORD) ?? []).length < SIGNATURE_LETTER_WORDS) return '';
  return toks.slice(-TAIL_TOKENS).join(' ').toLowerCase().replace(/\d+/g, '0');
}

/** Tail keys of the lines in [from, to] that recur THREAD_REPEATS times or more: a thread's signatures. */
function signatureTails(doc: Doc, from: number, to: number): Set<string> {
  const counts = new Map<string, number>();
  const out = new Set<string>();
  if (from < 0) return out;
  for (let i = from; i <= to; i++) {
    const k = tailKey(doc.blocks[i]!);
    if (k === '') continue;
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c >= THREAD_REPEATS) out.add(k);
  }
  return out;
}

/** Fewest paragraphs of a run inside the cut read as one author's text by its shape alone. */
const UNBROKEN_BLOCKS = 2;

/**
 * Whether the run selection chose inside the cut is one unbroken stretch of paragraphs
 * (UNBROKEN_BLOCKS or more), each ending like a sentence, with no other line between
 * them: one author's text. A comment thread puts each comment's name, date or "Reply"
 * line between its paragraphs, and selection keeps those lines inside its run.
 */
function unbrokenRun(doc: Doc, body: readonly number[], inCut: Uint8Array): boolean {
  let first = -1;
  let last = -1;
  let n = 0;
  for (const i of body) {
    if (!inCut[i]) continue;
    if (first < 0) first = i;
    last = i;
    n++;
    if (!featuresOf(doc.blocks[i]!).ends) return false;
  }
  return n >= UNBROKEN_BLOCKS && last - first + 1 === n;
}

/** A clock time or a numeric date: each comment's header line carries one, with its author's name. */
const STAMP = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** Fewest words of two letters or more in a comment header with a stamp (a live blog's bare "10:41 a.m." is not one). */
const STAMP_LINE_WORDS = 3;
const LETTER_WORD = /\p{L}{2,}/gu;
/** Longest line read as thread furniture (a header line with a name, a date and a link). */
const MAX_FURNITURE_CHARS = 200;

/** How many times more prose the run inside the cut must hold than selection keeps before it. */
const DWARF = 2;

/** Times one non-prose line (digits aside) recurs, or non-prose lines carry a time stamp, in a comment thread. */
const THREAD_REPEATS = 3;
const CUT_LABEL: Label = Object.freeze({ rule: 'cut' });

/**
 * Site rules of the analyze() call in progress, with the page's host: the text
 * rounds it runs inside (settle, HTML selection's text round) apply them too, so
 * a built-in rule the user turned off stays off there and the body stays a fixed point.
 */
let active: { rules: SiteRules; host: string | null } | null = null;

/** Host of a URL, lower-cased; null when there is none. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Runs fn (one analyze() call) with the caller's site rules active in every round it runs. */
export function withSiteRules<T>(rules: SiteRules | undefined, url: string | null | undefined, fn: () => T): T {
  const outer = active;
  active = rules ? { rules, host: hostOf(url) } : null;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** A user's body rule: the body is what no rule took in its element; what no rule took outside it is removed with its id. */
function forcedBody(doc: Doc, forced: { body: number[]; rule: string }) {
  const inside = new Uint8Array(doc.blocks.length);
  for (const i of forced.body) inside[i] = 1;
  const reasons = new Map<number, string>();
  for (let i = 0; i < doc.blocks.length; i++) if (!inside[i] && !doc.labels[i]) reasons.set(i, forced.rule);
  return { body: forced.body.filter((i) => !doc.labels[i]), reasons };
}

/** Blocks of an earlier round that a new round segments again, one per block, with doc.cleared of each. */
export interface Seed {
  blocks: readonly Block[];
  cleared: ArrayLike<number>;
}

/**
 * The stages before metadata: decode, segment, pre rules, body selection, post
 * rules. One round, unsettled: `body` is what this round keeps (HTML selection
 * uses it to see what a text round would drop).
 */
/**
 * decode() of the text a later round reads (settle, HTML's text round: paragraphs an earlier
 * round decoded, joined), as decode() reads a string, without the SHA-256 of its input nor its size in bytes: only
 * the first round's goes into the record, and hashing the body again cost ~1.5% of clean()'s
 * CPU (issue 14). A text near the size limit takes decode() itself, which measures it exactly.
 */
function decodeAgain(text: string, maxBytes: number | undefined): Decoded {
  if (text.length * 3 > (maxBytes ?? DEFAULT_MAX_BYTES)) return decode(text, maxBytes !== undefined ? { maxBytes } : {});
  const warnings: string[] = [];
  return {
    text: normalizeText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings),
    // unread, as the hash: only the first round's size goes into the record (Buffer.byteLength of the body: ~0.2% of clean())
    bytes: 0,
    sha256: '',
    encoding: 'utf-8',
    gzip: false,
    warnings,
  };
}

/**
 * Whether the text's first character past white space is "<": sniffFormat says 'html' of no
 * other text, and a text capture is not lower-cased and searched for tags to learn it (issue 14).
 */
export function opensWithTag(text: string): boolean {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x3c;
}

export function selectRound(capture: string | Uint8Array, options: CleanOptions, seed?: Seed) {
  const dec = seed && typeof capture === 'string'
    ? decodeAgain(capture, options.maxBytes)
    : decode(capture, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  const format: Format = options.format && options.format !== 'auto' ? options.format : opensWithTag(dec.text) ? sniffFormat(dec.text) : 'text';

  let blocks: Block[];
  let meta: Doc['meta'] = {};
  let dom: SiteDom | null = null;
  const site = active;
  const warnings = [...dec.warnings];
  // Text captures: HTML character references left in the text are decoded (HTML: by the parser).
  dec.text = finishText(dec.text, format, warnings);
  if (format === 'html') {
    const seg = segmentHtml(dec.text, !seed && (!!site?.rules.needsDom || !!options.keepDom));
    blocks = seg.blocks;
    meta = seg.meta;
    dom = seg.dom ?? null;
    warnings.push(...seg.warnings);
  } else {
    blocks = segmentText(dec.text);
  }
  const cleared = new Uint8Array(blocks.length);
  // A round over paragraphs already seen (settle, HTML's text round): their per-block caches carry
  // over, and a paragraph of unchanged text that the line rules cleared is not tested by them again.
  if (seed && format === 'text' && seed.blocks.length === blocks.length) {
    for (let k = 0; k < blocks.length; k++) {
      const from = seed.blocks[k]!;
      const to = blocks[k]!;
      inheritCaches(from, to);
      if (seed.cleared[k] === 1 && from.text === to.text) cleared[k] = 1;
    }
  }
  const doc: Doc = { format, blocks, labels: blocks.map(() => null), meta, warnings, body: null, cleared, article: undefined };
  if (options.profile) {
    const counts = options.profile.site(options.site !== undefined ? options.site : siteOf(options.url ?? meta.url, options.path));
    if (counts) doc.siteRepeat = { counts, minDocs: options.repeatMinDocs ?? DEFAULT_MIN_DOCS, share: options.repeatShare ?? DEFAULT_SHARE, hits: new Map() };
  }

  let forced: { body: number[]; rule: string } | null = null;
  if (site) {
    // the page's host: the caller's URL, else (top round of an HTML page) its canonical URL
    if (!seed) site.host ??= hostOf(meta.url);
    forced = site.rules.apply(doc, site.host, dom);
  }
  runRules(doc, site && site.rules.disabled.size ? preRules.filter((r) => !site.rules.disabled.has(r.id)) : preRules);
  // Every line rule is a pre rule (test/pipeline/cleared.test.ts): what they all left free is cleared.
  for (let i = 0; i < blocks.length; i++) if (!doc.labels[i]) cleared[i] = 1;
  // Text selection does not use a language guess; only HTML selection reads it.
  const guessLang = format === 'html' && !forced ? detectLanguage(blocks.filter((b) => !doc.labels[b.index]).map((b) => b.text).join('\n')) : null;
  // a user's body rule names the body: what no rule took inside its element
  const sel = forced ? forcedBody(doc, forced) : selectBody(doc, guessLang, textRound, true);
  doc.body = new BlockSet(sel.body, blocks.length);
  // site-repeat's blocks are offered to the post rules, which read them in context (rules/site-repeat.ts)
  const released = doc.siteRepeat ? [...doc.siteRepeat.hits.keys()] : [];
  for (const i of released) doc.labels[i] = null;
  runRules(doc, site && site.rules.disabled.size ? postRules.filter((r) => !site.rules.disabled.has(r.id)) : postRules);
  for (const i of released) if (!doc.labels[i]) doc.labels[i] = labelOf(SITE_REPEAT);
  for (const [i, rule] of sel.reasons) if (!doc.labels[i]) doc.labels[i] = labelOf(rule);
  const body = sel.body.filter((i) => !doc.labels[i]);
  doc.body = new BlockSet(body, blocks.length);
  return { dec, doc, body, dom };
}

/** The seed of a round over blocks `at` of doc (see selectRound). */
export function seedOf(doc: Doc, at: readonly number[]): Seed {
  const cleared = doc.cleared;
  return { blocks: at.map((i) => doc.blocks[i]!), cleared: cleared ? Uint8Array.from(at, (i) => cleared[i]!) : new Uint8Array(at.length) };
}

/**
 * What HTML body selection hands its body to (body/html.ts, settleAsText): a text
 * round over some of the page's blocks, one paragraph each, as cleaning the body
 * again would run it. Selection reads the verdict; only the pipeline runs rounds.
 */
export const textRound: TextRound = (doc, at) => {
  const sub = selectRound(at.map((i) => doc.blocks[i]!.text).join('\n\n'), { format: 'text' }, seedOf(doc, at));
  return { doc: sub.doc, body: sub.body };
};
