import { useId } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';
import { resultsPath } from './paths';

/** Everyone who answered for the agency in the round, each linked to their own results. */
export function RespondentList({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="compare-section">
      <h2 id={headingId}>{t('agencyPage.respondentsTitle')}</h2>
      {assessments.length === 0 ? (
        <p>{t('agencyPage.noRespondents')}</p>
      ) : (
        <ul className="respondent-list">
          {assessments.map((a) => (
            <li key={a.id}>
              <Link to={resultsPath(a.id)}>
                {t('agencyPage.openResults', { name: a.respondent.name })}
              </Link>{' '}
              <span className="respondent-list__meta">
                {t('agencyPage.respondent', {
                  role: t(`role.${a.respondent.role}`),
                  status: t(`agencyPage.respondentStatus.${a.status}`),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
