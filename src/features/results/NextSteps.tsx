import type { Questionnaire } from '@/domain/questionnaire/types';
import type { DimensionNextSteps } from '@/domain/scoring/next-steps';
import { useI18n } from '@/i18n/I18nProvider';
import { LocalText } from '@/components/LocalText';

/** For the lowest items of each dimension, what the next level would look like. */
export function NextSteps({
  questionnaire,
  steps,
}: {
  questionnaire: Questionnaire;
  steps: DimensionNextSteps[];
}) {
  const { t, text } = useI18n();
  if (steps.length === 0) return null;
  return (
    <section className="next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('results.nextSteps')}</h2>
      <p className="hint">{t('results.nextStepsIntro')}</p>
      {steps.map((group) => {
        const dimension = questionnaire.dimensions.find((d) => d.id === group.dimensionId);
        if (!dimension) return null;
        return (
          <section key={group.dimensionId}>
            <h3>{text(dimension.title).text}</h3>
            <ul>
              {group.steps.map((step) => {
                const item = dimension.items.find((i) => i.id === step.itemId);
                if (!item) return null;
                const next =
                  item.type === 'level' && step.nextLevel !== null
                    ? item.levels.find((l) => l.level === step.nextLevel)
                    : undefined;
                return (
                  <li key={step.itemId}>
                    <strong>{text(item.text).text}</strong>
                    <br />
                    {next ? (
                      <>
                        {t('results.stepTo', {
                          from: step.currentLevel ?? '—',
                          to: step.nextLevel ?? '—',
                        })}{' '}
                        <LocalText value={next.label} />: <LocalText value={next.description} />
                      </>
                    ) : (
                      t('results.stepFindOut')
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
