/** The introduction feature's public face for src/app. */
export { IntroductionScreen } from './components/introduction-screen';
export { DeclarationScreen } from './components/declaration-screen';
export { CertificatesScreen } from './components/certificates-screen';
export { InstitutionScreen } from './components/institution-screen';
export { IntroductionCard } from './components/introduction-card';
