export default defineEventHandler(() => readContent(() => listApproaches()))
