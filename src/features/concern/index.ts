/** The concern feature's screen, loaded on first visit. */
export { ConcernScreen } from './components/concern-screen';
