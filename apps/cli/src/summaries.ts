/**
 * The one-line description of each top-level command. `strata --help` lists them from here without
 * loading any command module, and each module describes its command with the same line.
 */
export const SUMMARY = {
  serve: 'Serve the API and the web app (migrates and seeds the database first)',
  start: 'Build the web app if needed, then serve everything (what `npm start` runs)',
  db: 'Database administration',
  users: 'Accounts',
  ais: 'Decode and analyse ship AIS messages (NMEA 0183 AIVDM/AIVDO)',
  tailings: 'Tailings portal: registry imports',
  process: 'Intergovernmental process hub',
  exchange: 'Knowledge exchange: e-mail outbox, digests, search',
  instruments: 'Global assessment of instruments and standards: parties lists, exports, analyses',
  sand: 'Global Sand Observatory: import source data sets, export figures',
  dredging: 'Marine dredging watch: AIS upload jobs',
} as const;

/** Whether a command line only asks for the top-level help or the version (no command named). */
export function onlyTopLevelHelp(args: readonly string[]): boolean {
  const flags = new Set(['-h', '--help', '-V', '--version']);
  return args.length > 0 && (args.every((a) => flags.has(a)) || (args.length === 1 && args[0] === 'help'));
}
