import { gluedTeaser } from '../../../src/rules/boilerplate/glued-teaser.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

export const tables: RuleTable[] = [
  table(gluedTeaser, [
    {
      name: 'headline glued to its summary',
      lines: [
        'Volvo Recalls XC-40s; Faulty Seat Belt Can Fail In A CrashVolvo is recalling over 74,000 small cars across Europe and Asia.',
        'Flag Error Ends Okafor’s Title HopesTunde Okafor’s title hopes were ended by a flag waved too early.',
      ],
      hits: [1, 2],
    },
    {
      name: 'brand names glued inside a word in a sentence stay',
      lines: [
        'After the 15-inch ThinkPad Pro, Lenovo plans to ship a new 12-inch ThinkPad Pro with a backlit chiclet keyboard.',
        'The new PlayStation and the YouTube app were shown at the fair in Berlin last week.',
      ],
      hits: [],
    },
    {
      name: 'a name the capture writes twice is no glue point',
      lines: [
        'Port Elgin Mayor Ruth MacLeod said she is sure the town will back the return of the hockey club.',
        'The rink was full on Saturday, and MacLeod thanked the neighbours who had fixed the benches.',
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
    {
      name: 'a surname after its prefix (Mc, Mac, O’) is no glue point, written once or not',
      lines: [
        'Lake County Decorator Jane McCarthy launched the home decor site with the help of two friends from school.',
        'Auction Items Include Music Classes At MacPhail Center for Music and a tasting menu at the corner table.',
        'Jane Roe, Ann Lee, Patricia M.G. O’Connor and three others wrote the report on the state of the roads.',
      ],
      hits: [],
    },
    { name: 'a short title without a glued sentence stays', lines: ['Mayor Promises New Bridge By 2022', 'Mayor Promises New BridgeSoon'], hits: [] },
  ]),
];
