import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '@/db/schema';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { PLAN_KINDS } from '../model';
import { downloadText } from '@/ui/download';

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
      downloadText(ics, t('plan.activities.fileName'), 'text/calendar');
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
