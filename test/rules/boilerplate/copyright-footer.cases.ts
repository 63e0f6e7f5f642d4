import { copyrightFooter } from '../../../src/rules/boilerplate/copyright-footer.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

export const tables: RuleTable[] = [
  table(copyrightFooter, [
    { name: 'copyright lines', lines: [para, '© 2020 Example Media Group', 'Copyright 2019 The Daily Planet. All rights reserved.', '(c) 2018 Foo Inc'], hits: [2, 3, 4] },
    { name: 'rights reserved in other languages', lines: [para, 'Все права защищены', 'Todos los derechos reservados', 'Alle Rechte vorbehalten', 'Tous droits réservés'], hits: [2, 3, 4, 5] },
    { name: 'glued footer line', lines: [para, '© 2019 MSPoweruser - All rights reservedNot associated with Microsoft'], hits: [2] },
    { name: 'legal link rows', lines: [para, 'Privacy Policy | Terms of Use | Contact Us', 'Terms of Service', 'Impressum', 'Mentions légales', 'Политика конфиденциальности'], hits: [2, 3, 4, 5, 6] },
    {
      name: 'legal and disclaimer sentences',
      lines: [
        para,
        'Apple, iPhone and iPad are registered trademarks of Apple Inc.',
        'Quotes delayed at least 15 minutes. Market data provided by a vendor.',
        'These products are not intended to diagnose, treat, cure, or prevent any disease.',
        'We may earn a commission when you buy through links on our site.',
      ],
      hits: [2, 3, 4, 5],
    },
    { name: 'photo credits are not footers', lines: ['© AP Photo / Evan Vucci', para], hits: [] },
    {
      name: 'a blog disclaimer; opinions and views in a story stay',
      lines: [
        para,
        'The opinions expressed here are my personal opinions. Content published here is not read or approved in advance by my employer.',
        'This blog reflects the personal opinions of individual contributors and does not represent the views of the firm.',
        'The opinions of the judges differ, and the views expressed by the mayor on Monday were his own.',
      ],
      hits: [2, 3],
    },
    { name: 'prose about copyright stays', lines: [para, 'The publisher said the copyright on the novel expired in 2012, so anyone may print it.', 'Contact the police if you saw anything.'], hits: [] },
  ]),
];
