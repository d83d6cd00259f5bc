import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_HEATMAP_SORT,
  nextSort,
  sameColumn,
  sortHeatmap,
  type HeatmapColumn,
  type HeatmapRow,
  type HeatmapSort,
} from '@/domain/round/heatmap';
import type { RoundView } from '@/domain/round/types';
import { useI18n } from '@/i18n/I18nProvider';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { HeatCell, HeatRow } from './HeatCell';
import type { RoundFormat } from './useRoundFormat';
import { SortButton } from '@/components/SortButton';

function SortHeader(props: {
  label: string;
  column: HeatmapColumn;
  sort: HeatmapSort;
  onSort: (column: HeatmapColumn) => void;
}) {
  const active = sameColumn(props.sort.column, props.column);
  const arrow = !active ? '↕' : props.sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" aria-sort={active ? props.sort.direction : undefined}>
      <SortButton label={props.label} arrow={arrow} onClick={() => props.onSort(props.column)} />
    </th>
  );
}

/** Agencies × dimensions, sortable by any column; the round mean and target rows stay on top. */
export function HeatmapTable(props: {
  view: RoundView;
  rows: readonly HeatmapRow[];
  format: RoundFormat;
}) {
  const { view, rows, format } = props;
  const { t } = useI18n();
  const query = withQuestionnaire('', view);
  const captionId = useId();
  const [sort, setSort] = useState<HeatmapSort>(DEFAULT_HEATMAP_SORT);
  const sorted = useMemo(
    () => sortHeatmap(rows, sort, format.compareNames),
    [rows, sort, format.compareNames],
  );
  const dimensionIds = useMemo(
    () => view.questionnaire.dimensions.map((d) => d.id),
    [view.questionnaire],
  );
  const onSort = (column: HeatmapColumn) => setSort((current) => nextSort(current, column));
  const label = (column: HeatmapColumn) =>
    column.kind === 'name'
      ? t('round.agency')
      : format.area(column.kind === 'overall' ? null : column.dimensionId);
  const { statistics } = view;
  const mean = (id: string) =>
    statistics.dimensions.find((d) => d.dimensionId === id)?.summary?.mean ?? null;
  const hasTargets = dimensionIds.some((id) => view.targets[id] !== undefined);

  return (
    <>
      {/* Scrolls on its own, so it is a named region that takes focus for keyboard scrolling. */}
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="data-table heatmap">
          <caption id={captionId} elementtiming="round-heatmap">
            {t('round.heatmapCaption')}
          </caption>
          <thead>
            <tr>
              <SortHeader
                label={label({ kind: 'name' })}
                column={{ kind: 'name' }}
                sort={sort}
                onSort={onSort}
              />
              {dimensionIds.map((id) => (
                <SortHeader
                  key={id}
                  label={format.area(id)}
                  column={{ kind: 'dimension', dimensionId: id }}
                  sort={sort}
                  onSort={onSort}
                />
              ))}
              <SortHeader
                label={format.area(null)}
                column={{ kind: 'overall' }}
                sort={sort}
                onSort={onSort}
              />
            </tr>
          </thead>
          <tbody className="heatmap__summary">
            <tr>
              <th scope="row">{t('round.roundMean')}</th>
              {dimensionIds.map((id) => (
                <HeatCell key={id} score={mean(id)} format={format} />
              ))}
              <HeatCell score={statistics.overall.summary?.mean ?? null} format={format} />
            </tr>
            {hasTargets ? (
              <tr>
                <th scope="row">{t('round.target')}</th>
                {dimensionIds.map((id) => (
                  <HeatCell key={id} score={view.targets[id] ?? null} format={format} />
                ))}
                <HeatCell score={statistics.overall.target ?? null} format={format} />
              </tr>
            ) : null}
          </tbody>
          <tbody>
            {sorted.map((row) => (
              <HeatRow
                key={row.agencyId}
                roundId={view.round.id}
                query={query}
                row={row}
                dimensionIds={dimensionIds}
                format={format}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t(sort.direction === 'ascending' ? 'round.sortedAscending' : 'round.sortedDescending', {
          column: label(sort.column),
        })}
      </p>
    </>
  );
}
