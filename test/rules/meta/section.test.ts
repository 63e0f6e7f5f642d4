import { seriesLabel, breadcrumb, sectionLine, sectionWord } from '../../../src/rules/meta/section.js';
import { titleLine } from '../../../src/rules/meta/title.js';
import { describeRule, docOf } from '../../helpers/rule-table.js';
import { describe, it, expect } from 'vitest';

const prose = 'The council voted on Tuesday to approve the plan after a long debate about costs and timing.';

describeRule(seriesLabel, [
  { name: 'series label with an article count', lines: ['Russia Versus ISIL in Syria (618)', prose], hits: [1], field: 'section' },
  { name: 'a comment count is no series', lines: ['Comments (12)', prose], hits: [] },
  { name: 'a column of category counts is a menu', lines: ['Politics (45)', 'Sports (33)', 'World (12)', prose], hits: [] },
]);

describeRule(breadcrumb, [
  { name: 'arrows', lines: ['Home > World > Europe', prose], hits: [1], field: 'section' },
  { name: 'slashes after a home word', lines: ['Главная / Политика', prose], hits: [1] },
  { name: 'a sentence with a slash stays', lines: ['Students and/or parents can apply online this week', prose], hits: [] },
]);

describeRule(sectionLine, [
  { name: 'Posted in / Categorías / Рубрика', lines: ['Posted in Gardening', 'Categorías: Panes, Recetas básicas', 'Рубрика: Общество', prose], hits: [1, 2, 3], field: 'section' },
  { name: 'category labels in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: ['Categoria: Cronaca', 'Publicado em Cultura', 'Rubriek: Binnenland', 'Kategoria: Kraj', 'Rubrika: Domácí', 'Rovat: Belföld', 'Kategori: Inrikes', 'Bölüm: Gündem', prose], hits: [1, 2, 3, 4, 5, 6, 7, 8], field: 'section' },
  { name: 'a sentence starting with "Posted in" stays', lines: ['posted in a hurry, the letter never arrived.', prose], hits: [] },
]);

describe('rule section-word', () => {
  const run = (lines: string[], body: number[]) => {
    const doc = docOf(lines, body);
    for (const h of titleLine.run(doc)) doc.labels[h.block] = { rule: titleLine.id, field: h.field! };
    return sectionWord.run(doc).map((h) => doc.blocks[h.block]!.line);
  };
  it('has an id and a description', () => {
    expect(sectionWord.id).toBe('section-word');
    expect(sectionWord.description.length).toBeGreaterThan(10);
  });
  it('takes the kicker right above the title', () => {
    expect(run(['Menu', 'Unwetter', 'Feuerwehr im Landkreis mehr als 200 Mal im Einsatz', '', prose, prose], [5, 6])).toEqual([2]);
  });
  it('takes a lone section word above the article when there is no title', () => {
    expect(run(['Politics', '', prose, prose], [3, 4])).toEqual([1]);
  });
  it('leaves a menu of section words alone', () => {
    expect(run(['World', 'Politics', 'Sport', '', prose, prose], [5, 6])).toEqual([]);
  });
});
