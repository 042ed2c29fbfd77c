// Resume data for suspend_data: the game's settings and action log, deflated and base64-encoded to fit SCORM 1.2's 4,096 characters.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The format's version, first in the text, so a later format can still read (or refuse) this one. */
const PREFIX = 'bb1:';

export function encodeSuspend(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary);
}

/** The value back, or null for anything else (empty, another format, damaged): the game then starts as usual. */
export function decodeSuspend(text: string): unknown {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const binary = atob(text.slice(PREFIX.length));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(strFromU8(inflateSync(bytes))) as unknown;
  } catch {
    return null;
  }
}
