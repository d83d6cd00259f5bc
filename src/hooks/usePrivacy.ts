import { useLiveQuery } from 'dexie-react-hooks';
import { loadPrivacySettings, type PrivacySettings } from '@/db/privacy';

/** The remembered privacy settings; `undefined` while they load (show no names until then). */
export function usePrivacySettings(): PrivacySettings | undefined {
  return useLiveQuery(loadPrivacySettings, []);
}
