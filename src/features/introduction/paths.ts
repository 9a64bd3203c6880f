/** Where the introduction screens live (Danish paths: they show in the address bar). */
export const INTRO_PATHS = {
  checklist: '/introduktion',
  declaration: '/tavshedspligt',
  certificates: '/attester',
  place: '/praktisk-info',
} as const;

/** One of the introduction screens. */
export type IntroScreen = keyof typeof INTRO_PATHS;
