import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { comparisonRows, type ComparedCell } from '@/domain/compare/comparison';
import type { AgencyRow, RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvDownload } from './CsvDownload';
import { DemoTag } from './DemoNote';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { agencyPath } from './paths';
import { TableScroll } from './TableScroll';
import type { CompareFormat } from './useCompareFormat';

function Cell({ cell, format }: { cell: ComparedCell; format: CompareFormat }) {
  const { t } = useI18n();
  if (cell.score === null) {
    return (
      <td>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('compare.noScore')}</span>
      </td>
    );
  }
  return (
    <td className={cell.highest ? 'compare-cell--highest' : undefined}>
      {format.points(cell.score)} <span className="compare-cell__band">{cell.band}</span>
      {cell.highest ? (
        <>
          {' '}
          <strong className="compare-cell__mark">{t('compare.highest')}</strong>
        </>
      ) : null}
    </td>
  );
}

/** Areas down, agencies across: each cell the score and band, the row's highest marked in words. */
export function CompareTable(props: { view: RoundView; rows: AgencyRow[]; format: CompareFormat }) {
  const { view, rows, format } = props;
  const { t } = useI18n();
  const ids = useMemo(() => rows.map((r) => r.agency.id), [rows]);
  const table = useMemo(() => comparisonRows(view, ids), [view, ids]);
  const caption = t('compare.tableCaption');
  const captionId = useId();

  const csv = () => ({
    header: [
      t('compare.area'),
      ...rows.flatMap((r) => {
        const agency = format.csvAgency(r.agency.name, r.agency.demo === true);
        return [t('compare.csvScore', { agency }), t('compare.csvBand', { agency })];
      }),
      t('compare.target'),
      t('compare.csvHighest'),
    ],
    rows: table.map((row) => [
      format.area(row.dimensionId),
      ...row.cells.flatMap((c) => [format.csvPoints(c.score), c.band]),
      format.csvPoints(row.target),
      row.cells.flatMap((c, i) => (c.highest && rows[i] ? [rows[i].agency.name] : [])).join('; '),
    ]),
  });

  return (
    <div className="compare-section">
      <div className="compare-toolbar">
        <CsvDownload table={caption} fileParts={[view.round.name, 'compare']} build={csv} />
      </div>
      <TableScroll captionId={captionId}>
        <table className="data-table compare-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.area')}</th>
              {rows.map((r) => (
                <th scope="col" key={r.agency.id}>
                  <Link to={withQuestionnaire(agencyPath(view.round.id, r.agency.id), view)}>
                    {r.agency.name}
                  </Link>
                  {r.agency.demo ? <DemoTag /> : null}
                </th>
              ))}
              <th scope="col">{t('compare.target')}</th>
            </tr>
          </thead>
          <tbody>
            {table.map((row) => (
              <tr
                key={row.dimensionId ?? 'overall'}
                className={row.dimensionId === null ? 'compare-table__overall' : undefined}
              >
                <th scope="row">{format.area(row.dimensionId)}</th>
                {row.cells.map((cell) => (
                  <Cell key={cell.agencyId} cell={cell} format={format} />
                ))}
                <td>{format.points(row.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t('compare.highestNote')}</p>
    </div>
  );
}
