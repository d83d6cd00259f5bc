import { Redirect, useParams } from 'wouter';
import { useAssessmentView } from '@/hooks/useAssessmentView';
import { useI18n } from '@/i18n/I18nProvider';
import { Loading, NotFound } from '@/components/PageStates';
import { Wizard } from './Wizard';

/** One step per dimension: `/assessments/:id/step/:step`, numbered from 1. */
export function WizardPage() {
  const { assessmentId = '', step = '' } = useParams();
  const { t } = useI18n();
  const view = useAssessmentView(assessmentId);
  const stepNumber = Number(step);

  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('assessment.notFound')} />;
  const { questionnaire } = view;
  if (!questionnaire) return <Loading />;
  const count = questionnaire.dimensions.length;
  if (!Number.isInteger(stepNumber) || stepNumber < 1) {
    return <Redirect to={`/assessments/${assessmentId}/step/1`} replace />;
  }
  if (stepNumber > count) return <Redirect to={`/assessments/${assessmentId}/review`} replace />;

  return <Wizard view={view} questionnaire={questionnaire} stepIndex={stepNumber - 1} />;
}
