import type { Ref } from 'react';
import { LocalText } from '@/components/LocalText';
import { hiddenBelow, isSmallGroup } from '@/domain/anonymity/small-groups';
import type { Distribution } from '@/domain/round/distribution';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { KeyFigures } from './KeyFigures';
import { PresentStrip } from './PresentStrip';
import { SlideHeading } from './SlideHeading';
import type { PresentFormat } from './usePresentFormat';

/**
 * One area of the core questionnaire: the agencies' scores as a strip and box plot, the key
 * figures, and the questionnaire's discussion prompts for the room. With fewer agencies than
 * the threshold behind the figures, plot and figures give way to a sentence saying so.
 */
export function DimensionSlide({
  ref,
  ...props
}: {
  view: RoundView;
  dimensionId: string;
  distribution: Distribution | undefined;
  format: PresentFormat;
  threshold: number;
  position: { current: number; count: number };
  letterOf?: (agencyId: string) => string | undefined;
  ref: Ref<HTMLHeadingElement>;
}) {
  const { view, dimensionId, distribution, format, threshold, position } = props;
  const { t } = useI18n();
  const dimension = view.questionnaire.dimensions.find((d) => d.id === dimensionId);
  const area = format.area(dimensionId);
  const target = view.targets[dimensionId];
  const summary = distribution?.summary ?? null;
  const scored = distribution?.points.length ?? 0;
  const hidden = hiddenBelow(view, dimensionId) !== null || isSmallGroup(scored, threshold);
  const prompts = dimension?.discussionPrompts ?? [];

  return (
    <div className="slide slide--dimension">
      <SlideHeading ref={ref} kicker={t('present.areaKicker', position)}>
        {dimension ? <LocalText value={dimension.title} /> : area}
      </SlideHeading>
      <div
        className={
          prompts.length > 0 ? 'dimension-body' : 'dimension-body dimension-body--no-prompts'
        }
      >
        {hidden ? (
          <p className="hidden-figure">{t('present.hiddenArea', { count: threshold })}</p>
        ) : !distribution || !summary ? (
          <p className="hidden-figure">{t('present.noScores')}</p>
        ) : (
          <>
            <PresentStrip
              distribution={distribution}
              target={target}
              area={area}
              format={format}
              {...(props.letterOf ? { letterOf: props.letterOf } : {})}
            />
            <KeyFigures summary={summary} target={target} format={format} />
          </>
        )}
        {prompts.length > 0 ? (
          <section className="prompts" aria-labelledby={`prompts-${dimensionId}`}>
            <h2 id={`prompts-${dimensionId}`}>{t('present.prompts')}</h2>
            <ul>
              {prompts.map((prompt, index) => (
                <li key={index}>
                  <LocalText value={prompt} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
