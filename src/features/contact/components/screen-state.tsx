import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';

/**
 * What a contact screen shows before its data: "loading" while the live query runs, a notice when
 * the phone is not linked to an institution, otherwise the screen.
 */
export function ScreenState<T>({
  data,
  children,
}: {
  data: T | null | undefined;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (data === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (data === null) return <Alert tone="info">{t('contact.noInstitution')}</Alert>;
  return <>{children(data)}</>;
}
