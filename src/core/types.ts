/** Shared types of the pipeline: blocks, labels, rules and extractors. */
import type { UnboilRecord } from '../schema/record.js';
import type { IndexSet } from './block-set.js';

export type Format = 'text' | 'html';

/** One unit of the capture: a non-blank line of a text capture, or a block element of HTML. */
export interface Block {
  /** Position in doc.blocks. */
  index: number;
  /** 1-based line number in the decoded input (HTML: source line of the element, or 1). */
  line: number;
  /** Whitespace-folded text (NBSP and runs of white space become one space, trimmed). */
  text: string;
  /** Leading indentation of the raw line (text captures), in characters. */
  indent: number;
  /** Number of blank lines directly before this block in the input (text captures). */
  blankBefore: number;
  /** HTML only: tag name of the block element (p, li, h2, td, ...). */
  tag?: string;
  /** HTML only: CSS-like path of the element. */
  path?: string;
  /** HTML only: element depth in the DOM. */
  depth?: number;
  /** HTML only: share of the text that sits inside links, 0..1. */
  linkDensity?: number;
  /** HTML only: lower-cased class and id tokens of the element and its ancestors. */
  tokens?: string[];
  /** HTML only: true when the block sits in an element that markup marks as the article (article, [itemprop=articleBody], ...). */
  inArticle?: boolean;
  /** HTML only: the element the block's text belongs to, with its ancestors (for container scoring). */
  el?: HtmlElement;
  /** HTML only: id of the markup rule that keeps the block out of the body whatever its text (hidden element, form). */
  drop?: string;
}

/** HTML only: an element on a block's ancestor chain (child -> parent links only). */
export interface HtmlElement {
  /** Serial number in document order. */
  id: number;
  tag: string;
  parent: HtmlElement | null;
  depth: number;
  /** Lower-cased class and id tokens of this element only. */
  own: string[];
  /** role attribute, lower-cased, or ''. */
  role: string;
  /** itemprop / itemtype hints, lower-cased, or ''. */
  item: string;
}

/** Fields of the record that a removed block can feed. */
export type FieldName =
  | 'title'
  | 'published'
  | 'updated'
  | 'dateline'
  | 'authors'
  | 'site'
  | 'section'
  | 'tags'
  | 'related'
  | 'counters'
  | 'url';

/** Why a block is not body. */
export interface Label {
  rule: string;
  field?: FieldName;
}

/** A hit returned by a rule: the block it takes, and the field it feeds, if any. */
export interface Hit {
  block: number;
  field?: FieldName;
  /**
   * A field hit that may take a block a removal rule already took without a field
   * (a name line that a menu rule read as a menu item): the field wins, the body is unchanged.
   */
  relabel?: boolean;
}

export interface CleanOptions {
  /** Input format; 'auto' sniffs (default). */
  format?: Format | 'auto';
  /** Path or name of the input, recorded in input.path. */
  path?: string | null;
  /** URL of the page, if the caller knows it. */
  url?: string | null;
  /**
   * Inputs larger than this many bytes (default 50 MiB; for gzip also the decompressed size)
   * make clean() throw InputError('too-large') before any work, so callers emit an error record.
   */
  maxBytes?: number;
  /** Batch runs: the input's id, written as the record's top-level `id` (after schemaVersion). */
  id?: string | number;
  /** analyze(): keep the parsed HTML page in the analysis (`dom`), e.g. for Markdown links. */
  keepDom?: boolean;
  /** Site rules from a user's rules file (`parseRules` / `loadRules` in src/user-rules build them). */
  rules?: SiteRules;
  /**
   * A site profile (`loadProfile`, or `new SiteProfile(builder.finish())` from src/profile/):
   * lines that repeat across the site's documents are removed as rule `site-repeat`. Without
   * one, nothing changes.
   */
  profile?: SiteProfileCounts;
  /** The document's site in the profile; default: host of `url` (or HTML canonical / og:url), else the folder of `path`. */
  site?: string | null;
  /** site-repeat: a line must be in at least this many distinct documents of the site (default 5, at least 2). */
  repeatMinDocs?: number;
  /** site-repeat: ... and in at least this share of them, 0..1 (default 0.1). */
  repeatShare?: number;
}

/** One site's counts in a site profile. */
export interface SiteCounts {
  /** Distinct documents (near-duplicates once) of the site. */
  docs: number;
  /** Normalised-line hash -> distinct documents holding it (2 or more). */
  lines: ReadonlyMap<number, number>;
}

