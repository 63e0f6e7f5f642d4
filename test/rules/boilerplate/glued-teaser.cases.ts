import { gluedTeaser } from '../../../src/rules/boilerplate/glued-teaser.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

export const tables: RuleTable[] = [
  table(gluedTeaser, [
    {
      name: 'headline glued to its summary',
      lines: [
        'Ford Recalls F-150s; Loose Cable Can Cause Stalling Or FiresFord is recalling over 168,000 pickup trucks in North America.',
        'Tape Gaffe Ends Hamlin’s Title RunDenny Hamlin’s championship run was foiled by the tale of the tape.',
      ],
      hits: [1, 2],
    },
    {
      name: 'brand names glued inside a word in a sentence stay',
      lines: [
        'Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard.',
        'The new PlayStation and the YouTube app were shown at the fair in Berlin last week.',
      ],
      hits: [],
    },
    { name: 'a short title without a glued sentence stays', lines: ['Mayor Promises New Bridge By 2022', 'Mayor Promises New BridgeSoon'], hits: [] },
  ]),
];
