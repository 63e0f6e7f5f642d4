import { commentThread } from '../../../src/rules/boilerplate/comment-thread.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of the article, and it is long enough to read as prose.`);

export const tables: RuleTable[] = [
  table(commentThread, [
    {
      name: '"says:" author lines after the article',
      lines: [...prose(3), 'thelastfan says:', 'November 19, 2019 at 6:34 am', 'It is a good thing.', 'joetoronto says:', 'November 19, 2019 at 6:44 am', 'Time to come to grips with it.'],
      hits: [4, 5, 6, 7, 8, 9],
    },
    {
      name: 'name lines above date lines, with the heading above them',
      lines: [...prose(3), 'Top Rated Comments', 'Woyzeck', '2 days ago at 07:52 am', 'Good to see.', 'Nick A', '2 days ago at 07:47 am', 'I think so too.', 'fmcshan', '2 days ago at 07:50 am', 'Nice.'],
      hits: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    },
    { name: 'two name/date pairs are not enough without "says"', lines: [...prose(3), 'Woyzeck', '2 days ago', 'Good.', 'Nick A', '2 days ago', 'Yes.'], hits: [] },
    { name: 'subheadings that end in "said" are not author lines', lines: [...prose(3), 'He said, she said', ...prose(2), 'What the minister said', ...prose(2)], hits: [] },
    {
      name: 'a page that is a thread from its first entry (a forum topic, reviews) keeps it',
      lines: ['Forum index', ...['Woyzeck', 'Nick A', 'fmcshan', 'joetoronto', 'Ann B'].flatMap((name, i) => [name, `10-1${i}-2004, 03:33 PM`, `I have tried this ${i + 2} times and it did not work for me at all, so I would like to hear what the others did with it.`])],
      hits: [],
    },
    {
      name: 'the article under its own title and date line, then the thread',
      lines: ['Wrong and unnecessary', 'by John on July 7, 2012', ...prose(4), '1', 'Peter 07.08.12 at 13:24', 'I agree with this.', '2', 'vonjd 07.09.12 at 01:20', 'Not quite.', '3', 'Dave 07.09.12 at 07:09', 'Indeed.'],
      hits: [7, 8, 9, 10, 11, 12, 13, 14, 15],
    },
    {
      name: 'a box of related stories (headline, author, date) inside the article is no thread',
      lines: [...prose(3), 'Recommended', 'Remembering the old sign', 'Mark Byrnes', 'Jul 17, 2014', 'Ode to the dead mall', 'Tanvi Misra', 'Mar 9, 2018', 'The twists of making a sign', 'Linda Poon', 'Aug 23, 2017', ...prose(3)],
      hits: [],
    },
    {
      name: 'a blog index: each post\'s "Permalink | Comments (3)" row above the next post\'s date is no commenter\'s name',
      lines: ['Archives | Categories', ...prose(3), 'Permalink | Comments (3)', 'May 25, 2005', 'The hearing on copyright', ...prose(3), 'Permalink | Comments (0)', 'May 20, 2005', 'Notes from the meeting', ...prose(3), 'Permalink | Comments (7)', 'May 18, 2005', 'A new report', ...prose(2)],
      hits: [],
    },
    {
      name: 'an article many times a post long, then posts under name and date lines: the thread goes',
      lines: [...prose(12), ...['Woyzeck', 'Nick A', 'fmcshan'].flatMap((name, i) => [name, `10-1${i}-2004, 03:33 PM`, `I agree with this ${i + 2} times over.`])],
      hits: [13, 14, 15, 16, 17, 18, 19, 20, 21],
    },
    {
      name: 'a short post, then "<name> says:" comments as long: blog comments, cut as ever',
      lines: [...prose(2), ...['Milan', 'Catherine', 'Alex'].flatMap((name, i) => [`${name} says:`, `I read the report ${i + 2} times and I think it misses a part of the story here.`])],
      hits: [3, 4, 5, 6, 7, 8],
    },
    {
      name: 'a list of earlier stories (headline above date) before more briefs: a question headline above its date is a head, not what an entry says',
      lines: [...prose(3), 'Selja flays atrocities', 'December 27, 2001', 'Will the mining policy work?', 'December 26, 2001', 'Top cop transfer stayed', 'December 25, 2001', 'Order on stamps deferred', 'December 24, 2001', ...prose(3)],
      hits: [],
    },
    { name: 'a byline with a date above the article is not a thread', lines: ['Jane Doe', 'Published Monday, November 18, 2019 8:22AM EST', ...prose(4), 'John Roe says:', 'Fine.'], hits: [] },
  ]),
];
