/** The logbook feature's public face for src/app. */
export { CaseworkerHome } from './components/caseworker-home';
export { LogbookScreen } from './components/logbook-screen';
export { EntryScreen } from './components/entry-screen';
export { PrintScreen } from './components/print-screen';
