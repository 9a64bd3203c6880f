import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import type { ConcernContext } from '../data/concerns';
import { useSendConcern } from '../hooks/use-concern';
import {
  choiceDay,
  MAX_MESSAGE_LENGTH,
  MAX_PREFERRED_TIME_LENGTH,
  validateConcern,
  type ConcernFieldErrors,
  type PreferredTimeChoice,
} from '../model';

/**
 * The request to talk: when it suits the volunteer, and an optional short note under the CPR check.
 * Calls `onSent` with the queued row's key once it is on disk.
 */
export function ConcernForm({
  context,
  onSent,
}: {
  context: ConcernContext;
  onSent: (id: string) => void;
}) {
  const { t } = useTranslation();
  const send = useSendConcern();
  const [choice, setChoice] = useState<PreferredTimeChoice | undefined>();
  const [ownTime, setOwnTime] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<ConcernFieldErrors>({});
  const save = useSave({ saved: t('concern.queuedTitle'), error: (code) => t(`errors.${code}`) });

  if (!context.volunteerId || !context.institutionId) {
    return <Alert tone="info">{t('concern.notConnected')}</Alert>;
  }

  const choices = [
    { value: 'today' as const, label: t('concern.times.today') },
    { value: 'tomorrow' as const, label: t('concern.times.tomorrow') },
    { value: 'callMe' as const, label: t('concern.times.callMe') },
    { value: 'own' as const, label: t('concern.times.own') },
  ];

  // The contact person reads this text, on a later day too: so it names the date, in Danish.
  function preferredTimeText(chosen: PreferredTimeChoice, own: string): string {
    const day = choiceDay(chosen, new Date());
    const date = day ? formatDate(day, 'da-DK') : '';
    if (chosen === 'today') return t('concern.timeText.today', { lng: 'da', date });
    if (chosen === 'tomorrow') return t('concern.timeText.tomorrow', { lng: 'da', date });
    if (chosen === 'callMe') return t('concern.timeText.callMe', { lng: 'da' });
    return own;
  }

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateConcern({ choice, ownTime, message });
    if (!result.ok || !choice) {
      setErrors(result.ok ? {} : result.errors);
      save.reset();
      return;
    }
    setErrors({});
    let id: string | undefined;
    const ok = await save.run(async () => {
      id = await send({
        preferredTime: preferredTimeText(choice, result.ownTime).slice(
          0,
          MAX_PREFERRED_TIME_LENGTH,
        ),
        message: result.message,
      });
    });
    if (ok && id) onSent(id);
  }

  const place = context.institution?.name;
  const name = context.institution?.contactName;
  const recipient =
    name && place
      ? t('concern.toNamed', { name, place })
      : place
        ? t('concern.toPlace', { place })
        : t('concern.toUnknown');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>{t('concern.formLead')}</p>
      <p className="concern-recipient">{recipient}</p>
      <ChoiceGroup
        legend={t('concern.when')}
        name="preferredTime"
        chips
        choices={choices}
        value={choice}
        onChange={setChoice}
        error={errors.choice && t('concern.whenRequired')}
      />
      {choice === 'own' && (
        <TextField
          label={t('concern.ownTime')}
          hint={t('concern.ownTimeHint')}
          value={ownTime}
          maxLength={MAX_PREFERRED_TIME_LENGTH}
          onChange={(event) => setOwnTime(event.target.value)}
          error={
            errors.ownTime === 'cprFound'
              ? t('privacy.cprFound')
              : errors.ownTime && t('concern.ownRequired')
          }
        />
      )}
      <TextArea
        label={t('concern.message')}
        hint={t('concern.messageHint')}
        value={message}
        maxLength={MAX_MESSAGE_LENGTH}
        rows={3}
        onChange={(event) => setMessage(event.target.value)}
        error={errors.message && t('privacy.cprFound')}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('concern.send')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
