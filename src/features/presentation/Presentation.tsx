import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { PrivacyControls } from '@/components/PrivacyControls';
import { setHideAgencyNames, setSmallGroupThreshold } from '@/db/privacy';
import { buildSlides, moveSlide, type Slide } from '@/domain/presentation/slides';
import { distributions } from '@/domain/round/distribution';
import { showsDemoData } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { ContextSlide } from './ContextSlide';
import { DimensionSlide } from './DimensionSlide';
import { HelpOverlay } from './HelpOverlay';
import { roundPath } from './paths';
import { SummarySlide } from './SummarySlide';
import { TitleSlide } from './TitleSlide';
import { useDeckKeys, type DeckAction } from './useDeckKeys';
import { useFullscreen } from './useFullscreen';
import { usePresentFormat } from './usePresentFormat';
import './presentation.css';

/**
 * The round as slides for a room: one slide at a time, moved by keys or buttons, with the
 * slide announced to screen readers. The view comes with the device's privacy settings
 * applied; the A key and the toggle change them for every screen of the round.
 */
export function Presentation(props: { view: RoundView; hideNames: boolean; threshold: number }) {
  const { view, hideNames, threshold } = props;
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const format = usePresentFormat(view.questionnaire);
  const slides = useMemo(() => buildSlides(view), [view]);
  const dists = useMemo(() => distributions(view), [view]);
  const letters = useMemo(
    () =>
      view.anonymised ? new Map(view.rows.map((r) => [r.agency.id, r.agency.shortName])) : null,
    [view],
  );
  const [index, setIndex] = useState(0);
  const [help, setHelp] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const fullscreen = useFullscreen();
  const dimensionCount = view.questionnaire.dimensions.length;
  // Every slide says so, not only the title: a room may join late.
  const demo = showsDemoData(view);
  const current = Math.min(index, slides.length - 1);
  const slide = slides[current] ?? { kind: 'title' };

  const titleOf = useCallback(
    (s: Slide) =>
      s.kind === 'title'
        ? view.round.name
        : s.kind === 'context'
          ? t('present.contextTitle')
          : s.kind === 'summary'
            ? t('present.summaryTitle')
            : format.area(s.dimensionId),
    [view.round.name, t, format],
  );

  const go = useCallback(
    (move: 'next' | 'previous' | 'first' | 'last') => {
      const next = moveSlide(current, slides.length, move);
      setIndex(next);
      const target = slides[next];
      if (target) {
        setAnnouncement(
          t('present.announce', {
            current: next + 1,
            count: slides.length,
            title: titleOf(target),
          }),
        );
      }
    },
    [current, slides, t, titleOf],
  );

  const toggleNames = useCallback(() => {
    const hide = !hideNames;
    void setHideAgencyNames(hide);
    setAnnouncement(t(hide ? 'present.namesHidden' : 'present.namesShown'));
  }, [hideNames, t]);

  const onAction = (action: DeckAction) => {
    if (help) {
      if (action === 'escape' || action === 'help') setHelp(false);
      return;
    }
    if (action === 'escape') navigate(roundPath(view.round.id));
    else if (action === 'help') setHelp(true);
    else if (action === 'fullscreen') fullscreen.toggle();
    else if (action === 'anonymise') toggleNames();
    else go(action);
  };
  useDeckKeys(onAction);

  // The first slide's heading takes the focus; later ones only when the focus was lost with
  // the slide it was on, so the buttons keep it while they are clicked.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [current]);
  useEffect(() => heading.current?.focus(), []);

  const position = (s: Slide) => {
    const dimensionIndex =
      s.kind === 'dimension'
        ? view.questionnaire.dimensions.findIndex((d) => d.id === s.dimensionId)
        : -1;
    return { current: dimensionIndex + 1, count: dimensionCount };
  };

  return (
    <main className="present" aria-label={t('present.label')}>
      <div className="present__slide">
        {slide.kind === 'title' ? (
          <TitleSlide view={view} ref={heading} />
        ) : slide.kind === 'context' ? (
          <ContextSlide ref={heading} />
        ) : slide.kind === 'summary' ? (
          <SummarySlide view={view} format={format} threshold={threshold} ref={heading} />
        ) : (
          <DimensionSlide
            key={slide.dimensionId}
            view={view}
            dimensionId={slide.dimensionId}
            distribution={dists.find((d) => d.dimensionId === slide.dimensionId)}
            format={format}
            threshold={threshold}
            position={position(slide)}
            {...(letters ? { letterOf: (id: string) => letters.get(id) } : {})}
            ref={heading}
          />
        )}
      </div>
      <nav className="present__bar" aria-label={t('present.controls')}>
        <button type="button" onClick={() => go('previous')} disabled={current === 0}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <p className="present__counter">
          {t('present.slideCounter', { current: current + 1, count: slides.length })}
        </p>
        <button type="button" onClick={() => go('next')} disabled={current === slides.length - 1}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <PrivacyControls
          className="present__privacy"
          hideNames={hideNames}
          threshold={threshold}
          onHideNames={(hide) => void setHideAgencyNames(hide)}
          onThreshold={(n) => void setSmallGroupThreshold(n)}
        />
        <span className="present__spacer" />
        {demo ? <p className="present__demo">{t('round.demoBanner')}</p> : null}
        {fullscreen.supported ? (
          <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
            {t('present.fullscreen')}
          </button>
        ) : null}
        <button type="button" onClick={() => setHelp(true)} aria-haspopup="dialog">
          {t('present.help')}
        </button>
        <button type="button" onClick={() => navigate(roundPath(view.round.id))}>
          {t('present.exit')}
        </button>
      </nav>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </main>
  );
}
