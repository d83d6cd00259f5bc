import { useMemo } from 'react';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { toPercent } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';

export interface PresentFormat {
  /** A score in [0, 1] as points on 0–100 with one decimal; "—" for none. */
  points: (value: number | null | undefined) => string;
  share: (value: number | null | undefined) => string;
  ratio: (value: number | null | undefined) => string;
  /** A dimension's short title in the chosen language. */
  area: (dimensionId: string) => string;
  /** An agency's name with the demo label after it when it is synthetic. */
  agency: (name: string, demo: boolean) => string;
}

const none = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

export function usePresentFormat(questionnaire: Questionnaire): PresentFormat {
  const { t, text, formatNumber } = useI18n();
  return useMemo(() => {
    const titles = new Map(
      questionnaire.dimensions.map((d) => [d.id, text(d.shortTitle ?? d.title).text]),
    );
    const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return {
      points: (v) => (none(v) ? '—' : formatNumber(toPercent(v))),
      share: (v) => (none(v) ? '—' : `${formatNumber(toPercent(v))} %`),
      ratio: (v) => (none(v) ? '—' : formatNumber(v, twoDecimals)),
      area: (id) => titles.get(id) ?? id,
      agency: (name, demo) => (demo ? `${name} (${t('round.demoTag')})` : name),
    };
  }, [questionnaire, t, text, formatNumber]);
}
