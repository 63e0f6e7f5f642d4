import { furnitureRules } from '../../../src/rules/html/furniture.js';
import type { Rule } from '../../../src/core/types.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';
import { page } from './page.js';

const rule = (id: string): Rule => furnitureRules.find((r) => r.id === id)!;

/**
 * Each kind of furniture: the element after the article is taken (line 8); the same text
 * in a plain <div>, without the tag, role or class words, is left.
 */
const KINDS: [id: string, open: string, close: string, text: string][] = [
  ['html-tag-nav', '<nav>', '</nav>', '<a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>'],
  ['html-tag-aside', '<aside>', '</aside>', 'Most popular stories this week in the city'],
  ['html-tag-footer', '<footer>', '</footer>', 'Copyright 2024 The Daily Example'],
  ['html-tag-figure', '<figure><img src="a.jpg"><figcaption>', '</figcaption></figure>', 'The river at dusk, seen from the old quay'],
  ['html-tag-header', '<header>', '</header>', 'The Daily Example'],
  ['html-role', '<div role="navigation">', '</div>', '<a href="/">Home</a> <a href="/news">News</a>'],
  ['html-class-nav', '<div class="breadcrumb">', '</div>', 'Home / News / City'],
  ['html-class-share', '<div class="share-buttons">', '</div>', 'Share on Facebook or by email'],
  ['html-class-related', '<div class="related-posts">', '</div>', 'Five more stories about bridges'],
  ['html-class-comments', '<div id="comments">', '</div>', 'Leave a reply to this story'],
  ['html-class-consent', '<div class="cookie-banner">', '</div>', 'We use cookies to improve your visit'],
  ['html-class-newsletter', '<div class="newsletter-signup">', '</div>', 'Get the morning briefing in your inbox'],
  ['html-class-ad', '<div class="advertisement">', '</div>', 'Buy two, get one free at the market'],
  ['html-class-sidebar', '<div class="sidebar">', '</div>', 'Weather, traffic and tides for today'],
  ['html-class-footer', '<div class="site-footer">', '</div>', 'The Daily Example, 1 Main Street'],
  ['html-class-hidden', '<div class="visually-hidden">', '</div>', 'Skip to the main content'],
  ['html-class-caption', '<div class="wp-caption-text">', '</div>', 'The river at dusk, seen from the old quay'],
  ['html-class-modal', '<div class="modal">', '</div>', 'Before you go, read our best stories'],
  ['html-class-meta', '<div class="reading-time">', '</div>', '4 min read'],
];

/** Reader comments, each long enough to be prose: four of them outweigh the article's three paragraphs. */
const COMMENTS = [
  'I drive across the old bridge every morning, and the queue at the lights adds twenty minutes to my trip, so this is welcome news.',
  'The council should publish the full cost estimate before any work starts, because the last project ran years over its budget.',
  'My grandfather helped build the first crossing in the fifties, and he always said the river deserved something more elegant.',
  'Cyclists need a separate lane on the new deck, otherwise the whole plan repeats the mistakes of the ring road in the east end.',
];

/** Cases beyond the common pair. */
const MORE: Record<string, RuleTable['cases']> = {
  'html-role': [{ name: 'role=main is the article, not furniture', lines: page(['<div role="main">Main area of the page shown here</div>']), hits: [] }],
  'html-class-comments': [
    {
      name: 'a comment thread with more prose than the short article before it is still comments',
      lines: page(['<div id="comments">', ...COMMENTS.map((c) => `<p>${c}</p>`), '</div>']),
      hits: [9, 10, 11, 12],
    },
    {
      name: 'a comments-named element around most of the prose, with none before it, is a layout wrapper (or an unclosed tag): left',
      lines: page([], { article: ['<div class="comments-wrap">', ...COMMENTS.map((c) => `<p>${c}</p>`), '</div>'] }),
      hits: [],
    },
  ],
  'html-class-meta': [
    {
      name: 'a date-named wrapper around a headline and a short post is layout, not a date widget',
      lines: page(['<div class="date-outer">', '<h2>A pencil drawing</h2>', '<div class="post-body">No matter how long I look at it, I cannot believe this is a drawing. Artwork by the artist</div>', '</div>']),
      hits: [],
    },
    {
      name: 'a meta-named box of short paragraphs is layout',
      lines: page(['<div id="meta-information">', '<p>Fans from every corner of the region are coming to see the regatta.</p>', '<p>Two sailors from Maine are among the hundreds making the trip.</p>', '</div>']),
      hits: [],
    },
    {
      name: 'a meta widget with a date and a byline stays furniture',
      lines: page(['<div class="article-meta">', '<div>Posted by Jane Roe on May 3, 2012</div>', '<div>Filed under News</div>', '</div>']),
      hits: [9, 10],
    },
  ],
  'html-class-sidebar': [
    {
      name: 'a "widget Blog" post wrapper holding article text is layout',
      lines: page(['<div class="widget Blog">', '<h3>Notes from the quay</h3>', '<p>The ferry ran late again this morning. Nobody on the pier seemed surprised.</p>', '</div>']),
      hits: [],
    },
    {
      name: 'a "widget" beside a content name that holds only links stays furniture',
      lines: page(['<div class="widget Blog">', '<a href="/a">Archive</a>', '</div>']),
      hits: [9],
    },
  ],
  'html-class-hidden': [{ name: 'hidden-xs only hides on small screens: left', lines: page(['<div class="hidden-xs">Wide screens show this note on the city</div>']), hits: [] }],
  'html-class-caption': [{ name: 'an embedded tweet is content, not a caption', lines: page(['<div class="embed-tweet">The river at dusk, seen from the old quay</div>']), hits: [] }],
};

export const tables: RuleTable[] = KINDS.map(([id, open, close, text]) =>
  table(
    rule(id),
    [
      { name: `${open}…${close} after the article`, lines: page([`${open}${text}${close}`]), hits: [8] },
      { name: 'the same text in a plain <div> is left', lines: page([`<div>${text}</div>`]), hits: [] },
      ...(MORE[id] ?? []),
    ],
    'html',
  ),
);
