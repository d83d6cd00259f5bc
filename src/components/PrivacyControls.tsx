import { useId, useState } from 'react';
import { parseThreshold } from '@/domain/anonymity/small-groups';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * "Hide agency names" and the small-group threshold, for the screens that show a round. The
 * caller stores the values (the device's settings); a threshold that is not a whole number
 * of 1 or more is not stored and the field says why.
 */
export function PrivacyControls(props: {
  hideNames: boolean;
  threshold: number;
  onHideNames: (hide: boolean) => void;
  onThreshold: (threshold: number) => void;
  className?: string;
}) {
  const { t } = useI18n();
  const checkboxId = useId();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(props.threshold));
  const [problem, setProblem] = useState<'notWholeNumber' | 'belowOne' | null>(null);
  // A change made elsewhere (the presentation, another tab) shows here too (React's
  // "adjusting state when a prop changes": set during render, no effect).
  const [shown, setShown] = useState(props.threshold);
  if (shown !== props.threshold) {
    setShown(props.threshold);
    setDraft(String(props.threshold));
    setProblem(null);
  }

  return (
    <div className={`privacy-controls ${props.className ?? ''}`}>
      <div className="privacy-controls__check">
        <input
          id={checkboxId}
          type="checkbox"
          checked={props.hideNames}
          onChange={(e) => props.onHideNames(e.target.checked)}
        />
        <label htmlFor={checkboxId}>{t('privacy.hideNames')}</label>
      </div>
      <div className="privacy-controls__field">
        <label htmlFor={fieldId}>{t('privacy.threshold')}</label>
        <input
          id={fieldId}
          type="text"
          inputMode="numeric"
          size={3}
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => {
            setDraft(e.target.value);
            const parsed = parseThreshold(e.target.value);
            if (parsed.ok) {
              setProblem(null);
              if (parsed.value !== props.threshold) props.onThreshold(parsed.value);
            } else setProblem(parsed.problem);
          }}
        />
        <span id={hintId} className="hint">
          {t('privacy.thresholdHint')}
        </span>
        {problem ? (
          <span id={errorId} className="field-error" role="alert">
            {t(problem === 'belowOne' ? 'privacy.thresholdBelowOne' : 'privacy.thresholdNotWhole')}
          </span>
        ) : null}
      </div>
    </div>
  );
}
