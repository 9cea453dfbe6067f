import { describe, expect, it } from 'vitest';
import { newcombeDifference } from './newcombeDifference';

// Two references for each of the worked examples of Newcombe (1998), Table II, method 10:
//   paper: the published 4-decimal difference and limits;
//   R 4.2.2 by hand from prop.test's Wilson limits:
//     nc <- function(x1, n1, x2, n2) { w1 <- prop.test(x1, n1, correct = FALSE)$conf.int; w2 <- prop.test(x2, n2, correct = FALSE)$conf.int
//       p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
//       c(d, d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)) }
describe('newcombeDifference', () => {
  it.each([
    // paper (a): 0.2000, 0.0524 to 0.3339; R: nc(56, 70, 48, 80)
    { x1: 56, n1: 70, x2: 48, n2: 80, paper: [0.2, 0.0524, 0.3339], r: [0.200000000000000067, 0.052431472402364926, 0.333872654036905858] },
    // paper (b): 0.6000, 0.1705 to 0.8090; R: nc(9, 10, 3, 10)
    { x1: 9, n1: 10, x2: 3, n2: 10, paper: [0.6, 0.1705, 0.809], r: [0.60000000000000009, 0.17052272393450307, 0.80901797353548799] },
    // paper (c): 0.5714, 0.0582 to 0.8062; R: nc(6, 7, 2, 7)
    { x1: 6, n1: 7, x2: 2, n2: 7, paper: [0.5714, 0.0582, 0.8062], r: [0.571428571428571397, 0.058227927482312314, 0.806249637524227736] },
    // paper (d): 0.0893, −0.0381 to 0.1926; R: nc(5, 56, 0, 29)
    {
      x1: 5,
      n1: 56,
      x2: 0,
      n2: 29,
      paper: [0.0893, -0.0381, 0.1926],
      r: [0.089285714285714288, -0.038137147903536853, 0.192560013855111567],
    },
    // paper (e): 0, −0.1611 to 0.2775; R: nc(0, 10, 0, 20)
    { x1: 0, n1: 10, x2: 0, n2: 20, paper: [0, -0.1611, 0.2775], r: [0, -0.1611251580528193, 0.27753279986288915] },
    // paper (f): 1, 0.6791 to 1.0000; R: nc(10, 10, 0, 20)
    { x1: 10, n1: 10, x2: 0, n2: 20, paper: [1, 0.6791, 1], r: [1, 0.67908603714191484, 1] },
  ])('matches Newcombe (1998) and R for $x1/$n1 − $x2/$n2', ({ x1, n1, x2, n2, paper, r }) => {
    const { difference, low, high } = newcombeDifference({ x1, n1, x2, n2 });
    expect([difference, low, high].map((v) => Number(v.toFixed(4)))).toEqual(paper);
    expect(difference).toBeCloseTo(r[0], 14);
    expect(low).toBeCloseTo(r[1], 14);
    expect(high).toBeCloseTo(r[2], 14);
  });

  it('is the mirror image when the groups swap', () => {
    const forward = newcombeDifference({ x1: 6, n1: 7, x2: 2, n2: 7 });
    const back = newcombeDifference({ x1: 2, n1: 7, x2: 6, n2: 7 });
    expect(back.low).toBeCloseTo(-forward.high, 15);
    expect(back.high).toBeCloseTo(-forward.low, 15);
  });

  it('takes another coverage', () => {
    // R 4.2.2: as nc above with conf.level = 0.99 in both prop.test calls, for 56/70 − 48/80
    const { low, high } = newcombeDifference({ x1: 56, n1: 70, x2: 48, n2: 80, confidence: 0.99 });
    expect(low).toBeCloseTo(0.0053708692500785693, 14);
    expect(high).toBeCloseTo(0.3718084317757736068, 14);
  });

  it.each([
    { x1: 1, n1: 0, x2: 1, n2: 3, message: 'newcombeDifference requires both groups to have at least one answer' },
    { x1: 4, n1: 3, x2: 1, n2: 3, message: 'wilsonInterval requires 0 <= successes <= n' },
  ])('refuses $x1/$n1 − $x2/$n2', ({ message, ...input }) => {
    expect(() => newcombeDifference(input)).toThrow(message);
  });
});
