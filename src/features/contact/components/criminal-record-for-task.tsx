import { useTranslation } from 'react-i18next';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useMarkCriminalRecordForTask } from '../hooks/use-volunteer';
import { Checkbox } from './checkbox';

/**
 * Marks that one volunteer's task needs a criminal record certificate, where the institution does
 * not ask it of every task; saved as soon as it is ticked or cleared.
 */
export function CriminalRecordForTask({
  volunteerId,
  required,
}: {
  volunteerId: string;
  required: boolean;
}) {
  const { t } = useTranslation();
  const mark = useMarkCriminalRecordForTask();
  const save = useSave({
    saved: t('contact.certificates.forTaskSaved'),
    error: (code) => t(`errors.${code}`),
  });
  return (
    <div className="contact-card">
      <Checkbox
        label={t('contact.certificates.forTask')}
        checked={required}
        onChange={(checked) => void save.run(() => mark(volunteerId, checked))}
      />
      <SaveStatus state={save.state} />
    </div>
  );
}
