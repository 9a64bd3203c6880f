import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';

/** What a screen shows when it failed to render, or does not exist. */
export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const { t } = useTranslation();
  return (
    <Page title={notFound ? t('errors.notFoundTitle') : t('errors.routeTitle')}>
      {!notFound && <p>{t('errors.routeText')}</p>}
      {/* A plain link, not the router's: after a crash a full load is the safer way home. */}
      <a href="/" className="button button-primary">
        {t('errors.goHome')}
      </a>
    </Page>
  );
}
