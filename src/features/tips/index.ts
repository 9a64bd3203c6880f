/** The tips feature's public face for src/app. */
export { ContactHome } from './components/contact-home';
export { TipsScreen } from './components/tips-screen';
export { TipScreen } from './components/tip-screen';
export { NewTipScreen, TipEditScreen } from './components/tip-edit-screen';
export { MeetingScreen } from './components/meeting-screen';
export { NewTipNotice, WeeklyTipCard } from './components/weekly-tip';
