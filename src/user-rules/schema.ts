/**
 * The rules file a user hands in (`--rules FILE`, `rules` in the library
 * options): defined once, here, as a zod schema. Its TypeScript type and its
 * JSON Schema (`unboil schema --rules`) are generated from it; loading a file
 * validates it against it, and every error names the key path it is about.
 */
import { z } from 'zod';
import { load } from 'cheerio/slim';
import { allRules } from '../rules/index.js';

/** Ids of the built-in rules a file can turn off (selection reasons are not rules: they cannot be). */
export const BUILTIN_RULE_IDS: readonly string[] = [...new Set(allRules.map((r) => r.id))];

/** Record fields a user rule can feed. */
export const RULE_FIELDS = ['title', 'published', 'updated', 'authors', 'section', 'tags', 'related', 'counters'] as const;

/** What an HTML rule does with the elements its selector matches. */
export const HTML_TAKES = ['drop', 'body', 'title', 'published', 'updated', 'authors', 'section', 'tags'] as const;

const RuleId = z
  .string()
  .regex(/^[A-Za-z0-9][\w.-]*$/, 'a rule id is letters, digits, "-", "_" or "." (it names the rule in "removed")')
  .refine((id) => !BUILTIN_RULE_IDS.includes(id), { message: 'this id is a built-in rule\'s; pick another (e.g. prefix it with the site name)' })
  .describe('Id of the rule: every block it removes names it in the record\'s "removed" list.');

const Hosts = z
  .array(z.string().min(1).regex(/^[A-Za-z0-9*?.\-[\]{},]+$/, 'a host is a name such as "example.com", or a pattern such as "*.example.com"'))
  .min(1)
  .describe('Hosts the rule applies to: an exact host ("example.com") or a pattern ("*.example.com" matches every subdomain, not example.com itself). Without hosts the rule applies to every page. The host is read from the page URL (--url, the JSON Lines url field, the WARC target URI, or the HTML canonical link).');

function validRegex(pattern: string, flags: string | undefined): string | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export const TextRule = z
  .strictObject({
    id: RuleId,
    hosts: Hosts.optional(),
    pattern: z.string().min(1).optional().describe('A JavaScript regular expression; a line (HTML: a block) in which it finds a match is taken. Anchor it (^...$) to match whole lines.'),
    flags: z.string().regex(/^(?!.*(.).*\1)[imsu]*$/, 'flags are some of "i", "m", "s", "u", each once').optional().describe('Regular expression flags: i (ignore case), m, s, u.'),
    phrases: z.array(z.string().min(1)).min(1).optional().describe('Lines to take: a line is taken when it is one of these, ignoring case and the punctuation and spaces around it.'),
    field: z.enum(RULE_FIELDS).optional().describe('Record field the taken lines feed (they are parsed as the built-in rules\' lines are: dates, names, tags...).'),
  })
  .superRefine((r, ctx) => {
    if ((r.pattern === undefined) === (r.phrases === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either "pattern" or "phrases" (one of them)', path: [] });
    }
    if (r.flags !== undefined && r.pattern === undefined) ctx.addIssue({ code: 'custom', message: '"flags" go with "pattern"', path: ['flags'] });
    if (r.pattern !== undefined) {
      const bad = validRegex(r.pattern, r.flags);
      if (bad) ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${bad}`, path: ['pattern'] });
    }
  })
  .describe('A line rule: takes the lines of a text capture (and the blocks of an HTML page) that match.');

/** A CSS selector cheerio can run; null when it can. */
function selectorError(sel: string): string | null {
  try {
    load('<html></html>')(sel);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export const HtmlRule = z
  .strictObject({
    id: RuleId,
    hosts: Hosts.optional(),
    select: z
      .string()
      .min(1)
      .superRefine((sel, ctx) => {
        const bad = selectorError(sel);
        if (bad) ctx.addIssue({ code: 'custom', message: `not a CSS selector cheerio can run: ${bad}` });
      })
      .describe('CSS selector, run by cheerio on the parsed page.'),
    take: z
      .enum(HTML_TAKES)
      .describe('What the matched elements are: "drop" (not body), "body" (the body is what they hold; every other block is removed with this rule\'s id), or the record field they give (title, published, updated, authors, section, tags).'),
  })
  .describe('A CSS-selector rule for HTML pages.');

export const RulesFile = z
  .strictObject({
    $schema: z.string().optional().describe('URL or path of this JSON Schema, for editors.'),
    version: z.literal(1).optional().describe('Version of the rules file format: 1.'),
    disable: z
      .array(z.enum(BUILTIN_RULE_IDS as [string, ...string[]], { error: (iss) => `not a built-in rule id: ${JSON.stringify(iss.input)} (unboil rules lists them; selection reasons cannot be turned off)` }))
      .optional()
      .describe('Ids of built-in rules that do not run (unboil rules lists them).'),
    text: z.array(TextRule).optional().describe('Line rules, applied in order before the built-in rules.'),
    html: z.array(HtmlRule).optional().describe('CSS-selector rules for HTML pages, applied in order before the built-in rules.'),
  })
  .superRefine((f, ctx) => {
    const seen = new Map<string, string>();
    for (const kind of ['text', 'html'] as const) {
      f[kind]?.forEach((r, i) => {
        const where = `${kind}[${i}]`;
        const before = seen.get(r.id);
        if (before) ctx.addIssue({ code: 'custom', message: `id "${r.id}" is already used by ${before}`, path: [kind, i, 'id'] });
        else seen.set(r.id, where);
      });
    }
  })
  .describe('unboil site rules');

export type RulesFile = z.infer<typeof RulesFile>;
export type TextRule = z.infer<typeof TextRule>;
export type HtmlRule = z.infer<typeof HtmlRule>;

/** JSON Schema (draft 2020-12) of the rules file, generated from the zod schema. */
export function rulesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RulesFile, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return { $id: 'https://unboil.dev/schema/rules-v1.json', title: 'unboil site rules', ...schema };
}
