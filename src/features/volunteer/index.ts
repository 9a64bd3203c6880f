/** The volunteer feature's public face for src/app. */
export { VolunteerHome } from './components/volunteer-home';
export { ActivitiesScreen } from './components/activities-screen';
export { ActivityEditScreen } from './components/activity-edit-screen';
export { OverviewScreen } from './components/overview-screen';
export { StatementScreen } from './components/statement-screen';
