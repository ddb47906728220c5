import type { Plural, UiLang } from '../i18n';

const EN = {
  title: 'Selge settings',
  general: 'General',
  language: 'Language of Selge',
  languageAuto: 'Same as the browser',
  strictness: 'Strictness',
  strictnessHint: 'How readily a borderline message is called a pitch.',
  relaxed: 'Relaxed',
  normal: 'Normal',
  strict: 'Strict',
  marks: 'Show small marks next to pitch messages and invitation notes on LinkedIn itself',
  listMarks: 'Also in the conversation list of your inbox (read from the preview, nothing is opened)',
  draftIndicator: 'Show a small sign at the message or note you type when it reads like a pitch',
  aboutMe: 'About me',
  aboutMeHint:
    'Used to spot offers that do not fit you (HR services to someone who works alone) and in reply templates.',
  workMode: 'How I work',
  workUnknown: 'Not said',
  workAlone: 'Alone (one-person business, freelancer)',
  workSmall: 'Small team',
  workCompany: 'Larger company',
  name: 'My first name (for sign-offs)',
  role: 'Role',
  sector: 'Sector',
  description: 'In my own words',
  statsOwn: 'Count how often my own first messages pitched (counts only, on this device)',
  saved: 'Saved.',
  templateDeleted: 'Deleted the template.',
  templateRestored: 'The template is back.',
  undoEarlier: 'Undo again puts back what was deleted before it.',
  undo: 'Undo',
  templateFull: 'A template holds at most {max} characters: what went past that was left out.',
  discardDraft: 'Edit this template instead of the one you are writing? What you typed is lost.',
  correctionRemoved: 'Removed the correction: Selge shows its own verdict on that message again.',
  correctionRestored: 'The correction is back.',
  trustedRemoved: 'Selge no longer trusts that person.',
  trustedRestored: 'That person is trusted again.',
  templates: 'My reply templates',
  templatesHint:
    'Slots: {firstName}, {theirOffer}, {myName}, {team}. They appear in the reply studio next to the built-in ones.',
  intent: 'Intent',
  templateLang: 'Language',
  templateText: 'Text',
  preview: 'Preview',
  add: 'Add template',
  update: 'Save changes',
  edit: 'Edit',
  delete: 'Delete',
  cancel: 'Cancel',
  noTemplates: 'No templates of your own yet.',
  exportTitle: 'Export and import',
  export: 'Export templates',
  import: 'Import templates (JSON)',
  imported: { one: 'Imported {n} template.', other: 'Imported {n} templates.' } satisfies Plural,
  importUnchanged: {
    one: 'Nothing changed: the file holds the one template you already have, as it is.',
    other: 'Nothing changed: the file holds {n} templates you already have, as they are.',
  } satisfies Plural,
  teamSlot: '{slot} becomes “{team}”, from how you work under “About me” (alone, a small team or a company).',
  importFailed: 'Nothing was imported: {problem}.',
  importReplaced: {
    one: '{n} of them replaced a template you already had, which read differently; it read:',
    other: '{n} of them replaced templates you already had, which read differently; they read:',
  } satisfies Plural,
  importNow: 'Now:',
  importProblems: {
    'empty-file': 'the file is empty',
    'too-large': 'the file is larger than 2 MB, far more than any templates file',
    'not-json': 'this is not a Selge templates file (choose a file made with "Export templates")',
    'not-templates': 'this is not a Selge templates file (choose a file made with "Export templates")',
    'other-version':
      'the file was made by another version of Selge (format {version}) that this one cannot read',
    'too-many': 'the file holds {count} templates, and Selge keeps at most {max}',
    'no-text': 'template {number} in the file has no text',
    'too-long': 'template {number} in the file is longer than {max} characters',
    intent: 'template {number} in the file has a kind of reply Selge does not know',
    lang: 'template {number} in the file is in a language Selge does not know (English or Dutch)',
    unreadable: 'template {number} in the file cannot be read',
    repeated: 'template {number} in the file is a second copy of an earlier one',
  },
  stats: 'Statistics (on this device)',
  statsEmpty: 'No statistics yet. They fill up as you read conversations and invitations on LinkedIn.',
  chartTitle: 'Pitches received per week',
  chartRow: '{week}: {messages}, {notes}',
  pitchMessageCount: { one: '{n} pitch message', other: '{n} pitch messages' } satisfies Plural,
  pitchNoteCount: { one: '{n} pitch note', other: '{n} pitch notes' } satisfies Plural,
  pitchMessages: 'Pitch messages',
  pitchNotes: 'Pitch notes with invitations',
  weeksAxis: 'Along the bottom: the Monday each week starts on.',
  week: 'Week',
  weekOf: 'Week {week} (from {day})',
  asTable: 'Show as a table',
  topPatterns: 'Most frequent patterns in those pitches',
  ownFirst: 'Your own first messages: {pitches} of {total} pitched.',
  danger: 'Your data',
  learned: 'What Selge learned from you',
  learnedIntro:
    'Your corrections and the people you trust, on this device only. Selge keeps no message text: a correction is a fingerprint of the message and of its template.',
  checked: {
    one: '{n} verdict checked: {kept} kept, {corrected} corrected: {notPitch} not a pitch, {isPitch} it is a pitch',
    other:
      '{n} verdicts checked: {kept} kept, {corrected} corrected: {notPitch} not a pitch, {isPitch} it is a pitch',
  },
  checkedNone:
    'You have not checked a verdict yet. Use “Not a pitch”, “It is a pitch” or “Right” under a message.',
  correctionsTitle: 'Corrections',
  correctionsCount: { one: '{n} correction', other: '{n} corrections' },
  correctionWhen: 'When',
  correctionWas: 'Selge said',
  correctionSet: 'You set',
  correctionsMore: { one: 'and {n} older one', other: 'and {n} older ones' },
  trustedTitle: 'Trusted people',
  trustedCount: { one: '{n} trusted person', other: '{n} trusted people' },
  trustedNone: 'Nobody yet. Use “Always trust this person” under a message.',
  trustedPerson: 'Trusted person {n}, since {date}',
  remove: 'Remove',
  resetLearned: 'Forget all corrections and trusted people',
  resetLearnedConfirm: 'Forget all your corrections and trusted people? Selge shows its own verdicts again.',
  learnedReset: 'Selge forgot your corrections and trusted people: it shows its own verdicts again.',
  learnedExport: 'Export corrections and trusted people',
  learnedImport: 'Import corrections and trusted people',
  learnedExportHint:
    'The file holds no message text, but the secret the fingerprints are made with: whoever has it could test a guess of a message against them. Keep it to yourself.',
  learnedFileProblems: {
    'empty-file': 'Nothing was imported: the file is empty.',
    'too-large':
      'Nothing was imported: the file is larger than 2 MB, far more than any export of corrections and trusted people.',
    'not-learned':
      'Nothing was imported: this is not an export of corrections and trusted people (choose a file made with “Export corrections and trusted people” or “Export templates”).',
  },
  exportLearnedHint:
    'The file also holds your corrections and trusted people: no message text, but the secret their fingerprints are made with, so keep it to yourself.',
  learnedImportUnchanged:
    'The corrections and trusted people in the file are the ones Selge already has: nothing changed there.',
  learnedImportMerged:
    'Corrections in the file: {corrections}; trusted people: {trusted}. Selge has them now.',
  learnedImportReplaced:
    'Corrections in the file: {corrections}; trusted people: {trusted}. They replace the ones Selge had here, which were made with another secret and cannot be joined with them.',
  label_ok: 'Not a pitch',
  label_borderline: 'Borderline',
  label_pitch: 'A pitch',
  deleteAll: 'Delete all my data',
  deleteConfirm:
    'Delete all settings, templates, statistics, corrections and trusted people Selge stored? This cannot be undone.',
  deleted: 'All Selge data was deleted.',
  deleteFailed:
    'Not all of Selge’s data could be deleted ({reason}). What is still stored is shown; try again.',
  dismiss: 'Dismiss',
  changedElsewhere: 'Your templates were changed in another window; both changes were kept.',
  newerTemplates:
    'These templates were saved by a newer Selge (format {format}). This one shows them but does not change them, so nothing is lost on your other devices. Update Selge to add or edit templates.',
  notices: {
    'corrupt-settings':
      'Some of your saved settings could not be read. Selge uses its defaults for those; the rest is as you left it. A copy of the unreadable part was kept aside on this device.',
    'corrupt-templates':
      'Some of your saved templates could not be read. The readable ones are below; a copy of the rest was kept aside on this device.',
    'corrupt-stats':
      'Part of your statistics could not be read and was left out. The rest is below and counting goes on.',
    'corrupt-learned':
      'Your corrections and trusted people could not be read and were reset: Selge shows its own verdicts again. ' +
      'Your settings, templates and statistics are as you left them. A copy of the unreadable data was kept aside on this device.',
  },
};
export type OptionStrings = typeof EN;

