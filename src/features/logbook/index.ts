/** The logbook feature's public face for src/app. */
export { CaseworkerHome } from './components/caseworker-home';
export { LogbookScreen } from './components/logbook-screen';
