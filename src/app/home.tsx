import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/db/schema';
import type { SamspilDb } from '@/db/database';
import { getProfile, useProfile } from '@/features/account';
import { assertNever } from '@/lib/errors';
import { Page } from '@/ui/page';
import { lazyScreen } from './lazy-screen';

const VolunteerHome = lazyScreen(() =>
  import('@/features/volunteer').then((m) => ({ default: m.VolunteerHome })),
);
// The introduction card sits under the volunteer's home (features never import each other).
const IntroductionCard = lazyScreen(() =>
  import('@/features/introduction').then((m) => ({ default: m.IntroductionCard })),
);
const CaseworkerHome = lazyScreen(() =>
  import('@/features/logbook').then((m) => ({ default: m.CaseworkerHome })),
);
const ContactHome = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.ContactHome })),
);
const NewTipNotice = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.NewTipNotice })),
);
const WeeklyTipCard = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.WeeklyTipCard })),
);
// Checklists and the activity plan, under the caseworker's and the contact person's home.
const PlanLinks = lazyScreen(() =>
  import('@/features/plan').then((m) => ({ default: m.PlanLinks })),
);
// The leader's overview: the municipality's totals, each with a chart and a CSV file.
const LeaderHome = lazyScreen(() =>
  import('@/features/leader').then((m) => ({ default: m.LeaderHome })),
);
// What waits for the contact person (concerns, claims, reminders) comes first, above the tip.
const ContactDashboard = lazyScreen(() =>
  import('@/features/contact').then((m) => ({ default: m.ContactDashboard })),
);

// The admin's home: phones, invitation codes, places and teams; then the leader's overview,
// since an admin reads the same totals (the `leader` scope).
const AdminHome = lazyScreen(() =>
  import('@/features/admin').then((m) => ({ default: m.AdminHome })),
);

/** What each role's home is built from, besides the tip's notice and card. */
const ROLE_HOME: Record<Role, readonly { preload: () => Promise<unknown> }[]> = {
  volunteer: [VolunteerHome, IntroductionCard],
  caseworker: [CaseworkerHome, PlanLinks],
  contact: [ContactDashboard, ContactHome, PlanLinks],
  leader: [LeaderHome],
  admin: [AdminHome, LeaderHome],
};

/**
 * Fetches this device's home ahead of its first render (the app calls it at start, while the
 * database opens), so the home appears in one piece instead of in 300 ms steps.
 */
export async function preloadHome(db: SamspilDb): Promise<void> {
  const profile = await getProfile(db);
  if (!profile) return;
  const parts = [NewTipNotice, WeeklyTipCard, ...ROLE_HOME[profile.role]];
  await Promise.all(parts.map((part) => part.preload()));
}

/** The role-aware home screen. */
export function Home() {
  const { t } = useTranslation();
  const profile = useProfile();
  if (!profile) return null;
  const title = profile.displayName
    ? t('home.greeting', { name: profile.displayName })
    : t('home.greetingNoName');
  return (
    <Page title={title}>
      {/* This week's tip on every role's home, each in its own boundary (never blocks the rest). */}
      <Suspense fallback={null}>
        <NewTipNotice />
      </Suspense>
      {roleHome(profile.role)}
      <Suspense fallback={null}>
        <WeeklyTipCard />
      </Suspense>
    </Page>
  );
}

function roleHome(role: Role) {
  switch (role) {
    case 'volunteer':
      return (
        <>
          <VolunteerHome />
          <IntroductionCard />
        </>
      );
    case 'caseworker':
      return (
        <>
          <CaseworkerHome />
          <PlanLinks />
        </>
      );
    case 'contact':
      return (
        <>
          {/* Its own boundary: the tip form does not wait for the dashboard's data and chunk. */}
          <Suspense fallback={null}>
            <ContactDashboard />
          </Suspense>
          <ContactHome />
          <PlanLinks />
        </>
      );
    case 'leader':
      return <LeaderHome />;
    case 'admin':
      return (
        <>
          <AdminHome />
          <LeaderHome />
        </>
      );
    default:
      return assertNever(role);
  }
}
