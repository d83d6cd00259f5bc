import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back after the next frame, and the delay after that', () => {
    const callback = vi.fn();
    afterNextPaint(callback, 40);
    // The next frame comes 16 ms on; the call 40 ms after it.
    vi.advanceTimersByTime(16 + 39);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled', () => {
    const callback = vi.fn();
    const cancel = afterNextPaint(callback, 40);
    vi.advanceTimersByTime(20);
    cancel();
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
  });
});
