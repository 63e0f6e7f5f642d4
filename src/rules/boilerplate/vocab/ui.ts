/**
 * UI chrome vocabulary: the words of buttons, widgets and links that pages
 * print around an article. A line made only of these (and of counters) is
 * chrome. Lower case; phrases of up to four words.
 */
export const UI_CHROME: Readonly<Record<string, readonly string[]>> = {
  en: [
    // audio / video
    'listen', 'listen live', 'listen now', 'listen to this article', 'listen to article', 'audio', 'play', 'play video', 'play audio',
    'pause', 'watch', 'watch live', 'watch now', 'watch video', 'watch tv', 'video', 'videos', 'live', 'replay', 'mute', 'unmute',
    'now playing', 'up next', 'autoplay', 'fullscreen', 'full screen',
    // sharing
    'share', 'shares', 'share this', 'share this article', 'share this story', 'share on', 'share via', 'share article',
    'shared', 'tweet', 'retweet', 'pin', 'pin it', 'like', 'likes', 'follow', 'follow us', 'follow us on', 'copy link',
    'copy', 'link', 'link copied', 'get short url', 'short url', 'permalink', 'embed', 'save', 'saved', 'bookmark', 'send',
    'print', 'print this', 'print article', 'print this page', 'print this article', 'email this article', 'email article',
    'share it', 'share with friends', 'share it with friends', 'share this page', 'share this post', 'pint', 'email', 'e-mail', 'email this', 'mail', 'more', 'less',
    'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'tumblr', 'instagram', 'youtube',
    'flipboard', 'messenger', 'sms', 'vk', 'vkontakte', 'ok', 'odnoklassniki', 'rss', 'feed', 'pocket', 'mix', 'digg',
    'google', 'google+', 'snapchat', 'tiktok', 'viber', 'line', 'skype', 'gmail', 'yahoo', 'weibo', 'wechat',
    // account
    'subscribe', 'subscribe now', 'unsubscribe', 'sign in', 'sign up', 'sign out', 'log in', 'login', 'log out', 'logout',
    'register', 'my account', 'account', 'profile', 'join', 'join now', 'get started', 'create account', 'settings',
    'newsletter', 'newsletters', 'donate', 'support us', 'subscriber', 'subscribers', 'free trial', 'try free',
    // navigation
    'menu', 'main menu', 'back to main menu', 'open menu', 'close menu', 'toggle navigation', 'navigation', 'search',
    'search for', 'go', 'submit', 'close', 'open', 'expand', 'collapse', 'show', 'hide', 'back', 'next', 'previous',
    'prev', 'next post', 'previous post', 'next article', 'previous article', 'next story', 'back to top', 'top',
    'scroll to top', 'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'skip',
    'home', 'homepage', 'read more', 'read full article', 'read the full story', 'continue reading', 'see more',
    'show more', 'load more', 'load more updates', 'show more updates', 'more updates', 'view more', 'view all', 'see all', 'more stories', 'more news', 'click here',
    'enlarge', 'zoom', 'gallery', 'view gallery', 'photos', 'photo', 'image', 'images', 'slideshow',
    'hide comments', 'reply', 'report',
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'paid content',
    'cookie settings', 'cookie policy', 'accept', 'accept all', 'reject all', 'i agree', 'agree', 'got it', 'ok, got it',
    'dismiss', 'no thanks', 'no, thanks', 'maybe later', 'not now', 'manage preferences', 'yes', 'no', 'helpful', 'not helpful', 'continue', 'cancel', 'loading', 'please wait', 'translate', 'font size', 'text size',
    'a', 'aa', 'a+', 'a-', 'download', 'app', 'get the app', 'download the app', 'notifications', 'alerts', 'edition',
    'english', 'language', 'trending', 'popular', 'most read', 'most popular', 'most viewed', 'top stories', 'latest',
    'latest news', 'breaking news', 'related', 'related articles', 'related stories', 'related content', 'recommended',
    'you may also like', 'you might also like', 'also read', 'read also', 'see also', 'opens in new window',
    'opens in a new window', 'new window', 'external link', 'min read', 'minute read', 'reading time', 'updated', 'posted',
  ],
  pt: [
    'compartilhar', 'compartilhe', 'partilhar', 'baixar', 'leia mais', 'leia também', 'assine', 'assinar', 'entrar', 'publicidade',
    'imprimir', 'enviar', 'ouvir', 'assistir', 'fechar', 'buscar', 'pesquisar', 'menu', 'voltar', 'próximo', 'anterior',
    'responder', 'denunciar', 'aceitar', 'rejeitar', 'copiar link', 'seguir', 'ver mais', 'carregar mais', 'início',
  ],
  it: [
    'condividi', 'leggi anche', 'leggi di più', 'leggi tutto', 'accedi', 'iscriviti', 'abbonati', 'pubblicità', 'stampa',
    'invia', 'ascolta', 'guarda', 'chiudi', 'cerca', 'successivo', 'precedente', 'torna su', 'rispondi', 'segnala',
    'accetta', 'accetto', 'rifiuta', 'copia link', 'segui', 'mostra altro', 'carica altro', 'home page', 'foto', 'video',
  ],
  nl: [
    'delen', 'deel', 'luisteren', 'bekijk', 'afspelen', 'printen', 'afdrukken', 'abonneren', 'inloggen', 'uitloggen',
    'registreren', 'zoeken', 'sluiten', 'volgende', 'vorige', 'terug', 'naar boven', 'lees meer', 'lees ook', 'meer laden',
    'reageer', 'reageren', 'advertentie', 'gesponsord', 'accepteren', 'weigeren', 'link kopiëren', 'volgen', 'nieuwsbrief',
  ],
  pl: [
    'udostępnij', 'słuchaj', 'posłuchaj', 'oglądaj', 'zobacz', 'odtwórz', 'drukuj', 'subskrybuj', 'zaloguj się', 'wyloguj',
    'zarejestruj się', 'szukaj', 'zamknij', 'dalej', 'następny', 'poprzedni', 'wróć', 'czytaj więcej', 'czytaj też',
    'więcej', 'odpowiedz', 'zgłoś', 'reklama', 'akceptuję', 'akceptuj', 'odrzuć', 'kopiuj link', 'obserwuj', 'udostępnij na',
  ],
  cs: [
    'sdílet', 'poslechnout', 'přehrát', 'tisk', 'vytisknout', 'odebírat', 'přihlásit se', 'přihlásit', 'odhlásit',
    'registrace', 'hledat', 'zavřít', 'další', 'předchozí', 'zpět', 'nahoru', 'číst dál', 'více', 'zobrazit více',
    'odpovědět', 'nahlásit', 'reklama', 'přijmout', 'souhlasím', 'odmítnout', 'kopírovat odkaz', 'sledovat',
  ],
  hu: [
    'megosztás', 'megosztom', 'meghallgatás', 'lejátszás', 'nyomtatás', 'feliratkozás', 'bejelentkezés', 'kijelentkezés',
    'regisztráció', 'keresés', 'bezárás', 'következő', 'előző', 'vissza', 'tovább', 'bővebben', 'tovább olvasom',
    'válasz', 'jelentés', 'hirdetés', 'elfogadom', 'elutasítom', 'link másolása', 'követés', 'hírlevél',
  ],
  sv: [
    'dela', 'lyssna', 'spela upp', 'skriv ut', 'prenumerera', 'logga in', 'logga ut', 'registrera', 'sök', 'stäng',
    'nästa', 'föregående', 'tillbaka', 'till toppen', 'läs mer', 'läs också', 'visa fler', 'svara', 'rapportera',
    'annons', 'sponsrat', 'acceptera', 'godkänn', 'avvisa', 'kopiera länk', 'följ', 'nyhetsbrev',
  ],
  tr: [
    'paylaş', 'dinle', 'izle', 'oynat', 'yazdır', 'abone ol', 'giriş yap', 'çıkış yap', 'kayıt ol', 'ara', 'kapat',
    'sonraki', 'önceki', 'geri', 'yukarı', 'devamını oku', 'daha fazla', 'yanıtla', 'şikayet et', 'reklam',
    'kabul et', 'kabul ediyorum', 'reddet', 'bağlantıyı kopyala', 'takip et', 'bülten',
  ],
  ru: [
    'слушать', 'смотреть', 'видео', 'аудио', 'воспроизвести', 'прямой эфир', 'эфир', 'поделиться', 'поделиться в',
    'отправить', 'распечатать', 'печать', 'версия для печати', 'почта', 'подписаться', 'подписка', 'подпишитесь', 'войти',
    'вход', 'выйти', 'регистрация', 'зарегистрироваться', 'личный кабинет', 'рассылка', 'меню', 'поиск', 'найти', 'закрыть',
    'открыть', 'далее', 'назад', 'вперед', 'вперёд', 'наверх', 'главная', 'на главную', 'читать далее', 'читать также',
    'читайте также', 'читать еще', 'читать ещё', 'подробнее', 'ещё', 'еще', 'показать еще', 'показать ещё', 'все новости',
    'комментировать', 'ответить', 'пожаловаться', 'реклама', 'на правах рекламы',
    'партнерский материал', 'фото', 'фотогалерея', 'галерея', 'увеличить', 'принять', 'согласен', 'понятно', 'хорошо',
    'популярное', 'самое читаемое', 'главное', 'новости', 'последние новости', 'в тренде', 'скопировать ссылку', 'ссылка',
    'нравится', 'твитнуть', 'вконтакте', 'одноклассники', 'телеграм', 'мой мир', 'жж', 'лайк', 'загрузить еще', 'загрузка',
  ],
  es: [
    'escuchar', 'ver', 'ver vídeo', 'ver video', 'vídeo', 'video', 'reproducir', 'en directo', 'en vivo', 'compartir',
    'comparte', 'compartir en', 'enviar', 'imprimir', 'correo', 'correo electrónico', 'email', 'suscríbete', 'suscribirse',
    'suscripción', 'iniciar sesión', 'inicia sesión', 'entrar', 'acceder', 'registrarse', 'regístrate', 'cerrar sesión',
    'mi cuenta', 'boletín', 'newsletter', 'menú', 'buscar', 'búsqueda', 'cerrar', 'abrir', 'siguiente', 'anterior',
    'volver', 'volver arriba', 'inicio', 'portada', 'leer más', 'seguir leyendo', 'ver más', 'mostrar más', 'cargar más',
    'responder', 'denunciar', 'publicidad', 'anuncio', 'patrocinado',
    'contenido patrocinado', 'foto', 'fotos', 'galería', 'ampliar', 'aceptar', 'acepto', 'rechazar', 'configurar',
    'lo más leído', 'lo más visto', 'más leídas', 'noticias relacionadas', 'relacionado', 'también te puede interesar',
    'te puede interesar', 'copiar enlace', 'enlace', 'me gusta', 'seguir', 'síguenos', 'saltar al contenido', 'ir al contenido',
  ],
  de: [
    'anhören', 'hören', 'vorlesen', 'artikel anhören', 'ansehen', 'abspielen', 'video', 'videos', 'live', 'teilen',
    'artikel teilen', 'senden', 'versenden', 'drucken', 'artikel drucken', 'e-mail', 'mail', 'abonnieren', 'abo',
    'jetzt abonnieren', 'anmelden', 'einloggen', 'login', 'abmelden', 'registrieren', 'mein konto', 'konto', 'newsletter',
    'menü', 'suche', 'suchen', 'schließen', 'öffnen', 'weiter', 'zurück', 'nach oben', 'startseite', 'home',
    'weiterlesen', 'mehr lesen', 'mehr', 'mehr anzeigen', 'mehr laden', 'alle anzeigen', 'antworten', 'melden', 'anzeige', 'werbung', 'gesponsert', 'foto', 'fotos', 'bild', 'bilder',
    'bildergalerie', 'galerie', 'vergrößern', 'akzeptieren', 'alle akzeptieren', 'ablehnen', 'einstellungen', 'zustimmen',
    'meistgelesen', 'beliebt', 'aktuell', 'verwandte artikel', 'auch interessant', 'das könnte sie auch interessieren',
    'mehr zum thema', 'link kopieren', 'link', 'gefällt mir', 'folgen', 'zum inhalt springen', 'zum inhalt', 'merken',
  ],
  fr: [
    'écouter', 'regarder', 'voir', 'vidéo', 'vidéos', 'lire la vidéo', 'en direct', 'direct', 'partager', 'partager sur',
    'partagez', 'envoyer', 'imprimer', 'e-mail', 'courriel', 'mail', "s'abonner", 'abonnez-vous', 'abonnement',
    'se connecter', 'connexion', 'se déconnecter', 'déconnexion', "s'inscrire", 'inscription', 'mon compte', 'compte',
    'newsletter', 'lettre d\'information', 'menu', 'rechercher', 'recherche', 'fermer', 'ouvrir', 'suivant', 'précédent',
    'retour', 'haut de page', 'retour en haut', 'accueil', 'lire la suite', 'lire plus', 'en savoir plus', 'voir plus',
    'afficher plus', 'charger plus', 'répondre', 'signaler', 'publicité',
    'sponsorisé', 'contenu sponsorisé', 'photo', 'photos', 'galerie', 'agrandir', 'accepter', 'tout accepter', 'refuser',
    'tout refuser', 'paramétrer', "j'accepte", 'continuer', 'les plus lus', 'à lire aussi', 'lire aussi', 'à voir aussi',
    'sur le même sujet', 'copier le lien', 'lien', "j'aime", 'suivre', 'suivez-nous', 'aller au contenu', 'passer au contenu',
  ],
};

/** All chrome phrases of all languages, for whole-line matching. */
export const UI_PHRASES: ReadonlySet<string> = new Set(Object.values(UI_CHROME).flat());
