import { AUDIENCES, ENTRY_KINDS, PRINCIPLES } from '@/features/tips/model';
import { resources } from '@/i18n/catalogues';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('tip texts built at run time', () => {
  it('has every key in Danish and English', () => {
    const keys = [
      ...PRINCIPLES.map((tag) => `tips.principles.${tag}`),
      ...AUDIENCES.flatMap((value) => [`tips.audiences.${value}`, `tips.audienceHints.${value}`]),
      ...ENTRY_KINDS.map((kind) => `tips.meeting.kinds.${kind}`),
    ];
    const missing = keys.filter(
      (key) =>
        lookup(resources.da.translation, key) === undefined ||
        lookup(resources.en.translation, key) === undefined,
    );
    expect(missing).toEqual([]);
  });
});
