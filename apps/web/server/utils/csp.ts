/** A Content-Security-Policy with its frame-ancestors directive replaced (or added). */
export function withFrameAncestors(csp: string, sources: string[]): string {
  const directives = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^frame-ancestors\b/i.test(directive))
  return [...directives, `frame-ancestors ${sources.join(' ')}`].join('; ')
}
