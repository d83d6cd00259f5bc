import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { reopenAssessment } from '@/db/assessments';
import { listPeerSubmissions } from '@/db/views';
import { STAGE_NAMES, toPercent } from '@/domain/scoring/bands';
import { nextSteps } from '@/domain/scoring/next-steps';
import { meanDimensionScores } from '@/domain/scoring/peers';
import { scoreAssessment } from '@/domain/scoring/score';
import { useAssessmentView } from '@/hooks/useAssessmentView';
import { useI18n } from '@/i18n/I18nProvider';
import { Loading, NotFound } from '@/components/PageStates';
import { DimensionBars } from './DimensionBars';
import { ActionPlan } from './ActionPlan';
import { NextSteps } from './NextSteps';
import { ReadinessRadar } from './ReadinessRadar';
import { ModuleResults } from './ModuleResults';
import { LOW_COMPLETENESS, resultRows } from './result-rows';
import { ResultsTable } from './ResultsTable';
import { SinceLastRound } from './SinceLastRound';

export function ResultsPage() {
  const { assessmentId = '' } = useParams();
  const { t, text, formatNumber, formatDateTime } = useI18n();
  const [, navigate] = useLocation();
  const view = useAssessmentView(assessmentId);
  const peers = useLiveQuery(
    async () => (view ? listPeerSubmissions(view.assessment) : []),
    [view],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The heading exists only once the assessment is loaded: focus it then, not at mount.
  const loaded = Boolean(view?.questionnaire);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  const computed = useMemo(() => {
    if (!view?.questionnaire) return null;
    const q = view.questionnaire;
    const targets = view.round?.targets[q.id] ?? {};
    const score = scoreAssessment(q, view.assessment.answers, targets);
    const peer = meanDimensionScores(
      q,
      (peers ?? []).map((p) => p.answers),
    );
    const titles = new Map(q.dimensions.map((d) => [d.id, d]));
    const rows = resultRows(
      score,
      (id) => {
        const d = titles.get(id);
        return d ? text(d.shortTitle ?? d.title).text : id;
      },
      peer.count > 0 ? peer.means : {},
    );
    return { q, score, rows, peerCount: peer.count, steps: nextSteps(q, view.assessment.answers) };
  }, [view, peers, text]);

  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('assessment.notFound')} />;
  if (!computed) return <Loading />;
  const { assessment, agency, round } = view;
  const { score, rows, q } = computed;
  const overall = score.overall;
  const hasTargets = rows.some((r) => r.target !== null);
  const base = `/assessments/${assessment.id}`;

  const reopen = async () => {
    await reopenAssessment(assessment.id);
    navigate(`${base}/step/1`);
  };

  return (
    <div className="page results">
      <p className="results__who">
        {agency?.name ?? t('common.unknownAgency')}
        {round ? ` · ${round.name}` : ''} · {text(q.title).text} {q.version}
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <p>
        {assessment.status === 'submitted' && assessment.submittedAt
          ? t('results.submitted', { time: formatDateTime(assessment.submittedAt) })
          : t('results.draft')}
      </p>
      <section className="results__headline" aria-label={t('results.overall')}>
        <div className="headline-figure">
          <span className="headline-figure__label">{t('results.overall')}</span>
          <span className="headline-figure__value">
            {overall.score === null ? '—' : formatNumber(toPercent(overall.score))}
            <span className="headline-figure__unit"> / 100</span>
          </span>
        </div>
        <div className="headline-figure">
          <span className="headline-figure__label">{t('results.band')}</span>
          <span className="headline-figure__value">{overall.band ?? '—'}</span>
          {overall.band ? (
            <span className="headline-figure__note">{t(`band.${overall.band}`)}</span>
          ) : null}
        </div>
        <div className="headline-figure">
          <span className="headline-figure__label">{t('results.stage')}</span>
          <span className="headline-figure__value">{overall.stage ?? '—'}</span>
          {overall.stage ? (
            <span className="headline-figure__note">
              {t(`stage.${STAGE_NAMES[overall.stage]}`)}
            </span>
          ) : null}
        </div>
        <div className="headline-figure">
          <span className="headline-figure__label">{t('results.completeness')}</span>
          <span className="headline-figure__value">
            {formatNumber(toPercent(overall.completeness))} %
          </span>
        </div>
      </section>
      {overall.completeness < LOW_COMPLETENESS ? (
        <p className="notice notice--warning" role="note">
          {t('results.lowCompleteness', { percent: formatNumber(toPercent(overall.completeness)) })}
        </p>
      ) : null}
      <ModuleResults assessmentId={assessment.id} />
      <p className="hint">{t('results.method')}</p>
      <DimensionBars rows={rows} hasTargets={hasTargets} />
      <ReadinessRadar rows={rows} hasTargets={hasTargets} peerCount={computed.peerCount} />
      <ResultsTable rows={rows} />
      <NextSteps questionnaire={q} steps={computed.steps} />
      <SinceLastRound
        agencyId={assessment.agencyId}
        roundId={assessment.roundId}
        questionnaire={q}
        score={score}
      />
      <ActionPlan assessment={assessment} questionnaire={q} score={score} />
      <div className="actions">
        {assessment.status === 'draft' ? (
          <Link className="button" to={base}>
            {t('results.continue')}
          </Link>
        ) : (
          <button type="button" onClick={() => void reopen()}>
            {t('review.reopen')}
          </button>
        )}
        <Link className="button" to={`${base}/report`}>
          {t('report.link')}
        </Link>
        <Link className="button" to={`/exchange?assessment=${assessment.id}`}>
          {t('export.fromResults')}
        </Link>
        <Link className="button" to="/">
          {t('error.home')}
        </Link>
      </div>
    </div>
  );
}
