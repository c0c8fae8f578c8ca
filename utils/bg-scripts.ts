/** Background wiring for context menu 'save selection as a script', in-page shortcut expansion (issue 7). Called synchronously at worker start. */
export function startScriptsBackground(): void {}
