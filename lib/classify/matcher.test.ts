import { anchorChars, findCues } from './matcher';

describe('anchorChars (Han regex prefilter)', () => {
  it('takes the smallest mandatory piece of each alternative', () => {
    expect([...anchorChars('(什么时候|几时)(能|会)?(发(?!票)|寄)')!].sort()).toEqual(['什', '几'].sort());
    expect([...anchorChars('我?(退货|换货)|发票')!].sort()).toEqual(['发', '换', '退'].sort());
    expect([...anchorChars('(要|想)?退款')!]).toEqual(['退']);
  });

  it('skips optional and look-around pieces', () => {
    expect([...anchorChars('(?<!没)(已经)?收到')!]).toEqual(['收']);
    expect([...anchorChars('(的)?(了)*退')!]).toEqual(['退']);
  });

  it('gives up (null) when an alternative has no Han anchor', () => {
    expect(anchorChars('\\d+(元|块)')).toEqual(new Set(['元', '块']));
    expect(anchorChars('(#n|几)天')).toEqual(new Set(['天']));
    expect(anchorChars('(#n|几)(天|周)?')).toBeNull();
  });

  it('still finds cues whose regex starts with optional characters', () => {
    const ids = findCues('拍了三瓶 箱子里只有两瓶').map((h) => h.id);
    expect(ids).toContain('wrong_item');
    expect(findCues('怎么还不发货').map((h) => h.id)).toContain('urge_dispatch');
  });
});
