/** The leader feature's public face for src/app: the overview on the leader's home. */
export { LeaderHome } from './components/leader-home';
