/** Terminal colour: only when the stream is a TTY and NO_COLOR is not set. */
import { Chalk, supportsColor } from 'chalk';

export function colorFor(stream: NodeJS.WriteStream): InstanceType<typeof Chalk> {
  const on = stream.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  const level = on ? (supportsColor ? supportsColor.level : 1) || 1 : 0;
  return new Chalk({ level: level as 0 | 1 | 2 | 3 });
}
