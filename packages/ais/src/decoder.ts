/**
 * The stateful line decoder: feeds lines one at a time, assembles multi-sentence messages (keyed by channel,
 * sequential message id and tag-block group, so interleaved messages stay apart), applies Gatehouse times,
 * and counts every line that is not decoded under a reason. It never throws, except on a bad checksum when
 * the caller asked for `checksum: 'fatal'`.
 */
import { PayloadBits } from './bits.ts';
import { CHECK_WRONG_BIT_LENGTH, checkMessage, type DecodeResult, decodeMessage } from './messages.ts';
import { LineKind, ParsedLine, parseLine } from './nmea.ts';
import {
  AisChecksumError,
  type DecodedMessage,
  type DecodeOptions,
  type DecodeStats,
  emptyStats,
  type RejectReason,
} from './types.ts';

/** Pending multi-sentence messages kept at most; the oldest is dropped (as incomplete) past this. */
const MAX_PENDING_GROUPS = 256;
/** A pending group older than this many lines is dropped as incomplete (real fragments arrive within a few lines). */
const MAX_GROUP_AGE_LINES = 1000;

interface PendingGroup {
  /** Its key in the pending map, and the parts of it that fragments without a tag block match on. */
  key: GroupKey;
  channel: number;
  sequenceId: number;
  count: number;
  next: number;
  /** Armoured payload characters of the fragments so far. */
  payload: Uint8Array;
  payloadLength: number;
  firstLine: number;
  lines: number;
  timeMs: number | null;
  texts: string[];
}

/**
 * Message types a caller writes itself straight from the payload bits: `types[type] === 1` marks them;
 * `write` gets the bits of every such message that would decode (and is counted as decoded), and
 * {@link AisDecoder.push} returns null for it.
 */
export interface DirectTypes {
  types: Uint8Array;
  /** `channel` is the message's channel context under gpsd's rules (0 for A, 1 for B), else 0. */
  write(bits: PayloadBits, type: number, channel: number): void;
}

/**
 * gpsd assembles at most 168 payload characters (1,008 bits) per message and drops longer ones
 * ("overlong AIVDM payload ignored", drivers/drivers.c); measured against gpsdecode: 168 decode, 169 do not.
 */
const GPSD_MAX_PAYLOAD_CHARS = 168;

/**
 * gpsd's channel contexts (drivers/drivers.c, `aivdm_decode`): an empty channel, `1` and `A` share
 * context 0, `2` and `B` context 1; `C` (secure AIS) is ignored (-2); anything else is invalid (-1).
 */
export function gpsdChannelContext(channel: number): number {
  if (channel === 0 || channel === 65 || channel === 49) return 0;
  if (channel === 66 || channel === 50) return 1;
  return channel === 67 ? -2 : -1;
}

/** Channel, sequential id and tag-block group of a multi-sentence message (a number unless the group id is huge). */
type GroupKey = number | string;

/** A stateful AIS line decoder (see {@link createDecoder}). */
export interface AisDecoder {
  /**
   * Decodes one line held in `buf[start..end)` (bytes, no terminator needed). Returns the decoded message,
   * or null when the line was a fragment, metadata, blank or rejected (then counted in `stats`).
   */
  push(buf: Uint8Array, start?: number, end?: number): DecodedMessage | null;
  /** Same as {@link AisDecoder.push} for a string line. */
  pushLine(line: string): DecodedMessage | null;
  /** Same as {@link AisDecoder.push} for a line the caller has already parsed with `parseLine`. */
  pushParsed(buf: Uint8Array, start: number, end: number, line: ParsedLine): DecodedMessage | null;
  /** Advances the line number without decoding (for callers that decode some lines themselves). */
  skip(lines: number, line?: ParsedLine): void;
  /** Ends the input: pending fragments are counted as `incomplete_multipart`. */
  flush(): void;
  /** Counts so far. */
  readonly stats: DecodeStats;
  /** Number of lines seen so far (the 1-based number of the last line). */
  readonly lineNumber: number;
}

function lineText(buf: Uint8Array, start: number, end: number): string {
  while (end > start && (buf[end - 1] === 10 || buf[end - 1] === 13)) end--;
  const e = Math.min(end, start + 200);
  let s = '';
  for (let i = start; i < e; i++) {
    const c = buf[i];
    s += c >= 32 && c < 127 ? String.fromCharCode(c) : '\uFFFD';
  }
  return s;
}

