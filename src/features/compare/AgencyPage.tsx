import { useEffect, useRef } from 'react';
import { Link, useParams } from 'wouter';
import { Loading, NotFound } from '@/components/PageStates';
import { findAgencyRow } from '@/domain/compare/agency';
import type { AgencyRow, RoundView } from '@/domain/round/types';
import { RoundQuestionnaireSwitch } from '@/components/RoundQuestionnaireSwitch';
import { useQuestionnaireParam, withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { AgencyScores } from './AgencyScores';
import { DemoBanner, DemoTag } from './DemoNote';
import { RespondentList } from './RespondentList';
import { RoleSection } from './RoleSection';
import { comparePath, roundPath } from './paths';
import { useCompareFormat } from './useCompareFormat';
import { useLiveRoundView } from './useLiveRoundView';
import './compare.css';

export function AgencyPage() {
  const { roundId = '', agencyId = '' } = useParams();
  const { t } = useI18n();
  // `?q=` shows the agency's answers on one of the round's modules.
  const { requested } = useQuestionnaireParam();
  const view = useLiveRoundView(roundId, requested ?? undefined);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('compare.roundNotFound')} />;
  const row = findAgencyRow(view, agencyId);
  if (!row) return <NotFound message={t('agencyPage.notFound')} />;
  return <AgencyScreen key={`${row.agency.id} ${view.questionnaire.id}`} view={view} row={row} />;
}

/**
 * One agency in one round: its combined scores, and with respondents in several roles what
 * each role says and where they diverge; links to each respondent's own results.
 */
export function AgencyScreen({ view, row }: { view: RoundView; row: AgencyRow }) {
  const { t } = useI18n();
  const format = useCompareFormat(view.questionnaire);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const demo = row.agency.demo === true || view.round.demo === true;
  const submitted = row.assessments.filter((a) => a.status === 'submitted').length;

  return (
    <div className="page compare agency-page">
      <p className="compare__crumbs">
        <Link to={withQuestionnaire(roundPath(view.round.id), view)}>{view.round.name}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {row.agency.name}
        {row.agency.demo ? <DemoTag /> : null}
      </h1>
      <p className="compare__sub">
        {t('agencyPage.inRound', { round: view.round.name })}.{' '}
        {t('agencyPage.status', { status: t(`agencyPage.status.${row.status}`) })}
      </p>
      {demo ? <DemoBanner /> : null}
      <RoundQuestionnaireSwitch view={view} />
      {row.score ? (
        <p>
          <Link to={withQuestionnaire(comparePath(view.round.id, [row.agency.id]), view)}>
            {t('agencyPage.compareWith')}
          </Link>
        </p>
      ) : null}
      {row.combined ? (
        <>
          <AgencyScores view={view} row={row} respondents={submitted} format={format} />
          {submitted > 1 ? (
            <RoleSection view={view} combined={row.combined} format={format} />
          ) : null}
        </>
      ) : (
        <p className="notice">{t('agencyPage.noScore')}</p>
      )}
      <RespondentList assessments={row.assessments} />
    </div>
  );
}
