/** The contact feature's public face for src/app: the home section and the screens. */
export { ContactDashboard } from './components/contact-dashboard';
export { VolunteersScreen } from './components/volunteers-screen';
export { VolunteerScreen } from './components/volunteer-screen';
export { HandleScreen } from './components/handle-screen';
export { InstitutionScreen } from './components/institution-screen';
