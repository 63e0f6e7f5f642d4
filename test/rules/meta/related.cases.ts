import { relatedList, relatedInline } from '../../../src/rules/meta/related.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';
const heads = [
  'US Indecisiveness Driving Mid East Allies to Side With Russia in Syria',
  'Russian Humanitarian Aid Arrives in Syria Despite Bulgarian Obstruction',
  'Dozens of Terrorists Killed by Syrian Army in Latakia Province',
];

export const tables: RuleTable[] = [
  table(relatedList, [
    { name: 'title-case headlines after the article', lines: [prose, prose, '', ...heads], body: [1, 2], hits: [4, 5, 6], field: 'related' },
    { name: 'headlines body selection kept at the end', lines: [prose, prose, ...heads], body: [1, 2, 3, 4, 5], hits: [3, 4, 5] },
    { name: 'after a heading, in any language', lines: [prose, prose, 'Читайте также', 'В Москве продлили сезон велопроката до ноября', 'Велосипедистов в столице стало вдвое больше'], body: [1, 2], hits: [3, 4, 5] },
    { name: 'Lea también / Mehr zum Thema / À lire aussi', lines: [prose, 'Mehr zum Thema', 'Hitzewarnung für weite Teile des Landes', prose], body: [1, 4], hits: [2, 3] },
    { name: 'a list stops at chrome', lines: [prose, 'Also read', 'Shipping firms bet on ammonia as fuel of the future', 'Follow Worldwire on social media'], body: [1], hits: [2, 3] },
    { name: 'sentence-case feature bullets without a heading stay', lines: [prose, 'Hundreds of cool tasks that will make your evening fuller', 'Dozens of tricky questions that will help you know each other', 'A large variety of games for fine-tuning the evening'], body: [1], hits: [] },
    { name: 'tour dates stay', lines: [prose, 'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL', 'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA'], body: [1], hits: [] },
    { name: 'captions apart by blank lines stay', lines: [prose, 'Light a Wish by the Group From Hamburg', '', 'Parabolic Lightcloud by Amigo And Amigo Studio', '', 'Portam Civitatis by Peter Snijder And Friends'], body: [1], hits: [] },
  ]),

  table(relatedInline, [
    { name: 'one-line teasers', lines: [prose, 'Lire aussi : Pollution de l’air : les abords des écoles sous surveillance', 'Read also: Oil steadies as traders weigh virus impact', prose], hits: [2, 3], field: 'related' },
    { name: 'a sentence that starts "Read more" stays', lines: ['Read more about it in our guide.', prose], hits: [] },
  ]),

  table(relatedList, [
    {
      name: 'a table whose lines repeat the same words stays',
      lines: [prose, 'England (Group A): 10th appearance', 'Czech Republic (Group A): Seventh appearance', 'Ukraine (Group B): Third appearance', 'Spain (Group F): Eleventh appearance'],
      body: [1],
      hits: [],
    },
    { name: 'a heading above the article is left alone', lines: ['Up next:', 'UEFA Euro 2020 qualifying: Tracking every team to clinch a spot', prose, prose], body: [3, 4], hits: [] },
  ]),

  table(relatedList, [
    {
      name: 'a contact block after a heading is no list of headlines',
      lines: [prose, 'More from the company', 'Hanauer Landstrasse 126 in the city', 'DE-60314 Frankfurt am Main Germany', 'Tel.: +49 (0)69 380 795 200'],
      body: [1],
      hits: [2, 3],
    },
  ]),
];
