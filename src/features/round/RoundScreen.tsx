import { useDeferredValue, useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { showsDemoData } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { RoundQuestionnaireSwitch } from '@/components/RoundQuestionnaireSwitch';
import { useInAppLinks } from '@/hooks/useInAppLinks';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { DemoBanner } from './DemoBanner';
import { DistributionSection } from './DistributionSection';
import { FragmentationSection } from './FragmentationSection';
import { GapsSection } from './GapsSection';
import { HeatmapSection } from './HeatmapSection';
import { OverviewSection } from './OverviewSection';
import { RoundPrivacy } from './RoundPrivacy';
import { comparePath, roundPath, roundsPath, targetsPath } from './paths';
import { useRoundFormat } from './useRoundFormat';
import './round.css';

const SECTIONS = [
  ['overview', 'round.overviewTitle'],
  ['heatmap', 'round.heatmapTitle'],
  ['gaps', 'round.gapsTitle'],
  ['distribution', 'round.distributionTitle'],
  ['fragmentation', 'round.fragmentationTitle'],
] as const;

/**
 * The coordinator's screen for one round, from a RoundView the caller loaded. Each section
 * shapes its figures with memoised domain functions of the view, so nothing is recomputed
 * while the reader sorts or filters. With 300 agencies the page holds some 12 000 elements,
 * so the sections below the heatmap render as a deferred, interruptible update: the overview
 * and heatmap appear and respond first. Agency names in the overview and heatmap link to
 * each agency's page; the navigation below links to the comparison of agencies.
 */
export function RoundScreen({ view }: { view: RoundView }) {
  const { t, formatDateTime } = useI18n();
  const format = useRoundFormat(view.questionnaire);
  const later = useDeferredValue<RoundView | null>(view, null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Agency names link to their pages as plain anchors; this routes their clicks in the app.
  const followLink = useInAppLinks();
  useEffect(() => heading.current?.focus(), []);
  const date = (day: string) =>
    formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <div className="page round" onClick={followLink}>
      <p className="round__crumbs">
        <Link to={roundsPath()}>{t('rounds.title')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {view.round.name}
      </h1>
      <p className="round__period">
        {t('round.period', {
          start: date(view.round.period.start),
          end: date(view.round.period.end),
        })}
      </p>
      {showsDemoData(view) ? <DemoBanner /> : null}
      <RoundQuestionnaireSwitch view={view} />
      <nav aria-label={t('round.onThisPage')} className="round__nav">
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
          <li>
            <Link to={withQuestionnaire(targetsPath(view.round.id), view)}>
              {t('round.editTargets')}
            </Link>
          </li>
          <li>
            <Link to={withQuestionnaire(comparePath(view.round.id), view)}>
              {t('compare.link')}
            </Link>
          </li>
          <li>
            <Link to={withQuestionnaire(`${roundPath(view.round.id)}/report`, view)}>
              {t('report.roundLink')}
            </Link>
          </li>
          <li>
            <Link to={`${roundPath(view.round.id)}/present`}>{t('present.link')}</Link>
          </li>
        </ul>
      </nav>
      <RoundPrivacy view={view} />
      <OverviewSection view={view} format={format} />
      <HeatmapSection view={view} format={format} />
      {later ? (
        <>
          <GapsSection view={later} format={format} />
          <DistributionSection view={later} format={format} />
          <FragmentationSection view={later} format={format} />
        </>
      ) : (
        <p className="hint">{t('common.loading')}</p>
      )}
    </div>
  );
}
