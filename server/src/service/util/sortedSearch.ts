/**
 * Binary search over values in ascending order (line starts, the starts of measures): the index of
 * the last value at most `value`, or 0 when even the first is greater (callers check what they got).
 */
export function lastAtOrBefore(count: number, valueAt: (i: number) => number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (valueAt(mid) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
