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

  compose: {
    /** The contenteditable compose box (every capture): class first, then role within the form. */
    box: [
      'div.msg-form__contenteditable[contenteditable="true"]',
      'form.msg-form [role="textbox"][contenteditable="true"]',
      '[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
    ],
    send: ['button.msg-form__send-button', 'form.msg-form button[type="submit"]'],
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
