/** The account feature's screens, loaded on first visit. */
export { WelcomeScreen } from './components/welcome-screen';
export { SettingsScreen } from './components/settings-screen';
