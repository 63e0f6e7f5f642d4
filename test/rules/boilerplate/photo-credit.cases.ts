import { photoCredit } from '../../../src/rules/boilerplate/photo-credit.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

export const tables: RuleTable[] = [
  table(photoCredit, [
    { name: 'agency credits', lines: ['© AP Photo / Evan Vucci', para, 'Getty Images', 'AP Photo/Jane Doe'], hits: [1, 3, 4] },
    { name: 'labelled credits and captions', lines: ['Image copyright Getty Images', 'Image caption The bridge was built in 1902', 'Featured image via Wikimedia Commons', 'Photo: Jane Doe', para], hits: [1, 2, 3, 4] },
    { name: 'credits at the end of a caption', lines: ['The mayor speaks to reporters on Monday. (Photo by Jane Doe/Getty Images)', para, 'A farmer on the island in June who fell ill is thought to have picked a toadstoolCredit: The Island Courier'], hits: [1, 3] },
    { name: 'Russian, Spanish, German, French labels', lines: ['Фото: Иван Петров / ТАСС', 'Foto: EFE', 'Bild: dpa', 'Crédit photo : AFP', para], hits: [1, 2, 3, 4] },
    {
      name: 'caption shapes without a label',
      lines: [
        'Defense Secretary Jane Roe, left, and her counterpart John Doe shake hands in Hanoi on Tuesday.',
        '1of4A shopper looks at extension cords at a hardware store on Tuesday.',
        'In this Dec. 12, 2006, file photo, two astronauts work outside the station.',
        'A man rides a donkey through the village on Monday. less',
        para,
        'A shopper looks at the last gas can before the power shutdown. (Elias Roe/The Union via AP)',
      ],
      hits: [1, 2, 3, 4, 6],
    },
    { name: 'prose with left and right in it stays', lines: [para, 'The party moved to the left, and the voters did not follow it, the poll found.', 'He left, and nobody saw him again.'], hits: [] },
    {
      name: 'a sentence or a headline that opens with "this" and names a picture later is no caption',
      lines: [
        para,
        'This is Not a Photograph',
        'This makes it possible for the network to build a detailed picture of your browsing history.',
        'In this undated handout photo provided by the museum, the statue stands in the hall.',
        'In this Oct. 5, 2012 file photo, the mayor speaks to reporters in the square.',
      ],
      hits: [4, 5],
    },
    { name: 'prose that mentions photos or agencies stays', lines: [para, 'The photo was taken by a tourist and later sold to Getty Images for an undisclosed sum.', 'Reuters reported that the talks would resume in March.'], hits: [] },
  ]),
];
