import { collectTexts, textCoverage } from './texts';

describe('collectTexts and textCoverage', () => {
  const doc = {
    title: { en: 'Title', ru: 'Заголовок', ky: 'Аталыш' },
    dimensions: [
      {
        id: 'd1',
        weight: 1,
        items: [
          { id: 'i1', text: { en: 'Question', ru: 'Вопрос' }, levels: [{ label: { en: 'L1' } }] },
        ],
      },
    ],
  };

  it('finds every text with its place, whatever the field is called', () => {
    expect(collectTexts(doc).map((t) => t.path)).toEqual([
      'title',
      'dimensions[0].items[0].text',
      'dimensions[0].items[0].levels[0].label',
    ]);
  });

  it('counts per language what is present and names what is missing', () => {
    const coverage = textCoverage(collectTexts(doc));
    expect(coverage).toEqual([
      {
        locale: 'ky',
        total: 3,
        present: 1,
        missing: ['dimensions[0].items[0].text', 'dimensions[0].items[0].levels[0].label'],
      },
      { locale: 'ru', total: 3, present: 2, missing: ['dimensions[0].items[0].levels[0].label'] },
      { locale: 'en', total: 3, present: 3, missing: [] },
    ]);
  });

  it('treats an empty or blank string as missing', () => {
    const coverage = textCoverage(collectTexts({ t: { en: ' ', ru: 'x' } }));
    expect(coverage.find((c) => c.locale === 'en')?.missing).toEqual(['t']);
  });
});
