import { orQuery, searchWords, transliterate } from '../search-terms';

describe('storefront search terms', () => {
  it('keeps only letters and digits, so nothing reaches to_tsquery syntax', () => {
    expect(searchWords(`Ozon & !(wb) | 'drop' 1С:`)).toEqual(['ozon', 'wb', 'drop', '1с']);
    expect(orQuery(searchWords('облачная АТС'))).toBe('облачная | атс');
    expect(orQuery(searchWords('&|!'))).toBeNull();
  });

  it('transliterates between Cyrillic and Latin both ways', () => {
    expect(transliterate('озон')).toBe('ozon');
    expect(transliterate('Ozon')).toBe('озон');
    expect(transliterate('сдэк')).toBe('sdek');
    expect(transliterate('wildberries')).toBe('вилдберриес');
  });
});
