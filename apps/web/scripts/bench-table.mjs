// Small helpers the bench scripts share: a plain-text table, a few statistics, a signed notice.
// The notice signer is the e2e tests' own (Node strips the types of that TypeScript helper).
export { sendNotice } from '../test/e2e/stack.ts'

/** Rows (arrays of cells) as columns padded to the widest cell. */
export function pad(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')).join('\n')
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
}
