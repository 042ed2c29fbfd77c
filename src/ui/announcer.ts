// The screen-reader announcer: one polite aria-live region that speaks short status messages.

export interface Announcer {
  say(message: string): void;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  let pending: number | undefined;
  return {
    say(message) {
      // Clearing first and writing on the next tick makes screen readers repeat an identical message.
      region.textContent = '';
      if (pending !== undefined) clearTimeout(pending);
      pending = window.setTimeout(() => {
        region.textContent = message;
      }, 50);
    },
  };
}
