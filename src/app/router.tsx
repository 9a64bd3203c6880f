import { lazyScreen } from './lazy-screen';
import { Route, Routes } from 'react-router';
import { INTRO_PATHS } from '@/features/introduction/paths';
import { Home } from './home';
import { RoleOnly } from './role-only';
import { RouteError } from './route-error';
import { Shell } from './shell';
import { useSyncNow } from './sync-context';

// Screens other than home load on first visit, keeping the first download small.
const WelcomeScreen = lazyScreen(() =>
  import('@/features/account/screens').then((m) => ({ default: m.WelcomeScreen })),
);
const SettingsScreen = lazyScreen(() =>
  import('@/features/account/screens').then((m) => ({ default: m.SettingsScreen })),
);
const ActivitiesScreen = lazyScreen(() =>
  import('@/features/volunteer').then((m) => ({ default: m.ActivitiesScreen })),
);
const ActivityEditScreen = lazyScreen(() =>
  import('@/features/volunteer').then((m) => ({ default: m.ActivityEditScreen })),
);
const OverviewScreen = lazyScreen(() =>
  import('@/features/volunteer').then((m) => ({ default: m.OverviewScreen })),
);
const StatementScreen = lazyScreen(() =>
  import('@/features/volunteer').then((m) => ({ default: m.StatementScreen })),
);
const LogbookScreen = lazyScreen(() =>
  import('@/features/logbook').then((m) => ({ default: m.LogbookScreen })),
);
const LogbookEntryScreen = lazyScreen(() =>
  import('@/features/logbook').then((m) => ({ default: m.EntryScreen })),
);
const LogbookPrintScreen = lazyScreen(() =>
  import('@/features/logbook').then((m) => ({ default: m.PrintScreen })),
);
const TipsScreen = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.TipsScreen })),
);
const TipScreen = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.TipScreen })),
);
const NewTipScreen = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.NewTipScreen })),
);
const TipEditScreen = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.TipEditScreen })),
);
const MeetingScreen = lazyScreen(() =>
  import('@/features/tips').then((m) => ({ default: m.MeetingScreen })),
);
const ChecklistsScreen = lazyScreen(() =>
  import('@/features/plan').then((m) => ({ default: m.ChecklistsScreen })),
);
const ChecklistScreen = lazyScreen(() =>
  import('@/features/plan').then((m) => ({ default: m.ChecklistScreen })),
);
const PlanScreen = lazyScreen(() =>
  import('@/features/plan').then((m) => ({ default: m.PlanScreen })),
);
const PlanFormScreen = lazyScreen(() =>
  import('@/features/plan').then((m) => ({ default: m.PlanFormScreen })),
);
const IntroductionScreen = lazyScreen(() =>
  import('@/features/introduction').then((m) => ({ default: m.IntroductionScreen })),
);
const DeclarationScreen = lazyScreen(() =>
  import('@/features/introduction').then((m) => ({ default: m.DeclarationScreen })),
);
const CertificatesScreen = lazyScreen(() =>
  import('@/features/introduction').then((m) => ({ default: m.CertificatesScreen })),
);
const InstitutionScreen = lazyScreen(() =>
  import('@/features/introduction').then((m) => ({ default: m.InstitutionScreen })),
);
const ExpensesScreen = lazyScreen(() =>
  import('@/features/expenses').then((m) => ({ default: m.ExpensesScreen })),
);
const ExpenseFormScreen = lazyScreen(() =>
  import('@/features/expenses').then((m) => ({ default: m.ExpenseFormScreen })),
);
const ConcernScreen = lazyScreen(() =>
  import('@/features/concern').then((m) => ({ default: m.ConcernScreen })),
);
const VolunteersScreen = lazyScreen(() =>
  import('@/features/contact').then((m) => ({ default: m.VolunteersScreen })),
);
const VolunteerScreen = lazyScreen(() =>
  import('@/features/contact').then((m) => ({ default: m.VolunteerScreen })),
);
const HandleScreen = lazyScreen(() =>
  import('@/features/contact').then((m) => ({ default: m.HandleScreen })),
);
const ContactInstitutionScreen = lazyScreen(() =>
  import('@/features/contact').then((m) => ({ default: m.InstitutionScreen })),
);
const InviteVolunteerScreen = lazyScreen(() =>
  import('@/features/admin').then((m) => ({ default: m.InviteVolunteerScreen })),
);
const DevicesScreen = lazyScreen(() =>
  import('@/features/admin').then((m) => ({ default: m.DevicesScreen })),
);
const InviteScreen = lazyScreen(() =>
  import('@/features/admin').then((m) => ({ default: m.InviteScreen })),
);
const PlacesScreen = lazyScreen(() =>
  import('@/features/admin').then((m) => ({ default: m.PlacesScreen })),
);

