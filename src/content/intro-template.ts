/**
 * The default introduction checklist an institution's contact person starts from, in Danish and
 * English. It is content, not interface text: copying it makes `introItems` rows in the contact
 * person's language, which they then edit. The server seeds the demo institution with the Danish
 * one.
 */

/** One item of the template. */
export type IntroTemplateItem = { key: string; title: string; body: string };

/** The template per language. */
export const INTRO_TEMPLATE: Record<'da' | 'en', readonly IntroTemplateItem[]> = {
  da: [
    {
      key: 'culture',
      title: 'Stedets kultur og hverdag',
      body: 'Hvordan en almindelig dag ser ud, hvad der er vigtigt for beboere og brugere, og hvordan vi taler sammen her.',
    },
    {
      key: 'tour',
      title: 'En rundvisning',
      body: 'Se huset, fællesrum, køkken, nødudgange og hvor du kan hænge din jakke.',
    },
    {
      key: 'people',
      title: 'Hvem er hvem – og din kontaktperson',
      body: 'Mød lederen og personalet, og få navn og telefonnummer på den kontaktperson, du altid kan gå til.',
    },
    {
      key: 'tasks',
      title: 'Hvad frivillige gør – og ikke gør',
      body: 'Du laver det, der ikke kræver en faglig vurdering: samvær, ture, hygge og aktiviteter. Pleje, medicin og visiterede opgaver er personalets.',
    },
    {
      key: 'confidentiality',
      title: 'Tavshedspligt',
      body: 'Det, du ser og hører om borgerne, bliver her. Du fører ingen journal og skriver ikke om borgerne.',
    },
    {
      key: 'insurance',
      title: 'Forsikring',
      body: 'Hvordan du er dækket af kommunens ulykkesforsikring, mens du er frivillig her.',
    },
    {
      key: 'notify',
      title: 'Hvis du bliver bekymret',
      body: 'Ser du tegn på omsorgssvigt, vold eller andet, der bekymrer dig, skal du sige det til personalet samme dag. Er nogen i fare lige nu, så prøv at stoppe det, hvis du kan gøre det uden selv at komme i fare, eller ring 112 – og sig det bagefter til personalet. Begge dele er din pligt, og du står ikke alene med det.',
    },
    {
      key: 'badge',
      title: 'Navneskilt',
      body: 'Du får et navneskilt, så beboere og personale kan se, hvem du er.',
    },
  ],
  en: [
    {
      key: 'culture',
      title: "The place's culture and everyday routines",
      body: 'What an ordinary day looks like, what matters to residents and users, and how we talk with each other here.',
    },
    {
      key: 'tour',
      title: 'A tour',
      body: 'See the building, common rooms, kitchen, emergency exits and where to hang your coat.',
    },
    {
      key: 'people',
      title: 'Who is who – and your contact person',
      body: 'Meet the leader and the staff, and get the name and phone number of the contact person you can always turn to.',
    },
    {
      key: 'tasks',
      title: 'What volunteers do – and do not do',
      body: 'You do what needs no professional assessment: company, outings, social time and activities. Care, medicine and assessed tasks belong to the staff.',
    },
    {
      key: 'confidentiality',
      title: 'Confidentiality',
      body: 'What you see and hear about the citizens stays here. You keep no journal and do not write about the citizens.',
    },
    {
      key: 'insurance',
      title: 'Insurance',
      body: "How the municipality's accident insurance covers you while you volunteer here.",
    },
    {
      key: 'notify',
      title: 'If you become worried',
      body: 'If you see signs of neglect, violence or anything else that worries you, tell the staff the same day. If someone is in danger right now, try to stop it if you can do so without putting yourself in danger, or call 112 – and tell the staff afterwards. Both are your duty, and you are not alone with it.',
    },
    {
      key: 'badge',
      title: 'Name badge',
      body: 'You get a name badge so residents and staff can see who you are.',
    },
  ],
};
