/**
 * Logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted least squares):
 * deterministic, no step size to tune, a few iterations for a hundred features. Plain arrays, no package.
 */

/** One example: feature values in the order of the model's names, and whether the attribution was right. */
export interface Example {
  x: Float64Array;
  y: 0 | 1;
}

/** A fitted model: the bias and one weight per feature. */
export interface Fit {
  bias: number;
  weights: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's log-odds for one example. */
export function logOddsOf(fit: Fit, x: Float64Array): number {
  let z = fit.bias;
  for (let j = 0; j < x.length; j++) z += fit.weights[j]! * x[j]!;
  return z;
}

/** The model's probability for one example. */
export function predict(fit: Fit, x: Float64Array): number {
  return sigmoid(logOddsOf(fit, x));
}

/** Solves A v = b for a symmetric positive definite A (Cholesky); A is d x d, row-major. */
export function solveSpd(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j]!;
      for (let k = 0; k < j; k++) s -= l[i * d + k]! * l[j * d + k]!;
      if (i === j) l[i * d + i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i * d + j] = s / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * y[k]!;
    y[i] = s / l[i * d + i]!;
  }
  const v = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k * d + i]! * v[k]!;
    v[i] = s / l[i * d + i]!;
  }
  return v;
}

/**
 * Fits weights minimising the mean log loss plus lambda/2 |w|^2 (the bias is not penalised) with Newton
 * steps until the largest change is below 1e-8 or after 50 steps.
 */
export function fitLogistic(examples: Example[], lambda: number): Fit {
  const n = examples.length;
  const dim = (examples[0]?.x.length ?? 0) + 1; // the bias is the last coordinate
  const theta = new Float64Array(dim);
  const row = new Float64Array(dim);
  for (let step = 0; step < 50; step++) {
    const grad = new Float64Array(dim);
    const hess = new Float64Array(dim * dim);
    for (const { x, y } of examples) {
      row.set(x);
      row[dim - 1] = 1;
      let z = 0;
      for (let j = 0; j < dim; j++) z += theta[j]! * row[j]!;
      const p = sigmoid(z);
      const w = p * (1 - p);
      for (let j = 0; j < dim; j++) {
        const rj = row[j]!;
        if (rj === 0) continue;
        grad[j] = grad[j]! + (p - y) * rj;
        const wr = w * rj;
        for (let k = 0; k <= j; k++) hess[j * dim + k] = hess[j * dim + k]! + wr * row[k]!;
      }
    }
    for (let j = 0; j < dim; j++) {
      grad[j] = grad[j]! / n + (j < dim - 1 ? lambda * theta[j]! : 0);
      for (let k = 0; k <= j; k++) {
        const h = hess[j * dim + k]! / n + (j === k ? (j < dim - 1 ? lambda : 1e-9) : 0);
        hess[j * dim + k] = h;
        hess[k * dim + j] = h;
      }
    }
    const delta = solveSpd(hess, grad, dim);
    let largest = 0;
    for (let j = 0; j < dim; j++) {
      theta[j] = theta[j]! - delta[j]!;
      largest = Math.max(largest, Math.abs(delta[j]!));
    }
    if (largest < 1e-8) break;
  }
  return { bias: theta[dim - 1]!, weights: theta.slice(0, dim - 1) };
}

/** Mean log loss of a fit on examples (lower is better). */
export function logLoss(fit: Fit, examples: Example[]): number {
  let sum = 0;
  for (const e of examples) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, predict(fit, e.x)));
    sum -= e.y ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, examples.length);
}
