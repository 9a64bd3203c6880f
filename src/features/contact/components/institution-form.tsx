import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '@/db/schema';
import { Button } from '@/ui/button';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useUpdateInstitution } from '../hooks/use-institution';
import { changedInstitutionFields, institutionInfo, type InstitutionInfo } from '../model';
import { ActivityTypesEditor } from './activity-types-editor';
import { Checkbox } from './checkbox';

type TextKey = 'contactName' | 'contactPhone' | 'agreements' | 'insurance' | 'emergency';
type FlagKey = 'requiresConfidentiality' | 'worksWithChildren' | 'requiresCriminalRecord';

/**
 * The info volunteers read on their phones, offline too. Saves only the fields that changed since
 * the form opened, so a colleague's edit of another field on another phone is kept.
 */
export function InstitutionForm({
  institutionId,
  institution,
}: {
  institutionId: string;
  institution: Institution | undefined;
}) {
  const { t } = useTranslation();
  const update = useUpdateInstitution(institutionId);
  const [saved, setSaved] = useState<InstitutionInfo>(() => institutionInfo(institution));
  const [info, setInfo] = useState<InstitutionInfo>(saved);
  const [errors, setErrors] = useState<Partial<Record<keyof InstitutionInfo, string>>>({});
  const save = useSave({
    saved: t('contact.institution.saved'),
    error: (code) => t(`errors.${code}`),
  });
  const set = <K extends keyof InstitutionInfo>(key: K, value: InstitutionInfo[K]) =>
    setInfo((previous) => ({ ...previous, [key]: value }));

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = changedInstitutionFields(saved, info);
    if (!result.ok) {
      const messages: Partial<Record<keyof InstitutionInfo, string>> = {};
      for (const [field, code] of Object.entries(result.errors)) {
        messages[field as keyof InstitutionInfo] =
          code === 'cpr' ? t('privacy.cprFound') : t(`contact.institution.${code}`);
      }
      setErrors(messages);
      save.reset();
      return;
    }
    setErrors({});
    if (await save.run(() => update(result.value))) setSaved(info);
  }

  const text = (key: TextKey, multiline = false, type?: string) => {
    const props = {
      label: t(`contact.institution.${key}`),
      value: info[key],
      error: errors[key],
      onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    };
    return multiline ? (
      <TextArea {...props} hint={t(`contact.institution.${key}Hint`)} rows={4} />
    ) : (
      <TextField {...props} type={type} />
    );
  };
  const flag = (key: FlagKey) => (
    <Checkbox
      label={t(`contact.institution.${key}`)}
      checked={info[key]}
      onChange={(checked) => set(key, checked)}
    />
  );

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="institution-form-title"
    >
      <h2 id="institution-form-title">{t('contact.institution.formTitle')}</h2>
      <p>{t('contact.institution.lead')}</p>
      {text('contactName')}
      {text('contactPhone', false, 'tel')}
      {text('agreements', true)}
      {text('insurance', true)}
      {text('emergency', true)}
      <ActivityTypesEditor
        types={info.activityTypes}
        onChange={(types) => set('activityTypes', types)}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t('contact.institution.requirementsTitle')}</legend>
        {flag('requiresConfidentiality')}
        {info.requiresConfidentiality && (
          <TextArea
            label={t('contact.institution.confidentialityText')}
            hint={t('contact.institution.confidentialityTextHint')}
            value={info.confidentialityText}
            error={errors.confidentialityText}
            rows={6}
            onChange={(event) => set('confidentialityText', event.target.value)}
          />
        )}
        {flag('worksWithChildren')}
        {flag('requiresCriminalRecord')}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('contact.institution.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
