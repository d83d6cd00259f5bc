import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { listAgencies } from '@/db/agencies';
import { isRepositoryError } from '@/db/errors';
import { listQuestionnaires } from '@/db/questionnaires';
import { listRounds } from '@/db/rounds';
import { startNewAssessment } from '@/db/start';
import { useI18n } from '@/i18n/I18nProvider';
import { Loading } from '@/components/PageStates';
import { AgencyFields } from './AgencyFields';
import { RespondentFields } from './RespondentFields';
import { RoundFields } from './RoundFields';
import { initialStartValues, toStartInput } from './start-form';
import type { StartData, StartFormValues } from './start-form';

/** Who is assessing which agency in which round; everything new is created in one go. */
export function StartPage() {
  const data = useLiveQuery(async () => {
    const [agencies, rounds, questionnaires] = await Promise.all([
      listAgencies(),
      listRounds(),
      listQuestionnaires(),
    ]);
    const core = questionnaires.filter((q) => q.kind === 'core');
    const modules = questionnaires.filter((q) => q.kind === 'module');
    return { agencies, rounds, questionnaires: core, modules } satisfies StartData;
  });
  if (!data || data.questionnaires.length === 0) return <Loading />;
  return <StartForm data={data} />;
}

function StartForm({ data }: { data: StartData }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  // Defaults come from what is stored, so the form opens complete, without a second render.
  const form = useForm<StartFormValues>({
    mode: 'onTouched',
    defaultValues: initialStartValues(data),
  });
  const { handleSubmit, formState } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const errorCount = Object.keys(formState.errors).length;
  useEffect(() => {
    if (formState.submitCount > 0 && errorCount > 0) summaryRef.current?.focus();
  }, [formState.submitCount, errorCount]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const assessment = await startNewAssessment(
        toStartInput(values, data.questionnaires, data.rounds, data.modules),
      );
      navigate(`/assessments/${assessment.id}/step/1`);
    } catch (error) {
      setFailure(
        isRepositoryError(error, 'quotaExceeded') ? t('save.errorQuota') : t('start.failed'),
      );
    }
  });

  return (
    <div className="page">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.intro')}</p>
      {formState.submitCount > 0 && errorCount > 0 ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          {t('form.fixErrors')}
        </div>
      ) : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <AgencyFields form={form} agencies={data.agencies} />
        <RoundFields
          form={form}
          rounds={data.rounds}
          questionnaires={data.questionnaires}
          modules={data.modules}
        />
        <RespondentFields form={form} />
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('start.submit')}
        </button>
      </form>
    </div>
  );
}
