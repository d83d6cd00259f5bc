import { useObservable } from 'dexie-react-hooks';
import { privacySettingsQuery, type PrivacySettings } from '@/db/privacy';

/** The remembered privacy settings; `undefined` while they load (show no names until then). */
export function usePrivacySettings(): PrivacySettings | undefined {
  return useObservable(privacySettingsQuery, []);
}
