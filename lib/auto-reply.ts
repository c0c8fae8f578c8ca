/**
 * The words that mark a shop message as sent by a rule or a robot rather than a person: as a tag of
 * its own beside the bubble (lib/extract/structure.ts makes such a row a system message) or as a
 * prefix of the text (【自动回复】…, "Auto-reply: …"; lib/playbook/timers.ts does not count it as an
 * answer). One list for both, as a regular-expression source.
 */
export const AUTO_REPLY_WORDS = String.raw`自动回复|机器人回复|智能回复|机器人|智能助手|auto[- ]?reply|automated(?: reply| response)?|bot`;

/** A leaf that is only such a tag: 自动回复, [机器人回复], Auto-reply. */
export const AUTO_REPLY_TAG = new RegExp(String.raw`^[【[(（]?\s*(?:${AUTO_REPLY_WORDS})\s*[】\])）]?$`, 'i');

/** A text that starts as an automatic message does: 【自动回复】, [bot], 自动回复：, Auto-reply: */
export const AUTO_REPLY_PREFIX = new RegExp(String.raw`^\s*(?:[【[(（]\s*(?:${AUTO_REPLY_WORDS})(?![a-z])|(?:${AUTO_REPLY_WORDS})\s*[:：])`, 'i');
