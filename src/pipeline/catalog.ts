/**
 * Every rule id that can appear in `removed`, with its one-line description:
 * the registered rules plus the reasons body selection gives. `unboil rules`
 * prints it, and a test checks that output never names an id missing here.
 * The README's rule table is `ruleTableMarkdown()` (scripts/rules-doc.mjs prints
 * it; a test checks the README holds it as it is).
 */
import { allRules } from '../rules/index.js';
import { SELECTION_REASONS } from '../body/text.js';
import { HTML_SELECTION_REASONS } from '../body/html.js';

export interface RuleInfo {
  id: string;
  description: string;
  /** Where it runs: a registered rule, or a reason of body selection. */
  kind: 'rule' | 'selection';
}

export function ruleCatalog(): RuleInfo[] {
  const out: RuleInfo[] = [];
  const seen = new Set<string>();
  for (const r of allRules) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({ id: r.id, description: r.description, kind: 'rule' });
  }
  for (const [id, description] of [...Object.entries(SELECTION_REASONS), ...Object.entries(HTML_SELECTION_REASONS)]) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, description, kind: 'selection' });
  }
  return out;
}

/** The README's rule table: one row per catalog entry, in catalog order. */
export function ruleTableMarkdown(): string {
  const esc = (x: string) => x.replace(/\|/g, '\\|');
  const rows = ruleCatalog().map((r) => `| \`${r.id}\` | ${r.kind} | ${esc(r.description)} |`);
  return ['| id | kind | what it takes |', '|---|---|---|', ...rows].join('\n');
}
