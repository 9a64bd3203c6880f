import type { TFunction } from 'i18next';
import type { Certificate } from '@/db/schema';
import { assertNever } from '@/lib/errors';
import type { CertificateKind, CertificateLine } from '../model';

/** The name of a kind of certificate. */
export function certificateKindLabel(t: TFunction, kind: CertificateKind): string {
  switch (kind) {
    case 'criminalRecord':
      return t('introduction.certificates.criminalRecord');
    case 'child':
      return t('introduction.certificates.child');
    default:
      return assertNever(kind);
  }
}

/** A certificate's status in a sentence. */
export function certificateStatusLabel(t: TFunction, status: Certificate['status']): string {
  switch (status) {
    case 'requested':
      return t('introduction.certificates.requested');
    case 'approved':
      return t('introduction.certificates.approved');
    case 'notApproved':
      return t('introduction.certificates.notApproved');
    default:
      return assertNever(status);
  }
}

/** A certificate's status in a word or two, for the home card; a due renewal comes first. */
export function certificateShortStatus(t: TFunction, line: CertificateLine): string {
  if (line.renewal.kind === 'overdue') return t('introduction.card.short.renewNow');
  if (line.renewal.kind === 'soon') return t('introduction.card.short.renewSoon');
  const status = line.certificate?.status;
  switch (status) {
    case undefined:
      return t('introduction.card.short.none');
    case 'requested':
      return t('introduction.card.short.requested');
    case 'approved':
      return t('introduction.card.short.approved');
    case 'notApproved':
      return t('introduction.card.short.notApproved');
    default:
      return assertNever(status);
  }
}
