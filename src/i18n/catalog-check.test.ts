import { checkCatalog } from './catalog-check';
import { allTexts, sourceTexts } from './all-texts';

describe('checkCatalog', () => {
  const source = {
    hello: 'Hello {name}',
    items: { one: '{count} item', other: '{count} items' },
  };

  it('accepts a complete translation', () => {
    const ru = {
      hello: 'Привет, {name}',
      items: {
        one: '{count} пункт',
        few: '{count} пункта',
        many: '{count} пунктов',
        other: '{count} пункта',
      },
    };
    expect(checkCatalog(source, ru, 'ru')).toEqual([]);
  });

  it('names missing keys, blank texts, lost placeholders and missing plural forms', () => {
    const ru = { hello: 'Привет', items: { one: '{count} пункт', other: ' ' }, extra: 'x' };
    expect(checkCatalog(source, ru, 'ru')).toEqual([
      { key: 'hello', problem: 'placeholders {} instead of {name}' },
      { key: 'items', problem: 'empty' },
      { key: 'items', problem: 'plural forms missing: few, many' },
      { key: 'items', problem: 'placeholders {} instead of {count}' },
      { key: 'extra', problem: 'not in the source catalog' },
    ]);
    expect(checkCatalog(source, {}, 'ru').map((p) => p.problem)).toEqual(['missing', 'missing']);
  });

  it('finds nothing wrong in the shipped catalogs', () => {
    for (const [locale, catalog] of Object.entries(allTexts)) {
      expect({ locale, problems: checkCatalog(sourceTexts, catalog, locale) }).toEqual({
        locale,
        problems: [],
      });
    }
  });
});
