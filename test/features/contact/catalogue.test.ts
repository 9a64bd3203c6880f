import { CERTIFICATE_KINDS, CERTIFICATE_STATUSES } from '@/features/contact/model';
import { resources } from '@/i18n/catalogues';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function has(catalogue: Catalogue, key: string): boolean {
  return (
    lookup(catalogue, key) !== undefined ||
    (lookup(catalogue, `${key}_one`) !== undefined &&
      lookup(catalogue, `${key}_other`) !== undefined)
  );
}

describe('contact texts built at run time', () => {
  it('has every key in Danish and English', () => {
    const keys = [
      ...CERTIFICATE_KINDS.flatMap((kind) => [
        `contact.certificates.kinds.${kind}`,
        `contact.certificates.save.${kind}`,
      ]),
      ...[...CERTIFICATE_STATUSES, 'missing'].map((s) => `contact.certificates.statuses.${s}`),
      ...['soon', 'overdue'].map((r) => `contact.certificates.reminders.${r}`),
      ...['requestedOn', 'decidedOn', 'renewBy', 'decidedBeforeRequested'].map(
        (field) => `contact.certificates.${field}`,
      ),
      ...['transport', 'materials', 'other'].map((c) => `contact.claims.categories.${c}`),
      ...['submitted', 'approved', 'rejected', 'paid'].map((s) => `contact.claims.statuses.${s}`),
      ...[
        'contactName',
        'contactPhone',
        'agreements',
        'agreementsHint',
        'insurance',
        'insuranceHint',
        'emergency',
        'emergencyHint',
        'requiresConfidentiality',
        'worksWithChildren',
        'requiresCriminalRecord',
        'textRequired',
        'typeRequired',
        'typeDuplicate',
        'typeTooMany',
      ].map((key) => `contact.institution.${key}`),
      ...[
        'titleRequired',
        'moveUpItem',
        'moveDownItem',
        'editItem',
        'editing',
        'removeItem',
        'removeQuestion',
      ].map((key) => `contact.intro.${key}`),
    ];
    const da = resources.da.translation;
    const en = resources.en.translation;
    expect(keys.filter((key) => !has(da, key) || !has(en, key))).toEqual([]);
  });
});
