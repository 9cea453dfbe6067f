/**
 * A formula cell: the text as written and the value getValues shows. The emulator evaluates
 * only constant expressions (numbers, "strings", TRUE/FALSE, + - * / & and brackets:
 * `=1+2` → 3, `="a"&"b"` → "ab"); anything else — a reference, a function such as
 * HYPERLINK or IMPORTXML — shows '#ERROR!' rather than pretending to know its value. Tests
 * about formula injection look at getFormulas(), which returns the text.
 */
export class Formula {
  readonly value: string | number | boolean;

  constructor(readonly text: string) {
    this.value = evaluateConstant(text.slice(1));
  }
}

export const FORMULA_ERROR = '#ERROR!';

type Value = string | number | boolean;

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  parse(): Value {
    const v = this.concat();
    this.space();
    if (this.i !== this.s.length) throw new Error('trailing');
    return v;
  }

  private space(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private concat(): Value {
    let left = this.sum();
    for (;;) {
      this.space();
      if (this.s[this.i] !== '&') return left;
      this.i++;
      left = text(left) + text(this.sum());
    }
  }

  private sum(): Value {
    let left = this.product();
    for (;;) {
      this.space();
      const op = this.s[this.i];
      if (op !== '+' && op !== '-') return left;
      this.i++;
      const right = this.product();
      left = op === '+' ? num(left) + num(right) : num(left) - num(right);
    }
  }

  private product(): Value {
    let left = this.unary();
    for (;;) {
      this.space();
      const op = this.s[this.i];
      if (op !== '*' && op !== '/') return left;
      this.i++;
      const right = num(this.unary());
      if (op === '/' && right === 0) throw new Error('#DIV/0!');
      left = op === '*' ? num(left) * right : num(left) / right;
    }
  }

  private unary(): Value {
    this.space();
    const ch = this.s[this.i];
    if (ch === '-' || ch === '+') {
      this.i++;
      const v = num(this.unary());
      return ch === '-' ? -v : v;
    }
    return this.atom();
  }

  private atom(): Value {
    this.space();
    const rest = this.s.slice(this.i);
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      this.i += str[0].length;
      return str[1].replace(/""/g, '"');
    }
    const bool = /^(TRUE|FALSE)\b(?!\s*\()/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return bool[1].toUpperCase() === 'TRUE';
    }
    if (rest[0] === '(') {
      this.i++;
      const v = this.concat();
      this.space();
      if (this.s[this.i] !== ')') throw new Error('paren');
      this.i++;
      return v;
    }
    throw new Error('unsupported');
  }
}

function num(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new Error('#VALUE!');
  return n;
}

function text(v: Value): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function evaluateConstant(expression: string): Value {
  try {
    return new Parser(expression).parse();
  } catch (e) {
    const message = (e as Error).message;
    return message.startsWith('#') ? message : FORMULA_ERROR;
  }
}
