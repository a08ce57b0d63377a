/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How much of an event's date is known. */
export type DatePrecision =
  /** The day is known (startDate). */
  | 'DAY'
  /** Only the month is known: startDate is its first day; the day is to be announced. */
  | 'MONTH'
  /** Only the year is known: startDate is 1 January; the date is to be announced. */
  | 'YEAR';

/** An authority's application to take part in the Alliance. */
export type MembershipApplicationInput = {
  authorityName: string;
  /** Must be true: the applicant agrees that the Alliance processes these data to handle the application. */
  consent: boolean;
  contactName: string;
  contactRole?: string | null | undefined;
  country: string;
  email: string;
  /** Render as a hidden, empty input: humans leave it empty, robots fill it in. */
  honeypot?: string | null | undefined;
  /** A random value (16 to 100 letters, digits, - or _) the form generates once per application: sending it again returns the application already stored instead of storing a second one. */
  idempotencyKey: string;
  kind: string;
  language: string;
  motivation: string;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

/** An enumeration. */
export type PracticeStatus =
  | 'DEMONSTRATED'
  | 'PROMISING'
  | 'REPLICATED';

/** An enumeration. */
export type ThemeCode =
  | 'ANTI_GYPSYISM'
  | 'CULTURE_REMEMBRANCE'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'POLITICAL_PARTICIPATION'
  | 'WOMEN_YOUTH';

export type ApplyForMembershipMutationVariables = Exact<{
  input: MembershipApplicationInput;
}>;


export type ApplyForMembershipMutation = { applyForMembership: { ok: boolean, reference: string | null, errors: Array<{ field: string, messages: Array<string> }> } | null };

export type PictureFragment = { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null };

type PageLink_EventIndexPage_Fragment = { __typename: 'EventIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_EventPage_Fragment = { __typename: 'EventPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_GoodPracticeIndexPage_Fragment = { __typename: 'GoodPracticeIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_GoodPracticePage_Fragment = { __typename: 'GoodPracticePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_HomePage_Fragment = { __typename: 'HomePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_NewsIndexPage_Fragment = { __typename: 'NewsIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_NewsPage_Fragment = { __typename: 'NewsPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_RemembrancePage_Fragment = { __typename: 'RemembrancePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_StandardPage_Fragment = { __typename: 'StandardPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

type PageLink_StrategyDocumentPage_Fragment = { __typename: 'StrategyDocumentPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } };

export type PageLinkFragment =
  | PageLink_EventIndexPage_Fragment
  | PageLink_EventPage_Fragment
  | PageLink_GoodPracticeIndexPage_Fragment
  | PageLink_GoodPracticePage_Fragment
  | PageLink_HomePage_Fragment
  | PageLink_NewsIndexPage_Fragment
  | PageLink_NewsPage_Fragment
  | PageLink_RemembrancePage_Fragment
  | PageLink_StandardPage_Fragment
  | PageLink_StrategyDocumentPage_Fragment
;

type Alternates_EventIndexPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_EventPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_GoodPracticeIndexPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_GoodPracticePage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_HomePage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_NewsIndexPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_NewsPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_RemembrancePage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_StandardPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

type Alternates_StrategyDocumentPage_Fragment = { url: string | null, translations: Array<
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
    | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
  > };

export type AlternatesFragment =
  | Alternates_EventIndexPage_Fragment
  | Alternates_EventPage_Fragment
  | Alternates_GoodPracticeIndexPage_Fragment
  | Alternates_GoodPracticePage_Fragment
  | Alternates_HomePage_Fragment
  | Alternates_NewsIndexPage_Fragment
  | Alternates_NewsPage_Fragment
  | Alternates_RemembrancePage_Fragment
  | Alternates_StandardPage_Fragment
  | Alternates_StrategyDocumentPage_Fragment
;

type Body_DocumentLinkBlock_Fragment = { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null };

type Body_FigureBlock_Fragment = { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null };

type Body_HeadingBlock_Fragment = { __typename: 'HeadingBlock', id: string, text: string, level: string };

type Body_ParagraphBlock_Fragment = { __typename: 'ParagraphBlock', id: string, html: string };

type Body_QuoteBlock_Fragment = { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null };

export type BodyFragment =
  | Body_DocumentLinkBlock_Fragment
  | Body_FigureBlock_Fragment
  | Body_HeadingBlock_Fragment
  | Body_ParagraphBlock_Fragment
  | Body_QuoteBlock_Fragment
;

export type DocumentFileFragment = { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null };

export type HomeQueryVariables = Exact<{
  locale: string;
}>;


export type HomeQuery = { page:
    | { __typename: 'EventIndexPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'EventPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'GoodPracticeIndexPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'GoodPracticePage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'HomePage', heroTitle: string, heroText: string, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, heroImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, keyFigures: Array<{ id: string, value: string, label: string, computed: boolean, asOf: string | null, source: string | null }>, featured: Array<
        | { __typename: 'EventIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'EventPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticeIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'HomePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'RemembrancePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StandardPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StrategyDocumentPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      >, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'NewsIndexPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'NewsPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'RemembrancePage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'StandardPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'StrategyDocumentPage', seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
   | null, news: { items: Array<{ __typename: 'NewsPage', intro: string | null, date: string, id: string, title: string, urlPath: string, isFallback: boolean, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, locale: { languageCode: string } }> }, events: { items: Array<{ __typename: 'EventPage', startDate: string, datePrecision: DatePrecision, endDate: string | null, city: string, id: string, title: string, urlPath: string, isFallback: boolean, country: { name: string } | null, locale: { languageCode: string } }> } };

export type NewsListQueryVariables = Exact<{
  locale: string;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NewsListQuery = { news: { totalCount: number, items: Array<{ __typename: 'NewsPage', intro: string | null, date: string, tags: Array<string>, id: string, title: string, urlPath: string, isFallback: boolean, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, locale: { languageCode: string } }> } };

export type RemembrancesQueryVariables = Exact<{
  locale: string;
}>;


export type RemembrancesQuery = { remembrances: { items: Array<{ __typename: 'RemembrancePage', intro: string | null, commemorationDate: string, place: string, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }> } };

export type EventsQueryVariables = Exact<{
  locale: string;
  upcoming?: boolean | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, items: Array<{ __typename: 'EventPage', intro: string | null, startDate: string, datePrecision: DatePrecision, endDate: string | null, allDay: boolean, city: string, id: string, title: string, urlPath: string, isFallback: boolean, country: { name: string } | null, locale: { languageCode: string } }> } };

export type GoodPracticesQueryVariables = Exact<{
  locale: string;
  themes?: Array<ThemeCode> | ThemeCode | null | undefined;
  country?: string | null | undefined;
  status?: PracticeStatus | null | undefined;
  limit?: number | null | undefined;
}>;


export type GoodPracticesQuery = { goodPractices: { totalCount: number, facets: { themes: Array<{ value: ThemeCode, label: string, count: number }>, countries: Array<{ code: string, name: string, count: number }>, statuses: Array<{ value: string, label: string, count: number }> }, items: Array<{ __typename: 'GoodPracticePage', intro: string | null, cityOrRegion: string, status: string, id: string, title: string, urlPath: string, isFallback: boolean, country: { code: string, name: string }, themes: Array<{ code: string, label: string }>, locale: { languageCode: string } }> } };

export type StrategyDocumentsQueryVariables = Exact<{
  locale: string;
}>;


export type StrategyDocumentsQuery = { strategyDocuments: { items: Array<{ __typename: 'StrategyDocumentPage', intro: string | null, periodStart: number, periodEnd: number, id: string, title: string, urlPath: string, isFallback: boolean, attachments: Array<{ language: string, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } }>, locale: { languageCode: string } }> } };

export type DocumentsQueryVariables = Exact<{
  locale: string;
  limit?: number | null | undefined;
}>;


export type DocumentsQuery = { documents: { totalCount: number, items: Array<{ description: string | null, createdAt: string, id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null }> } };

export type MembersQueryVariables = Exact<{
  locale: string;
  offset?: number | null | undefined;
}>;


export type MembersQuery = { membersGeoJson: unknown, members: { totalCount: number, items: Array<{ id: string, name: string, kind: string, joinedOn: string | null, declarationSignedOn: string | null, profile: string, website: string, country: { code: string, name: string }, linkedPages: Array<
        | { __typename: 'EventIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticeIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'RemembrancePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StandardPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StrategyDocumentPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      > }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  locale: string;
}>;


export type SearchQuery = { search: { totalCount: number, items: Array<
      | { __typename: 'EventIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'EventPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'GoodPracticeIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'GoodPracticePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'HomePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'NewsIndexPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'NewsPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'RemembrancePage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'StandardPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      | { __typename: 'StrategyDocumentPage', intro: string | null, id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
    > } };

export type AllPagesQueryVariables = Exact<{
  locale: string;
  offset?: number | null | undefined;
}>;


export type AllPagesQuery = { pages: { totalCount: number, items: Array<
      | { __typename: 'EventIndexPage', urlPath: string }
      | { __typename: 'EventPage', urlPath: string }
      | { __typename: 'GoodPracticeIndexPage', urlPath: string }
      | { __typename: 'GoodPracticePage', urlPath: string }
      | { __typename: 'HomePage', urlPath: string }
      | { __typename: 'NewsIndexPage', urlPath: string }
      | { __typename: 'NewsPage', urlPath: string }
      | { __typename: 'RemembrancePage', urlPath: string }
      | { __typename: 'StandardPage', urlPath: string }
      | { __typename: 'StrategyDocumentPage', urlPath: string }
    > } };

export type TranslationProgressQueryVariables = Exact<{
  locale: string;
}>;


export type TranslationProgressQuery = { translationReport: { totalCount: number, counts: { missing: number, inProgress: number, translated: number, awaitingReview: number, outdated: number, upToDate: number } } };

export type PageByPathQueryVariables = Exact<{
  path: string;
  locale: string;
}>;


export type PageByPathQuery = { page:
    | { __typename: 'EventIndexPage', intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'EventPage', startDate: string, datePrecision: DatePrecision, startTime: string | null, endDate: string | null, endTime: string | null, timeZone: string, allDay: boolean, place: string, city: string, onlineUrl: string, registrationUrl: string, organiser: string, intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, eventCountry: { name: string } | null, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'GoodPracticeIndexPage', intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'GoodPracticePage', cityOrRegion: string, status: string, level: string, periodStart: number, dostaPrizeYear: number | null, results: string, intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, practicePeriodEnd: number | null, country: { code: string, name: string }, themes: Array<{ code: string, label: string }>, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, partners: Array<{ id: string, name: string, url: string | null }>, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'HomePage', intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'NewsIndexPage', intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'NewsPage', date: string, tags: Array<string>, intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, relatedPages: Array<
        | { __typename: 'EventIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticeIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'RemembrancePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StandardPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StrategyDocumentPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      >, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'RemembrancePage', commemorationDate: string, year: number, place: string, intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, speakers: Array<{ id: string, name: string, role: string | null, quote: string | null, photo: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }>, relatedNews: Array<
        | { __typename: 'EventIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'EventPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticeIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'GoodPracticePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'HomePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsIndexPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'NewsPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'RemembrancePage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StandardPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
        | { __typename: 'StrategyDocumentPage', id: string, title: string, urlPath: string, isFallback: boolean, locale: { languageCode: string } }
      >, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'StandardPage', intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, mainImage: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
    | { __typename: 'StrategyDocumentPage', periodStart: number, periodEnd: number, summary: string, intro: string | null, seoTitle: string, searchDescription: string | null, id: string, title: string, urlPath: string, isFallback: boolean, url: string | null, actionLines: Array<{ id: string, number: string, title: string, description: string, measures: Array<string> }>, attachments: Array<{ language: string, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } }>, body: Array<
        | { __typename: 'DocumentLinkBlock', id: string, title: string | null, document: { id: string, title: string, url: string, filename: string, fileSize: number | null, fileType: string | null, language: string | null } | null }
        | { __typename: 'FigureBlock', id: string, caption: string | null, credit: string | null, image: { altText: string | null, width: number, height: number, srcset: string, rendition: { url: string, width: number, height: number } | null } | null }
        | { __typename: 'HeadingBlock', id: string, text: string, level: string }
        | { __typename: 'ParagraphBlock', id: string, html: string }
        | { __typename: 'QuoteBlock', id: string, quote: string, attribution: string | null, role: string | null }
      >, requestedLocale: { languageCode: string } | null, ancestors: Array<
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
        | { title: string, urlPath: string }
      >, locale: { languageCode: string }, translations: Array<
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
        | { url: string | null, urlPath: string, locale: { languageCode: string, name: string } }
      > }
   | null };

export type SiteQueryVariables = Exact<{
  locale: string;
}>;


export type SiteQuery = { siteSettings: { siteName: string, locales: Array<{ languageCode: string, name: string }>, contact: { organisation: string, contactName: string, contactRole: string, address: string, phone: string, email: string, participationFormUrl: string, contacts: Array<{ purpose: string, organisation: string, unit: string, phone: string, fax: string, email: string }> }, socialMedia: { facebookUrl: string, xUrl: string, rssUrl: string } }, navigation: Array<{ title: string, urlPath: string, page:
      | { __typename: 'EventIndexPage' }
      | { __typename: 'EventPage' }
      | { __typename: 'GoodPracticeIndexPage' }
      | { __typename: 'GoodPracticePage' }
      | { __typename: 'HomePage' }
      | { __typename: 'NewsIndexPage' }
      | { __typename: 'NewsPage' }
      | { __typename: 'RemembrancePage' }
      | { __typename: 'StandardPage' }
      | { __typename: 'StrategyDocumentPage' }
     }>, terminologyNotes: Array<{ id: string, term: string, definition: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageLinkFragmentDoc = new TypedDocumentString(`
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}
    `, {"fragmentName":"PageLink"}) as unknown as TypedDocumentString<PageLinkFragment, unknown>;
export const AlternatesFragmentDoc = new TypedDocumentString(`
    fragment Alternates on Page {
  url
  translations {
    url
    urlPath
    locale {
      languageCode
      name
    }
  }
}
    `, {"fragmentName":"Alternates"}) as unknown as TypedDocumentString<AlternatesFragment, unknown>;
export const PictureFragmentDoc = new TypedDocumentString(`
    fragment Picture on Image {
  altText
  width
  height
  srcset
  rendition(filter: "width-800") {
    url
    width
    height
  }
}
    `, {"fragmentName":"Picture"}) as unknown as TypedDocumentString<PictureFragment, unknown>;
export const DocumentFileFragmentDoc = new TypedDocumentString(`
    fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}
    `, {"fragmentName":"DocumentFile"}) as unknown as TypedDocumentString<DocumentFileFragment, unknown>;
export const BodyFragmentDoc = new TypedDocumentString(`
    fragment Body on BodyBlock {
  __typename
  ... on HeadingBlock {
    id
    text
    level
  }
  ... on ParagraphBlock {
    id
    html
  }
  ... on QuoteBlock {
    id
    quote
    attribution
    role
  }
  ... on FigureBlock {
    id
    caption
    credit
    image {
      ...Picture
    }
  }
  ... on DocumentLinkBlock {
    id
    title
    document {
      ...DocumentFile
    }
  }
}
    fragment Picture on Image {
  altText
  width
  height
  srcset
  rendition(filter: "width-800") {
    url
    width
    height
  }
}
fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}`, {"fragmentName":"Body"}) as unknown as TypedDocumentString<BodyFragment, unknown>;
export const ApplyForMembershipDocument = new TypedDocumentString(`
    mutation ApplyForMembership($input: MembershipApplicationInput!) {
  applyForMembership(input: $input) {
    ok
    reference
    errors {
      field
      messages
    }
  }
}
    `, {"hash":"sha256:82587724342abc0f8bf0f05a4d261672428a327212cc0b1a38b3dd5434a26c84"}) as unknown as TypedDocumentString<ApplyForMembershipMutation, ApplyForMembershipMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($locale: String!) {
  page(urlPath: "/", locale: $locale, fallback: true) {
    ...PageLink
    ...Alternates
    seoTitle
    searchDescription
    ... on HomePage {
      heroTitle
      heroText
      heroImage {
        ...Picture
      }
      keyFigures {
        id
        value
        label
        computed
        asOf
        source
      }
      featured {
        ...PageLink
        intro
      }
      body {
        ...Body
      }
    }
  }
  news(locale: $locale, fallback: true, limit: 3) {
    items {
      ...PageLink
      intro
      date
      mainImage {
        ...Picture
      }
    }
  }
  events(locale: $locale, fallback: true, upcoming: true, limit: 3) {
    items {
      ...PageLink
      startDate
      datePrecision
      endDate
      city
      country {
        name
      }
    }
  }
}
    fragment Picture on Image {
  altText
  width
  height
  srcset
  rendition(filter: "width-800") {
    url
    width
    height
  }
}
fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}
fragment Alternates on Page {
  url
  translations {
    url
    urlPath
    locale {
      languageCode
      name
    }
  }
}
fragment Body on BodyBlock {
  __typename
  ... on HeadingBlock {
    id
    text
    level
  }
  ... on ParagraphBlock {
    id
    html
  }
  ... on QuoteBlock {
    id
    quote
    attribution
    role
  }
  ... on FigureBlock {
    id
    caption
    credit
    image {
      ...Picture
    }
  }
  ... on DocumentLinkBlock {
    id
    title
    document {
      ...DocumentFile
    }
  }
}
fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}`, {"hash":"sha256:1c9c117f40a8bfff360f68f4df7fecc3178c4d65eb031901f2a72115b49e44d1"}) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($locale: String!, $limit: Int = 12, $offset: Int = 0) {
  news(locale: $locale, fallback: true, limit: $limit, offset: $offset) {
    totalCount
    items {
      ...PageLink
      intro
      date
      tags
      mainImage {
        ...Picture
      }
    }
  }
}
    fragment Picture on Image {
  altText
  width
  height
  srcset
  rendition(filter: "width-800") {
    url
    width
    height
  }
}
fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:a99781e6577c80e619ad2807ff0f4a3dd43e032cdc67f8d09616f1c8be71924d"}) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const RemembrancesDocument = new TypedDocumentString(`
    query Remembrances($locale: String!) {
  remembrances(locale: $locale, fallback: true, limit: 50) {
    items {
      ...PageLink
      intro
      commemorationDate
      place
    }
  }
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:4e1573de4556477089fc4315436d00d0242399b58b8a834f386e64422656d875"}) as unknown as TypedDocumentString<RemembrancesQuery, RemembrancesQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($locale: String!, $upcoming: Boolean) {
  events(locale: $locale, fallback: true, upcoming: $upcoming, limit: 100) {
    totalCount
    items {
      ...PageLink
      intro
      startDate
      datePrecision
      endDate
      allDay
      city
      country {
        name
      }
    }
  }
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:91bd78d7403125c9c1f32705640fbe84414c9a8983cbc1d3d0c935c628ff1eb8"}) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const GoodPracticesDocument = new TypedDocumentString(`
    query GoodPractices($locale: String!, $themes: [ThemeCode!], $country: String, $status: PracticeStatus, $limit: Int = 100) {
  goodPractices(
    locale: $locale
    fallback: true
    themes: $themes
    country: $country
    status: $status
    limit: $limit
  ) {
    totalCount
    facets {
      themes {
        value
        label
        count
      }
      countries {
        code
        name
        count
      }
      statuses {
        value
        label
        count
      }
    }
    items {
      ...PageLink
      intro
      cityOrRegion
      status
      country {
        code
        name
      }
      themes {
        code
        label
      }
    }
  }
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:ca60743c7ca33b60f6e66ffe98e5483483c309b8adc6940a3ad0e4db0c83eec2"}) as unknown as TypedDocumentString<GoodPracticesQuery, GoodPracticesQueryVariables>;
export const StrategyDocumentsDocument = new TypedDocumentString(`
    query StrategyDocuments($locale: String!) {
  strategyDocuments(locale: $locale, fallback: true) {
    items {
      ...PageLink
      intro
      periodStart
      periodEnd
      attachments {
        language
        document {
          ...DocumentFile
        }
      }
    }
  }
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}
fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}`, {"hash":"sha256:2e1d4a5aa1f797a0251c1d6357784a366fd4e25c825249833e9fe63b282865b0"}) as unknown as TypedDocumentString<StrategyDocumentsQuery, StrategyDocumentsQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($locale: String!, $limit: Int = 50) {
  documents(locale: $locale, limit: $limit) {
    totalCount
    items {
      ...DocumentFile
      description
      createdAt
    }
  }
}
    fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}`, {"hash":"sha256:daffc95dcd64200cd70b6d0ad2225da4bfd00c25b617a67cf38271a4d0291f31"}) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($locale: String!, $offset: Int = 0) {
  members(locale: $locale, fallback: true, limit: 100, offset: $offset) {
    totalCount
    items {
      id
      name
      kind
      joinedOn
      declarationSignedOn
      profile
      website
      country {
        code
        name
      }
      linkedPages {
        ...PageLink
      }
    }
  }
  membersGeoJson(locale: $locale, fallback: true)
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:c54e9641fe2230cd58a8f69e4bf7ea25ea11af90c910db5c9f4afc43f9c4a0ec"}) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $locale: String!) {
  search(query: $query, locale: $locale, fallback: true, limit: 20) {
    totalCount
    items {
      ...PageLink
      intro
    }
  }
}
    fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}`, {"hash":"sha256:994dc19270f5f52b1bdce7c66d3042c2e66c86a4b66f164b5cf9541a5655dd18"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const AllPagesDocument = new TypedDocumentString(`
    query AllPages($locale: String!, $offset: Int = 0) {
  pages(locale: $locale, fallback: true, limit: 100, offset: $offset) {
    totalCount
    items {
      __typename
      urlPath
    }
  }
}
    `, {"hash":"sha256:c5745d1d570508b10ecc24ad6b85133bec08e6a46cb73d2b3828c193a450b620"}) as unknown as TypedDocumentString<AllPagesQuery, AllPagesQueryVariables>;
export const TranslationProgressDocument = new TypedDocumentString(`
    query TranslationProgress($locale: String!) {
  translationReport(locale: $locale, limit: 1) {
    totalCount
    counts {
      missing
      inProgress
      translated
      awaitingReview
      outdated
      upToDate
    }
  }
}
    `, {"hash":"sha256:91674114a65e806c03d8bdddf27bfb68440e9527d7b8a3fdd492dc6dc0d4394c"}) as unknown as TypedDocumentString<TranslationProgressQuery, TranslationProgressQueryVariables>;
export const PageByPathDocument = new TypedDocumentString(`
    query PageByPath($path: String!, $locale: String!) {
  page(urlPath: $path, locale: $locale, fallback: true) {
    ...PageLink
    ...Alternates
    intro
    seoTitle
    searchDescription
    requestedLocale {
      languageCode
    }
    ancestors {
      title
      urlPath
    }
    ... on StandardPage {
      mainImage {
        ...Picture
      }
      body {
        ...Body
      }
    }
    ... on NewsPage {
      date
      tags
      mainImage {
        ...Picture
      }
      body {
        ...Body
      }
      relatedPages {
        ...PageLink
      }
    }
    ... on RemembrancePage {
      commemorationDate
      year
      place
      mainImage {
        ...Picture
      }
      body {
        ...Body
      }
      speakers {
        id
        name
        role
        quote
        photo {
          ...Picture
        }
      }
      relatedNews {
        ...PageLink
      }
    }
    ... on EventPage {
      startDate
      datePrecision
      startTime
      endDate
      endTime
      timeZone
      allDay
      place
      city
      eventCountry: country {
        name
      }
      onlineUrl
      registrationUrl
      organiser
      mainImage {
        ...Picture
      }
      body {
        ...Body
      }
    }
    ... on GoodPracticePage {
      cityOrRegion
      country {
        code
        name
      }
      themes {
        code
        label
      }
      status
      level
      periodStart
      practicePeriodEnd: periodEnd
      dostaPrizeYear
      results
      mainImage {
        ...Picture
      }
      body {
        ...Body
      }
      partners {
        id
        name
        url
      }
    }
    ... on StrategyDocumentPage {
      periodStart
      periodEnd
      summary
      actionLines {
        id
        number
        title
        description
        measures
      }
      attachments {
        language
        document {
          ...DocumentFile
        }
      }
      body {
        ...Body
      }
    }
  }
}
    fragment Picture on Image {
  altText
  width
  height
  srcset
  rendition(filter: "width-800") {
    url
    width
    height
  }
}
fragment PageLink on Page {
  __typename
  id
  title
  urlPath
  isFallback
  locale {
    languageCode
  }
}
fragment Alternates on Page {
  url
  translations {
    url
    urlPath
    locale {
      languageCode
      name
    }
  }
}
fragment Body on BodyBlock {
  __typename
  ... on HeadingBlock {
    id
    text
    level
  }
  ... on ParagraphBlock {
    id
    html
  }
  ... on QuoteBlock {
    id
    quote
    attribution
    role
  }
  ... on FigureBlock {
    id
    caption
    credit
    image {
      ...Picture
    }
  }
  ... on DocumentLinkBlock {
    id
    title
    document {
      ...DocumentFile
    }
  }
}
fragment DocumentFile on Document {
  id
  title
  url
  filename
  fileSize
  fileType
  language
}`, {"hash":"sha256:d560422d7a66d746cba4ff3efd923defc8a9c5727de18d37de9f69ad527e6c04"}) as unknown as TypedDocumentString<PageByPathQuery, PageByPathQueryVariables>;
export const SiteDocument = new TypedDocumentString(`
    query Site($locale: String!) {
  siteSettings(locale: $locale) {
    siteName
    locales {
      languageCode
      name
    }
    contact {
      organisation
      contactName
      contactRole
      address
      phone
      email
      participationFormUrl
      contacts {
        purpose
        organisation
        unit
        phone
        fax
        email
      }
    }
    socialMedia {
      facebookUrl
      xUrl
      rssUrl
    }
  }
  navigation(locale: $locale, depth: 1) {
    title
    urlPath
    page {
      __typename
    }
  }
  terminologyNotes(locale: $locale, fallback: true) {
    id
    term
    definition
  }
}
    `, {"hash":"sha256:5cd6438948b6fb7d7788e21e5f218453b7039fb50a8b540160eeeeb1ce93e3e1"}) as unknown as TypedDocumentString<SiteQuery, SiteQueryVariables>;