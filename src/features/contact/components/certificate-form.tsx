import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '@/db/schema';
import { todayIso } from '@/lib/dates';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useSaveCertificate } from '../hooks/use-volunteer';
import {
  CERTIFICATE_STATUSES,
  renewalReminder,
  validateCertificateDates,
  type CertificateKind,
  type CertificateStatus,
  type Requirement,
} from '../model';
import { CertificateLine } from './certificate-badges';

type DateField = 'requestedOn' | 'decidedOn' | 'renewBy';
const DATE_FIELDS: readonly DateField[] = ['requestedOn', 'decidedOn', 'renewBy'];

/**
 * Records where one certificate stands for a volunteer (never the certificate itself): status and
 * dates. Saves only the fields that changed, so an edit on another phone is not overwritten.
 */
export function CertificateForm({
  volunteerId,
  kind,
  current,
  requirement,
}: {
  volunteerId: string;
  kind: CertificateKind;
  current: Certificate | undefined;
  /** Why the certificate is asked of this volunteer; `undefined` when it is not. */
  requirement: Requirement | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const saveCertificate = useSaveCertificate();
  const [status, setStatus] = useState<CertificateStatus | undefined>(current?.status);
  const [dates, setDates] = useState<Record<DateField, string>>({
    requestedOn: current?.requestedOn ?? '',
    decidedOn: current?.decidedOn ?? '',
    renewBy: current?.renewBy ?? '',
  });
  const [errors, setErrors] = useState<{ status?: string; decidedOn?: string }>({});
  const save = useSave({
    saved: t('contact.certificates.saved'),
    error: (code) => t(`errors.${code}`),
  });
  const reminder = current ? renewalReminder(current, todayIso()) : undefined;

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const problem = validateCertificateDates(dates);
    const next = {
      ...(status ? {} : { status: t('contact.certificates.statusRequired') }),
      ...(problem ? { decidedOn: t(`contact.certificates.${problem}`) } : {}),
    };
    setErrors(next);
    if (!status || problem) {
      save.reset();
      return;
    }
    const fields: Partial<Pick<Certificate, 'status' | DateField>> = {};
    if (status !== current?.status) fields.status = status;
    // A cleared date cannot be removed field by field; it stays as it was (only new dates count).
    for (const field of DATE_FIELDS) {
      if (dates[field] && dates[field] !== current?.[field]) fields[field] = dates[field];
    }
    await save.run(() =>
      saveCertificate(current ? { id: current.id } : { volunteerId, kind }, fields),
    );
  }

  return (
    <form
      className="contact-card"
      aria-labelledby={headingId}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={headingId}>{t(`contact.certificates.kinds.${kind}`)}</h3>
      <p className="entry-meta">
        {requirement === 'place'
          ? t('contact.certificates.required')
          : requirement === 'task'
            ? t('contact.certificates.requiredTask')
            : t('contact.certificates.notRequired')}
      </p>
      {current && reminder && (
        <p>
          <CertificateLine
            state={{
              kind,
              required: requirement !== undefined,
              status: current.status,
              reminder,
              ...(current.renewBy ? { renewBy: current.renewBy } : {}),
            }}
          />
        </p>
      )}
      <ChoiceGroup
        legend={t('contact.certificates.status')}
        name={`${headingId}-status`}
        choices={CERTIFICATE_STATUSES.map((value) => ({
          value,
          label: t(`contact.certificates.statuses.${value}`),
        }))}
        value={status}
        onChange={setStatus}
        error={errors.status}
      />
      {DATE_FIELDS.map((field) => (
        <TextField
          key={field}
          type="date"
          label={t(`contact.certificates.${field}`)}
          value={dates[field]}
          error={field === 'decidedOn' ? errors.decidedOn : undefined}
          onChange={(event) => setDates({ ...dates, [field]: event.target.value })}
        />
      ))}
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t(`contact.certificates.save.${kind}`)}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
