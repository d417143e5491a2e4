// POST /forms/comment: a comment on an article. Stored as pending; only comments staff approve
// are ever shown. The article slug is in the visitor's language (`language`, or ?from=/fr/…).
import { RATE_LIMITS, commentSchema, formErrors, validate, type Comment } from '@clinic/forms'
import { entryPath, pagePath } from '#shared/i18n'

const commentForm: VisitorForm<Comment> = {
  name: 'comment',
  parse: (input) => validate(commentSchema, input),
  async check(comment, t, locale): Promise<Refusal | null> {
    const article = await getArticle(comment.article, locale).catch(() => undefined)
    // Without an answer (CMS down) the CMS decides; it checks the article too.
    if (article === undefined) return null
    if (!article) return { status: 404, message: '', errors: { article: formErrors.article } }
    if (!article.commentsEnabled) return { status: 403, message: t.forms.commentsClosed, errors: {} }
    return null
  },
  limit: RATE_LIMITS.comment,
  cmsPath: '/api/comments/submit',
  fallbackPage: (fields) => {
    const locale = fields.language === 'fr' ? 'fr' : 'en'
    return typeof fields.article === 'string' && /^[a-z0-9-]{1,120}$/.test(fields.article) ? entryPath('article', fields.article, locale) : pagePath('articles', locale)
  },
}

export default defineEventHandler((event) => handleFormPost(event, commentForm))
