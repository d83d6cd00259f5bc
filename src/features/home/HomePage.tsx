import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { listModuleOffers } from '@/db/modules';
import { listAssessmentSummaries } from '@/db/views';
import type { AssessmentSummary } from '@/db/views';
import { useI18n } from '@/i18n/I18nProvider';
import { CoordinatorSection } from './CoordinatorSection';
import { ModuleOffers } from './ModuleOffers';

/** What the tool is, and the way in for each user: only what exists on this device. */
export function HomePage() {
  const { t } = useI18n();
  const summaries = useLiveQuery(listAssessmentSummaries);
  const modules = useLiveQuery(listModuleOffers);
  const drafts = summaries?.filter((s) => s.assessment.status === 'draft') ?? [];
  const submitted = summaries?.filter((s) => s.assessment.status === 'submitted') ?? [];

  return (
    <div className="page home">
      <h1 elementtiming="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="home-agency">
        <h2 id="home-agency">{t('home.forAgencies')}</h2>
        <p>{t('home.forAgenciesText')}</p>
        <p>
          <Link className="button primary" to="/assessments/new">
            {t('home.start')}
          </Link>
        </p>
      </section>
      {drafts.length > 0 ? (
        <AssessmentList
          id="home-drafts"
          title={t('home.drafts')}
          items={drafts}
          target=""
          modules={modules}
        />
      ) : null}
      {submitted.length > 0 ? (
        <AssessmentList
          id="home-submitted"
          title={t('home.submitted')}
          items={submitted}
          target="/results"
          modules={modules}
        />
      ) : null}
      <CoordinatorSection />
      <section aria-labelledby="home-exchange">
        <h2 id="home-exchange">{t('exchangeHome.title')}</h2>
        <p>{t('exchangeHome.text')}</p>
        <p className="button-row">
          <Link className="button" to="/exchange">
            {t('exchangeHome.export')}
          </Link>{' '}
          <Link className="button" to="/exchange/import">
            {t('exchangeHome.import')}
          </Link>{' '}
          <Link className="button" to="/exchange/backup">
            {t('exchangeHome.backup')}
          </Link>
        </p>
      </section>
    </div>
  );
}

function AssessmentList(props: {
  id: string;
  title: string;
  items: AssessmentSummary[];
  target: string;
  modules: Awaited<ReturnType<typeof listModuleOffers>> | undefined;
}) {
  const { t, text, formatDateTime } = useI18n();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul className="assessment-list">
        {props.items.map(({ assessment, agency, round }) => (
          <li key={assessment.id}>
            <Link to={`/assessments/${assessment.id}${props.target}`}>
              {agency?.name ?? t('common.unknownAgency')}
              {round ? ` · ${round.name}` : ''}
              {props.modules?.moduleTitles.has(assessment.id)
                ? ` · ${t('modules.homeModule', {
                    title: text(props.modules.moduleTitles.get(assessment.id)).text,
                  })}`
                : ''}
            </Link>
            <span className="assessment-list__meta">
              {assessment.respondent.name} ({t(`role.${assessment.respondent.role}`)}) ·{' '}
              {t('home.updated', { time: formatDateTime(assessment.updatedAt) })}
            </span>
            {props.modules?.offers.get(assessment.id) ? (
              <ModuleOffers
                assessmentId={assessment.id}
                offers={props.modules.offers.get(assessment.id) ?? []}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
