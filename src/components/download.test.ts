import { downloadText } from './download';

describe('downloadText', () => {
  it('clicks a same-origin blob link with the file name, then releases the URL', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:http://localhost/abc';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    downloadText('round.csv', '\uFEFFa,b\r\n', 'text/csv;charset=utf-8');

    expect(click).toHaveBeenCalledOnce();
    expect(clicked[0]?.download).toBe('round.csv');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:http://localhost/abc');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:http://localhost/abc');
    vi.useRealTimers();
  });
});
