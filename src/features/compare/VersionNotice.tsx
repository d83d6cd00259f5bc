import { useMemo } from 'react';
import { LocalText } from '@/components/LocalText';
import type { TrendScreen } from '@/db/compare-queries';
import { differingItems } from '@/domain/compare/trend-table';
import type { Item } from '@/domain/questionnaire/types';
import { useI18n } from '@/i18n/I18nProvider';

function ItemList({ heading, items }: { heading: string; items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <LocalText value={item.text} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Says on which questions the two rounds are compared: all of them when both used the same
 * questionnaire, else the shared ones, naming the questions each version has alone.
 */
export function VersionNotice({ screen }: { screen: TrendScreen }) {
  const { t, text } = useI18n();
  const { trend, earlierQuestionnaire: earlier, laterQuestionnaire: later } = screen;
  const differing = useMemo(() => differingItems(trend, earlier, later), [trend, earlier, later]);
  const label = (q: typeof earlier) => `${text(q.title).text} ${q.version}`;
  const count = trend.sharedItems.length;
  if (!trend.differentVersions) {
    return (
      <p className="hint">{t('trends.sameVersion', { questionnaire: label(later), count })}</p>
    );
  }
  return (
    <div className="notice notice--warning" role="note">
      <p>
        <strong>
          {t('trends.versions', { earlier: label(earlier), later: label(later), count })}
        </strong>
      </p>
      <ItemList
        heading={t('trends.onlyEarlier', { count: differing.onlyEarlier.length })}
        items={differing.onlyEarlier}
      />
      <ItemList
        heading={t('trends.onlyLater', { count: differing.onlyLater.length })}
        items={differing.onlyLater}
      />
    </div>
  );
}
