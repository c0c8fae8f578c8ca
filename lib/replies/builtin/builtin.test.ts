import { BUILTIN_BY_ID, BUILTIN_SCRIPTS, BUILTIN_VERSION } from './index';
import { SCRIPT_VARIABLES } from '../types';
import { SCENARIO_IDS } from '../../scenarios';
import { AFTER_SALES_STATES, ORDER_STAGES, PLATFORMS } from '../../snapshot';
import { render } from '../template';

const zh = BUILTIN_SCRIPTS.filter((s) => s.lang === 'zh');
const en = BUILTIN_SCRIPTS.filter((s) => s.lang === 'en');
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set<string>(SCRIPT_VARIABLES);
/** The after-sales states whose replies differ (the brief lists them; `none` is the default). */
const CASE_STATES = ['requested', 'awaiting_return', 'returned', 'refunded', 'refused', 'platform', 'closed'] as const;

function placeholders(body: string): { name: string; fallback?: string }[] {
  return [...body.matchAll(PLACEHOLDER)].map((m) => {
    const [name, ...rest] = m[1].split('|');
    return { name, fallback: rest.length ? rest.join('|') : undefined };
  });
}

describe('built-in script library', () => {
  it('has at least 180 scripts, 140 zh and 40 en, and a positive integer version', () => {
    expect(BUILTIN_SCRIPTS.length).toBeGreaterThanOrEqual(180);
    expect(zh.length).toBeGreaterThanOrEqual(140);
    expect(en.length).toBeGreaterThanOrEqual(40);
    expect(Number.isInteger(BUILTIN_VERSION) && BUILTIN_VERSION > 0).toBe(true);
  });

  it('has unique, well-formed ids whose middle part is the first scenario', () => {
    const ids = BUILTIN_SCRIPTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of BUILTIN_SCRIPTS) {
      expect(s.id, s.id).toMatch(/^(zh|en)\.[a-z_]+\.[a-z0-9_]+$/);
      const [lang, scenario] = s.id.split('.');
      expect(lang, s.id).toBe(s.lang);
      expect(s.scenarios[0], s.id).toBe(scenario);
      expect(BUILTIN_BY_ID.get(s.id)).toBe(s);
    }
  });

  it('has unique lowercase latin shortcuts that do not clash with each other', () => {
    const shortcuts = BUILTIN_SCRIPTS.flatMap((s) => (s.shortcut === undefined ? [] : [s.shortcut]));
    expect(shortcuts.length).toBeGreaterThanOrEqual(150);
    for (const k of shortcuts) expect(k).toMatch(/^[a-z]{2,10}$/);
    const dupes = shortcuts.filter((k, i) => shortcuts.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('uses only known scenario ids, stages, states, platforms and phases, and fills every field', () => {
    for (const s of BUILTIN_SCRIPTS) {
      expect(s.title.trim().length, s.id).toBeGreaterThan(1);
      expect(s.title.length, s.id).toBeLessThanOrEqual(24);
      expect(s.scenarios.length, s.id).toBeGreaterThan(0);
      for (const id of s.scenarios) expect(SCENARIO_IDS, s.id).toContain(id);
      expect(new Set(s.scenarios).size, s.id).toBe(s.scenarios.length);
      for (const st of s.stages) expect(ORDER_STAGES, s.id).toContain(st);
      for (const st of s.states) expect(AFTER_SALES_STATES, s.id).toContain(st);
      if (s.platform !== undefined) expect(PLATFORMS, s.id).toContain(s.platform);
      expect(['presale', 'in_order', 'after_sale'], s.id).toContain(s.phase);
      expect(s.folder?.trim(), s.id).toBeTruthy();
      expect(s.tags.length, s.id).toBeGreaterThan(0);
    }
  });

  it('covers every scenario with at least 3 zh scripts and at least 1 en script', () => {
    for (const id of SCENARIO_IDS) {
      expect(zh.filter((s) => s.scenarios.includes(id)).length, id).toBeGreaterThanOrEqual(3);
      expect(en.filter((s) => s.scenarios.includes(id)).length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives the main after-sales scenarios at least 2 English scripts each', () => {
    for (const id of ['return_refund', 'refund_only', 'exchange', 'quality_issue', 'wrong_item', 'shipping_exception', 'complaint'] as const) {
      expect(en.filter((s) => s.scenarios.includes(id)).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has scripts for every after-sales case state, in both languages', () => {
    for (const st of CASE_STATES) {
      expect(zh.filter((s) => s.states.includes(st)).length, `zh ${st}`).toBeGreaterThanOrEqual(2);
      expect(en.filter((s) => s.states.includes(st)).length, `en ${st}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers the three service phases and the shipping stages', () => {
    for (const p of ['presale', 'in_order', 'after_sale'] as const) {
      expect(zh.filter((s) => s.phase === p).length, p).toBeGreaterThanOrEqual(10);
    }
    for (const st of ['unpaid', 'to_ship', 'shipped', 'delivered'] as const) {
      expect(zh.filter((s) => s.stages.includes(st)).length, st).toBeGreaterThan(0);
    }
  });

  it('has Shopify and Amazon scripts among the English ones', () => {
    expect(en.filter((s) => s.platform === 'shopify').length).toBeGreaterThanOrEqual(2);
    expect(en.filter((s) => s.platform === 'amazon').length).toBeGreaterThanOrEqual(2);
  });

  it('uses only known variables, with non-empty fallbacks, and has balanced braces', () => {
    for (const s of BUILTIN_SCRIPTS) {
      for (const p of placeholders(s.body)) {
        expect(KNOWN.has(p.name), `${s.id}: {${p.name}}`).toBe(true);
        if (p.fallback !== undefined) expect(p.fallback.trim().length, s.id).toBeGreaterThan(0);
      }
      const rest = s.body.replace(PLACEHOLDER, '');
      expect(rest, `${s.id} has a stray brace`).not.toMatch(/[{}]/);
      // The template engine agrees: only real variables are missing when nothing is filled.
      const { missing } = render(s.body, {});
      for (const name of missing) expect(KNOWN.has(name), `${s.id}: ${name}`).toBe(true);
    }
  });

  it('uses variables instead of XX placeholders and fills from the page where it matters', () => {
    for (const s of BUILTIN_SCRIPTS) expect(s.body, s.id).not.toMatch(/XX|xxx|＿＿|__/);
    const withVar = BUILTIN_SCRIPTS.filter((s) => placeholders(s.body).length > 0);
    expect(withVar.length / BUILTIN_SCRIPTS.length).toBeGreaterThan(0.9);
    const addr = BUILTIN_SCRIPTS.filter((s) => s.states.includes('awaiting_return') && s.body.includes('{return_address}'));
    expect(addr.map((s) => s.lang)).toEqual(expect.arrayContaining(['zh', 'en']));
  });

  it('keeps bodies under 300 characters and free of stray whitespace', () => {
    for (const s of BUILTIN_SCRIPTS) {
      expect([...s.body].length, s.id).toBeLessThanOrEqual(300);
      expect([...s.body].length, s.id).toBeGreaterThanOrEqual(15);
      expect(s.body, s.id).toBe(s.body.trim());
      expect(s.body, s.id).not.toMatch(/ {2}|\n/);
    }
  });

  it('writes zh bodies in Chinese with full-width punctuation and en bodies without CJK', () => {
    for (const s of zh) {
      expect(s.body, s.id).toMatch(/[\u4e00-\u9fff]/);
      expect(s.title, s.id).toMatch(/[\u4e00-\u9fff]/);
      // ASCII comma or full stop right after a Chinese character reads as machine text.
      expect(s.body, s.id).not.toMatch(/[\u4e00-\u9fff][,.?!;:]/);
    }
    for (const s of en) {
      expect(s.body, s.id).not.toMatch(CJK);
      expect(s.title, s.id).not.toMatch(CJK);
    }
  });

  it('uses at most one emoji per script', () => {
    for (const s of BUILTIN_SCRIPTS) {
      expect((s.body.match(/\p{Extended_Pictographic}/gu) ?? []).length, s.id).toBeLessThanOrEqual(1);
    }
  });

  it('de-escalation scripts are tagged risk, apologise and end by moving the case on', () => {
    const risk = BUILTIN_SCRIPTS.filter((s) => s.tags.includes('risk'));
    expect(risk.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(5);
    expect(risk.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(2);
    for (const s of risk) {
      expect(s.scenarios, s.id).toContain('complaint');
      expect(s.body, s.id).toMatch(s.lang === 'zh' ? /抱歉|道歉|对不起/ : /sorry|apolog/i);
      expect(s.body, s.id).toMatch(/[？?]/);
    }
  });

  it('never offers a reward for a good review', () => {
    for (const s of BUILTIN_SCRIPTS) {
      const mentions = /返现|好评.{0,6}(红包|补偿|返)|(refund|gift|discount|credit).{0,20}(for|in exchange for).{0,10}review/i;
      if (mentions.test(s.body)) {
        // Only allowed when the script says no to it.
        expect(s.body, s.id).toMatch(/没有|不允许|不能|don't|do not|not allow/i);
      }
    }
    const review = BUILTIN_SCRIPTS.filter((s) => s.scenarios.includes('review'));
    for (const s of review) expect(s.body, s.id).not.toMatch(/五星|5星|改成好评|five[- ]star/i);
  });

  it('uses 您 in every zh script that speaks to the buyer', () => {
    const plainYou = zh.filter((s) => !s.body.includes('您'));
    expect(plainYou.map((s) => s.id)).toEqual([]);
  });

  it('is frozen so nobody edits a built-in in place', () => {
    const s = BUILTIN_SCRIPTS[0];
    expect(Object.isFrozen(BUILTIN_SCRIPTS)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.tags)).toBe(true);
    expect(() => (s.tags as string[]).push('x')).toThrow();
  });
});
