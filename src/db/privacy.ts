/**
 * The device's privacy settings for the coordinator's and trainer's screens: whether agency
 * names are replaced by letters, and the small-group threshold. Kept in the settings table so
 * the presentation's A key and the round screen's toggle change the same remembered value.
 */
import { DEFAULT_SMALL_GROUP, isThreshold } from '../domain/anonymity/small-groups';
import { db } from './db';
import { sharedLiveQuery, type SharedQuery } from './shared-live-query';

export const HIDE_NAMES_SETTING = 'privacy.hideAgencyNames';
export const SMALL_GROUP_SETTING = 'privacy.smallGroupThreshold';

export interface PrivacySettings {
  hideNames: boolean;
  /** Figures from fewer agencies than this are hidden (a whole number ≥ 1). */
  threshold: number;
}

export async function loadPrivacySettings(): Promise<PrivacySettings> {
  const [hide, threshold] = await db.settings.bulkGet([HIDE_NAMES_SETTING, SMALL_GROUP_SETTING]);
  return {
    hideNames: hide?.value === true,
    threshold: isThreshold(threshold?.value) ? threshold.value : DEFAULT_SMALL_GROUP,
  };
}

/** `loadPrivacySettings` as a live query shared like the round's view (`roundViewQuery`). */
export function privacySettingsQuery(): SharedQuery<PrivacySettings> {
  return sharedLiveQuery('privacy', loadPrivacySettings);
}

export async function setHideAgencyNames(hide: boolean): Promise<void> {
  await db.settings.put({ key: HIDE_NAMES_SETTING, value: hide });
}

/** Refuses anything but a whole number ≥ 1; screens validate first and say why. */
export async function setSmallGroupThreshold(threshold: number): Promise<void> {
  if (!isThreshold(threshold)) throw new RangeError(`not a threshold: ${threshold}`);
  await db.settings.put({ key: SMALL_GROUP_SETTING, value: threshold });
}
