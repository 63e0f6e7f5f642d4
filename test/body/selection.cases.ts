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

/** An article of some length, with its own signature line at its end. */
const ARTICLE = [
  ...P,
  'The bridge will be the first new crossing in the city for more than forty years, and the council expects it to carry some twenty thousand cars a day once it opens to traffic.',
  'Residents of the island district, who now wait for the ferry or drive the long way round through the old town, said at the meeting that they had asked for it since the nineteen eighties.',
  'The council will publish the full plans next month, and anyone who wants to comment on them will have six weeks to do so before the final vote in the autumn.',
  'Posted by Jane Roe on March 4, 2012 | Permalink',
  'Comments',
];
/** A German post of four paragraphs (written for the tests). */
const DE = [
  'Drei Jahre lang war mein Komposthaufen ein nasser, kalter Berg, der leicht nach altem Salat roch. In diesem Winter hat er zum ersten Mal gedampft, und ich will aufschreiben, was sich geändert hat.',
  'Die kurze Antwort ist, dass ich die Küchenabfälle nicht mehr in kleinen Portionen auf den Haufen gebe. Ein Haufen braucht Masse, um warm zu werden, deshalb sammle ich die Reste jetzt in zwei Eimern.',
  'Die zweite Änderung war das Wasser. Ich dachte immer, ein Haufen müsse unter einer Plane trocken bleiben, aber die Mitte meines Haufens war staubig. Jetzt gieße ich bei jedem Umsetzen eine halbe Kanne darüber.',
  'Nichts davon ist ein neuer Rat, aber ich habe lange gebraucht, um ihn wirklich zu befolgen. Wenn dein Haufen auch nicht warm werden will, fang mit der großen Ladung einmal in der Woche an.',
];
/** Three readers' comments, each under its own signature line. */
const COMMENTS = [
  'About time too, I have been stuck behind the ferry queue every morning for years.',
  'Posted by: Tom | March 4, 2012 at 07:12 AM',
  'Forty years is a long wait for a bridge, but I am not sure the town can pay for it now.',
  'Posted by: Ana | March 4, 2012 at 08:30 AM',
  'The ferry is part of what makes the island what it is, and I will miss it when it goes.',
  'Posted by: Lee | March 4, 2012 at 09:45 AM',
  'Does anyone know whether the old pier will be kept once the boats stop running?',
  'Posted by: Kim | March 5, 2012 at 10:02 AM',
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
      // post-frame.ts: a short post between its navigation line and its footer line is the
      // article, though the sidebar's "about" blurb above it holds more prose
      name: 'a short post framed by its navigation and footer lines beats a longer sidebar blurb',
      lines: [
        'About This Blog',
        'We are two neighbours who grow far too many tomatoes and write about it here. Most of what we know we learned the hard way, by getting it wrong in our own back gardens first, and then again in the allotment down the road.',
        'If you have a question about your own plot, send it in and we will try to answer it in a post, though we cannot promise to be quick about it, and we will not pretend to know more than we do.',
        'Both of us came to gardening late, after years of flats without a balcony, and we still find it a small wonder that a seed the size of a grain of sand turns into a plant taller than we are by August.',
        'Recent Posts',
        'Seed Swap Sunday',
        'Frost Came Early',
        'Blight Again',
        'Saving Seeds',
        'Archives',
        'March 2012',
        'February 2012',
        '« Frost Came Early | Main | Seed Swap Sunday »',
        'March 4, 2012',
        'The Last Tomato of the Year',
        'We picked the last green tomato this morning and put it on the windowsill to see whether it will ripen.',
        'Posted at 11:01 AM | Permalink',
        'Share This | Save',
        'TrackBack',
        'Comments',
        'Post a comment',
      ],
      hits: [2, 3, 4, 17],
    },
    {
      // post-frame.ts: footer rows that repeat (an archive page of posts) frame no single post
      name: 'an archive page whose posts all end with the same footer row keeps its posts together',
      lines: [
        '« February 2012 | Main | April 2012 »',
        'The Last Tomato of the Year',
        'We picked the last green tomato this morning and put it on the windowsill to see whether it will ripen before the weekend.',
        'If it does not, it goes into the chutney with the others, which is not a bad end for a tomato that came so late in the year.',
        '11:01 AM | Permalink | Comments (3)',
        'Frost Came Early',
        'The first frost came three weeks early this year and took the beans and the last of the courgettes in a single night.',
        'We had fleece ready in the shed, which is where it stayed, because neither of us looked at the forecast on Sunday evening.',
        '09:12 AM | Permalink | Comments (5)',
      ],
      hits: [],
    },
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
    {
      name: 'a table of figures between paragraphs (lines ending with a number) does not split the article (issue 12)',
      lines: [
        ...P,
        'We looked at the open rates of every newsletter we sent last year, and a few subject lines beat the rest by far.',
        'Our spring plant sale – 15.7%',
        'Bad news for the old greenhouse – 16.2%',
        'Why we love the new seed library – 17.1%',
        'Come and see the community orchard – 17.9%',
        'Volunteers wanted for the autumn dig – 18.4%',
        'A last look at the summer garden party – 19.9%',
        'What these subject lines share is a promise: each offers the reader something for very little effort.',
        'The next time you write one, ask what the reader gains by opening it, and put that first in the line.',
      ],
      hits: [],
    },
    {
      name: 'a list of dated headlines after the article is no table: the run does not cross it to a blurb beyond',
      lines: [
        ...P,
        'Council approves the budget for next year, November 5, 2012',
        'Ferry timetable changes again for the winter, November 4, 2012',
        'New library opens its doors on the harbour, November 3, 2012',
        'Harbour festival draws record crowds this year, November 2, 2012',
        'We are a small team of reporters who have covered the town and its council since the paper was founded.',
      ],
      hits: [4, 5, 6, 8],
    },
    {
      name: 'reader comments signed "Posted by: <name> | <date> at <time>" end the article (repetition of one signature shape, issue 12)',
      lines: [...ARTICLE, ...COMMENTS],
      hits: [9, 11, 13, 15],
    },
    {
      name: 'the same in German: "Geschrieben von: <name> | <date> um <time>" signatures end the article (repetition, not words)',
      lines: [
        ...DE,
        'Geschrieben von Sam Berger am 03.03.2020 | Permalink',
        'Kommentare',
        'Das mit der Pappe probiere ich am Wochenende auch aus, danke für den Tipp.',
        'Geschrieben von: Tom | 03.03.2020 um 07:12',
        'Bei mir hat ein zweiter Behälter aus Paletten am meisten geholfen, das Umsetzen geht damit viel schneller.',
        'Geschrieben von: Anna | 03.03.2020 um 08:30',
        'Wie oft setzt du den Haufen im Winter eigentlich um, jede Woche oder seltener?',
        'Geschrieben von: Lena | 03.03.2020 um 09:45',
      ],
      hits: [7, 9, 11],
    },
    {
      name: 'the same comments under their own page header are the page: too short an article before them to end it',
      lines: [P[0]!, ...COMMENTS],
      hits: [],
    },
    {
      name: 'a blog\'s posts all signed by one author are not a comment thread',
      lines: [...ARTICLE, ...COMMENTS.map((l) => l.replace(/^Posted by: \w+/, 'Posted by: Hugh'))],
      hits: [],
    },
    {
      name: 'a list of offers with a price under each is part of the article: no time of day, no thread',
      lines: [...ARTICLE, ...COMMENTS.map((l) => l.replace(/\| .*$/, '| 12 stores from $39.99'))],
      hits: [],
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
