import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { isCore } from '@/domain/round/modules';
import type { RoundView } from '@/domain/round/types';

/** The address parameter naming which of a round's questionnaires a screen shows. */
export const QUESTIONNAIRE_PARAM = 'q';

/**
 * `?q=<questionnaireId>` of the current address (null for the core), and the address of
 * this same screen showing another questionnaire (other parameters kept).
 */
export function useQuestionnaireParam(): {
  requested: string | null;
  hrefFor: (questionnaireId: string | null) => string;
} {
  const [params] = useSearchParams();
  const [pathname] = useLocation();
  const requested = params.get(QUESTIONNAIRE_PARAM) || null;
  const hrefFor = useCallback(
    (questionnaireId: string | null) => {
      const next = new URLSearchParams(params);
      if (questionnaireId) next.set(QUESTIONNAIRE_PARAM, questionnaireId);
      else next.delete(QUESTIONNAIRE_PARAM);
      const search = next.toString();
      return search ? `${pathname}?${search}` : pathname;
    },
    [params, pathname],
  );
  return { requested, hrefFor };
}

/** `path` showing the view's questionnaire: unchanged for the core, `?q=` (or `&q=`) for a module. */
export function withQuestionnaire(path: string, view: RoundView): string {
  if (isCore(view.round, view.questionnaire)) return path;
  const q = `${QUESTIONNAIRE_PARAM}=${encodeURIComponent(view.questionnaire.id)}`;
  return `${path}${path.includes('?') ? '&' : '?'}${q}`;
}
