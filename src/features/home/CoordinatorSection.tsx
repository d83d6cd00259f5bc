import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { listAgencies } from '@/db/agencies';
import { listAssessments } from '@/db/assessments';
import { hasDemoData, loadDemoData, removeDemoData, type DemoRemoval } from '@/db/demo';
import { listRounds } from '@/db/rounds';
import { useI18n } from '@/i18n/I18nProvider';

async function deviceState() {
  const [agencies, rounds, assessments, demo] = await Promise.all([
    listAgencies(),
    listRounds(),
    listAssessments(),
    hasDemoData(),
  ]);
  return {
    empty: agencies.length === 0 && rounds.length === 0 && assessments.length === 0,
    rounds: rounds.length,
    demo,
  };
}

type Message =
  | { kind: 'removed'; removal: DemoRemoval }
  | { kind: 'error'; key: 'coordinator.loadFailed' | 'coordinator.removeFailed'; message: string };

/**
 * The coordinator's way in: demo data on an empty device, the rounds once there are any, and
 * one click to remove the demo data again (only records marked demo; the person's own stay).
 */
export function CoordinatorSection() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const state = useLiveQuery(deviceState);
  const [busy, setBusy] = useState<'loading' | 'removing' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The button that was pressed may disappear; the outcome takes the focus instead.
  useEffect(() => messageRef.current?.focus(), [message]);

  const explain = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const load = async () => {
    setBusy('loading');
    setMessage(null);
    try {
      await loadDemoData();
      navigate('/rounds');
    } catch (error) {
      setMessage({ kind: 'error', key: 'coordinator.loadFailed', message: explain(error) });
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('removing');
    setMessage(null);
    try {
      setMessage({ kind: 'removed', removal: await removeDemoData() });
    } catch (error) {
      setMessage({ kind: 'error', key: 'coordinator.removeFailed', message: explain(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="home-coordinators">
      <h2 id="home-coordinators">{t('coordinator.title')}</h2>
      <p>{state?.empty ? t('coordinator.emptyText') : t('coordinator.text')}</p>
      {state?.empty ? (
        <p>
          <button
            type="button"
            className="primary"
            disabled={busy !== null}
            onClick={() => void load()}
          >
            {busy === 'loading' ? t('coordinator.loadingDemo') : t('coordinator.loadDemo')}
          </button>
        </p>
      ) : null}
      {state && state.rounds > 0 ? (
        <p>
          <Link className="button" to="/rounds">
            {t('coordinator.openRounds')}
          </Link>
        </p>
      ) : null}
      {state?.demo ? (
        <>
          <p>{t('coordinator.demoPresent')}</p>
          <p>
            <button type="button" disabled={busy !== null} onClick={() => void remove()}>
              {busy === 'removing' ? t('coordinator.removingDemo') : t('coordinator.removeDemo')}
            </button>
          </p>
        </>
      ) : null}
      {message ? (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={`notice${message.kind === 'error' ? ' notice--error' : ''}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.kind === 'removed'
            ? t('coordinator.removed', {
                agencies: message.removal.agencies,
                rounds: message.removal.rounds,
                assessments: message.removal.assessments,
              })
            : t(message.key, { message: message.message })}
          {message.kind === 'removed' &&
          message.removal.kept.agencies + message.removal.kept.rounds > 0
            ? ` ${t('coordinator.kept', message.removal.kept)}`
            : null}
        </p>
      ) : null}
    </section>
  );
}
