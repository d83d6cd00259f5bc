import { useMemo } from 'react';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { toPercent } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';

export interface RoundFormat {
  /** A score or spread in [0, 1] as points on 0–100 with one decimal; "—" for none. */
  points: (value: number | null | undefined) => string;
  /** A share in [0, 1] as a percentage with the sign, e.g. "40 %". */
  share: (value: number | null | undefined) => string;
  /** A ratio such as CV or Gini with two decimals. */
  ratio: (value: number | null | undefined) => string;
  /** The same figures for CSV: plain numbers, a point as decimal separator. */
  csvPoints: (value: number | null | undefined) => number | null;
  csvRatio: (value: number | null | undefined) => number | null;
  /** An agency's name for CSV, with the demo label after it when it is synthetic. */
  csvAgency: (name: string, demo: boolean) => string;
  /** A dimension's short title in the chosen language; null means the overall score. */
  area: (dimensionId: string | null) => string;
  /** The collation of the chosen language, for sorting agency names. */
  compareNames: (a: string, b: string) => number;
}

const none = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

export function useRoundFormat(questionnaire: Questionnaire): RoundFormat {
  const { t, text, formatNumber, locale } = useI18n();
  return useMemo(() => {
    const titles = new Map(
      questionnaire.dimensions.map((d) => [d.id, text(d.shortTitle ?? d.title).text]),
    );
    const collator = new Intl.Collator([locale, 'ru', 'en'], { numeric: true });
    const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return {
      points: (v) => (none(v) ? '—' : formatNumber(toPercent(v))),
      share: (v) => (none(v) ? '—' : `${formatNumber(toPercent(v))} %`),
      ratio: (v) => (none(v) ? '—' : formatNumber(v, twoDecimals)),
      csvPoints: (v) => (none(v) ? null : toPercent(v)),
      csvRatio: (v) => (none(v) ? null : Math.round(v * 1000) / 1000),
      csvAgency: (name, demo) => (demo ? `${name} (${t('round.demoTag')})` : name),
      area: (id) => (id === null ? t('round.overall') : (titles.get(id) ?? id)),
      compareNames: collator.compare,
    };
  }, [questionnaire, t, text, formatNumber, locale]);
}
