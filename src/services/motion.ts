// Reduced motion: the player's choice in Settings, else the device's prefers-reduced-motion.

export const MOTION_SETTINGS = ['system', 'reduce', 'full'] as const;
export type MotionSetting = (typeof MOTION_SETTINGS)[number];

export function isMotionSetting(value: unknown): value is MotionSetting {
  return typeof value === 'string' && (MOTION_SETTINGS as readonly string[]).includes(value);
}

export function shouldReduceMotion(setting: MotionSetting, systemPrefersReduced: boolean): boolean {
  if (setting === 'system') return systemPrefersReduced;
  return setting === 'reduce';
}

export function systemPrefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
