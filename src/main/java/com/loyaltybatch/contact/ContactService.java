package com.loyaltybatch.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;

/** Reads contacts and writes them in bulk. */
@Service
public class ContactService {

    public static final int MAX_PAGE_SIZE = 100;

    private final ContactRepository contacts;
    private final Clock clock;

    ContactService(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Contact get(String id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(String id) {
        return contacts.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> findByEmail(String email) {
        return contacts.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public List<Contact> getAll(java.util.Collection<String> ids) {
        return contacts.findByIds(ids);
    }

    /** A page of contacts in id order; pass the last id of the previous page to continue. */
    @Transactional(readOnly = true)
    public List<Contact> list(String afterId, String search, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw InvalidInputException.field("limit", "must be 1 to " + MAX_PAGE_SIZE + ", got " + limit);
        }
        return contacts.page(afterId, search == null || search.isBlank() ? null : search.strip(), limit);
    }

    @Transactional(readOnly = true)
    public long count() {
        return contacts.count();
    }

    /**
     * Inserts or updates contacts, matching each draft by id, else by email. Drafts must have
     * passed {@link ContactRules#validate}. Absent fields keep the stored values. Later drafts
     * for the same contact win. A draft whose email or memberId belongs to another contact is
     * refused with a {@link ConflictException}, and nothing of the batch is written.
     */
    @Transactional
    public UpsertResult upsert(List<ContactDraft> drafts) {
        Instant now = clock.instant();
        Map<String, Contact> byId = index(contacts.findByIds(drafts.stream().map(ContactDraft::id)
                .filter(Objects::nonNull).collect(Collectors.toSet())), Contact::id);
        Map<String, Contact> byEmail = index(contacts.findByEmailKeys(drafts.stream()
                .map(d -> ContactRules.emailKey(d.email())).filter(Objects::nonNull).collect(Collectors.toSet())),
                c -> ContactRules.emailKey(c.email()));
        Map<String, Contact> byMember = index(contacts.findByMemberIds(drafts.stream().map(ContactDraft::memberId)
                .filter(Objects::nonNull).collect(Collectors.toSet())), Contact::memberId);
        Map<String, Contact> inserts = new LinkedHashMap<>();
        Map<String, Contact> updates = new LinkedHashMap<>();
        for (ContactDraft draft : drafts) {
            Contact existing = draft.id() != null ? byId.get(draft.id()) : byEmail.get(ContactRules.emailKey(draft.email()));
            Contact next = existing == null ? create(draft, now) : merge(existing, draft, now, UnsubscribeSource.IMPORT);
            String emailKey = ContactRules.emailKey(next.email());
            Contact owner = emailKey == null ? null : byEmail.get(emailKey);
            if (owner != null && !owner.id().equals(next.id())) {
                throw new ConflictException("email " + next.email() + " already belongs to contact " + owner.id());
            }
            Contact member = next.memberId() == null ? null : byMember.get(next.memberId());
            if (member != null && !member.id().equals(next.id())) {
                throw new ConflictException("memberId " + next.memberId() + " already belongs to contact " + member.id());
            }
            if (existing != null) {
                byEmail.remove(ContactRules.emailKey(existing.email()));
                if (existing.memberId() != null) {
                    byMember.remove(existing.memberId());
                }
            }
            if (next.memberId() != null) {
                byMember.put(next.memberId(), next);
            }
            byId.put(next.id(), next);
            if (emailKey != null) {
                byEmail.put(emailKey, next);
            }
            if (inserts.containsKey(next.id()) || existing == null) {
                inserts.put(next.id(), next);
            } else {
                updates.put(next.id(), next);
            }
        }
        contacts.insertAll(new ArrayList<>(inserts.values()));
        contacts.updateAll(new ArrayList<>(updates.values()));
        return new UpsertResult(inserts.size(), updates.size());
    }

    /**
     * Records an email opt-out of the contact with this email, with when and how it came; the
     * contact keeps its account and points. Opting out again changes nothing.
     */
    @Transactional
    public Contact unsubscribe(String email, UnsubscribeSource source) {
        return unsubscribe(contacts.findByEmail(email)
                .orElseThrow(() -> new NotFoundException("contact with email", email)), source);
    }

    /** As {@link #unsubscribe(String, UnsubscribeSource)}, for the contact with this id. */
    @Transactional
    public Contact unsubscribeById(String id, UnsubscribeSource source) {
        return unsubscribe(contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id)), source);
    }

    private Contact unsubscribe(Contact contact, UnsubscribeSource source) {
        if (!contact.subscribed()) {
            return contact;
        }
        Contact next = merge(contact, new ContactDraft(null, null, null, null, null, null, false), clock.instant(),
                source);
        contacts.updateAll(List.of(next));
        return next;
    }

    public record UpsertResult(int inserted, int updated) {
    }

    private static Contact create(ContactDraft draft, Instant now) {
        boolean subscribed = draft.subscribed() == null || draft.subscribed();
        return new Contact(draft.id() != null ? draft.id() : Ids.newId(), draft.email(),
                new Contact.Name(draft.firstName(), draft.lastName()), draft.locale(), draft.memberId(),
                subscribed, subscribed ? null : now, subscribed ? null : UnsubscribeSource.IMPORT.code(), now, now);
    }

    /** {@code source} is how an opt-out that this draft makes came; an earlier opt-out keeps its own. */
    private static Contact merge(Contact existing, ContactDraft draft, Instant now, UnsubscribeSource source) {
        boolean subscribed = draft.subscribed() != null ? draft.subscribed() : existing.subscribed();
        Instant unsubscribedDate = subscribed ? null
                : existing.subscribed() ? now : existing.unsubscribedDate();
        String unsubscribeSource = subscribed ? null
                : existing.subscribed() ? source.code() : existing.unsubscribeSource();
        return new Contact(existing.id(),
                or(draft.email(), existing.email()),
                new Contact.Name(or(draft.firstName(), existing.name().first()), or(draft.lastName(), existing.name().last())),
                or(draft.locale(), existing.locale()),
                or(draft.memberId(), existing.memberId()),
                subscribed, unsubscribedDate, unsubscribeSource, existing.createdDate(), now);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Map<String, Contact> index(List<Contact> list, Function<Contact, String> key) {
        Map<String, Contact> map = new LinkedHashMap<>();
        list.forEach(c -> map.put(key.apply(c), c));
        return map;
    }
}
