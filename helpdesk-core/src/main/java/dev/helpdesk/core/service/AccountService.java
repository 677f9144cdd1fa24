package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.Digests;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.account.CodePurpose;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.account.OneTimeCode;
import dev.helpdesk.core.domain.account.OneTimeCodeId;
import dev.helpdesk.core.domain.account.ProfileRules;
import dev.helpdesk.core.domain.account.SecretCode;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PasswordHasher;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Portal accounts (seed 001): sign-in with back-off per client (never a lock), forgotten passwords by single-use code, welcome codes for
 * invited contacts, the profile page and password changes.
 *
 * <p>Codes never travel in events: {@link #requestPasswordReset} and {@link #invite} append an event naming the
 * contact, and the mail adapter, handling it, calls {@link #issueResetCode} or {@link #issueWelcomeCode} for a fresh
 * code it puts in the e-mail. Only the code's SHA-256 is stored.
 */
public final class AccountService {
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeCodeRepository codes;
    private final ContactRepository contacts;
    private final OrganizationRepository organizations;
    private final AgentRepository agents;
    private final Outbox outbox;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final Clock clock;
    private final IdGenerator ids;
    private final AccountPolicy policy;
    private final SignInThrottle throttle;
    private final SessionRepository sessions;
    private final SecureRandom random = new SecureRandom();
    private volatile String dummyHash;

    @Inject
    public AccountService(Transactor transactor, AccountRepository accounts, OneTimeCodeRepository codes,
                          ContactRepository contacts, OrganizationRepository organizations, AgentRepository agents,
                          Outbox outbox, PasswordHasher hasher, RateLimiter limiter, Clock clock, IdGenerator ids,
                          AccountPolicy policy, SessionRepository sessions) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.throttle = new SignInThrottle(limiter, policy.signInThrottling());
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    // ----- sign-in -----

    /**
     * Signs a contact in by main address and password, from a client the caller cannot tell apart from others
     * ({@link ClientKey#UNKNOWN}); see {@link #signIn(String, String, ClientKey, boolean)}.
     */
    public SignedIn signIn(String email, String password) {
        return signIn(email, password, ClientKey.UNKNOWN, false);
    }

    /**
     * Signs a contact in by main address and password. Every failure is the same {@link AuthenticationFailedException}
     * (unknown address, no portal access, no password yet, wrong password), and an unknown address costs a password
     * verification too, so neither the answer nor its timing tells whether the address exists.
     *
     * <p>Failures slow down the client that fails, never the account ({@link SignInThrottling}): a client that failed
     * for this address, or for many, waits for a growing time and is then asked for the captcha; the right password
     * from a client that has not failed signs in. Only when many clients fail one account does every client need the
     * captcha for it, and with it solved the right password signs in.
     *
     * @param client        who is asking (the web portal passes the remote address)
     * @param captchaSolved whether the caller checked that a captcha was solved with this attempt
     * @throws RateLimitedException          when this client failed too often lately: wait {@code retryAfter()}
     * @throws AuthenticationFailedException {@code account.captcha_required} when the captcha must be solved first (the
     *                                       password was not checked), else {@code account.sign_in_failed}
     */
    public SignedIn signIn(String email, String password, ClientKey client, boolean captchaSolved) {
        EmailAddress address = EmailAddress.of(email);
        Objects.requireNonNull(client, "client");
        throttle.checkBackOff(address, client);
        String typed = password == null ? "" : password;
        Optional<Contact> contact = portalContact(address);
        Optional<Account> account = contact.flatMap(c -> accounts.find(c.id()))
                .filter(a -> a.portalAccess() && a.hasPassword());
        if (!captchaSolved && (throttle.clientNeedsCaptcha(address, client) || account
                .map(a -> a.failedSignInsAt(now()) >= policy.signInThrottling().accountCaptchaAt()).orElse(false))) {
            LOG.debug("sign-in needs the captcha first");
            throw captchaRequired();
        }
        if (account.isEmpty()) {
            hasher.verify(typed, dummyHash());
            throttle.failed(address, client);
            throw signInFailed();
        }
        String hash = account.get().passwordHash().orElseThrow();
        if (!hasher.verify(typed, hash)) {
            if (throttle.failed(address, client)) {
                countFailure(contact.get().id());
            }
            throw signInFailed();
        }
        Optional<String> rehashed = hasher.needsRehash(hash) ? Optional.of(hasher.hash(typed)) : Optional.empty();
        UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Account current = accounts.find(contact.get().id()).orElseThrow(AccountService::signInFailed);
            Account next = current.signInSucceeded();
            if (rehashed.isPresent() && current.passwordHash().equals(Optional.of(hash))) {
                next = next.withPasswordHash(rehashed.get());
            }
            if (!next.equals(current)) {
                accounts.save(next);
            }
            return null;
        }));
        return signedIn(contact.get(), account.get());
    }

    // ----- forgotten password -----

    /**
     * "Forgot password?": when the address is the main address of a contact with portal access, and the address is
     * under its limit, appends {@link AccountEvents.PasswordResetRequested}; the mail adapter then sends a code. The
     * caller learns nothing either way: this returns normally for any well-formed address.
     */
    public void requestPasswordReset(String email) {
        requestPasswordReset(email, ClientKey.UNKNOWN);
    }

    /**
     * "Forgot password?" from {@code client}: as {@link #requestPasswordReset(String)}, and limited per client too,
     * so that one client cannot have codes mailed to many addresses. That limit is said openly: it tells nothing
     * about accounts.
     *
     * @throws RateLimitedException when this client asked too often lately, whatever the addresses
     */
    public void requestPasswordReset(String email, ClientKey client) {
        EmailAddress address = EmailAddress.of(email);
        Objects.requireNonNull(client, "client");
        RateLimiter.Decision perClient = limiter.tryAcquire(policy.resetRequestClientLimit(), client.value());
        if (!perClient.allowed()) {
            throw new RateLimitedException("Too many password reset requests from this client; wait and try again",
                    perClient.retryAfter());
        }
        if (!limiter.tryAcquire(policy.resetRequestLimit(), address.value()).allowed()) {
            LOG.debug("password reset request dropped: over the limit");
            return;
        }
        Optional<Contact> contact = portalContact(address)
                .filter(c -> accounts.find(c.id()).map(Account::portalAccess).orElse(false));
        contact.ifPresent(c -> transactor.run(() -> outbox.append(new AccountEvents.PasswordResetRequested(c.id(),
                now()))));
    }

    /**
     * A fresh password reset code for the contact, in clear, returned this once (for the mail adapter); any earlier
     * unused code of the contact stops working. It expires after {@link AccountPolicy#resetCodeLifetime()}.
     *
     * @throws NotFoundException if the contact has no portal access
     */
    public IssuedCode issueResetCode(ContactId contact) {
        return issue(contact, CodePurpose.PASSWORD_RESET);
    }

    /**
     * Sets a new password with the reset code sent to {@code email}, and signs the contact in. The code is used up,
     * even by two concurrent attempts only one succeeds; a wrong, expired or used code is one and the same
     * {@link AuthenticationFailedException}.
     *
     * @throws RateLimitedException   when this address had too many attempts lately
     * @throws InvalidInputException naming {@code newPassword} when the password breaks a rule (the code stays good)
     */
    public SignedIn resetPassword(String email, String code, String newPassword) {
        EmailAddress address = EmailAddress.of(email);
        limit(policy.resetAttemptLimit(), address, "Too many attempts with reset codes for this address; wait and "
                + "try again");
        ProfileRules.password("newPassword", newPassword, address);
        OneTimeCode stored = usableCode(code);
        Contact contact = portalContact(address).filter(c -> c.id().equals(stored.contact()))
                .orElseThrow(AccountService::codeInvalid);
        return setPassword(stored, contact, newPassword);
    }

    // ----- invitations -----

    /**
     * An agent invites a contact to the portal: the contact gets portal access (an account without password if it
     * had none) and {@link AccountEvents.ContactInvited} is appended, for the mail adapter to send the welcome e-mail
     * with a {@link #issueWelcomeCode welcome code}. Inviting again sends another.
     *
     * @throws AccessDeniedException if the caller is not an agent
     * @throws NotFoundException     if there is no such contact
     */
    public void invite(Caller caller, ContactId contact) {
        requireAgent(caller);
        Contact invited = contacts.find(contact).orElseThrow(() -> contactNotFound(contact));
        UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Account account = accounts.find(contact).orElseGet(() -> Account.of(contact, defaultLanguage(invited)));
            if (!account.portalAccess()) {
                accounts.save(account.withPortalAccess());
            }
            outbox.append(new AccountEvents.ContactInvited(contact, now()));
            return null;
        }));
    }

    /**
     * A fresh welcome code for an invited contact, in clear, returned this once (for the welcome e-mail); any earlier
     * unused code stops working. It expires after {@link AccountPolicy#welcomeCodeLifetime()}.
     *
     * @throws NotFoundException if the contact has no portal access
     */
    public IssuedCode issueWelcomeCode(ContactId contact) {
        return issue(contact, CodePurpose.WELCOME);
    }

    /**
     * Sets the password with a welcome (or reset) code, and signs the contact in; the code is used up. A wrong,
     * expired or used code is one and the same {@link AuthenticationFailedException}. Not rate-limited here: there is
     * no address to count by, and a code's 130 random bits cannot be guessed (the web layer may limit per client).
     *
     * @throws InvalidInputException naming {@code newPassword} when the password breaks a rule (the code stays good)
     */
    public SignedIn setPasswordWithCode(String code, String newPassword) {
        ProfileRules.password("newPassword", newPassword, null);
        OneTimeCode stored = usableCode(code);
        Contact contact = contacts.find(stored.contact()).orElseThrow(AccountService::codeInvalid);
        ProfileRules.password("newPassword", newPassword, contact.email());
        return setPassword(stored, contact, newPassword);
    }

    /** Deletes the codes that expired more than a day ago (housekeeping, for a scheduled job); returns how many. */
    public int purgeExpiredCodes() {
        return transactor.inTransaction(() -> codes.deleteExpiredBefore(now().minus(1, ChronoUnit.DAYS)));
    }

    // ----- profile -----

    /** The caller's own profile. */
    public ProfileView profile(Caller caller) {
        Contact contact = callingContact(caller);
        return view(contact, accounts.find(contact.id()).orElseGet(() -> Account.of(contact.id(),
                defaultLanguage(contact))));
    }

    /**
     * Changes the caller's profile: names in the directory, job title, phone and language on the account. A new
     * address asks for the current password and must be free; it is not applied here: {@link
     * AccountEvents.EmailChangeRequested} is appended, the mail adapter sends a link to the new address (with {@link
     * #issueEmailChangeCode}) and tells the current one, and {@link #confirmEmailChange} applies it. Until then the
     * current address stays, and the view returned shows it.
     *
     * @throws InvalidInputException naming each bad field, or {@code currentPassword} when it is missing or wrong
     * @throws ConflictException     {@code contact.email_taken} when another contact owns the new address
     */
    public ProfileView updateProfile(Caller caller, ProfileChange change) {
        Objects.requireNonNull(change, "change");
        Contact contact = callingContact(caller);
        List<FieldError> problems = new ArrayList<>();
        String firstName = UnitsOfWork.collect(problems, () -> Text.singleLine("firstName", change.firstName(), 100));
        String lastName = UnitsOfWork.collect(problems, () -> Text.optional("lastName", change.lastName(), 100));
        String jobTitle = UnitsOfWork.collect(problems, () -> ProfileRules.jobTitle(change.jobTitle()));
        EmailAddress email = UnitsOfWork.collect(problems, () -> EmailAddress.of(change.email()));
        String phone = UnitsOfWork.collect(problems, () -> ProfileRules.phone(change.phone()));
        Language language = UnitsOfWork.collect(problems, () -> Language.of("language", change.language()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean emailChanges = !email.equals(contact.email());
        if (emailChanges) {
            Account account = accounts.find(contact.id()).orElseGet(() -> Account.of(contact.id(), Language.EN));
            checkCurrentPassword(account, change.currentPassword());
            requireFree(email, contact.id());
        }
        return UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Contact current = contacts.find(contact.id()).orElseThrow(AccountService::callerUnknown);
            Account account = accounts.find(contact.id())
                    .orElseGet(() -> Account.of(contact.id(), defaultLanguage(current)));
            Contact updated = new Contact(current.id(), firstName, lastName, current.email(),
                    current.authorisedEmails(), current.memberships());
            Account details = account.withDetails(jobTitle, phone, language);
            Set<String> changed = changedFields(current, updated, account, details);
            if (!updated.equals(current)) {
                contacts.save(updated);
            }
            if (!details.equals(account)) {
                accounts.save(details);
            }
            if (!changed.isEmpty()) {
                outbox.append(new AccountEvents.ProfileChanged(contact.id(), changed, now()));
            }
            if (emailChanges) {
                outbox.append(new AccountEvents.EmailChangeRequested(contact.id(), email, now()));
            }
            return view(updated, details);
        }));
    }

    /**
     * A fresh code for the link that confirms {@code newEmail} as the contact's address, in clear, returned this once
     * (for the mail adapter handling {@link AccountEvents.EmailChangeRequested}); any earlier unused code of the
     * contact stops working. It is good for that address only, and expires after
     * {@link AccountPolicy#emailChangeLifetime()}. Only its hash, bound to the address, is stored.
     *
     * @throws NotFoundException if the contact has no account
     */
    public IssuedCode issueEmailChangeCode(ContactId contact, EmailAddress newEmail) {
        Objects.requireNonNull(newEmail, "newEmail");
        if (accounts.find(contact).isEmpty()) {
            throw new NotFoundException("account.not_found", "Contact " + contact + " has no account",
                    Map.of("contact", contact.value()));
        }
        String code = SecretCode.generate(random);
        Instant now = now();
        Instant expiresAt = now.plus(policy.emailChangeLifetime());
        transactor.run(() -> {
            codes.revokeUnused(contact, now);
            codes.insert(new OneTimeCode(OneTimeCodeId.of(ids.newId()), contact, CodePurpose.EMAIL_CHANGE,
                    emailChangeHash(code, newEmail), now, expiresAt, Optional.empty()));
        });
        LOG.debug("e-mail change code issued for contact {}", contact);
        return new IssuedCode(contact, CodePurpose.EMAIL_CHANGE, code, expiresAt);
    }

    /**
     * Follows the link sent to a new address: {@code email} becomes the contact's address (the old one is no longer
     * theirs, not even as an authorised address) and the code is used up. A wrong, expired or used code, or one sent
     * for another address, is one and the same {@link AuthenticationFailedException}.
     *
     * @throws ConflictException {@code contact.email_taken} when another contact took the address meanwhile
     */
    public ProfileView confirmEmailChange(String code, String email) {
        EmailAddress address = EmailAddress.of(email);
        OneTimeCode stored = codes.findByHash(emailChangeHash(code, address))
                .filter(c -> c.purpose() == CodePurpose.EMAIL_CHANGE && c.isUsableAt(now()))
                .orElseThrow(AccountService::codeInvalid);
        requireFree(address, stored.contact());
        return UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Instant now = now();
            Contact current = contacts.find(stored.contact()).orElseThrow(AccountService::codeInvalid);
            if (!codes.markUsed(stored.id(), now)) {
                throw codeInvalid();
            }
            Set<EmailAddress> authorised = new LinkedHashSet<>(current.authorisedEmails());
            authorised.remove(address);
            Contact updated = new Contact(current.id(), current.firstName(), current.lastName(), address, authorised,
                    current.memberships());
            contacts.save(updated);
            outbox.append(new AccountEvents.ProfileChanged(current.id(), Set.of("email"), now));
            Account account = accounts.find(current.id())
                    .orElseGet(() -> Account.of(current.id(), defaultLanguage(current)));
            return view(updated, account);
        }));
    }

    /**
     * The language the caller picked (App settings): kept on the account as their own choice, even when it is the
     * default they already had, so that a portal stops following the browser's language.
     *
     * @throws InvalidInputException naming {@code language} when the portal does not speak it
     */
    public ProfileView chooseLanguage(Caller caller, String code) {
        Contact contact = callingContact(caller);
        Language language = Language.of("language", code);
        return UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Contact current = contacts.find(contact.id()).orElseThrow(AccountService::callerUnknown);
            Account account = accounts.find(contact.id())
                    .orElseGet(() -> Account.of(contact.id(), defaultLanguage(current)));
            Account chosen = account.withChosenLanguage(language);
            if (!chosen.equals(account)) {
                accounts.save(chosen);
            }
            if (account.language() != language) {
                outbox.append(new AccountEvents.ProfileChanged(contact.id(), Set.of("language"), now()));
            }
            return view(current, chosen);
        }));
    }

    /**
     * Changes the caller's password, given the current one; earlier unused codes stop working.
     *
     * @throws InvalidInputException naming {@code currentPassword} (missing or wrong) or {@code newPassword}
     */
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        Contact contact = callingContact(caller);
        ProfileRules.password("newPassword", newPassword, contact.email());
        Account account = accounts.find(contact.id()).orElseGet(() -> Account.of(contact.id(), Language.EN));
        checkCurrentPassword(account, Optional.ofNullable(currentPassword));
        String hash = hasher.hash(newPassword);
        UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Account current = accounts.find(contact.id()).orElseThrow(AccountService::callerUnknown);
            accounts.save(current.withPasswordHash(hash));
            codes.revokeUnused(contact.id(), now());
            endSessions(contact.id());
            outbox.append(new AccountEvents.PasswordChanged(contact.id(), now()));
            return null;
        }));
    }

    // ----- helpers -----

    /**
     * Ends every session of the contact, in the unit of work that sets the new password: whoever held the old one
     * is signed out everywhere, and the channel that made the change starts a new session (new id and token).
     */
    private void endSessions(ContactId contact) {
        int ended = sessions.deleteAllOf(Principal.contact(contact), Optional.empty());
        LOG.debug("new password for contact {}: {} sessions ended", contact, ended);
    }

    private IssuedCode issue(ContactId contact, CodePurpose purpose) {
        Objects.requireNonNull(contact, "contact");
        if (accounts.find(contact).filter(Account::portalAccess).isEmpty()) {
            throw new NotFoundException("account.not_found", "Contact " + contact + " has no portal access",
                    Map.of("contact", contact.value()));
        }
        String code = SecretCode.generate(random);
        Instant now = now();
        Instant expiresAt = now.plus(purpose == CodePurpose.WELCOME
                ? policy.welcomeCodeLifetime() : policy.resetCodeLifetime());
        transactor.run(() -> {
            codes.revokeUnused(contact, now);
            codes.insert(new OneTimeCode(OneTimeCodeId.of(ids.newId()), contact, purpose, SecretCode.hash(code), now,
                    expiresAt, Optional.empty()));
        });
        LOG.debug("{} code issued for contact {}", purpose, contact);
        return new IssuedCode(contact, purpose, code, expiresAt);
    }

    private OneTimeCode usableCode(String code) {
        return codes.findByHash(SecretCode.hash(code)).filter(c -> c.isUsableAt(now()))
                .orElseThrow(AccountService::codeInvalid);
    }

    /** Uses the code up and sets the password, in one unit of work; the hash is made before it, as it is slow. */
    private SignedIn setPassword(OneTimeCode code, Contact contact, String newPassword) {
        String hash = hasher.hash(newPassword);
        Account account = UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            Instant now = now();
            Account current = accounts.find(contact.id()).filter(Account::portalAccess)
                    .orElseThrow(AccountService::codeInvalid);
            if (!code.isUsableAt(now) || !codes.markUsed(code.id(), now)) {
                throw codeInvalid();
            }
            Account next = current.withPasswordHash(hash);
            accounts.save(next);
            codes.revokeUnused(contact.id(), now);
            endSessions(contact.id());
            outbox.append(new AccountEvents.PasswordChanged(contact.id(), now));
            return next;
        }));
        return signedIn(contact, account);
    }

    /** The address is free, or already the contact's own (as an authorised address, it may become the main one). */
    private void requireFree(EmailAddress address, ContactId owner) {
        Optional<Contact> holder = contacts.findByEmail(address);
        if (holder.isPresent() && !holder.get().id().equals(owner)) {
            throw new ConflictException("contact.email_taken", "The address " + address.value()
                    + " belongs to another contact", Map.of("email", address.value()));
        }
    }

    /** The stored hash of an e-mail change code: bound to the address, so the code confirms that address only. */
    private static String emailChangeHash(String code, EmailAddress address) {
        return Digests.sha256Hex(SecretCode.normalise(code) + "\n" + address.value());
    }

    private void checkCurrentPassword(Account account, Optional<String> currentPassword) {
        if (currentPassword.isEmpty() || currentPassword.get().isEmpty()) {
            throw InvalidInputException.of("currentPassword", "required",
                    "currentPassword is required to change your e-mail address or password");
        }
        if (account.passwordHash().isEmpty()) {
            throw InvalidInputException.of("currentPassword", "no_password",
                    "you have no portal password yet; set one with the code from your welcome or reset e-mail");
        }
        // only wrong ones count: a signed-in session (perhaps a stolen one) cannot try passwords quickly
        RateLimiter.Decision wait = limiter.peek(policy.currentPasswordLimit(), account.contact().value());
        if (!wait.allowed()) {
            throw new RateLimitedException("Too many wrong passwords; wait and try again", wait.retryAfter());
        }
        if (!hasher.verify(currentPassword.get(), account.passwordHash().get())) {
            limiter.tryAcquire(policy.currentPasswordLimit(), account.contact().value());
            throw InvalidInputException.of("currentPassword", "incorrect", "currentPassword is not your password");
        }
    }

    /** One more failure counted against the account: with enough of them, every client needs the captcha for it. */
    private void countFailure(ContactId contact) {
        UnitsOfWork.retryingOn("account.stale", () -> transactor.inTransaction(() -> {
            accounts.find(contact).ifPresent(a -> accounts.save(a.signInFailed(now(),
                    policy.signInThrottling().accountWindow())));
            return null;
        }));
    }

    private void limit(RateLimit limit, EmailAddress address, String message) {
        RateLimiter.Decision decision = limiter.tryAcquire(limit, address.value());
        if (!decision.allowed()) {
            throw new RateLimitedException(message, decision.retryAfter());
        }
    }

    /** The contact whose main address this is: authorised addresses are for mail, not for signing in. */
    private Optional<Contact> portalContact(EmailAddress address) {
        return contacts.findByEmail(address).filter(c -> c.email().equals(address));
    }

    private Contact callingContact(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        if (!(caller instanceof Caller.Contact)) {
            throw new AccessDeniedException("account.contacts_only", "Only a contact has a portal profile");
        }
        return contacts.find(((Caller.Contact) caller).id()).orElseThrow(AccountService::callerUnknown);
    }

    private void requireAgent(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        if (!(caller instanceof Caller.Agent)) {
            throw new AccessDeniedException("account.agents_only", "Only an agent may invite contacts to the portal");
        }
        Optional<Agent> agent = agents.find(((Caller.Agent) caller).id());
        if (agent.isEmpty()) {
            throw callerUnknown();
        }
    }

    /** The language of the contact's first organization, when the portal speaks it; else English. */
    private Language defaultLanguage(Contact contact) {
        return contact.memberships().stream().map(Membership::organization).findFirst()
                .flatMap(organizations::find).flatMap(o -> Language.of(o.locale())).orElse(Language.EN);
    }

    private static Set<String> changedFields(Contact before, Contact after, Account was, Account is) {
        Set<String> changed = new LinkedHashSet<>();
        if (!before.firstName().equals(after.firstName())) {
            changed.add("firstName");
        }
        if (!before.lastName().equals(after.lastName())) {
            changed.add("lastName");
        }
        if (!before.email().equals(after.email())) {
            changed.add("email");
        }
        if (!was.jobTitle().equals(is.jobTitle())) {
            changed.add("jobTitle");
        }
        if (!was.phone().equals(is.phone())) {
            changed.add("phone");
        }
        if (was.language() != is.language()) {
            changed.add("language");
        }
        return changed;
    }

    private static ProfileView view(Contact contact, Account account) {
        return new ProfileView(contact.id(), contact.firstName(), contact.lastName(), contact.email(),
                account.jobTitle(), account.phone(), account.language(), account.languageChosen(),
                account.hasPassword());
    }

    private static SignedIn signedIn(Contact contact, Account account) {
        return new SignedIn(contact.id(), contact.displayName(), contact.email(), account.language(),
                account.languageChosen());
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            // a real hash of a random password: verifying against it costs what verifying a real account does
            hash = hasher.hash(SecretCode.generate(random));
            dummyHash = hash;
        }
        return hash;
    }

    private Instant now() {
        return clock.now();
    }



    private static AuthenticationFailedException signInFailed() {
        return new AuthenticationFailedException("account.sign_in_failed",
                "The e-mail address or the password is wrong");
    }

    private static AuthenticationFailedException captchaRequired() {
        return new AuthenticationFailedException("account.captcha_required",
                "Too many failed sign-ins lately: solve the captcha with your password to sign in");
    }

    private static AuthenticationFailedException codeInvalid() {
        return new AuthenticationFailedException("account.code_invalid",
                "This code is wrong, expired or already used; ask for a new one");
    }

    private static AuthenticationFailedException callerUnknown() {
        return new AuthenticationFailedException("caller.unknown", "You are not signed in as a known user");
    }

    private static NotFoundException contactNotFound(ContactId contact) {
        return new NotFoundException("contact.not_found", "There is no contact " + contact,
                Map.of("contact", contact.value()));
    }
}
