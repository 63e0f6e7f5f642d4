import { markupDrop } from '../../../src/rules/html/markup-drop.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';
import { page } from './page.js';

export const tables: RuleTable[] = [
  table(
    markupDrop,
    [
      {
        name: 'the hidden attribute and display:none',
        lines: page(['<div hidden>Thanks for signing up to the briefing</div>', '<p style="display:none">An old teaser for another story</p>', '<div>A note for readers of this page</div>']),
        hits: [8, 9],
      },
      { name: 'aria-hidden', lines: page(['<div aria-hidden="true">Icons and a spacer for the layout</div>']), hits: [8] },
      { name: 'a visible page keeps every block', lines: page(['<div>A note for readers of this page</div>']), hits: [] },
    ],
    'html',
  ),
];
