/**
 * Every selector Selge uses on LinkedIn, and nothing else knows LinkedIn's markup. Each entry is a list of
 * alternatives, newest markup first; readers take the first alternative that matches. Evidence: the saved
 * pages in ../shared/linkedin/html (2021-2026) and the selector table in ../shared/linkedin/SELECTORS-research.md.
 * Prefer role, aria-*, data-view-name and msg-* classes over hashed class names (LinkedIn's SDUI migration).
 */
export type Selector = readonly string[];

export const SELECTORS = {
  /** Hosts of open shadow roots that LinkedIn renders messaging into (2025+ "interop" outlet). */
  shadowHosts: ['interop-outlet', '#interop-outlet'],

  thread: {
    /** A full-page thread pane (messenger-page*.html) or an overlay bubble (small-chat*.html). */
    pageRoot: ['.msg-convo-wrapper', '.msg-thread', '[data-view-name="message-thread"]'],
    overlayRoot: ['.msg-overlay-conversation-bubble', '[data-view-name="conversation-bubble"]'],
    /** Header: the other participant (messenger-page: h2.msg-entity-lockup__entity-title; small-chat: overlay title). */
    participantName: [
      '.msg-entity-lockup__entity-title',
      '.msg-overlay-bubble-header__title',
      'a.msg-thread__link-to-profile',
      'header [role="heading"]',
    ],
    /**
     * The other participant's profile link, for "Always trust this person" (issue 23): messenger-page
     * (messaging-thread*.html: a.msg-thread__link-to-profile, href ".../in/ACoAA..."), small-chat
     * (overlay-bubble*.html: the header title's link, href "/in/ACoAA.../").
     */
    participantProfile: [
      'a.msg-thread__link-to-profile',
      '.msg-overlay-bubble-header__title a[href*="/in/"]',
    ],
    /** Headline under the name in the header (messenger-page: dd.msg-entity-lockup__entity-info). */
    participantHeadline: ['.msg-entity-lockup__entity-info', '.msg-overlay-bubble-header__subtitle'],
    /** The message list; its start shows a profile card when the whole conversation is loaded. */
    list: ['.msg-s-message-list-content', '.msg-s-message-list', '[role="list"]'],
    conversationStart: [
      '.msg-s-profile-card',
      '.msg-s-message-list__top-of-list + li .artdeco-entity-lockup',
    ],
    /** One row per message group; every saved capture uses this class and data-view-name on the inner item. */
    event: ['li.msg-s-message-list__event', '[data-view-name="message-list-item"]'],
    /** One message inside a row. */
    message: ['.msg-s-event-listitem', '[data-view-name="message-list-item"]'],
    /**
     * LinkedIn's "New message" bubble, before the first message (a public capture of that bubble, not saved
     * here): its title reads "New message", which is no participant.
     */
    newConversationClass: 'msg-overlay-conversation-bubble--is-compose',
    /** Marks a message by the other participant (all captures); own messages lack it. */
    incomingClass: 'msg-s-event-listitem--other',
    /** Own messages carry a "sent" indicator (messenger-page-3: ...__sending-indicator--sent). */
    ownIndicator: [
      '.msg-s-event-with-indicator__sending-indicator--sent',
      '[data-test-msg-cross-pillar-message-sending-indicator-presenter__container]',
    ],
    /** The sender's name, only on the first message of a group: carry it forward. */
    senderName: ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'],
    /** Group a11y heading: "<Name> sent the following messages at 3:47 PM". */
    groupHeading: ['.msg-s-event-listitem--group-a11y-heading'],
    time: ['time.msg-s-message-group__timestamp'],
    dayHeading: ['time.msg-s-message-list__time-heading', '.msg-s-message-list__time-heading'],
    /** Renamed-class fallback: a paragraph whose class still ends in the BEM "__body". */
    body: ['.msg-s-event-listitem__body', 'p[class*="__body"]'],
    content: ['.msg-s-event__content'],
    /** System lines ("X accepted your invitation"); no capture has one: class and role fallbacks. */
    systemLine: [
      '.msg-s-event-listitem--system',
      '.msg-s-message-list__system-message',
      '[data-view-name="message-list-system-message"]',
    ],
  },

  /**
   * The messaging inbox's conversation list (conversation-list-page.html, 2025-10, and the counts of a 2026-09
   * measurement in SELECTORS-research.md). Fixture: conversation-list.html.
   */
  conversationList: {
    /** ul.msg-conversations-container__conversations-list[aria-label="Conversation List"] (both captures). */
    list: [
      'ul.msg-conversations-container__conversations-list',
      '.msg-conversations-container__conversations-list',
    ],
    /** One li per conversation; the first, empty li and the "Load more conversations" li lack this class. */
    row: ['li.msg-conversation-listitem', 'li.msg-conversations-container__convo-item'],
    /** A placeholder of the virtualised list: the class is on the li, which is empty until scrolled into view. */
    occludedClass: 'msg-conversation-card--occluded',
    /** h3.msg-conversation-listitem__participant-names > div > span.truncate; the h3 also wears the card's class. */
    names: ['.msg-conversation-listitem__participant-names', '.msg-conversation-card__participant-names'],
    /** Fallback for the names: the checkbox label "Select conversation with Pieter Bakker" (every drawn row). */
    selectLabel: [
      'label.msg-selectable-entity__checkbox-label[aria-label]',
      'label[aria-label^="Select conversation with"]',
    ],
    /** time.msg-conversation-listitem__time-stamp, text only ("10:05 PM"), no datetime attribute. */
    time: ['time.msg-conversation-listitem__time-stamp', 'time.msg-conversation-card__time-stamp', 'time'],
    /** p.msg-conversation-card__message-snippet: "You: ...", "Lars: ...", or an icon and "Pieter sent an attachment". */
    snippet: ['p.msg-conversation-card__message-snippet', '.msg-conversation-listitem__message-snippet'],
    /** The attachment icon inside the snippet (svg[data-test-icon="attachment-small"]). */
    snippetIcon: ['.msg-conversation-card__message-snippet-icon', 'svg[data-test-icon^="attachment"]'],
    /** The line above the snippet: p.t-12.t-bold > span.truncate "Via Services Page" (no InMail/Sponsored capture). */
    labelLine: [
      '.msg-conversation-card__message-snippet-container > p:not(.msg-conversation-card__message-snippet)',
      '.msg-conversation-card__message-snippet-container > :not(.msg-conversation-card__message-snippet)',
    ],
    /** Unread: the card's container class, the snippet's --unread class, or the badge (3 unread rows in the capture). */
    unread: [
      '.msg-conversation-card__convo-item-container--unread',
      '.msg-conversation-card__message-snippet--unread',
      '.msg-conversation-card__unread-count',
    ],
    /** The badge: div.msg-conversation-card__unread-count[aria-label="3 unread messages"]. */
    unreadBadge: ['.msg-conversation-card__unread-count', '.artdeco-notification-badge[aria-label]'],
    /** The badge's number: span.notification-badge__count "3". */
    unreadCount: [
      '.msg-conversation-card__unread-count .notification-badge__count',
      '.notification-badge__count',
    ],
    /** The row's photo(s): img.presence-entity__image in a 1:1 row; a group row shows a facepile (no capture). */
    photo: ['img.presence-entity__image', '.msg-selectable-entity img', 'img'],
    /** A group conversation's stacked photos (msg-facepile-grid, public scrapers; no capture has a group row). */
    facepile: ['.msg-facepile-grid', '.msg-selectable-entity .presence-entity--group'],
    /**
     * Where Selge's mark goes inside a row: below the preview, in the snippet's column (both captures), so it never
     * covers the name, the time or the unread badge; the row itself when neither is there.
     */
    markSlot: [
      '.msg-conversation-card__message-snippet-container',
      '.msg-conversation-card__content--selectable',
    ],
    /** The open conversation's row (2026-09 measurement: ...__convo-item-link--active plus "Active conversation"). */
    activeClass: 'msg-conversations-container__convo-item-link--active',
    /** The folder dropdown's trigger, reading "Focused" (the other folders are in the closed dropdown). */
    folder: [
      'button[data-test-messaging-inbox-filters__folder-pill]',
      '.msg-cross-pillar-inbox-filters-v3__drop-down-trigger',
    ],
    /** Filter pills JOB / UNREAD / CONNECTIONS / INMAIL / STARRED; the one that is on is aria-pressed or aria-checked. */
    filterPill: [
      'button[data-test-messaging-inbox-filters__filter-pill]',
      '[data-test-messaging-inbox-filters__filter-pill-group] button',
    ],
  },

  compose: {
    /** The contenteditable compose box (every capture): class first, then role within the form. */
    box: [
      'div.msg-form__contenteditable[contenteditable="true"]',
      'form.msg-form [role="textbox"][contenteditable="true"]',
      '[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
    ],
    send: ['button.msg-form__send-button', 'form.msg-form button[type="submit"]'],
    /**
     * The form around the compose box (every capture: form.msg-form); its buttons (attach, emoji, expand, send)
     * are what Selge's indicator beside the box must never cover.
     */
    form: ['form.msg-form', '.msg-form', 'form'],
  },

  invitations: {
    /** 2024+ SDUI invitation manager (no capture; YemenOpenSource/linkedin-invites-helper and >=10 files). */
    sduiCard: ['[data-view-name="pending-invitation"]'],
    sduiRoot: ['[data-sdui-screen*="Invitation"]', 'main[role="main"]'],
    /** Classic Ember markup (sent-invitations.html, 2021). */
    classicCard: ['li.invitation-card'],
    classicName: ['.invitation-card__title'],
    classicHeadline: ['.invitation-card__subtitle', '.invitation-card__occupation'],
    classicNote: ['.invitation-card__custom-message'],
    classicMutual: ['.member-insights__reason', '.invitation-card__common-connections', '.member-insights'],
    classicTime: ['time.time-badge', '.time-badge'],
    /**
     * Where Selge's mark goes in a classic card: the note's own block (invitations-received-classic.html), below the
     * note and away from the name and the Accept/Ignore buttons. SDUI cards have no such block: there the note takes it.
     */
    classicMarkSlot: ['.invitation-card__custom-message-container'],
    /** Line-clamp pieces that are UI, not note text. */
    clampChrome: ['.lt-line-clamp__ellipsis', '.lt-line-clamp__dummy-element', '.lt-line-clamp__more'],
    clampMore: ['.lt-line-clamp__more', '[data-test-line-clamp-show-more-button]'],
    /** Withdraw buttons exist only on the Sent tab; Accept/Ignore on the Received tab. */
    withdrawButton: ['button[aria-label^="Withdraw"]', 'button[data-control-name="withdraw_single"]'],
    acceptButton: ['button[aria-label^="Accept"]', '[data-view-name="invitation-action"] button'],
    /** SDUI cards: the profile link carries the name; the note sits in a quote-like block. */
    sduiName: ['a[href*="/in/"] strong', 'a[href*="/in/"] [aria-hidden="true"]', 'a[href*="/in/"]'],
    sduiHeadline: ['[data-view-name="pending-invitation-headline"]', 'p:not([data-view-name])'],
    sduiNote: [
      '[data-view-name="invitation-custom-message"]',
      'blockquote',
      '[data-view-name="pending-invitation-message"]',
    ],
    sduiMutual: ['[data-view-name="pending-invitation-insight"]', '[data-view-name="mutual-connections"]'],
  },

  connect: {
    /** The "Add a note" dialog (no capture; 26 repos): textarea by name, id, then class. */
    dialog: ['div.artdeco-modal[role="dialog"]', '[role="dialog"]', '.send-invite'],
    note: [
      'textarea[name="message"]',
      'textarea#custom-message',
      'textarea.send-invite__custom-message',
      'textarea.connect-button-send-invite__custom-message',
    ],
    /** "Invite Sanne de Vries to connect" / "Add a note to your invitation" headers carry the name. */
    title: ['#send-invite-modal', '.artdeco-modal__header h2', '[role="dialog"] h2'],
  },

  profile: {
    root: ['[data-view-name="profile-top-card"]', '.pv-top-card', '.pv-text-details__left-panel', 'main'],
    name: ['h1.text-heading-xlarge', '[data-view-name="profile-top-card"] h1', 'main h1'],
    headline: [
      'div.text-body-medium.break-words',
      '[data-view-name="profile-top-card"] .text-body-medium',
      'main h1 ~ div',
    ],
  },
} as const;
