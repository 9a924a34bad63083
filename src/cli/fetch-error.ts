/**
 * Why a URL could not be fetched: `network` when no answer came (the name did not resolve, the
 * connection was refused, TLS failed, it took too long, it redirected too often), `status` when
 * the server answered with a 4xx or 5xx status. Apart from {@link InputError} because a script
 * may retry the first and not the second, and neither is the fault of what was read.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly kind: 'network' | 'status',
  ) {
    super(message);
  }
}
