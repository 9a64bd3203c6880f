import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tip } from '@/db/schema';
import { weekNumber } from '@/lib/dates';
import { looksLikeCpr } from '@/protocol/cpr';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { SelectField, TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useUpdateTip, useWriteTip } from '../hooks/use-tips';
import {
  AUDIENCES,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  PRINCIPLES,
  upcomingWeeks,
  validateTip,
  type Audience,
} from '../model';
import { useTagLabel } from './labels';
import { TipBody } from './tip-body';
import './tips.css';

/** How many weeks ahead a tip can be planned. */
const WEEKS_AHEAD = 9;

/**
 * Writes a new tip, or edits `tip`. `prefill` starts a new tip from a question (its text and
 * tag, never its author). The text stays if saving fails.
 */
export function TipForm({
  tip,
  prefill,
}: {
  tip?: Tip;
  prefill?: { body: string; tag?: string | undefined };
}) {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const writeTip = useWriteTip();
  const updateTip = useUpdateTip();
  const [weeks] = useState(() => upcomingWeeks(new Date(), WEEKS_AHEAD));
  const [title, setTitle] = useState(tip?.title ?? '');
  const [body, setBody] = useState(tip?.body ?? prefill?.body ?? '');
  const [tag, setTag] = useState(tip?.tag ?? prefill?.tag ?? '');
  const [audience, setAudience] = useState<Audience>(tip?.audience ?? 'team');
  const [week, setWeek] = useState(tip?.week ?? weeks[0] ?? '');
  const [error, setError] = useState<string | undefined>();
  // A CPR number never goes into a tip (the server refuses it too): the field says so.
  const [cprIn, setCprIn] = useState<{ title: boolean; body: boolean }>({
    title: false,
    body: false,
  });
  const save = useSave({
    saved: tip ? t('tips.savedChanges') : t('tips.saved'),
    error: (code) => t(`errors.${code}`),
  });

  // An edited tip may show from a week that has passed: keep it as the first choice.
  const weekOptions = [...(weeks.includes(week) ? [] : [week]), ...weeks].map((value) => ({
    value,
    label:
      value === weeks[0]
        ? t('tips.thisWeek', { week: weekNumber(value) })
        : t('tips.laterWeek', { week: weekNumber(value) }),
  }));
  const tagOptions = [
    { value: '', label: t('tips.noTag') },
    ...[
      ...PRINCIPLES,
      ...(tag && !(PRINCIPLES as readonly string[]).includes(tag) ? [tag] : []),
    ].map((value) => ({ value, label: tagLabel(value) })),
  ];

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const cpr = { title: looksLikeCpr(title), body: looksLikeCpr(body) };
    setCprIn(cpr);
    if (cpr.title || cpr.body) {
      save.reset();
      return;
    }
    const result = validateTip({ week, title, body, audience, tag });
    if (!result.ok) {
      setError(t(`tips.${result.error}`));
      save.reset();
      return;
    }
    setError(undefined);
    const saved = await save.run(() =>
      tip ? updateTip(tip.id, result.value) : writeTip(result.value),
    );
    if (saved && !tip) {
      setTitle('');
      setBody('');
      setTag('');
    }
  }

  return (
    // Editing, the form is the page and the page's h1 already says "Ret tippet": it is named
    // without a second heading with the same words.
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={tip ? t('tips.editTitle') : undefined}
      aria-labelledby={tip ? undefined : 'tip-form-title'}
    >
      {!tip && <h2 id="tip-form-title">{t('tips.formTitle')}</h2>}
      {prefill && <p className="form-hint">{t('tips.fromQuestion')}</p>}
      <TextField
        label={t('tips.title')}
        value={title}
        hint={t('tips.privacyHint')}
        error={cprIn.title ? t('privacy.cprFound') : error && !title.trim() ? error : undefined}
        maxLength={MAX_TITLE_LENGTH}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextArea
        label={t('tips.body')}
        hint={t('tips.bodyHint')}
        value={body}
        rows={6}
        error={cprIn.body ? t('privacy.cprFound') : error && !body.trim() ? error : undefined}
        maxLength={MAX_BODY_LENGTH}
        onChange={(event) => setBody(event.target.value)}
      />
      {body.trim() && (
        <div className="tip-preview">
          <p className="tip-preview-label">{t('tips.preview')}</p>
          <TipBody body={body} />
        </div>
      )}
      <SelectField
        label={t('tips.tag')}
        options={tagOptions}
        value={tag}
        onChange={(event) => setTag(event.target.value)}
      />
      {tip ? (
        // A saved tip stays where it was first shared (the server keeps its scope).
        <p>
          <span className="form-label">{t('tips.audience')}</span>{' '}
          {t(`tips.audiences.${tip.audience}`)}
        </p>
      ) : (
        <ChoiceGroup
          legend={t('tips.audience')}
          name="tip-audience"
          choices={AUDIENCES.map((value) => ({
            value,
            label: t(`tips.audiences.${value}`),
            hint: t(`tips.audienceHints.${value}`),
          }))}
          value={audience}
          onChange={setAudience}
        />
      )}
      <SelectField
        label={t('tips.showFrom')}
        options={weekOptions}
        value={week}
        onChange={(event) => setWeek(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {tip ? t('tips.saveChanges') : t('tips.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
