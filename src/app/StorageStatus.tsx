import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getPersistenceState, PERSISTENCE_SETTING } from '@/db/storage';
import { db } from '@/db/db';
import { useI18n } from '@/i18n/I18nProvider';

/** Tells the person whether the browser promised to keep their answers (persistent storage). */
export function StorageStatus() {
  const { t } = useI18n();
  // Re-read when a save requests persistence (the setting is written then).
  const requested = useLiveQuery(() => db.settings.get(PERSISTENCE_SETTING));
  const [state, setState] = useState<Awaited<ReturnType<typeof getPersistenceState>> | null>(null);

  useEffect(() => {
    let live = true;
    void getPersistenceState().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [requested]);

  if (state === null) return null;
  const key =
    state === 'granted'
      ? 'storage.persistent'
      : state === 'unsupported'
        ? 'storage.unsupported'
        : 'storage.notPersistent';
  return (
    <p className="storage-status" role="status">
      {t(key)}
    </p>
  );
}
