import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useProfile } from '@/features/account';
import { ErrorBoundary } from '@/ui/error-boundary';
import { BottomNav } from './bottom-nav';
import {
  DbClosedBanner,
  InstallHint,
  OfflineReadyNotice,
  PersistenceNotice,
  UpdatePrompt,
} from './banners';
import { RouteError } from './route-error';
import { useSyncNow } from './sync-context';
import { RejectedChanges, SyncStatusBar } from './sync-status';

const WELCOME_PATH = '/velkommen';

/**
 * The frame around every screen: skip link, header, notices, the screen, the bottom navigation.
 *
 * Until a role is chosen every path leads to the welcome screen.
 */
export function Shell() {
  const { t } = useTranslation();
  const profile = useProfile();
  const location = useLocation();
  const navigate = useNavigate();
  const syncNow = useSyncNow();

  // Right after joining, this query may not have seen the new profile yet: wait instead of
  // bouncing back to the welcome screen, and drop the flag once the profile is here (so a later
  // wipe of a revoked device does lead to the welcome screen).
  const justJoined = (location.state as { joined?: boolean } | null)?.joined === true;
  useEffect(() => {
    if (profile && justJoined) void navigate(location.pathname, { replace: true, state: null });
  }, [profile, justJoined, navigate, location.pathname]);

  if (profile === null && location.pathname !== WELCOME_PATH && !justJoined) {
    return <Navigate to={WELCOME_PATH} replace />;
  }

  return (
    <div className="app-shell">
      <a className="skipnav" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header-title">{t('app.name')}</p>
      </header>
      {profile && <SyncStatusBar onSyncNow={syncNow} />}
      <div className="banner-stack">
        <DbClosedBanner />
        <RejectedChanges />
        <UpdatePrompt />
        <PersistenceNotice />
        <OfflineReadyNotice />
        <InstallHint />
      </div>
      <main id="main" className="app-main" tabIndex={-1}>
        {profile === undefined ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <ErrorBoundary key={location.pathname} fallback={<RouteError />}>
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      {profile && <BottomNav role={profile.role} />}
    </div>
  );
}
