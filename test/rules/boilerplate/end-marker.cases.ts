import { endMarker } from '../../../src/rules/boilerplate/end-marker.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of the article, long enough to read as prose.`);

export const tables: RuleTable[] = [
  table(endMarker, [
    { name: 'Italian marker (issue 12)', lines: [...prose(4), 'Commenti', 'Ottimo articolo'], hits: [5, 6] },
    { name: 'Portuguese marker (issue 12)', lines: [...prose(4), 'Deixe um comentário'], hits: [5] },
    { name: 'Dutch marker (issue 12)', lines: [...prose(4), 'Reacties'], hits: [5] },
    { name: 'Polish marker (issue 12)', lines: [...prose(4), 'Komentarze (3)'], hits: [5] },
    { name: 'Czech marker (issue 12)', lines: [...prose(4), 'Diskuse'], hits: [5] },
    { name: 'Hungarian marker (issue 12)', lines: [...prose(4), 'Hozzászólások'], hits: [5] },
    { name: 'Swedish marker (issue 12)', lines: [...prose(4), 'Kommentarer'], hits: [5] },
    { name: 'Turkish marker (issue 12)', lines: [...prose(4), 'Yorumlar'], hits: [5] },
    { name: 'glued community footer ends the article', lines: [...prose(4), 'Community standardsDiscussion'], hits: [5] },
    { name: 'an arrow glued to the heading ("Comments»", "Kommentare ›") is no part of the marker (issue 12)', lines: [...prose(4), 'Comments»', 'Great article!', 'Kommentare ›'], hits: [5, 6, 7] },
    {
      name: 'a count a counter rule took ("3 comments:") still opens the comment section; the thread after it goes (issue 12)',
      lines: [...prose(3), '3 comments:', 'Anna Berg 10/2/12 2:05 PM', 'Lovely piece, thank you for writing it.', 'Reply'],
      before: ['counter-widget'],
      hits: [5, 6, 7],
    },
    {
      name: 'a count a counter rule took beside the byline is followed by the article\'s prose: no cut (issue 12)',
      lines: [...prose(2), '12 comments', ...prose(3)],
      before: ['counter-widget'],
      hits: [],
    },
    {
      name: 'a sentence about the comments under the heading is the section\'s note, not the article (issue 12)',
      lines: [...prose(3), 'Comments', 'You can follow this conversation by subscribing to the comment feed for this post.', 'Nice one, thanks.'],
      hits: [4, 5, 6],
    },
    { name: 'a Comments link followed by the article\'s prose does not end it', lines: [...prose(3), 'Comments', 'The mayor said on Tuesday that the bridge would reopen in May after repairs.', ...prose(2)], hits: [] },
    { name: 'everything after a Comments heading goes', lines: [...prose(4), 'Comments (12)', 'Great article!', 'I disagree.'], hits: [5, 6, 7] },
    { name: 'a counted marker: "34 responses to …"', lines: [...prose(3), '34 responses to “The story”', 'Great article!'], hits: [4, 5] },
    { name: 'a bare count is a counted marker, even with a comment right under it', lines: [...prose(3), '12 Comments', 'I tried this last week and it worked for me.'], hits: [4, 5] },
    { name: 'a count in brackets with a tail: "{ 17 comments… read them below or add one }"', lines: [...prose(3), '{ 17 comments… read them below or add one }', 'Thank you for writing this, it helped me a lot.'], hits: [4, 5] },
    { name: 'a count with a button beside it: "21 Comments Add A Comment"', lines: [...prose(3), '21 Comments Add A Comment', 'Lovely recipe, I will make it on Sunday.'], hits: [4, 5] },
    { name: 'a line that opens with a count and ends like a sentence is prose', lines: [...prose(3), '3 comments were received by the council before the vote.', ...prose(1)], hits: [] },
    { name: 'a comment form\'s preview heading ends the article (blog platforms print it under every post)', lines: [...prose(3), 'Verify your Comment', 'Previewing your Comment', 'This is only a preview. Your comment has not yet been posted.'], hits: [4, 5, 6] },
    { name: 'Russian and German markers', lines: [...prose(4), 'Комментарии', 'текст'], hits: [5, 6] },
    { name: 'Spanish and French markers', lines: [...prose(4), 'Deja un comentario'], hits: [5] },
    { name: 'French marker', lines: [...prose(4), 'Commentaires'], hits: [5] },
    { name: 'German marker', lines: [...prose(4), 'Kommentare'], hits: [5] },
    { name: 'the end of a press release ("###", "-30-")', lines: [...prose(3), '###', 'Media contact:', 'Jane Doe'], hits: [4, 5, 6] },
    { name: 'wire copy ending with -30-', lines: [...prose(3), '-30-', 'About the agency'], hits: [4, 5] },
    { name: 'a Comments link in a top menu does not end the article', lines: ['Home', 'Comments', ...prose(6)], hits: [] },
    { name: 'a marker before most of the article does not end it', lines: [...prose(1), 'Leave a comment', ...prose(8)], hits: [] },
    { name: 'a marker inside a menu after the article does not count', lines: [...prose(4), 'About us', 'Community standards', 'Contact us', ...prose(1)], hits: [] },
    { name: 'a heading that opens with "Responses" marks the comments (issue 12)', lines: [...prose(4), 'Responses to this post', 'Nice one'], hits: [5, 6] },
    { name: 'a two-word heading of "reactions" marks the comments (issue 12)', lines: [...prose(4), 'Reader reactions', 'Nice one'], hits: [5, 6] },
    { name: '"responses" or "reactions" later in a longer heading is the article\'s subject, not a marker (issue 12)', lines: [...prose(4), 'Architectural Responses to Flood Damage', 'Case studies', ...prose(1)], hits: [] },
    { name: 'a list heading naming reactions is not a marker (issue 12)', lines: [...prose(4), 'For mild allergic reactions:', 'Rest and fluids', 'Antihistamines'], hits: [] },
    { name: 'prose mentioning comments is not a marker', lines: [...prose(4), 'Comments from readers were mostly positive, the editor said.'], hits: [] },
  ]),
];
