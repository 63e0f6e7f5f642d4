import { describe, it, expect } from 'vitest';
import { splitDateline } from '../../src/parse/dateline.js';

const rest = 'The minister said the talks would resume next week in the capital.';
const cases: [string, { place: string; agency: string | null } | null][] = [
  [`MOSCOW (Sputnik) — ${rest}`, { place: 'MOSCOW', agency: 'Sputnik' }],
  [`WASHINGTON (AP) — ${rest}`, { place: 'WASHINGTON', agency: 'AP' }],
  [`LONDON, July 14 (Reuters) - ${rest}`, { place: 'LONDON', agency: 'Reuters' }],
  [`PARIS — ${rest}`, { place: 'PARIS', agency: null }],
  [`BERLIN (dpa) - ${rest}`, { place: 'BERLIN', agency: 'dpa' }],
  [`Lindenau (dpa) - ${rest}`, { place: 'Lindenau', agency: 'dpa' }],
  ['МОСКВА, 14 июл — РИА Новости. Первый участок велодорожки открыли сегодня.', { place: 'МОСКВА', agency: 'РИА Новости' }],
  [`MOSCOW, July 14. /TASS/. ${rest}`, { place: 'MOSCOW', agency: 'TASS' }],
  [`New York (CNN)${rest}`, { place: 'New York', agency: 'CNN' }],
  [`Valverde, 14 jul (EFE).- ${rest}`, { place: 'Valverde', agency: 'EFE' }],
  [`AUSTIN, Texas, March 3, 2020 /PRNewswire/ -- ${rest}`, { place: 'AUSTIN, Texas', agency: 'PRNewswire' }],
  [`KIEV, Ukraine (AP) — ${rest}`, { place: 'KIEV, Ukraine', agency: 'AP' }],
  [`SANTA FE, N.M. (AP) — ${rest}`, { place: 'SANTA FE, N.M.', agency: 'AP' }],
  // ordinary sentences keep their words
  ['Oslo has meanwhile pushed for a wider settlement on the shelf.', null],
  ['Paris — the city of light — is calm again after the protests of the week.', null],
  ['A Russian anti-Islamic State (ISIL) military campaign has bolstered morale.', null],
  ['In a talk with Faroese radio, Solvang noted that the count was high.', null],
  ['Berlin - die Stadt hat heute beschlossen, die Straßen zu sperren.', null],
];

describe('splitDateline', () => {
  for (const [text, want] of cases) {
    it(text.slice(0, 40), () => {
      const got = splitDateline(text);
      if (want === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got?.dateline).toEqual(want);
      expect(text.endsWith(got!.rest)).toBe(true);
      expect(got!.rest).toMatch(/^\p{Lu}/u);
    });
  }
});
