/**
 * Kyrgyz date and number formatting. Chromium ships no Kyrgyz locale data, so `Intl` with
 * 'ky' silently falls back to English there. These follow CLDR's Kyrgyz patterns (the data
 * Node's ICU uses; the tests compare against it): "2026-ж., 26-ноя. 14:05".
 */
const MONTHS_ABBREVIATED = [
  'янв.',
  'фев.',
  'мар.',
  'апр.',
  'май',
  'июн.',
  'июл.',
  'авг.',
  'сен.',
  'окт.',
  'ноя.',
  'дек.',
];
const MONTHS_WIDE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

export interface KyDateOptions {
  dateStyle?: 'short' | 'medium' | 'long';
  timeStyle?: 'short' | 'medium';
  timeZone?: string;
}

// Local date and time figures come from Intl (which knows every time zone); only the words
// and their order are Kyrgyz.
function figures(date: Date, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

export function formatKyDateTime(date: Date, options: KyDateOptions): string {
  const f = figures(date, options.timeZone);
  let datePart = '';
  if (options.dateStyle === 'short') datePart = `${f.day}/${f.month}/${two(f.year % 100)}`;
  if (options.dateStyle === 'medium')
    datePart = `${f.year}-ж., ${f.day}-${MONTHS_ABBREVIATED[f.month - 1]}`;
  if (options.dateStyle === 'long') datePart = `${f.year}-ж., ${f.day}-${MONTHS_WIDE[f.month - 1]}`;
  let timePart = '';
  if (options.timeStyle === 'short') timePart = `${two(f.hour)}:${two(f.minute)}`;
  if (options.timeStyle === 'medium') timePart = `${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;
  return [datePart, timePart].filter(Boolean).join(' ');
}

/**
 * Kyrgyz numbers group thousands with a no-break space and use a decimal comma, as Russian
 * does; Russian data is in every browser. Percent signs follow Kyrgyz (no space before "%").
 */
export function kyNumberFormat(options?: Intl.NumberFormatOptions): {
  format: (n: number) => string;
} {
  const ru = new Intl.NumberFormat('ru', options);
  return {
    format: (n) => {
      const text = ru.format(n);
      return options?.style === 'percent' ? text.replace(/\s%$/, '%') : text;
    },
  };
}
