/**
 * Search input made safe and a little smarter: the words of the query (letters and digits only,
 * so nothing reaches to_tsquery's syntax), and the same query transliterated between Cyrillic and
 * Latin, so "озон" finds "Ozon" and "wildberis" finds "Вайлдберриз".
 */
const RU_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const LAT_TO_RU: [RegExp, string][] = [
  [/sch/g, 'щ'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/zh/g, 'ж'], [/kh/g, 'х'], [/ts/g, 'ц'], [/yu/g, 'ю'], [/ya/g, 'я'], [/ee/g, 'и'], [/oo/g, 'у'],
  [/w/g, 'в'], [/x/g, 'кс'], [/q/g, 'к'], [/c/g, 'к'], [/j/g, 'дж'], [/h/g, 'х'],
  ...Object.entries({ a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', y: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф' })
    .map(([lat, ru]) => [new RegExp(lat, 'g'), ru] as [RegExp, string]),
];

export function searchWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** The query in the other alphabet (Cyrillic → Latin, or Latin → Cyrillic). */
export function transliterate(query: string): string {
  const lower = query.toLowerCase();
  if (/[а-яё]/.test(lower)) return [...lower].map((ch) => RU_TO_LAT[ch] ?? ch).join('');
  return LAT_TO_RU.reduce((text, [pattern, ru]) => text.replace(pattern, ru), lower);
}

/** An OR-query of the words (any word may match; more matches rank higher), or null. */
export function orQuery(words: string[]): string | null {
  return words.length > 0 ? words.join(' | ') : null;
}
