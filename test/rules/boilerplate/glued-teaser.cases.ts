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
    {
      name: 'a name the capture writes twice is no glue point',
      lines: [
        'North Bay Mayor Al McDonald said he is confident the community will support the return of the team.',
        'The arena was full on Friday, and McDonald thanked the volunteers who had painted the seats.',
      ],
      hits: [],
    },
    {
      name: 'a glued word written once is still a glue point, in any language',
      lines: [
        'Stadt Plant Neue Brücke Über Den FlussDie Stadt will im Frühjahr mit dem Bau der neuen Brücke beginnen.',
        'Die Brücke soll drei Jahre dauern, sagte der Bürgermeister am Dienstag.',
      ],
      hits: [1],
    },
    { name: 'a short title without a glued sentence stays', lines: ['Mayor Promises New Bridge By 2022', 'Mayor Promises New BridgeSoon'], hits: [] },
  ]),
];
