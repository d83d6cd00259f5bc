import type { Progress } from '@/domain/progress';
import type { AssessmentView } from '@/db/views';
import { useI18n } from '@/i18n/I18nProvider';
import { ProgressBar } from '@/components/ProgressBar';

/** Whose assessment this is and how far it has got, on every wizard and review page. */
export function AssessmentHeader({ view, progress }: { view: AssessmentView; progress: Progress }) {
  const { t, text } = useI18n();
  const { assessment, agency, round, questionnaire } = view;
  return (
    <div className="assessment-header">
      <p className="assessment-header__who">
        <strong>{agency?.name ?? t('common.unknownAgency')}</strong>
        {round ? <> · {round.name}</> : null}
        {questionnaire?.kind === 'module' ? (
          <> · {t('modules.moduleOption', { title: text(questionnaire.title).text })}</>
        ) : null}{' '}
        · {assessment.respondent.name} ({t(`role.${assessment.respondent.role}`)})
      </p>
      <ProgressBar
        label={t('wizard.overallProgress')}
        value={progress.responded}
        max={progress.visible}
        text={t('wizard.answeredOf', { count: progress.responded, total: progress.visible })}
      />
    </div>
  );
}
