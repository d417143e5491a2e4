export default defineEventHandler(() => readContent(() => getClinic()))
