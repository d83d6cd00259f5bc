import { formatKyDateTime, kyNumberFormat } from './kyFormat';
import type { KyDateOptions } from './kyFormat';

// Node's ICU carries CLDR's Kyrgyz data (Chromium's does not): the hand-made formatter must
// agree with it for every month and style.
describe('Kyrgyz formatting', () => {
  const styles: KyDateOptions[] = [
    { dateStyle: 'medium', timeStyle: 'short' },
    { dateStyle: 'medium' },
    { dateStyle: 'long' },
    { dateStyle: 'short' },
    { timeStyle: 'medium' },
    { timeStyle: 'short' },
  ];

  it('formats dates as CLDR does, in every month', () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2026, month, 3 + month, 7 + month, 5, 9));
      for (const style of styles) {
        const options = { ...style, timeZone: 'Asia/Bishkek' };
        expect(formatKyDateTime(date, options)).toBe(
          new Intl.DateTimeFormat('ky', options).format(date),
        );
      }
    }
  });

  it('uses the local date in the given time zone', () => {
    // 20:30 UTC on 31 December is already 1 January 2027 in Bishkek (UTC+6).
    const date = new Date(Date.UTC(2026, 11, 31, 20, 30));
    expect(formatKyDateTime(date, { dateStyle: 'long', timeZone: 'Asia/Bishkek' })).toBe(
      '2027-ж., 1-январь',
    );
  });

  it('formats numbers and percentages as CLDR does', () => {
    for (const value of [0, 7, 62.5, 12345.678, -1500]) {
      expect(kyNumberFormat().format(value)).toBe(new Intl.NumberFormat('ky').format(value));
    }
    expect(kyNumberFormat({ style: 'percent' }).format(0.456)).toBe(
      new Intl.NumberFormat('ky', { style: 'percent' }).format(0.456),
    );
    expect(kyNumberFormat({ maximumFractionDigits: 1 }).format(62.54)).toBe('62,5');
  });
});