const NL: OptionStrings = {
  title: 'Instellingen van Selge',
  general: 'Algemeen',
  language: 'Taal van Selge',
  languageAuto: 'Zoals de browser',
  strictness: 'Strengheid',
  strictnessHint: 'Hoe snel een twijfelgeval een pitch heet.',
  relaxed: 'Mild',
  normal: 'Normaal',
  strict: 'Streng',
  marks: 'Toon kleine markeringen naast pitchberichten en pitchnotities bij uitnodigingen op LinkedIn zelf',
  listMarks: 'Ook in de gesprekkenlijst van je inbox (gelezen uit het voorbeeld, er wordt niets geopend)',
  draftIndicator:
    'Toon een klein teken bij het bericht of de notitie die je typt als die als een pitch leest',
  aboutMe: 'Over mij',
  aboutMeHint:
    'Gebruikt om aanbiedingen te herkennen die niet bij je passen (HR-diensten aan iemand die alleen werkt) en in antwoordsjablonen.',
  workMode: 'Hoe ik werk',
  workUnknown: 'Niet ingevuld',
  workAlone: 'Alleen (eenmanszaak, zzp)',
  workSmall: 'Klein team',
  workCompany: 'Groter bedrijf',
  name: 'Mijn voornaam (voor ondertekening)',
  role: 'Rol',
  sector: 'Sector',
  description: 'In mijn eigen woorden',
  statsOwn: 'Tel hoe vaak mijn eigen eerste berichten pitchten (alleen aantallen, op dit apparaat)',
  saved: 'Opgeslagen.',
  templateDeleted: 'Het sjabloon is verwijderd.',
  templateRestored: 'Het sjabloon is terug.',
  undoEarlier: 'Nog eens Ongedaan maken zet terug wat daarvoor is verwijderd.',
  undo: 'Ongedaan maken',
  templateFull: 'Een sjabloon bevat hoogstens {max} tekens: wat daar voorbij ging is weggelaten.',
  discardDraft:
    'Dit sjabloon bewerken in plaats van het sjabloon dat je aan het schrijven bent? Wat je typte gaat verloren.',
  correctionRemoved: 'De correctie is verwijderd: Selge toont bij dat bericht weer zijn eigen oordeel.',
  correctionRestored: 'De correctie is terug.',
  trustedRemoved: 'Selge vertrouwt die persoon niet meer.',
  trustedRestored: 'Die persoon wordt weer vertrouwd.',
  templates: 'Mijn antwoordsjablonen',
  templatesHint:
    'Invulvelden: {firstName}, {theirOffer}, {myName}, {team}. Ze verschijnen in de antwoordstudio naast de ingebouwde.',
  intent: 'Soort',
  templateLang: 'Taal',
  templateText: 'Tekst',
  preview: 'Voorbeeld',
  add: 'Sjabloon toevoegen',
  update: 'Wijzigingen opslaan',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  cancel: 'Annuleren',
  noTemplates: 'Nog geen eigen sjablonen.',
  exportTitle: 'Exporteren en importeren',
  export: 'Sjablonen exporteren',
  import: 'Sjablonen importeren (JSON)',
  imported: { one: '{n} sjabloon geïmporteerd.', other: '{n} sjablonen geïmporteerd.' },
  importUnchanged: {
    one: 'Er is niets veranderd: het bestand bevat het ene sjabloon dat je al had, precies zo.',
    other: 'Er is niets veranderd: het bestand bevat {n} sjablonen die je al had, precies zo.',
  },
  teamSlot:
    '{slot} wordt “{team}”, naar hoe je werkt bij “Over mij” (alleen, een klein team of een bedrijf).',
  importFailed: 'Er is niets geïmporteerd: {problem}.',
  importReplaced: {
    one: '{n} daarvan verving een sjabloon dat je al had en dat anders luidde; er stond:',
    other: '{n} daarvan vervingen sjablonen die je al had en die anders luidden; er stond:',
  },
  importNow: 'Nu:',
  importProblems: {
    'empty-file': 'het bestand is leeg',
    'too-large': 'het bestand is groter dan 2 MB, veel meer dan een sjablonenbestand',
    'not-json':
      'dit is geen sjablonenbestand van Selge (kies een bestand gemaakt met "Sjablonen exporteren")',
    'not-templates':
      'dit is geen sjablonenbestand van Selge (kies een bestand gemaakt met "Sjablonen exporteren")',
    'other-version':
      'het bestand is gemaakt door een andere versie van Selge (formaat {version}) die deze niet kan lezen',
    'too-many': 'het bestand bevat {count} sjablonen en Selge bewaart er hoogstens {max}',
    'no-text': 'sjabloon {number} in het bestand heeft geen tekst',
    'too-long': 'sjabloon {number} in het bestand is langer dan {max} tekens',
    intent: 'sjabloon {number} in het bestand heeft een soort antwoord die Selge niet kent',
    lang: 'sjabloon {number} in het bestand is in een taal die Selge niet kent (Engels of Nederlands)',
    unreadable: 'sjabloon {number} in het bestand is onleesbaar',
    repeated: 'sjabloon {number} in het bestand is een tweede exemplaar van een eerder sjabloon',
  },
  stats: 'Statistieken (op dit apparaat)',
  statsEmpty:
    'Nog geen statistieken. Ze vullen zich terwijl je gesprekken en uitnodigingen op LinkedIn leest.',
  chartTitle: 'Ontvangen pitches per week',
  chartRow: '{week}: {messages}, {notes}',
  pitchMessageCount: { one: '{n} pitchbericht', other: '{n} pitchberichten' },
  pitchNoteCount: { one: '{n} pitchnotitie', other: '{n} pitchnotities' },
  pitchMessages: 'Pitchberichten',
  pitchNotes: 'Pitchnotities bij uitnodigingen',
  weeksAxis: 'Onderaan: de maandag waarop elke week begint.',
  week: 'Week',
  weekOf: 'Week {week} (vanaf {day})',
  asTable: 'Toon als tabel',
  topPatterns: 'Meest voorkomende patronen in die pitches',
  ownFirst: 'Je eigen eerste berichten: {pitches} van {total} pitchten.',
  danger: 'Je gegevens',
  learned: 'Wat Selge van je leerde',
  learnedIntro:
    'Je correcties en de mensen die je vertrouwt, alleen op dit apparaat. Selge bewaart geen berichttekst: een correctie is een vingerafdruk van het bericht en van zijn sjabloon.',
  checked: {
    one: '{n} oordeel gecontroleerd: {kept} behouden, {corrected} gecorrigeerd: {notPitch} geen pitch, {isPitch} wel een pitch',
    other:
      '{n} oordelen gecontroleerd: {kept} behouden, {corrected} gecorrigeerd: {notPitch} geen pitch, {isPitch} wel een pitch',
  },
  checkedNone:
    'Je hebt nog geen oordeel gecontroleerd. Gebruik “Geen pitch”, “Wel een pitch” of “Klopt” onder een bericht.',
  correctionsTitle: 'Correcties',
  correctionsCount: { one: '{n} correctie', other: '{n} correcties' },
  correctionWhen: 'Wanneer',
  correctionWas: 'Selge zei',
  correctionSet: 'Jij zei',
  correctionsMore: { one: 'en {n} oudere', other: 'en {n} oudere' },
  trustedTitle: 'Vertrouwde personen',
  trustedCount: { one: '{n} vertrouwde persoon', other: '{n} vertrouwde personen' },
  trustedNone: 'Nog niemand. Gebruik “Deze persoon altijd vertrouwen” onder een bericht.',
  trustedPerson: 'Vertrouwde persoon {n}, sinds {date}',
  remove: 'Verwijderen',
  resetLearned: 'Vergeet alle correcties en vertrouwde personen',
  resetLearnedConfirm:
    'Al je correcties en vertrouwde personen vergeten? Selge toont weer zijn eigen oordelen.',
  learnedReset: 'Selge is je correcties en vertrouwde personen vergeten: het toont weer zijn eigen oordelen.',
  learnedExport: 'Correcties en vertrouwde personen exporteren',
  learnedImport: 'Correcties en vertrouwde personen importeren',
  learnedExportHint:
    'Het bestand bevat geen berichttekst, wel het geheim waarmee de vingerafdrukken zijn gemaakt: wie het heeft, kan een gok naar een bericht ertegen toetsen. Houd het voor jezelf.',
  learnedFileProblems: {
    'empty-file': 'Er is niets geïmporteerd: het bestand is leeg.',
    'too-large':
      'Er is niets geïmporteerd: het bestand is groter dan 2 MB, veel meer dan een export van correcties en vertrouwde personen.',
    'not-learned':
      'Er is niets geïmporteerd: dit is geen export van correcties en vertrouwde personen (kies een bestand ' +
      'dat is gemaakt met “Correcties en vertrouwde personen exporteren” of “Sjablonen exporteren”).',
  },
  exportLearnedHint:
    'Het bestand bevat ook je correcties en vertrouwde personen: geen berichttekst, wel het geheim waarmee hun vingerafdrukken zijn gemaakt, dus houd het voor jezelf.',
  learnedImportUnchanged:
    'De correcties en vertrouwde personen in het bestand heeft Selge al: daar is niets veranderd.',
  learnedImportMerged:
    'Correcties in het bestand: {corrections}; vertrouwde personen: {trusted}. Selge heeft ze nu.',
  learnedImportReplaced:
    'Correcties in het bestand: {corrections}; vertrouwde personen: {trusted}. Ze vervangen wat Selge hier had, dat met een ander geheim is gemaakt en er niet mee samen kan.',
  label_ok: 'Geen pitch',
  label_borderline: 'Twijfelgeval',
  label_pitch: 'Een pitch',
  deleteAll: 'Verwijder al mijn gegevens',
  deleteConfirm:
    'Alle instellingen, sjablonen, statistieken, correcties en vertrouwde personen van Selge verwijderen? Dit kan niet ongedaan worden.',
  deleted: 'Alle gegevens van Selge zijn verwijderd.',
  deleteFailed:
    'Niet alle gegevens van Selge konden worden verwijderd ({reason}). Wat nog bewaard is, staat hier; probeer het opnieuw.',
  dismiss: 'Sluiten',
  changedElsewhere: 'Je sjablonen zijn in een ander venster gewijzigd; beide wijzigingen zijn bewaard.',
  newerTemplates:
    'Deze sjablonen zijn opgeslagen door een nieuwere Selge (formaat {format}). Deze toont ze maar ' +
    'verandert ze niet, zodat er op je andere apparaten niets verloren gaat. Werk Selge bij om ' +
    'sjablonen toe te voegen of te bewerken.',
  notices: {
    'corrupt-settings':
      'Een deel van je opgeslagen instellingen was onleesbaar. Selge gebruikt daarvoor de ' +
      'standaardwaarden; de rest staat zoals je het liet. Een kopie van het onleesbare deel is apart ' +
      'bewaard op dit apparaat.',
    'corrupt-templates':
      'Een deel van je opgeslagen sjablonen was onleesbaar. De leesbare staan hieronder; een kopie van de rest is apart bewaard op dit apparaat.',
    'corrupt-stats':
      'Een deel van je statistieken was onleesbaar en is weggelaten. De rest staat hieronder en het tellen gaat door.',
    'corrupt-learned':
      'Je correcties en vertrouwde personen waren onleesbaar en zijn gewist: Selge toont weer zijn eigen oordelen. ' +
      'Je instellingen, sjablonen en statistieken staan zoals je ze liet. Een kopie van de onleesbare gegevens is apart bewaard op dit apparaat.',
  },
};

export const OPTION_STRINGS: Record<UiLang, OptionStrings> = { en: EN, nl: NL };
