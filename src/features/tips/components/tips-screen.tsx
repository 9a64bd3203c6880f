import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeekKey, todayIso } from '@/lib/dates';
import { SelectField, TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { useReadCounts, useReaderState } from '../hooks/use-tips';
import { mayEditTip, searchTips, tagsOf, visibleTips } from '../model';
import { useTagLabel } from './labels';
import { TipRow } from './tip-row';

/**
 * The tip archive: search (Danish letters and case folded) and a principle filter. Readers see
 * the tips whose week has come; a contact person also sees planned ones, read counts and edit links.
 */
export function TipsScreen() {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const state = useReaderState();
  const counts = useReadCounts();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const deferredQuery = useDeferredValue(query);

  const thisWeek = isoWeekKey(todayIso());
  const isContact = state?.who.profile?.role === 'contact';
  const tips = state ? visibleTips(state.tips, isContact ? '9999-W99' : thisWeek) : undefined;
  const found = tips ? searchTips(tips, { query: deferredQuery, tag }, tagLabel) : undefined;
  const tags = tips ? tagsOf(tips) : [];

  return (
    <Page title={t('tips.archiveTitle')}>
      {isContact && (
        <p>
          <Link to="/tips/nyt">{t('tips.newTip')}</Link>
        </p>
      )}
      <div className="tips-filters" role="search">
        <TextField
          label={t('tips.search')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {tags.length > 0 && (
          <SelectField
            label={t('tips.filterTag')}
            value={tag}
            onChange={(event) => setTag(event.target.value)}
            options={[
              { value: '', label: t('tips.allTags') },
              ...tags.map((value) => ({ value, label: tagLabel(value) })),
            ]}
          />
        )}
      </div>
      {found === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : tips?.length === 0 ? (
        <p>{t('tips.empty')}</p>
      ) : found.length === 0 ? (
        <p role="status">{t('tips.noMatch')}</p>
      ) : (
        <>
          <p className="summary-line" role="status">
            {query || tag
              ? t('tips.found', { count: found.length })
              : t('tips.count', { count: found.length })}
          </p>
          <ul className="entry-list nobullet-list" aria-label={t('tips.archiveTitle')}>
            {found.map((tip) => {
              const editable = state !== undefined && mayEditTip(tip, state.who);
              return (
                <li key={tip.id}>
                  <TipRow
                    tip={tip}
                    thisWeek={thisWeek}
                    editable={editable}
                    reads={editable ? (counts?.get(tip.id) ?? 0) : undefined}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}
