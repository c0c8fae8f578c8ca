/**
 * The agent's scenario corrections (Dexie `feedback`): what the classifier learns from. The text of a
 * correction is the last buyer messages joined, as the classifier compares the latest turns.
 */
import type { CopilotDb, Feedback } from '../db/schema';
import type { ScenarioId } from '../scenarios';
import { buyerMessages, type PageSnapshot } from '../snapshot';

/** How many of the latest buyer messages a correction keeps (the classifier looks at the last three). */
export const FEEDBACK_MESSAGES = 3;

/** The text a correction is stored under: the last buyer messages, joined. */
export function feedbackText(snap: Pick<PageSnapshot, 'messages'>): string {
  return buyerMessages(snap).slice(-FEEDBACK_MESSAGES).map((m) => m.text.trim()).filter(Boolean).join(' ');
}

/**
 * Stores "these messages are `to`, not `from`". An earlier correction of the same text is replaced,
 * so the latest choice wins instead of two corrections pulling against each other.
 */
export async function storeCorrection(db: CopilotDb, text: string, from: ScenarioId | undefined, to: ScenarioId, now = Date.now()): Promise<void> {
  if (!text.trim()) return;
  await db.transaction('rw', db.feedback, async () => {
    await db.feedback.filter((f) => f.text === text).delete();
    await db.feedback.add({ text, from, to, at: now });
  });
}

/** Every stored correction (what buildLearned learns from). */
export function allCorrections(db: CopilotDb): Promise<Feedback[]> {
  return db.feedback.toArray();
}

/** The latest correction stored under `text`, if any. */
export async function correctionFor(db: CopilotDb, text: string): Promise<Feedback | undefined> {
  return (await db.feedback.filter((f) => f.text === text).toArray()).pop();
}

export function correctionCount(db: CopilotDb): Promise<number> {
  return db.feedback.count();
}

/** Forgets every correction (resets learning); returns how many went. */
export async function clearFeedback(db: CopilotDb): Promise<number> {
  const n = await db.feedback.count();
  await db.feedback.clear();
  return n;
}
