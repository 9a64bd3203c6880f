/**
 * Everything the volunteer's home card summarises, read in one go.
 */
import type { SamspilDb } from '@/db/database';
import { loadCertificates, type CertificatesView } from './certificates';
import { loadDeclaration, type DeclarationView } from './declarations';
import { loadIntroduction, type Introduction } from './intro-progress';

/** The introduction, the declaration and the certificates together. */
export type IntroOverviewData = {
  introduction: Introduction;
  declaration: DeclarationView;
  certificates: CertificatesView;
};

/** Reads the three views the home card shows. */
export async function loadIntroOverview(db: SamspilDb): Promise<IntroOverviewData> {
  const [introduction, declaration, certificates] = await Promise.all([
    loadIntroduction(db),
    loadDeclaration(db),
    loadCertificates(db),
  ]);
  return { introduction, declaration, certificates };
}
