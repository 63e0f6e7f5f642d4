/**
 * A capture we wrote ourselves in the exact shape of the seed (fixtures/text/wire-seed-shaped-en.txt):
 * an invented agency story with the clock glued to the date, 'Listen Live', 'Get short URL', a
 * story-series label, a counters line, the dateline in the second paragraph, related headlines,
 * a tag line and a glued comment footer. The same suite as test/seed.test.ts, without ../shared.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedShapeSuite } from './helpers/seed-shape.js';

const path = fileURLToPath(new URL('../fixtures/text/wire-seed-shaped-en.txt', import.meta.url));

seedShapeSuite('seed-shaped capture', readFileSync(path, 'utf8'), {
  starts: [/^A Nordic plan to share the cod quota/, /^In a talk with Faroese radio/, /^Oslo has meanwhile pushed for a wider settlement/],
  sixthEnds: /the larger fish$/,
  dateline: { place: 'BERGEN', agency: 'Tidewire' },
  published: '2021-03-23T07:52:00Z',
  publishedText: '07:52 GMT23 March 2021',
  section: 'Barents Shelf Fisheries Talks',
  counters: [0, 165],
  tags: ['Fisheries', 'Ingrid Solvang', 'Iceland', 'Norway', 'Cod'],
  related: {
    0: 'Faroese Trawlers Turn Back From Barents Shelf as Quota Talks Drag On',
    5: "'The Long Winter': Fishing Villages Count Cost of Closed Season",
    7: 'Norwegian Directorate Has Counted 384 Foreign Trawlers on Shelf Since May 1',
  },
});
