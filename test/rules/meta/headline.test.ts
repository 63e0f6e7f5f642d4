import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { docOf } from '../../helpers/rule-table.js';
import { bestHeadline, scoreHeadlines } from '../../../src/rules/meta/headline.js';
import { FEATURES, headlineCandidates, modelHeadline } from '../../../src/rules/meta/headline-model.js';
import { WEIGHTS } from '../../../src/rules/meta/headline-weights.js';
import { looseTitle, titleShaped } from '../../../src/rules/meta/title.js';

/** Short lines between a header and the article: a table of contents. */
const far = Array.from({ length: 26 }, (_, k) => `Part ${k + 1}`);
const prose = 'The council voted on Tuesday to approve the harbour bridge plan after a long debate about costs and timing.';

describe('scored headline finder', () => {
  it('two capitalised words of chrome under a line are no byline name (issue 12)', () => {
    const lines = ['Storm closes the coastal road for a second week', 'Follow Followed', ...far, prose, prose];
    const doc = docOf(lines, [3 + far.length, 4 + far.length]);
    const cands = scoreHeadlines(doc, 2 + far.length, titleShaped);
    expect(cands.map((c) => c.block)).toEqual([0]);
    expect(bestHeadline(cands)).toBeNull();
  });
});

describe('headline model', () => {
  it('has one weight per feature, in the order the weights file names them', () => {
    expect(WEIGHTS.features).toEqual([...FEATURES]);
    expect(WEIGHTS.w).toHaveLength(FEATURES.length);
  });

  it('the weights module is the versioned JSON file it was generated from (scripts/fit-headline.mjs --emit-ts)', () => {
    const json = JSON.parse(fs.readFileSync(new URL('../../../src/rules/meta/headline-weights.json', import.meta.url), 'utf8'));
    expect(Number.isInteger(json.version)).toBe(true);
    expect(WEIGHTS).toEqual(json);
  });

  it('a photo credit under a caption is no byline beside it: no anchorBelow (issue 12)', () => {
    const lines = ['Harbor Daily', 'Council approves the harbour bridge plan', 'Can you spot the harbour anomaly?', 'Photo by Ravi Moss', 'By Jane Roe', prose, prose];
    const doc = docOf(lines, [6, 7]);
    doc.labels[3] = { rule: 'byline', field: 'authors' };
    doc.labels[4] = { rule: 'byline', field: 'authors' };
    const anchorBelow = FEATURES.indexOf('anchorBelow');
    const cands = headlineCandidates(doc, 5, null, titleShaped, looseTitle);
    expect(cands.find((c) => c.block === 2)!.x[anchorBelow]).toBe(1); // the byline two lines below
    doc.labels[4] = null;
    const alone = headlineCandidates(doc, 5, null, titleShaped, looseTitle);
    expect(alone.find((c) => c.block === 2)!.x[anchorBelow]).toBe(0);
  });

  it('prefers the line whose words open the article over a teaser and a caption', () => {
    const lines = ['Harbor Daily', 'Council approves the harbour bridge plan', 'Photo: City archive', 'Storm closes the coastal road for a second week', ...far, prose, prose];
    const start = 4 + far.length;
    const doc = docOf(lines, [start + 1, start + 2]);
    const cands = headlineCandidates(doc, start, null, titleShaped, looseTitle);
    // the caption ends in no headline shape ("Photo: ..." has a colon inside, but "City archive" is no candidate either way)
    expect(cands.map((c) => c.x.length)).toEqual(cands.map(() => FEATURES.length));
    const overlap = FEATURES.indexOf('overlap');
    const head = cands.find((c) => c.block === 1)!;
    const teaser = cands.find((c) => c.block === 3)!;
    expect(head.x[overlap]).toBeGreaterThan(teaser.x[overlap]!);
    expect(modelHeadline(doc, start, null, titleShaped, looseTitle, () => false)).toBe(1);
  });

  it("reads the body's head past a breadcrumb of 8+ words with no sentence end, and stops at the first sentence (issue 12)", () => {
    const crumb = 'Home / Local News / Transport / Council approves the harbour bridge...';
    const head = 'Council approves the harbour bridge plan';
    const lines = ['Menu', 'Search', crumb, head, prose, prose];
    const doc = docOf(lines, [3, 4, 5, 6]);
    const cands = headlineCandidates(doc, 2, null, titleShaped, looseTitle);
    // the breadcrumb ends in "..." (a sentence end for the body's head): it ends the head, the line under it is no candidate
    expect(cands.map((c) => c.block)).not.toContain(3);
    const open = docOf(['Menu', 'Search', 'Home / Local News / Transport / Harbour bridge plan and costs', head, prose, prose], [3, 4, 5, 6]);
    const kept = headlineCandidates(open, 2, null, titleShaped, looseTitle);
    expect(kept.map((c) => c.block)).toContain(3);
    expect(kept.find((c) => c.block === 3)!.x[FEATURES.indexOf('inBody')]).toBe(1);
    // a short sentence of 8+ words ends the head: a line under it is the article's, not its headline
    const sentence = docOf(['Menu', 'Search', 'He in his cabin waits for the storm to pass.', head, prose, prose], [3, 4, 5, 6]);
    expect(headlineCandidates(sentence, 2, null, titleShaped, looseTitle).map((c) => c.block)).not.toContain(3);
  });

  it("takes the article's first line that ends in '!' as a candidate only right above a byline or date (issue 12)", () => {
    const shout = 'Keep your garden green all summer long!';
    const bylined = docOf(['Menu', 'Search', shout, 'By Jane Roe', prose, prose], [3, 5, 6]);
    bylined.labels[3] = { rule: 'byline', field: 'authors' };
    expect(headlineCandidates(bylined, 2, null, titleShaped, looseTitle).map((c) => c.block)).toContain(2);
    const bare = docOf(['Menu', 'Search', shout, prose, prose], [3, 4, 5]);
    expect(headlineCandidates(bare, 2, null, titleShaped, looseTitle).map((c) => c.block)).not.toContain(2);
  });

  it('a vetoed candidate is never the pick, and no candidate gives no title', () => {
    const lines = ['Council approves the harbour bridge plan', prose, prose];
    const doc = docOf(lines, [2, 3]);
    expect(modelHeadline(doc, 1, null, titleShaped, looseTitle, () => false)).toBe(0);
    expect(modelHeadline(doc, 1, null, titleShaped, looseTitle, (i) => i === 0)).toBeNull();
    const none = docOf(['Menu', 'Search', prose, prose], [3, 4]);
    expect(modelHeadline(none, 2, null, titleShaped, looseTitle, () => false)).toBeNull();
  });
});
