/**
 * Stopwords.
 *
 * - `stopwords(lang)`: the broad stopwords-iso list of one language (used by
 *   language detection). The English one has ~1300 words, nouns and verbs
 *   among them, so it is a poor signal of prose.
 * - `FUNCTION_WORDS`: a tight set of the highest-frequency function words
 *   (articles, pronouns, prepositions, conjunctions, auxiliaries) of the
 *   languages unboil covers best. Running prose in any of them is 30-55 %
 *   function words; menus, headline lists and footers are close to 0 %.
 *   The set is the union over languages, so body selection does not depend on
 *   which language the detector guessed (and stays stable when the body is
 *   cleaned again). One-letter words that English text also yields ("it's",
 *   "U.S." give "s") stay out: Czech "s", "z", "k", "o".
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * The lists of every language (a 200 KB JSON file), read on first use: a capture that asks
 * for none does not pay for parsing it at start-up (issue 14, cold start).
 */
let all: Record<string, string[]> | null = null;
const lists = (): Record<string, string[]> => (all ??= require('stopwords-iso') as Record<string, string[]>);

const cache = new Map<string, Set<string>>();
export function stopwords(lang: string): Set<string> {
  let s = cache.get(lang);
  if (!s) {
    s = new Set((lists()[lang] ?? []).map((w) => w.toLowerCase()));
    cache.set(lang, s);
  }
  return s;
}
/** The languages stopwords() has a list of. */
export function stopwordLanguages(): readonly string[] {
  return Object.keys(lists());
}

/** High-frequency function words per language (lower case). */
export const TIGHT: Readonly<Record<string, string>> = {
  en: `the of and to a in is it that for on was with as he she be by at are this have from or an had not but
    what all were when we there can been has which their if will one do no they you his her its him them i my
    our your who would so about out up into than then could also more other some these those only over after
    any such did does should may might must being just because while where how both each most very through`,
  de: `der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei
    sie nach wird einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr
    durch man dass werden wurde sein ihre kann seine ihr wir ich diese dieser wenn schon unter wieder`,
  fr: `le la les de des du un une et en à au aux est que qui dans pour pas sur par plus ne se ce il elle ils
    elles on sont avec son sa ses leur leurs mais ou comme été avait a cette ces tout nous vous je y être
    fait dont très aussi lui même entre sans sous après avant`,
  es: `el la los las de del y en a que un una es por con no se lo su sus para al como más pero o este esta
    ese esa fue ha han ser son le les entre sin sobre también muy ya cuando hay hasta desde todo donde
    porque nos él ella yo era están está`,
  pt: `o a os as de do da dos das e em no na nos nas um uma que é por para com não se ao à mais mas como foi
    são ser seu sua seus suas ele ela também muito já quando há entre sobre até pelo pela isso este esta
    está era ou`,
  it: `il lo la i gli le di del della dei delle e in un una che è per con non si al alla da dal più ma come
    sono anche ha hanno questo questa quello nel nella ed o era essere suo sua loro tra fra se ci ne cui`,
  nl: `de het een en van in is dat op te zijn met voor niet die aan er ook als bij om door maar dan nog
    was wordt werd zo naar hij zij ze wij ik heeft hebben uit over tot kan wel`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было
    вот от меня еще ещё нет о из ему когда даже ну ли если уже или быть был была были него до вас
    ними они мы их чем это этот эта эти того который которая которые которых при для также может
    об над под без через между после перед около более менее свой своей своих своего свои ним них этом этой этих
    том той тех чтобы будет будут есть могут очень лишь там где либо которого которой котором которому оно
    всего всех всем нам вам тоже кроме среди вместе однако поэтому пока сейчас теперь здесь`,
  uk: `і й та в у на з із що не як до за від по це він вона вони ми ви його її їх який яка які для також
    але або було був була були бути може при про після через між під над без щоб буде будуть є вже ще лише тому`,
  pl: `i w z na się nie do to że jest o jak po co ale od za tak przez dla tym są jego jej ich lub oraz być
    był była było który która które także może już tylko`,
  id: `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan adalah juga oleh karena sebagai atau
    ada bisa mereka kami kita saya telah sudah tersebut lebih`,
  sv: `och i att det som en på är av för med till den har de inte om ett han hon men var vi jag sig från
    så kan när efter också`,
  da: `og i at det er en på til af for med den har de ikke om et han hun men var vi jeg sig fra så kan når
    efter også som`,
  tr: `ve bir bu da de için ile ama çok daha gibi olan olarak en ne o ki kadar sonra değil her şey mi
    ise ya veya hem göre ancak ayrıca bile diye üzere bunun buna bunu şu kendi içinde arasında`,
  cs: `a v ve se na je že ze do to i ke jako pro by ale jsou jeho její jejich které který která
    kterou tak už jen po podle také byl byla bylo byly není nebo ani jak když při před za od až než však`,
  hu: `a az és hogy nem is egy de van meg el csak már ha mint volt vagy ki be azt még majd pedig sem lesz
    amely amelyek aki akik ami amit szerint után között alatt mellett az egy egyik`,
};

/** Union of all tight lists: the function-word set body selection uses. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  Object.values(TIGHT).flatMap((s) => s.split(/\s+/).filter((w) => w !== '')),
);
