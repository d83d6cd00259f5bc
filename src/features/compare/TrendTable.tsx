import { useId, useMemo, useState } from 'react';
import type { TrendScreen } from '@/db/compare-queries';
import {
  DEFAULT_TREND_SORT,
  nextTrendSort,
  sortTrends,
  type TrendSort,
} from '@/domain/compare/trend-table';
import { useI18n } from '@/i18n/I18nProvider';
import { SortButton } from '@/components/SortButton';
import { ChangeText } from './ChangeText';
import { CsvDownload } from './CsvDownload';
import { DemoTag } from './DemoNote';
import { TableScroll } from './TableScroll';
import type { TrendNames } from './TrendReport';
import type { CompareFormat } from './useCompareFormat';

/** Agencies down, the change per area and overall across; sortable by name or overall change. */
export function TrendTable(props: {
  screen: TrendScreen;
  names: TrendNames;
  format: CompareFormat;
}) {
  const { screen, names, format } = props;
  const { trend } = screen;
  const { t, text } = useI18n();
  const captionId = useId();
  const [sort, setSort] = useState<TrendSort>(DEFAULT_TREND_SORT);
  const rows = useMemo(
    () => sortTrends(trend.agencies, sort, names.compare),
    [trend.agencies, sort, names],
  );
  // The later questionnaire's areas, then any only the earlier one has.
  const areas = useMemo(() => {
    const byId = new Map<string, string>();
    for (const d of [
      ...screen.laterQuestionnaire.dimensions,
      ...screen.earlierQuestionnaire.dimensions,
    ]) {
      if (!byId.has(d.id)) byId.set(d.id, text(d.shortTitle ?? d.title).text);
    }
    return [...byId].map(([id, title]) => ({ id, title }));
  }, [screen, text]);
  const caption = t('trends.tableCaption');
  const changeSort = sort.column === 'change' ? sort.direction : undefined;

  const csv = () => ({
    header: [
      t('compare.agency'),
      ...[...areas, { id: null, title: format.area(null) }].flatMap((a) => [
        t('trends.csvBefore', { area: a.title }),
        t('trends.csvAfter', { area: a.title }),
        t('trends.csvChange', { area: a.title }),
      ]),
    ],
    rows: rows.map((r) => [
      format.csvAgency(names.name(r.agencyId), names.demo(r.agencyId)),
      ...[...areas.map((a) => r.dimensions[a.id]), r.overall].flatMap((c) => [
        format.csvPoints(c?.before),
        format.csvPoints(c?.after),
        format.csvPoints(c?.change),
      ]),
    ]),
  });

  return (
    <div className="compare-section">
      <div className="compare-toolbar">
        <CsvDownload
          table={caption}
          fileParts={[trend.earlier.name, trend.later.name, 'trends']}
          build={csv}
        />
      </div>
      <p className="hint">{t('trends.signs')}</p>
      <TableScroll captionId={captionId}>
        <table className="data-table trend-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort.column === 'name' ? 'ascending' : undefined}>
                <SortButton
                  label={t('compare.agency')}
                  arrow={sort.column === 'name' ? '▲' : '↕'}
                  onClick={() => setSort((s) => nextTrendSort(s, 'name'))}
                />
              </th>
              {areas.map((a) => (
                <th scope="col" key={a.id}>
                  {a.title}
                </th>
              ))}
              <th scope="col">{t('trends.before')}</th>
              <th scope="col">{t('trends.after')}</th>
              <th scope="col" aria-sort={changeSort}>
                <SortButton
                  label={t('trends.change')}
                  arrow={changeSort === undefined ? '↕' : changeSort === 'descending' ? '▼' : '▲'}
                  onClick={() => setSort((s) => nextTrendSort(s, 'change'))}
                />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.agencyId}>
                <th scope="row">
                  {names.name(r.agencyId)}
                  {names.demo(r.agencyId) ? <DemoTag /> : null}
                </th>
                {areas.map((a) => (
                  <td key={a.id}>
                    <ChangeText change={format.change(r.dimensions[a.id]?.change)} />
                  </td>
                ))}
                <td>{format.points(r.overall.before)}</td>
                <td>{format.points(r.overall.after)}</td>
                <td className="trend-table__overall">
                  <ChangeText change={format.change(r.overall.change)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="visually-hidden" aria-live="polite">
        {t(
          sort.column === 'name'
            ? 'trends.sortedName'
            : sort.direction === 'descending'
              ? 'trends.sortedRise'
              : 'trends.sortedFall',
        )}
      </p>
    </div>
  );
}
