/**
 * The frame's own words (everything else comes from the CMS). A language the CMS adds without a
 * line here gets the English words.
 */
const TEXTS = {
  en: {
    home: "Home",
    news: "News",
    remembrance: "Remembrance",
    events: "Events",
    practices: "Good practices",
    documents: "Strategy documents",
    members: "Members",
    apply: "Join the Alliance",
    contact: "Contact",
    search: "Search",
    glossary: "Terminology",
    languages: "Languages",
    readMore: "Read more",
    fallback: "This page is not yet available in your language; here it is in",
    fallbackShort: "in",
    allNews: "All news",
    upcoming: "Upcoming events",
    calendar: "Add the events to your calendar (.ics)",
    filters: "Filter",
    theme: "Theme",
    country: "Country",
    status: "Status",
    any: "Any",
    results: "results",
    download: "Download",
    attachments: "Documents",
    actionLines: "Action lines",
    period: "Period",
    speakers: "Speakers",
    related: "Related",
    tags: "Keywords",
    where: "Where",
    when: "When",
    register: "Register",
    online: "Online",
    organiser: "Organiser",
    partners: "Partners",
    achievements: "Results",
    prize: "Dosta! Congress Prize",
    membersCount: "members",
    joined: "joined",
    declarationSigned: "signed the Declaration against anti-Gypsyism on",
    memberPages: "Good practices and events",
    otherContacts: "Other contacts",
    fax: "Fax",
    mapNote: "Each point is a member city or region.",
    searchPlaceholder: "Search the site",
    noResults: "Nothing found.",
    notFound: "Page not found",
    notFoundText: "This page does not exist, or is no longer published.",
    backHome: "Back to the home page",
    translated: "translated",
    toBeAnnounced: "date to be announced",
    asOf: "member registry, as of",
    source: "source",
    form: {
      authorityName: "City or region",
      kind: "Kind",
      city: "City",
      region: "Region",
      country: "Country (ISO code, e.g. FR)",
      contactName: "Your name",
      contactRole: "Your role",
      email: "E-mail",
      phone: "Phone",
      website: "Website",
      motivation: "Why does your authority want to join? (20 to 5,000 characters)",
      consent: "I agree that the Alliance's secretariat stores these details to answer this application.",
      submit: "Send the application",
      sent: "Thank you. Your application was received; its reference is",
      failed: "The application could not be sent:",
    },
  },
  fr: {
    home: "Accueil",
    news: "Actualités",
    remembrance: "Commémoration",
    events: "Événements",
    practices: "Bonnes pratiques",
    documents: "Documents stratégiques",
    members: "Membres",
    apply: "Rejoindre l'Alliance",
    contact: "Contact",
    search: "Recherche",
    glossary: "Terminologie",
    languages: "Langues",
    readMore: "Lire la suite",
    fallback: "Cette page n'est pas encore disponible dans votre langue ; la voici en",
    fallbackShort: "en",
    allNews: "Toutes les actualités",
    upcoming: "Prochains événements",
    calendar: "Ajouter les événements à votre agenda (.ics)",
    filters: "Filtrer",
    theme: "Thème",
    country: "Pays",
    status: "Statut",
    any: "Tous",
    results: "résultats",
    download: "Télécharger",
    attachments: "Documents",
    actionLines: "Lignes d'action",
    period: "Période",
    speakers: "Intervenants",
    related: "Voir aussi",
    tags: "Mots-clés",
    where: "Lieu",
    when: "Date",
    register: "S'inscrire",
    online: "En ligne",
    organiser: "Organisateur",
    partners: "Partenaires",
    achievements: "Résultats",
    prize: "Prix Dosta! du Congrès",
    membersCount: "membres",
    joined: "membre depuis",
    declarationSigned: "a signé la Déclaration contre l'antitsiganisme le",
    memberPages: "Bonnes pratiques et événements",
    otherContacts: "Autres contacts",
    fax: "Fax",
    mapNote: "Chaque point est une ville ou une région membre.",
    searchPlaceholder: "Rechercher sur le site",
    noResults: "Aucun résultat.",
    notFound: "Page introuvable",
    notFoundText: "Cette page n'existe pas, ou n'est plus publiée.",
    backHome: "Retour à l'accueil",
    translated: "traduit",
    toBeAnnounced: "date à annoncer",
    asOf: "registre des membres, au",
    source: "source",
    form: {
      authorityName: "Ville ou région",
      kind: "Type",
      city: "Ville",
      region: "Région",
      country: "Pays (code ISO, p. ex. FR)",
      contactName: "Votre nom",
      contactRole: "Votre fonction",
      email: "Courriel",
      phone: "Téléphone",
      website: "Site web",
      motivation: "Pourquoi votre collectivité souhaite-t-elle adhérer ? (20 à 5 000 caractères)",
      consent: "J'accepte que le secrétariat de l'Alliance conserve ces informations pour répondre à cette demande.",
      submit: "Envoyer la demande",
      sent: "Merci. Votre demande a été reçue ; sa référence est",
      failed: "La demande n'a pas pu être envoyée :",
    },
  },
};

export type Texts = (typeof TEXTS)["en"];

export function texts(languageCode: string): Texts {
  return (TEXTS as Record<string, Texts>)[languageCode] ?? TEXTS.en;
}

/** The partner site's own routes, per language (they are not CMS pages). */
export const ROUTES = ["remembrance", "documents", "members", "apply", "contact", "search", "glossary"] as const;

/** A date of the API (YYYY-MM-DD) as the language writes it. */
export function formatDate(languageCode: string, value: string | null | undefined): string {
  if (!value) return "";
  const [year, month, day] = value.split("-").map(Number);
  return new Intl.DateTimeFormat(languageCode, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An event's date as the language writes it: "14 October 2013", or "November 2031, date to be
announced" when only its month (or year) is known. */
export function formatEventDate(languageCode: string, value: string, precision: "DAY" | "MONTH" | "YEAR"): string {
  if (precision === "DAY") return formatDate(languageCode, value);
  const [year, month] = value.split("-").map(Number);
  const period =
    precision === "YEAR"
      ? String(year)
      : new Intl.DateTimeFormat(languageCode, { month: "long", year: "numeric", timeZone: "UTC" }).format(
          new Date(Date.UTC(year, month - 1, 1)),
        );
  return `${period}, ${texts(languageCode).toBeAnnounced}`;
}
