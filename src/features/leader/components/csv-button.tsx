import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/dates';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { downloadText } from '@/ui/download';

/**
 * "Hent CSV" for one section: the file is made on the device from the totals on screen, so it
 * works offline. `what` names the section for screen readers (four buttons share the visible text).
 */
export function CsvButton({
  what,
  fileName,
  make,
}: {
  what: string;
  fileName: string;
  make: () => string;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  function download() {
    setFailed(false);
    try {
      downloadText(make(), `${fileName}-${todayIso()}.csv`, 'text/csv');
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="leader-csv">
      <Button variant="secondary" onClick={download}>
        {t('leader.csv.download')}
        <span className="visually-hidden">: {what}</span>
      </Button>
      <div role="alert">{failed && <Alert tone="error">{t('leader.csv.failed')}</Alert>}</div>
    </div>
  );
}
