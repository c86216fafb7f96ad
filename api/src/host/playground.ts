import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PEOPLE, type DemoPerson } from '../demo/demoPeople.js';

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** 0 picks a free port; the Playground's own default is 56150. */
  port?: number;
  /** The child's environment; the caller's, since the host reads none itself. */
  env: Record<string, string | undefined>;
  /** Who chats with the bot; the demo tenant's {@link PLAYGROUND_PERSON} unless said otherwise. */
  person?: DemoPerson;
}

/** The bot's name in the Playground, as in the app manifest. */
export const PLAYGROUND_BOT_NAME = 'IdeaBar';

/** The demo person the Playground signs in as: an employee, so the bot shows what most people see. */
export const PLAYGROUND_PERSON: DemoPerson = demoPerson('megan.bowen');

/** The five others the Playground puts in its group chat and team (it asks for exactly five). */
const PLAYGROUND_COLLEAGUES = [
  'adele.vance',
  'alex.wilber',
  'isaiah.langer',
  'lynne.robbins',
  'nestor.wilke',
];

function demoPerson(userId: string): DemoPerson {
  const person = DEMO_PEOPLE.find((candidate) => candidate.userId === userId);
  if (!person) throw new Error(`${userId} is not one of the demo people.`);
  return person;
}

/** A Playground user: its Teams id stands in for a Teams MRI, its Entra object id is the demo user id. */
function playgroundUser(person: DemoPerson) {
  const [givenName = person.name, ...rest] = person.name.split(' ');
  const email = `${person.userId}@contoso.example`;
  return {
    id: `29:${person.userId}`,
    name: person.name,
    userPrincipleName: email,
    aadObjectId: person.userId,
    givenName,
    surname: rest.join(' ') || givenName,
    email,
  };
}

/**
 * The Playground's `.m365agentsplayground.yml`: the demo tenant and a demo person, so the bot reads the demo board
 * and its cards link to ideas the tab shows. Activities carry `tenantId` as the conversation's tenant and each
 * user's `aadObjectId`, which is what the bot takes for the caller. JSON is YAML, so no YAML writer is needed.
 */
export function playgroundConfig(person: DemoPerson = PLAYGROUND_PERSON): string {
  const others = PLAYGROUND_COLLEAGUES.filter((id) => id !== person.userId).map(demoPerson);
  if (others.length < 5) others.push(demoPerson('patti.fernandez'));
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId: person.tenantId,
      bot: { id: '28:ideabar-playground-bot', name: PLAYGROUND_BOT_NAME },
      currentUser: playgroundUser(person),
      users: others.slice(0, 5).map(playgroundUser),
      // A new personal chat per run, as the Playground's own default does, so each start opens with the welcome.
      personalChat: { id: `a:ideabar-playground-${randomUUID()}` },
      groupChat: { id: '19:ideabar-playground-group@thread.v2', name: 'Contoso ideas chat' },
      team: {
        id: '19:ideabar-playground-team@thread.tacv2',
        name: 'Contoso IT',
        aadGroupId: 'ideabar-playground-team',
        channels: [{ id: '19:ideabar-playground-announcements@thread.tacv2', name: 'Announcements' }],
      },
    },
    null,
    2,
  );
}

/**
 * Microsoft 365 Agents Playground from npm (`@microsoft/m365agentsplayground`), offline, as a Teams client for the
 * bot at `botEndpoint`: for `npm start` and the bot's end-to-end test, as a person of the demo tenant
 * (`contoso`) talking to a bot named IdeaBar. It runs in a temporary folder (it writes its
 * log there) and never opens a browser itself; whoever starts it prints or opens its URL.
 */
export async function startPlayground(
  botEndpoint: string,
  options: PlaygroundOptions,
): Promise<RunningPlayground> {
  const require = createRequire(import.meta.url);
  let cli: string;
  try {
    cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    throw new Error('@microsoft/m365agentsplayground is not installed: run npm install.');
  }
  const folder = mkdtempSync(join(tmpdir(), 'ideabar-playground-'));
  // The Playground reads its configuration from the folder it runs in.
  writeFileSync(join(folder, '.m365agentsplayground.yml'), playgroundConfig(options.person));
  const child = spawn(
    process.execPath,
    [
      cli,
      'start',
      '--app-endpoint',
      botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port ?? 0),
      '--disable-telemetry',
    ],
    {
      cwd: folder,
      env: { ...options.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The Playground did not start in 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Playground exited (${code}) before it listened:\n${output}`));
    });
  });
  return {
    url: `http://localhost:${port}/`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
