import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { LocalText } from '@/components/LocalText';
import { isRepositoryError } from '@/db/errors';
import { loadAssessmentModules, startModuleAssessment } from '@/db/modules';
import type { QuestionnaireRef } from '@/domain/questionnaire/types';
import type { QuestionnaireEntry } from '@/domain/round/modules';
import { toPercent } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * The round's other questionnaires for this respondent. On the core results: each module's
 * own score, never mixed into the core score, or the offer to answer it. On a module's
 * results: that it is a module, and the core and other modules beside it.
 */
export function ModuleResults({ assessmentId }: { assessmentId: string }) {
  const { t, text, formatNumber } = useI18n();
  const headingId = useId();
  const [, navigate] = useLocation();
  const data = useLiveQuery(() => loadAssessmentModules(assessmentId), [assessmentId]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!data || data.entries.length < 2) return null;

  const others = data.entries.filter((e) => e.assessment?.id !== assessmentId);
  const start = async (ref: QuestionnaireRef) => {
    setBusy(ref.id);
    setFailure(null);
    try {
      const { assessment } = await startModuleAssessment(assessmentId, ref);
      navigate(
        `/assessments/${assessment.id}${assessment.status === 'submitted' ? '/results' : ''}`,
      );
    } catch (error) {
      setFailure(
        isRepositoryError(error, 'quotaExceeded')
          ? t('save.errorQuota')
          : t('modules.startFailed', {
              message: error instanceof Error ? error.message : String(error),
            }),
      );
      setBusy(null);
    }
  };
  const title = (e: QuestionnaireEntry) =>
    e.questionnaire ? text(e.questionnaire.title).text : e.ref.id;
  const status = (e: QuestionnaireEntry) =>
    e.assessment ? t(`modules.status.${e.assessment.status}`) : t('modules.status.notStarted');

  return (
    <section aria-labelledby={headingId} className="module-results">
      {data.onCore ? null : <p className="notice">{t('modules.moduleNote')}</p>}
      <h2 id={headingId}>{data.onCore ? t('modules.resultsTitle') : t('modules.otherTitle')}</h2>
      {data.onCore ? <p className="hint">{t('modules.resultsIntro')}</p> : null}
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('modules.colQuestionnaire')}</th>
              <th scope="col">{t('modules.colStatus')}</th>
              <th scope="col">{t('modules.colScore')}</th>
              <th scope="col">{t('modules.colBand')}</th>
              <th scope="col">{t('modules.colCompleteness')}</th>
            </tr>
          </thead>
          <tbody>
            {others.map((e) => (
              <tr key={e.ref.id}>
                <th scope="row">
                  {!e.questionnaire ? (
                    `${e.ref.id} (${t('modules.notStored')})`
                  ) : e.core ? (
                    t('modules.coreOption', { title: title(e) })
                  ) : (
                    <LocalText value={e.questionnaire.title} />
                  )}
                </th>
                <td>{status(e)}</td>
                <td>
                  {e.overall && e.overall.score !== null
                    ? formatNumber(toPercent(e.overall.score))
                    : '—'}
                </td>
                <td>{e.overall?.band ?? '—'}</td>
                <td>{e.overall ? `${formatNumber(toPercent(e.overall.completeness))} %` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="button-row">
        {others.map((e) =>
          e.assessment ? (
            <Link
              key={e.ref.id}
              className="button"
              to={`/assessments/${e.assessment.id}${e.assessment.status === 'submitted' ? '/results' : ''}`}
            >
              {t('modules.open', { title: title(e) })}
            </Link>
          ) : !e.core && e.questionnaire ? (
            <button
              key={e.ref.id}
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => void start(e.ref)}
            >
              {busy === e.ref.id ? t('modules.starting') : t('modules.answer', { title: title(e) })}
            </button>
          ) : null,
        )}
      </p>
    </section>
  );
}
