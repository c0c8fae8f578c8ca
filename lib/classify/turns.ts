/**
 * Which of the buyer's turns the model reads, in use (index.ts) and in training (scripts/train-classifier.ts) alike:
 * one decision, so the trainer hashes this file with the model's own.
 */
import { normalize } from './normalize';

// A turn that is only a greeting or an acknowledgement ("你好", "在吗", "好的 谢谢", "ok thanks") says nothing of the need.
const SMALL_TALK = /^(?:[\s,，.。!！?？~～]|你好|您好|在吗|在么|在不在|亲|哈喽|好的|好|嗯|哦|行|谢谢|多谢|收到|明白|\b(?:hi|hello|hey|ok|okay|thanks|thank you|thx|ty)\b)+$/;
/**
 * The buyer's turns as the model reads them, in use and in training alike: normalised, empty ones dropped, and
 * small-talk turns left out unless nothing else is left.
 */
export function buyerSide(turns: readonly string[]): string[] {
  const texts = turns.map(normalize).filter((t) => t.length > 0);
  const kept = texts.filter((t) => !SMALL_TALK.test(t));
  return kept.length ? kept : texts;
}