/**
 * Creates a stateful decoder.
 *
 * @param options - `checksum: 'drop'` (default) or `'fatal'`; `onReject(rejection)` to see every rejected line.
 * @example
 * const decoder = createDecoder();
 * const msg = decoder.pushLine('!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A');
 * // msg.mmsi === 371798000, msg.lon ≈ -123.3953833
 * @param countOnly - message types (`countOnly[type] === 1`) that are validated and counted but not
 *   built into an object (`push` returns null for them); for callers that do not use those types.
 * @param direct - message types the caller writes from the payload bits itself (see {@link DirectTypes}).
 */
export function createDecoder(
  options: DecodeOptions = {},
  countOnly?: Uint8Array,
  direct?: DirectTypes,
): AisDecoder {
  const stats = emptyStats();
  let parsed = new ParsedLine();
  const gpsdRules = options.rules === 'gpsd';
  parsed.gpsdTalkersOnly = gpsdRules;
  /** The channel context of the message being decoded (gpsd rules), for direct writers. */
  let channelContext = 0;
  const bits = new PayloadBits();
  const pending = new Map<GroupKey, PendingGroup>();
  /** Finished groups, kept for reuse (their payload buffers especially). */
  const spare: PendingGroup[] = [];
  const fatal = options.checksum === 'fatal';
  const onReject = options.onReject;
  let lineNumber = 0;
  let gatehouseMs: number | null = null;
  const encoder = new TextEncoder();

  function rejectLines(
    reason: RejectReason,
    lines: number,
    line: number,
    buf: Uint8Array,
    start: number,
    end: number,
  ): void {
    stats.rejected[reason] += lines;
    if (onReject !== undefined) onReject({ line, reason, text: lineText(buf, start, end) });
  }

  /** Counts a group's lines as incomplete and keeps the group for reuse (the caller has removed it from `pending`). */
  function dropGroup(group: PendingGroup): void {
    stats.rejected.incomplete_multipart += group.lines;
    if (onReject !== undefined) {
      for (let i = 0; i < group.texts.length; i++) {
        onReject({ line: group.firstLine + i, reason: 'incomplete_multipart', text: group.texts[i] });
      }
    }
    // incomplete groups are common in real feeds: a fresh 256-byte Buffer for each costs more than its decoding
    if (spare.length < 16) spare.push(group);
  }

  function finishMessage(
    result: DecodeResult,
    lines: number,
    buf: Uint8Array,
    start: number,
    end: number,
  ): DecodedMessage | null {
    if (typeof result === 'string') {
      rejectLines(result, lines, lineNumber, buf, start, end);
      return null;
    }
    stats.decodedLines += lines;
    stats.messages++;
    stats.messagesByType[result.type]++;
    return result;
  }

  /** Decodes the payload in `bits` (or only validates and counts it, for a `countOnly` type). */
  function decodeBits(
    timeMs: number | null,
    lines: number,
    buf: Uint8Array,
    start: number,
    end: number,
  ): DecodedMessage | null {
    if (direct !== undefined && bits.bitLength >= 38) {
      const type = bits.u(0, 6);
      // the verdict of checkMessage is the type exactly when decodeMessage would return a message
      if (direct.types[type] === 1 && checkMessage(bits) === type) {
        direct.write(bits, type, channelContext);
        stats.decodedLines += lines;
        stats.messages++;
        stats.messagesByType[type]++;
        return null;
      }
    }
    if (countOnly !== undefined) {
      const verdict = checkMessage(bits);
      if (verdict < 0) {
        rejectLines(
          verdict === CHECK_WRONG_BIT_LENGTH ? 'wrong_bit_length' : 'unsupported_type',
          lines,
          lineNumber,
          buf,
          start,
          end,
        );
        return null;
      }
      if (countOnly[verdict] === 1) {
        stats.decodedLines += lines;
        stats.messages++;
        stats.messagesByType[verdict]++;
        return null;
      }
    }
    return finishMessage(decodeMessage(bits, timeMs, lineNumber), lines, buf, start, end);
  }

  function push(buf: Uint8Array, start = 0, end = buf.length): DecodedMessage | null {
    return handle(buf, start, end, parseLine(buf, start, end, parsed));
  }

  function pushParsed(buf: Uint8Array, start: number, end: number, line: ParsedLine): DecodedMessage | null {
    // decode with the caller's parse of this line (a fatal checksum error ends the run anyway)
    const own = parsed;
    parsed = line;
    const msg = handle(buf, start, end, line.kind);
    parsed = own;
    return msg;
  }

  function handle(buf: Uint8Array, start: number, end: number, kind: number): DecodedMessage | null {
    lineNumber++;
    stats.lines++;
    stats.bytes += end - start + 1;
    if (kind === LineKind.blank) {
      stats.blankLines++;
      return null;
    }
    if (kind === LineKind.gatehouse) {
      stats.metadataLines++;
      gatehouseMs = parsed.gatehouseMs;
      return null;
    }
    if (kind === LineKind.rejected) {
      if (parsed.reason === 'bad_checksum' && fatal)
        throw new AisChecksumError(lineNumber, lineText(buf, start, end));
      rejectLines(parsed.reason, 1, lineNumber, buf, start, end);
      return null;
    }
    if (parsed.tagBlockError !== null) {
      if (parsed.tagBlockError === 'bad_checksum' && fatal) {
        throw new AisChecksumError(lineNumber, lineText(buf, start, end));
      }
      stats.badTagBlocks++;
    }
    let timeMs = parsed.timeMs;
    if (gatehouseMs !== null) {
      if (timeMs === null) timeMs = gatehouseMs;
      gatehouseMs = null;
    }
    if (gpsdRules) {
      channelContext = gpsdChannelContext(parsed.channel);
      if (channelContext < 0) {
        rejectLines(channelContext === -2 ? 'non_ais_sentence' : 'malformed', 1, lineNumber, buf, start, end);
        return null;
      }
      return pushGpsdFragment(buf, start, end, timeMs, channelContext);
    }
    if (parsed.fragmentCount === 1) {
      bits.reset();
      if (!bits.append(buf, parsed.payloadStart, parsed.payloadEnd)) {
        rejectLines('malformed', 1, lineNumber, buf, start, end);
        return null;
      }
      bits.finish(parsed.fillBits);
      return decodeBits(timeMs, 1, buf, start, end);
    }
    return pushFragment(buf, start, end, timeMs);
  }

  /**
   * gpsd's fragment assembly (drivers/drivers.c, `aivdm_decode`): one buffer per channel context, whatever
   * the sequential id; a fragment that is not the next one drops the line, unless it is a first fragment,
   * which drops what was pending; the message is complete when the fragment number equals the count.
   */
  function pushGpsdFragment(
    buf: Uint8Array,
    start: number,
    end: number,
    timeMs: number | null,
    context: number,
  ): DecodedMessage | null {
    let group = pending.get(context);
    const num = parsed.fragmentNumber;
    const decoded = group === undefined ? 0 : group.next - 1;
    if (num !== decoded + 1) {
      if (num !== 1) {
        rejectLines('incomplete_multipart', 1, lineNumber, buf, start, end);
        return null;
      }
      if (group !== undefined) {
        pending.delete(context);
        dropGroup(group);
        group = undefined;
      }
    }
    const pendingChars = group === undefined ? 0 : group.payloadLength;
    if (pendingChars + parsed.payloadEnd - parsed.payloadStart > GPSD_MAX_PAYLOAD_CHARS) {
      if (group !== undefined) {
        pending.delete(context);
        dropGroup(group);
      }
      rejectLines('malformed', 1, lineNumber, buf, start, end);
      return null;
    }
    if (num === 1 && parsed.fragmentCount === 1) {
      bits.reset();
      if (!bits.append(buf, parsed.payloadStart, parsed.payloadEnd)) {
        rejectLines('malformed', 1, lineNumber, buf, start, end);
        return null;
      }
      bits.finish(parsed.fillBits);
      return decodeBits(timeMs, 1, buf, start, end);
    }
    if (group === undefined) group = startGroup(context, timeMs);
    return appendFragment(group, context, buf, start, end, timeMs, parsed.fragmentCount);
  }

  /** Drops what is pending on a channel context (gpsd rules), as a single-sentence message there does. */
  function resetChannel(context: number): void {
    const group = pending.get(context);
    if (group === undefined) return;
    pending.delete(context);
    dropGroup(group);
  }

  function pushFragment(
    buf: Uint8Array,
    start: number,
    end: number,
    timeMs: number | null,
  ): DecodedMessage | null {
    const channel = parsed.channel;
    const sequenceId = parsed.sequenceId;
    const groupId = parsed.groupId;
    // channel < 256, sequence id -1..9: a number key is exact while the group id stays below 2^40
    let key: GroupKey =
      groupId < 1099511627776
        ? (groupId + 1) * 2816 + (sequenceId + 1) * 256 + channel
        : `${channel}:${sequenceId}:${groupId}`;
    let group = pending.get(key);
    const num = parsed.fragmentNumber;
    if (group === undefined && num > 1 && groupId === -1) {
      // some feeds put the tag block (with its g: group) on the first sentence only
      for (const g of pending.values()) {
        if (g.channel === channel && g.sequenceId === sequenceId && g.next === num) {
          key = g.key;
          group = g;
          break;
        }
      }
    }
    if (
      group !== undefined &&
      (group.next !== num ||
        group.count !== parsed.fragmentCount ||
        lineNumber - group.firstLine > MAX_GROUP_AGE_LINES)
    ) {
      pending.delete(key);
      dropGroup(group);
      group = undefined;
    }
    if (group === undefined) {
      if (num !== 1) {
        rejectLines('incomplete_multipart', 1, lineNumber, buf, start, end);
        return null;
      }
      group = startGroup(key, timeMs);
    }
    return appendFragment(group, key, buf, start, end, timeMs, group.count);
  }

  /** Starts a pending multi-sentence group (evicting the oldest when too many are pending). */
  function startGroup(key: GroupKey, timeMs: number | null): PendingGroup {
    if (pending.size >= MAX_PENDING_GROUPS) {
      const oldestKey = pending.keys().next().value as GroupKey;
      const oldest = pending.get(oldestKey) as PendingGroup;
      pending.delete(oldestKey);
      dropGroup(oldest);
    }
    let group = spare.pop();
    if (group === undefined) {
      group = {
        key,
        channel: parsed.channel,
        sequenceId: parsed.sequenceId,
        count: parsed.fragmentCount,
        next: 1,
        // a Buffer, like the input lines: one array kind for the payload unpacker
        payload: Buffer.alloc(256),
        payloadLength: 0,
        firstLine: lineNumber,
        lines: 0,
        timeMs,
        texts: [],
      };
    } else {
      group.key = key;
      group.channel = parsed.channel;
      group.sequenceId = parsed.sequenceId;
      group.count = parsed.fragmentCount;
      group.next = 1;
      group.payloadLength = 0;
      group.firstLine = lineNumber;
      group.lines = 0;
      group.timeMs = timeMs;
      if (group.texts.length > 0) group.texts = [];
    }
    pending.set(key, group);
    return group;
  }

  /** Adds the current fragment to its group; decodes the message once fragment `last` is in. */
  function appendFragment(
    group: PendingGroup,
    key: GroupKey,
    buf: Uint8Array,
    start: number,
    end: number,
    timeMs: number | null,
    last: number,
  ): DecodedMessage | null {
    const num = parsed.fragmentNumber;
    // a fill bit count other than 0 is only valid on the last fragment
    if (num < last && parsed.fillBits !== 0) {
      pending.delete(key);
      dropGroup(group);
      rejectLines('malformed', 1, lineNumber, buf, start, end);
      return null;
    }
    const add = parsed.payloadEnd - parsed.payloadStart;
    if (group.payloadLength + add > group.payload.length) {
      const bigger = Buffer.alloc(Math.max(group.payload.length * 2, group.payloadLength + add));
      bigger.set(group.payload.subarray(0, group.payloadLength));
      group.payload = bigger;
    }
    group.payload.set(buf.subarray(parsed.payloadStart, parsed.payloadEnd), group.payloadLength);
    group.payloadLength += add;
    group.lines++;
    group.next++;
    if (group.timeMs === null) group.timeMs = timeMs;
    if (onReject !== undefined) group.texts.push(lineText(buf, start, end));
    if (num < last) return null;
    pending.delete(key);
    // the group is complete: its fields are read below, before any other group can be started
    if (spare.length < 16) spare.push(group);
    bits.reset();
    if (!bits.append(group.payload, 0, group.payloadLength)) {
      rejectLines('malformed', group.lines, lineNumber, buf, start, end);
      return null;
    }
    bits.finish(parsed.fillBits);
    return decodeBits(group.timeMs, group.lines, buf, start, end);
  }

  return {
    push,
    pushParsed,
    pushLine(line: string) {
      return push(encoder.encode(line));
    },
    skip(lines: number, line?: ParsedLine) {
      lineNumber += lines;
      // under gpsd's rules a single-sentence message decoded elsewhere still resets its channel
      if (gpsdRules && line !== undefined) resetChannel(gpsdChannelContext(line.channel));
    },
    flush() {
      for (const group of pending.values()) dropGroup(group);
      pending.clear();
    },
    stats,
    get lineNumber() {
      return lineNumber;
    },
  };
}

/**
 * Decodes an iterable of lines (strings) and returns the messages and the stats; for small inputs and tests.
 *
 * @example
 * const { messages, stats } = decodeLines(text.split('\n'));
 */
export function decodeLines(
  lines: Iterable<string>,
  options: DecodeOptions = {},
): { messages: DecodedMessage[]; stats: DecodeStats } {
  const decoder = createDecoder(options);
  const messages: DecodedMessage[] = [];
  for (const line of lines) {
    const msg = decoder.pushLine(line);
    if (msg !== null) messages.push(msg);
  }
  decoder.flush();
  return { messages, stats: decoder.stats };
}
