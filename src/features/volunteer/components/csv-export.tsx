import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/dates';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { useReadAllActivities } from '../hooks/use-activities';
import { activitiesCsv } from '../model';
import { activityLabel } from './activity-label';
import { downloadText } from '@/ui/download';

/**
 * "Hent som regneark": every activity as a CSV file that Danish Excel opens directly. Made on the
 * phone from what is on the phone, so it works offline.
 */
export function CsvExport({
  institutionName,
}: {
  institutionName: (id: string | undefined) => string;
}) {
  const { t } = useTranslation();
  const readAll = useReadAllActivities();
  const [failed, setFailed] = useState(false);

  async function download() {
    setFailed(false);
    try {
      const csv = activitiesCsv(
        await readAll(),
        {
          date: t('volunteer.csv.date'),
          week: t('volunteer.csv.week'),
          startTime: t('volunteer.csv.startTime'),
          minutes: t('volunteer.csv.minutes'),
          hours: t('volunteer.csv.hours'),
          activity: t('volunteer.csv.activity'),
          institution: t('volunteer.csv.institution'),
          participants: t('volunteer.csv.participants'),
          note: t('volunteer.csv.note'),
        },
        { type: (type) => activityLabel(t, type), institution: institutionName },
      );
      downloadText(csv, `${t('volunteer.csv.fileName')}-${todayIso()}.csv`, 'text/csv');
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => void download()}>
        {t('volunteer.csv.download')}
      </Button>
      <div role="alert">{failed && <Alert tone="error">{t('volunteer.csv.failed')}</Alert>}</div>
    </>
  );
}
