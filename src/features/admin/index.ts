/** The administration feature's screens for src/app: invitations, phones, places and teams. */
export { InviteVolunteerScreen } from './components/invite-volunteer-screen';
export { AdminHome } from './components/admin-home';
export { DevicesScreen } from './components/devices-screen';
export { InviteScreen } from './components/invite-screen';
export { PlacesScreen } from './components/places-screen';
