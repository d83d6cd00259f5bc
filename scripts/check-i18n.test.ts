import { checkI18n } from './check-i18n';

describe('language completeness of the shipped app', () => {
  it('has every UI string and questionnaire text in every shipped language', () => {
    const { ok, lines } = checkI18n();
    // On failure the report names each missing text.
    expect({ ok, report: ok ? [] : lines }).toEqual({ ok: true, report: [] });
  });
});
