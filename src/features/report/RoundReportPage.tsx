import { useEffect, useMemo, useRef } from 'react';
import { dimensionCodes } from '@/domain/report/ranking';
import { showsDemoData, statusCounts } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { DemoBanner } from '@/features/round/DemoBanner';
import { roundPath } from '@/features/round/paths';
import { useRoundFormat } from '@/features/round/useRoundFormat';
import { RoundRoute } from '@/features/round/RoundRoute';
import { usePrivacySettings } from '@/hooks/usePrivacy';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { ReportHeatmap } from './ReportHeatmap';
import { ReportRanking } from './ReportRanking';
import { ReportRoundGaps, ReportSpread } from './ReportRoundTables';
import { ReportFacts, ReportToolbar } from './ReportToolbar';
// The demo banner and tag are styled with the round screen's rules.
import '@/features/round/round.css';
import './report.css';

/** `/rounds/:roundId/report`: the round's summary across agencies, laid out for A4 paper. */
export function RoundReportPage() {
  // The same view as the round screen: its module (`?q=`) and its privacy settings, so with
  // "hide agency names" on the printed summary shows letters too.
  return <RoundRoute>{(view) => <RoundReport view={view} />}</RoundRoute>;
}

function RoundReport({ view }: { view: RoundView }) {
  const { t, text, formatDateTime } = useI18n();
  const format = useRoundFormat(view.questionnaire);
  const privacy = usePrivacySettings();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const codes = useMemo(
    () => dimensionCodes(view.questionnaire.dimensions.map((d) => d.id)),
    [view.questionnaire],
  );
  const counts = statusCounts(view.rows);
  const q = view.questionnaire;
  const date = (day: string) =>
    formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const facts: [string, string][] = [
    [t('report.period'), `${date(view.round.period.start)} – ${date(view.round.period.end)}`],
    [
      t('report.agencies'),
      t('round.statusCounts', {
        count: view.rows.length,
        submitted: counts.submitted,
        draft: counts.draft,
        notStarted: counts.notStarted,
      }),
    ],
    [t('report.questionnaire'), `${text(q.title).text} ${q.version}`],
    [t('report.madeOn'), formatDateTime(new Date().toISOString())],
  ];

  return (
    <article className="page report report--round">
      <ReportToolbar
        back={withQuestionnaire(roundPath(view.round.id), view)}
        backLabel={t('report.backToRound')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {t('report.roundTitle', { round: view.round.name })}
      </h1>
      {showsDemoData(view) ? <DemoBanner /> : null}
      {view.anonymised ? (
        <p className="notice" role="note">
          {t('privacy.notice', { count: privacy?.threshold ?? 0 })}
        </p>
      ) : null}
      <ReportFacts facts={facts} />
      <ReportHeatmap view={view} format={format} codes={codes} />
      <ReportSpread view={view} format={format} />
      <ReportRoundGaps view={view} format={format} />
      <ReportRanking view={view} format={format} />
    </article>
  );
}
