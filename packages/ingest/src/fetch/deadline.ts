// One deadline per fetch, covering every hop, headers and body. undici's headersTimeout and
// bodyTimeout only bound the gaps between bytes, so a server dripping one byte a second would
// never trip them; an abort signal on a timer does.

export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private expiredFlag = false;

  constructor(
    readonly ms: number,
    callerSignal?: AbortSignal,
  ) {
    this.signal = callerSignal
      ? AbortSignal.any([this.controller.signal, callerSignal])
      : this.controller.signal;
  }

  /** Starts the clock; later calls do nothing. Called once the fetch holds its first host slot. */
  start(): void {
    if (this.timer || this.expiredFlag) return;
    this.timer = setTimeout(() => {
      this.expiredFlag = true;
      this.controller.abort(new DOMException(`deadline of ${this.ms} ms passed`, 'TimeoutError'));
    }, this.ms);
  }

  get expired(): boolean {
    return this.expiredFlag;
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
