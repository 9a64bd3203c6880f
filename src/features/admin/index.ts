/** The administration feature's screens for src/app: invitations (and, for admins, devices). */
export { InviteVolunteerScreen } from './components/invite-volunteer-screen';
