import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('amazon');
const byName = (n: string) => {
  const f = fixtures.find((x) => x.name === n);
  if (!f) throw new Error(`no fixture ${n}`);
  return { ...f, snap: amazon.read(toDocument(f.html), f.url, FIXTURE_NOW) };
};

describe('amazon adapter', () => {
  it('has fixtures for the inbox, a US order and a UK order', () => {
    expect(fixtures.map((f) => f.expected.pageKind).sort()).toEqual(['chat', 'order_detail', 'order_detail']);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    const snap = amazon.read(toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
  });

  it('takes the store name from the account switcher label', () => {
    const doc = toDocument('<html><body><div id="navbar"><div id="partner-switcher" role="button"><span class="dropdown-account-switcher-header-label-global">Brightwell Home Goods</span><span class="dropdown-account-switcher-header-label-regional">United States</span></div></div></body></html>');
    expect(amazon.read(doc, 'https://sellercentral.amazon.com/orders-v3/order/114-3860527-1947468', FIXTURE_NOW).shop).toBe('Brightwell Home Goods');
  });

  it('is the adapter for every Seller Central marketplace and names the page kind', () => {
    expect(adapterFor('https://sellercentral.amazon.de/orders-v3/order/302-1234567-1234567')?.id).toBe('amazon');
    expect(amazon.pageKind(new URL('https://sellercentral.amazon.com/messaging/inbox'))).toBe('chat');
    expect(amazon.pageKind(new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped'))).toBe('order_list');
    expect(adapterFor('https://www.amazon.com/gp/your-account/order-details?orderID=112-6083519-4410652')).toBeUndefined();
  });

  it('reads the open thread: its buyer, its order, and auto-responder and Amazon notices as system', () => {
    const { snap, html } = byName('chat-inbox');
    expect(html).toContain('Dana Whitfield');
    expect(snap.buyer).toEqual({ nick: 'Jordan Ellis' });
    expect(snap.orderId).toBe('114-3941689-8772232');
    const msgs = snap.messages ?? [];
    expect(msgs.length).toBeGreaterThanOrEqual(40);
    expect(msgs.filter((m) => m.text.startsWith('Thanks for reaching out')).map((m) => m.role)).toEqual(['system', 'system', 'system', 'system']);
    expect(msgs[msgs.length - 1]).toEqual({ role: 'buyer', text: 'Still no update. Where is my package?', time: '2026-11-22T16:47:00-08:00' });
  });

  it('takes Order total as paid, not Seller proceeds or Item total, and never the order item id as order id', () => {
    const { snap, html, url } = byName('order_detail-us');
    expect(snap.amounts).toEqual({ paid: 62.84, currency: 'USD' });
    expect(html).toContain('Order Item ID: 11827390455213');
    // Without the id in the URL, the labelled Order ID still wins.
    expect(amazon.read(toDocument(html), url.replace(/order\/.*/, 'order/'), FIXTURE_NOW).orderId).toBe('112-6083519-4410652');
  });

  it('reads pounds on amazon.co.uk, an A-to-z claim as platform, and Royal Mail as OTHER (not EMS)', () => {
    const { snap } = byName('order_detail-uk-saved');
    expect(snap.amounts?.currency).toBe('GBP');
    expect(snap.afterSales?.state).toBe('platform');
    expect(snap.logistics?.courier).toBe('OTHER');
  });

  it('reads a bare $ as the marketplace currency on amazon.ca', () => {
    const { html } = byName('order_detail-us');
    const snap = amazon.read(toDocument(html), 'https://sellercentral.amazon.ca/orders-v3/order/702-6083519-4410652', FIXTURE_NOW);
    expect(snap.amounts?.currency).toBe('CAD');
    expect(snap.orderId).toBe('702-6083519-4410652');
  });

  it('gives a partial snapshot, without throwing, before orders-v3 has rendered', () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/order/112-6083519-4410652';
    const snap = amazon.read(toDocument('<div id="orders-v3-root"><div class="a-spinner-wrapper"></div></div>'), url, FIXTURE_NOW);
    expect(snap).toEqual({ platform: 'amazon', pageKind: 'order_detail', url, orderId: '112-6083519-4410652', confidence: { orderId: 0.95 } });
  });

  it('reads Seller Central in 中文 (<html lang="zh-CN">) with both languages\' words: 已发货 is shipped', () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/order/113-5820374-6619428';
    const page = (lang: string) => toDocument(`<html lang="${lang}"><body><div id="MYO-app"><div><span>订单状态：</span><span data-test-id="order-status">已发货</span></div></div></body></html>`);
    expect(amazon.read(page('zh-CN'), url, FIXTURE_NOW).orderStage).toBe('shipped');
    expect(amazon.read(page('en-US'), url, FIXTURE_NOW).orderStage).toBeUndefined();
  });

  it('reads Seller Central in German: Bestellstatus Nicht versendet is to ship, Gesamtsumme what the buyer paid', () => {
    const url = 'https://sellercentral.amazon.de/orders-v3/order/305-4827163-5519042';
    const doc = toDocument('<html lang="de-DE"><body><div id="MYO-app"><div><span>Bestellstatus:</span> <span data-test-id="order-status">Nicht versendet</span></div><div><span>Gesamtsumme:</span> <span>62,78 €</span></div></div></body></html>');
    expect(amazon.read(doc, url, FIXTURE_NOW)).toMatchObject({ orderStage: 'to_ship', amounts: { paid: 62.78, currency: 'EUR' } });
  });

  it('reads a French message thread\'s order box: Numéro de la commande, N° de suivi, and Livrée beside the parcel', () => {
    const url = 'https://sellercentral.amazon.fr/messaging/inbox?fi=RESPONSE_NEEDED';
    const doc = (lang: string) => toDocument(`<html lang="${lang}"><body><div class="thread_x1"><div class="row_a row_left_b"><div class="bubble_c">Bonjour, la bouilloire fuit.</div></div>
      <div class="row_a row_right_d"><div class="bubble_c">Bonjour Madame, pouvez-vous envoyer une photo ?</div></div><div class="row_a row_left_b"><div class="bubble_c">Voici la photo.</div></div></div><textarea></textarea>
      <aside><h3>Détails de la commande</h3><dl><dt>Numéro de la commande</dt><dd>405-4829163-7730358</dd><dt>Statut de la commande</dt><dd>Expédiée</dd>
      <dt>Transporteur</dt><dd>Chronopost</dd><dt>N° de suivi</dt><dd>XW482913657FR</dd><dt>Livraison</dt><dd><span>Livrée</span> le ven. 20 nov. 2026</dd></dl></aside></body></html>`);
    expect(amazon.read(doc('fr-FR'), url, FIXTURE_NOW)).toMatchObject({ orderId: '405-4829163-7730358', orderStage: 'delivered', logistics: { trackingNo: 'XW482913657FR' } });
    expect(amazon.read(doc('en-GB'), url, FIXTURE_NOW).orderId).toBeUndefined();
    const de = toDocument(doc('de-DE').documentElement.outerHTML.replace('Numéro de la commande', 'Bestellnummer').replace('Expédiée', 'Versandt').replace('N° de suivi', 'Sendungsnummer').replace('<span>Livrée</span> le ven. 20 nov. 2026', '<span>Zugestellt</span>'));
    expect(amazon.read(de, url.replace('.fr/', '.de/'), FIXTURE_NOW)).toMatchObject({ orderId: '405-4829163-7730358', orderStage: 'delivered' });
  });

  it('reads the item row\'s status and the buyer\'s link by their data-test-ids (a saved Seller Central page quoted in public code)', () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/order/113-4829176-5530617';
    const doc = toDocument(`<html lang="zh-CN"><body><div id="MYO-app"><table class="a-keyvalue"><tr><td data-test-id="item-status-cell"><div data-test-id="item-status-label"><span class="main-status">已送达</span></div></td><td>1</td></tr></table>
      <div><a href="/messaging/contact?orderID=113-4829176-5530617">联系买家</a> <a data-test-id="buyer-name-with-link" href="#buyer">Danielle Whitmore</a></div></div></body></html>`);
    expect(amazon.read(doc, url, FIXTURE_NOW)).toMatchObject({ orderStage: 'delivered', buyer: { nick: 'Danielle Whitmore' } });
  });

  it('reads the open return of Manage Returns, not the other orders\' returns listed above it (blind set 37)', () => {
    const url = 'https://sellercentral.amazon.com/gp/returns/list/v2?returnRequestState=all';
    const card = (id: string, buyer: string, open: boolean) => `<div class="rr-card${open ? ' rr-selected' : ''}"${open ? ' aria-expanded="true"' : ''}>
      <span><span>Order ID:</span> <a href="/orders-v3/order/${id}">${id}</a></span> <span><span>Buyer:</span> <a href="/messaging/contact?orderID=${id}">${buyer}</a></span></div>`;
    const doc = toDocument(`<html><body><div class="list">${card('114-0937261-5518624', 'Trevor Lindqvist', false)}${card('113-4829175-6650231', 'Marisol Okafor', true)}</div></body></html>`);
    expect(amazon.read(doc, url, FIXTURE_NOW)).toMatchObject({ orderId: '113-4829175-6650231', buyer: { nick: 'Marisol Okafor' } });
    // One order's contact link beside a link to the messages without an order: that order's buyer.
    const one = toDocument(`<html><body><div id="MYO-app"><a href="/messaging/contact?orderID=113-4829175-6650231">Marisol Okafor</a></div><nav><a href="/messaging/contact">Buyer messages</a></nav></body></html>`);
    expect(amazon.read(one, 'https://sellercentral.amazon.com/orders-v3/order/113-4829175-6650231', FIXTURE_NOW).buyer?.nick).toBe('Marisol Okafor');
  });

  it('reads the store from the partner switcher ("Store | Marketplace")', () => {
    const url = 'https://sellercentral.amazon.co.uk/orders-v3/order/205-6183027-4491542';
    const doc = toDocument('<div class="partner-dropdown-button" role="button"><span>Hearth &amp; Hollow Kitchen</span><span>|</span><span>United Kingdom</span></div>');
    expect(amazon.read(doc, url, FIXTURE_NOW).shop).toBe('Hearth & Hollow Kitchen');
    const flat = toDocument('<div class="partner-dropdown-button" role="button">Hearth &amp; Hollow Kitchen | United Kingdom</div>');
    expect(amazon.read(flat, url, FIXTURE_NOW).shop).toBe('Hearth & Hollow Kitchen');
    // The store label inside the marketplace picker.
    const picker = toDocument('<span class="sc-mkt-picker-switcher"><span class="partner-label">Copperline Kitchen</span> | <span class="marketplace-label">United States</span> ▾</span>');
    expect(amazon.read(picker, url, FIXTURE_NOW).shop).toBe('Copperline Kitchen');
    // Renamed classes: the control whose first text is followed by a marketplace's name.
    const renamed = toDocument('<div class="sc-partner-switcher" role="button"><span class="x1">Cedar &amp; Pine Home</span><span class="x2">| United States</span><span>▾</span></div>');
    expect(amazon.read(renamed, url, FIXTURE_NOW).shop).toBe('Cedar & Pine Home');
    // A switcher named by its id, around spans whose classes name the parts only.
    const byId = toDocument('<div id="partner-switcher"><span class="partner-dropdown-button-merchant">Fernhill Pottery</span> | <span class="partner-dropdown-button-marketplace">United States</span> ▾</div>');
    expect(amazon.read(byId, url, FIXTURE_NOW).shop).toBe('Fernhill Pottery');
    expect(amazon.read(toDocument('<div role="button"><span>Filters</span><span>| Unshipped</span></div>'), url, FIXTURE_NOW).shop).toBeUndefined();
  });
});
