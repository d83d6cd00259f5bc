import { Link } from 'wouter';
import { useI18n } from '@/i18n/I18nProvider';

/** Above the report on screen only: the print button and the way back. Never printed. */
export function ReportToolbar({ back, backLabel }: { back: string; backLabel: string }) {
  const { t } = useI18n();
  return (
    <div className="report-toolbar">
      <p className="hint">{t('report.printHint')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <Link className="button" to={back}>
          {backLabel}
        </Link>
      </div>
    </div>
  );
}

/** The report's facts (agency, round, period …) as a description list. */
export function ReportFacts({ facts }: { facts: readonly (readonly [string, string])[] }) {
  const { t } = useI18n();
  return (
    <dl className="report-facts" aria-label={t('report.about')}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
