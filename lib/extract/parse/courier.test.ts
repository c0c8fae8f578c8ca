import type { Courier } from '../../snapshot';
import { COURIERS } from '../../snapshot';
import { COURIER_NAMES, courierFromName, courierFromTracking, normaliseTracking } from './courier';

describe('courierFromName', () => {
  it.each<[string, Courier | undefined]>([
    ['顺丰速运', 'SF'],
    ['顺丰', 'SF'],
    ['SF Express', 'SF'],
    ['中通快递', 'ZTO'],
    ['圆通速递', 'YTO'],
    ['申通快递', 'STO'],
    ['韵达速递', 'YUNDA'],
    ['韵达快递', 'YUNDA'],
    ['极兔速递', 'JT'],
    ['J&T Express', 'JT'],
    ['京东物流', 'JD'],
    ['京东快递', 'JD'],
    ['EMS', 'EMS'],
    ['邮政快递包裹', 'EMS'],
    ['中国邮政', 'EMS'],
    ['德邦快递', 'DEPPON'],
    ['德邦物流', 'DEPPON'],
    ['UPS', 'UPS'],
    ['FedEx Ground', 'FEDEX'],
    ['USPS', 'USPS'],
    ['DHL Express', 'DHL'],
    ['菜鸟速递', 'OTHER'],
    ['Royal Mail Tracked 48', 'OTHER'],
    ['Return shipment · Evri', 'OTHER'],
    ['Canada Post Expedited', 'OTHER'],
    ['物流公司：中通快递 运单号 78812345678901', 'ZTO'],
    ['Carrier: USPS', 'USPS'],
    ['某某物流', undefined],
    ['3 items', undefined],
    ['Store pickup', undefined],
    ['', undefined],
  ])('%j → %s', (text, want) => expect(courierFromName(text)).toBe(want));
});

describe('normaliseTracking', () => {
  it.each([
    ['运单号：SF1234567890123 复制', 'SF1234567890123'],
    ['SF 1234 5678 9012 3', 'SF1234567890123'],
    ['Tracking ID: 1Z 999 AA1 01 2345 6784', '1Z999AA10123456784'],
    ['Tracking number 9400 1000 0000 0000 0000 00', '9400100000000000000000'],
    ['UPS 1z999aa10123456784 Copy', '1Z999AA10123456784'],
    ['中通快递 78812345678901', '78812345678901'],
    ['dpk123456789012', 'DPK123456789012'],
    ['暂无物流信息', ''],
    ['No. 123', ''],
    ['USPS marked #LP1163-F1 as delivered.', ''],
    ['京东快递 2026-11-15 10:02 已签收', ''],
    ['中通快递 78812345678901 2026-11-18 14:22', '78812345678901'],
    // A sentence's short words before the number are no prefix of it; a prefix right before it is.
    ['Return shipped by buyer via UPS 1Z8V62A90312547719', '1Z8V62A90312547719'],
    ['JD VA28471659302', 'JDVA28471659302'],
  ])('%j → %j', (text, want) => expect(normaliseTracking(text)).toBe(want));
});

describe('courierFromTracking', () => {
  it.each<[string, Courier | undefined]>([
    ['SF1234567890123', 'SF'],
    ['sf 1234 5678 9012 3', 'SF'],
    ['78812345678901', 'ZTO'],
    ['73123456789012', 'ZTO'],
    ['YT1234567890123', 'YTO'],
    ['77123456789012', 'STO'],
    ['5123456789012', 'YUNDA'],
    ['JT1234567890123', 'JT'],
    ['JDVA12345678901', 'JD'],
    ['9812345678901', 'EMS'],
    ['EA123456789CN', 'EMS'],
    ['PA12345678901', 'EMS'],
    ['DPK123456789012', 'DEPPON'],
    ['1Z999AA10123456784', 'UPS'],
    ['9612345678901234567890', 'FEDEX'],
    ['9400100000000000000000', 'USPS'],
    ['12345678901234567890', 'USPS'],
    ['JJD0012345678', 'DHL'],
    ['1234567890', 'DHL'],
    // 15 digits starting 4: Yunda or FedEx Ground (and STO for 43…): no guess without a region.
    ['412345678901234', undefined],
    ['13812345678', undefined], // a phone number, not a tracking number
    ['ABC', undefined],
    ['', undefined],
  ])('%j → %s', (no, want) => expect(courierFromTracking(no)).toBe(want));

  it.each<[string, 'cn' | 'intl', Courier | undefined]>([
    ['412345678901234', 'cn', 'YUNDA'],
    ['312345678901234', 'intl', 'FEDEX'],
    ['431234567890123', 'cn', undefined], // STO 43… and Yunda 4… both fit
    ['621123456789012', 'cn', 'OTHER'],
    ['621123456789012', 'intl', 'FEDEX'],
    ['123456789012', 'cn', undefined],
  ])('%j in %s → %s', (no, region, want) => expect(courierFromTracking(no, region)).toBe(want));
});

describe('COURIER_NAMES', () => {
  it('names every courier and reads back to itself', () => {
    for (const c of COURIERS) {
      expect(COURIER_NAMES[c].zh && COURIER_NAMES[c].en).toBeTruthy();
      if (c !== 'OTHER') expect(courierFromName(COURIER_NAMES[c].zh), c).toBe(c);
    }
  });
});
