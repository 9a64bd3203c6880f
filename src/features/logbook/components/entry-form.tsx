import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry } from '@/db/schema';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { SelectField, TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import {
  useLinkTargets,
  useOwnTags,
  useUpdateEntry,
  useWriteEntry,
  type LinkTarget,
} from '../hooks/use-entries';
import {
  ENTRY_KINDS,
  MAX_ENTRY_LENGTH,
  MAX_TAG_LENGTH,
  cleanTags,
  normaliseTag,
  tagChoices,
  validateEntry,
  type EntryKind,
  type EntryLink,
} from '../model';
import './logbook.css';

/**
 * A private logbook note: kind, text, topics and (for a new note) what it is about. Quick on a
 * phone: one tap for the kind, topics are toggle chips. With `editing` it changes that note. What
 * was typed stays if saving fails.
 */
export function EntryForm({ editing }: { editing?: LogbookEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const writeEntry = useWriteEntry();
  const updateEntry = useUpdateEntry();
  const ownTags = useOwnTags();
  const [kind, setKind] = useState<EntryKind>(editing?.kind ?? 'good');
  const [text, setText] = useState(editing?.text ?? '');
  const [tags, setTags] = useState<string[]>(editing?.tags ?? []);
  const [newTag, setNewTag] = useState('');
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = useSave({
    saved: t(editing ? 'logbook.edit.saved' : 'logbook.saved'),
    error: (code) => t(`errors.${code}`),
  });

  // The principles, the caseworker's own topics, and any just added on this note.
  const choices = useMemo(() => tagChoices([{ tags: ownTags ?? [] }, { tags }]), [ownTags, tags]);
  const selected = new Set(tags.map((tag) => tag.toLocaleLowerCase('da')));

  function toggle(tag: string) {
    const key = tag.toLocaleLowerCase('da');
    setTags((current) =>
      selected.has(key)
        ? current.filter((own) => own.toLocaleLowerCase('da') !== key)
        : cleanTags([...current, tag]),
    );
  }

  function addTag() {
    const tag = normaliseTag(newTag);
    if (!tag) return;
    setTags((current) => cleanTags([...current, tag]));
    setNewTag('');
  }

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateEntry({ kind, text, tags, link: parseLink(link) });
    if (!result.ok) {
      setError(t(result.error === 'cprFound' ? 'privacy.cprFound' : `logbook.${result.error}`));
      save.reset();
      return;
    }
    setError(undefined);
    const saved = await save.run(() =>
      editing ? updateEntry(editing.id, result.value) : writeEntry(result.value),
    );
    if (saved && !editing) {
      setText('');
      setTags([]);
      setLink('');
    }
  }

  return (
    // Editing, the form is the page and the page's h1 already says "Ret note": it is named
    // without a second heading with the same words.
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={editing ? t('logbook.edit.title') : undefined}
      aria-labelledby={editing ? undefined : `${id}-title`}
      className="entry-form"
    >
      {!editing && <h2 id={`${id}-title`}>{t('logbook.formTitle')}</h2>}
      <ChoiceGroup
        legend={t('logbook.kind')}
        name={`${id}-kind`}
        chips
        choices={ENTRY_KINDS.map((value) => ({ value, label: t(`logbook.kinds.${value}`) }))}
        value={kind}
        onChange={setKind}
      />
      <TextArea
        label={t('logbook.text')}
        hint={`${t('logbook.textHint')} ${t('logbook.privacyHint')}`}
        value={text}
        error={error}
        maxLength={MAX_ENTRY_LENGTH}
        onChange={(event) => setText(event.target.value)}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t('logbook.tags')}</legend>
        <div className="chip-group">
          {choices.map((tag, index) => (
            <div className="chip" key={tag}>
              <input
                type="checkbox"
                id={`${id}-tag-${index}`}
                className="chip-input"
                checked={selected.has(tag.toLocaleLowerCase('da'))}
                onChange={() => toggle(tag)}
              />
              <label htmlFor={`${id}-tag-${index}`} className="chip-label">
                {tag}
              </label>
            </div>
          ))}
        </div>
        <div className="new-tag">
          <TextField
            label={t('logbook.newTag')}
            hint={t('logbook.newTagHint')}
            value={newTag}
            maxLength={MAX_TAG_LENGTH}
            onChange={(event) => setNewTag(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addTag();
              }
            }}
          />
          <Button variant="secondary" onClick={addTag}>
            {t('logbook.addTag')}
          </Button>
        </div>
      </fieldset>
      {editing ? <LinkedTo entry={editing} /> : <LinkSelect value={link} onChange={setLink} />}
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t(editing ? 'logbook.edit.save' : 'logbook.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}

/** `checklistItem:<id>` or `planItem:<id>` from the select; '' is no link. */
function parseLink(value: string): EntryLink | undefined {
  const [kind, linkId] = value.split(':');
  if ((kind === 'checklistItem' || kind === 'planItem') && linkId) return { kind, id: linkId };
  return undefined;
}

function LinkSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const targets = useLinkTargets();
  if (!targets || (targets.checklistItems.length === 0 && targets.planItems.length === 0)) {
    return null;
  }
  const option = (target: LinkTarget) => (
    <option key={target.id} value={`${target.kind}:${target.id}`}>
      {target.label}
    </option>
  );
  return (
    <SelectField
      label={t('logbook.link')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[{ value: '', label: t('logbook.linkNone') }]}
    >
      {targets.checklistItems.length > 0 && (
        <optgroup label={t('logbook.linkChecklist')}>{targets.checklistItems.map(option)}</optgroup>
      )}
      {targets.planItems.length > 0 && (
        <optgroup label={t('logbook.linkPlan')}>
          {targets.planItems.map((target) =>
            option({
              ...target,
              label: `${formatDate(parseIsoDate(target.date), locale)} · ${target.label}`,
            }),
          )}
        </optgroup>
      )}
    </SelectField>
  );
}

/** What a note being edited is about (fixed once written). */
function LinkedTo({ entry }: { entry: LogbookEntry }) {
  const { t } = useTranslation();
  const targets = useLinkTargets();
  const linkId = entry.checklistItemId ?? entry.planItemId;
  if (!linkId || !targets) return null;
  const target = [...targets.checklistItems, ...targets.planItems].find((row) => row.id === linkId);
  if (!target) return null;
  return (
    <p className="muted">
      {t('logbook.linkedTo', { label: target.label })} {t('logbook.linkFixed')}
    </p>
  );
}
