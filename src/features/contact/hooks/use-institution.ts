import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useDb } from '@/db/react';
import type { Institution, IntroItem } from '@/db/schema';
import { updateInstitution } from '../data/institution';
import {
  addIntroItem,
  copyIntroTemplate,
  deleteIntroItem,
  editIntroItem,
  listIntroItems,
  moveIntroItemStep,
} from '../data/introduction';
import { contactInstitutionId, getInstitution } from '../data/roster';
import type { InstitutionInfo, IntroItemInput } from '../model';

/** The institution and its checklist, live; `null` when the profile names no institution. */
export type InstitutionSettings = {
  institutionId: string;
  institution?: Institution;
  introItems: IntroItem[];
};

/** The institution's info and introduction checklist, live. */
export function useInstitutionSettings(): InstitutionSettings | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const institutionId = await contactInstitutionId(db);
    if (!institutionId) return null;
    const [institution, introItems] = await Promise.all([
      getInstitution(db, institutionId),
      listIntroItems(db, institutionId),
    ]);
    return { institutionId, ...(institution ? { institution } : {}), introItems };
  }, [db]);
}

/** Saves changed institution fields; resolves after they are durable. */
export function useUpdateInstitution(
  institutionId: string,
): (changes: Partial<InstitutionInfo>) => Promise<unknown> {
  const db = useDb();
  return useCallback(
    (changes: Partial<InstitutionInfo>) => updateInstitution(db, institutionId, changes),
    [db, institutionId],
  );
}

/** The checklist's writes for one institution; each resolves after it is durable. */
export function useIntroItemActions(institutionId: string) {
  const db = useDb();
  return useMemo(
    () => ({
      add: (input: IntroItemInput) => addIntroItem(db, institutionId, input),
      edit: (item: IntroItem, input: IntroItemInput) => editIntroItem(db, item, input),
      move: (itemId: string, direction: 'up' | 'down') =>
        moveIntroItemStep(db, institutionId, itemId, direction),
      remove: (itemId: string) => deleteIntroItem(db, itemId),
      copyTemplate: (template: readonly { title: string; body: string }[]) =>
        copyIntroTemplate(db, institutionId, template),
    }),
    [db, institutionId],
  );
}
