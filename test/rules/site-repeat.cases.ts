import { siteRepeat } from '../../src/rules/site-repeat.js';
import { normaliseLine } from '../../src/profile/normalise.js';
import { hash53 } from '../../src/profile/hash.js';
import type { Rule, SiteCounts } from '../../src/core/types.js';
import { table, type RuleTable } from '../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';
const appeal = 'Support independent journalism: a gift of any size keeps this site free for everyone.';

/** A site's counts as a profile gives them: 40 documents; how many of them hold each line. */
function counts(docs: number): SiteCounts {
  const lines = new Map<number, number>();
  for (const [line, n] of [['Story continued below', 38], [appeal, 12], ['Most read this week', 4], [prose, 2]] as const) lines.set(hash53(normaliseLine(line)), n);
  return { docs, lines };
}

/** site-repeat with a profile in place (the pipeline sets doc.siteRepeat from options.profile). */
const withProfile = (docs: number, minDocs = 5, share = 0.1): Rule => ({
  ...siteRepeat,
  run(doc) {
    doc.siteRepeat = { counts: counts(docs), minDocs, share, hits: new Map() };
    return siteRepeat.run(doc);
  },
});

export const tables: RuleTable[] = [
  table(withProfile(40), [
    { name: 'a line in 38 of 40 documents, in any case and punctuation', lines: ['STORY CONTINUED BELOW:', prose, 'Story continued below', prose], hits: [1, 3] },
    { name: 'an appeal in 12 of 40 (over k 5 and p 0.1)', lines: [prose, appeal, prose], hits: [2] },
    { name: 'a line in 4 documents (under k) and prose in 2 stay', lines: ['Most read this week', prose, 'A line the profile never saw.'], hits: [] },
  ]),
  table(withProfile(40, 5, 0.5), [
    { name: 'p 0.5: 38 of 40 goes, 12 of 40 stays', lines: ['Story continued below', prose, appeal], hits: [1] },
  ]),
  table(withProfile(4), [
    { name: 'a site with fewer than k documents loses nothing', lines: ['Story continued below', prose, appeal], hits: [] },
  ]),
  table(siteRepeat, [
    { name: 'no profile: nothing', lines: ['Story continued below', prose], hits: [] },
  ]),
];
