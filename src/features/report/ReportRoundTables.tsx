import { useId, useMemo } from 'react';
import { hideSmallGapRows } from '@/domain/anonymity/small-groups';
import { spreadRows } from '@/domain/round/fragmentation';
import { gapRows } from '@/domain/round/gaps';
import type { RoundView } from '@/domain/round/types';
import { TableScroll } from '@/features/compare/TableScroll';
import { GapsTable } from '@/features/round/GapsTable';
import { SpreadTable } from '@/features/round/SpreadTable';
import type { RoundFormat } from '@/features/round/useRoundFormat';
import { useI18n } from '@/i18n/I18nProvider';

/** Fragmentation across agencies per area and overall: the round screen's figures, on paper. */
export function ReportSpread({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const rows = useMemo(() => spreadRows(view), [view]);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.fragmentationTitle')}</h2>
      <TableScroll captionId={captionId}>
        <SpreadTable view={view} format={format} rows={rows} captionId={captionId} print />
      </TableScroll>
      <p className="hint">{t('round.cvHeuristic')}</p>
    </section>
  );
}

/** Gaps to target per area and overall, with the agencies furthest below. */
export function ReportRoundGaps({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const captionId = useId();
  // As on the round screen: with names hidden, figures over too few agencies stay hidden.
  const rows = useMemo(() => hideSmallGapRows(view, gapRows(view)), [view]);
  const anyTarget = rows.some((r) => r.target !== undefined);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('round.gapsTitle')}</h2>
      {!anyTarget ? <p>{t('round.noTargets')}</p> : null}
      <TableScroll captionId={captionId}>
        <GapsTable view={view} format={format} rows={rows} captionId={captionId} print />
      </TableScroll>
    </section>
  );
}