/**
 * A site profile as the pipeline reads it (src/profile/lookup.ts's SiteProfile). The core
 * calls it through this interface only, so it does not load zod, which validates profile files.
 */
export interface SiteProfileCounts {
  site(name: string | null): SiteCounts | undefined;
}

/** What the site-repeat rule reads (set by selectRound when a profile is given). */
export interface SiteRepeat {
  counts: SiteCounts;
  minDocs: number;
  share: number;
  /** Block index -> documents of the site holding its line, for the blocks the rule took. */
  hits: Map<number, number>;
}

/**
 * Site rules a user hands in (src/user-rules/ builds them from a rules file).
 * The core calls them through this interface only, so it loads neither zod nor
 * cheerio: both stay out of a worker that runs without a rules file.
 */
export interface SiteRules {
  /** Built-in rule ids that do not run. */
  readonly disabled: ReadonlySet<string>;
  /** True when some rule needs the parsed HTML document (CSS selectors). */
  readonly needsDom: boolean;
  /**
   * Labels the blocks the user's rules take, before the built-in rules (a block's
   * first label wins), and sets the fields they read on doc.meta. `host` is the
   * page's host (null when unknown), `dom` the parsed HTML page (null for text and
   * for the text rounds that re-read a body). Returns the blocks a body rule takes
   * as the body, with that rule's id (every other block no rule takes is removed
   * with it), or null when no body rule matched.
   */
  apply(doc: Doc, host: string | null, dom: SiteDom | null): { body: number[]; rule: string } | null;
}

/** The parsed HTML page, as site rules see it. */
export interface SiteDom {
  /** The document node htmlparser2 produced (domhandler's Document). */
  root: unknown;
  /** The DOM element a block's element (or one of its ancestors) came from. */
  nodeOf(el: HtmlElement): unknown;
}

/** Metadata gathered before text rules run (HTML markup fills it). */
export type Meta = Partial<Omit<UnboilRecord, 'schemaVersion' | 'body' | 'removed' | 'input' | 'warnings'>>;

/** The document as rules and extractors see it. */
export interface Doc {
  format: Format;
  blocks: Block[];
  /** labels[i] is set once a rule takes block i (first rule wins). */
  labels: (Label | null)[];
  /** Metadata read from markup (HTML) before the text rules. */
  meta: Meta;
  warnings: string[];
  /** Set after body selection: indices of the blocks chosen as body (post rules read it). */
  body: IndexSet | null;
  /**
   * cleared[i] = 1 when every line rule (rule-kit's lineRule, which judges a
   * block by its text alone) has found nothing in block i's text. Set for the
   * blocks the pre rules leave free, and carried into a later round over the
   * same paragraphs (settle, HTML's text round), whose line rules then skip them.
   */
  cleared?: Uint8Array;
  /** With a site profile: the site's counts and what the site-repeat rule took. */
  siteRepeat?: SiteRepeat;
  /**
   * HTML: the article region, once computed (segment/html/region.ts; null when the page has
   * none). Undefined until the first rule or selection step asks for it.
   */
  article?: ArticleRegion | null;
  /**
   * Set by the pipeline when it refused a cut (see Rule.cuts): the first block of
   * that cut. A cut rule run again looks for its marker only after it.
   */
  refusedCut?: number;
  /** Set by a cut rule with its hits: the block of the marker it cut at (the cut may open a few heading lines before it). */
  cutAnchor?: number;
}

/** The article container and what belongs to it, as the markup says. */
export interface ArticleRegion {
  /** The furniture region a block's element sits in, or null. */
  regionOf: (e: HtmlElement | undefined) => { el: HtmlElement; rule: string } | null;
  /** True when the block sits in the article container (or its look-alike siblings), or is a paragraph beside it. */
  inArticle: (b: Block) => boolean;
}

/** A boilerplate rule: one small module with an id, a one-line description and a run function. */
export interface Rule {
  id: string;
  description: string;
  /** Returns the blocks this rule takes. Blocks already labelled are ignored by the pipeline. */
  run(doc: Doc): Hit[];
  /** True for rules made by rule-kit's lineRule: they judge a block by its text alone and skip doc.cleared blocks. */
  byText?: boolean;
  /**
   * True for rules that take a marker "and everything after it" (end-marker,
   * comment-thread). The pipeline refuses such a cut when it would take most of
   * the capture's prose and body selection without it would choose a run inside
   * it (the article); the rule then runs again past the refused marker
   * (doc.refusedCut, from the doc.cutAnchor the rule set).
   */
  cuts?: boolean;
}
