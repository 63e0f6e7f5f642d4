/**
 * Counter widgets -> numbers: "0 165", "05 SHARES", "1.2K views", "12 comments",
 * "Comments (12)", "165 просмотров", "3 Kommentare", "1,2 mil vistas".
 * A line is a counter widget when it holds 1..4 numbers and no word other than
 * counter vocabulary (en / ru / es / de / fr).
 */

const COUNTER_WORDS = [
  // en
  'share', 'shares', 'shared', 'view', 'views', 'comment', 'comments', 'like', 'likes', 'read', 'reads', 'tweet', 'tweets', 'retweets',
  'reaction', 'reactions', 'vote', 'votes', 'reply', 'replies', 'response', 'responses', 'pins', 'claps', 'hits', 'visits', 'plays', 'listens', 'saves',
  // ru
  'просмотр', 'просмотра', 'просмотров', 'просмотры', 'комментарий', 'комментария', 'комментариев', 'комментарии', 'лайк', 'лайка', 'лайков',
  'репост', 'репоста', 'репостов', 'поделились', 'прочтений', 'прочтения', 'голосов', 'голоса', 'ответов', 'ответа',
  // es
  'vista', 'vistas', 'visita', 'visitas', 'comentario', 'comentarios', 'compartido', 'compartidos', 'veces', 'lecturas', 'reacciones', 'votos', 'respuestas',
  // de
  'aufruf', 'aufrufe', 'ansicht', 'ansichten', 'kommentar', 'kommentare', 'geteilt', 'mal', 'leser', 'gefällt', 'reaktionen', 'stimmen', 'antworten',
  // fr
  'vue', 'vues', 'commentaire', 'commentaires', 'partage', 'partages', 'lecture', 'lectures', 'réaction', 'réactions', 'réponse', 'réponses', 'fois',
];
const WORD_SET = new Set(COUNTER_WORDS);
/** A counter word ("comments", "shares", "Kommentare"), any case. */
export const isCounterWord = (w: string): boolean => WORD_SET.has(w.toLowerCase());
/** Multipliers written after a number. */
const SCALE: Record<string, number> = {
  k: 1e3, m: 1e6, b: 1e9, тыс: 1e3, млн: 1e6, mil: 1e3, tsd: 1e3, mio: 1e6, mln: 1e6, md: 1e9,
};

// number, optional decimal / thousands groups, optional scale glued or spaced
const TOKEN = /(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(k|m|b|тыс|млн|mil|tsd|mio|mln|md)(?!\p{L})\.?)?|(\p{L}+)|([^\s\p{L}\d])/giu;

export interface CounterParse {
  numbers: number[];
  /** Counter words seen ("views", "comments"). */
  words: number;
}

/** Parses a counter widget line; null when the line holds anything but numbers and counter words. */
export function parseCounters(text: string): CounterParse | null {
  if (text.length > 60 || !/\d/u.test(text)) return null;
  const numbers: number[] = [];
  let wordsSeen = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m[1] !== undefined) {
      let s = m[1];
      const scale = m[2] ? SCALE[m[2].toLowerCase()]! : 1;
      if (scale === 1 && /^\d{1,3}(?:[.,]\d{3})+$/u.test(s)) s = s.replace(/[.,]/gu, '');
      else if (scale === 1 && /[.,]/u.test(s)) return null; // 3.5 without a scale: a measure, not a counter
      else s = s.replace(',', '.');
      numbers.push(Math.round(Number(s) * scale));
    } else if (m[3] !== undefined) {
      if (!WORD_SET.has(m[3].toLowerCase())) return null;
      wordsSeen++;
    } else if (m[4] !== undefined) {
      if (!/[()[\]:|·•/\-–—👁💬❤♥★☆🔥📈↗]/u.test(m[4])) return null;
    }
  }
  if (numbers.length === 0 || numbers.length > 4) return null;
  return { numbers, words: wordsSeen };
}
