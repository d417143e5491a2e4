// GET /api/preview/<documentId>: the English preview of one document (server/utils/preview-page.ts).
export default defineEventHandler((event) => showPreviewSession(event, 'en'))
