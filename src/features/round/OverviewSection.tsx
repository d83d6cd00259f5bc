import { useId, useMemo, useState } from 'react';
import { hiddenList, smallKinds } from '@/domain/anonymity/small-groups';
import { filterByKind, kindsPresent, statusCounts, type KindFilter } from '@/domain/round/overview';
import type { RoundView } from '@/domain/round/types';
import { AGENCY_KINDS } from '@/domain/records';
import { STAGE_NAMES } from '@/domain/scoring/bands';
import { useI18n } from '@/i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { DemoTag } from './DemoBanner';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { agencyPath } from './paths';
import type { RoundFormat } from './useRoundFormat';

function isKindFilter(value: string): value is KindFilter {
  return value === 'all' || (AGENCY_KINDS as readonly string[]).includes(value);
}

/** Every agency of the round: status in words, completeness, overall score, band and stage. */
export function OverviewSection({ view, format }: { view: RoundView; format: RoundFormat }) {
  const { t } = useI18n();
  const headingId = useId();
  const filterId = useId();
  const [kind, setKind] = useState<KindFilter>('all');
  const kinds = useMemo(() => kindsPresent(view.rows), [view.rows]);
  const counts = useMemo(() => statusCounts(view.rows), [view.rows]);
  const filtered = useMemo(() => filterByKind(view.rows, kind), [view.rows, kind]);
  // With names hidden, a kind with fewer agencies than the threshold would point them out.
  const tooFew = kind === 'all' ? null : hiddenList(view, filtered.length);
  const rows = tooFew === null ? filtered : [];
  const hiddenKinds = useMemo(() => smallKinds(view), [view]);
  const kindText = (k: (typeof kinds)[number]) =>
    hiddenKinds.has(k) ? t('privacy.kindHidden') : t(`agencyKind.${k}`);
  const stageText = (stage: keyof typeof STAGE_NAMES | null | undefined) =>
    stage ? `${stage} · ${t(`stage.${STAGE_NAMES[stage]}`)}` : '—';

  const csv = () => ({
    header: [
      t('round.agency'),
      t('round.kind'),
      t('round.status'),
      t('round.respondents'),
      t('round.completeness'),
      t('round.overallScore'),
      t('round.band'),
      t('round.stage'),
    ],
    rows: rows.map((r) => [
      format.csvAgency(r.agency.name, r.agency.demo === true),
      kindText(r.agency.kind),
      t(`round.status.${r.status}`),
      r.assessments.length,
      format.csvPoints(r.completeness),
      format.csvPoints(r.score?.overall.score),
      r.score?.overall.band ?? null,
      r.score?.overall.stage ?? null,
    ]),
  });

  return (
    <section id="overview" aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('round.overviewTitle')}</h2>
      <p>
        {t('round.statusCounts', {
          count: view.rows.length,
          submitted: counts.submitted,
          draft: counts.draft,
          notStarted: counts.notStarted,
        })}
      </p>
      <div className="round-toolbar">
        <div className="field field--inline">
          <label htmlFor={filterId}>{t('round.kindFilter')}</label>
          <select
            id={filterId}
            value={kind}
            onChange={(e) => {
              if (isKindFilter(e.target.value)) setKind(e.target.value);
            }}
          >
            <option value="all">{t('round.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`agencyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <CsvButton
          table={t('round.overviewTitle')}
          fileParts={[view.round.name, 'overview']}
          build={csv}
        />
      </div>
      {tooFew !== null ? (
        <p className="notice">{t('privacy.hiddenKind', { count: tooFew })}</p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('round.overviewCaption', { shown: rows.length, count: view.rows.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('round.agency')}</th>
              <th scope="col">{t('round.kind')}</th>
              <th scope="col">{t('round.status')}</th>
              <th scope="col">{t('round.respondents')}</th>
              <th scope="col">{t('round.completeness')}</th>
              <th scope="col">{t('round.overallScore')}</th>
              <th scope="col">{t('round.band')}</th>
              <th scope="col">{t('round.stage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.agency.id}>
                <th scope="row">
                  {/* Plain, routed by RoundScreen (useInAppLinks): one per agency. */}
                  <a href={withQuestionnaire(agencyPath(view.round.id, r.agency.id), view)}>
                    {r.agency.name}
                  </a>
                  {r.agency.demo ? <DemoTag /> : null}
                </th>
                <td>{kindText(r.agency.kind)}</td>
                <td>
                  <span className={`status status--${r.status}`}>
                    {t(`round.status.${r.status}`)}
                  </span>
                </td>
                <td>{r.assessments.length}</td>
                <td>{format.share(r.completeness)}</td>
                <td>{format.points(r.score?.overall.score)}</td>
                <td>{r.score?.overall.band ?? '—'}</td>
                <td>{stageText(r.score?.overall.stage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
