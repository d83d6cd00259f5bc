import { useId, useMemo } from 'react';
import { distributions } from '@/domain/round/distribution';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { AreaHeader } from './AreaHeader';
import { StripAxis, StripRow } from './StripRow';
import type { RoundFormat } from './useRoundFormat';

/** Per area a strip and box plot of the agencies' scores, with its five-number summary. */
export function DistributionSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const helpId = useId();
  const rows = useMemo(() => distributions(view), [view]);
  const targetOf = (id: string | null) =>
    id === null ? view.statistics.overall.target : view.targets[id];

  const csv = () => ({
    header: [
      t('round.area'),
      t('round.agencies'),
      t('round.min'),
      t('round.q1'),
      t('round.median'),
      t('round.q3'),
      t('round.max'),
      t('round.target'),
    ],
    rows: rows.map(({ dimensionId, summary: s }) => [
      format.area(dimensionId),
      s?.n ?? 0,
      ...[s?.min, s?.q1, s?.median, s?.q3, s?.max, targetOf(dimensionId)].map(format.csvPoints),
    ]),
  });

  return (
    <section id="distribution" aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('round.distributionTitle')}</h2>
      <figure className="strip-figure" aria-labelledby={captionId} aria-describedby={helpId}>
        <figcaption id={captionId}>{t('round.distributionFigure')}</figcaption>
        <p className="hint" id={helpId}>
          {t('round.distributionHelp')}
        </p>
        <div className="strip-rows">
          {rows.map((d) => (
            <StripRow
              key={d.dimensionId ?? 'overall'}
              distribution={d}
              target={targetOf(d.dimensionId)}
              format={format}
            />
          ))}
          <StripAxis />
        </div>
      </figure>
      <div className="round-toolbar">
        <CsvButton
          table={t('round.summaryCaption')}
          fileParts={[view.round.name, 'distribution']}
          build={csv}
        />
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('round.summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('round.area')}</th>
              <th scope="col">{t('round.agencies')}</th>
              <th scope="col">{t('round.min')}</th>
              <th scope="col">{t('round.q1')}</th>
              <th scope="col">{t('round.median')}</th>
              <th scope="col">{t('round.q3')}</th>
              <th scope="col">{t('round.max')}</th>
              <th scope="col">{t('round.target')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ dimensionId, summary: s }) => (
              <tr key={dimensionId ?? 'overall'}>
                <AreaHeader view={view} format={format} dimensionId={dimensionId} />
                <td>{s?.n ?? 0}</td>
                <td>{format.points(s?.min)}</td>
                <td>{format.points(s?.q1)}</td>
                <td>{format.points(s?.median)}</td>
                <td>{format.points(s?.q3)}</td>
                <td>{format.points(s?.max)}</td>
                <td>{format.points(targetOf(dimensionId))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
