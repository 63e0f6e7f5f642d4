import { navMenu } from '../../../src/rules/boilerplate/nav-menu.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = (i: number) => `Paragraph ${i} of the story says that the council voted on Tuesday to close the old bridge for repairs.`;

export const tables: RuleTable[] = [
  table(navMenu, [
    { name: 'a pipe-separated menu line anywhere', lines: ['Home | News | Sport | Weather', para(1), para(2)], body: [2, 3], hits: [1] },
    { name: 'a bullet-separated menu line inside the body', lines: [para(1), 'Politics • Business • Culture', para(2)], body: [1, 2, 3], hits: [2] },
    { name: 'a run of short lines outside the body', lines: ['News', 'Sport', 'Weather', 'Travel', para(1), para(2)], body: [5, 6], hits: [1, 2, 3, 4] },
    { name: 'short lines inside the body stay (list items, subheadings)', lines: [para(1), 'Flour', 'Sugar', 'Eggs', para(2)], body: [1, 2, 3, 4, 5], hits: [] },
    { name: 'two short lines are not a menu', lines: ['News', 'Sport', para(1)], body: [3], hits: [] },
    { name: 'a sentence with slashes is not a menu', lines: [para(1), 'He said the 24/7 service would run on weekdays / weekends alike, from May.'], body: [1, 2], hits: [] },
  ]),
];
