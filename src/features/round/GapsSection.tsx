import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { gapRows, LARGEST_GAPS } from '@/domain/round/gaps';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { hideSmallGapRows } from '@/domain/anonymity/small-groups';
import { CsvButton } from './CsvButton';
import { GapsTable } from './GapsTable';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { targetsPath } from './paths';
import type { RoundFormat } from './useRoundFormat';

/** Per dimension and overall: mean gap, how many agencies are below, and who is furthest. */
export function GapsSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const rows = useMemo(() => hideSmallGapRows(view, gapRows(view)), [view]);
  const anyTarget = rows.some((r) => r.target !== undefined);

  const csv = () => ({
    header: [
      t('round.area'),
      t('round.target'),
      t('round.meanGap'),
      t('round.belowTarget'),
      t('round.scoredAgencies'),
      ...Array.from({ length: LARGEST_GAPS }, (_, i) => [
        t('round.largestGapAgency', { rank: i + 1 }),
        t('round.largestGapValue', { rank: i + 1 }),
      ]).flat(),
    ],
    rows: rows.map((r) => [
      format.area(r.dimensionId),
      format.csvPoints(r.target),
      format.csvPoints(r.meanGap),
      r.target === undefined || r.hidden !== null ? null : r.below,
      r.scored,
      ...Array.from({ length: LARGEST_GAPS }, (_, i) => {
        const g = r.largest[i];
        return g ? [format.csvAgency(g.name, g.demo), format.csvPoints(g.gap)] : [null, null];
      }).flat(),
    ]),
  });

  return (
    <section id="gaps" aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('round.gapsTitle')}</h2>
      <p>{t('round.gapsIntro')}</p>
      {!anyTarget ? <p className="notice">{t('round.noTargets')}</p> : null}
      <div className="round-toolbar">
        <Link className="button" to={withQuestionnaire(targetsPath(view.round.id), view)}>
          {anyTarget ? t('round.editTargets') : t('round.setTargets')}
        </Link>
        <CsvButton table={t('round.gapsTitle')} fileParts={[view.round.name, 'gaps']} build={csv} />
      </div>
      <div className="table-scroll">
        <GapsTable view={view} format={format} rows={rows} />
      </div>
    </section>
  );
}
