import { relatedList, relatedInline } from '../../../src/rules/meta/related.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';
const heads = [
  'Faroese Trawlers Turn Back From Barents Shelf as Quota Talks Drag On',
  'Icelandic Survey Ship Returns to Reykjavik After Record Capelin Count',
  'Hundreds of Coastal Boats Stay in Port Over Fuel Price in Finnmark',
];

export const tables: RuleTable[] = [
  table(relatedList, [
    { name: 'title-case headlines after the article', lines: [prose, prose, '', ...heads], body: [1, 2], hits: [4, 5, 6], field: 'related' },
    { name: 'headlines body selection kept at the end', lines: [prose, prose, ...heads], body: [1, 2, 3, 4, 5], hits: [3, 4, 5] },
    { name: 'after a heading, in any language', lines: [prose, prose, 'Читайте также', 'В Москве продлили сезон велопроката до ноября', 'Велосипедистов в столице стало вдвое больше'], body: [1, 2], hits: [3, 4, 5] },
    { name: 'Lea también / Mehr zum Thema / À lire aussi', lines: [prose, 'Mehr zum Thema', 'Hitzewarnung für weite Teile des Landes', prose], body: [1, 4], hits: [2, 3] },
    { name: 'a list stops at chrome', lines: [prose, 'Also read', 'Shipping firms bet on ammonia as fuel of the future', 'Follow Worldwire on social media'], body: [1], hits: [2, 3] },
    { name: 'sentence-case feature bullets without a heading stay', lines: [prose, 'Hundreds of cool tasks that will make your evening fuller', 'Dozens of tricky questions that will help you know each other', 'A large variety of games for fine-tuning the evening'], body: [1], hits: [] },
    { name: 'tour dates stay', lines: [prose, 'May 3 -- Pine Ridge Pavilion, North Fork Falls, OR', 'May 5 -- CASCADIA Savings Bank Pavilion, Bend, OR', 'May 8 -- Harbor Trust Arena, Eureka Springs, CA'], body: [1], hits: [] },
    { name: 'captions apart by blank lines stay', lines: [prose, 'Glass Tide by the Collective From Bremen', '', 'Folded Moonfield by Ortega And Ortega Works', '', 'Lumen Portus by Anna Veldkamp And Friends'], body: [1], hits: [] },
  ]),

  table(relatedInline, [
    { name: 'one-line teasers', lines: [prose, 'Lire aussi : Pollution de l’air : les abords des écoles sous surveillance', 'Read also: Oil steadies as traders weigh virus impact', prose], hits: [2, 3], field: 'related' },
    { name: 'a sentence that starts "Read more" stays', lines: ['Read more about it in our guide.', prose], hits: [] },
  ]),

  table(relatedList, [
    {
      name: 'a table whose lines repeat the same words stays',
      lines: [prose, 'Norway (Pool C): 8th entry', 'Costa Rica (Pool C): Fifth entry', 'Morocco (Pool D): Second entry', 'Chile (Pool E): Ninth entry'],
      body: [1],
      hits: [],
    },
    { name: 'a heading above the article is left alone', lines: ['Up next:', 'World Rowing Cup 2022 heats: Following every crew to earn a lane', prose, prose], body: [3, 4], hits: [] },
  ]),

  table(relatedList, [
    {
      name: 'a contact block after a heading is no list of headlines',
      lines: [prose, 'More from the company', 'Osterstrasse 48 in the old town', 'DE-20259 Hamburg-Eimsbuettel Germany', 'Tel.: +49 (0)40 512 604 300'],
      body: [1],
      hits: [2, 3],
    },
  ]),
];
