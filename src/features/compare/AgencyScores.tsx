import { useId, useMemo } from 'react';
import { agencyScoreRows } from '@/domain/compare/agency';
import type { AgencyRow, RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvDownload } from './CsvDownload';
import { TableScroll } from './TableScroll';
import type { CompareFormat } from './useCompareFormat';

/** The agency's combined score per area and overall, with band, stage, target and gap. */
export function AgencyScores(props: {
  view: RoundView;
  row: AgencyRow;
  /** Submitted respondents the score combines. */
  respondents: number;
  format: CompareFormat;
}) {
  const { view, row, respondents, format } = props;
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => (row.score ? agencyScoreRows(view, row.score) : []), [view, row]);
  const caption = t('agencyPage.scoresCaption');

  const csv = () => ({
    header: [
      t('compare.area'),
      t('agencyPage.score'),
      t('agencyPage.band'),
      t('agencyPage.stage'),
      t('compare.target'),
      t('agencyPage.gap'),
      t('agencyPage.completeness'),
    ],
    rows: rows.map((r) => [
      format.area(r.dimensionId),
      format.csvPoints(r.score),
      r.band,
      r.stage,
      format.csvPoints(r.target),
      format.csvPoints(r.gap),
      format.csvPoints(r.completeness),
    ]),
  });

  return (
    <section aria-labelledby={headingId} className="compare-section">
      <h2 id={headingId}>{t('agencyPage.scoresTitle')}</h2>
      <p>{t('agencyPage.combined', { count: respondents })}</p>
      <div className="compare-toolbar">
        <CsvDownload
          table={caption}
          fileParts={[view.round.name, row.agency.shortName || row.agency.name, 'scores']}
          build={csv}
        />
      </div>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.area')}</th>
              <th scope="col">{t('agencyPage.score')}</th>
              <th scope="col">{t('agencyPage.band')}</th>
              <th scope="col">{t('agencyPage.stage')}</th>
              <th scope="col">{t('compare.target')}</th>
              <th scope="col">{t('agencyPage.gap')}</th>
              <th scope="col">{t('agencyPage.completeness')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.dimensionId ?? 'overall'}
                className={r.dimensionId === null ? 'compare-table__overall' : undefined}
              >
                <th scope="row">{format.area(r.dimensionId)}</th>
                <td>{format.points(r.score)}</td>
                <td>{r.band ?? '—'}</td>
                <td>{format.stage(r.stage)}</td>
                <td>{format.points(r.target)}</td>
                <td>{format.points(r.gap)}</td>
                <td>{format.share(r.completeness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
