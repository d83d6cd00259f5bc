import { useId, useMemo } from 'react';
import { HEAT_SCALE, heatmapRows } from '@/domain/round/heatmap';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { HeatmapTable } from './HeatmapTable';
import type { RoundFormat } from './useRoundFormat';

function HeatmapLegend() {
  const { t } = useI18n();
  return (
    <div className="heat-legend">
      <p className="heat-legend__title">{t('round.legendTitle')}</p>
      <ul className="heat-legend__steps">
        {HEAT_SCALE.map((step) => (
          <li key={step.step} style={{ background: step.background, color: step.text }}>
            {t('round.legendStep', { from: step.from, to: step.to })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('round.legendBands')}</p>
    </div>
  );
}

export function HeatmapSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const rows = useMemo(() => heatmapRows(view), [view]);
  const left = view.rows.length - rows.length;

  const csv = () => {
    const dims = view.questionnaire.dimensions;
    const line = (name: string, values: (number | null | undefined)[]) => [
      name,
      ...values.map(format.csvPoints),
    ];
    return {
      header: [t('round.agency'), ...dims.map((d) => format.area(d.id)), format.area(null)],
      rows: [
        line(t('round.roundMean'), [
          ...view.statistics.dimensions.map((d) => d.summary?.mean),
          view.statistics.overall.summary?.mean,
        ]),
        line(t('round.target'), [
          ...dims.map((d) => view.targets[d.id]),
          view.statistics.overall.target,
        ]),
        ...rows.map((r) =>
          line(format.csvAgency(r.name, r.demo), [
            ...dims.map((d) => r.dimensions[d.id]),
            r.overall,
          ]),
        ),
      ],
    };
  };

  return (
    <section id="heatmap" aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('round.heatmapTitle')}</h2>
      <p>{t('round.heatmapIntro')}</p>
      {left > 0 ? <p className="hint">{t('round.heatmapLeftOut', { count: left })}</p> : null}
      <HeatmapLegend />
      <div className="round-toolbar">
        <CsvButton
          table={t('round.heatmapTitle')}
          fileParts={[view.round.name, 'heatmap']}
          build={csv}
        />
      </div>
      {rows.length > 0 ? (
        <HeatmapTable view={view} rows={rows} format={format} />
      ) : (
        <p>{t('round.noSubmitted')}</p>
      )}
    </section>
  );
}
