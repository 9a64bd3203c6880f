/** The volunteer feature's public face for src/app. */
export { VolunteerHome } from './components/volunteer-home';
export { ActivitiesScreen } from './components/activities-screen';
