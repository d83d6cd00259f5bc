import { useMemo, useState } from 'react';
import { imbalanceRows } from '@/domain/round/fragmentation';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { DemoTag } from './DemoBanner';
import type { RoundFormat } from './useRoundFormat';

/** How many agencies the table shows before "Show all", to keep a 300-agency page short. */
const FIRST = 15;

/** Within-agency imbalance: the SD of each agency's own area scores, most uneven first. */
export function ImbalanceTable({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const rows = useMemo(() => imbalanceRows(view), [view]);
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FIRST);
  const area = (x: { dimensionId: string; score: number } | null) =>
    x ? `${format.area(x.dimensionId)} (${format.points(x.score)})` : '—';

  const csv = () => ({
    header: [
      t('round.agency'),
      t('round.imbalance'),
      t('round.weakestArea'),
      t('round.weakestScore'),
      t('round.strongestArea'),
      t('round.strongestScore'),
    ],
    rows: rows.map((r) => [
      format.csvAgency(r.name, r.demo),
      format.csvPoints(r.imbalance),
      r.lowest ? format.area(r.lowest.dimensionId) : null,
      format.csvPoints(r.lowest?.score),
      r.highest ? format.area(r.highest.dimensionId) : null,
      format.csvPoints(r.highest?.score),
    ]),
  });

  return (
    <>
      <h3>{t('round.imbalanceTitle')}</h3>
      <p>{t('round.imbalanceIntro')}</p>
      <div className="round-toolbar">
        <CsvButton
          table={t('round.imbalanceTitle')}
          fileParts={[view.round.name, 'imbalance']}
          build={csv}
        />
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('round.imbalanceCaption', { shown: shown.length, count: rows.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('round.agency')}</th>
              <th scope="col">{t('round.imbalance')}</th>
              <th scope="col">{t('round.weakestArea')}</th>
              <th scope="col">{t('round.strongestArea')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.agencyId}>
                <th scope="row">
                  {r.name}
                  {r.demo ? <DemoTag /> : null}
                </th>
                <td>{format.points(r.imbalance)}</td>
                <td>{area(r.lowest)}</td>
                <td>{area(r.highest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > FIRST ? (
        <button type="button" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all
            ? t('round.showFewer', { count: FIRST })
            : t('round.showAll', { count: rows.length })}
        </button>
      ) : null}
    </>
  );
}
