import type { Ref } from 'react';
import { LocalText } from '@/components/LocalText';
import { showsDemoData, statusCounts } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { SlideHeading } from './SlideHeading';

export function TitleSlide({ view, ref }: { view: RoundView; ref: Ref<HTMLHeadingElement> }) {
  const { t, formatDateTime } = useI18n();
  const date = (day: string) =>
    formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const counts = statusCounts(view.rows);
  return (
    <div className="slide slide--title">
      <SlideHeading ref={ref} kicker={t('present.titleKicker')}>
        {view.round.name}
      </SlideHeading>
      <p className="slide__lead">
        {t('present.period', {
          start: date(view.round.period.start),
          end: date(view.round.period.end),
        })}
      </p>
      <p className="slide__lead">
        <LocalText value={view.questionnaire.title} />
      </p>
      <ul className="slide__facts">
        <li>{t('present.agenciesSubmitted', { count: counts.submitted })}</li>
        <li>{t('present.agenciesDraft', { count: counts.draft })}</li>
      </ul>
      {showsDemoData(view) ? (
        <p className="slide__demo" role="note">
          <strong>{t('round.demoBanner')}</strong> {t('round.demoBannerText')}
        </p>
      ) : null}
      {view.anonymised ? <p className="slide__note">{t('present.anonymisedNote')}</p> : null}
    </div>
  );
}
