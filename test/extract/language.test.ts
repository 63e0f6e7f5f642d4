import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/extract/language.js';

const samples: [string, string][] = [
  ['en', 'The minister said that the talks would resume next week and that both sides were ready to make progress on the issue.'],
  ['ru', 'Первый участок велодорожки длиной семь километров открыли в Подмосковье, и он уже стал популярным у жителей.'],
  ['uk', 'Перша ділянка велодоріжки вже відкрита, і вона стала дуже популярною серед мешканців міста, які також її хвалять.'],
  ['es', 'El Ayuntamiento aprobó este martes un plan para reducir a la mitad el desperdicio de comida en los comedores de la ciudad.'],
  ['pt', 'O governo anunciou que a nova lei vai entrar em vigor no próximo mês e que não haverá mudanças para os trabalhadores.'],
  ['de', 'Im Zoo ist in der Nacht zum Dienstag ein Elefantenjunges zur Welt gekommen, und die Pfleger sind sehr froh über den Nachwuchs.'],
  ['fr', 'Dès la rentrée de septembre, les rues qui bordent les écoles seront fermées à la circulation pendant les heures de classe.'],
  ['it', 'Il governo ha detto che la nuova legge sarà approvata entro la fine del mese e che non ci sono problemi per le famiglie.'],
  ['nl', 'De gemeente heeft besloten dat de nieuwe regels voor het parkeren in het centrum van de stad vanaf volgende maand gelden.'],
  ['pl', 'Rząd poinformował, że nowa ustawa wejdzie w życie w przyszłym miesiącu i nie będzie to problem dla rodzin, które już są w kraju.'],
  ['ja', 'そして表示されるメニューから「その他」を選び、ファイルの場所を開くをクリックします。'],
  ['zh', '政府今天宣布新的法律将于下个月生效，这对家庭来说没有问题。'],
  ['ko', '정부는 새로운 법이 다음 달부터 시행될 것이라고 발표했습니다.'],
  ['el', 'Η κυβέρνηση ανακοίνωσε ότι ο νέος νόμος θα τεθεί σε ισχύ τον επόμενο μήνα.'],
];

describe('detectLanguage', () => {
  for (const [lang, text] of samples) it(lang, () => expect(detectLanguage(text)).toBe(lang));
  it('null for too little text', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12 34')).toBeNull();
  });
  it('reads only the start of a long text: what follows 3,000 characters cannot change the answer', () => {
    // The bound that keeps it fast on huge bodies, tested by behaviour rather than by a clock
    // (speed belongs in the benchmarks): a long German text decides alone.
    const de = samples.find(([l]) => l === 'de')![1];
    const fr = samples.find(([l]) => l === 'fr')![1];
    const head = `${de} `.repeat(Math.ceil(3_000 / (de.length + 1)));
    expect(head.length).toBeGreaterThanOrEqual(3_000);
    expect(detectLanguage(head + fr.repeat(2000))).toBe('de');
    expect(detectLanguage(fr.repeat(2000) + head)).toBe('fr');
  });
});
