import type { Progress } from '@/domain/progress';
import type { Questionnaire } from '@/domain/questionnaire/types';
import { useI18n } from '@/i18n/I18nProvider';

interface Props {
  questionnaire: Questionnaire;
  progress: Progress;
  /** Index of the current step, or `null` on the review page. */
  current: number | null;
  base: string;
  /** Goes to `to`, step `step` (from 0) or, given `null`, the review page. */
  onNavigate: (to: string, step: number | null) => void;
}

/** Every step with its answered count; links flush pending answers before they leave. */
export function StepNav({ questionnaire, progress, current, base, onNavigate }: Props) {
  const { t, text } = useI18n();
  const link = (to: string, step: number | null) => (event: React.MouseEvent) => {
    event.preventDefault();
    onNavigate(to, step);
  };
  return (
    <nav className="step-nav" aria-label={t('wizard.steps')}>
      <ol>
        {questionnaire.dimensions.map((dimension, index) => {
          const p = progress.dimensions[index];
          const to = `${base}/step/${index + 1}`;
          return (
            <li key={dimension.id}>
              <a
                href={to}
                onClick={link(to, index)}
                aria-current={current === index ? 'step' : undefined}
              >
                <span className="step-nav__title">
                  {text(dimension.shortTitle ?? dimension.title).text}
                </span>
                <span className="step-nav__count">
                  {t('wizard.answeredOf', { count: p?.responded ?? 0, total: p?.visible ?? 0 })}
                </span>
              </a>
            </li>
          );
        })}
        <li>
          <a
            href={`${base}/review`}
            onClick={link(`${base}/review`, null)}
            aria-current={current === null ? 'step' : undefined}
          >
            <span className="step-nav__title">{t('wizard.review')}</span>
          </a>
        </li>
      </ol>
    </nav>
  );
}
