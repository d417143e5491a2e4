// POST /forms/comment: a comment on an article. Stored as pending; only comments staff approve
// are ever shown.
import { RATE_LIMITS, commentSchema, formMessages, validate, type Comment } from '@clinic/forms'
import { en } from '#shared/messages/en'

const commentForm: VisitorForm<Comment> = {
  name: 'comment',
  parse: (input) => validate(commentSchema, input),
  async check(comment): Promise<Refusal | null> {
    const article = await getArticle(comment.article).catch(() => undefined)
    // Without an answer (CMS down) the CMS decides; it checks the article too.
    if (article === undefined) return null
    if (!article) return { status: 404, message: formMessages.article, errors: { article: formMessages.article } }
    if (!article.commentsEnabled) return { status: 403, message: en.forms.commentsClosed, errors: {} }
    return null
  },
  limit: RATE_LIMITS.comment,
  cmsPath: '/api/comments/submit',
  fallbackPage: (fields) => (typeof fields.article === 'string' && /^[a-z0-9-]{1,120}$/.test(fields.article) ? `/articles/${fields.article}` : '/articles'),
}

export default defineEventHandler((event) => handleFormPost(event, commentForm))
