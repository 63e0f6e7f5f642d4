import type { Rule, Hit } from '../../core/types.js';

/**
 * Comment sections and page footers open with a marker line; nothing after it is
 * article. Only markers in the last part of the capture count, so a "Comments"
 * link in a top menu does not end the article.
 */
const MARKERS = [
  // en
  'comments', 'comment', 'discussion', 'community standards', 'leave a comment', 'leave a reply', 'add a comment',
  'join the discussion', 'join the conversation', 'show comments', 'view comments', 'post a comment',
  // ru
  'комментарии', 'обсуждение', 'правила сообщества', 'добавить комментарий',
  // es
  'comentarios', 'deja un comentario', 'normas de la comunidad',
  // de
  'kommentare', 'diskussion', 'kommentar schreiben', 'community-richtlinien',
  // fr
  'commentaires', 'laisser un commentaire', 'réagir', 'règles de la communauté',
];
const markerSet = new Set(MARKERS);

/** Splits words glued by a missing separator: "standardsDiscussion" -> "standards Discussion". */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

function isMarker(text: string): boolean {
  const t = unglue(text).toLowerCase().replace(/\(\d+\)|\d+/g, '').replace(/[\s:]+$/u, '').trim();
  if (markerSet.has(t)) return true;
  // "Community standards Discussion": every piece a marker
  const parts = t.split(/\s+/);
  for (let cut = 1; cut < parts.length; cut++) {
    if (markerSet.has(parts.slice(0, cut).join(' ')) && markerSet.has(parts.slice(cut).join(' '))) return true;
  }
  return false;
}

export const endMarker: Rule = {
  id: 'end-marker',
  description: 'A comment-section or community marker near the end: it and everything after it is not article.',
  run(doc) {
    const n = doc.blocks.length;
    const start = Math.floor(n * 0.4);
    for (let i = start; i < n; i++) {
      const b = doc.blocks[i]!;
      if (doc.labels[i]) continue;
      if (isMarker(b.text)) {
        const hits: Hit[] = [];
        for (let j = i; j < n; j++) if (!doc.labels[j]) hits.push({ block: j });
        return hits;
      }
    }
    return [];
  },
};
