/**
 * Tables for the reasons body selection gives (src/body/text.ts, src/body/html.ts;
 * markup-text from settling, src/pipeline/settle.ts). No module runs them alone,
 * so each case goes through clean() and the hits are the lines `removed` gives
 * the reason. Captures written for these tests.
 */
import { selectionTable, type RuleTable } from '../helpers/rule-table.js';
import { page, PROSE } from '../rules/html/page.js';

const P = PROSE;
const links = '<p><a href="/x">Photos of the bridge site from above</a> and <a href="/y">a map of the planned route</a></p>';

const suite = (name: string) => [
  `describe("${name}", function() {`,
  'it("should start at zero", function() {',
  'var c = new Counter();',
  'expect(c.count).to.equal(0);',
  '});',
  'it("should add what it is given", function() {',
  'var c = new Counter(2);',
  'expect(c.add(3).count).to.equal(5);',
  '});',
  '});',
];

export const tables: RuleTable[] = [
  selectionTable('outside-article', [
    {
      name: 'a prose paragraph cut off from the article by a menu',
      lines: [...P, 'Weather', 'Traffic', 'Tides', 'Obituaries', 'Classifieds', 'Our reporters visited a farm outside town last week, where the owners told us how the drought has changed their work.'],
      hits: [9],
    },
    { name: 'the article’s own paragraphs are body', lines: P, hits: [] },
    {
      name: 'a feed of one-line sentences after a short article does not outweigh it',
      lines: [
        P[0]!,
        P[1]!,
        'Gardening',
        'Bridges',
        'Tides',
        'Weather maps',
        'Old harbours',
        'Mary Jo is still watching the software giant.',
        'Paul writes about phones and what is in them.',
        'Scott says he does not work for that foundation.',
        'Jane keeps the closest thing to a west side.',
        'Anna is the one who reads every manual first.',
        'Tom asks what more you could ask for today.',
        'Lee has a sequel to the blog he wrote before.',
        'Kim makes the best maps of the whole city.',
      ],
      hits: [8, 9, 10, 11, 12, 13, 14, 15],
    },
    {
      name: 'paragraphs after a code listing stay in the article',
      lines: [
        ...P,
        'As an example, take the counter we wrote in the last episode and add a method to it.',
        'function Counter(start) {',
        'this.count = start || 0;',
        '}',
        'Counter.prototype.add = function(n) {',
        'this.count += n;',
        'return this;',
        '};',
        'var c = new Counter(2);',
        'c.add(3);',
        'console.log(c.count);',
        '<script src="counter.js"></script>',
        '<script src="counter_test.js"></script>',
        '<script>runner.run();</script>',
        'The counter now starts where you tell it to and returns itself, so that calls can be chained one after another.',
        'That is all it takes to make the tests pass, and the same pattern works for every other object in the library.',
      ],
      hits: [],
    },
    {
      name: 'a long listing with a few captions in it does not split the article (code lines keep their small cost)',
      lines: [
        ...P,
        'A coverage library is easy to install and works both in the browser and on the server.',
        'Here is the test suite for the counter.',
        'Source files: counter.js, counter_test.js',
        ...suite('constructor'),
        ...suite('add'),
        ...suite('chaining'),
        ...suite('reset'),
        ...suite('limits'),
        'Notes',
        '— Jane Roe (@jroe) August 22, 2013',
        'Running the suite once more prints a table like this.',
        'Coverage report',
        'As the table shows, the last column tells us that some branches of the counter were never taken, which is all right for a first pass.',
        'Keep in mind that a coverage table only counts the lines your tests touch and says nothing about whether they check the right results.',
      ],
      hits: [],
    },
    {
      name: 'a hard-wrapped essay stays whole: a line that ends no sentence and the next line in lower case are one paragraph (issue 12)',
      lines: [
        'Home',
        'Essays',
        'Why the harbour ferry still matters',
        'Every morning the old ferry leaves the north pier at seven,',
        'and every morning fewer of us are standing on its deck than',
        'stood there the year before.',
        'The bridge upstream has taken most of the cars, the buses',
        'that used to meet the boat now run into the town centre',
        'instead.',
        'Yet the crossing is still the quickest way to the market',
        'for anyone who lives on the island side, the fare has not',
        'gone up in ten years.',
        'If the council lets the ferry go it will never come back,',
        'boats and crews are not things that a small town finds again',
        'in a hurry.',
        'Contact',
      ],
      hits: [],
    },
    {
      name: 'line breaks inside comments below the article do not move the body there (issue 12)',
      lines: [
        ...P,
        'Weather',
        'Traffic',
        'Tides',
        'Obituaries',
        'Classifieds',
        'Letters',
        'I have taken that ferry every single week for twenty years and',
        'I agree with every word the council member said about it, the',
        'boat is the only part of the town that still feels like a town to',
        'me and my neighbours.',
        'The toll on the bridge went up twice in the last three years and',
        'the ferry kept its fare the whole time, which is worth remembering',
        'now that the council says the boat costs the town too much to run',
        'every winter.',
        'Also the buses stop running after ten at night, so on a weekend',
        'the boat is the only way home for a lot of the people who work in',
        'the restaurants and bars on the harbour front until late at night',
        'and into the morning.',
      ],
      hits: [10, 11, 12, 14, 15, 16, 18, 19, 20],
    },
  ]),
  selectionTable('short-fragment', [
    { name: 'short lines above the article', lines: ['Gardening', 'Bridges', ...P], hits: [1, 2] },
    { name: 'a short line inside the prose run is kept', lines: [P[0]!, 'A long night', P[1]!, P[2]!], hits: [] },
  ]),
  selectionTable('not-prose', [
    {
      name: 'a headline after the article',
      lines: [...P, 'Weston Captures Seventh Straight Class S Swim Title At Yale Pool', 'Harbor City Beats Riverton In Overtime Thriller On Friday Night'],
      hits: [4],
    },
  ]),
  selectionTable('markup-text', [
    {
      name: 'a body that would open like an HTML document loses that line',
      lines: ['<!DOCTYPE html> is the first line every web page should carry, the tutorial says, before anything else in the file.', ...P],
      hits: [1],
    },
    {
      name: 'markup quoted inside a sentence is left',
      lines: ['Quoted markup: <!DOCTYPE html> is the first line every web page should carry, the tutorial says.', ...P],
      hits: [],
    },
  ]),
  selectionTable(
    'html-link-dense',
    [
      { name: 'a paragraph of links inside the article', lines: page([], { article: [...P.map((p) => `<p>${p}</p>`), links] }), hits: [7] },
      { name: 'a paragraph with one link in its prose is body', lines: page([], { article: [...P.map((p) => `<p>${p}</p>`), '<p>The full plan is on <a href="/plan">the council website</a>, with maps of the route and a timetable.</p>'] }), hits: [] },
    ],
    'html',
  ),
];
