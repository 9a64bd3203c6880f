import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '@/db/schema';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { PLAN_KINDS } from '../model';

/**
 * "Hent som kalenderfil": the whole plan as an .ics file, made on the phone (works offline). The
 * writer is its own small chunk, loaded on the first tap.
 */
export function IcsExport({ items }: { items: PlanItem[] }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  async function download() {
    setFailed(false);
    try {
      const { toIcs } = await import('../model/ics');
      const ics = toIcs(
        items,
        {
          kind: Object.fromEntries(
            PLAN_KINDS.map((kind) => [kind, t(`plan.activities.kinds.${kind}`)]),
          ) as Record<PlanItem['kind'], string>,
          responsible: t('plan.activities.responsible'),
          participants: t('plan.activities.participants'),
          caseRefs: t('plan.activities.caseRefs'),
        },
        Date.now(),
      );
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = t('plan.activities.fileName');
      document.body.append(link);
      link.click();
      link.remove();
      // Some browsers read the URL after click() returns; give them a moment before freeing it.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="section">
      <Button variant="secondary" onClick={() => void download()} aria-describedby="ics-hint">
        {t('plan.activities.export')}
      </Button>
      <p className="form-hint" id="ics-hint">
        {t('plan.activities.exportHint')}
      </p>
      <div role="alert">{failed && <Alert tone="error">{t('errors.unknown')}</Alert>}</div>
    </div>
  );
}
