export default defineEventHandler(() => readContent(() => listTherapists()))
