/**
 * The checklist templates a team starts from when it introduces a new way of working, in Danish
 * and English. Like the introduction template this is content, not interface text: creating a
 * checklist copies the items in the writer's language into `checklistItems` rows, which the team
 * then ticks and edits.
 *
 * - `preparation` and `implementation`: before and during the introduction of a new case-handling
 *   method (the facts of seed 002, in our own words).
 * - `tenElements`: questions for leaders about an effective employment effort for vulnerable
 *   citizens, one or two per decisive element (the facts of seed 003, in our own words).
 */

/** Which template a checklist came from; stored in `checklists.template`. */
export type PlanTemplateKey = 'preparation' | 'implementation' | 'tenElements';

/** One template: its title and the items, in order. */
export type PlanTemplate = { key: PlanTemplateKey; title: string; items: readonly string[] };

/** The keys in the order they are offered. */
export const PLAN_TEMPLATE_KEYS: readonly PlanTemplateKey[] = [
  'preparation',
  'implementation',
  'tenElements',
];

const DA: Record<PlanTemplateKey, PlanTemplate> = {
  preparation: {
    key: 'preparation',
    title: 'Forberedelse',
    items: [
      'Ledelsen har besluttet, hvilke lokale rammer der gælder for den nye metode.',
      'Beslutningerne er fortalt til alle de dele af organisationen, de berører.',
      'Vi har skrevet ned, hvad kommunen vil opnå med metoden.',
      'Der er en aktivitetsplan: hvad skal ske, hvornår, hvem deltager, og hvem har ansvaret.',
      'Metoden passer sammen med de værktøjer og den it, vi allerede bruger.',
    ],
  },
  implementation: {
    key: 'implementation',
    title: 'Indførelse',
    items: [
      'Sagsbehandlerne har lyst til at bruge metoden.',
      'Sagsbehandlerne forstår, hvad metoden går ud på, og hvad den ændrer i sagerne.',
      'Alle sagsbehandlere føler sig trygge ved at bruge metoden.',
      'Alle har haft en sag oppe til drøftelse og fået feedback på den.',
      'Spørgsmål er samlet op, og alle har fået svar.',
      'Lederne følger med i, om kvaliteten i sagerne bliver, som vi ønsker.',
      'Vores samarbejdspartnere kender til metoden.',
    ],
  },
  tenElements: {
    key: 'tenElements',
    title: 'Ti elementer i en god beskæftigelsesindsats',
    items: [
      'Fælles værdi: Har vi en værdi, som politikere, ledere og medarbejdere kan se sig selv i – og kan borgerne mærke den?',
      'Politisk ejerskab: Står politikerne bag en klar linje, og følger pengene med?',
      'Resultater: Kender vi de vigtigste nøgletal hver måned, og stopper vi det, der ikke virker?',
      'Visitation: Kommer borgeren hurtigt i gang, og får vi tid til at afdække både udfordringer og muligheder?',
      'Borgeren i centrum: Tager vi udgangspunkt i borgerens ressourcer, og er borgeren med til at lægge planen?',
      'Nytænkning: Hvornår har vi sidst prøvet en ny idé, og er der plads til at prøve?',
      'Tværfagligt syn: Arbejder fagene sammen om én plan, og er det klart, hvem der gør hvad?',
      'Kompetencer: Ved vi, hvilke kompetencer arbejdet kræver, og deler vi viden med hinanden?',
      'Fysiske rammer: Giver vores lokaler lyst til udvikling og gode relationer?',
      'Virksomheder: Har vi et klart formål og en plan for samarbejdet med arbejdsgiverne?',
    ],
  },
};

const EN: Record<PlanTemplateKey, PlanTemplate> = {
  preparation: {
    key: 'preparation',
    title: 'Preparation',
    items: [
      'The leaders have decided the local framework for the new method.',
      'The decisions have been told to every part of the organisation they affect.',
      'We have written down what the municipality wants to achieve with the method.',
      'There is an activity plan: what happens, when, who takes part and who is responsible.',
      'The method fits with the tools and IT we already use.',
    ],
  },
  implementation: {
    key: 'implementation',
    title: 'Implementation',
    items: [
      'The caseworkers want to use the method.',
      'The caseworkers understand what the method is about and what it changes in their cases.',
      'Every caseworker feels confident using the method.',
      'Everyone has had a case discussed and received feedback on it.',
      'Questions have been gathered and everyone has had an answer.',
      'The leaders follow whether the quality of the cases develops as we want.',
      'Our partners know about the method.',
    ],
  },
  tenElements: {
    key: 'tenElements',
    title: 'Ten elements of a good employment effort',
    items: [
      'Shared value: do we have a value that politicians, leaders and staff recognise – and do citizens notice it?',
      'Political ownership: do the politicians back a clear line, and does the money follow?',
      'Results: do we know the key figures every month, and do we stop what does not work?',
      'Assessment: does the citizen get started quickly, and do we take time to map both challenges and possibilities?',
      "The citizen at the centre: do we start from the citizen's resources, and does the citizen help make the plan?",
      'New thinking: when did we last try a new idea, and is there room to try?',
      'Cross-disciplinary view: do the professions work together on one plan, and is it clear who does what?',
      'Skills: do we know which skills the work needs, and do we share knowledge with each other?',
      'Physical settings: do our rooms invite development and good relationships?',
      'Employers: do we have a clear purpose and a plan for working with employers?',
    ],
  },
};

/** The templates per language. */
export const PLAN_TEMPLATES: Record<'da' | 'en', Record<PlanTemplateKey, PlanTemplate>> = {
  da: DA,
  en: EN,
};

/** True when `key` names a template (a stored `template` field may be empty or unknown). */
export function isPlanTemplateKey(key: string | undefined): key is PlanTemplateKey {
  return key === 'preparation' || key === 'implementation' || key === 'tenElements';
}
