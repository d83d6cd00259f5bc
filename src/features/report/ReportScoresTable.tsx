import { useId } from 'react';
import { STAGE_NAMES } from '@/domain/scoring/bands';
import { TableScroll } from '@/features/compare/TableScroll';
import type { ResultRow } from '@/features/results/result-rows';
import { useI18n } from '@/i18n/I18nProvider';

/** Per area: score, band, stage, target and gap, the figures the radar draws. */
export function ReportScoresTable({ rows }: { rows: ResultRow[] }) {
  const { t, formatNumber } = useI18n();
  const captionId = useId();
  const num = (value: number | null) => (value === null ? '—' : formatNumber(value));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table report-table report-table--whole">
        <caption id={captionId}>{t('report.scoresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.dimension')}</th>
            <th scope="col">{t('results.score')}</th>
            <th scope="col">{t('results.band')}</th>
            <th scope="col">{t('results.stage')}</th>
            <th scope="col">{t('results.target')}</th>
            <th scope="col">{t('results.gap')}</th>
            <th scope="col">{t('results.completeness')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.dimensionId}>
              <th scope="row">{row.label}</th>
              <td>{num(row.score)}</td>
              <td>{row.band ?? '—'}</td>
              <td>{row.stage ? `${row.stage} · ${t(`stage.${STAGE_NAMES[row.stage]}`)}` : '—'}</td>
              <td>{num(row.target)}</td>
              <td>{num(row.gap)}</td>
              <td>{formatNumber(row.completeness)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
