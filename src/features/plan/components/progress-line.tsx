import { useTranslation } from 'react-i18next';
import type { Progress } from '../model';

/** "7 af 12" with a progress bar that says the same to screen readers. */
export function ProgressLine({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const label = t('plan.checklists.progressLabel', progress);
  return (
    <div className="entry-meta">
      <span aria-hidden="true">{t('plan.checklists.progress', progress)}</span>
      <progress
        className="plan-progress"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={label}
      />
    </div>
  );
}
