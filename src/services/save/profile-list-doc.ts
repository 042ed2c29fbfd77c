// The profile list document (kind 'profile-list', key 'profiles'): which profiles exist, in order, and which one is active.
import type { DocumentSpec } from './document';
import { isArrayOf, isId, isObj } from './guards';

export interface ProfileList {
  readonly ids: readonly string[];
  readonly activeId: string | null;
}

export const PROFILES_KEY = 'profiles';

export function validateProfileList(v: unknown): ProfileList | null {
  if (!isObj(v) || !isArrayOf(v.ids, isId, 10_000)) return null;
  if (!(v.activeId === null || isId(v.activeId))) return null;
  return { ids: [...new Set(v.ids)], activeId: v.activeId };
}

export const profileListSpec: DocumentSpec<ProfileList> = {
  kind: 'profile-list',
  version: 1,
  migrations: [],
  validate: validateProfileList,
};
