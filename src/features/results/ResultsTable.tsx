import { useId } from 'react';
import { STAGE_NAMES } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';
import type { ResultRow } from './result-rows';

/**
 * Every figure the charts draw, per dimension, plus what the scores stand on. In `print` (the
 * agency report) it is compact and whole on one page: no counts of answers.
 */
export function ResultsTable({ rows, print = false }: { rows: ResultRow[]; print?: boolean }) {
  const { t, formatNumber } = useI18n();
  const captionId = useId();
  const num = (value: number | null) => (value === null ? '—' : formatNumber(value));
  const showPeers = rows.some((r) => r.peerMean !== null);
  return (
    // On a narrow screen the table scrolls sideways in this box: focusable and named, so it
    // can be scrolled with the keyboard and is announced for what it holds.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={print ? 'data-table report-table report-table--whole' : 'data-table'}>
        <caption id={captionId}>{t(print ? 'report.scoresCaption' : 'results.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.dimension')}</th>
            <th scope="col">{t('results.score')}</th>
            <th scope="col">{t('results.band')}</th>
            <th scope="col">{t('results.stage')}</th>
            <th scope="col">{t('results.target')}</th>
            <th scope="col">{t('results.gap')}</th>
            {showPeers ? <th scope="col">{t('results.peerMeanShort')}</th> : null}
            <th scope="col">{t('results.completeness')}</th>
            {print ? null : <th scope="col">{t('results.answeredCol')}</th>}
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
              {showPeers ? <td>{num(row.peerMean)}</td> : null}
              <td>{formatNumber(row.completeness)} %</td>
              {print ? null : (
                <td>
                  {t('results.answeredDetail', {
                    answered: row.answered,
                    visible: row.visible,
                    na: row.notApplicable,
                    dk: row.dontKnow,
                  })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
