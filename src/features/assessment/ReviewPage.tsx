import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { submitAssessment, reopenAssessment } from '@/db/assessments';
import { assessmentProgress } from '@/domain/progress';
import { useAssessmentView } from '@/hooks/useAssessmentView';
import { useI18n } from '@/i18n/I18nProvider';
import { Loading, NotFound } from '@/components/PageStates';
import { AssessmentFrame } from './AssessmentFrame';

/** Everything still unanswered, with links to it; submission once the required items are in. */
export function ReviewPage() {
  const { assessmentId = '' } = useParams();
  const { t, text, formatDateTime } = useI18n();
  const [, navigate] = useLocation();
  const view = useAssessmentView(assessmentId);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The heading exists only once the assessment is loaded: focus it then, not at mount.
  const loaded = Boolean(view?.questionnaire);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('assessment.notFound')} />;
  const { assessment, questionnaire } = view;
  if (!questionnaire) return <Loading />;
  const progress = assessmentProgress(questionnaire, assessment.answers);
  const base = `/assessments/${assessment.id}`;
  const submitted = assessment.status === 'submitted';

  const submit = async () => {
    setError(null);
    try {
      await submitAssessment(assessment.id);
      navigate(`${base}/results`);
    } catch {
      setError(t('review.submitFailed'));
    }
  };
  const reopen = async () => {
    setError(null);
    try {
      await reopenAssessment(assessment.id);
    } catch {
      setError(t('review.reopenFailed'));
    }
  };

  return (
    <AssessmentFrame
      view={view}
      questionnaire={questionnaire}
      progress={progress}
      current={null}
      onNavigate={(to) => void navigate(to)}
    >
      <div className="wizard__step">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('review.title')}
        </h1>
        {submitted && assessment.submittedAt ? (
          <p className="notice">
            {t('review.submittedOn', { time: formatDateTime(assessment.submittedAt) })}
          </p>
        ) : null}
        <p>{t('wizard.answeredOf', { count: progress.responded, total: progress.visible })}</p>
        {progress.responded === progress.visible ? (
          <p>{t('review.allAnswered')}</p>
        ) : (
          questionnaire.dimensions.map((dimension, index) => {
            const p = progress.dimensions[index];
            if (!p || p.unanswered.length === 0) return null;
            return (
              <section key={dimension.id} className="review-section">
                <h2>
                  {index + 1}. {text(dimension.title).text}
                </h2>
                <ul>
                  {p.unanswered.map((item) => (
                    <li key={item.id}>
                      <Link to={`${base}/step/${index + 1}#item-${item.id}`}>
                        {text(item.text).text}
                      </Link>
                      {item.required ? <strong> ({t('item.required')})</strong> : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="wizard__actions">
          {submitted ? (
            <>
              <Link className="button primary" to={`${base}/results`}>
                {t('review.viewResults')}
              </Link>
              <button type="button" onClick={() => void reopen()}>
                {t('review.reopen')}
              </button>
            </>
          ) : (
            <>
              {progress.requiredMissing > 0 ? (
                <p id="submit-blocked" className="field-error">
                  {t('review.requiredMissing', { count: progress.requiredMissing })}
                </p>
              ) : null}
              <button
                type="button"
                className="primary"
                disabled={progress.requiredMissing > 0}
                aria-describedby={progress.requiredMissing > 0 ? 'submit-blocked' : undefined}
                onClick={() => void submit()}
              >
                {t('review.submit')}
              </button>
            </>
          )}
        </div>
      </div>
    </AssessmentFrame>
  );
}
