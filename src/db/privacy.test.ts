import { db } from './db';
import {
  HIDE_NAMES_SETTING,
  loadPrivacySettings,
  setHideAgencyNames,
  setSmallGroupThreshold,
  SMALL_GROUP_SETTING,
} from './privacy';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('privacy settings', () => {
  it('shows names and hides groups under 3 until told otherwise', async () => {
    expect(await loadPrivacySettings()).toEqual({ hideNames: false, threshold: 3 });
  });

  it('remembers both settings on the device', async () => {
    await setHideAgencyNames(true);
    await setSmallGroupThreshold(5);
    expect(await loadPrivacySettings()).toEqual({ hideNames: true, threshold: 5 });
    await setHideAgencyNames(false);
    expect((await loadPrivacySettings()).hideNames).toBe(false);
  });

  it('refuses a threshold that is not a whole number of 1 or more, and keeps the last', async () => {
    await setSmallGroupThreshold(4);
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      await expect(setSmallGroupThreshold(bad)).rejects.toThrow(RangeError);
    }
    expect((await loadPrivacySettings()).threshold).toBe(4);
  });

  it('reads a damaged stored value as the default (a backup from elsewhere, say)', async () => {
    await db.settings.bulkPut([
      { key: HIDE_NAMES_SETTING, value: 'yes' },
      { key: SMALL_GROUP_SETTING, value: '7' },
    ]);
    expect(await loadPrivacySettings()).toEqual({ hideNames: false, threshold: 3 });
  });
});
