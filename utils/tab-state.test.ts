import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropTab, recentTabs, touchTab } from './tab-state';

beforeEach(() => fakeBrowser.reset());

describe('the tabs the panel follows', () => {
  it('keeps every activation when several arrive at once (a tab activated while its window gains focus)', async () => {
    await Promise.all([touchTab(1), touchTab(2), touchTab(3), dropTab(2), touchTab(4)]);
    expect(await recentTabs()).toEqual([4, 3, 1]);
  });

  it('puts a re-activated tab first and keeps at most 20', async () => {
    for (let i = 1; i <= 25; i++) await touchTab(i);
    await touchTab(10);
    const r = await recentTabs();
    expect(r[0]).toBe(10);
    expect(r).toHaveLength(20);
    expect(r.filter((t) => t === 10)).toHaveLength(1);
  });
});
