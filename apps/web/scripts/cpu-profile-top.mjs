#!/usr/bin/env node
// `node scripts/cpu-profile-top.mjs FILE.cpuprofile [N]`: the N (default 25) functions with the most
// self time in a V8 CPU profile (`node --cpu-prof`), with their share of the sampled time.
import { readFileSync } from 'node:fs'
import { pad } from './bench-table.mjs'

const [file, count = '25'] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/cpu-profile-top.mjs FILE.cpuprofile [N]')
  process.exit(1)
}
const profile = JSON.parse(readFileSync(file, 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const selfMicros = new Map()
const deltas = profile.timeDeltas
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index]
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[index + 1] ?? 0))
}
const byFunction = new Map()
let total = 0
for (const [id, micros] of selfMicros) {
  const { callFrame } = nodes.get(id)
  const where = callFrame.url ? `${callFrame.url.replace(/^.*\/(node_modules|\.output|apps|packages)\//, '$1/')}:${callFrame.lineNumber + 1}` : ''
  const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim()
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
  total += micros
}
const idle = byFunction.get('(idle)') ?? 0
const busy = total - idle
console.log(`${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (not idle)`)
const top = [...byFunction].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, Number(count))
console.log(pad([['self ms', '% of busy', 'function'], ...top.map(([key, micros]) => [(micros / 1000).toFixed(1), `${((micros / busy) * 100).toFixed(1)}%`, key])]))
