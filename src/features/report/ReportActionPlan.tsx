import { useId } from 'react';
import type { Questionnaire } from '@/domain/questionnaire/types';
import type { Assessment } from '@/domain/records';
import { ActionPlanTable } from '@/features/results/ActionPlanTable';
import { useAgencyActions } from '@/hooks/useAgencyActions';
import { useI18n } from '@/i18n/I18nProvider';

/** The agency's action plan for the round, as the results page keeps it, read-only. */
export function ReportActionPlan(props: { assessment: Assessment; questionnaire: Questionnaire }) {
  const { assessment, questionnaire } = props;
  const { t } = useI18n();
  const headingId = useId();
  const stored = useAgencyActions(assessment.agencyId, assessment.roundId);
  if (stored === undefined) return null;
  const actions = stored.filter((a) => a.questionnaireId === questionnaire.id);
  return (
    <section className="report-section report-actions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.title')}</h2>
      <ActionPlanTable actions={actions} questionnaire={questionnaire} />
    </section>
  );
}
