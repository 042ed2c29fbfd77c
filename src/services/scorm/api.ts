// Finds the LMS's SCORM API object the standard way (ADL's search: up to 7 parents, then the opener and its parents).
/** SCORM 1.2's runtime API (window.API). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** SCORM 2004's runtime API (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

export type FoundApi =
  | { readonly version: '2004'; readonly api: Scorm2004Api }
  | { readonly version: '1.2'; readonly api: Scorm12Api };

/** ADL's limit on how far up the frame tree the search goes. */
const MAX_DEPTH = 7;

type Frame = Window & { API?: Scorm12Api; API_1484_11?: Scorm2004Api };

/** A frame from another origin throws on any property read: that frame simply holds no API. */
function read(win: Frame): FoundApi | null {
  try {
    if (win.API_1484_11 && typeof win.API_1484_11.Initialize === 'function')
      return { version: '2004', api: win.API_1484_11 };
    if (win.API && typeof win.API.LMSInitialize === 'function')
      return { version: '1.2', api: win.API };
  } catch {
    return null;
  }
  return null;
}

function searchUp(start: Frame): FoundApi | null {
  let win: Frame = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const found = read(win);
    if (found) return found;
    if (win.parent === win) return null;
    win = win.parent as Frame;
  }
  return null;
}

/** The API of the LMS hosting this page, or null outside an LMS (then the game runs as always). */
export function findApi(start: Window): FoundApi | null {
  const frame = start as Frame;
  // A page on its own (no parent, no opener) is the common case: nothing to search.
  if (frame.parent === frame && !frame.opener) return null;
  return searchUp(frame) ?? (frame.opener ? searchUp(frame.opener as Frame) : null);
}
