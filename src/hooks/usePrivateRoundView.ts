import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { roundViewQuery } from '@/db/round-queries';
import { anonymiseAgencies, anonymiseRoundView } from '@/domain/anonymity/anonymise';
import { hideSmallGroups } from '@/domain/anonymity/small-groups';
import type { Agency } from '@/domain/records';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { usePrivacySettings } from './usePrivacy';

export interface PrivateRoundView {
  /** `undefined` while loading, `null` when the round or its questionnaire is not stored. */
  view: RoundView | null | undefined;
  hideNames: boolean;
  threshold: number;
}

/**
 * A round's view as the screens show it under the device's privacy settings: with "hide agency
 * names" on, names become letters and figures from fewer agencies than the threshold are
 * taken out. `smallGroups: 'always'` applies the threshold with names shown too (the
 * presentation, which a whole room sees). Nothing is returned until the settings are read,
 * so a projected screen never flashes the names.
 */
export function usePrivateRoundView(
  roundId: string,
  options: {
    smallGroups?: 'always' | 'whenHidingNames';
    /** A module of the round (`?q=`); the core when absent or not used by the round. */
    questionnaireId?: string;
  } = {},
): PrivateRoundView {
  const { t } = useI18n();
  const questionnaireId = options.questionnaireId;
  // Shared with the start-up's read ahead: a round opened from its address renders at once.
  const stored = useObservable(
    () => roundViewQuery(roundId, questionnaireId),
    [roundId, questionnaireId],
  );
  const settings = usePrivacySettings();
  const always = options.smallGroups === 'always';
  const view = useMemo(() => {
    if (stored === undefined || settings === undefined) return undefined;
    if (stored === null) return null;
    let shown = stored;
    if (settings.hideNames) {
      shown = anonymiseRoundView(shown, {
        agency: (letter) => t('privacy.agencyName', { letter }),
        respondent: (letter, index) => t('privacy.respondentName', { letter, index }),
      });
    }
    if (settings.hideNames || always) shown = hideSmallGroups(shown, settings.threshold);
    return shown;
  }, [stored, settings, always, t]);
  return {
    view,
    hideNames: settings?.hideNames ?? false,
    threshold: settings?.threshold ?? 0,
  };
}

/**
 * Data naming agencies through a map of every agency on the device (the trends between
 * rounds), under the "hide agency names" setting: the same letters as the round's screens.
 * `undefined` until the settings are read.
 */
export function usePrivateAgencies<T extends { agencies: Map<string, Agency> }>(
  data: T | null | undefined,
): T | null | undefined {
  const { t } = useI18n();
  const settings = usePrivacySettings();
  return useMemo(() => {
    if (data === undefined || settings === undefined) return undefined;
    if (data === null || !settings.hideNames) return data;
    const agencies = anonymiseAgencies(data.agencies, {
      agency: (letter) => t('privacy.agencyName', { letter }),
    });
    return { ...data, agencies };
  }, [data, settings, t]);
}
