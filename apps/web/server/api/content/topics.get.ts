export default defineEventHandler(() => readContent(() => listTopics()))
