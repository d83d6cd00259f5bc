import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'wouter';
import { Loading, NotFound } from '@/components/PageStates';
import { comparedAgencies } from '@/domain/compare/comparison';
import {
  agencyParam,
  comparableIds,
  MAX_COMPARED,
  MIN_COMPARED,
  parseAgencyParam,
  resolveSelection,
  toggleAgency,
} from '@/domain/compare/selection';
import { showsDemoData } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { RoundQuestionnaireSwitch } from '@/components/RoundQuestionnaireSwitch';
import {
  QUESTIONNAIRE_PARAM,
  useQuestionnaireParam,
  withQuestionnaire,
} from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { AgencyPicker } from './AgencyPicker';
import { CompareRadar } from './CompareRadar';
import { CompareTable } from './CompareTable';
import { DemoBanner } from './DemoNote';
import { roundPath } from './paths';
import { useCompareFormat } from './useCompareFormat';
import { useLiveRoundView } from './useLiveRoundView';
import './compare.css';

export function ComparePage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  // `?q=` compares the agencies on one of the round's modules instead of its core questionnaire.
  const { requested } = useQuestionnaireParam();
  const view = useLiveRoundView(roundId, requested ?? undefined);
  if (view === undefined) return <Loading />;
  if (view === null) return <NotFound message={t('compare.roundNotFound')} />;
  return <CompareScreen key={view.questionnaire.id} view={view} />;
}

/**
 * Two to six agencies of one round, chosen with checkboxes and kept in `?agencies=`, drawn
 * as overlaid radars and set side by side in a table.
 */
export function CompareScreen({ view }: { view: RoundView }) {
  const { t } = useI18n();
  const format = useCompareFormat(view.questionnaire);
  const [params] = useSearchParams();
  const [pathname, navigate] = useLocation();
  const raw = params.get('agencies');
  const comparable = useMemo(() => comparableIds(view), [view]);
  const selection = useMemo(
    () => resolveSelection(parseAgencyParam(raw), comparable),
    [raw, comparable],
  );
  // The router shows a new address in a background render; until it lands, the boxes show the
  // choice just made (a controlled checkbox must not flick back while the address catches up).
  const [pending, setPending] = useState<{ from: string | null; ids: string[] } | null>(null);
  const ids = pending !== null && pending.from === raw ? pending.ids : selection.ids;
  const rows = useMemo(() => comparedAgencies(view, ids), [view, ids]);
  const [refused, setRefused] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // Replaced, not pushed: Back leaves the comparison instead of undoing one checkbox. Built
  // by hand, since URLSearchParams would write the commas as %2C.
  const store = (next: string[]) => {
    setPending({ from: raw, ids: next });
    const q = params.get(QUESTIONNAIRE_PARAM);
    const parts = [
      ...(next.length > 0 ? [`agencies=${agencyParam(next)}`] : []),
      ...(q ? [`${QUESTIONNAIRE_PARAM}=${encodeURIComponent(q)}`] : []),
    ];
    navigate(parts.length > 0 ? `${pathname}?${parts.join('&')}` : pathname, { replace: true });
  };

  const choose = (agencyId: string, checked: boolean) => {
    const next = toggleAgency(ids, agencyId, checked);
    if (next.refused) {
      const name = view.rows.find((r) => r.agency.id === agencyId)?.agency.name ?? agencyId;
      setRefused(name);
      return;
    }
    setRefused(null);
    store(next.ids);
  };

  const clear = () => {
    setRefused(null);
    store([]);
  };

  return (
    <div className="page compare">
      <p className="compare__crumbs">
        <Link to={withQuestionnaire(roundPath(view.round.id), view)}>{view.round.name}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('compare.title')}
      </h1>
      {showsDemoData(view) ? <DemoBanner /> : null}
      <RoundQuestionnaireSwitch view={view} />
      <p>{t('compare.intro')}</p>
      {selection.overLimit.length > 0 ? (
        <p className="notice notice--warning">
          {t('compare.addressTooMany', { max: MAX_COMPARED })}
        </p>
      ) : null}
      {selection.unknown.length > 0 ? (
        <p className="notice notice--warning">
          {t('compare.addressUnknown', { count: selection.unknown.length })}
        </p>
      ) : null}
      {comparable.length < MIN_COMPARED ? (
        <p className="notice">{t('compare.tooFewSubmitted', { count: comparable.length })}</p>
      ) : (
        <AgencyPicker
          view={view}
          selected={ids}
          refused={refused}
          onChoose={choose}
          onClear={clear}
        />
      )}
      {rows.length >= MIN_COMPARED ? (
        <>
          <CompareRadar view={view} rows={rows} format={format} />
          <CompareTable view={view} rows={rows} format={format} />
        </>
      ) : comparable.length >= MIN_COMPARED ? (
        <p className="hint">{t('compare.chooseMore')}</p>
      ) : null}
    </div>
  );
}
