import { photoCredit } from '../../../src/rules/boilerplate/photo-credit.js';
import { describeRule } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

describeRule(photoCredit, [
  { name: 'agency credits', lines: ['© AP Photo / Evan Vucci', para, 'Getty Images', 'AP Photo/Jane Doe'], hits: [1, 3, 4] },
  { name: 'labelled credits and captions', lines: ['Image copyright Getty Images', 'Image caption The bridge was built in 1902', 'Featured image via Wikimedia Commons', 'Photo: Jane Doe', para], hits: [1, 2, 3, 4] },
  { name: 'credits at the end of a caption', lines: ['The mayor speaks to reporters on Monday. (Photo by Jane Doe/Getty Images)', para, 'A couple in the village in May who died are suspected to have eaten a marmotCredit: The Siberian Times'], hits: [1, 3] },
  { name: 'Russian, Spanish, German, French labels', lines: ['Фото: Иван Петров / ТАСС', 'Foto: EFE', 'Bild: dpa', 'Crédit photo : AFP', para], hits: [1, 2, 3, 4] },
  { name: 'prose that mentions photos or agencies stays', lines: [para, 'The photo was taken by a tourist and later sold to Getty Images for an undisclosed sum.', 'Reuters reported that the talks would resume in March.'], hits: [] },
]);
