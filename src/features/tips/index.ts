/** The tips feature's public face for src/app. */
export { ContactHome } from './components/contact-home';
export { TipsScreen } from './components/tips-screen';
