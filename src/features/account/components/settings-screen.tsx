import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changeLanguage, LANGUAGES, localeFor, type Language } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { ChoiceGroup } from '@/ui/choice-group';
import { Page } from '@/ui/page';
import { usePendingChanges } from '../hooks/use-device-status';
import { useIsConnected } from '../hooks/use-join';
import { useProfile } from '../hooks/use-profile';
import { AddDevice } from './add-device';
import { StorageBlock } from './storage-block';

/** Settings: language, role, storage, waiting changes and the app version. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const profile = useProfile();
  const pending = usePendingChanges();
  const connected = useIsConnected();
  const locale = localeFor(i18n.language);
  const language: Language = i18n.language === 'en' ? 'en' : 'da';

  return (
    <Page title={t('settings.title')}>
      <ChoiceGroup
        legend={t('settings.language')}
        name="language"
        choices={LANGUAGES.map((value) => ({ value, label: t(`settings.languages.${value}`) }))}
        value={language}
        onChange={(value) => void changeLanguage(value)}
      />

      {profile && (
        <section className="settings-block" aria-labelledby="role-title">
          <h2 id="role-title">{t('settings.role')}</h2>
          <p>{t(`roles.${profile.role}`)}</p>
          {connected === false && (
            <Link to="/velkommen" className="button button-secondary">
              {t('settings.connect')}
            </Link>
          )}
        </section>
      )}

      {connected && <AddDevice />}

      <StorageBlock />

      <section className="settings-block" aria-labelledby="pending-title">
        <h2 id="pending-title">{t('settings.syncTitle')}</h2>
        {pending && (
          <p data-testid="pending-changes">
            {pending.count === 0 || pending.oldestAt === undefined
              ? t('settings.pendingNone')
              : t('settings.pending', {
                  count: pending.count,
                  oldest: formatDateTime(pending.oldestAt, locale),
                })}
          </p>
        )}
      </section>

      <section className="settings-block" aria-labelledby="about-title">
        <h2 id="about-title">{t('settings.aboutTitle')}</h2>
        <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </Page>
  );
}
