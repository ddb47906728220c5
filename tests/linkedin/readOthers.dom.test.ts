import { describe, expect, it } from 'vitest';
import { readConnectNote } from '../../src/linkedin/readConnectNote';
import { readInvitations } from '../../src/linkedin/readInvitations';
import { readProfile } from '../../src/linkedin/readProfile';
import { loadFixture } from './fixtures';

describe('readInvitations', () => {
  it('reads the Sent tab in the classic markup (sent-invitations.html), clamped notes included', () => {
    const result = readInvitations(
      loadFixture('invitations-sent-classic.html'),
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    );
    expect(result).toMatchObject({ found: true, data: { tab: 'sent', markup: 'classic' } });
    if (!result.found) return;
    expect(result.data.invitations.map((i) => [i.name, i.headline, i.note, i.noteTruncated])).toEqual([
      [
        'Maarten Kuipers',
        'Founder at Fietsfabriek Utrecht',
        'Hoi Maarten! Ik ben bezig met een interviewreeks over lokale makers',
        true,
      ],
      ['Anouk de Graaf', 'Docent Nederlands als tweede taal', null, false],
      [
        'Ruben Hendriks',
        'Eigenaar, Voedingslab Gent',
        'Hoi Ruben! Ik ben bezig met een interviewreeks over lokale makers',
        true,
      ],
      ['Sara Willems', 'Inside Sales bij Staffing Partners', null, false],
      ['Tom Claes', 'Founder and CEO at Goed Gemaakt', null, false],
      ['Noor Jacobs', 'Product designer', null, false],
    ]);
    expect(result.data.invitations[0]!.time).toBe('3 months ago');
  });

  it('reads the Received tab in the classic markup with mutual connections', () => {
    const result = readInvitations(loadFixture('invitations-received-classic.html'));
    expect(result.found && result.data.tab).toBe('received');
    if (!result.found) return;
    expect(result.data.invitations[0]).toEqual({
      name: 'Mark de Haan',
      headline: 'Growth Hacker | 10x your pipeline',
      mutual: 'Femke Visser and 3 other mutual connections',
      note: 'Hi Joris, we help consultants like you book 3x more meetings. Free strategy call this week? https://calendly.com/markdh/15min',
      noteTruncated: false,
      time: '2 days ago',
    });
    expect(result.data.invitations.map((i) => i.name)).toEqual([
      'Mark de Haan',
      'Ilse Vermeulen',
      'Kees Bos',
    ]);
    expect(result.data.invitations[2]!.note).toBeNull();
  });

  it('reads the 2024+ data-view-name="pending-invitation" markup', () => {
    const result = readInvitations(
      loadFixture('invitations-received-sdui.html'),
      'https://www.linkedin.com/mynetwork/invitation-manager/',
    );
    expect(result).toMatchObject({ found: true, data: { tab: 'received', markup: 'sdui' } });
    if (!result.found) return;
    expect(result.data.invitations).toEqual([
      {
        name: 'Ruud Meijer',
        headline: 'Owner, Meijer Payroll Services | HR ontzorgen voor het MKB',
        mutual: 'Hugo Peters is a mutual connection',
        note: "Hoi Joris, als zzp'er ben je vast druk. Wij regelen de salarisadministratie voor al je medewerkers. Zullen we even sparren?",
        noteTruncated: false,
      },
      {
        name: 'Amira El Idrissi',
        headline: 'Onderzoeker circulaire bouw, TU Delft',
        note: null,
        noteTruncated: false,
      },
    ]);
  });

  it('says "not found" on a page without invitations', () => {
    expect(readInvitations(loadFixture('profile.html')).found).toBe(false);
  });
});

describe('readConnectNote', () => {
  it('reads the note being written and the recipient named in the dialog', () => {
    const document = loadFixture('connect-dialog.html');
    (document.querySelector('textarea') as HTMLTextAreaElement).value =
      'Hoi Sanne, ik hoorde je op het congres.';
    expect(readConnectNote(document)).toEqual({
      found: true,
      data: { note: 'Hoi Sanne, ik hoorde je op het congres.', recipientName: 'Sanne Verbeek' },
    });
  });

  it.each([
    ['Voeg een notitie toe aan je uitnodiging aan Anna de Vries', 'Anna de Vries'],
    ['Anna de Vries uitnodigen om te connecten', 'Anna de Vries'],
    ['Invite Anna de Vries to connect', 'Anna de Vries'],
  ])('keeps the recipient’s name of the title %j (LinkedIn in Dutch and English)', (title, name) => {
    const document = loadFixture('connect-dialog.html');
    (document.querySelector('#send-invite-modal') as HTMLElement).textContent = title;
    const read = readConnectNote(document);
    expect(read.found && read.data.recipientName).toBe(name);
  });

  it('says "not found" when no dialog is open', () => {
    expect(readConnectNote(loadFixture('profile.html')).found).toBe(false);
  });
});

describe('readProfile', () => {
  it('reads name and headline from the top card', () => {
    expect(readProfile(loadFixture('profile.html'))).toEqual({
      found: true,
      data: { name: 'Iris Mulder', headline: 'Founder, Mulder Ontwerp | Ik werk alleen, met veel plezier' },
    });
  });

  it('says "not found" on a thread page', () => {
    expect(readProfile(loadFixture('messaging-thread-new.html')).found).toBe(false);
  });
});