/** The admin's places and teams; a new one is fetched by a sync at once (features can't sync). */
function AdminPlaces() {
  const syncNow = useSyncNow();
  return <PlacesScreen onCreated={syncNow} />;
}

/** Every screen, inside the shell. Paths are Danish: they show in the address bar. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Home />} />
        <Route path="velkommen" element={<WelcomeScreen />} />
        <Route path="aktiviteter" element={<ActivitiesScreen />} />
        <Route path="aktiviteter/:id" element={<ActivityEditScreen />} />
        <Route path="oversigt" element={<OverviewScreen />} />
        <Route path="oversigt/udtalelse" element={<StatementScreen />} />
        <Route path="logbog" element={<LogbookScreen />} />
        <Route path="logbog/udskriv" element={<LogbookPrintScreen />} />
        <Route path="logbog/:entryId" element={<LogbookEntryScreen />} />
        <Route path="tips" element={<TipsScreen />} />
        <Route path="tips/nyt" element={<NewTipScreen />} />
        <Route path="tips/:tipId" element={<TipScreen />} />
        <Route path="tips/:tipId/ret" element={<TipEditScreen />} />
        <Route path="erfaringsopsamling" element={<MeetingScreen />} />
        <Route path="tjeklister" element={<ChecklistsScreen />} />
        <Route path="tjeklister/:checklistId" element={<ChecklistScreen />} />
        <Route path="aktivitetsplan" element={<PlanScreen />} />
        <Route path="aktivitetsplan/ny" element={<PlanFormScreen />} />
        <Route path="aktivitetsplan/:planItemId" element={<PlanFormScreen />} />
        <Route path={INTRO_PATHS.checklist} element={<IntroductionScreen />} />
        <Route path={INTRO_PATHS.declaration} element={<DeclarationScreen />} />
        <Route path={INTRO_PATHS.certificates} element={<CertificatesScreen />} />
        <Route path={INTRO_PATHS.place} element={<InstitutionScreen />} />
        <Route path="udlaeg" element={<ExpensesScreen />} />
        <Route path="udlaeg/nyt" element={<ExpenseFormScreen />} />
        <Route path="udlaeg/:expenseId" element={<ExpenseFormScreen />} />
        <Route path="bekymring" element={<ConcernScreen />} />
        <Route element={<RoleOnly allowed="contact" />}>
          <Route path="frivillige" element={<VolunteersScreen />} />
          <Route path="frivillige/:volunteerId" element={<VolunteerScreen />} />
          <Route path="til-behandling" element={<HandleScreen />} />
          <Route path="stedets-oplysninger" element={<ContactInstitutionScreen />} />
          <Route path="inviter-frivillig" element={<InviteVolunteerScreen />} />
        </Route>
        <Route element={<RoleOnly allowed="admin" />}>
          <Route path="telefoner" element={<DevicesScreen />} />
          <Route path="invitationer" element={<InviteScreen />} />
          <Route path="steder" element={<AdminPlaces />} />
        </Route>
        <Route path="indstillinger" element={<SettingsScreen />} />
        <Route path="*" element={<RouteError notFound />} />
      </Route>
    </Routes>
  );
}
