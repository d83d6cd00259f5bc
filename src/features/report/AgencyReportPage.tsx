import { useEffect, useMemo, useRef } from 'react';
import { useParams } from 'wouter';
import { Loading, NotFound } from '@/components/PageStates';
import { evidenceNotes } from '@/domain/report/evidence';
import { gapsBelowTarget } from '@/domain/report/gaps';
import { STAGE_NAMES, toPercent } from '@/domain/scoring/bands';
import { nextSteps } from '@/domain/scoring/next-steps';
import { scoreAssessment } from '@/domain/scoring/score';
import type { AssessmentView } from '@/db/views';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { NextSteps } from '@/features/results/NextSteps';
import { ReadinessRadar } from '@/features/results/ReadinessRadar';
import { resultRows } from '@/features/results/result-rows';
import { ResultsTable } from '@/features/results/ResultsTable';
import { DemoBanner } from '@/features/round/DemoBanner';
import { useAssessmentView } from '@/hooks/useAssessmentView';
import { useI18n } from '@/i18n/I18nProvider';
import { EvidenceNotes } from './EvidenceNotes';
import { ReportActionPlan } from './ReportActionPlan';
import { ReportGaps } from './ReportGaps';
import { ReportFacts, ReportToolbar } from './ReportToolbar';
// The demo banner and tag are styled with the round screen's rules.
import '@/features/round/round.css';
import './report.css';

/** `/assessments/:assessmentId/report`: one agency's results, laid out for A4 paper. */
export function AgencyReportPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useI18n();
  const view = useAssessmentView(assessmentId);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('assessment.notFound')} />;
  if (!view.questionnaire) return <Loading />;
  return <AgencyReport view={view} questionnaire={view.questionnaire} />;
}

function AgencyReport({
  view,
  questionnaire: q,
}: {
  view: AssessmentView;
  questionnaire: Questionnaire;
}) {
  const { t, text, formatNumber, formatDateTime } = useI18n();
  const { assessment, agency, round } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const computed = useMemo(() => {
    const score = scoreAssessment(q, assessment.answers, round?.targets[q.id] ?? {});
    const dims = new Map(q.dimensions.map((d) => [d.id, d]));
    const title = (id: string) => {
      const d = dims.get(id);
      return d ? text(d.title).text : id;
    };
    const shortTitle = (id: string) => {
      const d = dims.get(id);
      return d ? text(d.shortTitle ?? d.title).text : id;
    };
    return {
      score,
      title,
      rows: resultRows(score, title),
      radarRows: resultRows(score, shortTitle),
      gaps: gapsBelowTarget(score),
      steps: nextSteps(q, assessment.answers),
      notes: evidenceNotes(q, assessment.answers),
    };
  }, [q, assessment, round, text]);

  const { score, rows } = computed;
  const overall = score.overall;
  const hasTargets = rows.some((r) => r.target !== null);
  const date = (day: string) =>
    formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const agencyName = agency?.name ?? t('common.unknownAgency');
  const facts: [string, string][] = [
    [t('report.round'), round?.name ?? '—'],
    [t('report.period'), round ? `${date(round.period.start)} – ${date(round.period.end)}` : '—'],
    [t('report.questionnaire'), `${text(q.title).text} ${q.version}`],
    [
      t('report.respondent'),
      t('report.respondentValue', {
        name: assessment.respondent.name,
        role: t(`role.${assessment.respondent.role}`),
      }),
    ],
    [
      t('report.status'),
      assessment.status === 'submitted' && assessment.submittedAt
        ? t('report.submittedOn', { date: formatDateTime(assessment.submittedAt) })
        : t('report.draftChanged', { date: formatDateTime(assessment.updatedAt) }),
    ],
    [t('report.madeOn'), formatDateTime(new Date().toISOString())],
  ];

  return (
    <article className="page report">
      <ReportToolbar
        back={`/assessments/${assessment.id}/results`}
        backLabel={t('report.backToResults')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {t('report.agencyTitle', { agency: agencyName })}
      </h1>
      {assessment.demo || agency?.demo ? <DemoBanner /> : null}
      <ReportFacts facts={facts} />

      <section className="report-section report-section--whole" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summaryTitle')}</h2>
        <dl className="report-figures">
          <div>
            <dt>{t('results.overall')}</dt>
            <dd>
              {overall.score === null ? '—' : `${formatNumber(toPercent(overall.score))} / 100`}
            </dd>
          </div>
          <div>
            <dt>{t('results.band')}</dt>
            <dd>{overall.band ? `${overall.band} · ${t(`band.${overall.band}`)}` : '—'}</dd>
          </div>
          <div>
            <dt>{t('results.stage')}</dt>
            <dd>
              {overall.stage
                ? `${overall.stage} · ${t(`stage.${STAGE_NAMES[overall.stage]}`)}`
                : '—'}
            </dd>
          </div>
          <div>
            <dt>{t('results.completeness')}</dt>
            <dd>{formatNumber(toPercent(overall.completeness))} %</dd>
          </div>
        </dl>
        <p className="hint">{t('results.method')}</p>
      </section>

      <section className="report-section" aria-labelledby="report-scores">
        <h2 id="report-scores">{t('report.scoresTitle')}</h2>
        <ResultsTable rows={rows} print />
        <ReadinessRadar rows={computed.radarRows} hasTargets={hasTargets} peerCount={0} print />
      </section>

      <ReportGaps gaps={computed.gaps} hasTargets={hasTargets} title={computed.title} />
      <NextSteps questionnaire={q} steps={computed.steps} />
      <EvidenceNotes questionnaire={q} groups={computed.notes} />
      <ReportActionPlan assessment={assessment} questionnaire={q} />
    </article>
  );
}
