import { cutTeaser } from '../../../src/rules/boilerplate/cut-teaser.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const header = [
  'Rain Garden Plans Approved',
  'by Jane Roe on 5 November, 2012',
  'The town board approved plans for a rain garden beside the library on Monday, after two years of talks with neighbours about the cost and the upkeep of the beds.',
];

export const tables: RuleTable[] = [
  table(cutTeaser, [
    {
      name: 'a recent-comments box cut short beside a headed article',
      lines: [
        ...header,
        'Recent Comments',
        'I think that hiring happy...',
        'by Sam Lee on Hire Happy People',
        'Strange comment (Peter, above...',
        'by Guy on Planning Ahead',
        'It can take a lot of time to...',
        'by Ann Fry on Tools for Reputation',
      ],
      before: ['title-line', 'byline'],
      hits: [5, 7, 9],
    },
    {
      name: 'entries cut short with the commenter after them',
      lines: [
        ...header,
        'Latest Conversations',
        'Yeah it is pretty crazy. Never understand how these rules get so convoluted and why... by Ronen',
        'I love it, this is your chance, go get them. Any bets on how long that would last only... by Amir Saad',
        'Glad I do not live there any more, the winters are long and the... by G-man',
      ],
      before: ['title-line', 'byline'],
      hits: [5, 6, 7],
    },
    {
      name: 'an author trails off now and then; an "and so on" ellipsis after a space stays',
      lines: [
        ...header,
        'The correct diagnosis is…',
        'Who decides to have a weather report at the end of a marathon? Unbelievable...',
        'Scouts: On my honor ...',
        'Scouts: I will do my best ...',
        'Scouts: To do my duty ...',
        'Distributions: a look at the candidates; Debian, Fedora, ...',
      ],
      before: ['title-line', 'byline'],
      hits: [],
    },
    {
      name: "a thread's comment headers end on one word before their ellipsis: a template, not cut entries",
      lines: [
        ...header,
        '3 comments:',
        'Mia Berg said...',
        'We planted one of these last spring and it has handled every storm since.',
        'May 2, 2013 7:18 PM',
        'Tom said...',
        'Who pays for the upkeep once the volunteers move on?',
        'May 3, 2013 10:16 AM',
        'Ravi Shah said...',
        'Good news for the street, the corner floods every autumn.',
      ],
      before: ['title-line', 'byline'],
      hits: [],
    },
    {
      name: 'a page of excerpts with no headed article of its own is its excerpts',
      lines: [
        'Homeschool News',
        'The geography bee champion for this year is a homeschooled 13-year-old from Minnesota. More...',
        'We need your suggestions on how libraries can help homeschoolers and how they can help libraries. More...',
        'Homeschoolers ace the pre-college test again, with scores well above the average of their state...',
      ],
      hits: [],
    },
  ]),
];
