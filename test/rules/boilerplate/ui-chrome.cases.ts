import { uiChrome } from '../../../src/rules/boilerplate/ui-chrome.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

export const tables: RuleTable[] = [
  table(uiChrome, [
    { name: 'buttons in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: ['Condividi', 'Compartilhar', 'Delen', 'Udostępnij', 'Sdílet', 'Megosztás', 'Dela', 'Paylaş', para, 'Leggi anche', 'Lees meer', 'Czytaj więcej', 'Číst dál', 'Tovább olvasom', 'Läs mer', 'Devamını oku'], hits: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16] },
    { name: 'English player and share buttons', lines: ['Listen Live', para, 'Share', 'Print', 'Email this', 'Play Video'], hits: [1, 3, 4, 5, 6] },
    { name: 'a row of social buttons with a counter', lines: ['facebook twitter print email', 'Share 1.2K', para], hits: [1, 2] },
    { name: 'account and navigation chrome', lines: ['Sign In', 'Log in', 'Subscribe', 'Skip to main content', 'Read more', 'Advertisement', para], hits: [1, 2, 3, 4, 5, 6] },
    { name: 'glued buttons are split before matching', lines: ['SubscribeSign In', 'ShareTweetEmail', para], hits: [1, 2] },
    { name: 'Russian chrome', lines: ['Поделиться', 'Читать далее', 'Реклама', 'Слушать', 'Подписаться', para], hits: [1, 2, 3, 4, 5] },
    { name: 'Spanish chrome', lines: ['Compartir', 'Leer más', 'Publicidad', 'Iniciar sesión', 'Suscríbete', para], hits: [1, 2, 3, 4, 5] },
    { name: 'German chrome', lines: ['Teilen', 'Weiterlesen', 'Anzeige', 'Anmelden', 'Drucken', para], hits: [1, 2, 3, 4, 5] },
    { name: 'French chrome', lines: ['Partager', 'Lire la suite', 'Publicité', 'Se connecter', 'Imprimer', para], hits: [1, 2, 3, 4, 5] },
    { name: 'icons only', lines: ['☰', '•', para], hits: [1, 2] },
    { name: 'prose and headlines that use chrome words stay', lines: ['Watch the skies: meteor shower peaks tonight', 'Share prices fell sharply in early trading.', para, 'Home'], hits: [4] },
    {
      name: 'a comment form\'s list of allowed markup, in any words (issue 12)',
      lines: [para, 'Erlaubte Tags: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <em>', 'You can use: <a href="" title=""> <abbr title=""> <acronym title=""> <code>'],
      hits: [2, 3],
    },
    { name: 'a code sample with filled attributes stays', lines: [para, 'Write <a href="/home" title="Home"> <img src="logo.png" alt=""> and close the tag.'], hits: [] },
    { name: 'a long line is never chrome', lines: [Array.from({ length: 20 }, () => 'share').join(' ')], hits: [] },
  ]),
];
