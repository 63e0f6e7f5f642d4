/** Footer and legal link vocabulary (lower case), per language. */
export const FOOTER_LINKS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'privacy', 'privacy policy', 'privacy notice', 'privacy statement', 'your privacy choices', 'terms', 'terms of use',
    'terms of service', 'terms and conditions', 'terms & conditions', 'conditions of use', 'cookie policy', 'cookies',
    'cookie settings', 'legal', 'legal notice', 'disclaimer', 'accessibility', 'sitemap', 'site map', 'contact',
    'contact us', 'about', 'about us', 'advertise', 'advertise with us', 'advertising', 'careers', 'jobs', 'help', 'faq',
    'faqs', 'feedback', 'corrections', 'ethics', 'ethics policy', 'code of ethics', 'editorial standards', 'rss', 'rss feeds',
    'do not sell my personal information', 'do not sell my info', 'do not sell or share my personal information',
    'ad choices', 'adchoices', 'licensing', 'reprints', 'permissions', 'press', 'newsroom', 'media kit', 'staff',
    'our team', 'masthead', 'subscriptions', 'manage subscription', 'customer service', 'store', 'shop', 'archive', 'archives',
  ],
  ru: [
    'политика конфиденциальности', 'пользовательское соглашение', 'правила', 'условия использования', 'контакты',
    'о нас', 'о проекте', 'редакция', 'реклама', 'реклама на сайте', 'вакансии', 'карта сайта', 'обратная связь', 'помощь',
  ],
  es: [
    'aviso legal', 'política de privacidad', 'privacidad', 'política de cookies', 'condiciones de uso', 'términos de uso',
    'términos y condiciones', 'contacto', 'contáctanos', 'quiénes somos', 'sobre nosotros', 'publicidad', 'mapa del sitio',
    'empleo', 'ayuda',
  ],
  de: [
    'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'nutzungsbedingungen', 'cookie-richtlinie',
    'cookie-einstellungen', 'kontakt', 'über uns', 'mediadaten', 'werben', 'karriere', 'jobs', 'hilfe', 'barrierefreiheit',
    'sitemap',
  ],
  fr: [
    'mentions légales', 'politique de confidentialité', 'confidentialité', 'données personnelles', 'gestion des cookies',
    'politique cookies', 'cgu', 'cgv', "conditions générales d'utilisation", 'conditions générales', 'contact',
    'contactez-nous', 'qui sommes-nous', 'à propos', 'publicité', 'plan du site', 'aide', 'recrutement',
  ],
};

export const FOOTER_PHRASES: ReadonlySet<string> = new Set(Object.values(FOOTER_LINKS).flat());

/** "All rights reserved" in the covered languages. */
import { ub } from './match.js';

export const RIGHTS_RESERVED = ub(
  /\b(?:all rights? reserved|some rights reserved|todos los derechos reservados|derechos reservados|alle rechte vorbehalten|tous droits réservés|tous les droits réservés|todos os direitos reservados|tutti i diritti riservati)\b|все права защищены|все права сохранены|무단\s?전재|版权所有|著作権/iu,
);
