import { useId, useMemo } from 'react';
import { rankAgencies } from '@/domain/report/ranking';
import type { RoundView } from '@/domain/round/types';
import { STAGE_NAMES } from '@/domain/scoring/bands';
import { DemoTag } from '@/features/round/DemoBanner';
import { TableScroll } from '@/features/compare/TableScroll';
import type { RoundFormat } from '@/features/round/useRoundFormat';
import { useI18n } from '@/i18n/I18nProvider';

/** Agencies by overall score, highest first; equal shown scores share a rank. */
export function ReportRanking({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const ranked = useMemo(() => rankAgencies(view), [view]);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.rankingTitle')}</h2>
      {ranked.length === 0 ? (
        <p>{t('round.noSubmitted')}</p>
      ) : (
        <TableScroll captionId={captionId}>
          <table className="data-table report-table report-table--compact">
            <caption id={captionId}>{t('report.rankingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.rank')}</th>
                <th scope="col">{t('round.agency')}</th>
                <th scope="col">{t('round.overallScore')}</th>
                <th scope="col">{t('round.band')}</th>
                <th scope="col">{t('round.stage')}</th>
                <th scope="col">{t('round.respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr key={r.agencyId}>
                  <td>{r.rank}</td>
                  <th scope="row">
                    {r.name}
                    {r.demo ? <DemoTag /> : null}
                  </th>
                  <td>{format.points(r.score)}</td>
                  <td>{r.band ?? '—'}</td>
                  <td>{r.stage ? `${r.stage} · ${t(`stage.${STAGE_NAMES[r.stage]}`)}` : '—'}</td>
                  <td>{r.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
