// The profile list document (kind 'profile-list', key 'profiles'): which profiles exist, in order, and which one is active.
import type { DocumentSpec } from './document';
import { checkProfileList } from './schemas';

export interface ProfileList {
  readonly ids: readonly string[];
  readonly activeId: string | null;
}

export const PROFILES_KEY = 'profiles';

export function validateProfileList(v: unknown): ProfileList | null {
  if (!checkProfileList(v).ok) return null;
  const list = v as ProfileList;
  return { ids: [...new Set(list.ids)], activeId: list.activeId };
}

export const profileListSpec: DocumentSpec<ProfileList> = {
  kind: 'profile-list',
  version: 1,
  migrations: [],
  validate: validateProfileList,
};
