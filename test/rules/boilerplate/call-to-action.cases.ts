import { callToAction } from '../../../src/rules/boilerplate/call-to-action.js';
import { table, type RuleTable } from '../../helpers/rule-table.js';

const para = 'The council voted on Tuesday to close the old bridge, and the mayor said repairs would take at least two years.';

export const tables: RuleTable[] = [
  table(callToAction, [
    { name: 'prompts in it / pt / nl / pl / cs / hu / sv / tr (issue 12)', lines: [para, 'Iscriviti alla nostra newsletter', 'Utilizziamo i cookie per migliorare la tua esperienza.', 'Assine a nossa newsletter', 'Wij gebruiken cookies om de site te verbeteren.', 'Zapisz się do newslettera', 'Używamy plików cookie, aby strona działała lepiej.', 'Používáme soubory cookies k analýze návštěvnosti.', 'A weboldal sütiket használ a jobb élmény érdekében.', 'Vi använder cookies för att förbättra webbplatsen.', 'Bu sitede çerezler kullanılmaktadır.', 'Bizi takip edin'], hits: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    { name: 'newsletter prompts', lines: [para, 'Sign up for our newsletter to get the best stories delivered to your inbox.', 'Subscribe to our daily briefing newsletter'], hits: [2, 3] },
    { name: 'glued newsletter prompt', lines: ['Sign up for ourNewsletter.', para], hits: [1] },
    { name: 'cookie and consent prompts', lines: ['We use cookies to improve your experience on our site.', 'By continuing to browse the site you agree to our use of cookies.', para], hits: [1, 2] },
    { name: 'read-more promos and clicks', lines: [para, 'READ MORE: Mayor vows to rebuild the bridge', 'Click here to see the full gallery', 'Follow us on Twitter and Facebook'], hits: [2, 3, 4] },
    { name: 'log-in walls', lines: ['Already a subscriber? Log in', 'You must be logged in to post a comment.', para], hits: [1, 2] },
    { name: 'Russian prompts', lines: ['Подпишитесь на наш канал в Telegram', 'Читайте также: Мэр пообещал восстановить мост', 'Мы используем файлы cookie для улучшения работы сайта.', para], hits: [1, 2, 3] },
    { name: 'Spanish prompts', lines: ['Suscríbete a nuestro boletín', 'Lee también: El alcalde promete reconstruir el puente', 'Utilizamos cookies propias y de terceros.', para], hits: [1, 2, 3] },
    { name: 'German prompts', lines: ['Abonnieren Sie unseren Newsletter', 'Lesen Sie auch: Bürgermeister will Brücke neu bauen', 'Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.', para], hits: [1, 2, 3] },
    { name: 'French prompts', lines: ['Abonnez-vous à notre newsletter', 'Lire aussi : le maire promet de reconstruire le pont', 'Nous utilisons des cookies pour améliorer votre expérience.', para], hits: [1, 2, 3] },
    {
      name: 'paywall promos and comment guidelines',
      lines: [para, 'Journalists and bloggers: sign up for free to receive customized news releases', 'Get access to our premium service for as little as $1 a month', 'Want more stories like this?', 'As you comment, please be respectful of other commenters.'],
      hits: [2, 3, 4, 5],
    },
    {
      name: 'newsletters described, app downloads, sign-up fine print',
      lines: [
        para,
        'The day’s most important local stories, delivered to your inbox every weekday at 6 a.m.',
        'Jetzt den Newsletter abonnieren: Die wichtigsten Nachrichten jeden Abend in Ihrem Postfach.',
        'Recibe cada mañana las noticias más importantes en tu correo electrónico, gratis.',
        'Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.',
        'Breaking news straight to your phone: download the free Channel 7 News app today.',
        'By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.',
      ],
      hits: [2, 3, 4, 5, 6, 7],
    },
    {
      name: 'print-edition notes, feedback widgets, consent banners, player messages',
      lines: [
        'This article appears in the April 2020 print edition with the headline “Sleeping Through Europe.”',
        'Was this article helpful?',
        'We value your privacy',
        'We and our partners use cookies and similar technologies to store and access information on your device.',
        'Media playback is unsupported on your device',
        para,
      ],
      hits: [1, 2, 3, 4, 5],
    },
    {
      name: 'a blog post footer (WordPress themes)',
      lines: [
        para,
        'This entry was written by sam, posted on 10/18/2012 at 12:22 pm.',
        'Bookmark the permalink. Follow any comments here with the RSS feed for this post.',
        'Post a comment or leave a trackback: Trackback URL.',
        'This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.',
        'Trackbacks are closed, but you can post a comment.',
        'Comments are closed.',
        'If you enjoyed this post, please consider leaving a comment or subscribing to the RSS feed to have future articles delivered to your feed reader.',
        'You can follow this conversation by subscribing to the comment feed for this post.',
        'The comments to this entry are closed.',
        'Please enable JavaScript to view the comments powered by Disqus.',
        'Enter your email address:',
        'Delivered by FeedBurner',
        'To receive these entries once a month by e-mail, sign up for the Example-Gram Newsletter.',
      ],
      hits: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    },
    { name: 'sentences about entries and posts stay', lines: [para, 'This entry was the last one she wrote before the war, and her son kept the diary for forty years.', 'If you enjoyed this post as much as we did, the park is open until October.'], hits: [] },
    { name: 'article sentences about apps and inboxes stay', lines: [para, 'The company said its app had been downloaded two million times since March, mostly in Europe.', 'Investigators found thousands of emails in his inbox that had never been opened.'], hits: [] },
    { name: 'article sentences about the same things stay', lines: [para, 'Subscribers to the service complained that the newsletter had stopped arriving last spring, the company said in a statement on Monday.', 'Readers were asked to follow the instructions of the police.'], hits: [] },
  ]),
];
