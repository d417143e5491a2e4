export { createContentClient, DEFAULT_PAGE_SIZE } from './client.js'
export type { ContentClient, ContentClientOptions, GetOptions, ListArticlesOptions, Locale, LocaleOptions } from './client.js'
export { ContentClientError } from './errors.js'
export type { ContentClientErrorKind } from './errors.js'
export { DEFAULT_TIMEOUT_MS } from './request.js'
export { blocksToPlainText, readingMinutes, withImageAlts } from './blocks.js'
export type * from './blocks.js'
export type {
  Approach,
  ApproachSummary,
  ApprovedComment,
  Article,
  ArticleLink,
  ArticlePage,
  ArticleSummary,
  ArticleTeaser,
  Clinic,
  CrisisLine,
  FundingProgram,
  Label,
  Localization,
  Media,
  MediaFormat,
  MediaFormats,
  OpeningHours,
  SearchContent,
  SensitiveTopicKind,
  Seo,
  SocialLink,
  Therapist,
  TherapistSummary,
  Topic,
  TopicRef,
  Weekday,
} from './types.js'
// The typed documents, for apps that want to run an operation through their own GraphQL client.
export * as operations from './generated/graphql.js'
