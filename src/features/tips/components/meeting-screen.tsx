import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { useSharedEntries } from '../hooks/use-meeting';
import { useAuthorship } from '../hooks/use-tips';
import {
  defaultPeriod,
  groupByKind,
  groupByTag,
  inPeriod,
  isOpenQuestion,
  type Period,
} from '../model';
import { AnswerForm } from './answer-form';
import { useTagLabel } from './labels';
import { SharedEntryCard } from './shared-entry-card';
import './tips.css';

type Grouping = 'tag' | 'kind';

/**
 * Preparing the experience meeting: what caseworkers shared in a period (default the last six
 * weeks), the open questions first with a place to answer, then everything grouped by principle
 * or by kind.
 */
export function MeetingScreen() {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(new Date()));
  const [draft, setDraft] = useState<Period>(period);
  const [grouping, setGrouping] = useState<Grouping>('tag');
  // Questions answered during this visit stay under "open questions" so their status is seen.
  const [answeredHere, setAnsweredHere] = useState<ReadonlySet<string>>(new Set());
  const rows = useSharedEntries(period);
  // Only a contact person answers (the server allows no one else to).
  const answers = useAuthorship()?.profile?.role === 'contact';
  const periodInvalid = Boolean(draft.from && draft.to && draft.from > draft.to);

  function changePeriod(next: Period) {
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) setPeriod(next);
  }

  const entries = rows ? inPeriod(rows, period) : undefined;
  const open = entries?.filter((entry) => isOpenQuestion(entry) || answeredHere.has(entry.id));
  const groups =
    entries === undefined
      ? []
      : grouping === 'tag'
        ? groupByTag(entries).map((group) => ({
            key: `tag-${group.key}`,
            title: group.key ? tagLabel(group.key) : t('tips.meeting.noTagGroup'),
            entries: group.entries,
          }))
        : groupByKind(entries).map((group) => ({
            key: `kind-${group.key}`,
            title: t(`tips.meeting.kinds.${group.key}`),
            entries: group.entries,
          }));

  return (
    <Page title={t('tips.meeting.title')}>
      <p>{t('tips.meeting.lead')}</p>
      <fieldset className="form-group meeting-period">
        <legend className="form-label">{t('tips.meeting.period')}</legend>
        <TextField
          label={t('tips.meeting.from')}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          error={periodInvalid ? t('tips.meeting.periodInvalid') : undefined}
          onChange={(event) => changePeriod({ ...draft, from: event.target.value })}
        />
        <TextField
          label={t('tips.meeting.to')}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(event) => changePeriod({ ...draft, to: event.target.value })}
        />
      </fieldset>

      {entries === undefined || open === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <p className="summary-line" role="status">
            {entries.length === 0
              ? t('tips.meeting.nothing')
              : t('tips.meeting.sharedCount', { count: entries.length })}
          </p>
          <section className="section" aria-labelledby="open-questions">
            <h2 id="open-questions">{t('tips.meeting.openQuestions')}</h2>
            {open.length === 0 ? (
              <p>{t('tips.meeting.noOpenQuestions')}</p>
            ) : (
              <ul className="entry-list nobullet-list">
                {open.map((entry) => (
                  <li key={entry.id}>
                    <SharedEntryCard entry={entry} writer={answers}>
                      {answers && (
                        <AnswerForm
                          entryId={entry.id}
                          onAnswered={(id) => setAnsweredHere((known) => new Set(known).add(id))}
                        />
                      )}
                    </SharedEntryCard>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {entries.length > 0 && (
            <ChoiceGroup
              legend={t('tips.meeting.groupBy')}
              name="meeting-grouping"
              chips
              choices={[
                { value: 'tag', label: t('tips.meeting.byTag') },
                { value: 'kind', label: t('tips.meeting.byKind') },
              ]}
              value={grouping}
              onChange={setGrouping}
            />
          )}
          {groups.map((group, index) => (
            <section key={group.key} className="section" aria-labelledby={`meeting-group-${index}`}>
              <h2 id={`meeting-group-${index}`}>
                {group.title} ({group.entries.length})
              </h2>
              <ul className="entry-list nobullet-list">
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <SharedEntryCard entry={entry} writer={answers} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
