import { useMemo } from 'react';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { roundScore, STAGE_NAMES, toPercent, type Stage } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';

export interface SignedChange {
  /** "+4.2", "−3.1" (a true minus sign) or "0". */
  text: string;
  direction: 'up' | 'down' | 'none';
}

export interface CompareFormat {
  /** A score in [0, 1] as points on 0–100 with one decimal; "—" for none. */
  points: (value: number | null | undefined) => string;
  /** A share in [0, 1] as a percentage, e.g. "40 %". */
  share: (value: number | null | undefined) => string;
  /** A change in [−1, 1] as signed points. */
  change: (value: number | null | undefined) => SignedChange;
  /** "3 · Systematic"; "—" for none. */
  stage: (value: Stage | null | undefined) => string;
  /** The same figures for CSV: plain numbers with a point as decimal separator. */
  csvPoints: (value: number | null | undefined) => number | null;
  /** An agency's name for CSV, with the demo label after it when it is synthetic. */
  csvAgency: (name: string, demo: boolean) => string;
  /** A dimension's short title in the chosen language; null means the overall score. */
  area: (dimensionId: string | null) => string;
  /** yyyy-mm-dd as a date in the chosen language. */
  date: (day: string) => string;
}

const none = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

export function useCompareFormat(questionnaire: Questionnaire): CompareFormat {
  const { t, text, formatNumber, formatDateTime } = useI18n();
  return useMemo(() => {
    const titles = new Map(
      questionnaire.dimensions.map((d) => [d.id, text(d.shortTitle ?? d.title).text]),
    );
    const points = (v: number | null | undefined) => (none(v) ? '—' : formatNumber(toPercent(v)));
    return {
      points,
      share: (v) => (none(v) ? '—' : `${formatNumber(toPercent(v))} %`),
      change: (v) => {
        if (none(v)) return { text: '—', direction: 'none' };
        const shown = toPercent(Math.abs(roundScore(v)));
        if (shown === 0) return { text: formatNumber(0), direction: 'none' };
        return v > 0
          ? { text: `+${formatNumber(shown)}`, direction: 'up' }
          : { text: `\u2212${formatNumber(shown)}`, direction: 'down' };
      },
      stage: (s) => (s ? `${s} · ${t(`stage.${STAGE_NAMES[s]}`)}` : '—'),
      csvPoints: (v) => (none(v) ? null : toPercent(v)),
      csvAgency: (name, demo) => (demo ? `${name} (${t('compare.demoTag')})` : name),
      area: (id) => (id === null ? t('compare.overall') : (titles.get(id) ?? id)),
      date: (day) => formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
    };
  }, [questionnaire, t, text, formatNumber, formatDateTime]);
}
