import { db } from './db';

/** Settings key: ISO time of the last export or backup made on this device. */
export const LAST_EXPORT_SETTING = 'lastExportAt';
export const REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the person to back up: there are their own (not demo) assessments and
 * nothing was exported or backed up for 14 days. `days` is null when never.
 */
export async function backupReminder(now: Date): Promise<{ days: number | null } | null> {
  const own = await db.assessments.filter((a) => a.demo !== true).first();
  if (!own) return null;
  const setting = await db.settings.get(LAST_EXPORT_SETTING);
  const last = typeof setting?.value === 'string' ? Date.parse(setting.value) : NaN;
  if (Number.isNaN(last)) {
    // Not on the very first day of work: a reminder then would only be noise.
    const first = Date.parse(own.createdAt);
    return now.getTime() - first >= REMINDER_DAYS * DAY ? { days: null } : null;
  }
  const days = Math.floor((now.getTime() - last) / DAY);
  return days >= REMINDER_DAYS ? { days } : null;
}
