import { useState } from 'react';
import { useLocation } from 'wouter';
import { startModuleAssessment, type ModuleOffer } from '@/db/modules';
import { useI18n } from '@/i18n/I18nProvider';

/** "Answer the module: …" for each module of the round this respondent has not started. */
export function ModuleOffers(props: { assessmentId: string; offers: readonly ModuleOffer[] }) {
  const { t, text } = useI18n();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const start = async (offer: ModuleOffer) => {
    setBusy(true);
    setFailed(null);
    try {
      const { assessment } = await startModuleAssessment(props.assessmentId, offer.ref);
      navigate(`/assessments/${assessment.id}`);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <span className="assessment-list__modules">
      {props.offers.map((offer) => (
        <button key={offer.ref.id} type="button" disabled={busy} onClick={() => void start(offer)}>
          {t('modules.answer', { title: text(offer.title).text })}
        </button>
      ))}
      {failed ? (
        <span className="field-error" role="alert">
          {t('modules.startFailed', { message: failed })}
        </span>
      ) : null}
    </span>
  );
}
