import { endMarker } from '../../../src/rules/boilerplate/end-marker.js';
import { describeRule } from '../../helpers/rule-table.js';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of the article, long enough to read as prose.`);

describeRule(endMarker, [
  { name: 'glued community footer ends the article', lines: [...prose(4), 'Community standardsDiscussion'], hits: [5] },
  { name: 'everything after a Comments heading goes', lines: [...prose(4), 'Comments (12)', 'Great article!', 'I disagree.'], hits: [5, 6, 7] },
  { name: 'Russian and German markers', lines: [...prose(4), 'Комментарии', 'текст'], hits: [5, 6] },
  { name: 'German marker', lines: [...prose(4), 'Kommentare'], hits: [5] },
  { name: 'a Comments link in a top menu does not end the article', lines: ['Home', 'Comments', ...prose(6)], hits: [] },
  { name: 'prose mentioning comments is not a marker', lines: [...prose(4), 'Comments from readers were mostly positive, the editor said.'], hits: [] },
]);
