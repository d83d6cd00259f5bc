import { useId, useMemo } from 'react';
import { heatmapRows } from '@/domain/round/heatmap';
import type { RoundView } from '@/domain/round/types';
import { band } from '@/domain/scoring/bands';
import { DemoTag } from '@/features/round/DemoBanner';
import { TableScroll } from '@/features/compare/TableScroll';
import type { RoundFormat } from '@/features/round/useRoundFormat';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * The heatmap as numbers and band letters, without colour (it prints on any printer). Area
 * codes (D1 …) keep eleven columns within A4's width; the key above names them.
 */
export function ReportHeatmap(props: {
  view: RoundView;
  format: RoundFormat;
  codes: Map<string, string>;
}) {
  const { view, format, codes } = props;
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => heatmapRows(view), [view]);
  const dims = view.questionnaire.dimensions;
  const mean = (id: string) =>
    view.statistics.dimensions.find((d) => d.dimensionId === id)?.summary?.mean;
  const hasTargets = dims.some((d) => view.targets[d.id] !== undefined);

  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.heatmapTitle')}</h2>
      <div className="report-key report-section--whole">
        <p className="report-key__title">{t('report.codesKey')}</p>
        <dl>
          {dims.map((d) => (
            <div key={d.id}>
              <dt>{codes.get(d.id)}</dt>
              <dd>{format.area(d.id)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {rows.length === 0 ? (
        <p>{t('round.noSubmitted')}</p>
      ) : (
        <TableScroll captionId={captionId}>
          <table className="data-table report-table report-table--compact">
            <caption id={captionId}>{t('report.heatmapCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('round.agency')}</th>
                {dims.map((d) => (
                  <th scope="col" key={d.id}>
                    <abbr title={format.area(d.id)}>{codes.get(d.id)}</abbr>
                  </th>
                ))}
                <th scope="col">{format.area(null)}</th>
              </tr>
            </thead>
            <tbody className="report-table__summary">
              <tr>
                <th scope="row">{t('round.roundMean')}</th>
                {dims.map((d) => (
                  <ScoreCell key={d.id} format={format} score={mean(d.id)} />
                ))}
                <ScoreCell format={format} score={view.statistics.overall.summary?.mean} />
              </tr>
              {hasTargets ? (
                <tr>
                  <th scope="row">{t('round.target')}</th>
                  {dims.map((d) => (
                    <ScoreCell key={d.id} format={format} score={view.targets[d.id]} />
                  ))}
                  <ScoreCell format={format} score={view.statistics.overall.target} />
                </tr>
              ) : null}
            </tbody>
            <tbody>
              {rows.map((row) => (
                <tr key={row.agencyId}>
                  <th scope="row">
                    {row.name}
                    {row.demo ? <DemoTag /> : null}
                  </th>
                  {dims.map((d) => (
                    <ScoreCell key={d.id} format={format} score={row.dimensions[d.id]} />
                  ))}
                  <ScoreCell format={format} score={row.overall} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** A score and its band letter; "—" (read as "no score") where the agency has none. */
function ScoreCell({ score, format }: { score: number | null | undefined; format: RoundFormat }) {
  const { t } = useI18n();
  if (score === null || score === undefined) {
    return (
      <td>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('round.noScore')}</span>
      </td>
    );
  }
  return (
    <td>
      {format.points(score)} <strong>{band(score)}</strong>
    </td>
  );
}
